/**
 * Migration 007 over a database that already holds invitations, as an upgrade finds it: invitations
 * purged before it keep their card's location, and become the cards still to blank; nothing else
 * changes. A real SQLite file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentSchemaVersion, migrate, readMigrations } from '../../src/db/migrate.js';
import { openDatabase, type Db } from '../../src/db/open.js';
import { createPrivacyRepo } from '../../src/db/privacy-repo.js';

const AT = Date.parse('2026-01-05T10:00:00Z');
const PURGED = Date.parse('2026-07-05T10:00:00Z');

let dir: string;
let db: Db;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'invite-check-007-'));
  db = openDatabase(join(dir, 'app.db'));
});
afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

function insert(row: { name: string; status: string; channel: string | null; ts: string | null; removedAt: number | null }): number {
  const info = db
    .prepare(`
      INSERT INTO invitations (team_id, owner_id, name, person_key, recommendation, score, reasons, status, decided_at,
        channel_id, message_ts, details_removed_at, created_at, updated_at)
      VALUES ('T0TEAM0001', 'U0OWNER001', @name, @name, 'ignore', 10, '[]', @status, @decidedAt, @channel, @ts, @removedAt, @at, @at)`)
    .run({ ...row, decidedAt: row.status === 'pending' ? null : AT, at: AT });
  return Number(info.lastInsertRowid);
}

describe('migration 007', () => {
  it('applies over existing rows: the cards purged before it are the ones left to blank', () => {
    const migrations = readMigrations();
    expect(migrations.map((migration) => migration.name)).toContain('cards_to_blank');
    migrate(db, migrations.filter((migration) => migration.version < 7));
    expect(currentSchemaVersion(db)).toBe(6);
    const purgedWithCard = insert({ name: 'Details removed', status: 'ignored', channel: 'C0CHANNEL1', ts: '1700000000.000100', removedAt: PURGED });
    insert({ name: 'Details removed', status: 'declined', channel: 'C0CHANNEL1', ts: null, removedAt: PURGED });
    insert({ name: 'Kept Person', status: 'blocked', channel: 'C0CHANNEL1', ts: '1700000000.000200', removedAt: null });
    insert({ name: 'Pending Person', status: 'pending', channel: 'C0CHANNEL1', ts: '1700000000.000300', removedAt: null });
    const before = db.prepare('SELECT * FROM invitations ORDER BY id').all();

    expect(migrate(db, migrations)).toEqual({ from: 6, to: migrations.at(-1)?.version });
    // The rows as they were, in the columns they had (later migrations may add some).
    const columns = Object.keys(before[0] as object).join(', ');
    expect(db.prepare(`SELECT ${columns} FROM invitations ORDER BY id`).all()).toEqual(before);
    expect(createPrivacyRepo(db).cardsToBlank(0, 10)).toEqual([
      { id: purgedWithCard, channelId: 'C0CHANNEL1', messageTs: '1700000000.000100', status: 'ignored', decidedAt: AT },
    ]);
    // The blanking's read goes through the new index, not the whole table.
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT id FROM invitations WHERE details_removed_at IS NOT NULL AND message_ts IS NOT NULL AND id > 0 ORDER BY id LIMIT 50`)
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join('\n')).toContain('invitations_cards_to_blank');
  });
});
