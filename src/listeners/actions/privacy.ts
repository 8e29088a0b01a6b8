import type { KnownBlock } from '@slack/types';
import { z } from 'zod';
import { describeSlackFailure } from '../../services/slack-errors.js';
import { cancelledMessage, FORGET_AT_MOST, forgottenMessage, forgotMeMessage } from '../../views/privacy.js';
import { replyEphemeral, replyWithError, teamIdOf } from '../reply.js';
import type { AppServices } from '../services.js';
import type { ButtonArgs } from './button.js';

/** The check ids a Forget button carries: a short comma list of positive integers. */
const idsSchema = z
  .string()
  .max(2000)
  .transform((value) => value.split(','))
  .pipe(z.array(z.coerce.number<string>().int().positive().max(Number.MAX_SAFE_INTEGER)).min(1).max(FORGET_AT_MOST));

/** "Forget them": deletes only checks that are the clicker's own, whatever the button carried. */
export function confirmForget(services: AppServices) {
  return async ({ ack, body, action, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const ids = idsSchema.safeParse(action.value);
    const teamId = teamIdOf(body);
    if (!ids.success || teamId === null) {
      await replyEphemeral(respond, 'That button no longer works. Run `/invite-check forget` again.', logger);
      return;
    }
    let done: { text: string; blocks: KnownBlock[] };
    try {
      const { removed, cardsLeft, cardsUnknownIn, later } = await services.privacy.forgetChecks(teamId, body.user.id, ids.data);
      done = forgottenMessage(removed, cardsLeft, cardsUnknownIn, later);
    } catch (error) {
      await replyWithError(respond, error, logger);
      return;
    }
    await replaceConfirmation(respond, done, logger);
  };
}

/** "Forget everything about me": the clicker's own records, nobody else's. */
export function confirmForgetMe(services: AppServices) {
  return async ({ ack, body, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const teamId = teamIdOf(body);
    if (teamId === null) {
      await replyEphemeral(respond, 'That button no longer works. Run `/invite-check forget-me` again.', logger);
      return;
    }
    let done: { text: string; blocks: KnownBlock[] };
    try {
      const { removed, cardsLeft, cardsUnknownIn, later } = await services.privacy.forgetMe(teamId, body.user.id);
      done = forgotMeMessage(removed, cardsLeft, cardsUnknownIn, later);
    } catch (error) {
      await replyWithError(respond, error, logger);
      return;
    }
    await replaceConfirmation(respond, done, logger);
  };
}

export function cancelPrivacy() {
  return async ({ ack, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    await replaceConfirmation(respond, cancelledMessage(), logger);
  };
}

/** Replaces the confirmation with what was done. By now it is done: a failed reply is only logged. */
async function replaceConfirmation(respond: ButtonArgs['respond'], message: { text: string; blocks: KnownBlock[] }, logger: ButtonArgs['logger']): Promise<void> {
  try {
    await respond({ replace_original: true, ...message });
  } catch (error) {
    logger.warn('Could not replace the confirmation', { failure: describeSlackFailure(error) });
  }
}
