// Working hours, working days and time zones: when a reminder may be sent.
// Pure: every function takes the instant it reasons about; nothing reads the clock.
// Time zones go through Intl.DateTimeFormat only, so DST rules come from the runtime's tz data.

/** A daily window in the owner's local time, on the given weekdays (0 = Sunday … 6 = Saturday). */
export interface WorkingWindow {
  /** Minutes from local midnight, inclusive. */
  startMinute: number;
  /** Minutes from local midnight, exclusive; at most 1440 (24:00). */
  endMinute: number;
  days: ReadonlySet<number>;
}

/** The wall-clock reading of an instant in a time zone. */
export interface LocalParts {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const MINUTES_PER_DAY = 24 * 60;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 24 * 60 * MS_PER_MINUTE;
const FALLBACK_TIME_ZONE = 'UTC';

// ---------------------------------------------------------------------------------------------
// Parsing the configuration strings

const HOURS_PATTERN = /^\s*(\d{1,2}):(\d{2})\s*[-–—]\s*(\d{1,2}):(\d{2})\s*$/;

/** "09:00-18:00", "9:00-17:30", "08:30 - 16:00" → minutes from local midnight. */
export function parseWorkingHours(text: string): { startMinute: number; endMinute: number } {
  const match = HOURS_PATTERN.exec(text);
  if (match === null) {
    throw new RangeError(
      `Working hours "${text}" are not in the form HH:MM-HH:MM (for example 09:00-18:00).`,
    );
  }
  const [, startHour = '', startMin = '', endHour = '', endMin = ''] = match;
  const startMinute = clockToMinute(startHour, startMin, text, false);
  const endMinute = clockToMinute(endHour, endMin, text, true);
  if (startMinute >= endMinute) {
    // Overnight windows (22:00-06:00) are not supported: a nudge at night is never wanted.
    throw new RangeError(`Working hours "${text}" must start before they end, on the same day.`);
  }
  return { startMinute, endMinute };
}

function clockToMinute(hourText: string, minuteText: string, whole: string, isEnd: boolean): number {
  const hour = Number(hourText);
  const minute = Number(minuteText);
  // 24:00 is allowed only as an end, meaning "until midnight".
  const isMidnightEnd = isEnd && hour === 24 && minute === 0;
  if (!isMidnightEnd && (hour > 23 || minute > 59)) {
    throw new RangeError(`Working hours "${whole}" contain an impossible time ${hourText}:${minuteText}.`);
  }
  return hour * 60 + minute;
}

const DAY_NAMES: ReadonlyMap<string, number> = new Map([
  ['sun', 0], ['sunday', 0],
  ['mon', 1], ['monday', 1],
  ['tue', 2], ['tues', 2], ['tuesday', 2],
  ['wed', 3], ['wednesday', 3],
  ['thu', 4], ['thur', 4], ['thurs', 4], ['thursday', 4],
  ['fri', 5], ['friday', 5],
  ['sat', 6], ['saturday', 6],
]);

/** "mon-fri", "mon,wed,fri", "mon-sun", "sat,sun", "fri-mon" (wraps) → weekday numbers, 0 = Sunday. */
export function parseWorkingDays(text: string): ReadonlySet<number> {
  const items = text.split(',').map((item) => item.trim().toLowerCase());
  if (text.trim() === '') {
    throw new RangeError('Working days are empty: give days such as mon-fri or mon,wed,fri.');
  }
  const days = new Set<number>();
  for (const item of items) {
    for (const day of parseDayItem(item, text)) days.add(day);
  }
  return days;
}

function parseDayItem(item: string, whole: string): number[] {
  if (item === '') {
    throw new RangeError(`Working days "${whole}" contain an empty item.`);
  }
  const bounds = item.split(/\s*[-–—]\s*/);
  if (bounds.length === 1) return [dayNumber(bounds[0] ?? '', whole)];
  if (bounds.length !== 2) {
    throw new RangeError(`Working days "${whole}": "${item}" is not a day or a range such as mon-fri.`);
  }
  const from = dayNumber(bounds[0] ?? '', whole);
  const to = dayNumber(bounds[1] ?? '', whole);
  return dayRange(from, to);
}

/** Inclusive, wrapping past Saturday: fri-mon is Fri, Sat, Sun, Mon. */
function dayRange(from: number, to: number): number[] {
  const days: number[] = [];
  for (let day = from; ; day = (day + 1) % 7) {
    days.push(day);
    if (day === to) return days;
  }
}

function dayNumber(name: string, whole: string): number {
  const day = DAY_NAMES.get(name);
  if (day === undefined) {
    throw new RangeError(
      `Working days "${whole}": "${name}" is not a day (use mon, tue, wed, thu, fri, sat, sun).`,
    );
  }
  return day;
}

/** Both configuration strings at once, e.g. workingWindow('09:00-18:00', 'mon-fri'). */
export function workingWindow(hours: string, days: string): WorkingWindow {
  return { ...parseWorkingHours(hours), days: parseWorkingDays(days) };
}

// ---------------------------------------------------------------------------------------------
// Time zones

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A usable IANA time zone: the given one when the runtime knows it, else UTC. */
export function safeTimeZone(tz: string | null | undefined): string {
  const trimmed = tz?.trim() ?? '';
  if (trimmed === '') return FALLBACK_TIME_ZONE;
  try {
    formatterFor(trimmed);
    return trimmed;
  } catch {
    return FALLBACK_TIME_ZONE;
  }
}

/** Throws a RangeError for an unknown zone; callers go through safeTimeZone first. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached !== undefined) return cached;
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    weekday: 'short',
  });
  formatters.set(timeZone, formatter);
  return formatter;
}

const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6,
};

/** The wall clock in `timeZone` (invalid zones read as UTC) at `instant`. */
export function localParts(instant: Date, timeZone: string): LocalParts {
  const parts = formatterFor(safeTimeZone(timeZone)).formatToParts(instant);
  const read = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((part) => part.type === type)?.value ?? '';
  return {
    year: Number(read('year')),
    month: Number(read('month')),
    day: Number(read('day')),
    // Some ICU versions print midnight as 24 even with h23.
    hour: Number(read('hour')) % 24,
    minute: Number(read('minute')),
    second: Number(read('second')),
    weekday: WEEKDAY_NUMBERS[read('weekday')] ?? 0,
  };
}

/** 0 = Sunday … 6 = Saturday, in the local calendar. */
export function localWeekday(instant: Date, timeZone: string): number {
  return localParts(instant, timeZone).weekday;
}

/** Minutes since local midnight (seconds dropped). */
export function localMinuteOfDay(instant: Date, timeZone: string): number {
  const { hour, minute } = localParts(instant, timeZone);
  return hour * 60 + minute;
}

/** The local calendar date, YYYY-MM-DD. */
export function localDateLabel(instant: Date, timeZone: string): string {
  const { year, month, day } = localParts(instant, timeZone);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** The local wall clock, YYYY-MM-DD HH:MM, for messages and logs. */
export function localDateTimeLabel(instant: Date, timeZone: string): string {
  const { hour, minute } = localParts(instant, timeZone);
  return `${localDateLabel(instant, timeZone)} ${pad2(hour)}:${pad2(minute)}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** Local time minus UTC at `epochMs`, in milliseconds (whole seconds). */
function offsetAt(epochMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  const p = localParts(new Date(wholeSecond), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - wholeSecond;
}

/**
 * The instant at which the local clock in `timeZone` reads the given date and minute of day.
 * Like Temporal's "compatible" choice: a time that happens twice (clocks go back) gives the
 * earlier instant; a time skipped by the clocks going forward is pushed forward by the gap.
 */
export function zonedTimeToInstant(
  year: number,
  month: number,
  day: number,
  minuteOfDay: number,
  timeZone: string,
): Date {
  const zone = safeTimeZone(timeZone);
  const wallAsUtc = Date.UTC(year, month - 1, day, 0, minuteOfDay);
  // The offsets in force around that wall time: at most two differ within a day either side.
  const offsets = new Set([
    offsetAt(wallAsUtc - MS_PER_DAY, zone),
    offsetAt(wallAsUtc, zone),
    offsetAt(wallAsUtc + MS_PER_DAY, zone),
  ]);
  const candidates = [...offsets].map((offset) => wallAsUtc - offset);
  const exact = candidates.filter((epoch) => offsetAt(epoch, zone) === wallAsUtc - epoch);
  if (exact.length > 0) return new Date(Math.min(...exact));
  // In a gap: the earlier offset carries the wall time past the gap, by the gap's length.
  return new Date(Math.max(...candidates));
}

// ---------------------------------------------------------------------------------------------
// Working windows

function assertWindow(window: WorkingWindow): void {
  const { startMinute, endMinute, days } = window;
  const valid =
    Number.isInteger(startMinute) &&
    Number.isInteger(endMinute) &&
    startMinute >= 0 &&
    endMinute <= MINUTES_PER_DAY &&
    startMinute < endMinute;
  if (!valid) {
    throw new RangeError(`Working window ${startMinute}-${endMinute} is not a window within one day.`);
  }
  if (days.size === 0 || [...days].some((day) => !Number.isInteger(day) || day < 0 || day > 6)) {
    throw new RangeError('Working window needs at least one weekday, each from 0 (Sunday) to 6.');
  }
}

/** Inside the window: a working day, start inclusive, end exclusive, in local time. */
export function isWithinWorkingHours(instant: Date, timeZone: string, window: WorkingWindow): boolean {
  assertWindow(window);
  const { weekday, hour, minute } = localParts(instant, timeZone);
  const minuteOfDay = hour * 60 + minute;
  return window.days.has(weekday) && minuteOfDay >= window.startMinute && minuteOfDay < window.endMinute;
}

/** The first start of a working window strictly after `after` (a window the clocks skip whole is passed over). */
export function nextWorkingStart(after: Date, timeZone: string, window: WorkingWindow): Date {
  assertWindow(window);
  const zone = safeTimeZone(timeZone);
  const today = localParts(after, zone);
  // Today's start may already be past; a week later the same weekday surely comes round again,
  // and a week after that when the clocks skipped the first one (a single working day).
  for (let offset = 0; offset <= 14; offset += 1) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    if (!window.days.has(date.getUTCDay())) continue;
    const start = zonedTimeToInstant(
      date.getUTCFullYear(),
      date.getUTCMonth() + 1,
      date.getUTCDate(),
      window.startMinute,
      zone,
    );
    // A start the clocks skip is pushed past the gap, and may land past the end too (02:30-03:00 on
    // the night New York springs forward): that day has no window, and promising it would be untrue.
    if (start.getTime() > after.getTime() && isWithinWorkingHours(start, zone, window)) return start;
  }
  // Unreachable with a valid window; kept so a bug shows as an error, not a silent loop.
  throw new RangeError('No working window start found within two weeks.');
}

/**
 * `earliest` itself when the sweep that finds it is sure to come inside the same window, else the
 * next window start. The sweep runs every so often (`sweepGapMs` at most between two runs), so a
 * nudge due at 17:57 with sweeps every five minutes is found at 18:00, after an 18:00 end, and
 * would wait for the next morning: promising 17:57 would be untrue. A window start is promised as
 * it is (sweeps on the default schedule fall on it).
 */
export function firstSendableAt(earliest: Date, timeZone: string, window: WorkingWindow, sweepGapMs = 0): Date {
  if (staysOpenFor(earliest, sweepGapMs, timeZone, window)) return new Date(earliest.getTime());
  return nextWorkingStart(earliest, timeZone, window);
}

/**
 * When a reminder snoozed at `now` for a day comes back: the same local time the next day (not 24
 * hours later, which on a day the clocks change is an hour off). That time when a sweep finds
 * it inside working hours, as firstSendableAt. When that time falls in the day's last minutes,
 * which no sweep reaches before the end, or after the end (a snooze clicked in the evening), it
 * comes back a little before that day's end (a snooze at 17:57 or at 20:00 comes back at 17:55 the
 * next day, not the morning after it); before that day's start, or on a day off, at the next
 * working start.
 */
export function snoozeEndsAt(now: Date, timeZone: string, window: WorkingWindow, sweepGapMs = 0): Date {
  const zone = safeTimeZone(timeZone);
  const earliest = sameTimeNextDay(now, zone);
  if (staysOpenFor(earliest, sweepGapMs, zone, window)) return earliest;
  if (isWithinWorkingHours(earliest, zone, window) || isAfterHoursOnWorkingDay(earliest, zone, window)) {
    const { year, month, day } = localParts(earliest, zone);
    const lastSure = new Date(zonedTimeToInstant(year, month, day, window.endMinute, zone).getTime() - sweepGapMs);
    if (lastSure.getTime() > now.getTime() && staysOpenFor(lastSure, sweepGapMs, zone, window)) return lastSure;
    // A window shorter than the sweeps' gap (09:00-09:01) has no such time but its start, which
    // firstSendableAt promises as it is: that day's start, not the next working day's.
    const start = zonedTimeToInstant(year, month, day, window.startMinute, zone);
    if (start.getTime() > now.getTime() && isWithinWorkingHours(start, zone, window)) return start;
  }
  return nextWorkingStart(earliest, zone, window);
}

/** Whether `instant` falls on a working day, after that day's working hours have ended. */
function isAfterHoursOnWorkingDay(instant: Date, timeZone: string, window: WorkingWindow): boolean {
  const { weekday, hour, minute } = localParts(instant, timeZone);
  return window.days.has(weekday) && hour * 60 + minute >= window.endMinute;
}

/** The same wall-clock time the next local day (seconds kept); a time the clocks skip moves past the gap. */
function sameTimeNextDay(now: Date, timeZone: string): Date {
  const { year, month, day, hour, minute } = localParts(now, timeZone);
  const next = zonedTimeToInstant(year, month, day + 1, hour * 60 + minute, timeZone);
  return new Date(next.getTime() + (now.getTime() % MS_PER_MINUTE));
}

/**
 * Whether the window is open at `from` and still, on the same local day, just before `from` plus
 * `spanMs`: a day's window is one stretch, so then it is open all the way between.
 */
function staysOpenFor(from: Date, spanMs: number, timeZone: string, window: WorkingWindow): boolean {
  if (!isWithinWorkingHours(from, timeZone, window)) return false;
  if (spanMs <= 0) return true;
  const last = new Date(from.getTime() + spanMs - 1);
  return isWithinWorkingHours(last, timeZone, window) && localDateLabel(last, timeZone) === localDateLabel(from, timeZone);
}

/** The sweep's default schedule, every five minutes on the minute (REMINDER_CRON's default). */
export const DEFAULT_SWEEP_GAP_MS = 5 * MS_PER_MINUTE;

/**
 * The longest wait between two sweeps, from a cron schedule's second and minute fields (as
 * node-cron's parse gives them): the gaps within an hour, and the one from the last run of an
 * hour to the first of the next. A schedule that also skips hours or days is refused at start-up
 * (see skipsHoursOrDays), so these are all the gaps there are.
 */
/**
 * What a sweep's cron schedule (as node-cron's parse gives it) leaves out: 'hours' or 'days', or
 * null when it runs in every hour of every day. The sweeps send only inside each person's own
 * working hours, in their own time zone, so a schedule that skips hours ("0 9 * * *") or days
 * ("Mondays") would leave everyone whose hours never meet it without reminders or reviews.
 */
export function skipsHoursOrDays(fields: {
  hour: readonly number[];
  // node-cron may give a day as a word ("L", the last day of the month): only numbers count.
  dayOfMonth: readonly (number | string)[];
  month: readonly number[];
  dayOfWeek: readonly (number | string)[];
}): 'hours' | 'days' | null {
  if (new Set(fields.hour).size < 24) return 'hours';
  const daysOfMonth = new Set(fields.dayOfMonth.filter((day) => typeof day === 'number'));
  const weekdays = new Set(fields.dayOfWeek.flatMap((day) => (typeof day === 'number' ? [day % 7] : [])));
  if (daysOfMonth.size < 31 || new Set(fields.month).size < 12 || weekdays.size < 7) return 'days';
  return null;
}

export function longestSweepGapMs(fields: { second: readonly number[]; minute: readonly number[] }): number {
  const seconds = fields.minute.flatMap((minute) => fields.second.map((second) => minute * 60 + second)).sort((a, b) => a - b);
  const first = seconds[0];
  const last = seconds.at(-1);
  if (first === undefined || last === undefined) return 60 * MS_PER_MINUTE;
  let longest = first + 3600 - last;
  for (let i = 1; i < seconds.length; i += 1) longest = Math.max(longest, (seconds[i] ?? 0) - (seconds[i - 1] ?? 0));
  return longest * 1000;
}

/**
 * The default delay's least gap: an accept at 08:59 is thanked the next morning, not at 09:00,
 * one minute later; one at 07:00, before work, the same morning.
 */
const NEXT_MORNING_GAP_MS = 60 * MS_PER_MINUTE;

/**
 * When the thank-you nudge for an accept becomes due.
 * null: the default "next local morning", the first window start more than an hour after the accept.
 * A number of minutes (0 = at once): that delay, then the first moment within working hours
 * that the sweep, running at most `sweepGapMs` apart, is sure to keep (see firstSendableAt).
 */
export function thankYouDueAt(
  acceptedAt: Date,
  timeZone: string,
  window: WorkingWindow,
  delayMinutes: number | null,
  sweepGapMs = 0,
): Date {
  if (delayMinutes === null) return nextWorkingStart(new Date(acceptedAt.getTime() + NEXT_MORNING_GAP_MS), timeZone, window);
  if (!Number.isFinite(delayMinutes) || delayMinutes < 0) {
    throw new RangeError(`Thank-you delay must be zero or more minutes, not ${delayMinutes}.`);
  }
  const earliest = new Date(acceptedAt.getTime() + delayMinutes * MS_PER_MINUTE);
  return firstSendableAt(earliest, timeZone, window, sweepGapMs);
}
