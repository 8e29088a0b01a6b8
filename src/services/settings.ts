import { timeOfDay, type UserSettings } from '../domain/settings.js';
import type { SettingsModel } from '../views/models.js';
import type { ServiceDeps } from './deps.js';

export type SettingsService = ReturnType<typeof createSettingsService>;

/** Each person's focus, hours, thank-you delay and weekly review. */
export function createSettingsService(deps: ServiceDeps) {
  const { repos, clock, logger } = deps;
  const workspace = deps.settings;

  function settingsModel(teamId: string, userId: string): SettingsModel {
    return {
      current: repos.settings.get(teamId, userId),
      workspace: {
        workStart: timeOfDay(workspace.workingWindow.startMinute),
        workEnd: timeOfDay(workspace.workingWindow.endMinute),
        workDays: [...workspace.workingWindow.days].sort(),
        delayLabel: workspaceDelayLabel(workspace.thankYouDelayMinutes),
      },
    };
  }

  function saveSettings(teamId: string, userId: string, settings: UserSettings): void {
    repos.settings.save(teamId, userId, settings, clock());
    logger.info('Settings saved', { teamId, userId });
  }

  return { settingsModel, saveSettings };
}

function workspaceDelayLabel(minutes: number | null): string {
  if (minutes === null) return 'the next morning';
  if (minutes === 0) return 'right away';
  if (minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? '' : 's'} later`;
  return `${minutes} minutes later`;
}
