import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewInvitation } from '../../src/db/invitations-repo.js';
import { createRepos } from '../../src/db/repos.js';
import { personKey } from '../../src/domain/person-key.js';
import type { Repos } from '../../src/services/deps.js';
import { tempDatabase } from '../support/temp-db.js';

const INSERT_SCRIPT = fileURLToPath(new URL('../support/insert-process.mjs', import.meta.url));

// SQLite gives a new row one more than the table's largest id: without migration 019, forgetting
// the newest check handed its id to the next one, and a form or button still showing the forgotten
// check acted on the new one.

const TEAM = 'T0TEAM0001';
const OWNER = 'U0OWNER001';
const NOW = new Date('2026-11-02T10:00:00.000Z');

let database: ReturnType<typeof tempDatabase>;
let repos: Repos;

beforeEach(() => {
  database = tempDatabase();
  repos = createRepos(database.db);
});

afterEach(() => {
  database.cleanup();
});

function check(name: string, ownerId = OWNER, via: Repos = repos): number {
  const input: NewInvitation = {
    teamId: TEAM,
    ownerId,
    name,
    headline: 'Engineer',
    company: null,
    mutualConnections: 3,
    note: null,
    profileUrl: null,
    personKey: personKey(name, 'Engineer'),
    source: null,
    recommendation: 'review',
    score: 50,
    reasons: [],
    channelId: 'C0CHANNEL1',
    requestKey: null,
    createdAt: NOW,
  };
  return via.invitations.insert(input).record.id;
}

function accept(id: number): void {
  expect(repos.invitations.decide({ teamId: TEAM, id, actorId: OWNER, decision: 'accepted', reason: null, note: null, at: NOW })).toBe(true);
}

function remind(id: number): number {
  expect(repos.nudges.schedule({ invitationId: id, teamId: TEAM, ownerId: OWNER, dueAt: NOW, now: NOW })).toBe(true);
  const row = database.db.prepare('SELECT id FROM thank_you_nudges WHERE invitation_id = ?').get(id) as { id: number };
  return row.id;
}

describe('ids are never given twice', () => {
  it('a check after the newest was forgotten gets a new id, not the forgotten one', () => {
    check('Ada Lovelace');
    const newest = check('Grace Hopper');
    repos.privacy.forgetChecks(TEAM, OWNER, [newest], NOW);
    expect(repos.invitations.findById(TEAM, newest)).toBeNull();

    const next = check('Alan Turing');
    expect(next).toBeGreaterThan(newest);
    expect(repos.invitations.findById(TEAM, newest)).toBeNull();
  });

  it('holds after forget-me deletes every check of an owner, the newest among them', () => {
    check('Ada Lovelace', 'U0OTHER001');
    const first = check('Grace Hopper');
    const second = check('Alan Turing');
    repos.privacy.forgetPerson(TEAM, OWNER, NOW);
    expect(check('Edsger Dijkstra', 'U0OTHER001')).toBeGreaterThan(Math.max(first, second));
  });

  it('a thank-you reminder deleted with its forgotten check leaves its id unused too', () => {
    const older = check('Ada Lovelace');
    accept(older);
    const olderNudge = remind(older);
    const newest = check('Grace Hopper');
    accept(newest);
    const newestNudge = remind(newest);
    expect(newestNudge).toBeGreaterThan(olderNudge);

    // The check's reminders go by the foreign key's cascade: the trigger counts those too.
    repos.privacy.forgetChecks(TEAM, OWNER, [newest], NOW);
    expect(database.db.prepare('SELECT count(*) AS n FROM thank_you_nudges WHERE id = ?').get(newestNudge)).toEqual({ n: 0 });

    const next = check('Alan Turing');
    accept(next);
    expect(remind(next)).toBeGreaterThan(newestNudge);
  });

  it('ids still count up from the largest when nothing was deleted, and after rows inserted with their own ids', () => {
    const first = check('Ada Lovelace');
    expect(check('Grace Hopper')).toBe(first + 1);
    // A row written by other means (an operator's sqlite3, an older version) with an id of its own.
    database.db.prepare('UPDATE invitations SET id = 500 WHERE id = ?').run(first + 1);
    expect(check('Alan Turing')).toBe(501);
  });

  // The next id is read inside the INSERT itself, which holds SQLite's write lock from its start:
  // a second connection's insert cannot come between the read and the write. (A transaction that
  // read first and writes later is refused a write past another's commit, SQLITE_BUSY_SNAPSHOT in
  // WAL, never given a stale id; the app's write transactions all begin IMMEDIATE anyway.)
  it('two connections on one file never get the same id, nor each other\'s forgotten ones', () => {
    const other = createRepos(database.open());
    const seen: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const mine = check(`Ada Lovelace ${i}`);
      const theirs = check(`Grace Hopper ${i}`, 'U0OTHER001', other);
      seen.push(mine, theirs);
      // Each forgets its newest in turn: the other's next id is past it.
      if (i % 2 === 0) repos.privacy.forgetChecks(TEAM, OWNER, [mine], NOW);
      else other.privacy.forgetChecks(TEAM, 'U0OTHER001', [theirs], NOW);
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('two processes checking into one file at once, each forgetting its newest now and then, are never given an id twice', async () => {
    // Both write from the same moment, however long each took to start on a busy machine.
    const startAt = String(Date.now() + 3_000);
    const run = (ownerId: string) => promisify(execFile)(process.execPath, [INSERT_SCRIPT, database.path, ownerId, '300', '7', startAt], { timeout: 60_000 });
    const outputs = await Promise.all([run('U0PROCESS1'), run('U0PROCESS2')]);
    const owners = database.db.prepare('SELECT owner_id AS ownerId FROM invitations ORDER BY id').all() as { ownerId: string }[];
    // They did take turns: the owner changes from one id to the next many times.
    expect(owners.filter((row, i) => i > 0 && row.ownerId !== owners[i - 1]?.ownerId).length).toBeGreaterThan(10);
    const results = outputs.map(({ stdout }) => JSON.parse(stdout) as { invitationIds: number[]; nudgeIds: number[]; notCreated: number; forgotten: number });
    for (const result of results) {
      expect(result.notCreated).toBe(0);
      expect(result.forgotten).toBe(Math.floor(300 / 7));
      expect(result.nudgeIds).toHaveLength(300);
    }
    const invitationIds = results.flatMap((result) => result.invitationIds);
    const nudgeIds = results.flatMap((result) => result.nudgeIds);
    expect(new Set(invitationIds).size).toBe(600);
    expect(new Set(nudgeIds).size).toBe(600);
    const left = database.db.prepare('SELECT count(*) AS n FROM invitations').get() as { n: number };
    expect(left.n).toBe(600 - 2 * Math.floor(300 / 7));
  });
});
