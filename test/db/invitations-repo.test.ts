import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createInvitationsRepo,
  INVITATION_HISTORY_SQL,
  LATER_CHECKS_SCANNED,
  LATER_DECISIONS_LISTED,
  LATER_DECISIONS_SQL,
  OTHER_PENDING_SQL,
  PENDING_CHECKS_SCANNED,
  type InvitationRecord,
  type InvitationsRepo,
  type NewInvitation,
  SAME_NAME_CHECKS_LISTED,
  SAME_NAME_HEADLINES_READ,
  SAME_NAME_SQL,
  shownOnCard,
} from '../../src/db/invitations-repo.js';
import { createPrivacyRepo } from '../../src/db/privacy-repo.js';
import { nameKey, personKey, sameNameKeys } from '../../src/domain/person-key.js';
import { tempDatabase } from '../support/temp-db.js';

const TEAM = 'T0TEAM0001';
const OTHER_TEAM = 'T0OTHER001';
const OWNER = 'U0OWNER001';
const TEAMMATE = 'U0MATE0001';
const URL = 'https://www.linkedin.com/in/priya-raman-data';
const KEY = personKey('Priya Raman', 'Head of Data Partnerships');
const CREATED = new Date('2024-03-05T14:07:09.000Z');

let database: ReturnType<typeof tempDatabase>;
let repo: InvitationsRepo;

beforeEach(() => {
  database = tempDatabase();
  repo = createInvitationsRepo(database.db);
});

afterEach(() => {
  database.cleanup();
});

function newInvitation(overrides: Partial<NewInvitation> = {}): NewInvitation {
  return {
    teamId: TEAM,
    ownerId: OWNER,
    name: 'Priya Raman',
    headline: 'Head of Data Partnerships',
    company: 'Northwind Analytics',
    mutualConnections: 14,
    note: 'Hi Sam!',
    profileUrl: URL,
    personKey: KEY,
    source: 'LinkedIn email',
    recommendation: 'accept',
    score: 82,
    reasons: ['You share 14 mutual connections.', 'Their note is personal.'],
    channelId: 'C0CHANNEL1',
    requestKey: null,
    createdAt: CREATED,
    ...overrides,
  };
}

function insert(overrides: Partial<NewInvitation> = {}): InvitationRecord {
  return repo.insert(newInvitation(overrides)).record;
}

function count(): number {
  return (database.db.prepare('SELECT count(*) AS n FROM invitations').get() as { n: number }).n;
}

describe('insert', () => {
  it('stores a check and reads it back whole', () => {
    const { record, created } = repo.insert(newInvitation({ requestKey: 'command:1' }));
    expect(created).toBe(true);
    expect(record).toEqual({
      id: expect.any(Number),
      teamId: TEAM,
      ownerId: OWNER,
      name: 'Priya Raman',
      headline: 'Head of Data Partnerships',
      company: 'Northwind Analytics',
      mutualConnections: 14,
      note: 'Hi Sam!',
      profileUrl: URL,
      personKey: KEY,
      source: 'LinkedIn email',
      recommendation: 'accept',
      score: 82,
      reasons: ['You share 14 mutual connections.', 'Their note is personal.'],
      status: 'pending',
      decidedAt: null,
      decidedBy: null,
      decisionReason: null,
      decisionNote: null,
      channelId: 'C0CHANNEL1',
      messageTs: null,
      responseUrl: null,
      unansweredPostIn: null,
      cardThreadTs: null,
      checkedInGroupDm: false,
      createdAt: CREATED,
    });
    expect(repo.findById(TEAM, record.id)).toEqual(record);
  });

  it('stores a retried delivery once per team and request key, returning the first', () => {
    const first = repo.insert(newInvitation({ requestKey: 'command:trigger-1' }));
    const retry = repo.insert(newInvitation({ requestKey: 'command:trigger-1', name: 'Someone Else', score: 10 }));
    expect(retry.created).toBe(false);
    expect(retry.record).toEqual(first.record);
    expect(count()).toBe(1);
  });

  it('treats the same request key in another team as a new check', () => {
    const first = repo.insert(newInvitation({ requestKey: 'view:V1' }));
    const other = repo.insert(newInvitation({ requestKey: 'view:V1', teamId: OTHER_TEAM }));
    expect(other.created).toBe(true);
    expect(other.record.id).not.toBe(first.record.id);
    expect(other.record.teamId).toBe(OTHER_TEAM);
  });

  it('stores every check without a request key', () => {
    expect(repo.insert(newInvitation()).created).toBe(true);
    expect(repo.insert(newInvitation()).created).toBe(true);
    expect(count()).toBe(2);
  });
});

describe('findById', () => {
  it('is scoped to the team: another team’s id finds nothing', () => {
    const mine = insert();
    const theirs = insert({ teamId: OTHER_TEAM });
    expect(repo.findById(TEAM, mine.id)?.id).toBe(mine.id);
    expect(repo.findById(TEAM, theirs.id)).toBeNull();
    expect(repo.findById(OTHER_TEAM, mine.id)).toBeNull();
    expect(repo.findById(TEAM, 987654)).toBeNull();
  });
});

describe('findEarlierChecks', () => {
  const ids = (records: readonly { id: number }[]) => records.map((record) => record.id);

  function seed() {
    return {
      byUrl: insert({ ownerId: TEAMMATE }),
      byKeyNoUrl: insert({ profileUrl: null }),
      otherUrlSameKey: insert({ profileUrl: 'https://www.linkedin.com/in/another-priya' }),
      sameUrlOtherKey: insert({ personKey: personKey('Priya R.', 'Data') }),
      otherTeam: insert({ teamId: OTHER_TEAM }),
      otherTeamNoUrl: insert({ teamId: OTHER_TEAM, profileUrl: null }),
      stranger: insert({ profileUrl: null, personKey: personKey('Sam Lee', null) }),
    };
  }

  it('matches by profile URL, and by person key where either side lacks a URL, newest first', () => {
    const s = seed();
    expect(ids(repo.findEarlierChecks({ teamId: TEAM, profileUrl: URL, personKey: KEY }))).toEqual([
      s.sameUrlOtherKey.id,
      s.byKeyNoUrl.id,
      s.byUrl.id,
    ]);
  });

  it('matches by person key alone when the new check has no URL', () => {
    const s = seed();
    expect(ids(repo.findEarlierChecks({ teamId: TEAM, profileUrl: null, personKey: KEY }))).toEqual([
      s.otherUrlSameKey.id,
      s.byKeyNoUrl.id,
      s.byUrl.id,
    ]);
  });

  it('lists at most ten, newest first, and counts them all', () => {
    const inserted = Array.from({ length: 13 }, () => insert({}));
    const person = { teamId: TEAM, profileUrl: URL, personKey: KEY };
    expect(ids(repo.findEarlierChecks(person))).toEqual(inserted.slice(3).reverse().map((record) => record.id));
    expect(repo.countEarlierChecks(person)).toBe(13);
    expect(repo.countEarlierChecks({ ...person, beforeId: inserted[5]?.id ?? 0 })).toBe(5);
  });

  it('never matches across teams', () => {
    const s = seed();
    expect(ids(repo.findEarlierChecks({ teamId: OTHER_TEAM, profileUrl: URL, personKey: KEY }))).toEqual([s.otherTeamNoUrl.id, s.otherTeam.id]);
    expect(repo.findEarlierChecks({ teamId: 'T0NOBODY01', profileUrl: URL, personKey: KEY })).toEqual([]);
  });

  it('finds only checks before the given one, never itself', () => {
    const older = insert();
    const current = insert();
    insert();
    expect(ids(repo.findEarlierChecks({ teamId: TEAM, profileUrl: URL, personKey: KEY, beforeId: current.id }))).toEqual([older.id]);
  });

  it('returns at most ten, the newest', () => {
    const all = Array.from({ length: 13 }, () => insert());
    const found = repo.findEarlierChecks({ teamId: TEAM, profileUrl: URL, personKey: KEY });
    expect(ids(found)).toEqual(ids(all.slice(3).reverse()));
  });

  it('takes the ten newest across checks of the URL and checks of the name without one, and counts both', () => {
    const all = Array.from({ length: 16 }, (_, index) => insert(index % 2 === 0 ? {} : { profileUrl: null }));
    insert({ profileUrl: 'https://www.linkedin.com/in/another-priya' }); // same name, another URL: someone else
    const person = { teamId: TEAM, profileUrl: URL, personKey: KEY };
    expect(ids(repo.findEarlierChecks(person))).toEqual(ids(all.slice(6).reverse()));
    expect(repo.countEarlierChecks(person)).toBe(16);
    expect(repo.countEarlierChecks({ ...person, profileUrl: null })).toBe(17);
  });

  it('reads only its indexes, newest first, never every match of a much-checked person', () => {
    for (const [name, sql] of Object.entries(INVITATION_HISTORY_SQL)) {
      const plan = (database.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ teamId: TEAM, personKey: KEY, profileUrl: URL, beforeId: 1 }) as { detail: string }[]).map(
        (step) => step.detail,
      );
      expect(plan.filter((step) => /^SCAN invitations|MULTI-INDEX OR/.test(step)), name).toEqual([]);
      const searches = plan.filter((step) => step.startsWith('SEARCH invitations'));
      expect(searches.length, name).toBeGreaterThan(0);
      // An old block or decline is found along the indexes that hold only those (014), not by
      // walking every later check of the person.
      if (/^(blocked|declined)By/.test(name)) {
        for (const step of searches) expect(step, name).toMatch(/USING INDEX invitations_always_seen_by_(profile|person) \(team_id=\? AND (profile_url|person_key)=\? AND status=\? AND rowid<\?\)/);
      }
    }
  });

  describe('a block or a decline is never lost behind later checks', () => {
    const decide = (record: InvitationRecord, decision: 'blocked' | 'declined' | 'ignored', reason: string | null = null) =>
      repo.decide({ teamId: TEAM, id: record.id, actorId: record.ownerId, decision, reason, note: null, at: new Date('2024-03-06T09:30:00.000Z') });
    const person = { teamId: TEAM, profileUrl: URL, personKey: KEY };

    it('lists the newest block and decline after the ten newest, however many checks came since', () => {
      const blocked = insert({ ownerId: TEAMMATE });
      decide(blocked, 'blocked', 'Crypto pitches to the whole team');
      const declined = insert();
      decide(declined, 'declined');
      const later = Array.from({ length: 40 }, (_, index) => insert(index % 2 === 0 ? {} : { profileUrl: null }));
      const found = repo.findEarlierChecks(person);
      expect(ids(found)).toEqual([...ids(later.slice(-10).reverse()), declined.id, blocked.id]);
      expect(found.at(-1)).toMatchObject({ ownerId: TEAMMATE, status: 'blocked', decisionReason: 'Crypto pitches to the whole team' });
      expect(repo.countEarlierChecks(person)).toBe(42);
      // By name and headline alone, the same.
      expect(ids(repo.findEarlierChecks({ ...person, profileUrl: null })).slice(-2)).toEqual([declined.id, blocked.id]);
      // From a later check's place (its card redrawn, or weighed again), only what came before it.
      expect(ids(repo.findEarlierChecks({ ...person, beforeId: later[5]?.id ?? 0 }))).toEqual([...ids(later.slice(0, 5).reverse()), declined.id, blocked.id]);
    });

    it('finds a block made under a name without a profile URL from a check with one', () => {
      const blocked = insert({ profileUrl: null });
      decide(blocked, 'blocked');
      Array.from({ length: 12 }, () => insert());
      expect(repo.findEarlierChecks(person).map((check) => check.status)).toEqual([...Array<string>(10).fill('pending'), 'blocked']);
    });

    it('reads no more when the ten newest already hold a block and a decline, and only the newest of each', () => {
      const oldBlock = insert();
      decide(oldBlock, 'blocked');
      const recent = Array.from({ length: 12 }, () => insert());
      const [a, b] = recent.slice(-3);
      if (a === undefined || b === undefined) throw new Error('seeded');
      decide(a, 'blocked');
      decide(b, 'declined');
      expect(ids(repo.findEarlierChecks(person))).toEqual(ids(recent.slice(-10).reverse()));
    });

    it('leaves a person with ten or fewer earlier checks, or with neither decision, as they were', () => {
      const none = Array.from({ length: 14 }, () => insert());
      const [ignored] = none;
      if (ignored !== undefined) decide(ignored, 'ignored');
      expect(ids(repo.findEarlierChecks(person))).toEqual(ids(none.slice(-10).reverse()));
      expect(repo.findEarlierChecks({ teamId: OTHER_TEAM, profileUrl: URL, personKey: KEY })).toEqual([]);
    });

    it('never reaches across teams for one', () => {
      const blockedElsewhere = insert({ teamId: OTHER_TEAM });
      repo.decide({ teamId: OTHER_TEAM, id: blockedElsewhere.id, actorId: OWNER, decision: 'blocked', reason: null, note: null, at: new Date() });
      Array.from({ length: 11 }, () => insert());
      expect(repo.findEarlierChecks(person).map((check) => check.status)).not.toContain('blocked');
    });
  });

  it('carries what history shows: who, what was decided, when and why', () => {
    const decided = insert({ ownerId: TEAMMATE });
    const decidedAt = new Date('2024-03-06T09:30:00.000Z');
    repo.decide({ teamId: TEAM, id: decided.id, actorId: TEAMMATE, decision: 'ignored', reason: 'Recruiter spam', note: 'Third time', at: decidedAt });
    const pending = insert();
    expect(repo.findEarlierChecks({ teamId: TEAM, profileUrl: URL, personKey: KEY })).toEqual([
      { id: pending.id, ownerId: OWNER, status: 'pending', decidedAt: null, decisionReason: null, decisionNote: null, createdAt: CREATED },
      { id: decided.id, ownerId: TEAMMATE, status: 'ignored', decidedAt, decisionReason: 'Recruiter spam', decisionNote: 'Third time', createdAt: CREATED },
    ]);
  });
});

describe('findLaterDecisions and pendingChecksOfPerson: the checks of a person on either side of one', () => {
  const ids = (records: readonly { id: number }[]) => records.map((record) => record.id);
  const at = new Date('2024-03-06T09:30:00.000Z');
  const decide = (record: InvitationRecord, decision: 'accepted' | 'blocked' | 'declined' | 'ignored') =>
    repo.decide({ teamId: TEAM, id: record.id, actorId: record.ownerId, decision, reason: null, note: null, at });
  const person = { teamId: TEAM, profileUrl: URL, personKey: KEY };

  it('reads only decisions made on later checks of the same person, newest first, as the history finds a person', () => {
    const first = insert();
    const earlierBlock = insert({ ownerId: TEAMMATE });
    decide(earlierBlock, 'blocked');
    const pendingLater = insert();
    const acceptedLater = insert({ ownerId: TEAMMATE });
    decide(acceptedLater, 'accepted');
    const ignoredNoUrl = insert({ profileUrl: null });
    decide(ignoredNoUrl, 'ignored');
    const someoneElse = insert({ profileUrl: 'https://www.linkedin.com/in/another-priya' });
    decide(someoneElse, 'blocked');
    const otherTeam = insert({ teamId: OTHER_TEAM });
    decide(otherTeam, 'blocked');
    expect(ids(repo.findLaterDecisions({ ...person, afterId: first.id }))).toEqual([ignoredNoUrl.id, acceptedLater.id, earlierBlock.id]);
    expect(ids(repo.findLaterDecisions({ ...person, afterId: earlierBlock.id }))).toEqual([ignoredNoUrl.id, acceptedLater.id]);
    expect(repo.findLaterDecisions({ ...person, afterId: first.id })[1]).toMatchObject({ ownerId: TEAMMATE, status: 'accepted', decidedAt: at });
    // Without a URL, by name and headline: the other URL's block counts too, as the history counts it.
    expect(ids(repo.findLaterDecisions({ ...person, profileUrl: null, afterId: first.id }))).toEqual([someoneElse.id, ignoredNoUrl.id, acceptedLater.id, earlierBlock.id]);
    expect(pendingLater.status).toBe('pending');
  });

  it(`lists the newest ${LATER_DECISIONS_LISTED}, and a block or decline behind those, or behind ${LATER_CHECKS_SCANNED} waiting checks`, () => {
    const first = insert();
    const blocked = insert({ ownerId: TEAMMATE });
    decide(blocked, 'blocked');
    const declined = insert();
    decide(declined, 'declined');
    const ignored = Array.from({ length: LATER_DECISIONS_LISTED + 2 }, () => insert());
    for (const record of ignored) decide(record, 'ignored');
    expect(ids(repo.findLaterDecisions({ ...person, afterId: first.id }))).toEqual([...ids(ignored.slice(-LATER_DECISIONS_LISTED).reverse()), declined.id, blocked.id]);
    // A person mass-inviting: the scan stops, the block and decline are still found.
    Array.from({ length: LATER_CHECKS_SCANNED }, () => insert());
    expect(ids(repo.findLaterDecisions({ ...person, afterId: first.id }))).toEqual([declined.id, blocked.id]);
  });

  it(`finds the newest waiting checks of the person but one, among their ${PENDING_CHECKS_SCANNED} newest`, () => {
    const changed = insert();
    const waiting = [insert({ ownerId: TEAMMATE }), insert({ profileUrl: null }), insert()];
    const decidedOne = insert();
    decide(decidedOne, 'accepted');
    insert({ profileUrl: 'https://www.linkedin.com/in/another-priya' });
    insert({ teamId: OTHER_TEAM });
    expect(ids(repo.pendingChecksOfPerson({ ...person, exceptId: changed.id }, 20))).toEqual(ids(waiting).reverse());
    expect(ids(repo.pendingChecksOfPerson({ ...person, exceptId: changed.id }, 2))).toEqual(ids(waiting.slice(1)).reverse());
    // By name and headline: the other URL's check is the same person as far as a check without one can tell.
    expect(repo.pendingChecksOfPerson({ ...person, profileUrl: null, exceptId: changed.id }, 20)).toHaveLength(4);
    // Behind the scanned checks of the URL, its waiting checks are out of reach; each branch scans
    // its own, so the one without a URL is still found.
    const scanned = Array.from({ length: PENDING_CHECKS_SCANNED }, () => insert());
    for (const record of scanned) decide(record, 'ignored');
    expect(ids(repo.pendingChecksOfPerson({ ...person, exceptId: changed.id }, 20))).toEqual([waiting[1]?.id]);
  });

  it('reads along the person indexes, newest first, never every check of the team', () => {
    for (const [name, sql] of [...Object.entries(LATER_DECISIONS_SQL), ...Object.entries(OTHER_PENDING_SQL).map(([variant, text]) => [`pending ${variant}`, text] as const)]) {
      const params = { teamId: TEAM, personKey: KEY, profileUrl: URL, afterId: 1, exceptId: 1, limit: 20 };
      const plan = (database.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((step) => step.detail);
      // (A temporary B-tree only sorts a branch's few rows, read newest first and stopped at its limit.)
      expect(plan.filter((step) => /^SCAN invitations|MULTI-INDEX OR/.test(step)), name).toEqual([]);
      const searches = plan.filter((step) => step.startsWith('SEARCH invitations'));
      expect(searches.length, name).toBeGreaterThan(0);
      for (const step of searches) {
        if (/^(blocked|declined)By/.test(name)) expect(step, name).toMatch(/USING INDEX invitations_always_seen_by_(profile|person) \(team_id=\? AND (profile_url|person_key)=\? AND status=\? AND rowid>\?\)/);
        else expect(step, name).toMatch(/USING INDEX invitations_by_(profile|person|person_without_url) \(team_id=\? AND (profile_url|person_key)=\?( AND rowid>\?)?\)/);
      }
    }
  });
});

describe('findSameNameChecks', () => {
  // Priya Raman as a recruiter at Acme, checked and ignored; later back as a talent partner.
  const PARTNER = personKey('Priya Raman', 'Talent Partner at Globex');
  const OTHER_URL = 'https://www.linkedin.com/in/another-priya';
  const checkAs = (name: string, headline: string | null, overrides: Partial<NewInvitation> = {}) =>
    insert({ name, headline, company: null, profileUrl: null, personKey: personKey(name, headline), ...overrides });
  const ids = (checks: readonly { id: number }[]) => checks.map((check) => check.id);
  const partner = (overrides: { profileUrl?: string | null; beforeId?: number; teamId?: string } = {}) => ({
    teamId: overrides.teamId ?? TEAM,
    profileUrl: overrides.profileUrl ?? null,
    personKey: PARTNER,
    ...(overrides.beforeId === undefined ? {} : { beforeId: overrides.beforeId }),
  });

  it('finds checks of the same name under another headline, newest first, with who and what was decided', () => {
    const first = checkAs('Priya Raman', 'Recruiter at Acme', { ownerId: TEAMMATE, company: 'Acme' });
    repo.decide({ teamId: TEAM, id: first.id, actorId: TEAMMATE, decision: 'ignored', reason: 'Not relevant to my work', note: 'Only recruiting', at: new Date('2024-03-06T09:30:00.000Z') });
    const noHeadline = checkAs('Priya Raman', null);
    checkAs('Priya Raman', 'Talent Partner at Globex'); // the same key: ordinary history, not a hint
    const found = repo.findSameNameChecks(partner());
    expect(ids(found)).toEqual([noHeadline.id, first.id]);
    expect(found[1]).toEqual({
      id: first.id,
      ownerId: TEAMMATE,
      status: 'ignored',
      decidedAt: new Date('2024-03-06T09:30:00.000Z'),
      decisionReason: 'Not relevant to my work',
      decisionNote: 'Only recruiting',
      createdAt: CREATED,
      name: 'Priya Raman',
      headline: 'Recruiter at Acme',
      company: 'Acme',
    });
  });

  it('lists at most three, the newest, across headlines', () => {
    const all = ['Recruiter', 'Sourcer', 'Recruiter', 'Head of People', 'Sourcer', 'Recruiter'].map((headline) => checkAs('Priya Raman', headline));
    expect(SAME_NAME_CHECKS_LISTED).toBe(3);
    expect(ids(repo.findSameNameChecks(partner()))).toEqual(ids(all.slice(-3).reverse()));
  });

  it('matches the whole name only: not Priya Ramanathan, Priya Raman Jr or Priya', () => {
    checkAs('Priya Ramanathan', 'Recruiter at Acme');
    checkAs('Priya Raman Jr', 'Recruiter at Acme');
    checkAs('Priya', 'Recruiter at Acme');
    checkAs('Raman', 'Recruiter at Acme');
    checkAs('Priya Rama', 'Recruiter at Acme');
    expect(repo.findSameNameChecks(partner())).toEqual([]);
    expect(sameNameKeys(personKey('Priya Ramanathan', 'x'))).toEqual({ low: 'priya ramanathan|', high: 'priya ramanathan}' });
  });

  it('folds case, accents, punctuation and spaces as the person key does', () => {
    const found = [checkAs('PRIYA  RÁMAN', 'Recruiter at Acme'), checkAs('priya-raman', 'Sourcer'), checkAs('Priya Ra\u0301man.', 'Head of People')];
    expect(new Set(found.map((record) => nameKey(record.name)))).toEqual(new Set(['priya raman']));
    expect(ids(repo.findSameNameChecks(partner()))).toEqual(ids(found.reverse()));
  });

  it('finds nothing for a one-word name, however often it was checked', () => {
    checkAs('Priya', 'Recruiter at Acme');
    checkAs('Priya', 'Sourcer');
    expect(repo.findSameNameChecks({ teamId: TEAM, profileUrl: null, personKey: personKey('Priya', 'Talent Partner') })).toEqual([]);
    expect(repo.findSameNameChecks({ teamId: TEAM, profileUrl: null, personKey: personKey('', null) })).toEqual([]);
  });

  it('skips a check whose profile URL says it is someone else, and leaves the same URL to the ordinary history', () => {
    const noUrl = checkAs('Priya Raman', 'Recruiter at Acme');
    const otherProfile = checkAs('Priya Raman', 'Sourcer', { profileUrl: OTHER_URL });
    checkAs('Priya Raman', 'Head of People', { profileUrl: URL }); // this check's own profile: already its history
    // From a check with a URL: only those without one.
    expect(ids(repo.findSameNameChecks(partner({ profileUrl: URL })))).toEqual([noUrl.id]);
    expect(ids(repo.findEarlierChecks({ teamId: TEAM, profileUrl: URL, personKey: PARTNER }))).not.toContain(noUrl.id);
    // From a check without one, nothing contradicts: a URL alone does not make them someone else.
    expect(ids(repo.findSameNameChecks(partner())).slice(1)).toEqual([otherProfile.id, noUrl.id]);
  });

  it('finds only checks before the given one, within the team', () => {
    const before = checkAs('Priya Raman', 'Recruiter at Acme');
    const self = checkAs('Priya Raman', 'Talent Partner at Globex');
    checkAs('Priya Raman', 'Sourcer');
    checkAs('Priya Raman', 'Head of People', { teamId: OTHER_TEAM });
    expect(ids(repo.findSameNameChecks(partner({ beforeId: self.id })))).toEqual([before.id]);
    expect(repo.findSameNameChecks(partner({ teamId: 'T0NOBODY01' }))).toEqual([]);
    expect(ids(repo.findSameNameChecks(partner({ teamId: OTHER_TEAM })))).toHaveLength(1);
  });

  it('never shows a check whose details retention removed, nor one forgotten', () => {
    const privacy = createPrivacyRepo(database.db);
    const purged = checkAs('Priya Raman', 'Recruiter at Acme', { ownerId: TEAMMATE });
    repo.decide({ teamId: TEAM, id: purged.id, actorId: TEAMMATE, decision: 'blocked', reason: 'Spam', note: null, at: new Date('2024-03-06T09:30:00.000Z') });
    const forgotten = checkAs('Priya Raman', 'Sourcer');
    const kept = checkAs('Priya Raman', 'Head of People');
    expect(ids(repo.findSameNameChecks(partner()))).toEqual([kept.id, forgotten.id, purged.id]);
    expect(privacy.removeExpiredDetails(new Date('2025-01-01T00:00:00.000Z'), 10, new Date('2025-01-01T00:00:00.000Z')).removed).toBe(1);
    expect(privacy.forgetChecks(TEAM, OWNER, [forgotten.id], new Date('2025-01-01T00:00:00.000Z'))).toHaveLength(1);
    expect(ids(repo.findSameNameChecks(partner()))).toEqual([kept.id]);
    // Nor from the purged check's own place: its key names nobody.
    const stored = repo.findById(TEAM, purged.id);
    expect(stored?.personKey).toMatch(/^removed:/);
    expect(repo.findSameNameChecks({ teamId: TEAM, profileUrl: null, personKey: stored?.personKey ?? '' })).toEqual([]);
  });

  it('reads along the person indexes, never scanning the table nor a headline\'s checks', () => {
    const params = { teamId: TEAM, personKey: PARTNER, beforeId: 1, ...sameNameKeys(PARTNER) };
    for (const [variant, sql] of Object.entries(SAME_NAME_SQL)) {
      const plan = (database.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((step) => step.detail);
      const index = variant === 'withoutUrl' ? 'invitations_by_person_without_url' : 'invitations_by_person';
      expect(plan.filter((step) => /^SCAN invitations|^SCAN earlier|MULTI-INDEX OR/.test(step)), variant).toEqual([]);
      const searches = plan.filter((step) => /^SEARCH (invitations|earlier)/.test(step));
      // The first headline, each next one a step past the last, each headline's newest few, then their rows.
      expect(searches, variant).toEqual([
        expect.stringMatching(new RegExp(`^SEARCH invitations USING (COVERING )?INDEX ${index} \\(team_id=\\? AND person_key>\\? AND person_key<\\?\\)$`)),
        expect.stringMatching(new RegExp(`^SEARCH invitations USING (COVERING )?INDEX ${index} \\(team_id=\\? AND person_key>\\? AND person_key<\\?\\)$`)),
        'SEARCH earlier USING INTEGER PRIMARY KEY (rowid=?)',
        expect.stringMatching(new RegExp(`^SEARCH invitations USING (COVERING )?INDEX ${index} \\(team_id=\\? AND person_key=\\? AND rowid<\\?\\)$`)),
      ]);
    }
  });

  it('costs the same however often one headline was checked: 10,000 under this key and 10,000 under another', () => {
    const many = database.db.prepare(`
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
      INSERT INTO invitations (team_id, owner_id, name, headline, person_key, recommendation, score, reasons, created_at, updated_at)
      SELECT @teamId, @ownerId, 'Priya Raman', @headline, @personKey, 'review', 50, '[]', @at, @at FROM n`);
    const time = (reads: number) => {
      const started = performance.now();
      for (let i = 0; i < reads; i += 1) repo.findSameNameChecks(partner());
      return performance.now() - started;
    };
    const first = checkAs('Priya Raman', 'Recruiter at Acme');
    time(200);
    const few = time(2000);
    many.run({ teamId: TEAM, ownerId: OWNER, headline: 'Talent Partner at Globex', personKey: PARTNER, at: CREATED.getTime() });
    many.run({ teamId: TEAM, ownerId: OWNER, headline: 'Sourcer', personKey: personKey('Priya Raman', 'Sourcer'), at: CREATED.getTime() });
    const last = checkAs('Priya Raman', 'Recruiter at Acme');
    time(200);
    const crowded = time(2000);
    expect(ids(repo.findSameNameChecks(partner()))).toEqual([last.id, (last.id - 1), (last.id - 2)]);
    expect(ids(repo.findSameNameChecks(partner())).includes(first.id)).toBe(false);
    // A walk over either headline's 10,000 checks would cost some milliseconds a read; the reads
    // stay within a few times the cost with none (a generous bound, for a busy machine).
    expect(crowded).toBeLessThan(few * 4 + 50);
  });

  it('looks at no more than a bound of the name\'s headlines', () => {
    const headlines = Array.from({ length: SAME_NAME_HEADLINES_READ + 5 }, (_, i) => `Role ${String(i).padStart(2, '0')}`);
    for (const headline of headlines) checkAs('Priya Raman', headline);
    // The headlines are read in key order: the first SAME_NAME_HEADLINES_READ (this check's own sorts after them).
    const found = repo.findSameNameChecks(partner());
    expect(found).toHaveLength(3);
    expect(found.map((check) => check.headline)).toEqual(headlines.slice(SAME_NAME_HEADLINES_READ - 3, SAME_NAME_HEADLINES_READ).reverse());
  });
});

describe('forgetting and the same-name hints of later checks', () => {
  // 34 headlines: past the SAME_NAME_HEADLINES_READ first ones a hint looks at.
  const HEADLINES = Array.from({ length: 34 }, (_, i) => `Role ${String(i).padStart(2, '0')}`);
  const rows = fc.array(
    fc.record({
      name: fc.constantFrom('Priya Raman', 'Priya Raman', 'Bo Chen'),
      headline: fc.oneof(fc.constantFrom(...HEADLINES.slice(0, 2)), fc.constantFrom(...HEADLINES.slice(-2)), fc.constantFrom(...HEADLINES)),
      url: fc.constantFrom(null, null, URL, 'https://www.linkedin.com/in/another-priya'),
      ownerId: fc.constantFrom(OWNER, TEAMMATE),
      forgotten: fc.boolean(),
    }),
    { maxLength: 40 },
  );

  it('passes over the later checks whose hints list three newer checks under other headlines, and only those', () => {
    const privacy = createPrivacyRepo(database.db);
    const checkAs = (name: string, headline: string, ownerId: string, profileUrl: string | null = null) =>
      insert({ name, headline, ownerId, profileUrl, personKey: personKey(name, headline) }).id;
    const priya = checkAs('Priya Raman', 'Recruiter', OWNER);
    // From a check with a URL only those without one count: each of these lists the forgotten one.
    const withUrls = [1, 2, 3].map(() => checkAs('Priya Raman', 'Head of People', TEAMMATE, URL));
    const partnerWithUrl = checkAs('Priya Raman', 'Talent Partner', TEAMMATE, URL);
    // These list the newer ones with URLs, but are compared all the same: passed over only on
    // evidence that holds whatever the later check's URL.
    const sourcers = [1, 2, 3].map(() => checkAs('Priya Raman', 'Sourcer', TEAMMATE));
    // Three newer without a URL under another headline: not compared.
    const passedOver = checkAs('Priya Raman', 'Talent Partner', TEAMMATE, URL);
    // Three newer under its own headline do not count: Bo's forgotten check is still listed.
    const bo = checkAs('Bo Chen', 'Recruiter', OWNER);
    const boSourcers = [1, 2, 3, 4].map(() => checkAs('Bo Chen', 'Sourcer', TEAMMATE));
    const boPassedOver = checkAs('Bo Chen', 'Founder', TEAMMATE);
    // Nor do three newer under a headline past the first SAME_NAME_HEADLINES_READ, which no hint looks at.
    for (let i = 0; i < SAME_NAME_HEADLINES_READ - 1; i += 1) checkAs('Ana Lima', `Role ${String(i).padStart(2, '0')}`, TEAMMATE);
    const ana = checkAs('Ana Lima', `Role ${SAME_NAME_HEADLINES_READ - 1}`, OWNER);
    const pastTheFirst = [1, 2, 3].map(() => checkAs('Ana Lima', 'Zoologist', TEAMMATE));
    const anaLater = checkAs('Ana Lima', 'Role 05', TEAMMATE);

    const forgotten = new Set([priya, bo, ana]);
    const listing = (id: number) => {
      const record = repo.findById(TEAM, id);
      return record !== null && repo.findSameNameChecks({ ...record, beforeId: id }).some((check) => forgotten.has(check.id));
    };
    const later = [...withUrls, partnerWithUrl, ...sourcers, passedOver, ...boSourcers, boPassedOver, ...pastTheFirst, anaLater];
    expect(later.filter(listing)).toEqual([...withUrls, partnerWithUrl, ...boSourcers, ...pastTheFirst, anaLater]);
    expect([...privacy.tracesOfChecks(TEAM, OWNER, [...forgotten]).sameNameIds].sort((x, y) => x - y)).toEqual([
      ...withUrls,
      partnerWithUrl,
      ...sourcers,
      ...boSourcers,
      ...pastTheFirst,
      anaLater,
    ]);
  });

  it('traces every later check whose hint lists a check being forgotten, by the owner or by forget-me (property)', () => {
    const privacy = createPrivacyRepo(database.db);
    fc.assert(
      fc.property(rows, fc.boolean(), fc.boolean(), (checks, forgetMe, crowded) => {
        database.db.prepare('DELETE FROM invitations').run();
        // The first 30 headlines taken by a teammate's earlier checks: the last 4 are past what a hint looks at.
        if (crowded) for (const headline of HEADLINES.slice(0, 30)) insert({ headline, ownerId: TEAMMATE, profileUrl: null, personKey: personKey('Priya Raman', headline) });
        const stored = checks.map((check) => ({
          ...check,
          record: insert({ name: check.name, headline: check.headline, ownerId: check.ownerId, profileUrl: check.url, personKey: personKey(check.name, check.headline) }),
        }));
        const gone = new Set(stored.filter((check) => check.ownerId === OWNER && (forgetMe || check.forgotten)).map((check) => check.record.id));
        const traced = new Set(
          forgetMe ? privacy.tracesOfPerson(TEAM, OWNER).sameNameIds : privacy.tracesOfChecks(TEAM, OWNER, [...gone]).sameNameIds,
        );
        for (const { record } of stored) {
          if (gone.has(record.id)) continue;
          const hint = repo.findSameNameChecks({ teamId: TEAM, profileUrl: record.profileUrl, personKey: record.personKey, beforeId: record.id });
          if (hint.some((check) => gone.has(check.id))) expect(traced.has(record.id), `check ${record.id}`).toBe(true);
        }
      }),
      { numRuns: 600 },
    );
  });
});

describe('decide', () => {
  const AT = new Date('2024-03-06T09:30:00.000Z');

  it('records the owner’s decision on a pending invitation', () => {
    const { id } = insert();
    expect(repo.decide({ teamId: TEAM, id, actorId: OWNER, decision: 'ignored', reason: 'Not relevant to my work', note: 'Recruiter', at: AT })).toBe(true);
    expect(repo.findById(TEAM, id)).toMatchObject({
      status: 'ignored',
      decidedAt: AT,
      decidedBy: OWNER,
      decisionReason: 'Not relevant to my work',
      decisionNote: 'Recruiter',
    });
  });

  it('changes nothing for another user, another team, or an invitation already decided', () => {
    const { id } = insert();
    expect(repo.decide({ teamId: TEAM, id, actorId: TEAMMATE, decision: 'accepted', reason: null, note: null, at: AT })).toBe(false);
    expect(repo.decide({ teamId: OTHER_TEAM, id, actorId: OWNER, decision: 'accepted', reason: null, note: null, at: AT })).toBe(false);
    expect(repo.findById(TEAM, id)?.status).toBe('pending');

    expect(repo.decide({ teamId: TEAM, id, actorId: OWNER, decision: 'accepted', reason: null, note: null, at: AT })).toBe(true);
    const later = new Date(AT.getTime() + 60_000);
    expect(repo.decide({ teamId: TEAM, id, actorId: OWNER, decision: 'ignored', reason: 'changed my mind', note: null, at: later })).toBe(false);
    expect(repo.decide({ teamId: TEAM, id, actorId: OWNER, decision: 'accepted', reason: null, note: null, at: later })).toBe(false);
    expect(repo.findById(TEAM, id)).toMatchObject({ status: 'accepted', decidedAt: AT, decisionReason: null });
  });

  it('finds nothing to decide for an unknown id', () => {
    expect(repo.decide({ teamId: TEAM, id: 424242, actorId: OWNER, decision: 'accepted', reason: null, note: null, at: AT })).toBe(false);
  });
});

describe('changeDecision', () => {
  const AT = new Date('2024-03-06T09:30:00.000Z');
  const later = (minutes: number) => new Date(AT.getTime() + minutes * 60_000);

  it('keeps the why between one way of turning down and another, when no new reason is given', () => {
    const { id } = insert();
    repo.decide({ teamId: TEAM, id, actorId: OWNER, decision: 'ignored', reason: 'sales_pitch', note: 'Crypto course', at: AT });
    expect(repo.changeDecision({ teamId: TEAM, id, actorId: OWNER, decision: 'blocked', reason: null, note: null, at: later(1) })).toBe(true);
    expect(repo.findById(TEAM, id)).toMatchObject({ status: 'blocked', decidedAt: later(1), decisionReason: 'sales_pitch', decisionNote: 'Crypto course' });
    // A new reason replaces it.
    repo.changeDecision({ teamId: TEAM, id, actorId: OWNER, decision: 'declined', reason: 'Met them, not a fit', note: null, at: later(2) });
    expect(repo.findById(TEAM, id)).toMatchObject({ status: 'declined', decisionReason: 'Met them, not a fit', decisionNote: null });
  });

  it('keeps no reason for turning down on an Accept, nor an Accept’s into a turning down', () => {
    const { id } = insert();
    repo.decide({ teamId: TEAM, id, actorId: OWNER, decision: 'ignored', reason: 'sales_pitch', note: 'Crypto course', at: AT });
    repo.changeDecision({ teamId: TEAM, id, actorId: OWNER, decision: 'accepted', reason: null, note: null, at: later(1) });
    expect(repo.findById(TEAM, id)).toMatchObject({ status: 'accepted', decisionReason: null, decisionNote: null });
    repo.changeDecision({ teamId: TEAM, id, actorId: OWNER, decision: 'ignored', reason: null, note: null, at: later(2) });
    expect(repo.findById(TEAM, id)).toMatchObject({ status: 'ignored', decisionReason: null, decisionNote: null });
  });
});

describe('card location', () => {
  const NOW = new Date('2024-03-05T14:08:00.000Z');

  it('remembers where the card lives, within the team only', () => {
    const { id } = insert();
    repo.setCardLocation(OTHER_TEAM, id, { channelId: 'C0EVIL0001', messageTs: '1.2', responseUrl: null }, NOW);
    expect(repo.findById(TEAM, id)).toMatchObject({ channelId: 'C0CHANNEL1', messageTs: null });
    repo.setCardLocation(TEAM, id, { channelId: 'C0CHANNEL2', messageTs: '1709647629.000100', responseUrl: null }, NOW);
    expect(repo.findById(TEAM, id)).toMatchObject({ channelId: 'C0CHANNEL2', messageTs: '1709647629.000100', responseUrl: null });
  });

  it('answers with what the card should show of the check as it now stands, so a card drawn before a change is found out of date', () => {
    const drawn = insert();
    // Only what the card shows counts: storing where the card is changes nothing on it.
    expect(repo.setCardLocation(TEAM, drawn.id, { channelId: 'C0CHANNEL1', messageTs: '1.1', responseUrl: null }, NOW)).toBe(shownOnCard(drawn));
    repo.decide({ teamId: TEAM, id: drawn.id, actorId: OWNER, decision: 'accepted', reason: null, note: null, at: NOW });
    const decided = repo.findById(TEAM, drawn.id);
    if (decided === null) throw new Error('the check is gone');
    const shownNow = repo.setCardLocation(TEAM, drawn.id, { channelId: 'C0CHANNEL1', messageTs: '1.2', responseUrl: null }, NOW);
    expect(shownNow).not.toBe(shownOnCard(drawn));
    expect(shownNow).toBe(shownOnCard(decided));
    // Another team's check of that id, or one forgotten, is not there to show.
    expect(repo.setCardLocation(OTHER_TEAM, drawn.id, { channelId: 'C0EVIL0001', messageTs: '1.3', responseUrl: null }, NOW)).toBeNull();
  });

  it('notes a card post that went unanswered, until a click notes the message in that conversation (migration 011)', () => {
    const { id } = insert();
    expect(repo.findById(TEAM, id)?.unansweredPostIn).toBeNull();
    repo.noteUnansweredPost(OTHER_TEAM, id, 'C0EVIL0001', NOW);
    expect(repo.findById(TEAM, id)?.unansweredPostIn).toBeNull();
    repo.noteUnansweredPost(TEAM, id, 'C0CHANNEL1', NOW);
    repo.setCardLocation(TEAM, id, { channelId: 'C0CHANNEL1', messageTs: null, responseUrl: 'https://hooks.slack.com/actions/T/1/a' }, NOW);
    expect(repo.findById(TEAM, id)).toMatchObject({ unansweredPostIn: 'C0CHANNEL1', messageTs: null });
    expect(repo.adoptCardMessage(TEAM, id, { channelId: 'C0CHANNEL1', messageTs: '1709647629.000100' }, NOW)).toBe(true);
    expect(repo.findById(TEAM, id)).toMatchObject({ unansweredPostIn: null, messageTs: '1709647629.000100', responseUrl: null });
  });

  it('keeps an unanswered post noted when a message elsewhere is noted', () => {
    const { id } = insert();
    repo.noteUnansweredPost(TEAM, id, 'C0CHANNEL1', NOW);
    expect(repo.adoptCardMessage(TEAM, id, { channelId: 'C0CHANNEL2', messageTs: '1709647629.000200' }, NOW)).toBe(true);
    expect(repo.findById(TEAM, id)).toMatchObject({ unansweredPostIn: 'C0CHANNEL1', channelId: 'C0CHANNEL2' });
  });

  it('keeps the newest response_url, within the team only', () => {
    const { id } = insert();
    repo.rememberResponseUrl(OTHER_TEAM, id, 'https://hooks.slack.com/actions/evil', NOW);
    expect(repo.findById(TEAM, id)?.responseUrl).toBeNull();
    repo.rememberResponseUrl(TEAM, id, 'https://hooks.slack.com/actions/T/1/a', NOW);
    repo.rememberResponseUrl(TEAM, id, 'https://hooks.slack.com/actions/T/2/b', NOW);
    expect(repo.findById(TEAM, id)?.responseUrl).toBe('https://hooks.slack.com/actions/T/2/b');
  });
});

describe('pending invitations of an owner', () => {
  it('come newest first, a page at a time, only the owner’s pending ones in this team', () => {
    const later = new Date(CREATED.getTime() + 60_000);
    const a = insert({ createdAt: CREATED });
    const b = insert({ createdAt: later });
    const c = insert({ createdAt: later }); // the same moment as b: the higher id first
    const d = insert({ createdAt: CREATED });
    insert({ ownerId: TEAMMATE, createdAt: later });
    insert({ teamId: OTHER_TEAM, createdAt: later });
    const decided = insert({ createdAt: later });
    repo.decide({ teamId: TEAM, id: decided.id, actorId: OWNER, decision: 'declined', reason: null, note: null, at: later });

    const ids = (page: ReturnType<InvitationsRepo['pendingForOwner']>) => page.map(({ invitation }) => invitation.id);
    const first = repo.pendingForOwner(TEAM, OWNER, { limit: 3 });
    expect(ids(first)).toEqual([c.id, b.id, d.id]);
    const last = first.at(-1)?.invitation;
    expect(ids(repo.pendingForOwner(TEAM, OWNER, { limit: 3, ...(last ? { after: last } : {}) }))).toEqual([a.id]);
    expect(repo.pendingStamps(TEAM, OWNER).map((row) => row.id)).toEqual([c.id, b.id, d.id, a.id]);
    expect(first[0]?.invitation).toEqual(repo.findById(TEAM, c.id));
  });

  it('carry a stamp that moves with any change to the row or its weights, even within one millisecond', () => {
    const { id } = insert();
    const stamp = () => repo.pendingStamps(TEAM, OWNER)[0]?.stamp;
    const first = stamp();
    expect(repo.pendingForOwner(TEAM, OWNER, { limit: 1 })[0]?.stamp).toBe(first);
    repo.updateEvaluation(TEAM, id, { recommendation: 'accept', score: 82, reasons: ['You share 14 mutual connections.', 'Their note is personal.'] }, CREATED);
    expect(stamp()).toBe(first); // nothing changed, nothing moved
    repo.updateEvaluation(TEAM, id, { recommendation: 'accept', score: 82, reasons: ['Ana Silva knows them.'] }, CREATED);
    const second = stamp();
    expect(second).not.toBe(first);
    repo.rememberResponseUrl(TEAM, id, 'https://hooks.slack.com/actions/T/1/a', new Date(CREATED.getTime() + 1));
    expect(stamp()).not.toBe(second);
  });
});
