import type { ThankYouOutcome } from '../../services/thank-yous.js';
import { replyWithError } from '../reply.js';
import type { AppServices } from '../services.js';
import { buttonTarget, messageLocation, type ButtonArgs } from './button.js';

/** Sent it / Snooze / Skip in a thank-you DM. */
export function thankYouOutcome(services: AppServices, outcome: ThankYouOutcome) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, respond, logger } = args;
    await ack();
    const target = await buttonTarget(args);
    if (target === null) return;
    try {
      await services.thankYous.recordOutcome({ teamId: target.teamId, nudgeId: target.id, actorId: body.user.id, outcome, ...messageLocation(body) });
    } catch (error) {
      await replyWithError(respond, error, logger);
    }
  };
}
