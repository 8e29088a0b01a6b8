import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeExpiredDetails } from '../../src/jobs/retention.js';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { nothingToSaveModal } from '../../src/views/nothing-to-save.js';
import { assertValidMessage, assertValidModal } from '../support/block-kit.js';
import { buttonValue, openedView } from '../support/calls.js';
import { invitationFormValues } from '../support/invitation-form.js';
import { plainTextValue, radioValue, type SignedRequestResult } from '../support/slack-requests.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, TEAM, TEAMMATE, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';

// A form about a check (Edit details, Ignore…, Block…, Change decision, a teammate's word) sent
// after that check was forgotten, or its details removed by retention: nothing is saved, and the
// form becomes one small view saying so, with only a Close button, the same for every form.

const PRIYA = 'Priya Raman | Head of Data Partnerships at Northwind Analytics | 2 mutual | linkedin.com/in/priya-raman-data';
/** What the forgotten person's details are made of: none may come back in an answer. */
const HER_DETAILS = ['Priya', 'Raman', 'Northwind', 'priya-raman-data'];

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let app: TestApp;
let clock: ReturnType<typeof manualClock>;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  standIn.setUser({ id: TEAMMATE, tz: 'Europe/London', real_name: 'Ana Silva' });
  database = tempDatabasePath();
  clock = manualClock('2026-11-24T10:00:00Z');
  app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now });
});

afterEach(async () => {
  await app.stop();
  await standIn.close();
  database.cleanup();
});

interface Card {
  id: string;
  ts: string;
}

async function check(text: string): Promise<Card> {
  await app.command(text);
  const card = standIn.calls('chat.postMessage').at(-1);
  return { id: buttonValue(card, ACTIONS.accept), ts: String(card?.response.ts) };
}

function click(card: Card, actionId: string, user = OWNER) {
  return app.click({ user_id: user, action_id: actionId, value: card.id, block_id: `decide:${card.id}`, channel_id: CHANNEL, message_ts: card.ts });
}

/** Clicks `actionId` and returns the private_metadata of the form it opened. */
async function openForm(card: Card, actionId: string, callbackId: string, user = OWNER): Promise<string> {
  const opened = standIn.calls('views.open').length;
  await click(card, actionId, user);
  expect(standIn.calls('views.open')).toHaveLength(opened + 1);
  const view = openedView(standIn.calls('views.open').at(-1));
  expect(view.callback_id).toBe(callbackId);
  return view.private_metadata;
}

/** `forget Priya` by the owner, confirmed. */
async function forgetPriya(): Promise<void> {
  await app.command('forget Priya Raman', { responseUrlId: 'forget-ask' });
  const ask = standIn.responsePosts('forget-ask').at(-1)?.body ?? {};
  const ids = buttonValue({ method: 'response_url', args: ask, token: null, at: 0, response: {} }, ACTIONS.forgetConfirm);
  await app.click({ user_id: OWNER, action_id: ACTIONS.forgetConfirm, value: ids, response_url: standIn.responseUrl('forget-done') });
  expect(JSON.stringify(standIn.responsePosts('forget-done').at(-1)?.body)).toContain('Done. I removed 1 invitation');
}

function removeDetails(): Promise<number> {
  return removeExpiredDetails({ ...app.instance.retentionDeps, logger: app.instance.services.logger }, new Date('2027-06-30T10:00:00Z'));
}

/** What every table holds, to see that a refused form stored nothing. */
function everything(): string {
  const tables = app.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
  return tables.map(({ name }) => `${name}: ${JSON.stringify(app.db.prepare(`SELECT * FROM "${name}"`).all())}`).join('\n');
}

/** The answer is the closing view, and nothing else was said or stored. */
async function expectNothingToSave(send: () => Promise<SignedRequestResult>, why: 'forgotten' | 'detailsRemoved'): Promise<void> {
  const stored = everything();
  const calls = standIn.calls().length;
  const responses = standIn.responsePosts().length;
  const answer = await send();
  expect(answer.json).toEqual({ response_action: 'update', view: nothingToSaveModal(why) });
  assertValidModal((answer.json as { view: unknown }).view);
  for (const detail of HER_DETAILS) expect(answer.text).not.toContain(detail);
  // Nothing stored, nothing posted: no DM with what was typed, no card or list redrawn.
  expect(everything()).toBe(stored);
  expect(standIn.calls().slice(calls)).toEqual([]);
  expect(standIn.responsePosts()).toHaveLength(responses);
}

describe('a form sent after its check was forgotten', () => {
  it('says the same for Edit details, Ignore…, Block… and a teammate’s word: nothing to save, close the form', async () => {
    const pending = await check(PRIYA);
    const edit = await openForm(pending, ACTIONS.editDetails, VIEWS.editDetails);
    const ignore = await openForm(pending, ACTIONS.ignore, VIEWS.ignoreReason);
    const block = await openForm(pending, ACTIONS.block, VIEWS.blockReason);
    const word = await openForm(pending, ACTIONS.voiceCaution, VIEWS.voice, TEAMMATE);
    await forgetPriya();

    const answers = [
      () =>
        app.submit({
          user_id: OWNER,
          callback_id: VIEWS.editDetails,
          private_metadata: edit,
          values: invitationFormValues({ name: 'Priya Raman', headline: 'Head of Data', company: 'Northwind Analytics', profileUrl: 'linkedin.com/in/priya-raman-data' }),
        }),
      () =>
        app.submit({
          user_id: OWNER,
          callback_id: VIEWS.ignoreReason,
          private_metadata: ignore,
          values: {
            [INPUTS.ignoreReason.block]: { [INPUTS.ignoreReason.action]: radioValue('sales_pitch') },
            [INPUTS.ignoreNote.block]: { [INPUTS.ignoreNote.action]: plainTextValue('Priya pitched Northwind to all of us') },
          },
        }),
      () =>
        app.submit({
          user_id: OWNER,
          callback_id: VIEWS.blockReason,
          private_metadata: block,
          values: { [INPUTS.blockReason.block]: { [INPUTS.blockReason.action]: plainTextValue('Priya sent crypto pitches') } },
        }),
      () =>
        app.submit({
          user_id: TEAMMATE,
          callback_id: VIEWS.voice,
          private_metadata: word,
          values: {
            [INPUTS.voiceKind.block]: { [INPUTS.voiceKind.action]: radioValue('caution') },
            [INPUTS.voiceNote.block]: { [INPUTS.voiceNote.action]: plainTextValue('Priya spammed my old team') },
          },
        }),
    ];
    for (const send of answers) await expectNothingToSave(send, 'forgotten');
    expect(JSON.stringify(nothingToSaveModal('forgotten'))).toContain('*Nothing was saved.* This invitation was forgotten, so I no longer keep anything about it and there is nothing to save.');
    expect(JSON.stringify(nothingToSaveModal('forgotten'))).toContain('You can close this form.');
  });

  it('answers Change decision from the ignored list so, before even asking for the new decision, and leaves the list alone', async () => {
    const declined = await check(PRIYA);
    await click(declined, ACTIONS.decline);
    await app.command('ignored', { responseUrlId: 'list' });
    await app.click({ user_id: OWNER, action_id: ACTIONS.changeDecision, block_id: `ignored:${declined.id}`, value: declined.id, response_url: standIn.responseUrl('list') });
    const change = openedView(standIn.calls('views.open').at(-1));
    expect(change.callback_id).toBe(VIEWS.changeDecision);
    await forgetPriya();
    const listPosts = standIn.responsePosts('list').length;
    // Sent with no new decision picked: there is nothing to pick one for.
    await expectNothingToSave(() => app.submit({ user_id: OWNER, callback_id: VIEWS.changeDecision, private_metadata: change.private_metadata, values: {} }), 'forgotten');
    await expectNothingToSave(
      () =>
        app.submit({
          user_id: OWNER,
          callback_id: VIEWS.changeDecision,
          private_metadata: change.private_metadata,
          values: { [INPUTS.newDecision.block]: { [INPUTS.newDecision.action]: radioValue('accepted') } },
        }),
      'forgotten',
    );
    expect(standIn.responsePosts('list')).toHaveLength(listPosts);
  });
});

describe('a form left open for a forgotten check, after the next check', () => {
  // SQLite gives a new row one more than the largest id: the forgotten newest check's id went to
  // the next check, and this form was saved onto Bo's check (migration 019).
  it('is not saved onto the next check, which does not get the forgotten one’s id', async () => {
    const pending = await check(PRIYA);
    const edit = await openForm(pending, ACTIONS.editDetails, VIEWS.editDetails);
    const ignore = await openForm(pending, ACTIONS.ignore, VIEWS.ignoreReason);
    await forgetPriya();
    const next = await check('Bo Lindqvist | Staff Engineer at Fabrikam | 4 mutual');
    expect(Number(next.id)).toBeGreaterThan(Number(pending.id));

    await expectNothingToSave(
      () =>
        app.submit({
          user_id: OWNER,
          callback_id: VIEWS.editDetails,
          private_metadata: edit,
          values: invitationFormValues({ name: 'Priya Raman', headline: 'Head of Data', company: 'Northwind Analytics' }),
        }),
      'forgotten',
    );
    await expectNothingToSave(
      () =>
        app.submit({
          user_id: OWNER,
          callback_id: VIEWS.ignoreReason,
          private_metadata: ignore,
          values: { [INPUTS.ignoreReason.block]: { [INPUTS.ignoreReason.action]: radioValue('sales_pitch') } },
        }),
      'forgotten',
    );
    expect(app.db.prepare('SELECT name, status FROM invitations').all()).toEqual([{ name: 'Bo Lindqvist', status: 'pending' }]);
  });
});

describe('a form sent after retention removed its check’s details', () => {
  it('says so for Change decision and Edit details, and changes nothing', async () => {
    const declined = await check(PRIYA);
    await click(declined, ACTIONS.decline);
    const change = await openForm(declined, ACTIONS.changeDecision, VIEWS.changeDecision);
    const edit = await openForm(declined, ACTIONS.editDetails, VIEWS.editDetails);
    expect(await removeDetails()).toBe(1);
    await expectNothingToSave(
      () =>
        app.submit({
          user_id: OWNER,
          callback_id: VIEWS.changeDecision,
          private_metadata: change,
          values: { [INPUTS.newDecision.block]: { [INPUTS.newDecision.action]: radioValue('accepted') } },
        }),
      'detailsRemoved',
    );
    await expectNothingToSave(
      () => app.submit({ user_id: OWNER, callback_id: VIEWS.editDetails, private_metadata: edit, values: invitationFormValues({ name: 'Priya Raman' }) }),
      'detailsRemoved',
    );
    expect(app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(declined.id)).toEqual({ status: 'declined' });
    expect(JSON.stringify(nothingToSaveModal('detailsRemoved'))).toContain(
      "*Nothing was saved.* This invitation's details were removed after the retention period, so there is nothing to save.",
    );
  });
});

describe('a check forgotten while its form is being saved', () => {
  const DAY = 24 * 60 * 60 * 1000;

  /**
   * Edit details on an accepted check asks Slack for the owner's time zone before its write (the
   * thank-you follows a correction): the check is forgotten while that answer is held.
   */
  async function editForgottenMidway(): Promise<SignedRequestResult> {
    const accepted = await check(PRIYA);
    await click(accepted, ACTIONS.accept);
    const edit = await openForm(accepted, ACTIONS.editDetails, VIEWS.editDetails);
    // The cached time zone is stale a day later, so the save asks Slack again.
    clock.advance(2 * DAY);
    const release = standIn.holdNext('users.info');
    const asked = standIn.calls('users.info').length;
    const answer = app.submit({ user_id: OWNER, callback_id: VIEWS.editDetails, private_metadata: edit, values: invitationFormValues({ name: 'Priya Raman', headline: 'Head of Data' }) });
    await expect.poll(() => standIn.calls('users.info').length).toBeGreaterThan(asked);
    expect((await app.instance.services.privacy.forgetChecks(TEAM, OWNER, [Number(accepted.id)])).removed).toBe(1);
    release();
    return answer;
  }

  it('still open: the form becomes the closing view, nothing saved', async () => {
    const answer = await editForgottenMidway();
    expect(answer.json).toEqual({ response_action: 'update', view: nothingToSaveModal('forgotten') });
    expect(app.db.prepare('SELECT count(*) AS n FROM invitations').get()).toEqual({ n: 0 });
  });

  it('closed already (the ack could wait no longer): a DM says so, without what was typed', async () => {
    await app.stop();
    app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now, ackWaitMs: 50 });
    const posts = standIn.calls('chat.postMessage').length;
    const answer = await editForgottenMidway();
    expect(answer.json).toBeNull();
    await expect.poll(() => standIn.calls('chat.postMessage').length).toBeGreaterThan(posts);
    const told = standIn.calls('chat.postMessage').slice(posts).filter((call) => call.args.channel === OWNER);
    expect(told).toHaveLength(1);
    assertValidMessage(told[0]?.args ?? {});
    const text = JSON.stringify(told[0]?.args);
    expect(text).toContain('The form you just sent was not saved.');
    expect(text).toContain('This invitation was forgotten');
    for (const detail of HER_DETAILS) expect(text).not.toContain(detail);
    expect(app.db.prepare('SELECT count(*) AS n FROM invitations').get()).toEqual({ n: 0 });
  });
});

describe('a form about a check still there', () => {
  it('is answered as before: Change decision with no choice keeps its field error', async () => {
    const declined = await check(PRIYA);
    await click(declined, ACTIONS.decline);
    const change = await openForm(declined, ACTIONS.changeDecision, VIEWS.changeDecision);
    const answer = await app.submit({ user_id: OWNER, callback_id: VIEWS.changeDecision, private_metadata: change, values: {} });
    expect(answer.json).toEqual({ response_action: 'errors', errors: { [INPUTS.newDecision.block]: 'Pick the new decision.' } });
  });
});
