import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  firstSendableAt,
  longestSweepGapMs,
  isWithinWorkingHours,
  localDateLabel,
  localDateTimeLabel,
  localMinuteOfDay,
  localParts,
  localWeekday,
  nextWorkingStart,
  parseWorkingDays,
  parseWorkingHours,
  safeTimeZone,
  snoozeEndsAt,
  thankYouDueAt,
  workingWindow,
  zonedTimeToInstant,
  type WorkingWindow,
} from '../../src/domain/schedule.js';

const at = (iso: string): Date => new Date(iso);
const iso = (date: Date): string => date.toISOString();
const sorted = (days: ReadonlySet<number>): number[] => [...days].sort((a, b) => a - b);

const OFFICE: WorkingWindow = workingWindow('09:00-18:00', 'mon-fri');
const EVERY_DAY: WorkingWindow = workingWindow('09:00-18:00', 'mon-sun');

describe('parseWorkingHours', () => {
  it.each([
    ['09:00-18:00', 540, 1080],
    ['9:00-17:30', 540, 1050],
    ['08:30 - 16:00', 510, 960],
    ['00:00-24:00', 0, 1440],
    ['  07:15–12:45  ', 435, 765],
  ])('reads %s', (text, startMinute, endMinute) => {
    expect(parseWorkingHours(text)).toEqual({ startMinute, endMinute });
  });

  it.each([
    '18:00-09:00',
    '09:00-09:00',
    '9-17',
    '25:00-26:00',
    '09:60-18:00',
    '24:00-24:00',
    '24:30-23:00',
    '09:00-24:01',
    '',
    'nine to five',
    '09:00',
  ])('rejects %j with a RangeError', (text) => {
    expect(() => parseWorkingHours(text)).toThrow(RangeError);
  });

  it('says what was wrong in the message', () => {
    expect(() => parseWorkingHours('18:00-09:00')).toThrow(/"18:00-09:00" must start before they end/);
    expect(() => parseWorkingHours('9am-5pm')).toThrow(/HH:MM-HH:MM/);
    expect(() => parseWorkingHours('09:75-18:00')).toThrow(/impossible time 09:75/);
  });
});

describe('parseWorkingDays', () => {
  it.each([
    ['mon-fri', [1, 2, 3, 4, 5]],
    ['mon,wed,fri', [1, 3, 5]],
    ['mon-sun', [0, 1, 2, 3, 4, 5, 6]],
    ['sat,sun', [0, 6]],
    ['fri-mon', [0, 1, 5, 6]],
    ['sun-sat', [0, 1, 2, 3, 4, 5, 6]],
    ['thu-thu', [4]],
    ['MON-Fri', [1, 2, 3, 4, 5]],
    ['Monday, Wednesday', [1, 3]],
    ['tues,thurs', [2, 4]],
    [' tue ', [2]],
    ['mon - wed, sat', [1, 2, 3, 6]],
    ['mon,mon-tue', [1, 2]],
  ])('reads %j', (text, days) => {
    expect(sorted(parseWorkingDays(text))).toEqual(days);
  });

  it.each(['', '   ', 'funday', 'mon-', '-fri', 'mon-tue-wed', 'mon,,fri', 'mon;fri', 'weekdays', '1-5'])(
    'rejects %j with a RangeError',
    (text) => {
      expect(() => parseWorkingDays(text)).toThrow(RangeError);
    },
  );

  it('names the unknown day in the message', () => {
    expect(() => parseWorkingDays('mon,funday')).toThrow(/"funday" is not a day/);
    expect(() => parseWorkingDays('')).toThrow(/empty/);
  });
});

describe('workingWindow', () => {
  it('combines hours and days', () => {
    const window = workingWindow('08:30-16:00', 'mon,wed');
    expect(window.startMinute).toBe(510);
    expect(window.endMinute).toBe(960);
    expect(sorted(window.days)).toEqual([1, 3]);
  });
});

describe('safeTimeZone', () => {
  it.each(['Europe/London', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC'])(
    'keeps the valid zone %s',
    (tz) => {
      expect(safeTimeZone(tz)).toBe(tz);
    },
  );

  it('trims whitespace', () => {
    expect(safeTimeZone('  Asia/Kolkata ')).toBe('Asia/Kolkata');
  });

  it.each([null, undefined, '', '   ', 'Not/AZone', 'Europe/Londn', 'garbage'])('falls back to UTC for %j', (tz) => {
    expect(safeTimeZone(tz)).toBe('UTC');
  });
});

describe('local readings', () => {
  it('reads the local calendar date in several zones', () => {
    const instant = at('2026-11-24T20:00:00Z');
    expect(localDateLabel(instant, 'UTC')).toBe('2026-11-24');
    expect(localDateLabel(instant, 'Asia/Kolkata')).toBe('2026-11-25'); // 01:30 IST
    expect(localDateLabel(instant, 'America/Los_Angeles')).toBe('2026-11-24'); // 12:00 PST
    expect(localDateLabel(at('2026-11-24T11:00:00Z'), 'Pacific/Chatham')).toBe('2026-11-25'); // 00:45 +13:45
    expect(localDateLabel(at('2026-11-25T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-11-24'); // 19:00 PST
  });

  it('reads the local weekday and minute of day', () => {
    const instant = at('2026-11-24T20:00:00Z'); // a Tuesday in UTC
    expect(localWeekday(instant, 'UTC')).toBe(2);
    expect(localWeekday(instant, 'Asia/Kolkata')).toBe(3);
    expect(localMinuteOfDay(instant, 'Asia/Kolkata')).toBe(90);
    expect(localMinuteOfDay(instant, 'America/Los_Angeles')).toBe(12 * 60);
    expect(localMinuteOfDay(at('2026-11-24T00:00:00Z'), 'UTC')).toBe(0);
  });

  it('gives the full local parts and a date-time label', () => {
    expect(localParts(at('2026-07-01T12:34:56Z'), 'Europe/London')).toEqual({
      year: 2026,
      month: 7,
      day: 1,
      hour: 13,
      minute: 34,
      second: 56,
      weekday: 3,
    });
    expect(localDateTimeLabel(at('2026-11-24T11:00:00Z'), 'Pacific/Chatham')).toBe('2026-11-25 00:45');
  });

  it('reads an invalid time zone as UTC instead of throwing', () => {
    expect(localDateLabel(at('2026-11-24T23:30:00Z'), 'Mars/Olympus')).toBe('2026-11-24');
    expect(localMinuteOfDay(at('2026-11-24T23:30:00Z'), '')).toBe(23 * 60 + 30);
  });
});

describe('zonedTimeToInstant', () => {
  it('converts plain local times', () => {
    expect(iso(zonedTimeToInstant(2026, 11, 24, 540, 'Europe/London'))).toBe('2026-11-24T09:00:00.000Z');
    expect(iso(zonedTimeToInstant(2026, 7, 7, 540, 'Europe/London'))).toBe('2026-07-07T08:00:00.000Z');
    expect(iso(zonedTimeToInstant(2026, 11, 24, 540, 'Asia/Kolkata'))).toBe('2026-11-24T03:30:00.000Z');
    expect(iso(zonedTimeToInstant(2026, 11, 25, 540, 'Pacific/Chatham'))).toBe('2026-11-24T19:15:00.000Z');
    expect(iso(zonedTimeToInstant(2026, 7, 7, 540, 'Pacific/Chatham'))).toBe('2026-07-06T20:15:00.000Z');
  });

  it('pushes a time skipped by the clocks going forward past the gap', () => {
    // London, 2026-03-29: 01:00 GMT jumps to 02:00 BST, so 01:30 never happens.
    expect(iso(zonedTimeToInstant(2026, 3, 29, 90, 'Europe/London'))).toBe('2026-03-29T01:30:00.000Z');
    // New York, 2026-03-08: 02:00 EST jumps to 03:00 EDT.
    expect(iso(zonedTimeToInstant(2026, 3, 8, 150, 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
  });

  it('takes the earlier of a time that happens twice when the clocks go back', () => {
    // London, 2026-10-25: 01:30 happens in BST (00:30Z) and again in GMT (01:30Z).
    expect(iso(zonedTimeToInstant(2026, 10, 25, 90, 'Europe/London'))).toBe('2026-10-25T00:30:00.000Z');
    // New York, 2026-11-01: 01:30 EDT (05:30Z) then 01:30 EST (06:30Z).
    expect(iso(zonedTimeToInstant(2026, 11, 1, 90, 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
  });
});

describe('isWithinWorkingHours', () => {
  it('includes the start and excludes the end (London, winter)', () => {
    expect(isWithinWorkingHours(at('2026-11-24T09:00:00Z'), 'Europe/London', OFFICE)).toBe(true);
    expect(isWithinWorkingHours(at('2026-11-24T08:59:59Z'), 'Europe/London', OFFICE)).toBe(false);
    expect(isWithinWorkingHours(at('2026-11-24T17:59:59Z'), 'Europe/London', OFFICE)).toBe(true);
    expect(isWithinWorkingHours(at('2026-11-24T18:00:00Z'), 'Europe/London', OFFICE)).toBe(false);
  });

  it('follows summer time (London, BST)', () => {
    expect(isWithinWorkingHours(at('2026-07-07T08:00:00Z'), 'Europe/London', OFFICE)).toBe(true);
    expect(isWithinWorkingHours(at('2026-07-07T07:59:00Z'), 'Europe/London', OFFICE)).toBe(false);
    expect(isWithinWorkingHours(at('2026-07-07T17:00:00Z'), 'Europe/London', OFFICE)).toBe(false);
  });

  it('skips days off', () => {
    expect(isWithinWorkingHours(at('2026-11-28T12:00:00Z'), 'Europe/London', OFFICE)).toBe(false); // Saturday
    expect(isWithinWorkingHours(at('2026-11-28T12:00:00Z'), 'Europe/London', EVERY_DAY)).toBe(true);
    const weekends = workingWindow('10:00-14:00', 'sat,sun');
    expect(isWithinWorkingHours(at('2026-11-29T10:00:00Z'), 'UTC', weekends)).toBe(true);
    expect(isWithinWorkingHours(at('2026-11-27T10:00:00Z'), 'UTC', weekends)).toBe(false);
  });

  it('uses half-hour and quarter-hour offsets', () => {
    expect(isWithinWorkingHours(at('2026-11-24T03:30:00Z'), 'Asia/Kolkata', OFFICE)).toBe(true);
    expect(isWithinWorkingHours(at('2026-11-24T03:29:00Z'), 'Asia/Kolkata', OFFICE)).toBe(false);
    expect(isWithinWorkingHours(at('2026-11-24T19:15:00Z'), 'Pacific/Chatham', OFFICE)).toBe(true);
    expect(isWithinWorkingHours(at('2026-11-24T19:14:00Z'), 'Pacific/Chatham', OFFICE)).toBe(false);
  });

  it('judges the weekday by the local calendar, not UTC', () => {
    // Friday 17:00 in Los Angeles is already Saturday in UTC.
    expect(isWithinWorkingHours(at('2026-11-28T01:00:00Z'), 'America/Los_Angeles', OFFICE)).toBe(true);
    expect(isWithinWorkingHours(at('2026-11-28T01:00:00Z'), 'UTC', OFFICE)).toBe(false);
    // Monday 09:45 on the Chatham Islands is still Sunday in UTC.
    expect(isWithinWorkingHours(at('2026-11-22T20:00:00Z'), 'Pacific/Chatham', OFFICE)).toBe(true);
  });

  it('reads an invalid time zone as UTC', () => {
    expect(isWithinWorkingHours(at('2026-11-24T09:00:00Z'), 'Nowhere/Atlantis', OFFICE)).toBe(true);
    expect(isWithinWorkingHours(at('2026-11-24T08:00:00Z'), 'Nowhere/Atlantis', OFFICE)).toBe(false);
  });

  it('rejects a malformed window', () => {
    const noDays: WorkingWindow = { startMinute: 540, endMinute: 1080, days: new Set() };
    const backwards: WorkingWindow = { startMinute: 1080, endMinute: 540, days: new Set([1]) };
    expect(() => isWithinWorkingHours(at('2026-11-24T09:00:00Z'), 'UTC', noDays)).toThrow(RangeError);
    expect(() => isWithinWorkingHours(at('2026-11-24T09:00:00Z'), 'UTC', backwards)).toThrow(RangeError);
    expect(() => nextWorkingStart(at('2026-11-24T09:00:00Z'), 'UTC', noDays)).toThrow(RangeError);
  });
});

describe('nextWorkingStart', () => {
  it('finds the next morning, or this morning when it is still early', () => {
    expect(iso(nextWorkingStart(at('2026-11-24T15:00:00Z'), 'Europe/London', OFFICE))).toBe('2026-11-25T09:00:00.000Z');
    expect(iso(nextWorkingStart(at('2026-11-24T07:00:00Z'), 'Europe/London', OFFICE))).toBe('2026-11-24T09:00:00.000Z');
  });

  it('is strictly after: exactly at a start gives the next day’s start', () => {
    expect(iso(nextWorkingStart(at('2026-11-24T09:00:00Z'), 'Europe/London', OFFICE))).toBe('2026-11-25T09:00:00.000Z');
    expect(iso(nextWorkingStart(at('2026-11-24T08:59:59.999Z'), 'Europe/London', OFFICE))).toBe(
      '2026-11-24T09:00:00.000Z',
    );
  });

  it('skips the weekend', () => {
    expect(iso(nextWorkingStart(at('2026-11-27T16:00:00Z'), 'Europe/London', OFFICE))).toBe('2026-11-30T09:00:00.000Z');
    expect(iso(nextWorkingStart(at('2026-11-28T10:00:00Z'), 'Europe/London', OFFICE))).toBe('2026-11-30T09:00:00.000Z');
  });

  it('waits up to a week for a single working day', () => {
    const wednesdays = workingWindow('09:00-12:00', 'wed');
    expect(iso(nextWorkingStart(at('2026-11-25T10:00:00Z'), 'UTC', wednesdays))).toBe('2026-12-02T09:00:00.000Z');
  });

  it('works in several time zones', () => {
    // 20:30 IST on Tuesday → Wednesday 09:00 IST.
    expect(iso(nextWorkingStart(at('2026-11-24T15:00:00Z'), 'Asia/Kolkata', OFFICE))).toBe('2026-11-25T03:30:00.000Z');
    // 07:00 PST on Tuesday → Tuesday 09:00 PST.
    expect(iso(nextWorkingStart(at('2026-11-24T15:00:00Z'), 'America/Los_Angeles', OFFICE))).toBe(
      '2026-11-24T17:00:00.000Z',
    );
    // 04:45 Wednesday on the Chatham Islands (+13:45) → Wednesday 09:00 there.
    expect(iso(nextWorkingStart(at('2026-11-24T15:00:00Z'), 'Pacific/Chatham', OFFICE))).toBe(
      '2026-11-24T19:15:00.000Z',
    );
  });

  it('falls back to UTC for an invalid time zone', () => {
    expect(iso(nextWorkingStart(at('2026-11-24T15:00:00Z'), 'Bogus/Zone', OFFICE))).toBe('2026-11-25T09:00:00.000Z');
    expect(iso(nextWorkingStart(at('2026-11-24T15:00:00Z'), '', OFFICE))).toBe('2026-11-25T09:00:00.000Z');
  });

  describe('across DST changes', () => {
    it('London spring forward: Friday evening GMT → Monday 09:00 BST', () => {
      expect(iso(nextWorkingStart(at('2026-03-27T18:00:00Z'), 'Europe/London', OFFICE))).toBe('2026-03-30T08:00:00.000Z');
    });

    it('London, on the Sunday the clocks change', () => {
      // 2026-03-29: clocks go forward at 01:00 GMT; 09:00 that morning is BST.
      expect(iso(nextWorkingStart(at('2026-03-28T20:00:00Z'), 'Europe/London', EVERY_DAY))).toBe(
        '2026-03-29T08:00:00.000Z',
      );
      // 2026-10-25: clocks go back at 02:00 BST; 09:00 that morning is GMT.
      expect(iso(nextWorkingStart(at('2026-10-24T20:00:00Z'), 'Europe/London', EVERY_DAY))).toBe(
        '2026-10-25T09:00:00.000Z',
      );
    });

    it('London autumn: Friday evening BST → Monday 09:00 GMT', () => {
      expect(iso(nextWorkingStart(at('2026-10-23T16:00:00Z'), 'Europe/London', OFFICE))).toBe('2026-10-26T09:00:00.000Z');
    });

    it('New York, on the Sundays the clocks change', () => {
      // 2026-03-08: Saturday 22:00 EST → Sunday 09:00 EDT.
      expect(iso(nextWorkingStart(at('2026-03-08T03:00:00Z'), 'America/New_York', EVERY_DAY))).toBe(
        '2026-03-08T13:00:00.000Z',
      );
      // 2026-11-01: Saturday 23:00 EDT → Sunday 09:00 EST.
      expect(iso(nextWorkingStart(at('2026-11-01T03:00:00Z'), 'America/New_York', EVERY_DAY))).toBe(
        '2026-11-01T14:00:00.000Z',
      );
    });

    it('a window starting in the skipped hour starts just after the gap', () => {
      const night = workingWindow('02:30-04:00', 'mon-sun');
      const start = nextWorkingStart(at('2026-03-08T05:00:00Z'), 'America/New_York', night);
      expect(iso(start)).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
      expect(isWithinWorkingHours(start, 'America/New_York', night)).toBe(true);
    });

    it('a window the clocks skip whole is passed over for the next day’s, not promised after its end', () => {
      // 2026-03-08, New York: 02:00 EST jumps to 03:00 EDT, so 02:30-03:00 never comes that day.
      const skipped = workingWindow('02:30-03:00', 'mon-sun');
      const start = nextWorkingStart(at('2026-03-08T05:00:00Z'), 'America/New_York', skipped);
      expect(iso(start)).toBe('2026-03-09T06:30:00.000Z'); // Monday 02:30 EDT
      expect(isWithinWorkingHours(start, 'America/New_York', skipped)).toBe(true);
      // 2026-09-06, Santiago: midnight jumps to 01:00; 00:20-01:15 would be pushed to 01:20, past its end.
      const chile = workingWindow('00:20-01:15', 'sun');
      expect(iso(nextWorkingStart(at('2026-09-04T12:44:00Z'), 'America/Santiago', chile))).toBe('2026-09-13T03:20:00.000Z');
      // Every way to a promised time goes through it: the snooze and the thank-you due time too.
      const snoozed = snoozeEndsAt(at('2026-03-07T07:40:00Z'), 'America/New_York', skipped, 5 * 60_000);
      expect(isWithinWorkingHours(snoozed, 'America/New_York', skipped)).toBe(true);
      expect(iso(thankYouDueAt(at('2026-03-08T01:00:00Z'), 'America/New_York', skipped, 0))).toBe('2026-03-09T06:30:00.000Z');
    });

    it('a window starting in the repeated hour starts at its first occurrence', () => {
      const early = workingWindow('01:30-03:00', 'mon-sun');
      expect(iso(nextWorkingStart(at('2026-11-01T04:00:00Z'), 'America/New_York', early))).toBe(
        '2026-11-01T05:30:00.000Z',
      );
    });

    it('Chatham Islands: 09:00 moves from +12:45 to +13:45 when DST starts', () => {
      // DST starts Sunday 2026-09-27; Friday 25th is +12:45, Monday 28th is +13:45.
      expect(iso(nextWorkingStart(at('2026-09-25T10:00:00Z'), 'Pacific/Chatham', OFFICE))).toBe(
        '2026-09-27T19:15:00.000Z',
      );
    });
  });

  it('always lands on a window start, strictly later, within eight days (property)', () => {
    const zones = ['UTC', 'Europe/London', 'America/New_York', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }),
        fc.constantFrom(...zones),
        fc.constantFrom('mon-fri', 'sat,sun', 'wed', 'fri-mon', 'mon-sun'),
        (epoch, zone, days) => {
          const window = workingWindow('09:00-17:30', days);
          const after = new Date(epoch);
          const start = nextWorkingStart(after, zone, window);
          expect(start.getTime()).toBeGreaterThan(epoch);
          expect(start.getTime() - epoch).toBeLessThanOrEqual(8 * 24 * 3600_000);
          expect(localMinuteOfDay(start, zone)).toBe(540);
          expect(isWithinWorkingHours(start, zone, window)).toBe(true);
          const sendable = firstSendableAt(after, zone, window);
          expect(isWithinWorkingHours(sendable, zone, window)).toBe(true);
          expect(sendable.getTime()).toBeGreaterThanOrEqual(epoch);
        },
      ),
      { numRuns: 300, seed: 20261124 },
    );
  });
});

describe('firstSendableAt', () => {
  it('keeps an instant already inside a window', () => {
    const inside = at('2026-11-24T10:15:00Z');
    const result = firstSendableAt(inside, 'Europe/London', OFFICE);
    expect(iso(result)).toBe('2026-11-24T10:15:00.000Z');
    expect(result).not.toBe(inside); // a copy: callers may mutate neither
  });

  it('keeps exactly the start, and moves exactly the end to the next start', () => {
    expect(iso(firstSendableAt(at('2026-11-24T09:00:00Z'), 'Europe/London', OFFICE))).toBe('2026-11-24T09:00:00.000Z');
    expect(iso(firstSendableAt(at('2026-11-24T18:00:00Z'), 'Europe/London', OFFICE))).toBe('2026-11-25T09:00:00.000Z');
  });

  it('moves a weekend instant to Monday morning', () => {
    expect(iso(firstSendableAt(at('2026-11-29T12:00:00Z'), 'Europe/London', OFFICE))).toBe('2026-11-30T09:00:00.000Z');
  });

  describe('with sweeps five minutes apart', () => {
    const GAP = 5 * 60_000;

    it('moves a time the last sweep of the day would miss to the next working start', () => {
      // Thu 17:57: the sweep after it is at 18:00, when working hours are over.
      expect(iso(firstSendableAt(at('2026-11-26T17:57:00Z'), 'Europe/London', OFFICE, GAP))).toBe('2026-11-27T09:00:00.000Z');
      expect(iso(firstSendableAt(at('2026-11-26T17:55:01Z'), 'Europe/London', OFFICE, GAP))).toBe('2026-11-27T09:00:00.000Z');
      // Friday's last minutes go to Monday.
      expect(iso(firstSendableAt(at('2026-11-27T17:58:00Z'), 'Europe/London', OFFICE, GAP))).toBe('2026-11-30T09:00:00.000Z');
    });

    it('keeps a time a sweep still finds inside working hours', () => {
      expect(iso(firstSendableAt(at('2026-11-26T17:54:59Z'), 'Europe/London', OFFICE, GAP))).toBe('2026-11-26T17:54:59.000Z');
      expect(iso(firstSendableAt(at('2026-11-26T09:00:00Z'), 'Europe/London', OFFICE, GAP))).toBe('2026-11-26T09:00:00.000Z');
    });

    it('in a window open all day, crossing midnight into a working day still waits for its start', () => {
      const allDay = workingWindow('00:00-24:00', 'mon-fri');
      expect(iso(firstSendableAt(at('2026-11-26T23:58:00Z'), 'Europe/London', allDay, GAP))).toBe('2026-11-27T00:00:00.000Z');
      expect(iso(firstSendableAt(at('2026-11-27T23:58:00Z'), 'Europe/London', allDay, GAP))).toBe('2026-11-30T00:00:00.000Z');
    });

    it('holds in the owner’s zone', () => {
      // 17:57 in Los Angeles is 01:57 UTC the next day.
      expect(iso(firstSendableAt(at('2026-11-27T01:57:00Z'), 'America/Los_Angeles', OFFICE, GAP))).toBe('2026-11-27T17:00:00.000Z');
    });
  });
});

describe('snoozeEndsAt', () => {
  const DAY = 24 * 60 * 60_000;
  const HOUR = 60 * 60_000;
  const GAP = 5 * 60_000;

  it('brings a reminder back a day later when a sweep finds it inside working hours', () => {
    expect(iso(snoozeEndsAt(at('2026-11-25T11:20:00Z'), 'Europe/London', OFFICE, GAP))).toBe('2026-11-26T11:20:00.000Z');
    expect(iso(snoozeEndsAt(at('2026-11-25T17:54:59Z'), 'Europe/London', OFFICE, GAP))).toBe('2026-11-26T17:54:59.000Z');
  });

  it('brings one snoozed in the day’s last minutes back a little earlier the next day, not the morning after', () => {
    // Thu 17:57 would first be swept at 18:00, when working hours are over: 17:55 is the last sure time.
    expect(iso(snoozeEndsAt(at('2026-11-25T17:57:00Z'), 'Europe/London', OFFICE, GAP))).toBe('2026-11-26T17:55:00.000Z');
    expect(iso(snoozeEndsAt(at('2026-11-25T17:59:59Z'), 'Europe/London', OFFICE, GAP))).toBe('2026-11-26T17:55:00.000Z');
    // In the owner's zone: 17:58 in Los Angeles.
    expect(iso(snoozeEndsAt(at('2026-11-25T01:58:00Z'), 'America/Los_Angeles', OFFICE, GAP))).toBe('2026-11-26T01:55:00.000Z');
  });

  it('brings it back at the same local time on a day the clocks change, not 24 hours later', () => {
    const everyDay = workingWindow('09:00-18:00', 'mon-sun');
    // Saturday 28 March 2026, 17:10 in London (UTC); the clocks go forward that night: Sunday 17:10 is 16:10 UTC.
    expect(iso(snoozeEndsAt(at('2026-03-28T17:10:00Z'), 'Europe/London', everyDay, GAP))).toBe('2026-03-29T16:10:00.000Z');
    // Saturday 24 October 2026, 10:00 in London (BST, 09:00 UTC); back an hour that night: Sunday 10:00 is 10:00 UTC.
    expect(iso(snoozeEndsAt(at('2026-10-24T09:00:00Z'), 'Europe/London', everyDay, GAP))).toBe('2026-10-25T10:00:00.000Z');
  });

  it('waits for the next working start when the day after is not a working day', () => {
    // Friday 17:57 → Saturday is off: Monday 09:00.
    expect(iso(snoozeEndsAt(at('2026-11-27T17:57:00Z'), 'Europe/London', OFFICE, GAP))).toBe('2026-11-30T09:00:00.000Z');
    // Friday 20:00, after hours: Monday 09:00 too.
    expect(iso(snoozeEndsAt(at('2026-11-27T20:00:00Z'), 'Europe/London', OFFICE, GAP))).toBe('2026-11-30T09:00:00.000Z');
  });

  it('brings one snoozed after hours back before the next working day ends, not the morning after it', () => {
    // Wednesday 20:00: Thursday 20:00 is after hours, so Thursday's last sure time, 17:55; not Friday 09:00.
    expect(iso(snoozeEndsAt(at('2026-11-25T20:00:00Z'), 'Europe/London', OFFICE, GAP))).toBe('2026-11-26T17:55:00.000Z');
    // Wednesday 23:59 in New York (Thursday 04:59 UTC): Thursday 17:55 there.
    expect(iso(snoozeEndsAt(at('2026-11-26T04:59:00Z'), 'America/New_York', OFFICE, GAP))).toBe('2026-11-26T22:55:00.000Z');
    // Before hours it is that day's start, as before: Wednesday 07:00 → Thursday 09:00.
    expect(iso(snoozeEndsAt(at('2026-11-25T07:00:00Z'), 'Europe/London', OFFICE, GAP))).toBe('2026-11-26T09:00:00.000Z');
  });

  it('in a window shorter than the sweeps’ gap, brings it back at the next day’s start, not the day after', () => {
    // 09:00-09:01: no time but 09:00 is sure to be swept inside it; snoozed Tuesday 09:00 → Wednesday 09:00.
    for (const hours of ['09:00-09:01', '09:00-09:04']) {
      const short = workingWindow(hours, 'mon-sun');
      expect(iso(snoozeEndsAt(at('2026-11-24T09:00:00Z'), 'Europe/London', short, GAP))).toBe('2026-11-25T09:00:00.000Z');
      expect(iso(snoozeEndsAt(at('2026-11-24T09:00:30Z'), 'Europe/London', short, GAP))).toBe('2026-11-25T09:00:00.000Z');
    }
    // Friday's short window: Monday's start, weekends off.
    expect(iso(snoozeEndsAt(at('2026-11-27T09:00:00Z'), 'Europe/London', workingWindow('09:00-09:01', 'mon-fri'), GAP))).toBe('2026-11-30T09:00:00.000Z');
    // Hourly sweeps and a half-hour window, in Kathmandu (+05:45): Wednesday 09:00 there.
    expect(iso(snoozeEndsAt(at('2026-11-24T03:20:00Z'), 'Asia/Kathmandu', workingWindow('09:00-09:30', 'mon-sun'), 60 * 60_000))).toBe('2026-11-25T03:15:00.000Z');
  });

  it('is always inside working hours, after the snooze began, and no later than firstSendableAt would say', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-01-01T00:00:00Z') }), (ms) => {
        const now = new Date(ms);
        const ends = snoozeEndsAt(now, 'America/New_York', OFFICE, GAP);
        expect(ends.getTime()).toBeGreaterThan(now.getTime());
        expect(isWithinWorkingHours(ends, 'America/New_York', OFFICE)).toBe(true);
        expect(isWithinWorkingHours(new Date(ends.getTime() + GAP - 1), 'America/New_York', OFFICE)).toBe(true);
        // A local day is 23 to 25 hours long.
        expect(ends.getTime()).toBeLessThanOrEqual(firstSendableAt(new Date(ms + DAY + HOUR), 'America/New_York', OFFICE, GAP).getTime());
      }),
    );
  });
});

describe('longestSweepGapMs', () => {
  it.each([
    [[0], [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55], 5 * 60_000],
    [[0], [0], 60 * 60_000],
    [[0, 30], Array.from({ length: 60 }, (_, minute) => minute), 30_000],
    [[0], [0, 10, 45], 35 * 60_000],
    [[0], [50], 60 * 60_000],
  ])('seconds %j, minutes %j → %i ms', (second, minute, gap) => {
    expect(longestSweepGapMs({ second, minute })).toBe(gap);
  });
});

describe('thankYouDueAt', () => {
  describe('default: the next local morning', () => {
    it('accepted Tue 15:00 → Wed 09:00', () => {
      expect(iso(thankYouDueAt(at('2026-11-24T15:00:00Z'), 'Europe/London', OFFICE, null))).toBe(
        '2026-11-25T09:00:00.000Z',
      );
    });

    it('accepted Tue 07:00 → Tue 09:00', () => {
      expect(iso(thankYouDueAt(at('2026-11-24T07:00:00Z'), 'Europe/London', OFFICE, null))).toBe(
        '2026-11-24T09:00:00.000Z',
      );
    });

    it.each([
      ['2026-11-24T08:00:00Z', '2026-11-25T09:00:00.000Z'],
      ['2026-11-24T08:59:00Z', '2026-11-25T09:00:00.000Z'],
      ['2026-11-24T07:59:00Z', '2026-11-24T09:00:00.000Z'],
    ])('accepted within the hour before work (%s) → the next morning (%s), not minutes later', (accepted, due) => {
      expect(iso(thankYouDueAt(at(accepted), 'Europe/London', OFFICE, null))).toBe(due);
    });

    it('accepted Fri 16:00 with mon-fri → Mon 09:00', () => {
      expect(iso(thankYouDueAt(at('2026-11-27T16:00:00Z'), 'Europe/London', OFFICE, null))).toBe(
        '2026-11-30T09:00:00.000Z',
      );
    });

    it('uses the owner’s zone: Tue 15:00 in Los Angeles → Wed 09:00 there', () => {
      expect(iso(thankYouDueAt(at('2026-11-24T23:00:00Z'), 'America/Los_Angeles', OFFICE, null))).toBe(
        '2026-11-25T17:00:00.000Z',
      );
    });

    it('crosses the autumn clock change: Fri 17:00 BST → Mon 09:00 GMT', () => {
      expect(iso(thankYouDueAt(at('2026-10-23T16:00:00Z'), 'Europe/London', OFFICE, null))).toBe(
        '2026-10-26T09:00:00.000Z',
      );
    });
  });

  describe('a delay in minutes', () => {
    it('0 means at once when inside working hours', () => {
      expect(iso(thankYouDueAt(at('2026-11-24T15:00:00Z'), 'Europe/London', OFFICE, 0))).toBe('2026-11-24T15:00:00.000Z');
    });

    it('a due time the last sweep of the day would miss waits for the next morning', () => {
      // Thu 17:45 + 12 minutes = 17:57; with sweeps five minutes apart the next one is at 18:00.
      expect(iso(thankYouDueAt(at('2026-11-26T17:45:00Z'), 'Europe/London', OFFICE, 12, 5 * 60_000))).toBe('2026-11-27T09:00:00.000Z');
      expect(iso(thankYouDueAt(at('2026-11-26T17:45:00Z'), 'Europe/London', OFFICE, 5, 5 * 60_000))).toBe('2026-11-26T17:50:00.000Z');
    });

    it('0 outside working hours waits for the next window', () => {
      expect(iso(thankYouDueAt(at('2026-11-24T20:00:00Z'), 'Europe/London', OFFICE, 0))).toBe('2026-11-25T09:00:00.000Z');
    });

    it('adds the delay, staying inside the window', () => {
      expect(iso(thankYouDueAt(at('2026-11-24T10:00:00Z'), 'Europe/London', OFFICE, 30))).toBe('2026-11-24T10:30:00.000Z');
    });

    it('a delay that ends after hours moves to the next morning', () => {
      expect(iso(thankYouDueAt(at('2026-11-24T17:45:00Z'), 'Europe/London', OFFICE, 30))).toBe('2026-11-25T09:00:00.000Z');
    });

    it('a delay ending exactly at the start is sent at the start', () => {
      expect(iso(thankYouDueAt(at('2026-11-24T08:00:00Z'), 'Europe/London', OFFICE, 60))).toBe('2026-11-24T09:00:00.000Z');
    });

    it('a day-long delay from Friday lands on Monday morning', () => {
      expect(iso(thankYouDueAt(at('2026-11-27T10:00:00Z'), 'Europe/London', OFFICE, 24 * 60))).toBe(
        '2026-11-30T09:00:00.000Z',
      );
    });

    it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s minutes', (delay) => {
      expect(() => thankYouDueAt(at('2026-11-24T10:00:00Z'), 'Europe/London', OFFICE, delay)).toThrow(RangeError);
    });
  });
});
