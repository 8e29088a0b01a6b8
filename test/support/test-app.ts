import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import type { WebClientOptions } from '@slack/web-api';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type InviteCheckApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { migrate } from '../../src/db/migrate.js';
import { openDatabase, type Db } from '../../src/db/open.js';
import { JsonLogger } from '../../src/logger.js';
import type { SocketModeTimings } from '../../src/socket-mode-receiver.js';
import { SHORTCUTS } from '../../src/views/ids.js';
import {
  blockActionsBody,
  messageShortcutBody,
  sendSignedRequest,
  slashCommandBody,
  viewClosedBody,
  viewSubmissionBody,
  type BlockActionsParams,
  type SignedRequestResult,
  type ViewSubmissionParams,
} from './slack-requests.js';
import type { SlackStandIn } from './slack-stand-in.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const TEAM = 'T0STANDIN1';
export const OWNER = 'U0OWNER001';
export const TEAMMATE = 'U0MATE0001';
export const CHANNEL = 'C0CHANNEL1';

/** A temporary folder for a test's SQLite file, removed by `cleanup()`. */
export function tempDatabasePath(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'invite-check-test-'));
  return { path: join(dir, 'invite-check.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The app's batched writes, held while `held`: a test can see what the app does (or does not do)
 * before a check is committed, then `release()` the commits, in order.
 */
export interface WriteGate {
  held: boolean;
  schedule(flush: () => void): void;
  release(): void;
}

export function writeGate(): WriteGate {
  const waiting: (() => void)[] = [];
  const gate: WriteGate = {
    held: true,
    schedule(flush) {
      if (gate.held) waiting.push(flush);
      else setImmediate(flush);
    },
    release() {
      gate.held = false;
      for (const flush of waiting.splice(0)) setImmediate(flush);
    },
  };
  return gate;
}

/** A clock the test moves by hand. */
export function manualClock(start: string | Date) {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    set(to: string | Date) {
      now = new Date(to);
    },
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  };
}

export interface TestApp {
  instance: InviteCheckApp;
  db: Db;
  eventsUrl: string;
  baseUrl: string;
  logLines: string[];
  /** Sends a signed request and waits until the app has finished the work after its ack. */
  send(body: string, opts?: { timestamp?: number | null; signature?: string | null; headers?: Record<string, string> }): Promise<SignedRequestResult>;
  command(text: string, opts?: { user?: string; channel?: string; triggerId?: string; responseUrlId?: string }): Promise<SignedRequestResult>;
  click(p: Omit<BlockActionsParams, 'team_id'> & { team_id?: string }): Promise<SignedRequestResult>;
  submit(p: Omit<ViewSubmissionParams, 'team_id'> & { team_id?: string }): Promise<SignedRequestResult>;
  /** The person closes a modal (Cancel or ×) that asked to be told. */
  closeView(p: Omit<ViewSubmissionParams, 'team_id' | 'trigger_id' | 'response_urls'> & { team_id?: string }): Promise<SignedRequestResult>;
  /** "Check this invitation" on `message` in `channel` (CHANNEL by default), chosen by `user` (OWNER). */
  shortcut(message: Record<string, unknown>, opts?: { user?: string; channel?: string; triggerId?: string }): Promise<SignedRequestResult>;
  stop(): Promise<void>;
}

/** Starts the real app (HTTP receiver on an ephemeral port) against the stand-in and a real SQLite file. */
export async function startTestApp(options: {
  standIn: SlackStandIn;
  databasePath: string;
  clock?: () => Date;
  env?: Record<string, string>;
  /** The captured log's level; debug by default, to see everything while testing. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
  /** Extra WebClient options (retries are off by default, so faults surface at once). */
  webClientOptions?: WebClientOptions;
  /** How long a check waits for the names of people its message mentions (1.5 s in production). */
  mentionNamesWaitMs?: number;
  /** How long a card's post may take before its owner hears it is on its way (3 s in production). */
  slowCardNoticeMs?: number;
  /** When Socket Mode reconnects (a minute between checks while it is turned off, in production). */
  socketModeTimings?: Partial<SocketModeTimings>;
  /** How long storing typed input may hold its ack back (2 s in production). */
  ackWaitMs?: number;
  /** Holds the batched writes (a check's insert, a card's place) back until the test lets them go. */
  writeGate?: WriteGate;
}): Promise<TestApp> {
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: options.standIn.apiUrl,
    PORT: '0',
    DATABASE_PATH: options.databasePath,
    ...options.env,
  });
  const logLines: string[] = [];
  const logger = new JsonLogger(options.logLevel ?? 'debug', { write: (line: string) => logLines.push(line) });
  const db = openDatabase(config.databasePath);
  migrate(db);
  const instance = createApp({
    config,
    db,
    logger,
    ...(options.clock ? { clock: options.clock } : {}),
    webClientOptions: { retryConfig: { retries: 0 }, ...options.webClientOptions },
    ...(options.slowCardNoticeMs === undefined ? {} : { slowCardNoticeMs: options.slowCardNoticeMs }),
    ...(options.mentionNamesWaitMs === undefined ? {} : { mentionNamesWaitMs: options.mentionNamesWaitMs }),
    ...(options.socketModeTimings === undefined ? {} : { socketModeTimings: options.socketModeTimings }),
    ...(options.ackWaitMs === undefined ? {} : { ackWaitMs: options.ackWaitMs }),
    ...(options.writeGate === undefined ? {} : { writeSchedule: options.writeGate.schedule }),
  });
  await instance.init();
  const server = (await instance.app.start(0)) as Server;
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const eventsUrl = `${baseUrl}/slack/events`;

  const send: TestApp['send'] = async (body, opts = {}) => {
    const result = await sendSignedRequest(eventsUrl, body, { secret: SIGNING_SECRET, ...opts });
    await instance.drain();
    return result;
  };

  return {
    instance,
    db,
    eventsUrl,
    baseUrl,
    logLines,
    send,
    command: (text, opts = {}) =>
      send(
        slashCommandBody({
          text,
          user_id: opts.user ?? OWNER,
          team_id: TEAM,
          channel_id: opts.channel ?? CHANNEL,
          response_url: options.standIn.responseUrl(opts.responseUrlId ?? 'command'),
          ...(opts.triggerId ? { trigger_id: opts.triggerId } : {}),
        }),
      ),
    click: (p) => send(blockActionsBody({ team_id: TEAM, response_url: options.standIn.responseUrl('action'), ...p })),
    submit: (p) => send(viewSubmissionBody({ team_id: TEAM, ...p })),
    closeView: (p) => send(viewClosedBody({ team_id: TEAM, ...p })),
    shortcut: (message, opts = {}) =>
      send(
        messageShortcutBody({
          team_id: TEAM,
          user_id: opts.user ?? OWNER,
          channel_id: opts.channel ?? CHANNEL,
          callback_id: SHORTCUTS.checkMessage,
          response_url: options.standIn.responseUrl('shortcut'),
          message,
          ...(opts.triggerId ? { trigger_id: opts.triggerId } : {}),
        }),
      ),
    async stop() {
      await instance.app.stop();
      await instance.drain();
      db.close();
    },
  };
}
