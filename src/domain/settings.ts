import type { WorkingWindow } from './schedule.js';
import type { OwnerFocus } from './types.js';

/** How long after an Accept a person wants their thank-you nudge, as offered in Settings. */
export const THANK_YOU_DELAY_CHOICES = [
  { code: 'workspace', label: 'Workspace default' },
  { code: 'morning', label: 'The next morning' },
  { code: '0', label: 'Right away' },
  { code: '60', label: 'An hour later' },
  { code: '240', label: 'Four hours later' },
  { code: '1440', label: 'A day later' },
] as const;

export type ThankYouDelayChoice = (typeof THANK_YOU_DELAY_CHOICES)[number]['code'];

/** One person's settings in one workspace. Null hours/days/delay mean "the workspace default". */
export interface UserSettings {
  focus: OwnerFocus;
  /** 'HH:MM' local time, or null for the workspace default. */
  workStart: string | null;
  workEnd: string | null;
  /** 0 = Sunday … 6 = Saturday, or null for the workspace default. */
  workDays: readonly number[] | null;
  thankYouDelay: ThankYouDelayChoice;
  weeklyReview: boolean;
}

export const EMPTY_FOCUS: OwnerFocus = { industries: [], roles: [], keywords: [], freeText: null };

export const DEFAULT_SETTINGS: UserSettings = {
  focus: EMPTY_FOCUS,
  workStart: null,
  workEnd: null,
  workDays: null,
  thankYouDelay: 'workspace',
  weeklyReview: true,
};

/** The delay in minutes (null: next morning) a choice stands for, given the workspace default. */
export function thankYouDelayMinutes(choice: ThankYouDelayChoice, workspaceDefault: number | null): number | null {
  if (choice === 'workspace') return workspaceDefault;
  if (choice === 'morning') return null;
  return Number(choice);
}

/** The person's own working hours and days where set, the workspace's otherwise. */
export function personalWorkingWindow(settings: UserSettings, workspace: WorkingWindow): WorkingWindow {
  const start = settings.workStart === null ? null : minuteOfDay(settings.workStart);
  const end = settings.workEnd === null ? null : minuteOfDay(settings.workEnd);
  const startMinute = start ?? workspace.startMinute;
  const endMinute = end ?? workspace.endMinute;
  const days = settings.workDays !== null && settings.workDays.length > 0 ? new Set(settings.workDays) : workspace.days;
  // A window that ends before it starts cannot be kept; the workspace's hours are used instead.
  return startMinute < endMinute ? { startMinute, endMinute, days } : { startMinute: workspace.startMinute, endMinute: workspace.endMinute, days };
}

/**
 * The shortest working day a person may set in the settings form: the review sweep looks once an
 * hour (DIGEST_CRON may run more often, never less), and a shorter day (09:00-09:30 in India, where
 * the sweep comes at :30) could be missed by every sweep.
 */
export const SHORTEST_OWN_WORKING_DAY_MINUTES = 60;

/**
 * The window a person's weekly review is looked for in: their working window (see
 * personalWorkingWindow), but hours of their own shorter than SHORTEST_OWN_WORKING_DAY_MINUTES,
 * saved before the form asked for that much, run that long from their start (or up to midnight),
 * so that they are not without a review every week. The workspace's own hours (WORKING_HOURS) are
 * as long as its sweeps need already (see config.ts), and stay as they are.
 */
export function reviewWorkingWindow(settings: UserSettings, workspace: WorkingWindow): WorkingWindow {
  const window = personalWorkingWindow(settings, workspace);
  const own = window.startMinute !== workspace.startMinute || window.endMinute !== workspace.endMinute;
  if (!own || window.endMinute - window.startMinute >= SHORTEST_OWN_WORKING_DAY_MINUTES) return window;
  const endMinute = Math.min(MINUTES_PER_DAY, window.startMinute + SHORTEST_OWN_WORKING_DAY_MINUTES);
  return { ...window, startMinute: endMinute - SHORTEST_OWN_WORKING_DAY_MINUTES, endMinute };
}

const MINUTES_PER_DAY = 24 * 60;

/** 'HH:MM' to minutes after midnight; null when it is not a time. */
export function minuteOfDay(time: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (match === null) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours <= 23 && minutes <= 59 ? hours * 60 + minutes : null;
}

/** Minutes after midnight to 'HH:MM'. */
export function timeOfDay(minute: number): string {
  const clamped = Math.max(0, Math.min(24 * 60 - 1, Math.round(minute)));
  return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
}
