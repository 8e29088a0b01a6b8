// What forgetting leaves behind elsewhere: reasons are stored as text copies when a check is
// weighed (a teammate's word, an earlier decision quoted as history), cards quote them, thank-you
// DMs name the person, and the Home tab lists what was there. All through the real Bolt receiver
// and the Slack stand-in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepThankYous } from '../../src/jobs/thank-you-sweep.js';
import { REASON_REMOVED_ON_REQUEST } from '../../src/services/invitations/index.js';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { allText, buttonValue, openedView } from '../support/calls.js';
import { plainTextValue, radioValue } from '../support/slack-requests.js';
import { startSlackStandIn, type RecordedCall, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, TEAM, TEAMMATE, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';

const NOW = '2026-11-24T10:00:00Z';
/** Wednesday's working morning in London, when Tuesday's accepts are due their thank-you. */
const NUDGES_DUE = new Date('2026-11-25T09:00:00Z');
const PRIYA = 'Priya Raman | Head of Data Partnerships at Northwind | 14 mutual | linkedin.com/in/priya-raman-data | We met at the Data Council panel last week';
const BO = 'Bo Lind | Staff Engineer at Acme | 12 mutual | linkedin.com/in/bo-lind | We met at the Rust meetup in Malmo';

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let app: TestApp;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  standIn.setUser({ id: TEAMMATE, tz: 'Europe/London', real_name: 'Ana Silva' });
  database = tempDatabasePath();
  app = await startTestApp({ standIn, databasePath: database.path, clock: manualClock(NOW).now, logLevel: 'info' });
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

async function headsUp(card: Card, note: string, user = TEAMMATE): Promise<void> {
  await click(card, ACTIONS.voiceCaution, user);
  await app.submit({
    user_id: user,
    callback_id: VIEWS.voice,
    private_metadata: openedView(standIn.calls('views.open').at(-1)).private_metadata,
    values: {
      [INPUTS.voiceKind.block]: { [INPUTS.voiceKind.action]: radioValue('caution') },
      [INPUTS.voiceNote.block]: { [INPUTS.voiceNote.action]: plainTextValue(note) },
    },
  });
}

async function block(card: Card, reason: string, user = OWNER): Promise<void> {
  await click(card, ACTIONS.block, user);
  await app.submit({
    user_id: user,
    callback_id: VIEWS.blockReason,
    private_metadata: openedView(standIn.calls('views.open').at(-1)).private_metadata,
    values: { [INPUTS.blockReason.block]: { [INPUTS.blockReason.action]: plainTextValue(reason) } },
  });
}

async function ignore(card: Card, user = OWNER): Promise<void> {
  await click(card, ACTIONS.ignore, user);
  await app.submit({
    user_id: user,
    callback_id: VIEWS.ignoreReason,
    private_metadata: openedView(standIn.calls('views.open').at(-1)).private_metadata,
    values: {
      [INPUTS.ignoreReason.block]: { [INPUTS.ignoreReason.action]: { type: 'radio_buttons', selected_option: null } },
      [INPUTS.ignoreNote.block]: { [INPUTS.ignoreNote.action]: plainTextValue(null) },
    },
  });
}

/** `forget-me`, confirmed; returns what the person was told. */
async function forgetMe(user: string): Promise<string> {
  await app.command('forget-me', { user, responseUrlId: `ask-${user}` });
  await app.click({ user_id: user, action_id: ACTIONS.forgetMeConfirm, value: 'me', response_url: standIn.responseUrl(`done-${user}`) });
  return JSON.stringify(standIn.responsePosts(`done-${user}`).at(-1)?.body);
}

/** `forget <query>` by the owner, confirmed; returns what they were told. */
async function forget(query: string, user = OWNER): Promise<string> {
  await app.command(`forget ${query}`, { user, responseUrlId: 'forget-ask' });
  const ask = standIn.responsePosts('forget-ask').at(-1)?.body ?? {};
  const ids = buttonValue({ method: 'response_url', args: ask, token: null, at: 0, response: {} }, ACTIONS.forgetConfirm);
  await app.click({ user_id: user, action_id: ACTIONS.forgetConfirm, value: ids, response_url: standIn.responseUrl('forget-done') });
  return JSON.stringify(standIn.responsePosts('forget-done').at(-1)?.body);
}

function stored(card: Card): { recommendation: string; score: number; reasons: string[]; status: string } {
  const row = app.db.prepare('SELECT recommendation, score, reasons, status FROM invitations WHERE id = ?').get(card.invitationId) as {
    recommendation: string;
    score: number;
    reasons: string;
    status: string;
  };
  return { ...row, reasons: JSON.parse(row.reasons) as string[] };
}

function updatesOf(ts: string, since = 0): RecordedCall[] {
  return standIn.calls('chat.update').slice(since).filter((call) => call.args.ts === ts);
}

describe('forget-me takes the person’s words out of teammates’ weighings and cards', () => {
  it('a heads-up on a waiting card: weighed again without it, the card redrawn without it', async () => {
    const mine = await check(PRIYA);
    const before = stored(mine);
    await headsUp(mine, 'Pitched me crypto');
    const warned = stored(mine);
    expect(warned.reasons.join(' ')).toContain('Ana Silva gave a heads-up');
    expect(warned.score).toBeLessThan(before.score);
    const updates = standIn.calls('chat.update').length;

    const told = await forgetMe(TEAMMATE);

    expect(told).toContain('1 comment you left');
    const after = stored(mine);
    expect(after).toEqual(before); // weighed as if the heads-up had never been given
    const redrawn = updatesOf(mine.ts, updates).at(-1);
    expect(redrawn).toBeDefined();
    expect(allText(redrawn)).not.toContain('Pitched me crypto');
    expect(allText(redrawn)).not.toContain('heads-up');
    expect(allText(redrawn)).toContain(ACTIONS.accept); // still waiting, still decidable
  });

  it('a block reason quoted as history in a teammate’s later waiting check: gone from its reasons, its score and its card', async () => {
    const mine = await check(PRIYA);
    await block(mine, 'He harassed my colleague');
    const theirs = await check(PRIYA, TEAMMATE);
    // The card quotes the reason as it is drawn; the stored weighing names only the block.
    expect(allText(standIn.calls('chat.postMessage').at(-1))).toContain('harassed');
    expect(stored(theirs).reasons.join(' ')).toContain('A teammate blocked them');
    expect(stored(theirs).reasons.join(' ')).not.toContain('harassed');
    expect(stored(theirs).recommendation).toBe('ignore');
    const updates = standIn.calls('chat.update').length;

    await forgetMe(OWNER);

    const after = stored(theirs);
    expect(after.reasons.join(' ')).not.toContain('harassed');
    expect(after.reasons.join(' ')).not.toContain('blocked');
    expect(after.recommendation).toBe('accept'); // nothing left that says otherwise
    const redrawn = updatesOf(theirs.ts, updates).at(-1);
    expect(allText(redrawn)).not.toContain('harassed');
    expect(allText(redrawn)).not.toContain(OWNER); // nor the "Blocked before by @owner" warning
  });

  it('a decided card keeps the recommendation and score it was decided on, and loses only the forgotten reasons', async () => {
    const mine = await check(PRIYA);
    await block(mine, 'He harassed my colleague');
    const theirs = await check(PRIYA, TEAMMATE);
    await ignore(theirs, TEAMMATE);
    const decided = stored(theirs);
    expect(decided.status).toBe('ignored');
    const updates = standIn.calls('chat.update').length;

    await forgetMe(OWNER);

    const after = stored(theirs);
    expect(after.status).toBe('ignored');
    expect(after.recommendation).toBe(decided.recommendation);
    expect(after.score).toBe(decided.score);
    expect(after.reasons.join(' ')).not.toContain('harassed');
    // The others stay as they were when it was decided, and a line says why they no longer add up.
    expect(after.reasons).toEqual([...decided.reasons.filter((reason) => !reason.includes('blocked')), REASON_REMOVED_ON_REQUEST]);
    const redrawn = updatesOf(theirs.ts, updates).at(-1);
    expect(allText(redrawn)).not.toContain('harassed');
    expect(allText(redrawn)).toContain('has since been removed');
    expect(allText(redrawn)).toContain(ACTIONS.changeDecision);
  });

  it('a decided card written before the decision it quotes was changed still loses the old reason', async () => {
    const mine = await check(PRIYA);
    await block(mine, 'He harassed my colleague');
    const theirs = await check(PRIYA, TEAMMATE);
    await ignore(theirs, TEAMMATE);
    // As an earlier version stored it: the block's reason quoted in the teammate's history line
    // (typed words are no longer copied into a later check's weighing).
    const quoting = stored(theirs).reasons.map((reason) =>
      reason.startsWith('A teammate blocked them') ? reason.replace(/\.$/, ' (reason: He harassed my colleague).') : reason,
    );
    app.db.prepare('UPDATE invitations SET reasons = ? WHERE id = ?').run(JSON.stringify(quoting), theirs.invitationId);
    // The owner changes their mind: the teammate's stored reasons still quote the first reason,
    // which no weighing made now would write.
    await click(mine, ACTIONS.changeDecision);
    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.changeDecision,
      private_metadata: openedView(standIn.calls('views.open').at(-1)).private_metadata,
      values: {
        [INPUTS.newDecision.block]: { [INPUTS.newDecision.action]: radioValue('declined') },
        [INPUTS.changeReason.block]: { [INPUTS.changeReason.action]: plainTextValue('Not my field') },
      },
    });
    expect(stored(theirs).reasons.join(' ')).toContain('harassed');

    await forgetMe(OWNER);

    expect(stored(theirs).reasons.join(' ')).not.toContain('harassed');
    expect(stored(theirs).reasons.at(-1)).toBe(REASON_REMOVED_ON_REQUEST);
  });

  it('a heads-up on a card already decided: the word leaves its reasons and its card, the verdict stays', async () => {
    const mine = await check(PRIYA);
    await headsUp(mine, 'Pitched me crypto');
    await ignore(mine);
    const decided = stored(mine);
    const updates = standIn.calls('chat.update').length;

    await forgetMe(TEAMMATE);

    const after = stored(mine);
    expect(after.recommendation).toBe(decided.recommendation);
    expect(after.score).toBe(decided.score);
    expect(after.reasons.join(' ')).not.toContain('crypto');
    expect(after.reasons.at(-1)).toBe(REASON_REMOVED_ON_REQUEST);
    const redrawn = updatesOf(mine.ts, updates).at(-1);
    expect(allText(redrawn)).not.toContain('crypto');
    expect(allText(redrawn)).not.toContain(TEAMMATE);
  });

  it('a card Slack will not redraw is logged, and everything else is still done', async () => {
    const mine = await check(PRIYA);
    await headsUp(mine, 'Pitched me crypto');
    standIn.failNext('chat.update', { error: 'message_not_found' });

    const told = await forgetMe(TEAMMATE);

    expect(told).toContain('Nothing about you is left');
    expect(stored(mine).reasons.join(' ')).not.toContain('crypto');
    expect(app.logLines.join('\n')).toContain('Could not redraw the card');
    expect(app.logLines.join('\n')).not.toContain('crypto');
  });

  it('leaves invitations the person had no part in alone', async () => {
    const mine = await check(PRIYA);
    const other = await check(BO);
    await headsUp(mine, 'Pitched me crypto');
    const untouched = stored(other);
    const updates = standIn.calls('chat.update').length;

    await forgetMe(TEAMMATE);

    expect(stored(other)).toEqual(untouched);
    expect(updatesOf(other.ts, updates)).toHaveLength(0);
  });
});

describe('forget (one person) and teammates’ later checks', () => {
  it('a teammate’s later check no longer quotes the forgotten decision, and its card is redrawn', async () => {
    const mine = await check(PRIYA);
    await block(mine, 'He harassed my colleague');
    const theirs = await check(PRIYA, TEAMMATE);
    const updates = standIn.calls('chat.update').length;

    await forget('Priya Raman');

    expect(stored(theirs).reasons.join(' ')).not.toContain('harassed');
    expect(stored(theirs).recommendation).toBe('accept');
    const redrawn = updatesOf(theirs.ts, updates).at(-1);
    expect(allText(redrawn)).not.toContain('harassed');
    // Its owner's Home lists the new recommendation.
    expect(standIn.calls('views.publish').some((call) => call.args.user_id === TEAMMATE)).toBe(true);
  });
});

describe('Home after forget-me', () => {
  it('is published again, emptied, and what Slack said about the person is not cached again', async () => {
    await check(PRIYA);
    const publishes = standIn.calls('views.publish').length;

    await forgetMe(OWNER);

    const published = standIn.calls('views.publish').slice(publishes).filter((call) => call.args.user_id === OWNER);
    expect(published).toHaveLength(1);
    expect(allText(published[0])).not.toContain('Priya');
    expect(app.db.prepare('SELECT count(*) AS n FROM slack_users WHERE user_id = ?').get(OWNER)).toEqual({ n: 0 });
  });
});

describe('thank-you DMs naming someone forgotten', () => {
  async function acceptedAndNudged(...texts: string[]): Promise<{ cards: Card[]; dm: RecordedCall }> {
    const cards: Card[] = [];
    for (const text of texts) {
      const card = await check(text);
      await click(card, ACTIONS.accept);
      cards.push(card);
    }
    await sweepThankYous(app.instance.sweepDeps, NUDGES_DUE);
    const dm = standIn.calls('chat.postMessage').at(-1);
    if (dm === undefined) throw new Error('no thank-you DM');
    expect(allText(dm)).toContain(ACTIONS.nudgeSent);
    return { cards, dm };
  }

  it('forget: a DM about them alone says the reminder was removed, with no buttons', async () => {
    const { dm } = await acceptedAndNudged(PRIYA);

    const told = await forget('Priya Raman');

    expect(told).toContain('blanked its card.');
    const redrawn = updatesOf(String(dm.response.ts)).at(-1);
    expect(redrawn?.args.channel).toBe(dm.response.channel);
    expect(allText(redrawn)).toContain('You asked me to forget this person, so this reminder was removed.');
    expect(allText(redrawn)).not.toContain('Priya');
    expect(allText(redrawn)).not.toContain(ACTIONS.nudgeSent);
  });

  it('forget: a DM listing others too keeps them, with buttons that still work', async () => {
    const { dm } = await acceptedAndNudged(PRIYA, BO);
    expect(allText(dm)).toContain('Priya');

    await forget('Priya Raman');

    const redrawn = updatesOf(String(dm.response.ts)).at(-1);
    expect(allText(redrawn)).not.toContain('Priya');
    expect(allText(redrawn)).toContain('Bo Lind');
    const nudgeId = buttonValue(redrawn, ACTIONS.nudgeSent);
    await app.click({
      user_id: OWNER,
      action_id: ACTIONS.nudgeSent,
      value: nudgeId,
      channel_id: String(dm.response.channel),
      message_ts: String(dm.response.ts),
      block_id: `thank_you:${nudgeId}`,
      response_url: standIn.responseUrl('sent'),
    });
    expect(app.db.prepare('SELECT status FROM thank_you_nudges WHERE id = ?').get(nudgeId)).toEqual({ status: 'done' });
    expect(allText(updatesOf(String(dm.response.ts)).at(-1))).toContain('Sent. Nice one.');
  });

  it('forget-me: the person’s own thank-you DMs name nobody any more', async () => {
    const { dm } = await acceptedAndNudged(PRIYA, BO);

    await forgetMe(OWNER);

    const redrawn = updatesOf(String(dm.response.ts)).at(-1);
    expect(allText(redrawn)).toContain('You asked me to forget your records, so this reminder was removed.');
    expect(allText(redrawn)).not.toContain('Priya');
    expect(allText(redrawn)).not.toContain('Bo Lind');
    expect(allText(redrawn)).not.toContain(ACTIONS.nudgeSent);
  });

  it('a DM Slack will not change is counted among the messages to delete by hand', async () => {
    await acceptedAndNudged(PRIYA);
    // The card is blanked first, then the DM: neither can be changed.
    standIn.failNext('chat.update', { error: 'cant_update_message' }, 2);
    await app.command('forget Priya Raman', { responseUrlId: 'forget-ask' });
    const ask = standIn.responsePosts('forget-ask').at(-1)?.body ?? {};
    const ids = buttonValue({ method: 'response_url', args: ask, token: null, at: 0, response: {} }, ACTIONS.forgetConfirm);
    await app.click({ user_id: OWNER, action_id: ACTIONS.forgetConfirm, value: ids, response_url: standIn.responseUrl('forget-done') });
    expect(JSON.stringify(standIn.responsePosts('forget-done').at(-1)?.body)).toContain('except 2 messages Slack would not let me change');
  });
});

describe('the forget-me confirmation', () => {
  it('names only what is there', async () => {
    const theirs = await check(PRIYA);
    await headsUp(theirs, 'Pitched me crypto');
    await app.command('forget-me', { user: TEAMMATE, responseUrlId: 'ask' });
    const asked = JSON.stringify(standIn.responsePosts('ask').at(-1)?.body);
    expect(asked).toContain("That is 1 comment you left on a teammate's card.");
    expect(asked).not.toMatch(/\b0 /);
    const told = await forgetMe(TEAMMATE);
    expect(told).toContain("I removed 1 comment you left on a teammate's card.");
    expect(told).not.toMatch(/\b0 /);
  });
});
