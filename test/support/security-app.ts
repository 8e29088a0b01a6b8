import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebClientOptions } from '@slack/web-api';
import { expect } from 'vitest';
import type { Db } from '../../src/db/open.js';
import {
  assertNoForeignControlSequences,
  assertValidHomeView,
  assertValidMessage,
  assertValidModal,
  collectMrkdwn,
} from './block-kit.js';
import { eventCallbackBody, slashCommandBody, type SignedRequestResult } from './slack-requests.js';
import { DEFAULT_TEAM_DOMAIN, type RecordedCall, type ResponseUrlPost, type SlackStandIn } from './slack-stand-in.js';
import { CHANNEL, OWNER, startTestApp, TEAM, type TestApp } from './test-app.js';

/** A second workspace: its people must never reach the first one's records. */
export const OTHER_TEAM = 'T0OTHER0001';
export const OUTSIDER = 'U0OUTSIDE1';

/**
 * The real app, as `startTestApp` starts it, with the WebClient options open to the test: the
 * fault tests shorten the client timeout so a "Slack did not answer" case takes a second, not ten.
 */
export function startSecurityApp(options: {
  standIn: SlackStandIn;
  databasePath: string;
  clock?: () => Date;
  env?: Record<string, string>;
  webClientOptions?: WebClientOptions;
  slowCardNoticeMs?: number;
}): Promise<TestApp> {
  return startTestApp(options);
}

/** `/invite-check <text>` from any workspace, user and channel (the shared harness is fixed to TEAM). */
export function commandFrom(
  app: TestApp,
  standIn: SlackStandIn,
  p: { text: string; team?: string; user?: string; channel?: string; responseUrlId?: string; responseUrl?: string; triggerId?: string },
): Promise<SignedRequestResult> {
  return app.send(
    slashCommandBody({
      text: p.text,
      team_id: p.team ?? TEAM,
      user_id: p.user ?? OWNER,
      channel_id: p.channel ?? CHANNEL,
      response_url: p.responseUrl ?? standIn.responseUrl(p.responseUrlId ?? 'command'),
      ...(p.triggerId ? { trigger_id: p.triggerId } : {}),
    }),
  );
}

/** An app_home_opened event, as Slack delivers it. */
export function homeOpened(app: TestApp, p: { team?: string; user: string; eventId?: string; headers?: Record<string, string> }): Promise<SignedRequestResult> {
  return app.send(
    eventCallbackBody({
      team_id: p.team ?? TEAM,
      event: { type: 'app_home_opened', user: p.user, channel: `D${p.user.slice(1)}`, tab: 'home' },
      ...(p.eventId ? { event_id: p.eventId } : {}),
    }),
    { headers: { 'content-type': 'application/json', ...p.headers } },
  );
}

/** Every table the app writes (migrations bookkeeping aside), each as its rows in a stable order. */
export function snapshotDatabase(db: Db): Record<string, string[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name")
    .all() as { name: string }[];
  const snapshot: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).all();
    snapshot[name] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return snapshot;
}

/** Where the stand-in's recordings stand now, to look only at what came after. */
export interface Mark {
  calls: number;
  posts: number;
}

export function mark(standIn: SlackStandIn): Mark {
  return { calls: standIn.calls().length, posts: standIn.responsePosts().length };
}

/** Web API calls since the mark (auth.test, Bolt's own start-up check, aside). */
export function callsSince(standIn: SlackStandIn, since: Mark): RecordedCall[] {
  return standIn
    .calls()
    .slice(since.calls)
    .filter((call) => call.method !== 'auth.test');
}

export function postsSince(standIn: SlackStandIn, since: Mark): ResponseUrlPost[] {
  return standIn.responsePosts().slice(since.posts);
}

/** Words a person must never see: a stack trace, an internal error name, JavaScript leaking through. */
const LEAKS = [/\bundefined\b/, /\[object Object\]/, /\bNaN\b/, /\bTypeError\b|\bReferenceError\b|\bSyntaxError\b/, /\bat \S+ \(.*:\d+:\d+\)/, /node_modules|\/src\/|\.ts:\d+/, /SQLITE_|sqlite/i, /ZodError|"code":\s*"invalid/];

/** A sentence fit to show a person: non-empty, and no internals leaking through. */
export function expectCleanWords(text: unknown): void {
  expect(typeof text).toBe('string');
  const words = String(text);
  expect(words.trim().length).toBeGreaterThan(0);
  for (const leak of LEAKS) expect(words, `leaked ${String(leak)}`).not.toMatch(leak);
}

/** One ephemeral reply through the response_url, neither replacing the message nor shown to others. */
export function expectEphemeralRefusal(posts: readonly ResponseUrlPost[], wording: RegExp): void {
  expect(posts, JSON.stringify(posts.map((p) => p.body))).toHaveLength(1);
  const body = posts[0]?.body ?? {};
  expect(body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  expectCleanWords(body.text);
  expect(String(body.text)).toMatch(wording);
  assertValidMessage(body);
}

/** A modal answer with field errors: each beside an input block of the modal, each clean. */
export function expectModalErrors(result: SignedRequestResult, inputBlocks: readonly string[], wording: RegExp): void {
  expect(result.status).toBe(200);
  const json = result.json as { response_action?: unknown; errors?: Record<string, unknown> } | null;
  expect(json?.response_action).toBe('errors');
  const errors = json?.errors ?? {};
  const keys = Object.keys(errors);
  expect(keys.length).toBeGreaterThan(0);
  for (const key of keys) {
    expect(inputBlocks, `error beside "${key}", which is not an input of this modal`).toContain(key);
    expectCleanWords(errors[key]);
    // Modal errors are plain text: mrkdwn or mentions would show as raw markup.
    expect(String(errors[key])).not.toMatch(/<[@!#]|[*`]/);
  }
  expect(Object.values(errors).join(' ')).toMatch(wording);
}

/** The block_ids of a modal's input blocks (where Slack lets an answer place errors). */
export function inputBlockIds(view: unknown): string[] {
  const blocks = (view as { blocks?: { type?: string; block_id?: string }[] } | undefined)?.blocks ?? [];
  return blocks.filter((block) => block.type === 'input' && typeof block.block_id === 'string').map((block) => String(block.block_id));
}

/**
 * A link the stand-in gives to a message (chat.getPermalink), in a thread or not: the Home tab's
 * links to cards, kept from an earlier publish. Untrusted text cannot make one: its `<` is escaped.
 */
const STAND_IN_PERMALINK = new RegExp(
  `^https://${DEFAULT_TEAM_DOMAIN}\\.slack\\.com/archives/([A-Z0-9]{1,20})/p\\d{16}(?:\\?thread_ts=\\d{10}\\.\\d{6}&cid=\\1)?$`,
);

function isStandInPermalink(url: string): boolean {
  return STAND_IN_PERMALINK.test(url);
}

/**
 * Checks everything the app sent through Slack: each message, modal and Home tab is valid Block
 * Kit, and none carries live markup the app did not write itself (mentions only of `allowedUsers`).
 * Returns how many payloads were checked.
 */
export function expectCleanOutput(
  calls: readonly RecordedCall[],
  posts: readonly ResponseUrlPost[],
  allowedUsers: readonly string[],
  allowedProfileUrls?: readonly string[],
  /** Channels the app may link to itself (the card's own channel, in a DM saying it could not post there). */
  allowedChannels: readonly string[] = [],
): number {
  let checked = 0;
  const markup = (value: unknown): string => {
    let json = JSON.stringify(value);
    for (const channel of allowedChannels) json = json.split(`<#${channel}>`).join(`#${channel}`);
    return json;
  };
  for (const call of calls) {
    const label = `${call.method} ${JSON.stringify(call.args).slice(0, 300)}`;
    switch (call.method) {
      case 'chat.postMessage':
      case 'chat.postEphemeral':
      case 'chat.update':
        expect(() => assertValidMessage(call.args), label).not.toThrow();
        expect(() => assertNoForeignControlSequences(markup(call.args), allowedUsers, allowedProfileUrls), label).not.toThrow();
        checked += 1;
        break;
      case 'views.open':
      case 'views.update':
      case 'views.push':
        expect(() => assertValidModal(call.args.view), label).not.toThrow();
        expect(() => assertNoForeignControlSequences(markup(collectMrkdwn(call.args.view)), allowedUsers, allowedProfileUrls), label).not.toThrow();
        checked += 1;
        break;
      case 'views.publish':
        expect(() => assertValidHomeView(call.args.view), label).not.toThrow();
        expect(() => assertNoForeignControlSequences(markup(collectMrkdwn(call.args.view)), allowedUsers, allowedProfileUrls, isStandInPermalink), label).not.toThrow();
        checked += 1;
        break;
      default:
        break;
    }
  }
  for (const post of posts) {
    const label = `response_url ${JSON.stringify(post.body).slice(0, 300)}`;
    expect(() => assertValidMessage(post.body), label).not.toThrow();
    expect(() => assertNoForeignControlSequences(markup(post.body), allowedUsers, allowedProfileUrls), label).not.toThrow();
    checked += 1;
  }
  return checked;
}

export interface RecordingServer {
  url: string;
  origin: string;
  hits: { path: string; body: string }[];
  /** The next `times` requests answer with this status (e.g. 404 for an expired response_url, 500) or arrive late. */
  failNext(fault: { status: number } | { delayMs: number }, times?: number): void;
  /**
   * The next request is held unanswered until `release()` (or close()): a response_url that hangs
   * for exactly as long as the test wants. `arrived` resolves when that request has come in.
   */
  holdNext(): { arrived: Promise<void>; release: () => void };
  close(): Promise<void>;
}

type RecordingFault = { status: number } | { delayMs: number } | { hold: Promise<void>; arrived: () => void };

/**
 * A small HTTP server somewhere other than Slack: a response_url target that can fail, or the
 * "evil" host a tampered response_url points at. It records every request it gets.
 */
export async function startRecordingServer(): Promise<RecordingServer> {
  const hits: { path: string; body: string }[] = [];
  const faults: RecordingFault[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const holds = new Set<() => void>();
  const read = async (req: IncomingMessage): Promise<string> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return Buffer.concat(chunks).toString('utf8');
  };
  const server = createServer((req, res) => {
    void read(req).then(async (body) => {
      hits.push({ path: req.url ?? '/', body });
      const fault = faults.shift();
      if (fault !== undefined && 'delayMs' in fault) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            timers.delete(timer);
            resolve();
          }, fault.delayMs);
          timers.add(timer);
        });
      }
      if (fault !== undefined && 'hold' in fault) {
        fault.arrived();
        await fault.hold;
      }
      if (res.destroyed || res.writableEnded) return;
      const status = fault !== undefined && 'status' in fault ? fault.status : 200;
      res.writeHead(status, { 'content-type': 'text/html' });
      res.end(status === 200 ? 'ok' : status === 404 ? 'expired_url' : 'internal_error');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/hook`,
    origin,
    hits,
    failNext(fault, times = 1) {
      for (let i = 0; i < times; i += 1) faults.push(fault);
    },
    holdNext() {
      let arrived: () => void = () => undefined;
      let release: () => void = () => undefined;
      const came = new Promise<void>((resolve) => {
        arrived = resolve;
      });
      const hold = new Promise<void>((resolve) => {
        release = () => {
          holds.delete(release);
          resolve();
        };
      });
      holds.add(release);
      faults.push({ hold, arrived });
      return { arrived: came, release };
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      for (const release of [...holds]) release();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
