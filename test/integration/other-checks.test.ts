// A decision on one check reaches the same person's other pending cards: whoever decides (or
// corrects a check), every other check of that person still waiting is weighed again with what the
// team now knows, stored, and its card redrawn. An earlier check learns of later decisions too,
// under "Since this check".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OTHER_PENDING_WEIGHED } from '../../src/db/invitations-repo.js';
import { redrawStaleCards } from '../../src/jobs/stale-cards.js';
import { REASON_REMOVED_ON_REQUEST } from '../../src/services/invitations/index.js';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { assertValidMessage } from '../support/block-kit.js';
import { allText, buttonValue } from '../support/calls.js';
import { invitationFormValues } from '../support/invitation-form.js';
import { blockActionsBody, plainTextValue, radioValue, sendSignedRequest, slashCommandBody } from '../support/slack-requests.js';
import { startSlackStandIn, type RecordedCall, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, SIGNING_SECRET, TEAM, TEAMMATE, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';
import { UNPACED } from '../jobs/sweep-gate.js';

const OTHER_MATE = 'U0MATE0002';
const PRIYA = 'Priya Raman | Head of Data Partnerships at Northwind Analytics | 2 mutual | linkedin.com/in/priya-raman-data';
/** Typed in a hurry: the name misspelt, no link. Another person as far as the history can tell. */
const HURRIED = 'Priya Ramen | Head of Data Partnerships | 9 mutual';

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let clock: ReturnType<typeof manualClock>;
let app: TestApp;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Bo Owner' });
  standIn.setUser({ id: TEAMMATE, tz: 'Europe/London', real_name: 'Ana Silva' });
  standIn.setUser({ id: OTHER_MATE, tz: 'Europe/London', real_name: 'Carl Okafor' });
  database = tempDatabasePath();
  clock = manualClock('2026-11-24T09:00:00Z');
  app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now });
});

afterEach(async () => {
  await app.stop();
  await standIn.close();
  database.cleanup();
});

interface Card {
  id: number;
  ts: string;
}

async function check(text: string, user = OWNER): Promise<Card> {
  await app.command(text, { user });
  const card = standIn.calls('chat.postMessage').at(-1);
  return { id: Number(buttonValue(card, ACTIONS.accept)), ts: String(card?.response.ts) };
}

function click(card: Card, actionId: string, user: string) {
  return app.click({ user_id: user, action_id: actionId, value: String(card.id), block_id: `decide:${card.id}`, channel_id: CHANNEL, message_ts: card.ts });
}

function lastModal(): { private_metadata: string } {
  return standIn.calls('views.open').at(-1)?.args.view as { private_metadata: string };
}

async function block(card: Card, user: string, reason: string): Promise<void> {
  await click(card, ACTIONS.block, user);
  await app.submit({
    user_id: user,
    callback_id: VIEWS.blockReason,
    private_metadata: lastModal().private_metadata,
    values: { [INPUTS.blockReason.block]: { [INPUTS.blockReason.action]: plainTextValue(reason) } },
  });
}

async function ignore(card: Card, user: string, note: string | null): Promise<void> {
  await click(card, ACTIONS.ignore, user);
  await app.submit({
    user_id: user,
    callback_id: VIEWS.ignoreReason,
    private_metadata: lastModal().private_metadata,
    values: {
      [INPUTS.ignoreReason.block]: { [INPUTS.ignoreReason.action]: radioValue('not_relevant') },
      [INPUTS.ignoreNote.block]: { [INPUTS.ignoreNote.action]: plainTextValue(note) },
    },
  });
}

function editDetails(card: Card, user: string, fields: Parameters<typeof invitationFormValues>[0]) {
  return app.submit({ user_id: user, callback_id: VIEWS.editDetails, private_metadata: JSON.stringify({ invitationId: card.id }), values: invitationFormValues(fields), view_id: `V0EDIT${card.id}` });
}

/** Forgets what `query` finds for `user`, confirming as they would. */
async function forget(query: string, user: string): Promise<void> {
  await app.command(`forget ${query}`, { user, responseUrlId: 'forget-ask' });
  const ask = standIn.responsePosts('forget-ask').at(-1)?.body ?? {};
  const ids = buttonValue({ method: 'response_url', args: ask, token: null, at: 0, response: {} }, ACTIONS.forgetConfirm);
  await app.click({ user_id: user, action_id: ACTIONS.forgetConfirm, value: ids, response_url: standIn.responseUrl('forget-done') });
}

function stored(card: Card): { recommendation: string; score: number; reasons: string[]; status: string; staleSince: number | null } {
  const row = app.db.prepare('SELECT recommendation, score, reasons, status, card_stale_since AS staleSince FROM invitations WHERE id = ?').get(card.id) as {
    recommendation: string;
    score: number;
    reasons: string;
    status: string;
    staleSince: number | null;
  };
  return { ...row, reasons: JSON.parse(row.reasons) as string[] };
}

function updatesOf(card: Card, since = 0): RecordedCall[] {
  return standIn.calls('chat.update').slice(since).filter((call) => call.args.ts === card.ts);
}

function lastUpdateOf(card: Card): RecordedCall | undefined {
  return updatesOf(card).at(-1);
}

describe('a decision reaches the same person’s other waiting cards', () => {
  it('Bo checks Priya, Ana checks her later and blocks her: Bo’s card learns it, under "Since this check", and says ignore', async () => {
    const bos = await check(PRIYA, OWNER);
    const before = stored(bos);
    expect(before.recommendation).not.toBe('ignore');
    clock.set('2026-11-24T09:10:00Z');
    const anas = await check(PRIYA, TEAMMATE);
    clock.set('2026-11-24T09:11:00Z');
    const since = standIn.calls('chat.update').length;
    await block(anas, TEAMMATE, 'Mass-inviting the whole team with a crypto pitch');

    const now = stored(bos);
    expect(now.status).toBe('pending');
    expect(now.recommendation).toBe('ignore');
    expect(now.reasons.join(' ')).toContain('A teammate blocked them on 24 Nov 2026');
    const updates = updatesOf(bos, since);
    expect(updates).toHaveLength(1);
    const text = allText(updates[0]);
    expect(text).toContain('*Since this check*');
    expect(text).toContain(`<@${TEAMMATE}> also checked them and blocked them on`);
    expect(text).toContain('Mass-inviting the whole team with a crypto pitch');
    expect(text).toContain('Recommended: ignore');
    // Still Bo's to decide: the buttons stay.
    expect(buttonValue(updates[0], ACTIONS.accept)).toBe(String(bos.id));
    expect(updates[0]?.args.text).toContain('Recommended: ignore');
    assertValidMessage(updates[0]?.args ?? {});
    // Bo's Home tab shows the new weighing too.
    expect(standIn.calls('views.publish').slice(-3).some((call) => call.args.user_id === OWNER)).toBe(true);
  });

  it('Ana checks Priya, Bo checks her later (his card lists Ana’s check as waiting), Ana blocks: Bo’s card shows the block and says ignore', async () => {
    const anas = await check(PRIYA, TEAMMATE);
    clock.set('2026-11-24T09:10:00Z');
    const bos = await check(PRIYA, OWNER);
    expect(allText(standIn.calls('chat.postMessage').at(-1))).toContain('not decided yet');
    expect(stored(bos).recommendation).not.toBe('ignore');
    clock.set('2026-11-24T09:11:00Z');
    const since = standIn.calls('chat.update').length;
    await block(anas, TEAMMATE, 'Crypto pitch');

    expect(stored(bos)).toMatchObject({ status: 'pending', recommendation: 'ignore' });
    const updates = updatesOf(bos, since);
    expect(updates).toHaveLength(1);
    const text = allText(updates[0]);
    expect(text).toContain(`:no_entry: *Blocked before* by <@${TEAMMATE}>`);
    expect(text).toContain('Recommended: ignore');
    expect(text).not.toContain('not decided yet');
    // Ana's check came before Bo's: it is history, not news since.
    expect(text).not.toContain('Since this check');
  });

  it('an Accept on an earlier check reaches the later one', async () => {
    const bos = await check(PRIYA, OWNER);
    clock.set('2026-11-24T09:10:00Z');
    const anas = await check(PRIYA, TEAMMATE);
    const before = stored(anas);
    const since = standIn.calls('chat.update').length;
    await click(bos, ACTIONS.accept, OWNER);

    const now = stored(anas);
    expect(now.reasons.join(' ')).toContain('A teammate accepted them');
    expect(now.score).toBeGreaterThan(before.score);
    const text = allText(lastUpdateOf(anas));
    expect(updatesOf(anas, since)).toHaveLength(1);
    expect(text).toContain(`<@${OWNER}>: accepted on`);
    expect(text).toContain(`score ${now.score}/100`);
  });

  it('Change decision (Ana’s ignore made a block) reaches Bo’s waiting card too', async () => {
    const anas = await check(PRIYA, TEAMMATE);
    await ignore(anas, TEAMMATE, null);
    const bos = await check(PRIYA, OWNER);
    expect(stored(bos).recommendation).not.toBe('ignore');
    const since = standIn.calls('chat.update').length;
    await app.click({ user_id: TEAMMATE, action_id: ACTIONS.changeDecision, value: String(anas.id), block_id: `change:${anas.id}`, channel_id: CHANNEL, message_ts: anas.ts });
    await app.submit({
      user_id: TEAMMATE,
      callback_id: VIEWS.changeDecision,
      private_metadata: lastModal().private_metadata,
      values: { [INPUTS.newDecision.block]: { [INPUTS.newDecision.action]: radioValue('blocked') } },
    });
    expect(stored(anas).status).toBe('blocked');
    expect(stored(bos).recommendation).toBe('ignore');
    const updates = updatesOf(bos, since);
    expect(updates).toHaveLength(1);
    expect(allText(updates[0])).toContain(`:no_entry: *Blocked before* by <@${TEAMMATE}>`);
  });

  it('a decided card is a record: left as it is, while a waiting one is redrawn', async () => {
    const carls = await check(PRIYA, OTHER_MATE);
    await ignore(carls, OTHER_MATE, null);
    const carlsBefore = stored(carls);
    const bos = await check(PRIYA, OWNER);
    const anas = await check(PRIYA, TEAMMATE);
    const since = standIn.calls('chat.update').length;
    await block(anas, TEAMMATE, 'Crypto pitch');
    expect(standIn.calls('chat.update').slice(since).map((call) => call.args.ts)).toEqual([anas.ts, bos.ts]);
    expect(stored(carls)).toEqual(carlsBefore);
  });
});

describe('a card decided after news since its check', () => {
  it('keeps showing what was decided before its decision, which its reasons name, and nothing decided after', async () => {
    const bos = await check(PRIYA, OWNER);
    clock.set('2026-11-24T09:10:00Z');
    const anas = await check(PRIYA, TEAMMATE);
    clock.set('2026-11-24T09:11:00Z');
    await block(anas, TEAMMATE, 'Crypto pitch');
    clock.set('2026-11-24T09:20:00Z');
    await ignore(bos, OWNER, null);

    const decidedCard = allText(lastUpdateOf(bos));
    expect(stored(bos).status).toBe('ignored');
    expect(decidedCard).toContain('*Since this check*');
    expect(decidedCard).toContain(`<@${TEAMMATE}> also checked them and blocked them on`);
    expect(decidedCard).toContain('Crypto pitch');

    // Carl accepts a check of his after Bo's decision: Bo's card, redrawn (by the catch-up job
    // here), does not list it; it shows what Bo knew when he decided.
    clock.set('2026-11-24T09:30:00Z');
    const carls = await check(PRIYA, OTHER_MATE);
    await click(carls, ACTIONS.accept, OTHER_MATE);
    app.db.prepare('UPDATE invitations SET card_stale_since = ? WHERE id = ?').run(Date.parse('2026-11-24T09:31:00Z'), bos.id);
    const since = standIn.calls('chat.update').length;
    await redrawStaleCards({ ...app.instance.staleCardDeps, logger: app.instance.services.logger, pacer: UNPACED });
    const redrawn = allText(updatesOf(bos, since).at(-1));
    expect(redrawn).toContain(`<@${TEAMMATE}> also checked them and blocked them on`);
    expect(redrawn).not.toContain(`<@${OTHER_MATE}>`);
  });

  it('forgetting the decision it lists redraws it without the name or the words', { timeout: 30_000 }, async () => {
    const bos = await check(PRIYA, OWNER);
    clock.set('2026-11-24T09:10:00Z');
    const anas = await check(PRIYA, TEAMMATE);
    await block(anas, TEAMMATE, 'Ana typed this about her');
    clock.set('2026-11-24T09:20:00Z');
    await ignore(bos, OWNER, null);
    expect(allText(lastUpdateOf(bos))).toContain('Ana typed this about her');

    const since = standIn.calls('chat.update').length;
    await forget('linkedin.com/in/priya-raman-data', TEAMMATE);
    await redrawStaleCards({ ...app.instance.staleCardDeps, logger: app.instance.services.logger, pacer: UNPACED });
    const updates = updatesOf(bos, since);
    expect(updates.length).toBeGreaterThan(0);
    const text = allText(updates.at(-1));
    expect(text).not.toContain('Ana typed this about her');
    expect(text).not.toContain(`<@${TEAMMATE}>`);
    expect(text).not.toContain('Since this check');
    expect(stored(bos).status).toBe('ignored');
  });
});

describe('a card still on its way', () => {
  it('held by a slow Slack while an earlier check of the person is decided: it lands, then shows the decision and the new weighing', { timeout: 20_000 }, async () => {
    const anas = await check(PRIYA, TEAMMATE);
    const release = standIn.holdNext('chat.postMessage');
    // Drained (so resolved) only once the post is answered.
    const bosCommand = app.command(PRIYA, { user: OWNER });
    const post = await standIn.waitForCall('chat.postMessage', (call) => allText(call).includes('not decided yet'));
    const bos = { id: Number(buttonValue(post, ACTIONS.accept)), ts: String(post.response.ts) };
    // Ana accepts hers meanwhile (sent as Slack would, not waiting for the app to settle).
    const accept = blockActionsBody({ team_id: TEAM, response_url: standIn.responseUrl('action'), user_id: TEAMMATE, action_id: ACTIONS.accept, value: String(anas.id), block_id: `decide:${anas.id}`, channel_id: CHANNEL, message_ts: anas.ts });
    await sendSignedRequest(app.eventsUrl, accept, { secret: SIGNING_SECRET });
    await standIn.waitForCall('chat.update', (call) => call.args.ts === anas.ts);
    expect(stored(bos).reasons.join(' ')).toContain('A teammate accepted them');
    release();
    await bosCommand;
    await app.instance.drain();

    const text = allText(lastUpdateOf(bos));
    expect(text).toContain(`<@${TEAMMATE}>: accepted on`);
    expect(text).toContain('A teammate accepted them');
    expect(stored(bos).staleSince).toBeNull();
  });

  it('held while a later check of the person is made and decided: it lands, then shows it "Since this check"', { timeout: 20_000 }, async () => {
    const release = standIn.holdNext('chat.postMessage');
    const bosCommand = app.command(PRIYA, { user: OWNER });
    const post = await standIn.waitForCall('chat.postMessage');
    const bos = { id: Number(buttonValue(post, ACTIONS.accept)), ts: String(post.response.ts) };
    // Ana checks Priya too, and accepts, while Bo's card is still on its way.
    const command = slashCommandBody({ text: PRIYA, user_id: TEAMMATE, team_id: TEAM, channel_id: CHANNEL, response_url: standIn.responseUrl('command') });
    await sendSignedRequest(app.eventsUrl, command, { secret: SIGNING_SECRET });
    const anasPost = await standIn.waitForCall('chat.postMessage', (call) => buttonValue(call, ACTIONS.accept) !== String(bos.id));
    const anas = { id: Number(buttonValue(anasPost, ACTIONS.accept)), ts: String(anasPost.response.ts) };
    const accept = blockActionsBody({ team_id: TEAM, response_url: standIn.responseUrl('action'), user_id: TEAMMATE, action_id: ACTIONS.accept, value: String(anas.id), block_id: `decide:${anas.id}`, channel_id: CHANNEL, message_ts: anas.ts });
    await sendSignedRequest(app.eventsUrl, accept, { secret: SIGNING_SECRET });
    await standIn.waitForCall('chat.update', (call) => call.args.ts === anas.ts);
    release();
    await bosCommand;
    await app.instance.drain();

    const text = allText(lastUpdateOf(bos));
    expect(text).toContain('*Since this check*');
    expect(text).toContain(`<@${TEAMMATE}> also checked them and accepted them on`);
    expect(stored(bos).reasons.join(' ')).toContain('A teammate accepted them');
  });
});

describe('two decisions at once', () => {
  it('Ana and Carl accept their later checks together: Bo’s waiting card ends up showing both, and the weighing counts both', { timeout: 20_000 }, async () => {
    const bos = await check(PRIYA, OWNER);
    const anas = await check(PRIYA, TEAMMATE);
    const carls = await check(PRIYA, OTHER_MATE);
    await Promise.all([click(anas, ACTIONS.accept, TEAMMATE), click(carls, ACTIONS.accept, OTHER_MATE)]);

    expect(stored(bos).reasons.join(' ')).toContain('A teammate accepted them 2 times');
    // As Slack holds the message now: the last drawing to arrive.
    const shown = standIn.messages(CHANNEL).find((message) => message.ts === bos.ts);
    const text = JSON.stringify(shown);
    expect(text).toContain(`<@${TEAMMATE}> also checked them and accepted them on`);
    expect(text).toContain(`<@${OTHER_MATE}> also checked them and accepted them on`);
    expect(text).toContain('A teammate accepted them 2 times');
    expect(stored(bos).staleSince).toBeNull();
  });

  it('Ana forgets her block while Carl accepts his: Bo’s waiting card ends up with Carl’s accept and nothing of Ana', { timeout: 20_000 }, async () => {
    const bos = await check(PRIYA, OWNER);
    const anas = await check(PRIYA, TEAMMATE);
    await block(anas, TEAMMATE, 'Ana typed this about her');
    const carls = await check(PRIYA, OTHER_MATE);
    await app.command('forget linkedin.com/in/priya-raman-data', { user: TEAMMATE, responseUrlId: 'forget-ask' });
    const ask = standIn.responsePosts('forget-ask').at(-1)?.body ?? {};
    const ids = buttonValue({ method: 'response_url', args: ask, token: null, at: 0, response: {} }, ACTIONS.forgetConfirm);
    await Promise.all([
      app.click({ user_id: TEAMMATE, action_id: ACTIONS.forgetConfirm, value: ids, response_url: standIn.responseUrl('forget-done') }),
      click(carls, ACTIONS.accept, OTHER_MATE),
    ]);
    const catchUp = { ...app.instance.staleCardDeps, logger: app.instance.services.logger, pacer: UNPACED };
    await redrawStaleCards(catchUp);

    expect(stored(bos).recommendation).not.toBe('ignore');
    const text = JSON.stringify(standIn.messages(CHANNEL).find((message) => message.ts === bos.ts));
    expect(text).toContain(`<@${OTHER_MATE}> also checked them and accepted them on`);
    expect(text).not.toContain(`<@${TEAMMATE}>`);
    expect(text).not.toContain('Ana typed');
    expect(text).not.toContain('Recommended: ignore');
  });
});

describe('Edit details', () => {
  it('moving a check to another person reaches the waiting checks of both', async () => {
    // Ana blocks a hurried check; Carl's later check of the same hurried details says ignore.
    const anas = await check(HURRIED, TEAMMATE);
    await block(anas, TEAMMATE, 'Crypto pitch');
    const carls = await check(HURRIED, OTHER_MATE);
    expect(stored(carls).recommendation).toBe('ignore');
    // Bo checks Priya properly: nobody has decided on her.
    const bos = await check(PRIYA, OWNER);
    expect(stored(bos).recommendation).not.toBe('ignore');

    // Ana puts her check right: it was Priya Raman all along.
    const since = standIn.calls('chat.update').length;
    await editDetails(anas, TEAMMATE, {
      name: 'Priya Raman',
      headline: 'Head of Data Partnerships',
      company: 'Northwind Analytics',
      profileUrl: 'linkedin.com/in/priya-raman-data',
      mutualConnections: '2',
    });

    // Bo's check (made after Ana's) now has her block as history.
    expect(stored(bos).recommendation).toBe('ignore');
    const bosText = allText(updatesOf(bos, since).at(-1));
    expect(bosText).toContain(`:no_entry: *Blocked before* by <@${TEAMMATE}>`);
    // Carl's no longer does: "Priya Ramen" was never blocked.
    expect(stored(carls).recommendation).not.toBe('ignore');
    expect(stored(carls).reasons.join(' ')).not.toContain('blocked');
    const carlsText = allText(updatesOf(carls, since).at(-1));
    expect(carlsText).not.toContain('Blocked before');
    expect(carlsText).not.toContain('Recommended: ignore');
  });

  it(`moving a check to another person reaches theirs though the person it was has ${OTHER_PENDING_WEIGHED} newer waiting checks`, { timeout: 60_000 }, async () => {
    const anas = await check(HURRIED, TEAMMATE);
    await block(anas, TEAMMATE, 'Crypto pitch');
    // Bo checks Priya properly; then Carl checks the hurried details again and again.
    const bos = await check(PRIYA, OWNER);
    for (let i = 0; i < OTHER_PENDING_WEIGHED; i += 1) await check(HURRIED, OTHER_MATE);
    expect(stored(bos).recommendation).not.toBe('ignore');

    await editDetails(anas, TEAMMATE, {
      name: 'Priya Raman',
      headline: 'Head of Data Partnerships',
      company: 'Northwind Analytics',
      profileUrl: 'linkedin.com/in/priya-raman-data',
      mutualConnections: '2',
    });

    // Bo's check came after Ana's, now of Priya: her block is its history.
    expect(stored(bos).recommendation).toBe('ignore');
    expect(allText(lastUpdateOf(bos))).toContain(`:no_entry: *Blocked before* by <@${TEAMMATE}>`);
  });

  it('moving the newest of eleven later decisions to another person: the waiting card stops listing it, though it weighs the same', { timeout: 60_000 }, async () => {
    const bos = await check(PRIYA, OWNER);
    await block(await check(PRIYA, OTHER_MATE), OTHER_MATE, 'Carl words on the block');
    for (let i = 0; i < 9; i += 1) await ignore(await check(PRIYA, OTHER_MATE), OTHER_MATE, null);
    const anas = await check(PRIYA, TEAMMATE);
    await block(anas, TEAMMATE, 'Ana typed this about her');
    expect(allText(lastUpdateOf(bos))).toContain('Ana typed this about her');
    const weighed = stored(bos);

    // It was someone else: Ana puts her check right. Carl's block takes its place on Bo's card.
    const since = standIn.calls('chat.update').length;
    await editDetails(anas, TEAMMATE, { name: 'Priya Ramen', headline: 'Head of Data Partnerships', company: null, profileUrl: null, mutualConnections: '9' });
    expect(stored(bos)).toEqual(weighed);
    const updates = updatesOf(bos, since);
    expect(updates).toHaveLength(1);
    const text = allText(updates[0]);
    expect(text).not.toContain('Ana typed this about her');
    expect(text).not.toContain(`<@${TEAMMATE}>`);
    expect(text).toContain(`<@${OTHER_MATE}> also checked them and blocked them on`);
  });

  it('nothing they weigh changed: nothing is redrawn', async () => {
    const bos = await check(PRIYA, OWNER);
    const anas = await check(PRIYA, TEAMMATE);
    let since = standIn.calls('chat.update').length;
    await click(anas, ACTIONS.accept, TEAMMATE);
    // The accept is news for Bo's card.
    expect(updatesOf(bos, since)).toHaveLength(1);
    const bosBefore = stored(bos);

    // Ana corrects the mutual count and the note on hers: the same person, the same decision.
    since = standIn.calls('chat.update').length;
    await editDetails(anas, TEAMMATE, {
      name: 'Priya Raman',
      headline: 'Head of Data Partnerships',
      company: 'Northwind Analytics',
      profileUrl: 'linkedin.com/in/priya-raman-data',
      mutualConnections: '5',
      note: 'Met at the Data Council',
    });
    expect(standIn.calls('chat.update').slice(since).map((call) => call.args.ts)).toEqual([anas.ts]);
    expect(stored(bos)).toEqual(bosBefore);
  });
});

describe('bounds, privacy and failures', () => {
  it(`weighs again and redraws only the newest ${OTHER_PENDING_WEIGHED} waiting checks of someone mass-inviting the team`, { timeout: 60_000 }, async () => {
    const waiting: Card[] = [];
    for (let i = 0; i < OTHER_PENDING_WEIGHED + 5; i += 1) waiting.push(await check(PRIYA, i % 2 === 0 ? OWNER : OTHER_MATE));
    const anas = await check(PRIYA, TEAMMATE);
    const since = standIn.calls('chat.update').length;
    await block(anas, TEAMMATE, 'Crypto pitch');

    const redrawn = standIn.calls('chat.update').slice(since).map((call) => String(call.args.ts));
    const newest = waiting.slice(-OTHER_PENDING_WEIGHED);
    const oldest = waiting.slice(0, 5);
    // Ana's own card, then the newest first, each once.
    expect(redrawn).toEqual([anas.ts, ...[...newest].reverse().map((card) => card.ts)]);
    for (const card of newest) expect(stored(card).recommendation).toBe('ignore');
    for (const card of oldest) expect(stored(card).recommendation).not.toBe('ignore');
  });

  it('a teammate’s note on their decision never shows on someone else’s card; the owner’s own does', async () => {
    const bos = await check(PRIYA, OWNER);
    const anas = await check(PRIYA, TEAMMATE);
    await ignore(anas, TEAMMATE, 'Ana private words about her');
    let text = allText(lastUpdateOf(bos));
    expect(text).toContain(`<@${TEAMMATE}> also checked them and ignored them on`);
    expect(text).toContain('Not relevant to my work');
    expect(text).not.toContain('Ana private words');

    const bosAgain = await check(PRIYA, OWNER);
    await ignore(bosAgain, OWNER, 'Bo own words');
    text = allText(lastUpdateOf(bos));
    expect(text).toContain(`<@${OWNER}> also checked them and ignored them on`);
    expect(text).toContain('Bo own words');
    expect(text).not.toContain('Ana private words');
    // The weighing quotes no typed words either.
    expect(stored(bos).reasons.join(' ')).not.toMatch(/Ana private|Bo own/);
  });

  it('a 429 while redrawing them: the click is answered at once, the weights are stored, the cards left to the catch-up job', { timeout: 20_000 }, async () => {
    const bos = await check(PRIYA, OWNER);
    const carls = await check(PRIYA, OTHER_MATE);
    const anas = await check(PRIYA, TEAMMATE);
    const since = standIn.calls('chat.update').length;
    // Ana's own card redraws as usual; the first of the others' meets a rate limit.
    standIn.failNext('chat.update', { delayMs: 0 });
    standIn.failNext('chat.update', { status: 429, retryAfter: 30 });
    const started = Date.now();
    const answer = await click(anas, ACTIONS.accept, TEAMMATE);
    // Not held for the Retry-After: the sweeps' client hands the 429 back, and the rest wait for the job.
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(answer.status).toBe(200);
    expect(stored(anas).status).toBe('accepted');
    const tried = standIn.calls('chat.update').slice(since);
    expect(tried.map((call) => call.args.ts)).toEqual([anas.ts, carls.ts]);
    for (const card of [bos, carls]) {
      expect(stored(card).reasons.join(' ')).toContain('A teammate accepted them');
      expect(stored(card).staleSince).not.toBeNull();
    }

    const catchUp = { ...app.instance.staleCardDeps, logger: app.instance.services.logger, pacer: UNPACED };
    expect(await redrawStaleCards(catchUp)).toEqual({ redrawn: 2, gone: 0, failed: 0 });
    for (const card of [bos, carls]) {
      expect(allText(lastUpdateOf(card))).toContain(`<@${TEAMMATE}> also checked them and accepted them on`);
      expect(stored(card).staleSince).toBeNull();
    }
  });
});

describe('the other owners’ Home tabs', () => {
  it('are published on the sweeps’ client: a 429 there holds up nobody else’s card', { timeout: 20_000 }, async () => {
    // Retries on, as src/app.ts configures them: the commands' client would wait out a Retry-After,
    // and hold every other call it makes meanwhile.
    await app.stop();
    app = await startTestApp({
      standIn,
      databasePath: database.path,
      clock: clock.now,
      webClientOptions: { retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 3000 } },
    });
    await check(PRIYA, OWNER);
    await check(PRIYA, OTHER_MATE);
    const anas = await check(PRIYA, TEAMMATE);
    const publishedBefore = standIn.calls('views.publish').length;
    // Ana's own Home first, as ever; then the first of the other owners' meets a rate limit.
    standIn.failNext('views.publish', { delayMs: 0 });
    standIn.failNext('views.publish', { status: 429, retryAfter: 4 });
    const start = Date.now();
    await Promise.all([
      click(anas, ACTIONS.accept, TEAMMATE),
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        await app.command('Zed Someone | Engineer at Acme | 3 mutual | linkedin.com/in/zed-someone', { user: OWNER });
      })(),
    ]);
    const limited = standIn.calls('views.publish').slice(publishedBefore).find((call) => call.response.error === 'ratelimited');
    expect([OWNER, OTHER_MATE]).toContain(limited?.args.user_id);
    const card = standIn.calls('chat.postMessage').find((call) => allText(call).includes('Zed Someone'));
    expect((card?.at ?? Number.POSITIVE_INFINITY) - start).toBeLessThan(2_000);
  });
});

describe('forgetting', () => {
  /** `forget <query>` by `user`, confirmed. */
  it('a forgotten later decision leaves an earlier waiting card, and the weighing of one decided since', async () => {
    const bos = await check(PRIYA, OWNER);
    const carls = await check(PRIYA, OTHER_MATE);
    const firstWeighing = stored(bos);
    const anas = await check(PRIYA, TEAMMATE);
    await block(anas, TEAMMATE, 'Crypto pitch');
    expect(stored(bos).recommendation).toBe('ignore');
    // Carl decides with the block in view: his stored weighing quotes it.
    await ignore(carls, OTHER_MATE, null);
    expect(stored(carls).reasons.join(' ')).toContain('A teammate blocked them');

    const since = standIn.calls('chat.update').length;
    await forget('linkedin.com/in/priya-raman-data', TEAMMATE);

    // Carl's ignore stays news for Bo's card; Ana's block is gone from it.
    expect(stored(bos).recommendation).toBe(firstWeighing.recommendation);
    expect(stored(bos).reasons.join(' ')).not.toContain('blocked');
    expect(stored(bos).reasons.join(' ')).toContain('A teammate ignored them');
    const text = allText(updatesOf(bos, since).at(-1));
    expect(text).toContain(`<@${OTHER_MATE}> also checked them and ignored them on`);
    expect(text).not.toContain(`<@${TEAMMATE}>`);
    expect(text).not.toContain('Crypto pitch');
    expect(text).not.toContain('Recommended: ignore');
    // Carl's card keeps what he decided on, without the forgotten block, and says why.
    const carlsNow = stored(carls);
    expect(carlsNow.status).toBe('ignored');
    expect(carlsNow.reasons.join(' ')).not.toContain('blocked');
    expect(carlsNow.reasons).toContain(REASON_REMOVED_ON_REQUEST);
  });
});

describe('forgetting a decision listed "Since this check" whose place a weighing fills again', () => {
  it('Ana forgets her block, the newest of eleven later decisions: Bo’s waiting card no longer names her nor shows her words', { timeout: 60_000 }, async () => {
    const bos = await check(PRIYA, OWNER);
    // Carl blocks first, then ignores nine checks of his own; Ana blocks last, the same day. Bo's
    // card weighs the ten newest decisions: Ana's block and Carl's nine ignores.
    await block(await check(PRIYA, OTHER_MATE), OTHER_MATE, 'Carl words on the block');
    for (let i = 0; i < 9; i += 1) await ignore(await check(PRIYA, OTHER_MATE), OTHER_MATE, null);
    await block(await check(PRIYA, TEAMMATE), TEAMMATE, 'Ana typed this about her');
    const shown = allText(lastUpdateOf(bos));
    expect(shown).toContain(`<@${TEAMMATE}> also checked them and blocked them on`);
    expect(shown).toContain('Ana typed this about her');

    // Forgotten, her block leaves room for Carl's: Bo's card weighs a block and nine ignores again,
    // the same words as before. It must still lose her name and what she typed.
    const since = standIn.calls('chat.update').length;
    await forget('linkedin.com/in/priya-raman-data', TEAMMATE);
    const catchUp = { ...app.instance.staleCardDeps, logger: app.instance.services.logger, pacer: UNPACED };
    await redrawStaleCards(catchUp);
    const updates = updatesOf(bos, since);
    expect(updates.length).toBeGreaterThan(0);
    const text = allText(updates.at(-1));
    expect(text).not.toContain('Ana typed this about her');
    expect(text).not.toContain(`<@${TEAMMATE}>`);
    // Carl's block takes its place in the weighing: still ignore, for the same reasons.
    expect(text).toContain('A teammate blocked them on 24 Nov 2026.');
    // And shown, though five ignores came after it.
    expect(text).toContain(`:no_entry: <@${OTHER_MATE}> also checked them and blocked them on`);
    expect(text).toContain('Carl words on the block');
    expect(stored(bos).staleSince).toBeNull();
  });
});
