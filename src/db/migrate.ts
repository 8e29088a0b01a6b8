import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseError } from '../errors.js';
import type { Db } from './open.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The top-level migrations/ folder; the same relative path from src/db and dist/db. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

const FILE_PATTERN = /^(\d+)_([a-z0-9_-]+)\.sql$/i;

/** Reads numbered migrations (001_name.sql …) in order; refuses gaps and duplicates. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: FILE_PATTERN.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => ({
      version: Number(match[1]),
      name: match[2] ?? file,
      sql: readFileSync(join(dir, file), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new DatabaseError(`Migrations must be numbered 1, 2, 3 … without gaps; found ${migration.version} at position ${index + 1}.`);
    }
  });
  return migrations;
}

export function currentSchemaVersion(db: Db): number {
  const row = db.prepare('SELECT max(version) AS version FROM schema_migrations').get() as { version: number | null };
  return row.version ?? 0;
}

/**
 * Applies every pending migration in one transaction and records each one. A database written
 * by a newer version of the app is refused rather than guessed at.
 */
export function migrate(db: Db, migrations: Migration[] = readMigrations(), now: Date = new Date()): { from: number; to: number } {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const from = currentSchemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new DatabaseError(
      `The database is at schema version ${from}, but this version of invite-check only knows up to ${latest}. ` +
        'It was written by a newer release: run that release, or restore a backup.',
    );
  }
  const pending = migrations.filter((migration) => migration.version > from);
  if (pending.length === 0) return { from, to: from };
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applyAll = db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, now.toISOString());
    }
  });
  try {
    applyAll.immediate();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new DatabaseError(`Could not apply database migrations (still at version ${from}): ${message}`, { cause: error });
  }
  return { from, to: latest };
}
