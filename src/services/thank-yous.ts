import { DEFAULT_SWEEP_GAP_MS, safeTimeZone, snoozeEndsAt } from '../domain/schedule.js';
import { personalWorkingWindow } from '../domain/settings.js';
import { AppError } from '../errors.js';
import { mention } from '../views/format.js';
import { reminderNowLine, reminderOnItsWayLine } from '../views/thank-you-dm.js';
import type { ServiceDeps } from './deps.js';
import { createThankYouDms, thankYouEntry } from './thank-you-dms.js';

export type ThankYouOutcome = 'sent' | 'snooze' | 'skip';


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
    const nudge = repos.nudges.findById(request.teamId, request.nudgeId);
    if (nudge === null) {
      throw new AppError('not_found', "I couldn't find that reminder any more.", `nudge ${request.nudgeId} not in team ${request.teamId}`);
    }
    if (nudge.ownerId !== request.actorId) {
      throw new AppError('not_owner', `This reminder belongs to ${mention(nudge.ownerId)}.`, `user ${request.actorId} clicked nudge ${nudge.id}`);
    }
    const now = clock();
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
    const clicked = request.channelId !== null && request.messageTs !== null ? { channelId: request.channelId, ts: request.messageTs } : null;
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

  /** About a day from now, at a time a sweep will really bring it back inside working hours (see snoozeEndsAt). */
  async function snoozedUntil(teamId: string, ownerId: string, now: Date): Promise<Date> {
    const profile = await deps.users.profile(teamId, ownerId, now);
    const window = personalWorkingWindow(repos.settings.get(teamId, ownerId), deps.settings.workingWindow);
    return snoozeEndsAt(now, safeTimeZone(profile.tz), window, deps.settings.sweepGapMs ?? DEFAULT_SWEEP_GAP_MS);
  }

  return { recordOutcome };
}
