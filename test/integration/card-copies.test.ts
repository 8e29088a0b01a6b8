import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blankExpiredCards, removeExpiredDetails } from '../../src/jobs/retention.js';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { assertValidMessage } from '../support/block-kit.js';
import { allText, buttonValue } from '../support/calls.js';
import { numberValue, plainTextValue, radioValue, staticSelectValue } from '../support/slack-requests.js';
import { startSlackStandIn, type RecordedCall, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, TEAM, TEAMMATE, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';

// A card post whose answer never comes: Slack stored the card in the channel, but the app gave up
// waiting and showed the owner a copy of their own. Both copies must work, and neither may be left
// showing buttons for a decision already made. The real app, the Slack stand-in, real SQLite.

const PRIYA = 'Priya Raman | Head of Data at Northwind | 14 mutual | linkedin.com/in/priya-raman | Hi Sam, we met at PyData Berlin';

/** The WebClient gives up after this; the stand-in answers the card's post later still. */
const CLIENT_TIMEOUT_MS = 300;

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let app: TestApp;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  standIn.setUser({ id: TEAMMATE, tz: 'Europe/Berlin', real_name: 'Maya Roth' });
  database = tempDatabasePath();
  app = await startTestApp({ standIn, databasePath: database.path, clock: manualClock('2026-11-24T10:00:00Z').now, webClientOptions: { timeout: CLIENT_TIMEOUT_MS } });
});

afterEach(async () => {
  await app.stop();
  await standIn.close();
  database.cleanup();
});

interface Copies {
  id: string;
  /** The card Slack stored in the channel, though its answer never reached the app. */
  channelTs: string;
}

/** A check whose card post Slack takes but answers too late: the owner gets a private copy too. */
async function checkUnanswered(): Promise<Copies> {
  const before = standIn.messages(CHANNEL).length;
  standIn.failNext('chat.postMessage', { delayMs: CLIENT_TIMEOUT_MS + 1500 });
  await app.command(PRIYA, { responseUrlId: 'command' });
  const inChannel = standIn.messages(CHANNEL).slice(before);
  expect(inChannel).toHaveLength(1);
  const id = String((app.db.prepare('SELECT max(id) AS id FROM invitations').get() as { id: number }).id);
  return { id, channelTs: String(inChannel[0]?.ts) };
}

function stored(id: string) {
  return app.db.prepare('SELECT status, channel_id, message_ts FROM invitations WHERE id = ?').get(id);
}

/** The channel's copy as Slack shows it now. */
function channelCopy(copies: Copies): string {
  return JSON.stringify(standIn.messages(CHANNEL).find((message) => message.ts === copies.channelTs));
}

/** A click on the owner's private copy of the card, through a fresh response_url. */
function clickPrivateCopy(actionId: string, copies: Copies, responseUrlId: string) {
  return app.click({
    user_id: OWNER,
    action_id: actionId,
    value: copies.id,
    block_id: `decide:${copies.id}`,
    container: { type: 'message', message_ts: '1700000000.999999', channel_id: CHANNEL, is_ephemeral: true },
    response_url: standIn.responseUrl(responseUrlId),
  });
}

/** A click on the card Slack stored in the channel. */
function clickChannelCopy(actionId: string, copies: Copies, user: string, responseUrlId: string, blockId = `decide:${copies.id}`) {
  return app.click({
    user_id: user,
    action_id: actionId,
    value: copies.id,
    block_id: blockId,
    channel_id: CHANNEL,
    message_ts: copies.channelTs,
    response_url: standIn.responseUrl(responseUrlId),
  });
}

/** Change decision from the stored card, then the form submitted. */
async function changeDecisionTo(decision: string, copies: Copies): Promise<void> {
  await clickChannelCopy(ACTIONS.changeDecision, copies, OWNER, 'change', `change:${copies.id}`);
  const modal = standIn.calls('views.open').at(-1)?.args.view as { private_metadata: string };
  await app.submit({
    user_id: OWNER,
    callback_id: VIEWS.changeDecision,
    private_metadata: modal.private_metadata,
    values: {
      [INPUTS.newDecision.block]: { [INPUTS.newDecision.action]: radioValue(decision) },
      [INPUTS.changeReason.block]: { [INPUTS.changeReason.action]: plainTextValue(null) },
    },
  });
}

describe('a card post whose answer never comes', () => {
  it('shows the owner a private copy that says Slack did not answer, not that it refused', async () => {
    await checkUnanswered();
    const posts = standIn.responsePosts('command');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toMatchObject({ response_type: 'ephemeral' });
    const words = JSON.stringify(posts[0]?.body.blocks);
    expect(words).toContain("Slack didn't answer in time");
    expect(words).toContain('either copy works');
    expect(words).not.toMatch(/wouldn't let me/);
    expect(app.logLines.join('\n')).toMatch(/Slack did not answer the card post; it may be in the channel/);
  });

  it('accepted on the private copy: a teammate’s click on the channel copy redraws it as decided, and it is redrawn from then on', async () => {
    const copies = await checkUnanswered();
    await clickPrivateCopy(ACTIONS.accept, copies, 'private-accept');
    expect(stored(copies.id)).toMatchObject({ status: 'accepted', message_ts: null });
    expect(channelCopy(copies)).not.toContain('Accepted');

    await clickChannelCopy(ACTIONS.voiceKnows, copies, TEAMMATE, 'maya', `voice:${copies.id}`);
    expect(JSON.stringify(standIn.responsePosts('maya').at(-1)?.body)).toMatch(/already decided/);
    const redraw = standIn.calls('chat.update').at(-1);
    expect(redraw?.args).toMatchObject({ channel: CHANNEL, ts: copies.channelTs });
    expect(allText(redraw)).toContain(`Accepted* by <@${OWNER}>`);
    expect(allText(redraw)).not.toContain(ACTIONS.voiceKnows);
    expect(allText(redraw)).not.toContain('Only you can see this card');
    assertValidMessage(redraw?.args ?? {});
    expect(stored(copies.id)).toEqual({ status: 'accepted', channel_id: CHANNEL, message_ts: copies.channelTs });

    // The channel copy is the card now: a change of mind redraws it.
    await changeDecisionTo('ignored', copies);
    expect(standIn.calls('chat.update').at(-1)?.args).toMatchObject({ channel: CHANNEL, ts: copies.channelTs });
    expect(channelCopy(copies)).toContain('Ignored');
  });

  it('accepted on the private copy: the owner’s own Accept on the channel copy redraws it, silently, once', async () => {
    const copies = await checkUnanswered();
    await clickPrivateCopy(ACTIONS.accept, copies, 'private-accept');
    const updatesBefore = standIn.calls('chat.update').length;

    await clickChannelCopy(ACTIONS.accept, copies, OWNER, 'channel-accept');
    expect(standIn.responsePosts('channel-accept')).toEqual([]);
    expect(standIn.calls('chat.update').slice(updatesBefore).map((call) => call.args.ts)).toEqual([copies.channelTs]);
    expect(channelCopy(copies)).toContain('Accepted');
    expect(count('SELECT count(*) AS n FROM thank_you_nudges')).toBe(1);

    // Once redrawn, the channel copy is the card: a double click there changes and sends nothing.
    await clickChannelCopy(ACTIONS.accept, copies, OWNER, 'channel-again');
    expect(standIn.calls('chat.update')).toHaveLength(updatesBefore + 1);
    expect(standIn.responsePosts('channel-again')).toEqual([]);
  });

  it('accepted on the private copy: Ignore or Decline on the channel copy says it is decided and redraws it', async () => {
    for (const actionId of [ACTIONS.ignore, ACTIONS.decline]) {
      const copies = await checkUnanswered();
      await clickPrivateCopy(ACTIONS.accept, copies, `private-${actionId}`);
      await clickChannelCopy(actionId, copies, OWNER, `channel-${actionId}`);
      expect(JSON.stringify(standIn.responsePosts(`channel-${actionId}`).at(-1)?.body), actionId).toMatch(/You already accepted this invitation/);
      expect(standIn.calls('chat.update').at(-1)?.args, actionId).toMatchObject({ channel: CHANNEL, ts: copies.channelTs });
      expect(stored(copies.id), actionId).toMatchObject({ status: 'accepted', message_ts: copies.channelTs });
      expect(standIn.calls('views.open'), actionId).toEqual([]);
    }
  });

  it('accepted on the channel copy: that copy becomes the card and shows it; the private copy, clicked, is redrawn too', async () => {
    const copies = await checkUnanswered();
    await clickChannelCopy(ACTIONS.accept, copies, OWNER, 'channel-accept');
    expect(stored(copies.id)).toEqual({ status: 'accepted', channel_id: CHANNEL, message_ts: copies.channelTs });
    expect(standIn.calls('chat.update').at(-1)?.args).toMatchObject({ channel: CHANNEL, ts: copies.channelTs });
    expect(channelCopy(copies)).toContain('Accepted');

    await clickPrivateCopy(ACTIONS.accept, copies, 'private-accept');
    const redraw = standIn.responsePosts('private-accept').at(-1)?.body;
    expect(redraw).toMatchObject({ replace_original: true });
    expect(JSON.stringify(redraw)).toContain('Accepted');
    expect(JSON.stringify(redraw)).toContain('Only you can see this card');
    expect(count('SELECT count(*) AS n FROM decision_events')).toBe(1);
  });

  it('decided on the channel copy while the private copy is stored elsewhere: the private copy clicked to decide shows the decision too', async () => {
    const copies = await checkUnanswered();
    // A teammate's word on the channel copy notes it as the card's place while it still waits.
    await clickChannelCopy(ACTIONS.voiceKnows, copies, TEAMMATE, 'maya', `voice:${copies.id}`);
    expect(stored(copies.id)).toMatchObject({ status: 'pending', message_ts: copies.channelTs });
    // The owner decides on the private copy: the channel card is redrawn, and the copy clicked too.
    await clickPrivateCopy(ACTIONS.accept, copies, 'private-accept');
    expect(standIn.calls('chat.update').at(-1)?.args).toMatchObject({ channel: CHANNEL, ts: copies.channelTs });
    const redraw = standIn.responsePosts('private-accept').at(-1)?.body;
    expect(redraw).toMatchObject({ replace_original: true });
    expect(JSON.stringify(redraw)).toContain('Accepted');
  });

  it('a redraw Slack refuses does not cost the click its answer', async () => {
    const copies = await checkUnanswered();
    await clickPrivateCopy(ACTIONS.accept, copies, 'private-accept');
    standIn.failNext('chat.update', { status: 500 });
    await clickChannelCopy(ACTIONS.voiceKnows, copies, TEAMMATE, 'maya', `voice:${copies.id}`);
    expect(JSON.stringify(standIn.responsePosts('maya').at(-1)?.body)).toMatch(/already decided/);
    expect(app.logLines.join('\n')).toMatch(/Could not redraw the copy of a card that was clicked/);
    expect(stored(copies.id)).toMatchObject({ status: 'accepted' });
  });
});

/** Edit details from the private copy, saved with the name corrected. */
async function correctNameOnPrivateCopy(copies: Copies, name: string): Promise<void> {
  await clickPrivateCopy(ACTIONS.editDetails, copies, 'edit');
  const view = standIn.calls('views.open').at(-1)?.args.view as { private_metadata: string; callback_id: string };
  expect(view.callback_id).toBe(VIEWS.editDetails);
  await app.submit({
    user_id: OWNER,
    callback_id: VIEWS.editDetails,
    private_metadata: view.private_metadata,
    view_id: 'V0EDIT0001',
    values: {
      [INPUTS.name.block]: { [INPUTS.name.action]: plainTextValue(name) },
      [INPUTS.headline.block]: { [INPUTS.headline.action]: plainTextValue('Head of Data') },
      [INPUTS.company.block]: { [INPUTS.company.action]: plainTextValue('Northwind') },
      [INPUTS.profileUrl.block]: { [INPUTS.profileUrl.action]: plainTextValue('linkedin.com/in/priya-raman') },
      [INPUTS.mutualConnections.block]: { [INPUTS.mutualConnections.action]: numberValue('14') },
      [INPUTS.note.block]: { [INPUTS.note.action]: plainTextValue('Hi Sam, we met at PyData Berlin') },
      [INPUTS.source.block]: { [INPUTS.source.action]: staticSelectValue('LinkedIn email') },
    },
  });
}

describe('a card post Slack refuses', () => {
  it('for good (the card, or what the workspace allows there): the private copy says so, not that it was "just now"', async () => {
    for (const error of ['msg_too_long', 'msg_blocks_too_long', 'restricted_action', 'invalid_blocks']) {
      standIn.failNext('chat.postMessage', { error });
      await app.command(PRIYA, { responseUrlId: error });
      const said = JSON.stringify(standIn.responsePosts(error).at(-1)?.body);
      expect(said).toContain("Slack won't let me post this card in this conversation");
      expect(said).toContain(ACTIONS.accept);
      expect(said).not.toMatch(/just now|\/invite/);
    }
    expect(app.db.prepare('SELECT count(*) AS n FROM invitations').get()).toEqual({ n: 4 });
  });

  it('for now (Slack failing on its side, or too many posts): the private copy says "just now"', async () => {
    for (const error of ['internal_error', 'ratelimited']) {
      standIn.failNext('chat.postMessage', { error });
      await app.command(PRIYA, { responseUrlId: error });
      expect(JSON.stringify(standIn.responsePosts(error).at(-1)?.body)).toContain("Slack wouldn't let me post this card in the channel just now");
    }
  });
});

describe('the private copy of a card whose post went unanswered, redrawn', () => {
  it('after Edit details, still says the card may be in the conversation and either copy works', async () => {
    const copies = await checkUnanswered();
    await correctNameOnPrivateCopy(copies, 'Priya Raman-Nair');
    const redraw = standIn.responsePosts('edit').at(-1)?.body;
    expect(redraw).toMatchObject({ replace_original: true });
    const words = JSON.stringify(redraw);
    expect(words).toContain('Priya Raman-Nair');
    expect(words).toContain("Slack didn't answer in time");
    expect(words).toContain('either copy works');
    expect(words).not.toContain('Only you can see this card');
  });

  it('after a decision on it too; once a click has noted the channel copy, it says only the owner sees it', async () => {
    const copies = await checkUnanswered();
    await clickPrivateCopy(ACTIONS.accept, copies, 'private-accept');
    const decided = JSON.stringify(standIn.responsePosts('private-accept').at(-1)?.body);
    expect(decided).toContain('Accepted');
    expect(decided).toContain('either copy works');

    await clickChannelCopy(ACTIONS.voiceKnows, copies, TEAMMATE, 'maya', `voice:${copies.id}`);
    await clickPrivateCopy(ACTIONS.accept, copies, 'private-again');
    const redrawn = JSON.stringify(standIn.responsePosts('private-again').at(-1)?.body);
    expect(redrawn).toContain('Only you can see this card');
    expect(redrawn).not.toContain('either copy works');
  });
});

describe('a click that notes the channel copy as the card', () => {
  it('redraws that copy once, after the form opens, when it was behind a correction made on the private copy', async () => {
    const copies = await checkUnanswered();
    await correctNameOnPrivateCopy(copies, 'Priya Raman-Nair');
    expect(channelCopy(copies)).not.toContain('Priya Raman-Nair');
    const callsBefore = standIn.calls().length;

    await clickChannelCopy(ACTIONS.voiceKnows, copies, TEAMMATE, 'maya', `voice:${copies.id}`);
    expect(stored(copies.id)).toMatchObject({ status: 'pending', message_ts: copies.channelTs });
    const after = standIn.calls().slice(callsBefore).map((call) => call.method);
    expect(after.filter((method) => method === 'chat.update')).toHaveLength(1);
    // The teammate's form first: its trigger_id expires within seconds.
    expect(after.indexOf('views.open')).toBeLessThan(after.indexOf('chat.update'));
    expect(standIn.calls('chat.update').at(-1)?.args).toMatchObject({ channel: CHANNEL, ts: copies.channelTs });
    expect(channelCopy(copies)).toContain('Priya Raman-Nair');
    expect(channelCopy(copies)).not.toContain("Slack didn't answer in time");
    assertValidMessage(standIn.calls('chat.update').at(-1)?.args ?? {});

    // Stored now: the next click there redraws nothing, and the teammate's word shows once saved.
    const updates = standIn.calls('chat.update').length;
    await clickChannelCopy(ACTIONS.voiceKnows, copies, TEAMMATE, 'maya-again', `voice:${copies.id}`);
    expect(standIn.calls('chat.update')).toHaveLength(updates);
    const modal = standIn.calls('views.open').at(-1)?.args.view as { private_metadata: string };
    await app.submit({
      user_id: TEAMMATE,
      callback_id: VIEWS.voice,
      private_metadata: modal.private_metadata,
      values: {
        [INPUTS.voiceKind.block]: { [INPUTS.voiceKind.action]: radioValue('knows') },
        [INPUTS.voiceNote.block]: { [INPUTS.voiceNote.action]: plainTextValue('Worked with her') },
      },
    });
    expect(channelCopy(copies)).toContain('Worked with her');
    expect(channelCopy(copies)).toContain('Priya Raman-Nair');
  });

  it('the owner’s Ignore there too: the reason form opens, then the copy is redrawn once', async () => {
    const copies = await checkUnanswered();
    await correctNameOnPrivateCopy(copies, 'Priya Raman-Nair');
    const callsBefore = standIn.calls().length;
    await clickChannelCopy(ACTIONS.ignore, copies, OWNER, 'channel-ignore');
    const after = standIn.calls().slice(callsBefore).map((call) => call.method);
    expect(after.filter((method) => method === 'chat.update')).toHaveLength(1);
    expect(after.indexOf('views.open')).toBeLessThan(after.indexOf('chat.update'));
    expect(channelCopy(copies)).toContain('Priya Raman-Nair');
    expect(stored(copies.id)).toMatchObject({ status: 'pending', message_ts: copies.channelTs });
  });

  it('a redraw Slack refuses is logged, and the teammate still gets their form', async () => {
    const copies = await checkUnanswered();
    await correctNameOnPrivateCopy(copies, 'Priya Raman-Nair');
    const formsBefore = standIn.calls('views.open').length;
    standIn.failNext('chat.update', { status: 500 });
    await clickChannelCopy(ACTIONS.voiceKnows, copies, TEAMMATE, 'maya', `voice:${copies.id}`);
    expect(standIn.calls('views.open')).toHaveLength(formsBefore + 1);
    expect(app.logLines.join('\n')).toMatch(/Could not redraw the copy of a card that was clicked/);
    expect(stored(copies.id)).toMatchObject({ message_ts: copies.channelTs });
  });
});

describe('forgetting a check whose card post went unanswered', () => {
  /** `/invite-check forget Priya Raman`, confirmed: what the owner is told. */
  async function forgetPriya(): Promise<string> {
    await app.command('forget Priya Raman', { responseUrlId: 'forget' });
    const confirm = standIn.responsePosts('forget').at(-1)?.body ?? {};
    const ids = buttonValue({ method: 'response_url', args: confirm, token: null, at: 0, response: {} } satisfies RecordedCall, ACTIONS.forgetConfirm);
    await app.click({ user_id: OWNER, action_id: ACTIONS.forgetConfirm, value: ids, response_url: standIn.responseUrl('forget-done') });
    return JSON.stringify(standIn.responsePosts('forget-done').at(-1)?.body);
  }

  it('forget says a card may be in the channel that it could not blank, to delete by hand', async () => {
    const copies = await checkUnanswered();
    const said = await forgetPriya();
    expect(said).toContain(`Slack may also have posted a card about them in <#${CHANNEL}> without telling me where`);
    expect(said).toContain('please delete it by hand');
    // The app never learnt that message, so it has not touched it.
    expect(channelCopy(copies)).toContain('Priya');
    expect(count('SELECT count(*) AS n FROM invitations')).toBe(0);
  });

  it('forget-me says so too, after "Nothing about you is left"', async () => {
    await checkUnanswered();
    await app.command('forget-me', { responseUrlId: 'forget-me' });
    await app.click({ user_id: OWNER, action_id: ACTIONS.forgetMeConfirm, value: 'me', response_url: standIn.responseUrl('forget-me-done') });
    const said = JSON.stringify(standIn.responsePosts('forget-me-done').at(-1)?.body);
    expect(said).toContain(`Slack may also have posted one of your cards in <#${CHANNEL}> without telling me where`);
    expect(said).toContain('please delete it by hand');
  });

  it('once a click has shown where the channel copy is, forget blanks it like any card, and says nothing more', async () => {
    const copies = await checkUnanswered();
    await clickChannelCopy(ACTIONS.voiceKnows, copies, TEAMMATE, 'maya', `voice:${copies.id}`);
    const said = await forgetPriya();
    expect(said).toContain('blanked its card.');
    expect(said).not.toContain('may also have posted');
    expect(channelCopy(copies)).not.toContain('Priya');
    expect(channelCopy(copies)).toContain("removed at its owner's request");
  });
});

describe('the retention purge of a check whose card post went unanswered', () => {
  const AFTER_RETENTION = new Date('2027-11-24T10:00:00Z');
  const retention = () => ({ ...app.instance.retentionDeps, logger: app.instance.services.logger, sleep: async () => undefined });

  it('says in its log that a card may be in the channel that it could not blank', async () => {
    const copies = await checkUnanswered();
    await clickPrivateCopy(ACTIONS.decline, copies, 'private-decline');
    expect(await removeExpiredDetails(retention(), AFTER_RETENTION)).toBe(1);
    const warning = app.logLines.find((line) => line.includes('may have cards in Slack that could not be blanked'));
    expect(warning).toContain(CHANNEL);
    expect(warning).toContain('"count":1');
    expect(warning).not.toContain('Priya');
  });

  it('blanks the channel copy once a click has shown where it is', async () => {
    const copies = await checkUnanswered();
    await clickPrivateCopy(ACTIONS.decline, copies, 'private-decline');
    await removeExpiredDetails(retention(), AFTER_RETENTION);
    // A teammate's word on the old channel copy: refused, and the copy is noted as the card.
    await clickChannelCopy(ACTIONS.voiceKnows, copies, TEAMMATE, 'maya', `voice:${copies.id}`);
    expect(stored(copies.id)).toMatchObject({ channel_id: CHANNEL, message_ts: copies.channelTs });
    expect(await blankExpiredCards(retention(), AFTER_RETENTION)).toMatchObject({ blanked: 1, failed: 0 });
    expect(channelCopy(copies)).not.toContain('Priya');
  });
});

describe('a click on another card’s message', () => {
  it('never draws this card over a message that is another invitation’s card', async () => {
    await app.command('Alex Doe | Staff Engineer at Acme | 9 mutual');
    const alex = standIn.calls('chat.postMessage').at(-1);
    const copies = await checkUnanswered();
    await clickPrivateCopy(ACTIONS.accept, copies, 'private-accept');
    const updatesBefore = standIn.calls('chat.update').length;
    // Slack never sends this (the block and the message disagree); a forged payload might.
    await clickChannelCopy(ACTIONS.voiceKnows, { id: copies.id, channelTs: String(alex?.response.ts) }, TEAMMATE, 'maya', `voice:${copies.id}`);
    expect(standIn.calls('chat.update')).toHaveLength(updatesBefore);
    expect(stored(copies.id)).toMatchObject({ message_ts: null });
  });
});

function count(sql: string): number {
  return (app.db.prepare(sql).get() as { n: number }).n;
}
