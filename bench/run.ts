/**
 * `npm run bench [-- --quick] [-- --out path] [-- --only ack,scale,delivery,memory]`
 *
 * Measures invite-check against its natural baselines in one run on one machine, prints a table
 * and writes bench/results.json. Absolute times on a shared two-core box are noisy; the ratios
 * to the baseline measured in the same run are what the targets are about.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startChild, type ChildHandle } from './ipc.js';
import { describeMachine } from './machine.js';
import type {
  AppMode,
  LoopDelay,
  AppStarted,
  MemoryReading,
  RoundStats,
  ScaleResult,
  SeedDueResult,
  SlackSnapshot,
  SweepOutcome,
} from './protocol.js';
import { PUBLISHED_LIMITS } from './rate-limited-slack.js';
import { median, range, round, slope } from './stats.js';

interface Settings {
  quick: boolean;
  ack: { concurrencies: number[]; rounds: number; requests: Record<number, number>; warmup: number; people: number };
  scale: { sizes: number[]; owners: number; due: number; rounds: number; emptyRounds: number };
  delivery: { owners: number; perOwner: number; heavyEvery: number; heavyPerOwner: number; minuteMs: number; commandsPerSecond: number; baselineSeconds: number };
  memory: { rounds: number; checksPerRound: number; concurrency: number; people: number };
}

const FULL: Settings = {
  quick: false,
  // Six rounds: each app goes first, second and last twice. The pool of people grows with the
  // rounds so the real app checks a person about 1.3 times on average, as it did with three.
  ack: { concurrencies: [1, 8, 32], rounds: 6, requests: { 1: 300, 8: 1500, 32: 1500 }, warmup: 500, people: 16_000 },
  scale: { sizes: [100_000, 1_000_000], owners: 1000, due: 10_000, rounds: 5, emptyRounds: 50 },
  delivery: { owners: 2000, perOwner: 3, heavyEvery: 50, heavyPerOwner: 12, minuteMs: 1500, commandsPerSecond: 40, baselineSeconds: 12 },
  // Eight rounds: V8 lets its old space grow to about four times the live heap before a full
  // collection, and gets there in the first 20,000–30,000 checks; the settled half (40,000 to
  // 80,000 checks) shows whether anything grows after that.
  memory: { rounds: 8, checksPerRound: 10_000, concurrency: 8, people: 20_000 },
};

const QUICK: Settings = {
  quick: true,
  ack: { concurrencies: [1, 8], rounds: 1, requests: { 1: 40, 8: 80 }, warmup: 40, people: 200 },
  scale: { sizes: [10_000, 50_000], owners: 100, due: 1000, rounds: 2, emptyRounds: 5 },
  delivery: { owners: 300, perOwner: 2, heavyEvery: 50, heavyPerOwner: 12, minuteMs: 600, commandsPerSecond: 10, baselineSeconds: 1 },
  memory: { rounds: 3, checksPerRound: 150, concurrency: 8, people: 200 },
};

const SECTIONS = ['ack', 'scale', 'delivery', 'memory'] as const;
type Section = (typeof SECTIONS)[number];

function parseArgs(argv: readonly string[]): { settings: Settings; out: string; only: Set<Section> } {
  let out = fileURLToPath(new URL('../../bench/results.json', import.meta.url));
  let only = new Set<Section>(SECTIONS);
  let quick = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--quick') quick = true;
    else if (arg === '--out') out = argv[++i] ?? out;
    else if (arg === '--only') {
      const names = (argv[++i] ?? '').split(',');
      only = new Set(SECTIONS.filter((section) => names.includes(section)));
    } else throw new Error(`unknown argument ${arg ?? ''} (use --quick, --out <file>, --only ack,scale,delivery,memory)`);
  }
  return { settings: quick ? QUICK : FULL, out, only };
}

const say = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

const script = (name: string): URL => new URL(`./${name}.js`, import.meta.url);

/** The app under test gets --expose-gc so memory readings can first drop what is merely pending. */
async function startApp(mode: AppMode, apiUrl: string, env?: Record<string, string>): Promise<{ child: ChildHandle; url: string; started: AppStarted }> {
  const child = startChild(script('app-host'), { name: `${mode} app`, execArgv: ['--expose-gc'] });
  const started = await child.call<AppStarted>('start', { mode, apiUrl, ...(env === undefined ? {} : { env }) });
  return { child, url: started.url, started };
}

async function startLoad(limited: boolean, minuteMs: number): Promise<{ child: ChildHandle; apiUrl: string }> {
  const child = startChild(script('load-worker'), { name: 'load generator' });
  const { apiUrl } = await child.call<{ apiUrl: string }>('standIn', { limited, minuteMs });
  return { child, apiUrl };
}

/** Request ids never repeat within the run: each has its own channel and trigger_id. */
let nextRequest = 1;
function requestIds(count: number): number {
  const first = nextRequest;
  nextRequest += count;
  return first;
}

// ---------------------------------------------------------------------------------------------
// 1. Ack path

interface AckRow {
  concurrency: number;
  real: RoundStats;
  bare: RoundStats;
  /** The bare app posting a card as large as the real app's: not a target, it shows what the card alone costs. */
  bareCard: RoundStats;
  throughputRatio: number;
  ackP99Ratio: number;
  cardP99Ratio: number;
  /** Bare CPU per request over the real app's: the throughput ratio a CPU-bound app can reach. */
  cpuRatio: number;
  /** bare-card against bare: the share of the bare app's throughput a full-size card leaves. */
  bareCardThroughputRatio: number;
  bareCardCpuRatio: number;
  /** real against bare-card: what the app's own work (parse, weigh, store, render) leaves. */
  realToBareCardThroughputRatio: number;
  realToBareCardCpuRatio: number;
  /**
   * real ÷ bare within each round (the two ran back to back): how far the ratio moves from round
   * to round on this machine. The headline ratios above are of the medians over the rounds.
   */
  pairedThroughputRatios: number[];
  pairedAckP99Ratios: number[];
  rounds: Record<AppMode, RoundStats[]>;
}

/** The interleaving order of round `r`: each app goes first, second and last equally often. */
const ROUND_ORDERS: readonly (readonly AppMode[])[] = [
  ['real', 'bare', 'bare-card'],
  ['bare', 'bare-card', 'real'],
  ['bare-card', 'real', 'bare'],
];

function weightedMean(items: readonly { value: number; weight: number }[]): number {
  const weight = items.reduce((sum, item) => sum + item.weight, 0);
  return items.reduce((sum, item) => sum + item.value * item.weight, 0) / weight;
}

function combine(rounds: readonly RoundStats[]): RoundStats {
  const pick = (key: keyof RoundStats) => median(rounds.map((stats) => stats[key] ?? Number.NaN));
  return {
    requests: rounds.reduce((sum, stats) => sum + stats.requests, 0),
    concurrency: rounds[0]?.concurrency ?? 0,
    seconds: rounds.reduce((sum, stats) => sum + stats.seconds, 0),
    rps: pick('rps'),
    ackP50: pick('ackP50'),
    ackP99: pick('ackP99'),
    cardP50: pick('cardP50'),
    cardP99: pick('cardP99'),
    cardBlocksBytes: weightedMean(rounds.map((stats) => ({ value: stats.cardBlocksBytes, weight: stats.requests - stats.missingCards }))),
    errors: rounds.reduce((sum, stats) => sum + stats.errors, 0),
    missingCards: rounds.reduce((sum, stats) => sum + stats.missingCards, 0),
    cpuMsPerRequest: median(rounds.map((stats) => stats.cpuMsPerRequest ?? Number.NaN)),
  };
}

async function ackPath(settings: Settings['ack']): Promise<{ rows: AckRow[]; sampleCardBytes: number }> {
  const load = await startLoad(false, 60_000);
  const apps: Record<AppMode, { child: ChildHandle; url: string; started: AppStarted }> = {
    real: await startApp('real', load.apiUrl),
    bare: await startApp('bare', load.apiUrl),
    'bare-card': await startApp('bare-card', load.apiUrl),
  };
  const closed = async (mode: AppMode, count: number, concurrency: number): Promise<RoundStats> => {
    const before = await apps[mode].child.call<{ micros: number }>('cpu');
    const stats = await load.child.call<RoundStats>('closed', { url: apps[mode].url, count, concurrency, firstRequest: requestIds(count), people: settings.people });
    const after = await apps[mode].child.call<{ micros: number }>('cpu');
    return { ...stats, cpuMsPerRequest: (after.micros - before.micros) / 1000 / stats.requests };
  };
  try {
    say(`  warming up the three apps (${settings.warmup} requests each)`);
    for (const mode of ROUND_ORDERS[0] ?? []) await closed(mode, settings.warmup, 8);
    const rows: AckRow[] = [];
    for (const concurrency of settings.concurrencies) {
      const count = settings.requests[concurrency] ?? 1000;
      const rounds: Record<AppMode, RoundStats[]> = { real: [], bare: [], 'bare-card': [] };
      for (let r = 0; r < settings.rounds; r += 1) {
        // Interleaved, and rotating which goes first, so drift on the machine hits all alike.
        for (const mode of ROUND_ORDERS[r % ROUND_ORDERS.length] ?? []) rounds[mode].push(await closed(mode, count, concurrency));
      }
      const real = combine(rounds.real);
      const bare = combine(rounds.bare);
      const bareCard = combine(rounds['bare-card']);
      const cpuOver = (base: RoundStats, app: RoundStats): number => (base.cpuMsPerRequest ?? Number.NaN) / (app.cpuMsPerRequest ?? Number.NaN);
      rows.push({
        concurrency,
        real,
        bare,
        bareCard,
        throughputRatio: real.rps / bare.rps,
        ackP99Ratio: real.ackP99 / bare.ackP99,
        cardP99Ratio: real.cardP99 / bare.cardP99,
        cpuRatio: cpuOver(bare, real),
        bareCardThroughputRatio: bareCard.rps / bare.rps,
        bareCardCpuRatio: cpuOver(bare, bareCard),
        realToBareCardThroughputRatio: real.rps / bareCard.rps,
        realToBareCardCpuRatio: cpuOver(bareCard, real),
        pairedThroughputRatios: rounds.real.map((stats, r) => stats.rps / (rounds.bare[r]?.rps ?? Number.NaN)),
        pairedAckP99Ratios: rounds.real.map((stats, r) => stats.ackP99 / (rounds.bare[r]?.ackP99 ?? Number.NaN)),
        rounds,
      });
      say(`  concurrency ${concurrency}: real ${round(real.rps, 0)} req/s, bare ${round(bare.rps, 0)} req/s, bare with a full card ${round(bareCard.rps, 0)} req/s`);
    }
    return { rows, sampleCardBytes: apps['bare-card'].started.cardBlocksBytes ?? Number.NaN };
  } finally {
    for (const app of Object.values(apps)) await app.child.stop();
    await load.child.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Delivery under Slack's limits

interface DeliveryRun {
  variant: string;
  dmToUserId: boolean;
  warmDms: boolean;
  seeded: Omit<SeedDueResult, 'nudgeIds'>;
  sweep: SweepOutcome;
  slack: Omit<SlackSnapshot, 'nudgeIds' | 'duplicatedIds'>;
  lost: number;
  duplicated: number;
  /** The least time the limits allow for the calls a cache-aware sweep needs (see allowedMs). */
  allowedMs: number;
  /** The same for the calls this variant makes (conversations.open too, when it opens DMs). */
  allowedForItsCallsMs: number;
  achievedFraction: number;
  achievedFractionForItsCalls: number;
  ownersPerLimitMinute: number;
  baseline: RoundStats;
  during: RoundStats;
  loopBefore: LoopDelay;
  loopDuring: LoopDelay;
}

/**
 * The least time Slack's limits allow for `calls` per method: for each method, the calls beyond
 * its burst at its per-minute rate (per channel for chat.postMessage, where the busiest channel
 * counts); the slowest method decides.
 */
function allowedMs(calls: Record<string, number>, busiestChannel: number, minuteMs: number): number {
  let minutes = 0;
  for (const [method, count] of Object.entries(calls)) {
    const limit = PUBLISHED_LIMITS[method];
    if (limit === undefined) continue;
    const n = limit.perChannel === true ? busiestChannel : count;
    minutes = Math.max(minutes, Math.max(0, n - limit.burst) / limit.perMinute);
  }
  return minutes * minuteMs;
}

async function delivery(settings: Settings['delivery']): Promise<DeliveryRun[]> {
  const load = await startLoad(true, settings.minuteMs);
  const runs: DeliveryRun[] = [];
  const env = { WORKING_HOURS: '00:00-24:00', WORKING_DAYS: 'mon-sun', THANK_YOU_DELAY_MINUTES: '0' };
  try {
    const variants = [
      { dmToUserId: false, warmDms: false, variant: 'as shipped, cold caches (conversations.open per owner)' },
      { dmToUserId: false, warmDms: true, variant: 'as shipped, DM channels known (opened at Accept)' },
      { dmToUserId: true, warmDms: false, variant: 'DM to the user ID (dmToUserId), cold caches' },
    ];
    for (const { dmToUserId, warmDms, variant } of variants) {
      say(`  ${variant}: ${settings.owners} owners due at once`);
      const app = await startApp('real', load.apiUrl, env);
      try {
        const seed = await app.child.call<SeedDueResult>('seedDue', {
          owners: settings.owners,
          perOwner: settings.perOwner,
          heavyEvery: settings.heavyEvery,
          heavyPerOwner: settings.heavyPerOwner,
        });
        if (warmDms) await app.child.call('warmDms');
        const people = 1000;
        const openLoad = (seconds: number | null) =>
          load.child.call('openStart', { url: app.url, perSecond: settings.commandsPerSecond, firstRequest: requestIds(100_000), people }).then(async () => {
            if (seconds !== null) await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
          });
        // The same commands, without a sweep, first: the ack figures to compare with.
        await app.child.call('loopStart');
        await openLoad(settings.baselineSeconds);
        const baseline = await load.child.call<RoundStats>('openStop');
        const loopBefore = await app.child.call<LoopDelay>('loopStop');
        await load.child.call('resetCounters');
        await app.child.call('loopStart');
        await openLoad(null);
        const sweep = await app.child.call<SweepOutcome>('sweep', { minuteMs: settings.minuteMs, dmToUserId, maxSweeps: 5 });
        const during = await load.child.call<RoundStats>('openStop');
        const loopDuring = await app.child.call<LoopDelay>('loopStop');
        const slack = await load.child.call<SlackSnapshot>('snapshot');
        const seen = new Set(slack.nudgeIds);
        const lost = seed.nudgeIds.filter((id) => !seen.has(id)).length;
        const minimal = allowedMs({ 'users.info': seed.owners, 'chat.postMessage': seed.dms }, seed.maxDmsPerOwner, settings.minuteMs);
        const itsCalls = allowedMs(
          { 'users.info': seed.owners, 'chat.postMessage': seed.dms, ...(dmToUserId || warmDms ? {} : { 'conversations.open': seed.owners }) },
          seed.maxDmsPerOwner,
          settings.minuteMs,
        );
        const { nudgeIds, ...seeded } = seed;
        void nudgeIds;
        runs.push({
          variant,
          dmToUserId,
          warmDms,
          seeded,
          sweep,
          slack: { calls: slack.calls, rateLimited: slack.rateLimited, dms: slack.dms, dmSpanMs: slack.dmSpanMs },
          lost,
          duplicated: slack.duplicatedIds.length,
          allowedMs: minimal,
          allowedForItsCallsMs: itsCalls,
          achievedFraction: minimal / sweep.ms,
          achievedFractionForItsCalls: itsCalls / sweep.ms,
          ownersPerLimitMinute: seed.owners / (sweep.ms / settings.minuteMs),
          baseline,
          during,
          loopBefore,
          loopDuring,
        });
        say(`    delivered ${sweep.delivered}/${seed.nudges} nudges in ${round(sweep.ms / 1000, 1)} s (${sweep.sweeps} sweep${sweep.sweeps === 1 ? '' : 's'})`);
      } finally {
        await app.child.stop();
      }
    }
    return runs;
  } finally {
    await load.child.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Memory

interface MemoryResult {
  atRestMb: number;
  atRestHeapMb: number;
  atRestExecutableMb: number;
  perRound: { checks: number; rssMb: number; heapUsedMb: number; heapTotalMb: number; oldSpaceMb: number; executableMb: number; ackP99: number; rps: number }[];
  /** Least-squares slope of RSS over the rounds, in MB per `checksPerRound` checks. */
  slopeMbPerRound: number;
  /** The same over the second half of the rounds, once caches have filled. */
  settledSlopeMbPerRound: number;
  /** The JS heap in use after a full GC: what the app keeps, as opposed to what V8 keeps committed. */
  heapSlopeMbPerRound: number;
  settledHeapSlopeMbPerRound: number;
  checksPerRound: number;
}

async function memory(settings: Settings['memory']): Promise<MemoryResult> {
  const load = await startLoad(false, 60_000);
  const app = await startApp('real', load.apiUrl);
  try {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const atRest = await app.child.call<MemoryReading>('memory', { gc: true });
    const perRound: MemoryResult['perRound'] = [];
    for (let r = 0; r < settings.rounds; r += 1) {
      const stats = await load.child.call<RoundStats>('closed', {
        url: app.url,
        count: settings.checksPerRound,
        concurrency: settings.concurrency,
        firstRequest: requestIds(settings.checksPerRound),
        people: settings.people,
      });
      const reading = await app.child.call<MemoryReading>('memory', { gc: true });
      perRound.push({
        checks: (r + 1) * settings.checksPerRound,
        rssMb: reading.rssMb,
        heapUsedMb: reading.heapUsedMb,
        heapTotalMb: reading.heapTotalMb,
        oldSpaceMb: reading.oldSpaceMb,
        executableMb: reading.executableMb,
        ackP99: stats.ackP99,
        rps: stats.rps,
      });
      say(`  after ${(r + 1) * settings.checksPerRound} checks: RSS ${round(reading.rssMb, 1)} MB, JS heap used ${round(reading.heapUsedMb, 1)} MB`);
    }
    const xs = perRound.map((_, i) => i + 1);
    const ys = perRound.map((row) => row.rssMb);
    const heap = perRound.map((row) => row.heapUsedMb);
    const half = Math.floor(perRound.length / 2);
    return {
      atRestMb: atRest.rssMb,
      atRestHeapMb: atRest.heapUsedMb,
      atRestExecutableMb: atRest.executableMb,
      perRound,
      slopeMbPerRound: slope(xs, ys),
      settledSlopeMbPerRound: slope(xs.slice(half), ys.slice(half)),
      heapSlopeMbPerRound: slope(xs, heap),
      settledHeapSlopeMbPerRound: slope(xs.slice(half), heap.slice(half)),
      checksPerRound: settings.checksPerRound,
    };
  } finally {
    await app.child.stop();
    await load.child.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// Report

function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? String(round(cell)) : cell)));
  const widths = headers.map((header, i) => Math.max(header.length, ...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');

/** "0.76 (0.71–0.84)": the median, smallest and largest of a few ratios. */
function spread(values: readonly number[]): string {
  const [low, high] = range(values);
  return `${round(median(values))} (${round(low)}–${round(high)})`;
}

async function main(): Promise<void> {
  const { settings, out, only } = parseArgs(process.argv.slice(2));
  const machine = describeMachine();
  const startedAt = new Date();
  const began = performance.now();
  say(`invite-check bench${settings.quick ? ' (quick)' : ''}: ${machine.cpuModel}, ${machine.cores} cores, ${machine.os}, Node ${machine.node}`);
  const results: Record<string, unknown> = { date: startedAt.toISOString(), quick: settings.quick, machine, settings };
  const summary: string[] = [];

  if (only.has('ack')) {
    say('\n1. Ack path: the real app against a bare Bolt app (and the bare app posting a full card), interleaved rounds');
    const { rows, sampleCardBytes } = await ackPath(settings.ack);
    results.ack = rows;
    results.ackSampleCardBytes = sampleCardBytes;
    summary.push(
      '1. Ack path (per concurrency: median of rounds; ack = HTTP answer, card = card reaches the stand-in; ms)',
      table(
        ['conc', 'app', 'req/s', 'ack p50', 'ack p99', 'card p50', 'card p99', 'CPU ms/req', 'errors', 'vs bare: req/s', 'ack p99', 'CPU', 'target'],
        rows.flatMap((row) => [
          [row.concurrency, 'real', row.real.rps, row.real.ackP50, row.real.ackP99, row.real.cardP50, row.real.cardP99, row.real.cpuMsPerRequest ?? Number.NaN, row.real.errors + row.real.missingCards,
            row.throughputRatio, row.ackP99Ratio, row.cpuRatio, `${verdict(row.throughputRatio >= 0.8)} / ${verdict(row.ackP99Ratio <= 1.5)}`],
          [row.concurrency, 'bare', row.bare.rps, row.bare.ackP50, row.bare.ackP99, row.bare.cardP50, row.bare.cardP99, row.bare.cpuMsPerRequest ?? Number.NaN, row.bare.errors + row.bare.missingCards, '', '', '', ''],
          [row.concurrency, 'bare+card', row.bareCard.rps, row.bareCard.ackP50, row.bareCard.ackP99, row.bareCard.cardP50, row.bareCard.cardP99, row.bareCard.cpuMsPerRequest ?? Number.NaN,
            row.bareCard.errors + row.bareCard.missingCards, row.bareCardThroughputRatio, row.bareCard.ackP99 / row.bare.ackP99, row.bareCardCpuRatio, '(no target)'],
        ]),
      ),
      '   targets: real ≥ 0.8 × bare req/s; real ack p99 ≤ 1.5 × bare ack p99. "vs bare CPU" = bare CPU per request / real CPU per request.',
      `   bare+card: the bare app posting one typical card of the real app's (${sampleCardBytes} bytes of blocks, no earlier checks) instead of its small one, its blocks in JSON as the app posts them, form-encoded as any Bolt app does.`,
      `   It shows what the card's size alone costs. The real app against bare+card (its own work: parse, weigh, store, render): req/s ${rows
        .map((row) => `${round(row.realToBareCardThroughputRatio)} at ${row.concurrency}`)
        .join(', ')}; CPU ${rows.map((row) => `${round(row.realToBareCardCpuRatio)} at ${row.concurrency}`).join(', ')}.`,
      `   Round by round (${settings.ack.rounds} rounds, real ÷ bare of the same round, median (lowest–highest)): req/s ${rows
        .map((row) => `${spread(row.pairedThroughputRatios)} at ${row.concurrency}`)
        .join(', ')}; ack p99 ${rows.map((row) => `${spread(row.pairedAckP99Ratios)} at ${row.concurrency}`).join(', ')}.`,
      `   Blocks per card, mean bytes: real ${rows.map((row) => `${round(row.real.cardBlocksBytes, 0)} at ${row.concurrency}`).join(', ')}; bare ${round(rows[0]?.bare.cardBlocksBytes ?? Number.NaN, 0)}.`,
    );
  }

  if (only.has('scale')) {
    say('\n2. Sweep at scale: seeding and timing the claim');
    const scaleChild = startChild(script('scale-worker'), { name: 'scale worker' });
    try {
      const scale = await scaleChild.call<ScaleResult>('run', settings.scale);
      results.scale = scale;
      const [small, large] = scale.sizes;
      const ratio = small !== undefined && large !== undefined ? large.sweepMs / small.sweepMs : Number.NaN;
      const emptyRatio = small !== undefined && large !== undefined ? large.emptySweepMs / small.emptySweepMs : Number.NaN;
      const scans = scale.sizes.flatMap((size) => Object.entries(size.plans).filter(([, plan]) => plan.some((step) => /^SCAN /.test(step) && !/USING (COVERING )?INDEX/.test(step))).map(([name]) => name));
      results.scaleRatio = ratio;
      summary.push(
        '',
        '2. Sweep at scale (selection and claim of everything due, no sending; ms, median of rounds)',
        table(
          ['invitations', 'nudges', 'due', 'future', 'claim all due', 'claims', 'longest claim', 'nothing due', 'file MB', 'bytes/invitation', 'seed s', 'peak RSS MB'],
          scale.sizes.map((size) => [size.invitations, size.nudges, size.due, size.futureScheduled, size.sweepMs, size.claims, size.longestClaimMs, size.emptySweepMs, size.fileMb, size.bytesPerInvitation, size.seedSeconds, size.peakRssMb]),
        ),
        `   largest / smallest: claim ${round(ratio)}× (target ≤ 1.3: ${verdict(ratio <= 1.3)}), nothing due ${round(emptyRatio)}×; table scans in sweep queries: ${scans.length === 0 ? 'none' : [...new Set(scans)].join(', ')}`,
      );
      for (const [name, plan] of Object.entries(large?.plans ?? {})) summary.push(`   plan ${name}: ${plan.join(' | ')}`);
    } finally {
      await scaleChild.stop();
    }
  }

  if (only.has('delivery')) {
    const d = settings.delivery;
    say(`\n3. Delivery under Slack's limits (a limits-minute lasts ${d.minuteMs / 1000} real seconds)`);
    const runs = await delivery(d);
    results.delivery = runs;
    summary.push(
      '',
      `3. Delivery under Slack's limits: ${d.owners} owners due at once (users.info cold in every variant); limits scaled: 1 minute = ${d.minuteMs / 1000} s real`,
      table(
        ['variant', 'nudges', 'DMs', 'time s', 'allowed s', 'achieved', 'owners/min', 'lost', 'dup', '429s', 'ack p99 before', 'ack p99 during'],
        runs.map((run) => [
          run.variant,
          run.seeded.nudges,
          run.slack.dms,
          run.sweep.ms / 1000,
          run.allowedMs / 1000,
          run.achievedFraction,
          run.ownersPerLimitMinute,
          run.lost,
          run.duplicated,
          Object.values(run.slack.rateLimited).reduce((sum, n) => sum + n, 0),
          run.baseline.ackP99,
          run.during.ackP99,
        ]),
      ),
      '   allowed = the least time the limits permit for the calls a cache-aware sweep needs: users.info once per owner (cold),',
      '   one chat.postMessage per DM (per-channel limit, busiest channel), no conversations.open; each method\'s calls beyond',
      '   its burst at its per-minute rate, the slowest method deciding. Targets: achieved ≥ 0.9, lost 0, dup 0, ack p99 unchanged.',
      ...runs.map(
        (run) =>
          `   ${run.variant}: calls ${JSON.stringify(run.slack.calls)}, 429s ${JSON.stringify(run.slack.rateLimited)}; achieved for its own calls ${round(run.achievedFractionForItsCalls)}; ` +
          `ack p50 ${round(run.baseline.ackP50)} → ${round(run.during.ackP50)} ms; event-loop delay p99 ${round(run.loopBefore.p99Ms)} → ${round(run.loopDuring.p99Ms)} ms, max ${round(run.loopBefore.maxMs)} → ${round(run.loopDuring.maxMs)} ms`,
      ),
    );
  }

  if (only.has('memory')) {
    const m = settings.memory;
    say(`\n4. Memory: ${m.rounds} rounds of ${m.checksPerRound} checks through the real app`);
    const mem = await memory(m);
    results.memory = mem;
    const sweepPeak = (results.scale as ScaleResult | undefined)?.sizes.at(-1)?.peakRssMb;
    summary.push(
      '',
      `4. Memory of the real app (MB, after a full GC; checks at concurrency ${m.concurrency}; slopes per ${mem.checksPerRound} checks, "settled" over the second half)`,
      table(['', 'at rest', ...mem.perRound.map((row) => `after ${row.checks}`), 'slope', 'settled slope'], [
        ['RSS', mem.atRestMb, ...mem.perRound.map((row) => row.rssMb), mem.slopeMbPerRound, mem.settledSlopeMbPerRound],
        ['JS heap used', mem.atRestHeapMb, ...mem.perRound.map((row) => row.heapUsedMb), mem.heapSlopeMbPerRound, mem.settledHeapSlopeMbPerRound],
        ['JS heap committed', '', ...mem.perRound.map((row) => row.heapTotalMb), '', ''],
        ['… of it old space', '', ...mem.perRound.map((row) => row.oldSpaceMb), '', ''],
        ['executable (code)', mem.atRestExecutableMb, ...mem.perRound.map((row) => row.executableMb), '', ''],
      ]),
      `   executable memory: past 16 MB, V8 compiles each new regular expression without its optimisations (bench/FINDINGS.md); highest ${round(Math.max(...mem.perRound.map((row) => row.executableMb)), 1)} MB`,
      `   flat: settled RSS slope ${round(mem.settledSlopeMbPerRound)} MB, JS heap ${round(mem.settledHeapSlopeMbPerRound)} MB per ${mem.checksPerRound} checks (target ≤ 1 MB: RSS ${verdict(mem.settledSlopeMbPerRound <= 1)}, heap ${verdict(mem.settledHeapSlopeMbPerRound <= 1)}); RSS during the largest sweep: ${sweepPeak === undefined ? 'n/a' : `${round(sweepPeak)} MB`}`,
    );
  }

  results.totalSeconds = (performance.now() - began) / 1000;
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  say('');
  for (const line of summary) say(line);
  say(`\nMachine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}; run ${startedAt.toISOString()}, ${round(results.totalSeconds as number, 0)} s`);
  say(`Results written to ${out}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
