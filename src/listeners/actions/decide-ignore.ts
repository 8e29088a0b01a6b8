import { ignoreReasonModal } from '../../views/ignore-modal.js';
import { openModal } from '../open-modal.js';
import { replyEphemeral, replyWithError } from '../reply.js';
import type { AppServices } from '../services.js';
import { buttonTarget, ephemeralResponseUrl, type ButtonArgs } from './button.js';

/** Ignore on a card: asks the owner why, in a small modal; the decision is made on submit. */
export function ignoreInvitation(services: AppServices) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, client, respond, logger } = args;
    await ack();
    const target = await buttonTarget(args);
    if (target === null) return;
    const { teamId } = target;
    let invitation;
    try {
      invitation = services.invitations.invitationForOwner(teamId, target.id, body.user.id);
    } catch (error) {
      await replyWithError(respond, error, logger);
      return;
    }
    if (invitation.status !== 'pending') {
      const message = services.invitations.alreadyDecidedMessage(invitation, 'ignored');
      if (message !== null) await replyEphemeral(respond, message, logger);
      return;
    }
    const responseUrl = ephemeralResponseUrl(args);
    if (responseUrl !== null) services.invitations.rememberResponseUrl(teamId, invitation.id, responseUrl);
    const view = ignoreReasonModal({ invitationId: invitation.id }, invitation.name);
    await openModal({ client, triggerId: body.trigger_id, view, respond, logger, tryAgain: 'click Ignore again' });
  };
}
