import { SocketModeReceiver, type App, type Receiver } from '@slack/bolt';
import type { Logger } from '@slack/logger';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { SlackStartError } from './errors.js';
import { describeSlackFailure, slackErrorCode } from './services/slack-errors.js';

/** How long a shutdown waits for Slack's side of the Socket Mode close handshake. */
const SOCKET_CLOSE_WAIT_MS = 2_000;
/** A WebSocket's readyState before its handshake is done, and once a close frame has been sent or received. */
const WEBSOCKET_CONNECTING = 0;
const WEBSOCKET_CLOSING = 2;

/** When the receiver reconnects. Tests shorten them. */
export interface SocketModeTimings {
  /**
   * After Slack asks for a new connection, how long the old one may take to finish closing before
   * it is dropped (Slack may answer the close frame and leave the TCP connection open).
   */
  closeWaitMs: number;
  /** The wait after a failed attempt to connect, doubled after each further failure… */
  firstRetryMs: number;
  /** …up to this. */
  maxRetryMs: number;
  /** The wait between attempts while Slack has Socket Mode turned off, or refuses the token. */
  slowRetryMs: number;
  /**
   * How long a connection must have lasted for the next one to be opened at once when it ends.
   * One Slack ends sooner (too_many_websockets, say, or again and again) counts as a failure.
   */
  stableMs: number;
  /**
   * How long the app may be without a connection while running before /healthz says so (503): longer
   * than a refresh Slack asks for and the first few waits between attempts, so that only an outage
   * a HEALTHCHECK should hear of turns it.
   */
  healthGraceMs: number;
}

export const DEFAULT_SOCKET_MODE_TIMINGS: SocketModeTimings = {
  closeWaitMs: 1_000,
  firstRetryMs: 1_000,
  maxRetryMs: 60_000,
  slowRetryMs: 60_000,
  stableMs: 10_000,
  healthGraceMs: 120_000,
};

/** Disconnect reasons after which Slack expects a new connection at once. */
const ASKED_TO_RECONNECT = new Set(['refresh_requested', 'warning']);

/**
 * apps.connections.open's answers about the token itself: it is wrong, revoked, of the wrong kind
 * or without connections:write. Asking again cannot help. (The Socket Mode client stops only on the
 * first five; the others it retried for ever.) Anything else (ratelimited, internal_error …) passes.
 */
const TOKEN_REFUSED = new Set([
  'not_authed',
  'invalid_auth',
  'account_inactive',
  'user_removed_from_team',
  'team_disabled',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
  'missing_scope',
]);

type SocketModeClient = SocketModeReceiver['client'];

/** Why an attempt to connect failed. */
type Failure =
  | { kind: 'refused'; code: string }
  | { kind: 'link_disabled' }
  | { kind: 'unreachable'; detail: string }
  | { kind: 'other'; detail: string };

/**
 * Socket Mode, with GET /healthz served on PORT. Bolt's SocketModeReceiver could serve the route
 * itself, but it does not wait for that server to listen (a port in use was an uncaught 'error'),
 * nor hand it back from start() as the HTTP receiver does.
 *
 * It also reconnects itself, through the client's start() and disconnect(), rather than leaving it
 * to the Socket Mode client (@slack/socket-mode 3.1), which waits 5 s or more after every refresh
 * Slack asks for (every few hours), reconnects every 5 s for ever once Socket Mode is turned off,
 * retries a token without connections:write for ever, and leaves a promise no one handles (which
 * ends the process) when a reconnection fails for good or is cut short by a shutdown.
 */
export class SocketModeWithHealth implements Receiver {
  private readonly socketMode: SocketModeReceiver;
  private readonly socketClient: SocketModeClient;
  private readonly server: Server;
  private readonly port: number;
  private readonly logger: Logger;
  private readonly timings: SocketModeTimings;
  private phase: 'idle' | 'connecting' | 'connected' | 'waiting' | 'stopped' = 'idle';
  /** The reason in Slack's last disconnect message on the current connection (`refresh_requested` …). */
  private slackReason: string | null = null;
  /** Failed attempts in a row, and connections that did not last. */
  private failures = 0;
  /** When the current connection opened (Slack's hello). */
  private connectedAt = 0;
  /** Since when the app has been without a connection while running (Date.now()); null while connected. */
  private unconnectedSince: number | null = null;
  /** Why the last attempt to reconnect failed (or Slack's link_disabled), for /healthz; null when not known. */
  private outageCause: Failure | null = null;
  /** Slack's reason for ending the last connection soon after it opened (too_many_websockets …), for /healthz. */
  private unsteadyReason: string | null = null;
  /** What the operator was last told about an outage (said once, not at every attempt). */
  private told: string | null = null;
  private retryTimer: NodeJS.Timeout | undefined;
  private dropTimer: NodeJS.Timeout | undefined;
  /** Ends a wait between attempts at start-up early (stop). */
  private wakeUp: (() => void) | null = null;
  /** The attempt to connect under way, settled either way. */
  private attempt: Promise<void> | null = null;

  constructor(options: {
    appToken: string;
    slackApiUrl: string | null;
    port: number;
    logger: Logger;
    health: (res: ServerResponse) => void;
    timings?: Partial<SocketModeTimings>;
  }) {
    const { appToken, slackApiUrl, logger, health } = options;
    this.port = options.port;
    this.logger = logger;
    this.timings = { ...DEFAULT_SOCKET_MODE_TIMINGS, ...options.timings };
    this.socketMode = new SocketModeReceiver({
      appToken,
      logger,
      autoReconnectEnabled: false,
      // The client behind the socket asks for its URL with apps.connections.open: without these options
      // it asks slack.com whatever SLACK_API_URL says. A fresh object, as the client writes its defaults into it.
      // A couple of quick retries and a timeout, rather than the client's 100 retries without one: the
      // receiver waits and tries again itself, and a start-up without a network says so.
      installerOptions: {
        clientOptions: {
          ...(slackApiUrl ? { slackApiUrl } : {}),
          retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 3000 },
          timeout: 10_000,
        },
      },
    });
    this.socketClient = this.socketMode.client;
    this.socketClient.on('ws_message', (data: unknown, isBinary: boolean) => {
      if (!isBinary) this.noteSlackMessage(data);
    });
    this.socketClient.on('disconnected', () => this.connectionEnded());
    this.server = createServer((req, res) => {
      if (req.method === 'GET' && new URL(req.url ?? '/', 'http://localhost').pathname === '/healthz') {
        // An app that receives nothing from Slack is not healthy, however readable its database.
        const problem = this.connectionProblem();
        if (problem === null) health(res);
        else res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'unavailable', problem }));
        return;
      }
      res.writeHead(404).end();
    });
  }

  init(app: App): void {
    this.socketMode.init(app);
  }

  /**
   * Serves /healthz, then connects; resolves, once Slack has said hello, with the /healthz server.
   * A token Slack refuses, Socket Mode turned off or no answer from Slack ends the start with one
   * sentence; anything else (a rate limit, Slack's own trouble) is tried again after a wait.
   */
  async start(): Promise<Server> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.port, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    // Without a connection from the first moment /healthz is served: a start that keeps failing
    // (Slack's internal_error, a rate limit) is told after the grace, as an outage while running is.
    this.unconnectedSince ??= Date.now();
    for (;;) {
      const failure = this.stopped() ? null : await this.tryToConnect();
      if (this.stopped()) throw new Error('Stopped before the Socket Mode connection with Slack was open');
      if (failure === null) return this.server;
      if (failure.error.kind !== 'other') {
        this.phase = 'idle';
        await closeServer(this.server);
        throw startFailure(failure.error, failure.cause);
      }
      this.outageCause = failure.error;
      const wait = this.nextRetryDelay();
      this.logger.warn(`Could not connect to Slack in Socket Mode (${failure.error.detail}); trying again in ${seconds(wait)}`);
      await this.pause(wait);
    }
  }

  /** Resolves once the socket and the /healthz server are closed. */
  async stop(): Promise<void> {
    this.phase = 'stopped';
    clearTimeout(this.retryTimer);
    clearTimeout(this.dropTimer);
    this.wakeUp?.();
    await Promise.all([this.disconnect(), closeServer(this.server)]);
  }

  /**
   * Bolt's SocketModeReceiver.stop() returns before the socket has closed, so an envelope could still
   * come in while main closes the database. This waits for the close handshake (see closeSocket).
   * A connection being opened when stop() came (its URL asked for) is closed too once it is open.
   */
  private async disconnect(): Promise<void> {
    await this.closeSocket();
    const attempt = this.attempt;
    if (attempt === null) return;
    if (await settlesWithin(attempt, SOCKET_CLOSE_WAIT_MS)) await this.closeSocket();
  }

  /**
   * The client's disconnect() resolves once the close handshake is done; if Slack does not finish it
   * soon, the client's own way out of a stalled close (a second disconnect) drops the connection,
   * rather than waiting for the client's timeouts (its pongs, then 30 s) past main's 8 s deadline.
   */
  private async closeSocket(): Promise<void> {
    // A connection still in its handshake is let finish it (or fail) first: the client's disconnect()
    // on one leaves a 30 s timer running behind it (@slack/socket-mode 3.1.0), holding the process.
    const deadline = Date.now() + SOCKET_CLOSE_WAIT_MS;
    while (this.socketClient.websocket?.readyState === WEBSOCKET_CONNECTING && Date.now() < deadline) await sleep(10);
    const disconnected = this.socketClient.disconnect();
    if (await settlesWithin(disconnected, SOCKET_CLOSE_WAIT_MS)) return;
    this.logger.warn('Slack did not finish closing the Socket Mode connection in time; dropping it');
    this.socketClient.websocket?.disconnect();
    await disconnected;
  }

  /** Opens a connection and waits for Slack's hello: null once open, or why it failed. */
  private async tryToConnect(): Promise<{ error: Failure; cause: unknown } | null> {
    this.phase = 'connecting';
    this.slackReason = null;
    const opening = this.socketClient.start();
    const attempt = opening.then(
      () => undefined,
      () => undefined,
    );
    this.attempt = attempt;
    try {
      await opening;
      if (!this.stopped()) this.phase = 'connected';
      // The outage ends once this connection has lasted (see connectionProblem): one that Slack
      // ends again at once, over and over, is no connection to an operator.
      this.connectedAt = Date.now();
      return null;
    } catch (error) {
      return { error: classify(error, this.slackReason), cause: error };
    } finally {
      if (this.attempt === attempt) this.attempt = null;
    }
  }

  /** Slack's messages on the socket: a disconnect says why the connection is about to end. */
  private noteSlackMessage(data: unknown): void {
    if (typeof data !== 'string' || !data.includes('"disconnect"')) return;
    let message: unknown;
    try {
      message = JSON.parse(data);
    } catch {
      return;
    }
    if (typeof message !== 'object' || message === null || !('type' in message) || message.type !== 'disconnect') return;
    const reason = 'reason' in message && typeof message.reason === 'string' ? message.reason : 'no reason given';
    this.slackReason = reason;
    if (this.phase === 'connected' && reason !== 'link_disabled') this.logger.info(`Slack asked for a new Socket Mode connection (${reason}); reconnecting`);
    // The client has sent its close frame. Slack may answer it and keep the TCP connection open, and
    // the client would then wait for its pongs to time out (5 s and more) before anything else.
    const socket = this.socketClient.websocket;
    clearTimeout(this.dropTimer);
    this.dropTimer = setTimeout(() => {
      if (this.socketClient.websocket === socket && socket?.readyState === WEBSOCKET_CLOSING) socket.disconnect();
    }, this.timings.closeWaitMs);
  }

  /** The client's 'disconnected': an open connection has ended, and another is opened. */
  private connectionEnded(): void {
    clearTimeout(this.dropTimer);
    // Otherwise an attempt failed (tryToConnect hears it) or stop() closed the connection.
    if (this.phase !== 'connected') return;
    const reason = this.slackReason;
    if (reason === null) this.logger.warn('The Socket Mode connection with Slack ended unexpectedly; reconnecting');
    const lasted = Date.now() - this.connectedAt;
    // A connection that lasted ends an outage and may start a new one; one that did not, carries it on.
    const steady = lasted >= this.timings.stableMs;
    this.unconnectedSince = steady ? Date.now() : (this.unconnectedSince ?? Date.now());
    this.outageCause = reason === 'link_disabled' ? { kind: 'link_disabled' } : null;
    this.unsteadyReason = steady ? null : (reason ?? 'dropped');
    if (lasted >= this.timings.stableMs) this.failures = 0;
    let wait: number;
    if (reason === 'link_disabled') {
      this.tell('error', linkDisabledWhileRunning(this.timings.slowRetryMs));
      wait = this.timings.slowRetryMs;
    } else if (lasted >= this.timings.stableMs && (reason === null || ASKED_TO_RECONNECT.has(reason))) {
      // Slack asked for the new connection, or the old one dropped, after it had lasted: at once.
      wait = 0;
    } else {
      wait = this.nextRetryDelay();
      this.logger.warn(`The Socket Mode connection with Slack lasted ${seconds(lasted)} (${reason ?? 'dropped'}); reconnecting in ${seconds(wait)}`);
    }
    this.phase = 'waiting';
    this.retryTimer = setTimeout(() => void this.reconnect(), wait);
  }

  private async reconnect(): Promise<void> {
    if (this.phase !== 'waiting') return;
    const failure = await this.tryToConnect();
    if (this.stopped()) return;
    if (failure === null) {
      // The failures are forgotten once this connection has lasted (see connectionEnded).
      if (this.failures > 0 || this.told !== null) this.logger.info('Reconnected to Slack in Socket Mode');
      this.told = null;
      return;
    }
    const { error } = failure;
    this.outageCause = error;
    let wait: number;
    if (error.kind === 'link_disabled') {
      wait = this.timings.slowRetryMs;
      this.tell('error', linkDisabledWhileRunning(wait));
    } else if (error.kind === 'refused') {
      wait = this.timings.slowRetryMs;
      this.tell(
        'error',
        `Slack refused SLACK_APP_TOKEN (${error.code}): invite-check receives nothing from Slack until it has an app-level token (xapp-…) with the connections:write scope (Basic Information → App-Level Tokens) and is restarted. It tries again every ${seconds(wait)}.`,
      );
    } else {
      // Once Slack has said Socket Mode is off (or refused the token), the checks keep their slow
      // pace whatever answer comes next, until a connection opens.
      wait = this.told === null ? this.nextRetryDelay() : this.timings.slowRetryMs;
      this.logger.warn(`Could not reconnect to Slack in Socket Mode (${error.detail}); trying again in ${seconds(wait)}`);
    }
    this.phase = 'waiting';
    this.retryTimer = setTimeout(() => void this.reconnect(), wait);
  }

  /**
   * What /healthz says once the app has been without a connection for longer than the grace: how
   * long, and the last failure, in words an operator can act on. Null within the grace or connected.
   */
  private connectionProblem(): string | null {
    if (this.phase === 'connected' && Date.now() - this.connectedAt >= this.timings.stableMs) {
      this.unconnectedSince = null;
      this.outageCause = null;
      this.unsteadyReason = null;
    }
    if (this.unconnectedSince === null) return null;
    const without = Date.now() - this.unconnectedSince;
    if (without <= this.timings.healthGraceMs) return null;
    const cause =
      this.outageCause !== null
        ? ` (${describeOutage(this.outageCause)})`
        : this.unsteadyReason !== null
          ? ` (Slack keeps ending each connection soon after it opens: ${this.unsteadyReason})`
          : '';
    return `No Socket Mode connection with Slack for ${roughly(without)}${cause}`;
  }

  /** Whether stop() has been called (a method, so that it is read afresh after an await). */
  private stopped(): boolean {
    return this.phase === 'stopped';
  }

  /** 1 s, 2 s, 4 s … up to a minute (with the default timings), counting this failure. */
  private nextRetryDelay(): number {
    this.failures += 1;
    return Math.min(this.timings.firstRetryMs * 2 ** Math.min(this.failures - 1, 30), this.timings.maxRetryMs);
  }

  /** Logs what an outage means for the operator, once until it changes or ends. */
  private tell(level: 'error' | 'warn', message: string): void {
    if (this.told === message) return;
    this.told = message;
    this.logger[level](message);
  }

  /** Waits between attempts at start-up; stop() ends the wait at once. */
  private pause(ms: number): Promise<void> {
    this.phase = 'waiting';
    return new Promise((resolve) => {
      this.wakeUp = () => {
        clearTimeout(this.retryTimer);
        this.wakeUp = null;
        resolve();
      };
      this.retryTimer = setTimeout(() => this.wakeUp?.(), ms);
    });
  }
}

function linkDisabledWhileRunning(retryMs: number): string {
  return `Slack turned Socket Mode off for this app (link_disabled): invite-check receives nothing from Slack until it is turned back on under Socket Mode in the app's settings. It checks again every ${seconds(retryMs)}.`;
}

/** The last failure, as /healthz names it: what is wrong, not how it was classified. */
function describeOutage(failure: Failure): string {
  switch (failure.kind) {
    case 'link_disabled':
      return 'Slack has Socket Mode turned off for this app';
    case 'refused':
      return `Slack refuses SLACK_APP_TOKEN: ${failure.code}`;
    case 'unreachable':
      return `Slack cannot be reached: ${failure.detail}`;
    case 'other':
      return `the last attempt failed: ${failure.detail}`;
  }
}

/** A span of time for a person: "40 seconds", "3 minutes", "5 hours". */
function roughly(ms: number): string {
  const count = (value: number, unit: string) => `${value} ${unit}${value === 1 ? '' : 's'}`;
  const secondsGone = Math.max(1, Math.round(ms / 1000));
  if (secondsGone < 60) return count(secondsGone, 'second');
  const minutes = Math.floor(secondsGone / 60);
  if (minutes < 120) return count(minutes, 'minute');
  return count(Math.floor(minutes / 60), 'hour');
}

function classify(error: unknown, slackReason: string | null): Failure {
  if (slackReason === 'link_disabled') return { kind: 'link_disabled' };
  const code = slackErrorCode(error);
  if (code !== null) return TOKEN_REFUSED.has(code) ? { kind: 'refused', code } : { kind: 'other', detail: code };
  if (error instanceof Error && /^slack_webapi_(request|http)_error$/.test(String((error as { code?: unknown }).code))) {
    return { kind: 'unreachable', detail: describeSlackFailure(error) };
  }
  // The client rejects with nothing when the connection closes before Slack's hello.
  if (error === undefined) return { kind: 'other', detail: slackReason === null ? 'the connection closed before Slack said hello' : `Slack closed it: ${slackReason}` };
  return { kind: 'other', detail: describeSlackFailure(error) };
}

/** What start() tells the operator when it gives up: one sentence that says what to fix. */
function startFailure(failure: Exclude<Failure, { kind: 'other' }>, cause: unknown): SlackStartError {
  switch (failure.kind) {
    case 'refused':
      if (failure.code === 'missing_scope') {
        return new SlackStartError(
          'Slack refused SLACK_APP_TOKEN (missing_scope): the token does not have the connections:write scope. Create an app-level token with connections:write under Basic Information → App-Level Tokens, set it as SLACK_APP_TOKEN, then start again.',
          { cause },
        );
      }
      return new SlackStartError(
        `Slack rejected SLACK_APP_TOKEN (${failure.code}). Create an app-level token (xapp-…) with the connections:write scope under Basic Information → App-Level Tokens, and check that Socket Mode is on.`,
        { cause },
      );
    case 'link_disabled':
      return new SlackStartError(
        "Slack has Socket Mode turned off for this app (link_disabled). Turn it on under Socket Mode in the app's settings, or leave SLACK_APP_TOKEN unset to run in HTTP mode, then start again.",
        { cause },
      );
    case 'unreachable':
      return new SlackStartError(`Could not open the Socket Mode connection with Slack (${failure.detail}). Check the network (and SLACK_API_URL, if set), then start again.`, {
        cause,
      });
  }
}

/** Whether `promise` settles within `ms` (its outcome is the caller's business). */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const settled = await Promise.race([
    promise.then(
      () => true,
      () => true,
    ),
    new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    }),
  ]);
  clearTimeout(timer);
  return settled;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function seconds(ms: number): string {
  const value = ms / 1000;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} s`;
}

/** Stops listening and resolves once the open connections have ended (idle ones are closed at once). */
function closeServer(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve, reject) => {
    server.close((error) => (error === undefined ? resolve() : reject(error)));
    server.closeIdleConnections();
  });
}
