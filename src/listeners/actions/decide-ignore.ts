import { ignoreReasonModal } from '../../views/ignore-modal.js';
import { openModal } from '../open-modal.js';
import { teamIdOf } from '../reply.js';
import { redrawReview } from '../review.js';
import type { AppServices } from '../services.js';
import { clickedInReview, pendingOwnedCardClick, reviewDmOf, type ButtonArgs } from './button.js';

/** Ignore on a card or in a review: asks the owner why, in a small modal; the decision is made on submit. */
export function ignoreInvitation(services: AppServices) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, client, respond, logger } = args;
    await ack();
    const click = await pendingOwnedCardClick(services, args, 'ignored');
    if (click === null) {
      // Decided meanwhile (on its card, say): the review must stop offering the button, as after Accept.
      const teamId = teamIdOf(body);
      if (clickedInReview(args) && teamId !== null) await redrawReview(services, respond, teamId, body.user.id, logger, reviewDmOf(body));
      return;
    }
    const fromReview = clickedInReview(args) && typeof body.response_url === 'string' ? { reviewResponseUrl: body.response_url, review: reviewDmOf(body) } : {};
    const view = ignoreReasonModal({ invitationId: click.invitation.id, ...fromReview }, click.invitation.name);
    await openModal({ client, triggerId: body.trigger_id, view, respond, logger, tryAgain: 'click Ignore again' });
    await services.invitations.showMovedOn(click);
  };
}
