import { App, HTTPReceiver, type Receiver } from '@slack/bolt';
import type { Logger } from '@slack/logger';
import { WebClient, type WebClientOptions } from '@slack/web-api';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from './config.js';
import type { Db } from './db/open.js';
import type { PrivacyRepo } from './db/privacy-repo.js';
import { createRepos } from './db/repos.js';
import { createWriteBatcher } from './db/write-batch.js';
import type { ReviewSweepDeps } from './jobs/review-sweep.js';
import type { ForgottenMessages } from './jobs/forgotten-messages.js';
import type { StaleCardDeps } from './jobs/stale-cards.js';
import type { SweepDeps } from './jobs/thank-you-sweep.js';
import { ACK_WAIT_MS } from './listeners/ack-once-saved.js';
import { registerListeners } from './listeners/index.js';
import { dropRepeatedDeliveries } from './listeners/repeated-deliveries.js';
import type { AppServices } from './listeners/services.js';
import type { NudgeSettings, ServiceDeps } from './services/deps.js';
import { createInsightsService } from './services/insights.js';
import { createInvitationService } from './services/invitations/index.js';
import { createPrivacyService } from './services/privacy.js';
import { createSettingsService } from './services/settings.js';
import { createMentionNameService } from './services/mention-names.js';
import { createSlackUserDirectory } from './services/slack-users.js';
import { createThankYouService } from './services/thank-yous.js';
import { createVoiceService } from './services/voices.js';
import { describeSlackFailure, slackErrorCode } from './services/slack-errors.js';
import { SlackStartError } from './errors.js';
import { useNativeFormEncoding } from './form-encoding.js';
import { slackLibraryLogger } from './logger.js';
import { SocketModeWithHealth, type SocketModeTimings } from './socket-mode-receiver.js';

export interface AppDeps {
  config: Config;
  db: Db;
  logger: Logger;
  clock?: () => Date;
  /** Overrides for both WebClients (tests shorten retries). */
  webClientOptions?: WebClientOptions;
  /** How long a card's post may take before its owner is told it is on its way; 3 s unless given (tests shorten it). */
  slowCardNoticeMs?: number;
  /** How long a check waits for the names of people its message mentions; 1.5 s unless given (tests shorten it). */
  mentionNamesWaitMs?: number;
  /** When Socket Mode reconnects (tests shorten the waits). */
  socketModeTimings?: Partial<SocketModeTimings>;
  /** How long storing typed input may hold its ack back; ACK_WAIT_MS unless given (tests shorten it). */
  ackWaitMs?: number;
  /** When a batch of writes is committed: at the end of the event loop's turn unless given (tests hold it back). */
  writeSchedule?: (flush: () => void) => void;
}

export interface InviteCheckApp {
  app: App;
  services: AppServices;
  /** What the thank-you sweep needs, with its own WebClient. */
  sweepDeps: SweepDeps;
  /** What the weekly review and digest sweep needs, sharing that client. */
  reviewSweepDeps: ReviewSweepDeps;
  /** What the retention purge needs, with the sweeps' client to blank the cards it leaves behind. */
  retentionDeps: { privacy: PrivacyRepo; retentionDays: number; client: WebClient };
  /**
   * What the card catch-up needs, with the sweeps' client: the cards a focus change, a forgetting or
   * the retention purge left to redraw, and the messages a forgetting left to blank.
   */
  staleCardDeps: Pick<StaleCardDeps, 'cards'> & { forgotten: ForgottenMessages };
  /** Resolves when every request's work (including after the ack) has finished. */
  drain(): Promise<void>;
  /**
   * Posts the cards of checks the last run stored but stopped before showing (see
   * invitations.showCardsCutShort); call it once, after start. Drained like a request's work.
   */
  showCardsCutShort(signal?: AbortSignal): Promise<number>;
  /**
   * For a shutdown past its deadline: notes the card posts still waiting on Slack as unanswered
   * (so a click on a card Slack did store adopts it). Returns how many.
   */
  abandonCardPosts(): number;
  /**
   * Checks the bot token with Slack (auth.test), as Bolt does before it serves; call it before
   * `app.start`. Throws a SlackStartError with one sentence that says what to fix.
   */
  init(): Promise<void>;
}

/** Slack's answers to auth.test that mean the token itself is wrong. */
const REJECTED_TOKEN = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'not_allowed_token_type']);

/** Slack rejects requests more than five minutes old; we also reject those claiming to come from the future. */
const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/**
 * Builds the Bolt app and everything behind it. No I/O happens here: the receiver starts
 * listening in `app.start()`, called by main.
 */
export function createApp(deps: AppDeps): InviteCheckApp {
  const { config, db, logger } = deps;
  const clock = deps.clock ?? (() => new Date());
  // From here on every WebClient in the process percent-encodes natively (see form-encoding.ts).
  useNativeFormEncoding();
  const slackLogger = slackLibraryLogger(logger);
  const receiver = createReceiver(config, slackLogger, (res) => answerHealth(db, res), deps.socketModeTimings);
  const clientOptions = neverRetryATimeout({
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
    // A card or a click's update is worth a couple of quick retries, not Slack's default half hour.
    retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 3000 },
    timeout: 10_000,
    ...deps.webClientOptions,
  });
  // No conversation store: the app keeps no per-conversation state, and Bolt's default store costs every request.
  // Bolt checks the token (auth.test) in its constructor unless initialisation is deferred, and
  // nothing handles that promise: a wrong token or no network killed the process with a stack
  // trace (slackapi/bolt-js#248). Deferred, the check is `init()`, which can fail cleanly.
  const app = new App({ token: config.slackBotToken, receiver, logger: slackLogger, clientOptions, convoStore: false, deferInitialization: true });

  // The sweeps get their own client: a rate-limit pause there must never hold up command acks.
  // It hands a 429 back at once, so forgetting changes its messages on it too (see privacy.ts).
  const sweepClient = new WebClient(
    config.slackBotToken,
    retryOnlyCallsThatNeverReachedSlack({
      ...clientOptions,
      logger: slackLogger,
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 1, minTimeout: 500, maxTimeout: 1000 },
      ...deps.webClientOptions,
    }),
  );

  const repos = createRepos(db);
  const settings: NudgeSettings = {
    thankYouDelayMinutes: config.thankYouDelayMinutes,
    workingWindow: config.workingWindow,
    sweepGapMs: config.reminderSweepGapMs,
  };
  const users = createSlackUserDirectory({ users: repos.slackUsers, client: app.client, logger });
  const sweepUsers = createSlackUserDirectory({ users: repos.slackUsers, client: sweepClient, logger });
  const baseDeps: ServiceDeps = { db, repos, writes: createWriteBatcher(db, deps.writeSchedule), client: app.client, users, logger, clock, settings };
  // Links to cards for the Home tab are asked on the sweeps' client, which hands a 429 back at once.
  const insights = createInsightsService({ ...baseDeps, linksClient: sweepClient });
  const serviceDeps: ServiceDeps = { ...baseDeps, afterChange: insights.publishHome };
  const invitations = createInvitationService({
    ...serviceDeps,
    afterDecision: insights.publishHome,
    // Other checks' cards a decision weighs again: a 429 leaves them to the card catch-up job.
    updatesClient: sweepClient,
    // Their owners' Home tabs too, with the links to cards already kept (none asked of Slack).
    publishOthersHome: (teamId, ownerId) => insights.publishHomeOn(sweepClient, teamId, ownerId, 'kept'),
    ...(deps.slowCardNoticeMs === undefined ? {} : { slowCardNoticeMs: deps.slowCardNoticeMs }),
  });
  const services: AppServices = {
    invitations,
    voices: createVoiceService({ ...serviceDeps, invitations }),
    thankYous: createThankYouService(serviceDeps),
    insights,
    settings: createSettingsService({ ...serviceDeps, invitations }),
    privacy: createPrivacyService({ ...serviceDeps, invitations, insights, updatesClient: sweepClient }),
    // On the sweeps' client, which hands a 429 back at once: a mentioned person's name is not worth
    // waiting out a rate limit for, and the wait for names is short anyway.
    mentionNames: createMentionNameService({
      users: sweepUsers,
      logger,
      clock,
      ...(deps.mentionNamesWaitMs === undefined ? {} : { waitMs: deps.mentionNamesWaitMs }),
    }),
    retentionDays: config.retentionDays,
    logger,
    clock,
    trustedResponseOrigins: trustedOrigins(config),
    ackWaitMs: deps.ackWaitMs ?? ACK_WAIT_MS,
  };

  const sweepDeps: SweepDeps = {
    nudges: repos.nudges,
    personalSettings: repos.settings,
    client: sweepClient,
    users: sweepUsers,
    logger,
    settings,
  };
  const reviewSweepDeps: ReviewSweepDeps = {
    repos,
    insights,
    client: sweepClient,
    users: sweepUsers,
    logger,
    settings,
    digestChannel: config.digestChannel,
  };

  const inFlight = new Set<Promise<unknown>>();
  // Track every request through to the end of its listener, which runs on after the ack.
  app.use(async ({ next }) => {
    const work = next();
    inFlight.add(work);
    try {
      await work;
    } finally {
      inFlight.delete(work);
    }
  });
  app.use(dropRepeatedDeliveries(logger));
  registerListeners(app, services);
  app.error(async (error) => {
    logger.error('Unhandled error in a listener', error);
  });

  return {
    app,
    services,
    sweepDeps,
    reviewSweepDeps,
    retentionDeps: { privacy: repos.privacy, retentionDays: config.retentionDays, client: sweepClient },
    // The sweeps' client: a rate limit there pauses the catch-up, never a click's redraw.
    staleCardDeps: {
      cards: createInvitationService({ ...serviceDeps, client: sweepClient }),
      // The messages a large forgetting left (migration 013), changed in the same runs, first.
      forgotten: createPrivacyService({ ...serviceDeps, client: sweepClient, users: sweepUsers }),
    },
    async drain() {
      // A request's work, then what a decision left to run on after it (other checks' cards).
      do {
        while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
        await invitations.followUpsSettled();
      } while (inFlight.size > 0);
    },
    async showCardsCutShort(signal) {
      const work = invitations.showCardsCutShort(clock(), signal);
      inFlight.add(work);
      try {
        return await work;
      } finally {
        inFlight.delete(work);
      }
    },
    abandonCardPosts: () => invitations.notePostsInFlightUnanswered(),
    async init() {
      try {
        await app.init();
      } catch (error) {
        throw new SlackStartError(explainTokenCheckFailure(error, config.slackApiUrl), { cause: error });
      }
    },
  };
}

function explainTokenCheckFailure(error: unknown, apiUrl: string | null): string {
  const code = slackErrorCode(error);
  if (code !== null && REJECTED_TOKEN.has(code)) {
    return `Slack rejected SLACK_BOT_TOKEN (${code}). Copy the Bot User OAuth Token (xoxb-…) from your app's OAuth & Permissions page, and reinstall the app if it was revoked.`;
  }
  const where = apiUrl ?? 'https://slack.com/api/';
  return `Could not check SLACK_BOT_TOKEN with Slack at ${where} (${describeSlackFailure(rootCause(error))}). Check the network${apiUrl ? ' and SLACK_API_URL' : ''}, then start again.`;
}

/** The innermost cause, e.g. "getaddrinfo ENOTFOUND slack.com" under the WebClient's "fetch failed". */
function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    const next = current.cause ?? ('original' in current ? current.original : undefined);
    if (next === undefined || next === null) break;
    current = next;
  }
  return current;
}

/**
 * The WebClient retries a call that failed, a timeout included. But a call that timed out may well
 * have reached Slack: retrying a chat.postMessage then posts the card (or the DM) twice. Rate
 * limits, 5xx answers and failed connections are still retried; a timeout is handed to the caller,
 * which shows the card another way or leaves the nudge due.
 * (p-retry, which runs the client's retries, stops when `onFailedAttempt` throws.)
 */
function neverRetryATimeout(options: WebClientOptions): WebClientOptions {
  const retryConfig: NonNullable<WebClientOptions['retryConfig']> & { onFailedAttempt(error: Error): void } = {
    ...options.retryConfig,
    onFailedAttempt(error: Error) {
      if (isTimeout(error)) throw error;
    },
  };
  return { ...options, retryConfig };
}

/**
 * The sweep's DMs must go once. A 5xx or a dropped connection can come after Slack stored the
 * message, and a retry inside the call would get around the sweep's own check (the stamp before
 * posting, then the DM's history). So its client retries only a call refused before it was sent;
 * anything else goes back to the sweep, which tries again later and looks first.
 */
function retryOnlyCallsThatNeverReachedSlack(options: WebClientOptions): WebClientOptions {
  const retryConfig: NonNullable<WebClientOptions['retryConfig']> & { onFailedAttempt(error: Error): void } = {
    ...options.retryConfig,
    onFailedAttempt(error: Error) {
      if (!neverReachedSlack(error)) throw error;
    },
  };
  return { ...options, retryConfig };
}

/** No connection was made: nothing was sent (fetch's "fetch failed", caused by a refused or unresolved connection). */
function neverReachedSlack(error: Error): boolean {
  const original = (error as { original?: unknown }).original;
  const cause = original instanceof Error ? original.cause : undefined;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? cause.code : undefined;
  return code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN';
}

function isTimeout(error: Error): boolean {
  const original = (error as { original?: unknown }).original;
  const names = [error.name, original instanceof Error ? original.name : ''];
  return names.includes('TimeoutError') || names.includes('AbortError');
}

function createReceiver(config: Config, logger: Logger, health: (res: ServerResponse) => void, socketModeTimings?: Partial<SocketModeTimings>): Receiver {
  if (config.slackAppToken !== null) {
    return new SocketModeWithHealth({
      appToken: config.slackAppToken,
      slackApiUrl: config.slackApiUrl,
      port: config.port,
      logger,
      health,
      ...(socketModeTimings ? { timings: socketModeTimings } : {}),
    });
  }
  const receiver = new HTTPReceiver({
    signingSecret: config.slackSigningSecret ?? '',
    endpoints: '/slack/events',
    port: config.port,
    customRoutes: [{ path: '/healthz', method: ['GET'], handler: (_req, res) => health(res) }],
    logger,
  });
  const handle = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    if (isFromTheFuture(req)) {
      logger.warn('Rejected a request with a timestamp in the future');
      res.writeHead(401).end();
      return;
    }
    handle(req, res);
  };
  return receiver;
}

function isFromTheFuture(req: IncomingMessage): boolean {
  const header = req.headers['x-slack-request-timestamp'];
  const timestamp = Number(Array.isArray(header) ? header[0] : header);
  return Number.isFinite(timestamp) && timestamp > Date.now() / 1000 + MAX_CLOCK_SKEW_SECONDS;
}

function answerHealth(db: Db, res: ServerResponse): void {
  let healthy = false;
  try {
    healthy = db.open && db.prepare('SELECT 1 AS ok').get() !== undefined;
  } catch {
    healthy = false;
  }
  res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ status: healthy ? 'ok' : 'unavailable' }));
}

/** response_urls we accept back from private_metadata: Slack's own, and a configured stand-in's. */
function trustedOrigins(config: Config): ReadonlySet<string> {
  const origins = new Set(['https://hooks.slack.com']);
  if (config.slackApiUrl) origins.add(new URL(config.slackApiUrl).origin);
  return origins;
}
