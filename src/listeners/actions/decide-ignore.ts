import { ignoreReasonModal } from '../../views/ignore-modal.js';
import { openModal } from '../open-modal.js';
import { replyEphemeral } from '../reply.js';
import type { AppServices } from '../services.js';
import { ownedInvitation, type ButtonArgs } from './button.js';

/** Ignore on a card: asks the owner why, in a small modal; the decision is made on submit. */
export function ignoreInvitation(services: AppServices) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, client, respond, logger } = args;
    await ack();
    const invitation = await ownedInvitation(services, args);
    if (invitation === null) return;
    if (invitation.status !== 'pending') {
      const message = services.invitations.alreadyDecidedMessage(invitation, 'ignored');
      if (message !== null) await replyEphemeral(respond, message, logger);
      return;
    }
    const view = ignoreReasonModal({ invitationId: invitation.id }, invitation.name);
    await openModal({ client, triggerId: body.trigger_id, view, respond, logger, tryAgain: 'click Ignore again' });
  };
}
