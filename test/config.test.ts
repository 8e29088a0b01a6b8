import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, type Config } from '../src/config.js';

const HTTP = { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: 'signing-secret' } as const;

/** The problems loadConfig reports for an environment; fails the test when it loads fine. */
function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

/** The variable each problem line names: its first word. */
function variables(lines: readonly string[]): string[] {
  return lines.map((line) => line.split(' ')[0] ?? '');
}

describe('loadConfig defaults', () => {
  it('fills in everything but the Slack credentials', () => {
    const config: Config = loadConfig({ ...HTTP });
    expect(config).toEqual({
      slackBotToken: 'xoxb-test-token',
      slackSigningSecret: 'signing-secret',
      slackAppToken: null,
      slackApiUrl: null,
      port: 3000,
      databasePath: './data/invite-check.db',
      reminderCron: '*/5 * * * *',
      reminderSweepGapMs: 5 * 60_000,
      thankYouDelayMinutes: null,
      workingWindow: { startMinute: 540, endMinute: 1080, days: new Set([1, 2, 3, 4, 5]) },
      digestCron: '0 * * * *',
      digestChannel: null,
      retentionDays: 180,
      logLevel: 'info',
    });
  });

  it('reads the digest schedule and channel, and refuses a channel name', () => {
    expect(loadConfig({ ...HTTP, DIGEST_CRON: '0 15 * * * *', DIGEST_CHANNEL: 'C0TEAM0001' })).toMatchObject({
      digestCron: '0 15 * * * *',
      digestChannel: 'C0TEAM0001',
    });
    expect(problems({ ...HTTP, DIGEST_CHANNEL: '#general', DIGEST_CRON: 'weekly' })).toEqual([
      expect.stringMatching(/^DIGEST_CRON /),
      expect.stringMatching(/^DIGEST_CHANNEL must be a channel ID/),
    ]);
  });

  it('treats empty and blank values as unset', () => {
    const blank = {
      SLACK_APP_TOKEN: '',
      SLACK_API_URL: '',
      PORT: '',
      DATABASE_PATH: '  ',
      REMINDER_CRON: '',
      THANK_YOU_DELAY_MINUTES: '',
      WORKING_HOURS: '',
      WORKING_DAYS: ' ',
      LOG_LEVEL: '',
    };
    expect(loadConfig({ ...HTTP, ...blank })).toEqual(loadConfig({ ...HTTP }));
  });

  it('reports an empty bot token like a missing one', () => {
    expect(problems({ SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: 's' })).toEqual(problems({ SLACK_SIGNING_SECRET: 's' }));
    expect(problems({ SLACK_BOT_TOKEN: '   ', SLACK_SIGNING_SECRET: 's' })).toEqual(problems({ SLACK_SIGNING_SECRET: 's' }));
    expect(problems({ SLACK_SIGNING_SECRET: 's' })).toEqual([
      'SLACK_BOT_TOKEN is required: the bot token from your Slack app (starts with xoxb-).',
    ]);
  });

  it('reports an empty signing secret like a missing one', () => {
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: '' })).toEqual(problems({ SLACK_BOT_TOKEN: 'xoxb-1' }));
  });
});

describe('loadConfig values', () => {
  it('reads every variable', () => {
    const config = loadConfig({
      ...HTTP,
      SLACK_API_URL: 'https://slack.example/api/',
      PORT: '8080',
      DATABASE_PATH: '/var/lib/invite-check/app.db',
      REMINDER_CRON: '0 * * * *',
      THANK_YOU_DELAY_MINUTES: '30',
      WORKING_HOURS: '08:30-17:15',
      WORKING_DAYS: 'mon,wed,fri',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({
      slackApiUrl: 'https://slack.example/api/',
      port: 8080,
      databasePath: '/var/lib/invite-check/app.db',
      reminderCron: '0 * * * *',
      thankYouDelayMinutes: 30,
      workingWindow: { startMinute: 510, endMinute: 1035, days: new Set([1, 3, 5]) },
      logLevel: 'debug',
    });
  });

  it('trims values', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: '  xoxb-1  ', SLACK_SIGNING_SECRET: ' s ', PORT: ' 4000 ' })).toMatchObject({
      slackBotToken: 'xoxb-1',
      slackSigningSecret: 's',
      port: 4000,
    });
  });

  it('reads the log level in any case', () => {
    expect(loadConfig({ ...HTTP, LOG_LEVEL: 'INFO' }).logLevel).toBe('info');
  });

  it.each(['*/10 * * * *', '0,30 * * * *', '0 * * * 0-6', '0 * * * 1-7', '30 15 * * * *', '0 0-23 * * *'])('accepts %s, which runs in every hour of every day', (expr) => {
    expect(loadConfig({ ...HTTP, REMINDER_CRON: expr, DIGEST_CRON: expr })).toMatchObject({ reminderCron: expr, digestCron: expr });
  });

  it('accepts a six-field cron schedule with seconds first', () => {
    expect(loadConfig({ ...HTTP, REMINDER_CRON: '*/30 * * * * *' }).reminderCron).toBe('*/30 * * * * *');
  });

  it('knows the longest wait between two thank-you sweeps from REMINDER_CRON', () => {
    expect(loadConfig({ ...HTTP, REMINDER_CRON: '*/30 * * * * *' }).reminderSweepGapMs).toBe(30_000);
    expect(loadConfig({ ...HTTP, REMINDER_CRON: '0 * * * *' }).reminderSweepGapMs).toBe(60 * 60_000);
    expect(loadConfig({ ...HTTP, REMINDER_CRON: '0,10,45 * * * *' }).reminderSweepGapMs).toBe(35 * 60_000);
  });

  it('reads a thank-you delay of 0 as "at once", not as unset', () => {
    expect(loadConfig({ ...HTTP, THANK_YOU_DELAY_MINUTES: '0' }).thankYouDelayMinutes).toBe(0);
  });

  it('ends the Slack API URL with a slash', () => {
    expect(loadConfig({ ...HTTP, SLACK_API_URL: 'http://localhost:9999/api' }).slackApiUrl).toBe('http://localhost:9999/api/');
    expect(loadConfig({ ...HTTP, SLACK_API_URL: 'http://localhost:9999/api/' }).slackApiUrl).toBe('http://localhost:9999/api/');
  });

  it('reads working hours until midnight and wrapping day ranges', () => {
    expect(loadConfig({ ...HTTP, WORKING_HOURS: '00:00-24:00', WORKING_DAYS: 'fri-mon' }).workingWindow).toEqual({
      startMinute: 0,
      endMinute: 1440,
      days: new Set([5, 6, 0, 1]),
    });
  });

  it('takes working hours as short as the review sweeps run often', () => {
    expect(loadConfig({ ...HTTP, WORKING_HOURS: '09:00-10:00' }).workingWindow.endMinute).toBe(600);
    expect(loadConfig({ ...HTTP, WORKING_HOURS: '09:00-09:30', DIGEST_CRON: '*/15 * * * *' }).workingWindow.endMinute).toBe(570);
  });

  it('needs no signing secret in Socket Mode', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-A1-2' });
    expect(config.slackSigningSecret).toBeNull();
    expect(config.slackAppToken).toBe('xapp-1-A1-2');
  });
});

describe('loadConfig problems', () => {
  it.each([
    ['SLACK_BOT_TOKEN', { SLACK_SIGNING_SECRET: 's' }, /is required/],
    ['SLACK_BOT_TOKEN', { SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_SIGNING_SECRET: 's' }, /xoxb-/],
    ['SLACK_SIGNING_SECRET', { SLACK_BOT_TOKEN: 'xoxb-1' }, /required in HTTP mode.*SLACK_APP_TOKEN/],
    ['SLACK_APP_TOKEN', { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-not-an-app-token' }, /xapp-/],
    ['SLACK_API_URL', { ...HTTP, SLACK_API_URL: 'ftp://slack.example/api' }, /http\(s\) URL/],
    ['SLACK_API_URL', { ...HTTP, SLACK_API_URL: 'not a url' }, /http\(s\) URL/],
    ['PORT', { ...HTTP, PORT: 'eighty' }, /port number/],
    ['PORT', { ...HTTP, PORT: '-1' }, /between 0 and 65535/],
    ['PORT', { ...HTTP, PORT: '65536' }, /between 0 and 65535/],
    ['PORT', { ...HTTP, PORT: '80.5' }, /whole number/],
    ['PORT', { ...HTTP, PORT: '-1.5' }, /whole number|between/],
    ['PORT', { ...HTTP, PORT: '70000.5' }, /whole number|between/],
    ['REMINDER_CRON', { ...HTTP, REMINDER_CRON: 'every 5 minutes' }, /not a valid cron schedule/],
    ['REMINDER_CRON', { ...HTTP, REMINDER_CRON: '* * *' }, /not a valid cron schedule/],
    ['REMINDER_CRON', { ...HTTP, REMINDER_CRON: '61 * * * *' }, /not a valid cron schedule/],
    // The sweeps send only inside each person's own working hours: a schedule that skips hours or
    // days would leave whole time zones without reminders or reviews.
    ['REMINDER_CRON', { ...HTTP, REMINDER_CRON: '0 9 * * *' }, /at least once an hour, every day .*skips some hours/],
    ['REMINDER_CRON', { ...HTTP, REMINDER_CRON: '*/5 8-18 * * *' }, /skips some hours/],
    ['REMINDER_CRON', { ...HTTP, REMINDER_CRON: '0 */2 * * *' }, /skips some hours/],
    ['REMINDER_CRON', { ...HTTP, REMINDER_CRON: '*/5 * * * 1-5' }, /skips some days/],
    ['DIGEST_CRON', { ...HTTP, DIGEST_CRON: '0 9 * * 1' }, /skips some hours.*Weekly reviews/],
    ['DIGEST_CRON', { ...HTTP, DIGEST_CRON: '0 * 1 * *' }, /skips some days/],
    ['DIGEST_CRON', { ...HTTP, DIGEST_CRON: '0 * * 1-6 *' }, /skips some days/],
    ['THANK_YOU_DELAY_MINUTES', { ...HTTP, THANK_YOU_DELAY_MINUTES: '-5' }, /cannot be negative/],
    ['THANK_YOU_DELAY_MINUTES', { ...HTTP, THANK_YOU_DELAY_MINUTES: 'soon' }, /number of minutes/],
    ['THANK_YOU_DELAY_MINUTES', { ...HTTP, THANK_YOU_DELAY_MINUTES: '2.5' }, /whole number/],
    ['THANK_YOU_DELAY_MINUTES', { ...HTTP, THANK_YOU_DELAY_MINUTES: '-2.5' }, /whole number|negative/],
    ['THANK_YOU_DELAY_MINUTES', { ...HTTP, THANK_YOU_DELAY_MINUTES: '50000' }, /at most 43200/],
    // Written as people write numbers in a variable, or refused: not read as hex or exponent.
    ['PORT', { ...HTTP, PORT: '0x10' }, /port number/],
    ['PORT', { ...HTTP, PORT: '1e3' }, /port number/],
    ['THANK_YOU_DELAY_MINUTES', { ...HTTP, THANK_YOU_DELAY_MINUTES: '0x10' }, /number of minutes/],
    ['RETENTION_DAYS', { ...HTTP, RETENTION_DAYS: '1e2' }, /number of days/],
    ['WORKING_HOURS', { ...HTTP, WORKING_HOURS: '18:00-09:00' }, /18:00-09:00.*start before they end/],
    ['WORKING_HOURS', { ...HTTP, WORKING_HOURS: '9-5' }, /HH:MM-HH:MM/],
    ['WORKING_HOURS', { ...HTTP, WORKING_HOURS: '25:00-26:00' }, /impossible time/],
    // Shorter than the gap between two review sweeps (an hour by default): some zones' reviews would never come.
    ['WORKING_HOURS', { ...HTTP, WORKING_HOURS: '09:00-09:30' }, /09:00-09:30.*at least 60 minutes.*DIGEST_CRON/],
    ['WORKING_HOURS', { ...HTTP, WORKING_HOURS: '09:00-09:20', DIGEST_CRON: '0,30 * * * *' }, /at least 30 minutes/],
    ['WORKING_DAYS', { ...HTTP, WORKING_DAYS: 'weekdays' }, /weekdays/],
    ['WORKING_DAYS', { ...HTTP, WORKING_DAYS: 'mon-xyz' }, /xyz/],
    ['WORKING_DAYS', { ...HTTP, WORKING_DAYS: 'mon,,fri' }, /empty item/],
    ['LOG_LEVEL', { ...HTTP, LOG_LEVEL: 'verbose' }, /one of debug, info, warn, error/],
  ])('%s: %j gives exactly one line naming it', (variable, env, message) => {
    const lines = problems(env);
    expect(lines).toHaveLength(1);
    expect(variables(lines)).toEqual([variable]);
    expect(lines[0]).toMatch(message);
  });

  it('reports every bad variable at once, one line each', () => {
    const lines = problems({
      SLACK_BOT_TOKEN: 'xoxp-user-token',
      SLACK_API_URL: 'ftp://x',
      PORT: '-1.5',
      REMINDER_CRON: 'nope',
      THANK_YOU_DELAY_MINUTES: '-2.5',
      WORKING_HOURS: '18:00-09:00',
      WORKING_DAYS: 'weekdays',
      LOG_LEVEL: 'loud',
    });
    expect(variables(lines).sort()).toEqual(
      [
        'LOG_LEVEL',
        'PORT',
        'REMINDER_CRON',
        'SLACK_API_URL',
        'SLACK_BOT_TOKEN',
        'SLACK_SIGNING_SECRET',
        'THANK_YOU_DELAY_MINUTES',
        'WORKING_DAYS',
        'WORKING_HOURS',
      ].sort(),
    );
  });

  it('reports a missing token and a missing signing secret together', () => {
    expect(variables(problems({}))).toEqual(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET']);
  });

  it('says what is wrong in the error message, one problem per line', () => {
    try {
      loadConfig({ ...HTTP, PORT: 'x', LOG_LEVEL: 'loud' });
      expect.unreachable('loadConfig should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      if (!(error instanceof ConfigError)) return;
      expect(error.code).toBe('config_invalid');
      expect(error.message).toBe(
        'Configuration is invalid:\n  PORT must be a port number.\n  LOG_LEVEL must be one of debug, info, warn, error.',
      );
    }
  });
});
