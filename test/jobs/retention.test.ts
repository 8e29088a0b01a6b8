/**
 * The retention purge over a backlog larger than one batch: it lets the event loop turn between
 * batches (so commands and clicks are acked meanwhile) and stops between them when told to.
 * A real, migrated SQLite file.
 */
import type { Logger } from '@slack/logger';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPrivacyRepo } from '../../src/db/privacy-repo.js';
import { removeExpiredDetails } from '../../src/jobs/retention.js';
import { JsonLogger } from '../../src/logger.js';
import { tempDatabase } from '../support/temp-db.js';

const DECIDED = Date.parse('2026-01-05T10:00:00Z');
const LATER = new Date('2026-12-01T10:00:00Z');
const RETENTION_DAYS = 180;
/** More than two of the purge's batches (500 each). */
const BACKLOG = 1_200;

let database: ReturnType<typeof tempDatabase>;
let logger: Logger;

beforeEach(() => {
  database = tempDatabase();
  logger = new JsonLogger('error', { write: () => undefined });
  const insert = database.db.prepare(`
    INSERT INTO invitations (team_id, owner_id, name, person_key, recommendation, score, reasons, status, decided_at, created_at, updated_at)
    VALUES ('T0TEAM0001', 'U0OWNER001', 'Someone', ?, 'ignore', 10, '["A reason"]', 'ignored', ?, ?, ?)`);
  database.db.transaction(() => {
    for (let i = 0; i < BACKLOG; i += 1) insert.run(`someone ${i}|`, DECIDED, DECIDED, DECIDED);
  })();
});
afterEach(() => database.cleanup());

function remaining(): number {
  return (database.db.prepare('SELECT count(*) AS n FROM invitations WHERE details_removed_at IS NULL').get() as { n: number }).n;
}

describe('the retention purge', () => {
  it('lets the event loop turn between batches, and removes the whole backlog', async () => {
    let turns = 0;
    const counting = (async () => {
      // Counts the turns the loop takes while the purge runs.
      for (;;) {
        await nextTurn();
        if (remaining() === 0) return;
        turns += 1;
      }
    })();
    const removed = await removeExpiredDetails({ privacy: createPrivacyRepo(database.db), logger, retentionDays: RETENTION_DAYS }, LATER);
    await counting;
    expect(removed).toBe(BACKLOG);
    expect(remaining()).toBe(0);
    expect(turns).toBeGreaterThanOrEqual(2);
  });

  it('stops between batches when the process is told to stop; the next run carries on', async () => {
    const stopping = new AbortController();
    const purge = removeExpiredDetails({ privacy: createPrivacyRepo(database.db), logger, retentionDays: RETENTION_DAYS, signal: stopping.signal }, LATER);
    stopping.abort();
    expect(await purge).toBe(500);
    expect(remaining()).toBe(BACKLOG - 500);
    expect(await removeExpiredDetails({ privacy: createPrivacyRepo(database.db), logger, retentionDays: RETENTION_DAYS }, LATER)).toBe(BACKLOG - 500);
  });
});
