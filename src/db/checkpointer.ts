import type { Logger } from '@slack/logger';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './open.js';

/** SQLite's own threshold (pages in the WAL), restored on the app's connection if the worker stops. */
const SQLITE_DEFAULT_AUTOCHECKPOINT = 1000;
/** A safety net while the worker runs: should it fall behind, the WAL still cannot grow past ~40 MB. */
const SAFETY_NET_AUTOCHECKPOINT = 10_000;

// Plain CommonJS, run with `eval`, so it works the same from dist/ and from the TypeScript tests.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 5000');
// Failures are told once when they start and once when they end, not on every try: a full or
// read-only disk fails every second, and a line each time would only fill the disk further.
let failedTries = 0;
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    if (failedTries > 0) parentPort.postMessage({ recoveredAfter: failedTries });
    failedTries = 0;
  } catch (error) {
    if (failedTries === 0) parentPort.postMessage({ failed: String(error && error.message) });
    failedTries += 1;
  }
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Takes a last checkpoint and ends the worker. */
  stop(): Promise<void>;
}

/**
 * Moves WAL checkpoints off the event loop. SQLite runs its automatic checkpoint inside the
 * commit that takes the WAL past 1,000 pages, and that checkpoint syncs the file: 10–20 ms in
 * which no request is acknowledged. Here a worker thread with its own connection checkpoints
 * every `everyMs` instead, in PASSIVE mode (it never blocks a writer or a reader). If the worker
 * fails, the app's connection goes back to checkpointing itself.
 */
export function startCheckpointer(
  db: Db,
  options: {
    path: string;
    everyMs: number;
    logger: Logger;
    /** The SQLite driver module the worker loads: better-sqlite3 (tests give one that fails). */
    driver?: string;
  },
): Checkpointer {
  const { logger } = options;
  const driver = options.driver ?? createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path: options.path, everyMs: options.everyMs } });
  db.pragma(`wal_autocheckpoint = ${SAFETY_NET_AUTOCHECKPOINT}`);
  // The app's lifecycle decides when the worker ends (stop), not the worker's liveness.
  worker.unref();
  let stopping = false;
  let fellBack = false;
  const fallBack = (why: string) => {
    if (fellBack) return;
    fellBack = true;
    if (db.open) db.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT}`);
    logger.warn('The checkpoint worker stopped; the database checkpoints itself again', { why });
  };
  worker.on('message', (message: { failed?: string; recoveredAfter?: number }) => {
    if (message.recoveredAfter !== undefined) {
      logger.info('Background checkpoints work again', { failedTries: message.recoveredAfter });
    } else {
      logger.warn('A background checkpoint failed; it is tried again quietly until one works', { failure: message.failed, everyMs: options.everyMs });
    }
  });
  worker.on('error', (error) => fallBack(error.message));
  const exited = new Promise<void>((resolve) => {
    worker.on('exit', (code) => {
      if (!stopping) fallBack(`exit code ${code}`);
      resolve();
    });
  });
  return {
    async stop() {
      if (!stopping) {
        stopping = true;
        // Keep the process alive until the last checkpoint is done: nothing else may be left to.
        worker.ref();
        worker.postMessage('stop');
      }
      await exited;
      if (db.open) db.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT}`);
    },
  };
}
