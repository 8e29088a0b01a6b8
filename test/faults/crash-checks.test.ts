/**
 * A check stored, and acked, whose card never went out: the real process (`node dist/main.js`) is
 * killed with SIGKILL while the card's post waits on Slack. Slack never sends the command again,
 * so the app must have stored it before the ack, and the next start must post its card.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/views/ids.js';
import { allText, buttonValue } from '../support/calls.js';
import { sendSignedRequest, slashCommandBody } from '../support/slack-requests.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, startTestApp, TEAM, tempDatabasePath, type TestApp } from '../support/test-app.js';
import { dmChannelOf, freePort, MAIN, startProcess, waitForHealth, type Child } from './fault-support.js';

const SECRET = 'crash-checks-signing-secret';

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

async function boot(): Promise<{ app: Child; eventsUrl: string }> {
  const port = await freePort();
  const app = startProcess(process.execPath, [MAIN], {
    env: { SLACK_BOT_TOKEN: 'xoxb-crash-checks', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: standIn.apiUrl, PORT: String(port), DATABASE_PATH: database.path },
  });
  children.push(app);
  expect((await waitForHealth(`http://127.0.0.1:${port}/healthz`, app)).status).toBe(200);
  return { app, eventsUrl: `http://127.0.0.1:${port}/slack/events` };
}

function check(eventsUrl: string, text: string) {
  return sendSignedRequest(eventsUrl, slashCommandBody({ text, user_id: OWNER, team_id: TEAM, channel_id: CHANNEL, response_url: standIn.responseUrl() }), { secret: SECRET });
}

function stored(): { name: string; message_ts: string | null }[] {
  const db = new Database(database.path, { readonly: true });
  try {
    return db.prepare('SELECT name, message_ts FROM invitations ORDER BY id').all() as { name: string; message_ts: string | null }[];
  } finally {
    db.close();
  }
}

const cardsFor = (name: string) => standIn.calls('chat.postMessage').filter((call) => call.args.channel === CHANNEL && JSON.stringify(call.args.blocks).includes(name));

describe('a crash between a check and its card', () => {
  it('keeps the check it acked, and the next start posts its card once', { timeout: 40_000 }, async () => {
    const first = await boot();
    expect((await check(first.eventsUrl, 'Ana Silva | CTO at Lumen | 3 mutual')).status).toBe(200);
    await standIn.waitForCall('chat.postMessage', (call) => JSON.stringify(call.args.blocks).includes('Ana Silva'));

    // Slack holds the next card's post: the process dies while it waits.
    const release = standIn.holdNext('chat.postMessage');
    expect((await check(first.eventsUrl, 'Priya Raman | Head of Data at Northwind | 14 mutual')).status).toBe(200);
    // Acked, so stored: there is nothing for the app to learn again after the crash.
    expect(stored().map((row) => row.name)).toEqual(['Ana Silva', 'Priya Raman']);
    await standIn.waitForCall('chat.postMessage', (call) => JSON.stringify(call.args.blocks).includes('Priya Raman'));
    first.app.proc.kill('SIGKILL');
    await first.app.exited;
    release();

    const second = await boot();
    await standIn.waitForCall('chat.postMessage', (call) => cardsFor('Priya Raman').length === 2 && call.args.channel === CHANNEL);
    await expect.poll(() => stored().find((row) => row.name === 'Priya Raman')?.message_ts ?? null).not.toBeNull();
    // Logged once the pass is over, which goes on a moment after the card's place is stored.
    await expect.poll(() => second.app.output().stdout).toContain('Showed the cards of checks stored just before the restart');
    // Ana's card was already out: not posted again.
    expect(cardsFor('Ana Silva')).toHaveLength(1);
  });
});

/**
 * The state a crash leaves: the check committed and acked, its card's post never answered. Taken
 * as a copy of the database while the post waits, then the app started on the copy. `check` sends
 * it (a command in the channel unless told otherwise).
 */
async function crashedCopy(
  checkedAt: string,
  check: (app: TestApp) => Promise<unknown> = (app) => app.command('Priya Raman | Head of Data at Northwind | 14 mutual'),
): Promise<{ path: string; cleanup: () => void }> {
  const first = await startTestApp({ standIn, databasePath: database.path, clock: manualClock(checkedAt).now });
  const release = standIn.holdNext('chat.postMessage');
  const sent = check(first);
  await standIn.waitForCall('chat.postMessage');
  const copy = tempDatabasePath();
  await first.db.backup(copy.path);
  release();
  await sent;
  await first.stop();
  standIn.reset();
  return copy;
}

async function startOn(path: string, at: string): Promise<TestApp> {
  return startTestApp({ standIn, databasePath: path, clock: manualClock(at).now });
}

const GROUP_DM = 'G0MPIM0001';

/** A check made in a group DM, whose channel name is all that says so. */
function checkInGroupDm(app: TestApp): Promise<unknown> {
  return app.send(
    slashCommandBody({ text: 'Priya Raman | Head of Data at Northwind | 14 mutual', user_id: OWNER, team_id: TEAM, channel_id: GROUP_DM, channel_name: 'mpdm-sam--ana--kim-1', response_url: standIn.responseUrl() }),
  );
}

describe('showing the cards a crash cut short, in process', () => {
  it('posts the card in the channel once, and notes where it is', async () => {
    const copy = await crashedCopy('2026-11-24T10:00:00Z');
    const app = await startOn(copy.path, '2026-11-24T10:02:00Z');
    try {
      expect(await app.instance.showCardsCutShort()).toBe(1);
      const posts = standIn.calls('chat.postMessage');
      expect(posts.map((call) => call.args.channel)).toEqual([CHANNEL]);
      expect(JSON.stringify(posts[0]?.args.blocks)).toContain('Priya Raman');
      expect(app.db.prepare('SELECT message_ts FROM invitations').get()).toEqual({ message_ts: posts[0]?.response.ts });
      expect(await app.instance.showCardsCutShort()).toBe(0);
      expect(standIn.calls('chat.postMessage')).toHaveLength(1);
    } finally {
      await app.stop();
      copy.cleanup();
    }
  });

  it('remembers that the first post may be in the channel: forgetting after the late card warns of it', async () => {
    const copy = await crashedCopy('2026-11-24T10:00:00Z');
    const app = await startOn(copy.path, '2026-11-24T10:02:00Z');
    try {
      expect(await app.instance.showCardsCutShort()).toBe(1);
      const { id } = app.db.prepare('SELECT id FROM invitations').get() as { id: number };
      // The crashed process's post reached Slack before it died (as it nearly always does): that
      // copy is in the channel, with a ts the app never learnt, beside the late card it knows.
      const forgotten = await app.instance.services.privacy.forgetChecks(TEAM, OWNER, [id]);
      expect(forgotten).toMatchObject({ removed: 1, cardsUnknownIn: [CHANNEL] });
    } finally {
      await app.stop();
      copy.cleanup();
    }
  });

  it('forgetting while the late card is on its way still warns of the first post, and the late card is blanked', async () => {
    const copy = await crashedCopy('2026-11-24T10:00:00Z');
    const app = await startOn(copy.path, '2026-11-24T10:02:00Z');
    try {
      const held = standIn.holdNext('chat.postMessage');
      const pass = app.instance.showCardsCutShort();
      const late = await standIn.waitForCall('chat.postMessage');
      const { id } = app.db.prepare('SELECT id FROM invitations').get() as { id: number };
      // This process is showing the late card, but the crashed one's post may be in the channel too.
      const forgotten = await app.instance.services.privacy.forgetChecks(TEAM, OWNER, [id]);
      expect(forgotten).toMatchObject({ removed: 1, cardsUnknownIn: [CHANNEL] });
      held();
      expect(await pass).toBe(1);
      expect(app.db.prepare('SELECT channel_id AS channel, message_ts AS ts FROM forgotten_messages').all()).toEqual([{ channel: CHANNEL, ts: late.response.ts }]);
    } finally {
      await app.stop();
      copy.cleanup();
    }
  });

  it('the late card of a check made in the DM keeps its owner-only notice when a decision redraws it', async () => {
    const copy = await crashedCopy('2026-11-24T10:00:00Z', (app) => app.command('Priya Raman | Head of Data at Northwind | 14 mutual', { channel: dmChannelOf(OWNER) }));
    const app = await startOn(copy.path, '2026-11-24T10:02:00Z');
    try {
      expect(await app.instance.showCardsCutShort()).toBe(1);
      const late = standIn.calls('chat.postMessage').at(-1);
      expect(allText(late)).toContain('Only you can see this card');
      const { id, ts } = app.db.prepare('SELECT id, message_ts AS ts FROM invitations').get() as { id: number; ts: string };
      await app.click({ user_id: OWNER, action_id: ACTIONS.accept, value: String(id), channel_id: dmChannelOf(OWNER), message_ts: ts });
      const redrawn = standIn.calls('chat.update').at(-1);
      expect(redrawn?.args).toMatchObject({ channel: dmChannelOf(OWNER), ts });
      expect(allText(redrawn)).toContain('Accepted');
      // Not "Slack didn't answer in time when I posted this card where you checked it": it is there.
      expect(allText(redrawn)).toContain('Only you can see this card');
      expect(allText(redrawn)).not.toContain('either copy works');
    } finally {
      await app.stop();
      copy.cleanup();
    }
  });

  it('shows it to the owner by DM when the channel refuses it', async () => {
    const copy = await crashedCopy('2026-11-24T10:00:00Z');
    const app = await startOn(copy.path, '2026-11-24T10:02:00Z');
    try {
      standIn.failNext('chat.postMessage', { error: 'not_in_channel' });
      expect(await app.instance.showCardsCutShort()).toBe(1);
      const dm = standIn.calls('chat.postMessage').at(-1);
      expect(dm?.args.channel).toBe(dmChannelOf(OWNER));
      expect(JSON.stringify(dm?.args.blocks)).toContain('Priya Raman');
    } finally {
      await app.stop();
      copy.cleanup();
    }
  });

  it('tells the owner of a check made in a group DM, when the late card is refused there, that no /invite can add the app', async () => {
    const copy = await crashedCopy('2026-11-24T10:00:00Z', checkInGroupDm);
    const app = await startOn(copy.path, '2026-11-24T10:02:00Z');
    try {
      // The app is in no group DM: Slack answers as for a conversation it cannot see.
      standIn.failNext('chat.postMessage', { error: 'channel_not_found' });
      expect(await app.instance.showCardsCutShort()).toBe(1);
      const dm = standIn.calls('chat.postMessage').at(-1);
      expect(dm?.args.channel).toBe(dmChannelOf(OWNER));
      expect(allText(dm)).toContain("I couldn't post this card in the group DM where you checked it, so here it is.");
      expect(allText(dm)).not.toContain('/invite');
    } finally {
      await app.stop();
      copy.cleanup();
    }
  });

  it('a late card the group DM refuses: its DM copy keeps saying so when redrawn, and forgetting warns of no copy there', async () => {
    const copy = await crashedCopy('2026-11-24T10:00:00Z', checkInGroupDm);
    const app = await startOn(copy.path, '2026-11-24T10:02:00Z');
    try {
      // The group DM refuses the app now, as it did the crashed run's post: no copy of it is there.
      standIn.failNext('chat.postMessage', { error: 'channel_not_found' });
      expect(await app.instance.showCardsCutShort()).toBe(1);
      const { id, channel, ts } = app.db.prepare('SELECT id, channel_id AS channel, message_ts AS ts FROM invitations').get() as { id: number; channel: string; ts: string };
      expect(channel).toBe(dmChannelOf(OWNER));
      await app.click({ user_id: OWNER, action_id: ACTIONS.accept, value: String(id), channel_id: channel, message_ts: ts });
      const redrawn = standIn.calls('chat.update').at(-1);
      expect(allText(redrawn)).toContain('Accepted');
      // Not "Slack didn't answer in time … either copy works": the group DM refused it.
      expect(allText(redrawn)).not.toContain('either copy works');
      const forgotten = await app.instance.services.privacy.forgetChecks(TEAM, OWNER, [id]);
      expect(forgotten).toMatchObject({ removed: 1, cardsUnknownIn: [] });
    } finally {
      await app.stop();
      copy.cleanup();
    }
  });

  it('a late card refused everywhere: not posted again by the next start, and forgetting warns of no card', async () => {
    const copy = await crashedCopy('2026-11-24T10:00:00Z');
    const app = await startOn(copy.path, '2026-11-24T10:02:00Z');
    try {
      // The app was removed from the channel, and the owner's DM refuses it too.
      standIn.failNext('chat.postMessage', { error: 'not_in_channel' }, 2);
      expect(await app.instance.showCardsCutShort()).toBe(1);
      expect(app.db.prepare('SELECT message_ts AS ts, unanswered_post_channel_id AS unanswered FROM invitations').get()).toEqual({ ts: null, unanswered: null });
      const again = await startOn(copy.path, '2026-11-24T10:04:00Z');
      try {
        expect(await again.instance.showCardsCutShort()).toBe(0);
      } finally {
        await again.stop();
      }
      const { id } = app.db.prepare('SELECT id FROM invitations').get() as { id: number };
      expect(await app.instance.services.privacy.forgetChecks(TEAM, OWNER, [id])).toMatchObject({ removed: 1, cardsUnknownIn: [] });
    } finally {
      await app.stop();
      copy.cleanup();
    }
  });

  it('leaves a check from more than an hour before the start, or one decided since, to Home and the review', async () => {
    const copy = await crashedCopy('2026-11-24T10:00:00Z');
    const late = await startOn(copy.path, '2026-11-24T11:00:01Z');
    try {
      expect(await late.instance.showCardsCutShort()).toBe(0);
      late.db.prepare("UPDATE invitations SET status = 'ignored'").run();
    } finally {
      await late.stop();
    }
    const decided = await startOn(copy.path, '2026-11-24T10:02:00Z');
    try {
      expect(await decided.instance.showCardsCutShort()).toBe(0);
      expect(standIn.calls('chat.postMessage')).toEqual([]);
    } finally {
      await decided.stop();
      copy.cleanup();
    }
  });
});

describe('showing the cards a crash cut short, while things change', () => {
  const PEOPLE = ['Priya Raman | Head of Data at Northwind | 14 mutual', 'Tom Baker | Head Chef at The Fat Duck | 2 mutual', 'Lena Ward | Analytics Lead at Acme | 3 mutual'];

  /** Three checks whose cards a crash cut short (no place stored), then a start two minutes later. */
  async function crashedThenStarted(): Promise<TestApp> {
    const first = await startTestApp({ standIn, databasePath: database.path, clock: manualClock('2026-11-24T10:00:00Z').now });
    for (const text of PEOPLE) await first.command(text);
    first.db.prepare('UPDATE invitations SET message_ts = NULL, response_url = NULL').run();
    await first.stop();
    standIn.reset();
    return startTestApp({ standIn, databasePath: database.path, clock: manualClock('2026-11-24T10:02:00Z').now });
  }

  it('reads each check again before its post: one forgotten or decided meanwhile is not posted', async () => {
    const app = await crashedThenStarted();
    try {
      // Slack is slow on the first card; meanwhile Lena is forgotten and Tom ignored from Home.
      const release = standIn.holdNext('chat.postMessage');
      const pass = app.instance.showCardsCutShort();
      await standIn.waitForCall('chat.postMessage');
      app.db.prepare("DELETE FROM invitations WHERE name = 'Lena Ward'").run();
      app.db.prepare("UPDATE invitations SET status = 'ignored', decided_at = 1 WHERE name = 'Tom Baker'").run();
      release();
      expect(await pass).toBe(1);
      expect(cardsFor('Priya Raman')).toHaveLength(1);
      expect(cardsFor('Lena Ward')).toEqual([]);
      expect(cardsFor('Tom Baker')).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  it('stops between two posts when told to', async () => {
    const app = await crashedThenStarted();
    try {
      const stop = new AbortController();
      const release = standIn.holdNext('chat.postMessage');
      const pass = app.instance.showCardsCutShort(stop.signal);
      await standIn.waitForCall('chat.postMessage');
      stop.abort();
      release();
      expect(await pass).toBe(1);
      expect(standIn.calls('chat.postMessage')).toHaveLength(1);
    } finally {
      await app.stop();
    }
  });

  it('a decision on the first copy while the late card is on its way: the late card shows it too', async () => {
    const first = await startTestApp({ standIn, databasePath: database.path, clock: manualClock('2026-11-24T10:00:00Z').now });
    const held = standIn.holdNext('chat.postMessage');
    const sent = first.command('Priya Raman | Head of Data at Northwind | 14 mutual');
    await standIn.waitForCall('chat.postMessage');
    const copy = tempDatabasePath();
    await first.db.backup(copy.path);
    held();
    await sent;
    // Slack took the post before the crash: that copy is in the channel, its ts never stored.
    const orphan = standIn.calls('chat.postMessage')[0];
    const invitationId = buttonValue(orphan, ACTIONS.accept);
    await first.stop();
    const app = await startTestApp({ standIn, databasePath: copy.path, clock: manualClock('2026-11-24T10:02:00Z').now });
    try {
      // Slack is slow to take the late card; meanwhile the owner accepts on the first copy.
      const late = standIn.holdNext('chat.postMessage');
      const pass = app.instance.showCardsCutShort();
      await standIn.waitForCall('chat.postMessage', (call) => call !== orphan);
      const clicked = app.click({ user_id: OWNER, action_id: ACTIONS.accept, value: invitationId, channel_id: CHANNEL, message_ts: String(orphan?.response.ts) });
      await expect.poll(() => app.db.prepare('SELECT status FROM invitations').get()).toEqual({ status: 'accepted' });
      late();
      await clicked;
      expect(await pass).toBe(1);
      const stored = app.db.prepare('SELECT status, message_ts AS ts FROM invitations').get() as { status: string; ts: string };
      expect(stored.status).toBe('accepted');
      // The card the app keeps is the late one: it shows the Accept, with no buttons left to decide.
      const lateCard = standIn.messages(CHANNEL).find((message) => message.ts === stored.ts);
      expect(JSON.stringify(lateCard?.blocks)).not.toContain(ACTIONS.accept);
    } finally {
      await app.stop();
      copy.cleanup();
    }
  });

  it('posts a check made in a thread into that thread', async () => {
    const copy = await crashedCopy('2026-11-24T10:00:00Z', (app) => app.shortcut({ ts: '1700000002.000200', thread_ts: '1700000001.000100', text: 'Priya Raman | Head of Data at Northwind | 14 mutual' }));
    const app = await startOn(copy.path, '2026-11-24T10:02:00Z');
    try {
      expect(await app.instance.showCardsCutShort()).toBe(1);
      expect(standIn.calls('chat.postMessage')[0]?.args).toMatchObject({ channel: CHANNEL, thread_ts: '1700000001.000100' });
    } finally {
      await app.stop();
      copy.cleanup();
    }
  });
});
