import type { Logger } from '@slack/logger';
import type { InvitationRecord } from '../db/invitations-repo.js';
import { BACKGROUND_UPDATES, createSlackPacer, type SlackPacer } from '../services/slack-pacer.js';
import { abortableDelay } from './abortable-delay.js';

/**
 * Messages changed per run of the card catch-up, the forgetting's first (see
 * forgotten-messages.ts) and then the stale cards: two to four minutes at the background jobs'
 * pace (BACKGROUND_UPDATES, shared with the retention job's blanking), inside the default
 * five-minute schedule; the next run takes the rest.
 */
export const CATCH_UP_BATCH = 60;

/**
 * About how many minutes the card catch-up needs for `queued` messages (everything waiting, in
 * every workspace), running every `gapMs` at most: a run takes CATCH_UP_BATCH, at half the
 * background pace should the retention job be blanking at the same time. An estimate to tell
 * people, not a promise: failures and rate limits make it longer.
 */
export function catchUpMinutes(queued: number, gapMs: number): number {
  const perMinute = (BACKGROUND_UPDATES['chat.update']?.perMinute ?? 30) / 2;
  const runMinutes = Math.max(Math.ceil(gapMs / 60_000), Math.ceil(CATCH_UP_BATCH / perMinute));
  return Math.ceil(queued / CATCH_UP_BATCH) * runMinutes;
}

/** After this many passing failures in a row (Slack down, rate limits), the run stops; the next carries on. */
const FAILURES_IN_A_ROW = 5;

/** What the job needs of the invitations: the marked cards, a redraw, and a way to unmark one. */
export interface StaleCards {
  staleCards(limit: number): { invitation: InvitationRecord; staleSince: number }[];
  /** `gone`: Slack says the card can never be changed (deleted, archived …); `failed`: try again later. */
  redrawStaleCard(invitation: InvitationRecord): Promise<{ outcome: 'redrawn' | 'gone' | 'failed'; retryAfterSeconds: number | null }>;
  cardRedrawn(teamId: string, id: number, staleSince: number): void;
}

export interface StaleCardDeps {
  cards: StaleCards;
  logger: Logger;
  signal?: AbortSignal;
  /** Spaces the chat.update calls (the jobs' shared one); by default a pacer of this run's own at BACKGROUND_UPDATES. */
  pacer?: SlackPacer;
  /** How the run waits for its turn; by default a sleep that a stop cuts short. */
  sleep?: (ms: number) => Promise<void>;
  /** Cards taken this run; CATCH_UP_BATCH by default. */
  limit?: number;
}

export interface StaleCardReport {
  redrawn: number;
  gone: number;
  failed: number;
}

/** One message's change in a catch-up: done, beyond reach for good, or to try again next run. */
export interface CatchUpChange {
  outcome: 'changed' | 'gone' | 'failed';
  retryAfterSeconds: number | null;
}

/**
 * The paced loop both catch-ups share (the forgetting's messages, then the marked cards): each
 * item in its turn of chat.update, stopping when told to or after FAILURES_IN_A_ROW. An item
 * changed, or one Slack says can never be, is let go (`done`); after any other failure it stays
 * for the next run (`failed` may move it back), and a Retry-After holds the pacer back.
 */
export async function changeInTurn<T>(
  items: readonly T[],
  change: (item: T) => Promise<CatchUpChange>,
  done: (item: T) => void,
  deps: { pacer?: SlackPacer; sleep?: (ms: number) => Promise<void>; signal?: AbortSignal },
  failed: (item: T) => void = () => undefined,
): Promise<{ changed: number; gone: number; failed: number }> {
  const report = { changed: 0, gone: 0, failed: 0 };
  const pacer = deps.pacer ?? createSlackPacer({ limits: BACKGROUND_UPDATES });
  const sleep = deps.sleep ?? ((ms: number) => abortableDelay(ms, deps.signal));
  const stopped = () => deps.signal?.aborted === true;
  let failuresInARow = 0;
  for (const item of items) {
    if (stopped() || failuresInARow >= FAILURES_IN_A_ROW) break;
    await pacer.acquire('chat.update', null, sleep);
    if (stopped()) break;
    const { outcome, retryAfterSeconds } = await change(item);
    if (outcome === 'failed') {
      if (retryAfterSeconds !== null) pacer.backOff('chat.update', null, retryAfterSeconds);
      failed(item);
      failuresInARow += 1;
      report.failed += 1;
      continue;
    }
    failuresInARow = 0;
    report[outcome] += 1;
    done(item);
  }
  return report;
}

/**
 * Redraws the cards a focus change or a forgetting marked (migration 010: the newest were redrawn
 * at once), the later checks' cards a retention purge marked (none at once), and the cards a
 * decision or a correction marked whose redraw never landed (a crash, Slack down), each in its paced
 * turn, longest waiting first. A card redrawn, or one Slack says can never be, is unmarked; after
 * any other failure it stays marked for the next run.
 */
export async function redrawStaleCards(deps: StaleCardDeps): Promise<StaleCardReport> {
  const { changed, gone, failed } = await changeInTurn(
    deps.cards.staleCards(deps.limit ?? CATCH_UP_BATCH),
    async ({ invitation }) => {
      const { outcome, retryAfterSeconds } = await deps.cards.redrawStaleCard(invitation);
      return { outcome: outcome === 'redrawn' ? 'changed' : outcome, retryAfterSeconds };
    },
    ({ invitation, staleSince }) => deps.cards.cardRedrawn(invitation.teamId, invitation.id, staleSince),
    deps,
  );
  const report: StaleCardReport = { redrawn: changed, gone, failed };
  if (changed + gone + failed > 0) deps.logger.info('Cards marked after a focus change, a forgetting, the retention purge, a decision or a correction caught up', { ...report });
  return report;
}
