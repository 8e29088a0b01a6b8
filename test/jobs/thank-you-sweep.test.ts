/**
 * The thank-you sweep while the world moves under it: a decision changed or a person forgotten
 * after their nudge was claimed, another process taking a claim over, a long sweep's late batch,
 * one owner's database error, and the process-wide stop signal. The real app over a real SQLite
 * file and the Slack stand-in; the sweep is held at its turn to post (a gated pacer) while the
 * test acts, as a rate-limit wait would hold it.
 */
import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNudgesRepo, type NudgesRepo } from '../../src/db/nudges-repo.js';
import { openDatabase, type Db } from '../../src/db/open.js';
import { createSettingsRepo } from '../../src/db/settings-repo.js';
import { sweepThankYous, type SweepDeps } from '../../src/jobs/thank-you-sweep.js';
import type { SlackPacer } from '../../src/services/slack-pacer.js';
import { allText } from '../support/calls.js';
import { startSlackStandIn, type RecordedCall, type SlackStandIn } from '../support/slack-stand-in.js';
import { manualClock, OWNER, TEAM, TEAMMATE, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';
import { gatedPacer, UNPACED } from './sweep-gate.js';

const NOW = '2026-11-24T10:00:00Z';
const MINUTE = 60_000;
/** Nudges may go out at any hour on any day, at once after an Accept. */
const ALWAYS = { THANK_YOU_DELAY_MINUTES: '0', WORKING_HOURS: '00:00-24:00', WORKING_DAYS: 'mon-sun' };

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let clock: ReturnType<typeof manualClock>;
let app: TestApp;
/** Connections standing for another process on the same file. */
let others: Db[];

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  database = tempDatabasePath();
  clock = manualClock(NOW);
  app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now, env: ALWAYS });
  others = [];
});
afterEach(async () => {
  for (const other of others) other.close();
  await app.stop();
  await standIn.close();
  database.cleanup();
});

/** A check of `name` by `ownerId`, accepted through the real services; returns the invitation id. */
async function accepted(ownerId: string, name: string): Promise<number> {
  const { invitations } = app.instance.services;
  const checked = await invitations.checkInvitation({
    teamId: TEAM,
    ownerId,
    channelId: 'C0CHANNEL1',
    fields: { name, headline: 'Engineer', company: 'Acme', mutualConnections: 4, note: null, profileUrl: null },
    source: null,
    requestKey: `check-${ownerId}-${name}`,
    responseUrl: null,
  });
  await invitations.recordDecision({ teamId: TEAM, invitationId: checked.invitation.id, actorId: ownerId, decision: 'accepted', reason: null, note: null, responseUrl: null });
  return checked.invitation.id;
}

function ignoreInstead(ownerId: string, invitationId: number) {
  return app.instance.services.invitations.changeDecision({
    teamId: TEAM,
    invitationId,
    actorId: ownerId,
    decision: 'ignored',
    reason: 'not_relevant',
    note: null,
    responseUrl: null,
  });
}

/** The app's DM channel with a user, as the stand-in answers conversations.open. */
function dmChannelOf(userId: string): string {
  return `D${userId.slice(1)}`;
}

function dmsTo(userId: string): RecordedCall[] {
  return standIn.calls('chat.postMessage').filter((call) => call.args.channel === dmChannelOf(userId));
}

function nudgeStatus(invitationId: number): string | undefined {
  const row = app.db.prepare('SELECT status FROM thank_you_nudges WHERE invitation_id = ?').get(invitationId) as { status: string } | undefined;
  return row?.status;
}

function sweepDeps(overrides: Partial<SweepDeps> = {}): SweepDeps {
  return { ...app.instance.sweepDeps, clock: clock.now, ...overrides };
}

/** The nudges as another process sees them, through its own connection to the file. */
function anotherProcessNudges(): NudgesRepo {
  const other = openDatabase(database.path);
  others.push(other);
  return createNudgesRepo(other);
}

describe('a claimed nudge that is no longer wanted', () => {
  it('changed away from Accept while the sweep waits to post: cancelled, no DM, and no later sweep sends one', async () => {
    const invitationId = await accepted(OWNER, 'Priya Raman');
    standIn.reset();
    const gate = gatedPacer('chat.postMessage');
    const sweep = sweepThankYous(sweepDeps({ pacer: gate.pacer }), clock.now());
    await gate.waiting();
    await ignoreInstead(OWNER, invitationId);
    expect(nudgeStatus(invitationId)).toBe('cancelled');
    gate.open();
    expect(await sweep).toMatchObject({ claimed: 1, delivered: 0, messages: 0, dropped: 1 });
    expect(dmsTo(OWNER)).toEqual([]);

    clock.advance(60 * MINUTE);
    expect(await sweepThankYous(sweepDeps(), clock.now())).toMatchObject({ claimed: 0, expiredClaims: 0 });
    expect(dmsTo(OWNER)).toEqual([]);
    expect(nudgeStatus(invitationId)).toBe('cancelled');
  });

  it('changed away from Accept, then the sweep stops and gives its claims back: still cancelled, never sent', async () => {
    const invitationId = await accepted(OWNER, 'Priya Raman');
    standIn.reset();
    const gate = gatedPacer('chat.postMessage');
    const shutdown = new AbortController();
    const sweep = sweepThankYous(sweepDeps({ pacer: gate.pacer, signal: shutdown.signal }), clock.now());
    await gate.waiting();
    await ignoreInstead(OWNER, invitationId);
    shutdown.abort();
    gate.open();
    expect(await sweep).toMatchObject({ claimed: 1, delivered: 0 });
    expect(nudgeStatus(invitationId)).toBe('cancelled');

    clock.advance(60 * MINUTE);
    expect(await sweepThankYous(sweepDeps(), clock.now())).toMatchObject({ claimed: 0 });
    expect(dmsTo(OWNER)).toEqual([]);
  });

  it.each([
    ['the person is forgotten', (invitationId: number) => app.instance.services.privacy.forgetChecks(TEAM, OWNER, [invitationId])],
    ['the owner asks to be forgotten', () => app.instance.services.privacy.forgetMe(TEAM, OWNER)],
  ])('%s while the sweep waits to post: no DM names them', async (_, forget) => {
    const invitationId = await accepted(OWNER, 'Priya Raman');
    standIn.reset();
    const gate = gatedPacer('chat.postMessage');
    const sweep = sweepThankYous(sweepDeps({ pacer: gate.pacer }), clock.now());
    await gate.waiting();
    await forget(invitationId);
    expect(nudgeStatus(invitationId)).toBeUndefined();
    gate.open();
    expect(await sweep).toMatchObject({ claimed: 1, delivered: 0, dropped: 1 });
    expect(dmsTo(OWNER)).toEqual([]);
    expect(JSON.stringify(standIn.calls('chat.postMessage'))).not.toContain('Priya');
  });

  it('one of two people changed away from Accept: the DM names and tags only the other', async () => {
    const kept = await accepted(OWNER, 'Ana Silva');
    const ignored = await accepted(OWNER, 'Priya Raman');
    standIn.reset();
    const gate = gatedPacer('chat.postMessage');
    const sweep = sweepThankYous(sweepDeps({ pacer: gate.pacer }), clock.now());
    await gate.waiting();
    await ignoreInstead(OWNER, ignored);
    gate.open();
    expect(await sweep).toMatchObject({ claimed: 2, delivered: 1, messages: 1, dropped: 1 });
    const dms = dmsTo(OWNER);
    expect(dms).toHaveLength(1);
    expect(allText(dms[0])).toContain('Ana Silva');
    expect(allText(dms[0])).not.toContain('Priya');
    const keptNudge = app.db.prepare('SELECT id FROM thank_you_nudges WHERE invitation_id = ?').get(kept) as { id: number };
    expect(dms[0]?.args.metadata).toEqual({ event_type: 'thank_you_nudge_sent', event_payload: { nudge_ids: String(keptNudge.id) } });
    expect(nudgeStatus(kept)).toBe('delivered');
    expect(nudgeStatus(ignored)).toBe('cancelled');
  });
});

describe('two processes on one database', () => {
  it('a claim another process took over after the lease is not posted by the sweep that lost it', async () => {
    await accepted(OWNER, 'Priya Raman');
    standIn.reset();
    const gate = gatedPacer('chat.postMessage');
    const slow = sweepThankYous(sweepDeps({ pacer: gate.pacer }), clock.now());
    await gate.waiting();
    // The slow sweep waits past the lease; another process takes the claim over and posts it.
    clock.advance(16 * MINUTE);
    const other = await sweepThankYous(sweepDeps({ nudges: anotherProcessNudges(), pacer: UNPACED }), clock.now());
    expect(other).toMatchObject({ expiredClaims: 1, claimed: 1, delivered: 1 });
    gate.open();
    expect(await slow).toMatchObject({ claimed: 1, delivered: 0, dropped: 1 });
    expect(dmsTo(OWNER)).toHaveLength(1);
    expect(app.db.prepare('SELECT status FROM thank_you_nudges').all()).toEqual([{ status: 'delivered' }]);
  });

  it('a batch claimed late in a long sweep is leased from its claim, not from the sweep’s start', async () => {
    await accepted(OWNER, 'Priya Raman');
    await accepted(TEAMMATE, 'Ana Silva');
    standIn.reset();
    const gate = gatedPacer('chat.postMessage');
    const started = clock.now();
    const long = sweepThankYous(sweepDeps({ pacer: gate.pacer, options: { batchSize: 1, concurrency: 1 } }), started);
    await gate.waiting();
    // The first owner's DM waits 20 minutes for its turn; then the next batch is claimed.
    clock.advance(20 * MINUTE);
    gate.letOneThrough();
    await gate.waiting();
    // 21 minutes after the long sweep began, but a minute after its second claim: not abandoned.
    clock.advance(MINUTE);
    const other = await sweepThankYous(sweepDeps({ nudges: anotherProcessNudges(), pacer: UNPACED }), clock.now());
    expect(other).toMatchObject({ expiredClaims: 0, claimed: 0 });
    gate.open();
    expect(await long).toMatchObject({ claimed: 2, delivered: 2, dropped: 0 });
    expect(dmsTo(OWNER)).toHaveLength(1);
    expect(dmsTo(TEAMMATE)).toHaveLength(1);
  });
});

describe('failures and shutdown', () => {
  it('one owner’s database error is logged and kept to them: the sweep returns once the other owners are served', async () => {
    const failing = await accepted(OWNER, 'Priya Raman');
    const served = await accepted(TEAMMATE, 'Ana Silva');
    // The owner's working hours are over, so the sweep hands their nudge back, and that write fails.
    const settings = createSettingsRepo(app.db);
    settings.save(TEAM, OWNER, { ...settings.get(TEAM, OWNER), workStart: '20:00', workEnd: '21:00' }, clock.now());
    standIn.reset();
    // The teammate's DM waits at its turn to post while the owner's worker fails.
    const gate = gatedPacer('chat.postMessage');
    const sweep = sweepThankYous(sweepDeps({ pacer: gate.pacer, options: { concurrency: 2 } }), clock.now());
    let returned = false;
    const settle = () => {
      returned = true;
    };
    void sweep.then(settle, settle);
    // Both owners are claimed by now (a claim is synchronous). Another process takes the file's write
    // lock, and this connection does not wait for it: the owner's hand-back fails with SQLITE_BUSY.
    const other = openDatabase(database.path);
    others.push(other);
    other.exec('BEGIN IMMEDIATE');
    const busyTimeout = Number(app.db.pragma('busy_timeout', { simple: true }));
    app.db.pragma('busy_timeout = 0');
    const errors = () => app.logLines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.level === 'error');
    await vi.waitFor(() => expect(errors()).toHaveLength(1));
    await gate.waiting();
    expect(returned).toBe(false);
    other.exec('ROLLBACK');
    app.db.pragma(`busy_timeout = ${busyTimeout}`);
    gate.open();
    const report = await sweep;
    expect(report).toMatchObject({ claimed: 2, delivered: 1, failed: 1 });
    expect(nudgeStatus(served)).toBe('delivered');
    expect(dmsTo(TEAMMATE)).toHaveLength(1);
    // Left to the lease: a later sweep takes it up.
    expect(nudgeStatus(failing)).toBe('sending');
    const ownerNudge = app.db.prepare('SELECT id FROM thank_you_nudges WHERE invitation_id = ?').get(failing) as { id: number };
    expect(errors()).toEqual([
      expect.objectContaining({ msg: expect.stringContaining('Thank-you DMs failed'), ids: [ownerNudge.id], error: expect.objectContaining({ code: 'SQLITE_BUSY' }) }),
    ]);
  });

  it('waiting for its turn leaves no listener on the process-wide stop signal', async () => {
    await accepted(OWNER, 'Priya Raman');
    await accepted(TEAMMATE, 'Ana Silva');
    standIn.reset();
    const stopping = new AbortController();
    // Every Slack call waits a moment for its turn, through the sweep's own (abortable) sleep.
    const pacer: SlackPacer = { acquire: (_method, _channel, sleep) => sleep(1), backOff: () => undefined };
    const report = await sweepThankYous(sweepDeps({ pacer, signal: stopping.signal }), clock.now());
    expect(report.delivered).toBe(2);
    expect(getEventListeners(stopping.signal, 'abort')).toEqual([]);
  });
});
