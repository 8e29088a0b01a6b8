import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepThankYous } from '../../src/jobs/thank-you-sweep.js';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { allText, buttonValue } from '../support/calls.js';
import { plainTextValue, radioValue } from '../support/slack-requests.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, TEAM, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';

// A thank-you DM Slack took whose answer the sweep never recorded (a timeout, Slack slow to answer,
// the process gone before it wrote): the owner sees it and clicks before a later sweep finds it.
// The click itself shows the DM is there: it counts, instead of being shown "Snoozed" or nothing.

const PRIYA = 'Priya Raman | Head of Data Partnerships at Northwind Analytics | 14 mutual | linkedin.com/in/priya-raman-data';
const MORNING = new Date('2026-11-25T09:00:00Z');
const OWNER_DM = `D${OWNER.slice(1)}`;

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let clock: ReturnType<typeof manualClock>;
let app: TestApp;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  standIn.setClock(() => MORNING.getTime());
  database = tempDatabasePath();
  clock = manualClock('2026-11-24T10:00:00Z');
  app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now, webClientOptions: { timeout: 300 } });
  await app.command(PRIYA);
  const card = standIn.calls('chat.postMessage').at(-1);
  await app.click({ user_id: OWNER, action_id: ACTIONS.accept, value: buttonValue(card, ACTIONS.accept), channel_id: CHANNEL, message_ts: String(card?.response.ts) });
});

afterEach(async () => {
  await app.stop();
  await standIn.close();
  database.cleanup();
});

const nudge = () => app.db.prepare('SELECT id, status, dm_ts AS ts, due_at AS dueAt FROM thank_you_nudges').get() as { id: number; status: string; ts: string | null; dueAt: number };

function clickInDm(actionId: string, ts: string, responseUrlId = 'dm') {
  return app.click({ user_id: OWNER, action_id: actionId, value: String(nudge().id), channel_id: OWNER_DM, message_ts: ts, response_url: standIn.responseUrl(responseUrlId) });
}

const redrawsOf = (ts: string) => standIn.calls('chat.update').filter((call) => call.args.channel === OWNER_DM && call.args.ts === ts);

/** The sweep's post times out: Slack took the DM, the sweep gave the nudge back, stamped. */
async function dmWithLostAnswer(): Promise<string> {
  standIn.failNext('chat.postMessage', { delayMs: 1200 });
  expect(await sweepThankYous(app.instance.sweepDeps, MORNING)).toMatchObject({ delivered: 0, failed: 1 });
  const inSlack = standIn.messages(OWNER_DM);
  expect(inSlack).toHaveLength(1);
  expect(nudge()).toMatchObject({ status: 'scheduled', ts: null });
  clock.set('2026-11-25T09:02:00Z');
  return String(inSlack[0]?.ts);
}

describe('a click on a thank-you DM whose post the sweep never recorded', () => {
  it('Sent it counts: the DM says sent, and no later sweep posts it again', async () => {
    const ts = await dmWithLostAnswer();
    await clickInDm(ACTIONS.nudgeSent, ts);
    expect(nudge()).toMatchObject({ status: 'done', ts });
    const redrawn = allText(redrawsOf(ts).at(-1));
    expect(redrawn).toContain('Sent. Nice one.');
    expect(redrawn).not.toContain('Snoozed');
    expect((await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T09:05:00Z'))).claimed).toBe(0);
    expect(standIn.messages(OWNER_DM)).toHaveLength(1);
  });

  it('Skip counts too', async () => {
    const ts = await dmWithLostAnswer();
    await clickInDm(ACTIONS.nudgeSkip, ts);
    expect(nudge()).toMatchObject({ status: 'skipped', ts });
    expect(allText(redrawsOf(ts).at(-1))).toContain('Skipped.');
  });

  it('Snooze brings it back about a day later, not in five minutes', async () => {
    const ts = await dmWithLostAnswer();
    await clickInDm(ACTIONS.nudgeSnooze, ts);
    expect(nudge()).toMatchObject({ status: 'scheduled', ts, dueAt: new Date('2026-11-26T09:02:00Z').getTime() });
    expect(allText(redrawsOf(ts).at(-1))).toContain('Snoozed.');
    expect((await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T09:05:00Z'))).claimed).toBe(0);
    expect(standIn.messages(OWNER_DM)).toHaveLength(1);
  });

  it('a click while Slack is still slow to answer the post counts, and the sweep then posts nothing more', async () => {
    const release = standIn.holdNext('chat.postMessage');
    const sweeping = sweepThankYous(app.instance.sweepDeps, MORNING);
    await expect.poll(() => standIn.messages(OWNER_DM).length).toBe(1);
    const ts = String(standIn.messages(OWNER_DM)[0]?.ts);
    expect(nudge()).toMatchObject({ status: 'sending', ts: null });
    await clickInDm(ACTIONS.nudgeSent, ts);
    expect(nudge()).toMatchObject({ status: 'done', ts });
    expect(allText(redrawsOf(ts).at(-1))).toContain('Sent. Nice one.');
    release();
    await sweeping;
    expect(nudge()).toMatchObject({ status: 'done', ts });
    expect(standIn.messages(OWNER_DM)).toHaveLength(1);
  });

  it('after a change away from Accept, a click on that DM brings nothing back: no thank-you needed', async () => {
    const ts = await dmWithLostAnswer();
    const card = standIn.calls('chat.postMessage').find((call) => call.args.channel === CHANNEL);
    await app.click({ user_id: OWNER, action_id: ACTIONS.changeDecision, value: buttonValue(card, ACTIONS.accept), channel_id: CHANNEL, message_ts: String(card?.response.ts) });
    const modal = standIn.calls('views.open').at(-1)?.args.view as { private_metadata: string };
    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.changeDecision,
      private_metadata: modal.private_metadata,
      values: { [INPUTS.newDecision.block]: { [INPUTS.newDecision.action]: radioValue('ignored') }, [INPUTS.changeReason.block]: { [INPUTS.changeReason.action]: plainTextValue(null) } },
    });
    expect(nudge()).toMatchObject({ status: 'cancelled', ts: null });
    await clickInDm(ACTIONS.nudgeSent, ts);
    expect(nudge()).toMatchObject({ status: 'cancelled', ts: null });
    expect(allText(redrawsOf(ts).at(-1))).toContain('No thank-you needed');
    expect(JSON.stringify(redrawsOf(ts).at(-1)?.args.blocks)).not.toContain(ACTIONS.nudgeSent);
  });
});
