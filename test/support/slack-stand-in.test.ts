import { createHmac } from 'node:crypto';
import { App, LogLevel } from '@slack/bolt';
import { ErrorCode, WebClient } from '@slack/web-api';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  blockActionsBody,
  plainTextValue,
  sendSignedRequest,
  signSlackRequest,
  slashCommandBody,
  staticSelectValue,
  viewSubmissionBody,
} from './slack-requests.js';
import { type SlackStandIn, startSlackStandIn } from './slack-stand-in.js';

const TEAM = 'T0STANDIN1';
const USER = 'U0ALICE001';

let standIn: SlackStandIn;

beforeAll(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
});
afterEach(() => standIn.reset());
afterAll(async () => {
  await standIn.close();
});

/** A client that never retries, so faults surface immediately. */
function strictClient(extra: { rejectRateLimitedCalls?: boolean; timeout?: number } = {}): WebClient {
  return new WebClient('xoxb-test', {
    slackApiUrl: standIn.apiUrl,
    retryConfig: { retries: 0 },
    logLevel: LogLevel.ERROR,
    ...extra,
  });
}

describe('Slack stand-in against the real WebClient', () => {
  it('records chat.postMessage with parsed blocks, the bearer token and Slack-shaped answer', async () => {
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*hi*' } }];
    const result = await strictClient().chat.postMessage({ channel: USER, text: 'hi', blocks });

    expect(result.ok).toBe(true);
    expect(result.channel).toBe('D0ALICE001');
    expect(result.ts).toMatch(/^\d{10}\.\d{6}$/);
    const [call] = standIn.calls('chat.postMessage');
    expect(call?.args).toMatchObject({ channel: USER, text: 'hi', blocks });
    expect(call?.token).toBe('xoxb-test');
    expect(call?.fault).toBeUndefined();
    expect(call?.response).toMatchObject({ ok: true, ts: result.ts });

    const second = await strictClient().chat.postMessage({ channel: 'C0GENERAL1', text: 'again' });
    expect(Number(second.ts)).toBeGreaterThan(Number(result.ts));
  });

  it('answers a queued {error} as a platform error carrying data.error', async () => {
    standIn.failNext('chat.postMessage', { error: 'not_in_channel' });
    const attempt = strictClient().chat.postMessage({ channel: 'C0PRIVATE1', text: 'x' });

    await expect(attempt).rejects.toMatchObject({
      code: ErrorCode.PlatformError,
      data: { ok: false, error: 'not_in_channel' },
    });
    expect(standIn.calls('chat.postMessage')[0]?.fault).toEqual({ error: 'not_in_channel' });
    // Only the next call was faulted.
    await expect(strictClient().chat.postMessage({ channel: 'C0PRIVATE1', text: 'x' })).resolves.toMatchObject({
      ok: true,
    });
  });

  it('answers a queued 429 with Retry-After; rejectRateLimitedCalls surfaces retryAfter', async () => {
    standIn.failNext('users.info', { status: 429, retryAfter: 7 });
    const attempt = strictClient({ rejectRateLimitedCalls: true }).users.info({ user: USER });

    await expect(attempt).rejects.toMatchObject({ code: ErrorCode.RateLimitedError, retryAfter: 7 });
  });

  it('lets the default client wait out Retry-After and retry successfully', async () => {
    standIn.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const client = new WebClient('xoxb-test', { slackApiUrl: standIn.apiUrl, logLevel: LogLevel.ERROR });
    const started = Date.now();

    const result = await client.chat.postMessage({ channel: 'C0GENERAL1', text: 'eventually' });

    expect(result.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    const calls = standIn.calls('chat.postMessage');
    expect(calls.map((c) => c.fault)).toEqual([{ status: 429, retryAfter: 1 }, undefined]);
  });

  it('answers HTTP status faults with an HTTP error and delays with late answers', async () => {
    standIn.failNext('views.open', { status: 503 });
    await expect(strictClient().views.open({ trigger_id: 't', view: modal() })).rejects.toMatchObject({
      code: ErrorCode.HTTPError,
      statusCode: 503,
    });

    standIn.failNext('views.open', { delayMs: 500 });
    await expect(
      strictClient({ timeout: 100 }).views.open({ trigger_id: 't', view: modal() }),
    ).rejects.toMatchObject({ code: ErrorCode.RequestError });
    expect(standIn.calls('views.open')).toHaveLength(2);
  });

  it('counts a fault down over `times` calls', async () => {
    standIn.failNext('auth.test', { error: 'invalid_auth' }, 2);
    const client = strictClient();
    await expect(client.auth.test()).rejects.toMatchObject({ data: { error: 'invalid_auth' } });
    await expect(client.auth.test()).rejects.toMatchObject({ data: { error: 'invalid_auth' } });
    await expect(client.auth.test()).resolves.toMatchObject({ ok: true, team_id: TEAM, user_id: standIn.botUserId });
  });

  it('answers users.info from setUser, with Europe/London by default', async () => {
    standIn.setUser({ id: 'U0BOB00001', tz: 'America/New_York', real_name: 'Bob' });
    const client = strictClient();

    const bob = await client.users.info({ user: 'U0BOB00001' });
    expect(bob.user).toMatchObject({ id: 'U0BOB00001', tz: 'America/New_York', real_name: 'Bob', team_id: TEAM });
    expect([-18000, -14400]).toContain(bob.user?.tz_offset);

    const stranger = await client.users.info({ user: 'U0NOBODY01' });
    expect(stranger.user).toMatchObject({ id: 'U0NOBODY01', tz: 'Europe/London', deleted: false });

    standIn.failNext('users.info', { error: 'user_not_found' });
    await expect(client.users.info({ user: 'U0GONE0001' })).rejects.toMatchObject({
      data: { error: 'user_not_found' },
    });
  });

  it('answers conversations.open and views.* like Slack', async () => {
    const client = strictClient();
    const opened = await client.conversations.open({ users: USER });
    expect(opened.channel?.id).toBe('D0ALICE001');

    const view = await client.views.open({ trigger_id: 't', view: modal() });
    expect(view.view).toMatchObject({ callback_id: 'invite_form', type: 'modal' });
    expect(view.view?.id).toMatch(/^V/);
    const updated = await client.views.update({ view_id: view.view?.id ?? '', view: modal() });
    expect(updated.view?.id).toBe(view.view?.id);
    expect(standIn.calls('views.update')[0]?.args.view).toMatchObject({ callback_id: 'invite_form' });
  });

  it('waitForCall resolves for a future call and times out with the recorded methods', async () => {
    const client = strictClient();
    await client.auth.test();
    const waiting = standIn.waitForCall('chat.postEphemeral', (c) => c.args.user === USER);
    await client.chat.postEphemeral({ channel: 'C0GENERAL1', user: USER, text: 'only you' });
    await expect(waiting).resolves.toMatchObject({ args: { user: USER, text: 'only you' } });

    await expect(standIn.waitForCall('chat.update', undefined, 50)).rejects.toThrow(
      /no chat\.update call within 50ms[\s\S]*auth\.test, chat\.postEphemeral/,
    );
  });

  it('records response_url posts as Bolt sends them', async () => {
    const url = standIn.responseUrl('cmd-1');
    const waiting = standIn.waitForResponsePost((p) => p.id === 'cmd-1');
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'done', response_type: 'ephemeral' }),
    });

    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
    await expect(waiting).resolves.toMatchObject({ id: 'cmd-1', body: { text: 'done' } });
    expect(standIn.responsePosts('cmd-1')).toHaveLength(1);
  });
});

describe('signed requests', () => {
  it('signs like Slack (documented example)', () => {
    const secret = '8f742231b10e8888abcd99yyyzzz85a5';
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    const expected = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';

    const byHand = `v0=${createHmac('sha256', secret).update(`v0:1531420618:${body}`).digest('hex')}`;
    expect(byHand).toBe(expected);
    expect(signSlackRequest(secret, body, 1531420618)).toBe(expected);
  });
});

describe('driving a real Bolt app through the stand-in', () => {
  const secret = 'test-signing-secret';
  let app: App;
  let eventsUrl: string;
  const seen: { action?: unknown; submission?: unknown } = {};

  beforeAll(async () => {
    app = new App({
      token: 'xoxb-test',
      signingSecret: secret,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: standIn.apiUrl, retryConfig: { retries: 0 } },
    });
    app.command('/invite-check', async ({ ack, respond, client, command }) => {
      await ack();
      await respond({ text: `checking ${command.text}` });
      await client.chat.postMessage({ channel: command.user_id, text: 'dm' });
    });
    app.action('approve', async ({ ack, body }) => {
      await ack();
      seen.action = body;
    });
    app.view('invite_form', async ({ ack, view }) => {
      seen.submission = view.state.values;
      await ack({ response_action: 'errors', errors: { name_block: 'Too short' } });
    });
    const server = await app.start(0);
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('Bolt server has no TCP address');
    eventsUrl = `http://127.0.0.1:${address.port}/slack/events`;
  });
  afterAll(async () => {
    await app.stop();
  });

  it('accepts a signed slash command; respond and client calls reach the stand-in', async () => {
    const body = slashCommandBody({
      text: 'jane doe',
      user_id: USER,
      team_id: TEAM,
      channel_id: 'C0GENERAL1',
      response_url: standIn.responseUrl('cmd'),
    });
    const res = await sendSignedRequest(eventsUrl, body, { secret });

    expect(res.status).toBe(200);
    await expect(standIn.waitForResponsePost((p) => p.id === 'cmd')).resolves.toMatchObject({
      body: { text: 'checking jane doe' },
    });
    const dm = await standIn.waitForCall('chat.postMessage');
    // Bolt adds the authorized team_id to every call made through the listener's client.
    expect(dm.args).toMatchObject({ channel: USER, text: 'dm', team_id: TEAM });
  });

  it('rejects forged, stale and unsigned requests with 401', async () => {
    const body = slashCommandBody({
      text: 'x',
      user_id: USER,
      team_id: TEAM,
      channel_id: 'C0GENERAL1',
      response_url: standIn.responseUrl(),
    });
    const forged = await sendSignedRequest(eventsUrl, body, { secret: 'wrong-secret' });
    const stale = await sendSignedRequest(eventsUrl, body, { secret, timestamp: Math.floor(Date.now() / 1000) - 600 });
    const unsigned = await sendSignedRequest(eventsUrl, body, { secret, signature: null });

    expect([forged.status, stale.status, unsigned.status]).toEqual([401, 401, 401]);
    expect(standIn.calls()).toHaveLength(0);
  });

  it('delivers block_actions and view_submission payloads Bolt understands', async () => {
    const action = await sendSignedRequest(
      eventsUrl,
      blockActionsBody({
        user_id: USER,
        team_id: TEAM,
        action_id: 'approve',
        value: 'invite-42',
        channel_id: 'C0GENERAL1',
        message_ts: '1700000000.000100',
        response_url: standIn.responseUrl(),
      }),
      { secret },
    );
    expect(action.status).toBe(200);
    expect(seen.action).toMatchObject({
      type: 'block_actions',
      container: { type: 'message', channel_id: 'C0GENERAL1', message_ts: '1700000000.000100' },
      actions: [{ action_id: 'approve', value: 'invite-42', type: 'button' }],
    });

    const values = {
      name_block: { name: plainTextValue('Al') },
      role_block: { role: staticSelectValue('engineer') },
    };
    const submission = await sendSignedRequest(
      eventsUrl,
      viewSubmissionBody({ user_id: USER, team_id: TEAM, callback_id: 'invite_form', values }),
      { secret },
    );
    expect(submission.status).toBe(200);
    expect(submission.json).toEqual({ response_action: 'errors', errors: { name_block: 'Too short' } });
    expect(seen.submission).toEqual(values);
  });
});

function modal(): { type: 'modal'; callback_id: string; title: { type: 'plain_text'; text: string }; blocks: [] } {
  return { type: 'modal', callback_id: 'invite_form', title: { type: 'plain_text', text: 'Invite' }, blocks: [] };
}
