/**
 * A local stand-in for Slack's side of Socket Mode: `apps.connections.open` (answered through the
 * Web API stand-in, so SLACK_API_URL decides where it is asked) and the WebSocket it hands out.
 * The app's real SocketModeClient (undici's WebSocket) connects to it; the test then plays Slack:
 * `hello`, envelopes (`slash_commands`, `interactive`, `events_api`), reading the acks back.
 *
 * No WebSocket library is installed for tests (the `ws` package is not in node_modules: the
 * Socket Mode client uses undici), so this is the server side of RFC 6455 on node:http's
 * 'upgrade', just what Slack's side needs: the handshake, text frames both ways (the client's
 * masked), fragments, ping/pong, and the close handshake.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { DEFAULT_APP_ID, listenOnLoopback, type SlackStandIn } from './slack-stand-in.js';

const WEBSOCKET_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const DEFAULT_WAIT_MS = 5000;
const OPCODE = { continuation: 0x0, text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa } as const;
/** Far above any envelope or ack the app sends; a longer frame is a bug. */
const MAX_FRAME_BYTES = 16 * 1024 * 1024;

export type EnvelopeType = 'slash_commands' | 'interactive' | 'events_api';
export type DisconnectReason = 'refresh_requested' | 'warning' | 'link_disabled' | 'too_many_websockets';

export interface EnvelopeOptions {
  /** A fresh UUID unless given. */
  envelopeId?: string;
  /** Slack's redelivery count and why (`timeout`, …); Slack sends them on events_api envelopes. */
  retryAttempt?: number;
  retryReason?: string;
  /** Whether the ack may carry a response (a command's reply, a form's errors). */
  acceptsResponsePayload?: boolean;
}

export interface SocketModeConnection {
  /** The ticket in the URL apps.connections.open handed out for this connection. */
  ticket: string;
  /** Every text frame the app sent, parsed (acks are `{ envelope_id, payload }`). */
  frames(): Record<string, unknown>[];
  /** Slack's greeting; the app's `start()` resolves only once it has it. */
  hello(): void;
  /** Pushes an envelope as Slack does and returns its envelope_id. */
  push(type: EnvelopeType, payload: Record<string, unknown>, options?: EnvelopeOptions): string;
  /**
   * Slack's `{"type":"disconnect"}` message: `refresh_requested` (the connection is being recycled,
   * every few hours), `warning` (about 10 s before that), `link_disabled` (Socket Mode was turned
   * off for the app), `too_many_websockets` (the app has more connections than Slack allows). Slack
   * then waits for the app to close the connection.
   */
  disconnect(reason: DisconnectReason): void;
  /** Ends the TCP connection without a close frame, as a network failure or a restarted Slack host would. */
  drop(): void;
  /** Sends the frames `write` sends in a single TCP write, so the app reads them in one go. */
  together(write: () => void): void;
  /** The app's ack of `envelopeId`; rejects after `timeoutMs` (default 5000). */
  waitForAck(envelopeId: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Whether the TCP connection is still up. */
  isOpen(): boolean;
  /** The code of the app's close frame, once it has arrived (null before). */
  appCloseCode(): number | null;
  /** Resolves when the TCP connection has ended, with the close code the app sent (null: it sent no close frame). */
  ended: Promise<{ appCloseCode: number | null }>;
  /** Protocol errors in what the app sent (unmasked frames, reserved bits, bad UTF-8 JSON …). */
  problems(): string[];
}

export interface SocketModeStandIn {
  /** The ws:// origin the WebSocket is served on. */
  url: string;
  /** Connections made so far, oldest first. */
  connections(): SocketModeConnection[];
  /** The first connection not yet returned by an earlier call (made already or to come). */
  nextConnection(timeoutMs?: number): Promise<SocketModeConnection>;
  /** When false, the stand-in ignores the app's close frame (as a peer that went away would). */
  setAnswersClose(answers: boolean): void;
  /** Ends every connection and stops serving; the Web API stand-in goes back to its own answer. */
  close(): Promise<void>;
}

/** One frame of the client's, unmasked; null until it has fully arrived. */
interface Frame {
  fin: boolean;
  rsv: number;
  opcode: number;
  masked: boolean;
  payload: Buffer;
  size: number;
}

function readFrame(buffer: Buffer): Frame | null {
  if (buffer.length < 2) return null;
  const first = buffer.readUInt8(0);
  const second = buffer.readUInt8(1);
  const masked = (second & 0x80) !== 0;
  let length = second & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (buffer.length < 4) return null;
    length = buffer.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (buffer.length < 10) return null;
    const long = buffer.readBigUInt64BE(2);
    if (long > BigInt(MAX_FRAME_BYTES)) throw new Error(`frame of ${long} bytes`);
    length = Number(long);
    offset = 10;
  }
  if (length > MAX_FRAME_BYTES) throw new Error(`frame of ${length} bytes`);
  const maskBytes = masked ? 4 : 0;
  if (buffer.length < offset + maskBytes + length) return null;
  const mask = buffer.subarray(offset, offset + maskBytes);
  offset += maskBytes;
  const payload = Buffer.from(buffer.subarray(offset, offset + length));
  if (masked) for (let i = 0; i < payload.length; i += 1) payload.writeUInt8(payload.readUInt8(i) ^ mask.readUInt8(i & 3), i);
  return { fin: (first & 0x80) !== 0, rsv: (first >> 4) & 0x7, opcode: first & 0x0f, masked, payload, size: offset + length };
}

/** A server's frame: final, unmasked. */
function encodeFrame(opcode: number, payload: Buffer): Buffer {
  let header: Buffer;
  if (payload.length < 126) {
    header = Buffer.from([0x80 | opcode, payload.length]);
  } else if (payload.length < 0x10000) {
    header = Buffer.alloc(4);
    header.writeUInt8(0x80 | opcode, 0);
    header.writeUInt8(126, 1);
    header.writeUInt16BE(payload.length, 2);
  } else {
    header = Buffer.alloc(10);
    header.writeUInt8(0x80 | opcode, 0);
    header.writeUInt8(127, 1);
    header.writeBigUInt64BE(BigInt(payload.length), 2);
  }
  return Buffer.concat([header, payload]);
}

function closePayload(code: number): Buffer {
  const payload = Buffer.alloc(2);
  payload.writeUInt16BE(code, 0);
  return payload;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface AckWaiter {
  envelopeId: string;
  resolve(frame: Record<string, unknown>): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * Serves Socket Mode beside `webApi`: from now on its apps.connections.open answers, to an app-level
 * token (xapp-), with a WebSocket URL here (to any other token, not_allowed_token_type, as Slack does).
 */
export async function startSocketModeStandIn(webApi: SlackStandIn): Promise<SocketModeStandIn> {
  const connections: SocketModeConnection[] = [];
  const sockets = new Set<Duplex>();
  let handedOut = 0;
  let connectionWaiters: { resolve(connection: SocketModeConnection): void; reject(error: Error): void; timer: NodeJS.Timeout }[] = [];
  let answersClose = true;
  let tickets = 0;

  function accept(req: IncomingMessage, socket: Duplex, ticket: string): void {
    const key = req.headers['sec-websocket-key'];
    const upgrade = String(req.headers.upgrade ?? '').toLowerCase();
    if (req.method !== 'GET' || upgrade !== 'websocket' || typeof key !== 'string' || req.headers['sec-websocket-version'] !== '13') {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
      return;
    }
    const acceptKey = createHash('sha1').update(`${key}${WEBSOCKET_GUID}`).digest('base64');
    // No Sec-WebSocket-Extensions in the answer: the client's offer of compression is declined.
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${acceptKey}\r\n\r\n`);
    sockets.add(socket);

    const frames: Record<string, unknown>[] = [];
    const problems: string[] = [];
    let ackWaiters: AckWaiter[] = [];
    let pending = Buffer.alloc(0);
    let fragments: Buffer[] | null = null;
    let appCloseCode: number | null = null;
    let closeSent = false;
    let open = true;
    let batch: Buffer[] | null = null;
    let markEnded: (result: { appCloseCode: number | null }) => void = () => undefined;
    const ended = new Promise<{ appCloseCode: number | null }>((resolve) => {
      markEnded = resolve;
    });

    function send(opcode: number, payload: Buffer): void {
      if (batch !== null) batch.push(encodeFrame(opcode, payload));
      else if (open && !socket.writableEnded) socket.write(encodeFrame(opcode, payload));
    }

    function protocolError(problem: string): void {
      problems.push(problem);
      if (!closeSent) send(OPCODE.close, closePayload(1002));
      closeSent = true;
      socket.end();
    }

    function received(text: string): void {
      let frame: unknown;
      try {
        frame = JSON.parse(text);
      } catch {
        problems.push(`not JSON: ${text.slice(0, 200)}`);
        return;
      }
      if (!isRecord(frame)) {
        problems.push(`not an object: ${text.slice(0, 200)}`);
        return;
      }
      frames.push(frame);
      ackWaiters = ackWaiters.filter((waiter) => {
        if (frame.envelope_id !== waiter.envelopeId) return true;
        clearTimeout(waiter.timer);
        waiter.resolve(frame);
        return false;
      });
    }

    function handle(frame: Frame): void {
      if (!frame.masked) return protocolError('an unmasked frame from the client');
      if (frame.rsv !== 0) return protocolError('reserved bits set (no extension was agreed)');
      switch (frame.opcode) {
        case OPCODE.text:
        case OPCODE.binary:
          if (fragments !== null) return protocolError('a new message inside a fragmented one');
          if (frame.opcode === OPCODE.binary) problems.push('a binary message');
          if (frame.fin) received(frame.payload.toString('utf8'));
          else fragments = [frame.payload];
          return;
        case OPCODE.continuation:
          if (fragments === null) return protocolError('a continuation with nothing to continue');
          fragments.push(frame.payload);
          if (frame.fin) {
            received(Buffer.concat(fragments).toString('utf8'));
            fragments = null;
          }
          return;
        case OPCODE.ping:
          send(OPCODE.pong, frame.payload);
          return;
        case OPCODE.pong:
          return;
        case OPCODE.close:
          appCloseCode = frame.payload.length >= 2 ? frame.payload.readUInt16BE(0) : 1005;
          if (!answersClose) return;
          if (!closeSent) send(OPCODE.close, frame.payload.subarray(0, 2));
          closeSent = true;
          socket.end();
          return;
        default:
          protocolError(`unknown opcode ${frame.opcode}`);
      }
    }

    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      try {
        for (let frame = readFrame(pending); frame !== null && open; frame = readFrame(pending)) {
          pending = pending.subarray(frame.size);
          handle(frame);
        }
      } catch (error) {
        protocolError(error instanceof Error ? error.message : String(error));
      }
    });
    socket.on('error', (error) => problems.push(`socket error: ${error.message}`));
    // node:http keeps an upgraded socket half-open when the client ends its side: end ours too.
    socket.on('end', () => socket.end());
    socket.on('close', () => {
      open = false;
      sockets.delete(socket);
      for (const waiter of ackWaiters) {
        clearTimeout(waiter.timer);
        waiter.reject(new Error(`Socket Mode stand-in: the connection ended before envelope ${waiter.envelopeId} was acked`));
      }
      ackWaiters = [];
      markEnded({ appCloseCode });
    });

    const connection: SocketModeConnection = {
      ticket,
      frames: () => frames.map((frame) => structuredClone(frame)),
      hello() {
        const hello = {
          type: 'hello',
          num_connections: connections.length,
          debug_info: { host: 'applink-stand-in', build_number: 1, approximate_connection_time: 18060 },
          connection_info: { app_id: DEFAULT_APP_ID },
        };
        send(OPCODE.text, Buffer.from(JSON.stringify(hello)));
      },
      push(type, payload, options = {}) {
        const envelopeId = options.envelopeId ?? randomUUID();
        const envelope: Record<string, unknown> = {
          envelope_id: envelopeId,
          payload,
          type,
          accepts_response_payload: options.acceptsResponsePayload ?? type === 'slash_commands',
          ...(options.retryAttempt === undefined ? {} : { retry_attempt: options.retryAttempt }),
          ...(options.retryReason === undefined ? {} : { retry_reason: options.retryReason }),
        };
        send(OPCODE.text, Buffer.from(JSON.stringify(envelope)));
        return envelopeId;
      },
      disconnect(reason) {
        const message = { type: 'disconnect', reason, debug_info: { host: 'applink-stand-in' } };
        send(OPCODE.text, Buffer.from(JSON.stringify(message)));
      },
      drop() {
        socket.destroy();
      },
      together(write) {
        batch = [];
        try {
          write();
        } finally {
          const frames = Buffer.concat(batch);
          batch = null;
          if (open && !socket.writableEnded) socket.write(frames);
        }
      },
      waitForAck(envelopeId, timeoutMs = DEFAULT_WAIT_MS) {
        const found = frames.find((frame) => frame.envelope_id === envelopeId);
        if (found !== undefined) return Promise.resolve(structuredClone(found));
        if (!open) return Promise.reject(new Error(`Socket Mode stand-in: the connection has ended; envelope ${envelopeId} was never acked`));
        return new Promise((resolve, reject) => {
          const waiter: AckWaiter = {
            envelopeId,
            resolve,
            reject,
            timer: setTimeout(() => {
              ackWaiters = ackWaiters.filter((w) => w !== waiter);
              reject(new Error(`Socket Mode stand-in: no ack of envelope ${envelopeId} within ${timeoutMs} ms (frames: ${JSON.stringify(frames)})`));
            }, timeoutMs),
          };
          ackWaiters.push(waiter);
        });
      },
      isOpen: () => open,
      appCloseCode: () => appCloseCode,
      ended,
      problems: () => [...problems],
    };
    connections.push(connection);
    const waiter = connectionWaiters.shift();
    if (waiter !== undefined) {
      clearTimeout(waiter.timer);
      handedOut += 1;
      waiter.resolve(connection);
    }
  }

  const server: Server = createServer((_req, res) => {
    res.writeHead(426, { 'content-type': 'text/plain' }).end('WebSocket only');
  });
  const issued = new Set<string>();
  server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
    // Each URL from apps.connections.open is good for one connection, as Slack's are.
    const ticket = new URL(req.url ?? '/', 'ws://stand-in').searchParams.get('ticket') ?? '';
    if (!issued.delete(ticket)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      return;
    }
    accept(req, socket, ticket);
  });
  const url = `ws://127.0.0.1:${await listenOnLoopback(server, 'Socket Mode stand-in')}`;

  webApi.setAnswer('apps.connections.open', ({ token }) => {
    if (token === null || !token.startsWith('xapp-')) return { ok: false, error: token === null ? 'not_authed' : 'not_allowed_token_type' };
    tickets += 1;
    const ticket = `ticket-${tickets}-${randomUUID()}`;
    issued.add(ticket);
    return { ok: true, url: `${url}/link/?ticket=${ticket}&app_id=${DEFAULT_APP_ID}` };
  });

  return {
    url,
    connections: () => [...connections],
    nextConnection(timeoutMs = DEFAULT_WAIT_MS) {
      const next = connections[handedOut];
      if (next !== undefined) {
        handedOut += 1;
        return Promise.resolve(next);
      }
      return new Promise((resolve, reject) => {
        const waiter = {
          resolve,
          reject,
          timer: setTimeout(() => {
            connectionWaiters = connectionWaiters.filter((w) => w !== waiter);
            reject(new Error(`Socket Mode stand-in: no connection within ${timeoutMs} ms`));
          }, timeoutMs),
        };
        connectionWaiters.push(waiter);
      });
    },
    setAnswersClose(answers) {
      answersClose = answers;
    },
    async close() {
      webApi.setAnswer('apps.connections.open', null);
      for (const waiter of connectionWaiters) {
        clearTimeout(waiter.timer);
        waiter.reject(new Error('Socket Mode stand-in was closed'));
      }
      connectionWaiters = [];
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve, reject) => server.close((error) => (error === undefined ? resolve() : reject(error))));
    },
  };
}
