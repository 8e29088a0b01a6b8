import { detailsWereRemoved } from '../../db/privacy-repo.js';
import { DETAILS_REMOVED_NO_CHANGE } from '../../services/invitations/index.js';
import { changeDecisionModal } from '../../views/decision-modals.js';
import { openModal } from '../open-modal.js';
import { replyEphemeral } from '../reply.js';
import type { AppServices } from '../services.js';
import { clickedInIgnoredList, ownedCardClick, type ButtonArgs } from './button.js';

/** Change decision, on a decided card or in the ignored list: a modal offers the other decisions. */
export function changeDecision(services: AppServices) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, client, respond, logger } = args;
    await ack();
    const click = await ownedCardClick(services, args);
    if (click === null) return;
    const { invitation } = click;
    try {
      if (detailsWereRemoved(invitation)) {
        await replyEphemeral(respond, DETAILS_REMOVED_NO_CHANGE, logger);
        return;
      }
      if (invitation.status === 'pending') {
        await replyEphemeral(respond, 'This invitation is still waiting for your first decision: use the buttons on the card.', logger);
        return;
      }
      const fromList = clickedInIgnoredList(args) && typeof body.response_url === 'string' ? { listResponseUrl: body.response_url } : {};
      const view = changeDecisionModal({ invitationId: invitation.id, ...fromList }, invitation.name, invitation.status);
      await openModal({ client, triggerId: body.trigger_id, view, respond, logger, tryAgain: 'click Change decision again' });
    } finally {
      // After the answer: the copy clicked, if no change so far redrew it, shows things as they stand.
      await services.invitations.showMovedOn(click);
    }
  };
}
