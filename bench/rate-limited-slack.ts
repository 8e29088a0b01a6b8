/**
 * The benchmark's own Slack Web API stand-in: small, quick, and (optionally) holding the app to
 * Slack's published rate limits, answering 429 with Retry-After beyond them. It records only
 * counters and the moments the benchmark needs (a card reaching a channel, which nudges each DM
 * carried), so thousands of requests do not grow its memory the way a full call log would.
 *
 * Time can be shortened: with `minuteMs` = 3000 a "minute" of allowance lasts 3 real seconds, so
 * 2,000 owners' worth of users.info fits a benchmark run. Retry-After is sent in real seconds
 * (whole, at least 1), as the header only carries whole seconds.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface StandInLimit {
  perMinute: number;
  burst: number;
  perChannel?: boolean;
}

/** Slack's published limits as this stand-in enforces them (burst sizes are not published: see the README). */
export const PUBLISHED_LIMITS: Readonly<Record<string, StandInLimit>> = {
  'users.info': { perMinute: 100, burst: 100 },
  'conversations.open': { perMinute: 50, burst: 50 },
  'chat.postMessage': { perMinute: 60, burst: 3, perChannel: true },
};

export interface BenchSlackOptions {
  /** null: answer everything at once, no limits. */
  limits: Readonly<Record<string, StandInLimit>> | null;
  /** Real milliseconds in one of the limits' minutes. */
  minuteMs: number;
  teamId: string;
  /**
   * Called when a message (a card) reaches a channel (C…), with performance.now() of its arrival
   * and the size of its blocks, in UTF-8 bytes of JSON.
   */
  onChannelPost?: (channel: string, at: number, blocksBytes: number) => void;
}

export interface SlackCounters {
  calls: Record<string, number>;
  rateLimited: Record<string, number>;
  /** Successful DMs (chat.postMessage to a D… or U… channel). */
  dms: number;
  /** How many successful DMs carried each thank-you nudge id. */
  nudgeDeliveries: Map<number, number>;
  firstDmAt: number | null;
  lastDmAt: number | null;
}

export interface BenchSlack {
  apiUrl: string;
  counters: SlackCounters;
  resetCounters(): void;
  close(): Promise<void>;
}

interface Bucket {
  nextAt: number;
}

const TIME_ZONES = ['Europe/London', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'America/Los_Angeles', 'Europe/Berlin'];

function emptyCounters(): SlackCounters {
  return { calls: {}, rateLimited: {}, dms: 0, nudgeDeliveries: new Map(), firstDmAt: null, lastDmAt: null };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

function parseArgs(contentType: string, body: string): Map<string, string> {
  const args = new Map<string, string>();
  if (contentType.startsWith('application/json')) {
    const parsed: unknown = body === '' ? {} : JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null) {
      for (const [key, value] of Object.entries(parsed)) args.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
    return args;
  }
  for (const [key, value] of new URLSearchParams(body)) args.set(key, value);
  return args;
}

/** The nudge ids a thank-you DM carries: each person's buttons sit in a block `thank_you:<id>`. */
function nudgeIdsIn(blocksJson: string | undefined): number[] {
  if (blocksJson === undefined) return [];
  const ids: number[] = [];
  for (const match of blocksJson.matchAll(/"block_id"\s*:\s*"thank_you:(\d+)"/g)) ids.push(Number(match[1]));
  return ids;
}

export async function startBenchSlack(options: BenchSlackOptions): Promise<BenchSlack> {
  let counters = emptyCounters();
  const buckets = new Map<string, Bucket>();
  let tsCounter = 0;

  /** Milliseconds until the call may go (0: now, and the allowance is spent), per GCRA. */
  function admit(method: string, channel: string): number {
    const limit = options.limits?.[method];
    if (limit === undefined) return 0;
    const key = limit.perChannel === true ? `${method}:${channel}` : method;
    const bucket = buckets.get(key) ?? { nextAt: 0 };
    buckets.set(key, bucket);
    const interval = options.minuteMs / limit.perMinute;
    const tolerance = (limit.burst - 1) * interval;
    const now = performance.now();
    const earliest = bucket.nextAt - tolerance;
    if (now < earliest) return earliest - now;
    bucket.nextAt = Math.max(bucket.nextAt, now) + interval;
    return 0;
  }

  function nextTs(): string {
    tsCounter += 1;
    return `${1_700_000_000 + Math.floor(tsCounter / 10_000)}.${String((tsCounter % 10_000) * 100).padStart(6, '0')}`;
  }

  function answer(method: string, args: Map<string, string>, at: number): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://bench.slack.com/', team: 'Bench', user: 'invite-check', team_id: options.teamId, user_id: 'U0BENCHBOT', bot_id: 'B0BENCHBOT' };
      case 'chat.postMessage': {
        const given = args.get('channel') ?? '';
        if (given === '') return { ok: false, error: 'channel_not_found' };
        // A post to a user ID lands in the app's DM with them; Slack names that channel in its answer.
        const channel = /^[UW]/.test(given) ? `D${given.slice(1)}` : given;
        if (channel.startsWith('D')) {
          counters.dms += 1;
          counters.firstDmAt ??= at;
          counters.lastDmAt = at;
          for (const id of nudgeIdsIn(args.get('blocks'))) counters.nudgeDeliveries.set(id, (counters.nudgeDeliveries.get(id) ?? 0) + 1);
        } else {
          options.onChannelPost?.(channel, at, Buffer.byteLength(args.get('blocks') ?? ''));
        }
        return { ok: true, channel, ts: nextTs() };
      }
      case 'chat.update':
        return { ok: true, channel: args.get('channel') ?? '', ts: args.get('ts') ?? '' };
      case 'conversations.open': {
        const user = (args.get('users') ?? '').split(',')[0] ?? '';
        return user === '' ? { ok: false, error: 'users_list_not_supplied' } : { ok: true, channel: { id: `D${user.slice(1)}` } };
      }
      case 'users.info': {
        const id = args.get('user') ?? '';
        const digits = Number(id.replace(/\D/g, '')) || 0;
        const realName = `Owner ${id}`;
        return { ok: true, user: { id, name: id.toLowerCase(), real_name: realName, deleted: false, tz: TIME_ZONES[digits % TIME_ZONES.length], profile: { real_name: realName } } };
      }
      default:
        return { ok: true };
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    const body = await readBody(req);
    if (!url.startsWith('/api/')) {
      // response_url posts and anything else: Slack answers a bare ok.
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    const method = decodeURIComponent(url.slice('/api/'.length).split('?')[0] ?? '');
    const args = parseArgs(String(req.headers['content-type'] ?? ''), body);
    counters.calls[method] = (counters.calls[method] ?? 0) + 1;
    // A DM's limit is its channel's, whether it was addressed by user ID or by the D… id.
    const wait = admit(method, (args.get('channel') ?? '').replace(/^[UW]/, 'D'));
    if (wait > 0) {
      counters.rateLimited[method] = (counters.rateLimited[method] ?? 0) + 1;
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(Math.max(1, Math.ceil(wait / 1000))) });
      res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(answer(method, args, performance.now())));
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: 'invalid_request', detail: error instanceof Error ? error.message : String(error) }));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    get counters() {
      return counters;
    },
    resetCounters() {
      counters = emptyCounters();
      buckets.clear();
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
