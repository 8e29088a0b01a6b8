import { ConfigError, loadConfig, loadDotEnvIfPresent } from './config.js';
import { createApp } from './app.js';
import { startCheckpointer, type Checkpointer } from './db/checkpointer.js';
import { migrate } from './db/migrate.js';
import { openDatabase, type Db } from './db/open.js';
import { isAppError } from './errors.js';
import { warmUpChecks } from './domain/warm-up.js';
import { startJobs, type Jobs } from './jobs/index.js';
import { JsonLogger } from './logger.js';

/** Shutdown must finish within Docker's default 10 s grace period. */
const SHUTDOWN_DEADLINE_MS = 8_000;
/** How often the WAL is checkpointed in the background. */
const CHECKPOINT_EVERY_MS = 1_000;

async function main(): Promise<void> {
  loadDotEnvIfPresent();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`invite-check cannot start:\n${error.problems.map((p) => `  - ${p}`).join('\n')}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = new JsonLogger(config.logLevel);

  let db: Db;
  try {
    db = openDatabase(config.databasePath);
    const { from, to } = migrate(db);
    if (from !== to) logger.info('Database migrated', { from, to });
  } catch (error) {
    // One line, naming the problem and the file; never a stack trace.
    const problem = isAppError(error) ? error.message : `Cannot use the database at ${config.databasePath}: ${String(error)}`;
    process.stderr.write(`invite-check cannot start: ${problem.replace(/\s*\n\s*/g, ' ')}\n`);
    process.exit(1);
  }

  // Checkpoints off the event loop, so a commit never stalls the acks (see checkpointer.ts).
  const checkpointer: Checkpointer | null =
    config.databasePath === ':memory:' ? null : startCheckpointer(db, { path: config.databasePath, everyMs: CHECKPOINT_EVERY_MS, logger });

  const clock = () => new Date();
  const { app, sweepDeps, reviewSweepDeps, retentionDeps, staleCardDeps, drain, abandonCardPosts, init, showCardsCutShort } = createApp({ config, db, logger, clock });
  // The token is checked before any job can use it.
  try {
    await init();
  } catch (error) {
    process.stderr.write(`invite-check cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    await checkpointer?.stop();
    db.close();
    process.exit(1);
  }
  // Before anything can send a check (the jobs, HTTP or Socket Mode): the first check would
  // otherwise compile the patterns and block the event loop for up to seconds (see warm-up.ts).
  const warmUp = warmUpChecks();
  logger.info('Check patterns warmed up', { weighed: warmUp.weighed, ms: Math.round(warmUp.ms) });
  const jobs: Jobs = startJobs({
    reminderCron: config.reminderCron,
    digestCron: config.digestCron,
    sweep: sweepDeps,
    reviewSweep: reviewSweepDeps,
    retention: retentionDeps,
    staleCards: staleCardDeps,
    logger,
    clock,
  });

  let stopping = false;
  // Ends the start's late cards (below) between two posts, so that a shutdown need not wait for them all.
  const cutShort = new AbortController();
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('Shutting down', { signal });
    cutShort.abort();
    const deadline = setTimeout(() => {
      // A card post Slack has not answered yet (its timeout is longer than this deadline) may
      // still land: noted as unanswered, a click on it adopts it and forgetting can warn of it.
      const cardPosts = abandonCardPosts();
      logger.error('Shutdown took too long; exiting with work unfinished', { cardPostsNotedUnanswered: cardPosts });
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    try {
      await jobs.stop();
      await app.stop();
      await drain();
      await checkpointer?.stop();
    } catch (error) {
      logger.warn('Problem while stopping', error instanceof Error ? error : { error });
    }
    db.close();
    logger.info('Stopped cleanly');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  try {
    await app.start(config.port);
  } catch (error) {
    process.stderr.write(`invite-check cannot start: ${explainListenFailure(error, config.port)}\n`);
    await jobs.stop();
    await checkpointer?.stop();
    db.close();
    process.exit(1);
  }
  logger.info(config.slackAppToken ? 'invite-check is running in Socket Mode' : `invite-check is listening on port ${config.port}`, {
    healthz: `/healthz`,
  });
  // Checks a crash stored (and acked) before their cards went out get them now.
  showCardsCutShort(cutShort.signal).then(
    (shown) => {
      if (shown > 0) logger.info('Showed the cards of checks stored just before the restart', { shown });
    },
    (error: unknown) => logger.error('Could not show the cards of checks stored just before the restart', error instanceof Error ? error : { error }),
  );
}

/** Why the app could not listen, in words a newcomer can act on; Node's own message otherwise. */
function explainListenFailure(error: unknown, port: number): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') return `something else is listening on port ${port}, often another copy of invite-check. Stop it, or set PORT to a free port.`;
  return error instanceof Error ? error.message : String(error);
}

void main();
