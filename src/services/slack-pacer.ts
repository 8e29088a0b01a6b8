import type { WebClient } from '@slack/web-api';

/** One Web API method's allowance: so many calls per minute, with a burst of this many at once. */
export interface MethodLimit {
  perMinute: number;
  /** Calls that may go at once after a quiet spell (1: evenly spaced, never bunched). */
  burst: number;
  /** True when Slack counts the limit per channel (chat.postMessage), not per workspace. */
  perChannel?: boolean;
}

export type PacerLimits = Readonly<Record<string, MethodLimit>>;

/**
 * Slack's published limits for the calls the sweeps make in bulk: users.info is Tier 4 ("100+ per
 * minute, generous burst behavior"), conversations.open and conversations.history Tier 3 ("50+ per
 * minute, sporadic bursts are welcome"), chat.postMessage "1 per second per channel, short bursts
 * >1 allowed". Slack gives no burst sizes; a tier's minute of allowance at once is its plain
 * reading, and a 429 beyond it pauses the method for Retry-After anyway.
 */
export const SLACK_PUBLISHED_LIMITS: PacerLimits = {
  'users.info': { perMinute: 100, burst: 100 },
  'conversations.open': { perMinute: 50, burst: 50 },
  // Read only after a crash, to find a DM whose answer was lost: Tier 3.
  'conversations.history': { perMinute: 50, burst: 50 },
  'chat.postMessage': { perMinute: 60, burst: 3, perChannel: true },
  // "Special": "hundreds of requests per minute". The Home tab asks for a card's link once, then keeps it.
  'chat.getPermalink': { perMinute: 100, burst: 100 },
};

/**
 * chat.update is Tier 3 (about 50 a minute per workspace), and every click's redraw and a
 * forgetting's changes at once draw on it too, unpaced. The background jobs that change messages
 * in bulk (the card catch-up, the retention job's blanking and clearing) share this much of it,
 * through one pacer (see jobs/index.ts), so the people clicking always keep about 20 a minute.
 */
export const BACKGROUND_UPDATES: PacerLimits = { 'chat.update': { perMinute: 30, burst: 1 } };

interface Bucket {
  /** When the next evenly spaced call may go (the "theoretical arrival time" of GCRA). */
  nextAt: number;
  /** Slack told us to wait (Retry-After) until then. */
  pausedUntil: number;
}

export interface SlackPacer {
  /**
   * Reserves the next slot for `method` (and `channel`, where Slack counts per channel) and
   * resolves when it comes, sleeping with `sleep`. Methods without a known limit go at once.
   */
  acquire(method: string, channel: string | null, sleep: (ms: number) => Promise<void>): Promise<void>;
  /** Slack answered 429: nobody calls `method` (on `channel`) again before `retryAfterSeconds`. */
  backOff(method: string, channel: string | null, retryAfterSeconds: number): void;
}

/** The pacer as made here: it can also be asked for a slot only if one is free now. */
export interface SlackPacerWithTry extends SlackPacer {
  /**
   * Takes the slot for `method` (and `channel`) only if it is free now: true when the call may go
   * at once. False reserves nothing, so a caller that would rather skip a call than wait for it
   * spends none of the allowance on the calls it skips.
   */
  tryAcquire(method: string, channel: string | null): boolean;
}

/** Idle per-channel buckets are forgotten once there are this many, so memory stays flat. */
const MAX_IDLE_BUCKETS = 5000;

/**
 * A proactive per-method pacer (GCRA, the token bucket as a schedule): calls are spaced to fit
 * Slack's limits before Slack has to refuse them, and a Retry-After pauses every caller of that
 * method, not only the one that was refused. Reserving a slot is synchronous, so concurrent
 * callers queue in order and never overdraw. `minuteMs` shrinks the limits' minute for benchmarks;
 * Retry-After is always taken as real seconds, as Slack sends it.
 */
export function createSlackPacer(options: { limits?: PacerLimits; minuteMs?: number; now?: () => number } = {}): SlackPacerWithTry {
  const limits = options.limits ?? SLACK_PUBLISHED_LIMITS;
  const minuteMs = options.minuteMs ?? 60_000;
  const now = options.now ?? (() => Date.now());
  const buckets = new Map<string, Bucket>();

  function bucketFor(method: string, channel: string | null): { bucket: Bucket; limit: MethodLimit } | null {
    const limit = limits[method];
    if (limit === undefined) return null;
    const key = limit.perChannel === true && channel !== null ? `${method}\u0000${channel}` : method;
    let bucket = buckets.get(key);
    if (bucket === undefined) {
      if (buckets.size >= MAX_IDLE_BUCKETS) forgetIdle(now());
      bucket = { nextAt: 0, pausedUntil: 0 };
      buckets.set(key, bucket);
    }
    return { bucket, limit };
  }

  function forgetIdle(at: number): void {
    for (const [key, bucket] of buckets) {
      if (bucket.nextAt <= at && bucket.pausedUntil <= at) buckets.delete(key);
    }
  }

  /** When the next call of `bucket` may go, and the spacing between calls. */
  function nextSlot({ bucket, limit }: { bucket: Bucket; limit: MethodLimit }, at: number): { slot: number; interval: number } {
    const interval = minuteMs / limit.perMinute;
    // A twentieth of the burst (at least one call) is kept in hand: requests that reach Slack closer
    // together than they left (network jitter, a busy event loop) then still fit, without a 429.
    const reserve = Math.max(1, Math.round(limit.burst / 20));
    const tolerance = Math.max(0, limit.burst - 1 - reserve) * interval;
    return { slot: Math.max(at, bucket.nextAt - tolerance, bucket.pausedUntil), interval };
  }

  return {
    async acquire(method, channel, sleep) {
      const found = bucketFor(method, channel);
      if (found === null) return;
      const at = now();
      const { slot, interval } = nextSlot(found, at);
      found.bucket.nextAt = Math.max(found.bucket.nextAt, slot) + interval;
      if (slot > at) await sleep(slot - at);
    },
    tryAcquire(method, channel) {
      const found = bucketFor(method, channel);
      if (found === null) return true;
      const at = now();
      const { slot, interval } = nextSlot(found, at);
      if (slot > at) return false;
      found.bucket.nextAt = Math.max(found.bucket.nextAt, slot) + interval;
      return true;
    },
    backOff(method, channel, retryAfterSeconds) {
      const found = bucketFor(method, channel);
      if (found === null) return;
      found.bucket.pausedUntil = Math.max(found.bucket.pausedUntil, now() + retryAfterSeconds * 1000);
    },
  };
}

const shared = new WeakMap<WebClient, SlackPacerWithTry>();

/**
 * The pacer for everything sent through one client at Slack's published limits, shared by every
 * sweep that uses it, so back-to-back sweeps do not each start with a fresh allowance.
 */
export function pacerFor(client: WebClient): SlackPacerWithTry {
  let pacer = shared.get(client);
  if (pacer === undefined) {
    pacer = createSlackPacer();
    shared.set(client, pacer);
  }
  return pacer;
}
