import type { Decision } from '../../domain/types.js';
import { changeDecisionModal } from '../../views/decision-modals.js';
import { openModal } from '../open-modal.js';
import { replyEphemeral, replyWithError } from '../reply.js';
import type { AppServices } from '../services.js';
import { buttonTarget, ephemeralResponseUrl, type ButtonArgs } from './button.js';

/** Change decision, on a decided card: a modal offers the other decisions. */
export function changeDecision(services: AppServices) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, client, respond, logger } = args;
    await ack();
    const target = await buttonTarget(args);
    if (target === null) return;
    let invitation;
    try {
      invitation = services.invitations.invitationForOwner(target.teamId, target.id, body.user.id);
    } catch (error) {
      await replyWithError(respond, error, logger);
      return;
    }
    const current: Decision | 'pending' = invitation.status;
    if (current === 'pending') {
      await replyEphemeral(respond, 'This invitation is still waiting for your first decision: use the buttons on the card.', logger);
      return;
    }
    const responseUrl = ephemeralResponseUrl(args);
    if (responseUrl !== null) services.invitations.rememberResponseUrl(target.teamId, invitation.id, responseUrl);
    const view = changeDecisionModal({ invitationId: invitation.id }, invitation.name, current);
    await openModal({ client, triggerId: body.trigger_id, view, respond, logger, tryAgain: 'click Change decision again' });
  };
}
