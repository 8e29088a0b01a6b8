import Database from 'better-sqlite3';
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
      ensureFolder(dirname(path));
    } catch (error) {
      const { problem, advice } = explainDatabaseFailure(error, path);
      throw new DatabaseError(`Cannot create the folder for the database at ${path}: ${problem}. ${advice}`, { cause: error });
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
    // And take the write lock once: a file the app may read but not write (its -wal or -shm left
    // behind by another user, say root) is found now too, not at the first check.
    provesWritable(db);
    return db;
  } catch (error) {
    db?.close();
    const { problem, advice } = explainDatabaseFailure(error, path);
    throw new DatabaseError(`Cannot open the database at ${path}: ${problem}. ${advice}`, { cause: error });
  }
}

/**
 * Takes the write lock and lets it go. Another process holding the lock for longer than the busy
 * timeout proves nothing either way, and is no reason to refuse: the app waits for locks as it goes.
 */
function provesWritable(db: Db): void {
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (error) {
    if (error instanceof Database.SqliteError && error.code === 'SQLITE_BUSY') return;
    throw error;
  }
  db.exec('ROLLBACK');
}

/**
 * Creates a folder and its missing parents, one level at a time. (Node's own recursive mkdir
 * loops for ever where the kernel answers ENOENT under an existing folder, as in /proc.)
 */
function ensureFolder(dir: string): void {
  if (isFolder(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) ensureFolder(parent);
  mkdirSync(dir);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function errorCode(error: unknown): string {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : '';
}

function errorPath(error: unknown, fallback: string): string {
  const path = error instanceof Error ? (error as { path?: unknown }).path : undefined;
  return typeof path === 'string' ? path : fallback;
}

function may(path: string, mode: number): boolean {
  try {
    accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
}

/**
 * What went wrong with the database at `path`, in words a person running the app understands
 * (with SQLite's or the system's code in brackets for searching), and what to do about it.
 * `problem` starts in lower case and has no final full stop; `advice` is a sentence, `otherwise`
 * when the failure is none of those known here.
 */
export function explainDatabaseFailure(
  error: unknown,
  path: string,
  otherwise = 'Check DATABASE_PATH and the disk that holds it.',
): { problem: string; advice: string } {
  const code = errorCode(error);
  const tag = code === '' ? '' : ` (${code})`;
  const folder = dirname(path);
  const startAgain = 'then start invite-check again.';
  // better-sqlite3 loads its compiled part when the first database opens: its absence says
  // nothing about the file, and the bindings module's own words point at the wrong thing.
  if (isMissingNativeModule(error)) {
    return {
      problem: `better-sqlite3's compiled module is missing, or was built for another version of Node${tag}, so no database can be opened`,
      advice: `Run \`npm rebuild better-sqlite3\` in invite-check's folder (it compiles with python3, make and g++), ${startAgain}`,
    };
  }
  if (code.startsWith('SQLITE_NOTADB')) {
    return {
      problem: `the file is not a database: it is not SQLite, or it is encrypted or badly damaged${tag}`,
      advice: 'Point DATABASE_PATH at the right file, or move this one aside and restore a backup.',
    };
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return {
      problem: `the database file is damaged${tag}`,
      advice: 'Restore it from a backup, or move it aside to start with an empty database.',
    };
  }
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC') {
    return { problem: `the disk is full${tag}`, advice: `Free some space on the disk that holds ${folder}, ${startAgain}` };
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return {
      problem: `the disk refused to read or write the file${tag}, perhaps because it is full, failing or over a file size limit`,
      advice: `Check the free space and health of the disk that holds ${folder}, ${startAgain}`,
    };
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') {
    return {
      problem: `this process may only read it, not write it${tag}`,
      advice: `invite-check must be able to write the file and create ${path}-wal and ${path}-shm beside it: fix the permissions of the file and its folder, or mount the volume read-write.`,
    };
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return {
      problem: `another process kept it locked for more than ${BUSY_TIMEOUT_MS / 1000} seconds${tag}`,
      advice: `Stop the other process using the file (another invite-check?), ${startAgain}`,
    };
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_AUTH')) {
    return cannotOpen(path, tag);
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return {
      problem: `this user may not create the folder ${errorPath(error, folder)}${tag}`,
      advice: 'Create the folder with permissions for the user running invite-check, or choose another DATABASE_PATH.',
    };
  }
  if (code === 'EEXIST' || code === 'ENOTDIR') {
    return {
      problem: `${errorPath(error, folder)} is a file, where a folder is needed${tag}`,
      advice: 'Move that file aside, or choose another DATABASE_PATH.',
    };
  }
  if (code === 'ENOENT') {
    return {
      problem: `the system does not allow a folder at ${errorPath(error, folder)}${tag}`,
      advice: 'Choose a DATABASE_PATH on an ordinary writable disk.',
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { problem: `${message}${tag}`, advice: otherwise };
}

/** better-sqlite3 never built (npm 12 skips unapproved install scripts), or built for another Node. */
function isMissingNativeModule(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return errorCode(error) === 'ERR_DLOPEN_FAILED' || error.message.startsWith('Could not locate the bindings file');
}

/** SQLite could not open the file: say why, when the file system tells us. */
function cannotOpen(path: string, tag: string): { problem: string; advice: string } {
  const folder = dirname(path);
  if (isFolder(path)) {
    return {
      problem: `DATABASE_PATH names a folder, not a file${tag}`,
      advice: `Set it to a file inside that folder, such as ${join(path, 'invite-check.db')}.`,
    };
  }
  const exists = may(path, constants.F_OK);
  if (exists && !may(path, constants.R_OK | constants.W_OK)) {
    return {
      problem: `this user may not read and write the file${tag}`,
      advice: `Give the user running invite-check (uid ${process.getuid?.() ?? 'unknown'}) read and write access to it.`,
    };
  }
  if (!exists && !may(folder, constants.W_OK | constants.X_OK)) {
    return {
      problem: `this user may not create files in the folder ${folder}${tag}`,
      advice: 'Make the folder writable for the user running invite-check, or choose another DATABASE_PATH.',
    };
  }
  return {
    problem: `SQLite could not open the file${tag}`,
    advice: `Check that this user may read and write it, and create files in ${folder}.`,
  };
}
