import { firstSendableAt, safeTimeZone } from '../domain/schedule.js';
import { personalWorkingWindow } from '../domain/settings.js';
import { AppError } from '../errors.js';
import { mention } from '../views/format.js';
import { thankYouDm } from '../views/thank-you-dm.js';
import type { ServiceDeps } from './deps.js';
import { describeSlackFailure } from './slack-errors.js';
import { thankYouEntry } from './thank-you-dms.js';

export type ThankYouOutcome = 'sent' | 'snooze' | 'skip';

const SNOOZE_MS = 24 * 60 * 60 * 1000;

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

export function createThankYouService(deps: ServiceDeps) {
  const { repos, client, logger, clock } = deps;

  /**
   * Sent it / Snooze / Skip from a thank-you DM: updates the record once, then the DM. `redrawn` is
   * false when Slack would not redraw the DM.
   */
  async function recordOutcome(request: OutcomeRequest): Promise<{ changed: boolean; redrawn: boolean }> {
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
      const profile = await deps.users.profile(nudge.teamId, nudge.ownerId, now);
      const window = personalWorkingWindow(repos.settings.get(nudge.teamId, nudge.ownerId), deps.settings.workingWindow);
      const dueAt = firstSendableAt(new Date(now.getTime() + SNOOZE_MS), safeTimeZone(profile.tz), window);
      changed = repos.nudges.snooze({ teamId: nudge.teamId, id: nudge.id, ownerId: nudge.ownerId, dueAt, now });
    } else {
      const status = request.outcome === 'sent' ? 'done' : 'skipped';
      changed = repos.nudges.finish({ teamId: nudge.teamId, id: nudge.id, ownerId: nudge.ownerId, status, now });
    }
    if (changed) logger.info('Thank-you outcome recorded', { teamId: nudge.teamId, nudgeId: nudge.id, outcome: request.outcome });
    // A reminder stopped meanwhile (the decision changed away from Accept, the owner left) still
    // shows its buttons: the click redraws it. A double click on a reminder the first click
    // finished sends nothing new.
    const stoppedElsewhere = nudge.status === 'cancelled' || nudge.status === 'retired';
    let redrawn = true;
    if ((changed || stoppedElsewhere) && request.channelId !== null && request.messageTs !== null) {
      redrawn = await redrawDm(request.teamId, nudge.ownerId, request.channelId, request.messageTs);
    }
    return { changed, redrawn };
  }

  async function redrawDm(teamId: string, ownerId: string, channelId: string, ts: string): Promise<boolean> {
    const nudges = repos.nudges.findByDm(teamId, channelId, ts);
    if (nudges.length === 0) return true;
    const profile = await deps.users.profile(teamId, ownerId, clock());
    const message = thankYouDm(nudges.map((nudge) => thankYouEntry(nudge, profile.realName)));
    try {
      await client.chat.update({ channel: channelId, ts, ...message });
      return true;
    } catch (error) {
      logger.warn('Could not redraw the thank-you DM', { teamId, failure: describeSlackFailure(error) });
      return false;
    }
  }

  return { recordOutcome };
}
