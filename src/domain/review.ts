// The weekly review and the stats: which week and month an instant belongs to in the owner's
// time zone, when the review is due, and a gentle word about the ignore ratio.
// Pure: every function takes the instant it reasons about; nothing reads the clock.

import { isWithinWorkingHours, localParts, zonedTimeToInstant, type WorkingWindow } from './schedule.js';

export interface DecisionTally {
  accepted: number;
  ignored: number;
  declined: number;
  blocked: number;
}

const MS_PER_DAY = 24 * 60 * 60 * 1000;

const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

// ---------------------------------------------------------------------------------------------
// Local calendar dates, as UTC midnights so that date arithmetic never meets a DST change

interface CalendarDate {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
}

function localDate(instant: Date, timeZone: string): CalendarDate {
  const { year, month, day } = localParts(instant, timeZone);
  return { year, month, day };
}

/** The date `days` later (or earlier), across month and year ends. */
function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** The Monday on or before the date (ISO weeks start on Monday). */
function mondayOf(date: CalendarDate): CalendarDate {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/** 1 for 1 January. */
function dayOfYear(date: CalendarDate): number {
  return Math.round((Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(date.year, 0, 1)) / MS_PER_DAY) + 1;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

// ---------------------------------------------------------------------------------------------
// Weeks and months

/**
 * The ISO-8601 week of the owner's local date, e.g. "2026-W48". A week belongs to the year of
 * its Thursday, so 2027-01-01 (a Friday) is in 2026-W53 and 2024-12-30 (a Monday) in 2025-W01.
 */
export function isoWeekKey(instant: Date, timeZone: string): string {
  const thursday = addDays(mondayOf(localDate(instant, timeZone)), 3);
  // Week 1 is the week with the year's first Thursday, which falls on day 1 to 7.
  const week = Math.floor((dayOfYear(thursday) - 1) / 7) + 1;
  return `${pad(thursday.year, 4)}-W${pad(week, 2)}`;
}

/** "the week of 16 November 2026", for the week that starts at `instant` (on any weekday). */
export function weekStartingLabel(instant: Date, timeZone: string): string {
  const { year, month, day } = localDate(instant, timeZone);
  return `the week of ${day} ${monthName(month)} ${year}`;
}

/**
 * What a team digest covering `since` to `end` is headed with: "the week of 23 November 2026" for a
 * week (4 to 10 days across a change of working days), "the 14 days from 16 November 2026" when it
 * reaches further back (the digest before it was long ago: see digestSince).
 */
export function digestPeriodLabel(since: Date, end: Date, timeZone: string): string {
  const days = Math.round((end.getTime() - since.getTime()) / MS_PER_DAY);
  if (days <= 10) return weekStartingLabel(since, timeZone);
  const { year, month, day } = localDate(since, timeZone);
  return `the ${days} days from ${day} ${monthName(month)} ${year}`;
}

/** "November 2026", in the owner's local calendar. */
export function monthLabel(instant: Date, timeZone: string): string {
  const { year, month } = localDate(instant, timeZone);
  return `${monthName(month)} ${year}`;
}

function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

/**
 * The first instant of the local week (Monday 00:00), for "decided since" queries. Where
 * midnight is skipped by a DST change, the day starts when the clocks land (e.g. 01:00).
 */
export function startOfLocalWeek(instant: Date, timeZone: string): Date {
  const monday = mondayOf(localDate(instant, timeZone));
  return zonedTimeToInstant(monday.year, monday.month, monday.day, 0, timeZone);
}

/** The first instant of the local month (the 1st, 00:00, or when the clocks land after a gap). */
export function startOfLocalMonth(instant: Date, timeZone: string): Date {
  const { year, month } = localDate(instant, timeZone);
  return zonedTimeToInstant(year, month, 1, 0, timeZone);
}

// ---------------------------------------------------------------------------------------------
// When the weekly review goes out

/** A review missed on the week's first working day goes out on a later one within this long of its start. */
export const REVIEW_CATCH_UP_MINUTES = 180;

/**
 * When this week's review became due, if `now` is a time to send it; else null. It is due from
 * the start of the first day of the owner's working week: Monday for most, Sunday for sun-thu,
 * Tuesday for tue-thu (see firstWorkingDay). The caller keys the week by that instant (see
 * reviewWeekToClaim). It goes out at the first sweep that finds them at work that day. A week
 * whose first day the app missed (it was down) gets it on a later working morning, within
 * REVIEW_CATCH_UP_MINUTES of the start of working hours: a morning digest, not a 5 pm one.
 *
 * The caller sends it once per working week (see reviewWeekToClaim), and only to someone who used
 * the app before it became due: a person who starts on Wednesday has nothing to catch up on, and
 * hears next week.
 */
export function weeklyReviewDueSince(now: Date, timeZone: string, window: WorkingWindow): Date | null {
  if (window.days.size === 0 || !isWithinWorkingHours(now, timeZone, window)) return null;
  const local = localParts(now, timeZone);
  // Days since the first day of this working week (now is a working day, so at most six).
  const late = (local.weekday - firstWorkingDay(window.days) + 7) % 7;
  if (late > 0 && local.hour * 60 + local.minute >= window.startMinute + REVIEW_CATCH_UP_MINUTES) return null;
  const firstDay = addDays(localDate(now, timeZone), -late);
  return zonedTimeToInstant(firstDay.year, firstDay.month, firstDay.day, window.startMinute, timeZone);
}

/**
 * The day a working week starts (0 = Sunday): the working day after the longest run of days off,
 * so Sunday for sun-thu and Friday for fri-mon; Monday when every day is worked, or on a tie the
 * one nearest Monday (mon,wed,fri starts on Monday, after the weekend).
 */
export function firstWorkingDay(days: ReadonlySet<number>): number {
  let best = 1;
  let bestGap = -1;
  for (const day of [1, 2, 3, 4, 5, 6, 0]) {
    if (!days.has(day)) continue;
    let gap = 0;
    while (gap < 7 && !days.has((day - gap - 1 + 14) % 7)) gap += 1;
    if (gap > bestGap) {
      best = day;
      bestGap = gap;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Which week a review is for

/**
 * The key a weekly review is stored and tagged under: the ISO-8601 week date of the first day of
 * the working week it is for, in the owner's time zone, e.g. "2026-W48-7" for Sunday 29 November
 * 2026 (the seventh day of 2026-W48) and "2026-W49-1" for Monday 30 November. Keys sort in date
 * order, after the keys written before this form ("2026-W48", one per ISO week).
 */
export function reviewWeekKey(weekStart: Date, timeZone: string): string {
  const date = localDate(weekStart, timeZone);
  return `${isoWeekKey(weekStart, timeZone)}-${((weekdayOf(date) + 6) % 7) + 1}`;
}

/** A person's newest weekly review: its key, when it was sent (else claimed), if known, and whether it is still claimed, not sent. */
export interface LastReview {
  week: string;
  at: Date | null;
  sending: boolean;
}

/**
 * A working week that starts at least this many days after the one last reviewed is a new week:
 * most of its seven days come after that one's. One that starts fewer days after it (someone moved
 * their first working day later) is mostly the week already reviewed.
 */
export const NEW_REVIEW_WEEK_DAYS = 4;

/**
 * The key to claim this week's review under (see reviewWeekKey), or null when the person's last
 * review was for this same working week. `dueSince` is when this week's review became due (see
 * weeklyReviewDueSince), by the person's days and time zone now. A last review for this same week
 * that is still claimed, not sent (a sweep died posting it, perhaps before the days changed, or
 * before its key did), is claimed again under its own key: its claim says whether it may be taken
 * over, and its DM is looked for under the week it was tagged with.
 *
 * Weeks are told apart by when they start, not by the ISO week they fall in: someone who moves
 * their week to start on Sunday gets a review on that Sunday, six days after Monday's (the Sunday is
 * in the same ISO week as that Monday), and someone who moves it from Sunday to Monday gets none on
 * the Monday, the day after Sunday's: a week that starts fewer than NEW_REVIEW_WEEK_DAYS after the
 * last reviewed one is that week. So every working week has one review, however the days or the
 * time zone change, and the gap between two reviews is 7 days, or 4 to 10 across a change of days.
 * Given `now`, a week that comes early after a change waits, within it, until NEW_REVIEW_WEEK_DAYS
 * after a last review that went out late (see tooSoonAfter): not the next morning.
 */
export function reviewWeekToClaim(dueSince: Date, timeZone: string, window: WorkingWindow, last: LastReview | null, now?: Date): string | null {
  const week = reviewWeekKey(dueSince, timeZone);
  // The same week's claim (held, finished, or left by a crash) is the claim's own business.
  if (last === null || last.week === week) return week;
  const lastStart = reviewedWeekStart(last, timeZone, window);
  if (lastStart === null) return week;
  const start = localDate(dueSince, timeZone);
  const gap = daysFrom(lastStart, start);
  if (gap >= NEW_REVIEW_WEEK_DAYS) return gap < 7 && now !== undefined && tooSoonAfter(last, start, now, timeZone, window) ? null : week;
  return last.sending ? last.week : null;
}

/**
 * True when this week's review, in a week that starts sooner than seven days after the last
 * reviewed one (the days changed), should wait for a later working day of the week: the last
 * review went out fewer than NEW_REVIEW_WEEK_DAYS days ago (it came late, on a catch-up morning),
 * and the week has a working day after today. So it comes NEW_REVIEW_WEEK_DAYS days after the last,
 * or on the week's last working day if none is that late, rather than the next morning, and no
 * week is skipped (the week's review still comes within it).
 */
function tooSoonAfter(last: LastReview, weekStart: CalendarDate, now: Date, timeZone: string, window: WorkingWindow): boolean {
  if (last.at === null) return false;
  const today = localDate(now, timeZone);
  if (daysFrom(localDate(last.at, timeZone), today) >= NEW_REVIEW_WEEK_DAYS) return false;
  for (let day = daysFrom(weekStart, today) + 1; day <= 6; day += 1) {
    if (window.days.has(weekdayOf(addDays(weekStart, day)))) return true;
  }
  return false;
}

/**
 * The first day of the week a review was for: in its key; for a key of the older form ("2026-W48",
 * which names only the ISO week), the day it was sent, or the first day of the working week it was
 * sent in by the person's days now when it went out in that week's catch-up hours.
 */
function reviewedWeekStart(last: LastReview, timeZone: string, window: WorkingWindow): CalendarDate | null {
  const exact = /^(\d{4})-W(\d{2})-([1-7])$/.exec(last.week);
  if (exact !== null) return isoWeekDay(Number(exact[1]), Number(exact[2]), Number(exact[3]));
  const older = /^(\d{4})-W(\d{2})$/.exec(last.week);
  if (older === null) return null;
  if (last.at === null) return isoWeekDay(Number(older[1]), Number(older[2]), 1);
  const due = weeklyReviewDueSince(last.at, timeZone, window);
  if (due !== null && isoWeekKey(due, timeZone) === last.week) return localDate(due, timeZone);
  return localDate(last.at, timeZone);
}

/**
 * When the week a review (or digest) was for became due: its first day (see reviewedWeekStart) at
 * the start of working hours by `window` now; null for a key of neither form.
 */
export function reviewedWeekDue(last: LastReview, timeZone: string, window: WorkingWindow): Date | null {
  const start = reviewedWeekStart(last, timeZone, window);
  return start === null ? null : zonedTimeToInstant(start.year, start.month, start.day, window.startMinute, timeZone);
}

/** The longest a team digest reaches back, when the one before it was long ago. */
export const LONGEST_DIGEST_DAYS = 14;

/**
 * Where the team digest due at `dueSince` starts: where the one before it ended (when that one
 * became due: `previousDue`, see reviewedWeekDue), so that across a change of working days, when two
 * digests are 4 to 10 days apart, no day is shown twice or lost; at most LONGEST_DIGEST_DAYS back,
 * and the seven days before it when there was none before.
 */
export function digestSince(dueSince: Date, previousDue: Date | null): Date {
  const longest = dueSince.getTime() - LONGEST_DIGEST_DAYS * MS_PER_DAY;
  if (previousDue === null || previousDue.getTime() >= dueSince.getTime()) return new Date(dueSince.getTime() - 7 * MS_PER_DAY);
  return new Date(Math.max(previousDue.getTime(), longest));
}

/**
 * Where the days the team's digests are known to have shown end, for the next one to start (see
 * digestSince): where the last one that went out ended (`settledDue`, when it became due), whatever
 * was claimed after it and never known to be posted (a crash). With none gone out, where the first
 * such claim would have started (`unsureDue`, less seven days: a first digest's days); null when
 * there was no digest at all.
 */
export function digestCoveredTo(settledDue: Date | null, unsureDue: Date | null): Date | null {
  if (settledDue !== null || unsureDue === null) return settledDue;
  return new Date(unsureDue.getTime() - 7 * MS_PER_DAY);
}

/** The longest a review's "decided" part reaches back, when the review before it was long ago. */
export const LONGEST_DECIDED_DAYS = 14;

/** Which days a review's "decided" part covers, as its heading says. */
export type DecidedPeriod = 'sevenDays' | 'sinceLastReview' | 'fourteenDays';

/**
 * The days a weekly review sent at `sentAt` shows the decisions of: those since the review before
 * it was sent (`previousSentAt`, null when there was none), so that reviews 4 to 10 days apart
 * (after a change of working days) neither repeat a day nor miss one; at most LONGEST_DECIDED_DAYS
 * back; the last seven days for a first review, or one asked for with `/invite-check review`.
 */
export function decidedPeriod(sentAt: Date, previousSentAt: Date | null): { since: Date; period: DecidedPeriod } {
  if (previousSentAt === null || previousSentAt.getTime() >= sentAt.getTime()) return { since: new Date(sentAt.getTime() - 7 * MS_PER_DAY), period: 'sevenDays' };
  const longest = sentAt.getTime() - LONGEST_DECIDED_DAYS * MS_PER_DAY;
  return previousSentAt.getTime() < longest ? { since: new Date(longest), period: 'fourteenDays' } : { since: previousSentAt, period: 'sinceLastReview' };
}

/** The date of ISO week `week`'s day `day` (1 = Monday) in ISO year `year`. */
function isoWeekDay(year: number, week: number, day: number): CalendarDate {
  // 4 January is always in week 1.
  return addDays(mondayOf({ year, month: 1, day: 4 }), (week - 1) * 7 + day - 1);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
function daysFrom(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / MS_PER_DAY);
}

/** True when `now` is a time to send the week's review (see weeklyReviewDueSince). */
export function isWeeklyReviewTime(now: Date, timeZone: string, window: WorkingWindow): boolean {
  return weeklyReviewDueSince(now, timeZone, window) !== null;
}

// ---------------------------------------------------------------------------------------------
// The ignore ratio

/** Ratios at or beyond these, over at least so many decisions, earn a word in the review. */
const HIGH_RATIO = 0.85;
const HIGH_RATIO_MIN_DECISIONS = 8;
const LOW_RATIO = 0.1;
const LOW_RATIO_MIN_DECISIONS = 10;

/** A count as a whole, non-negative number: a bad row must not turn a ratio into NaN. */
function tally(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

function turnedDown(counts: DecisionTally): number {
  return tally(counts.ignored) + tally(counts.declined) + tally(counts.blocked);
}

function decided(counts: DecisionTally): number {
  return tally(counts.accepted) + turnedDown(counts);
}

/** (ignored + declined + blocked) / all decisions; null when nothing is decided yet. */
export function ignoreRatio(counts: DecisionTally): number | null {
  const total = decided(counts);
  return total === 0 ? null : turnedDown(counts) / total;
}

/**
 * A gentle sentence when the owner turns down nearly everyone or accepts nearly everyone. `counts`
 * are all their decisions so far (the review passes all time), which the sentence says: it sits
 * under the decisions since the last review (see decidedPeriod).
 */
export function ratioNote(counts: DecisionTally): string | null {
  const ratio = ignoreRatio(counts);
  const total = decided(counts);
  if (ratio === null) return null;
  if (ratio >= HIGH_RATIO && total >= HIGH_RATIO_MIN_DECISIONS) {
    return (
      `So far you've passed on ${turnedDown(counts)} of the ${total} invitations you decided on, which is often the right call. ` +
      'A few of those people may still be worth a second look: `/invite-check ignored` lists them.'
    );
  }
  if (ratio <= LOW_RATIO && total >= LOW_RATIO_MIN_DECISIONS) {
    return (
      `So far you've accepted ${tally(counts.accepted)} of the ${total} invitations you decided on: nearly everyone. ` +
      'A quick look at mutual connections and the note before accepting keeps your network useful to you.'
    );
  }
  return null;
}
