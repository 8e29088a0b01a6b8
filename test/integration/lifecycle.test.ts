import { LogLevel, WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepThankYous } from '../../src/jobs/thank-you-sweep.js';
import { thankYouDmMetadata } from '../../src/services/posted-messages.js';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { assertNoForeignControlSequences, assertValidMessage } from '../support/block-kit.js';
import { allText, buttonValue } from '../support/calls.js';
import { radioValue, plainTextValue, slashCommandBody } from '../support/slack-requests.js';
import { startSlackStandIn, type RecordedCall, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, TEAM, TEAMMATE, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';
import { PRIYA_PASTE } from '../support/pastes.js';

const PRIYA = PRIYA_PASTE;

// Tuesday 24 November 2026, 10:00 in London (UTC in winter): inside default working hours.
const TUESDAY_10AM = '2026-11-24T10:00:00Z';

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let clock: ReturnType<typeof manualClock>;
let app: TestApp;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  database = tempDatabasePath();
  clock = manualClock(TUESDAY_10AM);
  app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now });
});

afterEach(async () => {
  await app.stop();
  await standIn.close();
  database.cleanup();
});

async function checkPriya(): Promise<{ card: RecordedCall; invitationId: string; ts: string }> {
  const response = await app.command(PRIYA);
  expect(response.status).toBe(200);
  const card = standIn.calls('chat.postMessage').at(-1);
  expect(card?.args.channel).toBe(CHANNEL);
  const ts = String(card?.response.ts);
  return { card: card as RecordedCall, invitationId: buttonValue(card, ACTIONS.accept), ts };
}

/** Change decision on the card, then the form submitted with the new decision. */
async function changeDecisionTo(decision: string, invitationId: string, ts: string): Promise<void> {
  await cardClick(ACTIONS.changeDecision, invitationId, ts);
  const modal = standIn.calls('views.open').at(-1)?.args.view as { private_metadata: string };
  await app.submit({
    user_id: OWNER,
    callback_id: VIEWS.changeDecision,
    private_metadata: modal.private_metadata,
    values: { [INPUTS.newDecision.block]: { [INPUTS.newDecision.action]: radioValue(decision) } },
  });
}

function cardClick(actionId: string, invitationId: string, ts: string, user = OWNER) {
  return app.click({ user_id: user, action_id: actionId, value: invitationId, channel_id: CHANNEL, message_ts: ts });
}

describe('request signing', () => {
  it('answers 401 to a bad signature, a stale or future timestamp, and missing headers, and does nothing', async () => {
    const body = 'command=%2Finvite-check&text=Priya+Raman&team_id=T0STANDIN1&user_id=U0OWNER001&channel_id=C0CHANNEL1';
    const now = Math.floor(Date.now() / 1000);
    expect((await app.send(body, { signature: 'v0=deadbeef' })).status).toBe(401);
    expect((await app.send(body, { timestamp: now - 10 * 60 })).status).toBe(401);
    expect((await app.send(body, { timestamp: now + 10 * 60 })).status).toBe(401);
    expect((await app.send(body, { signature: null })).status).toBe(401);
    expect((await app.send(body, { timestamp: null })).status).toBe(401);
    expect(standIn.calls().filter((c) => c.method !== 'auth.test')).toEqual([]);
    expect(app.db.prepare('SELECT count(*) AS n FROM invitations').get()).toEqual({ n: 0 });
  });

  it('answers /healthz once the database is open', async () => {
    const response = await fetch(`${app.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('/invite-check', () => {
  it('posts a card with what it read, the recommendation and Accept/Ignore buttons', async () => {
    const { card, invitationId } = await checkPriya();
    const text = allText(card);
    expect(text).toContain('Priya Raman');
    expect(text).toContain('Head of Data Partnerships');
    expect(text).toContain('Northwind Analytics');
    expect(text).toContain('14 mutual connections');
    expect(text).toContain('Data Council panel');
    expect(text).toContain('https://www.linkedin.com/in/priya-raman-data');
    expect(text).toContain('Recommended: accept');
    expect(buttonValue(card, ACTIONS.ignore)).toBe(invitationId);
    const row = app.db.prepare('SELECT status, owner_id, team_id, message_ts FROM invitations WHERE id = ?').get(invitationId);
    expect(row).toEqual({ status: 'pending', owner_id: OWNER, team_id: TEAM, message_ts: card.response.ts });
  });

  it('answers help (and unknown sub-commands) with ephemeral usage', async () => {
    const help = await app.command('help');
    expect(help.json).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(help.json)).toContain('one-line form');
    const unknown = await app.command('frobnicate');
    expect(JSON.stringify(unknown.json)).toContain('frobnicate');
    // A phone's capital on a near miss: help, with the sub-command it nearly spells, and no card.
    const nearMiss = await app.command('Setting');
    expect(nearMiss.json).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(nearMiss.json)).toContain('Did you mean `/invite-check settings`?');
    expect(standIn.calls('chat.postMessage')).toEqual([]);
    expect(app.db.prepare('SELECT count(*) AS n FROM invitations').get()).toEqual({ n: 0 });
  });

  it('runs a sub-command typed with a full stop or a question mark, and posts no card for it', async () => {
    // "Stats." was read as a person named "Stats." and posted on a card in the channel.
    await app.command('Stats.', { responseUrlId: 'stats' });
    expect(JSON.stringify(standIn.responsePosts('stats').at(-1)?.body)).toContain('Your invitations at a glance');
    const help = await app.command('help?');
    expect(JSON.stringify(help.json)).toContain('one-line form');
    expect(standIn.calls('views.open')).toEqual([]);
    expect(standIn.calls('chat.postMessage')).toEqual([]);
    expect(app.db.prepare('SELECT count(*) AS n FROM invitations').get()).toEqual({ n: 0 });
  });

  it('opens the form when there is no text, and pre-fills it when no name can be found', async () => {
    await app.command('', { triggerId: '111.222.form' });
    const empty = standIn.calls('views.open')[0];
    expect(empty?.args.trigger_id).toBe('111.222.form');
    expect(empty?.args.view).toMatchObject({ callback_id: VIEWS.invitationForm });

    await app.command('14 mutual connections https://www.linkedin.com/in/someone-nameless');
    const prefilled = standIn.calls('views.open')[1];
    expect(allText(prefilled)).toContain('https://www.linkedin.com/in/someone-nameless');
    // Why the form opened, above it: its example one-line form shows as code, not as backticks.
    const notice = (prefilled?.args.view as { blocks: { type: string; elements?: unknown[] }[] }).blocks[0];
    expect(notice?.type).toBe('context');
    expect(notice?.elements?.[0]).toMatchObject({ type: 'mrkdwn', text: expect.stringContaining('e.g. `Priya Raman | Head of Data at Northwind | 14 mutual`') });
    expect(app.db.prepare('SELECT count(*) AS n FROM invitations').get()).toEqual({ n: 0 });
  });

  it('with a few words it cannot read as an invitation, the form also says where the commands are', async () => {
    const notice = () => JSON.stringify((standIn.calls('views.open').at(-1)?.args.view as { blocks: unknown[] }).blocks[0]);
    // A sub-command mistyped with a word more ("show ignored", "remove me"): the form, and the way to help.
    await app.command('show ignored');
    expect(notice()).toContain("I couldn't find the person's name");
    expect(notice()).toContain('Meant one of my commands? `/invite-check help` lists them.');
    // A paste of several lines is an invitation read wrongly, not a command: no word about commands.
    await app.command('14 mutual connections\nhttps://www.linkedin.com/in/someone-nameless');
    expect(notice()).toContain("I couldn't find the person's name");
    expect(notice()).not.toContain('/invite-check help');
    expect(standIn.calls('chat.postMessage')).toEqual([]);
  });

  it('tells the person when the form cannot open because the trigger expired', async () => {
    standIn.failNext('views.open', { error: 'expired_trigger_id' });
    await app.command('');
    const reply = standIn.responsePosts().at(-1);
    expect(JSON.stringify(reply?.body)).toContain('took too long');
  });

  it('gives back a paste that needed the form, when the form cannot open', async () => {
    standIn.failNext('views.open', { error: 'expired_trigger_id' });
    await app.command('14 mutual connections <https://linkedin.com/in/someone-nameless|profile> &lt;3 &amp; thanks', { responseUrlId: 'nameless' });
    const reply = standIn.responsePosts('nameless').at(-1)?.body as { text: string; blocks: unknown[] };
    assertValidMessage(reply);
    expect(reply.text).toContain('took too long');
    expect(JSON.stringify(reply.blocks)).toContain('```14 mutual connections https://linkedin.com/in/someone-nameless &lt;3 &amp; thanks```');
    expect(app.db.prepare('SELECT count(*) AS n FROM invitations').get()).toEqual({ n: 0 });
  });

  it('reads the one-line form, links in Slack markup included', async () => {
    await app.command('Ana Silva | CTO at Lumen | 3 mutual | <https://linkedin.com/in/Ana-Silva/|linkedin.com/in/Ana-Silva/> | Loved your talk | see you soon');
    const text = allText(standIn.calls('chat.postMessage')[0]);
    expect(text).toContain('Ana Silva');
    expect(text).toContain('https://www.linkedin.com/in/ana-silva');
    expect(text).toContain('Loved your talk | see you soon');
  });

  it('escapes untrusted text so a name cannot ping the channel', async () => {
    await app.command('&lt;!channel&gt; Bob &amp; <!here> | Boss at <@U0MATE0001> | 0 mutual');
    const card = standIn.calls('chat.postMessage')[0];
    const text = allText(card);
    expect(text).not.toMatch(/<!channel>|<!here>|<@U0MATE0001>/);
    expect(text).toContain('&lt;!channel&gt;');
    assertValidMessage(card?.args ?? {});
    assertNoForeignControlSequences(JSON.stringify(card?.args), [OWNER]);
  });

  it('stores a retried delivery of the same command once', async () => {
    await app.command(PRIYA, { triggerId: '333.444.same' });
    await app.command(PRIYA, { triggerId: '333.444.same' });
    expect(standIn.calls('chat.postMessage')).toHaveLength(1);
    expect(app.db.prepare('SELECT count(*) AS n FROM invitations').get()).toEqual({ n: 1 });
  });

  it('in a group DM the app is not in, suggests no /invite, which cannot work there', async () => {
    standIn.failNext('chat.postMessage', { error: 'channel_not_found' });
    await app.send(
      slashCommandBody({ text: PRIYA, user_id: OWNER, team_id: TEAM, channel_id: 'G0MPIM0001', channel_name: 'mpdm-sam--ana--kim-1', response_url: standIn.responseUrl('group') }),
    );
    const reply = JSON.stringify(standIn.responsePosts('group').at(-1)?.body);
    expect(reply).toContain('Priya Raman');
    expect(reply).toContain("I can't post in this group DM");
    expect(reply).not.toContain('/invite');
  });

  it('in a group DM, through the form too: no /invite suggestion once it is submitted', async () => {
    await app.send(
      slashCommandBody({ text: '', user_id: OWNER, team_id: TEAM, channel_id: 'G0MPIM0001', channel_name: 'mpdm-sam--ana--kim-1', response_url: standIn.responseUrl('group-form'), trigger_id: '111.222.form' }),
    );
    const modal = standIn.calls('views.open').at(-1)?.args.view as { private_metadata: string };
    standIn.failNext('chat.postMessage', { error: 'channel_not_found' });
    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.invitationForm,
      private_metadata: modal.private_metadata,
      values: { [INPUTS.name.block]: { [INPUTS.name.action]: plainTextValue('Priya Raman') } },
    });
    const reply = JSON.stringify(standIn.responsePosts('group-form').at(-1)?.body);
    expect(reply).toContain('Priya Raman');
    expect(reply).toContain("I can't post in this group DM");
    expect(reply).not.toContain('/invite');
  });

  it('shows the card only to the owner, with a way to add the app, when the app is not in the channel', async () => {
    standIn.failNext('chat.postMessage', { error: 'not_in_channel' });
    await app.command(PRIYA, { responseUrlId: 'private-channel' });
    const [reply] = standIn.responsePosts('private-channel');
    expect(reply?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(reply?.body)).toContain('/invite @invite-check');
    expect(JSON.stringify(reply?.body)).toContain('Priya Raman');
    // Nobody else can see it: no buttons for teammates, no "anyone on the team" line.
    expect(JSON.stringify(reply?.body)).not.toContain(ACTIONS.voiceKnows);
    expect(JSON.stringify(reply?.body)).not.toContain('Anyone on the team');

    // Redrawn after the decision, it still says it is the owner's alone.
    const invitationId = buttonValue({ args: reply?.body ?? {} } as RecordedCall, ACTIONS.accept);
    await app.click({
      user_id: OWNER,
      action_id: ACTIONS.accept,
      value: invitationId,
      block_id: `decide:${invitationId}`,
      // As Slack sends a click on an ephemeral message: flagged so, with no message in the payload.
      container: { type: 'message', message_ts: '1700000000.999999', channel_id: CHANNEL, is_ephemeral: true },
      response_url: standIn.responseUrl('private-channel'),
    });
    const redrawn = standIn.responsePosts('private-channel').at(-1)?.body;
    expect(redrawn).toMatchObject({ replace_original: true });
    expect(JSON.stringify(redrawn)).toContain('Only you can see this card. Teammates who check this person later will still see your decision.');
    expect(JSON.stringify(redrawn)).toContain('Accepted');
  });
});

describe('deciding', () => {
  it('refuses a teammate who clicks, and changes nothing', async () => {
    const { invitationId, ts } = await checkPriya();
    await cardClick(ACTIONS.accept, invitationId, ts, TEAMMATE);
    const reply = standIn.responsePosts('action').at(-1);
    expect(reply?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(JSON.stringify(reply?.body)).toContain(`Only <@${OWNER}> can decide`);
    expect(JSON.stringify(reply?.body)).toContain('*I know them* or *Heads-up*');
    expect(standIn.calls('chat.update')).toEqual([]);
    expect(app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(invitationId)).toEqual({ status: 'pending' });
  });

  it('on a decided card, the refusal does not point a teammate to buttons it no longer has', async () => {
    const { invitationId, ts } = await checkPriya();
    await cardClick(ACTIONS.accept, invitationId, ts);
    for (const action of [ACTIONS.changeDecision, ACTIONS.editDetails]) {
      const before = standIn.responsePosts('action').length;
      await cardClick(action, invitationId, ts, TEAMMATE);
      // Each click gets its own reply: reading only the last would let one click's silence pass.
      const replies = standIn.responsePosts('action').slice(before);
      expect(replies, action).toHaveLength(1);
      const reply = JSON.stringify(replies[0]?.body);
      expect(reply).toContain(`Only <@${OWNER}> can`);
      expect(reply).not.toContain('Heads-up');
    }
  });

  it('accept: updates the card in place, schedules one nudge, and the sweep sends one DM at the next local morning', async () => {
    const { invitationId, ts } = await checkPriya();
    await cardClick(ACTIONS.accept, invitationId, ts);
    await cardClick(ACTIONS.accept, invitationId, ts); // a double click
    const updates = standIn.calls('chat.update');
    expect(updates).toHaveLength(1);
    expect(updates[0]?.args).toMatchObject({ channel: CHANNEL, ts });
    expect(allText(updates[0])).toContain(`Accepted* by <@${OWNER}>`);
    expect(allText(updates[0])).not.toContain(ACTIONS.accept);

    // Not yet: the default delay is the next local morning.
    const early = await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-24T16:00:00Z'));
    expect(early.delivered).toBe(0);
    const morning = await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T09:00:00Z'));
    expect(morning.delivered).toBe(1);
    const again = await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T09:05:00Z'));
    expect(again.claimed).toBe(0);

    const dms = standIn.calls('chat.postMessage').filter((c) => String(c.args.channel).startsWith('D'));
    expect(dms).toHaveLength(1);
    assertValidMessage(dms[0]?.args ?? {});
    assertValidMessage(updates[0]?.args ?? {});
    assertNoForeignControlSequences(JSON.stringify(dms[0]?.args), [OWNER], ['https://www.linkedin.com/in/priya-raman-data']);
    expect(allText(dms[0])).toContain('Priya');
    expect(allText(dms[0])).toContain(ACTIONS.nudgeSent);
  });

  it('ignore: asks why in a modal, updates the card with the reason, and sends no DM', async () => {
    const { invitationId, ts } = await checkPriya();
    await cardClick(ACTIONS.ignore, invitationId, ts);
    const modal = standIn.calls('views.open')[0];
    expect(modal?.args.view).toMatchObject({ callback_id: VIEWS.ignoreReason });
    const view = modal?.args.view as { private_metadata: string };
    expect(app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(invitationId)).toEqual({ status: 'pending' });

    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.ignoreReason,
      private_metadata: view.private_metadata,
      values: {
        [INPUTS.ignoreReason.block]: { [INPUTS.ignoreReason.action]: radioValue('not_relevant') },
        [INPUTS.ignoreNote.block]: { [INPUTS.ignoreNote.action]: plainTextValue('Nothing to do with <!channel> our work') },
      },
    });
    const update = standIn.calls('chat.update')[0];
    expect(allText(update)).toContain('Ignored* by');
    expect(allText(update)).toContain('Not relevant to my work');
    expect(allText(update)).toContain('&lt;!channel&gt;');
    const row = app.db.prepare('SELECT status, decision_reason FROM invitations WHERE id = ?').get(invitationId);
    expect(row).toEqual({ status: 'ignored', decision_reason: 'Not relevant to my work' });

    const sweep = await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-26T10:00:00Z'));
    expect(sweep.claimed).toBe(0);
    expect(standIn.calls('chat.postMessage')).toHaveLength(1); // the card only
  });

  it.each([
    [ACTIONS.ignore, VIEWS.ignoreReason, INPUTS.ignoreReason.block],
    [ACTIONS.block, VIEWS.blockReason, INPUTS.blockReason.block],
  ])('%s: a form submitted after the invitation was decided elsewhere says so and changes nothing', async (action, callbackId, block) => {
    const { invitationId, ts } = await checkPriya();
    await cardClick(action, invitationId, ts);
    const view = standIn.calls('views.open')[0]?.args.view as { private_metadata: string };
    await cardClick(ACTIONS.accept, invitationId, ts); // say, from the Home tab on another device

    const answer = await app.submit({ user_id: OWNER, callback_id: callbackId, private_metadata: view.private_metadata, values: {} });
    expect(answer.json).toMatchObject({ response_action: 'errors' });
    expect(JSON.stringify(answer.json)).toContain('already decided on this invitation (accepted)');
    expect(Object.keys((answer.json as { errors: object }).errors)).toEqual([block]);
    expect(app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(invitationId)).toEqual({ status: 'accepted' });
  });

  it.each([
    [ACTIONS.ignore, VIEWS.ignoreReason, INPUTS.ignoreNote, 'your Ignore', 'ignore'],
    [ACTIONS.block, VIEWS.blockReason, INPUTS.blockReason, 'your Block', 'block'],
  ])('%s: what was typed into a form submitted after the invitation was decided elsewhere comes back', async (action, callbackId, input, what, verb) => {
    const { invitationId, ts } = await checkPriya();
    await cardClick(action, invitationId, ts);
    const view = standIn.calls('views.open')[0]?.args.view as { private_metadata: string };
    await cardClick(ACTIONS.accept, invitationId, ts);
    standIn.reset();

    const answer = await app.submit({
      user_id: OWNER,
      callback_id: callbackId,
      private_metadata: view.private_metadata,
      values: { [input.block]: { [input.action]: plainTextValue('Pushy recruiter, asked for my number twice') } },
    });
    // The form closes; nothing changed, and what was typed is handed back with the way forward.
    expect(answer.json ?? {}).not.toHaveProperty('response_action');
    expect(app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(invitationId)).toEqual({ status: 'accepted' });
    const told = standIn.calls('chat.postMessage').filter((call) => call.args.channel === OWNER);
    expect(told).toHaveLength(1);
    const text = allText(told[0]);
    expect(text).toContain(`I couldn't save ${what}, so nothing changed. You had already decided on this invitation from another place: it is accepted.`);
    expect(text).toContain('Pushy recruiter, asked for my number twice');
    expect(text).toContain(`To ${verb} it after all, use *Change decision* on the card`);
  });

  it('an Ignore form submitted after the invitation was ignored elsewhere says it is already ignored, and gives the note back', async () => {
    const { invitationId, ts } = await checkPriya();
    await cardClick(ACTIONS.ignore, invitationId, ts);
    const view = standIn.calls('views.open')[0]?.args.view as { private_metadata: string };
    // Ignored meanwhile from the Home tab, without a reason.
    await app.instance.services.invitations.recordDecision({ teamId: TEAM, invitationId: Number(invitationId), actorId: OWNER, decision: 'ignored', reason: null, note: null, responseUrl: null });
    standIn.reset();

    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.ignoreReason,
      private_metadata: view.private_metadata,
      values: { [INPUTS.ignoreNote.block]: { [INPUTS.ignoreNote.action]: plainTextValue('Met at a bad pitch meeting') } },
    });
    const text = allText(standIn.calls('chat.postMessage').find((call) => call.args.channel === OWNER));
    expect(text).toContain('This invitation is already ignored, decided from another place, so what you entered was not added to it.');
    expect(text).toContain('Met at a bad pitch meeting');
    expect(text).not.toContain('after all');
  });

  it.each([
    ['ignored' as const, VIEWS.ignoreReason, INPUTS.ignoreNote, { reason: null, note: 'Met at a bad pitch meeting' }],
    ['blocked' as const, VIEWS.blockReason, INPUTS.blockReason, { reason: 'Met at a bad pitch meeting', note: null }],
  ])('a %s form delivered again after it was recorded (crash QA D10) closes without saying it was not saved', async (decision, callbackId, input, stored) => {
    const { invitationId, ts } = await checkPriya();
    await cardClick(decision === 'ignored' ? ACTIONS.ignore : ACTIONS.block, invitationId, ts);
    const view = standIn.calls('views.open')[0]?.args.view as { private_metadata: string };
    // The first delivery, recorded by a process that then restarted (so no in-memory repeat check).
    await app.instance.services.invitations.recordDecision({ teamId: TEAM, invitationId: Number(invitationId), actorId: OWNER, decision, ...stored, responseUrl: null });
    standIn.reset();

    const answer = await app.submit({
      user_id: OWNER,
      callback_id: callbackId,
      private_metadata: view.private_metadata,
      values: { [input.block]: { [input.action]: plainTextValue('Met at a bad pitch meeting') } },
    });
    expect(answer.json ?? {}).not.toHaveProperty('response_action');
    expect(standIn.calls('chat.postMessage').filter((call) => call.args.channel === OWNER)).toEqual([]);
    expect(app.db.prepare('SELECT status, decision_reason AS reason, decision_note AS note FROM invitations WHERE id = ?').get(invitationId)).toEqual({ status: decision, ...stored });
  });

  it('a Change decision form opened before another change is refused in place, and changes nothing', async () => {
    const { invitationId, ts } = await checkPriya();
    await cardClick(ACTIONS.accept, invitationId, ts);
    // Two forms opened while it was accepted (two devices); the first changes it to ignored.
    await cardClick(ACTIONS.changeDecision, invitationId, ts);
    const older = standIn.calls('views.open').at(-1)?.args.view as { private_metadata: string };
    await changeDecisionTo('declined', invitationId, ts);
    expect(app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(invitationId)).toEqual({ status: 'declined' });

    const answer = await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.changeDecision,
      private_metadata: older.private_metadata,
      values: { [INPUTS.newDecision.block]: { [INPUTS.newDecision.action]: radioValue('ignored') } },
    });
    expect(answer.json).toMatchObject({ response_action: 'errors' });
    expect(JSON.stringify(answer.json)).toContain('This invitation was changed since you opened this form: it is now declined.');
    expect(app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(invitationId)).toEqual({ status: 'declined' });
  });

  /** Checks Priya and ignores her through the card's form, with these of its values. */
  async function ignorePriya(values: Record<string, Record<string, unknown>>): Promise<void> {
    const { invitationId, ts } = await checkPriya();
    await cardClick(ACTIONS.ignore, invitationId, ts);
    const view = standIn.calls('views.open')[0]?.args.view as { private_metadata: string };
    await app.submit({ user_id: OWNER, callback_id: VIEWS.ignoreReason, private_metadata: view.private_metadata, values });
  }

  it('a re-check after a restart shows the earlier decision', async () => {
    await ignorePriya({ [INPUTS.ignoreReason.block]: { [INPUTS.ignoreReason.action]: radioValue('sales_pitch') } });

    await app.stop();
    app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now });
    standIn.reset();
    // Same person, the URL written differently.
    await app.command('Priya Raman | Head of Data Partnerships at Northwind Analytics | 14 | uk.linkedin.com/in/Priya-Raman-Data/?trk=x');
    const card = standIn.calls('chat.postMessage')[0];
    const text = allText(card);
    expect(text).toContain('Seen before');
    expect(text).toContain(`<@${OWNER}>: ignored`);
    expect(text).toContain('Looks like a sales pitch or spam');
  });

  it('an Ignore with only a note still says why on the re-sent card', async () => {
    await ignorePriya({ [INPUTS.ignoreNote.block]: { [INPUTS.ignoreNote.action]: plainTextValue('Met at a <bad> pitch meeting, pushy') } });
    standIn.reset();
    await checkPriya();
    const text = allText(standIn.calls('chat.postMessage')[0]);
    expect(text).toContain(`<@${OWNER}>: ignored on`);
    expect(text).toContain('(\\"Met at a &lt;bad&gt; pitch meeting, pushy\\")'); // quotes as JSON escapes them
    // Shown from the records as the card is drawn, never stored with the weighing's reasons: retention must be able to remove it.
    expect(text).toContain('You ignored them on 24 Nov 2026.');
    const stored = app.db.prepare('SELECT reasons FROM invitations ORDER BY id DESC LIMIT 1').get() as { reasons: string };
    expect(stored.reasons).not.toContain('pitch meeting');
  });
});

describe('thank-you nudges', () => {
  async function acceptPriya(): Promise<void> {
    const { invitationId, ts } = await checkPriya();
    await cardClick(ACTIONS.accept, invitationId, ts);
  }

  it('a 429 during the sweep is waited out and the DM goes once', async () => {
    await acceptPriya();
    standIn.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const report = await sweepThankYous({ ...app.instance.sweepDeps, sleep: async () => undefined }, new Date('2026-11-25T09:00:00Z'));
    expect(report.delivered).toBe(1);
    const dmCalls = standIn.calls('chat.postMessage').filter((c) => String(c.args.channel).startsWith('D'));
    expect(dmCalls).toHaveLength(2);
    expect(dmCalls.filter((c) => c.fault === undefined)).toHaveLength(1);
    expect((await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T10:00:00Z'))).claimed).toBe(0);
  });

  it('a sweep interrupted by shutdown gives its claims back, and a later sweep sends once', async () => {
    await acceptPriya();
    const shutdown = new AbortController();
    standIn.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const sleep = async () => shutdown.abort(); // the process is told to stop while it waits
    const interrupted = await sweepThankYous({ ...app.instance.sweepDeps, sleep, signal: shutdown.signal }, new Date('2026-11-25T09:00:00Z'));
    expect(interrupted.delivered).toBe(0);
    expect(app.db.prepare('SELECT status FROM thank_you_nudges').all()).toEqual([{ status: 'scheduled' }]);
    const later = await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T09:05:00Z'));
    expect(later.delivered).toBe(1);
  });

  it('a failed send stays due and is sent by a later sweep, once', async () => {
    await acceptPriya();
    standIn.failNext('chat.postMessage', { status: 429, retryAfter: 120 });
    const first = await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T09:00:00Z'));
    expect(first).toMatchObject({ delivered: 0, failed: 1 });
    const tooSoon = await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T09:01:00Z'));
    expect(tooSoon.claimed).toBe(0);
    const later = await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T09:05:00Z'));
    expect(later.delivered).toBe(1);
    const delivered = standIn.calls('chat.postMessage').filter((c) => String(c.args.channel).startsWith('D') && c.fault === undefined);
    expect(delivered).toHaveLength(1);
  });

  describe('a DM that may be in Slack already (its answer was lost, or the sweep died)', () => {
    const MORNING = new Date('2026-11-25T09:00:00Z');
    // Stand-in's DM channel with the owner.
    const OWNER_DM = `D${OWNER.slice(1)}`;
    const stamp = () => app.db.prepare('SELECT status, post_started_at AS stamp, dm_ts AS ts FROM thank_you_nudges').get();

    beforeEach(() => {
      // Slack stamps messages with its own clock: here, the hour of the sweep.
      standIn.setClock(() => MORNING.getTime());
    });

    it('is found in the DM by its metadata and recorded, not posted again', async () => {
      await app.stop();
      app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now, webClientOptions: { timeout: 300 } });
      await acceptPriya();
      standIn.failNext('chat.postMessage', { delayMs: 1200 });
      const lost = await sweepThankYous(app.instance.sweepDeps, MORNING);
      expect(lost).toMatchObject({ delivered: 0, failed: 1 });
      // Slack took the DM even though its answer never came back.
      const nudgeId = (app.db.prepare('SELECT id FROM thank_you_nudges').get() as { id: number }).id;
      const inSlack = standIn.messages(OWNER_DM);
      expect(inSlack).toHaveLength(1);
      expect(inSlack[0]?.metadata).toEqual({ event_type: 'thank_you_nudge_sent', event_payload: { nudge_ids: String(nudgeId) } });
      expect(stamp()).toEqual({ status: 'scheduled', stamp: MORNING.getTime(), ts: null });

      const later = await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T09:05:00Z'));
      expect(later).toMatchObject({ delivered: 1, found: 1, messages: 0 });
      expect(standIn.messages(OWNER_DM)).toHaveLength(1);
      expect(stamp()).toEqual({ status: 'delivered', stamp: null, ts: inSlack[0]?.ts });
      const history = standIn.calls('conversations.history');
      expect(history).toHaveLength(1);
      expect(history[0]?.args).toMatchObject({ channel: OWNER_DM, include_all_metadata: 'true' });
      // Looked back from before the stamp (Slack's clock may differ from ours), not through the whole DM.
      expect(Number(history[0]?.args.oldest)).toBeLessThan(MORNING.getTime() / 1000);
      expect(Number(history[0]?.args.oldest)).toBeGreaterThan(MORNING.getTime() / 1000 - 3600);

      // The buttons of the DM that was found work as any other.
      await app.click({ user_id: OWNER, action_id: ACTIONS.nudgeSent, value: String(nudgeId), channel_id: OWNER_DM, message_ts: String(inSlack[0]?.ts) });
      expect(allText(standIn.calls('chat.update').at(-1))).toContain('Sent.');
    });

    it('is looked for in the DM opened afresh when no DM channel is remembered (dmToUserId)', async () => {
      await acceptPriya();
      const nudgeId = (app.db.prepare('SELECT id FROM thank_you_nudges').get() as { id: number }).id;
      // The dead sweep posted to the user ID and never heard back which DM channel it landed in.
      app.db.prepare('UPDATE slack_users SET dm_channel_id = NULL').run();
      app.db.prepare('UPDATE thank_you_nudges SET post_started_at = ?').run(MORNING.getTime());
      const slack = new WebClient('xoxb-test-token', { slackApiUrl: standIn.apiUrl, logLevel: LogLevel.ERROR });
      const earlier = await slack.chat.postMessage({ channel: OWNER, text: 'Say thanks to Priya', metadata: thankYouDmMetadata([nudgeId]) });
      const opensBefore = standIn.calls('conversations.open').length;

      const report = await sweepThankYous({ ...app.instance.sweepDeps, options: { dmToUserId: true } }, MORNING);
      expect(report).toMatchObject({ delivered: 1, found: 1, messages: 0 });
      expect(standIn.calls('conversations.open')).toHaveLength(opensBefore + 1);
      expect(standIn.messages(OWNER_DM)).toHaveLength(1);
      expect(stamp()).toEqual({ status: 'delivered', stamp: null, ts: earlier.ts });
    });

    it('is sent when the DM is not there (the sweep died before the post left)', async () => {
      await acceptPriya();
      app.db.prepare('UPDATE thank_you_nudges SET post_started_at = ?').run(MORNING.getTime() - 60_000);
      const report = await sweepThankYous(app.instance.sweepDeps, MORNING);
      expect(report).toMatchObject({ delivered: 1, found: 0, messages: 1 });
      expect(standIn.calls('conversations.history')).toHaveLength(1);
      const inSlack = standIn.messages(OWNER_DM);
      expect(inSlack).toHaveLength(1);
      const nudgeId = (app.db.prepare('SELECT id FROM thank_you_nudges').get() as { id: number }).id;
      expect(inSlack[0]?.metadata).toEqual({ event_type: 'thank_you_nudge_sent', event_payload: { nudge_ids: String(nudgeId) } });
      expect(stamp()).toEqual({ status: 'delivered', stamp: null, ts: inSlack[0]?.ts });
    });

    it('is sent, with a warning in the log, when Slack will not show the DM’s history', async () => {
      await acceptPriya();
      app.db.prepare('UPDATE thank_you_nudges SET post_started_at = ?').run(MORNING.getTime() - 60_000);
      standIn.failNext('conversations.history', { error: 'missing_scope' });
      const report = await sweepThankYous(app.instance.sweepDeps, MORNING);
      expect(report).toMatchObject({ delivered: 1, found: 0, messages: 1 });
      expect(app.logLines.some((line) => line.includes('whether an earlier thank-you went out') && line.includes('missing_scope'))).toBe(true);
    });

    it('waits, stamp kept and nothing posted, when reading the history is rate limited', async () => {
      await acceptPriya();
      app.db.prepare('UPDATE thank_you_nudges SET post_started_at = ?').run(MORNING.getTime() - 60_000);
      standIn.failNext('conversations.history', { status: 429, retryAfter: 120 });
      const report = await sweepThankYous(app.instance.sweepDeps, MORNING);
      expect(report).toMatchObject({ delivered: 0, failed: 1, messages: 0 });
      expect(standIn.messages(OWNER_DM)).toHaveLength(0);
      expect(stamp()).toEqual({ status: 'scheduled', stamp: MORNING.getTime() - 60_000, ts: null });
      const later = await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T09:05:00Z'));
      expect(later).toMatchObject({ delivered: 1, messages: 1 });
    });
  });

  it('waits out a rate-limited users.info, and retires the nudges of a deactivated owner', async () => {
    await acceptPriya();
    // The accept looked the owner up already; a day later the cache is stale and asked again.
    standIn.failNext('users.info', { status: 429, retryAfter: 2 });
    const sent = await sweepThankYous({ ...app.instance.sweepDeps, sleep: async () => undefined }, new Date('2026-11-25T11:00:00Z'));
    expect(sent.delivered).toBe(1);

    // Someone else: Priya was thanked already, and each person is thanked once.
    await app.command('Tomasz Nowak | Senior Data Engineer at Allegro | 9 mutual');
    const card = standIn.calls('chat.postMessage').at(-1);
    await cardClick(ACTIONS.accept, buttonValue(card, ACTIONS.accept), String(card?.response.ts));
    // Deactivated: Slack still answers users.info, with deleted: true.
    standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner', deleted: true });
    const gone = await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-26T11:00:00Z'));
    expect(gone).toMatchObject({ delivered: 0, retired: 1 });
    expect((await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-27T11:00:00Z'))).claimed).toBe(0);
  });

  it('keeps trying when users.info fails, then falls back to UTC rather than never thanking', async () => {
    await acceptPriya();
    app.db.prepare('DELETE FROM slack_users').run();
    standIn.failNext('users.info', { error: 'internal_error' }, 3);
    const tries = ['2026-11-25T11:00:00Z', '2026-11-25T12:00:00Z', '2026-11-25T13:00:00Z', '2026-11-25T14:00:00Z'];
    const reports = [];
    for (const at of tries) reports.push(await sweepThankYous(app.instance.sweepDeps, new Date(at)));
    expect(reports.map((r) => r.delivered)).toEqual([0, 0, 0, 1]);
  });

  it('waits for working hours in the owner’s own time zone', async () => {
    standIn.setUser({ id: OWNER, tz: 'America/Los_Angeles', real_name: 'Sam Owner' });
    await app.stop();
    app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now, env: { THANK_YOU_DELAY_MINUTES: '0' } });
    await acceptPriya();
    // 10:00 UTC is 02:00 in Los Angeles: held back until 09:00 there (17:00 UTC).
    const night = await sweepThankYous(app.instance.sweepDeps, new Date(TUESDAY_10AM));
    expect(night).toMatchObject({ delivered: 0, deferred: 0, claimed: 0 });
    const morning = await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-24T17:00:00Z'));
    expect(morning.delivered).toBe(1);
  });

  it('Sent it / Snooze / Skip update the DM and the record', async () => {
    await acceptPriya();
    await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T09:00:00Z'));
    const dm = standIn.calls('chat.postMessage').at(-1);
    const nudgeId = buttonValue(dm, ACTIONS.nudgeSnooze);
    const dmChannel = String(dm?.response.channel);
    const dmTs = String(dm?.response.ts);
    clock.set('2026-11-25T09:10:00Z');
    await app.click({ user_id: OWNER, action_id: ACTIONS.nudgeSnooze, value: nudgeId, channel_id: dmChannel, message_ts: dmTs });
    expect(allText(standIn.calls('chat.update').at(-1))).toContain('Snoozed');
    // Snoozed a day: back on Thursday morning, once.
    expect((await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T12:00:00Z'))).claimed).toBe(0);
    expect((await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-26T09:10:00Z'))).delivered).toBe(1);
    const second = standIn.calls('chat.postMessage').at(-1);
    await app.click({ user_id: OWNER, action_id: ACTIONS.nudgeSent, value: nudgeId, channel_id: String(second?.response.channel), message_ts: String(second?.response.ts) });
    expect(allText(standIn.calls('chat.update').at(-1))).toContain('Sent.');
    const row = app.db.prepare('SELECT status FROM thank_you_nudges WHERE id = ?').get(nudgeId);
    expect(row).toEqual({ status: 'done' });
  });

  it('a snoozed reminder keeps Sent it in its DM: thanked meanwhile, it is marked sent and does not come back', async () => {
    await acceptPriya();
    await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T09:00:00Z'));
    const dm = standIn.calls('chat.postMessage').at(-1);
    const nudgeId = buttonValue(dm, ACTIONS.nudgeSnooze);
    const where = { channel_id: String(dm?.response.channel), message_ts: String(dm?.response.ts) };
    clock.set('2026-11-25T09:10:00Z');
    await app.click({ user_id: OWNER, action_id: ACTIONS.nudgeSnooze, value: nudgeId, ...where });
    const snoozed = standIn.calls('chat.update').at(-1);
    expect(allText(snoozed)).toContain('Snoozed');
    // The Home tab says to press Sent it in the DM once they are thanked: the snoozed DM still can.
    expect(buttonValue(snoozed, ACTIONS.nudgeSent)).toBe(nudgeId);
    expect(buttonValue(snoozed, ACTIONS.nudgeSkip)).toBe(nudgeId);
    expect(allText(snoozed)).not.toContain(ACTIONS.nudgeSnooze);
    await app.click({ user_id: OWNER, action_id: ACTIONS.nudgeSent, value: nudgeId, ...where });
    expect(allText(standIn.calls('chat.update').at(-1))).toContain('Sent. Nice one.');
    expect(app.db.prepare('SELECT status FROM thank_you_nudges WHERE id = ?').get(nudgeId)).toEqual({ status: 'done' });
    expect((await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-26T09:10:00Z'))).claimed).toBe(0);
  });

  it('accepting a second check of the same person brings no second nudge, and its card says why', async () => {
    const first = await checkPriya();
    await cardClick(ACTIONS.accept, first.invitationId, first.ts);
    const second = await checkPriya();
    await cardClick(ACTIONS.accept, second.invitationId, second.ts);
    expect(allText(standIn.calls('chat.update').at(-1))).toContain('No second thank-you reminder: another invitation from them already has one.');
    expect(app.db.prepare('SELECT invitation_id FROM thank_you_nudges').all()).toEqual([{ invitation_id: Number(first.invitationId) }]);
    expect((await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T09:00:00Z'))).delivered).toBe(1);
    // One person in the DM, once: one Sent it button.
    expect(JSON.stringify(standIn.calls('chat.postMessage').at(-1)?.args.blocks).split(`"${ACTIONS.nudgeSent}"`)).toHaveLength(2);
  });

  it('changing the first check away from Accept hands its thank-you on to an accepted later check', async () => {
    const first = await checkPriya();
    await cardClick(ACTIONS.accept, first.invitationId, first.ts);
    const second = await checkPriya();
    await cardClick(ACTIONS.accept, second.invitationId, second.ts);
    await changeDecisionTo('ignored', first.invitationId, first.ts);
    const nudges = app.db.prepare('SELECT invitation_id, status FROM thank_you_nudges ORDER BY id').all();
    expect(nudges).toEqual([
      { invitation_id: Number(first.invitationId), status: 'cancelled' },
      { invitation_id: Number(second.invitationId), status: 'scheduled' },
    ]);
    const redrawnSecond = standIn.calls('chat.update').filter((call) => call.args.ts === second.ts).at(-1);
    expect(allText(redrawnSecond)).toContain(`<@${OWNER}> gets a thank-you reminder by DM.`);
    expect((await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T09:00:00Z'))).delivered).toBe(1);
  });

  it('after Sent it, a change away from Accept and back brings no second thank-you', async () => {
    const { invitationId, ts } = await checkPriya();
    await cardClick(ACTIONS.accept, invitationId, ts);
    expect((await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T09:00:00Z'))).delivered).toBe(1);
    const dm = standIn.calls('chat.postMessage').at(-1);
    const nudgeId = buttonValue(dm, ACTIONS.nudgeSent);
    await app.click({ user_id: OWNER, action_id: ACTIONS.nudgeSent, value: nudgeId, channel_id: String(dm?.response.channel), message_ts: String(dm?.response.ts) });
    for (const decision of ['ignored', 'accepted']) {
      await changeDecisionTo(decision, invitationId, ts);
    }
    expect(app.db.prepare("SELECT status FROM invitations WHERE id = ?").get(invitationId)).toEqual({ status: 'accepted' });
    expect((await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-26T09:00:00Z'))).claimed).toBe(0);
    expect(app.db.prepare('SELECT status FROM thank_you_nudges').all()).toEqual([{ status: 'done' }]);
  });

  it('a DM’s button clicked after the decision changed away from Accept redraws it as no longer needed', async () => {
    const { invitationId, ts } = await checkPriya();
    await cardClick(ACTIONS.accept, invitationId, ts);
    await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T09:00:00Z'));
    const dm = standIn.calls('chat.postMessage').at(-1);
    const nudgeId = buttonValue(dm, ACTIONS.nudgeSnooze);

    await changeDecisionTo('ignored', invitationId, ts);
    const updates = standIn.calls('chat.update').length;

    await app.click({ user_id: OWNER, action_id: ACTIONS.nudgeSnooze, value: nudgeId, channel_id: String(dm?.response.channel), message_ts: String(dm?.response.ts) });
    const redrawn = standIn.calls('chat.update').slice(updates);
    expect(redrawn).toHaveLength(1);
    expect(redrawn[0]?.args.ts).toBe(dm?.response.ts);
    expect(allText(redrawn[0])).toContain('No thank-you needed');
    expect(allText(redrawn[0])).not.toContain(ACTIONS.nudgeSnooze);
    expect(app.db.prepare('SELECT status FROM thank_you_nudges WHERE id = ?').get(nudgeId)).toEqual({ status: 'cancelled' });
  });
});
