import type { Logger } from '@slack/logger';
import type { KnownBlock } from '@slack/types';
import { z } from 'zod';
import { isAppError } from '../errors.js';
import type { Respond } from '../services/respond.js';
import { describeSlackFailure } from '../services/slack-errors.js';

const SOMETHING_WENT_WRONG = "Sorry, something went wrong on my side and nothing was changed. Please try again in a moment.";

/** Tells the person what went wrong in one friendly sentence (ephemeral); the log gets the detail. */
export async function replyWithError(respond: Respond, error: unknown, logger: Logger): Promise<void> {
  const text = isAppError(error) ? error.userMessage : SOMETHING_WENT_WRONG;
  if (isAppError(error)) logger.info('Refused', { code: error.code, detail: error.message });
  else logger.error('Unexpected failure while handling a request', error instanceof Error ? error : { failure: describeSlackFailure(error) });
  await replyEphemeral(respond, text, logger);
}

export async function replyEphemeral(respond: Respond, message: string | { text: string; blocks: KnownBlock[] }, logger: Logger): Promise<void> {
  try {
    await respond({ response_type: 'ephemeral', replace_original: false, ...(typeof message === 'string' ? { text: message } : message) });
  } catch (error) {
    logger.warn('Could not send an ephemeral reply', { failure: describeSlackFailure(error) });
  }
}

/**
 * Ids we put in button values and private_metadata: positive integers, written exactly as we write
 * them. Anything else (`1e0`, ` 1`, `0x1`, `1.0`, `true`, `[1]`) is a value we never issued and is
 * refused, rather than read as some record's id.
 */
export const recordIdSchema = z.union([
  z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  z
    .string()
    .regex(/^[1-9][0-9]{0,15}$/)
    .transform(Number)
    .pipe(z.number().max(Number.MAX_SAFE_INTEGER)),
]);

/** The workspace a request came from (an enterprise-wide install may leave `team` empty). */
export function teamIdOf(body: { team?: { id: string } | null; user: { team_id?: string } }): string | null {
  return body.team?.id ?? body.user.team_id ?? null;
}

export const slackChannelId = z.string().regex(/^[CDG][A-Z0-9]{2,}$/);

/** A message's ts as Slack writes it ("1700000100.000100"). */
export const slackTs = z.string().regex(/^\d+\.\d+$/);
