/**
 * Child process for "sweep at scale": seeds a database to each size in turn, then times one
 * sweep's selection and claim (expire stale claims, then claimDue until nothing is left, as the
 * sweep does, without sending) and a sweep with nothing due. Its own process, so the RSS it
 * reports while sweeping the largest table is the sweep's alone.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { migrate, readMigrations } from '../src/db/migrate.js';
import { createNudgesRepo, NUDGE_SWEEP_SQL } from '../src/db/nudges-repo.js';
import { openDatabase, type Db } from '../src/db/open.js';
import { DEFAULT_SWEEP_OPTIONS } from '../src/jobs/thank-you-sweep.js';
import { serve } from './ipc.js';
import type { ScaleRequest, ScaleResult, ScaleSize } from './protocol.js';
import { seedHistory } from './seed.js';
import { median, MB } from './stats.js';

const MIGRATIONS = fileURLToPath(new URL('../../migrations/', import.meta.url));
const TEAM = 'T0BENCH001';

let dir: string | null = null;

/** Every statement a thank-you sweep runs against the nudges, as SQLite plans it. */
function queryPlans(db: Db): Record<string, string[]> {
  const plans: Record<string, string[]> = {};
  for (const [name, sql] of Object.entries(NUDGE_SWEEP_SQL)) {
    const statement = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
    // Plans do not depend on the values; bind whatever the statement names or counts.
    const named = [...new Set([...sql.matchAll(/@(\w+)/g)].map((match) => match[1] ?? ''))];
    const rows = (named.length > 0 ? statement.all(Object.fromEntries(named.map((key) => [key, 0]))) : statement.all(...Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => 0))) as { detail: string }[];
    plans[name] = rows.map((row) => row.detail);
  }
  return plans;
}

function fileBytes(path: string): number {
  let total = 0;
  for (const suffix of ['', '-wal']) {
    try {
      total += statSync(`${path}${suffix}`).size;
    } catch {
      // No WAL after a truncating checkpoint.
    }
  }
  return total;
}

async function run(request: ScaleRequest): Promise<ScaleResult> {
  dir = mkdtempSync(join(tmpdir(), 'invite-check-bench-scale-'));
  const path = join(dir, 'scale.db');
  const db = openDatabase(path);
  migrate(db, readMigrations(MIGRATIONS));
  const nudges = createNudgesRepo(db);
  const now = Date.now();
  const batch = DEFAULT_SWEEP_OPTIONS.batchSize;
  const lease = DEFAULT_SWEEP_OPTIONS.leaseMs;
  const giveBack = db.prepare("UPDATE thank_you_nudges SET status = 'scheduled', claim_token = NULL, claimed_at = NULL WHERE status = 'sending'");
  const sizes: ScaleSize[] = [];
  let seeded = 0;
  let peakRss = 0;

  /** One sweep's database work: what sweepThankYous does before and between its sends. */
  function sweepSelection(): { ms: number; claimed: number; claims: number; longestClaimMs: number } {
    const started = performance.now();
    nudges.expireStaleClaims(new Date(now), lease);
    let claimed = 0;
    let claims = 0;
    let longestClaimMs = 0;
    for (;;) {
      const claimStarted = performance.now();
      const { owners, nudges: rows } = nudges.claimDue(new Date(now), batch);
      // One claim is one synchronous transaction: the app's event loop waits for it.
      longestClaimMs = Math.max(longestClaimMs, performance.now() - claimStarted);
      claims += 1;
      claimed += rows.length;
      // Between claims the sweep would be sending: the moment to look at memory.
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
      if (rows.length === 0 || owners < batch) break;
    }
    return { ms: performance.now() - started, claimed, claims, longestClaimMs };
  }

  for (const size of request.sizes) {
    const seedStarted = performance.now();
    seedHistory(db, { teamId: TEAM, from: seeded + 1, to: size, owners: request.owners, dueCount: request.due, now });
    seeded = size;
    const seedMs = performance.now() - seedStarted;
    db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = fileBytes(path);
    const counts = db.prepare("SELECT count(*) AS nudges, sum(status = 'scheduled' AND due_at <= ?) AS due, sum(status = 'scheduled' AND due_at > ?) AS future FROM thank_you_nudges").get(now, now) as { nudges: number; due: number; future: number };

    peakRss = 0;
    // One untimed sweep first, so both sizes are timed with the same (warm) caches.
    sweepSelection();
    giveBack.run();
    const rounds: number[] = [];
    const longest: number[] = [];
    let claimed = 0;
    let claims = 0;
    for (let round = 0; round < request.rounds; round += 1) {
      const result = sweepSelection();
      rounds.push(result.ms);
      longest.push(result.longestClaimMs);
      claimed = result.claimed;
      claims = result.claims;
      giveBack.run();
    }
    // Now nothing is due: the sweep that runs every five minutes on a quiet day.
    db.prepare("UPDATE thank_you_nudges SET status = 'delivered', delivered_at = ? WHERE status = 'scheduled' AND due_at <= ?").run(now, now);
    const empty: number[] = [];
    for (let round = 0; round < request.emptyRounds; round += 1) empty.push(sweepSelection().ms);
    // Due again for the next size.
    db.prepare("UPDATE thank_you_nudges SET status = 'scheduled', delivered_at = NULL WHERE status = 'delivered' AND delivered_at = ? AND dm_ts IS NULL").run(now);

    sizes.push({
      invitations: size,
      nudges: counts.nudges,
      due: counts.due,
      futureScheduled: counts.future,
      seedSeconds: seedMs / 1000,
      fileMb: bytes / MB,
      bytesPerInvitation: bytes / size,
      claimed,
      claims,
      sweepMs: median(rounds),
      sweepRoundsMs: rounds,
      longestClaimMs: median(longest),
      emptySweepMs: median(empty),
      peakRssMb: peakRss / MB,
      plans: queryPlans(db),
    });
  }
  db.close();
  return { sizes };
}

serve(
  { run: (payload) => run(payload as ScaleRequest) },
  async () => {
    if (dir !== null) rmSync(dir, { recursive: true, force: true });
  },
);
