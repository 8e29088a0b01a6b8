import { editDetailsModal } from '../../views/invitation-modal.js';
import { openModal } from '../open-modal.js';
import type { AppServices } from '../services.js';
import { ownedCardClick, type ButtonArgs } from './button.js';

/** Edit details on a card: the form again, filled in with what is stored, for the owner to correct. */
export function editDetails(services: AppServices) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, client, respond, logger } = args;
    await ack();
    const click = await ownedCardClick(services, args, 'edit');
    if (click === null) return;
    const view = editDetailsModal(click.invitation.id, click.invitation);
    await openModal({ client, triggerId: body.trigger_id, view, respond, logger, tryAgain: 'click Edit details again' });
    await services.invitations.showMovedOn(click);
  };
}
