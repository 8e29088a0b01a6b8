import type { Logger } from '@slack/logger';
import { schedule, type ScheduledTask } from 'node-cron';
import { sweepThankYous, type SweepDeps } from './thank-you-sweep.js';

export interface Jobs {
  /** Stops the schedules and waits for a sweep in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Wires the sweep to its cron schedule. `noOverlap` keeps a slow sweep from overlapping the
 * next one in this process; the claim protocol covers other processes.
 */
export function startJobs(deps: { reminderCron: string; sweep: SweepDeps; logger: Logger; clock: () => Date }): Jobs {
  let running: Promise<unknown> | null = null;
  const stopping = new AbortController();
  const task: ScheduledTask = schedule(
    deps.reminderCron,
    async () => {
      const sweep = sweepThankYous({ ...deps.sweep, signal: stopping.signal }, deps.clock()).catch((error: unknown) => {
        deps.logger.error('Thank-you sweep failed; it will run again on schedule', error instanceof Error ? error : { error });
      });
      running = sweep;
      try {
        await sweep;
      } finally {
        running = null;
      }
    },
    { name: 'thank-you-sweep', noOverlap: true, logger: deps.logger },
  );
  return {
    async stop() {
      stopping.abort();
      await task.stop();
      await task.destroy();
      if (running !== null) await running;
    },
  };
}
