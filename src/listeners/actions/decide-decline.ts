import { describeSlackFailure } from '../../services/slack-errors.js';
import { declineMessage } from '../../views/decline-message.js';
import { replyEphemeral, replyWithError } from '../reply.js';
import type { AppServices } from '../services.js';
import { redrawReview } from '../review.js';
import { buttonTarget, clickedInReview, recordClickedDecision, reviewDmOf, type ButtonArgs } from './button.js';

/** Retention removed who they were: there is no name to write the message to. */
const NO_DRAFT_AFTER_RETENTION = "This invitation's details were removed after the retention period, so there is no decline message to show any more.";

/** Decline politely: records `declined` and hands the owner a friendly message to send. */
export function declineInvitation(services: AppServices) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, respond, logger } = args;
    await ack();
    const target = await buttonTarget(args);
    if (target === null) return;
    try {
      const outcome = await recordClickedDecision(services, args, target, 'declined');
      if (clickedInReview(args)) await redrawReview(services, respond, target.teamId, body.user.id, logger, reviewDmOf(body));
      if (outcome.kind === 'decided') {
        if (outcome.declineDraft !== null) {
          const draft = declineMessage(outcome.invitation.name, outcome.declineDraft);
          // The decline is recorded by now: a failed reply must not say otherwise, and the draft still reaches them.
          try {
            await respond({ response_type: 'ephemeral', replace_original: false, ...draft });
          } catch (error) {
            logger.warn('Could not show the decline draft beside the click; sending it privately', { failure: describeSlackFailure(error) });
            await services.invitations.tellOwner(outcome.invitation, draft);
          }
        }
        if (outcome.card !== 'redrawn') await replyEphemeral(respond, services.invitations.cardNotUpdatedText(outcome.invitation, outcome.card), logger);
        return;
      }
      const message = services.invitations.alreadyDecidedMessage(outcome.invitation, 'declined');
      if (message !== null) await replyEphemeral(respond, message, logger);
      // Declined already: the draft again, as the first time (it may have been lost in a crash).
      const again = await services.invitations.declineDraftFor(outcome.invitation);
      if (again !== null) await replyEphemeral(respond, declineMessage(outcome.invitation.name, again), logger);
      else if (outcome.invitation.status === 'declined') await replyEphemeral(respond, NO_DRAFT_AFTER_RETENTION, logger);
    } catch (error) {
      await replyWithError(respond, error, logger);
    }
  };
}
