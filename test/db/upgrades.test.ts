/**
 * Upgrades: a database written by an earlier release (migrations up to 001, 003 or 005, with rows
 * as those releases wrote them), then the current app started on it. The migrations apply in
 * order, and old cards, old nudges, old thank-you DMs and old review claims keep working: nothing
 * is lost and nothing is sent twice.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepThankYous } from '../../src/jobs/thank-you-sweep.js';
import { sweepReviews } from '../../src/jobs/review-sweep.js';
import { migrate, readMigrations, currentSchemaVersion } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/open.js';
import { ACTIONS } from '../../src/views/ids.js';
import { allText } from '../support/calls.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, TEAM, TEAMMATE, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';

const TUESDAY_10AM = '2026-11-24T10:00:00Z';
const DAY = 86_400_000;
let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let clock: ReturnType<typeof manualClock>;
let app: TestApp | null = null;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  standIn.setUser({ id: TEAMMATE, tz: 'Europe/London', real_name: 'Tea Mate' });
  database = tempDatabasePath();
  clock = manualClock(TUESDAY_10AM);
});
afterEach(async () => {
  await app?.stop();
  app = null;
  await standIn.close();
  database.cleanup();
});

function buildOldDatabase(upTo: number, fill: (db: ReturnType<typeof openDatabase>) => void) {
  const db = openDatabase(database.path);
  migrate(db, readMigrations().filter((m) => m.version <= upTo));
  expect(currentSchemaVersion(db)).toBe(upTo);
  fill(db);
  db.close();
}

const T0 = Date.parse('2026-11-20T10:00:00Z');
function insertInvitation(db: ReturnType<typeof openDatabase>, row: Record<string, unknown>): number {
  const base = {
    team_id: TEAM, owner_id: OWNER, name: 'Priya Raman', headline: 'Head of Data Partnerships', company: 'Northwind Analytics',
    mutual_connections: 14, note: 'Hi Sam, we met at the Data Council panel', profile_url: 'https://www.linkedin.com/in/priya-raman-data',
    person_key: 'priya raman|head of data partnerships', source: null, recommendation: 'accept', score: 90,
    reasons: JSON.stringify(['14 mutual connections: people you know can vouch for them.']), status: 'pending',
    decided_at: null, decided_by: null, decision_reason: null, decision_note: null, channel_id: CHANNEL,
    message_ts: '1700000000.000100', response_url: null, request_key: null, created_at: T0, updated_at: T0, ...row,
  };
  const cols = Object.keys(base);
  return Number(db.prepare(`INSERT INTO invitations (${cols.join(',')}) VALUES (${cols.map((c) => '@' + c).join(',')})`).run(base).lastInsertRowid);
}

describe('upgrade from a version-1 database', () => {
  it('migrates, keeps the rows, and an old card still takes an Accept, with one thank-you DM', async () => {
    let pending = 0;
    buildOldDatabase(1, (db) => {
      pending = insertInvitation(db, {});
    });
    app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now });
    expect(currentSchemaVersion(app.db)).toBe(readMigrations().length);
    const r = await app.click({ user_id: OWNER, action_id: ACTIONS.accept, value: String(pending), channel_id: CHANNEL, message_ts: '1700000000.000100' });
    expect(r.status).toBe(200);
    expect(app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(pending)).toEqual({ status: 'accepted' });
    const update = standIn.calls('chat.update').find((c) => c.args.ts === '1700000000.000100');
    expect(update).toBeDefined();
    await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T09:00:00Z'));
    await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T09:30:00Z'));
    const dms = standIn.calls('chat.postMessage').filter((c) => c.args.channel !== CHANNEL);
    expect(dms).toHaveLength(1);
  });

  it('sends a nudge that was scheduled by the old release exactly once', async () => {
    buildOldDatabase(1, (db) => {
      const id = insertInvitation(db, { status: 'accepted', decided_at: T0, decided_by: OWNER });
      db.prepare(`INSERT INTO decision_events (invitation_id, team_id, actor_id, decision, created_at) VALUES (?, ?, ?, 'accepted', ?)`).run(id, TEAM, OWNER, T0);
      db.prepare(`INSERT INTO thank_you_nudges (invitation_id, team_id, owner_id, status, due_at, created_at, updated_at) VALUES (?, ?, ?, 'scheduled', ?, ?, ?)`).run(id, TEAM, OWNER, T0 + DAY, T0, T0);
    });
    app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now });
    await sweepThankYous(app.instance.sweepDeps, new Date(TUESDAY_10AM));
    await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-24T10:05:00Z'));
    const dms = standIn.calls('chat.postMessage');
    expect(dms).toHaveLength(1);
    expect(allText(dms[0])).toContain('Priya');
  });

  it('an old delivered thank-you DM (no metadata) still takes Sent it', async () => {
    let nudge = 0;
    buildOldDatabase(1, (db) => {
      const id = insertInvitation(db, { status: 'accepted', decided_at: T0, decided_by: OWNER });
      nudge = Number(db.prepare(`INSERT INTO thank_you_nudges (invitation_id, team_id, owner_id, status, due_at, delivered_at, dm_channel_id, dm_ts, attempts, created_at, updated_at) VALUES (?, ?, ?, 'delivered', ?, ?, 'D0OWNERDM1', '1700000001.000100', 1, ?, ?)`).run(id, TEAM, OWNER, T0 + DAY, T0 + DAY, T0, T0).lastInsertRowid);
    });
    app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now });
    const r = await app.click({ user_id: OWNER, action_id: ACTIONS.nudgeSent, value: String(nudge), channel_id: 'D0OWNERDM1', message_ts: '1700000001.000100' });
    expect(r.status).toBe(200);
    expect(app.db.prepare('SELECT status FROM thank_you_nudges WHERE id = ?').get(nudge)).toEqual({ status: 'done' });
    await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T09:00:00Z'));
    expect(standIn.calls('chat.postMessage')).toHaveLength(0);
  });

  it('a version-3 database with this week’s review already sent (old claim, no token) sends no second review', async () => {
    buildOldDatabase(3, (db) => {
      insertInvitation(db, { created_at: T0 - 10 * DAY, updated_at: T0 - 10 * DAY });
      db.prepare(`INSERT INTO weekly_reviews (team_id, user_id, week, status, claimed_at, sent_at) VALUES (?, ?, '2026-W48', 'sent', ?, ?)`).run(TEAM, OWNER, Date.parse('2026-11-23T09:00:00Z'), Date.parse('2026-11-23T09:00:01Z'));
      db.prepare(`INSERT INTO weekly_reviews (team_id, user_id, week, status, claimed_at) VALUES (?, ?, '2026-W47', 'sending', ?)`).run(TEAM, TEAMMATE, Date.parse('2026-11-16T09:00:00Z'));
    });
    app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now });
    await sweepReviews(app.instance.reviewSweepDeps, new Date(TUESDAY_10AM));
    const toOwner = standIn.calls('chat.postMessage').filter((c) => c.args.channel === OWNER || String(c.args.channel).startsWith('D'));
    expect(toOwner.filter((c) => allText(c).includes('Priya'))).toHaveLength(0);
  });
});

describe('upgrade from a version-5 database with a review claim left by a crash', () => {
  it('a this-week review claimed (no token) an hour before the upgrade is taken over and sent once', async () => {
    buildOldDatabase(5, (db) => {
      insertInvitation(db, { created_at: T0 - 10 * DAY, updated_at: T0 - 10 * DAY });
      db.prepare(`INSERT INTO weekly_reviews (team_id, user_id, week, status, claimed_at) VALUES (?, ?, '2026-W48', 'sending', ?)`).run(TEAM, OWNER, Date.parse('2026-11-23T09:00:00Z'));
    });
    clock.set('2026-11-23T10:00:00Z');
    app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now });
    await sweepReviews({ ...app.instance.reviewSweepDeps, clock: clock.now }, clock.now());
    clock.set('2026-11-23T11:00:00Z');
    await sweepReviews({ ...app.instance.reviewSweepDeps, clock: clock.now }, clock.now());
    expect(standIn.calls('chat.postMessage')).toHaveLength(1);
  });
});
