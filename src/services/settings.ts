import { whenWritable } from '../db/lock-wait.js';
import { timeOfDay, type UserSettings } from '../domain/settings.js';
import type { OwnerFocus } from '../domain/types.js';
import type { SettingsModel } from '../views/models.js';
import type { ServiceDeps } from './deps.js';
import type { InvitationService, Reweighing } from './invitations/index.js';

export type SettingsService = ReturnType<typeof createSettingsService>;

export interface SettingsSaved {
  /** The focus changed: the waiting invitations weighed again. Null when it did not, and nothing was. */
  reweighed: Reweighing | null;
}

/** Each person's focus, hours, thank-you delay and weekly review. */
export function createSettingsService(deps: ServiceDeps & { invitations: InvitationService }) {
  const { repos, clock, logger } = deps;

  function settingsModel(teamId: string, userId: string): SettingsModel {
    return readSettingsModel(deps, teamId, userId);
  }

  /**
   * Saves a person's settings. When the focus changed, their waiting invitations are weighed
   * again in the same transaction as the save (hours, days, the delay or the review alone weigh
   * nothing again). Their cards are left to the caller: see `invitations.redrawReweighed`.
   */
  async function saveSettings(teamId: string, userId: string, settings: UserSettings): Promise<SettingsSaved> {
    const save = () => repos.settings.save(teamId, userId, settings, clock());
    if (sameFocus(repos.settings.get(teamId, userId).focus, settings.focus)) {
      // One statement, so a lock held elsewhere is waited for between turns (lock-wait.ts).
      await whenWritable(deps.db, save);
      logger.info('Settings saved', { teamId, userId });
      return { reweighed: null };
    }
    const reweighed = await deps.invitations.reweighPending(teamId, userId, { focus: settings.focus, save });
    logger.info('Settings saved with a new focus', { teamId, userId });
    return { reweighed };
  }

  return { settingsModel, saveSettings };
}

/**
 * A person's settings and the workspace defaults they fall back to: for the settings form, and
 * for the Home tab's summary of them.
 */
export function readSettingsModel(deps: Pick<ServiceDeps, 'repos' | 'settings'>, teamId: string, userId: string): SettingsModel {
  const workspace = deps.settings;
  return {
    current: deps.repos.settings.get(teamId, userId),
    workspace: {
      workStart: timeOfDay(workspace.workingWindow.startMinute),
      workEnd: timeOfDay(workspace.workingWindow.endMinute),
      workDays: [...workspace.workingWindow.days].sort(),
      delayLabel: workspaceDelayLabel(workspace.thankYouDelayMinutes),
    },
  };
}

/** The same terms in the same order, and the same words: weighing with either gives the same. */
function sameFocus(a: OwnerFocus, b: OwnerFocus): boolean {
  const sameList = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((term, i) => term === y[i]);
  return sameList(a.industries, b.industries) && sameList(a.roles, b.roles) && sameList(a.keywords, b.keywords) && a.freeText === b.freeText;
}

/** THANK_YOU_DELAY_MINUTES in the words of the form's own choices ("an hour later", "a day later"). */
function workspaceDelayLabel(minutes: number | null): string {
  if (minutes === null) return 'the next morning';
  if (minutes === 0) return 'right away';
  if (minutes % DAY_MINUTES === 0) return minutes === DAY_MINUTES ? 'a day later' : `${minutes / DAY_MINUTES} days later`;
  if (minutes % 60 === 0) return minutes === 60 ? 'an hour later' : `${minutes / 60} hours later`;
  return minutes === 1 ? '1 minute later' : `${minutes} minutes later`;
}

const DAY_MINUTES = 24 * 60;
