import { z } from 'zod';
import { ignoredListMessage } from '../../views/ignored-list.js';
import { replyEphemeral, replyWithError, teamIdOf } from '../reply.js';
import type { AppServices } from '../services.js';
import type { ButtonArgs } from './button.js';

const pageSchema = z.coerce.number().int().min(1).max(100_000);

/** Newer / Older in the ignored list: redraws the same ephemeral message with another page. */
export function ignoredPage(services: AppServices) {
  return async ({ ack, body, action, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const page = pageSchema.safeParse(action.value);
    const teamId = teamIdOf(body);
    if (!page.success || teamId === null) {
      await replyEphemeral(respond, 'That button is out of date. Run `/invite-check ignored` again.', logger);
      return;
    }
    try {
      const model = services.insights.ignoredList(teamId, body.user.id, page.data);
      await respond({ replace_original: true, ...ignoredListMessage(model) });
    } catch (error) {
      await replyWithError(respond, error, logger);
    }
  };
}
