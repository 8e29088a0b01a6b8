import { cleanMultiLine } from '../../domain/slack-text.js';
import { BLOCK_REASON_MAX } from '../../views/decision-modals.js';
import { INPUTS } from '../../views/ids.js';
import { teamIdOf } from '../reply.js';
import type { AppServices } from '../services.js';
import { inputValue, invitationIdOf, OUT_OF_DATE, refusalText, type ViewArgs } from './modal-context.js';

/** Block, with an optional reason: checked, then recorded; the card says so loudly from now on. */
export function blockReasonSubmitted(services: AppServices) {
  return async ({ ack, body, view, logger }: ViewArgs): Promise<void> => {
    const invitationId = invitationIdOf(view);
    const teamId = teamIdOf(body);
    if (invitationId === null || teamId === null) {
      await ack({ response_action: 'errors', errors: { [INPUTS.blockReason.block]: OUT_OF_DATE } });
      return;
    }
    try {
      services.invitations.invitationForOwner(teamId, invitationId, body.user.id);
    } catch (error) {
      await ack({ response_action: 'errors', errors: { [INPUTS.blockReason.block]: refusalText(error) } });
      return;
    }
    await ack();
    const reason = cleanMultiLine(inputValue(view.state.values, INPUTS.blockReason)?.value ?? '', BLOCK_REASON_MAX);
    try {
      const outcome = await services.invitations.recordDecision({
        teamId,
        invitationId,
        actorId: body.user.id,
        decision: 'blocked',
        reason: reason === '' ? null : reason,
        note: null,
        responseUrl: null,
      });
      if (outcome.kind === 'decided' && !outcome.cardShown) {
        await services.invitations.tellOwner(outcome.invitation, services.invitations.cardNotUpdatedMessage(outcome.invitation));
      }
    } catch (error) {
      logger.error('Recording a Block failed', error instanceof Error ? error : { error });
    }
  };
}
