import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createInvitationsRepo,
  INVITATION_HISTORY_SQL,
  type InvitationRecord,
  type InvitationsRepo,
  type NewInvitation,
  shownOnCard,
} from '../../src/db/invitations-repo.js';
import { personKey } from '../../src/domain/person-key.js';
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
