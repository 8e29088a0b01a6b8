/**
 * Pacers that replace our own (src/services/slack-pacer.ts) so a test can hold a sweep at a known
 * point, as an injected clock holds time. This is no fake of behaviour under test: the pacer is a
 * dependency the sweeps take (SweepDeps.pacer) that only decides when a call may go, and the tests
 * using these check what the sweep does around that wait, with the real repos, SQLite file and
 * WebClient against the Slack stand-in. The real pacer's spacing and Retry-After are tested in
 * test/services/slack-pacer.test.ts, and with a sweep in review-sweep.test.ts.
 */
import type { SlackPacer } from '../../src/services/slack-pacer.js';

/** A pacer that never makes a sweep wait: another process's sweep, say. */
export const UNPACED: SlackPacer = { acquire: async () => undefined, backOff: () => undefined };

/**
 * A pacer that holds every call of one method (on any channel) at a gate the test opens, so the
 * test can act while a sweep waits for its turn to post: change a decision, forget a person,
 * let the clock run on, or run another sweep. Other methods go at once.
 */
export function gatedPacer(method: string) {
  const held: (() => void)[] = [];
  const arrivals: (() => void)[] = [];
  let open = false;

  const pacer: SlackPacer = {
    async acquire(called: string) {
      if (called !== method || open) return;
      await new Promise<void>((resolve) => {
        held.push(resolve);
        for (const arrived of arrivals.splice(0)) arrived();
      });
    },
    backOff: () => undefined,
  };

  return {
    pacer,
    /** Resolves once a call is waiting at the gate. */
    waiting(): Promise<void> {
      if (held.length > 0) return Promise.resolve();
      return new Promise((resolve) => arrivals.push(resolve));
    },
    /** Lets the call that has waited longest through; the gate stays shut for the next. */
    letOneThrough(): void {
      held.shift()?.();
    },
    /** Lets every call through, now and from now on. */
    open(): void {
      open = true;
      for (const release of held.splice(0)) release();
    },
  };
}
