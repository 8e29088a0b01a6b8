import type { Logger } from '@slack/logger';
import type { WebClient } from '@slack/web-api';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { CardToBlank, PrivacyRepo } from '../db/privacy-repo.js';
import { describeSlackFailure, MESSAGE_BEYOND_REACH, rateLimitRetryAfter, SLACK_SIDE_FAILURES, slackErrorCode } from '../services/slack-errors.js';
import { BACKGROUND_UPDATES, createSlackPacer, type SlackPacer } from '../services/slack-pacer.js';
import { expiredCardMessage } from '../views/retention-card.js';
import { clearedReviewMessage } from '../views/review-message.js';
import { abortableDelay } from './abortable-delay.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 500;
/** Cards read from the database at a time; at Slack's pace a batch is about a minute of work. */
const CARD_BATCH = 50;
/**
 * After this many cards in a row failed for a reason that is not the card's (Slack down, the
 * network, a rate limit, the token refused), the blanking stops for this run rather than spend
 * the hour on an outage; the next run carries on. A card Slack refuses for a reason of its own is
 * that card's failure alone: it is tried again next run, and the run goes on to the next card, so
 * a few stubborn cards never hold up the rest.
 */
const FAILURES_IN_A_ROW = 5;

export interface RetentionDeps {
  privacy: PrivacyRepo;
  logger: Logger;
  retentionDays: number;
  signal?: AbortSignal;
}

export interface CardBlankingDeps extends RetentionDeps {
  /** The sweeps' own WebClient: it retries only calls that never reached Slack, and rejects 429s at once. */
  client: WebClient;
  /**
   * Spaces the chat.update calls: the background jobs' shared pacer (see jobs/index.ts), so a
   * backlog (the first run after an upgrade blanks every card purged before) and the card catch-up
   * together never leave the people clicking short; by default a pacer of this run's own at
   * BACKGROUND_UPDATES.
   */
  pacer?: SlackPacer;
  /** How the run waits for its turn; by default a sleep that a stop cuts short. */
  sleep?: (ms: number) => Promise<void>;
}

export interface CardBlankingReport {
  blanked: number;
  /** Cards Slack said can never be changed (deleted, archived …): let go. */
  beyondReach: number;
  /** Cards that failed for a passing reason: still to blank, on the next run. */
  failed: number;
}

export interface RetentionReport extends CardBlankingReport {
  removed: number;
  /** Weekly review DMs cleared because they named someone whose details were removed. */
  reviewsCleared: number;
}

/** Review DMs read from the database per run; the rest wait for the next run. */
const REVIEW_BATCH = 100;

/**
 * The retention job: removes the expired details, then blanks the cards in Slack that still show
 * them, then clears the weekly review DMs that named them. The steps meet only through the
 * database (a purged invitation keeps its card's location until the card is blanked, a review its
 * names until it is cleared), so a crash or an outage between them loses nothing: the next run
 * does what this one could not.
 */
export async function runRetention(deps: CardBlankingDeps, now: Date): Promise<RetentionReport> {
  const removed = await removeExpiredDetails(deps, now);
  const paced = { ...deps, pacer: deps.pacer ?? createSlackPacer({ limits: BACKGROUND_UPDATES }) };
  const cards = await blankExpiredCards(paced, now);
  return { removed, ...cards, reviewsCleared: await clearExpiredReviews(paced) };
}

/**
 * Clears the weekly review DMs that name someone whose details were removed (a review lists the
 * week's decisions by name). A cleared review, or one Slack says can never be changed, lets go of
 * its names; one that failed otherwise is tried again on the next run. Returns how many were cleared.
 */
export async function clearExpiredReviews(deps: CardBlankingDeps): Promise<number> {
  const pacer = deps.pacer ?? createSlackPacer({ limits: BACKGROUND_UPDATES });
  const sleep = deps.sleep ?? ((ms: number) => abortableDelay(ms, deps.signal));
  let cleared = 0;
  let failuresInARow = 0;
  const stopped = () => deps.signal?.aborted === true;
  for (const review of deps.privacy.reviewsNamingPurged(REVIEW_BATCH)) {
    if (stopped() || failuresInARow >= FAILURES_IN_A_ROW) break;
    await pacer.acquire('chat.update', null, sleep);
    if (stopped()) break;
    try {
      await deps.client.chat.update({ channel: review.channelId, ts: review.ts, ...clearedReviewMessage('expired') });
      cleared += 1;
    } catch (error) {
      const failure = describeSlackFailure(error);
      if (!MESSAGE_BEYOND_REACH.has(slackErrorCode(error) ?? '')) {
        const retryAfter = rateLimitRetryAfter(error);
        if (retryAfter !== null) pacer.backOff('chat.update', null, retryAfter);
        failuresInARow += 1;
        deps.logger.warn('Could not clear a weekly review of purged names; the next run tries again', { teamId: review.teamId, failure });
        continue;
      }
      deps.logger.info('A weekly review could not be cleared and never will be; letting it go', { teamId: review.teamId, failure });
    }
    failuresInARow = 0;
    deps.privacy.reviewCleared(review.teamId, review.userId, review.week);
  }
  if (cleared > 0) deps.logger.info('Weekly reviews naming purged invitations cleared', { cleared });
  return cleared;
}

/**
 * After `retentionDays`, an ignored, declined or blocked invitation keeps only its decision and
 * dates (for stats); the person's name, headline, note, profile link and every reason go, and so
 * do the quotes of its reasons in later checks' stored weighings (see PrivacyRepo.removeExpiredDetails).
 * Runs in batches so a large backlog never holds the write lock for long, and lets the event loop
 * turn between them (commands and clicks are acked meanwhile). Stops between batches when `signal`
 * fires; the next run carries on.
 */
export async function removeExpiredDetails(deps: RetentionDeps, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - deps.retentionDays * DAY_MS);
  let removed = 0;
  let laterCardsToRedraw = 0;
  for (;;) {
    if (deps.signal?.aborted === true) break;
    const batch = deps.privacy.removeExpiredDetails(cutoff, BATCH, now);
    removed += batch.removed;
    laterCardsToRedraw += batch.laterCardsMarked;
    if (batch.removed < BATCH) break;
    await nextTurn();
  }
  // Later checks' cards that showed the removed words are left to the card catch-up job (jobs/stale-cards.ts).
  if (removed > 0) deps.logger.info('Details removed after the retention period', { removed, retentionDays: deps.retentionDays, laterCardsToRedraw });
  const cardsUnknownIn = removed > 0 ? deps.privacy.cardsUnknownPurgedAt(now) : [];
  if (cardsUnknownIn.length > 0) {
    // Slack never answered these cards' posts and no click showed where they are: nothing can blank
    // them. Said once, as their details go; a click on one later notes it, and the blanking reaches it.
    deps.logger.warn('Purged invitations may have cards in Slack that could not be blanked: their posts went unanswered; delete them by hand if they are there', {
      count: cardsUnknownIn.length,
      channels: [...new Set(cardsUnknownIn)],
    });
  }
  return removed;
}

/**
 * Blanks the cards of purged invitations: each keeps only its decision and date. One card at a
 * time, in its paced turn for chat.update (a 429 pauses the rest for its Retry-After), stopping
 * between cards when `signal` fires. A card's location is forgotten once Slack has blanked it, or
 * has said it never can; after any other failure it stays for the next run.
 *
 * There is no claim: a run that dies after Slack blanked a card but before that was recorded, or
 * two processes running at once, only blank the card twice with the same words, which changes
 * nothing anyone can see.
 */
export async function blankExpiredCards(deps: CardBlankingDeps, now: Date): Promise<CardBlankingReport> {
  const report: CardBlankingReport = { blanked: 0, beyondReach: 0, failed: 0 };
  const pacer = deps.pacer ?? createSlackPacer({ limits: BACKGROUND_UPDATES });
  const sleep = deps.sleep ?? ((ms: number) => abortableDelay(ms, deps.signal));
  let afterId = 0;
  let failuresInARow = 0;
  scan: for (;;) {
    const cards = deps.privacy.cardsToBlank(afterId, CARD_BATCH);
    for (const card of cards) {
      if (deps.signal?.aborted === true) break scan;
      if (failuresInARow >= FAILURES_IN_A_ROW) {
        deps.logger.warn('Card blanking stopped for now: Slack kept failing; the next run carries on', { ...report });
        break scan;
      }
      afterId = card.id;
      const outcome = await blank(card);
      if (outcome === 'stopped') break scan;
      if (outcome === 'failed' || outcome === 'failedAlone') {
        // Only failures that are not the card's own count towards stopping the run.
        failuresInARow = outcome === 'failed' ? failuresInARow + 1 : 0;
        report.failed += 1;
        continue;
      }
      failuresInARow = 0;
      report[outcome] += 1;
      deps.privacy.cardBlanked(card, now);
    }
    if (cards.length < CARD_BATCH) break;
  }
  if (report.blanked + report.beyondReach + report.failed > 0) {
    deps.logger.info('Cards of purged invitations blanked', { ...report });
  }
  return report;

  /** `failed`: Slack, the network or the token failed; `failedAlone`: Slack refused this card for a reason of its own. */
  async function blank(card: CardToBlank): Promise<'blanked' | 'beyondReach' | 'failed' | 'failedAlone' | 'stopped'> {
    // Only a channel message can be changed; a card with a ts but no channel cannot be found.
    if (card.channelId === null) return 'beyondReach';
    await pacer.acquire('chat.update', null, sleep);
    if (deps.signal?.aborted === true) return 'stopped';
    const decidedAt = card.decidedAt === null ? null : new Date(card.decidedAt);
    const message = expiredCardMessage({ status: card.status, decidedAt }, deps.retentionDays);
    try {
      await deps.client.chat.update({ channel: card.channelId, ts: card.messageTs, ...message });
      return 'blanked';
    } catch (error) {
      const failure = describeSlackFailure(error);
      if (MESSAGE_BEYOND_REACH.has(slackErrorCode(error) ?? '')) {
        deps.logger.info('A card could not be blanked and never will be; letting it go', { invitationId: card.id, failure });
        return 'beyondReach';
      }
      const retryAfter = rateLimitRetryAfter(error);
      if (retryAfter !== null) pacer.backOff('chat.update', null, retryAfter);
      deps.logger.warn('Could not blank a card; the next run tries again', { invitationId: card.id, failure });
      const code = slackErrorCode(error);
      return code === null || SLACK_SIDE_FAILURES.has(code) ? 'failed' : 'failedAlone';
    }
  }
}
