import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepThankYous } from '../../src/jobs/thank-you-sweep.js';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { allText, buttonValue } from '../support/calls.js';
import {
  callsSince,
  commandFrom,
  expectCleanOutput,
  expectCleanWords,
  homeOpened,
  mark,
  postsSince,
  snapshotDatabase,
  startRecordingServer,
  startSecurityApp,
  type RecordingServer,
} from '../support/security-app.js';
import { securityTally } from '../support/security-figures.js';
import {
  blockActionsBody,
  freshTriggerId,
  plainTextValue,
  radioValue,
  sendSignedRequest,
  slashCommandBody,
  viewSubmissionBody,
} from '../support/slack-requests.js';
import { startSlackStandIn, type Fault, type RecordedCall, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, SIGNING_SECRET, TEAM, TEAMMATE, tempDatabasePath, type TestApp } from '../support/test-app.js';

// Slack misbehaving: deliveries repeated, and every Web API call the app makes answering with a
// rate limit, a server error, silence past the client's timeout, or one of Slack's own errors.
// The person hears where they are waiting, what was decided is kept, nudges stay due (or are
// retired for people who are gone), and nothing is sent twice.

const tally = securityTally('test/security/slack-faults.test.ts');
afterAll(() => tally.write());

/** The WebClient timeout in these tests (production uses 10 s; see src/app.ts). */
const CLIENT_TIMEOUT_MS = 1000;
const TIMEOUT: Fault = { delayMs: CLIENT_TIMEOUT_MS + 1500 };
const RATE_LIMITED: Fault = { status: 429, retryAfter: 1 };
const SERVER_ERROR: Fault = { status: 500 };
const UNAVAILABLE: Fault = { status: 503 };

// Tuesday 24 November 2026, 10:00 in London; the nudge after an Accept is due Wednesday 09:00.
const TUESDAY_10AM = '2026-11-24T10:00:00Z';
const WEDNESDAY_9AM = new Date('2026-11-25T09:00:00Z');
const PRIYA = 'Priya Raman | Head of Data Partnerships at Northwind Analytics | 14 mutual | linkedin.com/in/priya-raman-data';
const OWNER_DM = `D${OWNER.slice(1)}`;

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let clock: ReturnType<typeof manualClock>;
let app: TestApp;
let target: RecordingServer;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  standIn.setUser({ id: TEAMMATE, tz: 'Europe/London', real_name: 'Ana Silva' });
  database = tempDatabasePath();
  clock = manualClock(TUESDAY_10AM);
  app = await startSecurityApp({ standIn, databasePath: database.path, clock: clock.now, webClientOptions: { timeout: CLIENT_TIMEOUT_MS } });
  target = await startRecordingServer();
});

afterEach(async () => {
  await app.stop();
  await standIn.close();
  await target.close();
  database.cleanup();
});

function inject(method: string, fault: Fault, times = 1): void {
  standIn.failNext(method, fault, times);
  tally.injected(times);
}

function describeFault(fault: Fault): string {
  if ('error' in fault) return fault.error;
  if ('delayMs' in fault) return `no answer for ${fault.delayMs} ms`;
  return 'retryAfter' in fault ? `429 Retry-After ${fault.retryAfter}` : `HTTP ${fault.status}`;
}

function count(sql: string, ...params: unknown[]): number {
  return (app.db.prepare(sql).get(...params) as { n: number }).n;
}

interface Card {
  id: number;
  ts: string;
}

async function check(text = PRIYA, user = OWNER): Promise<Card> {
  const at = mark(standIn);
  await commandFrom(app, standIn, { text, user });
  const card = callsSince(standIn, at).find((call) => call.method === 'chat.postMessage' && call.fault === undefined);
  return { id: Number(buttonValue(card, ACTIONS.accept)), ts: String(card?.response.ts) };
}

function click(card: Card, actionId: string, opts: { user?: string; replyTo?: string; triggerId?: string } = {}) {
  return app.send(
    blockActionsBody({
      team_id: TEAM,
      user_id: opts.user ?? OWNER,
      action_id: actionId,
      value: String(card.id),
      block_id: `decide:${card.id}`,
      channel_id: CHANNEL,
      message_ts: card.ts,
      response_url: opts.replyTo ?? standIn.responseUrl('click'),
      ...(opts.triggerId ? { trigger_id: opts.triggerId } : {}),
    }),
  );
}

/** A click on the Home tab: a view container, which carries no response_url. */
function homeClick(actionId: string, value: string, user = OWNER) {
  return app.send(blockActionsBody({ team_id: TEAM, user_id: user, action_id: actionId, value, view: { id: 'V0HOMETAB1', type: 'home', callback_id: '' } }));
}

let viewCounter = 0;
function submit(callbackId: string, invitationId: number, values: Record<string, Record<string, unknown>>, user = OWNER) {
  viewCounter += 1;
  return app.send(
    viewSubmissionBody({ team_id: TEAM, user_id: user, callback_id: callbackId, private_metadata: JSON.stringify({ invitationId }), values, view_id: `V0FAULT${viewCounter}` }),
  );
}

function ephemeralWords(posts: readonly { body: Record<string, unknown> }[]): string {
  return posts.map((post) => JSON.stringify(post.body)).join('\n');
}

/** Messages posted to a DM: a D… channel, or a user id (Slack posts those in the app's DM with them). */
function dmsTo(calls: readonly RecordedCall[]): RecordedCall[] {
  return calls.filter((call) => call.method === 'chat.postMessage' && /^[DUW]/.test(String(call.args.channel)));
}

describe('repeated deliveries', () => {
  it('the same command delivered twice (same trigger_id) is handled once, whatever it asks for', async () => {
    for (const text of [PRIYA, '', 'settings', 'ignored', 'review', 'stats']) {
      const triggerId = freshTriggerId();
      const first = mark(standIn);
      const once = await commandFrom(app, standIn, { text, triggerId, responseUrlId: 'twice' });
      expect(once.status).toBe(200);
      const firstCalls = callsSince(standIn, first).length + postsSince(standIn, first).length;
      expect(firstCalls, `first delivery of ${JSON.stringify(text)}`).toBeGreaterThan(0);
      const before = snapshotDatabase(app.db);
      const second = mark(standIn);
      const again = await commandFrom(app, standIn, { text, triggerId, responseUrlId: 'twice' });
      expect(again.status).toBe(200);
      expect(callsSince(standIn, second), `second delivery of ${JSON.stringify(text)}`).toEqual([]);
      expect(postsSince(standIn, second)).toEqual([]);
      expect(snapshotDatabase(app.db)).toEqual(before);
      tally.tried();
    }
  });

  it('the same button click delivered twice, and a double click, change nothing the second time and send nothing new (Decline: its draft again)', async () => {
    for (const actionId of [ACTIONS.accept, ACTIONS.decline]) {
      const card = await check();
      const triggerId = freshTriggerId();
      await click(card, actionId, { triggerId });
      const before = snapshotDatabase(app.db);
      for (const again of [triggerId, freshTriggerId()]) {
        const at = mark(standIn);
        await click(card, actionId, { triggerId: again, replyTo: standIn.responseUrl('again') });
        expect(callsSince(standIn, at), actionId).toEqual([]);
        // A second click on Decline shows its ready-to-send draft again, only to the owner (the
        // first may have been lost in a crash); nothing else. The redelivery is handled once.
        const posts = postsSince(standIn, at);
        if (actionId === ACTIONS.decline && again !== triggerId) {
          expect(posts.map((post) => [post.body.response_type, post.body.replace_original, String(post.body.text)])).toEqual([
            ['ephemeral', false, expect.stringMatching(/^Declined Priya Raman politely\./)],
          ]);
        } else {
          expect(posts, actionId).toEqual([]);
        }
        expect(snapshotDatabase(app.db)).toEqual(before);
        tally.tried();
      }
    }
  });

  it('the same modal submission delivered twice is recorded once', async () => {
    const card = await check();
    const body = viewSubmissionBody({
      team_id: TEAM,
      user_id: TEAMMATE,
      callback_id: VIEWS.voice,
      private_metadata: JSON.stringify({ invitationId: card.id }),
      view_id: 'V0SAMEVIEW1',
      trigger_id: freshTriggerId(),
      values: {
        [INPUTS.voiceKind.block]: { [INPUTS.voiceKind.action]: radioValue('knows') },
        [INPUTS.voiceNote.block]: { [INPUTS.voiceNote.action]: plainTextValue('worked together') },
      },
    });
    await app.send(body);
    const before = snapshotDatabase(app.db);
    const at = mark(standIn);
    await app.send(body);
    expect(callsSince(standIn, at)).toEqual([]);
    expect(snapshotDatabase(app.db)).toEqual(before);
    tally.tried();
  });

  it('a thank-you button pressed twice records once, and each press redraws the DM as it stands', async () => {
    const card = await check();
    await click(card, ACTIONS.accept);
    await sweepThankYous(app.instance.sweepDeps, WEDNESDAY_9AM);
    const dm = standIn.calls('chat.postMessage').at(-1);
    const nudgeId = buttonValue(dm, ACTIONS.nudgeSent);
    const press = () =>
      app.send(
        blockActionsBody({
          team_id: TEAM,
          user_id: OWNER,
          action_id: ACTIONS.nudgeSent,
          value: nudgeId,
          channel_id: String(dm?.response.channel),
          message_ts: String(dm?.response.ts),
          response_url: standIn.responseUrl('sent'),
        }),
      );
    const at = mark(standIn);
    await press();
    await press();
    // The second press came from a DM still showing its buttons: it is shown what is true now.
    const updates = callsSince(standIn, at);
    expect(updates.map((call) => call.method)).toEqual(['chat.update', 'chat.update']);
    expect(updates.map((call) => allText(call).includes('Sent. Nice one.'))).toEqual([true, true]);
    expect(postsSince(standIn, at)).toEqual([]);
    expect(app.db.prepare('SELECT status FROM thank_you_nudges').all()).toEqual([{ status: 'done' }]);
    tally.tried();
  });

  it('an event retried by Slack (X-Slack-Retry-Num: 1, http_timeout) does nothing new; a retry of one never seen is handled', async () => {
    const eventId = 'Ev0SAMEEVENT';
    let at = mark(standIn);
    await homeOpened(app, { user: OWNER, eventId });
    // (users.info: the Home tab's numbers use the person's time zone.)
    expect(callsSince(standIn, at).map((call) => call.method).filter((method) => method !== 'users.info')).toEqual(['views.publish']);
    for (const retry of ['1', '2']) {
      at = mark(standIn);
      const response = await homeOpened(app, { user: OWNER, eventId, headers: { 'x-slack-retry-num': retry, 'x-slack-retry-reason': 'http_timeout' } });
      expect(response.status).toBe(200);
      expect(callsSince(standIn, at), `retry ${retry}`).toEqual([]);
      tally.tried();
    }
    // The first delivery never reached us (say, a restart): the retry is the only one, and counts.
    at = mark(standIn);
    await homeOpened(app, { user: OWNER, eventId: 'Ev0NEVERSEEN', headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_error' } });
    expect(callsSince(standIn, at).map((call) => call.method)).toEqual(['views.publish']);
    tally.tried();
  });
});

describe('chat.postMessage for the card', () => {
  const faults: Fault[] = [RATE_LIMITED, SERVER_ERROR, UNAVAILABLE, TIMEOUT, { error: 'not_in_channel' }, { error: 'channel_not_found' }, { error: 'is_archived' }];

  it.each(faults.map((fault) => [describeFault(fault), fault] as const))('%s: the card is shown to the owner alone, the check is kept, nothing is doubled', async (_name, fault) => {
    inject('chat.postMessage', fault);
    const at = mark(standIn);
    await commandFrom(app, standIn, { text: PRIYA, responseUrlId: 'card' });
    expect(count('SELECT count(*) AS n FROM invitations')).toBe(1);
    const posts = standIn.responsePosts('card');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(ephemeralWords(posts)).toContain('Priya Raman');
    expect(ephemeralWords(posts)).toMatch(/only (you|to you)|visible only to you/);
    // One attempt in the channel, and no copy anywhere else.
    expect(callsSince(standIn, at).filter((call) => call.method === 'chat.postMessage')).toHaveLength(1);
    expectCleanOutput(callsSince(standIn, at), posts, [OWNER]);
    // The ephemeral card still works: Accept redraws it through the new response_url.
    const card = { id: count('SELECT max(id) AS n FROM invitations'), ts: '1' };
    await app.send(
      blockActionsBody({
        team_id: TEAM,
        user_id: OWNER,
        action_id: ACTIONS.accept,
        value: String(card.id),
        block_id: `decide:${card.id}`,
        container: { type: 'message', message_ts: '1700000000.999999', channel_id: CHANNEL, is_ephemeral: true },
        response_url: standIn.responseUrl('ephemeral-card'),
      }),
    );
    expect(app.db.prepare('SELECT status FROM invitations').get()).toEqual({ status: 'accepted' });
    expect(standIn.responsePosts('ephemeral-card').at(-1)?.body).toMatchObject({ replace_original: true });
    tally.tried();
  });

  it('when the response_url is dead as well, the card comes to the owner’s DM, once', async () => {
    for (const status of [404, 500]) {
      inject('chat.postMessage', { error: 'not_in_channel' });
      target.failNext({ status });
      tally.injected();
      const at = mark(standIn);
      await commandFrom(app, standIn, { text: `Dead Url${status} | Analyst at Firm | 2 mutual`, responseUrl: target.url });
      const posts = callsSince(standIn, at).filter((call) => call.method === 'chat.postMessage');
      expect(posts.map((call) => call.args.channel)).toEqual([CHANNEL, OWNER_DM]);
      expect(allText(posts[1])).toContain(`Dead Url${status}`);
      expectCleanOutput(callsSince(standIn, at), [], [OWNER], undefined, [CHANNEL]);
      tally.tried();
    }
  });

  it('when the DM cannot be opened either, the check is still kept and the app carries on', async () => {
    for (const error of ['user_not_found', 'account_inactive']) {
      inject('chat.postMessage', { error: 'channel_not_found' });
      target.failNext({ status: 404 });
      inject('conversations.open', { error });
      tally.injected();
      app.db.prepare('DELETE FROM slack_users').run();
      await commandFrom(app, standIn, { text: `Nowhere ${error} | Analyst at Firm | 2 mutual`, responseUrl: target.url });
      expect(count('SELECT count(*) AS n FROM invitations WHERE name = ?', `Nowhere ${error}`), error).toBe(1);
      tally.tried();
    }
    const card = await check('Still Working | Engineer at Acme | 3 mutual');
    expect(card.id).toBeGreaterThan(0);
  });
});

describe('chat.update when a decision redraws the card', () => {
  const faults: Fault[] = [RATE_LIMITED, SERVER_ERROR, TIMEOUT, { error: 'message_not_found' }, { error: 'channel_not_found' }, { error: 'not_in_channel' }, { error: 'cant_update_message' }];

  it.each(faults.map((fault) => [describeFault(fault), fault] as const))('%s on Accept: the decision and its nudge are kept, the owner is told the card is stale', async (_name, fault) => {
    const card = await check();
    inject('chat.update', fault);
    const at = mark(standIn);
    await click(card, ACTIONS.accept, { replyTo: standIn.responseUrl('accept') });
    expect(app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(card.id)).toEqual({ status: 'accepted' });
    expect(count('SELECT count(*) AS n FROM decision_events')).toBe(1);
    expect(app.db.prepare('SELECT status FROM thank_you_nudges').all()).toEqual([{ status: 'scheduled' }]);
    expect(callsSince(standIn, at).filter((call) => call.method === 'chat.update')).toHaveLength(1);
    const words = standIn.responsePosts('accept');
    expect(words).toHaveLength(1);
    expect(words[0]?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expectCleanWords(words[0]?.body.text);
    expect(String(words[0]?.body.text)).toMatch(/saved/i);
    // Slack failing or a rate limit may pass ("just now"); a refusal of this card is for good, and said so.
    expect(String(words[0]?.body.text)).toMatch('error' in fault ? /won.t let me change the card any more/i : /couldn.t update the card just now/i);
    expectCleanOutput(callsSince(standIn, at), words, [OWNER]);
    // Clicking again does not decide twice or schedule a second nudge.
    await click(card, ACTIONS.accept, { replyTo: standIn.responseUrl('accept-again') });
    expect(count('SELECT count(*) AS n FROM thank_you_nudges')).toBe(1);
    tally.tried();
  });

  it('on Decline: the draft arrives, and says the card could not be updated', async () => {
    const card = await check();
    inject('chat.update', { error: 'message_not_found' });
    await click(card, ACTIONS.decline, { replyTo: standIn.responseUrl('decline') });
    expect(app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(card.id)).toEqual({ status: 'declined' });
    const words = ephemeralWords(standIn.responsePosts('decline'));
    expect(words).toContain('Hi Priya');
    expect(words).toMatch(/won.t let me change the card any more/i);
    tally.tried();
  });

  it('after the Ignore, Block and Change modals: kept, and the owner hears it beside the card', async () => {
    const flows: { name: string; run: (card: Card) => Promise<unknown>; status: string }[] = [
      {
        name: 'ignore',
        status: 'ignored',
        run: (card) => submit(VIEWS.ignoreReason, card.id, { [INPUTS.ignoreReason.block]: { [INPUTS.ignoreReason.action]: radioValue('sales_pitch') } }),
      },
      {
        name: 'block',
        status: 'blocked',
        run: (card) => submit(VIEWS.blockReason, card.id, { [INPUTS.blockReason.block]: { [INPUTS.blockReason.action]: plainTextValue('spam') } }),
      },
      {
        name: 'change',
        status: 'ignored',
        run: async (card) => {
          await click(card, ACTIONS.accept);
          inject('chat.update', SERVER_ERROR);
          return submit(VIEWS.changeDecision, card.id, { [INPUTS.newDecision.block]: { [INPUTS.newDecision.action]: radioValue('ignored') } });
        },
      },
    ];
    for (const flow of flows) {
      const card = await check(`${flow.name} Person | Analyst at Firm | 2 mutual`);
      if (flow.name !== 'change') inject('chat.update', SERVER_ERROR);
      const at = mark(standIn);
      await flow.run(card);
      expect(app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(card.id), flow.name).toEqual({ status: flow.status });
      const told = callsSince(standIn, at).filter((call) => call.method === 'chat.postEphemeral');
      expect(told, flow.name).toHaveLength(1);
      expect(told[0]?.args).toMatchObject({ channel: CHANNEL, user: OWNER });
      expect(allText(told[0])).toMatch(/couldn.t update the card/i);
      expectCleanOutput(callsSince(standIn, at), [], [OWNER]);
      tally.tried();
    }
  });

  it('after a teammate’s word: kept, and the teammate hears the card was not updated', async () => {
    const card = await check();
    inject('chat.update', SERVER_ERROR);
    const at = mark(standIn);
    await submit(VIEWS.voice, card.id, { [INPUTS.voiceKind.block]: { [INPUTS.voiceKind.action]: radioValue('knows') } }, TEAMMATE);
    expect(count('SELECT count(*) AS n FROM teammate_voices WHERE invitation_id = ?', card.id)).toBe(1);
    const toTeammate = callsSince(standIn, at).filter((call) => call.method === 'chat.postMessage' && call.args.channel === TEAMMATE);
    expect(toTeammate).toHaveLength(1);
    expect(allText(toTeammate[0])).toMatch(/Saved: your word about \*Priya Raman\*. I couldn.t update the card/);
    expectCleanOutput(callsSince(standIn, at), [], [OWNER, TEAMMATE]);
    tally.tried();
  });
});

describe('chat.postEphemeral for the owner’s private notes', () => {
  const faults: Fault[] = [RATE_LIMITED, SERVER_ERROR, TIMEOUT, { error: 'user_not_in_channel' }, { error: 'channel_not_found' }];

  it.each(faults.map((fault) => [describeFault(fault), fault] as const))('%s on the first teammate’s word: the word is kept and the card redrawn, the note is not sent twice', async (_name, fault) => {
    const card = await check();
    inject('chat.postEphemeral', fault);
    const at = mark(standIn);
    await submit(
      VIEWS.voice,
      card.id,
      {
        [INPUTS.voiceKind.block]: { [INPUTS.voiceKind.action]: radioValue('knows') },
        [INPUTS.voiceNote.block]: { [INPUTS.voiceNote.action]: plainTextValue('we worked together') },
      },
      TEAMMATE,
    );
    expect(app.db.prepare('SELECT kind, note FROM teammate_voices').all()).toEqual([{ kind: 'knows', note: 'we worked together' }]);
    const calls = callsSince(standIn, at);
    expect(calls.filter((call) => call.method === 'chat.update')).toHaveLength(1);
    expect(calls.filter((call) => call.method === 'chat.postEphemeral')).toHaveLength(1);
    // Where Slack said plainly the note cannot go there, it goes to the owner's DM instead, once.
    const plainlyRefused = 'error' in fault;
    expect(dmsTo(calls).map((call) => call.args.channel)).toEqual(plainlyRefused ? [OWNER_DM] : []);
    // A second teammate's word does not send the first note again (a vouch: a first heads-up would be told).
    const again = mark(standIn);
    await submit(VIEWS.voice, card.id, { [INPUTS.voiceKind.block]: { [INPUTS.voiceKind.action]: radioValue('knows') } }, 'U0MATE0002');
    expect(callsSince(standIn, again).filter((call) => call.method === 'chat.postEphemeral' || dmsTo([call]).length > 0)).toEqual([]);
    tally.tried();
  });
});

describe('views.open', () => {
  const openers: { name: string; open: (card: Card) => Promise<unknown>; reply: string }[] = [
    { name: 'the form', open: () => commandFrom(app, standIn, { text: '', responseUrlId: 'open' }), reply: 'open' },
    { name: 'settings', open: () => commandFrom(app, standIn, { text: 'settings', responseUrlId: 'open' }), reply: 'open' },
    { name: 'Ignore', open: (card) => click(card, ACTIONS.ignore, { replyTo: standIn.responseUrl('open') }), reply: 'open' },
    { name: 'Block', open: (card) => click(card, ACTIONS.block, { replyTo: standIn.responseUrl('open') }), reply: 'open' },
    { name: 'I know them', open: (card) => click(card, ACTIONS.voiceKnows, { user: TEAMMATE, replyTo: standIn.responseUrl('open') }), reply: 'open' },
    {
      name: 'Change decision',
      open: async (card) => {
        await click(card, ACTIONS.accept);
        inject('views.open', { error: 'expired_trigger_id' });
        return click(card, ACTIONS.changeDecision, { replyTo: standIn.responseUrl('open') });
      },
      reply: 'open',
    },
  ];
  const faults: Fault[] = [{ error: 'expired_trigger_id' }, SERVER_ERROR, TIMEOUT, { error: 'invalid_arguments' }];

  it('every modal that cannot open tells the person how to try again, and changes nothing', async () => {
    for (const opener of openers) {
      for (const fault of opener.name === 'Change decision' ? [{ error: 'expired_trigger_id' }] : faults) {
        const card = await check(`${opener.name.replace(/\W/g, '')} Person | Analyst at Firm | 2 mutual`);
        if (opener.name !== 'Change decision') inject('views.open', fault);
        const before = snapshotDatabase(app.db);
        const at = mark(standIn);
        await opener.open(card);
        const label = `${opener.name} / ${describeFault(fault)}`;
        if (opener.name !== 'Change decision') expect(snapshotDatabase(app.db), label).toEqual(before);
        expect(callsSince(standIn, at).filter((call) => call.method === 'views.open'), label).toHaveLength(1);
        const words = postsSince(standIn, at).filter((post) => post.id === opener.reply);
        expect(words, label).toHaveLength(1);
        expect(words[0]?.body, label).toMatchObject({ response_type: 'ephemeral', replace_original: false });
        expectCleanWords(words[0]?.body.text);
        expect(String(words[0]?.body.text), label).toMatch('error' in fault && fault.error === 'expired_trigger_id' ? /took too long/ : /couldn't open the form/);
        tally.tried();
      }
    }
  });

  it('a modal opened from the Home tab, which has no response_url, still gets its word to the person (by DM)', async () => {
    for (const fault of [{ error: 'expired_trigger_id' }, SERVER_ERROR] as const) {
      inject('views.open', fault);
      const at = mark(standIn);
      await homeClick(ACTIONS.openSettings, 'settings');
      const dms = dmsTo(callsSince(standIn, at));
      expect(dms, describeFault(fault)).toHaveLength(1);
      expect(allText(dms[0])).toMatch(/took too long|couldn't open the form/);
      tally.tried();
    }
    const card = await check();
    inject('views.open', { error: 'expired_trigger_id' });
    const at = mark(standIn);
    await homeClick(ACTIONS.ignore, String(card.id));
    expect(dmsTo(callsSince(standIn, at))).toHaveLength(1);
    tally.tried();
  });
});

describe('views.publish', () => {
  const faults: Fault[] = [RATE_LIMITED, SERVER_ERROR, TIMEOUT, { error: 'not_enabled' }, { error: 'user_not_found' }];

  it.each(faults.map((fault) => [describeFault(fault), fault] as const))('%s: the Home tab is only stale; the decision stands and nothing else is disturbed', async (_name, fault) => {
    const card = await check();
    inject('views.publish', fault);
    const at = mark(standIn);
    await click(card, ACTIONS.accept, { replyTo: standIn.responseUrl('publish') });
    expect(app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(card.id)).toEqual({ status: 'accepted' });
    const methods = callsSince(standIn, at)
      .map((call) => call.method)
      .filter((method) => method !== 'users.info');
    // The card, the Home tab, and the owner's DM opened ahead for the thank-you nudge.
    expect(methods.sort()).toEqual(['chat.update', 'conversations.open', 'views.publish']);
    expect(standIn.responsePosts('publish')).toEqual([]);
    // Opening the Home tab with Slack failing does nothing more; the next open draws it.
    inject('views.publish', fault);
    await homeOpened(app, { user: OWNER });
    const next = mark(standIn);
    await homeOpened(app, { user: OWNER });
    expect(allText(callsSince(standIn, next).find((call) => call.method === 'views.publish'))).toContain('Priya Raman');
    tally.tried();
  });
});

describe('users.info', () => {
  const faults: Fault[] = [RATE_LIMITED, SERVER_ERROR, TIMEOUT, { error: 'user_not_found' }, { error: 'account_inactive' }];

  it.each(faults.map((fault) => [describeFault(fault), fault] as const))('%s during an Accept: the decision and a nudge are kept (UTC when the zone is unknown)', async (_name, fault) => {
    const card = await check();
    app.db.prepare('DELETE FROM slack_users').run();
    inject('users.info', fault);
    await click(card, ACTIONS.accept, { replyTo: standIn.responseUrl('accept') });
    expect(app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(card.id)).toEqual({ status: 'accepted' });
    expect(count("SELECT count(*) AS n FROM thank_you_nudges WHERE status = 'scheduled'")).toBe(1);
    expect(standIn.calls('chat.update')).toHaveLength(1);
    expect(standIn.responsePosts('accept')).toEqual([]);
    tally.tried();
  });

  it('during the sweep: a short rate limit is waited out, failures stay due, a gone owner’s nudges are retired', async () => {
    const outcomes: { fault: Fault; expected: 'delivered' | 'scheduled' | 'retired' }[] = [
      { fault: { status: 429, retryAfter: 2 }, expected: 'delivered' },
      { fault: { status: 429, retryAfter: 120 }, expected: 'scheduled' },
      { fault: SERVER_ERROR, expected: 'scheduled' },
      { fault: TIMEOUT, expected: 'scheduled' },
      { fault: { error: 'user_not_found' }, expected: 'retired' },
      // The app's own token failing (Slack's meaning of account_inactive): kept for a later sweep.
      { fault: { error: 'account_inactive' }, expected: 'scheduled' },
    ];
    for (const [i, outcome] of outcomes.entries()) {
      const card = await check(`Sweep Person${i} | Analyst at Firm | 2 mutual`);
      await click(card, ACTIONS.accept);
      app.db.prepare('DELETE FROM slack_users').run();
      inject('users.info', outcome.fault);
      const at = mark(standIn);
      await sweepThankYous({ ...app.instance.sweepDeps, sleep: async () => undefined }, WEDNESDAY_9AM);
      const status = app.db.prepare('SELECT status FROM thank_you_nudges WHERE invitation_id = ?').get(card.id) as { status: string };
      expect(status.status, describeFault(outcome.fault)).toBe(outcome.expected);
      expect(dmsTo(callsSince(standIn, at)).length).toBe(outcome.expected === 'delivered' ? 1 : 0);
      // Whatever happened, finish what is due so the next owner starts clean.
      app.db.prepare("UPDATE thank_you_nudges SET status = 'done' WHERE status <> 'retired'").run();
      tally.tried();
    }
  });
});

describe('the thank-you DM (chat.postMessage and conversations.open in the sweep)', () => {
  // freshDm: no DM channel remembered, so the sweep opens one first.
  const cases: { method: string; fault: Fault; expected: 'scheduled' | 'retired'; freshDm?: boolean }[] = [
    { method: 'chat.postMessage', fault: { status: 429, retryAfter: 120 }, expected: 'scheduled' },
    { method: 'chat.postMessage', fault: SERVER_ERROR, expected: 'scheduled' },
    { method: 'chat.postMessage', fault: UNAVAILABLE, expected: 'scheduled' },
    { method: 'chat.postMessage', fault: TIMEOUT, expected: 'scheduled' },
    { method: 'chat.postMessage', fault: { error: 'channel_not_found' }, expected: 'scheduled', freshDm: true },
    { method: 'chat.postMessage', fault: { error: 'not_in_channel' }, expected: 'scheduled' },
    // account_inactive is about the app's token, not the owner: like invalid_auth, the nudge stays due.
    { method: 'chat.postMessage', fault: { error: 'account_inactive' }, expected: 'scheduled' },
    { method: 'chat.postMessage', fault: { error: 'invalid_auth' }, expected: 'scheduled' },
    { method: 'chat.postMessage', fault: { error: 'user_not_found' }, expected: 'retired' },
    { method: 'conversations.open', fault: SERVER_ERROR, expected: 'scheduled' },
    { method: 'conversations.open', fault: TIMEOUT, expected: 'scheduled' },
    { method: 'conversations.open', fault: { status: 429, retryAfter: 120 }, expected: 'scheduled' },
    { method: 'conversations.open', fault: { error: 'user_not_found' }, expected: 'retired' },
    { method: 'conversations.open', fault: { error: 'account_inactive' }, expected: 'scheduled' },
    { method: 'conversations.open', fault: { error: 'user_disabled' }, expected: 'retired' },
    { method: 'conversations.open', fault: { error: 'cannot_dm_bot' }, expected: 'retired' },
  ];

  it.each(cases.map((c) => [`${c.method} ${describeFault(c.fault)}`, c] as const))('%s', async (_name, c) => {
    const card = await check();
    await click(card, ACTIONS.accept);
    if (c.method === 'conversations.open' || c.freshDm === true) app.db.prepare('UPDATE slack_users SET dm_channel_id = NULL').run();
    // Slack stamps the DMs with the sweep's hour, so a later sweep can look for one whose answer was lost.
    standIn.setClock(() => WEDNESDAY_9AM.getTime());
    inject(c.method, c.fault);
    const first = await sweepThankYous({ ...app.instance.sweepDeps, sleep: async () => undefined }, WEDNESDAY_9AM);
    const row = () => app.db.prepare('SELECT status, attempts, due_at FROM thank_you_nudges').get() as { status: string; attempts: number; due_at: number };
    expect(row().status).toBe(c.expected);
    if (c.expected === 'retired') {
      expect(first.retired).toBe(1);
      const later = await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-26T09:00:00Z'));
      expect(later.claimed).toBe(0);
    } else {
      expect(row().due_at).toBeGreaterThan(WEDNESDAY_9AM.getTime());
      // Not again at once; sent by a later sweep, once.
      expect((await sweepThankYous(app.instance.sweepDeps, WEDNESDAY_9AM)).claimed).toBe(0);
      const later = await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T11:00:00Z'));
      expect(later.delivered).toBe(1);
      // A post that timed out reached Slack: the later sweep finds it rather than sending it again.
      expect(later.found).toBe(c.method === 'chat.postMessage' && c.fault === TIMEOUT ? 1 : 0);
      expect(row().status).toBe('delivered');
      expect((await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T12:00:00Z'))).claimed).toBe(0);
      // Slack holds exactly one thank-you DM for the owner, whatever the fault.
      expect(standIn.messages(OWNER_DM)).toHaveLength(1);
    }
    tally.tried();
  });
});

describe('a remembered DM channel that Slack no longer knows', () => {
  it('is forgotten, a fresh DM is opened, and the thank-you goes out once in the same sweep', async () => {
    const card = await check();
    await click(card, ACTIONS.accept);
    const opened = app.db.prepare('SELECT dm_channel_id AS id FROM slack_users WHERE user_id = ?').get(OWNER) as { id: string };
    app.db.prepare("UPDATE slack_users SET dm_channel_id = 'D0STALE001' WHERE user_id = ?").run(OWNER);
    inject('chat.postMessage', { error: 'channel_not_found' });
    const at = mark(standIn);
    const report = await sweepThankYous({ ...app.instance.sweepDeps, sleep: async () => undefined }, WEDNESDAY_9AM);
    expect(report.delivered).toBe(1);
    const posts = callsSince(standIn, at).filter((call) => call.method === 'chat.postMessage');
    expect(posts.map((post) => [post.args.channel, post.fault === undefined])).toEqual([
      ['D0STALE001', false],
      [opened.id, true],
    ]);
    expect(callsSince(standIn, at).filter((call) => call.method === 'conversations.open')).toHaveLength(1);
    expect(app.db.prepare('SELECT dm_channel_id AS id FROM slack_users WHERE user_id = ?').get(OWNER)).toEqual({ id: opened.id });
    expect(app.db.prepare('SELECT status FROM thank_you_nudges').get()).toEqual({ status: 'delivered' });
    tally.tried();
  });
});

describe('chat.update on the thank-you DM', () => {
  it.each([[describeFault(SERVER_ERROR), SERVER_ERROR], ['message_not_found', { error: 'message_not_found' } as Fault]] as const)(
    '%s after Sent it: the outcome is kept and the person is told the message is stale',
    async (_name, fault) => {
      const card = await check();
      await click(card, ACTIONS.accept);
      await sweepThankYous(app.instance.sweepDeps, WEDNESDAY_9AM);
      const dm = standIn.calls('chat.postMessage').at(-1);
      inject('chat.update', fault);
      await app.send(
        blockActionsBody({
          team_id: TEAM,
          user_id: OWNER,
          action_id: ACTIONS.nudgeSent,
          value: buttonValue(dm, ACTIONS.nudgeSent),
          channel_id: String(dm?.response.channel),
          message_ts: String(dm?.response.ts),
          response_url: standIn.responseUrl('sent'),
        }),
      );
      expect(app.db.prepare('SELECT status FROM thank_you_nudges').get()).toEqual({ status: 'done' });
      const words = standIn.responsePosts('sent');
      expect(words).toHaveLength(1);
      expectCleanWords(words[0]?.body.text);
      expect(String(words[0]?.body.text)).toMatch(/saved/i);
      tally.tried();
    },
  );
});

describe('the export upload (files.getUploadURLExternal, files.completeUploadExternal)', () => {
  const cases: { method: string; fault: Fault }[] = [
    { method: 'files.getUploadURLExternal', fault: SERVER_ERROR },
    { method: 'files.getUploadURLExternal', fault: TIMEOUT },
    { method: 'files.getUploadURLExternal', fault: { error: 'missing_scope' } },
    { method: 'files.completeUploadExternal', fault: SERVER_ERROR },
    { method: 'files.completeUploadExternal', fault: { error: 'channel_not_found' } },
    { method: 'conversations.open', fault: { error: 'user_not_found' } },
  ];

  it('tells the person the export did not go, in words, and sends it once when asked again', async () => {
    await check();
    for (const c of cases) {
      app.db.prepare('UPDATE slack_users SET dm_channel_id = NULL').run();
      inject(c.method, c.fault);
      // (The DM channel, once opened, is remembered; nothing else may change.)
      const records = () => ({ ...snapshotDatabase(app.db), slack_users: [] });
      const before = records();
      const at = mark(standIn);
      await commandFrom(app, standIn, { text: 'export', responseUrlId: 'export' });
      const replies = postsSince(standIn, at).filter((post) => post.id === 'export');
      expect(replies, `${c.method} ${describeFault(c.fault)}`).toHaveLength(1);
      const words = replies[0];
      expect(words?.body, `${c.method} ${describeFault(c.fault)}`).toMatchObject({ response_type: 'ephemeral' });
      expectCleanWords(words?.body.text);
      expect(String(words?.body.text)).toMatch(/couldn't send your export|files:write/);
      expect(records()).toEqual(before);
      tally.tried();
    }
    const at = mark(standIn);
    await commandFrom(app, standIn, { text: 'export', responseUrlId: 'export-ok' });
    expect(callsSince(standIn, at).filter((call) => call.method === 'files.completeUploadExternal')).toHaveLength(1);
    expect(JSON.stringify(standIn.responsePosts('export-ok').at(-1)?.body)).toContain('1 invitation');
  });
});

describe('response_url posts', () => {
  it('a dead response_url for a refusal or a list changes nothing and the app carries on', async () => {
    const card = await check();
    for (const status of [404, 500]) {
      const before = snapshotDatabase(app.db);
      target.failNext({ status });
      tally.injected();
      await click(card, ACTIONS.accept, { user: TEAMMATE, replyTo: target.url });
      expect(snapshotDatabase(app.db)).toEqual(before);
      target.failNext({ status });
      tally.injected();
      await commandFrom(app, standIn, { text: 'ignored', responseUrl: target.url });
      tally.tried(2);
    }
    expect(target.hits.length).toBeGreaterThanOrEqual(4);
    const again = await check('After Dead Urls | Engineer at Acme | 3 mutual');
    expect(again.id).toBeGreaterThan(card.id);
  });

  it('a dead response_url after a Decline or a Forget never says nothing changed: it did, and the draft still arrives', async () => {
    const declined = await check();
    target.failNext({ status: 404 });
    tally.injected();
    const at = mark(standIn);
    await click(declined, ACTIONS.decline, { replyTo: target.url });
    expect(app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(declined.id)).toEqual({ status: 'declined' });
    const draft = callsSince(standIn, at).find((call) => call.method === 'chat.postEphemeral');
    expect(allText(draft)).toContain('Hi Priya');
    tally.tried();

    const forgotten = await check('Ben Okafor | Engineer at Acme | 3 mutual');
    target.failNext({ status: 404 });
    tally.injected();
    await app.send(
      blockActionsBody({ team_id: TEAM, user_id: OWNER, action_id: ACTIONS.forgetConfirm, value: String(forgotten.id), channel_id: CHANNEL, response_url: target.url }),
    );
    expect(count('SELECT count(*) AS n FROM invitations WHERE id = ?', forgotten.id)).toBe(0);
    tally.tried();

    expect(target.hits.map((hit) => hit.body).join('\n')).not.toMatch(/nothing (was )?changed/i);
  });
});

describe('a response_url that hangs', () => {
  it('holds up nothing: the click is acked at once, and other commands go on', async () => {
    const card = await check();
    // The response_url answers only when the test lets it go.
    const held = target.holdNext();
    tally.injected();
    const refused = await sendSignedRequest(
      app.eventsUrl,
      blockActionsBody({ team_id: TEAM, user_id: TEAMMATE, action_id: ACTIONS.accept, value: String(card.id), channel_id: CHANNEL, message_ts: card.ts, response_url: target.url }),
      { secret: SIGNING_SECRET },
    );
    expect(refused.status).toBe(200);
    await held.arrived;
    // (Sent directly: the harness's send() would wait for the hanging click's work to finish too.)
    const other = await sendSignedRequest(
      app.eventsUrl,
      slashCommandBody({ text: 'Meanwhile Person | Analyst at Firm | 2 mutual', user_id: OWNER, team_id: TEAM, channel_id: CHANNEL, response_url: standIn.responseUrl('meanwhile') }),
      { secret: SIGNING_SECRET },
    );
    expect(other.status).toBe(200);
    await standIn.waitForCall('chat.postMessage', (call) => allText(call).includes('Meanwhile Person'));
    // Both answered, and the other card posted, while the response_url is still held.
    expect(target.hits).toHaveLength(1);
    held.release();
    await app.instance.drain();
    expect(target.hits).toHaveLength(1);
    tally.tried();
  });
});

describe('a long rate-limit pause for DMs', () => {
  it('does not hold up command acks or their cards: the sweep waits on its own client', async () => {
    expect(app.instance.sweepDeps.client).not.toBe(app.instance.app.client);
    const card = await check();
    await click(card, ACTIONS.accept);

    // The sweep's DM is rate limited for 20 seconds; the sweep waits it out, here until the test says so.
    inject('chat.postMessage', { status: 429, retryAfter: 20 });
    let wake: () => void = () => undefined;
    const pauseOver = new Promise<void>((resolve) => {
      wake = resolve;
    });
    let pausing: () => void = () => undefined;
    const paused = new Promise<void>((resolve) => {
      pausing = resolve;
    });
    let sweepDone = false;
    const sweep = sweepThankYous(
      {
        ...app.instance.sweepDeps,
        sleep: () => {
          pausing();
          return pauseOver;
        },
      },
      WEDNESDAY_9AM,
    ).then((report) => {
      sweepDone = true;
      return report;
    });
    await standIn.waitForCall('chat.postMessage', (call) => call.fault !== undefined);
    await paused;

    for (let i = 0; i < 5; i += 1) {
      const body = slashCommandBody({
        text: `During Pause${i} | Analyst at Firm | 2 mutual`,
        user_id: OWNER,
        team_id: TEAM,
        channel_id: CHANNEL,
        response_url: standIn.responseUrl('pause'),
      });
      const response = await sendSignedRequest(app.eventsUrl, body, { secret: SIGNING_SECRET });
      expect(response.status).toBe(200);
      tally.tried();
    }
    // Their cards too (the app's client, not paused by the sweep's 429).
    for (let i = 0; i < 5; i += 1) {
      await standIn.waitForCall('chat.postMessage', (call) => allText(call).includes(`During Pause${i}`));
    }
    // All acked and posted while the sweep was still waiting out its pause.
    expect(sweepDone).toBe(false);
    wake();
    const report = await sweep;
    expect(report.delivered).toBe(1);
    await app.instance.drain();
  });
});

/** The shared harness turns retries off; this restarts the app with them on, as src/app.ts configures them (shorter waits). */
async function restartWithProductionRetries(options: { slowCardNoticeMs?: number } = {}): Promise<void> {
  await app.stop();
  app = await startSecurityApp({
    standIn,
    databasePath: database.path,
    clock: clock.now,
    webClientOptions: { timeout: CLIENT_TIMEOUT_MS, retryConfig: { retries: 2, factor: 1, minTimeout: 20, maxTimeout: 20 } },
    ...options,
  });
}

describe('a card post that waits on Slack', () => {
  const HOSTILE = 'Priya <!channel> & Raman | Head of Data at Northwind | 14 mutual';

  const restartWithRetries = () => restartWithProductionRetries({ slowCardNoticeMs: 300 });

  it('tells the owner, beside the command, that the card is on its way; the card then comes once', async () => {
    await restartWithRetries();
    // Slack asks the app to wait 2 seconds; the client waits, then posts.
    inject('chat.postMessage', { status: 429, retryAfter: 2 });
    const at = mark(standIn);
    await commandFrom(app, standIn, { text: HOSTILE, responseUrlId: 'held' });
    const posts = standIn.responsePosts('held');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(String(posts[0]?.body.text)).toContain('Slack is slow to take the card about *Priya @channel &amp; Raman*');
    const attempts = callsSince(standIn, at).filter((call) => call.method === 'chat.postMessage');
    expect(attempts.map((call) => call.fault === undefined)).toEqual([false, true]);
    expect(app.db.prepare('SELECT message_ts IS NOT NULL AS posted FROM invitations').get()).toEqual({ posted: 1 });
    expectCleanOutput(callsSince(standIn, at), posts, [OWNER]);
    tally.tried();
  });

  it('when Slack never answers after all, the notice comes first and the private copy after it', async () => {
    await restartWithRetries();
    inject('chat.postMessage', TIMEOUT);
    await commandFrom(app, standIn, { text: PRIYA, responseUrlId: 'silent' });
    const words = standIn.responsePosts('silent').map((post) => String(post.body.text));
    expect(words).toHaveLength(2);
    expect(words[0]).toContain('Slack is slow to take the card');
    expect(words[1]).toContain('Priya Raman');
    expect(words[1]).not.toContain('Slack is slow');
    tally.tried();
  });

  it('a card posted at once gets no notice', async () => {
    await restartWithRetries();
    await commandFrom(app, standIn, { text: PRIYA, responseUrlId: 'quick' });
    expect(standIn.responsePosts('quick')).toEqual([]);
    expect(app.db.prepare('SELECT message_ts IS NOT NULL AS posted FROM invitations').get()).toEqual({ posted: 1 });
  });
});

describe('retries, as configured in production', () => {
  it('a post that timed out is not sent again by the client’s retries; a card’s 5xx is retried, a DM’s is left to the sweep', async () => {
    await restartWithProductionRetries();

    // The card: Slack got it but answered too late. Posting it again would show it twice.
    inject('chat.postMessage', TIMEOUT);
    let at = mark(standIn);
    await commandFrom(app, standIn, { text: PRIYA, responseUrlId: 'slow' });
    expect(callsSince(standIn, at).filter((call) => call.method === 'chat.postMessage' && call.args.channel === CHANNEL)).toHaveLength(1);
    expect(standIn.responsePosts('slow')).toHaveLength(1); // shown to the owner instead, once
    tally.tried();

    // A 500 is retried, and the card goes out once.
    inject('chat.postMessage', SERVER_ERROR);
    at = mark(standIn);
    const card = await check('Retried Person | Analyst at Firm | 2 mutual');
    const attempts = callsSince(standIn, at).filter((call) => call.method === 'chat.postMessage');
    expect(attempts.map((call) => call.fault === undefined)).toEqual([false, true]);
    tally.tried();

    // The thank-you DM (the sweep's own client retries once): a timeout is not retried.
    await click(card, ACTIONS.accept);
    inject('chat.postMessage', TIMEOUT);
    at = mark(standIn);
    const report = await sweepThankYous({ ...app.instance.sweepDeps, sleep: async () => undefined }, WEDNESDAY_9AM);
    expect(dmsTo(callsSince(standIn, at))).toHaveLength(1);
    expect(report.failed).toBe(1);
    tally.tried();

    // A 5xx may come after Slack stored the DM: the client does not post it again. The nudge goes
    // back to the sweep, which looks in the DM's history before its next try.
    inject('chat.postMessage', SERVER_ERROR);
    at = mark(standIn);
    const second = await sweepThankYous({ ...app.instance.sweepDeps, sleep: async () => undefined }, new Date(WEDNESDAY_9AM.getTime() + 60 * 60_000));
    expect(dmsTo(callsSince(standIn, at))).toHaveLength(1);
    expect(second.failed).toBe(1);
    expect(app.db.prepare('SELECT status FROM thank_you_nudges').all()).toEqual([{ status: 'scheduled' }]);
    tally.tried();
  });
});
