import { existsSync } from 'node:fs';
import { validate as isValidCron, parse as parseCron } from 'node-cron';
import { z } from 'zod';
import { longestSweepGapMs, parseWorkingDays, parseWorkingHours, skipsHoursOrDays, type WorkingWindow } from './domain/schedule.js';

/** Everything the app reads from its environment, validated once at boot. */
export interface Config {
  slackBotToken: string;
  /** Absent only in Socket Mode. */
  slackSigningSecret: string | null;
  /** When set, the app connects over Socket Mode instead of listening for HTTP. */
  slackAppToken: string | null;
  /** Web API base URL, always ending in '/', or null for Slack's own. */
  slackApiUrl: string | null;
  port: number;
  databasePath: string;
  reminderCron: string;
  /**
   * The longest wait between two thank-you sweeps on `reminderCron`: a reminder is never promised
   * for a time so close to the end of working hours that the next sweep would come after it.
   */
  reminderSweepGapMs: number;
  /** null: the next local morning. */
  thankYouDelayMinutes: number | null;
  workingWindow: WorkingWindow;
  digestCron: string;
  /** Channel for the weekly team digest, or null for none. */
  digestChannel: string | null;
  /** Days after which ignored/declined/blocked invitations keep only their decision and date. */
  retentionDays: number;
  logLevel: LogLevelName;
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

/** Unset and empty mean the same thing in a .env file or a Docker `-e VAR=`. */
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === undefined || value === '' ? undefined : value));

function withDefault(fallback: string) {
  return optionalText.transform((value) => value ?? fallback);
}

/** A number as people write one in a variable: `0x10` or `1e3` would be read, wrongly, as 16 and 1000. */
function decimal(error: string) {
  return z.string().regex(/^-?\d+(?:\.\d+)?$/, { error });
}

function refineWith<T>(read: (text: string) => T) {
  return (text: string, ctx: z.RefinementCtx): T => {
    try {
      return read(text);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `is invalid: ${error instanceof Error ? error.message : String(error)}` });
      return z.NEVER;
    }
  };
}

/**
 * A sweep's node-cron schedule: valid, and running in every hour of every day, because the sweeps
 * send only inside each person's own working hours, wherever they are.
 */
function sweepSchedule(fallback: string, what: string) {
  return withDefault(fallback).superRefine((expr, ctx) => {
    if (!isValidCron(expr)) {
      ctx.addIssue({ code: 'custom', message: `is not a valid cron schedule (five fields, or six with seconds first), e.g. "${fallback}".` });
      return;
    }
    const skipped = skipsHoursOrDays(parseCron(expr));
    if (skipped === null) return;
    ctx.addIssue({
      code: 'custom',
      message:
        `must run at least once an hour, every day (e.g. "${fallback}"), but "${expr}" skips some ${skipped}. ` +
        `${what} go out only inside each person's working hours, in their own time zone, so some people would never get them.`,
    });
  });
}

const envSchema = z
  .object({
    SLACK_BOT_TOKEN: optionalText.pipe(
      z
        .string({ error: 'is required: the bot token from your Slack app (starts with xoxb-).' })
        .startsWith('xoxb-', { error: 'must be a bot token starting with xoxb-.' }),
    ),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText.pipe(
      z.string().startsWith('xapp-', { error: 'must be an app-level token starting with xapp-.' }).optional(),
    ),
    SLACK_API_URL: optionalText.pipe(
      z
        .url({ protocol: /^https?$/, error: 'must be an http(s) URL, such as https://slack.com/api/.' })
        .transform((url) => (url.endsWith('/') ? url : `${url}/`))
        .optional(),
    ),
    PORT: withDefault('3000')
      .pipe(decimal('must be a port number.'))
      .pipe(
        z.coerce
          .number<string>({ error: 'must be a port number.' })
          .int({ error: 'must be a whole number.' })
          .min(0, { error: 'must be between 0 and 65535.' })
          .max(65535, { error: 'must be between 0 and 65535.' }),
      ),
    DATABASE_PATH: withDefault('./data/invite-check.db'),
    REMINDER_CRON: sweepSchedule('*/5 * * * *', 'Thank-you reminders'),
    THANK_YOU_DELAY_MINUTES: optionalText.pipe(decimal('must be a number of minutes (0 means at once).').optional()).pipe(
      z.coerce
        .number<string>({ error: 'must be a number of minutes (0 means at once).' })
        .int({ error: 'must be a whole number of minutes.' })
        .min(0, { error: 'cannot be negative (0 means at once).' })
        .max(60 * 24 * 30, { error: 'must be at most 43200 (30 days).' })
        .optional(),
    ),
    WORKING_HOURS: withDefault('09:00-18:00').transform(refineWith(parseWorkingHours)),
    WORKING_DAYS: withDefault('mon-fri').transform(refineWith(parseWorkingDays)),
    DIGEST_CRON: sweepSchedule('0 * * * *', 'Weekly reviews'),
    DIGEST_CHANNEL: optionalText.pipe(
      z
        .string()
        .regex(/^[CG][A-Z0-9]{2,}$/, { error: 'must be a channel ID such as C0123456789 (channel details → bottom of the About tab).' })
        .optional(),
    ),
    RETENTION_DAYS: withDefault('180')
      .pipe(decimal('must be a number of days.'))
      .pipe(
        z.coerce
          .number<string>({ error: 'must be a number of days.' })
          .int({ error: 'must be a whole number of days.' })
          .min(1, { error: 'must be at least 1 day.' })
          .max(3650, { error: 'must be at most 3650 days (ten years).' }),
      ),
    LOG_LEVEL: withDefault('info').transform((level) => level.toLowerCase()).pipe(
      z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}.` }),
    ),
  });

export class ConfigError extends Error {
  readonly code = 'config_invalid';
  constructor(readonly problems: string[]) {
    super(`Configuration is invalid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment. Throws ConfigError with one line per bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = envSchema.safeParse(env);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => {
        const variable = issue.path.length > 0 ? String(issue.path[0]) : 'environment';
        return `${variable} ${issue.message}`;
      });
  // Checked apart from the schema so it is reported together with any other problem.
  if (!env.SLACK_APP_TOKEN?.trim() && !env.SLACK_SIGNING_SECRET?.trim()) {
    problems.push('SLACK_SIGNING_SECRET is required in HTTP mode (or set SLACK_APP_TOKEN to use Socket Mode).');
  }
  if (result.success) {
    const short = shorterThanReviewSweeps(result.data.WORKING_HOURS, result.data.DIGEST_CRON, env.WORKING_HOURS?.trim() || '09:00-18:00');
    if (short !== null) problems.push(short);
  }
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  const e = result.data;
  return {
    slackBotToken: e.SLACK_BOT_TOKEN,
    slackSigningSecret: e.SLACK_SIGNING_SECRET ?? null,
    slackAppToken: e.SLACK_APP_TOKEN ?? null,
    slackApiUrl: e.SLACK_API_URL ?? null,
    port: e.PORT,
    databasePath: e.DATABASE_PATH,
    reminderCron: e.REMINDER_CRON,
    reminderSweepGapMs: longestSweepGapMs(parseCron(e.REMINDER_CRON)),
    thankYouDelayMinutes: e.THANK_YOU_DELAY_MINUTES ?? null,
    workingWindow: { ...e.WORKING_HOURS, days: e.WORKING_DAYS },
    digestCron: e.DIGEST_CRON,
    digestChannel: e.DIGEST_CHANNEL ?? null,
    retentionDays: e.RETENTION_DAYS,
    logLevel: e.LOG_LEVEL,
  };
}

/**
 * Weekly reviews and the team digest go out only inside working hours, and are looked for on
 * DIGEST_CRON's runs: a working day shorter than the longest gap between two runs could fall
 * between them every time in some time zones (09:00-09:30 in India, with hourly runs at :30 there).
 */
function shorterThanReviewSweeps(hours: Pick<WorkingWindow, 'startMinute' | 'endMinute'>, digestCron: string, written: string): string | null {
  const gapMinutes = Math.ceil(longestSweepGapMs(parseCron(digestCron)) / 60_000);
  if (hours.endMinute - hours.startMinute >= gapMinutes) return null;
  return (
    `WORKING_HOURS "${written}" must last at least ${gapMinutes} minutes, the longest wait between two runs of DIGEST_CRON: ` +
    'weekly reviews and the team digest go out only inside working hours, so a shorter day could be missed by every run.'
  );
}

/** Loads ./.env into process.env when present, without overriding what is already set. */
export function loadDotEnvIfPresent(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
