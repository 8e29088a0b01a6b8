import type { Logger } from '@slack/logger';
import type { ForgottenMessage } from '../db/privacy-repo.js';
import { createSlackPacer, type SlackPacer } from '../services/slack-pacer.js';
import { abortableDelay } from './abortable-delay.js';
import { CATCH_UP_BATCH, STALE_CARD_PACE } from './stale-cards.js';

/** After this many passing failures in a row (Slack down, rate limits), the run stops; the next carries on. */
const FAILURES_IN_A_ROW = 5;

/** What the job needs of the privacy service: the queued messages, a change, and a way to let one go. */
export interface ForgottenMessages {
  forgottenMessages(limit: number): ForgottenMessage[];
  /** `gone`: Slack says the message can never be changed (deleted, archived …); `failed`: try again later. */
  changeForgottenMessage(message: ForgottenMessage): Promise<{ outcome: 'changed' | 'gone' | 'failed'; retryAfterSeconds: number | null }>;
  forgottenMessageDone(message: ForgottenMessage): void;
}

export interface ForgottenMessageDeps {
  messages: ForgottenMessages;
  logger: Logger;
  signal?: AbortSignal;
  /** Spaces the chat.update calls; by default a pacer of this run's own at STALE_CARD_PACE. */
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
 * once, on the app's client), each in its paced turn, longest waiting first: a card is blanked, a
 * thank-you DM redrawn as it stands, a weekly review cleared. A message changed, or one Slack says
 * can never be, is let go; after any other failure it stays for the next run. There is no claim:
 * a run that dies after Slack changed a message but before that was recorded, or two processes at
 * once, only write the same words twice.
 */
export async function changeForgottenMessages(deps: ForgottenMessageDeps): Promise<ForgottenMessageReport> {
  const report: ForgottenMessageReport = { changed: 0, gone: 0, failed: 0 };
  const pacer = deps.pacer ?? createSlackPacer({ limits: STALE_CARD_PACE });
  const sleep = deps.sleep ?? ((ms: number) => abortableDelay(ms, deps.signal));
  const stopped = () => deps.signal?.aborted === true;
  let failuresInARow = 0;
  for (const message of deps.messages.forgottenMessages(deps.limit ?? CATCH_UP_BATCH)) {
    if (stopped() || failuresInARow >= FAILURES_IN_A_ROW) break;
    await pacer.acquire('chat.update', null, sleep);
    if (stopped()) break;
    const { outcome, retryAfterSeconds } = await deps.messages.changeForgottenMessage(message);
    if (outcome === 'failed') {
      if (retryAfterSeconds !== null) pacer.backOff('chat.update', null, retryAfterSeconds);
      failuresInARow += 1;
      report.failed += 1;
      continue;
    }
    failuresInARow = 0;
    report[outcome] += 1;
    deps.messages.forgottenMessageDone(message);
  }
  if (report.changed + report.gone + report.failed > 0) deps.logger.info('Messages left by a forgetting caught up', { ...report });
  return report;
}
