import { z } from 'zod';
import { IGNORE_REASONS, ignoreReasonLabel } from '../../domain/ignore-reasons.js';
import { cleanMultiLine } from '../../domain/slack-text.js';
import { IGNORE_NOTE_MAX } from '../../views/ignore-modal.js';
import { INPUTS } from '../../views/ids.js';
import { teamIdOf } from '../reply.js';
import type { AppServices } from '../services.js';
import { inputValue, invitationIdOf, OUT_OF_DATE, refusalText, type ViewArgs } from './modal-context.js';

const REASON_CODES = IGNORE_REASONS.map((reason) => reason.code) as [string, ...string[]];

const reasonSchema = z.object({
  reason: z.enum(REASON_CODES).nullish().transform((code) => (code ? ignoreReasonLabel(code) : null)),
  note: z
    .string()
    .nullish()
    .transform((value) => (value ? cleanMultiLine(value, IGNORE_NOTE_MAX) : ''))
    .transform((value) => (value === '' ? null : value)),
});

/** The reason for an Ignore (optional): checked, then the decision is recorded and the card redrawn. */
export function ignoreReasonSubmitted(services: AppServices) {
  return async ({ ack, body, view, logger }: ViewArgs): Promise<void> => {
    const values = view.state.values;
    const input = reasonSchema.safeParse({
      reason: inputValue(values, INPUTS.ignoreReason)?.selected_option?.value,
      note: inputValue(values, INPUTS.ignoreNote)?.value,
    });
    const invitationId = invitationIdOf(view);
    const teamId = teamIdOf(body);
    if (!input.success || invitationId === null || teamId === null) {
      await ack({ response_action: 'errors', errors: { [INPUTS.ignoreReason.block]: OUT_OF_DATE } });
      return;
    }
    // Checked before closing the modal, so a refusal shows where the person is looking.
    try {
      services.invitations.invitationForOwner(teamId, invitationId, body.user.id);
    } catch (error) {
      await ack({ response_action: 'errors', errors: { [INPUTS.ignoreReason.block]: refusalText(error) } });
      return;
    }
    await ack();
    try {
      const outcome = await services.invitations.recordDecision({
        teamId,
        invitationId,
        actorId: body.user.id,
        decision: 'ignored',
        reason: input.data.reason,
        note: input.data.note,
        responseUrl: null,
      });
      if (outcome.kind === 'decided' && !outcome.cardShown) {
        await services.invitations.tellOwner(outcome.invitation, services.invitations.cardNotUpdatedMessage(outcome.invitation));
      }
    } catch (error) {
      logger.error('Recording an Ignore failed', error instanceof Error ? error : { error });
    }
  };
}
