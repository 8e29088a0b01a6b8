import { busyTimeoutOf, isBusy, LOCK_RETRY_FIRST_MS, LOCK_RETRY_MAX_MS, withoutSqliteWait } from './lock-wait.js';
import type { Db } from './open.js';

/**
 * Group commit for the busiest writes (a check's insert and its card's location). Most of a
 * small write's cost is its commit, so writes asked for in the same turn of the event loop are
 * committed together, at the end of that turn, in one transaction. A write that throws is rolled
 * back alone and only its caller sees the error, except an error after which SQLite rolls back the
 * whole transaction itself (a full disk, out of memory, an I/O error): then nothing of the batch
 * is stored, every caller gets that error, and no further write of the batch runs.
 *
 * Nothing stays open between turns, so any other transaction in the app (the sweep's claim, a
 * decision) commits on its own as before; and a caller hears "done" only after the commit.
 *
 * A write may run twice: when one write in a batch throws, the whole batch is rolled back and run
 * again, each write in its own savepoint. So a write must only touch the database.
 *
 * Another connection holding the write lock (an operator's `sqlite3`, a second process) is waited
 * for between turns of the event loop, not inside SQLite's busy handler, which would block every
 * other request (and the acks a check holds back until it is stored, see ack-once-saved.ts) for as
 * long as the lock is held. The batch is tried again, more slowly each time, for as long as the
 * connection's busy timeout; then its callers get SQLITE_BUSY as before.
 */
export interface WriteBatcher {
  run<T>(write: () => T): Promise<T>;
}

interface Pending {
  write: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Thrown out of the first pass when a write (not the transaction itself) failed. */
class WriteFailed extends Error {}

export function createWriteBatcher(db: Db, schedule: (flush: () => void) => void = setImmediate): WriteBatcher {
  let queue: Pending[] = [];
  // The connection's busy timeout is how long a batch waits for a lock in all; while it tries, it
  // asks SQLite not to wait at all (see lock-wait.ts).
  const lockWaitMs = busyTimeoutOf(db);
  /** While a batch waits for a lock held elsewhere: since when, and its next wait. */
  let locked: { since: number; nextWaitMs: number } | null = null;

  /**
   * Runs one write inside the batch's transaction. After some errors SQLite rolls back the whole
   * transaction itself: the writes before are undone too, and any later write would run outside
   * a transaction and commit on its own. So that error is thrown out of the batch, which stops it,
   * and becomes every caller's answer. A write that swallowed such an error is stopped here too.
   */
  function runInBatch(write: () => unknown): Outcome {
    let outcome: Outcome;
    try {
      outcome = { ok: true, value: write() };
    } catch (error) {
      outcome = { ok: false, error };
    }
    if (db.inTransaction) return outcome;
    if (!outcome.ok) throw outcome.error;
    throw new Error('SQLite rolled back the batch of writes during a write that did not report an error; nothing of the batch was stored');
  }

  // The usual case, every write succeeding, costs no savepoints.
  const allAtOnce = db.transaction((batch: readonly Pending[]): Outcome[] =>
    batch.map((item) => {
      const outcome = runInBatch(item.write);
      if (!outcome.ok) throw new WriteFailed();
      return outcome;
    }),
  );
  // After a failure: each write in its own savepoint (better-sqlite3 nests a transaction so). A
  // savepoint's RELEASE that fails with the transaction rolled back stops the batch the same way.
  const oneByOne = db.transaction((batch: readonly Pending[]): Outcome[] =>
    batch.map((item) => runInBatch(db.transaction(item.write))),
  );

  function flush(): void {
    const batch = queue;
    queue = [];
    let outcomes: Outcome[];
    try {
      outcomes = withoutSqliteWait(db, lockWaitMs, () => {
        try {
          return allAtOnce.immediate(batch);
        } catch (error) {
          if (!(error instanceof WriteFailed)) throw error;
          return oneByOne.immediate(batch);
        }
      });
    } catch (error) {
      // The lock is held elsewhere (nothing of the batch ran, or it was rolled back): try again
      // after a wait, with any writes asked for meanwhile, until the busy timeout is spent.
      if (isBusy(error) && (locked === null || Date.now() - locked.since < lockWaitMs)) {
        locked ??= { since: Date.now(), nextWaitMs: LOCK_RETRY_FIRST_MS };
        queue = [...batch, ...queue];
        setTimeout(flush, locked.nextWaitMs);
        locked.nextWaitMs = Math.min(locked.nextWaitMs * 2, LOCK_RETRY_MAX_MS);
        return;
      }
      locked = null;
      // The transaction itself failed (locked, disk full, I/O error, or rolled back by SQLite during
      // a write or the COMMIT): nothing in the batch was stored. A failed COMMIT commits nothing:
      // SQLite rolls back itself, or better-sqlite3 does as the error passes.
      for (const item of batch) item.reject(error);
      return;
    }
    locked = null;
    batch.forEach((item, index) => {
      const outcome = outcomes[index];
      if (outcome?.ok === true) item.resolve(outcome.value);
      else item.reject(outcome?.error);
    });
  }

  return {
    run<T>(write: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ write, resolve: resolve as (value: unknown) => void, reject });
        // While a batch waits for a lock, its retry takes the new write too.
        if (queue.length === 1 && locked === null) schedule(flush);
      });
    },
  };
}
