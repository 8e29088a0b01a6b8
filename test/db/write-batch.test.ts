import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/open.js';
import { createWriteBatcher, type WriteBatcher } from '../../src/db/write-batch.js';
import { tempDatabase } from '../support/temp-db.js';

let database: ReturnType<typeof tempDatabase>;
let flushes: (() => void)[];
let writes: WriteBatcher;

beforeEach(() => {
  database = tempDatabase();
  database.db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL UNIQUE)');
  flushes = [];
  // The test decides when the turn ends.
  writes = createWriteBatcher(database.db, (flush) => flushes.push(flush));
});

afterEach(() => {
  database.cleanup();
});

function addNote(db: Db, body: string): number {
  return Number(db.prepare('INSERT INTO notes (body) VALUES (?)').run(body).lastInsertRowid);
}

function bodiesSeenBy(db: Db): string[] {
  return (db.prepare('SELECT body FROM notes ORDER BY id').all() as { body: string }[]).map((row) => row.body);
}

function endTurn(): void {
  const pending = flushes;
  flushes = [];
  for (const flush of pending) flush();
}

/** Needs about 25 new pages in the file (twice over, with the UNIQUE index). */
const TOO_BIG = 'x'.repeat(100_000);

/**
 * A full disk as SQLite sees one: no page may be added to the file. Small notes still fit in the
 * pages already there; TOO_BIG fails with SQLITE_FULL, and SQLite then rolls back the whole
 * transaction by itself, as it does for a full disk, out of memory or an I/O error.
 */
function fillTheDisk(): void {
  database.db.pragma(`max_page_count = ${Number(database.db.pragma('page_count', { simple: true }))}`);
}

/** What each caller was told: what its write returned, or the code (else message) of its error. */
async function toldEach(promises: readonly Promise<unknown>[]): Promise<({ stored: unknown } | { failed: string })[]> {
  return (await Promise.allSettled(promises)).map((result) => {
    if (result.status === 'fulfilled') return { stored: result.value };
    const reason: unknown = result.reason;
    const code = reason instanceof Error ? (reason as { code?: unknown }).code : undefined;
    return { failed: typeof code === 'string' ? code : reason instanceof Error ? reason.message : String(reason) };
  });
}

/** After a batch SQLite rolled back, the next one is stored as usual. */
async function expectNextBatchStored(): Promise<void> {
  const next = [writes.run(() => addNote(database.db, 'next')), writes.run(() => addNote(database.db, 'batch'))];
  endTurn();
  expect(await toldEach(next)).toEqual([{ stored: 1 }, { stored: 2 }]);
  expect(bodiesSeenBy(database.open())).toEqual(['next', 'batch']);
  expect(database.db.inTransaction).toBe(false);
}

describe('createWriteBatcher', () => {
  it('commits the writes of one turn together, once, and answers each with its own result', async () => {
    const other = database.open();
    const results = Promise.all([writes.run(() => addNote(database.db, 'a')), writes.run(() => addNote(database.db, 'b')), writes.run(() => addNote(database.db, 'c'))]);
    expect(flushes).toHaveLength(1);
    expect(bodiesSeenBy(other)).toEqual([]);
    endTurn();
    expect(await results).toEqual([1, 2, 3]);
    expect(bodiesSeenBy(other)).toEqual(['a', 'b', 'c']);
    expect(database.db.inTransaction).toBe(false);
  });

  it('rolls back a failing write alone and tells only its caller', async () => {
    const first = writes.run(() => addNote(database.db, 'kept'));
    const failing = writes.run(() => {
      addNote(database.db, 'half-done');
      addNote(database.db, 'kept');
    });
    const last = writes.run(() => addNote(database.db, 'also kept'));
    endTurn();
    await expect(failing).rejects.toThrow(/UNIQUE/);
    expect(await first).toBe(1);
    expect(await last).toBeGreaterThan(1);
    expect(bodiesSeenBy(database.open())).toEqual(['kept', 'also kept']);
  });

  it('rejects every write of a batch whose transaction cannot be had, and stores none', async () => {
    const holder = database.open();
    holder.exec('BEGIN IMMEDIATE');
    database.db.pragma('busy_timeout = 0');
    const both = [writes.run(() => addNote(database.db, 'x')), writes.run(() => addNote(database.db, 'y'))];
    endTurn();
    for (const write of both) await expect(write).rejects.toThrow(/locked|busy/i);
    holder.exec('ROLLBACK');
    expect(bodiesSeenBy(database.db)).toEqual([]);
  });

  it('starts a new batch after each turn, and runs a write that opens its own transaction', async () => {
    const one = writes.run(() => addNote(database.db, 'first turn'));
    endTurn();
    await one;
    const two = writes.run(() => database.db.transaction(() => [addNote(database.db, 'second'), addNote(database.db, 'turn')])());
    expect(flushes).toHaveLength(1);
    endTurn();
    expect(await two).toEqual([2, 3]);
    expect(bodiesSeenBy(database.db)).toEqual(['first turn', 'second', 'turn']);
  });

  describe('when SQLite rolls back the whole transaction by itself (here a full disk)', () => {
    let ran: string[];
    beforeEach(() => {
      ran = [];
    });

    /** Queues a note, noting each time the write actually runs. */
    function note(label: string, body = label): Promise<number> {
      return writes.run(() => {
        ran.push(label);
        return addNote(database.db, body);
      });
    }

    it('in the first pass: tells every caller the real error, runs nothing more, stores nothing', async () => {
      fillTheDisk();
      const batch = [note('before'), note('too big', TOO_BIG), note('after')];
      endTurn();
      // Had 'after' run, it would have committed on its own, outside any transaction.
      expect(await toldEach(batch)).toEqual([{ failed: 'SQLITE_FULL' }, { failed: 'SQLITE_FULL' }, { failed: 'SQLITE_FULL' }]);
      expect(ran).toEqual(['before', 'too big']);
      expect(bodiesSeenBy(database.open())).toEqual([]);
      expect(database.db.inTransaction).toBe(false);
      await expectNextBatchStored();
    });

    it('in the one-by-one pass: stops there, tells every caller the real error, stores nothing', async () => {
      fillTheDisk();
      // The duplicate fails alone (UNIQUE), which sends the batch one by one; then the disk is full.
      const batch = [note('first'), note('duplicate', 'first'), note('too big', TOO_BIG), note('after')];
      endTurn();
      expect(await toldEach(batch)).toEqual([{ failed: 'SQLITE_FULL' }, { failed: 'SQLITE_FULL' }, { failed: 'SQLITE_FULL' }, { failed: 'SQLITE_FULL' }]);
      expect(ran).toEqual(['first', 'duplicate', 'first', 'duplicate', 'too big']);
      expect(bodiesSeenBy(database.open())).toEqual([]);
      expect(database.db.inTransaction).toBe(false);
      await expectNextBatchStored();
    });

    it('after a write that caught the error itself: stops there and tells every caller nothing was stored', async () => {
      fillTheDisk();
      const batch = [
        note('before'),
        writes.run(() => {
          try {
            addNote(database.db, TOO_BIG);
          } catch {
            // Swallowed: the write returns as if all were well, but the transaction is gone.
          }
          return 'carried on';
        }),
        note('after'),
      ];
      endTurn();
      const lost = { failed: expect.stringMatching(/rolled back/) as unknown };
      expect(await toldEach(batch)).toEqual([lost, lost, lost]);
      expect(ran).toEqual(['before']);
      expect(bodiesSeenBy(database.open())).toEqual([]);
      await expectNextBatchStored();
    });
  });

  it('flushes on the real event loop by default', async () => {
    const batcher = createWriteBatcher(database.db);
    expect(await Promise.all([batcher.run(() => addNote(database.db, 'p')), batcher.run(() => addNote(database.db, 'q'))])).toEqual([1, 2]);
  });
});

describe('a write lock held by another connection', () => {
  const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

  it('is waited for between turns of the event loop, and the batch, with writes asked for meanwhile, commits once it goes', async () => {
    const other = database.open();
    other.exec('BEGIN IMMEDIATE');
    const batcher = createWriteBatcher(database.db);
    const first = batcher.run(() => addNote(database.db, 'r'));
    let settled = false;
    void first.finally(() => {
      settled = true;
    });
    // SQLite's own busy handler would hold the whole thread here for up to the busy timeout.
    let turns = 0;
    for (let i = 0; i < 20; i += 1) {
      await tick();
      turns += 1;
    }
    expect(turns).toBe(20);
    expect(settled).toBe(false);
    const second = batcher.run(() => addNote(database.db, 's'));
    other.exec('COMMIT');
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(bodiesSeenBy(other)).toEqual(['r', 's']);
    // And SQLite's busy timeout is the connection's again, for every other transaction.
    expect(database.db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('gives up with SQLITE_BUSY once the busy timeout is spent, storing nothing, and writes again afterwards', async () => {
    database.db.pragma('busy_timeout = 100');
    const other = database.open();
    other.exec('BEGIN IMMEDIATE');
    const batcher = createWriteBatcher(database.db);
    const began = Date.now();
    await expect(batcher.run(() => addNote(database.db, 't'))).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
    expect(Date.now() - began).toBeGreaterThanOrEqual(100);
    other.exec('ROLLBACK');
    expect(bodiesSeenBy(other)).toEqual([]);
    expect(await batcher.run(() => addNote(database.db, 'u'))).toBe(1);
  });
});
