/**
 * Child process hosting one app under test on the real HTTP receiver (ephemeral port): the real
 * invite-check (createApp, temp database, migrations applied); the bare Bolt baseline whose
 * /invite-check acks and posts one small card, the same Slack I/O with none of our work ('bare');
 * or that bare app posting a card as large as the real app's instead ('bare-card'). All log
 * through the same JSON logger at the same level. It also runs the thank-you sweep on request,
 * in this process, as main.ts's cron would.
 */
import { App, HTTPReceiver, type Receiver } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { WebClientOptions } from '@slack/web-api';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance, type IntervalHistogram } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { getHeapSpaceStatistics, getHeapStatistics } from 'node:v8';
import { createApp, type InviteCheckApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { startCheckpointer } from '../src/db/checkpointer.js';
import { migrate, readMigrations } from '../src/db/migrate.js';
import { openDatabase, type Db } from '../src/db/open.js';
import { sweepThankYous } from '../src/jobs/thank-you-sweep.js';
import { parseSlackCommandText } from '../src/domain/parse-invitation.js';
import { evaluateInvitation } from '../src/domain/recommend.js';
import { JsonLogger } from '../src/logger.js';
import { postBlocks } from '../src/services/post-message.js';
import { invitationCard } from '../src/views/invitation-card.js';
import { createSlackPacer } from '../src/services/slack-pacer.js';
import { serve } from './ipc.js';
import type { AppStart, AppStarted, LoopDelay, MemoryReading, SeedDueRequest, SeedDueResult, SweepOutcome, SweepRequest } from './protocol.js';
import { invitationText } from './invitations.js';
import { seedDueNudges } from './seed.js';
import { BENCH_SIGNING_SECRET, BENCH_TEAM } from './signed.js';
import { MB } from './stats.js';

const MIGRATIONS = fileURLToPath(new URL('../../migrations/', import.meta.url));
const TOKEN = 'xoxb-bench-token';

interface Hosted {
  stop(): Promise<void>;
  db: Db | null;
  instance: InviteCheckApp | null;
}

let hosted: Hosted | null = null;
let dir: string | null = null;

function portOf(server: unknown): number {
  return ((server as Server).address() as AddressInfo).port;
}

async function start(request: AppStart): Promise<AppStarted> {
  // Same level and sink for every app: stdout, which the parent discards as a log shipper would read it.
  const logger = new JsonLogger('info', process.stdout);
  if (request.mode === 'bare' || request.mode === 'bare-card') {
    const card = request.mode === 'bare-card' ? sampleCard() : null;
    const receiver: Receiver = new HTTPReceiver({ signingSecret: BENCH_SIGNING_SECRET, endpoints: '/slack/events', port: 0, logger });
    // The real app's client settings (app.ts), so both pay the same for each Slack call.
    const clientOptions: WebClientOptions = { slackApiUrl: request.apiUrl, retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 3000 }, timeout: 10_000 };
    // And the real app's App settings: no conversation store, which Bolt otherwise consults on every request.
    const app = new App({ token: TOKEN, receiver, logger, clientOptions, convoStore: false });
    app.command('/invite-check', async ({ ack, command, client }) => {
      await ack();
      if (card !== null) {
        await postBlocks(client, { channel: command.channel_id, ...card });
        return;
      }
      await client.chat.postMessage({
        channel: command.channel_id,
        text: 'Invitation checked',
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*Invitation checked.* Nothing else happens here.' } }],
        unfurl_links: false,
        unfurl_media: false,
      });
    });
    const server = await app.start(0);
    hosted = { stop: () => app.stop().then(() => undefined), db: null, instance: null };
    return {
      url: `http://127.0.0.1:${portOf(server)}/slack/events`,
      pid: process.pid,
      ...(card === null ? {} : { cardBlocksBytes: Buffer.byteLength(JSON.stringify(card.blocks)) }),
    };
  }
  dir = mkdtempSync(join(tmpdir(), 'invite-check-bench-app-'));
  const config = loadConfig({
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
    SLACK_API_URL: request.apiUrl,
    PORT: '0',
    DATABASE_PATH: join(dir, 'invite-check.db'),
    LOG_LEVEL: 'info',
    ...request.env,
  });
  const db = openDatabase(config.databasePath);
  migrate(db, readMigrations(MIGRATIONS));
  // As main.ts boots it: WAL checkpoints in a worker thread.
  const checkpointer = startCheckpointer(db, { path: config.databasePath, everyMs: 1000, logger });
  const instance = createApp({ config, db, logger });
  await instance.init();
  const server = await instance.app.start(0);
  hosted = {
    async stop() {
      await instance.app.stop();
      await instance.drain();
      await checkpointer.stop();
      db.close();
    },
    db,
    instance,
  };
  return { url: `http://127.0.0.1:${portOf(server)}/slack/events`, pid: process.pid };
}

/**
 * For the 'bare-card' baseline: one typical card (a web-page paste, no earlier checks), rendered
 * once with the app's own parser, rules and views. Posted on every command with its blocks already
 * in JSON, as the app posts its cards, but form-encoded by Node's own encoder (createApp's faster
 * one is part of the app: see src/form-encoding.ts), it shows what a card of that size costs a
 * plain Bolt app, with none of the app's work.
 */
function sampleCard(): { text: string; blocks: KnownBlock[] } {
  const parsed = parseSlackCommandText(invitationText(123, 'web'));
  if (!parsed.ok) throw new Error(`the sample invitation does not parse: ${parsed.reason}`);
  const evaluation = evaluateInvitation(parsed.invitation);
  const invitation = {
    ...parsed.invitation,
    ...evaluation,
    id: 1234,
    ownerId: 'U0BENCH0001',
    source: null,
    status: 'pending' as const,
    decidedAt: null,
    decidedBy: null,
    decisionReason: null,
    decisionNote: null,
    createdAt: new Date(),
  };
  return invitationCard(invitation);
}

function memory(payload: { gc?: boolean }): MemoryReading {
  // With --expose-gc, garbage is collected first, so a reading shows what is kept, not what is pending.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (payload.gc === true && gc !== undefined) gc();
  const usage = process.memoryUsage();
  const oldSpace = getHeapSpaceStatistics().find((space) => space.space_name === 'old_space')?.space_size ?? Number.NaN;
  return {
    rssMb: usage.rss / MB,
    heapUsedMb: usage.heapUsed / MB,
    heapTotalMb: usage.heapTotal / MB,
    externalMb: usage.external / MB,
    oldSpaceMb: oldSpace / MB,
    executableMb: getHeapStatistics().total_heap_size_executable / MB,
    ...residentKinds(),
  };
}

/** Linux's split of resident memory: anonymous (heap, malloc), file-backed (code, mapped files), shared. */
function residentKinds(): { anonMb?: number; fileMb?: number; shmemMb?: number } {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) / 1024;
    return { anonMb: kb('RssAnon'), fileMb: kb('RssFile'), shmemMb: kb('RssShmem') };
  } catch {
    return {};
  }
}

function requireReal(): { db: Db; instance: InviteCheckApp } {
  if (hosted === null || hosted.db === null || hosted.instance === null) throw new Error('the real app is not running here');
  return { db: hosted.db, instance: hosted.instance };
}

function seedDue(request: SeedDueRequest): SeedDueResult {
  const { db } = requireReal();
  return seedDueNudges(db, { teamId: BENCH_TEAM, ...request, now: Date.now() });
}

/** Sweeps back to back (each would be a cron run) until nothing is due, or `maxSweeps`. */
async function sweep(request: SweepRequest): Promise<SweepOutcome> {
  const { db, instance } = requireReal();
  // The pacer knows Slack's published limits; on the stand-in's shortened minute, so does it.
  const pacer = createSlackPacer({ minuteMs: request.minuteMs });
  const started = performance.now();
  const outcome: SweepOutcome = { ms: 0, sweeps: 0, delivered: 0, messages: 0, failed: 0, deferred: 0, statuses: {} };
  const due = db.prepare("SELECT count(*) AS n FROM thank_you_nudges WHERE status = 'scheduled' AND due_at <= ?");
  while (outcome.sweeps < request.maxSweeps) {
    const report = await sweepThankYous({ ...instance.sweepDeps, pacer, options: { dmToUserId: request.dmToUserId } }, new Date());
    outcome.sweeps += 1;
    outcome.delivered += report.delivered;
    outcome.messages += report.messages;
    outcome.failed += report.failed;
    outcome.deferred += report.deferred;
    if ((due.get(Date.now()) as { n: number }).n === 0) break;
  }
  outcome.ms = performance.now() - started;
  for (const row of db.prepare('SELECT status, count(*) AS n FROM thank_you_nudges GROUP BY status').all() as { status: string; n: number }[]) {
    outcome.statuses[row.status] = row.n;
  }
  return outcome;
}

let loop: IntervalHistogram | null = null;

/** How long this process's event loop was held up: what a command arriving then would wait. */
function loopStart(): Record<string, never> {
  loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  return {};
}

function loopStop(): LoopDelay {
  if (loop === null) throw new Error('loop delay is not being measured');
  loop.disable();
  const reading = { p50Ms: loop.percentile(50) / 1e6, p99Ms: loop.percentile(99) / 1e6, maxMs: loop.max / 1e6 };
  loop = null;
  return reading;
}

serve(
  {
    // CPU time this process has used (µs, user + system): per request, the cost of each app's work.
    cpu: () => {
      const usage = process.cpuUsage();
      return { micros: usage.user + usage.system };
    },
    loopStart: () => loopStart(),
    loopStop: () => loopStop(),
    start: (payload) => start(payload as AppStart),
    memory: (payload) => memory(payload as { gc?: boolean }),
    seedDue: (payload) => seedDue(payload as SeedDueRequest),
    sweep: (payload) => sweep(payload as SweepRequest),
    // As the app leaves things in use: each owner's DM channel was opened when they accepted.
    warmDms: () => {
      const { db } = requireReal();
      const warmed = db
        .prepare(`INSERT INTO slack_users (team_id, user_id, dm_channel_id, fetched_at)
          SELECT DISTINCT team_id, owner_id, 'D' || substr(owner_id, 2), 0 FROM thank_you_nudges WHERE true
          ON CONFLICT (team_id, user_id) DO UPDATE SET dm_channel_id = excluded.dm_channel_id`)
        .run().changes;
      return { warmed };
    },
    cacheDms: () => {
      const { db } = requireReal();
      return db.prepare('SELECT count(*) AS n FROM slack_users WHERE dm_channel_id IS NOT NULL').get();
    },
  },
  async () => {
    await hosted?.stop().catch(() => undefined);
    if (dir !== null) rmSync(dir, { recursive: true, force: true });
  },
);
