import { blockReasonModal } from '../../views/decision-modals.js';
import { openModal } from '../open-modal.js';
import { replyEphemeral, replyWithError } from '../reply.js';
import type { AppServices } from '../services.js';
import { buttonTarget, ephemeralResponseUrl, type ButtonArgs } from './button.js';

/** Block (after Slack's confirm dialog): asks for an optional reason; the decision is made on submit. */
export function blockInvitation(services: AppServices) {
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
    if (invitation.status !== 'pending') {
      const message = services.invitations.alreadyDecidedMessage(invitation, 'blocked');
      if (message !== null) await replyEphemeral(respond, message, logger);
      return;
    }
    const responseUrl = ephemeralResponseUrl(args);
    if (responseUrl !== null) services.invitations.rememberResponseUrl(target.teamId, invitation.id, responseUrl);
    const view = blockReasonModal({ invitationId: invitation.id }, invitation.name);
    await openModal({ client, triggerId: body.trigger_id, view, respond, logger, tryAgain: 'click Block again' });
  };
}
