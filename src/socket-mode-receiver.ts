import { SocketModeReceiver, type App, type Receiver } from '@slack/bolt';
import type { Logger } from '@slack/logger';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { SlackStartError } from './errors.js';
import { describeSlackFailure, slackErrorCode } from './services/slack-errors.js';

/** How long a shutdown waits for Slack's side of the Socket Mode close handshake. */
const SOCKET_CLOSE_WAIT_MS = 2_000;

/**
 * Socket Mode, with GET /healthz served on PORT. Bolt's SocketModeReceiver could serve the route
 * itself, but it does not wait for that server to listen (a port in use was an uncaught 'error'),
 * nor hand it back from start() as the HTTP receiver does.
 */
export class SocketModeWithHealth implements Receiver {
  private readonly socketMode: SocketModeReceiver;
  private readonly server: Server;
  private readonly port: number;
  private readonly logger: Logger;

  constructor(options: { appToken: string; slackApiUrl: string | null; port: number; logger: Logger; health: (res: ServerResponse) => void }) {
    const { appToken, slackApiUrl, logger, health } = options;
    this.port = options.port;
    this.logger = logger;
    this.socketMode = new SocketModeReceiver({
      appToken,
      logger,
      // The client behind the socket asks for its URL with apps.connections.open: without these options
      // it asks slack.com whatever SLACK_API_URL says. A fresh object, as the client writes its defaults into it.
      installerOptions: { clientOptions: slackApiUrl ? { slackApiUrl } : {} },
    });
    this.server = createServer((req, res) => {
      if (req.method === 'GET' && new URL(req.url ?? '/', 'http://localhost').pathname === '/healthz') {
        health(res);
        return;
      }
      res.writeHead(404).end();
    });
  }

  init(app: App): void {
    this.socketMode.init(app);
  }

  /** Serves /healthz, then connects; resolves, once Slack has said hello, with the /healthz server. */
  async start(): Promise<Server> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.port, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    try {
      await this.socketMode.start();
    } catch (error) {
      await closeServer(this.server);
      throw explainConnectionFailure(error);
    }
    return this.server;
  }

  /** Resolves once the socket and the /healthz server are closed. */
  async stop(): Promise<void> {
    await Promise.all([this.disconnect(), closeServer(this.server)]);
  }

  /**
   * Bolt's SocketModeReceiver.stop() returns before the socket has closed, so an envelope could still
   * come in while main closes the database. The client's disconnect() resolves once the close
   * handshake is done; if Slack does not finish it soon, the client's own way out of a stalled close
   * (a second disconnect) drops the connection, rather than waiting for the client's timeouts (its
   * pongs, then 30 s) past main's 8 s deadline.
   */
  private async disconnect(): Promise<void> {
    const socketModeClient = this.socketMode.client;
    const disconnected = socketModeClient.disconnect();
    let timer: NodeJS.Timeout | undefined;
    const closedInTime = await Promise.race([
      disconnected.then(() => true),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), SOCKET_CLOSE_WAIT_MS);
      }),
    ]);
    clearTimeout(timer);
    if (closedInTime) return;
    this.logger.warn('Slack did not finish closing the Socket Mode connection in time; dropping it');
    socketModeClient.websocket?.disconnect();
    await disconnected;
  }
}

/** Stops listening and resolves once the open connections have ended (idle ones are closed at once). */
function closeServer(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve, reject) => {
    server.close((error) => (error === undefined ? resolve() : reject(error)));
    server.closeIdleConnections();
  });
}

/**
 * What start() tells the operator when the socket cannot be opened: the Socket Mode client gives
 * up at once only on a rejected token or a failed request (anything else it retries, and logs).
 */
function explainConnectionFailure(error: unknown): unknown {
  const code = slackErrorCode(error);
  if (code !== null) {
    return new SlackStartError(
      `Slack rejected SLACK_APP_TOKEN (${code}). Create an app-level token (xapp-…) with the connections:write scope under Basic Information → App-Level Tokens, and check that Socket Mode is on.`,
      { cause: error },
    );
  }
  if (error instanceof Error && /^slack_webapi_(request|http)_error$/.test(String((error as { code?: unknown }).code))) {
    return new SlackStartError(`Could not open the Socket Mode connection with Slack (${describeSlackFailure(error)}). Check the network (and SLACK_API_URL, if set), then start again.`, { cause: error });
  }
  return error;
}
