import { statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCheckpointer } from '../../src/db/checkpointer.js';
import { JsonLogger } from '../../src/logger.js';
import { tempDatabase } from '../support/temp-db.js';

let database: ReturnType<typeof tempDatabase>;
let lines: string[];
const logger = () => new JsonLogger('info', { write: (line: string) => lines.push(line) });

beforeEach(() => {
  database = tempDatabase();
  lines = [];
  database.db.exec('CREATE TABLE blobs (id INTEGER PRIMARY KEY, body BLOB NOT NULL)');
});

afterEach(() => {
  database.cleanup();
});

/** Writes about 2 MB, far below the safety net, so only a checkpoint moves it into the main file. */
function writeTwoMegabytes(): void {
  const insert = database.db.prepare('INSERT INTO blobs (body) VALUES (?)');
  database.db.transaction(() => {
    for (let i = 0; i < 256; i += 1) insert.run(Buffer.alloc(8192, i));
  })();
}

const mainFileBytes = () => statSync(database.path).size;
const autocheckpoint = () => database.db.pragma('wal_autocheckpoint', { simple: true });

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('startCheckpointer', () => {
  it('checkpoints the WAL into the database file from its own thread, and stops on request', async () => {
    const checkpointer = startCheckpointer(database.db, { path: database.path, everyMs: 50, logger: logger() });
    expect(autocheckpoint()).toBe(10_000);
    writeTwoMegabytes();
    const before = mainFileBytes();
    expect(before).toBeLessThan(1_000_000);
    await waitFor(() => mainFileBytes() > 2_000_000);
    await checkpointer.stop();
    expect(autocheckpoint()).toBe(1000);
    expect(lines).toEqual([]);
  });

  it('takes a last checkpoint when stopped', async () => {
    const checkpointer = startCheckpointer(database.db, { path: database.path, everyMs: 60_000, logger: logger() });
    writeTwoMegabytes();
    expect(mainFileBytes()).toBeLessThan(1_000_000);
    await checkpointer.stop();
    expect(mainFileBytes()).toBeGreaterThan(2_000_000);
  });

  it('hands checkpointing back to the connection when the worker cannot work', async () => {
    const checkpointer = startCheckpointer(database.db, { path: `${database.path}.missing/none.db`, everyMs: 50, logger: logger() });
    await waitFor(() => lines.length > 0);
    expect(autocheckpoint()).toBe(1000);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ level: 'warn', msg: 'The checkpoint worker stopped; the database checkpoints itself again' });
    await checkpointer.stop();
  });
});
