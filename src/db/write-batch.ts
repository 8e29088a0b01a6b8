import type { Db } from './open.js';

/**
 * Group commit for the busiest writes (a check's insert and its card's location). Most of a
 * small write's cost is its commit, so writes asked for in the same turn of the event loop are
 * committed together, at the end of that turn, in one transaction. Each write runs in its own
 * savepoint: one that throws is rolled back alone and only its caller sees the error.
 *
 * Nothing stays open between turns, so any other transaction in the app (the sweep's claim, a
 * decision) commits on its own as before; and a caller hears "done" only after the commit.
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

export function createWriteBatcher(db: Db, schedule: (flush: () => void) => void = setImmediate): WriteBatcher {
  let queue: Pending[] = [];

  function flush(): void {
    const batch = queue;
    queue = [];
    const outcomes: Outcome[] = [];
    try {
      db.transaction(() => {
        for (const item of batch) {
          try {
            // Nested inside the open transaction, better-sqlite3 runs this in a savepoint.
            outcomes.push({ ok: true, value: db.transaction(item.write)() });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      }).immediate();
    } catch (error) {
      // The commit itself failed (disk full, I/O error): nothing in the batch was stored.
      for (const item of batch) item.reject(error);
      return;
    }
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
        if (queue.length === 1) schedule(flush);
      });
    },
  };
}
