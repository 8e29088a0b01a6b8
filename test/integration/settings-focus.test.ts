/**
 * A new focus, saved through the settings modal, weighs the owner's waiting invitations again:
 * the real app over a real SQLite file, signed requests, and the Slack stand-in.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CARDS_REDRAWN_AFTER_REWEIGHING } from '../../src/services/invitations/index.js';
import { redrawStaleCards } from '../../src/jobs/stale-cards.js';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { assertValidMessage } from '../support/block-kit.js';
import { allText, buttonValue, openedView } from '../support/calls.js';
import { checkboxesValue, plainTextValue, sendSignedRequest, staticSelectValue, timepickerValue, viewSubmissionBody } from '../support/slack-requests.js';
import { startSlackStandIn, type RecordedCall, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, SIGNING_SECRET, TEAM, TEAMMATE, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';
import { UNPACED } from '../jobs/sweep-gate.js';

// Tuesday 24 November 2026, 10:00 in London.
const TUESDAY_10AM = '2026-11-24T10:00:00Z';

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let clock: ReturnType<typeof manualClock>;
let app: TestApp;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  standIn.setUser({ id: TEAMMATE, tz: 'Europe/London', real_name: 'Ana Silva' });
  database = tempDatabasePath();
  clock = manualClock(TUESDAY_10AM);
  app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now });
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

const PRIYA = 'Priya Raman | Head of Data Partnerships at Northwind Analytics | 2 mutual | linkedin.com/in/priya-raman-data';
const TOM = 'Tom Baker | Head Chef at The Fat Duck | 2 mutual';
const LENA = 'Lena Ward | Analytics Lead at Acme | 2 mutual';

async function check(text: string): Promise<Card> {
  await app.command(text);
  clock.advance(60_000);
  const card = standIn.calls('chat.postMessage').at(-1);
  return { invitationId: buttonValue(card, ACTIONS.accept), ts: String(card?.response.ts) };
}

function settingsValues(focus: { industries: string | null; roles: string | null }, hours: { start: string; end: string } = { start: '09:00', end: '17:00' }) {
  return {
    [INPUTS.focusIndustries.block]: { [INPUTS.focusIndustries.action]: plainTextValue(focus.industries) },
    [INPUTS.focusRoles.block]: { [INPUTS.focusRoles.action]: plainTextValue(focus.roles) },
    [INPUTS.focusKeywords.block]: { [INPUTS.focusKeywords.action]: plainTextValue(null) },
    [INPUTS.focusText.block]: { [INPUTS.focusText.action]: plainTextValue(null) },
    [INPUTS.workStart.block]: { [INPUTS.workStart.action]: timepickerValue(hours.start) },
    [INPUTS.workEnd.block]: { [INPUTS.workEnd.action]: timepickerValue(hours.end) },
    [INPUTS.workDays.block]: { [INPUTS.workDays.action]: checkboxesValue(['1', '2', '3', '4', '5']) },
    [INPUTS.thankYouDelay.block]: { [INPUTS.thankYouDelay.action]: staticSelectValue('workspace') },
    [INPUTS.weeklyReview.block]: { [INPUTS.weeklyReview.action]: checkboxesValue([]) },
  };
}

const NEW_FOCUS = { industries: 'Analytics', roles: 'Data Partnerships' };

/** `/invite-check settings`, then the form submitted: the way a save is confirmed beside the command. */
async function saveSettings(values: ReturnType<typeof settingsValues>, responseUrlId = 'settings') {
  await app.command('settings', { responseUrlId });
  const opened = openedView(standIn.calls('views.open').at(-1));
  return app.submit({ user_id: OWNER, callback_id: VIEWS.settings, private_metadata: opened.private_metadata, values });
}

function confirmation(responseUrlId = 'settings'): string {
  return String(standIn.responsePosts(responseUrlId).at(-1)?.body.text);
}

function updatesOf(card: Card, since = 0): RecordedCall[] {
  return standIn.calls('chat.update').slice(since).filter((call) => call.args.ts === card.ts);
}

function stored(card: Card): { recommendation: string; score: number; reasons: string } {
  return app.db.prepare('SELECT recommendation, score, reasons FROM invitations WHERE id = ?').get(card.invitationId) as {
    recommendation: string;
    score: number;
    reasons: string;
  };
}

describe('a new focus weighs the waiting invitations again', () => {
  it('redraws each card whose recommendation changed, with it, and says how many', async () => {
    const priya = await check(PRIYA);
    const tom = await check(TOM);
    const lena = await check(LENA);
    await app.click({ user_id: OWNER, action_id: ACTIONS.decline, value: lena.invitationId, channel_id: CHANNEL, message_ts: lena.ts });
    const lenaBefore = stored(lena);
    const updatesBefore = standIn.calls('chat.update').length;
    const publishesBefore = standIn.calls('views.publish').length;

    await saveSettings(settingsValues(NEW_FOCUS));

    expect(confirmation()).toBe(
      ':white_check_mark: Your settings are saved. I weighed your 2 waiting invitations again with your new focus: 2 have a new score or reasons, and 1 of them a new recommendation.',
    );
    const [priyaUpdate, ...again] = updatesOf(priya, updatesBefore);
    expect(again).toEqual([]);
    expect(priyaUpdate?.args.channel).toBe(CHANNEL);
    expect(allText(priyaUpdate)).toMatch(/match your focus/);
    assertValidMessage(priyaUpdate?.args ?? {});
    expect(stored(priya).reasons).toMatch(/match your focus/);
    expect(allText(updatesOf(tom, updatesBefore)[0])).toMatch(/matches your focus/);
    // Slack holds the new card.
    const inChannel = standIn.messages(CHANNEL).find((message) => message.ts === priya.ts);
    expect(JSON.stringify(inChannel)).toMatch(/match your focus/);
    // The declined card and its weights are left as they were.
    expect(updatesOf(lena, updatesBefore)).toEqual([]);
    expect(stored(lena)).toEqual(lenaBefore);
    // The Home tab shows the new recommendations.
    expect(standIn.calls('views.publish').slice(publishesBefore).map((call) => call.args.user_id)).toEqual([OWNER]);
    // Hours alone weigh nothing again and redraw nothing.
    const afterFocus = standIn.calls('chat.update').length;
    await saveSettings(settingsValues(NEW_FOCUS, { start: '08:00', end: '16:00' }), 'hours');
    expect(confirmation('hours')).toBe(':white_check_mark: Your settings are saved. They count from your next check, thank-you reminder and review.');
    expect(standIn.calls('chat.update')).toHaveLength(afterFocus);
  });

  it('a card Slack won’t redraw is passed over: the others are redrawn and everything is stored', async () => {
    const priya = await check(PRIYA);
    const tom = await check(TOM);
    const lena = await check(LENA);
    const updatesBefore = standIn.calls('chat.update').length;
    // Newest first: Lena's card was deleted, Tom's channel no longer has the app.
    standIn.failNext('chat.update', { error: 'message_not_found' });
    standIn.failNext('chat.update', { error: 'not_in_channel' });

    await saveSettings(settingsValues(NEW_FOCUS));

    expect(confirmation()).toBe(
      ':white_check_mark: Your settings are saved. I weighed your 3 waiting invitations again with your new focus: 3 have a new score or reasons, and 1 of them a new recommendation.',
    );
    const updates = standIn.calls('chat.update').slice(updatesBefore);
    expect(updates.map((call) => [call.args.ts, call.response.ok])).toEqual([
      [lena.ts, false],
      [tom.ts, false],
      [priya.ts, true],
    ]);
    expect(allText(updates[2])).toMatch(/match your focus/);
    for (const card of [priya, tom, lena]) expect(stored(card).reasons).toMatch(/your focus/);
    expect(app.logLines.filter((line) => line.includes('Could not redraw the card'))).toHaveLength(2);
    expect(app.logLines.some((line) => line.includes('Unhandled error'))).toBe(false);
    // Nobody is told the settings were lost.
    expect(standIn.calls('chat.postMessage').filter((call) => call.args.channel === OWNER || call.args.channel === `D${OWNER.slice(1)}`)).toEqual([]);
  });

  it(`redraws the ${CARDS_REDRAWN_AFTER_REWEIGHING} newest changed cards at once, and the rest in the catch-up job`, async () => {
    const cards: Card[] = [];
    for (let i = 0; i < CARDS_REDRAWN_AFTER_REWEIGHING + 2; i += 1) cards.push(await check(`Person Number${i} | Head Chef at Bistro ${i} | 2 mutual`));
    const updatesBefore = standIn.calls('chat.update').length;

    await saveSettings(settingsValues(NEW_FOCUS));

    const total = CARDS_REDRAWN_AFTER_REWEIGHING + 2;
    expect(confirmation()).toBe(
      `:white_check_mark: Your settings are saved. I weighed your ${total} waiting invitations again with your new focus: ${total} have a new score or reasons, but the same recommendation.` +
        ` I'm updating the ${CARDS_REDRAWN_AFTER_REWEIGHING} newest cards now, and the others over the next few minutes.`,
    );
    const redrawn = standIn.calls('chat.update').slice(updatesBefore).map((call) => call.args.ts);
    expect(redrawn).toEqual(cards.slice(2).reverse().map((card) => card.ts));
    // The two oldest are weighed and stored all the same, and marked for the catch-up job.
    const [oldest, second] = [cards[0] ?? { invitationId: '', ts: '' }, cards[1] ?? { invitationId: '', ts: '' }];
    expect(stored(oldest).reasons).toMatch(/matches your focus/);
    expect(updatesOf(oldest)).toEqual([]);
    // One is decided meanwhile: its decision's redraw drew it as it stands, weighing and all, and
    // unmarked it (the decision marks its card too): the job has only the oldest left.
    await app.click({ user_id: OWNER, action_id: ACTIONS.decline, value: second.invitationId, channel_id: CHANNEL, message_ts: second.ts });

    const catchUp = { ...app.instance.staleCardDeps, logger: app.instance.services.logger, pacer: UNPACED };
    expect(allText(updatesOf(second).at(-1))).toContain('Declined');
    expect(allText(updatesOf(second).at(-1))).toMatch(/matches your focus/);
    const secondUpdates = updatesOf(second).length;
    expect(await redrawStaleCards(catchUp)).toEqual({ redrawn: 1, gone: 0, failed: 0 });
    expect(allText(updatesOf(oldest).at(-1))).toMatch(/matches your focus/);
    expect(updatesOf(second)).toHaveLength(secondUpdates);
    // Done once: the next run finds nothing.
    expect(await redrawStaleCards(catchUp)).toEqual({ redrawn: 0, gone: 0, failed: 0 });
  });

  it('a card among the newest that Slack would not redraw just then is left to the catch-up job', async () => {
    const card = await check('Person Number0 | Head Chef at Bistro 0 | 2 mutual');
    standIn.failNext('chat.update', { error: 'internal_error' });
    await saveSettings(settingsValues(NEW_FOCUS));
    expect(updatesOf(card)).toHaveLength(1); // the failed try

    const catchUp = { ...app.instance.staleCardDeps, logger: app.instance.services.logger, pacer: UNPACED };
    expect(await redrawStaleCards(catchUp)).toEqual({ redrawn: 1, gone: 0, failed: 0 });
    expect(allText(updatesOf(card).at(-1))).toMatch(/matches your focus/);
  });

  it('cards Slack refuses for good never hold up the others', async () => {
    const cards: Card[] = [];
    for (let i = 0; i < CARDS_REDRAWN_AFTER_REWEIGHING + 7; i += 1) cards.push(await check(`Person Number${i} | Head Chef at Bistro ${i} | 2 mutual`));
    await saveSettings(settingsValues(NEW_FOCUS));
    const catchUp = { ...app.instance.staleCardDeps, logger: app.instance.services.logger, pacer: UNPACED };
    // Five refused for reasons of their own, first in line: the sixth and seventh still get their turn.
    standIn.failNext('chat.update', { error: 'msg_too_long' }, 5);
    expect(await redrawStaleCards(catchUp)).toEqual({ redrawn: 2, gone: 5, failed: 0 });
    expect(await redrawStaleCards(catchUp)).toEqual({ redrawn: 0, gone: 0, failed: 0 });
  });

  it('the catch-up job keeps a card Slack failed on for its next run, and lets go of one that is gone', async () => {
    const cards: Card[] = [];
    for (let i = 0; i < CARDS_REDRAWN_AFTER_REWEIGHING + 2; i += 1) cards.push(await check(`Person Number${i} | Head Chef at Bistro ${i} | 2 mutual`));
    await saveSettings(settingsValues(NEW_FOCUS));
    const catchUp = { ...app.instance.staleCardDeps, logger: app.instance.services.logger, pacer: UNPACED };

    standIn.failNext('chat.update', { error: 'message_not_found' });
    standIn.failNext('chat.update', { status: 429, retryAfter: 1 });
    expect(await redrawStaleCards(catchUp)).toEqual({ redrawn: 0, gone: 1, failed: 1 });
    expect(await redrawStaleCards(catchUp)).toEqual({ redrawn: 1, gone: 0, failed: 0 });
    expect(await redrawStaleCards(catchUp)).toEqual({ redrawn: 0, gone: 0, failed: 0 });
  });

  it('the ack does not wait for the cards', async () => {
    await check(PRIYA);
    await app.command('settings', { responseUrlId: 'settings' });
    const opened = openedView(standIn.calls('views.open').at(-1));
    standIn.failNext('chat.update', { delayMs: 3000 });
    const redrawn = () => app.logLines.some((line) => line.includes('Cards redrawn after a focus change'));
    const response = await sendSignedRequest(
      app.eventsUrl,
      viewSubmissionBody({ team_id: TEAM, user_id: OWNER, callback_id: VIEWS.settings, private_metadata: opened.private_metadata, values: settingsValues(NEW_FOCUS) }),
      { secret: SIGNING_SECRET },
    );
    // Answered while the card's redraw still waits on Slack.
    expect(response.status).toBe(200);
    expect(redrawn()).toBe(false);
    await app.instance.drain();
    expect(redrawn()).toBe(true);
    expect(standIn.calls('chat.update')).toHaveLength(1);
  });

  it('a card decided while its redraw is on its way ends up showing the decision', async () => {
    const priya = await check(PRIYA);
    const updatesBefore = standIn.calls('chat.update').length;
    // The redraw's answer is slow; the owner accepts meanwhile.
    standIn.failNext('chat.update', { delayMs: 1500 });
    await app.command('settings', { responseUrlId: 'settings' });
    const opened = openedView(standIn.calls('views.open').at(-1));
    const submission = viewSubmissionBody({ team_id: TEAM, user_id: OWNER, callback_id: VIEWS.settings, private_metadata: opened.private_metadata, values: settingsValues(NEW_FOCUS) });
    expect((await sendSignedRequest(app.eventsUrl, submission, { secret: SIGNING_SECRET })).status).toBe(200);
    await standIn.waitForCall('chat.update', (call) => call.args.ts === priya.ts);
    await app.click({ user_id: OWNER, action_id: ACTIONS.accept, value: priya.invitationId, channel_id: CHANNEL, message_ts: priya.ts });
    await app.instance.drain();

    const updates = updatesOf(priya, updatesBefore);
    // The redraw, the decision's own, and the card drawn again once the redraw saw the decision.
    expect(updates).toHaveLength(3);
    expect(allText(updates.at(-1))).toContain(`Accepted* by <@${OWNER}>`);
    expect(JSON.stringify(standIn.messages(CHANNEL).find((message) => message.ts === priya.ts))).toContain('Accepted*');
  });
});
