import type { Logger } from '@slack/logger';
import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { isoWeekKey, isWeeklyReviewTime } from '../domain/review.js';
import { safeTimeZone, type WorkingWindow } from '../domain/schedule.js';
import { personalWorkingWindow } from '../domain/settings.js';
import type { NudgeSettings, Repos } from '../services/deps.js';
import type { InsightsService } from '../services/insights.js';
import { postBlocks } from '../services/post-message.js';
import { describeSlackFailure, GONE_USER_ERRORS, slackErrorCode } from '../services/slack-errors.js';
import { pacerFor } from '../services/slack-pacer.js';
import type { SlackUserDirectory } from '../services/slack-users.js';
import { reviewMessage } from '../views/review-message.js';
import { teamDigestMessage } from '../views/team-digest.js';

export interface ReviewSweepDeps {
  repos: Pick<Repos, 'reviews' | 'settings'>;
  insights: Pick<InsightsService, 'review' | 'teamDigest'>;
  /** The sweeps' own WebClient (see the thank-you sweep). */
  client: WebClient;
  users: SlackUserDirectory;
  logger: Logger;
  settings: NudgeSettings;
  /** Where the weekly team digest goes, or null for none. */
  digestChannel: string | null;
  signal?: AbortSignal;
}

export interface ReviewSweepReport {
  reviewsSent: number;
  reviewsEmpty: number;
  reviewsFailed: number;
  digestsSent: number;
}

/** A claim older than this belongs to a sweep that died; the review may be sent again. */
const LEASE_MS = 30 * 60 * 1000;

/**
 * Weekly reviews and the team digest. Runs often (DIGEST_CRON, hourly by default) and sends each
 * person's review once per week, on their Monday morning in their own time zone, claimed before
 * sending. Nothing goes to someone with nothing to review. The digest goes to DIGEST_CHANNEL on
 * Monday from the workspace's start of working hours, UTC.
 */
export async function sweepReviews(deps: ReviewSweepDeps, now: Date): Promise<ReviewSweepReport> {
  const report: ReviewSweepReport = { reviewsSent: 0, reviewsEmpty: 0, reviewsFailed: 0, digestsSent: 0 };
  const pacer = pacerFor(deps.client);
  const optOuts = new Map<string, Set<string>>();
  for (const { teamId, userId } of deps.repos.reviews.owners()) {
    if (deps.signal?.aborted === true) break;
    let teamOptOuts = optOuts.get(teamId);
    if (teamOptOuts === undefined) {
      teamOptOuts = deps.repos.settings.weeklyReviewOptOuts(teamId);
      optOuts.set(teamId, teamOptOuts);
    }
    if (teamOptOuts.has(userId)) continue;
    await reviewFor(teamId, userId);
  }
  if (deps.digestChannel !== null) {
    for (const teamId of deps.repos.reviews.teams()) await digestFor(teamId, deps.digestChannel);
  }
  if (report.reviewsSent + report.reviewsFailed + report.digestsSent > 0) deps.logger.info('Review sweep finished', { ...report });
  return report;

  async function reviewFor(teamId: string, userId: string): Promise<void> {
    const profile = await deps.users.profile(teamId, userId, now);
    const timeZone = safeTimeZone(profile.tz);
    const window = personalWorkingWindow(deps.repos.settings.get(teamId, userId), deps.settings.workingWindow);
    if (!isWeeklyReviewTime(now, timeZone, window)) return;
    const week = isoWeekKey(now, timeZone);
    if (!deps.repos.reviews.claimReview(teamId, userId, week, now, LEASE_MS)) return;
    const model = deps.insights.review(teamId, userId, now);
    if (model === null) {
      deps.repos.reviews.finishReview(teamId, userId, week, 'empty', now);
      report.reviewsEmpty += 1;
      return;
    }
    let channel: string | null = null;
    try {
      channel = await deps.users.dmChannel(teamId, userId);
      await post(channel, reviewMessage(model));
      deps.repos.reviews.finishReview(teamId, userId, week, 'sent', now);
      report.reviewsSent += 1;
    } catch (error) {
      // A remembered DM channel gone stale: forget it, and the retry opens a fresh one.
      if (channel !== null && slackErrorCode(error) === 'channel_not_found') deps.users.forgetDmChannel(teamId, userId, channel);
      if (GONE_USER_ERRORS.has(slackErrorCode(error) ?? '')) {
        // They can no longer read it: count this week as done rather than retry all day.
        deps.repos.reviews.finishReview(teamId, userId, week, 'empty', now);
      } else {
        deps.repos.reviews.releaseReview(teamId, userId, week);
      }
      report.reviewsFailed += 1;
      deps.logger.warn('Weekly review failed; a later sweep tries again', { teamId, userId, failure: describeSlackFailure(error) });
    }
  }

  async function digestFor(teamId: string, channel: string): Promise<void> {
    if (!isTeamDigestTime(now, deps.settings.workingWindow)) return;
    const week = isoWeekKey(now, 'UTC');
    if (!deps.repos.reviews.claimDigest(teamId, week, now, LEASE_MS)) return;
    const model = deps.insights.teamDigest(teamId, now);
    if (model === null) {
      deps.repos.reviews.finishDigest(teamId, week, 'empty', now);
      return;
    }
    try {
      await post(channel, teamDigestMessage(model));
      deps.repos.reviews.finishDigest(teamId, week, 'sent', now);
      report.digestsSent += 1;
    } catch (error) {
      deps.repos.reviews.releaseDigest(teamId, week);
      deps.logger.warn('Team digest failed; a later sweep tries again', { teamId, failure: describeSlackFailure(error) });
    }
  }

  async function post(channel: string, message: { text: string; blocks: KnownBlock[] }): Promise<void> {
    // Shares the thank-you sweep's pacer (same client): Monday morning can bring many reviews at once.
    await pacer.acquire('chat.postMessage', channel, (ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    await postBlocks(deps.client, { channel, ...message });
  }
}

/** The team digest goes out on Monday (UTC), from the workspace's start of working hours. */
export function isTeamDigestTime(now: Date, window: WorkingWindow): boolean {
  return isWeeklyReviewTime(now, 'UTC', window);
}
