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
