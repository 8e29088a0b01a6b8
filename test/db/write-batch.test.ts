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

  it('flushes on the real event loop by default', async () => {
    const batcher = createWriteBatcher(database.db);
    expect(await Promise.all([batcher.run(() => addNote(database.db, 'p')), batcher.run(() => addNote(database.db, 'q'))])).toEqual([1, 2]);
  });
});
