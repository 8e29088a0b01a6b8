/**
 * Graceful shutdown of the real process (`node dist/main.js`) under load: SIGTERM while commands'
 * work after the ack is in flight, and while a thank-you sweep is sending. Slack answers slowly
 * (the stand-in's delay fault), so the work is really unfinished when the signal arrives.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendSignedRequest, slashCommandBody } from '../support/slack-requests.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, TEAM, tempDatabasePath } from '../support/test-app.js';
import { ALWAYS, dmChannelOf, freePort, MAIN, ownerIds, seedDueNudges, startProcess, waitForHealth, type Child, type Exit } from './fault-support.js';

const SECRET = 'shutdown-fault-signing-secret';
const SLOW_SLACK_MS = 1500;
/** Docker's grace period: the process must be gone well within it. */
const GRACE_MS = 10_000;

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
const children: Child[] = [];

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  database = tempDatabasePath();
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exit() === null) child.proc.kill('SIGKILL');
  await standIn.close();
  database.cleanup();
});

async function boot(env: Record<string, string> = {}): Promise<{ app: Child; eventsUrl: string }> {
  const port = await freePort();
  const app = startProcess(process.execPath, [MAIN], {
    env: {
      SLACK_BOT_TOKEN: 'xoxb-shutdown-faults',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: standIn.apiUrl,
      PORT: String(port),
      DATABASE_PATH: database.path,
      ...env,
    },
  });
  children.push(app);
  expect((await waitForHealth(`http://127.0.0.1:${port}/healthz`, app)).status).toBe(200);
  return { app, eventsUrl: `http://127.0.0.1:${port}/slack/events` };
}

/** Invitations whose card Slack has answered for (its place stored), seen from another connection. */
function cardsInPlace(): number {
  const db = new Database(database.path, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM invitations WHERE message_ts IS NOT NULL').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Sends SIGTERM; resolves with how the process ended, or null if it outlived the grace period. */
async function terminate(app: Child): Promise<Exit | null> {
  app.proc.kill('SIGTERM');
  const outlived = new Promise<null>((resolve) => setTimeout(() => resolve(null), GRACE_MS).unref());
  return Promise.race([app.exited, outlived]);
}

describe('SIGTERM under load', () => {
  it('lets 20 commands in flight finish: every ack, every card, every invitation stored, exit 0', { timeout: 40_000 }, async () => {
    const COMMANDS = 20;
    standIn.failNext('chat.postMessage', { delayMs: SLOW_SLACK_MS }, COMMANDS);
    const { app, eventsUrl } = await boot();

    const names = Array.from({ length: COMMANDS }, (_, index) => `Shutdown Person ${String(index).padStart(2, '0')}`);
    const acks = await Promise.all(
      names.map((name, index) =>
        sendSignedRequest(
          eventsUrl,
          slashCommandBody({
            text: `${name} | Engineer at Acme | ${index} mutual`,
            user_id: 'U0OWNER001',
            team_id: TEAM,
            channel_id: CHANNEL,
            response_url: standIn.responseUrl(),
          }),
          { secret: SECRET },
        ),
      ),
    );
    expect(acks.map((ack) => ack.status)).toEqual(names.map(() => 200));
    // Their cards are being posted, and Slack is slow: the work after the ack is in flight.
    await standIn.waitForCall('chat.postMessage');
    expect(cardsInPlace(), 'some cards were still unanswered when SIGTERM was sent').toBeLessThan(COMMANDS);
    const exit = await terminate(app);
    expect(exit, `the app did not exit within ${GRACE_MS} ms: ${app.output().stderr}`).toEqual({ code: 0, signal: null });
    expect(app.output().stdout).toContain('Stopped cleanly');
    expect(cardsInPlace()).toBe(COMMANDS);

    const cards = standIn.calls('chat.postMessage').filter((call) => call.args.channel === CHANNEL);
    const carded = cards.map((call) => names.find((name) => JSON.stringify(call.args).includes(name)) ?? '?').sort();
    expect(carded).toEqual(names);
    const db = new Database(database.path, { readonly: true });
    try {
      const rows = db.prepare('SELECT name, message_ts FROM invitations ORDER BY name').all() as { name: string; message_ts: string | null }[];
      expect(rows.map((row) => row.name)).toEqual(names);
      // The card's answer reached the app before it exited: each card's place is stored.
      expect(rows.filter((row) => row.message_ts === null)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('a card post Slack answers after the deadline is noted as unanswered, as a timeout would be', { timeout: 40_000 }, async () => {
    // Longer than the shutdown's 8 s deadline, shorter than the Web API's 10 s timeout.
    standIn.failNext('chat.postMessage', { delayMs: 9_000 }, 1);
    const { app, eventsUrl } = await boot();
    const ack = await sendSignedRequest(
      eventsUrl,
      slashCommandBody({ text: 'Priya Raman | Head of Data at Northwind | 14 mutual', user_id: 'U0OWNER001', team_id: TEAM, channel_id: CHANNEL, response_url: standIn.responseUrl() }),
      { secret: SECRET },
    );
    expect(ack.status).toBe(200);
    await standIn.waitForCall('chat.postMessage');
    const exit = await terminate(app);
    // Work was left unfinished, and the exit code says so; but nothing about the check is lost.
    expect(exit).toEqual({ code: 1, signal: null });
    expect(app.output().stdout).toContain('"cardPostsNotedUnanswered":1');
    const db = new Database(database.path, { readonly: true });
    try {
      expect(db.prepare('SELECT message_ts, unanswered_post_channel_id AS unanswered FROM invitations').all()).toEqual([{ message_ts: null, unanswered: CHANNEL }]);
    } finally {
      db.close();
    }
  });

  it('stops a running thank-you sweep promptly: sends in flight finish, the rest go back to the schedule', { timeout: 40_000 }, async () => {
    const owners = ownerIds(40);
    // Accepted ten minutes ago, so every nudge is due at the app's real now: a reminder is due only
    // when the day's window stays open for a sweep gap (5 min) after it, so one accepted in the
    // last minutes before midnight is due at midnight, and "now" would then fail 23:55 to 24:00.
    const total = await seedDueNudges({ standIn, databasePath: database.path, owners, perOwner: 1, now: new Date(Date.now() - 10 * 60_000) });
    standIn.failNext('chat.postMessage', { delayMs: SLOW_SLACK_MS }, 1000);
    const { app } = await boot({ ...ALWAYS, REMINDER_CRON: '* * * * * *' });

    // The sweep has started sending (at this pace all 40 would take some 15 s).
    await standIn.waitForCall('chat.postMessage', undefined, 10_000);
    const exit = await terminate(app);
    expect(exit, `the app did not exit within ${GRACE_MS} ms: ${app.output().stderr}`).toEqual({ code: 0, signal: null });

    const posts = standIn.calls('chat.postMessage');
    const db = new Database(database.path, { readonly: true });
    try {
      const states = db.prepare('SELECT status, count(*) AS n FROM thank_you_nudges GROUP BY status ORDER BY status').all() as { status: string; n: number }[];
      const count = (status: string) => states.find((row) => row.status === status)?.n ?? 0;
      // Nothing is left claimed: each DM that was sent is recorded, everything else is scheduled again.
      expect(count('sending')).toBe(0);
      expect(count('delivered')).toBe(posts.length);
      expect(count('scheduled')).toBe(total - posts.length);
      expect(posts.length, 'the sweep stopped instead of finishing').toBeLessThan(owners.length);
      const delivered = db.prepare("SELECT owner_id AS ownerId, dm_channel_id AS channel FROM thank_you_nudges WHERE status = 'delivered'").all() as {
        ownerId: string;
        channel: string;
      }[];
      expect(delivered.map((row) => row.channel).sort()).toEqual(posts.map((post) => String(post.args.channel)).sort());
      expect(delivered.every((row) => row.channel === dmChannelOf(row.ownerId))).toBe(true);
    } finally {
      db.close();
    }
  });
});
