import type { ThankYouOutcome } from '../../services/thank-yous.js';
import { replyEphemeral, replyWithError } from '../reply.js';
import type { AppServices } from '../services.js';
import { buttonTarget, messageLocation, type ButtonArgs } from './button.js';

/** Sent it / Snooze / Skip in a thank-you DM: every click gets a redrawn DM or a short answer. */
export function thankYouOutcome(services: AppServices, outcome: ThankYouOutcome) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, respond, logger } = args;
    await ack();
    const target = await buttonTarget(args);
    if (target === null) return;
    try {
      const result = await services.thankYous.recordOutcome({ teamId: target.teamId, nudgeId: target.id, actorId: body.user.id, outcome, ...messageLocation(body) });
      // A DM Slack would not redraw: the owner still hears what their click did, or what is true now.
      if (result.answer !== null) await replyEphemeral(respond, result.answer, logger);
    } catch (error) {
      await replyWithError(respond, error, logger);
    }
  };
}
