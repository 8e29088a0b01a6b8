import { DEFAULT_SETTINGS, THANK_YOU_DELAY_CHOICES, type ThankYouDelayChoice, type UserSettings } from '../domain/settings.js';
import type { Db } from './open.js';

interface SettingsRow {
  focus_industries: string;
  focus_roles: string;
  focus_keywords: string;
  focus_text: string | null;
  work_start: string | null;
  work_end: string | null;
  work_days: string | null;
  thank_you_delay: string;
  weekly_review: number;
}

export type SettingsRepo = ReturnType<typeof createSettingsRepo>;

/** Each person's settings per workspace; a person who never saved any gets the defaults. */
export function createSettingsRepo(db: Db) {
  const getStmt = db.prepare('SELECT * FROM user_settings WHERE team_id = ? AND user_id = ?');
  const saveStmt = db.prepare(`
    INSERT INTO user_settings (team_id, user_id, focus_industries, focus_roles, focus_keywords, focus_text,
      work_start, work_end, work_days, thank_you_delay, weekly_review, updated_at)
    VALUES (@teamId, @userId, @industries, @roles, @keywords, @freeText, @workStart, @workEnd, @workDays,
      @thankYouDelay, @weeklyReview, @now)
    ON CONFLICT (team_id, user_id) DO UPDATE SET
      focus_industries = excluded.focus_industries, focus_roles = excluded.focus_roles,
      focus_keywords = excluded.focus_keywords, focus_text = excluded.focus_text,
      work_start = excluded.work_start, work_end = excluded.work_end, work_days = excluded.work_days,
      thank_you_delay = excluded.thank_you_delay, weekly_review = excluded.weekly_review,
      updated_at = excluded.updated_at`);
  const optedOutStmt = db.prepare('SELECT user_id FROM user_settings WHERE team_id = ? AND weekly_review = 0');

  return {
    get(teamId: string, userId: string): UserSettings {
      const row = getStmt.get(teamId, userId) as SettingsRow | undefined;
      return row === undefined ? DEFAULT_SETTINGS : toSettings(row);
    },
    save(teamId: string, userId: string, settings: UserSettings, now: Date): void {
      saveStmt.run({
        teamId,
        userId,
        industries: JSON.stringify(settings.focus.industries),
        roles: JSON.stringify(settings.focus.roles),
        keywords: JSON.stringify(settings.focus.keywords),
        freeText: settings.focus.freeText,
        workStart: settings.workStart,
        workEnd: settings.workEnd,
        workDays: settings.workDays === null ? null : JSON.stringify(settings.workDays),
        thankYouDelay: settings.thankYouDelay,
        weeklyReview: settings.weeklyReview ? 1 : 0,
        now: now.getTime(),
      });
    },
    /** Who turned the weekly review off, in one workspace. */
    weeklyReviewOptOuts(teamId: string): Set<string> {
      return new Set((optedOutStmt.all(teamId) as { user_id: string }[]).map((row) => row.user_id));
    },
  };
}

function toSettings(row: SettingsRow): UserSettings {
  return {
    focus: {
      industries: stringList(row.focus_industries),
      roles: stringList(row.focus_roles),
      keywords: stringList(row.focus_keywords),
      freeText: row.focus_text,
    },
    workStart: row.work_start,
    workEnd: row.work_end,
    workDays: row.work_days === null ? null : stringList(row.work_days).map(Number).filter((day) => Number.isInteger(day) && day >= 0 && day <= 6),
    thankYouDelay: delayChoice(row.thank_you_delay),
    weeklyReview: row.weekly_review !== 0,
  };
}

function stringList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}

function delayChoice(code: string): ThankYouDelayChoice {
  return THANK_YOU_DELAY_CHOICES.find((choice) => choice.code === code)?.code ?? 'workspace';
}
