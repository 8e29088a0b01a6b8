import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/views/ids.js';
import { allText, buttonValue } from '../support/calls.js';
import { blockActionsBody, eventCallbackBody, slashCommandBody } from '../support/slack-requests.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { startSocketModeStandIn, type SocketModeConnection, type SocketModeStandIn } from '../support/socket-mode-stand-in.js';
import { CHANNEL, OWNER, TEAM, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';
import { PRIYA_PASTE } from '../support/pastes.js';
import type { SocketModeTimings } from '../../src/socket-mode-receiver.js';
import { freePort } from '../faults/fault-support.js';

// Socket Mode (SLACK_APP_TOKEN set): the real app, config and SocketModeClient, with Slack's side of
// the WebSocket played by a stand-in. Slack sends the same payloads over the socket as over HTTP,
// each in an envelope the app must ack by its envelope_id.

const APP_TOKEN = 'xapp-1-A0STANDIN1-1234567890-abcdef';

const PRIYA = PRIYA_PASTE;
const MARCO = PRIYA_PASTE.replaceAll('Priya Raman', 'Marco Bellini').replace('priya-raman-data', 'marco-bellini');

let standIn: SlackStandIn;
let socketMode: SocketModeStandIn;
let database: { path: string; cleanup: () => void };
let app: TestApp | null;
let standInsOpen: boolean;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  socketMode = await startSocketModeStandIn(standIn);
  standInsOpen = true;
  database = tempDatabasePath();
  app = null;
});

afterEach(async () => {
  await app?.stop();
  await closeStandIns();
  database.cleanup();
});

async function closeStandIns(): Promise<void> {
  if (!standInsOpen) return;
  standInsOpen = false;
  await socketMode.close();
  await standIn.close();
}

/** The sockets, servers and timers keeping the process alive (vitest's own pipes aside), by kind. */
function keptAlive(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) if (kind !== 'PipeWrap') counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/**
 * After stopping the app and closing the stand-ins (which ends the Web API's keep-alive
 * connections), the process soon holds no socket, server or timer: none of the app's is left behind
 * (its ping interval, a reconnection, the client's 30 s wait for a close).
 */
async function expectNothingLeftRunning(): Promise<void> {
  await closeStandIns();
  const deadline = Date.now() + 2000;
  while (Object.keys(keptAlive()).length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(keptAlive()).toEqual({});
}

/** Stops the app (the afterEach then has nothing to stop), then as expectNothingLeftRunning. */
async function expectNothingLeftRunningAfterStop(running: TestApp): Promise<void> {
  app = null;
  await running.stop();
  await expectNothingLeftRunning();
}

/**
 * Starts the app as `npm start` would with SLACK_APP_TOKEN set (PORT 0: /healthz on a free port),
 * answering its connection with Slack's `hello`, without which start() would not finish.
 */
async function startInSocketMode(socketModeTimings?: Partial<SocketModeTimings>): Promise<{ app: TestApp; link: SocketModeConnection }> {
  const starting = startTestApp({ standIn, databasePath: database.path, env: { SLACK_APP_TOKEN: APP_TOKEN }, ...(socketModeTimings ? { socketModeTimings } : {}) });
  const link = await Promise.race([
    socketMode.nextConnection(),
    starting.then(() => Promise.reject(new Error('the app started without opening a Socket Mode connection'))),
  ]);
  link.hello();
  app = await starting;
  return { app, link };
}

/** A slash command's fields, as Slack puts them in a slash_commands envelope (an object, not a form). */
function commandPayload(text: string, triggerId: string): Record<string, unknown> {
  const form = slashCommandBody({ text, user_id: OWNER, team_id: TEAM, channel_id: CHANNEL, response_url: standIn.responseUrl('command'), trigger_id: triggerId });
  return Object.fromEntries(new URLSearchParams(form));
}

/** An interaction's payload, as Slack puts it in an interactive envelope. */
function interactionPayload(form: string): Record<string, unknown> {
  return JSON.parse(new URLSearchParams(form).get('payload') ?? '{}') as Record<string, unknown>;
}

/** Pushes an envelope and waits for its ack, then for the work the app does after acking. */
async function deliver(running: TestApp, link: SocketModeConnection, ...envelope: Parameters<SocketModeConnection['push']>): Promise<Record<string, unknown>> {
  const ack = await link.waitForAck(link.push(...envelope));
  await running.instance.drain();
  return ack;
}

/**
 * Slack has asked for a new connection (or dropped it): waits for the app's next connection and
 * greets it, as Slack does.
 */
async function nextLink(timeoutMs = 8000): Promise<SocketModeConnection> {
  const link = await socketMode.nextConnection(timeoutMs);
  link.hello();
  return link;
}

function homeOpened(eventId: string): Record<string, unknown> {
  return JSON.parse(eventCallbackBody({ team_id: TEAM, event_id: eventId, event: { type: 'app_home_opened', user: OWNER, channel: `D${OWNER.slice(1)}`, tab: 'home' } })) as Record<
    string,
    unknown
  >;
}

/** The app's log entries at info or above, parsed. */
function loggedAbove(running: TestApp, levels: string[]): { level: string; msg: string }[] {
  return running.logLines.map((line) => JSON.parse(line) as { level: string; msg: string }).filter((entry) => levels.includes(entry.level));
}

/** What GET /healthz answers now. */
async function healthz(running: TestApp): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${running.baseUrl}/healthz`);
  return { status: response.status, body: await response.json() };
}

/** Asks /healthz every 20 ms until it answers `status` (or `timeoutMs` pass), and returns that answer. */
async function healthzOnce(running: TestApp, status: number, timeoutMs = 5000): Promise<{ status: number; body: unknown }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await healthz(running);
    if (answer.status === status || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function storedInvitations(running: TestApp): { name: string; owner_id: string; request_key: string | null; status: string }[] {
  return running.db.prepare('SELECT name, owner_id, request_key, status FROM invitations ORDER BY id').all() as never;
}

describe('Socket Mode', () => {
  it('opens its connection at SLACK_API_URL with the app-level token', async () => {
    await startInSocketMode();
    const opens = standIn.calls('apps.connections.open');
    expect(opens).toHaveLength(1);
    expect(opens[0]?.token).toBe(APP_TOKEN);
    // The bot token stays with the Web API calls.
    expect(standIn.calls('auth.test')[0]?.token).toBe('xoxb-test-token');
  });

  it('acks a /invite-check envelope and posts the card; a click on the card is acked and updates it', async () => {
    const { app: running, link } = await startInSocketMode();

    const commandAck = await deliver(running, link, 'slash_commands', commandPayload(PRIYA, '1001.2002.socket'));
    expect(commandAck).toMatchObject({ envelope_id: expect.any(String) });
    const cards = standIn.calls('chat.postMessage');
    expect(cards).toHaveLength(1);
    const card = cards[0];
    expect(card?.args.channel).toBe(CHANNEL);
    expect(allText(card)).toContain('Priya Raman');
    expect(storedInvitations(running)).toEqual([{ name: 'Priya Raman', owner_id: OWNER, request_key: 'command:1001.2002.socket', status: 'pending' }]);

    const ts = String(card?.response.ts);
    const click = blockActionsBody({
      team_id: TEAM,
      user_id: OWNER,
      action_id: ACTIONS.accept,
      value: buttonValue(card, ACTIONS.accept),
      channel_id: CHANNEL,
      message_ts: ts,
      response_url: standIn.responseUrl('action'),
    });
    const clickAck = await deliver(running, link, 'interactive', interactionPayload(click));
    expect(clickAck).toMatchObject({ envelope_id: expect.any(String) });
    const updates = standIn.calls('chat.update');
    expect(updates).toHaveLength(1);
    expect(updates[0]?.args).toMatchObject({ channel: CHANNEL, ts });
    expect(allText(updates[0])).toContain(`Accepted* by <@${OWNER}>`);
    expect(storedInvitations(running)[0]?.status).toBe('accepted');
    expect(link.problems()).toEqual([]);
  });

  it('serves /healthz, and nothing else, on PORT', async () => {
    const { app: running } = await startInSocketMode();
    const health = await fetch(`${running.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const events = await fetch(running.eventsUrl, { method: 'POST', body: '{}' });
    expect(events.status).toBe(404);
  });

  it('stores a redelivered command once, acking both deliveries', async () => {
    const { app: running, link } = await startInSocketMode();
    const payload = commandPayload(PRIYA, '1001.2002.again');
    await deliver(running, link, 'slash_commands', payload);
    // Slack sends it again, in a new envelope (say, our first ack was lost on the way).
    const again = await deliver(running, link, 'slash_commands', payload, { retryAttempt: 1, retryReason: 'timeout' });
    expect(again).toMatchObject({ envelope_id: expect.any(String) });
    expect(standIn.calls('chat.postMessage')).toHaveLength(1);
    expect(storedInvitations(running)).toHaveLength(1);
  });

  it('does nothing new for an event Slack retries (retry_attempt 1), and handles a retry of one it never saw', async () => {
    const { app: running, link } = await startInSocketMode();
    const homeOpened = (eventId: string) =>
      JSON.parse(eventCallbackBody({ team_id: TEAM, event_id: eventId, event: { type: 'app_home_opened', user: OWNER, channel: `D${OWNER.slice(1)}`, tab: 'home' } })) as Record<string, unknown>;
    const first = homeOpened('Ev0SOCKETONE');
    await deliver(running, link, 'events_api', first, { retryAttempt: 0, retryReason: '' });
    expect(standIn.calls('views.publish')).toHaveLength(1);
    await deliver(running, link, 'events_api', first, { retryAttempt: 1, retryReason: 'timeout' });
    expect(standIn.calls('views.publish')).toHaveLength(1);
    await deliver(running, link, 'events_api', homeOpened('Ev0NEVERSEEN'), { retryAttempt: 1, retryReason: 'timeout' });
    expect(standIn.calls('views.publish')).toHaveLength(2);
  });

  it('stops cleanly: the close handshake done before stop() resolves, /healthz no longer served, nothing left running', async () => {
    const { app: running, link } = await startInSocketMode();
    app = null;
    await running.stop();
    // Slack answers the app's close frame and the client waits for that answer: by the time stop()
    // resolves the close has reached Slack, so no envelope can come in while main closes the database.
    expect(link.appCloseCode()).toBe(1000);
    expect(await link.ended).toEqual({ appCloseCode: 1000 });
    await expect(fetch(`${running.baseUrl}/healthz`)).rejects.toThrow();
    expect(standIn.calls('apps.connections.open')).toHaveLength(1);
    await expectNothingLeftRunning();
  });

  it('stops when Slack never answers the close: it drops the connection itself, leaving nothing behind', async () => {
    const { app: running, link } = await startInSocketMode();
    app = null;
    socketMode.setAnswersClose(false);
    await running.stop();
    expect(link.appCloseCode()).toBe(1000);
    expect(await link.ended).toEqual({ appCloseCode: 1000 });
    const log = running.logLines.join('\n');
    expect(log).toContain('Slack did not finish closing the Socket Mode connection in time; dropping it');
    // Not left to the client's own timeouts, which come after main's 8 s deadline or near it: missed
    // pongs (over 6 s in) or its 30 s wait for the close.
    expect(log).not.toContain("A pong wasn't received");
    await expectNothingLeftRunning();
  });

  it('refuses to start with one line naming SLACK_APP_TOKEN when Slack rejects it', async () => {
    standIn.failNext('apps.connections.open', { error: 'invalid_auth' });
    await expect(startTestApp({ standIn, databasePath: database.path, env: { SLACK_APP_TOKEN: APP_TOKEN } })).rejects.toThrow(
      'Slack rejected SLACK_APP_TOKEN (invalid_auth). Create an app-level token (xapp-…) with the connections:write scope under Basic Information → App-Level Tokens, and check that Socket Mode is on.',
    );
  });

  it.each([
    [
      'missing_scope',
      'Slack refused SLACK_APP_TOKEN (missing_scope): the token does not have the connections:write scope. Create an app-level token with connections:write under Basic Information → App-Level Tokens, set it as SLACK_APP_TOKEN, then start again.',
    ],
    [
      'not_allowed_token_type',
      'Slack rejected SLACK_APP_TOKEN (not_allowed_token_type). Create an app-level token (xapp-…) with the connections:write scope under Basic Information → App-Level Tokens, and check that Socket Mode is on.',
    ],
    [
      'token_revoked',
      'Slack rejected SLACK_APP_TOKEN (token_revoked). Create an app-level token (xapp-…) with the connections:write scope under Basic Information → App-Level Tokens, and check that Socket Mode is on.',
    ],
  ])('refuses to start with one line, asking once, when Slack refuses the token (%s)', async (error, line) => {
    standIn.failNext('apps.connections.open', { error });
    const starting = startTestApp({ standIn, databasePath: database.path, env: { SLACK_APP_TOKEN: APP_TOKEN } });
    await expect(starting).rejects.toThrow(line);
    await expect(starting).rejects.toThrow(/^[^\n]+$/);
    expect(standIn.calls('apps.connections.open')).toHaveLength(1);
    expect(socketMode.connections()).toEqual([]);
    await expectNothingLeftRunning();
  });

  it('refuses to start with one line when Slack has Socket Mode turned off for the app (link_disabled)', async () => {
    const starting = startTestApp({ standIn, databasePath: database.path, env: { SLACK_APP_TOKEN: APP_TOKEN } });
    const link = await socketMode.nextConnection();
    link.disconnect('link_disabled');
    await expect(starting).rejects.toThrow(
      "Slack has Socket Mode turned off for this app (link_disabled). Turn it on under Socket Mode in the app's settings, or leave SLACK_APP_TOKEN unset to run in HTTP mode, then start again.",
    );
    expect(standIn.calls('apps.connections.open')).toHaveLength(1);
    await expectNothingLeftRunning();
  });

  it('tries again at start-up while Slack cannot give it a connection (internal_error), then starts', async () => {
    standIn.failNext('apps.connections.open', { error: 'internal_error' }, 2);
    const { app: running, link } = await startInSocketMode({ firstRetryMs: 100 });
    expect(standIn.calls('apps.connections.open')).toHaveLength(3);
    expect(loggedAbove(running, ['warn']).map((entry) => entry.msg)).toEqual([
      'Could not connect to Slack in Socket Mode (internal_error); trying again in 0.1 s',
      'Could not connect to Slack in Socket Mode (internal_error); trying again in 0.2 s',
    ]);
    await deliver(running, link, 'slash_commands', commandPayload(PRIYA, '1001.2002.late'));
    expect(standIn.calls('chat.postMessage')).toHaveLength(1);
  });

  it('answers /healthz 503 with the reason while the first connection keeps failing past the grace, and 200 once it opens', async () => {
    const port = await freePort();
    standIn.failNext('apps.connections.open', { error: 'internal_error' }, 15);
    const starting = startTestApp({
      standIn,
      databasePath: database.path,
      env: { SLACK_APP_TOKEN: APP_TOKEN, PORT: String(port) },
      socketModeTimings: { firstRetryMs: 100, maxRetryMs: 100, healthGraceMs: 500, stableMs: 300 },
    });
    const url = `http://127.0.0.1:${port}/healthz`;
    const ask = async () => {
      const response = await fetch(url);
      return { status: response.status, body: (await response.json()) as unknown };
    };
    // Served at once; within the grace the database decides.
    let first: { status: number; body: unknown } | null = null;
    while (first === null) first = await ask().catch(() => null);
    expect(first).toEqual({ status: 200, body: { status: 'ok' } });
    let answer = await ask();
    while (answer.status !== 503 && standIn.calls('apps.connections.open').length < 15) answer = await ask();
    expect(answer).toEqual({
      status: 503,
      body: { status: 'unavailable', problem: expect.stringMatching(/^No Socket Mode connection with Slack for \d+ seconds? \(the last attempt failed: internal_error\)$/) },
    });
    (await socketMode.nextConnection(8000)).hello();
    app = await starting;
    // Once the connection has lasted (stableMs), the outage is over.
    expect(await healthzOnce(app, 200)).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('refuses to start, with the reason, when PORT is taken, without connecting', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      await expect(startTestApp({ standIn, databasePath: database.path, env: { SLACK_APP_TOKEN: APP_TOKEN, PORT: String(port) } })).rejects.toThrow(/EADDRINUSE/);
      expect(standIn.calls('apps.connections.open')).toEqual([]);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});

// Slack closes Socket Mode connections every few hours: it sends {"type":"disconnect"} with a reason
// (refresh_requested, or warning about 10 s before), waits for the app to close the connection and
// expects a new one from apps.connections.open. Connections also drop, and Socket Mode can be turned
// off for the app (link_disabled).
describe('Socket Mode: reconnecting', () => {
  it.each(['refresh_requested', 'warning'] as const)('opens a new connection at once when Slack asks (%s), and handles a command on it once', async (reason) => {
    const { app: running, link } = await startInSocketMode({ stableMs: 0 });
    const asked = Date.now();
    link.disconnect(reason);
    const next = await nextLink();
    // Not after a wait: a command sent in the gap fails for the person who sent it.
    expect(Date.now() - asked).toBeLessThan(2500);
    expect(await link.ended).toEqual({ appCloseCode: 1000 });
    const opens = standIn.calls('apps.connections.open');
    expect(opens.map((call) => call.token)).toEqual([APP_TOKEN, APP_TOKEN]);
    expect(next.ticket).not.toBe(link.ticket);

    const ack = await deliver(running, next, 'slash_commands', commandPayload(PRIYA, '1001.2002.after'));
    expect(ack).toMatchObject({ envelope_id: expect.any(String) });
    expect(standIn.calls('chat.postMessage')).toHaveLength(1);
    expect(storedInvitations(running)).toHaveLength(1);
    expect(loggedAbove(running, ['info', 'warn', 'error']).map((entry) => entry.msg)).toContain(`Slack asked for a new Socket Mode connection (${reason}); reconnecting`);
    expect(loggedAbove(running, ['warn', 'error'])).toEqual([]);
    expect([...link.problems(), ...next.problems()]).toEqual([]);
    await expectNothingLeftRunningAfterStop(running);
  });

  it('does not reopen at once a connection Slack keeps ending soon after it opens: the waits grow', async () => {
    const { app: running, link } = await startInSocketMode({ firstRetryMs: 100 });
    const asked = [Date.now()];
    link.disconnect('refresh_requested');
    const second = await nextLink();
    asked.push(Date.now());
    second.disconnect('too_many_websockets');
    const third = await nextLink();
    const opens = standIn.calls('apps.connections.open').map((call) => call.at);
    expect(opens).toHaveLength(3);
    // Each lasted well under 10 s: 0.1 s, then 0.2 s, before the next one.
    expect((opens[1] ?? 0) - (asked[0] ?? 0)).toBeGreaterThanOrEqual(85);
    expect((opens[2] ?? 0) - (asked[1] ?? 0)).toBeGreaterThanOrEqual(185);
    expect(loggedAbove(running, ['warn']).map((entry) => entry.msg.replace(/lasted [\d.]+ s/, 'lasted … s'))).toEqual([
      'The Socket Mode connection with Slack lasted … s (refresh_requested); reconnecting in 0.1 s',
      'The Socket Mode connection with Slack lasted … s (too_many_websockets); reconnecting in 0.2 s',
    ]);
    await deliver(running, third, 'slash_commands', commandPayload(PRIYA, '1001.2002.unsteady'));
    expect(standIn.calls('chat.postMessage')).toHaveLength(1);
    await expectNothingLeftRunningAfterStop(running);
  });

  it('drops the old connection itself when Slack answers its close frame but never ends it, and reconnects within a second or so', async () => {
    const { app: running, link } = await startInSocketMode({ stableMs: 0 });
    socketMode.setAnswersClose(false);
    const asked = Date.now();
    link.disconnect('refresh_requested');
    const next = await nextLink();
    socketMode.setAnswersClose(true);
    // The client alone waits for its pongs to time out (5 s and more) before it lets go.
    expect(Date.now() - asked).toBeLessThan(2500);
    expect(await link.ended).toEqual({ appCloseCode: 1000 });
    await deliver(running, next, 'slash_commands', commandPayload(PRIYA, '1001.2002.stalled'));
    expect(standIn.calls('chat.postMessage')).toHaveLength(1);
    expect(running.logLines.join('\n')).not.toContain("A pong wasn't received");
    await expectNothingLeftRunningAfterStop(running);
  });

  it('reconnects at once when the connection drops without a close frame', async () => {
    const { app: running, link } = await startInSocketMode({ stableMs: 0 });
    const dropped = Date.now();
    link.drop();
    const next = await nextLink();
    expect(Date.now() - dropped).toBeLessThan(2500);
    expect(await link.ended).toEqual({ appCloseCode: null });
    expect(standIn.calls('apps.connections.open')).toHaveLength(2);
    await deliver(running, next, 'slash_commands', commandPayload(PRIYA, '1001.2002.dropped'));
    expect(standIn.calls('chat.postMessage')).toHaveLength(1);
    expect(loggedAbove(running, ['warn']).map((entry) => entry.msg)).toContain('The Socket Mode connection with Slack ended unexpectedly; reconnecting');
    await expectNothingLeftRunningAfterStop(running);
  });

  it('keeps trying, waiting longer each time, while Slack cannot give it a connection, then carries on', async () => {
    const { app: running, link } = await startInSocketMode({ firstRetryMs: 100, stableMs: 0 });
    standIn.failNext('apps.connections.open', { error: 'internal_error' }, 3);
    link.drop();
    const next = await nextLink();
    const opens = standIn.calls('apps.connections.open').map((call) => call.at);
    expect(opens).toHaveLength(5);
    // At once, then after 0.1 s, 0.2 s and 0.4 s.
    const gaps = opens.slice(2).map((at, i) => at - (opens[i + 1] ?? at));
    for (const [i, least] of [100, 200, 400].entries()) expect(gaps[i]).toBeGreaterThanOrEqual(least - 15);
    expect(gaps[2]).toBeLessThan(2000);
    await deliver(running, next, 'slash_commands', commandPayload(PRIYA, '1001.2002.retried'));
    expect(standIn.calls('chat.postMessage')).toHaveLength(1);
    const said = loggedAbove(running, ['info', 'warn', 'error']).map((entry) => entry.msg);
    expect(said).toEqual(
      expect.arrayContaining([
        'Could not reconnect to Slack in Socket Mode (internal_error); trying again in 0.1 s',
        'Could not reconnect to Slack in Socket Mode (internal_error); trying again in 0.2 s',
        'Could not reconnect to Slack in Socket Mode (internal_error); trying again in 0.4 s',
        'Reconnected to Slack in Socket Mode',
      ]),
    );
    await expectNothingLeftRunningAfterStop(running);
  });

  it('says so once when Slack turns Socket Mode off (link_disabled), checks again only now and then, and carries on once it is back on', async () => {
    const { app: running, link } = await startInSocketMode({ slowRetryMs: 400 });
    link.disconnect('link_disabled');
    expect(await link.ended).toEqual({ appCloseCode: 1000 });
    // While it is off, Slack tells every new connection the same.
    for (let i = 0; i < 2; i += 1) {
      const refused = await socketMode.nextConnection(3000);
      refused.disconnect('link_disabled');
      await refused.ended;
    }
    const opens = standIn.calls('apps.connections.open').map((call) => call.at);
    expect(opens).toHaveLength(3);
    for (const [i, at] of opens.slice(1).entries()) expect(at - (opens[i] ?? 0)).toBeGreaterThanOrEqual(380);
    const errors = loggedAbove(running, ['error']).map((entry) => entry.msg);
    expect(errors).toEqual([
      "Slack turned Socket Mode off for this app (link_disabled): invite-check receives nothing from Slack until it is turned back on under Socket Mode in the app's settings. It checks again every 0.4 s.",
    ]);

    // Turned back on: the next check connects.
    const next = await nextLink(3000);
    await deliver(running, next, 'slash_commands', commandPayload(PRIYA, '1001.2002.back'));
    expect(standIn.calls('chat.postMessage')).toHaveLength(1);
    expect(loggedAbove(running, ['info']).map((entry) => entry.msg)).toContain('Reconnected to Slack in Socket Mode');
    await expectNothingLeftRunningAfterStop(running);
  });

  it('keeps its slow pace after link_disabled whatever apps.connections.open answers next', async () => {
    const { app: running, link } = await startInSocketMode({ slowRetryMs: 300, firstRetryMs: 10 });
    link.disconnect('link_disabled');
    await link.ended;
    standIn.failNext('apps.connections.open', { error: 'internal_error' }, 2);
    const next = await nextLink(3000);
    const opens = standIn.calls('apps.connections.open').map((call) => call.at);
    expect(opens).toHaveLength(4);
    for (const [i, at] of opens.slice(1).entries()) expect(at - (opens[i] ?? 0)).toBeGreaterThanOrEqual(285);
    await deliver(running, next, 'slash_commands', commandPayload(PRIYA, '1001.2002.slow'));
    expect(loggedAbove(running, ['warn']).map((entry) => entry.msg)).toEqual([
      'Could not reconnect to Slack in Socket Mode (internal_error); trying again in 0.3 s',
      'Could not reconnect to Slack in Socket Mode (internal_error); trying again in 0.3 s',
    ]);
    await expectNothingLeftRunningAfterStop(running);
  });

  it('says once that Slack refused the token while reconnecting (invalid_auth), tries again only now and then, and does not end the process', async () => {
    const { app: running, link } = await startInSocketMode({ slowRetryMs: 300, stableMs: 0 });
    standIn.failNext('apps.connections.open', { error: 'invalid_auth' }, 2);
    link.drop();
    const next = await nextLink(3000);
    const opens = standIn.calls('apps.connections.open').map((call) => call.at);
    expect(opens).toHaveLength(4);
    expect((opens[3] ?? 0) - (opens[2] ?? 0)).toBeGreaterThanOrEqual(285);
    await deliver(running, next, 'slash_commands', commandPayload(PRIYA, '1001.2002.refused'));
    expect(loggedAbove(running, ['error']).map((entry) => entry.msg).filter((msg) => msg.includes('SLACK_APP_TOKEN'))).toEqual([
      'Slack refused SLACK_APP_TOKEN (invalid_auth): invite-check receives nothing from Slack until it has an app-level token (xapp-…) with the connections:write scope (Basic Information → App-Level Tokens) and is restarted. It tries again every 0.3 s.',
    ]);
    await expectNothingLeftRunningAfterStop(running);
  });

  it('answers /healthz 503 with the reason once Slack cannot give it a connection for longer than the grace, and 200 again once one opens', async () => {
    const { app: running, link } = await startInSocketMode({ firstRetryMs: 100, maxRetryMs: 100, stableMs: 0, healthGraceMs: 800 });
    // 25 failures 0.1 s apart: 2.5 s or more without a connection.
    standIn.failNext('apps.connections.open', { error: 'internal_error' }, 25);
    link.drop();
    while (standIn.calls('apps.connections.open').length < 3) await new Promise((resolve) => setTimeout(resolve, 10));
    // Within the grace (a reconnection or two has failed): the database decides, as before.
    expect(await healthz(running)).toEqual({ status: 200, body: { status: 'ok' } });

    const after = await healthzOnce(running, 503);
    expect(after).toEqual({
      status: 503,
      body: { status: 'unavailable', problem: expect.stringMatching(/^No Socket Mode connection with Slack for \d+ seconds? \(the last attempt failed: internal_error\)$/) },
    });
    // Still failing: the 503 came before the connection did.
    expect(standIn.calls('apps.connections.open').length).toBeLessThan(27);

    const next = await nextLink(8000);
    expect(await healthzOnce(running, 200)).toEqual({ status: 200, body: { status: 'ok' } });
    await deliver(running, next, 'slash_commands', commandPayload(PRIYA, '1001.2002.healthy'));
    expect(standIn.calls('chat.postMessage')).toHaveLength(1);
    await expectNothingLeftRunningAfterStop(running);
  });

  it('answers /healthz 503 when Slack keeps ending each connection soon after it opens, however often one opens', async () => {
    const { app: running, link } = await startInSocketMode({ firstRetryMs: 20, maxRetryMs: 20, stableMs: 10_000, healthGraceMs: 400 });
    let current = link;
    const began = Date.now();
    // Each connection says hello and is ended again at once (too_many_websockets), for longer than the grace.
    while (Date.now() - began < 700) {
      current.disconnect('too_many_websockets');
      current = await nextLink();
    }
    expect(await healthz(running)).toEqual({
      status: 503,
      body: { status: 'unavailable', problem: expect.stringMatching(/^No Socket Mode connection with Slack for \d+ seconds? \(Slack keeps ending each connection soon after it opens: too_many_websockets\)$/) },
    });
    await expectNothingLeftRunningAfterStop(running);
  });

  it('answers /healthz 503 naming link_disabled once Socket Mode has been off for longer than the grace', async () => {
    const { app: running, link } = await startInSocketMode({ slowRetryMs: 60_000, healthGraceMs: 300 });
    link.disconnect('link_disabled');
    await link.ended;
    expect(await healthz(running)).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await healthzOnce(running, 503)).toEqual({
      status: 503,
      body: { status: 'unavailable', problem: expect.stringMatching(/^No Socket Mode connection with Slack for \d+ seconds? \(Slack has Socket Mode turned off for this app\)$/) },
    });
    await expectNothingLeftRunningAfterStop(running);
  });

  it.each([
    ['a refused token', { error: 'invalid_auth' }, 'Slack refuses SLACK_APP_TOKEN: invalid_auth'],
    ['Slack out of reach', { status: 503 }, 'Slack cannot be reached: http_503'],
  ] as const)('names %s in /healthz once the reconnection has failed for longer than the grace', async (_case, fault, cause) => {
    const { app: running, link } = await startInSocketMode({ stableMs: 0, firstRetryMs: 60_000, slowRetryMs: 60_000, healthGraceMs: 300 });
    // The Socket Mode client asks apps.connections.open up to three times before it gives up.
    standIn.failNext('apps.connections.open', fault, 3);
    link.drop();
    // Until the reconnection has failed (the client's own retries take a second or two), the cause is not known.
    const code = cause.slice(cause.lastIndexOf(' ') + 1);
    while (!running.logLines.some((line) => line.includes(code))) await new Promise((resolve) => setTimeout(resolve, 20));
    const answer = await healthzOnce(running, 503);
    expect(answer).toEqual({ status: 503, body: { status: 'unavailable', problem: expect.stringMatching(/^No Socket Mode connection with Slack for \d+ seconds? \(/) } });
    expect(JSON.stringify(answer.body)).toContain(` (${cause})"`);
    await expectNothingLeftRunningAfterStop(running);
  });

  it('keeps /healthz at 200 through a refresh Slack asks for', async () => {
    const { app: running, link } = await startInSocketMode({ stableMs: 0, healthGraceMs: 300 });
    const answers: number[] = [];
    let asking = true;
    const watching = (async () => {
      while (asking) {
        answers.push((await healthz(running)).status);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    link.disconnect('refresh_requested');
    await nextLink();
    // Well past the grace after the old connection ended: the new one counts.
    await new Promise((resolve) => setTimeout(resolve, 700));
    asking = false;
    await watching;
    expect(answers.length).toBeGreaterThan(10);
    expect(new Set(answers)).toEqual(new Set([200]));
    await expectNothingLeftRunningAfterStop(running);
  });

  it('stops cleanly while it waits to check again after link_disabled', async () => {
    const { app: running, link } = await startInSocketMode({ slowRetryMs: 60_000 });
    link.disconnect('link_disabled');
    await link.ended;
    await expectNothingLeftRunningAfterStop(running);
    expect(standIn.calls('apps.connections.open')).toHaveLength(1);
  });

  it('stops cleanly while a new connection waits for Slack to say hello', async () => {
    const { app: running, link } = await startInSocketMode({ stableMs: 0 });
    link.disconnect('refresh_requested');
    const next = await socketMode.nextConnection();
    await expectNothingLeftRunningAfterStop(running);
    expect(await next.ended).toEqual({ appCloseCode: 1000 });
  });

  it('stops cleanly while the URL of a new connection is being asked for, closing that connection once it is open', async () => {
    const { app: running, link } = await startInSocketMode({ stableMs: 0 });
    standIn.failNext('apps.connections.open', { delayMs: 300 });
    link.drop();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(standIn.calls('apps.connections.open')).toHaveLength(2);
    app = null;
    const stopping = running.stop();
    const late = await socketMode.nextConnection();
    late.hello();
    await stopping;
    expect(await late.ended).toEqual({ appCloseCode: 1000 });
    await expectNothingLeftRunning();
  });

  it('handles once a command Slack sends again on the new connection, acked on the old one or not', async () => {
    const { app: running, link } = await startInSocketMode();
    // Acked on the old connection, sent again on the new one (the ack lost on Slack's side).
    const acked = commandPayload(PRIYA, '1001.2002.acked');
    const ackedId = link.push('slash_commands', acked);
    await link.waitForAck(ackedId);
    await running.instance.drain();
    // Slack asks for a new connection just as it sends a command: the connection is closing before
    // the app can ack it, so Slack sends it again on the next one.
    const unacked = commandPayload(MARCO, '1001.2002.unacked');
    let unackedId = '';
    link.together(() => {
      unackedId = link.push('slash_commands', unacked);
      link.disconnect('refresh_requested');
    });
    const next = await nextLink();
    await running.instance.drain();
    expect(link.frames().map((frame) => frame.envelope_id)).toEqual([ackedId]);

    await next.waitForAck(next.push('slash_commands', acked, { envelopeId: ackedId }));
    await next.waitForAck(next.push('slash_commands', unacked, { envelopeId: unackedId }));
    await running.instance.drain();
    expect(standIn.calls('chat.postMessage')).toHaveLength(2);
    expect(storedInvitations(running).map((row) => row.request_key)).toEqual(['command:1001.2002.acked', 'command:1001.2002.unacked']);
    const said = loggedAbove(running, ['warn', 'error']).map((entry) => entry.msg);
    // A check is acked once stored: the ack that could not leave is logged, the card went out
    // from the first delivery, and the one Slack sent again is dropped as a repeat.
    expect(said).toContain('Could not ack the request; its work goes on all the same');
    expect(running.logLines.join('\n')).toContain('Dropped a repeated delivery');
    expect(said).not.toContain('Unhandled error in a listener');
  }, 20_000);

  it('answers a command that acks at once (help) when Slack sends it again after its ack could not leave', async () => {
    const { app: running, link } = await startInSocketMode();
    const help = commandPayload('help', '1001.2002.help');
    let helpId = '';
    link.together(() => {
      helpId = link.push('slash_commands', help);
      link.disconnect('refresh_requested');
    });
    const next = await nextLink();
    await running.instance.drain();
    expect(link.frames().map((frame) => frame.envelope_id)).toEqual([]);
    const answer = await next.waitForAck(next.push('slash_commands', help, { envelopeId: helpId }));
    expect(JSON.stringify(answer)).toContain('/invite-check');
    const said = loggedAbove(running, ['warn', 'error']).map((entry) => entry.msg);
    expect(said).toContain('The Socket Mode connection closed before a request could be acknowledged; it is handled when Slack sends it again');
    expect(running.logLines.join('\n')).not.toContain('Dropped a repeated delivery');
  }, 20_000);

  it('handles once an event Slack retries on the new connection after the old one closed before its ack', async () => {
    const { app: running, link } = await startInSocketMode();
    let envelopeId = '';
    link.together(() => {
      envelopeId = link.push('events_api', homeOpened('Ev0ACKLOST1'), { retryAttempt: 0, retryReason: '' });
      link.disconnect('refresh_requested');
    });
    const next = await nextLink();
    await next.waitForAck(next.push('events_api', homeOpened('Ev0ACKLOST1'), { envelopeId, retryAttempt: 1, retryReason: 'timeout' }));
    await running.instance.drain();
    await next.waitForAck(next.push('events_api', homeOpened('Ev0ACKLOST1'), { envelopeId, retryAttempt: 2, retryReason: 'timeout' }));
    await running.instance.drain();
    expect(standIn.calls('views.publish')).toHaveLength(1);
  }, 20_000);

});
