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

/**
 * Starts the app as `npm start` would with SLACK_APP_TOKEN set (PORT 0: /healthz on a free port),
 * answering its connection with Slack's `hello`, without which start() would not finish.
 */
async function startInSocketMode(): Promise<{ app: TestApp; link: SocketModeConnection }> {
  const starting = startTestApp({ standIn, databasePath: database.path, env: { SLACK_APP_TOKEN: APP_TOKEN } });
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
    expect(said).toContain('The Socket Mode connection closed before a request could be acknowledged; it is handled when Slack sends it again');
    expect(said).not.toContain('Unhandled error in a listener');
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

  it('refuses to start with one line naming SLACK_APP_TOKEN when Slack rejects it', async () => {
    standIn.failNext('apps.connections.open', { error: 'invalid_auth' });
    await expect(startTestApp({ standIn, databasePath: database.path, env: { SLACK_APP_TOKEN: APP_TOKEN } })).rejects.toThrow(
      'Slack rejected SLACK_APP_TOKEN (invalid_auth). Create an app-level token (xapp-…) with the connections:write scope under Basic Information → App-Level Tokens, and check that Socket Mode is on.',
    );
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

