import type { Logger } from '@slack/logger';
import type { WebClient } from '@slack/web-api';
import type { ClaimedNudge, NudgesRepo } from '../db/nudges-repo.js';
import type { SettingsRepo } from '../db/settings-repo.js';
import { personalWorkingWindow } from '../domain/settings.js';
import { firstSendableAt, isWithinWorkingHours, safeTimeZone } from '../domain/schedule.js';
import type { NudgeSettings } from '../services/deps.js';
import { describeSlackFailure, GONE_USER_ERRORS, rateLimitRetryAfter, slackErrorCode } from '../services/slack-errors.js';
import { postBlocks } from '../services/post-message.js';
import { findTaggedMessages, nudgeIdsOf, THANK_YOU_DM_EVENT, thankYouDmMetadata } from '../services/posted-messages.js';
import { pacerFor, type SlackPacer } from '../services/slack-pacer.js';
import { UserGoneError, type SlackUserDirectory, type SlackUserProfile } from '../services/slack-users.js';
import { thankYouEntry } from '../services/thank-you-dms.js';
import { THANK_YOUS_PER_DM, thankYouDm } from '../views/thank-you-dm.js';
import { abortableDelay } from './abortable-delay.js';
import { asLoggable } from '../logger.js';

export interface SweepOptions {
  /**
   * Owners claimed per write transaction (with all their due nudges). A claim is synchronous and
   * the app's event loop waits for it: 50 owners with ten nudges each take tens of milliseconds.
   */
  batchSize: number;
  /** A claim older than this belongs to a sweep that died; its nudges are scheduled again. */
  leaseMs: number;
  /** Owners served at once; Slack's limits are per channel, and each DM is its own channel. */
  concurrency: number;
  /** A 429 asking for at most this long is waited out within the sweep; longer ones go to a later sweep. */
  maxInlineWaitSeconds: number;
  /**
   * With no DM channel cached, post to the user ID instead of calling conversations.open first:
   * Slack delivers that to the app's DM and names the channel in its answer, so a cold cache costs
   * no Tier 3 call. Off by default: the app opens each owner's DM when they accept (so the cache
   * is warm by the time a nudge is due), and conversations.open is the documented way to a DM.
   * The benchmark measures both.
   */
  dmToUserId: boolean;
}

export const DEFAULT_SWEEP_OPTIONS: SweepOptions = {
  batchSize: 50,
  leaseMs: 15 * 60 * 1000,
  concurrency: 4,
  maxInlineWaitSeconds: 30,
  dmToUserId: false,
};

export interface SweepDeps {
  nudges: NudgesRepo;
  /** Each person's own working hours, where they set them. */
  personalSettings: Pick<SettingsRepo, 'get'>;
  /** The sweep's own WebClient (rate limits rejected, not queued) so a long pause never stalls command acks. */
  client: WebClient;
  users: SlackUserDirectory;
  logger: Logger;
  settings: NudgeSettings;
  sleep?: (ms: number) => Promise<void>;
  options?: Partial<SweepOptions>;
  /** Set when the process is shutting down: the sweep stops claiming and gives back what it has not sent. */
  signal?: AbortSignal;
  /** Spaces Slack calls to fit the rate limits; by default one per client at Slack's published limits. */
  pacer?: SlackPacer;
  /**
   * The current time, read when a batch is claimed and just before each DM is posted, so a claim's
   * lease runs from then: a late batch of a long sweep must not look abandoned to another process.
   * Without it, the sweep's `now` throughout.
   */
  clock?: () => Date;
}

export interface SweepReport {
  claimed: number;
  /** Nudges whose DM is in Slack: posted now, or found there from a post a crash left unrecorded. */
  delivered: number;
  /** Of those, found already posted (by the message's metadata) instead of being sent again. */
  found: number;
  messages: number;
  deferred: number;
  failed: number;
  retired: number;
  expiredClaims: number;
  /** Claimed but not sent, as no longer this sweep's to send: cancelled, forgotten, or taken over by another sweep. */
  dropped: number;
}

const MAX_BACKOFF_MS = 60 * 60 * 1000;
/** Failed users.info lookups (not rate limits) before we fall back to UTC. */
const PROFILE_TRIES_BEFORE_UTC = 3;

/** The sweep was told to stop while it waited for its turn to call Slack: nothing was sent. */
class SweepStopped extends Error {
  constructor() {
    super('the sweep is stopping');
    this.name = 'SweepStopped';
  }
}

function isGone(error: unknown): boolean {
  return GONE_USER_ERRORS.has(slackErrorCode(error) ?? '') || error instanceof UserGoneError;
}

/**
 * Sends every thank-you nudge that is due, once. Claims due nudges in a transaction, groups them
 * per owner, holds back those outside the owner's working hours, sends one DM per owner (up to
 * ten people each) and marks them delivered. A failed send goes back to the schedule with a
 * backoff; a crash leaves a claim that expires after the lease, so nothing is lost.
 */
export async function sweepThankYous(deps: SweepDeps, now: Date): Promise<SweepReport> {
  const options = { ...DEFAULT_SWEEP_OPTIONS, ...deps.options };
  const sleep = deps.sleep ?? ((ms: number) => abortableDelay(ms, deps.signal));
  const pacer = deps.pacer ?? pacerFor(deps.client);
  // A function, not a narrowed property: the signal can fire during any await.
  const stopping = (): boolean => deps.signal?.aborted === true;
  const clock = deps.clock ?? (() => now);
  const report: SweepReport = { claimed: 0, delivered: 0, found: 0, messages: 0, deferred: 0, failed: 0, retired: 0, expiredClaims: 0, dropped: 0 };
  report.expiredClaims = deps.nudges.expireStaleClaims(now, options.leaseMs);

  while (deps.signal?.aborted !== true) {
    const { token, owners, nudges } = deps.nudges.claimDue(clock(), options.batchSize);
    if (nudges.length === 0) break;
    report.claimed += nudges.length;
    const groups = [...groupByOwner(nudges).values()];
    await forEachConcurrently(groups, options.concurrency, (group) => deliverOrLeaveToLease(group, token));
    if (owners < options.batchSize) break;
  }
  if (report.claimed > 0 || report.expiredClaims > 0) deps.logger.info('Thank-you sweep finished', { ...report });
  return report;

  /**
   * One owner's failure (say SQLITE_BUSY from a release) stays theirs: it is logged, the other
   * owners are served, and the sweep returns only once every worker has. Their claims expire
   * after the lease and a later sweep sends them (stamped ones are looked for first).
   */
  async function deliverOrLeaveToLease(group: ClaimedNudge[], token: string): Promise<void> {
    try {
      await deliverToOwner(group, token);
    } catch (error) {
      const ids = group.map((nudge) => nudge.id);
      report.failed += ids.length;
      deps.logger.error('Thank-you DMs failed; their claims expire after the lease and a later sweep sends them', { ids }, asLoggable(error));
    }
  }

  async function deliverToOwner(group: ClaimedNudge[], token: string): Promise<void> {
    const first = group[0];
    if (first === undefined) return;
    const { teamId, ownerId } = first;
    const ids = group.map((nudge) => nudge.id);
    if (deps.signal?.aborted === true) {
      // Shutting down: these were claimed but not sent; schedule them as they were.
      deps.nudges.release(ids, token, now, now, null);
      return;
    }
    const profile = await ownerProfile(teamId, ownerId, group, token);
    if (profile === null) return;
    const timeZone = safeTimeZone(profile.tz);
    const window = personalWorkingWindow(deps.personalSettings.get(teamId, ownerId), deps.settings.workingWindow);
    if (!isWithinWorkingHours(now, timeZone, window)) {
      deps.nudges.release(ids, token, firstSendableAt(now, timeZone, window), now, null);
      report.deferred += ids.length;
      return;
    }
    const unsent = group.some((nudge) => nudge.postStartedAt !== null) ? await withoutFoundDms(group, token) : group;
    if (unsent === null) return;
    for (let start = 0; start < unsent.length; start += THANK_YOUS_PER_DM) {
      const chunk = unsent.slice(start, start + THANK_YOUS_PER_DM);
      try {
        const dm = await sendDm(teamId, ownerId, chunk, token, profile.realName);
        const sentIds = dm === null ? [] : dm.ids;
        noteDropped(chunk, sentIds);
        if (dm === null) continue;
        deps.nudges.markDelivered(sentIds, token, dm, now);
        report.delivered += sentIds.length;
        report.messages += 1;
      } catch (error) {
        if (error instanceof SweepStopped) {
          // Shutting down before this DM went: it and the rest go back as they were.
          deps.nudges.release(unsent.slice(start).map((nudge) => nudge.id), token, now, now, null);
          return;
        }
        // A rate limit or an error answer means Slack posted nothing; anything else may hide a DM.
        const refused = slackErrorCode(error) !== null || rateLimitRetryAfter(error) !== null;
        handleFailure(chunk, token, error, refused);
      }
    }
  }

  /**
   * Some of the group's DMs were being posted when an earlier sweep died or lost the answer: reads
   * the owner's DM for messages tagged with their ids and records those as delivered. Returns the
   * nudges still to send, or null when the group was handed back (rate limit, no answer, stopping).
   * If Slack will not show the history (say the app lacks im:history), they are sent: a DM twice
   * is better than none.
   */
  async function withoutFoundDms(group: ClaimedNudge[], token: string): Promise<ClaimedNudge[] | null> {
    const first = group[0];
    if (first === undefined) return group;
    const { teamId, ownerId } = first;
    const stamps = group.flatMap((nudge) => (nudge.postStartedAt === null ? [] : [nudge.postStartedAt.getTime()]));
    const unsure = new Set(group.filter((nudge) => nudge.postStartedAt !== null).map((nudge) => nudge.id));
    const found = new Set<number>();
    try {
      const channel = deps.users.cachedDmChannel(teamId, ownerId) ?? (await openDm(teamId, ownerId));
      const tagged = await findTaggedMessages(
        deps.client,
        { channel, eventType: THANK_YOU_DM_EVENT, since: new Date(Math.min(...stamps)) },
        (send) => paced('conversations.history', null, send),
      );
      for (const message of tagged) {
        const ids = nudgeIdsOf(message.payload).filter((id) => unsure.has(id) && !found.has(id));
        if (ids.length === 0) continue;
        deps.nudges.markDelivered(ids, token, { channelId: channel, ts: message.ts }, now);
        for (const id of ids) found.add(id);
      }
    } catch (error) {
      if (error instanceof SweepStopped) {
        deps.nudges.release(group.map((nudge) => nudge.id), token, now, now, null);
        return null;
      }
      if (slackErrorCode(error) === null || isGone(error)) {
        handleFailure(group, token, error, false);
        return null;
      }
      deps.logger.warn('Could not read the DM to see whether an earlier thank-you went out; sending it', {
        teamId,
        ids: [...unsure],
        failure: describeSlackFailure(error),
      });
    }
    if (found.size > 0) {
      report.delivered += found.size;
      report.found += found.size;
      deps.logger.info('Thank-you DM found already posted; not sent again', { teamId, ids: [...found] });
    }
    return group.filter((nudge) => !found.has(nudge.id));
  }

  /**
   * The owner's time zone and name. A rate limit is waited out; a gone user's nudges are retired.
   * Other failures use the cached profile, or retry later; after a few tries, UTC, so a broken
   * users.info never holds thank-yous back for ever. Null when the nudges were handed back.
   */
  async function ownerProfile(teamId: string, ownerId: string, group: ClaimedNudge[], token: string): Promise<SlackUserProfile | null> {
    const known = deps.users.cachedFreshProfile(teamId, ownerId, now);
    if (known !== null) return known;
    try {
      return await paced('users.info', null, () => deps.users.fetchProfile(teamId, ownerId, now));
    } catch (error) {
      if (error instanceof SweepStopped) {
        deps.nudges.release(group.map((nudge) => nudge.id), token, now, now, null);
        return null;
      }
      const cached = deps.users.cachedProfile(teamId, ownerId);
      const tries = Math.max(...group.map((nudge) => nudge.attempts));
      if (isGone(error) || rateLimitRetryAfter(error) !== null || (cached === null && tries < PROFILE_TRIES_BEFORE_UTC)) {
        handleFailure(group, token, error);
        return null;
      }
      deps.logger.warn('users.info failed; using the cached or default time zone', { failure: describeSlackFailure(error) });
      return cached ?? { tz: null, realName: null };
    }
  }

  /** Claimed nudges the sweep did not post, because they were no longer its to send. */
  function noteDropped(chunk: readonly ClaimedNudge[], sentIds: readonly number[]): void {
    const dropped = chunk.filter((nudge) => !sentIds.includes(nudge.id)).map((nudge) => nudge.id);
    if (dropped.length === 0) return;
    report.dropped += dropped.length;
    deps.logger.info('Thank-you nudges not sent: cancelled, forgotten or taken over by another sweep since the claim', { ids: dropped });
  }

  /**
   * Posts to the DM channel we know, else opens it, or (dmToUserId) posts to the user ID. Null
   * when none of the chunk was still this sweep's to send, so nothing was posted.
   */
  async function sendDm(teamId: string, ownerId: string, chunk: readonly ClaimedNudge[], token: string, ownerName: string | null) {
    const known = deps.users.cachedDmChannel(teamId, ownerId);
    const post = (channel: string | null) => postDm(teamId, ownerId, channel, chunk, token, ownerName);
    try {
      return await post(known ?? (options.dmToUserId ? null : await openDm(teamId, ownerId)));
    } catch (error) {
      // A remembered channel can go stale; Slack posted nothing, so forget it and try once afresh.
      if (known === null || slackErrorCode(error) !== 'channel_not_found') throw error;
      deps.users.forgetDmChannel(teamId, ownerId, known);
      return post(options.dmToUserId ? null : await openDm(teamId, ownerId));
    }
  }

  /**
   * Posts to `channel`, or to the user ID when null (Slack then names the DM channel, remembered
   * here). The nudges are stamped in the same turn, just before the request leaves, and the DM is
   * tagged with their ids: if the answer is lost, a later sweep can find the DM instead of repeating it.
   * The DM is built from the nudges the stamp took, the ones still this claim's to send; with none,
   * nothing is posted and the answer is null.
   */
  async function postDm(
    teamId: string,
    ownerId: string,
    channel: string | null,
    chunk: readonly ClaimedNudge[],
    token: string,
    ownerName: string | null,
  ): Promise<{ channelId: string; ts: string; ids: number[] } | null> {
    const sent = await paced('chat.postMessage', `${teamId}:${ownerId}`, async () => {
      const stamped = deps.nudges.markPostStarted(chunk.map((nudge) => nudge.id), token, clock());
      const nudges = chunk.filter((nudge) => stamped.includes(nudge.id));
      if (nudges.length === 0) return null;
      const ids = nudges.map((nudge) => nudge.id);
      const message = thankYouDm(nudges.map((nudge) => thankYouEntry(nudge, ownerName)));
      const posted = await postBlocks(deps.client, { channel: channel ?? ownerId, ...message, metadata: thankYouDmMetadata(ids) });
      return { ids, posted };
    });
    if (sent === null) return null;
    const { ids, posted } = sent;
    if (!posted.ts) throw new Error('chat.postMessage returned no ts');
    // Slack's answer names the DM channel; chat.update and later DMs need it.
    if (channel === null && posted.channel) deps.users.rememberDmChannel(teamId, ownerId, posted.channel);
    return { channelId: posted.channel ?? channel ?? ownerId, ts: posted.ts, ids };
  }

  function openDm(teamId: string, ownerId: string): Promise<string> {
    return paced('conversations.open', null, () => deps.users.dmChannel(teamId, ownerId));
  }

  /**
   * One Slack call in its paced turn. A 429 pauses every caller of the method (through the pacer)
   * and is waited out here when short; a long one goes to a later sweep.
   */
  async function paced<T>(method: string, channel: string | null, send: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      await pacer.acquire(method, channel, sleep);
      if (stopping()) throw new SweepStopped();
      try {
        return await send();
      } catch (error) {
        const retryAfter = rateLimitRetryAfter(error);
        if (retryAfter === null) throw error;
        // Only a pause a sweep waits out is shared; a longer one is kept by the nudges' due time.
        if (retryAfter <= options.maxInlineWaitSeconds) pacer.backOff(method, channel, retryAfter);
        if (retryAfter > options.maxInlineWaitSeconds || attempt >= 3) throw error;
        await sleep(retryAfter * 1000);
        if (stopping()) throw error;
      }
    }
  }

  /** `refused`: the failure is Slack's answer to this chunk's post, so no DM of it is out there. */
  function handleFailure(chunk: ClaimedNudge[], token: string, error: unknown, refused = false): void {
    const ids = chunk.map((nudge) => nudge.id);
    const failure = describeSlackFailure(error);
    if (isGone(error)) {
      deps.nudges.retire(ids, token, now, failure);
      report.retired += ids.length;
      deps.logger.warn('Thank-you nudges retired: the owner can no longer receive DMs', { ids, failure });
      return;
    }
    const retryAfter = rateLimitRetryAfter(error);
    const attempts = Math.max(...chunk.map((nudge) => nudge.attempts));
    const waitMs = retryAfter !== null ? retryAfter * 1000 : Math.min(MAX_BACKOFF_MS, 60_000 * 2 ** attempts);
    deps.nudges.release(ids, token, new Date(now.getTime() + waitMs), now, failure, refused);
    report.failed += ids.length;
    deps.logger.warn('Thank-you DM failed; it stays due and will be retried', { ids, failure, retryInSeconds: Math.round(waitMs / 1000) });
  }
}

function groupByOwner(nudges: readonly ClaimedNudge[]): Map<string, ClaimedNudge[]> {
  const groups = new Map<string, ClaimedNudge[]>();
  for (const nudge of nudges) {
    const key = `${nudge.teamId}:${nudge.ownerId}`;
    const group = groups.get(key);
    if (group) group.push(nudge);
    else groups.set(key, [nudge]);
  }
  return groups;
}

async function forEachConcurrently<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      if (item !== undefined) await work(item);
    }
  });
  await Promise.all(workers);
}
