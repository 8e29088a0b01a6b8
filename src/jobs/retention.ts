import type { Logger } from '@slack/logger';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { PrivacyRepo } from '../db/privacy-repo.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 500;

/**
 * After `retentionDays`, an ignored, declined or blocked invitation keeps only its decision and
 * dates (for stats); the person's name, headline, note, profile link and every reason go.
 * Runs in batches so a large backlog never holds the write lock for long, and lets the event loop
 * turn between them (commands and clicks are acked meanwhile). Stops between batches when `signal`
 * fires; the next run carries on.
 */
export async function removeExpiredDetails(
  deps: { privacy: PrivacyRepo; logger: Logger; retentionDays: number; signal?: AbortSignal },
  now: Date,
): Promise<number> {
  const cutoff = new Date(now.getTime() - deps.retentionDays * DAY_MS);
  let removed = 0;
  for (;;) {
    if (deps.signal?.aborted === true) break;
    const batch = deps.privacy.removeExpiredDetails(cutoff, BATCH, now);
    removed += batch;
    if (batch < BATCH) break;
    await nextTurn();
  }
  if (removed > 0) deps.logger.info('Details removed after the retention period', { removed, retentionDays: deps.retentionDays });
  return removed;
}
