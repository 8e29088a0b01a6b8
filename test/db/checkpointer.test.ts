import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('says once that checkpoints fail, not on every try, and once that they work again', async () => {
    // A driver whose checkpoints fail 20 times (a full disk), then work, around the real one.
    const dir = mkdtempSync(join(tmpdir(), 'failing-driver-'));
    const driver = join(dir, 'failing-driver.cjs');
    const real = createRequire(import.meta.url).resolve('better-sqlite3');
    writeFileSync(
      driver,
      `const Real = require(${JSON.stringify(real)});
       let tries = 0;
       module.exports = class extends Real {
         pragma(text, options) {
           if (text.startsWith('wal_checkpoint') && (tries += 1) <= 20) throw new Error('database or disk is full');
           return super.pragma(text, options);
         }
       };`,
    );
    try {
      const checkpointer = startCheckpointer(database.db, { path: database.path, everyMs: 5, logger: logger(), driver });
      await waitFor(() => lines.some((line) => line.includes('work again')));
      await checkpointer.stop();
      const said = lines.map((line) => JSON.parse(line) as { level: string; msg: string; failure?: string; failedTries?: number });
      expect(said).toEqual([
        expect.objectContaining({ level: 'warn', msg: 'A background checkpoint failed; it is tried again quietly until one works', failure: 'database or disk is full' }),
        expect.objectContaining({ level: 'info', msg: 'Background checkpoints work again', failedTries: 20 }),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
