/**
 * A local stand-in for the parts of Slack the app talks to over the network: the Web API
 * (`https://slack.com/api/<method>`) and `response_url`s. Integration tests point the app's real
 * WebClient at it through `clientOptions.slackApiUrl`, so everything from argument serialisation to
 * retry/rate-limit handling runs exactly as in production.
 *
 * Shapes follow what Slack answers (and what @slack/web-api 7.x sends): the client POSTs
 * `application/x-www-form-urlencoded` bodies, JSON-encoding object values such as `blocks` or `view`,
 * with the token in `Authorization: Bearer`.
 *
 * It keeps each channel's messages as Slack would: chat.postMessage stores (with its message metadata),
 * chat.update edits, chat.delete removes, and conversations.history reads them back, so the app can
 * check whether a message it posted before a crash actually reached Slack; chat.getPermalink links
 * to a stored one.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { blockText } from './block-kit.js';

export const DEFAULT_TEAM_ID = 'T0STANDIN1';
export const DEFAULT_TEAM_DOMAIN = 'standin';
export const DEFAULT_BOT_USER_ID = 'U0BOTUSER1';
export const DEFAULT_BOT_ID = 'B0BOTID001';
export const DEFAULT_APP_ID = 'A0STANDIN1';
export const DEFAULT_USER_TZ = 'Europe/London';

export type Fault =
  | { error: string } // 200 {ok:false, error}
  | { status: 429; retryAfter: number } // 429 with Retry-After seconds and {ok:false, error:'ratelimited'}
  | { status: number } // e.g. 500/503 with a body (a 429 without Retry-After makes the client give up at once)
  | { delayMs: number }; // answer normally but late (timeouts)

/** A fault queued for a call, or a hold (holdNext): answer normally once the test releases it. */
type QueuedKind = Fault | { hold: Promise<void> };

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  token: string | null;
  at: number;
  /** Set when a queued fault, or the block-text limit (see refuseBlockTextOver), was applied to this call. */
  fault?: Fault;
  /** The JSON body the stand-in answered with (e.g. to read the `ts` of a posted message). */
  response: Record<string, unknown>;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

export interface StandInUser {
  id: string;
  tz?: string;
  tz_offset?: number;
  real_name?: string;
  name?: string;
  deleted?: boolean;
  is_bot?: boolean;
}

export interface SlackStandInOptions {
  teamId?: string;
  botUserId?: string;
  /**
   * Milliseconds since the epoch, read for every new message ts. With it a ts is
   * `<floor(clock()/1000)>.<6-digit micros>` (the micros come from a counter); without it ts values
   * count up from 1700000000.000100. Either way they are unique and strictly increasing for the
   * stand-in's lifetime, even when the clock stands still or goes back.
   */
  clock?: () => number;
}

export interface SlackStandIn {
  /** e.g. 'http://127.0.0.1:PORT/api/' (with trailing slash: pass as `slackApiUrl`). */
  apiUrl: string;
  teamId: string;
  botUserId: string;
  /** A response_url served by the stand-in; POSTs to it are recorded. A fresh id is made when omitted. */
  responseUrl(id?: string): string;
  /** Successful AND failed calls, in arrival order; each has the parsed args. */
  calls(method?: string): RecordedCall[];
  responsePosts(id?: string): ResponseUrlPost[];
  /** Files uploaded through files.getUploadURLExternal's upload_url, by file id, as text. */
  uploads(): { fileId: string; content: string }[];
  /** Queue `fault` for the next `times` (default 1) calls of `method`. */
  failNext(method: string, fault: Fault, times?: number): void;
  /**
   * Holds the answer to the next call of `method` until the returned function is called: the app
   * waits on Slack exactly as long as a test needs to do something in between. Released on close.
   */
  holdNext(method: string): () => void;
  /**
   * Answer `msg_blocks_too_long` (and post nothing) when a call of one of `methods` carries blocks
   * whose text strings hold more than `limit` characters in all, as Slack does past a limit it does
   * not document (refusals were seen at 11,341 and about 13,200). Null turns it off (the default).
   * Response_url posts are not checked: Slack was seen to take there what chat.postMessage refused.
   */
  refuseBlockTextOver(limit: number | null, methods?: readonly string[]): void;
  setUser(user: StandInUser): void;
  /**
   * Answer `method` with `answer` (given the call's args and token) instead of the built-in answer, or
   * with null go back to it. A queued fault still comes first. For methods other stand-ins serve, such
   * as Socket Mode's apps.connections.open.
   */
  setAnswer(method: string, answer: ((call: { args: Record<string, unknown>; token: string | null }) => Record<string, unknown>) | null): void;
  /** Replace (or with null remove) the `clock` option; ts values still never decrease. */
  setClock(clock: (() => number) | null): void;
  /**
   * The messages stored in `channel` (a user ID means the app's DM with that user), oldest first, as
   * conversations.history would show them with `include_all_metadata` (copies: changing them changes
   * nothing). Posted with chat.postMessage (stored when the request arrives, even if a `delayMs` fault
   * holds back the answer), edited by chat.update, removed by chat.delete.
   */
  messages(channel: string): Record<string, unknown>[];
  /** First matching call, already recorded or future; rejects after `timeoutMs` (default 5000). */
  waitForCall(
    method: string,
    predicate?: (c: RecordedCall) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedCall>;
  waitForResponsePost(
    predicate?: (p: ResponseUrlPost) => boolean,
    timeoutMs?: number,
  ): Promise<ResponseUrlPost>;
  /** Forget calls, posts, stored messages and queued faults (users, answers set, the block-text limit, the clock and the ts counter are kept). */
  reset(): void;
  close(): Promise<void>;
}

/** Argument fields the client JSON-encodes (it stringifies every non-primitive value). */
const JSON_ENCODED_FIELDS = new Set(['blocks', 'attachments', 'view', 'metadata']);
const DEFAULT_WAIT_MS = 5000;
const TS_BASE_SECONDS = 1_700_000_000;
const MICROS_PER_SECOND = 1_000_000n;
/** Successive message ts values are 100 µs apart, like '1700000000.000100', '1700000000.000200'. */
const TS_STEP_MICROS = 100n;
const HISTORY_DEFAULT_LIMIT = 100;
/** The methods whose blocks Slack measures for `msg_blocks_too_long`. */
const MESSAGE_METHODS = ['chat.postMessage', 'chat.update', 'chat.postEphemeral'] as const;
const HISTORY_MAX_LIMIT = 999;

interface QueuedFault {
  fault: QueuedKind;
  remaining: number;
}

interface Waiter<T> {
  matches(item: T): boolean;
  resolve(item: T): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/** A message kept in a channel; `tsMicros` is its ts as a number, for ordering. */
interface StoredMessage {
  tsMicros: bigint;
  message: Record<string, unknown>;
}

/** What a call's `metadata` argument amounts to (an empty array clears it, on chat.update only). */
type MetadataArg =
  | { kind: 'absent' }
  | { kind: 'invalid' }
  | { kind: 'clear' }
  | { kind: 'valid'; metadata: Record<string, unknown> };

interface ApiAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  delayMs: number;
  response: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    const piece: unknown = chunk;
    chunks.push(Buffer.isBuffer(piece) ? piece : Buffer.from(String(piece)));
  }
  return Buffer.concat(chunks);
}

/** Parses a Web API request body the way Slack does: form, JSON or multipart (file uploads). */
async function parseApiArgs(contentType: string, raw: Buffer): Promise<Record<string, unknown>> {
  const text = raw.toString('utf8');
  let args: Record<string, unknown> = {};
  if (contentType.startsWith('application/json')) {
    const parsed: unknown = text === '' ? {} : JSON.parse(text);
    args = isRecord(parsed) ? { ...parsed } : {};
  } else if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    for (const [key, value] of form.entries()) {
      args[key] = typeof value === 'string' ? value : { filename: value.name, size: value.size };
    }
  } else {
    for (const [key, value] of new URLSearchParams(text)) args[key] = value;
  }
  for (const field of JSON_ENCODED_FIELDS) {
    const value = args[field];
    if (typeof value !== 'string') continue;
    try {
      args[field] = JSON.parse(value) as unknown;
    } catch {
      // Leave it as the raw string: Slack would answer invalid_blocks_format / invalid_arguments.
    }
  }
  return args;
}

/** A scalar form value as text (JSON bodies may carry numbers and booleans). */
function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Slack's boolean arguments: the client sends `true` as 'true'; '1' is accepted too. */
function flag(value: unknown): boolean {
  return value === true || value === 1 || value === 'true' || value === '1';
}

/** A ts such as '1700000000.000100' (or '1700000000', or '1700000000.5') in microseconds. */
function tsMicros(text: string): bigint | undefined {
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text.trim());
  if (match?.[1] === undefined) return undefined;
  const fraction = (match[2] ?? '').slice(0, 6).padEnd(6, '0');
  return BigInt(match[1]) * MICROS_PER_SECOND + BigInt(fraction);
}

function formatTs(micros: bigint): string {
  return `${micros / MICROS_PER_SECOND}.${String(micros % MICROS_PER_SECOND).padStart(6, '0')}`;
}

/** An optional ts argument (`oldest`, `latest`): absent, invalid, or its microseconds. */
function tsArg(value: unknown): bigint | undefined | 'invalid' {
  const text = scalar(value);
  if (text === undefined || text === '') return undefined;
  return tsMicros(text) ?? 'invalid';
}

/** Cursors are opaque to callers; like Slack's they are base64 of 'next_ts:<ts in micros>'. */
function encodeCursor(micros: bigint): string {
  return Buffer.from(`next_ts:${micros}`, 'utf8').toString('base64');
}

function decodeCursor(cursor: string): bigint | undefined {
  const match = /^next_ts:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  return match?.[1] === undefined ? undefined : BigInt(match[1]);
}

/**
 * Slack's message metadata: an object with a non-empty string `event_type` and an object
 * `event_payload`. Anything else (including text that was not JSON) is invalid_metadata_format.
 */
function metadataArg(value: unknown, allowClear: boolean): MetadataArg {
  if (value === undefined) return { kind: 'absent' };
  if (allowClear && Array.isArray(value) && value.length === 0) return { kind: 'clear' };
  if (!isRecord(value)) return { kind: 'invalid' };
  const eventType = value.event_type;
  if (typeof eventType !== 'string' || eventType === '' || !isRecord(value.event_payload)) {
    return { kind: 'invalid' };
  }
  return { kind: 'valid', metadata: { event_type: eventType, event_payload: structuredClone(value.event_payload) } };
}

function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match?.[1] ?? null;
}

/** Offset in seconds of `timeZone` right now, as Slack's `tz_offset` (0 if the zone is unknown). */
function currentOffsetSeconds(timeZone: string): number {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName')?.value;
    const match = part === undefined ? null : /GMT([+-])(\d{2}):(\d{2})/.exec(part);
    if (match === null) return 0;
    const sign = match[1] === '-' ? -1 : 1;
    return sign * (Number(match[2]) * 3600 + Number(match[3]) * 60);
  } catch {
    return 0;
  }
}

function timeZoneLabel(timeZone: string): string {
  try {
    return (
      new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'long' })
        .formatToParts(new Date())
        .find((p) => p.type === 'timeZoneName')?.value ?? timeZone
    );
  } catch {
    return timeZone;
  }
}

function describeArgs(args: Record<string, unknown>): string {
  const json = JSON.stringify(args);
  return json.length > 200 ? `${json.slice(0, 200)}…` : json;
}

export async function startSlackStandIn(options: SlackStandInOptions = {}): Promise<SlackStandIn> {
  const teamId = options.teamId ?? DEFAULT_TEAM_ID;
  const botUserId = options.botUserId ?? DEFAULT_BOT_USER_ID;
  let clock: (() => number) | null = options.clock ?? null;

  let recordedCalls: RecordedCall[] = [];
  let recordedPosts: ResponseUrlPost[] = [];
  let recordedUploads: { fileId: string; content: string }[] = [];
  let fileCounter = 0;
  // Set once the server listens: upload URLs point back at the stand-in.
  let origin = '';
  let faults = new Map<string, QueuedFault[]>();
  let blockTextLimit: { limit: number; methods: ReadonlySet<string> } | null = null;
  // Each channel's messages, oldest first.
  let channelMessages = new Map<string, StoredMessage[]>();
  const users = new Map<string, StandInUser>();
  const customAnswers = new Map<string, (call: { args: Record<string, unknown>; token: string | null }) => Record<string, unknown>>();
  let callWaiters: Waiter<RecordedCall>[] = [];
  let postWaiters: Waiter<ResponseUrlPost>[] = [];
  const pendingDelays = new Set<NodeJS.Timeout>();
  /** Answers held by holdNext, released on close so that no request is left hanging. */
  const pendingHolds = new Set<() => void>();
  // Counters survive reset() so ids and timestamps stay unique for the whole stand-in lifetime.
  let tsCounter = 0;
  let lastTsMicros: bigint | null = null;
  let viewCounter = 0;
  let responseUrlCounter = 0;

  /**
   * Unique, increasing message timestamps like Slack's. Without a clock: '1700000000.000100',
   * '1700000000.000200', … With one: the clock's second and a counter's micros; when the clock's second
   * is not past the last ts's (it stood still or went back), 100 µs after the last ts instead.
   */
  function nextTs(): string {
    tsCounter += 1;
    const counterMicros = BigInt(tsCounter) * TS_STEP_MICROS;
    let micros: bigint;
    if (clock === null) {
      micros = BigInt(TS_BASE_SECONDS) * MICROS_PER_SECOND + counterMicros;
      // Only after setClock(null) could this fall behind a clock-made ts.
      if (lastTsMicros !== null && micros <= lastTsMicros) micros = lastTsMicros + TS_STEP_MICROS;
    } else {
      const now = clock();
      const seconds = Number.isFinite(now) && now >= 0 ? BigInt(Math.floor(now / 1000)) : null;
      const lastSeconds = lastTsMicros === null ? null : lastTsMicros / MICROS_PER_SECOND;
      if (seconds !== null && (lastSeconds === null || seconds > lastSeconds)) {
        micros = seconds * MICROS_PER_SECOND + (counterMicros % MICROS_PER_SECOND);
      } else {
        micros = (lastTsMicros ?? BigInt(TS_BASE_SECONDS) * MICROS_PER_SECOND) + TS_STEP_MICROS;
      }
    }
    lastTsMicros = micros;
    return formatTs(micros);
  }

  function nextViewId(): string {
    viewCounter += 1;
    return `V${String(viewCounter).padStart(10, '0')}`;
  }

  function viewHash(): string {
    return `${Math.floor(Date.now() / 1000)}.${randomBytes(4).toString('hex')}`;
  }

  /** The DM channel Slack would use for a user: stable per user. */
  function dmChannelFor(userId: string): string {
    return `D${userId.slice(1)}`;
  }

  /** Where a post to `channel` lands: a user ID (U…/W…) means the app's DM with that user. */
  function resolveChannel(channel: string): string {
    return /^[UW]/.test(channel) ? dmChannelFor(channel) : channel;
  }

  function storeMessage(channel: string, message: Record<string, unknown>): void {
    const micros = tsMicros(str(message.ts) ?? '');
    if (micros === undefined) return;
    const list = channelMessages.get(channel) ?? [];
    list.push({ tsMicros: micros, message: structuredClone(message) });
    // ts values only grow, so this only sorts if a message was ever stored out of order.
    const previous = list.at(-2);
    if (previous !== undefined && previous.tsMicros > micros) {
      list.sort((a, b) => (a.tsMicros < b.tsMicros ? -1 : a.tsMicros > b.tsMicros ? 1 : 0));
    }
    channelMessages.set(channel, list);
  }

  function findStored(channel: string, ts: string): StoredMessage | undefined {
    const micros = tsMicros(ts);
    if (micros === undefined) return undefined;
    return channelMessages.get(channel)?.find((m) => m.tsMicros === micros);
  }

  /**
   * chat.update on a stored message, as Slack documents it: given text replaces the text; given
   * blocks/attachments replace them (an empty array removes them); text without blocks removes the
   * old blocks; metadata is replaced when given, removed by an empty array, otherwise kept.
   */
  function updateStored(channel: string, args: Record<string, unknown>, metadata: MetadataArg): void {
    const stored = findStored(channel, str(args.ts) ?? '');
    if (stored === undefined) return;
    const message = stored.message;
    const text = str(args.text);
    if (text !== undefined) message.text = text;
    for (const field of ['blocks', 'attachments'] as const) {
      const given = args[field];
      if (Array.isArray(given) && given.length > 0) message[field] = structuredClone(given);
      else if (Array.isArray(given) || (field === 'blocks' && text !== undefined)) delete message[field];
    }
    if (metadata.kind === 'valid') message.metadata = metadata.metadata;
    if (metadata.kind === 'clear') delete message.metadata;
  }

  function deleteStored(channel: string, ts: string): void {
    const stored = findStored(channel, ts);
    const list = channelMessages.get(channel);
    if (stored === undefined || list === undefined) return;
    channelMessages.set(channel, list.filter((m) => m !== stored));
  }

  /** A stored message as conversations.history shows it (a copy). */
  function historyMessage(stored: StoredMessage, withMetadata: boolean): Record<string, unknown> {
    const copy = structuredClone(stored.message);
    if (!withMetadata) delete copy.metadata;
    return copy;
  }

  /**
   * conversations.history: newest first, ts strictly between `oldest` and `latest` (or equal to them
   * with `inclusive`), `limit` per page and a `cursor` that continues the same query.
   */
  function historyAnswer(args: Record<string, unknown>): Record<string, unknown> {
    const channel = str(args.channel) ?? '';
    if (channel === '') return { ok: false, error: 'channel_not_found' };
    let limit = HISTORY_DEFAULT_LIMIT;
    const limitText = scalar(args.limit) ?? '';
    if (limitText !== '') {
      if (!/^\d+$/.test(limitText.trim())) return { ok: false, error: 'invalid_limit' };
      const asked = Number(limitText);
      limit = asked === 0 ? HISTORY_DEFAULT_LIMIT : Math.min(asked, HISTORY_MAX_LIMIT);
    }
    const oldest = tsArg(args.oldest);
    if (oldest === 'invalid') return { ok: false, error: 'invalid_ts_oldest' };
    const latest = tsArg(args.latest);
    if (latest === 'invalid') return { ok: false, error: 'invalid_ts_latest' };
    const cursor = scalar(args.cursor) ?? '';
    const from = cursor === '' ? undefined : decodeCursor(cursor);
    if (cursor !== '' && from === undefined) return { ok: false, error: 'invalid_cursor' };
    const inclusive = flag(args.inclusive);
    const withMetadata = flag(args.include_all_metadata);

    const matching = (channelMessages.get(channel) ?? [])
      .filter(({ tsMicros: ts, message }) => {
        // Thread replies live in conversations.replies, unless they were also sent to the channel.
        const threadTs = str(message.thread_ts);
        if (threadTs !== undefined && threadTs !== message.ts && message.subtype !== 'thread_broadcast') return false;
        if (oldest !== undefined && (inclusive ? ts < oldest : ts <= oldest)) return false;
        if (latest !== undefined && (inclusive ? ts > latest : ts >= latest)) return false;
        return from === undefined || ts <= from;
      })
      .reverse();
    const page = matching.slice(0, limit);
    const next = matching[limit];
    return {
      ok: true,
      messages: page.map((m) => historyMessage(m, withMetadata)),
      has_more: next !== undefined,
      pin_count: 0,
      channel_actions_ts: null,
      channel_actions_count: 0,
      response_metadata: { next_cursor: next === undefined ? '' : encodeCursor(next.tsMicros) },
    };
  }

  /**
   * chat.getPermalink, as Slack answers it: the stored message's link on the workspace's host,
   * `p` and its ts without the dot; a thread reply's link adds `thread_ts` and `cid`. A message not
   * stored is `message_not_found`, a missing channel `channel_not_found`.
   */
  function permalinkAnswer(args: Record<string, unknown>): Record<string, unknown> {
    const channelArg = str(args.channel) ?? '';
    if (channelArg === '') return { ok: false, error: 'channel_not_found' };
    const channel = resolveChannel(channelArg);
    const stored = findStored(channel, str(args.message_ts) ?? '');
    if (stored === undefined) return { ok: false, error: 'message_not_found' };
    const ts = str(stored.message.ts) ?? '';
    const threadTs = str(stored.message.thread_ts);
    const base = `https://${DEFAULT_TEAM_DOMAIN}.slack.com/archives/${channel}/p${ts.replace('.', '')}`;
    const permalink = threadTs !== undefined && threadTs !== ts ? `${base}?thread_ts=${threadTs}&cid=${channel}` : base;
    return { ok: true, channel, permalink };
  }

  /** `msg_blocks_too_long` for a message past the block-text limit, when one is set. */
  function blockTextFault(method: string, args: Record<string, unknown>): Fault | undefined {
    if (blockTextLimit === null || !blockTextLimit.methods.has(method)) return undefined;
    return blockText(args.blocks) > blockTextLimit.limit ? { error: 'msg_blocks_too_long' } : undefined;
  }

  function takeFault(method: string): QueuedKind | undefined {
    const queue = faults.get(method);
    const head = queue?.[0];
    if (queue === undefined || head === undefined) return undefined;
    head.remaining -= 1;
    if (head.remaining <= 0) queue.shift();
    return head.fault;
  }

  function userInfo(id: string): Record<string, unknown> {
    const configured = users.get(id) ?? { id };
    const tz = configured.tz ?? DEFAULT_USER_TZ;
    const name = configured.name ?? `user.${id.toLowerCase()}`;
    const realName = configured.real_name ?? `User ${id}`;
    return {
      id,
      team_id: teamId,
      name,
      deleted: configured.deleted ?? false,
      color: '9f69e7',
      real_name: realName,
      tz,
      tz_label: timeZoneLabel(tz),
      tz_offset: configured.tz_offset ?? currentOffsetSeconds(tz),
      profile: {
        real_name: realName,
        real_name_normalized: realName,
        display_name: name,
        display_name_normalized: name,
        team: teamId,
      },
      is_admin: false,
      is_owner: false,
      is_primary_owner: false,
      is_restricted: false,
      is_ultra_restricted: false,
      is_bot: configured.is_bot ?? false,
      is_app_user: false,
      updated: TS_BASE_SECONDS,
    };
  }

  function viewAnswer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const given = isRecord(args.view) ? args.view : {};
    const existingId = str(args.view_id);
    const id = method === 'views.update' && existingId !== undefined ? existingId : nextViewId();
    return {
      ok: true,
      view: {
        team_id: teamId,
        type: method === 'views.publish' ? 'home' : 'modal',
        private_metadata: '',
        callback_id: '',
        external_id: str(args.external_id) ?? '',
        state: { values: {} },
        clear_on_close: false,
        notify_on_close: false,
        root_view_id: id,
        previous_view_id: null,
        app_id: DEFAULT_APP_ID,
        app_installed_team_id: teamId,
        bot_id: DEFAULT_BOT_ID,
        ...given,
        // Slack assigns the id and a fresh hash (used for views.update conflict detection).
        id,
        hash: viewHash(),
      },
    };
  }

  /** The answer Slack would give with no fault queued. */
  function defaultAnswer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: `https://${DEFAULT_TEAM_DOMAIN}.slack.com/`,
          team: 'Stand-in Team',
          user: 'invite-check',
          team_id: teamId,
          user_id: botUserId,
          bot_id: DEFAULT_BOT_ID,
          is_enterprise_install: false,
        };
      case 'chat.postMessage':
      case 'chat.postEphemeral':
      case 'chat.update': {
        const channelArg = str(args.channel);
        if (channelArg === undefined || channelArg === '') return { ok: false, error: 'channel_not_found' };
        const hasContent =
          (str(args.text) ?? '') !== '' || args.blocks !== undefined || args.attachments !== undefined;
        if (!hasContent) return { ok: false, error: 'no_text' };
        if (args.blocks !== undefined && !Array.isArray(args.blocks)) {
          return { ok: false, error: 'invalid_blocks_format' };
        }
        // Posting to a user ID lands in the app's DM with that user.
        const channel = resolveChannel(channelArg);
        if (method === 'chat.postEphemeral') return { ok: true, message_ts: nextTs() };
        const metadata = metadataArg(args.metadata, method === 'chat.update');
        if (metadata.kind === 'invalid') return { ok: false, error: 'invalid_metadata_format' };
        const ts = method === 'chat.update' ? (str(args.ts) ?? '') : nextTs();
        const message: Record<string, unknown> = {
          type: 'message',
          text: str(args.text) ?? '',
          ...(args.blocks === undefined ? {} : { blocks: args.blocks }),
          ...(args.attachments === undefined ? {} : { attachments: args.attachments }),
          ...(args.thread_ts === undefined ? {} : { thread_ts: args.thread_ts }),
          user: botUserId,
          bot_id: DEFAULT_BOT_ID,
          app_id: DEFAULT_APP_ID,
          team: teamId,
          ts,
        };
        if (method === 'chat.update') {
          updateStored(channel, args, metadata);
          return { ok: true, channel, ts, text: str(args.text) ?? '', message };
        }
        // Stored as the request arrives: a delayed (or never read) answer does not unpost it.
        storeMessage(channel, {
          ...message,
          ...(args.thread_ts !== undefined && flag(args.reply_broadcast) ? { subtype: 'thread_broadcast' } : {}),
          ...(metadata.kind === 'valid' ? { metadata: metadata.metadata } : {}),
        });
        return { ok: true, channel, ts, message };
      }
      case 'chat.delete':
        deleteStored(resolveChannel(str(args.channel) ?? ''), str(args.ts) ?? '');
        return { ok: true, channel: str(args.channel) ?? '', ts: str(args.ts) ?? '' };
      case 'conversations.history':
        return historyAnswer(args);
      case 'chat.getPermalink':
        return permalinkAnswer(args);
      case 'conversations.open': {
        const existing = str(args.channel);
        if (existing !== undefined) return { ok: true, channel: { id: existing } };
        const first = (str(args.users) ?? '').split(',')[0]?.trim() ?? '';
        if (first === '') return { ok: false, error: 'users_list_not_supplied' };
        return { ok: true, channel: { id: dmChannelFor(first) } };
      }
      case 'users.info': {
        const id = str(args.user);
        if (id === undefined || id === '') return { ok: false, error: 'user_not_found' };
        return { ok: true, user: userInfo(id) };
      }
      case 'views.open':
      case 'views.update':
      case 'views.push':
      case 'views.publish':
        return viewAnswer(method, args);
      case 'files.getUploadURLExternal': {
        if (str(args.filename) === undefined) return { ok: false, error: 'invalid_arguments' };
        fileCounter += 1;
        const fileId = `F${String(fileCounter).padStart(9, '0')}`;
        return { ok: true, upload_url: `${origin}/upload/${fileId}`, file_id: fileId };
      }
      case 'files.completeUploadExternal': {
        const files = Array.isArray(args.files) ? args.files : parseJsonArray(str(args.files));
        return { ok: true, files: files.map((file) => ({ id: isRecord(file) ? file.id : undefined, title: isRecord(file) ? file.title : undefined })) };
      }
      default:
        return { ok: true };
    }
  }

  function answerFor(method: string, args: Record<string, unknown>, token: string | null, fault: QueuedKind | undefined): ApiAnswer {
    const json = { 'content-type': 'application/json; charset=utf-8' };
    if (fault !== undefined && 'error' in fault) {
      const response = { ok: false, error: fault.error };
      return { status: 200, headers: json, body: JSON.stringify(response), delayMs: 0, response };
    }
    if (fault !== undefined && 'status' in fault) {
      if ('retryAfter' in fault) {
        const response = { ok: false, error: 'ratelimited' };
        return {
          status: 429,
          headers: { ...json, 'retry-after': String(fault.retryAfter) },
          body: JSON.stringify(response),
          delayMs: 0,
          response,
        };
      }
      const response = { ok: false, error: `http_${fault.status}` };
      return { status: fault.status, headers: json, body: JSON.stringify(response), delayMs: 0, response };
    }
    const response = customAnswers.get(method)?.({ args, token }) ?? defaultAnswer(method, args);
    const delayMs = fault !== undefined && 'delayMs' in fault ? fault.delayMs : 0;
    return { status: 200, headers: json, body: JSON.stringify(response), delayMs, response };
  }

  function notify<T>(waiters: Waiter<T>[], item: T): Waiter<T>[] {
    return waiters.filter((waiter) => {
      if (!waiter.matches(item)) return true;
      clearTimeout(waiter.timer);
      waiter.resolve(item);
      return false;
    });
  }

  function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string): void {
    // The client may have given up already (timeouts); writing to a destroyed socket is pointless.
    if (res.destroyed || res.writableEnded) return;
    res.writeHead(status, headers);
    res.end(body);
  }

  async function handleApi(method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const args = await parseApiArgs(String(req.headers['content-type'] ?? ''), raw);
    const token = bearerToken(req) ?? str(args.token) ?? null;
    const fault = takeFault(method) ?? blockTextFault(method, args);
    const answer = answerFor(method, args, token, fault);
    const call: RecordedCall = {
      method,
      args,
      token,
      at: Date.now(),
      response: answer.response,
      ...(fault === undefined || 'hold' in fault ? {} : { fault }),
    };
    // Recorded on arrival, so a waitForCall() can observe a call that is still being delayed.
    recordedCalls.push(call);
    callWaiters = notify(callWaiters, call);
    if (answer.delayMs > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          pendingDelays.delete(timer);
          resolve();
        }, answer.delayMs);
        pendingDelays.add(timer);
      });
    }
    if (fault !== undefined && 'hold' in fault) await fault.hold;
    send(res, answer.status, answer.headers, answer.body);
  }

  async function handleResponseUrl(id: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = (await readBody(req)).toString('utf8');
    let body: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(text);
      body = isRecord(parsed) ? parsed : { raw: text };
    } catch {
      body = { raw: text };
    }
    const post: ResponseUrlPost = { id, body, at: Date.now() };
    recordedPosts.push(post);
    postWaiters = notify(postWaiters, post);
    // Slack answers response_url posts with a bare 'ok'.
    send(res, 200, { 'content-type': 'text/html' }, 'ok');
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const apiMatch = /^\/api\/([^/]+)$/.exec(url.pathname);
    const responseMatch = /^\/response-url\/([^/]+)$/.exec(url.pathname);
    const uploadMatch = /^\/upload\/([^/]+)$/.exec(url.pathname);
    let handled: Promise<void>;
    if (req.method === 'POST' && uploadMatch?.[1] !== undefined) {
      const fileId = uploadMatch[1];
      handled = readBody(req).then((raw) => {
        recordedUploads.push({ fileId, content: raw.toString('utf8') });
        send(res, 200, { 'content-type': 'text/plain' }, `OK - ${raw.length}`);
      });
      handled.catch(() => send(res, 400, { 'content-type': 'text/plain' }, 'bad upload'));
      return;
    }
    if (req.method === 'POST' && apiMatch?.[1] !== undefined) {
      handled = handleApi(decodeURIComponent(apiMatch[1]), req, res);
    } else if (req.method === 'POST' && responseMatch?.[1] !== undefined) {
      handled = handleResponseUrl(decodeURIComponent(responseMatch[1]), req, res);
    } else {
      send(res, 404, { 'content-type': 'text/plain' }, 'not found');
      return;
    }
    handled.catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      send(res, 400, { 'content-type': 'application/json' }, JSON.stringify({ ok: false, error: 'invalid_request', detail: message }));
    });
  });

  const baseUrl = `http://127.0.0.1:${await listenOnLoopback(server, 'Slack stand-in')}`;
  origin = baseUrl;

  function waitFor<T>(
    existing: T[],
    matches: (item: T) => boolean,
    timeoutMs: number,
    register: (waiter: Waiter<T>) => void,
    unregister: (waiter: Waiter<T>) => void,
    describeTimeout: () => string,
  ): Promise<T> {
    const found = existing.find(matches);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        matches,
        resolve,
        reject,
        timer: setTimeout(() => {
          unregister(waiter);
          reject(new Error(describeTimeout()));
        }, timeoutMs),
      };
      register(waiter);
    });
  }

  return {
    apiUrl: `${baseUrl}/api/`,
    teamId,
    botUserId,

    responseUrl(id?: string): string {
      responseUrlCounter += 1;
      const chosen = id ?? `R${String(responseUrlCounter).padStart(6, '0')}`;
      return `${baseUrl}/response-url/${encodeURIComponent(chosen)}`;
    },

    calls(method?: string): RecordedCall[] {
      return recordedCalls.filter((c) => method === undefined || c.method === method);
    },

    responsePosts(id?: string): ResponseUrlPost[] {
      return recordedPosts.filter((p) => id === undefined || p.id === id);
    },

    uploads(): { fileId: string; content: string }[] {
      return [...recordedUploads];
    },

    failNext(method: string, fault: Fault, times = 1): void {
      const queue = faults.get(method) ?? [];
      queue.push({ fault, remaining: times });
      faults.set(method, queue);
    },

    holdNext(method: string): () => void {
      let release: () => void = () => undefined;
      const hold = new Promise<void>((resolve) => {
        release = () => {
          pendingHolds.delete(release);
          resolve();
        };
      });
      pendingHolds.add(release);
      faults.set(method, [...(faults.get(method) ?? []), { fault: { hold }, remaining: 1 }]);
      return release;
    },

    refuseBlockTextOver(limit: number | null, methods: readonly string[] = MESSAGE_METHODS): void {
      blockTextLimit = limit === null ? null : { limit, methods: new Set(methods) };
    },

    setUser(user: StandInUser): void {
      users.set(user.id, { ...user });
    },

    setAnswer(method, answer): void {
      if (answer === null) customAnswers.delete(method);
      else customAnswers.set(method, answer);
    },

    setClock(next: (() => number) | null): void {
      clock = next;
    },

    messages(channel: string): Record<string, unknown>[] {
      return (channelMessages.get(resolveChannel(channel)) ?? []).map((m) => historyMessage(m, true));
    },

    waitForCall(method, predicate, timeoutMs = DEFAULT_WAIT_MS): Promise<RecordedCall> {
      const matches = (c: RecordedCall): boolean =>
        c.method === method && (predicate === undefined || predicate(c));
      return waitFor(
        recordedCalls,
        matches,
        timeoutMs,
        (w) => callWaiters.push(w),
        (w) => {
          callWaiters = callWaiters.filter((x) => x !== w);
        },
        () => {
          const sameMethod = recordedCalls.filter((c) => c.method === method);
          const all = recordedCalls.map((c) => (c.fault === undefined ? c.method : `${c.method} (faulted)`));
          const lines = [
            `Slack stand-in: no ${method} call${predicate === undefined ? '' : ' matching the predicate'} within ${timeoutMs}ms.`,
            `Recorded methods: ${all.length === 0 ? '(none)' : all.join(', ')}`,
          ];
          if (predicate !== undefined && sameMethod.length > 0) {
            lines.push(`${method} calls that did not match:`);
            for (const c of sameMethod) lines.push(`  ${describeArgs(c.args)}`);
          }
          return lines.join('\n');
        },
      );
    },

    waitForResponsePost(predicate, timeoutMs = DEFAULT_WAIT_MS): Promise<ResponseUrlPost> {
      const matches = (p: ResponseUrlPost): boolean => predicate === undefined || predicate(p);
      return waitFor(
        recordedPosts,
        matches,
        timeoutMs,
        (w) => postWaiters.push(w),
        (w) => {
          postWaiters = postWaiters.filter((x) => x !== w);
        },
        () => {
          const lines = [
            `Slack stand-in: no response_url post${predicate === undefined ? '' : ' matching the predicate'} within ${timeoutMs}ms.`,
            `Recorded response_url posts: ${recordedPosts.length === 0 ? '(none)' : ''}`,
          ];
          for (const p of recordedPosts) lines.push(`  ${p.id}: ${describeArgs(p.body)}`);
          lines.push(`Recorded API methods: ${recordedCalls.map((c) => c.method).join(', ') || '(none)'}`);
          return lines.join('\n');
        },
      );
    },

    reset(): void {
      recordedCalls = [];
      recordedPosts = [];
      recordedUploads = [];
      channelMessages = new Map();
      faults = new Map();
    },

    async close(): Promise<void> {
      const closed = new Error('Slack stand-in was closed');
      for (const w of callWaiters) {
        clearTimeout(w.timer);
        w.reject(closed);
      }
      for (const w of postWaiters) {
        clearTimeout(w.timer);
        w.reject(closed);
      }
      callWaiters = [];
      postWaiters = [];
      for (const timer of pendingDelays) clearTimeout(timer);
      for (const release of [...pendingHolds]) release();
      pendingDelays.clear();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        // fetch keeps idle keep-alive sockets open; without this close() would wait for them to time out.
        server.closeAllConnections();
      });
    },
  };
}

function parseJsonArray(text: string | undefined): unknown[] {
  if (text === undefined) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

/** Listens on a free port of 127.0.0.1 and resolves with it. */
export async function listenOnLoopback(server: Server, what: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error(`${what}: server has no TCP address`);
  return address.port;
}
