import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInvitationsRepo } from '../../src/db/invitations-repo.js';
import { createNudgesRepo, type NudgeRecord, type NudgesRepo } from '../../src/db/nudges-repo.js';
import type { Db } from '../../src/db/open.js';
import { tempDatabase } from '../support/temp-db.js';

const TEAM = 'T0TEAM0001';
const OTHER_TEAM = 'T0OTHER001';
const OWNER = 'U0OWNER001';
const TEAMMATE = 'U0MATE0001';
const T0 = new Date('2024-03-05T09:00:00.000Z');
const MINUTE = 60_000;
const LEASE = 10 * MINUTE;

function at(minutes: number): Date {
  return new Date(T0.getTime() + minutes * MINUTE);
}

let database: ReturnType<typeof tempDatabase>;
let nudges: NudgesRepo;

beforeEach(() => {
  database = tempDatabase();
  nudges = createNudgesRepo(database.db);
});

afterEach(() => {
  database.cleanup();
});

let peopleSoFar = 0;

/** An accepted invitation (of a new person, unless named) to hang a nudge on; returns its id. */
function invitation(opts: { teamId?: string; ownerId?: string; name?: string; profileUrl?: string | null } = {}): number {
  const invitations = createInvitationsRepo(database.db);
  peopleSoFar += 1;
  const name = opts.name ?? `Priya Raman ${peopleSoFar}`;
  const { record } = invitations.insert({
    teamId: opts.teamId ?? TEAM,
    ownerId: opts.ownerId ?? OWNER,
    name,
    headline: 'Head of Data Partnerships',
    company: 'Northwind Analytics',
    mutualConnections: 14,
    note: 'Hi!',
    // Each name is its own person: one thank-you per person.
    profileUrl: opts.profileUrl === undefined ? `https://www.linkedin.com/in/${name.toLowerCase().replace(/\W+/g, '-')}` : opts.profileUrl,
    personKey: `${name.toLowerCase()}|head of data partnerships`,
    source: null,
    recommendation: 'accept',
    score: 80,
    reasons: [],
    channelId: 'C0CHANNEL1',
    requestKey: null,
    createdAt: T0,
  });
  const accepted = { teamId: record.teamId, id: record.id, actorId: record.ownerId, decision: 'accepted', reason: null, note: null, at: at(-60) } as const;
  expect(invitations.decide(accepted)).toBe(true);
  return record.id;
}

/** Schedules a nudge due at `dueAt` for a new invitation; returns the nudge. */
function scheduled(opts: { teamId?: string; ownerId?: string; name?: string; dueAt?: Date } = {}): NudgeRecord {
  const teamId = opts.teamId ?? TEAM;
  const invitationId = invitation(opts);
  expect(nudges.schedule({ invitationId, teamId, ownerId: opts.ownerId ?? OWNER, dueAt: opts.dueAt ?? T0, now: at(-60) })).toBe(true);
  const row = database.db.prepare('SELECT id FROM thank_you_nudges WHERE invitation_id = ?').get(invitationId) as { id: number };
  return found(teamId, row.id);
}

function found(teamId: string, id: number): NudgeRecord {
  const nudge = nudges.findById(teamId, id);
  if (nudge === null) throw new Error(`nudge ${id} not found in ${teamId}`);
  return nudge;
}

/** A nudge claimed and delivered in a DM. */
function delivered(opts: { teamId?: string; ownerId?: string; name?: string } = {}): NudgeRecord {
  const nudge = scheduled(opts);
  const { token, nudges: claimed } = nudges.claimDue(T0, 100);
  expect(claimed.map((n) => n.id)).toContain(nudge.id);
  nudges.markDelivered([nudge.id], token, { channelId: 'D0OWNERDM1', ts: '1709629200.000100' }, at(1));
  return found(nudge.teamId, nudge.id);
}

function lastError(id: number): string | null {
  return (database.db.prepare('SELECT last_error FROM thank_you_nudges WHERE id = ?').get(id) as { last_error: string | null }).last_error;
}

describe('schedule', () => {
  it('schedules one open nudge per invitation', () => {
    const invitationId = invitation();
    const input = { invitationId, teamId: TEAM, ownerId: OWNER, dueAt: at(60), now: T0 };
    expect(nudges.schedule(input)).toBe(true);
    expect(nudges.schedule({ ...input, dueAt: at(120) })).toBe(false);
    const rows = database.db.prepare('SELECT status, due_at AS dueAt FROM thank_you_nudges').all();
    expect(rows).toEqual([{ status: 'scheduled', dueAt: at(60).getTime() }]);
  });

  it('still refuses a second nudge while the first is being sent or waits for an answer', () => {
    const nudge = scheduled();
    const input = { invitationId: nudge.invitationId, teamId: TEAM, ownerId: OWNER, dueAt: at(5), now: T0 };
    const { token } = nudges.claimDue(T0, 10);
    expect(nudges.schedule(input)).toBe(false);
    nudges.markDelivered([nudge.id], token, { channelId: 'D1', ts: '1.1' }, T0);
    expect(nudges.schedule(input)).toBe(false);
  });

  it.each(['done', 'skipped'] as const)('never schedules the same thank-you again once it was %s', (outcome) => {
    const nudge = delivered({ name: 'Priya Raman' });
    expect(nudges.finish({ teamId: TEAM, id: nudge.id, ownerId: OWNER, status: outcome, now: at(2) })).toBe(true);
    // Changed away from Accept and back, or accepted on a second check of the same person.
    expect(nudges.schedule({ invitationId: nudge.invitationId, teamId: TEAM, ownerId: OWNER, dueAt: at(60), now: at(3) })).toBe(false);
    const again = invitation({ name: 'Priya Raman' });
    expect(nudges.schedule({ invitationId: again, teamId: TEAM, ownerId: OWNER, dueAt: at(60), now: at(3) })).toBe(false);
  });

  it('schedules again after a nudge was cancelled before anything was sent', () => {
    const nudge = scheduled();
    expect(nudges.cancelOpen(TEAM, nudge.invitationId, at(1))).toBe(1);
    expect(nudges.schedule({ invitationId: nudge.invitationId, teamId: TEAM, ownerId: OWNER, dueAt: at(60), now: at(2) })).toBe(true);
  });

  it('one thank-you per person: a second accepted check of them waits on the first', () => {
    scheduled({ name: 'Priya Raman' });
    const byUrl = invitation({ name: 'Priya Raman' });
    expect(nudges.schedule({ invitationId: byUrl, teamId: TEAM, ownerId: OWNER, dueAt: at(60), now: T0 })).toBe(false);
    // Without a profile URL, the same name and headline is the same person.
    const byName = invitation({ name: 'Priya Raman', profileUrl: null });
    expect(nudges.schedule({ invitationId: byName, teamId: TEAM, ownerId: OWNER, dueAt: at(60), now: T0 })).toBe(false);
    // Someone else, and the same person accepted by a teammate, get their own.
    const other = invitation({ name: 'Sam Lee' });
    expect(nudges.schedule({ invitationId: other, teamId: TEAM, ownerId: OWNER, dueAt: at(60), now: T0 })).toBe(true);
    const teammates = invitation({ name: 'Priya Raman', ownerId: TEAMMATE });
    expect(nudges.schedule({ invitationId: teammates, teamId: TEAM, ownerId: TEAMMATE, dueAt: at(60), now: T0 })).toBe(true);
  });

  it('starts a nudge scheduled, with no claim and no attempts', () => {
    expect(scheduled({ dueAt: at(30) })).toMatchObject({
      teamId: TEAM,
      ownerId: OWNER,
      status: 'scheduled',
      dueAt: at(30),
      attempts: 0,
      claimToken: null,
      deliveredAt: null,
      dmChannelId: null,
      dmTs: null,
      finishedAt: null,
    });
  });

  it('is found only within its team', () => {
    const nudge = scheduled();
    expect(nudges.findById(OTHER_TEAM, nudge.id)).toBeNull();
    expect(nudges.findById(TEAM, nudge.id + 1000)).toBeNull();
  });
});

describe('claimDue', () => {
  it('claims only due, scheduled nudges, with what the DM needs about the person', () => {
    const done = delivered({ ownerId: 'U0DONE0001' });
    const past = scheduled({ dueAt: at(-5), name: 'Past Due' });
    const now = scheduled({ dueAt: T0, ownerId: TEAMMATE, name: 'Due Now' });
    const future = scheduled({ dueAt: at(1), name: 'Not Yet' });

    const claim = nudges.claimDue(T0, 100);
    expect(claim.nudges.map((n) => n.id).sort()).toEqual([past.id, now.id].sort());
    expect(claim.owners).toBe(2);
    for (const nudge of claim.nudges) {
      expect(nudge).toMatchObject({ status: 'sending', claimToken: claim.token });
    }
    expect(claim.nudges.find((n) => n.id === past.id)?.person).toEqual({
      name: 'Past Due',
      headline: 'Head of Data Partnerships',
      company: 'Northwind Analytics',
      note: 'Hi!',
      profileUrl: 'https://www.linkedin.com/in/past-due',
    });
    expect(found(TEAM, future.id).status).toBe('scheduled');
    expect(found(TEAM, done.id).status).toBe('delivered');
  });

  it('never claims the same nudge twice', () => {
    scheduled();
    scheduled({ ownerId: TEAMMATE });
    const first = nudges.claimDue(T0, 100);
    expect(first.nudges).toHaveLength(2);
    const second = nudges.claimDue(at(5), 100);
    expect(second.nudges).toEqual([]);
    expect(second.token).not.toBe(first.token);
  });

  it('claims every due nudge of up to the limit of owners, earliest first', () => {
    const a1 = scheduled({ ownerId: 'U0AAAAAAA1', dueAt: at(-30) });
    const a2 = scheduled({ ownerId: 'U0AAAAAAA1', dueAt: at(-1) });
    const b = scheduled({ ownerId: 'U0BBBBBBB1', dueAt: at(-20) });
    const c = scheduled({ ownerId: 'U0CCCCCCC1', dueAt: at(-10) });
    const first = nudges.claimDue(T0, 2);
    expect(first.owners).toBe(2);
    expect(first.nudges.map((n) => n.id).sort()).toEqual([a1.id, a2.id, b.id].sort());
    expect(nudges.claimDue(T0, 2).nudges.map((n) => n.id)).toEqual([c.id]);
  });

  it('keeps owners of different teams apart', () => {
    const mine = scheduled({ ownerId: OWNER });
    const theirs = scheduled({ ownerId: OWNER, teamId: OTHER_TEAM });
    const claim = nudges.claimDue(T0, 100);
    expect(claim.owners).toBe(2);
    expect(claim.nudges.map((n) => [n.teamId, n.id]).sort()).toEqual([[OTHER_TEAM, theirs.id], [TEAM, mine.id]].sort());
  });

  it('gives each nudge to exactly one of two connections claiming in turn', () => {
    const ids = new Set<number>();
    for (let i = 0; i < 12; i += 1) {
      const ownerId = `U0OWNER${String(i).padStart(3, '0')}`;
      ids.add(scheduled({ ownerId, dueAt: at(-i) }).id);
      ids.add(scheduled({ ownerId, dueAt: at(-i - 20) }).id);
    }
    const sweeps = [createNudgesRepo(database.open()), createNudgesRepo(database.open())];
    const claimedBy = new Map<number, string>();
    const tokens = new Set<string>();
    for (let round = 0; round < 20; round += 1) {
      const sweep = sweeps[round % 2];
      if (sweep === undefined) throw new Error('no sweep');
      const { token, nudges: claimed } = sweep.claimDue(T0, 2);
      if (claimed.length === 0 && claimedBy.size === ids.size) break;
      tokens.add(token);
      for (const nudge of claimed) {
        expect(claimedBy.has(nudge.id)).toBe(false);
        claimedBy.set(nudge.id, token);
      }
    }
    expect([...claimedBy.keys()].sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
    expect(tokens.size).toBe(6);
    // Both of an owner's nudges went to the same claim, so they share one DM.
    const rows = database.db.prepare('SELECT owner_id AS ownerId, count(DISTINCT claim_token) AS claims FROM thank_you_nudges GROUP BY owner_id').all() as {
      ownerId: string;
      claims: number;
    }[];
    for (const row of rows) expect(row.claims).toBe(1);
  });

  it('takes the write lock before it reads, so a connection holding it blocks the claim instead of racing it', () => {
    const nudge = scheduled();
    const other: Db = database.open();
    const waiting: Db = database.open();
    waiting.pragma('busy_timeout = 50');
    other.exec('BEGIN IMMEDIATE');
    try {
      expect(() => createNudgesRepo(waiting).claimDue(T0, 10)).toThrow(/locked|busy/i);
      expect(found(TEAM, nudge.id).status).toBe('scheduled');
    } finally {
      other.exec('ROLLBACK');
    }
    expect(createNudgesRepo(waiting).claimDue(T0, 10).nudges.map((n) => n.id)).toEqual([nudge.id]);
  });
});

describe('markDelivered, release and retire', () => {
  const DM = { channelId: 'D0OWNERDM1', ts: '1709629200.000100' };

  it('act only with the claim’s own token', () => {
    const nudge = scheduled();
    const { token } = nudges.claimDue(T0, 10);
    nudges.markDelivered([nudge.id], 'not-the-token', DM, at(1));
    nudges.release([nudge.id], 'not-the-token', at(30), at(1), 'boom');
    nudges.retire([nudge.id], 'not-the-token', at(1), 'gone');
    expect(found(TEAM, nudge.id)).toMatchObject({ status: 'sending', claimToken: token, attempts: 0 });
  });

  it('mark a claimed nudge delivered in its DM', () => {
    const nudge = scheduled();
    const { token } = nudges.claimDue(T0, 10);
    nudges.markDelivered([nudge.id], token, DM, at(1));
    expect(found(TEAM, nudge.id)).toMatchObject({
      status: 'delivered',
      claimToken: null,
      deliveredAt: at(1),
      dmChannelId: DM.channelId,
      dmTs: DM.ts,
    });
    nudges.markDelivered([nudge.id], token, { channelId: 'D2', ts: '2.2' }, at(2));
    expect(found(TEAM, nudge.id).dmChannelId).toBe(DM.channelId);
  });

  it('release a failed send back to the schedule, counting the attempt', () => {
    const nudge = scheduled();
    const { token } = nudges.claimDue(T0, 10);
    nudges.release([nudge.id], token, at(15), at(1), 'ratelimited');
    expect(found(TEAM, nudge.id)).toMatchObject({ status: 'scheduled', dueAt: at(15), attempts: 1, claimToken: null });
    expect(lastError(nudge.id)).toBe('ratelimited');
    expect(nudges.claimDue(at(14), 10).nudges).toEqual([]);
    expect(nudges.claimDue(at(15), 10).nudges.map((n) => n.id)).toEqual([nudge.id]);
  });

  it('release without counting when the nudge only waits for working hours', () => {
    const nudge = scheduled();
    const { token } = nudges.claimDue(T0, 10);
    nudges.release([nudge.id], token, at(600), at(1), null);
    expect(found(TEAM, nudge.id)).toMatchObject({ status: 'scheduled', dueAt: at(600), attempts: 0 });
    expect(lastError(nudge.id)).toBeNull();
  });

  it('retire a nudge whose owner cannot be reached', () => {
    const nudge = scheduled();
    const { token } = nudges.claimDue(T0, 10);
    nudges.retire([nudge.id], token, at(1), 'account_inactive');
    expect(found(TEAM, nudge.id)).toMatchObject({ status: 'retired', claimToken: null, finishedAt: at(1) });
    expect(lastError(nudge.id)).toBe('account_inactive');
  });
});

describe('the post stamp (a DM that may be in Slack unrecorded)', () => {
  it('starts empty, is set just before a post, and keeps the earliest time', () => {
    const nudge = scheduled();
    expect(nudge.postStartedAt).toBeNull();
    const { token } = nudges.claimDue(T0, 10);
    nudges.markPostStarted([nudge.id], token, at(1));
    nudges.markPostStarted([nudge.id], token, at(3));
    expect(found(TEAM, nudge.id).postStartedAt).toEqual(at(1));
  });

  it('is set only under the claim’s own token', () => {
    const nudge = scheduled();
    nudges.claimDue(T0, 10);
    expect(nudges.markPostStarted([nudge.id], 'not-the-token', at(1))).toEqual([]);
    expect(found(TEAM, nudge.id).postStartedAt).toBeNull();
  });

  it('returns the ids it stamped: only those this claim holds', () => {
    const mine = scheduled({ dueAt: at(-2) });
    const theirs = scheduled({ ownerId: TEAMMATE, dueAt: at(-1) });
    const { token } = nudges.claimDue(T0, 1);
    const other = nudges.claimDue(T0, 1);
    expect(other.nudges.map((n) => n.id)).toEqual([theirs.id]);
    expect(nudges.markPostStarted([mine.id, theirs.id], token, at(1))).toEqual([mine.id]);
    expect(found(TEAM, theirs.id)).toMatchObject({ status: 'sending', claimToken: other.token, postStartedAt: null });
  });

  it('stamps nothing of an invitation no longer accepted, and cancels that nudge for good', () => {
    const nudge = scheduled();
    const { token } = nudges.claimDue(T0, 10);
    // Changed without cancelOpen (which the decision services call): the stamp is the last guard.
    database.db.prepare("UPDATE invitations SET status = 'ignored' WHERE id = ?").run(nudge.invitationId);
    expect(nudges.markPostStarted([nudge.id], token, at(1))).toEqual([]);
    expect(found(TEAM, nudge.id)).toMatchObject({ status: 'cancelled', claimToken: null, postStartedAt: null, finishedAt: at(1) });
    nudges.expireStaleClaims(at(100), LEASE);
    expect(nudges.claimDue(at(100), 10).nudges).toEqual([]);
  });

  it('stamps nothing of a forgotten invitation', () => {
    const nudge = scheduled();
    const { token } = nudges.claimDue(T0, 10);
    database.db.prepare('DELETE FROM invitations WHERE id = ?').run(nudge.invitationId);
    expect(nudges.markPostStarted([nudge.id], token, at(1))).toEqual([]);
    expect(nudges.findById(TEAM, nudge.id)).toBeNull();
  });

  it('renews the claim’s lease, so a claim being posted never looks abandoned', () => {
    const nudge = scheduled();
    const { token } = nudges.claimDue(T0, 10);
    expect(nudges.markPostStarted([nudge.id], token, at(9))).toEqual([nudge.id]);
    expect(nudges.expireStaleClaims(at(12), LEASE)).toBe(0);
    expect(found(TEAM, nudge.id)).toMatchObject({ status: 'sending', claimToken: token, postStartedAt: at(9) });
    expect(nudges.expireStaleClaims(at(20), LEASE)).toBe(1);
  });

  it('survives an expired claim, so the next sweep knows to look before it sends', () => {
    const nudge = scheduled();
    const { token } = nudges.claimDue(T0, 10);
    nudges.markPostStarted([nudge.id], token, at(1));
    // The stamp renewed the lease: it runs out ten minutes after it.
    nudges.expireStaleClaims(at(12), LEASE);
    const next = nudges.claimDue(at(12), 10);
    expect(next.nudges.map((n) => [n.id, n.postStartedAt])).toEqual([[nudge.id, at(1)]]);
  });

  it('survives a release after an answer that never came, and is cleared when Slack refused the post', () => {
    const lost = scheduled();
    const refused = scheduled({ ownerId: TEAMMATE });
    const { token } = nudges.claimDue(T0, 10);
    nudges.markPostStarted([lost.id, refused.id], token, at(1));
    nudges.release([lost.id], token, at(5), at(2), 'timeout');
    nudges.release([refused.id], token, at(5), at(2), 'ratelimited', true);
    expect(found(TEAM, lost.id)).toMatchObject({ status: 'scheduled', postStartedAt: at(1) });
    expect(found(TEAM, refused.id)).toMatchObject({ status: 'scheduled', postStartedAt: null });
  });

  it('is cleared once the DM is recorded', () => {
    const nudge = scheduled();
    const { token } = nudges.claimDue(T0, 10);
    nudges.markPostStarted([nudge.id], token, at(1));
    nudges.markDelivered([nudge.id], token, { channelId: 'D0OWNERDM1', ts: '1709629200.000100' }, at(2));
    expect(found(TEAM, nudge.id)).toMatchObject({ status: 'delivered', postStartedAt: null });
  });
});

describe('cancelOpen', () => {
  const DM = { channelId: 'D0OWNERDM1', ts: '1709629200.000100' };

  it('cancels a scheduled or delivered nudge, never a finished one', () => {
    const waiting = scheduled({ dueAt: at(60) });
    const shown = delivered({ ownerId: TEAMMATE });
    expect(nudges.cancelOpen(TEAM, waiting.invitationId, at(2))).toBe(1);
    expect(nudges.cancelOpen(TEAM, shown.invitationId, at(2))).toBe(1);
    expect(found(TEAM, waiting.id)).toMatchObject({ status: 'cancelled', finishedAt: at(2) });
    expect(found(TEAM, shown.id)).toMatchObject({ status: 'cancelled', finishedAt: at(2) });
    expect(nudges.cancelOpen(TEAM, waiting.invitationId, at(3))).toBe(0);
  });

  it('cancels a nudge a sweep has claimed: that claim can no longer stamp, post, deliver, release or retire it', () => {
    const nudge = scheduled();
    const { token } = nudges.claimDue(T0, 10);
    expect(nudges.cancelOpen(TEAM, nudge.invitationId, at(1))).toBe(1);
    expect(nudges.markPostStarted([nudge.id], token, at(2))).toEqual([]);
    nudges.markDelivered([nudge.id], token, DM, at(2));
    nudges.release([nudge.id], token, at(3), at(2), 'ratelimited', true);
    nudges.retire([nudge.id], token, at(2), 'user_not_found');
    expect(found(TEAM, nudge.id)).toMatchObject({ status: 'cancelled', claimToken: null, dmTs: null, postStartedAt: null, finishedAt: at(1) });
    // Nor does the lease bring it back.
    expect(nudges.expireStaleClaims(at(100), LEASE)).toBe(0);
    expect(nudges.claimDue(at(100), 10).nudges).toEqual([]);
  });

  it('cancels only within its team', () => {
    const nudge = scheduled();
    nudges.claimDue(T0, 10);
    expect(nudges.cancelOpen(OTHER_TEAM, nudge.invitationId, at(1))).toBe(0);
    expect(found(TEAM, nudge.id).status).toBe('sending');
  });
});

describe('expireStaleClaims', () => {
  it('returns an abandoned claim to the schedule after the lease, not before', () => {
    const nudge = scheduled();
    const { token } = nudges.claimDue(T0, 10);
    expect(nudges.expireStaleClaims(at(5), LEASE)).toBe(0);
    expect(nudges.expireStaleClaims(at(10), LEASE)).toBe(0);
    expect(found(TEAM, nudge.id)).toMatchObject({ status: 'sending', claimToken: token });
    expect(nudges.expireStaleClaims(new Date(at(10).getTime() + 1), LEASE)).toBe(1);
    expect(found(TEAM, nudge.id)).toMatchObject({ status: 'scheduled', claimToken: null });
  });

  it('lets another sweep claim it, and the dead sweep’s token no longer counts', () => {
    const nudge = scheduled();
    const dead = nudges.claimDue(T0, 10);
    nudges.expireStaleClaims(at(11), LEASE);
    const next = nudges.claimDue(at(11), 10);
    expect(next.nudges.map((n) => n.id)).toEqual([nudge.id]);
    nudges.markDelivered([nudge.id], dead.token, { channelId: 'D1', ts: '1.1' }, at(12));
    expect(found(TEAM, nudge.id)).toMatchObject({ status: 'sending', claimToken: next.token });
  });

  it('leaves scheduled, delivered and fresh claims alone', () => {
    const answered = delivered({ ownerId: TEAMMATE });
    const waiting = scheduled({ dueAt: at(100) });
    expect(nudges.expireStaleClaims(at(1000), LEASE)).toBe(0);
    expect(found(TEAM, waiting.id).status).toBe('scheduled');
    expect(found(TEAM, answered.id).status).toBe('delivered');
    const fresh = nudges.claimDue(at(995), 10);
    expect(fresh.nudges.map((n) => n.id)).toEqual([waiting.id]);
    expect(nudges.expireStaleClaims(at(1000), LEASE)).toBe(0);
    expect(found(TEAM, waiting.id)).toMatchObject({ status: 'sending', claimToken: fresh.token });
  });
});

describe('finish and snooze', () => {
  it('finish a delivered nudge of the right owner and team', () => {
    const sent = delivered();
    const skipped = delivered({ ownerId: TEAMMATE });
    expect(nudges.finish({ teamId: TEAM, id: sent.id, ownerId: OWNER, status: 'done', now: at(30) })).toBe(true);
    expect(nudges.finish({ teamId: TEAM, id: skipped.id, ownerId: TEAMMATE, status: 'skipped', now: at(31) })).toBe(true);
    expect(found(TEAM, sent.id)).toMatchObject({ status: 'done', finishedAt: at(30) });
    expect(found(TEAM, skipped.id)).toMatchObject({ status: 'skipped', finishedAt: at(31) });
    expect(nudges.finish({ teamId: TEAM, id: sent.id, ownerId: OWNER, status: 'skipped', now: at(32) })).toBe(false);
    expect(found(TEAM, sent.id).status).toBe('done');
  });

  it('refuse another owner, another team, or a nudge that is not delivered', () => {
    const nudge = delivered();
    expect(nudges.finish({ teamId: TEAM, id: nudge.id, ownerId: TEAMMATE, status: 'done', now: at(30) })).toBe(false);
    expect(nudges.finish({ teamId: OTHER_TEAM, id: nudge.id, ownerId: OWNER, status: 'done', now: at(30) })).toBe(false);
    expect(nudges.snooze({ teamId: TEAM, id: nudge.id, ownerId: TEAMMATE, dueAt: at(1440), now: at(30) })).toBe(false);
    expect(nudges.snooze({ teamId: OTHER_TEAM, id: nudge.id, ownerId: OWNER, dueAt: at(1440), now: at(30) })).toBe(false);
    expect(found(TEAM, nudge.id).status).toBe('delivered');

    const waiting = scheduled({ ownerId: 'U0WAIT0001', dueAt: at(100) });
    expect(nudges.snooze({ teamId: TEAM, id: waiting.id, ownerId: 'U0WAIT0001', dueAt: at(1440), now: at(30) })).toBe(false);
    // Claimed and stamped: its DM is on its way to Slack, and only the sweep may say how that went.
    const sending = scheduled({ ownerId: 'U0SEND0001' });
    const { token } = nudges.claimDue(T0, 100);
    expect(nudges.markPostStarted([sending.id], token, at(1))).toEqual([sending.id]);
    expect(nudges.finish({ teamId: TEAM, id: sending.id, ownerId: 'U0SEND0001', status: 'done', now: at(30) })).toBe(false);
    expect(found(TEAM, sending.id).status).toBe('sending');
  });

  it('Sent it on a reminder claimed but not yet being posted finishes it, and the claiming sweep posts nothing', () => {
    const claimed = scheduled({ ownerId: 'U0SEND0001' });
    const { token } = nudges.claimDue(T0, 100);
    expect(nudges.finish({ teamId: TEAM, id: claimed.id, ownerId: 'U0SEND0001', status: 'done', now: at(30) })).toBe(true);
    expect(nudges.markPostStarted([claimed.id], token, at(31))).toEqual([]);
    expect(found(TEAM, claimed.id).status).toBe('done');
  });

  it('Sent it on a reminder not sent yet (from a review) finishes it, and no sweep sends it', () => {
    const waiting = scheduled({ ownerId: 'U0WAIT0001', dueAt: at(100) });
    expect(nudges.finish({ teamId: TEAM, id: waiting.id, ownerId: 'U0WAIT0001', status: 'done', now: at(30) })).toBe(true);
    expect(found(TEAM, waiting.id)).toMatchObject({ status: 'done', finishedAt: at(30) });
    expect(nudges.claimDue(at(200), 100).nudges).toEqual([]);
  });

  it('Sent it or Skip on a snoozed reminder finishes it, and the DM that would bring it back never comes', () => {
    const snoozed = delivered();
    expect(nudges.snooze({ teamId: TEAM, id: snoozed.id, ownerId: OWNER, dueAt: at(1440), now: at(30) })).toBe(true);
    expect(nudges.finish({ teamId: TEAM, id: snoozed.id, ownerId: OWNER, status: 'done', now: at(40) })).toBe(true);
    expect(found(TEAM, snoozed.id)).toMatchObject({ status: 'done', dmTs: '1709629200.000100' });
    expect(nudges.claimDue(at(1440), 10).nudges).toEqual([]);
  });

  it('Skip on a snoozed reminder a sweep claimed again: before the stamp it wins and nothing is posted; after, the sweep keeps it', () => {
    const early = delivered({ ownerId: 'U0EARLY001' });
    nudges.snooze({ teamId: TEAM, id: early.id, ownerId: 'U0EARLY001', dueAt: at(1440), now: at(30) });
    const first = nudges.claimDue(at(1440), 10);
    expect(nudges.finish({ teamId: TEAM, id: early.id, ownerId: 'U0EARLY001', status: 'skipped', now: at(1441) })).toBe(true);
    expect(nudges.markPostStarted([early.id], first.token, at(1442))).toEqual([]);
    expect(found(TEAM, early.id)).toMatchObject({ status: 'skipped', claimToken: null });

    const late = delivered({ ownerId: 'U0LATE0001' });
    nudges.snooze({ teamId: TEAM, id: late.id, ownerId: 'U0LATE0001', dueAt: at(2880), now: at(30) });
    const second = nudges.claimDue(at(2880), 10);
    expect(nudges.markPostStarted([late.id], second.token, at(2881))).toEqual([late.id]);
    expect(nudges.finish({ teamId: TEAM, id: late.id, ownerId: 'U0LATE0001', status: 'skipped', now: at(2882) })).toBe(false);
    expect(found(TEAM, late.id).status).toBe('sending');
  });

  it('snooze a delivered nudge back to the schedule until its new time', () => {
    const nudge = delivered();
    expect(nudges.snooze({ teamId: TEAM, id: nudge.id, ownerId: OWNER, dueAt: at(1440), now: at(30) })).toBe(true);
    expect(found(TEAM, nudge.id)).toMatchObject({ status: 'scheduled', dueAt: at(1440) });
    expect(nudges.snooze({ teamId: TEAM, id: nudge.id, ownerId: OWNER, dueAt: at(2880), now: at(31) })).toBe(false);
    expect(nudges.claimDue(at(1439), 10).nudges).toEqual([]);
    expect(nudges.claimDue(at(1440), 10).nudges.map((n) => n.id)).toEqual([nudge.id]);
  });
});

describe('findByDm', () => {
  it('finds the nudges shown in one DM, within the team', () => {
    const first = scheduled({ name: 'Ana Ruiz' });
    const second = scheduled({ name: 'Ben Ode' });
    const elsewhere = scheduled({ ownerId: TEAMMATE });
    const { token } = nudges.claimDue(T0, 10);
    nudges.markDelivered([first.id, second.id], token, { channelId: 'D0OWNERDM1', ts: '1.1' }, at(1));
    nudges.markDelivered([elsewhere.id], token, { channelId: 'D0MATEDM01', ts: '1.1' }, at(1));
    const shown = nudges.findByDm(TEAM, 'D0OWNERDM1', '1.1');
    expect(shown.map((n) => [n.id, n.person.name])).toEqual([
      [first.id, 'Ana Ruiz'],
      [second.id, 'Ben Ode'],
    ]);
    expect(nudges.findByDm(OTHER_TEAM, 'D0OWNERDM1', '1.1')).toEqual([]);
    expect(nudges.findByDm(TEAM, 'D0OWNERDM1', '9.9')).toEqual([]);
  });
});
