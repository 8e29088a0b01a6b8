/**
 * The process dying mid-sweep. The real, built thank-you sweep runs in child processes against a
 * real SQLite file and the Slack stand-in, with chat.postMessage answered late so the process is
 * caught mid-send, and is SIGKILLed at seeded random points. Each restart passes a `now` more
 * than the claim lease (15 min) after the previous one, so abandoned claims expire: the
 * documented recovery. A last clean sweep finishes the work.
 *
 * Counting: a DM counts as sent when the stand-in recorded the chat.postMessage and answered it
 * ok (as Slack posts a message when it receives it, even if the sender dies before reading the
 * answer). A send is "in flight" at a kill when its post reached the stand-in but the dead
 * process had not recorded it: its owner's nudges are still `sending`. Each of those must be
 * found by a later sweep (the DM's metadata, through conversations.history) and not sent again:
 * no owner gets a second DM.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SWEEP_OPTIONS, type SweepReport } from '../../src/jobs/thank-you-sweep.js';
import { startSlackStandIn, type RecordedCall, type SlackStandIn } from '../support/slack-stand-in.js';
import { TEAM, tempDatabasePath } from '../support/test-app.js';
import {
  dmChannelOf,
  faultSeed,
  ownerIds,
  recordFigures,
  seedDueNudges,
  seededRandom,
  sleep,
  startSweepProcess,
  type Child,
} from './fault-support.js';

const NOW = new Date('2026-11-24T10:00:00Z');
/** Each restart is this much later than the one before: past the lease, so dead claims expire. */
const RESTART_STEP_MS = DEFAULT_SWEEP_OPTIONS.leaseMs + 60_000;
/** How late the stand-in answers chat.postMessage: long enough for a kill to land mid-send. */
const POST_DELAY_MS = 200;

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
const children: Child[] = [];

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  database = tempDatabasePath();
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exit() === null) child.proc.kill('SIGKILL');
  await standIn.close();
  database.cleanup();
});

/** When to kill a sweep process: at a time after it starts, or after its n-th post plus a pause. */
type KillPlan = { kind: 'timed'; afterMs: number } | { kind: 'after-post'; posts: number; pauseMs: number };

function planKill(random: () => number, maxPosts: number): KillPlan {
  if (random() < 0.25) return { kind: 'timed', afterMs: Math.floor(50 + random() * 650) };
  return { kind: 'after-post', posts: 1 + Math.floor(random() * maxPosts), pauseMs: Math.floor(random() * POST_DELAY_MS * 1.3) };
}

function isOkPost(call: RecordedCall): boolean {
  return call.method === 'chat.postMessage' && call.response.ok === true;
}

/** Carries out a kill plan. Resolves true when the process was killed, false when it finished first. */
async function killPer(child: Child, plan: KillPlan, postsBefore: number): Promise<boolean> {
  let trigger: Promise<unknown>;
  if (plan.kind === 'timed') {
    trigger = sleep(plan.afterMs);
  } else {
    trigger = standIn
      .waitForCall('chat.postMessage', () => standIn.calls('chat.postMessage').length - postsBefore >= plan.posts, 30_000)
      .then(() => sleep(plan.pauseMs));
  }
  const first = await Promise.race([trigger.then(() => 'kill' as const, () => 'kill' as const), child.exited.then(() => 'exited' as const)]);
  if (first === 'kill' && child.exit() === null) child.proc.kill('SIGKILL');
  const exit = await child.exited;
  // A post the process wrote just before dying may still be in the stand-in's socket buffer.
  await sleep(40);
  return exit.signal === 'SIGKILL';
}

interface Ledger {
  kills: number;
  killsWithSendInFlight: number;
  sendsInFlightAtKills: number;
  /** Per owner: how many kills caught their DM in flight. */
  inFlightByOwner: Map<string, number>;
}

/** After a kill (every sweep process dead): the owners whose post reached Slack but was not recorded. */
function noteKill(ledger: Ledger, reader: Database.Database, postsBefore: number, maxInFlight: number, seedNote: string): void {
  const sending = reader.prepare("SELECT DISTINCT owner_id AS ownerId FROM thank_you_nudges WHERE status = 'sending'").all() as { ownerId: string }[];
  const postedNow = new Set(standIn.calls('chat.postMessage').slice(postsBefore).filter(isOkPost).map((call) => String(call.args.channel)));
  const inFlight = sending.filter(({ ownerId }) => postedNow.has(dmChannelOf(ownerId)));
  ledger.kills += 1;
  if (inFlight.length > 0) ledger.killsWithSendInFlight += 1;
  ledger.sendsInFlightAtKills += inFlight.length;
  for (const { ownerId } of inFlight) ledger.inFlightByOwner.set(ownerId, (ledger.inFlightByOwner.get(ownerId) ?? 0) + 1);
  expect(inFlight.length, `${seedNote}: more sends in flight than the sweeps serve at once`).toBeLessThanOrEqual(maxInFlight);
}

/** One last sweep, not killed, later than everything before: it must finish the work. */
async function cleanSweep(now: Date, seedNote: string): Promise<SweepReport> {
  const child = startSweepProcess({ databasePath: database.path, slackApiUrl: standIn.apiUrl, now, batchSize: 10, concurrency: DEFAULT_SWEEP_OPTIONS.concurrency });
  children.push(child);
  const exit = await child.exited;
  expect(exit, `${seedNote}: the clean sweep failed: ${child.output().stderr}`).toEqual({ code: 0, signal: null });
  return JSON.parse(child.output().stdout) as SweepReport;
}

/** Every nudge delivered, every owner DMed, the DM the database remembers is one Slack has; duplicates explained. */
function audit(reader: Database.Database, owners: readonly string[], total: number, ledger: Ledger, seedNote: string) {
  const states = reader.prepare('SELECT status, count(*) AS n FROM thank_you_nudges GROUP BY status').all();
  expect(states, `${seedNote}: every nudge delivered`).toEqual([{ status: 'delivered', n: total }]);
  expect(reader.pragma('integrity_check', { simple: true }), seedNote).toBe('ok');

  const posts = standIn.calls('chat.postMessage').filter(isOkPost);
  const tsByChannel = new Map<string, Set<string>>();
  for (const post of posts) {
    const channel = String(post.args.channel);
    const seen = tsByChannel.get(channel) ?? new Set<string>();
    seen.add(String(post.response.ts));
    tsByChannel.set(channel, seen);
  }
  const rows = reader.prepare('SELECT owner_id AS ownerId, dm_channel_id AS channel, dm_ts AS ts FROM thank_you_nudges').all() as {
    ownerId: string;
    channel: string | null;
    ts: string | null;
  }[];
  const unmatched = rows.filter((row) => row.channel !== dmChannelOf(row.ownerId) || row.ts === null || tsByChannel.get(row.channel)?.has(row.ts) !== true);
  expect(unmatched, `${seedNote}: nudges whose recorded DM Slack never received`).toEqual([]);

  let lost = 0;
  let duplicated = 0;
  const twice: string[] = [];
  for (const owner of owners) {
    const dms = tsByChannel.get(dmChannelOf(owner))?.size ?? 0;
    if (dms === 0) lost += 1;
    duplicated += Math.max(0, dms - 1);
    if (dms > 1) twice.push(`${owner}: ${dms} DMs, in flight at ${ledger.inFlightByOwner.get(owner) ?? 0} kills`);
  }
  expect(lost, `${seedNote}: owners never DMed`).toBe(0);
  expect(twice, `${seedNote}: owners DMed more than once`).toEqual([]);
  return { delivered: total, dmsPosted: posts.length, lost, duplicated };
}

function summary(name: string, figures: Record<string, unknown>): void {
  const parts = Object.entries(figures).map(([key, value]) => `${key}=${String(value)}`);
  process.stdout.write(`fault figures (${name}): ${parts.join(' ')}\n`);
}

describe('SIGKILL during thank-you sweeps', () => {
  it('loses no nudge and sends no DM twice over 25 kills, finding each DM caught in flight', { timeout: 90_000 }, async () => {
    const seed = faultSeed(20_261_124);
    const seedNote = `seed ${seed} (replay with FAULT_SEED=${seed})`;
    const random = seededRandom(seed);
    const KILLS = 25;
    const owners = ownerIds(120);
    const total = await seedDueNudges({ standIn, databasePath: database.path, owners, perOwner: 2, now: NOW });
    standIn.failNext('chat.postMessage', { delayMs: POST_DELAY_MS }, 1_000_000);

    const reader = new Database(database.path, { readonly: true });
    const ledger: Ledger = { kills: 0, killsWithSendInFlight: 0, sendsInFlightAtKills: 0, inFlightByOwner: new Map() };
    let now = NOW.getTime();
    // Slack stamps each DM with its own clock: here, the time the current run's sweep believes.
    standIn.setClock(() => now);
    let runs = 0;
    try {
      while (ledger.kills < KILLS && runs < KILLS * 3) {
        const open = reader.prepare("SELECT count(*) AS n FROM thank_you_nudges WHERE status IN ('scheduled', 'sending')").get() as { n: number };
        if (open.n === 0) break;
        runs += 1;
        now += RESTART_STEP_MS;
        const postsBefore = standIn.calls('chat.postMessage').length;
        const child = startSweepProcess({
          databasePath: database.path,
          slackApiUrl: standIn.apiUrl,
          now: new Date(now),
          batchSize: 10,
          concurrency: DEFAULT_SWEEP_OPTIONS.concurrency,
        });
        children.push(child);
        const killed = await killPer(child, planKill(random, 2), postsBefore);
        if (!killed) {
          expect(child.exit(), `${seedNote}: run ${runs} failed: ${child.output().stderr}`).toEqual({ code: 0, signal: null });
          continue;
        }
        noteKill(ledger, reader, postsBefore, DEFAULT_SWEEP_OPTIONS.concurrency, `${seedNote}, run ${runs}`);
      }
      const last = await cleanSweep(new Date(now + RESTART_STEP_MS), seedNote);
      const audited = audit(reader, owners, total, ledger, seedNote);
      expect(ledger.kills, `${seedNote}: the sweeps finished before enough kills`).toBe(KILLS);
      expect(ledger.killsWithSendInFlight, `${seedNote}: no kill caught a send in flight`).toBeGreaterThan(0);

      const figures = {
        seed,
        owners: owners.length,
        nudges: total,
        kills: ledger.kills,
        killsWithSendInFlight: ledger.killsWithSendInFlight,
        sendsInFlightAtKills: ledger.sendsInFlightAtKills,
        delivered: audited.delivered,
        lost: audited.lost,
        duplicated: audited.duplicated,
        dmsPosted: audited.dmsPosted,
        runs: runs + 1,
        expiredClaimsInCleanSweep: last.expiredClaims,
        concurrency: DEFAULT_SWEEP_OPTIONS.concurrency,
        postDelayMs: POST_DELAY_MS,
      };
      recordFigures('sigkillDuringSweeps', figures);
      summary('SIGKILL during sweeps', figures);
    } finally {
      reader.close();
    }
  });

  it('two processes sweeping one database, both killed at random points, lose nothing and never DM an owner twice', { timeout: 90_000 }, async () => {
    const seed = faultSeed(4_242);
    const seedNote = `seed ${seed} (replay with FAULT_SEED=${seed})`;
    const random = seededRandom(seed);
    const ROUNDS = 6;
    const owners = ownerIds(30);
    const total = await seedDueNudges({ standIn, databasePath: database.path, owners, perOwner: 2, now: NOW });
    standIn.failNext('chat.postMessage', { delayMs: POST_DELAY_MS }, 1_000_000);

    const reader = new Database(database.path, { readonly: true });
    const ledger: Ledger = { kills: 0, killsWithSendInFlight: 0, sendsInFlightAtKills: 0, inFlightByOwner: new Map() };
    let now = NOW.getTime();
    // Slack stamps each DM with its own clock: here, the time the current run's sweep believes.
    standIn.setClock(() => now);
    let rounds = 0;
    let processKills = 0;
    try {
      while (rounds < ROUNDS) {
        rounds += 1;
        now += RESTART_STEP_MS;
        const postsBefore = standIn.calls('chat.postMessage').length;
        const pair = [0, 1].map(() =>
          startSweepProcess({ databasePath: database.path, slackApiUrl: standIn.apiUrl, now: new Date(now), batchSize: 5, concurrency: 2 }),
        );
        children.push(...pair);
        const killed = await Promise.all(pair.map((child) => killPer(child, planKill(random, 4), postsBefore)));
        for (const [index, child] of pair.entries()) {
          if (killed[index] !== true) expect(child.exit(), `${seedNote}: round ${rounds} failed: ${child.output().stderr}`).toEqual({ code: 0, signal: null });
        }
        processKills += killed.filter(Boolean).length;
        // Within one round the two processes share `now`, so no claim expires: an owner is claimed,
        // and DMed, by one of them at most once.
        const perChannel = new Map<string, number>();
        for (const post of standIn.calls('chat.postMessage').slice(postsBefore)) {
          perChannel.set(String(post.args.channel), (perChannel.get(String(post.args.channel)) ?? 0) + 1);
        }
        const twice = [...perChannel.entries()].filter(([, count]) => count > 1);
        expect(twice, `${seedNote}: round ${rounds} DMed an owner twice`).toEqual([]);
        if (killed.some(Boolean)) noteKill(ledger, reader, postsBefore, 2 * 2, `${seedNote}, round ${rounds}`);
      }
      await cleanSweep(new Date(now + RESTART_STEP_MS), seedNote);
      const audited = audit(reader, owners, total, ledger, seedNote);
      expect(processKills, `${seedNote}: too few kills to mean anything`).toBeGreaterThanOrEqual(ROUNDS);

      const figures = {
        seed,
        owners: owners.length,
        nudges: total,
        rounds,
        processKills,
        roundsWithSendInFlight: ledger.killsWithSendInFlight,
        sendsInFlightAtKills: ledger.sendsInFlightAtKills,
        delivered: audited.delivered,
        lost: audited.lost,
        duplicated: audited.duplicated,
        dmsPosted: audited.dmsPosted,
      };
      recordFigures('twoProcessesKilled', figures);
      summary('two processes killed', figures);
    } finally {
      reader.close();
    }
  });
});
