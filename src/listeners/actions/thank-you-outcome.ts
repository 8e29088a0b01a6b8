import type { ThankYouOutcome } from '../../services/thank-yous.js';
import { replyEphemeral, replyWithError } from '../reply.js';
import { redrawReview } from '../review.js';
import type { AppServices } from '../services.js';
import { buttonTarget, clickedInReview, messageLocation, reviewDmOf, type ButtonArgs } from './button.js';

/**
 * Sent it / Snooze / Skip in a thank-you DM, and Sent it in a review: every click gets a redrawn
 * message or a short answer.
 */
export function thankYouOutcome(services: AppServices, outcome: ThankYouOutcome) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, respond, logger } = args;
    await ack();
    const target = await buttonTarget(args);
    if (target === null) return;
    const request = { teamId: target.teamId, nudgeId: target.id, actorId: body.user.id, outcome };
    if (clickedInReview(args)) {
      // The review is no thank-you DM to redraw: record it (the DM, if sent, is redrawn), then redraw
      // the review as things stand, whatever became of the reminder, so no dead button stays in it.
      try {
        const result = await services.thankYous.recordOutcome({ ...request, channelId: null, messageTs: null });
        await redrawReview(services, respond, target.teamId, body.user.id, logger, reviewDmOf(body));
        if (!result.changed && result.answer !== null) await replyEphemeral(respond, result.answer, logger);
      } catch (error) {
        await redrawReview(services, respond, target.teamId, body.user.id, logger, reviewDmOf(body));
        await replyWithError(respond, error, logger);
      }
      return;
    }
    try {
      const result = await services.thankYous.recordOutcome({ ...request, ...messageLocation(body) });
      // A DM Slack would not redraw: the owner still hears what their click did, or what is true now.
      if (result.answer !== null) await replyEphemeral(respond, result.answer, logger);
    } catch (error) {
      await replyWithError(respond, error, logger);
    }
  };
}
