import { blockReasonModal } from '../../views/decision-modals.js';
import { openModal } from '../open-modal.js';
import type { AppServices } from '../services.js';
import { pendingOwnedCardClick, type ButtonArgs } from './button.js';

/** Block (after Slack's confirm dialog): asks for an optional reason; the decision is made on submit. */
export function blockInvitation(services: AppServices) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, client, respond, logger } = args;
    await ack();
    const click = await pendingOwnedCardClick(services, args, 'blocked');
    if (click === null) return;
    const view = blockReasonModal({ invitationId: click.invitation.id }, click.invitation.name);
    await openModal({ client, triggerId: body.trigger_id, view, respond, logger, tryAgain: 'click Block again' });
    await services.invitations.showMovedOn(click);
  };
}
