import type { Logger } from '@slack/logger';
import { schedule, type ScheduledTask } from 'node-cron';
import { runRetention, type CardBlankingDeps } from './retention.js';
import { sweepReviews, type ReviewSweepDeps } from './review-sweep.js';
import { redrawStaleCards, type StaleCardDeps } from './stale-cards.js';
import { sweepThankYous, type SweepDeps } from './thank-you-sweep.js';

export interface Jobs {
  /** Stops the schedules and waits for sweeps in progress to finish. */
  stop(): Promise<void>;
}

export interface JobsDeps {
  reminderCron: string;
  digestCron: string;
  sweep: SweepDeps;
  reviewSweep: ReviewSweepDeps;
  /** The purge, and the blanking of the cards it leaves behind with the sweeps' client. */
  retention: Omit<CardBlankingDeps, 'logger' | 'signal'>;
  /** The cards a focus change left to redraw (see stale-cards.ts). */
  staleCards: Omit<StaleCardDeps, 'logger' | 'signal'>;
  logger: Logger;
  clock: () => Date;
}

/**
 * Wires the sweeps to their cron schedules. `noOverlap` keeps a slow sweep from overlapping the
 * next one in this process; the claim protocols cover other processes. On stop, a sweep in
 * progress is told to stop (it gives back what it has not sent) and awaited.
 */
export function startJobs(deps: JobsDeps): Jobs {
  const stopping = new AbortController();
  const running = new Set<Promise<unknown>>();

  function every(cron: string, name: string, sweep: (signal: AbortSignal, now: Date) => Promise<unknown>): ScheduledTask {
    return schedule(
      cron,
      async () => {
        const run = sweep(stopping.signal, deps.clock()).catch((error: unknown) => {
          deps.logger.error(`The ${name} failed; it will run again on schedule`, error instanceof Error ? error : { error });
        });
        running.add(run);
        try {
          await run;
        } finally {
          running.delete(run);
        }
      },
      { name, noOverlap: true, logger: deps.logger },
    );
  }

  const tasks = [
    // The sweeps read the clock again as they claim and post: a claim's lease runs from then.
    every(deps.reminderCron, 'thank-you sweep', (signal, now) => sweepThankYous({ clock: deps.clock, ...deps.sweep, signal }, now)),
    every(deps.digestCron, 'review sweep', (signal, now) => sweepReviews({ clock: deps.clock, ...deps.reviewSweep, signal }, now)),
    every(deps.digestCron, 'retention purge', (signal, now) => runRetention({ ...deps.retention, logger: deps.logger, signal }, now)),
    every(deps.reminderCron, 'card catch-up', (signal) => redrawStaleCards({ ...deps.staleCards, logger: deps.logger, signal })),
  ];
  return {
    async stop() {
      stopping.abort();
      for (const task of tasks) {
        await task.stop();
        await task.destroy();
      }
      await Promise.all(running);
    },
  };
}
