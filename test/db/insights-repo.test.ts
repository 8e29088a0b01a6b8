import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInsightsRepo, IGNORED_MOVED_OFF_SQL, IGNORED_SQL, OWNER_COUNTS_SQL, OWNER_PEOPLE_SQL, type InsightsRepo } from '../../src/db/insights-repo.js';
import { createInvitationsRepo, type InvitationsRepo } from '../../src/db/invitations-repo.js';
import { createPrivacyRepo } from '../../src/db/privacy-repo.js';
import type { Decision } from '../../src/domain/types.js';
import type { IgnoredEntry } from '../../src/views/models.js';
import { storeDecidedCheck, storePendingCheck } from '../support/records.js';
import { tempDatabase } from '../support/temp-db.js';

const TEAM = 'T0TEAM0001';
const OTHER_TEAM = 'T0OTHER001';
const OWNER = 'U0OWNER001';
const TEAMMATE = 'U0MATE0001';
const T0 = new Date('2026-11-02T09:00:00.000Z').getTime();
const MINUTE = 60_000;

let database: ReturnType<typeof tempDatabase>;
let invitations: InvitationsRepo;
let insights: InsightsRepo;

beforeEach(() => {
  database = tempDatabase();
  invitations = createInvitationsRepo(database.db);
  insights = createInsightsRepo(database.db);
});
afterEach(() => database.cleanup());

/** A check by `owner`, decided `decision` at T0 + `minute` minutes; its id. */
function decided(name: string, minute: number, decision: Decision = 'ignored', where: { teamId?: string; ownerId?: string } = {}): number {
  const teamId = where.teamId ?? TEAM;
  const ownerId = where.ownerId ?? OWNER;
  return storeDecidedCheck(invitations, { teamId, ownerId, name, decision, createdAt: new Date(T0), decidedAt: new Date(T0 + minute * MINUTE) });
}

const names = (entries: readonly IgnoredEntry[]) => entries.map((entry) => entry.name);
const at = (entry: IgnoredEntry | undefined) => {
  if (!entry) throw new Error('no entry there');
  return { decidedAt: entry.decidedAt, invitationId: entry.invitationId };
};

describe('reading the ignored list by position', () => {
  it('reads strictly after or before an entry, in the list’s order, ties broken by id', () => {
    // Five people, two decided in the same millisecond: the list is E D C B A (C before B: higher id).
    decided('A', 1);
    decided('B', 2);
    decided('C', 2);
    decided('D', 3, 'declined');
    decided('E', 4, 'blocked');
    const all = insights.ignored(TEAM, OWNER, 0, 10);
    expect(names(all)).toEqual(['E', 'D', 'C', 'B', 'A']);

    expect(names(insights.ignoredOlder(TEAM, OWNER, at(all[2]), 10))).toEqual(['B', 'A']);
    expect(names(insights.ignoredOlder(TEAM, OWNER, at(all[1]), 2))).toEqual(['C', 'B']);
    expect(names(insights.ignoredOlder(TEAM, OWNER, at(all[4]), 10))).toEqual([]);
    // Newer: the nearest ones before the position, still newest first.
    expect(names(insights.ignoredNewer(TEAM, OWNER, at(all[3]), 10))).toEqual(['E', 'D', 'C']);
    expect(names(insights.ignoredNewer(TEAM, OWNER, at(all[3]), 2))).toEqual(['D', 'C']);
    expect(names(insights.ignoredNewer(TEAM, OWNER, at(all[0]), 10))).toEqual([]);
  });

  it('reads from a position whose entry has left the list', () => {
    const a = decided('A', 1);
    decided('B', 2);
    decided('C', 3);
    const [, b] = insights.ignored(TEAM, OWNER, 0, 10);
    const position = at(b);
    invitations.changeDecision({ teamId: TEAM, id: position.invitationId, actorId: OWNER, decision: 'accepted', reason: null, note: null, at: new Date(T0 + 9 * MINUTE) });
    expect(names(insights.ignoredOlder(TEAM, OWNER, position, 10))).toEqual(['A']);
    expect(names(insights.ignoredNewer(TEAM, OWNER, position, 10))).toEqual(['C']);
    expect(insights.ignoredOlder(TEAM, OWNER, position, 10)[0]?.invitationId).toBe(a);
  });

  it('lists only the owner’s ignored, declined and blocked people in this workspace, with their details', () => {
    decided('Removed', 1);
    expect(createPrivacyRepo(database.db).removeExpiredDetails(new Date(T0 + 2 * MINUTE), 100, new Date(T0 + 2 * MINUTE)).removed).toBe(1);
    decided('Accepted', 3, 'accepted');
    decided('Teammate’s', 4, 'ignored', { ownerId: TEAMMATE });
    decided('Elsewhere', 5, 'ignored', { teamId: OTHER_TEAM });
    decided('Mine', 7);
    const start = { decidedAt: new Date(T0), invitationId: 1 };
    const end = { decidedAt: new Date(T0 + 60 * MINUTE), invitationId: 1 };
    expect(names(insights.ignoredNewer(TEAM, OWNER, start, 10))).toEqual(['Mine']);
    expect(names(insights.ignoredOlder(TEAM, OWNER, end, 10))).toEqual(['Mine']);
    expect(insights.ignoredCount(TEAM, OWNER)).toBe(1);
  });

  it('reads through the owner’s decision index, in its order, never the whole table or a sort', () => {
    const params = { teamId: TEAM, ownerId: OWNER, decidedAt: T0, id: 1, limit: 11, offset: 10 };
    for (const [name, sql] of Object.entries(IGNORED_SQL)) {
      const used = Object.fromEntries(Object.entries(params).filter(([key]) => sql.includes(`@${key}`)));
      const plan = (database.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(used) as { detail: string }[]).map((step) => step.detail);
      expect(plan, name).toEqual([expect.stringMatching(/^SEARCH invitations USING INDEX invitations_by_owner_decided \(team_id=\? AND owner_id=\?/)]);
    }
  });

  it('counts who left the list by a change to Accept along the owner and history indexes', () => {
    const plan = (database.db.prepare(`EXPLAIN QUERY PLAN ${IGNORED_MOVED_OFF_SQL}`).all({ teamId: TEAM, ownerId: OWNER }) as { detail: string }[]).map((step) => step.detail);
    expect(plan).toEqual([
      expect.stringMatching(/^SEARCH invitations USING COVERING INDEX invitations_by_owner \(team_id=\? AND owner_id=\? AND status=\?\)/),
      expect.stringMatching(/^SEARCH e EXISTS USING INDEX decision_events_by_invitation \(invitation_id=\?\)/),
    ]);
  });
});

describe('decision counts', () => {
  /** A check made at T0 + `minute` minutes and left pending. */
  function pending(name: string, minute: number, where: { teamId?: string; ownerId?: string } = {}): void {
    storePendingCheck(invitations, { teamId: where.teamId ?? TEAM, ownerId: where.ownerId ?? OWNER, name, createdAt: new Date(T0 + minute * MINUTE) });
  }

  it('counts one person, or the team, over a period: waiting at its end means still pending or decided after it', () => {
    // Checked at T0, decided within the hour, after it, or never; a teammate's; another workspace's.
    decided('Accepted in it', 10, 'accepted');
    decided('Ignored in it', 20, 'ignored');
    decided('Decided after it', 90, 'declined');
    pending('Still waiting', 5);
    pending('Checked after it', 70);
    decided('Teammate blocked', 30, 'blocked', { ownerId: TEAMMATE });
    pending('Teammate waiting', 1, { ownerId: TEAMMATE });
    decided('Elsewhere', 10, 'accepted', { teamId: OTHER_TEAM });
    pending('Elsewhere waiting', 1, { teamId: OTHER_TEAM });

    const hour = [new Date(T0), new Date(T0 + 60 * MINUTE)] as const;
    expect(insights.decisionCounts(TEAM, OWNER, ...hour)).toEqual({ pending: 2, accepted: 1, ignored: 1, declined: 0, blocked: 0 });
    expect(insights.decisionCounts(TEAM, null, ...hour)).toEqual({ pending: 3, accepted: 1, ignored: 1, declined: 0, blocked: 1 });
    expect(insights.decisionCounts(TEAM, OWNER, null)).toEqual({ pending: 2, accepted: 1, ignored: 1, declined: 1, blocked: 0 });
    expect(insights.decisionCounts(TEAM, null, null)).toEqual({ pending: 3, accepted: 1, ignored: 1, declined: 1, blocked: 1 });
  });

  it("reads one person's counts through the owner indexes, never the whole workspace", () => {
    const params = { teamId: TEAM, ownerId: OWNER, since: T0, until: T0 + MINUTE };
    const plan = (sql: string) => (database.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((step) => step.detail);
    expect(plan(OWNER_COUNTS_SQL.decided)).toEqual([
      expect.stringMatching(/^SEARCH invitations USING INDEX invitations_by_owner_decided \(team_id=\? AND owner_id=\? AND decided_at>\? AND decided_at<\?\)/),
      'USE TEMP B-TREE FOR GROUP BY',
    ]);
    const waiting = plan(OWNER_COUNTS_SQL.waiting).filter((step) => step.startsWith('SEARCH') || step.startsWith('SCAN invitations'));
    expect(waiting).toEqual([
      expect.stringMatching(/^SEARCH invitations USING COVERING INDEX invitations_by_owner \(team_id=\? AND owner_id=\? AND status=\?/),
      expect.stringMatching(/^SEARCH invitations USING INDEX invitations_by_owner_decided \(team_id=\? AND owner_id=\? AND decided_at>\?\)/),
    ]);
  });
});

describe('people, each counted once however often they were checked (stats and Home)', () => {
  /** A check of `name` (with `profileUrl`, if any) at T0 + `minute`, decided `decision` a minute later unless null. */
  function check(name: string, minute: number, decision: Decision | null, profileUrl: string | null = null, ownerId = OWNER): number {
    const id = invitations.insert({
      teamId: TEAM,
      ownerId,
      name,
      headline: 'Engineer',
      company: null,
      mutualConnections: null,
      note: null,
      profileUrl,
      personKey: `${name.toLowerCase()}|engineer`,
      source: null,
      recommendation: 'review',
      score: 50,
      reasons: [],
      channelId: null,
      requestKey: null,
      createdAt: new Date(T0 + minute * MINUTE),
    }).record.id;
    if (decision !== null) invitations.decide({ teamId: TEAM, id, actorId: ownerId, decision, reason: null, note: null, at: new Date(T0 + (minute + 1) * MINUTE) });
    return id;
  }
  const PRIYA = 'https://www.linkedin.com/in/priya-raman';

  it('a person checked three times counts once, by the newest decision on them', () => {
    // Priya: ignored, ignored again (once without her URL), then accepted.
    check('Priya Raman', 0, 'ignored', PRIYA);
    check('Priya Raman', 10, 'ignored');
    check('Priya Raman', 20, 'accepted', PRIYA);
    // Ben: checked twice, both declined. Ana: checked twice, still waiting on both.
    check('Ben Okafor', 5, 'declined');
    check('Ben Okafor', 15, 'declined');
    check('Ana Silva', 6, null);
    check('Ana Silva', 16, null);
    // A teammate's checks of Priya are theirs.
    check('Priya Raman', 30, 'blocked', PRIYA, TEAMMATE);
    expect(insights.decisionCounts(TEAM, OWNER, null)).toEqual({ pending: 2, accepted: 1, ignored: 2, declined: 2, blocked: 0 });
    expect(insights.peopleCounts(TEAM, OWNER, null)).toEqual({ pending: 1, accepted: 1, ignored: 0, declined: 1, blocked: 0 });
    expect(insights.peopleCounts(TEAM, TEAMMATE, null)).toEqual({ pending: 0, accepted: 0, ignored: 0, declined: 0, blocked: 1 });
  });

  it('over a month: the newest decision made in it, or waiting when none of their checks in it is decided', () => {
    check('Priya Raman', 0, 'ignored', PRIYA);
    // Since minute 5: Priya checked again and still waiting; Ben decided twice, declined last.
    check('Priya Raman', 10, null, PRIYA);
    check('Ben Okafor', 11, 'accepted');
    check('Ben Okafor', 12, 'declined');
    const since = new Date(T0 + 5 * MINUTE);
    expect(insights.peopleCounts(TEAM, OWNER, since)).toEqual({ pending: 1, accepted: 0, ignored: 0, declined: 1, blocked: 0 });
    // All time, Priya is someone decided on: ignored.
    expect(insights.peopleCounts(TEAM, OWNER, null)).toEqual({ pending: 0, accepted: 0, ignored: 1, declined: 1, blocked: 0 });
  });

  it('two decisions in the same millisecond: the one on the newer check is the newest', () => {
    check('Priya Raman', 0, 'ignored', PRIYA);
    check('Priya Raman', 0, 'accepted', PRIYA);
    expect(insights.peopleCounts(TEAM, OWNER, null)).toEqual({ pending: 0, accepted: 1, ignored: 0, declined: 0, blocked: 0 });
  });

  it('reads through the owner indexes, and finds the person of a check without a URL along the person index', () => {
    const plan = (database.db.prepare(`EXPLAIN QUERY PLAN ${OWNER_PEOPLE_SQL}`).all({ teamId: TEAM, ownerId: OWNER, since: T0 }) as { detail: string }[]).map((step) => step.detail);
    const reads = plan.filter((step) => step.startsWith('SEARCH') || step.startsWith('SCAN i'));
    expect(reads).toEqual([
      expect.stringMatching(/^SEARCH i USING INDEX invitations_by_owner_decided \(team_id=\? AND owner_id=\? AND decided_at>\?\)/),
      expect.stringMatching(/^SEARCH j USING INDEX invitations_by_person \(team_id=\? AND person_key=\?\)/),
      expect.stringMatching(/^SEARCH i USING INDEX invitations_by_owner \(team_id=\? AND owner_id=\? AND status=\? AND created_at>\?\)/),
      expect.stringMatching(/^SEARCH j USING INDEX invitations_by_person \(team_id=\? AND person_key=\?\)/),
    ]);
  });
});
