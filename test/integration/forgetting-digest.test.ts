// The weekly team digest (DIGEST_CHANNEL) names people: "@owner connected with Name". `forget`
// and `forget-me` reach it too (migration 020): it is redrawn as it stands over the days it covers,
// through the forgetting's queue. All through the real Bolt receiver, the real sweeps and jobs, and
// the Slack stand-in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeForgottenMessages } from '../../src/jobs/forgotten-messages.js';
import { sweepReviews } from '../../src/jobs/review-sweep.js';
import { ACTIONS } from '../../src/views/ids.js';
import { assertValidMessage } from '../support/block-kit.js';
import { allText, buttonValue } from '../support/calls.js';
import { startSlackStandIn, type RecordedCall, type SlackStandIn } from '../support/slack-stand-in.js';
import { UNPACED } from '../jobs/sweep-gate.js';
import { CHANNEL, manualClock, OWNER, TEAM, TEAMMATE, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';

// Tuesday 24 November 2026, 10:00 in London: the checks are made and accepted then.
const TUESDAY_10AM = '2026-11-24T10:00:00Z';
// The next Monday morning: the digest of the week before goes out.
const MONDAY = '2026-11-30T10:00:00Z';
const DIGEST = 'C0DIGEST01';

const PRIYA = 'Priya Raman | Head of Data Partnerships at Northwind | 14 mutual | linkedin.com/in/priya-raman-data | We met at the Data Council panel last week';
const BO = 'Bo Lind | Staff Engineer at Acme | 12 mutual | linkedin.com/in/bo-lind | We met at the Rust meetup in Malmo';
const MARCO = 'Marco Bellini | Founder at Bellini Ventures | 2 mutual | linkedin.com/in/marco-bellini';

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let clock: ReturnType<typeof manualClock>;
let app: TestApp;

async function startApp(): Promise<void> {
  app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now, env: { DIGEST_CHANNEL: DIGEST } });
}

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  standIn.setUser({ id: TEAMMATE, tz: 'Europe/London', real_name: 'Ana Silva' });
  database = tempDatabasePath();
  clock = manualClock(TUESDAY_10AM);
  await startApp();
});

afterEach(async () => {
  await app.stop();
  await standIn.close();
  database.cleanup();
});

/** Checked and accepted by `user`. */
async function accepted(text: string, user = OWNER): Promise<void> {
  await app.command(text, { user });
  const card = standIn.calls('chat.postMessage').at(-1);
  await app.click({ user_id: user, action_id: ACTIONS.accept, value: buttonValue(card, ACTIONS.accept), channel_id: CHANNEL, message_ts: String(card?.response.ts) });
}

/** The review sweep at `at`, reviews and digest; returns the digest it posted. */
async function digestAt(at: string): Promise<RecordedCall> {
  clock.set(at);
  const before = standIn.calls('chat.postMessage').length;
  const report = await sweepReviews({ ...app.instance.reviewSweepDeps, clock: clock.now, digestChannel: DIGEST }, clock.now());
  expect(report.digestsSent).toBe(1);
  const posted = standIn.calls('chat.postMessage').slice(before).filter((call) => call.args.channel === DIGEST);
  expect(posted).toHaveLength(1);
  return posted[0] as RecordedCall;
}

/** Priya and Bo accepted by the owner, Marco by a teammate, and Monday's digest naming all three. */
async function digestOfThree(): Promise<RecordedCall> {
  await accepted(PRIYA);
  await accepted(BO);
  await accepted(MARCO, TEAMMATE);
  const digest = await digestAt(MONDAY);
  for (const name of ['Priya Raman', 'Bo Lind', 'Marco Bellini']) expect(allText(digest)).toContain(name);
  return digest;
}

/** `forget <query>` by the owner, confirmed; returns what they were told. */
async function forget(query: string): Promise<string> {
  await app.command(`forget ${query}`, { responseUrlId: 'forget-ask' });
  const ask = standIn.responsePosts('forget-ask').at(-1)?.body ?? {};
  const ids = buttonValue({ method: 'response_url', args: ask, token: null, at: 0, response: {} }, ACTIONS.forgetConfirm);
  await app.click({ user_id: OWNER, action_id: ACTIONS.forgetConfirm, value: ids, response_url: standIn.responseUrl('forget-done') });
  return JSON.stringify(standIn.responsePosts('forget-done').at(-1)?.body);
}

/** `forget-me` by the owner, confirmed; returns what they were told. */
async function forgetMe(): Promise<string> {
  await app.command('forget-me', { responseUrlId: 'ask-me' });
  await app.click({ user_id: OWNER, action_id: ACTIONS.forgetMeConfirm, value: 'me', response_url: standIn.responseUrl('done-me') });
  return JSON.stringify(standIn.responsePosts('done-me').at(-1)?.body);
}

/** The chat.update calls made on the digest. */
function updatesOf(digest: RecordedCall): RecordedCall[] {
  return standIn.calls('chat.update').filter((call) => call.args.channel === DIGEST && call.args.ts === digest.response.ts);
}

/** The one redraw of the digest, valid Block Kit. */
function onlyRedraw(digest: RecordedCall): string {
  const updates = updatesOf(digest);
  expect(updates).toHaveLength(1);
  assertValidMessage(updates[0]?.args ?? {});
  return allText(updates[0]);
}

function runCatchUp() {
  return changeForgottenMessages({ messages: app.instance.staleCardDeps.forgotten, logger: app.instance.services.logger, pacer: UNPACED });
}

function queued(): number {
  return (app.db.prepare("SELECT count(*) AS n FROM forgotten_messages WHERE kind = 'digest'").get() as { n: number }).n;
}

describe('forgetting reaches the team digest that named the person', () => {
  it('records where the digest is, the days it covers and whom it names', async () => {
    const digest = await digestOfThree();
    const row = app.db.prepare('SELECT channel_id AS channelId, message_ts AS ts, covers_to - covers_from AS span FROM team_digests').get();
    expect(row).toEqual({ channelId: DIGEST, ts: digest.response.ts, span: 7 * 24 * 60 * 60 * 1000 });
    expect(app.db.prepare('SELECT count(*) AS n FROM team_digest_names').get()).toEqual({ n: 3 });
  });

  it('`forget` redraws the digest without them: their line and count gone, the others kept', async () => {
    const digest = await digestOfThree();
    expect(allText(digest)).toContain('3 invitations decided');
    clock.set('2026-11-30T11:00:00Z');
    const told = await forget('linkedin.com/in/priya-raman-data');
    expect(told).not.toContain('by hand');
    const redrawn = onlyRedraw(digest);
    expect(redrawn).not.toContain('Priya');
    expect(redrawn).toContain('Bo Lind');
    expect(redrawn).toContain('Marco Bellini');
    expect(redrawn).toContain('2 invitations decided');
    // Same heading: the same week, as it stands now.
    expect(redrawn).toContain('the week of 23 November 2026');
    expect(queued()).toBe(0);
  });

  it('`forget-me` redraws the digest without any of the owner’s lines', async () => {
    const digest = await digestOfThree();
    clock.set('2026-11-30T11:00:00Z');
    const told = await forgetMe();
    expect(told).toContain('Nothing about you is left in invite-check');
    const redrawn = onlyRedraw(digest);
    expect(redrawn).not.toContain('Priya');
    expect(redrawn).not.toContain('Bo Lind');
    expect(redrawn).not.toContain(OWNER);
    expect(redrawn).toContain(`<@${TEAMMATE}> connected with *Marco Bellini*`);
    expect(redrawn).toContain('1 invitation decided');
    expect(app.db.prepare('SELECT count(*) AS n FROM team_digest_names').get()).toEqual({ n: 1 });
  });

  it('a digest with nothing left to name reads as such, without rows of noughts', async () => {
    await accepted(PRIYA);
    const digest = await digestAt(MONDAY);
    await forgetMe();
    const redrawn = onlyRedraw(digest);
    expect(redrawn).not.toContain('Priya');
    expect(redrawn).toContain('Nothing from the week of 23 November 2026 is left to show');
    expect(redrawn).not.toContain('0 accepted');
  });

  it('reaches a digest that only counted the check (waiting at the week’s end, named on no line)', async () => {
    await accepted(MARCO, TEAMMATE);
    await app.command(BO);
    const digest = await digestAt(MONDAY);
    expect(allText(digest)).toContain('1 checked and still waiting');
    await forget('linkedin.com/in/bo-lind');
    const redrawn = onlyRedraw(digest);
    expect(redrawn).toContain('0 checked and still waiting');
    expect(redrawn).toContain('Marco Bellini');
  });

  it('leaves alone a digest of other days', async () => {
    await accepted(MARCO, TEAMMATE);
    const digest = await digestAt(MONDAY);
    // Priya is checked after the digest's days.
    clock.set('2026-12-01T10:00:00Z');
    await accepted(PRIYA);
    await forget('linkedin.com/in/priya-raman-data');
    // Its place is known, and it did not count her: left as it is.
    expect(app.db.prepare('SELECT message_ts AS ts FROM team_digests').get()).toEqual({ ts: digest.response.ts });
    expect(updatesOf(digest)).toHaveLength(0);
    expect(queued()).toBe(0);
  });

  it('a digest posted before migration 020 (no stored place) is not reached', async () => {
    const digest = await digestOfThree();
    app.db.exec('UPDATE team_digests SET channel_id = NULL, message_ts = NULL, covers_from = NULL, covers_to = NULL');
    app.db.exec('DELETE FROM team_digest_names');
    await forget('linkedin.com/in/priya-raman-data');
    expect(updatesOf(digest)).toHaveLength(0);
    expect(queued()).toBe(0);
  });

  it('with Slack down, the digest stays queued across a restart and the catch-up job redraws it', async () => {
    const digest = await digestOfThree();
    // The first change (Priya's card) fails for a passing reason: everything else waits for the job.
    standIn.failNext('chat.update', { status: 500 });
    const told = await forget('linkedin.com/in/priya-raman-data');
    expect(told).toContain('still to blank or update');
    expect(updatesOf(digest)).toHaveLength(0);
    expect(queued()).toBe(1);
    await app.stop();
    await startApp();
    await runCatchUp();
    const redrawn = onlyRedraw(digest);
    expect(redrawn).not.toContain('Priya');
    expect(redrawn).toContain('Bo Lind');
    expect(queued()).toBe(0);
  });

  it('a digest Slack will never change is let go and counted among the messages to delete by hand', async () => {
    const digest = await digestOfThree();
    standIn.setAnswer('chat.update', ({ args }) => (args.channel === DIGEST ? { ok: false, error: 'cant_update_message' } : { ok: true, channel: args.channel, ts: args.ts }));
    const told = await forget('linkedin.com/in/priya-raman-data');
    expect(told).toContain('1 message Slack would not let me change');
    expect(updatesOf(digest)).toHaveLength(1);
    expect(queued()).toBe(0);
  });

  it('someone forgotten while the digest’s redraw was on its way gets it redrawn once more, not let go with it', async () => {
    const digest = await digestOfThree();
    // Slack down: the forgetting of Priya leaves everything to the catch-up job.
    standIn.failNext('chat.update', { status: 500 });
    await forget('linkedin.com/in/priya-raman-data');
    expect(queued()).toBe(1);
    // Bo is forgotten while the job's redraw (still showing him) is with Slack; that forgetting's
    // own request to redraw the digest is the row the redraw would otherwise let go of.
    const bo = app.db.prepare("SELECT id FROM invitations WHERE name = 'Bo Lind'").get() as { id: number };
    standIn.setAnswer('chat.update', ({ args }) => {
      if (args.channel === DIGEST) {
        app.db.prepare('DELETE FROM invitations WHERE id = ?').run(bo.id);
        standIn.setAnswer('chat.update', null);
      }
      return { ok: true, channel: args.channel, ts: args.ts };
    });
    await runCatchUp();
    expect(allText(updatesOf(digest).at(-1))).toContain('Bo Lind');
    expect(queued()).toBe(1);
    await runCatchUp();
    const redrawn = allText(updatesOf(digest).at(-1));
    expect(redrawn).not.toContain('Bo Lind');
    expect(redrawn).toContain('Marco Bellini');
    expect(queued()).toBe(0);
  });

  it('a digest whose post was in flight when someone it names was forgotten is recorded and redrawn', async () => {
    await accepted(PRIYA);
    await accepted(BO);
    clock.set(MONDAY);
    // The reviews first, so that the next post is the digest's.
    await sweepReviews({ ...app.instance.reviewSweepDeps, clock: clock.now, digestChannel: null }, clock.now());
    const release = standIn.holdNext('chat.postMessage');
    const sweep = sweepReviews({ ...app.instance.reviewSweepDeps, clock: clock.now, digestChannel: DIGEST }, clock.now());
    const digest = await standIn.waitForCall('chat.postMessage', (call) => call.args.channel === DIGEST);
    expect(allText(digest)).toContain('Priya Raman');
    await forget('linkedin.com/in/priya-raman-data');
    release();
    expect((await sweep).digestsSent).toBe(1);
    expect(queued()).toBe(1);
    await runCatchUp();
    const redrawn = allText(standIn.calls('chat.update').filter((call) => call.args.channel === DIGEST).at(-1));
    expect(redrawn).not.toContain('Priya');
    expect(redrawn).toContain('Bo Lind');
  });
});
