import type { Logger } from '@slack/logger';
import type { ForgottenMessage } from '../db/privacy-repo.js';
import type { SlackPacer } from '../services/slack-pacer.js';
import { CATCH_UP_BATCH, changeInTurn, type CatchUpChange } from './stale-cards.js';

/** What the job needs of the privacy service: the queued messages, a change, and a way to let one go. */
export interface ForgottenMessages {
  forgottenMessages(limit: number): ForgottenMessage[];
  /** `gone`: Slack says the message can never be changed (deleted, archived …); `failed`: try again later. */
  changeForgottenMessage(message: ForgottenMessage): Promise<CatchUpChange>;
  forgottenMessageDone(message: ForgottenMessage): void;
  /** Puts a message that failed this time behind the others, so it cannot hold them up run after run. */
  forgottenMessageFailed(message: ForgottenMessage): void;
}

export interface ForgottenMessageDeps {
  messages: ForgottenMessages;
  logger: Logger;
  signal?: AbortSignal;
  /** Spaces the chat.update calls (the jobs' shared one); by default a pacer of this run's own at BACKGROUND_UPDATES. */
  pacer?: SlackPacer;
  /** How the run waits for its turn; by default a sleep that a stop cuts short. */
  sleep?: (ms: number) => Promise<void>;
  /** Messages taken this run; CATCH_UP_BATCH by default. */
  limit?: number;
}

export interface ForgottenMessageReport {
  changed: number;
  gone: number;
  failed: number;
}

/**
 * Changes the Slack messages a large forgetting left (migration 013: the newest were changed at
 * once), each in its paced turn, longest waiting first: a card is blanked, a
 * thank-you DM redrawn as it stands, a weekly review cleared, a team digest redrawn as it stands over
 * its days (migration 020). A message changed, or one Slack says
 * can never be, is let go; after any other failure it stays for the next run. There is no claim:
 * a run that dies after Slack changed a message but before that was recorded, or two processes at
 * once, only write the same words twice.
 */
export async function changeForgottenMessages(deps: ForgottenMessageDeps): Promise<ForgottenMessageReport> {
  const report = await changeInTurn(
    deps.messages.forgottenMessages(deps.limit ?? CATCH_UP_BATCH),
    (message) => deps.messages.changeForgottenMessage(message),
    (message) => deps.messages.forgottenMessageDone(message),
    deps,
    (message) => deps.messages.forgottenMessageFailed(message),
  );
  if (report.changed + report.gone + report.failed > 0) deps.logger.info('Messages left by a forgetting caught up', { ...report });
  return report;
}
