import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepThankYous } from '../../src/jobs/thank-you-sweep.js';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { nothingToSaveModal } from '../../src/views/nothing-to-save.js';
import { allText, buttonValue, openedView } from '../support/calls.js';
import {
  callsSince,
  commandFrom,
  expectCleanOutput,
  expectCleanWords,
  expectEphemeralRefusal,
  expectModalErrors,
  homeOpened,
  inputBlockIds,
  mark,
  OTHER_TEAM,
  OUTSIDER,
  postsSince,
  snapshotDatabase,
  startRecordingServer,
  startSecurityApp,
  type RecordingServer,
} from '../support/security-app.js';
import { securityTally } from '../support/security-figures.js';
import {
  blockActionsBody,
  checkboxesValue,
  plainTextValue,
  radioValue,
  staticSelectValue,
  timepickerValue,
  viewSubmissionBody,
  type ActionContainer,
} from '../support/slack-requests.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, TEAM, TEAMMATE, tempDatabasePath, type TestApp } from '../support/test-app.js';

// Who may do what. Every button (ACTIONS) and every modal (VIEWS) is tried by people who may not
// use it on that record: a teammate deciding, the owner vouching, someone clicking another
// person's thank-you buttons, a user of another workspace holding real ids, made-up ids, and
// tampered private_metadata. Each attempt must leave every table as it was, send nothing on
// anyone's behalf, and answer with one clear sentence (an ephemeral reply, or errors in the modal).

const tally = securityTally('test/security/authorization.test.ts');
afterAll(() => tally.write());

const OTHER_CHANNEL = 'C0OTHERCH1';
// Tuesday 24 November 2026, 10:00 in London.
const TUESDAY_10AM = '2026-11-24T10:00:00Z';
/** Every one of the owner's ignored / declined people carries this word, so a leak is easy to spot. */
const SECRET = 'Quasimodo';
/** The owner's focus keyword: it must never show in anyone else's settings. */
const SECRET_FOCUS = 'zanzibarology';

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let app: TestApp;
let evil: RecordingServer;

interface World {
  /** The owner's pending invitation (Priya), on a card in CHANNEL. */
  pending: { id: number; ts: string };
  /** The owner's accepted invitation (Ben), whose thank-you DM went out. */
  accepted: { id: number; ts: string };
  nudge: { id: number; channel: string; ts: string };
  /** The teammate's own pending invitation. */
  teammates: { id: number; ts: string };
  /** An invitation in the other workspace. */
  foreign: { id: number };
  /** The input block_ids of each modal, read from the modals the app really opened. */
  inputs: Record<string, string[]>;
}

let world: World;

beforeAll(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  standIn.setUser({ id: TEAMMATE, tz: 'Europe/London', real_name: 'Ana Silva' });
  standIn.setUser({ id: OUTSIDER, tz: 'Europe/London', real_name: 'Olly Outsider' });
  database = tempDatabasePath();
  const clock = manualClock(TUESDAY_10AM);
  app = await startSecurityApp({ standIn, databasePath: database.path, clock: clock.now });
  evil = await startRecordingServer();
  world = await buildWorld(clock);
}, 60_000);

afterAll(async () => {
  await app.stop();
  await standIn.close();
  await evil.close();
  database.cleanup();
});

async function check(text: string, user = OWNER, team = TEAM, channel = CHANNEL): Promise<{ id: number; ts: string }> {
  const at = mark(standIn);
  await commandFrom(app, standIn, { text, user, team, channel });
  const card = callsSince(standIn, at).find((call) => call.method === 'chat.postMessage');
  return { id: Number(buttonValue(card, ACTIONS.accept)), ts: String(card?.response.ts) };
}

function cardClick(actionId: string, card: { id: number; ts: string }, user = OWNER, team = TEAM) {
  return app.send(
    blockActionsBody({
      team_id: team,
      user_id: user,
      action_id: actionId,
      value: String(card.id),
      block_id: `decide:${card.id}`,
      channel_id: CHANNEL,
      message_ts: card.ts,
      response_url: standIn.responseUrl('setup'),
    }),
  );
}

/** The modal the last step opened, which must be `callbackId` (a step that opened none must not pass with the one before). */
function lastOpened(callbackId: string): { callback_id: string; private_metadata: string; view: unknown } {
  const call = standIn.calls('views.open').at(-1);
  expect(openedView(call).callback_id).toBe(callbackId);
  return { ...openedView(call), view: call?.args.view };
}

async function buildWorld(clock: ReturnType<typeof manualClock>): Promise<World> {
  const inputs: Record<string, string[]> = {};
  const pending = await check('Priya Raman | Head of Data Partnerships at Northwind Analytics | 14 mutual | linkedin.com/in/priya-raman-data');
  const accepted = await check('Ben Okafor | Staff Engineer at Lumen | 3 mutual | linkedin.com/in/ben-okafor');
  await cardClick(ACTIONS.accept, accepted);
  for (let i = 0; i < 11; i += 1) {
    clock.advance(60_000);
    const card = await check(`Quentin ${SECRET}${i} | Growth Hacker at Spamco${i} | 0 mutual`);
    await cardClick(ACTIONS.decline, card);
  }
  const teammates = await check('Dana Whitfield | Designer at Studio North | 5 mutual', TEAMMATE);
  const foreign = await check('Erin Foreign | CTO at Elsewhere | 2 mutual', OUTSIDER, OTHER_TEAM, OTHER_CHANNEL);

  // The owner's focus, saved through the settings modal.
  await app.submit({
    user_id: OWNER,
    callback_id: VIEWS.settings,
    values: {
      [INPUTS.focusKeywords.block]: { [INPUTS.focusKeywords.action]: plainTextValue(SECRET_FOCUS) },
      [INPUTS.workDays.block]: { [INPUTS.workDays.action]: checkboxesValue(['1', '2', '3', '4', '5']) },
    },
  });

  // The thank-you DM for Ben, with its buttons.
  const sweep = await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T09:00:00Z'));
  expect(sweep.delivered).toBe(1);
  const dm = standIn.calls('chat.postMessage').at(-1);
  const nudge = { id: Number(buttonValue(dm, ACTIONS.nudgeSent)), channel: String(dm?.response.channel), ts: String(dm?.response.ts) };

  // Every modal, opened the legitimate way, to learn where Slack would show errors.
  await cardClick(ACTIONS.ignore, pending);
  inputs[VIEWS.ignoreReason] = inputBlockIds(lastOpened(VIEWS.ignoreReason).view);
  await cardClick(ACTIONS.block, pending);
  inputs[VIEWS.blockReason] = inputBlockIds(lastOpened(VIEWS.blockReason).view);
  await cardClick(ACTIONS.editDetails, pending);
  inputs[VIEWS.editDetails] = inputBlockIds(lastOpened(VIEWS.editDetails).view);
  await app.send(
    blockActionsBody({ team_id: TEAM, user_id: OWNER, action_id: ACTIONS.changeDecision, value: String(accepted.id), channel_id: CHANNEL, message_ts: accepted.ts }),
  );
  inputs[VIEWS.changeDecision] = inputBlockIds(lastOpened(VIEWS.changeDecision).view);
  await cardClick(ACTIONS.voiceKnows, pending, TEAMMATE);
  inputs[VIEWS.voice] = inputBlockIds(lastOpened(VIEWS.voice).view);
  await app.command('settings');
  inputs[VIEWS.settings] = inputBlockIds(lastOpened(VIEWS.settings).view);
  await app.command('');
  inputs[VIEWS.invitationForm] = inputBlockIds(lastOpened(VIEWS.invitationForm).view);
  for (const callback of Object.values(VIEWS)) expect(inputs[callback], callback).toBeDefined();
  expect(app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(pending.id)).toEqual({ status: 'pending' });

  // Each Home tab, opened, asks Slack for the links to its opener's own waiting cards alone (those
  // it does not keep already: the owner's decisions redrew theirs), and keeps them: the attempts
  // below then change nothing stored by redrawing a Home tab.
  for (const [user, team, card] of [
    [OWNER, TEAM, pending],
    [TEAMMATE, TEAM, teammates],
    [OUTSIDER, OTHER_TEAM, foreign],
  ] as const) {
    const at = mark(standIn);
    await homeOpened(app, { user, team });
    for (const asked of callsSince(standIn, at).filter((call) => call.method === 'chat.getPermalink')) expect(asked.args.message_ts, user).toBe(card.ts);
    expect(app.db.prepare('SELECT card_permalink AS link FROM invitations WHERE id = ?').get(card.id), user).toEqual({ link: expect.stringContaining(card.ts.replace('.', '')) });
  }
  return { pending, accepted, nudge, teammates, foreign, inputs };
}

// ---------------------------------------------------------------------------------------------
// Attempts

interface ClickAttempt {
  actionId: string;
  value: string;
  user: string;
  team: string;
  wording: RegExp;
  /** Where the button sat: the card (default) or the thank-you DM. */
  where?: 'card' | 'dm';
  /** A confirmation message answers by replacing itself; everything else answers beside it. */
  reply?: 'ephemeral' | 'replace';
  /** Calls the clicker may cause for themselves, e.g. their own Home tab redrawn. */
  ownCalls?: string[];
}

let replyCounter = 0;
let viewCounter = 0;
/** A fresh view id per submission, as Slack gives each opened modal its own. */
function nextViewId(): string {
  viewCounter += 1;
  return `V0SEC${String(viewCounter).padStart(6, '0')}`;
}

/** A click that must be refused: nothing stored, nothing sent, one clean ephemeral sentence. */
async function refusedClick(attempt: ClickAttempt): Promise<void> {
  const label = `${attempt.actionId}=${JSON.stringify(attempt.value)} by ${attempt.user}@${attempt.team}`;
  // A click that redraws the clicker's Home tab keeps the links to their own cards it asks Slack
  // for: asked here first, so that what the click itself changes is what is compared.
  if (attempt.ownCalls?.includes('views.publish') === true) await homeOpened(app, { user: attempt.user, team: attempt.team });
  const before = snapshotDatabase(app.db);
  const at = mark(standIn);
  replyCounter += 1;
  const replyId = `refusal-${replyCounter}`;
  const container: ActionContainer =
    attempt.where === 'dm'
      ? { type: 'message', channel_id: world.nudge.channel, message_ts: world.nudge.ts }
      : { type: 'message', channel_id: CHANNEL, message_ts: world.pending.ts };
  const blockId = attempt.where === 'dm' ? `thank_you:${attempt.value}` : `decide:${attempt.value}`;
  const result = await app.send(
    blockActionsBody({
      team_id: attempt.team,
      user_id: attempt.user,
      action_id: attempt.actionId,
      value: attempt.value,
      block_id: blockId,
      container,
      response_url: standIn.responseUrl(replyId),
    }),
  );
  expect(result.status, label).toBe(200);
  expect(snapshotDatabase(app.db), label).toEqual(before);
  const sent = callsSince(standIn, at);
  const allowed = attempt.ownCalls ?? [];
  expect(sent.filter((call) => !allowed.includes(call.method)).map((call) => call.method), label).toEqual([]);
  // What the clicker may cause is for the clicker alone.
  for (const call of sent) expect(call.args.user_id, label).toBe(attempt.user);
  const posts = standIn.responsePosts(replyId);
  if (attempt.reply === 'replace') {
    expect(posts, label).toHaveLength(1);
    expect(posts[0]?.body, label).toMatchObject({ replace_original: true });
    expectCleanWords(posts[0]?.body.text);
    expect(String(posts[0]?.body.text), label).toMatch(attempt.wording);
  } else {
    expectEphemeralRefusal(posts, attempt.wording);
  }
  expectCleanOutput([], posts, [OWNER, TEAMMATE]);
  tally.tried();
}

interface SubmitAttempt {
  callbackId: string;
  metadata: string;
  user: string;
  team: string;
  wording: RegExp;
  /**
   * An id this workspace does not hold reads as a forgotten check (a forgetting leaves no trace to
   * tell them apart): the form becomes the closing view, which names nobody. `must`: that answer;
   * `may`: that, or errors matching `wording` (metadata read as out of date).
   */
  gone?: 'must' | 'may';
}

/** Valid answers for each modal, so a refusal can only come from who sends it and what it is about. */
const VALID_VALUES: Record<string, Record<string, Record<string, unknown>>> = {
  [VIEWS.ignoreReason]: {
    [INPUTS.ignoreReason.block]: { [INPUTS.ignoreReason.action]: radioValue('not_relevant') },
    [INPUTS.ignoreNote.block]: { [INPUTS.ignoreNote.action]: plainTextValue('not for me') },
  },
  [VIEWS.blockReason]: { [INPUTS.blockReason.block]: { [INPUTS.blockReason.action]: plainTextValue('spam') } },
  [VIEWS.editDetails]: {
    [INPUTS.name.block]: { [INPUTS.name.action]: plainTextValue('Corrected Name') },
    [INPUTS.headline.block]: { [INPUTS.headline.action]: plainTextValue('Corrected Headline') },
  },
  [VIEWS.changeDecision]: {
    [INPUTS.newDecision.block]: { [INPUTS.newDecision.action]: radioValue('ignored') },
    [INPUTS.changeReason.block]: { [INPUTS.changeReason.action]: plainTextValue('changed my mind') },
  },
  [VIEWS.voice]: {
    [INPUTS.voiceKind.block]: { [INPUTS.voiceKind.action]: radioValue('knows') },
    [INPUTS.voiceNote.block]: { [INPUTS.voiceNote.action]: plainTextValue('worked together') },
  },
};

/** A modal submission that must be refused in the modal: nothing stored, nothing sent. */
async function refusedSubmit(attempt: SubmitAttempt): Promise<void> {
  const label = `${attempt.callbackId} metadata=${JSON.stringify(attempt.metadata.slice(0, 80))} by ${attempt.user}@${attempt.team}`;
  const before = snapshotDatabase(app.db);
  const at = mark(standIn);
  const result = await app.send(
    viewSubmissionBody({
      view_id: nextViewId(),
      team_id: attempt.team,
      user_id: attempt.user,
      callback_id: attempt.callbackId,
      private_metadata: attempt.metadata,
      values: VALID_VALUES[attempt.callbackId] ?? {},
    }),
  );
  const closed = (result.json as { response_action?: unknown } | null)?.response_action === 'update';
  if (attempt.gone === 'must' || (attempt.gone === 'may' && closed)) {
    expect(result.json, label).toEqual({ response_action: 'update', view: nothingToSaveModal('forgotten') });
  } else {
    expectModalErrors(result, world.inputs[attempt.callbackId] ?? [], attempt.wording);
  }
  expect(snapshotDatabase(app.db), label).toEqual(before);
  expect(callsSince(standIn, at).map((call) => call.method), label).toEqual([]);
  expect(postsSince(standIn, at), label).toEqual([]);
  tally.tried();
}

const meta = (invitationId: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ invitationId, ...extra });

const NOT_OWNER_CLICK = /Only <@U0OWNER001> can decide on this invitation/;
const NOT_OWNER_MODAL = /Only the person who checked this invitation can decide on it/;
const NOT_EDITOR_CLICK = /Only <@U0OWNER001> can edit this invitation's details/;
const NOT_EDITOR_MODAL = /Only the person who checked this invitation can edit its details/;
const OWN_INVITATION = /your own invitation/;
const NOT_FOUND = /couldn't find that invitation/;
const OUT_OF_DATE_WORDING = /out of date/;
const REMINDER_NOT_FOUND = /couldn't find that reminder/;
const NOT_YOUR_REMINDER = /This reminder belongs to <@U0OWNER001>/;
const OUT_OF_DATE = /out of date/;
/** A button the app never drew, or no longer honours: it says so, and what to run instead. */
const STALE_BUTTON = /That button no longer works\. Run `\/invite-check/;
const ALREADY_DECIDED = /already (been )?decided/;

/** Buttons that carry a record id, with who may rightfully press them. */
const ID_BUTTONS = [
  { actionId: ACTIONS.accept, record: 'pending', rightful: 'owner' },
  { actionId: ACTIONS.ignore, record: 'pending', rightful: 'owner' },
  { actionId: ACTIONS.decline, record: 'pending', rightful: 'owner' },
  { actionId: ACTIONS.block, record: 'pending', rightful: 'owner' },
  { actionId: ACTIONS.changeDecision, record: 'accepted', rightful: 'owner' },
  { actionId: ACTIONS.editDetails, record: 'pending', rightful: 'owner' },
  { actionId: ACTIONS.voiceKnows, record: 'pending', rightful: 'teammate' },
  { actionId: ACTIONS.voiceCaution, record: 'pending', rightful: 'teammate' },
  { actionId: ACTIONS.nudgeSent, record: 'nudge', rightful: 'owner' },
  { actionId: ACTIONS.nudgeSnooze, record: 'nudge', rightful: 'owner' },
  { actionId: ACTIONS.nudgeSkip, record: 'nudge', rightful: 'owner' },
] as const;

/** Modals that carry an invitation id in private_metadata, with who may rightfully submit them. */
const ID_MODALS = [
  { callbackId: VIEWS.ignoreReason, record: 'pending', rightful: 'owner' },
  { callbackId: VIEWS.blockReason, record: 'pending', rightful: 'owner' },
  { callbackId: VIEWS.changeDecision, record: 'accepted', rightful: 'owner' },
  { callbackId: VIEWS.editDetails, record: 'pending', rightful: 'owner' },
  { callbackId: VIEWS.voice, record: 'pending', rightful: 'teammate' },
] as const;

function recordId(record: 'pending' | 'accepted' | 'nudge'): number {
  return record === 'nudge' ? world.nudge.id : world[record].id;
}

function rightfulUser(rightful: 'owner' | 'teammate'): string {
  return rightful === 'owner' ? OWNER : TEAMMATE;
}

describe('every button and modal is covered', () => {
  it('each ACTIONS id and VIEWS callback appears in the attempts below', () => {
    const clicked = new Set<string>([
      ...ID_BUTTONS.map((b) => b.actionId),
      ACTIONS.ignoredPage,
      ACTIONS.openSettings,
      ACTIONS.forgetConfirm,
      ACTIONS.forgetMeConfirm,
      ACTIONS.privacyCancel,
      ACTIONS.reopenInvitationForm,
    ]);
    expect([...clicked].sort()).toEqual(Object.values(ACTIONS).sort());
    const submitted = new Set<string>([...ID_MODALS.map((m) => m.callbackId), VIEWS.settings, VIEWS.invitationForm]);
    expect([...submitted].sort()).toEqual(Object.values(VIEWS).sort());
  });
});

describe('(a) people of the same workspace who may not', () => {
  it('a teammate cannot accept, ignore, decline, block or change the owner’s decision', async () => {
    for (const actionId of [ACTIONS.accept, ACTIONS.ignore, ACTIONS.decline, ACTIONS.block]) {
      await refusedClick({ actionId, value: String(world.pending.id), user: TEAMMATE, team: TEAM, wording: NOT_OWNER_CLICK });
    }
    await refusedClick({ actionId: ACTIONS.changeDecision, value: String(world.accepted.id), user: TEAMMATE, team: TEAM, wording: NOT_OWNER_CLICK });
  });

  it('a teammate cannot edit the details of the owner’s invitation, pending or decided, by button or by modal', async () => {
    for (const record of [world.pending, world.accepted]) {
      await refusedClick({ actionId: ACTIONS.editDetails, value: String(record.id), user: TEAMMATE, team: TEAM, wording: NOT_EDITOR_CLICK });
      await refusedSubmit({ callbackId: VIEWS.editDetails, metadata: meta(record.id), user: TEAMMATE, team: TEAM, wording: NOT_EDITOR_MODAL });
    }
    // The owner, on the teammate's own invitation.
    await refusedClick({ actionId: ACTIONS.editDetails, value: String(world.teammates.id), user: OWNER, team: TEAM, wording: /Only <@U0MATE0001> can edit/ });
    await refusedSubmit({ callbackId: VIEWS.editDetails, metadata: meta(world.teammates.id), user: OWNER, team: TEAM, wording: NOT_EDITOR_MODAL });
  });

  it('the owner cannot vouch for or warn about their own invitation, and nobody weighs in once it is decided', async () => {
    for (const actionId of [ACTIONS.voiceKnows, ACTIONS.voiceCaution]) {
      await refusedClick({ actionId, value: String(world.pending.id), user: OWNER, team: TEAM, wording: OWN_INVITATION });
      await refusedClick({ actionId, value: String(world.accepted.id), user: TEAMMATE, team: TEAM, wording: ALREADY_DECIDED });
    }
  });

  it('nobody presses another person’s thank-you buttons', async () => {
    for (const actionId of [ACTIONS.nudgeSent, ACTIONS.nudgeSnooze, ACTIONS.nudgeSkip]) {
      await refusedClick({ actionId, value: String(world.nudge.id), user: TEAMMATE, team: TEAM, wording: NOT_YOUR_REMINDER, where: 'dm' });
    }
  });

  it('a teammate cannot submit the owner’s Ignore, Block or Change modal; the owner cannot submit a word about their own', async () => {
    await refusedSubmit({ callbackId: VIEWS.ignoreReason, metadata: meta(world.pending.id), user: TEAMMATE, team: TEAM, wording: NOT_OWNER_MODAL });
    await refusedSubmit({ callbackId: VIEWS.blockReason, metadata: meta(world.pending.id), user: TEAMMATE, team: TEAM, wording: NOT_OWNER_MODAL });
    await refusedSubmit({ callbackId: VIEWS.changeDecision, metadata: meta(world.accepted.id), user: TEAMMATE, team: TEAM, wording: NOT_OWNER_MODAL });
    await refusedSubmit({ callbackId: VIEWS.voice, metadata: meta(world.pending.id), user: OWNER, team: TEAM, wording: OWN_INVITATION });
    await refusedSubmit({ callbackId: VIEWS.voice, metadata: meta(world.accepted.id), user: TEAMMATE, team: TEAM, wording: ALREADY_DECIDED });
    // The owner's Ignore on the teammate's own invitation.
    await refusedSubmit({ callbackId: VIEWS.ignoreReason, metadata: meta(world.teammates.id), user: OWNER, team: TEAM, wording: NOT_OWNER_MODAL });
  });
});

describe('(b) a user of another workspace, holding real ids from this one', () => {
  // Both a stranger and someone whose user id equals the owner's: only the workspace scopes records.
  const outsiders = [OUTSIDER, OWNER];

  it('is told the record cannot be found, on every id-carrying button', async () => {
    for (const user of outsiders) {
      for (const button of ID_BUTTONS) {
        const wording = button.record === 'nudge' ? REMINDER_NOT_FOUND : NOT_FOUND;
        await refusedClick({ actionId: button.actionId, value: String(recordId(button.record)), user, team: OTHER_TEAM, wording, where: button.record === 'nudge' ? 'dm' : 'card' });
      }
    }
  });

  it('is told there is nothing to save, as for a forgotten check, in every id-carrying modal', async () => {
    for (const user of outsiders) {
      for (const modal of ID_MODALS) {
        await refusedSubmit({ callbackId: modal.callbackId, metadata: meta(recordId(modal.record)), user, team: OTHER_TEAM, wording: NOT_FOUND, gone: 'must' });
      }
    }
  });
});

describe('(c) made-up ids', () => {
  const MADE_UP = ['999999', '0', '-1', 'abc', '1e3', '9007199254740993', '', ' ', '1.5', 'null', '[]', '{}', '١٢'];
  /** The real id written in ways the app never writes it: each must be refused, not read as the id. */
  const disguised = (id: number) => [`${id}.0`, `+${id}`, ` ${id}`, `${id} `, `0${id}`, `${id}e0`, `0x${id.toString(16)}`, `${id}n`, `${id}\n`];

  it('every id-carrying button refuses made-up and disguised ids, even from the person it belongs to', async () => {
    for (const button of ID_BUTTONS) {
      const id = recordId(button.record);
      const user = rightfulUser(button.rightful);
      const where = button.record === 'nudge' ? 'dm' : 'card';
      for (const value of MADE_UP) {
        await refusedClick({ actionId: button.actionId, value, user, team: TEAM, wording: new RegExp(`${STALE_BUTTON.source}|couldn't find`), where });
      }
      for (const value of disguised(id)) {
        await refusedClick({ actionId: button.actionId, value, user, team: TEAM, wording: STALE_BUTTON, where });
      }
    }
  });

  it('every id-carrying modal refuses made-up ids in private_metadata', async () => {
    const madeUp = [
      '{"invitationId":999999}',
      '{"invitationId":0}',
      '{"invitationId":-1}',
      '{"invitationId":"abc"}',
      '{"invitationId":1e3}',
      '{"invitationId":9007199254740993}',
      '{"invitationId":null}',
      '{"invitationId":true}',
      '{"invitationId":{}}',
      '{"invitationId":1.5}',
    ];
    for (const modal of ID_MODALS) {
      const id = recordId(modal.record);
      const user = rightfulUser(modal.rightful);
      for (const metadata of [...madeUp, `{"invitationId":[${id}]}`, `{"invitationId":"${id}.0"}`, `{"invitationId":"0x${id.toString(16)}"}`, `{"invitationId":"${id}e0"}`]) {
        await refusedSubmit({ callbackId: modal.callbackId, metadata, user, team: TEAM, wording: OUT_OF_DATE_WORDING, gone: 'may' });
      }
    }
  });

  it('"Open the form again" refuses values it never wrote, and otherwise opens only the form it carries', async () => {
    const madeUp = ['', 'garbage', 'null', '{}', '{"c":"<!channel>","f":{}}', `{"c":"${TEAMMATE}","f":{}}`, `{"c":"${CHANNEL}","f":{"name":"${'x'.repeat(101)}"}}`, `{"c":"${CHANNEL}","f":{"mutualConnections":-1}}`, `{"c":"${CHANNEL}","f":{},"x":2}`];
    for (const value of madeUp) {
      await refusedClick({ actionId: ACTIONS.reopenInvitationForm, value, user: OUTSIDER, team: OTHER_TEAM, wording: STALE_BUTTON });
    }
    // A well-formed value, from anyone: the form it carries, for the clicker, and nothing read or changed.
    const before = snapshotDatabase(app.db);
    const at = mark(standIn);
    const value = JSON.stringify({ c: CHANNEL, f: { name: 'Carried Name' } });
    await app.send(blockActionsBody({ team_id: OTHER_TEAM, user_id: OUTSIDER, action_id: ACTIONS.reopenInvitationForm, value, response_url: standIn.responseUrl('reopen') }));
    const sent = callsSince(standIn, at);
    expect(sent.map((call) => call.method)).toEqual(['views.open']);
    expect(allText(sent[0])).toContain('Carried Name');
    for (const secret of [SECRET, SECRET_FOCUS]) expect(allText(sent[0])).not.toContain(secret);
    expect(snapshotDatabase(app.db)).toEqual(before);
    tally.tried(madeUp.length + 1);
  });

  it('the paging button refuses pages it never offers', async () => {
    const positions = [
      'older',
      'older:1',
      'older:2:1:1',
      'sideways:1:1',
      'OLDER:1:1',
      ' older:1:1',
      'older:-1:1',
      'older:1.5:1',
      'older:01:1',
      'older:99999999999999999:1',
      'older:1:0',
      'newer:1:abc',
      'newer:1:9007199254740993',
      `older:1:${'9'.repeat(200)}`,
      '{"page":2}',
    ];
    for (const value of ['0', '-1', 'abc', '', '9007199254740993', '1.5', 'null', ...positions]) {
      await refusedClick({ actionId: ACTIONS.ignoredPage, value, user: OWNER, team: TEAM, wording: STALE_BUTTON });
    }
  });
});

describe('(d) tampered private_metadata', () => {
  const GARBAGE = ['', '{not json', 'null', '"x"', '[]', '42', 'undefined', '{"invitationId":', '\u0000', '<!channel>', `{"invitationId":"${'9'.repeat(400)}"}`, 'x'.repeat(200_000)];

  it('garbage, huge or cut-off metadata is refused as out of date', async () => {
    for (const modal of ID_MODALS) {
      for (const metadata of GARBAGE) {
        await refusedSubmit({ callbackId: modal.callbackId, metadata, user: rightfulUser(modal.rightful), team: TEAM, wording: OUT_OF_DATE });
      }
    }
  });

  it('another workspace’s invitation, or someone else’s, is refused', async () => {
    for (const modal of ID_MODALS) {
      const user = rightfulUser(modal.rightful);
      await refusedSubmit({ callbackId: modal.callbackId, metadata: meta(world.foreign.id), user, team: TEAM, wording: NOT_FOUND, gone: 'must' });
      await refusedSubmit({ callbackId: modal.callbackId, metadata: meta(world.foreign.id, { teamId: OTHER_TEAM, team_id: OTHER_TEAM }), user, team: TEAM, wording: NOT_FOUND, gone: 'must' });
    }
    // Someone else's: the teammate's own invitation in the owner's modals.
    for (const callbackId of [VIEWS.ignoreReason, VIEWS.blockReason]) {
      await refusedSubmit({ callbackId, metadata: meta(world.teammates.id), user: OWNER, team: TEAM, wording: NOT_OWNER_MODAL });
    }
  });

  it('extra fields cannot claim another owner, team or user, and a huge padded copy changes nothing', async () => {
    const claims = { ownerId: TEAMMATE, owner_id: TEAMMATE, userId: TEAMMATE, teamId: TEAM, actorId: TEAMMATE, decidedBy: TEAMMATE, status: 'pending' };
    for (const callbackId of [VIEWS.ignoreReason, VIEWS.blockReason]) {
      await refusedSubmit({ callbackId, metadata: meta(world.pending.id, claims), user: TEAMMATE, team: TEAM, wording: NOT_OWNER_MODAL });
      await refusedSubmit({ callbackId, metadata: meta(world.pending.id, { pad: 'x'.repeat(100_000) }), user: TEAMMATE, team: TEAM, wording: NOT_OWNER_MODAL });
    }
    await refusedSubmit({ callbackId: VIEWS.changeDecision, metadata: meta(world.accepted.id, claims), user: TEAMMATE, team: TEAM, wording: NOT_OWNER_MODAL });
    await refusedSubmit({ callbackId: VIEWS.voice, metadata: meta(world.pending.id, { ownerId: TEAMMATE, userId: TEAMMATE }), user: OWNER, team: TEAM, wording: OWN_INVITATION });
  });

  it('prototype-pollution keys are read as nothing and pollute nothing', async () => {
    const polluting = [
      `{"__proto__":{"invitationId":${world.pending.id}}}`,
      `{"constructor":{"prototype":{"invitationId":${world.pending.id}}}}`,
    ];
    for (const metadata of polluting) {
      await refusedSubmit({ callbackId: VIEWS.ignoreReason, metadata, user: OWNER, team: TEAM, wording: OUT_OF_DATE });
    }
    expect(({} as Record<string, unknown>).invitationId).toBeUndefined();
  });

  it('the invitation form refuses a context that is not a channel, and never posts to a response_url outside Slack', async () => {
    const formValues = (name: string) => ({ [INPUTS.name.block]: { [INPUTS.name.action]: plainTextValue(name) } });
    const standInOrigin = new URL(standIn.apiUrl).origin;
    const standInPort = new URL(standIn.apiUrl).port;
    // Not a channel: a user id (the card would become a DM to them), mentions, nothing, too long a URL.
    const badContexts = [
      '',
      'garbage',
      JSON.stringify({ channelId: TEAMMATE, responseUrl: null }),
      JSON.stringify({ channelId: '<!channel>', responseUrl: null }),
      JSON.stringify({ channelId: '', responseUrl: null }),
      JSON.stringify({ channelId: CHANNEL, responseUrl: `${standInOrigin}/response-url/${'x'.repeat(600)}` }),
      JSON.stringify({ channelId: CHANNEL, responseUrl: 42 }),
      JSON.stringify({ responseUrl: null }),
    ];
    for (const metadata of badContexts) {
      const before = snapshotDatabase(app.db);
      const at = mark(standIn);
      const result = await app.send(viewSubmissionBody({ view_id: nextViewId(), team_id: TEAM, user_id: OWNER, callback_id: VIEWS.invitationForm, private_metadata: metadata, values: formValues('Tamper Test') }));
      expectModalErrors(result, world.inputs[VIEWS.invitationForm] ?? [], OUT_OF_DATE);
      expect(snapshotDatabase(app.db), metadata.slice(0, 60)).toEqual(before);
      expect(callsSince(standIn, at)).toEqual([]);
      tally.tried();
    }

    // A response_url pointing elsewhere: when the card cannot go in the channel it goes to the
    // submitter's DM, and the other host hears nothing.
    const elsewhere = [
      evil.url,
      `${evil.origin}/response-url/command`,
      `http://127.0.0.1:${standInPort}@127.0.0.1:${new URL(evil.origin).port}/response-url/x`,
      `${evil.origin}/?next=${encodeURIComponent(standInOrigin)}`,
    ];
    for (const [i, responseUrl] of elsewhere.entries()) {
      const at = mark(standIn);
      standIn.failNext('chat.postMessage', { error: 'not_in_channel' });
      tally.injected();
      const result = await app.send(
        viewSubmissionBody({
          view_id: nextViewId(),
          team_id: TEAM,
          user_id: OWNER,
          callback_id: VIEWS.invitationForm,
          private_metadata: JSON.stringify({ channelId: CHANNEL, responseUrl }),
          values: formValues(`Elsewhere Person${i}`),
        }),
      );
      expect(result.status).toBe(200);
      expect(evil.hits, responseUrl).toEqual([]);
      const posts = callsSince(standIn, at).filter((call) => call.method === 'chat.postMessage');
      expect(posts.map((call) => call.args.channel)).toEqual([CHANNEL, `D${OWNER.slice(1)}`]);
      expect(allText(posts[1])).toContain(`Elsewhere Person${i}`);
      const row = app.db.prepare('SELECT owner_id, response_url FROM invitations WHERE name = ?').get(`Elsewhere Person${i}`);
      expect(row).toEqual({ owner_id: OWNER, response_url: null });
      tally.tried();
    }
  });
});

describe('the asker’s own records, and nobody else’s', () => {
  const strangers = [
    { user: TEAMMATE, team: TEAM },
    { user: OUTSIDER, team: OTHER_TEAM },
    { user: OWNER, team: OTHER_TEAM },
  ];

  it('the paging button never shows another person’s list', async () => {
    // The owner's own second page, as a control: the check below can fail.
    const ownReply = 'own-page';
    await app.send(blockActionsBody({ team_id: TEAM, user_id: OWNER, action_id: ACTIONS.ignoredPage, value: '2', response_url: standIn.responseUrl(ownReply) }));
    expect(JSON.stringify(standIn.responsePosts(ownReply).at(-1)?.body)).toContain(SECRET);

    for (const { user, team } of strangers) {
      // Page numbers, and positions that would read every entry before or after them.
      for (const value of ['1', '2', '3', 'newer:0:1', 'older:8640000000000000:1']) {
        const before = snapshotDatabase(app.db);
        const at = mark(standIn);
        replyCounter += 1;
        const replyId = `page-${replyCounter}`;
        await app.send(blockActionsBody({ team_id: team, user_id: user, action_id: ACTIONS.ignoredPage, value, response_url: standIn.responseUrl(replyId) }));
        const posts = standIn.responsePosts(replyId);
        expect(posts).toHaveLength(1);
        expect(posts[0]?.body).toMatchObject({ replace_original: true });
        expect(JSON.stringify(posts[0]?.body), `${user}@${team} page ${value}`).not.toContain(SECRET);
        expectCleanOutput([], posts, [OWNER, TEAMMATE, OUTSIDER]);
        expect(snapshotDatabase(app.db)).toEqual(before);
        expect(callsSince(standIn, at)).toEqual([]);
        tally.tried();
      }
    }
  });

  it('/invite-check ignored, review and stats answer with the asker’s records only', async () => {
    const ask = async (text: string, user: string, team: string): Promise<string> => {
      replyCounter += 1;
      const replyId = `ask-${replyCounter}`;
      const at = mark(standIn);
      await commandFrom(app, standIn, { text, user, team, responseUrlId: replyId });
      const posts = standIn.responsePosts(replyId);
      expect(posts).toHaveLength(1);
      expect(posts[0]?.body).toMatchObject({ response_type: 'ephemeral' });
      expectCleanOutput(callsSince(standIn, at), posts, [OWNER, TEAMMATE, OUTSIDER]);
      tally.tried();
      return JSON.stringify(posts[0]?.body);
    };
    // Controls: the owner sees their own.
    expect(await ask('ignored', OWNER, TEAM)).toContain(SECRET);
    expect(await ask('review', OWNER, TEAM)).toContain('Quentin');
    expect(await ask('stats', OWNER, TEAM)).toContain('Declined: 11');
    const nobodysStats = await ask('stats', 'U0NOBODY01', OTHER_TEAM);
    for (const { user, team } of strangers) {
      const ignored = await ask('ignored', user, team);
      expect(ignored).not.toContain(SECRET);
      expect(ignored).toContain('Nobody here yet');
      const review = await ask('review', user, team);
      for (const name of [SECRET, 'Priya', 'Ben Okafor', 'Quentin']) expect(review).not.toContain(name);
      const stats = await ask('stats', user, team);
      expect(stats).not.toContain('Declined: 11');
      expect(stats).not.toContain('Accepted: 1');
      if (team === OTHER_TEAM && user !== OUTSIDER) expect(stats).toEqual(nobodysStats);
    }
  });

  it('the Home tab, Settings and the settings modal belong to the person who opens them', async () => {
    // Control: the owner's Home tab and settings do show the owner's records and focus.
    let at = mark(standIn);
    await homeOpened(app, { user: OWNER });
    expect(allText(callsSince(standIn, at).find((c) => c.method === 'views.publish'))).toContain('Priya Raman');

    for (const { user, team } of strangers) {
      at = mark(standIn);
      await homeOpened(app, { user, team });
      const published = callsSince(standIn, at);
      expect(published.map((call) => [call.method, call.args.user_id])).toEqual([['views.publish', user]]);
      for (const name of ['Priya', 'Ben Okafor', SECRET]) expect(allText(published[0])).not.toContain(name);
      expectCleanOutput(published, [], [OWNER, TEAMMATE, OUTSIDER]);

      // The Home tab's Settings button (a view container: no response_url).
      const before = snapshotDatabase(app.db);
      at = mark(standIn);
      await app.send(
        blockActionsBody({ team_id: team, user_id: user, action_id: ACTIONS.openSettings, value: 'settings', view: { id: 'V0HOMETAB1', type: 'home', callback_id: '' } }),
      );
      const opened = callsSince(standIn, at);
      expect(opened.map((call) => call.method)).toEqual(['views.open']);
      expect(allText(opened[0])).not.toContain(SECRET_FOCUS);
      expect(snapshotDatabase(app.db)).toEqual(before);
      tally.tried(2);
    }
    at = mark(standIn);
    await app.send(blockActionsBody({ team_id: TEAM, user_id: OWNER, action_id: ACTIONS.openSettings, value: 'settings', view: { id: 'V0HOMETAB1', type: 'home', callback_id: '' } }));
    expect(allText(callsSince(standIn, at)[0])).toContain(SECRET_FOCUS);
  });

  it('saving settings touches only the submitter’s own row, in their own workspace', async () => {
    const ownerRow = () => app.db.prepare('SELECT * FROM user_settings WHERE team_id = ? AND user_id = ?').get(TEAM, OWNER);
    const ownersBefore = ownerRow();
    expect(JSON.stringify(ownersBefore)).toContain(SECRET_FOCUS);
    const ownersWeights = () => app.db.prepare('SELECT id, recommendation, score, reasons FROM invitations WHERE owner_id = ? ORDER BY id').all(OWNER);
    const ownersWeightsBefore = ownersWeights();
    for (const { user, team } of strangers) {
      const at = mark(standIn);
      const result = await app.send(
        viewSubmissionBody({
          view_id: nextViewId(),
          team_id: team,
          user_id: user,
          callback_id: VIEWS.settings,
          // Metadata is not read by Settings; a claim to be someone else in it must change nothing.
          private_metadata: JSON.stringify({ userId: OWNER, teamId: TEAM }),
          values: {
            [INPUTS.focusKeywords.block]: { [INPUTS.focusKeywords.action]: plainTextValue('stranger-words') },
            [INPUTS.workStart.block]: { [INPUTS.workStart.action]: timepickerValue('07:00') },
            [INPUTS.workEnd.block]: { [INPUTS.workEnd.action]: timepickerValue('15:00') },
            [INPUTS.workDays.block]: { [INPUTS.workDays.action]: checkboxesValue(['1']) },
            [INPUTS.thankYouDelay.block]: { [INPUTS.thankYouDelay.action]: staticSelectValue('0') },
          },
        }),
      );
      expect(result.status).toBe(200);
      expect(result.text).toBe('');
      expect(ownerRow()).toEqual(ownersBefore);
      const saved = app.db.prepare('SELECT focus_keywords FROM user_settings WHERE team_id = ? AND user_id = ?').get(team, user);
      expect(saved).toEqual({ focus_keywords: '["stranger-words"]' });
      // A new focus weighs the submitter's own waiting invitations again (asking Slack a teammate's
      // name on the way) and redraws their cards: theirs, and nobody else's.
      const calls = callsSince(standIn, at);
      expect(calls.filter((call) => call.method !== 'chat.update' && call.method !== 'users.info').map((call) => [call.method, call.args.user_id])).toEqual([['views.publish', user]]);
      const theirCards = (app.db.prepare("SELECT message_ts AS ts FROM invitations WHERE team_id = ? AND owner_id = ? AND status = 'pending'").all(team, user) as { ts: string | null }[]).map((row) => row.ts);
      for (const update of calls.filter((call) => call.method === 'chat.update')) expect(theirCards).toContain(update.args.ts);
      expect(ownersWeights()).toEqual(ownersWeightsBefore);
      tally.tried();
    }
  });

  it('a form submitted by anyone files the invitation under the submitter, whatever its context claims', async () => {
    const at = mark(standIn);
    await app.send(
      viewSubmissionBody({
        view_id: nextViewId(),
        team_id: TEAM,
        user_id: TEAMMATE,
        callback_id: VIEWS.invitationForm,
        private_metadata: JSON.stringify({ channelId: CHANNEL, responseUrl: null, ownerId: OWNER, userId: OWNER, teamId: OTHER_TEAM }),
        values: { [INPUTS.name.block]: { [INPUTS.name.action]: plainTextValue('Filed Under Mate') } },
      }),
    );
    expect(app.db.prepare('SELECT team_id, owner_id FROM invitations WHERE name = ?').get('Filed Under Mate')).toEqual({ team_id: TEAM, owner_id: TEAMMATE });
    const card = callsSince(standIn, at).find((call) => call.method === 'chat.postMessage');
    expect(allText(card)).toContain(`<@${TEAMMATE}>`);
    expect(allText(card)).not.toContain(`<@${OWNER}>`);
    expectCleanWords(card?.args.text);
    tally.tried();

    // From another workspace, with this one's channel and team claimed: filed in the submitter's own.
    await app.send(
      viewSubmissionBody({
        view_id: nextViewId(),
        team_id: OTHER_TEAM,
        user_id: OUTSIDER,
        callback_id: VIEWS.invitationForm,
        private_metadata: JSON.stringify({ channelId: CHANNEL, responseUrl: null, teamId: TEAM }),
        values: { [INPUTS.name.block]: { [INPUTS.name.action]: plainTextValue('Filed Elsewhere') } },
      }),
    );
    expect(app.db.prepare('SELECT team_id, owner_id FROM invitations WHERE name = ?').get('Filed Elsewhere')).toEqual({ team_id: OTHER_TEAM, owner_id: OUTSIDER });
    tally.tried();
  });
});

describe('privacy confirmations act on the clicker’s own records only', () => {
  const NOTHING_REMOVED = /Nothing was removed/;

  it('Forget with another person’s, another workspace’s or made-up ids removes nothing', async () => {
    const ownerIds = [world.pending.id, world.accepted.id].join(',');
    const attempts: { value: string; user: string; team: string; wording: RegExp }[] = [
      { value: String(world.pending.id), user: TEAMMATE, team: TEAM, wording: NOTHING_REMOVED },
      { value: ownerIds, user: TEAMMATE, team: TEAM, wording: NOTHING_REMOVED },
      { value: ownerIds, user: OUTSIDER, team: OTHER_TEAM, wording: NOTHING_REMOVED },
      { value: ownerIds, user: OWNER, team: OTHER_TEAM, wording: NOTHING_REMOVED },
      { value: String(world.foreign.id), user: OWNER, team: TEAM, wording: NOTHING_REMOVED },
      { value: String(world.teammates.id), user: OWNER, team: TEAM, wording: NOTHING_REMOVED },
      { value: '999999', user: OWNER, team: TEAM, wording: NOTHING_REMOVED },
    ];
    for (const value of ['', '0', '-1', 'abc', ',', '1,,2', '9007199254740993', 'x'.repeat(3000), Array.from({ length: 101 }, (_, i) => i + 1).join(',')]) {
      attempts.push({ value, user: OWNER, team: TEAM, wording: STALE_BUTTON });
    }
    for (const attempt of attempts) {
      await refusedClick({
        actionId: ACTIONS.forgetConfirm,
        ...attempt,
        reply: attempt.wording === NOTHING_REMOVED ? 'replace' : 'ephemeral',
        // After a Forget the clicker's own Home tab is redrawn, even when nothing went.
        ownCalls: ['views.publish'],
      });
    }
  });

  it('Cancel removes nothing, whoever presses it', async () => {
    for (const [user, team] of [[OWNER, TEAM], [TEAMMATE, TEAM], [OUTSIDER, OTHER_TEAM]] as const) {
      await refusedClick({ actionId: ACTIONS.privacyCancel, value: 'cancel', user, team, wording: /nothing was removed/, reply: 'replace' });
    }
  });

  it('Forget me, pressed by the owner’s user id in another workspace, leaves this workspace alone', async () => {
    const inThisTeam = () =>
      Object.fromEntries(Object.entries(snapshotDatabase(app.db)).map(([table, rows]) => [table, rows.filter((row) => row.includes(TEAM))]));
    const before = inThisTeam();
    const at = mark(standIn);
    await app.send(blockActionsBody({ team_id: OTHER_TEAM, user_id: OWNER, action_id: ACTIONS.forgetMeConfirm, value: 'me', response_url: standIn.responseUrl('forget-me-other') }));
    expect(inThisTeam()).toEqual(before);
    expect(callsSince(standIn, at).filter((call) => call.method === 'chat.update')).toEqual([]);
    expectCleanWords(standIn.responsePosts('forget-me-other').at(-1)?.body.text);
    tally.tried();
  });

  it('Forget me, pressed by a teammate, removes the teammate’s records and nobody else’s', async () => {
    // The largest id ever deleted (migration 019) is the workspace's, not anyone's: it moves when
    // the teammate's newest check goes, and holds nothing of anyone.
    const notTheirs = () =>
      Object.fromEntries(
        Object.entries(snapshotDatabase(app.db))
          .filter(([table]) => table !== 'deleted_id_high_water')
          .map(([table, rows]) => [table, rows.filter((row) => !row.includes(TEAMMATE))]),
      );
    const before = notTheirs();
    const theirCards = (app.db.prepare('SELECT message_ts FROM invitations WHERE team_id = ? AND owner_id = ? ORDER BY id').all(TEAM, TEAMMATE) as { message_ts: string }[]).map(
      (row) => row.message_ts,
    );
    expect(theirCards).toContain(world.teammates.ts);
    const at = mark(standIn);
    await app.send(blockActionsBody({ team_id: TEAM, user_id: TEAMMATE, action_id: ACTIONS.forgetMeConfirm, value: 'me', response_url: standIn.responseUrl('forget-me-mate') }));
    expect(notTheirs()).toEqual(before);
    expect(app.db.prepare('SELECT count(*) AS n FROM invitations WHERE owner_id = ?').get(TEAMMATE)).toEqual({ n: 0 });
    // Only the teammate's own cards are blanked (newest first).
    expect(callsSince(standIn, at).filter((call) => call.method === 'chat.update').map((call) => call.args.ts)).toEqual([...theirCards].reverse());
    tally.tried();
  });
});
