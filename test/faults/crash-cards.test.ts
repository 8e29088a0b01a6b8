/**
 * A card whose redraw is lost: the change (a decision, a correction, a new focus) is committed and
 * the process dies before chat.update reaches Slack. Simulated in process: the stand-in fails the
 * redraw (it never reaches the channel) or holds the call that comes before it, then the app is
 * started again on the same SQLite file and its card catch-up job (jobs/stale-cards.ts) is run
 * directly. The card must come right after the restart, and a click on a card left behind must
 * redraw it, not answer in silence or point at a button it does not have.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redrawStaleCards } from '../../src/jobs/stale-cards.js';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { UNPACED } from '../jobs/sweep-gate.js';
import { allText, buttonValue, openedView } from '../support/calls.js';
import { checkboxesValue, plainTextValue, staticSelectValue, timepickerValue } from '../support/slack-requests.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, TEAM, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';
import { invitationFormValues } from '../support/invitation-form.js';

const PRIYA = 'Priya Ramen | Data person | 14 mutual';

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let clock: ReturnType<typeof manualClock>;
let app: TestApp;
const others: TestApp[] = [];

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  database = tempDatabasePath();
  clock = manualClock('2026-11-24T10:00:00Z');
  app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now });
});

afterEach(async () => {
  for (const other of others.splice(0)) await other.stop();
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
  clock.advance(60_000);
  const card = standIn.calls('chat.postMessage').at(-1);
  return { id: buttonValue(card, ACTIONS.accept), ts: String(card?.response.ts) };
}

/** The app started again on the same database file (the first one stopped, as if it had died). */
async function restart(): Promise<void> {
  await app.stop();
  app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now });
}

function catchUp(on: TestApp = app) {
  return redrawStaleCards({ ...on.instance.staleCardDeps, logger: on.instance.services.logger, pacer: UNPACED });
}

/** The card as Slack shows it in the channel. */
function shown(card: Card): string {
  return JSON.stringify(standIn.messages(CHANNEL).find((message) => message.ts === card.ts));
}

function updatesOf(card: Card): number {
  return standIn.calls('chat.update').filter((call) => call.args.ts === card.ts && call.response.ok === true).length;
}

function click(card: Card, actionId: string, responseUrlId: string) {
  return app.click({
    user_id: OWNER,
    action_id: actionId,
    value: card.id,
    block_id: `decide:${card.id}`,
    channel_id: CHANNEL,
    message_ts: card.ts,
    response_url: standIn.responseUrl(responseUrlId),
  });
}

function answers(responseUrlId: string): string {
  return standIn.responsePosts(responseUrlId).map((post) => `${String(post.body.text)} ${JSON.stringify(post.body.blocks ?? [])}`).join('\n');
}

function marked(): number {
  return (app.db.prepare('SELECT count(*) AS n FROM invitations WHERE card_stale_since IS NOT NULL').get() as { n: number }).n;
}

/** The redraw after a decision never reaches Slack: the process died before it (Slack down here). */
function loseNextRedraw(): void {
  standIn.failNext('chat.update', { status: 503 });
}

/** A card accepted while its redraw was lost, and the app started again: it still shows the buttons. */
async function acceptedCardLeftBehind(): Promise<Card> {
  const card = await check(PRIYA);
  loseNextRedraw();
  await click(card, ACTIONS.accept, 'accept');
  await restart();
  return card;
}

describe('a decision whose card redraw was lost', () => {
  it('is redrawn by the catch-up after a restart (D4)', async () => {
    const card = await check(PRIYA);
    loseNextRedraw();
    await click(card, ACTIONS.accept, 'accept');
    expect(shown(card)).toContain(ACTIONS.accept);
    await restart();

    expect(await catchUp()).toEqual({ redrawn: 1, gone: 0, failed: 0 });
    expect(shown(card)).not.toContain(ACTIONS.accept);
    expect(shown(card)).toContain(ACTIONS.changeDecision);
    expect(await catchUp()).toEqual({ redrawn: 0, gone: 0, failed: 0 });
  });

  it('a normal decision leaves the catch-up nothing to do: one chat.update, not two', async () => {
    const card = await check(PRIYA);
    await click(card, ACTIONS.decline, 'decline');
    expect(updatesOf(card)).toBe(1);
    expect(marked()).toBe(0);
    expect(await catchUp()).toEqual({ redrawn: 0, gone: 0, failed: 0 });
    expect(updatesOf(card)).toBe(1);
  });

  it('a click again on the card left behind redraws it; another decision points at a button it now has (D4)', async () => {
    const card = await acceptedCardLeftBehind();

    // The same decision again: the card is redrawn, nothing is recorded twice.
    await click(card, ACTIONS.accept, 'accept-again');
    expect(shown(card)).not.toContain(ACTIONS.accept);
    expect(shown(card)).toContain(ACTIONS.changeDecision);
    const events = app.db.prepare('SELECT count(*) AS n FROM decision_events WHERE invitation_id = ?').get(card.id) as { n: number };
    expect(events.n).toBe(1);
  });

  it('another decision on the card left behind says to use Change decision, and the card now has it (D4)', async () => {
    const card = await acceptedCardLeftBehind();

    await click(card, ACTIONS.ignore, 'ignore');
    expect(answers('ignore')).toMatch(/You already accepted this invitation.*Change decision/);
    expect(standIn.calls('views.open')).toHaveLength(0);
    expect(updatesOf(card)).toBe(1);
    expect(shown(card)).toContain(ACTIONS.changeDecision);
    expect(shown(card)).not.toContain(ACTIONS.ignore);
  });
});

describe('Decline politely, clicked again on a declined check (D8)', () => {
  it('shows the ready-to-send draft again, only to the owner', async () => {
    const card = await check(PRIYA);
    await click(card, ACTIONS.decline, 'decline');
    const first = standIn.responsePosts('decline');
    expect(first).toHaveLength(1);
    expect(first[0]?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    await restart();

    await click(card, ACTIONS.decline, 'decline-again');
    const again = standIn.responsePosts('decline-again');
    expect(again).toHaveLength(1);
    expect(again[0]?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(again[0]?.body.text).toBe(first[0]?.body.text);
    expect(JSON.stringify(again[0]?.body.blocks)).toBe(JSON.stringify(first[0]?.body.blocks));
    // Recorded once.
    const events = app.db.prepare('SELECT count(*) AS n FROM decision_events WHERE invitation_id = ?').get(card.id) as { n: number };
    expect(events.n).toBe(1);
  });
});

describe('a declined card redrawn by the catch-up, its draft lost in the crash', () => {
  it('keeps a Show decline message button, which shows the draft again to the owner', async () => {
    const card = await check(PRIYA);
    // The decline is committed; its redraw never reaches Slack, and its draft, shown only once
    // beside the click, is as good as lost after the restart.
    loseNextRedraw();
    await click(card, ACTIONS.decline, 'decline');
    await restart();
    expect(await catchUp()).toEqual({ redrawn: 1, gone: 0, failed: 0 });
    expect(shown(card)).not.toContain(`"action_id":"${ACTIONS.accept}"`);
    expect(shown(card)).toContain('Show decline message');

    await app.click({ user_id: OWNER, action_id: ACTIONS.decline, value: card.id, block_id: `change:${card.id}`, channel_id: CHANNEL, message_ts: card.ts, response_url: standIn.responseUrl('draft-again') });
    const again = standIn.responsePosts('draft-again');
    expect(again).toHaveLength(1);
    expect(again[0]?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(JSON.stringify(again[0]?.body.blocks)).toContain('Priya');
    const events = app.db.prepare('SELECT count(*) AS n FROM decision_events WHERE invitation_id = ?').get(card.id) as { n: number };
    expect(events.n).toBe(1);
  });
});

describe('a correction whose card redraw was lost (D5)', () => {
  it('is redrawn with the corrected details by the catch-up after a restart', async () => {
    const card = await check(PRIYA);
    loseNextRedraw();
    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.editDetails,
      private_metadata: JSON.stringify({ invitationId: Number(card.id) }),
      view_id: `V0EDIT${card.id}`,
      values: invitationFormValues({ name: 'Priya Raman', headline: 'Head of Data Partnerships', company: 'Northwind Analytics', mutualConnections: '14', source: 'LinkedIn email' }),
    });
    expect(shown(card)).toContain('Priya Ramen');
    await restart();

    expect(await catchUp()).toEqual({ redrawn: 1, gone: 0, failed: 0 });
    expect(shown(card)).toContain('Priya Raman');
    expect(shown(card)).not.toContain('Priya Ramen');
  });

  it('a correction redrawn at once leaves the catch-up nothing to do', async () => {
    const card = await check(PRIYA);
    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.editDetails,
      private_metadata: JSON.stringify({ invitationId: Number(card.id) }),
      view_id: `V0EDIT${card.id}`,
      values: invitationFormValues({ name: 'Priya Raman', headline: 'Data person', mutualConnections: '14', source: 'LinkedIn email' }),
    });
    expect(shown(card)).toContain('Priya Raman');
    expect(marked()).toBe(0);
    expect(await catchUp()).toEqual({ redrawn: 0, gone: 0, failed: 0 });
  });
});

describe('settings with a new focus, the process dying before the cards are redrawn (D6)', () => {
  it('every changed card is marked with the save, and a restarted app redraws them all', async () => {
    const cards: Card[] = [];
    for (const name of ['Priya Raman', 'Lena Ward', 'Tom Baker']) cards.push(await check(`${name} | Head of Data Partnerships at Northwind Analytics | 2 mutual`));
    await app.command('settings', { responseUrlId: 'settings' });
    const opened = openedView(standIn.calls('views.open').at(-1));
    // The Home tab is published after the save and before the redraws: the process "dies" there.
    const release = standIn.holdNext('views.publish');
    const publishes = standIn.calls('views.publish').length;
    const saving = app.submit({
      user_id: OWNER,
      callback_id: VIEWS.settings,
      private_metadata: opened.private_metadata,
      values: {
        [INPUTS.focusIndustries.block]: { [INPUTS.focusIndustries.action]: plainTextValue('Analytics') },
        [INPUTS.focusRoles.block]: { [INPUTS.focusRoles.action]: plainTextValue('Data Partnerships') },
        [INPUTS.focusKeywords.block]: { [INPUTS.focusKeywords.action]: plainTextValue(null) },
        [INPUTS.focusText.block]: { [INPUTS.focusText.action]: plainTextValue(null) },
        [INPUTS.workStart.block]: { [INPUTS.workStart.action]: timepickerValue('09:00') },
        [INPUTS.workEnd.block]: { [INPUTS.workEnd.action]: timepickerValue('17:00') },
        [INPUTS.workDays.block]: { [INPUTS.workDays.action]: checkboxesValue(['1', '2', '3', '4', '5']) },
        [INPUTS.thankYouDelay.block]: { [INPUTS.thankYouDelay.action]: staticSelectValue('workspace') },
        [INPUTS.weeklyReview.block]: { [INPUTS.weeklyReview.action]: checkboxesValue([]) },
      },
    });
    await standIn.waitForCall('views.publish', () => standIn.calls('views.publish').length > publishes);
    expect(standIn.calls('chat.update')).toHaveLength(0);
    expect(marked()).toBe(3);

    // The process that comes up next, on the same file, catches up every card.
    const restarted = await startTestApp({ standIn, databasePath: database.path, clock: clock.now });
    others.push(restarted);
    expect(await catchUp(restarted)).toEqual({ redrawn: 3, gone: 0, failed: 0 });
    for (const card of cards) expect(allText(standIn.calls('chat.update').find((call) => call.args.ts === card.ts))).toMatch(/your focus/);

    // The first one, let go, redraws them too and unmarks them: nothing is left to do.
    release();
    await saving;
    expect(marked()).toBe(0);
    expect(await catchUp()).toEqual({ redrawn: 0, gone: 0, failed: 0 });
  });
});

describe('Show decline message on a card whose details retention removed', () => {
  it('says why there is no message to show', async () => {
    const card = await check(PRIYA);
    await click(card, ACTIONS.decline, 'decline');
    // The state retention leaves, before its redraw of this card lands.
    app.db.prepare("UPDATE invitations SET details_removed_at = 1, name = 'Details removed', headline = NULL, person_key = 'removed:' || id WHERE id = ?").run(Number(card.id));
    await app.click({ user_id: OWNER, action_id: ACTIONS.decline, value: card.id, block_id: `change:${card.id}`, channel_id: CHANNEL, message_ts: card.ts, response_url: standIn.responseUrl('removed') });
    expect(answers('removed')).toContain('details were removed after the retention period, so there is no decline message to show');
  });
});
