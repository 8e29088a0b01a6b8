import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ThankYouOutcome } from '../../services/thank-yous.js';
import { recordIdSchema, replyEphemeral, replyWithError, teamIdOf } from '../reply.js';
import type { AppServices } from '../services.js';
import { messageLocation } from './card-context.js';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** Sent it / Snooze / Skip in a thank-you DM. */
export function thankYouOutcome(services: AppServices, outcome: ThankYouOutcome) {
  return async ({ ack, body, action, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const id = recordIdSchema.safeParse(action.value);
    const teamId = teamIdOf(body);
    if (!id.success || teamId === null) {
      await replyEphemeral(respond, 'That button is out of date.', logger);
      return;
    }
    try {
      await services.thankYous.recordOutcome({ teamId, nudgeId: id.data, actorId: body.user.id, outcome, ...messageLocation(body) });
    } catch (error) {
      await replyWithError(respond, error, logger);
    }
  };
}
