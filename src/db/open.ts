import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseError } from '../errors.js';

export type Db = Database.Database;

/** How long a writer waits for another connection's lock before giving up. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating if needed) the SQLite file with the pragmas the app relies on:
 * WAL so readers never block the writer, a busy timeout so two processes wait for each other
 * instead of failing, and foreign keys on. Problems become one clear DatabaseError.
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (error) {
      throw new DatabaseError(`Cannot create the folder for the database at ${path}: ${reason(error)}`, { cause: error });
    }
  }
  let db: Db | undefined;
  try {
    db = new Database(path);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Touch the schema so a corrupt or non-database file is found now, not at the first click.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db?.close();
    throw new DatabaseError(`Cannot open the database at ${path}: ${reason(error)}`, { cause: error });
  }
}

function reason(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}
