/**
 * The real pacer on a clock the test moves: its sleeps are recorded and move the clock on, as a
 * real sleep would find it on waking. Calls are spaced to fit each method's limit, a quiet spell
 * gives back the burst (less a little kept in hand), and a 429's Retry-After pauses every caller
 * of that method (on that channel, for chat.postMessage) for that long.
 */
import { WebClient } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { createSlackPacer, pacerFor, type PacerLimits } from '../../src/services/slack-pacer.js';

const SECOND = 1000;

function manualTime() {
  let now = 0;
  const waits: number[] = [];
  return {
    now: () => now,
    waits,
    /** Records the wait and moves the clock on by it. */
    sleep: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
    advance(ms: number) {
      now += ms;
    },
  };
}

/** When each of `count` calls of `method` (one after another) went, on the pacer's clock. */
async function sendTimes(pacer: ReturnType<typeof createSlackPacer>, time: ReturnType<typeof manualTime>, method: string, channel: string | null, count: number) {
  const times: number[] = [];
  for (let n = 0; n < count; n += 1) {
    await pacer.acquire(method, channel, time.sleep);
    times.push(time.now());
  }
  return times;
}

const ONE_PER_SECOND: PacerLimits = { 'test.method': { perMinute: 60, burst: 1 } };

describe('spacing calls to fit a limit', () => {
  it('a method with no known limit goes at once, however often, even after a 429', async () => {
    const time = manualTime();
    const pacer = createSlackPacer({ now: time.now });
    pacer.backOff('auth.test', null, 30);
    expect(await sendTimes(pacer, time, 'auth.test', null, 200)).toEqual(Array.from({ length: 200 }, () => 0));
    expect(time.waits).toEqual([]);
  });

  it('with a burst of 1, calls go evenly spaced at the per-minute rate', async () => {
    const time = manualTime();
    const pacer = createSlackPacer({ limits: ONE_PER_SECOND, now: time.now });
    expect(await sendTimes(pacer, time, 'test.method', null, 4)).toEqual([0, SECOND, 2 * SECOND, 3 * SECOND]);
  });

  it('a quiet spell lets the next call go at once, and the one after it waits its turn again', async () => {
    const time = manualTime();
    const pacer = createSlackPacer({ limits: ONE_PER_SECOND, now: time.now });
    await sendTimes(pacer, time, 'test.method', null, 2);
    time.advance(10 * SECOND);
    expect(await sendTimes(pacer, time, 'test.method', null, 2)).toEqual([11 * SECOND, 12 * SECOND]);
  });

  it('a burst goes at once, less a twentieth kept in hand, and the rest at the per-minute rate', async () => {
    const time = manualTime();
    // users.info: 100 a minute with a burst of 100, so one every 600 ms once the burst is spent.
    const pacer = createSlackPacer({ now: time.now });
    const times = await sendTimes(pacer, time, 'users.info', null, 98);
    expect(times.slice(0, 95)).toEqual(Array.from({ length: 95 }, () => 0));
    expect(times.slice(95)).toEqual([600, 1200, 1800]);
  });

  it('chat.postMessage: two at once on a channel, then one a second, each channel on its own', async () => {
    const time = manualTime();
    const pacer = createSlackPacer({ now: time.now });
    expect(await sendTimes(pacer, time, 'chat.postMessage', 'D0ONE', 2)).toEqual([0, 0]);
    expect(await sendTimes(pacer, time, 'chat.postMessage', 'D0TWO', 2)).toEqual([0, 0]);
    expect(await sendTimes(pacer, time, 'chat.postMessage', 'D0ONE', 2)).toEqual([SECOND, 2 * SECOND]);
  });

  it('a shortened minute shortens the spacing (for benchmarks)', async () => {
    const time = manualTime();
    const pacer = createSlackPacer({ limits: ONE_PER_SECOND, minuteMs: 600, now: time.now });
    expect(await sendTimes(pacer, time, 'test.method', null, 3)).toEqual([0, 10, 20]);
  });

  it('callers at the same moment are queued in order, never two in one slot', async () => {
    let now = 0;
    const waits: number[] = [];
    const pacer = createSlackPacer({ limits: ONE_PER_SECOND, now: () => now });
    // Nobody wakes before all have asked: each must have reserved its own slot.
    const sleep = async (ms: number) => {
      waits.push(ms);
    };
    await Promise.all(Array.from({ length: 4 }, () => pacer.acquire('test.method', null, sleep)));
    expect(waits).toEqual([SECOND, 2 * SECOND, 3 * SECOND]);
    now = 3 * SECOND;
    await pacer.acquire('test.method', null, sleep);
    expect(waits.at(-1)).toBe(SECOND);
  });
});

describe('after a 429', () => {
  it('nobody calls the method again before Retry-After, however much allowance is left', async () => {
    const time = manualTime();
    const pacer = createSlackPacer({ now: time.now });
    await pacer.acquire('users.info', null, time.sleep);
    time.advance(2 * SECOND);
    pacer.backOff('users.info', null, 30);
    expect(await sendTimes(pacer, time, 'users.info', null, 1)).toEqual([32 * SECOND]);
    expect(time.waits).toEqual([30 * SECOND]);
  });

  it('every caller waiting for the method is held, not only the one refused', async () => {
    const now = 0;
    const waits: number[] = [];
    const pacer = createSlackPacer({ now: () => now });
    pacer.backOff('conversations.open', null, 20);
    const sleep = async (ms: number) => {
      waits.push(ms);
    };
    await Promise.all(Array.from({ length: 3 }, () => pacer.acquire('conversations.open', null, sleep)));
    expect(waits).toHaveLength(3);
    expect(waits.every((ms) => ms >= 20 * SECOND)).toBe(true);
  });

  it('the pause ends on time, and a shorter Retry-After does not cut a longer one short', async () => {
    const time = manualTime();
    const pacer = createSlackPacer({ now: time.now });
    pacer.backOff('users.info', null, 30);
    time.advance(10 * SECOND);
    pacer.backOff('users.info', null, 5);
    expect(await sendTimes(pacer, time, 'users.info', null, 1)).toEqual([30 * SECOND]);
    time.advance(SECOND);
    expect(await sendTimes(pacer, time, 'users.info', null, 1)).toEqual([31 * SECOND]);
  });

  it('Retry-After is taken in real seconds, even on a shortened minute', async () => {
    const time = manualTime();
    const pacer = createSlackPacer({ minuteMs: 600, now: time.now });
    pacer.backOff('users.info', null, 2);
    await pacer.acquire('users.info', null, time.sleep);
    expect(time.waits).toEqual([2 * SECOND]);
  });

  it('pauses only its method, and for chat.postMessage only its channel', async () => {
    const time = manualTime();
    const pacer = createSlackPacer({ now: time.now });
    pacer.backOff('users.info', null, 30);
    pacer.backOff('chat.postMessage', 'D0ONE', 10);
    expect(await sendTimes(pacer, time, 'conversations.open', null, 1)).toEqual([0]);
    expect(await sendTimes(pacer, time, 'chat.postMessage', 'D0TWO', 1)).toEqual([0]);
    expect(await sendTimes(pacer, time, 'chat.postMessage', 'D0ONE', 1)).toEqual([10 * SECOND]);
  });

  it('a paused channel is still paused after thousands of idle channels are forgotten', async () => {
    const time = manualTime();
    const pacer = createSlackPacer({ now: time.now });
    pacer.backOff('chat.postMessage', 'D0PAUSED', 60);
    for (let n = 0; n < 5000; n += 1) await pacer.acquire('chat.postMessage', `D${n}`, time.sleep);
    time.advance(2 * SECOND);
    // A new channel when there are this many makes the pacer forget the idle ones.
    await pacer.acquire('chat.postMessage', 'D0NEW', time.sleep);
    expect(time.waits).toEqual([]);
    expect(await sendTimes(pacer, time, 'chat.postMessage', 'D0PAUSED', 1)).toEqual([60 * SECOND]);
  });
});

describe('pacerFor', () => {
  it('shares one pacer among everything sent through one client', () => {
    const options = { slackApiUrl: 'http://127.0.0.1:9/api/' };
    const client = new WebClient('xoxb-one', options);
    expect(pacerFor(client)).toBe(pacerFor(client));
    expect(pacerFor(new WebClient('xoxb-two', options))).not.toBe(pacerFor(client));
  });
});

describe('a slot only if free now (tryAcquire)', () => {
  it('takes a free slot, and a refusal reserves nothing: the next free slot comes when it would have', () => {
    const time = manualTime();
    const pacer = createSlackPacer({ limits: ONE_PER_SECOND, now: time.now });
    expect(pacer.tryAcquire('test.method', null)).toBe(true);
    // Not free for a second: however often asked meanwhile, nothing is reserved.
    for (let n = 0; n < 100; n += 1) expect(pacer.tryAcquire('test.method', null)).toBe(false);
    time.advance(SECOND);
    expect(pacer.tryAcquire('test.method', null)).toBe(true);
    pacer.backOff('test.method', null, 30);
    time.advance(SECOND);
    for (let n = 0; n < 100; n += 1) expect(pacer.tryAcquire('test.method', null)).toBe(false);
    time.advance(29 * SECOND);
    expect(pacer.tryAcquire('test.method', null)).toBe(true);
    expect(pacer.tryAcquire('auth.test', null)).toBe(true);
  });
});
