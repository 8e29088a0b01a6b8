import { DEFAULT_SWEEP_GAP_MS, safeTimeZone, snoozeEndsAt } from '../domain/schedule.js';
import { personalWorkingWindow } from '../domain/settings.js';
import { AppError } from '../errors.js';
import { mention } from '../views/format.js';
import { reminderNowLine, reminderOnItsWayLine } from '../views/thank-you-dm.js';
import type { ServiceDeps } from './deps.js';
import { createThankYouDms, thankYouEntry } from './thank-you-dms.js';

export type ThankYouOutcome = 'sent' | 'snooze' | 'skip';

/** Slack's clock and ours may disagree (as the sweep's look for a DM allows, posted-messages.ts). */
const CLOCK_MARGIN_MS = 10 * 60 * 1000;


export interface OutcomeRequest {
  teamId: string;
  nudgeId: number;
  actorId: string;
  outcome: ThankYouOutcome;
  /** The DM the button was in, to redraw it. */
  channelId: string | null;
  messageTs: string | null;
}

export type ThankYouService = ReturnType<typeof createThankYouService>;

/**
 * What a click on a thank-you DM did. `answer`: what to tell the owner when the DM could not be
 * redrawn to show it (null when the redrawn DM says it all).
 */
export interface OutcomeResult {
  changed: boolean;
  redrawn: boolean;
  answer: string | null;
}

export function createThankYouService(deps: ServiceDeps) {
  const { repos, logger, clock } = deps;
  const thankYouDms = createThankYouDms(deps);

  /**
   * Sent it / Snooze / Skip from a thank-you DM: updates the record once, then redraws the DM
   * clicked, as it stands now, and the reminder's newer DM if the click came from an older one.
   * Every click gets one of the two: a redrawn DM, or an answer saying what is true now.
   */
  async function recordOutcome(request: OutcomeRequest): Promise<OutcomeResult> {
    const found = repos.nudges.findById(request.teamId, request.nudgeId);
    if (found === null) {
      throw new AppError('not_found', "I couldn't find that reminder any more.", `nudge ${request.nudgeId} not in team ${request.teamId}`);
    }
    if (found.ownerId !== request.actorId) {
      throw new AppError('not_owner', `This reminder belongs to ${mention(found.ownerId)}.`, `user ${request.actorId} clicked nudge ${found.id}`);
    }
    const now = clock();
    const clicked = request.channelId !== null && request.messageTs !== null ? { channelId: request.channelId, ts: request.messageTs } : null;
    // Clicked in a DM whose post was never recorded (Slack's answer timed out or is still on its
    // way, or the sweep died): the click shows it is there. Recorded first, the click then counts,
    // where otherwise Sent it would be refused as "still being posted" and the DM drawn as snoozed.
    const nudge = clicked !== null && found.postStartedAt !== null && recordClickedDm(found, clicked, now) ? (repos.nudges.findById(found.teamId, found.id) ?? found) : found;
    let changed: boolean;
    if (request.outcome === 'snooze') {
      // Only a reminder on show can be snoozed: a second Snooze keeps the first one's time.
      const dueAt = nudge.status === 'delivered' ? await snoozedUntil(nudge.teamId, nudge.ownerId, now) : null;
      changed = dueAt !== null && repos.nudges.snooze({ teamId: nudge.teamId, id: nudge.id, ownerId: nudge.ownerId, dueAt, now });
    } else {
      // Also on a snoozed reminder whose buttons still show elsewhere: the DM that would bring it back is called off.
      const status = request.outcome === 'sent' ? 'done' : 'skipped';
      changed = repos.nudges.finish({ teamId: nudge.teamId, id: nudge.id, ownerId: nudge.ownerId, status, now });
    }
    if (changed) logger.info('Thank-you outcome recorded', { teamId: nudge.teamId, nudgeId: nudge.id, outcome: request.outcome });
    const redrawn = clicked !== null && (await thankYouDms.redrawClicked(nudge.teamId, nudge.ownerId, clicked, nudge.id));
    const current = repos.nudges.findShown(nudge.teamId, nudge.id);
    const own = current?.dmChannelId && current.dmTs ? { channelId: current.dmChannelId, ts: current.dmTs } : null;
    if (changed && own !== null && (clicked === null || own.ts !== clicked.ts || own.channelId !== clicked.channelId)) {
      // Clicked in an older DM: the newer one it came back in still showed its buttons.
      await thankYouDms.redraw(nudge.teamId, nudge.ownerId, [own], { kind: 'clicked' });
    }
    if (redrawn) return { changed, redrawn, answer: null };
    const standing = current === null ? null : thankYouEntry(current, null, clicked);
    // Open but never shown (a review's Sent it while a sweep posts it): no message to point to yet.
    const onItsWay = current !== null && current.dmTs === null && (current.status === 'scheduled' || current.status === 'sending');
    const line = standing === null ? "I couldn't find that reminder any more." : onItsWay ? reminderOnItsWayLine(standing) : reminderNowLine(standing);
    const answer = changed ? `Saved. ${line} I couldn't update this message just now, so it may still show the buttons.` : line;
    return { changed, redrawn, answer };
  }

  /** See recordOutcome: false when the click proves nothing new (the DM is the one recorded, or older than the post). */
  function recordClickedDm(nudge: { teamId: string; id: number; ownerId: string }, dm: { channelId: string; ts: string }, now: Date): boolean {
    const postedAt = Number(dm.ts) * 1000;
    if (!Number.isFinite(postedAt)) return false;
    const recorded = repos.nudges.recordClickedDm({ teamId: nudge.teamId, id: nudge.id, ownerId: nudge.ownerId, dm, postedAt: new Date(postedAt), clockMarginMs: CLOCK_MARGIN_MS, now });
    if (recorded) logger.info('Thank-you DM clicked before its post was recorded; recorded from the click', { teamId: nudge.teamId, nudgeId: nudge.id });
    return recorded;
  }

  /** About a day from now, at a time a sweep will really bring it back inside working hours (see snoozeEndsAt). */
  async function snoozedUntil(teamId: string, ownerId: string, now: Date): Promise<Date> {
    const profile = await deps.users.profile(teamId, ownerId, now);
    const window = personalWorkingWindow(repos.settings.get(teamId, ownerId), deps.settings.workingWindow);
    return snoozeEndsAt(now, safeTimeZone(profile.tz), window, deps.settings.sweepGapMs ?? DEFAULT_SWEEP_GAP_MS);
  }

  return { recordOutcome };
}
