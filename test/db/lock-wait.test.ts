import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { whenWritable } from '../../src/db/lock-wait.js';
import { tempDatabase } from '../support/temp-db.js';

let database: ReturnType<typeof tempDatabase>;

beforeEach(() => {
  database = tempDatabase();
  database.db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
});

afterEach(() => {
  database.cleanup();
});

const add = (body: string) => () => Number(database.db.prepare('INSERT INTO notes (body) VALUES (?)').run(body).lastInsertRowid);

describe('whenWritable', () => {
  it('waits for a lock held elsewhere between turns of the event loop, then writes once', async () => {
    const other = database.open();
    other.exec('BEGIN IMMEDIATE');
    let settled = false;
    const writing = whenWritable(database.db, add('a')).finally(() => {
      settled = true;
    });
    let turns = 0;
    for (; turns < 20; turns += 1) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(turns).toBe(20);
    expect(settled).toBe(false);
    other.exec('COMMIT');
    expect(await writing).toBe(1);
    expect(other.prepare('SELECT body FROM notes').all()).toEqual([{ body: 'a' }]);
    expect(database.db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('gives up with SQLITE_BUSY once the busy timeout is spent, and passes other errors on at once', async () => {
    database.db.pragma('busy_timeout = 50');
    const other = database.open();
    other.exec('BEGIN IMMEDIATE');
    await expect(whenWritable(database.db, add('b'))).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
    other.exec('ROLLBACK');
    await expect(whenWritable(database.db, () => database.db.exec('INSERT INTO nowhere VALUES (1)'))).rejects.toThrow(/no such table/);
    expect(database.db.pragma('busy_timeout', { simple: true })).toBe(50);
  });
});
