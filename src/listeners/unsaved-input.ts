import type { Logger } from '@slack/logger';
import type { WebClient } from '@slack/web-api';
import { isAppError } from '../errors.js';
import { postBlocks } from '../services/post-message.js';
import { respondVia } from '../services/respond.js';
import { describeSlackFailure } from '../services/slack-errors.js';
import { unsavedInputMessages, type UnsavedInput } from '../views/unsaved-input.js';

/**
 * A modal closes when it is acked, before its work is done. When that work then fails (a full
 * disk, a database locked for too long), the person hears so, with what they typed, so nothing
 * they entered is lost. The message goes beside the command that opened the form when there is
 * a response_url, else to the person's DM with the app, addressed by user id so that sending it
 * needs nothing from the database, which may be what failed.
 */
export async function tellInputNotSaved(input: {
  client: WebClient;
  logger: Logger;
  userId: string;
  responseUrl: string | null;
  error: unknown;
  /** What failed, for the log: "Checking an invitation from the form". */
  failed: string;
  message: Omit<UnsavedInput, 'why'>;
}): Promise<void> {
  const { client, logger, userId, responseUrl, error } = input;
  if (isAppError(error)) logger.info(`${input.failed} was refused`, { code: error.code, detail: error.message });
  else logger.error(`${input.failed} failed`, error instanceof Error ? error : { failure: describeSlackFailure(error) });
  // Almost always one message; more, in order, only when what they typed is more than one holds.
  const messages = unsavedInputMessages({ ...input.message, why: isAppError(error) ? error.userMessage : null });
  let sent = 0;
  if (responseUrl !== null) {
    try {
      const respond = respondVia(responseUrl);
      for (const message of messages) {
        await respond({ response_type: 'ephemeral', replace_original: false, ...message });
        sent += 1;
      }
      return;
    } catch (respondError) {
      logger.warn('Could not show what was not saved beside the command; sending it by DM', { failure: describeSlackFailure(respondError) });
    }
  }
  try {
    // What did not reach them beside the command, from the message that failed on.
    for (const message of messages.slice(sent)) await postBlocks(client, { channel: userId, ...message });
  } catch (postError) {
    logger.error('Could not tell the person that what they entered was not saved', { userId, failure: describeSlackFailure(postError) });
  }
}
