import { z } from 'zod';
import { ignoredListMessage } from '../../views/ignored-list.js';
import { replyEphemeral, replyWithError, teamIdOf } from '../reply.js';
import type { AppServices } from '../services.js';
import type { ButtonArgs } from './button.js';

/** A page number counted from the newest, written exactly as we write it (Back to the newest, and older messages). */
const pageNumber = z
  .string()
  .regex(/^[1-9][0-9]{0,5}$/)
  .transform(Number)
  .pipe(z.number().max(100_000));

/** A decision time in epoch milliseconds, within what a Date holds. */
const epochMs = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,15})$/)
  .transform(Number)
  .pipe(z.number().max(8.64e15));

/** An invitation id, as recordIdSchema reads it from text. */
const invitationId = z
  .string()
  .regex(/^[1-9][0-9]{0,15}$/)
  .transform(Number)
  .pipe(z.number().max(Number.MAX_SAFE_INTEGER));

/** What ignoredPageValue (views/ignored-list.ts) puts in the button. */
const valueSchema = z.union([
  pageNumber.transform((page) => ({ page, step: null })),
  z
    .string()
    .max(60)
    .transform((value) => value.split(':'))
    .pipe(z.tuple([z.enum(['older', 'newer']), epochMs, invitationId]))
    .transform(([direction, decidedAt, id]) => ({ page: null, step: { direction, from: { decidedAt: new Date(decidedAt), invitationId: id } } })),
]);

/** Newer / Older in the ignored list: redraws the same ephemeral message with another page. */
export function ignoredPage(services: AppServices) {
  return async ({ ack, body, action, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const value = valueSchema.safeParse(action.value);
    const teamId = teamIdOf(body);
    if (!value.success || teamId === null) {
      await replyEphemeral(respond, 'That button no longer works. Run `/invite-check ignored` again for a fresh list.', logger);
      return;
    }
    try {
      const { page, step } = value.data;
      const model = step ? services.insights.ignoredListFrom(teamId, body.user.id, step.direction, step.from) : services.insights.ignoredList(teamId, body.user.id, page);
      // Redrawn over a list that showed people: empty now means emptied, not never used.
      await respond({ replace_original: true, ...ignoredListMessage(model, { redrawn: true }) });
    } catch (error) {
      await replyWithError(respond, error, logger);
    }
  };
}
