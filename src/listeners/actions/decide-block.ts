import { blockReasonModal } from '../../views/decision-modals.js';
import { openModal } from '../open-modal.js';
import { replyEphemeral } from '../reply.js';
import type { AppServices } from '../services.js';
import { ownedInvitation, type ButtonArgs } from './button.js';

/** Block (after Slack's confirm dialog): asks for an optional reason; the decision is made on submit. */
export function blockInvitation(services: AppServices) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, client, respond, logger } = args;
    await ack();
    const invitation = await ownedInvitation(services, args);
    if (invitation === null) return;
    if (invitation.status !== 'pending') {
      const message = services.invitations.alreadyDecidedMessage(invitation, 'blocked');
      if (message !== null) await replyEphemeral(respond, message, logger);
      return;
    }
    const view = blockReasonModal({ invitationId: invitation.id }, invitation.name);
    await openModal({ client, triggerId: body.trigger_id, view, respond, logger, tryAgain: 'click Block again' });
  };
}
