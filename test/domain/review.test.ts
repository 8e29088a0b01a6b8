import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  ignoreRatio,
  isWeeklyReviewTime,
  weeklyReviewDueSince,
  firstWorkingDay,
  isoWeekKey,
  monthLabel,
  ratioNote,
  reviewWeekKey,
  reviewWeekToClaim,
  digestCoveredTo,
  digestSince,
  startOfLocalMonth,
  startOfLocalWeek,
  weekStartingLabel,
  type DecisionTally,
} from '../../src/domain/review.js';
import { isWithinWorkingHours, localMinuteOfDay, localParts, localWeekday, workingWindow, type WorkingWindow } from '../../src/domain/schedule.js';

const at = (iso: string): Date => new Date(iso);
const iso = (date: Date): string => date.toISOString();

const OFFICE: WorkingWindow = workingWindow('09:00-18:00', 'mon-fri');

const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'America/Asuncion',
  'America/Santiago',
];

describe('isoWeekKey', () => {
  it.each([
    ['2026-11-26T12:00:00Z', '2026-W48'],
    ['2026-11-23T00:00:00Z', '2026-W48'],
    ['2026-11-22T23:59:59Z', '2026-W47'],
    ['2026-01-01T12:00:00Z', '2026-W01'],
    ['2025-12-29T12:00:00Z', '2026-W01'],
    ['2026-12-28T12:00:00Z', '2026-W53'],
    ['2026-12-31T12:00:00Z', '2026-W53'],
    ['2027-01-01T12:00:00Z', '2026-W53'],
    ['2027-01-03T12:00:00Z', '2026-W53'],
    ['2027-01-04T12:00:00Z', '2027-W01'],
    ['2024-12-30T12:00:00Z', '2025-W01'],
    ['2020-12-31T12:00:00Z', '2020-W53'],
    ['2021-01-03T12:00:00Z', '2020-W53'],
    ['2021-01-04T12:00:00Z', '2021-W01'],
    ['2023-01-01T12:00:00Z', '2022-W52'],
    ['2015-12-31T12:00:00Z', '2015-W53'],
    ['2016-01-03T12:00:00Z', '2015-W53'],
    ['2024-02-29T12:00:00Z', '2024-W09'],
  ])('%s in UTC is %s', (instant, key) => {
    expect(isoWeekKey(at(instant), 'UTC')).toBe(key);
  });

  it.each([
    // Sunday evening in UTC is already Monday in Tokyo, and still Sunday in Los Angeles.
    ['2027-01-03T20:00:00Z', 'UTC', '2026-W53'],
    ['2027-01-03T20:00:00Z', 'Asia/Tokyo', '2027-W01'],
    ['2027-01-04T05:00:00Z', 'America/Los_Angeles', '2026-W53'],
    ['2027-01-04T05:00:00Z', 'UTC', '2027-W01'],
    ['2026-11-23T03:00:00Z', 'America/New_York', '2026-W47'],
    ['2026-11-22T10:00:00Z', 'Pacific/Kiritimati', '2026-W48'],
    ['2026-11-22T10:00:00Z', 'UTC', '2026-W47'],
    ['2026-11-23T10:30:00Z', 'Pacific/Pago_Pago', '2026-W47'],
    ['2026-11-22T18:30:00Z', 'Asia/Kolkata', '2026-W48'],
    ['2026-11-22T18:29:00Z', 'Asia/Kolkata', '2026-W47'],
  ])('%s in %s is %s (the owner’s local date)', (instant, zone, key) => {
    expect(isoWeekKey(at(instant), zone)).toBe(key);
  });

  it('reads an unknown time zone as UTC', () => {
    expect(isoWeekKey(at('2027-01-03T20:00:00Z'), 'Mars/Olympus')).toBe('2026-W53');
  });

  it('steps by one each Monday, and a week belongs to the year of its Thursday (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2090 }), (year) => {
        const mondays = Array.from({ length: 366 }, (_, index) => new Date(Date.UTC(year, 0, index + 1, 12))).filter(
          (date) => date.getUTCFullYear() === year && date.getUTCDay() === 1,
        );
        const thursdayYear = (monday: Date): number => new Date(monday.getTime() + 3 * 86_400_000).getUTCFullYear();
        const own = mondays.filter((monday) => thursdayYear(monday) === year);
        // A Monday on 29–31 December already opens week 1 of the next year.
        for (const monday of mondays.filter((date) => thursdayYear(date) !== year)) {
          expect(isoWeekKey(monday, 'UTC')).toBe(`${year + 1}-W01`);
        }
        // The first Monday is in week 1 when it falls on 1–4 January, else week 1 began in December.
        const first = (own[0]?.getUTCDate() ?? 0) <= 4 ? 1 : 2;
        const keys = own.map((monday) => isoWeekKey(monday, 'UTC'));
        expect(keys).toEqual(own.map((_, index) => `${year}-W${String(first + index).padStart(2, '0')}`));
        expect(first + own.length - 1).toBeGreaterThanOrEqual(52);
        expect(first + own.length - 1).toBeLessThanOrEqual(53);
      }),
      { numRuns: 60 },
    );
  });
});

describe('weekStartingLabel and monthLabel', () => {
  it.each([
    ['2026-11-23T09:00:00Z', 'UTC', 'the week of 23 November 2026'],
    // A week that starts on Sunday (sun-thu) or Friday (fri-mon) is named by that day.
    ['2026-11-22T09:00:00Z', 'UTC', 'the week of 22 November 2026'],
    ['2026-11-20T09:00:00Z', 'UTC', 'the week of 20 November 2026'],
    ['2026-12-28T09:00:00Z', 'UTC', 'the week of 28 December 2026'],
    ['2026-11-23T03:00:00Z', 'America/New_York', 'the week of 22 November 2026'],
    ['2026-11-22T16:00:00Z', 'Asia/Tokyo', 'the week of 23 November 2026'],
  ])('weekStartingLabel(%s, %s) is %j', (instant, zone, label) => {
    expect(weekStartingLabel(at(instant), zone)).toBe(label);
  });

  it.each([
    ['2026-11-15T12:00:00Z', 'UTC', 'November 2026'],
    ['2026-11-30T23:30:00Z', 'UTC', 'November 2026'],
    ['2026-11-30T23:30:00Z', 'Europe/Berlin', 'December 2026'],
    ['2026-12-01T03:00:00Z', 'America/New_York', 'November 2026'],
    ['2026-12-31T16:00:00Z', 'Asia/Tokyo', 'January 2027'],
    ['2027-01-01T05:00:00Z', 'America/Los_Angeles', 'December 2026'],
  ])('monthLabel(%s, %s) is %j', (instant, zone, label) => {
    expect(monthLabel(at(instant), zone)).toBe(label);
  });
});

describe('startOfLocalWeek', () => {
  it.each([
    ['2026-11-26T12:00:00Z', 'UTC', '2026-11-23T00:00:00.000Z'],
    ['2026-11-23T00:00:00Z', 'UTC', '2026-11-23T00:00:00.000Z'],
    ['2026-11-22T23:59:59Z', 'UTC', '2026-11-16T00:00:00.000Z'],
    ['2026-11-26T12:00:00Z', 'Asia/Tokyo', '2026-11-22T15:00:00.000Z'],
    ['2026-11-22T20:00:00Z', 'Asia/Kolkata', '2026-11-22T18:30:00.000Z'],
    ['2026-11-26T12:00:00Z', 'Pacific/Kiritimati', '2026-11-22T10:00:00.000Z'],
    ['2026-11-26T12:00:00Z', 'Pacific/Pago_Pago', '2026-11-23T11:00:00.000Z'],
    ['2027-01-01T12:00:00Z', 'Europe/Berlin', '2026-12-27T23:00:00.000Z'],
  ])('%s in %s starts its week at %s', (instant, zone, start) => {
    expect(iso(startOfLocalWeek(at(instant), zone))).toBe(start);
  });

  describe('across DST changes', () => {
    it('Berlin, spring forward on Sunday 29 March 2026: the week began in winter time', () => {
      expect(iso(startOfLocalWeek(at('2026-03-29T12:00:00Z'), 'Europe/Berlin'))).toBe('2026-03-22T23:00:00.000Z');
      // The next week starts in summer time, so that week was an hour short.
      expect(iso(startOfLocalWeek(at('2026-03-30T10:00:00Z'), 'Europe/Berlin'))).toBe('2026-03-29T22:00:00.000Z');
    });

    it('New York, fall back on Sunday 1 November 2026: the week began in daylight time', () => {
      expect(iso(startOfLocalWeek(at('2026-11-01T12:00:00Z'), 'America/New_York'))).toBe('2026-10-26T04:00:00.000Z');
      expect(iso(startOfLocalWeek(at('2026-11-02T12:00:00Z'), 'America/New_York'))).toBe('2026-11-02T05:00:00.000Z');
    });

    it('Lord Howe, half-hour DST from Sunday 4 October 2026', () => {
      expect(iso(startOfLocalWeek(at('2026-10-05T00:00:00Z'), 'Australia/Lord_Howe'))).toBe('2026-10-04T13:00:00.000Z');
      expect(iso(startOfLocalWeek(at('2026-10-03T00:00:00Z'), 'Australia/Lord_Howe'))).toBe('2026-09-27T13:30:00.000Z');
    });
  });
});

describe('startOfLocalMonth', () => {
  it.each([
    ['2026-11-15T12:00:00Z', 'UTC', '2026-11-01T00:00:00.000Z'],
    ['2026-11-30T23:30:00Z', 'UTC', '2026-11-01T00:00:00.000Z'],
    ['2026-11-30T23:30:00Z', 'Europe/Berlin', '2026-11-30T23:00:00.000Z'],
    ['2026-12-31T16:00:00Z', 'Asia/Tokyo', '2026-12-31T15:00:00.000Z'],
    ['2026-12-01T03:00:00Z', 'America/New_York', '2026-11-01T04:00:00.000Z'],
    ['2026-02-10T12:00:00Z', 'Asia/Kolkata', '2026-01-31T18:30:00.000Z'],
  ])('%s in %s: the month began at %s', (instant, zone, start) => {
    expect(iso(startOfLocalMonth(at(instant), zone))).toBe(start);
  });

  it('New York: November began in daylight time, though most of it is standard time', () => {
    expect(iso(startOfLocalMonth(at('2026-11-15T12:00:00Z'), 'America/New_York'))).toBe('2026-11-01T04:00:00.000Z');
    expect(iso(startOfLocalMonth(at('2026-03-20T12:00:00Z'), 'America/New_York'))).toBe('2026-03-01T05:00:00.000Z');
  });

  it('Asunción, where clocks jumped from midnight to 01:00 on 1 October 2023: the month began at 01:00', () => {
    const start = startOfLocalMonth(at('2023-10-15T12:00:00Z'), 'America/Asuncion');
    expect(iso(start)).toBe('2023-10-01T04:00:00.000Z');
    expect(localParts(start, 'America/Asuncion')).toMatchObject({ year: 2023, month: 10, day: 1, hour: 1, minute: 0 });
  });
});

describe('reviewWeekKey and reviewWeekToClaim', () => {
  const DAY_MS = 24 * 3_600_000;

  it.each([
    ['2026-11-29T09:00:00Z', 'Europe/London', '2026-W48-7'], // Sunday 29 November
    ['2026-11-30T09:00:00Z', 'Europe/London', '2026-W49-1'],
    ['2026-11-29T20:00:00Z', 'Asia/Tokyo', '2026-W49-1'], // already Monday in Tokyo
    ['2027-01-01T12:00:00Z', 'UTC', '2026-W53-5'],
    ['2024-12-30T12:00:00Z', 'UTC', '2025-W01-1'],
  ])('%s in %s is %s: the ISO week date of the week’s first day', (instant, timeZone, key) => {
    expect(reviewWeekKey(at(instant), timeZone)).toBe(key);
  });

  const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => new Date(Date.parse('2000-01-03T12:00:00Z') + n * DAY_MS));

  it('keys sort in date order, and each ISO week’s older key before all of that week’s', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 400 }), (first, later) => {
        const second = new Date(first.getTime() + later * DAY_MS);
        expect(reviewWeekKey(first, 'UTC') < reviewWeekKey(second, 'UTC')).toBe(true);
        expect(isoWeekKey(first, 'UTC') < reviewWeekKey(first, 'UTC')).toBe(true);
        expect(reviewWeekKey(first, 'UTC') < isoWeekKey(new Date(first.getTime() + 7 * DAY_MS), 'UTC')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a week is new when it starts four days or more after the one last reviewed; else it is that week', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -6, max: 14 }), fc.constantFrom(...ZONES), (reviewed, after, timeZone) => {
        const lastStart = new Date(reviewed.getTime());
        const start = new Date(reviewed.getTime() + after * DAY_MS);
        const last = { week: reviewWeekKey(lastStart, timeZone), at: lastStart, sending: false };
        const claimed = reviewWeekToClaim(start, timeZone, OFFICE, last);
        // What counts is the local days apart.
        const daysApart = Math.round((Date.parse(localDay(start, timeZone)) - Date.parse(localDay(lastStart, timeZone))) / DAY_MS);
        if (daysApart === 0) expect(claimed).toBe(last.week);
        else expect(claimed).toBe(daysApart >= 4 ? reviewWeekKey(start, timeZone) : null);
      }),
      { numRuns: 300 },
    );
  });

  it('someone never reviewed has this week’s claimed', () => {
    expect(reviewWeekToClaim(at('2026-11-30T09:00:00Z'), 'Europe/London', OFFICE, null)).toBe('2026-W49-1');
  });

  it('an older key (one per ISO week) stands for the day its review went out, or the start of the week it caught up with', () => {
    const monday = at('2026-11-30T09:00:00Z');
    // Sent on Monday 23 November (W48): the next Monday is a new week, the Sunday before it too.
    expect(reviewWeekToClaim(monday, 'Europe/London', OFFICE, { week: '2026-W48', at: at('2026-11-23T09:30:00Z'), sending: false })).toBe('2026-W49-1');
    expect(reviewWeekToClaim(at('2026-11-29T09:00:00Z'), 'Europe/London', workingWindow('09:00-18:00', 'sun-thu'), { week: '2026-W48', at: at('2026-11-23T09:30:00Z'), sending: false })).toBe('2026-W48-7');
    // Sent on Sunday 29 November for a sun-thu week: that is this week.
    expect(reviewWeekToClaim(at('2026-11-29T09:00:00Z'), 'Europe/London', workingWindow('09:00-18:00', 'sun-thu'), { week: '2026-W48', at: at('2026-11-29T09:30:00Z'), sending: false })).toBeNull();
    // Caught up on Saturday morning for a mon-sat week that began on Monday 23rd.
    const monToSat = workingWindow('09:00-18:00', 'mon-sat');
    expect(reviewWeekToClaim(monday, 'Europe/London', monToSat, { week: '2026-W48', at: at('2026-11-28T10:00:00Z'), sending: false })).toBe('2026-W49-1');
    // No time known (a claim left expired): the ISO week's Monday.
    expect(reviewWeekToClaim(monday, 'Europe/London', OFFICE, { week: '2026-W48', at: null, sending: false })).toBe('2026-W49-1');
    expect(reviewWeekToClaim(at('2026-11-26T09:00:00Z'), 'Europe/London', OFFICE, { week: '2026-W48', at: null, sending: false })).toBeNull();
  });

  it('this week’s review still claimed under another key (a sweep died posting it) is claimed again under that key', () => {
    const monday = at('2026-11-23T09:00:00Z');
    expect(reviewWeekToClaim(monday, 'Europe/London', OFFICE, { week: '2026-W48', at: at('2026-11-23T09:00:00Z'), sending: true })).toBe('2026-W48');
    // Sunday's, before the days changed to mon-fri.
    expect(reviewWeekToClaim(monday, 'Europe/London', OFFICE, { week: '2026-W47-7', at: at('2026-11-22T09:00:00Z'), sending: true })).toBe('2026-W47-7');
    // Last week's left claimed: this week has its own.
    expect(reviewWeekToClaim(monday, 'Europe/London', OFFICE, { week: '2026-W47-1', at: at('2026-11-16T09:00:00Z'), sending: true })).toBe('2026-W48-1');
  });
});

function localDay(instant: Date, timeZone: string): string {
  const { year, month, day } = localParts(instant, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T00:00:00Z`;
}

describe('week and month starts (property)', () => {
  const instant = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true });
  const zone = fc.constantFrom(...ZONES);

  it('the week starts on a local Monday at or before the instant, in the same ISO week', () => {
    fc.assert(
      fc.property(instant, zone, (date, timeZone) => {
        const start = startOfLocalWeek(date, timeZone);
        expect(start.getTime()).toBeLessThanOrEqual(date.getTime());
        expect(date.getTime() - start.getTime()).toBeLessThan(7 * 24 * 3_600_000 + 3_600_000);
        expect(localParts(start, timeZone).weekday).toBe(1);
        expect(isoWeekKey(start, timeZone)).toBe(isoWeekKey(date, timeZone));
        expect(isoWeekKey(new Date(start.getTime() - 1), timeZone)).not.toBe(isoWeekKey(date, timeZone));
      }),
      { numRuns: 300 },
    );
  });

  it('the month starts on the local 1st at or before the instant, in the same month', () => {
    fc.assert(
      fc.property(instant, zone, (date, timeZone) => {
        const start = startOfLocalMonth(date, timeZone);
        expect(start.getTime()).toBeLessThanOrEqual(date.getTime());
        expect(localParts(start, timeZone).day).toBe(1);
        expect(monthLabel(start, timeZone)).toBe(monthLabel(date, timeZone));
        expect(monthLabel(new Date(start.getTime() - 1), timeZone)).not.toBe(monthLabel(date, timeZone));
      }),
      { numRuns: 300 },
    );
  });
});

describe('isWeeklyReviewTime', () => {
  it.each([
    ['2026-11-23T08:59:00Z', false],
    ['2026-11-23T09:00:00Z', true],
    ['2026-11-23T12:00:00Z', true],
    // Never in the evening: someone who first used the app on Monday night hears on Tuesday.
    ['2026-11-23T18:00:00Z', false],
    ['2026-11-23T22:00:00Z', false],
    ['2026-11-24T00:00:00Z', false],
    // A week whose Monday was missed (the app was down) still gets its review, on a later morning.
    ['2026-11-24T09:00:00Z', true],
    ['2026-11-25T10:00:00Z', true],
    ['2026-11-25T11:59:00Z', true],
    ['2026-11-25T12:00:00Z', false],
    ['2026-11-27T17:00:00Z', false],
    // On the first working day itself, all day.
    ['2026-11-23T17:59:00Z', true],
    ['2026-11-22T12:00:00Z', false],
    ['2026-11-28T12:00:00Z', false],
  ])('office hours in UTC, %s → %s', (instant, expected) => {
    expect(isWeeklyReviewTime(at(instant), 'UTC', OFFICE)).toBe(expected);
  });

  it.each([
    ['America/New_York', '2026-11-23T13:59:00Z', false],
    ['America/New_York', '2026-11-23T14:00:00Z', true],
    ['America/New_York', '2026-11-23T22:59:00Z', true],
    ['America/New_York', '2026-11-23T23:00:00Z', false],
    ['Asia/Tokyo', '2026-11-22T23:59:00Z', false],
    ['Asia/Tokyo', '2026-11-23T00:00:00Z', true],
    ['Asia/Tokyo', '2026-11-23T08:59:00Z', true],
    ['Asia/Tokyo', '2026-11-23T09:00:00Z', false],
    ['Asia/Kolkata', '2026-11-23T03:30:00Z', true],
    ['Asia/Kolkata', '2026-11-23T03:29:00Z', false],
    // Monday 30 March 2026 is the first working day in Berlin summer time.
    ['Europe/Berlin', '2026-03-30T06:59:00Z', false],
    ['Europe/Berlin', '2026-03-30T07:00:00Z', true],
  ])('in %s, %s → %s', (zone, instant, expected) => {
    expect(isWeeklyReviewTime(at(instant), zone, OFFICE)).toBe(expected);
  });

  it('says when the week’s review became due: the start of the first working day, in local time', () => {
    expect(weeklyReviewDueSince(at('2026-11-23T09:00:00Z'), 'UTC', OFFICE)).toEqual(at('2026-11-23T09:00:00Z'));
    expect(weeklyReviewDueSince(at('2026-11-25T10:00:00Z'), 'UTC', OFFICE)).toEqual(at('2026-11-23T09:00:00Z'));
    expect(weeklyReviewDueSince(at('2026-11-25T13:00:00Z'), 'UTC', OFFICE)).toBeNull();
    // Tokyo's Monday 09:00 is Monday 00:00 UTC; Berlin's, the week the clocks went forward, 07:00 UTC.
    expect(weeklyReviewDueSince(at('2026-11-24T01:00:00Z'), 'Asia/Tokyo', OFFICE)).toEqual(at('2026-11-23T00:00:00Z'));
    expect(weeklyReviewDueSince(at('2026-04-01T07:30:00Z'), 'Europe/Berlin', OFFICE)).toEqual(at('2026-03-30T07:00:00Z'));
    // A Tuesday-to-Thursday week is due from Tuesday; a weekend worker's from Saturday.
    expect(weeklyReviewDueSince(at('2026-11-26T09:30:00Z'), 'UTC', workingWindow('09:00-18:00', 'tue-thu'))).toEqual(at('2026-11-24T09:00:00Z'));
    expect(weeklyReviewDueSince(at('2026-11-29T11:00:00Z'), 'UTC', workingWindow('10:00-16:00', 'sat,sun'))).toEqual(at('2026-11-28T10:00:00Z'));
  });

  it.each([
    ['mon-fri', 1],
    ['sun-thu', 0],
    ['fri-mon', 5],
    ['tue-thu', 2],
    ['sat,sun', 6],
    ['mon,wed,fri', 1],
    ['mon-sun', 1],
    ['wed,sat', 3],
  ])('a %s week starts on day %i (0 = Sunday)', (days, first) => {
    expect(firstWorkingDay(workingWindow('09:00-17:00', days).days)).toBe(first);
  });

  it('a sun-thu week is due from Sunday, and Monday to Wednesday mornings catch up on it', () => {
    const sunToThu = workingWindow('09:00-18:00', 'sun-thu');
    expect(weeklyReviewDueSince(at('2026-11-29T09:00:00Z'), 'UTC', sunToThu)).toEqual(at('2026-11-29T09:00:00Z'));
    expect(weeklyReviewDueSince(at('2026-11-30T10:00:00Z'), 'UTC', sunToThu)).toEqual(at('2026-11-29T09:00:00Z'));
    expect(weeklyReviewDueSince(at('2026-11-28T10:00:00Z'), 'UTC', sunToThu)).toBeNull();
  });

  it('uses the owner’s own working hours', () => {
    const early = workingWindow('07:30-15:00', 'mon-fri');
    expect(isWeeklyReviewTime(at('2026-11-23T07:29:00Z'), 'UTC', early)).toBe(false);
    expect(isWeeklyReviewTime(at('2026-11-23T07:30:00Z'), 'UTC', early)).toBe(true);
    expect(isWeeklyReviewTime(at('2026-11-23T14:59:00Z'), 'UTC', early)).toBe(true);
    expect(isWeeklyReviewTime(at('2026-11-23T15:00:00Z'), 'UTC', early)).toBe(false);
  });

  it('only on working days: Monday is not one for a Tuesday-to-Thursday week', () => {
    const tueToThu = workingWindow('09:00-18:00', 'tue-thu');
    expect(isWeeklyReviewTime(at('2026-11-23T10:00:00Z'), 'UTC', tueToThu)).toBe(false);
    expect(isWeeklyReviewTime(at('2026-11-24T08:59:00Z'), 'UTC', tueToThu)).toBe(false);
    expect(isWeeklyReviewTime(at('2026-11-24T09:00:00Z'), 'UTC', tueToThu)).toBe(true);
    expect(isWeeklyReviewTime(at('2026-11-27T10:00:00Z'), 'UTC', tueToThu)).toBe(false);
  });

  it('a weekend worker reviews at the weekend', () => {
    const weekend = workingWindow('10:00-16:00', 'sat,sun');
    expect(isWeeklyReviewTime(at('2026-11-23T10:00:00Z'), 'UTC', weekend)).toBe(false);
    expect(isWeeklyReviewTime(at('2026-11-28T10:00:00Z'), 'UTC', weekend)).toBe(true);
  });

  it('is never time for a window without working days', () => {
    const none: WorkingWindow = { startMinute: 540, endMinute: 1080, days: new Set() };
    expect(isWeeklyReviewTime(at('2026-11-23T12:00:00Z'), 'UTC', none)).toBe(false);
  });

  it('first comes true at the start of the first working day of the week, and never outside working hours (property)', () => {
    const zone = fc.constantFrom(...ZONES);
    const days = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 });
    const monday = fc.integer({ min: 0, max: 500 }).map((weeks) => new Date(Date.UTC(2025, 0, 6 + weeks * 7, 12)));
    fc.assert(
      fc.property(zone, days, monday, (timeZone, workDays, weekStart) => {
        const window: WorkingWindow = { startMinute: 540, endMinute: 1080, days: new Set(workDays) };
        const local = startOfLocalWeek(weekStart, timeZone);
        // Every half hour of that local week.
        const hits = Array.from({ length: 7 * 48 }, (_, step) => new Date(local.getTime() + step * 1_800_000)).filter((instant) =>
          isWeeklyReviewTime(instant, timeZone, window),
        );
        const firstDay = [1, 2, 3, 4, 5, 6, 0].find((day) => workDays.includes(day));
        expect(hits[0] === undefined ? null : localWeekday(hits[0], timeZone)).toBe(firstDay);
        expect(hits[0] === undefined ? null : localMinuteOfDay(hits[0], timeZone)).toBe(540);
        for (const hit of hits) expect(isWithinWorkingHours(hit, timeZone, window)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('ignoreRatio', () => {
  const counts = (accepted: number, ignored: number, declined: number, blocked: number): DecisionTally => ({
    accepted,
    ignored,
    declined,
    blocked,
  });

  it.each([
    [counts(3, 1, 0, 0), 0.25],
    [counts(0, 2, 1, 1), 1],
    [counts(4, 0, 0, 0), 0],
    [counts(1, 1, 1, 1), 0.75],
    [counts(2, 3, 4, 1), 0.8],
  ])('%j → %d', (tally, ratio) => {
    expect(ignoreRatio(tally)).toBeCloseTo(ratio, 10);
  });

  it('is null when nothing is decided', () => {
    expect(ignoreRatio(counts(0, 0, 0, 0))).toBeNull();
  });

  it('reads nonsense counts as zero instead of returning NaN', () => {
    expect(ignoreRatio(counts(Number.NaN, -3, 2, Number.POSITIVE_INFINITY))).toBe(1);
    expect(ignoreRatio(counts(-1, -1, 0, 0))).toBeNull();
  });

  it('accepts the fuller counts the views use, pending included', () => {
    const withPending = { pending: 12, accepted: 1, ignored: 1, declined: 0, blocked: 0 };
    expect(ignoreRatio(withPending)).toBe(0.5);
  });
});

describe('ratioNote', () => {
  const counts = (accepted: number, ignored: number, declined = 0, blocked = 0): DecisionTally => ({
    accepted,
    ignored,
    declined,
    blocked,
  });

  const HIGH = (turnedDown: number, total: number): string =>
    `So far you've passed on ${turnedDown} of the ${total} invitations you decided on, which is often the right call. ` +
    'A few of those people may still be worth a second look: `/invite-check ignored` lists them.';
  const LOW = (accepted: number, total: number): string =>
    `So far you've accepted ${accepted} of the ${total} invitations you decided on: nearly everyone. ` +
    'A quick look at mutual connections and the note before accepting keeps your network useful to you.';

  it.each([
    [counts(1, 7, 1, 0), HIGH(8, 9)],
    [counts(0, 8), HIGH(8, 8)],
    [counts(3, 17), HIGH(17, 20)],
    [counts(0, 5, 2, 3), HIGH(10, 10)],
  ])('a very high ignore ratio earns a gentle pointer to the ignored list: %j', (tally, note) => {
    expect(ratioNote(tally)).toBe(note);
  });

  it.each([
    [counts(9, 1), LOW(9, 10)],
    [counts(18, 2), LOW(18, 20)],
    [counts(40, 0), LOW(40, 40)],
  ])('a very low ignore ratio earns a word about mutuals and notes: %j', (tally, note) => {
    expect(ratioNote(tally)).toBe(note);
  });

  it.each([
    ['nothing decided', counts(0, 0)],
    ['too few to say (high)', counts(0, 7)],
    ['too few to say (low)', counts(9, 0)],
    ['high but not very high', counts(4, 16)],
    ['low but not very low', counts(17, 3)],
    ['balanced', counts(5, 5)],
  ])('says nothing when %s', (_label, tally) => {
    expect(ratioNote(tally)).toBeNull();
  });

  it('is plain text: no Slack markup besides the command in backticks', () => {
    for (const note of [ratioNote(counts(0, 10)), ratioNote(counts(10, 0))]) {
      expect(note).not.toBeNull();
      expect((note ?? '').replace('`/invite-check ignored`', '')).not.toMatch(/[*_`<>~]/);
    }
  });
});

describe('digestSince', () => {
  const due = new Date('2026-11-29T09:00:00Z');
  it('starts where the digest before ended, at most fourteen days back, seven when there was none', () => {
    expect(digestSince(due, new Date('2026-11-23T09:00:00Z')).toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(digestSince(due, new Date('2026-11-01T09:00:00Z')).toISOString()).toBe('2026-11-15T09:00:00.000Z');
    expect(digestSince(due, null).toISOString()).toBe('2026-11-22T09:00:00.000Z');
    expect(digestSince(due, due).toISOString()).toBe('2026-11-22T09:00:00.000Z');
  });
});

describe('digestCoveredTo', () => {
  const settled = new Date('2026-11-16T09:00:00Z');
  const unsure = new Date('2026-11-23T09:00:00Z');
  it('ends where the last digest that went out ended, whatever a crash left claimed after it', () => {
    expect(digestCoveredTo(settled, unsure)).toEqual(settled);
    expect(digestCoveredTo(settled, null)).toEqual(settled);
  });
  it('with none gone out, where the first one left claimed would have started; else nowhere', () => {
    expect(digestCoveredTo(null, unsure)?.toISOString()).toBe('2026-11-16T09:00:00.000Z');
    expect(digestCoveredTo(null, null)).toBeNull();
  });
});

describe('reviewWeekToClaim after a late review', () => {
  const friToMon = workingWindow('09:00-18:00', 'fri-mon');
  const late: LastReviewShape = { week: '2026-W48-1', at: new Date('2026-11-26T09:30:00Z'), sending: false };
  const friday = new Date('2026-11-27T09:00:00Z');
  it('waits, within the week, until four days after it, or the week’s last working day', () => {
    expect(reviewWeekToClaim(friday, 'Europe/London', friToMon, late, new Date('2026-11-27T09:30:00Z'))).toBeNull();
    expect(reviewWeekToClaim(friday, 'Europe/London', friToMon, late, new Date('2026-11-29T09:30:00Z'))).toBeNull();
    expect(reviewWeekToClaim(friday, 'Europe/London', friToMon, late, new Date('2026-11-30T09:30:00Z'))).toBe('2026-W48-5');
    // A week of one working day has no later day to wait for.
    expect(reviewWeekToClaim(friday, 'Europe/London', workingWindow('09:00-18:00', 'fri'), late, new Date('2026-11-27T09:30:00Z'))).toBe('2026-W48-5');
    // Seven days after the last week's start is the usual week: never held back.
    expect(reviewWeekToClaim(new Date('2026-11-30T09:00:00Z'), 'Europe/London', workingWindow('09:00-18:00', 'mon-sat'), { ...late, at: new Date('2026-11-28T10:00:00Z') }, new Date('2026-11-30T09:30:00Z'))).toBe('2026-W49-1');
  });
});
type LastReviewShape = { week: string; at: Date | null; sending: boolean };
