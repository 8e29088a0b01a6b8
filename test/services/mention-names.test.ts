/**
 * Names for people a message mentions by id, over a real SQLite file and the Slack stand-in: from
 * the cache a day fresh, else users.info, a few at a time, never for long, never throwing.
 */
import { LogLevel, WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepos } from '../../src/db/repos.js';
import { JsonLogger } from '../../src/logger.js';
import type { Repos } from '../../src/services/deps.js';
import { createMentionNameService, MENTION_LOOKUPS_MAX, MENTIONS_READ_MAX, type MentionNameService } from '../../src/services/mention-names.js';
import { createSlackUserDirectory } from '../../src/services/slack-users.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { tempDatabase } from '../support/temp-db.js';

const TEAM = 'T0STANDIN1';
const JANE = 'U0JANE0001';
const DAY_MS = 24 * 60 * 60 * 1000;

let database: ReturnType<typeof tempDatabase>;
let standIn: SlackStandIn;
let repos: Repos;
let logLines: string[];
let now: Date;

function service(waitMs = 1000): MentionNameService {
  const client = new WebClient('xoxb-test', { slackApiUrl: standIn.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, logLevel: LogLevel.ERROR });
  const logger = new JsonLogger('debug', { write: (line: string) => logLines.push(line) });
  const users = createSlackUserDirectory({ users: repos.slackUsers, client, logger });
  return createMentionNameService({ users, logger, clock: () => new Date(now), waitMs });
}

beforeEach(async () => {
  database = tempDatabase();
  standIn = await startSlackStandIn({ teamId: TEAM });
  repos = createRepos(database.db);
  logLines = [];
  now = new Date('2026-11-24T10:00:00Z');
});

afterEach(async () => {
  await standIn.close();
  database.cleanup();
});

describe('mention names', () => {
  it('asks Slack for a name once, then reads it from the cache for a day', async () => {
    standIn.setUser({ id: JANE, real_name: '  Jane\nDoe ' });
    const names = service();
    expect(await names.namesOf(TEAM, [JANE])).toEqual(new Map([[JANE, 'Jane Doe']]));
    expect(await names.namesOf(TEAM, [JANE])).toEqual(new Map([[JANE, 'Jane Doe']]));
    expect(standIn.calls('users.info')).toHaveLength(1);
    now = new Date(now.getTime() + DAY_MS);
    standIn.setUser({ id: JANE, real_name: 'Jane Roe' });
    expect(await names.namesOf(TEAM, [JANE])).toEqual(new Map([[JANE, 'Jane Roe']]));
    expect(standIn.calls('users.info')).toHaveLength(2);
  });

  it(`asks about at most ${MENTION_LOOKUPS_MAX} people and looks at most ${MENTIONS_READ_MAX} up at all; the rest, and ids that are nobody, read as unknown`, async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `U0P${String(i).padStart(6, '0')}`);
    // Three of those past the five asked about were seen before: their cached names are used.
    for (const id of ids.slice(5, 8)) repos.slackUsers.saveProfile({ teamId: TEAM, userId: id, tz: null, realName: `Known ${id}`, now });
    const names = await service().namesOf(TEAM, ['B0BOT0001', 'C0CHAN001', ...ids]);
    expect(standIn.calls('users.info').map((call) => call.args.user)).toEqual([...ids.slice(0, 5)]);
    expect(names.size).toBe(32);
    expect([...names.entries()].filter(([, name]) => name !== null).map(([id]) => id)).toEqual(ids.slice(0, 8));
    expect(names.get('B0BOT0001')).toBeNull();
    expect(names.get(ids[29] ?? '')).toBeNull();
  });

  it('falls back to a name cached long ago, else unknown, when Slack refuses or rate-limits, and says so once in the log', async () => {
    repos.slackUsers.saveProfile({ teamId: TEAM, userId: JANE, tz: null, realName: 'Jane Doe', now: new Date(now.getTime() - 30 * DAY_MS) });
    standIn.failNext('users.info', { status: 429, retryAfter: 30 });
    standIn.failNext('users.info', { error: 'user_not_found' });
    const names = await service().namesOf(TEAM, [JANE, 'U0NOBODY01']);
    expect(names).toEqual(
      new Map([
        [JANE, 'Jane Doe'],
        ['U0NOBODY01', null],
      ]),
    );
    const warnings = logLines.filter((line) => line.includes('could not be had from Slack'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"failed":2');
  });

  it('a deactivated person reads as unknown', async () => {
    standIn.setUser({ id: JANE, real_name: 'Jane Doe', deleted: true });
    expect(await service().namesOf(TEAM, [JANE])).toEqual(new Map([[JANE, null]]));
  });

  it('waits no longer than it was given; a late answer still fills the cache for next time', async () => {
    standIn.setUser({ id: JANE, real_name: 'Jane Doe' });
    standIn.failNext('users.info', { delayMs: 400 });
    const names = service(50);
    const started = Date.now();
    expect(await names.namesOf(TEAM, [JANE])).toEqual(new Map([[JANE, null]]));
    expect(Date.now() - started).toBeLessThan(350);
    expect(logLines.some((line) => line.includes('"unanswered":1'))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(repos.slackUsers.find(TEAM, JANE)?.realName).toBe('Jane Doe');
    expect(await names.namesOf(TEAM, [JANE])).toEqual(new Map([[JANE, 'Jane Doe']]));
    expect(standIn.calls('users.info')).toHaveLength(1);
  });

  it('asks nothing when nobody is mentioned', async () => {
    expect(await service().namesOf(TEAM, [])).toEqual(new Map());
    expect(standIn.calls('users.info')).toHaveLength(0);
  });
});
