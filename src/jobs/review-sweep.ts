import type { Logger } from '@slack/logger';
import type { KnownBlock, MessageMetadata } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { decidedPeriod, digestCoveredTo, digestSince, REVIEW_CATCH_UP_MINUTES, reviewedWeekDue, reviewWeekToClaim, weeklyReviewDueSince } from '../domain/review.js';
import { safeTimeZone } from '../domain/schedule.js';
import { reviewWorkingWindow } from '../domain/settings.js';
import type { ForgottenWhilePosting, ReviewStamp } from '../db/reviews-repo.js';
import type { NudgeSettings, Repos } from '../services/deps.js';
import type { InsightsService } from '../services/insights.js';
import { postBlocks, type PostedMessage } from '../services/post-message.js';
import { findTaggedMessages, WEEKLY_REVIEW_EVENT, weeklyReviewMetadata } from '../services/posted-messages.js';
import { describeSlackFailure, GONE_USER_ERRORS, rateLimitRetryAfter, slackErrorCode } from '../services/slack-errors.js';
import { pacerFor, type SlackPacer } from '../services/slack-pacer.js';
import { UserGoneError, type SlackUserDirectory } from '../services/slack-users.js';
import { clearedReviewMessage, namedInReview, reviewMessage, shortReviewMessage } from '../views/review-message.js';
import { teamDigestMessage } from '../views/team-digest.js';
import { asLoggable } from '../logger.js';
import { abortableDelay } from './abortable-delay.js';

export interface ReviewSweepDeps {
  /** `privacy`: lets go of a review DM the sweep redrew after a forgetting (see settleForgotten). */
  repos: Pick<Repos, 'reviews' | 'settings' | 'privacy'>;
  insights: Pick<InsightsService, 'review' | 'teamDigest' | 'currentReview'>;
  /** The sweeps' own WebClient (see the thank-you sweep). */
  client: WebClient;
  users: SlackUserDirectory;
  logger: Logger;
  settings: NudgeSettings;
  /** Where the weekly team digest goes, or null for none. */
  digestChannel: string | null;
  signal?: AbortSignal;
  /**
   * The current time, read when a review is claimed and just before it is posted, so a claim's
   * lease runs from then and not from the sweep's start. Without it, the sweep's `now` throughout.
   */
  clock?: () => Date;
  /** Spaces Slack calls to fit the rate limits; by default the one shared by the sweeps' client. */
  pacer?: SlackPacer;
}

export interface ReviewSweepReport {
  reviewsSent: number;
  /** Reviews an earlier sweep posted without recording it, found in the DM instead of sent again. */
  reviewsFound: number;
  reviewsEmpty: number;
  reviewsFailed: number;
  digestsSent: number;
}

/**
 * Slack's answers that a message itself can never be taken: too much text in its blocks in all
 * (`msg_blocks_too_long`, past a limit Slack does not document) or blocks it will not take. Sending
 * the same message again gets the same answer.
 */
const UNTAKEABLE_MESSAGE_ERRORS: ReadonlySet<string> = new Set(['msg_blocks_too_long', 'invalid_blocks']);

/** A claim older than this belongs to a sweep that died; the review may be sent again. */
const LEASE_MS = 30 * 60 * 1000;

/**
 * How long after this week's review became due a lost review from a week gone by that Slack will
 * not let the sweep look for may hold it back, hour by hour (see settleStaleClaim): the first three
 * hours of the week's first working day, so that even a week with one working day has its review.
 */
const HOLD_BACK_MS = REVIEW_CATCH_UP_MINUTES * 60 * 1000;

/**
 * Weekly reviews and the team digest. Runs often (DIGEST_CRON, hourly by default) and sends each
 * person's review once per working week, from its start in their own time zone (a missed one on a
 * later working morning; see weeklyReviewDueSince), claimed before sending; a change of working
 * days or time zone neither skips a week nor repeats one (see reviewWeekToClaim).
 * Nothing goes to someone with nothing to review, nor to someone who started using the app after
 * this week's review was due. The digest goes to DIGEST_CHANNEL by the same rule, with the
 * workspace's working hours read in UTC.
 */
export async function sweepReviews(deps: ReviewSweepDeps, now: Date): Promise<ReviewSweepReport> {
  const report: ReviewSweepReport = { reviewsSent: 0, reviewsFound: 0, reviewsEmpty: 0, reviewsFailed: 0, digestsSent: 0 };
  const pacer = deps.pacer ?? pacerFor(deps.client);
  // A Retry-After can be long; a shutdown cuts the wait short (the loop then stops between people).
  const wait = (ms: number) => abortableDelay(ms, deps.signal);
  const clock = deps.clock ?? (() => now);
  const optOuts = new Map<string, Set<string>>();
  for (const { teamId, userId } of deps.repos.reviews.owners()) {
    if (deps.signal?.aborted === true) break;
    let teamOptOuts = optOuts.get(teamId);
    if (teamOptOuts === undefined) {
      teamOptOuts = deps.repos.settings.weeklyReviewOptOuts(teamId);
      optOuts.set(teamId, teamOptOuts);
    }
    if (teamOptOuts.has(userId)) continue;
    try {
      await reviewFor(teamId, userId);
    } catch (error) {
      // A fault of ours with one person (a bug, a database error) would otherwise stop the sweep
      // there, every hour, for everyone after them. Slack's own answers are handled in reviewFor.
      report.reviewsFailed += 1;
      deps.logger.error('Weekly review failed; the sweep goes on with the others, and a later one tries again', { teamId, userId }, asLoggable(error));
    }
  }
  if (deps.digestChannel !== null) {
    for (const teamId of deps.repos.reviews.teams()) {
      if (deps.signal?.aborted === true) break;
      try {
        await digestFor(teamId, deps.digestChannel);
      } catch (error) {
        // As for a review: one workspace's fault of ours must not hold back the others' digests.
        deps.logger.error('Team digest failed; the sweep goes on with the others, and a later one tries again', { teamId }, asLoggable(error));
      }
    }
  }
  if (report.reviewsSent + report.reviewsFailed + report.digestsSent > 0) deps.logger.info('Review sweep finished', { ...report });
  return report;

  async function reviewFor(teamId: string, userId: string): Promise<void> {
    const timeZone = await timeZoneOf(teamId, userId);
    if (timeZone === null) return;
    // Their own hours, at least an hour long (see reviewWorkingWindow).
    const window = reviewWorkingWindow(deps.repos.settings.get(teamId, userId), deps.settings.workingWindow);
    // Someone who started using the app after this week's review was due hears next week.
    const dueSince = weeklyReviewDueSince(now, timeZone, window);
    if (dueSince === null || !deps.repos.reviews.checkedBefore(teamId, userId, dueSince)) return;
    // Keyed by the week's first working day, so a sun-thu week is one week from Sunday to Thursday;
    // none when the last review was for this same week, under days or a time zone since changed.
    const last = deps.repos.reviews.lastReview(teamId, userId);
    const week = reviewWeekToClaim(dueSince, timeZone, window, last, now);
    if (week === null) return;
    // The last week's review left claimed by a sweep that died (the app was then down, or the days
    // changed, until this week): settled first, so a DM it may have posted is recorded, not lost.
    // A look that keeps failing holds this week's review back at most a morning (see HOLD_BACK_MS).
    const mayHold = now.getTime() - dueSince.getTime() < HOLD_BACK_MS;
    if (last !== null && last.sending && last.week !== week && !(await settleStaleClaim(teamId, userId, last.week, mayHold))) return;
    const claim = deps.repos.reviews.claimReview(teamId, userId, week, clock(), LEASE_MS, last?.week ?? null);
    if (!claim.claimed) return;
    const { token } = claim;
    // Its decisions are those since the last review sent to them, so none is shown twice or missed
    // when reviews come 4 to 10 days apart (after a change of working days).
    let model: ReturnType<ReviewSweepDeps['insights']['review']>;
    try {
      model = deps.insights.review(teamId, userId, now, decidedPeriod(now, deps.repos.reviews.reviewSentBefore(teamId, userId, week)));
    } catch (error) {
      // Nothing posted under this claim: let it go now, so the next sweep tries again rather than
      // wait out the lease (one taken over from a post that may be out there keeps its look).
      if (claim.postStartedAt === null) deps.repos.reviews.releaseReview(teamId, userId, week, token);
      else deps.repos.reviews.expireReview(teamId, userId, week, token);
      throw error;
    }
    if (model === null) {
      deps.repos.reviews.finishReview(teamId, userId, week, token, 'empty', now);
      report.reviewsEmpty += 1;
      return;
    }
    let channel: string | null = null;
    let posting = false;
    let shortened = false;
    try {
      channel = deps.users.cachedDmChannel(teamId, userId) ?? (await pacedCall('conversations.open', () => deps.users.dmChannel(teamId, userId)));
      const named = namedInReview(model);
      const look = claim.postStartedAt === null ? null : await alreadyPosted(teamId, channel, week, claim.postStartedAt);
      const found = look?.ts ?? null;
      if (found !== null) {
        // It shows the review as it stood then; someone may have been forgotten, or decided, since.
        const redrawn = await redrawFound(channel, found, reviewMessage(model));
        const forgotten = deps.repos.reviews.reviewPosted(teamId, userId, week, token, { channelId: channel, ts: found, named, mayShowPostedNames: !redrawn }, now);
        report.reviewsFound += 1;
        await settleForgotten(teamId, userId, week, { channelId: channel, ts: found }, forgotten);
        return;
      }
      posting = true;
      // Stamped with whom it shows, so a DM of it found after a crash names just them: with the
      // names of an earlier post under this claim that was never found (unknown for one stamped
      // before names were recorded, and then unknown still). Sent again without that post seen in
      // the DM (the looks failed), it stays known as lost, so that forgetting still looks for it.
      const earlierNames = claim.postNames;
      const sentAgain = look !== null && !look.seen ? { sentAgainAfter: earlierNames } : {};
      // What the last stamp found (set in the post's turn, see `post`).
      const stamp: { outcome: ReviewStamp } = { outcome: 'taken' };
      const receiptShowing = (shows: readonly number[]) => ({
        metadata: weeklyReviewMetadata(week),
        stillHeld: () => {
          const names = earlierNames === null ? null : [...new Set([...earlierNames, ...shows])];
          stamp.outcome = deps.repos.reviews.stampReviewPost(teamId, userId, week, token, clock(), names, { shows, ...sentAgain });
          return stamp.outcome === 'stamped';
        },
      });
      let shown = named;
      let posted: PostedMessage | null;
      try {
        posted = await post(channel, reviewMessage(model), receiptShowing(named));
      } catch (error) {
        // The same review would be refused again next hour, every hour: its short form goes instead.
        if (!UNTAKEABLE_MESSAGE_ERRORS.has(slackErrorCode(error) ?? '')) throw error;
        deps.logger.warn('Slack refused the weekly review; sending its short form', { teamId, userId, failure: describeSlackFailure(error) });
        shortened = true;
        // The full form was refused, so it is nowhere: the short form names nobody.
        shown = [];
        posted = await post(channel, shortReviewMessage(model), receiptShowing(shown));
      }
      if (posted === null) {
        if (stamp.outcome === 'forgotten') {
          // Someone it shows was forgotten since it was built: a later sweep builds it afresh.
          deps.logger.info('Weekly review not posted: someone it names was just forgotten; a later sweep sends it', { teamId, userId, week });
          if (claim.postStartedAt === null) deps.repos.reviews.releaseReview(teamId, userId, week, token);
          else deps.repos.reviews.expireReview(teamId, userId, week, token);
          return;
        }
        deps.logger.info('Weekly review not posted: another sweep took its claim over', { teamId, userId, week });
        return;
      }
      if (posted.ts === undefined) {
        deps.repos.reviews.finishReview(teamId, userId, week, token, 'sent', now);
        report.reviewsSent += 1;
        return;
      }
      const dm = { channelId: posted.channel ?? channel, ts: posted.ts };
      const forgotten = deps.repos.reviews.reviewPosted(teamId, userId, week, token, { ...dm, named: shown }, now);
      report.reviewsSent += 1;
      await settleForgotten(teamId, userId, week, dm, forgotten);
    } catch (error) {
      // A remembered DM channel gone stale: forget it, and the retry opens a fresh one.
      if (channel !== null && slackErrorCode(error) === 'channel_not_found') deps.users.forgetDmChannel(teamId, userId, channel);
      const refused = slackErrorCode(error) !== null || rateLimitRetryAfter(error) !== null;
      if (shortened && UNTAKEABLE_MESSAGE_ERRORS.has(slackErrorCode(error) ?? '')) {
        // Not even the short form: nothing a later sweep sends would be taken. The week ends here,
        // loudly, rather than in a refusal every hour.
        deps.repos.reviews.finishReview(teamId, userId, week, token, 'empty', now);
        report.reviewsFailed += 1;
        deps.logger.error('Slack refused the weekly review and its short form; this week has no review', { teamId, userId, week, failure: describeSlackFailure(error) });
        return;
      }
      if (GONE_USER_ERRORS.has(slackErrorCode(error) ?? '')) {
        // They can no longer read it: count this week as done rather than retry all day.
        deps.repos.reviews.finishReview(teamId, userId, week, token, 'empty', now);
      } else if (posting ? !refused : claim.postStartedAt !== null) {
        // A DM may be out there unseen: the next sweep takes the claim over and looks first.
        deps.repos.reviews.expireReview(teamId, userId, week, token);
      } else {
        deps.repos.reviews.releaseReview(teamId, userId, week, token);
      }
      report.reviewsFailed += 1;
      deps.logger.warn('Weekly review failed; a later sweep tries again', { teamId, userId, failure: describeSlackFailure(error) });
    }
  }

  /**
   * Settles a review claim a dead sweep left on a week gone by, when its lease has run out: one
   * whose post never began is closed as having no review; one whose post began is looked for in
   * the DM, and when found, recorded as sent then, where it is, so forget-me and forgetting reach
   * it; when not found, closed. It is never sent now: this week's review is about to go, and shows
   * what it would have. When the DM cannot be read for want of im:history, the claim is left as it
   * was (expired, with its post stamp) and a warning logged. False when the look failed for another
   * reason, or another sweep holds the claim: the person waits for a later sweep, which looks again,
   * rather than risk two reviews or lose one; but only while `mayHold` (the first hours after this
   * week's review became due). After that a look that still fails leaves the claim unsure, as without im:history,
   * and this week's review goes: a failure Slack repeats every hour must not stop a person's reviews
   * for good (forget-me still looks for the lost one).
   */
  async function settleStaleClaim(teamId: string, userId: string, week: string, mayHold: boolean): Promise<boolean> {
    const claim = deps.repos.reviews.claimReview(teamId, userId, week, clock(), LEASE_MS);
    if (!claim.claimed) return false;
    const { token, postStartedAt } = claim;
    if (postStartedAt === null) {
      deps.repos.reviews.finishReview(teamId, userId, week, token, 'empty', now);
      return true;
    }
    let channel: string | null = null;
    try {
      channel = deps.users.cachedDmChannel(teamId, userId) ?? (await pacedCall('conversations.open', () => deps.users.dmChannel(teamId, userId)));
      const found = await reviewInDm(channel, week, postStartedAt);
      if (found === null) {
        deps.repos.reviews.finishReview(teamId, userId, week, token, 'empty', now);
      } else {
        // Naming someone forgotten since its post began, it is queued for the card catch-up job to clear.
        if (deps.repos.reviews.staleReviewFound(teamId, userId, week, token, { channelId: channel, ts: found }, postStartedAt, now)) {
          deps.logger.info('A weekly review a stopped sweep posted names someone forgotten since; it is left to be cleared', { teamId, userId, week });
        }
        report.reviewsFound += 1;
      }
    } catch (error) {
      if (GONE_USER_ERRORS.has(slackErrorCode(error) ?? '')) {
        // They can no longer read it, nor this week's: closed, as the week's own review would be.
        deps.repos.reviews.finishReview(teamId, userId, week, token, 'empty', now);
        return true;
      }
      deps.repos.reviews.expireReview(teamId, userId, week, token);
      if (slackErrorCode(error) === 'missing_scope') {
        // Without im:history it can never be found: this week's review goes, and the claim stays unsure.
        deps.logger.warn('A weekly review a stopped sweep may have posted cannot be looked for without im:history; it stays recorded as unsure', { teamId, userId, week });
        return true;
      }
      if (channel !== null && slackErrorCode(error) === 'channel_not_found') deps.users.forgetDmChannel(teamId, userId, channel);
      if (!mayHold) {
        deps.logger.warn('Could not look for a weekly review a stopped sweep may have posted; it stays recorded as unsure and the week’s review goes without it', {
          teamId,
          userId,
          week,
          failure: describeSlackFailure(error),
        });
        return true;
      }
      deps.logger.warn('Could not look for a weekly review a stopped sweep may have posted; a later sweep looks again', { teamId, userId, week, failure: describeSlackFailure(error) });
      // This week's review waits too: the next sweep settles the old one first.
      return false;
    }
    return true;
  }

  async function digestFor(teamId: string, channel: string): Promise<void> {
    const window = deps.settings.workingWindow;
    const dueSince = weeklyReviewDueSince(now, 'UTC', window);
    if (dueSince === null) return;
    // Keyed by the working week's first day, as the reviews are: a change of WORKING_DAYS neither
    // skips a digest nor sends two, and after a late one, a week that starts sooner waits within
    // it, as a review does, rather than bring the next digest the next morning (see reviewWeekToClaim).
    const last = deps.repos.reviews.lastDigest(teamId);
    const week = reviewWeekToClaim(dueSince, 'UTC', window, last, now);
    if (week === null) return;
    const token = deps.repos.reviews.claimDigest(teamId, week, clock(), LEASE_MS, last?.week ?? null);
    if (token === null) return;
    // From where the last digest that went out ended. A claim a crash left 'sending' on a week gone
    // by may never have been posted: its days are shown again rather than lost (so they may be
    // shown twice, never sent late on their own), as far back as where it would have started.
    let model: ReturnType<ReviewSweepDeps['insights']['teamDigest']>;
    let covers: { from: Date; to: Date; named: number[] };
    try {
      const { settled, unsure } = deps.repos.reviews.digestStart(teamId, week);
      const since = digestSince(dueSince, digestCoveredTo(settled === null ? null : reviewedWeekDue(settled, 'UTC', window), unsure === null ? null : reviewedWeekDue(unsure, 'UTC', window)));
      model = deps.insights.teamDigest(teamId, dueSince, since);
      // Read with the model, so that whom it names is whom it shows (see digestPosted).
      covers = { from: since, to: dueSince, named: deps.repos.reviews.digestNames(teamId, since, dueSince) };
    } catch (error) {
      // Nothing posted under this claim: let it go now, so the next sweep tries again rather than wait out the lease.
      deps.repos.reviews.releaseDigest(teamId, week, token);
      throw error;
    }
    if (model === null) {
      deps.repos.reviews.finishDigest(teamId, week, token, 'empty', now);
      return;
    }
    try {
      const posted = await post(channel, teamDigestMessage(model), {
        stillHeld: () => deps.repos.reviews.markDigestPostStarted(teamId, week, token, clock()),
      });
      if (posted === null) {
        deps.logger.info('Team digest not posted: another sweep took its claim over', { teamId, week });
        return;
      }
      report.digestsSent += 1;
      if (posted.ts === undefined) {
        // No place to record: forgetting cannot reach this one.
        deps.repos.reviews.finishDigest(teamId, week, token, 'sent', now);
        return;
      }
      // Where it is and whom it names, so that forgetting reaches it (migration 020).
      if (deps.repos.reviews.digestPosted(teamId, week, token, { channelId: posted.channel ?? channel, ts: posted.ts, ...covers }, now)) {
        deps.logger.info('A team digest names someone forgotten while it was being posted; it is left to be redrawn', { teamId, week });
      }
    } catch (error) {
      deps.repos.reviews.releaseDigest(teamId, week, token);
      deps.logger.warn('Team digest failed; a later sweep tries again', { teamId, failure: describeSlackFailure(error) });
    }
  }

  /**
   * The owner's time zone, asked of Slack in its paced turn once the cached one is a day old. When
   * Slack cannot answer: the one we had, else null, and the review waits for a later hour rather
   * than go out at 09:00 UTC, the middle of the night for half the world.
   */
  async function timeZoneOf(teamId: string, userId: string): Promise<string | null> {
    const fresh = deps.users.cachedFreshProfile(teamId, userId, now);
    if (fresh !== null) return safeTimeZone(fresh.tz);
    try {
      return safeTimeZone((await pacedCall('users.info', () => deps.users.fetchProfile(teamId, userId, now))).tz);
    } catch (error) {
      const known = deps.users.cachedProfile(teamId, userId);
      // A deactivated owner goes on to the post, whose refusal closes their week.
      if (error instanceof UserGoneError) return safeTimeZone(known?.tz);
      deps.logger.warn(known === null ? 'users.info failed; the weekly review waits for a later hour' : 'users.info failed; using the time zone we had', {
        teamId,
        userId,
        failure: describeSlackFailure(error),
      });
      return known === null ? null : safeTimeZone(known.tz);
    }
  }

  /**
   * Redraws a review found in the DM as it stands now, so what it shows is what is recorded of it.
   * A failure is only logged (false: it still shows what it was posted with): the review is there,
   * and must not be sent again.
   */
  async function redrawFound(channel: string, ts: string, message: { text: string; blocks: KnownBlock[] }): Promise<boolean> {
    try {
      await pacedCall('chat.update', () => deps.client.chat.update({ channel, ts, ...message }));
      return true;
    } catch (error) {
      deps.logger.warn('Could not redraw a weekly review found in the DM', { failure: describeSlackFailure(error) });
      return false;
    }
  }

  /** The review for `week` among the DM's messages tagged as reviews since `since`: its ts, or null. */
  async function reviewInDm(channel: string, week: string, since: Date): Promise<string | null> {
    const tagged = await findTaggedMessages(deps.client, { channel, eventType: WEEKLY_REVIEW_EVENT, since }, pacedHistory);
    return tagged.find((message) => message.payload.week === week)?.ts ?? null;
  }

  /** One page of a DM's history in its paced turn (see pacedCall): a 429 pauses every later look. */
  function pacedHistory<T>(send: () => Promise<T>): Promise<T> {
    return pacedCall('conversations.history', send);
  }

  /** A call in its paced turn; a 429 makes the rest of the sweep wait its Retry-After for that method. */
  async function pacedCall<T>(method: string, send: () => Promise<T>): Promise<T> {
    await pacer.acquire(method, null, wait);
    try {
      return await send();
    } catch (error) {
      const retryAfter = rateLimitRetryAfter(error);
      if (retryAfter !== null) pacer.backOff(method, null, retryAfter);
      throw error;
    }
  }

  /**
   * This week's review in the DM (its ts), posted by a sweep that never recorded it (its post began
   * at `since`); else null, `seen` when the DM was read. When Slack will not show the history for
   * want of im:history, null, not seen: it is sent again. Any other refusal is thrown (a later sweep
   * looks again) for the first HOLD_BACK_MS after that post began, so one failed look does not send
   * the review twice; after that it is sent again, so a failure Slack repeats does not cost the
   * week its review.
   */
  async function alreadyPosted(teamId: string, channel: string, week: string, since: Date): Promise<{ ts: string | null; seen: boolean }> {
    try {
      return { ts: await reviewInDm(channel, week, since), seen: true };
    } catch (error) {
      const code = slackErrorCode(error);
      if (code === null || GONE_USER_ERRORS.has(code)) throw error;
      if (code !== 'missing_scope' && now.getTime() - since.getTime() < HOLD_BACK_MS) throw error;
      deps.logger.warn('Could not read the DM to see whether the weekly review went out; sending it', {
        teamId,
        failure: describeSlackFailure(error),
      });
      return { ts: null, seen: false };
    }
  }

  /**
   * A review DM just recorded that a forgetting reached while its post was in flight (see
   * ForgottenWhilePosting): redrawn as the review stands now ('person'), or cleared ('you': its
   * owner asked to be forgotten), at once, and then let go of. The DM is already queued for the card
   * catch-up job, which clears it should this fail or the process die first.
   */
  async function settleForgotten(teamId: string, userId: string, week: string, dm: { channelId: string; ts: string }, forgotten: ForgottenWhilePosting): Promise<void> {
    if (forgotten === null) return;
    const queued = forgotten === 'you' ? { kind: 'review' as const, who: 'you' as const, userId: null, week: null } : { kind: 'review' as const, who: 'person' as const, userId, week };
    try {
      // Drawn in its paced turn, as late as can be; whom it shows (as redrawing noted them) is
      // checked again once Slack has it, as a forgetting meanwhile may have been overtaken by it.
      let shown: readonly number[] = [];
      await pacedCall('chat.update', () => {
        const message = forgotten === 'you' ? clearedReviewMessage('you') : deps.insights.currentReview(teamId, userId, dm);
        if (forgotten === 'person') shown = deps.repos.reviews.reviewNames(teamId, userId, week);
        return deps.client.chat.update({ channel: dm.channelId, ts: dm.ts, ...message });
      });
      if (deps.repos.reviews.redrawnReviewForgotten(teamId, userId, week, dm, shown, now)) {
        deps.logger.info('A weekly review redrawn after a forgetting names someone forgotten while it was redrawn; it is left to be cleared', { teamId, userId, week });
        return;
      }
      deps.repos.privacy.forgottenMessageDone({ teamId, channelId: dm.channelId, ts: dm.ts, ...queued });
      deps.logger.info('A weekly review that named someone forgotten while it was being posted was changed', { teamId, userId, week, who: forgotten });
    } catch (error) {
      deps.logger.warn('Could not change a weekly review that named someone forgotten while it was being posted; it is left to be cleared', {
        teamId,
        failure: describeSlackFailure(error),
      });
    }
  }

  /**
   * Posts in its paced turn, if the claim is `stillHeld` then (checked, stamped and renewed in the
   * same turn as the request leaves). Null when it was not: another sweep has the claim now.
   */
  async function post(
    channel: string,
    message: { text: string; blocks: KnownBlock[] },
    receipt: { metadata?: MessageMetadata; stillHeld: () => boolean },
  ): Promise<PostedMessage | null> {
    // Shares the thank-you sweep's pacer (same client): Monday morning can bring many reviews at once.
    await pacer.acquire('chat.postMessage', channel, wait);
    if (!receipt.stillHeld()) return null;
    return postBlocks(deps.client, { channel, ...message, ...(receipt.metadata === undefined ? {} : { metadata: receipt.metadata }) });
  }
}
