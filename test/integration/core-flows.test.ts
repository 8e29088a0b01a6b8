import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { allText, buttonValue, openedView } from '../support/calls.js';
import { invitationFormValues } from '../support/invitation-form.js';
import { blockActionsBody, plainTextValue, radioValue, sendSignedRequest, slashCommandBody, viewSubmissionBody } from '../support/slack-requests.js';
import { startSlackStandIn, type RecordedCall, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, SIGNING_SECRET, TEAM, TEAMMATE, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';

// Tuesday 24 November 2026, 10:00 in London.
const TUESDAY_10AM = '2026-11-24T10:00:00Z';
const PRIYA = 'Priya Raman | Head of Data Partnerships at Northwind Analytics | 2 mutual | linkedin.com/in/priya-raman-data';

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let app: TestApp;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  standIn.setUser({ id: TEAMMATE, tz: 'Europe/London', real_name: 'Ana Silva' });
  database = tempDatabasePath();
  app = await startTestApp({ standIn, databasePath: database.path, clock: manualClock(TUESDAY_10AM).now });
});

afterEach(async () => {
  await app.stop();
  await standIn.close();
  database.cleanup();
});

interface Card {
  invitationId: string;
  ts: string;
}

async function check(text: string, user = OWNER): Promise<Card> {
  await app.command(text, { user });
  const card = standIn.calls('chat.postMessage').at(-1);
  return { invitationId: buttonValue(card, ACTIONS.accept), ts: String(card?.response.ts) };
}

function click(card: Card, actionId: string, user = OWNER) {
  return app.click({ user_id: user, action_id: actionId, value: card.invitationId, channel_id: CHANNEL, message_ts: card.ts });
}

/** Signed and sent, without waiting for the work after its ack: for what happens meanwhile. */
function sendNow(body: string) {
  return sendSignedRequest(app.eventsUrl, body, { secret: SIGNING_SECRET });
}

interface StoredRow {
  status: string;
  recommendation: string;
  score: number;
  reasons: string;
}

function row(card: Card): StoredRow {
  return app.db.prepare('SELECT status, recommendation, score, reasons FROM invitations WHERE id = ?').get(card.invitationId) as StoredRow;
}

/** A teammate's word on the card, submitted; its weighing then waits for Slack to name them, until `release`. */
async function slowWord(card: Card, user: string, note: string): Promise<() => void> {
  await click(card, ACTIONS.voiceKnows, user);
  const modal = openedView(standIn.calls('views.open').at(-1));
  const release = standIn.holdNext('users.info');
  const before = standIn.calls('users.info').length;
  await sendNow(
    viewSubmissionBody({
      team_id: TEAM,
      user_id: user,
      callback_id: VIEWS.voice,
      private_metadata: modal.private_metadata,
      values: {
        [INPUTS.voiceKind.block]: { [INPUTS.voiceKind.action]: radioValue('knows') },
        [INPUTS.voiceNote.block]: { [INPUTS.voiceNote.action]: plainTextValue(note) },
      },
    }),
  );
  await expect.poll(() => standIn.calls('users.info').length).toBeGreaterThan(before);
  return release;
}

describe("a teammate's word weighed while Slack is slow to name them", () => {
  it('does not change the recommendation of a decision made meanwhile', async () => {
    const card = await check(PRIYA);
    const release = await slowWord(card, TEAMMATE, 'worked together');
    // The owner accepts on the card as it stood: "take a closer look", 50.
    const decidedOn = row(card);
    await sendNow(blockActionsBody({ team_id: TEAM, user_id: OWNER, action_id: ACTIONS.accept, value: card.invitationId, channel_id: CHANNEL, message_ts: card.ts, response_url: standIn.responseUrl('action') }));
    await expect.poll(() => row(card).status).toBe('accepted');
    release();
    await app.instance.drain();
    const after = row(card);
    expect({ recommendation: after.recommendation, score: after.score, reasons: after.reasons }).toEqual({
      recommendation: decidedOn.recommendation,
      score: decidedOn.score,
      reasons: decidedOn.reasons,
    });
    expect(allText(standIn.calls('chat.update').at(-1))).toContain(`score ${decidedOn.score}/100`);
  });

  it('does not draw the card again once its check is forgotten meanwhile', async () => {
    const card = await check(PRIYA);
    const release = await slowWord(card, TEAMMATE, 'worked together');
    await sendNow(slashCommandBody({ text: 'forget linkedin.com/in/priya-raman-data', user_id: OWNER, team_id: TEAM, channel_id: CHANNEL, response_url: standIn.responseUrl('forget-ask') }));
    await expect.poll(() => standIn.responsePosts('forget-ask').length).toBeGreaterThan(0);
    const ask = standIn.responsePosts('forget-ask').at(-1)?.body ?? {};
    const ids = buttonValue({ method: 'response_url', args: ask, token: null, at: 0, response: {} }, ACTIONS.forgetConfirm);
    await sendNow(blockActionsBody({ team_id: TEAM, user_id: OWNER, action_id: ACTIONS.forgetConfirm, value: ids, response_url: standIn.responseUrl('forget-done') }));
    await expect.poll(() => app.db.prepare('SELECT count(*) AS n FROM invitations').get()).toEqual({ n: 0 });
    await expect.poll(() => standIn.messages(CHANNEL).map((message) => JSON.stringify(message)).join('')).not.toContain('Priya');
    release();
    await app.instance.drain();
    expect(JSON.stringify(standIn.messages(CHANNEL))).not.toContain('Priya');
  });
});

describe('a Change decision form delivered again after it was saved (a restart before its answer reached Slack)', () => {
  it('closes quietly, as saved, instead of saying the invitation changed since the form opened', async () => {
    const card = await check(PRIYA);
    await click(card, ACTIONS.accept);
    await click(card, ACTIONS.changeDecision);
    const body = viewSubmissionBody({
      team_id: TEAM,
      user_id: OWNER,
      callback_id: VIEWS.changeDecision,
      private_metadata: openedView(standIn.calls('views.open').at(-1)).private_metadata,
      values: {
        [INPUTS.newDecision.block]: { [INPUTS.newDecision.action]: radioValue('ignored') },
        [INPUTS.changeReason.block]: { [INPUTS.changeReason.action]: plainTextValue('Sent the same pitch to Ana') },
      },
    });
    expect((await app.send(body)).text).toBe('');
    expect(row(card).status).toBe('ignored');
    // The same submission again, as Slack sends it once more to the restarted app (the memory of
    // deliveries seen went with the process: a fresh trigger_id stands in for that here).
    const again = await app.send(body.replace(/trigger_id%22%3A%22[^%]+/, 'trigger_id%22%3A%22999.888.again'));
    expect(again.text).toBe('');
    expect(row(card).status).toBe('ignored');
  });
});

describe('the Home tab behind a decision (its redraw failed)', () => {
  function homeClick(actionId: string, card: Card) {
    return app.send(blockActionsBody({ team_id: TEAM, user_id: OWNER, action_id: actionId, value: card.invitationId, view: { id: 'V0HOMETAB1', type: 'home', callback_id: '' } }));
  }

  function homeShowsWaiting(): boolean {
    const view = standIn.calls('views.publish').at(-1)?.args.view;
    return JSON.stringify(view).includes(`home_pending:`);
  }

  it.each([ACTIONS.accept, ACTIONS.ignore])('a click on its %s button is answered by drawing it again as things stand', async (actionId) => {
    const card = await check(PRIYA);
    // Accepted on the card, but Slack failed the Home tab's redraw: it still offers Priya.
    standIn.failNext('views.publish', { error: 'fatal_error' });
    await click(card, ACTIONS.accept);
    expect(row(card).status).toBe('accepted');
    const published = standIn.calls('views.publish').length;
    await homeClick(actionId, card);
    expect(standIn.calls('views.publish').length).toBeGreaterThan(published);
    expect(homeShowsWaiting()).toBe(false);
    expect(standIn.calls('views.open')).toEqual([]);
  });
});

describe('"Open the form again" in a group DM', () => {
  const GROUP_DM = 'G0MPIM0001';

  it('keeps that the form is for a group DM: the card that cannot go there says so, and asks nobody to /invite the app', async () => {
    // A paste with no name, in a group DM the app is not in: the form opens for it.
    await app.send(
      slashCommandBody({
        text: '14 mutual connections https://www.linkedin.com/in/someone-nameless',
        user_id: OWNER,
        team_id: TEAM,
        channel_id: GROUP_DM,
        channel_name: 'mpdm-sam--ana--kim-1',
        response_url: standIn.responseUrl('group'),
      }),
    );
    const form = openedView(standIn.calls('views.open').at(-1));
    // Closed unchecked: the paste comes back with "Open the form again"; later, that is pressed.
    await app.closeView({ user_id: OWNER, callback_id: VIEWS.invitationForm, private_metadata: form.private_metadata, values: invitationFormValues({ name: 'Ana Silva' }) });
    const reply = standIn.responsePosts('group').at(-1)?.body ?? {};
    const reopen = buttonValue({ args: reply } as unknown as RecordedCall, ACTIONS.reopenInvitationForm);
    await app.click({ user_id: OWNER, action_id: ACTIONS.reopenInvitationForm, value: reopen });
    const again = openedView(standIn.calls('views.open').at(-1));
    // Checked: the group DM refuses the card (the app cannot be in one), so it comes by DM.
    standIn.failNext('chat.postMessage', { error: 'channel_not_found' });
    await app.submit({ user_id: OWNER, callback_id: VIEWS.invitationForm, private_metadata: again.private_metadata, values: invitationFormValues({ name: 'Ana Silva' }) });
    const card = standIn.calls('chat.postMessage').at(-1);
    expect(card?.args.channel).not.toBe(GROUP_DM);
    const words = allText(card);
    expect(words).toContain('Ana Silva');
    expect(words).toContain('in the group DM where you checked it');
    expect(words).not.toContain('/invite');
  });
});

describe('Change decision to Decline politely, from /invite-check ignored', () => {
  it('shows the ready-to-send message beside the list it was changed from, where the person is looking', async () => {
    const card = await check(PRIYA);
    await click(card, ACTIONS.ignore);
    await app.submit({ user_id: OWNER, callback_id: VIEWS.ignoreReason, private_metadata: openedView(standIn.calls('views.open').at(-1)).private_metadata, values: {} });
    expect(row(card).status).toBe('ignored');
    // Reconsidered days later, from the list asked for in another channel.
    await app.command('ignored', { channel: 'C0ELSEWHERE', responseUrlId: 'list' });
    await app.click({ user_id: OWNER, action_id: ACTIONS.changeDecision, block_id: `ignored:${card.invitationId}`, value: card.invitationId, response_url: standIn.responseUrl('list') });
    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.changeDecision,
      private_metadata: openedView(standIn.calls('views.open').at(-1)).private_metadata,
      values: { [INPUTS.newDecision.block]: { [INPUTS.newDecision.action]: radioValue('declined') } },
    });
    expect(row(card).status).toBe('declined');
    const besideList = standIn.responsePosts('list').map((post) => JSON.stringify(post.body));
    expect(besideList.some((post) => post.includes("Here's a friendly message you can send them"))).toBe(true);
    expect(standIn.calls('chat.postEphemeral').map((call) => allText(call)).join('')).not.toContain("Here's a friendly message");
    // The list is redrawn as well, saying what changed.
    expect(besideList.at(-1)).toContain('is now declined');
  });
});

