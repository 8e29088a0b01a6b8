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

  it('refuses a message whose blocks hold more text than the limit it was given, as msg_blocks_too_long', async () => {
    const section = (length: number) => ({ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(length) } });
    const context = (length: number) => ({ type: 'context', elements: [{ type: 'mrkdwn', text: 'y'.repeat(length) }] });
    standIn.refuseBlockTextOver(5000);
    try {
      // 3,000 + 2,001 characters of text across two blocks, each within its own limit.
      const attempt = strictClient().chat.postMessage({ channel: USER, text: 'long', blocks: [section(3000), context(2001)] });
      await expect(attempt).rejects.toMatchObject({ code: ErrorCode.PlatformError, data: { ok: false, error: 'msg_blocks_too_long' } });
      expect(standIn.calls('chat.postMessage')[0]?.fault).toEqual({ error: 'msg_blocks_too_long' });
      expect(standIn.messages(USER)).toEqual([]);
      // At the limit it is taken, and chat.update is measured the same way.
      const posted = await strictClient().chat.postMessage({ channel: USER, text: 'fits', blocks: [section(3000), context(2000)] });
      const update = strictClient().chat.update({ channel: String(posted.channel), ts: String(posted.ts), text: 'longer', blocks: [section(3000), context(2001)] });
      await expect(update).rejects.toMatchObject({ data: { error: 'msg_blocks_too_long' } });
      // Only the methods named are measured.
      standIn.refuseBlockTextOver(10, ['chat.update']);
      await expect(strictClient().chat.postMessage({ channel: USER, text: 'fits', blocks: [section(3000)] })).resolves.toMatchObject({ ok: true });
    } finally {
      standIn.refuseBlockTextOver(null);
    }
    await expect(strictClient().chat.postMessage({ channel: USER, text: 'any', blocks: [section(3000), section(3000), section(3000), section(3000)] })).resolves.toMatchObject({ ok: true });
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

  it('holds the next answer of a method until released, recording the call as it arrives', async () => {
    const release = standIn.holdNext('users.info');
    let answered = false;
    const asked = strictClient()
      .users.info({ user: USER })
      .then((result) => {
        answered = true;
        return result;
      });
    await standIn.waitForCall('users.info');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false);
    // The next call of the method is answered meanwhile: only the one call is held.
    await expect(strictClient().users.info({ user: USER })).resolves.toMatchObject({ ok: true });
    release();
    await expect(asked).resolves.toMatchObject({ ok: true, user: { id: USER } });
    expect(standIn.calls('users.info').map((call) => call.fault)).toEqual([undefined, undefined]);
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

describe('message store and conversations.history', () => {
  const DM = 'D0ALICE001';
  const CHANNEL = 'C0HISTORY1';
  const receipt = { event_type: 'invite_check_dm', event_payload: { kind: 'nudge', id: 42 } };

  /** Posts `count` messages to `channel` one after another; their ts values, oldest first. */
  async function postMany(client: WebClient, channel: string, count: number): Promise<string[]> {
    const tss: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const posted = await client.chat.postMessage({ channel, text: `m${i}` });
      tss.push(posted.ts ?? '');
    }
    return tss;
  }

  function tsOf(messages: unknown[] | undefined): unknown[] {
    return (messages ?? []).map((m) => (typeof m === 'object' && m !== null && 'ts' in m ? m.ts : undefined));
  }

  it('keeps a DM posted to a user ID, with its metadata only under include_all_metadata', async () => {
    const client = strictClient();
    const posted = await client.chat.postMessage({ channel: USER, text: 'your nudge', metadata: receipt });
    expect(posted.channel).toBe(DM);

    const withMetadata = await client.conversations.history({ channel: DM, include_all_metadata: true });
    expect(withMetadata).toMatchObject({
      ok: true,
      has_more: false,
      pin_count: 0,
      channel_actions_ts: null,
      channel_actions_count: 0,
      response_metadata: { next_cursor: '' },
    });
    expect(withMetadata.messages).toEqual([
      {
        type: 'message',
        text: 'your nudge',
        user: standIn.botUserId,
        bot_id: 'B0BOTID001',
        app_id: 'A0STANDIN1',
        team: TEAM,
        ts: posted.ts,
        metadata: receipt,
      },
    ]);

    const plain = await client.conversations.history({ channel: DM });
    expect(plain.messages).toHaveLength(1);
    expect(plain.messages?.[0]).toMatchObject({ ts: posted.ts, text: 'your nudge' });
    expect(plain.messages?.[0]).not.toHaveProperty('metadata');

    // The accessor shows the same (with metadata), by channel or by user ID, and hands out copies.
    expect(standIn.messages(DM)).toEqual(withMetadata.messages);
    expect(standIn.messages(USER)).toEqual(withMetadata.messages);
    const copy = standIn.messages(DM)[0];
    if (copy !== undefined) copy.text = 'changed';
    expect(standIn.messages(DM)[0]?.text).toBe('your nudge');
  });

  it('answers an empty list for a quiet channel and channel_not_found without a channel', async () => {
    const client = strictClient();
    await expect(client.conversations.history({ channel: 'C0NOBODY01' })).resolves.toMatchObject({
      ok: true,
      messages: [],
      has_more: false,
      response_metadata: { next_cursor: '' },
    });
    await expect(client.apiCall('conversations.history', {})).rejects.toMatchObject({
      data: { ok: false, error: 'channel_not_found' },
    });
    await expect(client.apiCall('conversations.history', { channel: CHANNEL, limit: 'ten' })).rejects.toMatchObject({
      data: { error: 'invalid_limit' },
    });
    await expect(client.conversations.history({ channel: CHANNEL, cursor: 'not-a-cursor' })).rejects.toMatchObject({
      data: { error: 'invalid_cursor' },
    });
  });

  it('filters by oldest/latest, exclusive unless inclusive, newest first', async () => {
    const client = strictClient();
    const ts = await postMany(client, CHANNEL, 5);
    const [t0, t1, t2, t3, t4] = ts;

    const between = await client.conversations.history({ channel: CHANNEL, oldest: t1, latest: t3 });
    expect(tsOf(between.messages)).toEqual([t2]);
    const inclusive = await client.conversations.history({ channel: CHANNEL, oldest: t1, latest: t3, inclusive: true });
    expect(tsOf(inclusive.messages)).toEqual([t3, t2, t1]);
    const sinceOldest = await client.conversations.history({ channel: CHANNEL, oldest: t2 });
    expect(tsOf(sinceOldest.messages)).toEqual([t4, t3]);
    const beforeLatest = await client.conversations.history({ channel: CHANNEL, latest: t2, inclusive: true });
    expect(tsOf(beforeLatest.messages)).toEqual([t2, t1, t0]);
    const all = await client.conversations.history({ channel: CHANNEL });
    expect(tsOf(all.messages)).toEqual([...ts].reverse());
    // Other channels are untouched.
    expect(standIn.messages('C0ELSEWHER')).toEqual([]);
  });

  it('pages with limit and cursor: every message once, newest first, the same query throughout', async () => {
    const client = strictClient();
    const ts = await postMany(client, CHANNEL, 8);
    const oldest = ts[0];
    const seen: unknown[] = [];
    const pages: { size: number; hasMore: boolean | undefined }[] = [];
    let cursor: string | undefined;
    // Capped, so a cursor that never runs out fails the test instead of hanging it.
    do {
      const page = await client.conversations.history({ channel: CHANNEL, oldest, limit: 3, ...(cursor === undefined ? {} : { cursor }) });
      seen.push(...tsOf(page.messages));
      pages.push({ size: page.messages?.length ?? 0, hasMore: page.has_more });
      cursor = page.response_metadata?.next_cursor;
      if (page.has_more === true) expect(cursor).not.toBe('');
    } while (cursor !== undefined && cursor !== '' && pages.length < 10);

    expect(pages).toEqual([
      { size: 3, hasMore: true },
      { size: 3, hasMore: true },
      { size: 1, hasMore: false },
    ]);
    // oldest is exclusive, so the first message is not there.
    expect(seen).toEqual(ts.slice(1).reverse());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('refuses malformed metadata with invalid_metadata_format and stores nothing', async () => {
    const client = strictClient();
    const malformed: unknown[] = [
      { event_type: '', event_payload: {} },
      { event_type: 'x' },
      { event_type: 'x', event_payload: 'flat' },
      { event_type: 7, event_payload: {} },
      ['x'],
      'not json {',
    ];
    for (const metadata of malformed) {
      await expect(client.apiCall('chat.postMessage', { channel: USER, text: 'x', metadata })).rejects.toMatchObject({
        data: { ok: false, error: 'invalid_metadata_format' },
      });
    }
    expect(standIn.messages(DM)).toEqual([]);
    // Without metadata a post is fine.
    await expect(client.chat.postMessage({ channel: USER, text: 'plain' })).resolves.toMatchObject({ ok: true });
    expect(standIn.messages(DM).map((m) => m.text)).toEqual(['plain']);
  });

  it('stores nothing for queued error or status faults, nor for chat.postEphemeral', async () => {
    const client = strictClient();
    standIn.failNext('chat.postMessage', { error: 'channel_not_found' });
    standIn.failNext('chat.postMessage', { status: 500 });
    await expect(client.chat.postMessage({ channel: USER, text: 'a' })).rejects.toMatchObject({ data: { error: 'channel_not_found' } });
    await expect(client.chat.postMessage({ channel: USER, text: 'b' })).rejects.toMatchObject({ statusCode: 500 });
    await client.chat.postEphemeral({ channel: DM, user: USER, text: 'only you' });
    expect(standIn.messages(DM)).toEqual([]);
  });

  it('stores a post when it arrives, even while a delayMs fault holds back the answer', async () => {
    standIn.failNext('chat.postMessage', { delayMs: 300 });
    const pending = strictClient().chat.postMessage({ channel: USER, text: 'slow', metadata: receipt });
    const call = await standIn.waitForCall('chat.postMessage');
    let answered = false;
    void pending.then(() => {
      answered = true;
    });

    const history = await strictClient().conversations.history({ channel: DM, include_all_metadata: true });
    expect(answered).toBe(false);
    expect(history.messages).toEqual([expect.objectContaining({ text: 'slow', metadata: receipt, ts: call.response.ts })]);

    const posted = await pending;
    expect(posted.ts).toBe(call.response.ts);
  });

  it('stores the post even when the sender gives up before the answer (timeout)', async () => {
    standIn.failNext('chat.postMessage', { delayMs: 300 });
    await expect(
      strictClient({ timeout: 50 }).chat.postMessage({ channel: USER, text: 'lost answer', metadata: receipt }),
    ).rejects.toMatchObject({ code: ErrorCode.RequestError });
    const history = await strictClient().conversations.history({ channel: DM, include_all_metadata: true });
    expect(history.messages).toEqual([expect.objectContaining({ text: 'lost answer', metadata: receipt })]);
  });

  it('reflects chat.update and chat.delete', async () => {
    const client = strictClient();
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*card*' } }];
    const first = await client.chat.postMessage({ channel: USER, text: 'card', blocks, metadata: receipt });
    const second = await client.chat.postMessage({ channel: USER, text: 'second' });
    const channel = first.channel ?? '';

    // Text without blocks drops the old blocks; metadata not given is kept.
    await client.chat.update({ channel, ts: first.ts ?? '', text: 'card (decided)' });
    expect(standIn.messages(DM)[0]).toMatchObject({ ts: first.ts, text: 'card (decided)', metadata: receipt });
    expect(standIn.messages(DM)[0]).not.toHaveProperty('blocks');

    const newBlocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*redrawn*' } }];
    const newMetadata = { event_type: 'invite_check_dm', event_payload: { kind: 'nudge', id: 43 } };
    await client.chat.update({ channel, ts: first.ts ?? '', blocks: newBlocks, metadata: newMetadata });
    expect(standIn.messages(DM)[0]).toMatchObject({ text: 'card (decided)', blocks: newBlocks, metadata: newMetadata });

    await expect(client.apiCall('chat.update', { channel, ts: first.ts, text: 'x', metadata: { event_type: 'x' } })).rejects.toMatchObject({
      data: { error: 'invalid_metadata_format' },
    });
    expect(standIn.messages(DM)[0]).toMatchObject({ text: 'card (decided)', metadata: newMetadata });

    await client.chat.delete({ channel, ts: second.ts ?? '' });
    const history = await client.conversations.history({ channel: DM, include_all_metadata: true });
    expect(tsOf(history.messages)).toEqual([first.ts]);
    expect(history.messages?.[0]).toMatchObject({ blocks: newBlocks, metadata: newMetadata });
  });

  it('keeps thread replies out of history unless broadcast', async () => {
    const client = strictClient();
    const parent = await client.chat.postMessage({ channel: CHANNEL, text: 'parent' });
    await client.chat.postMessage({ channel: CHANNEL, text: 'reply', thread_ts: parent.ts ?? '' });
    await client.chat.postMessage({ channel: CHANNEL, text: 'loud reply', thread_ts: parent.ts ?? '', reply_broadcast: true });

    const history = await client.conversations.history({ channel: CHANNEL });
    expect(history.messages?.map((m) => m.text)).toEqual(['loud reply', 'parent']);
    expect(standIn.messages(CHANNEL).map((m) => m.text)).toEqual(['parent', 'reply', 'loud reply']);
  });

  it('links a stored message with chat.getPermalink, a thread reply with its thread, and nothing else', async () => {
    const client = strictClient();
    const parent = await client.chat.postMessage({ channel: CHANNEL, text: 'parent' });
    const reply = await client.chat.postMessage({ channel: CHANNEL, text: 'reply', thread_ts: parent.ts ?? '' });
    const dm = await client.chat.postMessage({ channel: USER, text: 'in the DM' });
    const digits = (ts: string | undefined) => (ts ?? '').replace('.', '');

    await expect(client.chat.getPermalink({ channel: CHANNEL, message_ts: parent.ts ?? '' })).resolves.toMatchObject({
      ok: true,
      channel: CHANNEL,
      permalink: `https://standin.slack.com/archives/${CHANNEL}/p${digits(parent.ts)}`,
    });
    await expect(client.chat.getPermalink({ channel: CHANNEL, message_ts: reply.ts ?? '' })).resolves.toMatchObject({
      permalink: `https://standin.slack.com/archives/${CHANNEL}/p${digits(reply.ts)}?thread_ts=${parent.ts ?? ''}&cid=${CHANNEL}`,
    });
    await expect(client.chat.getPermalink({ channel: DM, message_ts: dm.ts ?? '' })).resolves.toMatchObject({
      permalink: `https://standin.slack.com/archives/${DM}/p${digits(dm.ts)}`,
    });
    await expect(client.chat.getPermalink({ channel: CHANNEL, message_ts: '1600000000.000100' })).rejects.toMatchObject({ data: { error: 'message_not_found' } });
    await expect(client.chat.getPermalink({ channel: '', message_ts: parent.ts ?? '' })).rejects.toMatchObject({ data: { error: 'channel_not_found' } });
  });

  it('reset() forgets the stored messages but keeps ts values increasing', async () => {
    const client = strictClient();
    const before = await client.chat.postMessage({ channel: CHANNEL, text: 'before' });
    standIn.reset();
    expect(standIn.messages(CHANNEL)).toEqual([]);
    await expect(client.conversations.history({ channel: CHANNEL })).resolves.toMatchObject({ messages: [] });
    const after = await client.chat.postMessage({ channel: CHANNEL, text: 'after' });
    expect(BigInt((after.ts ?? '').replace('.', ''))).toBeGreaterThan(BigInt((before.ts ?? '').replace('.', '')));
  });
});

describe('the clock option', () => {
  let now = 0;
  let clocked: SlackStandIn;
  const client = (): WebClient =>
    new WebClient('xoxb-test', { slackApiUrl: clocked.apiUrl, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });

  beforeAll(async () => {
    clocked = await startSlackStandIn({ teamId: TEAM, clock: () => now });
  });
  afterAll(async () => {
    await clocked.close();
  });

  async function post(text: string): Promise<string> {
    return (await client().chat.postMessage({ channel: 'C0CLOCKED1', text })).ts ?? '';
  }

  it('takes the ts second from the clock and stays strictly increasing when it stands still or goes back', async () => {
    now = Date.UTC(2025, 5, 1, 12, 0, 0, 750);
    const second = String(Math.floor(now / 1000));
    const standing = [await post('a'), await post('b'), await post('c')];
    for (const ts of standing) expect(ts).toMatch(new RegExp(`^${second}\\.\\d{6}$`));
    now -= 60_000;
    const back = await post('d');
    const all = [...standing, back];
    const micros = all.map((ts) => BigInt(ts.replace('.', '')));
    for (let i = 1; i < micros.length; i += 1) expect(micros[i]).toBe((micros[i - 1] ?? 0n) + 100n);

    now += 120_000;
    const later = await post('e');
    expect(later.split('.')[0]).toBe(String(Math.floor(now / 1000)));
    expect(new Set([...all, later]).size).toBe(5);
  });

  it('setClock switches clocks between runs; ts values never decrease, even back on the counter', async () => {
    const last = await post('before');
    clocked.setClock(() => 999_999_999_000);
    const behind = await post('clock behind');
    expect(BigInt(behind.replace('.', ''))).toBe(BigInt(last.replace('.', '')) + 100n);

    // A clock in 2286: the ts gains a digit, which numeric (not string) ordering must handle.
    clocked.setClock(() => 10_000_000_000_000);
    const ahead = await post('clock ahead');
    expect(ahead.split('.')[0]).toBe('10000000000');
    clocked.setClock(null);
    const counter = await post('no clock');
    expect(BigInt(counter.replace('.', ''))).toBe(BigInt(ahead.replace('.', '')) + 100n);

    const history = await client().conversations.history({ channel: 'C0CLOCKED1', limit: 4 });
    expect(history.messages?.map((m) => m.ts)).toEqual([counter, ahead, behind, last]);
    const beforeAhead = await client().conversations.history({ channel: 'C0CLOCKED1', latest: ahead, limit: 1 });
    expect(beforeAhead.messages?.map((m) => m.ts)).toEqual([behind]);
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
