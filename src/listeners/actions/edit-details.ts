import { editDetailsModal } from '../../views/invitation-modal.js';
import { openModal } from '../open-modal.js';
import type { AppServices } from '../services.js';
import { ownedInvitation, type ButtonArgs } from './button.js';

/** Edit details on a card: the form again, filled in with what is stored, for the owner to correct. */
export function editDetails(services: AppServices) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, client, respond, logger } = args;
    await ack();
    const invitation = await ownedInvitation(services, args, 'edit');
    if (invitation === null) return;
    const view = editDetailsModal(invitation.id, invitation);
    await openModal({ client, triggerId: body.trigger_id, view, respond, logger, tryAgain: 'click Edit details again' });
  };
}
