import type { ThankYouOutcome } from '../../services/thank-yous.js';
import { replyEphemeral, replyWithError } from '../reply.js';
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
      const result = await services.thankYous.recordOutcome({ teamId: target.teamId, nudgeId: target.id, actorId: body.user.id, outcome, ...messageLocation(body) });
      if (result.changed && !result.redrawn) {
        await replyEphemeral(respond, "Saved. I couldn't update this message just now, so it may still show the buttons.", logger);
      }
    } catch (error) {
      await replyWithError(respond, error, logger);
    }
  };
}
