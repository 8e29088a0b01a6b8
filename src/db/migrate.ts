import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseError } from '../errors.js';
import { explainDatabaseFailure, type Db } from './open.js';

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
  let seen = 0;
  try {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    INTEGER PRIMARY KEY,
      name       TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )`);
    const latest = migrations.at(-1)?.version ?? 0;
    seen = currentSchemaVersion(db);
    refuseNewer(seen, latest);
    if (seen >= latest) return { from: seen, to: seen };
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    // Another process (a second replica starting at the same moment) may have migrated since the
    // look above: read the version again under the write lock and apply only what is still missing.
    const applyAll = db.transaction((): number => {
      const from = currentSchemaVersion(db);
      refuseNewer(from, latest);
      for (const migration of migrations) {
        if (migration.version <= from) continue;
        db.exec(migration.sql);
        record.run(migration.version, migration.name, now.toISOString());
      }
      return from;
    });
    return { from: applyAll.immediate(), to: latest };
  } catch (error) {
    if (error instanceof DatabaseError) throw error;
    // One line that names the problem and the file: a full disk, a read-only file, a lock held
    // too long, or an error in a migration's SQL (SQLite's own message, with its code).
    const { problem, advice } = explainDatabaseFailure(error, db.name, 'The failed migration was rolled back; run the previous release, and report this line.');
    throw new DatabaseError(
      `Could not apply database migrations (still at version ${versionOr(db, seen)}): in the database at ${db.name}, ${problem}. ${advice}`,
      { cause: error },
    );
  }
}

function versionOr(db: Db, fallback: number): number {
  try {
    return currentSchemaVersion(db);
  } catch {
    return fallback;
  }
}

function refuseNewer(version: number, latest: number): void {
  if (version > latest) {
    throw new DatabaseError(
      `The database is at schema version ${version}, but this version of invite-check only knows up to ${latest}. ` +
        'It was written by a newer release: run that release, or restore a backup.',
    );
  }
}
