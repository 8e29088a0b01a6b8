import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepThankYous } from '../../src/jobs/thank-you-sweep.js';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { assertValidMessage } from '../support/block-kit.js';
import { allText, buttonValue } from '../support/calls.js';
import { numberValue, plainTextValue, radioValue } from '../support/slack-requests.js';
import { startSlackStandIn, type RecordedCall, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, TEAM, TEAMMATE, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';
import { invitationFormValues } from '../support/invitation-form.js';

// Thank-you DMs after the Accept: what they say when things change under them, and where the
// card goes when its channel will not take it. The real app, the Slack stand-in, real SQLite.

const PRIYA = 'Priya Raman | Head of Data Partnerships at Northwind Analytics | 14 mutual | linkedin.com/in/priya-raman-data | Hi Sam, we met at the Data Council panel';

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

const ALEX = 'Alex Doe | Staff Engineer at Acme | 9 mutual | linkedin.com/in/alex-doe-eng | Hi Sam, thanks for the talk at PyData';
// Wednesday 25 November, 09:00 in London: the default "next local morning" after a Tuesday Accept.
const WEDNESDAY_9AM = new Date('2026-11-25T09:00:00Z');

async function check(text: string): Promise<{ invitationId: string; ts: string }> {
  const before = standIn.calls('chat.postMessage').length;
  await app.command(text);
  const card = standIn.calls('chat.postMessage').slice(before).at(-1);
  expect(card?.args.channel).toBe(CHANNEL);
  return { invitationId: buttonValue(card, ACTIONS.accept), ts: String(card?.response.ts) };
}

function cardClick(actionId: string, card: { invitationId: string; ts: string }) {
  return app.click({ user_id: OWNER, action_id: actionId, value: card.invitationId, channel_id: CHANNEL, message_ts: card.ts });
}

/** Change decision on the card, then the form submitted with the new decision and reason. */
async function changeDecisionTo(decision: string, card: { invitationId: string; ts: string }, reason: string | null = null): Promise<void> {
  await cardClick(ACTIONS.changeDecision, card);
  const modal = standIn.calls('views.open').at(-1)?.args.view as { private_metadata: string };
  await app.submit({
    user_id: OWNER,
    callback_id: VIEWS.changeDecision,
    private_metadata: modal.private_metadata,
    values: {
      [INPUTS.newDecision.block]: { [INPUTS.newDecision.action]: radioValue(decision) },
      [INPUTS.changeReason.block]: { [INPUTS.changeReason.action]: plainTextValue(reason) },
    },
  });
}

/** The thank-you DMs the app posted, oldest first. */
function thankYouDms(): RecordedCall[] {
  return standIn.calls('chat.postMessage').filter((call) => String(call.response.channel).startsWith('D'));
}

/** The redraws of one posted message, oldest first. */
function redrawsOf(message: RecordedCall | undefined): RecordedCall[] {
  return standIn.calls('chat.update').filter((call) => call.args.ts === message?.response.ts && call.args.channel === message?.response.channel);
}

/** A click on one of a thank-you DM's buttons, from that DM. */
function dmClick(dm: RecordedCall | undefined, actionId: string, nudgeId: string, responseUrlId = 'dm') {
  return app.click({
    user_id: OWNER,
    action_id: actionId,
    value: nudgeId,
    channel_id: String(dm?.response.channel),
    message_ts: String(dm?.response.ts),
    response_url: standIn.responseUrl(responseUrlId),
  });
}

describe('a thank-you DM after the decision changes away from Accept', () => {
  it('is redrawn at once: no buttons, and it says the decision changed, by name', async () => {
    const card = await check(PRIYA);
    await cardClick(ACTIONS.accept, card);
    expect((await sweepThankYous(app.instance.sweepDeps, WEDNESDAY_9AM)).delivered).toBe(1);
    const dm = thankYouDms().at(-1);

    await changeDecisionTo('blocked', card, 'turned out to be a scammer');

    const redrawn = redrawsOf(dm).at(-1);
    expect(redrawn).toBeDefined();
    expect(allText(redrawn)).toContain('No thank-you needed: you changed your decision on Priya Raman.');
    expect(allText(redrawn)).not.toContain('Time to say thanks');
    expect(JSON.stringify(redrawn?.args.blocks)).not.toContain(ACTIONS.nudgeSent);
    assertValidMessage(redrawn?.args ?? {});
  });

  it('keeps the others in the same DM with their buttons; the changed one says why', async () => {
    const priya = await check(PRIYA);
    await cardClick(ACTIONS.accept, priya);
    const alex = await check(ALEX);
    await cardClick(ACTIONS.accept, alex);
    await sweepThankYous(app.instance.sweepDeps, WEDNESDAY_9AM);
    const dm = thankYouDms().at(-1);

    await changeDecisionTo('ignored', priya);

    const redrawn = redrawsOf(dm).at(-1);
    const buttons = JSON.stringify(redrawn?.args.blocks).split(`"${ACTIONS.nudgeSent}"`);
    expect(buttons).toHaveLength(2);
    expect(allText(redrawn)).toContain('Alex Doe');
    expect(allText(redrawn)).toContain('No thank-you needed: you changed your decision');
  });

  it('reaches a snoozed reminder’s DM too, and nothing comes back the next day', async () => {
    const card = await check(PRIYA);
    await cardClick(ACTIONS.accept, card);
    await sweepThankYous(app.instance.sweepDeps, WEDNESDAY_9AM);
    const dm = thankYouDms().at(-1);
    clock.set('2026-11-25T09:10:00Z');
    await dmClick(dm, ACTIONS.nudgeSnooze, buttonValue(dm, ACTIONS.nudgeSnooze));

    await changeDecisionTo('declined', card);

    expect(allText(redrawsOf(dm).at(-1))).toContain('No thank-you needed: you changed your decision on Priya Raman.');
    expect((await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-26T09:10:00Z'))).claimed).toBe(0);
  });

  it('when the thank-you is handed on to a later accepted check, says so, and that check’s DM still comes', async () => {
    const first = await check(PRIYA);
    await cardClick(ACTIONS.accept, first);
    const second = await check(PRIYA);
    await cardClick(ACTIONS.accept, second);
    await sweepThankYous(app.instance.sweepDeps, WEDNESDAY_9AM);
    const dm = thankYouDms().at(-1);

    await changeDecisionTo('ignored', first);

    expect(allText(redrawsOf(dm).at(-1))).toContain('so this reminder is closed. Your other accepted invitation from them has its own.');
    expect(app.db.prepare('SELECT invitation_id, status FROM thank_you_nudges ORDER BY id').all()).toEqual([
      { invitation_id: Number(first.invitationId), status: 'cancelled' },
      { invitation_id: Number(second.invitationId), status: 'scheduled' },
    ]);
    expect((await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-26T09:00:00Z'))).delivered).toBe(1);
    expect(thankYouDms().at(-1)?.response.ts).not.toBe(dm?.response.ts);
  });

  it('a forgotten person’s DM still says it was removed (the same redraw)', async () => {
    const card = await check(PRIYA);
    await cardClick(ACTIONS.accept, card);
    await sweepThankYous(app.instance.sweepDeps, WEDNESDAY_9AM);
    const dm = thankYouDms().at(-1);
    await app.command('forget linkedin.com/in/priya-raman-data', { responseUrlId: 'forget' });
    const prompt = standIn.responsePosts('forget').at(-1)?.body;
    const ids = buttonValue({ method: 'response_url', args: prompt ?? {}, token: null, at: 0, response: {} }, ACTIONS.forgetConfirm);
    await app.click({ user_id: OWNER, action_id: ACTIONS.forgetConfirm, value: ids, response_url: standIn.responseUrl('forgot') });
    expect(allText(redrawsOf(dm).at(-1))).toContain('You asked me to forget this person, so this reminder was removed.');
  });
});

describe('a thank-you DM after Edit details', () => {
  // The paste was misread: the DM's draft greets "Pryia", and the owner copies that note.
  const MISREAD = 'Pryia Rmaan | Head of Data Partnerships at Northwind Analytics | 14 mutual';

  /** Edit details saved with the name put right. */
  function saveCorrectedName(card: { invitationId: string }) {
    return app.submit({
      user_id: OWNER,
      callback_id: VIEWS.editDetails,
      private_metadata: JSON.stringify({ invitationId: Number(card.invitationId) }),
      values: {
        [INPUTS.name.block]: { [INPUTS.name.action]: plainTextValue('Priya Raman') },
        [INPUTS.headline.block]: { [INPUTS.headline.action]: plainTextValue('Head of Data Partnerships at Northwind Analytics') },
        [INPUTS.company.block]: { [INPUTS.company.action]: plainTextValue(null) },
        [INPUTS.profileUrl.block]: { [INPUTS.profileUrl.action]: plainTextValue(null) },
        [INPUTS.mutualConnections.block]: { [INPUTS.mutualConnections.action]: numberValue('14') },
        [INPUTS.note.block]: { [INPUTS.note.action]: plainTextValue(null) },
        [INPUTS.source.block]: { [INPUTS.source.action]: plainTextValue(null) },
      },
    });
  }

  it('redraws a DM already sent with the corrected name and draft, its buttons kept', async () => {
    const card = await check(MISREAD);
    await cardClick(ACTIONS.accept, card);
    expect((await sweepThankYous(app.instance.sweepDeps, WEDNESDAY_9AM)).delivered).toBe(1);
    const dm = thankYouDms().at(-1);
    expect(allText(dm)).toContain('Hi Pryia');

    await saveCorrectedName(card);

    const redrawn = redrawsOf(dm).at(-1);
    expect(redrawn).toBeDefined();
    expect(allText(redrawn)).toContain('Priya Raman');
    expect(allText(redrawn)).toContain('Hi Priya');
    expect(allText(redrawn)).not.toContain('Pryia');
    expect(buttonValue(redrawn, ACTIONS.nudgeSent)).toBe(buttonValue(dm, ACTIONS.nudgeSent));
    assertValidMessage(redrawn?.args ?? {});
    // The card is redrawn as before; the DM only once.
    expect(redrawsOf(dm)).toHaveLength(1);
  });

  it('reaches a snoozed reminder’s DM too, whose buttons still show', async () => {
    const card = await check(MISREAD);
    await cardClick(ACTIONS.accept, card);
    await sweepThankYous(app.instance.sweepDeps, WEDNESDAY_9AM);
    const dm = thankYouDms().at(-1);
    clock.set('2026-11-25T09:10:00Z');
    await dmClick(dm, ACTIONS.nudgeSnooze, buttonValue(dm, ACTIONS.nudgeSnooze));
    const before = redrawsOf(dm).length;

    await saveCorrectedName(card);

    const redrawn = redrawsOf(dm).slice(before);
    expect(redrawn).toHaveLength(1);
    expect(allText(redrawn[0])).toContain('Priya Raman');
    expect(allText(redrawn[0])).not.toContain('Pryia');
  });

  it('leaves a DM alone once the thank-you is done, and touches no DM before one is sent', async () => {
    const card = await check(MISREAD);
    await cardClick(ACTIONS.accept, card);
    await saveCorrectedName(card);
    expect(standIn.calls('chat.update').filter((call) => String(call.args.channel).startsWith('D'))).toEqual([]);
    // The DM the sweep sends later reads the corrected name.
    await sweepThankYous(app.instance.sweepDeps, WEDNESDAY_9AM);
    const dm = thankYouDms().at(-1);
    expect(allText(dm)).toContain('Hi Priya');
    await dmClick(dm, ACTIONS.nudgeSent, buttonValue(dm, ACTIONS.nudgeSent));
    const before = redrawsOf(dm).length;
    await saveCorrectedName(card);
    expect(redrawsOf(dm)).toHaveLength(before);
  });
});

describe('one thank-you per person after Edit details', () => {
  // The same line as PRIYA, misread: another name, no link, so at first another person.
  const MISREAD = 'Priya Ramen | Data person | 3 mutual';
  const AS_PRIYA = { name: 'Priya Raman', headline: 'Head of Data Partnerships at Northwind Analytics', profileUrl: 'linkedin.com/in/priya-raman-data' };
  const AS_NURSE = { name: 'Priya Raman', headline: 'Nurse at St Thomas', profileUrl: 'linkedin.com/in/priya-raman-nurse' };
  const ONE_PER_PERSON = 'No second thank-you reminder: another invitation from them already has one.';
  const GETS_ONE = `<@${OWNER}> gets a thank-you reminder by DM.`;

  /** Edit details saved with who it is put right. */
  function saveDetails(card: { invitationId: string }, person: { name: string; headline: string; profileUrl: string }) {
    return app.submit({
      user_id: OWNER,
      callback_id: VIEWS.editDetails,
      private_metadata: JSON.stringify({ invitationId: Number(card.invitationId) }),
      values: invitationFormValues({ ...person, mutualConnections: '3' }),
    });
  }

  /** The card as last drawn in the channel. */
  function cardNow(card: { ts: string }): string {
    return allText(standIn.calls('chat.update').filter((call) => call.args.channel === CHANNEL && call.args.ts === card.ts).at(-1));
  }

  const nudges = () => app.db.prepare('SELECT invitation_id, status FROM thank_you_nudges ORDER BY id').all();

  it('a check corrected into someone already thanked brings no second DM, and its card says so', async () => {
    const priya = await check(PRIYA);
    await cardClick(ACTIONS.accept, priya);
    expect((await sweepThankYous(app.instance.sweepDeps, WEDNESDAY_9AM)).delivered).toBe(1);
    clock.set('2026-11-25T10:00:00Z');
    const misread = await check(MISREAD);
    await cardClick(ACTIONS.accept, misread);
    expect(cardNow(misread)).toContain(GETS_ONE);

    await saveDetails(misread, AS_PRIYA);

    expect(cardNow(misread)).toContain(ONE_PER_PERSON);
    expect(cardNow(misread)).not.toContain(GETS_ONE);
    expect(nudges()).toEqual([
      { invitation_id: Number(priya.invitationId), status: 'delivered' },
      { invitation_id: Number(misread.invitationId), status: 'cancelled' },
    ]);
    expect((await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-26T09:10:00Z'))).delivered).toBe(0);
    expect(thankYouDms()).toHaveLength(1);
  });

  it('with neither reminder sent yet, one DM names the person once', async () => {
    const priya = await check(PRIYA);
    await cardClick(ACTIONS.accept, priya);
    const misread = await check(MISREAD);
    await cardClick(ACTIONS.accept, misread);

    await saveDetails(misread, AS_PRIYA);

    expect(cardNow(misread)).toContain(ONE_PER_PERSON);
    expect((await sweepThankYous(app.instance.sweepDeps, WEDNESDAY_9AM)).delivered).toBe(1);
    expect(thankYouDms()).toHaveLength(1);
    expect(allText(thankYouDms()[0]).split('Hi Priya')).toHaveLength(2);
  });

  it('a check already thanked, corrected into someone whose reminder waits, calls that reminder off', async () => {
    const misread = await check(MISREAD);
    await cardClick(ACTIONS.accept, misread);
    expect((await sweepThankYous(app.instance.sweepDeps, WEDNESDAY_9AM)).delivered).toBe(1);
    clock.set('2026-11-25T10:00:00Z');
    const priya = await check(PRIYA);
    await cardClick(ACTIONS.accept, priya);

    await saveDetails(misread, AS_PRIYA);

    // The reminder that went out stays as it is; the one still waiting for the same person goes.
    expect(nudges()).toEqual([
      { invitation_id: Number(misread.invitationId), status: 'delivered' },
      { invitation_id: Number(priya.invitationId), status: 'cancelled' },
    ]);
    expect(cardNow(misread)).toContain(GETS_ONE);
    expect(cardNow(priya)).toContain(ONE_PER_PERSON);
    expect((await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-26T09:10:00Z'))).delivered).toBe(0);
    expect(thankYouDms()).toHaveLength(1);
  });

  it('a reminder a sweep has claimed but not begun to post is not posted; one being posted is left to its sweep', async () => {
    const priya = await check(PRIYA);
    await cardClick(ACTIONS.accept, priya);
    const misread = await check(MISREAD);
    await cardClick(ACTIONS.accept, misread);
    const nudgesRepo = app.instance.sweepDeps.nudges;
    const claim = nudgesRepo.claimDue(WEDNESDAY_9AM, 10);
    expect(claim.nudges).toHaveLength(2);
    const nudgeOf = (card: { invitationId: string }) => claim.nudges.find((nudge) => nudge.invitationId === Number(card.invitationId))?.id ?? 0;
    const [priyaNudge, misreadNudge] = [nudgeOf(priya), nudgeOf(misread)];

    await saveDetails(misread, AS_PRIYA);

    // The sweep's stamp takes only Priya's: the cancelled one is never posted.
    expect(nudgesRepo.markPostStarted([priyaNudge, misreadNudge], claim.token, WEDNESDAY_9AM)).toEqual([priyaNudge]);
    expect(cardNow(misread)).toContain(ONE_PER_PERSON);

    // Both stamped first (on their way to Slack): the correction cancels neither, and says so.
    const other = await check(MISREAD);
    await cardClick(ACTIONS.accept, other);
    const second = nudgesRepo.claimDue(new Date('2026-11-25T09:00:00Z'), 10);
    expect(nudgesRepo.markPostStarted(second.nudges.map((nudge) => nudge.id), second.token, WEDNESDAY_9AM)).toHaveLength(1);
    await saveDetails(other, AS_PRIYA);
    expect(app.db.prepare('SELECT status FROM thank_you_nudges WHERE invitation_id = ?').get(Number(other.invitationId))).toEqual({ status: 'sending' });
    expect(cardNow(other)).toContain(GETS_ONE);
  });

  it('a check told "No second thank-you", corrected into someone else, gets its own reminder', async () => {
    const first = await check(PRIYA);
    await cardClick(ACTIONS.accept, first);
    const second = await check(PRIYA);
    await cardClick(ACTIONS.accept, second);
    expect(cardNow(second)).toContain(ONE_PER_PERSON);

    await saveDetails(second, AS_NURSE);

    expect(cardNow(second)).toContain(GETS_ONE);
    expect(cardNow(second)).not.toContain(ONE_PER_PERSON);
    expect(nudges()).toEqual([
      { invitation_id: Number(first.invitationId), status: 'scheduled' },
      { invitation_id: Number(second.invitationId), status: 'scheduled' },
    ]);
    // Scheduled as an Accept then would be: the next working morning.
    expect((await sweepThankYous(app.instance.sweepDeps, WEDNESDAY_9AM)).delivered).toBe(2);
    expect(allText(thankYouDms().at(-1))).toContain('Nurse at St Thomas');
  });

  it('a check thanked, corrected into someone else, hands the thank-you on to the accepted check that waited on it', async () => {
    const first = await check(PRIYA);
    await cardClick(ACTIONS.accept, first);
    const second = await check(PRIYA);
    await cardClick(ACTIONS.accept, second);
    expect((await sweepThankYous(app.instance.sweepDeps, WEDNESDAY_9AM)).delivered).toBe(1);
    clock.set('2026-11-25T10:00:00Z');

    // The first one was the nurse after all: the owner thanked her, and Priya of Northwind still waits.
    await saveDetails(first, AS_NURSE);

    expect(nudges()).toEqual([
      { invitation_id: Number(first.invitationId), status: 'delivered' },
      { invitation_id: Number(second.invitationId), status: 'scheduled' },
    ]);
    expect(cardNow(second)).toContain(GETS_ONE);
    expect((await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-26T09:10:00Z'))).delivered).toBe(1);
    expect(allText(thankYouDms().at(-1))).toContain('Head of Data Partnerships');
  });

  it('a correction saved while the same check is accepted leaves it its reminder, and the recommendation it was accepted on', async () => {
    const first = await check(PRIYA);
    await cardClick(ACTIONS.accept, first);
    const second = await check(PRIYA);
    const asChecked = app.db.prepare('SELECT recommendation, score FROM invitations WHERE id = ?').get(Number(second.invitationId));
    // A teammate's word, whose name Slack has not told yet: the correction asks before its write.
    app.db
      .prepare("INSERT INTO teammate_voices (invitation_id, team_id, user_id, kind, note, created_at, updated_at) VALUES (?, ?, ?, 'knows', NULL, ?, ?)")
      .run(Number(second.invitationId), TEAM, TEAMMATE, Date.parse(TUESDAY_10AM), Date.parse(TUESDAY_10AM));
    const release = standIn.holdNext('users.info');

    // The correction (it was the nurse) reads the check while it waits…
    const correcting = saveDetails(second, AS_NURSE);
    await standIn.waitForCall('users.info', (call) => call.args.user === TEAMMATE);
    // …and the same check is accepted meanwhile: no reminder, as Priya's first check has hers.
    const accepted = await app.instance.services.invitations.recordDecision({
      teamId: TEAM,
      invitationId: Number(second.invitationId),
      actorId: OWNER,
      decision: 'accepted',
      reason: null,
      note: null,
      responseUrl: null,
    });
    expect(accepted).toMatchObject({ kind: 'decided', nudgeDueAt: WEDNESDAY_9AM });
    expect(nudges()).toEqual([{ invitation_id: Number(first.invitationId), status: 'scheduled' }]);
    release();
    await correcting;

    // Corrected into someone with no reminder, accepted: its own, as an Accept now would give.
    expect(nudges()).toEqual([
      { invitation_id: Number(first.invitationId), status: 'scheduled' },
      { invitation_id: Number(second.invitationId), status: 'scheduled' },
    ]);
    expect(cardNow(second)).toContain(GETS_ONE);
    // A decision made stays on what it was made on; the corrected weighing is said first.
    expect(app.db.prepare('SELECT recommendation, score FROM invitations WHERE id = ?').get(Number(second.invitationId))).toEqual(asChecked);
    const reasons = JSON.parse((app.db.prepare('SELECT reasons FROM invitations WHERE id = ?').get(Number(second.invitationId)) as { reasons: string }).reasons) as string[];
    expect(reasons[0]).toMatch(/^With the corrected details, the recommendation would be/);
    expect((await sweepThankYous(app.instance.sweepDeps, WEDNESDAY_9AM)).delivered).toBe(2);
    expect(allText(thankYouDms().at(-1))).toContain('Nurse at St Thomas');
  });

  it('an Accept waiting on Slack while the same check is corrected schedules the reminder for whom it is now', async () => {
    const first = await check(PRIYA);
    await cardClick(ACTIONS.accept, first);
    const second = await check(PRIYA);
    // The owner's time zone, no longer cached: the Accept asks Slack before its write.
    app.db.prepare('DELETE FROM slack_users WHERE user_id = ?').run(OWNER);
    const release = standIn.holdNext('users.info');
    const accepting = app.instance.services.invitations.recordDecision({
      teamId: TEAM,
      invitationId: Number(second.invitationId),
      actorId: OWNER,
      decision: 'accepted',
      reason: null,
      note: null,
      responseUrl: null,
    });
    await standIn.waitForCall('users.info', (call) => call.args.user === OWNER);
    await saveDetails(second, AS_NURSE);
    release();
    expect(await accepting).toMatchObject({ kind: 'decided' });

    expect(nudges()).toEqual([
      { invitation_id: Number(first.invitationId), status: 'scheduled' },
      { invitation_id: Number(second.invitationId), status: 'scheduled' },
    ]);
    expect(cardNow(second)).toContain(GETS_ONE);
  });

  it('a pending or turned-down check corrected gets no reminder, and takes none from anyone', async () => {
    const priya = await check(PRIYA);
    await cardClick(ACTIONS.accept, priya);
    const pending = await check(PRIYA);
    await saveDetails(pending, AS_NURSE);
    const ignored = await check(MISREAD);
    await cardClick(ACTIONS.ignore, ignored);
    const modal = standIn.calls('views.open').at(-1)?.args.view as { private_metadata: string };
    await app.submit({ user_id: OWNER, callback_id: VIEWS.ignoreReason, private_metadata: modal.private_metadata, values: { [INPUTS.ignoreReason.block]: { [INPUTS.ignoreReason.action]: radioValue(null) }, [INPUTS.ignoreNote.block]: { [INPUTS.ignoreNote.action]: plainTextValue(null) } } });
    expect(app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(Number(ignored.invitationId))).toEqual({ status: 'ignored' });
    await saveDetails(ignored, AS_PRIYA);
    expect(nudges()).toEqual([{ invitation_id: Number(priya.invitationId), status: 'scheduled' }]);
    expect((await sweepThankYous(app.instance.sweepDeps, WEDNESDAY_9AM)).delivered).toBe(1);
  });
});

describe('clicks on a thank-you DM that is out of date', () => {
  /** Accept, the DM on Wednesday, Snooze at 09:10: the reminder comes back on Thursday 09:10. */
  async function snoozedReminder(): Promise<{ dm: RecordedCall | undefined; nudgeId: string }> {
    const card = await check(PRIYA);
    await cardClick(ACTIONS.accept, card);
    await sweepThankYous(app.instance.sweepDeps, WEDNESDAY_9AM);
    const dm = thankYouDms().at(-1);
    const nudgeId = buttonValue(dm, ACTIONS.nudgeSnooze);
    clock.set('2026-11-25T09:10:00Z');
    await dmClick(dm, ACTIONS.nudgeSnooze, nudgeId);
    return { dm, nudgeId };
  }

  const statusOf = (nudgeId: string) => app.db.prepare('SELECT status FROM thank_you_nudges WHERE id = ?').get(nudgeId);

  it('Sent it on a snoozed reminder (its buttons still showing elsewhere) records it, and nothing comes back', async () => {
    const { dm, nudgeId } = await snoozedReminder();
    await dmClick(dm, ACTIONS.nudgeSent, nudgeId);
    expect(statusOf(nudgeId)).toEqual({ status: 'done' });
    expect(allText(redrawsOf(dm).at(-1))).toContain('Sent. Nice one.');
    expect((await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-26T09:10:00Z'))).claimed).toBe(0);
    expect(thankYouDms()).toHaveLength(1);
  });

  it('Skip on the old DM after the reminder came back in a new one: both DMs show it skipped', async () => {
    const { dm: old, nudgeId } = await snoozedReminder();
    expect((await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-26T09:10:00Z'))).delivered).toBe(1);
    const fresh = thankYouDms().at(-1);
    expect(fresh?.response.ts).not.toBe(old?.response.ts);

    await dmClick(old, ACTIONS.nudgeSkip, nudgeId);

    expect(statusOf(nudgeId)).toEqual({ status: 'skipped' });
    for (const dm of [old, fresh]) {
      const redrawn = redrawsOf(dm).at(-1);
      expect(allText(redrawn)).toContain('Skipped.');
      expect(JSON.stringify(redrawn?.args.blocks)).not.toContain(ACTIONS.nudgeSent);
    }
  });

  it('a click on the old DM after Sent it on the new one redraws the old DM as it stands now', async () => {
    const { dm: old, nudgeId } = await snoozedReminder();
    await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-26T09:10:00Z'));
    const fresh = thankYouDms().at(-1);
    await dmClick(fresh, ACTIONS.nudgeSent, nudgeId);
    const before = redrawsOf(old).length;

    await dmClick(old, ACTIONS.nudgeSkip, nudgeId, 'old');

    expect(statusOf(nudgeId)).toEqual({ status: 'done' });
    expect(redrawsOf(old)).toHaveLength(before + 1);
    expect(allText(redrawsOf(old).at(-1))).toContain('Sent. Nice one.');
    expect(standIn.responsePosts('old')).toEqual([]);
  });

  it('a second Snooze keeps the first one’s time, and the DM shows when it comes back', async () => {
    const { dm, nudgeId } = await snoozedReminder();
    const due = app.db.prepare('SELECT due_at FROM thank_you_nudges WHERE id = ?').get(nudgeId);
    const before = redrawsOf(dm).length;
    await dmClick(dm, ACTIONS.nudgeSnooze, nudgeId);
    expect(app.db.prepare('SELECT due_at FROM thank_you_nudges WHERE id = ?').get(nudgeId)).toEqual(due);
    expect(redrawsOf(dm)).toHaveLength(before + 1);
    expect(allText(redrawsOf(dm).at(-1))).toContain('Snoozed.');
  });

  it('when Slack will not redraw the DM, a click that changed nothing is answered with what is true now', async () => {
    const { dm, nudgeId } = await snoozedReminder();
    await dmClick(dm, ACTIONS.nudgeSent, nudgeId);
    standIn.failNext('chat.update', { error: 'message_not_found' });
    await dmClick(dm, ACTIONS.nudgeSkip, nudgeId, 'again');
    expect(statusOf(nudgeId)).toEqual({ status: 'done' });
    const answer = standIn.responsePosts('again').at(-1)?.body as { text?: string; response_type?: string } | undefined;
    expect(answer?.text).toBe('You marked your thank-you to Priya Raman as sent.');
    expect(answer?.response_type).toBe('ephemeral');
  });
});

describe('the time a reminder is promised for', () => {
  /** Runs the sweep every five minutes, as REMINDER_CRON's default does, from `from`; when did a DM go out? */
  async function sweepEveryFiveMinutes(from: string, until: string): Promise<string | null> {
    for (let t = Date.parse(from); t < Date.parse(until); t += 5 * 60_000) {
      if ((await sweepThankYous(app.instance.sweepDeps, new Date(t))).delivered > 0) return new Date(t).toISOString();
    }
    return null;
  }

  /** The time a redrawn DM promises, from Slack's date token. */
  function promised(call: RecordedCall | undefined): string | null {
    const seconds = /<!date\^(\d+)/.exec(allText(call))?.[1];
    return seconds === undefined ? null : new Date(Number(seconds) * 1000).toISOString();
  }

  it('a Snooze late on Wednesday promises the time the reminder really comes back', async () => {
    const card = await check(PRIYA);
    await cardClick(ACTIONS.accept, card);
    await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T17:50:00Z'));
    const dm = thankYouDms().at(-1);
    clock.set('2026-11-25T17:57:00Z');
    await dmClick(dm, ACTIONS.nudgeSnooze, buttonValue(dm, ACTIONS.nudgeSnooze));

    const promise = promised(redrawsOf(dm).at(-1));
    // Thursday 17:57 would be found by the 18:00 sweep, after working hours: the last time a sweep
    // still finds inside them, Thursday 17:55, not Friday morning.
    expect(promise).toBe('2026-11-26T17:55:00.000Z');
    expect(await sweepEveryFiveMinutes('2026-11-26T09:00:00Z', '2026-11-28T00:00:00Z')).toBe(promise);
  });

  it('an Accept whose delay ends just before the day does is scheduled for the next morning', async () => {
    await app.stop();
    app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now, env: { THANK_YOU_DELAY_MINUTES: '12' } });
    clock.set('2026-11-24T17:45:00Z');
    const card = await check(PRIYA);
    await cardClick(ACTIONS.accept, card);
    const due = app.db.prepare('SELECT due_at FROM thank_you_nudges').get() as { due_at: number };
    expect(new Date(due.due_at).toISOString()).toBe('2026-11-25T09:00:00.000Z');
    expect(await sweepEveryFiveMinutes('2026-11-24T17:45:00Z', '2026-11-26T00:00:00Z')).toBe('2026-11-25T09:00:00.000Z');
  });
});

describe('a card its channel will not take', () => {
  it('in an archived channel, says so instead of asking to invite the app', async () => {
    standIn.failNext('chat.postMessage', { error: 'is_archived' });
    await app.command(PRIYA, { responseUrlId: 'archived' });
    const shown = standIn.responsePosts('archived').at(-1)?.body as { blocks?: unknown } | undefined;
    const words = JSON.stringify(shown?.blocks);
    expect(words).toContain('This channel is archived');
    expect(words).not.toContain('/invite @invite-check');
    expect(app.db.prepare('SELECT count(*) AS n FROM invitations').get()).toEqual({ n: 1 });
  });

  it('still asks to be invited where the app is not a member', async () => {
    standIn.failNext('chat.postMessage', { error: 'not_in_channel' });
    await app.command(PRIYA, { responseUrlId: 'member' });
    const shown = standIn.responsePosts('member').at(-1)?.body as { blocks?: unknown } | undefined;
    expect(JSON.stringify(shown?.blocks)).toContain('/invite @invite-check');
  });
});
