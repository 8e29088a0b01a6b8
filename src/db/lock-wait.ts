import Database from 'better-sqlite3';
import type { Db } from './open.js';

/**
 * Waiting for another connection's write lock (an operator's `sqlite3`, a second process) between
 * turns of the event loop, not inside SQLite's busy handler, which would block every other request
 * (and the acks that wait for a store, see ack-once-saved.ts) for as long as the lock is held.
 */

/** The first wait for a lock held elsewhere, and the longest; each wait doubles. */
export const LOCK_RETRY_FIRST_MS = 5;
export const LOCK_RETRY_MAX_MS = 200;

export function isBusy(error: unknown): boolean {
  return error instanceof Database.SqliteError && (error.code === 'SQLITE_BUSY' || error.code.startsWith('SQLITE_BUSY_'));
}

/** The connection's busy timeout: how long a write waits for a lock in all. */
export function busyTimeoutOf(db: Db): number {
  return Number(db.pragma('busy_timeout', { simple: true }));
}

/**
 * Runs `write` with SQLite told not to wait for locks (about 0.5 µs each way; exec, since SQLite
 * applies this pragma when it is prepared, not when it is run), then gives the connection its
 * busy timeout back, whatever happened.
 */
export function withoutSqliteWait<T>(db: Db, busyTimeoutMs: number, write: () => T): T {
  db.exec('PRAGMA busy_timeout = 0');
  try {
    return write();
  } finally {
    db.exec(`PRAGMA busy_timeout = ${busyTimeoutMs}`);
  }
}

/**
 * Runs `write` once the write lock can be had, trying again after 5, 10, 20 … 200 ms for as long
 * as the connection's busy timeout; then its SQLITE_BUSY is thrown as before. `write` must take the
 * lock before it changes anything: one statement, or a transaction begun IMMEDIATE, so that a try
 * that found the lock taken ran nothing.
 */
export async function whenWritable<T>(db: Db, write: () => T): Promise<T> {
  const busyTimeoutMs = busyTimeoutOf(db);
  const since = Date.now();
  let wait = LOCK_RETRY_FIRST_MS;
  for (;;) {
    try {
      return withoutSqliteWait(db, busyTimeoutMs, write);
    } catch (error) {
      if (!isBusy(error) || Date.now() - since >= busyTimeoutMs) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, wait));
    wait = Math.min(wait * 2, LOCK_RETRY_MAX_MS);
  }
}
