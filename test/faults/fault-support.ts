/**
 * Shared pieces of the fault tests: seeded randomness, real child processes (the built app and
 * the built sweep), seeding due thank-you nudges through the real services, and the figures file.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SlackStandIn } from '../support/slack-stand-in.js';
import { startTestApp, TEAM } from '../support/test-app.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const MAIN = join(REPO_ROOT, 'dist', 'main.js');
export const SWEEP_SCRIPT = join(REPO_ROOT, 'test', 'support', 'sweep-process.mjs');
export const FIGURES_FILE = join(REPO_ROOT, 'test-results', 'fault-figures.json');

/** Nudges may go out at any hour on any day, at once after an Accept. */
export const ALWAYS = { THANK_YOU_DELAY_MINUTES: '0', WORKING_HOURS: '00:00-24:00', WORKING_DAYS: 'mon-sun' };

/** The seed of a test's randomness: FAULT_SEED from the environment (to replay a failure), else the test's own. */
export function faultSeed(fallback: number): number {
  const given = Number(process.env.FAULT_SEED);
  return Number.isInteger(given) && given > 0 ? given : fallback;
}

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Child {
  proc: ChildProcessWithoutNullStreams;
  exited: Promise<Exit>;
  /** Set once the process has exited. */
  exit(): Exit | null;
  output(): { stdout: string; stderr: string };
}

/** Starts `command args` with only the environment given (plus PATH), collecting its output. */
export function startProcess(
  command: string,
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string; uid?: number; gid?: number } = {},
): Child {
  const proc = spawn(command, [...args], {
    env: { PATH: process.env.PATH ?? '', ...options.env },
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    ...(options.uid === undefined ? {} : { uid: options.uid }),
    ...(options.gid === undefined ? {} : { gid: options.gid }),
  });
  let stdout = '';
  let stderr = '';
  let exit: Exit | null = null;
  proc.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<Exit>((resolve) => {
    proc.on('exit', (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    });
  });
  return { proc, exited, exit: () => exit, output: () => ({ stdout, stderr }) };
}

/** The built thank-you sweep in its own process (test/support/sweep-process.mjs). */
export function startSweepProcess(input: {
  databasePath: string;
  slackApiUrl: string;
  now: Date;
  batchSize: number;
  concurrency: number;
}): Child {
  return startProcess(process.execPath, [
    SWEEP_SCRIPT,
    input.databasePath,
    input.slackApiUrl,
    input.now.toISOString(),
    String(input.batchSize),
    String(input.concurrency),
  ]);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function waitForHealth(url: string, child: Child, timeoutMs = 10_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (child.exit() !== null) throw new Error(`the app exited before answering ${url}: ${child.output().stderr}`);
      if (Date.now() > deadline) throw error;
      await sleep(50);
    }
  }
}

/** The app's DM channel with a user, as the stand-in answers conversations.open. */
export function dmChannelOf(userId: string): string {
  return `D${userId.slice(1)}`;
}

export function ownerIds(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `U0FAULT${String(index).padStart(4, '0')}`);
}

/**
 * Accepted invitations through the real services (the test-app harness over the real SQLite
 * file), so each owner has `perOwner` thank-you nudges due at `now`. The harness is stopped and
 * the stand-in's record cleared before returning: the file is left to the processes under test.
 */
export async function seedDueNudges(input: {
  standIn: SlackStandIn;
  databasePath: string;
  owners: readonly string[];
  perOwner: number;
  now: Date;
}): Promise<number> {
  const app = await startTestApp({ standIn: input.standIn, databasePath: input.databasePath, clock: () => new Date(input.now), env: ALWAYS });
  try {
    const { invitations } = app.instance.services;
    for (const [ownerIndex, ownerId] of input.owners.entries()) {
      for (let n = 0; n < input.perOwner; n += 1) {
        const checked = await invitations.checkInvitation({
          teamId: TEAM,
          ownerId,
          channelId: 'C0CHANNEL1',
          fields: {
            name: `Person ${ownerIndex}-${n}`,
            headline: 'Engineer',
            company: 'Acme',
            mutualConnections: 4,
            note: null,
            profileUrl: `https://www.linkedin.com/in/person-${ownerIndex}-${n}`,
          },
          source: null,
          requestKey: `seed-${ownerId}-${n}`,
          responseUrl: null,
        });
        await invitations.recordDecision({
          teamId: TEAM,
          invitationId: checked.invitation.id,
          actorId: ownerId,
          decision: 'accepted',
          reason: null,
          note: null,
          responseUrl: null,
        });
      }
    }
  } finally {
    await app.stop();
  }
  input.standIn.reset();
  return input.owners.length * input.perOwner;
}

/** Adds one test's figures to test-results/fault-figures.json (kept between test files). */
export function recordFigures(key: string, figures: Record<string, unknown>): void {
  mkdirSync(join(REPO_ROOT, 'test-results'), { recursive: true });
  let all: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(FIGURES_FILE, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) all = { ...parsed };
  } catch {
    all = {};
  }
  all[key] = { ...figures, recordedAt: new Date().toISOString() };
  writeFileSync(FIGURES_FILE, `${JSON.stringify(all, null, 2)}\n`);
}

/** True when this process runs as root, where file permissions do not stop it. */
export function runningAsRoot(): boolean {
  return process.getuid?.() === 0;
}

/** The unprivileged user (nobody) a root test run can start the app as, if the system allows it. */
export const NOBODY = { uid: 65534, gid: 65534 };

export function canRunAsNobody(): boolean {
  const probe = spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(MAIN)})`], { ...NOBODY, timeout: 10_000 });
  return probe.error === undefined && probe.status === 0;
}
