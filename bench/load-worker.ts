/**
 * Child process that plays Slack: the Web API stand-in the app calls, and the load generator
 * sending it signed /invite-check requests. Both share this process's clock, so "time until the
 * card reaches Slack" is measured from the moment the request left to the moment its card arrived.
 * On two cores the app under test gets one to itself; this process has the other.
 */
import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import { FORMS, invitationText } from './invitations.js';
import { serve } from './ipc.js';
import type { ClosedRound, OpenLoad, RoundStats, SlackSnapshot, StandInStart } from './protocol.js';
import { PUBLISHED_LIMITS, startBenchSlack, type BenchSlack } from './rate-limited-slack.js';
import { BENCH_SIGNING_SECRET, commandBody, signature } from './signed.js';
import { percentile } from './stats.js';

/** Owners sending commands: enough that per-owner lookups (settings, history) vary. */
const COMMAND_USERS = 200;
const CARD_WAIT_MS = 20_000;

let slack: BenchSlack | null = null;
/** Channel → what to do when its card arrives. Each request gets its own channel. */
const awaitingCard = new Map<string, (at: number, blocksBytes: number) => void>();

async function startStandIn(request: StandInStart): Promise<{ apiUrl: string }> {
  slack = await startBenchSlack({
    limits: request.limited ? PUBLISHED_LIMITS : null,
    minuteMs: request.minuteMs,
    teamId: 'T0BENCH001',
    onChannelPost: (channel, at, blocksBytes) => awaitingCard.get(channel)?.(at, blocksBytes),
  });
  return { apiUrl: slack.apiUrl };
}

function standIn(): BenchSlack {
  if (slack === null) throw new Error('the stand-in is not running');
  return slack;
}

function post(url: URL, body: string, agent: Agent): Promise<number> {
  const timestamp = Math.floor(Date.now() / 1000);
  return new Promise((resolve) => {
    const req = httpRequest(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': signature(BENCH_SIGNING_SECRET, body, timestamp),
          'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve(0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

/** Collects one round's latencies; a request's card is matched by its own channel. */
function recorder(firstRequest: number, people: number) {
  const acks: number[] = [];
  const cards: number[] = [];
  let cardBytes = 0;
  let errors = 0;
  let outstandingCards = 0;
  let lastCardAt = 0;
  let allCards: () => void = () => undefined;
  const channels = new Set<string>();
  const slackUrl = standIn().apiUrl.replace(/\/api\/$/, '/response-url/bench');

  async function send(url: URL, index: number, agent: Agent): Promise<void> {
    const id = firstRequest + index;
    const channel = `C${id.toString(36).toUpperCase().padStart(8, '0')}`;
    // Spread over the pool of people so some are checked again and cards list earlier checks.
    const person = (id * 7919) % people;
    const body = commandBody({
      text: invitationText(person, FORMS[id % FORMS.length] ?? 'web'),
      userId: `U${String(id % COMMAND_USERS).padStart(9, '0')}`,
      channelId: channel,
      responseUrl: slackUrl,
    });
    const sentAt = performance.now();
    channels.add(channel);
    outstandingCards += 1;
    awaitingCard.set(channel, (at, blocksBytes) => {
      awaitingCard.delete(channel);
      cards.push(at - sentAt);
      cardBytes += blocksBytes;
      lastCardAt = Math.max(lastCardAt, at);
      outstandingCards -= 1;
      if (outstandingCards === 0) allCards();
    });
    const status = await post(url, body, agent);
    acks.push(performance.now() - sentAt);
    if (status !== 200) errors += 1;
  }

  async function finish(startedAt: number, concurrency: number): Promise<RoundStats> {
    const acksDoneAt = performance.now();
    if (outstandingCards > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, CARD_WAIT_MS);
        allCards = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    const missingCards = outstandingCards;
    for (const channel of channels) awaitingCard.delete(channel);
    const endedAt = Math.max(acksDoneAt, lastCardAt);
    const seconds = (endedAt - startedAt) / 1000;
    return {
      requests: acks.length,
      concurrency,
      seconds,
      rps: acks.length / seconds,
      ackP50: percentile(acks, 50),
      ackP99: percentile(acks, 99),
      cardP50: percentile(cards, 50),
      cardP99: percentile(cards, 99),
      cardBlocksBytes: cards.length === 0 ? Number.NaN : cardBytes / cards.length,
      errors,
      missingCards,
    };
  }

  return { send, finish };
}

/** A closed loop: `concurrency` senders, each sending its next request when the last was acked. */
async function closedRound(round: ClosedRound): Promise<RoundStats> {
  const url = new URL(round.url);
  const agent = new Agent({ keepAlive: true, maxSockets: round.concurrency });
  const record = recorder(round.firstRequest, round.people);
  let next = 0;
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: round.concurrency }, async () => {
      while (next < round.count) {
        const index = next;
        next += 1;
        await record.send(url, index, agent);
      }
    }),
  );
  const stats = await record.finish(startedAt, round.concurrency);
  agent.destroy();
  return stats;
}

let openLoad: { stop(): Promise<RoundStats> } | null = null;

/** An open loop: requests at a steady rate whatever the app's answers, as people type commands. */
function startOpenLoad(load: OpenLoad): Record<string, never> {
  const url = new URL(load.url);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const record = recorder(load.firstRequest, load.people);
  const inFlight = new Set<Promise<void>>();
  const startedAt = performance.now();
  let sent = 0;
  const timer = setInterval(() => {
    const due = Math.floor(((performance.now() - startedAt) / 1000) * load.perSecond);
    while (sent < due) {
      const work = record.send(url, sent, agent);
      sent += 1;
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    }
  }, 5);
  openLoad = {
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
      const stats = await record.finish(startedAt, 0);
      agent.destroy();
      return stats;
    },
  };
  return {};
}

function snapshot(): SlackSnapshot {
  const { counters } = standIn();
  const nudgeIds: number[] = [];
  const duplicatedIds: number[] = [];
  for (const [id, count] of counters.nudgeDeliveries) {
    nudgeIds.push(id);
    if (count > 1) duplicatedIds.push(id);
  }
  return {
    calls: { ...counters.calls },
    rateLimited: { ...counters.rateLimited },
    dms: counters.dms,
    nudgeIds,
    duplicatedIds,
    dmSpanMs: counters.firstDmAt === null || counters.lastDmAt === null ? 0 : counters.lastDmAt - counters.firstDmAt,
  };
}

serve(
  {
    standIn: (payload) => startStandIn(payload as StandInStart),
    closed: (payload) => closedRound(payload as ClosedRound),
    openStart: (payload) => startOpenLoad(payload as OpenLoad),
    openStop: async () => {
      if (openLoad === null) throw new Error('no open load running');
      const stats = await openLoad.stop();
      openLoad = null;
      return stats;
    },
    snapshot: () => snapshot(),
    resetCounters: () => {
      standIn().resetCounters();
      return {};
    },
  },
  async () => {
    await slack?.close();
  },
);
