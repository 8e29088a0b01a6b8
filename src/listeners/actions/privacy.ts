import { z } from 'zod';
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
      await replyEphemeral(respond, 'That button is out of date. Run `/invite-check forget` again.', logger);
      return;
    }
    try {
      const { removed, cardsLeft } = await services.privacy.forgetChecks(teamId, body.user.id, ids.data);
      await respond({ replace_original: true, ...forgottenMessage(removed, cardsLeft) });
    } catch (error) {
      await replyWithError(respond, error, logger);
    }
  };
}

/** "Forget everything about me": the clicker's own records, nobody else's. */
export function confirmForgetMe(services: AppServices) {
  return async ({ ack, body, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const teamId = teamIdOf(body);
    if (teamId === null) {
      await replyEphemeral(respond, 'That button is out of date. Run `/invite-check forget-me` again.', logger);
      return;
    }
    try {
      const { removed, cardsLeft } = await services.privacy.forgetMe(teamId, body.user.id);
      await respond({ replace_original: true, ...forgotMeMessage(removed, cardsLeft) });
    } catch (error) {
      await replyWithError(respond, error, logger);
    }
  };
}

export function cancelPrivacy() {
  return async ({ ack, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    try {
      await respond({ replace_original: true, ...cancelledMessage() });
    } catch (error) {
      logger.warn('Could not close the confirmation', error instanceof Error ? error : { error });
    }
  };
}
