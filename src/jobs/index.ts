import type { Logger } from '@slack/logger';
import { schedule, type ScheduledTask } from 'node-cron';
import { runRetention, type CardBlankingDeps } from './retention.js';
import { sweepReviews, type ReviewSweepDeps } from './review-sweep.js';
import { BACKGROUND_UPDATES, createSlackPacer } from '../services/slack-pacer.js';
import { changeForgottenMessages, type ForgottenMessages } from './forgotten-messages.js';
import { CATCH_UP_BATCH, redrawStaleCards, type StaleCardDeps } from './stale-cards.js';
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
  /**
   * The cards a focus change, a forgetting or the retention purge left to redraw (see stale-cards.ts), and the messages
   * a forgetting left to blank (see forgotten-messages.ts), when given.
   */
  staleCards: Omit<StaleCardDeps, 'logger' | 'signal' | 'limit'> & { forgotten?: ForgottenMessages };
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
  // One chat.update allowance for the jobs that change messages in bulk, the card catch-up and the
  // retention job's blanking: an allowance each (20 and 30 a minute, as before) took all of Tier 3
  // from the people clicking. A 429 either meets holds both back.
  const backgroundUpdates = createSlackPacer({ limits: BACKGROUND_UPDATES });

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
    every(deps.digestCron, 'retention purge', (signal, now) => runRetention({ ...deps.retention, pacer: deps.retention.pacer ?? backgroundUpdates, logger: deps.logger, signal }, now)),
    every(deps.reminderCron, 'card catch-up', (signal) => catchUp(signal)),
  ];
  /**
   * One run of the card catch-up: the messages a forgetting left first (they still show what was
   * asked to go), then the stale cards, CATCH_UP_BATCH in all, in turns of the jobs' shared chat.update pacer.
   */
  async function catchUp(signal: AbortSignal): Promise<void> {
    const { forgotten, ...staleCards } = deps.staleCards;
    const pacer = staleCards.pacer ?? backgroundUpdates;
    const common = { logger: deps.logger, signal, pacer, ...(staleCards.sleep === undefined ? {} : { sleep: staleCards.sleep }) };
    const report = forgotten === undefined ? null : await changeForgottenMessages({ ...common, messages: forgotten });
    const taken = report === null ? 0 : report.changed + report.gone + report.failed;
    await redrawStaleCards({ ...staleCards, ...common, limit: Math.max(0, CATCH_UP_BATCH - taken) });
  }

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
