import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// The benchmark is run once, small (--quick), so it cannot rot. That it finishes and writes
// well-formed results is checked, and that its delivery lost and repeated nothing; its times on a
// shared test machine prove nothing.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'invite-check-bench-test-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function isFiniteNumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value);
}

describe('npm run bench -- --quick', () => {
  it('runs every section to the end and writes well-formed results', { timeout: 240_000 }, async () => {
    await run(process.execPath, [TSC, '-p', 'tsconfig.bench.json'], { cwd: ROOT });
    const out = join(dir, 'results.json');
    const { stdout } = await run(process.execPath, ['dist-bench/bench/run.js', '--quick', '--out', out], { cwd: ROOT, maxBuffer: 10 * 1024 * 1024 });
    expect(stdout).toContain('Results written to');

    const results = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    expect(results).toMatchObject({ quick: true, machine: { os: expect.any(String), cpuModel: expect.any(String), cores: expect.any(Number), node: process.version } });
    expect(Number.isNaN(Date.parse(String(results.date)))).toBe(false);

    type AppStats = Record<string, unknown>;
    const ack = results.ack as {
      concurrency: number;
      real: AppStats;
      bare: AppStats;
      bareCard: AppStats;
      throughputRatio: unknown;
      realToBareCardThroughputRatio: unknown;
      pairedThroughputRatios: unknown[];
      pairedAckP99Ratios: unknown[];
    }[];
    const { rounds } = (results.settings as { ack: { rounds: number } }).ack;
    expect(ack.length).toBeGreaterThan(0);
    for (const row of ack) {
      for (const app of [row.real, row.bare, row.bareCard]) {
        for (const key of ['rps', 'ackP50', 'ackP99', 'cardP50', 'cardP99']) expect(isFiniteNumber(app[key]), `${key} at ${row.concurrency}`).toBe(true);
        expect(app.requests).toBeGreaterThan(0);
        expect(app.errors).toBe(0);
        expect(app.missingCards).toBe(0);
      }
      expect(isFiniteNumber(row.throughputRatio)).toBe(true);
      expect(isFiniteNumber(row.realToBareCardThroughputRatio)).toBe(true);
      // One real ÷ bare ratio per round, each from the two apps' runs in that round.
      for (const paired of [row.pairedThroughputRatios, row.pairedAckP99Ratios]) {
        expect(paired).toHaveLength(rounds);
        expect(paired.every(isFiniteNumber)).toBe(true);
      }
    }
    // The bare+card baseline posts a full card: far larger than the bare app's one line. The
    // stand-in's measure of what arrived agrees with the size of what was sent.
    expect(results.ackSampleCardBytes).toBeGreaterThan(1000);
    for (const row of ack) {
      expect(row.bareCard.cardBlocksBytes).toBe(results.ackSampleCardBytes);
      expect(row.real.cardBlocksBytes).toBeGreaterThan(1000);
      expect(row.bare.cardBlocksBytes).toBeLessThan(200);
    }

    const scale = results.scale as { sizes: { invitations: number; sweepMs: unknown; emptySweepMs: unknown; bytesPerInvitation: unknown; plans: Record<string, string[]> }[] };
    expect(scale.sizes.length).toBe(2);
    for (const size of scale.sizes) {
      for (const value of [size.sweepMs, size.emptySweepMs, size.bytesPerInvitation]) expect(isFiniteNumber(value)).toBe(true);
      expect(Object.keys(size.plans).length).toBeGreaterThan(0);
    }

    const delivery = results.delivery as { variant: string; seeded: { nudges: number }; sweep: { ms: unknown }; lost: unknown; duplicated: unknown; achievedFraction: unknown }[];
    expect(delivery.length).toBe(3);
    for (const variant of delivery) {
      expect(variant.seeded.nudges).toBeGreaterThan(0);
      for (const value of [variant.sweep.ms, variant.achievedFraction]) expect(isFiniteNumber(value)).toBe(true);
      // Unlike its times, the delivery's outcome is no matter of machine: every nudge once, as targeted.
      expect(variant.lost, `lost: ${variant.variant}`).toBe(0);
      expect(variant.duplicated, `duplicated: ${variant.variant}`).toBe(0);
    }

    const memory = results.memory as { atRestMb: unknown; perRound: { rssMb: unknown; oldSpaceMb: unknown }[]; slopeMbPerRound: unknown };
    expect(isFiniteNumber(memory.atRestMb)).toBe(true);
    expect(memory.perRound.length).toBeGreaterThan(1);
    expect(memory.perRound.every((round) => isFiniteNumber(round.rssMb) && isFiniteNumber(round.oldSpaceMb))).toBe(true);
    expect(isFiniteNumber(memory.slopeMbPerRound)).toBe(true);
  });
});
