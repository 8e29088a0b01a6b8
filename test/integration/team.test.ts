import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepReviews } from '../../src/jobs/review-sweep.js';
import { sweepThankYous } from '../../src/jobs/thank-you-sweep.js';
import { createNudgesRepo } from '../../src/db/nudges-repo.js';
import type { Recommendation } from '../../src/domain/types.js';
import { HOME_PENDING_SHOWN } from '../../src/views/app-home.js';
import { RECOMMENDATION_WORDS } from '../../src/views/invitation-card.js';
import { ACTIONS, INPUTS, VIEWS, WEEKLY_REVIEW_ON, WITHDRAW_VOICE } from '../../src/views/ids.js';
import { assertNoForeignControlSequences, assertValidMessage } from '../support/block-kit.js';
import { allText, buttonValue, openedView } from '../support/calls.js';
import {
  blockActionsBody,
  checkboxesValue,
  eventCallbackBody,
  plainTextValue,
  radioValue,
  staticSelectValue,
  timepickerValue,
} from '../support/slack-requests.js';
import { startRecordingServer } from '../support/security-app.js';
import { startSlackStandIn, type RecordedCall, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, TEAM, TEAMMATE, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';

const OTHER_MATE = 'U0MATE0002';
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
  standIn.setUser({ id: OTHER_MATE, tz: 'Europe/London', real_name: 'Ben Okafor' });
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

async function check(text: string, user = OWNER): Promise<Card> {
  await app.command(text, { user });
  const card = standIn.calls('chat.postMessage').at(-1);
  return { invitationId: buttonValue(card, ACTIONS.accept), ts: String(card?.response.ts) };
}

function click(card: Card, actionId: string, user = OWNER) {
  return app.click({ user_id: user, action_id: actionId, value: card.invitationId, channel_id: CHANNEL, message_ts: card.ts });
}

function lastUpdate(): RecordedCall | undefined {
  return standIn.calls('chat.update').at(-1);
}

function lastModal(): { callback_id: string; private_metadata: string } {
  return openedView(standIn.calls('views.open').at(-1));
}

function status(card: Card): unknown {
  return (app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(card.invitationId) as { status: string }).status;
}

/** A button of the card's invitation clicked in an ephemeral review, answered through `responseUrlId`. */
function clickInReview(actionId: string, card: Card, responseUrlId: string) {
  return app.click({
    user_id: OWNER,
    action_id: actionId,
    value: card.invitationId,
    block_id: `review:${card.invitationId}`,
    container: { type: 'message', message_ts: '1700000000.000999', channel_id: CHANNEL, is_ephemeral: true },
    response_url: standIn.responseUrl(responseUrlId),
  });
}

async function voice(card: Card, user: string, kind: string, note: string | null): Promise<void> {
  await click(card, kind === 'caution' ? ACTIONS.voiceCaution : ACTIONS.voiceKnows, user);
  await app.submit({
    user_id: user,
    callback_id: VIEWS.voice,
    private_metadata: lastModal().private_metadata,
    values: {
      [INPUTS.voiceKind.block]: { [INPUTS.voiceKind.action]: radioValue(kind) },
      [INPUTS.voiceNote.block]: { [INPUTS.voiceNote.action]: plainTextValue(note) },
    },
  });
}

const PRIYA = 'Priya Raman | Head of Data Partnerships at Northwind Analytics | 2 mutual | linkedin.com/in/priya-raman-data';

describe('teammates weigh in', () => {
  it('a teammate vouches: the card shows it, the score counts it, the owner hears once, and once more of a heads-up', async () => {
    const card = await check(PRIYA);
    const before = app.db.prepare('SELECT score FROM invitations WHERE id = ?').get(card.invitationId) as { score: number };

    await voice(card, TEAMMATE, 'knows', 'worked together at <!channel> Acme');
    const update = lastUpdate();
    expect(allText(update)).toContain(`<@${TEAMMATE}>`);
    expect(allText(update)).toContain('worked together at &lt;!channel&gt; Acme');
    assertValidMessage(update?.args ?? {});
    assertNoForeignControlSequences(JSON.stringify(update?.args), [OWNER, TEAMMATE]);
    const after = app.db.prepare('SELECT score, reasons FROM invitations WHERE id = ?').get(card.invitationId) as { score: number; reasons: string };
    expect(after.score).toBeGreaterThan(before.score);
    expect(after.reasons).toContain('Ana Silva knows them');

    const notices = standIn.calls('chat.postEphemeral');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.args).toMatchObject({ channel: CHANNEL, user: OWNER });

    // A warning matters more than a vouch: the owner hears of the first heads-up too, and then no more.
    await voice(card, OTHER_MATE, 'caution', 'sent me the same crypto pitch');
    expect(standIn.calls('chat.postEphemeral')).toHaveLength(2);
    expect(allText(standIn.calls('chat.postEphemeral').at(-1))).toContain(`<@${OTHER_MATE}> gave a heads-up about *Priya Raman*`);
    await voice(card, TEAMMATE, 'caution', 'on second thoughts, careful');
    expect(standIn.calls('chat.postEphemeral')).toHaveLength(2);
    const reasons = (app.db.prepare('SELECT reasons FROM invitations WHERE id = ?').get(card.invitationId) as { reasons: string }).reasons;
    expect(reasons).toContain('Ben Okafor gave a heads-up');
  });

  it('a heads-up taken back, the next one, by anyone, reaches the owner again', async () => {
    const card = await check(PRIYA);
    await voice(card, TEAMMATE, 'caution', 'odd pitch');
    expect(standIn.calls('chat.postEphemeral')).toHaveLength(1);
    await voice(card, TEAMMATE, WITHDRAW_VOICE, null);
    expect(standIn.calls('chat.postEphemeral')).toHaveLength(1); // nothing new to warn about

    // The owner's only note was of a warning that no longer stands: this one is news.
    await voice(card, OTHER_MATE, 'caution', 'sent me a crypto pitch');
    expect(standIn.calls('chat.postEphemeral')).toHaveLength(2);
    const notice = allText(standIn.calls('chat.postEphemeral').at(-1));
    // Straight quotes, as on the card (escaped here, in the call's JSON).
    expect(notice).toContain(`<@${OTHER_MATE}> gave a heads-up about *Priya Raman*: \\"sent me a crypto pitch\\".`);
    // What it did to the recommendation, as the card now shows it.
    const { recommendation } = app.db.prepare('SELECT recommendation FROM invitations WHERE id = ?').get(card.invitationId) as { recommendation: string };
    expect(notice).toContain(`which is now *${RECOMMENDATION_WORDS[recommendation as Recommendation]}*`);
    expect(notice).not.toMatch(/which is now \*review\*/);

    // A word changed from heads-up to vouch leaves no warning told; a later heads-up is news too.
    await voice(card, OTHER_MATE, 'knows', null);
    await voice(card, TEAMMATE, 'caution', 'careful after all');
    expect(standIn.calls('chat.postEphemeral')).toHaveLength(3);
  });

  it('one voice per teammate: changing it replaces it, withdrawing removes it', async () => {
    const card = await check(PRIYA);
    await voice(card, TEAMMATE, 'knows', null);
    // Nothing written: the owner is told they know them, not that they "added what they know".
    expect(allText(standIn.calls('chat.postEphemeral').at(-1))).toContain(`<@${TEAMMATE}> says they know *Priya Raman*. It counts in your card's recommendation`);
    await voice(card, TEAMMATE, 'caution', 'not sure after all');
    const voices = () => app.db.prepare('SELECT user_id, kind, note FROM teammate_voices').all();
    expect(voices()).toEqual([{ user_id: TEAMMATE, kind: 'caution', note: 'not sure after all' }]);
    await voice(card, TEAMMATE, WITHDRAW_VOICE, null);
    expect(voices()).toEqual([]);
  });

  it('the owner cannot vouch for their own invitation, and nobody weighs in after the decision', async () => {
    const card = await check(PRIYA);
    await click(card, ACTIONS.voiceKnows, OWNER);
    expect(JSON.stringify(standIn.responsePosts('action').at(-1)?.body)).toContain('your own invitation');
    expect(standIn.calls('views.open')).toHaveLength(0);

    // A form opened before the decision and saved after it stays open, saying what to do instead.
    await click(card, ACTIONS.voiceCaution, TEAMMATE);
    const late = lastModal();
    await click(card, ACTIONS.accept);
    const refused = await app.submit({
      user_id: TEAMMATE,
      callback_id: VIEWS.voice,
      private_metadata: late.private_metadata,
      values: {
        [INPUTS.voiceKind.block]: { [INPUTS.voiceKind.action]: radioValue('caution') },
        [INPUTS.voiceNote.block]: { [INPUTS.voiceNote.action]: plainTextValue('odd pitch') },
      },
    });
    expect(JSON.stringify(refused.json)).toContain('no longer takes \\"I know them\\" or \\"Heads-up\\". If its owner should hear something, reply in a thread on the card.');
    expect(app.db.prepare('SELECT count(*) AS n FROM teammate_voices').get()).toEqual({ n: 0 });

    const opened = standIn.calls('views.open').length;
    await click(card, ACTIONS.voiceCaution, TEAMMATE);
    expect(JSON.stringify(standIn.responsePosts('action').at(-1)?.body)).toContain('already decided');
    expect(standIn.calls('views.open')).toHaveLength(opened);
  });
});

describe('every decision, and changing one’s mind', () => {
  it('decline politely: records declined and hands the owner a message to send', async () => {
    const card = await check(PRIYA);
    await click(card, ACTIONS.decline);
    expect(status(card)).toBe('declined');
    const reply = standIn.responsePosts('action').at(-1);
    expect(reply?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(JSON.stringify(reply?.body)).toContain('Hi Priya');
    expect(allText(lastUpdate())).toContain('Declined');

    // A later check of the same person says so loudly.
    await check(PRIYA);
    expect(allText(standIn.calls('chat.postMessage').at(-1))).toMatch(/Declined before/i);
  });

  it('block: after the confirm, an optional reason; later checks recommend ignoring, loudly', async () => {
    const card = await check(PRIYA);
    await click(card, ACTIONS.block);
    expect(lastModal().callback_id).toBe(VIEWS.blockReason);
    expect(status(card)).toBe('pending');
    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.blockReason,
      private_metadata: lastModal().private_metadata,
      values: { [INPUTS.blockReason.block]: { [INPUTS.blockReason.action]: plainTextValue('crypto pitches to the whole team') } },
    });
    expect(status(card)).toBe('blocked');
    expect(allText(lastUpdate())).toContain('crypto pitches to the whole team');

    await check(PRIYA);
    const again = allText(standIn.calls('chat.postMessage').at(-1));
    expect(again).toMatch(/Blocked before/i);
    expect(again).toContain('Recommended: ignore');
    // As the Block form's hint says: a teammate's later check quotes the why too.
    await check(PRIYA, TEAMMATE);
    expect(allText(standIn.calls('chat.postMessage').at(-1))).toContain('crypto pitches to the whole team');
  });

  it('a block and a decline are never lost behind later checks: eleven checks on, each card still warns, and ignore it is', async () => {
    // A teammate declines them, then the owner blocks them.
    const first = await check(PRIYA, TEAMMATE);
    await click(first, ACTIONS.decline, TEAMMATE);
    const card = await check(PRIYA);
    await click(card, ACTIONS.block);
    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.blockReason,
      private_metadata: lastModal().private_metadata,
      values: { [INPUTS.blockReason.block]: { [INPUTS.blockReason.action]: plainTextValue('crypto pitches to the whole team') } },
    });
    expect(status(card)).toBe('blocked');
    // Then eleven checks of them by the team, all left undecided: the twelfth and thirteenth
    // checks find the block and the decline beyond the ten newest.
    const seen: { blocked: boolean; declined: boolean; ignore: boolean }[] = [];
    for (let i = 0; i < 11; i += 1) {
      await check(PRIYA, [TEAMMATE, OWNER, OTHER_MATE][i % 3]);
      const text = allText(standIn.calls('chat.postMessage').at(-1));
      seen.push({ blocked: text.includes('Blocked before'), declined: text.includes('Declined before'), ignore: text.includes('Recommended: ignore') });
    }
    expect(seen).toEqual(Array(11).fill({ blocked: true, declined: true, ignore: true }));
    const last = standIn.calls('chat.postMessage').at(-1);
    const text = allText(last);
    expect(text).toContain(`:no_entry: *Blocked before* by <@${OWNER}>`);
    expect(text).toContain('crypto pitches to the whole team');
    expect(text).toContain(`:wave: *Declined before* by <@${TEAMMATE}>`);
    // "Seen before" still lists the five newest and counts the rest.
    expect(text).toContain('…and 7 earlier');
    const latest = { invitationId: buttonValue(last, ACTIONS.accept), ts: String(last?.response.ts) };
    const stored = () => app.db.prepare('SELECT recommendation, reasons FROM invitations WHERE id = ?').get(latest.invitationId) as { recommendation: string; reasons: string };
    expect(stored().recommendation).toBe('ignore');
    expect(stored().reasons).toContain('You blocked them on');
    // Weighed again when a teammate vouches: the block still decides.
    await voice(latest, TEAMMATE, 'knows', 'we met once');
    expect(stored().recommendation).toBe('ignore');
    expect(allText(lastUpdate())).toContain('Blocked before');
  });

  it('change of mind: away from Accept cancels the nudge, back to Accept schedules one, history keeps each step', async () => {
    const card = await check(PRIYA);
    await click(card, ACTIONS.accept);
    const nudges = () => app.db.prepare('SELECT status FROM thank_you_nudges ORDER BY id').all();
    expect(nudges()).toEqual([{ status: 'scheduled' }]);

    const change = async (decision: string, reason: string | null) => {
      await click(card, ACTIONS.changeDecision);
      expect(lastModal().callback_id).toBe(VIEWS.changeDecision);
      await app.submit({
        user_id: OWNER,
        callback_id: VIEWS.changeDecision,
        private_metadata: lastModal().private_metadata,
        values: {
          [INPUTS.newDecision.block]: { [INPUTS.newDecision.action]: radioValue(decision) },
          [INPUTS.changeReason.block]: { [INPUTS.changeReason.action]: plainTextValue(reason) },
        },
      });
    };
    await change('ignored', 'Turned out to be a sales pitch');
    expect(status(card)).toBe('ignored');
    expect(nudges()).toEqual([{ status: 'cancelled' }]);
    await change('accepted', 'We met at a meetup after all');
    expect(nudges()).toEqual([{ status: 'cancelled' }, { status: 'scheduled' }]);
    const history = app.db.prepare('SELECT decision, reason FROM decision_events ORDER BY id').all();
    expect(history).toEqual([
      { decision: 'accepted', reason: null },
      { decision: 'ignored', reason: 'Turned out to be a sales pitch' },
      { decision: 'accepted', reason: 'We met at a meetup after all' },
    ]);
    // The card shows the steps before the current decision, not only the last word.
    const redrawn = allText(lastUpdate());
    expect(redrawn).toContain('*Accepted* by');
    expect(redrawn).toMatch(/_Before that: accepted on <!date\^\d+\^\{date_short_pretty\}\|[^>]+>, then ignored on <!date\^\d+\^\{date_short_pretty\}\|[^>]+>\._/);
    // "What changed?" says who reads it, before it is typed: the card, and later checks by anyone.
    expect(allText(standIn.calls('views.open').at(-1))).toContain("Shown on the card as the reason, for everyone who can see it, and on later checks of this person, yours or a teammate's.");
    expect(redrawn).toContain('Reason: We met at a meetup after all');
    await check(PRIYA, TEAMMATE);
    expect(allText(standIn.calls('chat.postMessage').at(-1))).toContain('(We met at a meetup after all)');
  });

  it('a teammate cannot change the owner’s decision', async () => {
    const card = await check(PRIYA);
    await click(card, ACTIONS.accept);
    await click(card, ACTIONS.changeDecision, TEAMMATE);
    expect(JSON.stringify(standIn.responsePosts('action').at(-1)?.body)).toContain('can decide');
    expect(standIn.calls('views.open')).toHaveLength(0);
  });
});

describe('/invite-check ignored', () => {
  it('lists ignored, declined and blocked people newest first, paged', async () => {
    for (let i = 0; i < 12; i += 1) {
      clock.advance(60_000);
      const card = await check(`Person Number${i} | Analyst at Firm${i} | 0 mutual`);
      await click(card, ACTIONS.decline);
    }
    standIn.reset();
    await app.command('ignored', { responseUrlId: 'ignored' });
    const first = standIn.responsePosts('ignored').at(-1);
    const firstText = JSON.stringify(first?.body);
    expect(firstText).toContain('Person Number11');
    expect(firstText).not.toContain('*Person Number1*');
    assertValidMessage(first?.body ?? {});
    const pageButton = (body: Record<string, unknown> | undefined, label: string) => {
      const blocks = (body?.blocks ?? []) as { elements?: { action_id?: string; text?: { text?: string }; value?: string }[] }[];
      const found = blocks.flatMap((block) => block.elements ?? []).find((el) => el.action_id === ACTIONS.ignoredPage && el.text?.text === label);
      return found?.value ?? '';
    };
    const older = pageButton(first?.body, 'Older');
    expect(older).toMatch(/^older:\d+:\d+$/);
    expect(pageButton(first?.body, 'Newer')).toBe('');

    // Someone is declined between the two clicks: the second page neither repeats Person Number2
    // (last on the first page) nor loses anyone.
    clock.advance(60_000);
    await click(await check('Late Comer | Analyst at Firm | 0 mutual'), ACTIONS.decline);
    await app.click({ user_id: OWNER, action_id: ACTIONS.ignoredPage, value: older, response_url: standIn.responseUrl('page') });
    const second = standIn.responsePosts('page').at(-1);
    expect(second?.body).toMatchObject({ replace_original: true });
    assertValidMessage(second?.body ?? {});
    const secondText = JSON.stringify(second?.body);
    expect(secondText).toContain('*Person Number1*');
    expect(secondText).toContain('*Person Number0*');
    expect(secondText).not.toContain('*Person Number2*');
    // Eleven are listed before it now (the newcomer among them): two pages' worth, so page 3 of 3.
    expect(secondText).toContain('Page 3 of 3');
    expect(pageButton(second?.body, 'Older')).toBe('');

    // Newer reads the ten right before this page, not the new top of the list.
    const newer = pageButton(second?.body, 'Newer');
    expect(newer).toMatch(/^newer:\d+:\d+$/);
    await app.click({ user_id: OWNER, action_id: ACTIONS.ignoredPage, value: newer, response_url: standIn.responseUrl('back') });
    const back = JSON.stringify(standIn.responsePosts('back').at(-1)?.body);
    for (let i = 2; i < 12; i += 1) expect(back).toContain(`*Person Number${i}*`);
    expect(back).not.toContain('Late Comer');

    // A page number, as messages posted before paging by position carry, still works.
    await app.click({ user_id: OWNER, action_id: ACTIONS.ignoredPage, value: '2', response_url: standIn.responseUrl('old-button') });
    const oldButton = JSON.stringify(standIn.responsePosts('old-button').at(-1)?.body);
    expect(oldButton).toContain('Page 2 of 2');
    expect(oldButton).toContain('*Person Number0*');
  });

  it('offers Change decision on each person, which opens the same form as the card', async () => {
    const card = await check(PRIYA);
    await click(card, ACTIONS.decline);
    await app.command('ignored', { responseUrlId: 'reconsider' });
    const list = standIn.responsePosts('reconsider').at(-1);
    const blocks = (list?.body.blocks ?? []) as { accessory?: { action_id?: string; value?: string } }[];
    const value = blocks.find((block) => block.accessory?.action_id === ACTIONS.changeDecision)?.accessory?.value ?? '';
    expect(value).toBe(card.invitationId);
    await app.click({ user_id: OWNER, action_id: ACTIONS.changeDecision, block_id: `ignored:${value}`, value, response_url: standIn.responseUrl('reconsider-click') });
    expect(lastModal().callback_id).toBe(VIEWS.changeDecision);
    // Not taken for the card: the card's own reply address is not replaced by the list's.
    expect(app.db.prepare('SELECT response_url FROM invitations WHERE id = ?').get(card.invitationId)).toEqual({ response_url: null });
  });

  it('redraws the list after a change made from it, saying what changed', async () => {
    const card = await check(PRIYA);
    await click(card, ACTIONS.decline);
    await app.command('ignored', { responseUrlId: 'reconsider' });
    await app.click({ user_id: OWNER, action_id: ACTIONS.changeDecision, block_id: `ignored:${card.invitationId}`, value: card.invitationId, response_url: standIn.responseUrl('reconsider') });
    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.changeDecision,
      private_metadata: lastModal().private_metadata,
      values: { [INPUTS.newDecision.block]: { [INPUTS.newDecision.action]: radioValue('accepted') } },
    });
    const redrawn = standIn.responsePosts('reconsider').at(-1)?.body;
    expect(redrawn?.replace_original).toBe(true);
    const shown = JSON.stringify(redrawn?.blocks);
    expect(shown).toContain('*Priya Raman* is now accepted.');
    expect(shown).not.toContain(ACTIONS.changeDecision);
  });
});

describe('/invite-check ignored, emptied while open', () => {
  const pageButton = (body: Record<string, unknown> | undefined, label: string): string => {
    const blocks = (body?.blocks ?? []) as { elements?: { action_id?: string; text?: { text?: string }; value?: string }[] }[];
    return blocks.flatMap((block) => block.elements ?? []).find((el) => el.action_id === ACTIONS.ignoredPage && el.text?.text === label)?.value ?? '';
  };

  /** `forget <query>` by the owner, confirmed. */
  async function forget(query: string): Promise<void> {
    await app.command(`forget ${query}`, { responseUrlId: 'forget-ask' });
    const ask = standIn.responsePosts('forget-ask').at(-1)?.body ?? {};
    const ids = buttonValue({ method: 'response_url', args: ask, token: null, at: 0, response: {} }, ACTIONS.forgetConfirm);
    await app.click({ user_id: OWNER, action_id: ACTIONS.forgetConfirm, value: ids, response_url: standIn.responseUrl('forget-done') });
    expect(JSON.stringify(standIn.responsePosts('forget-done').at(-1)?.body)).toContain('Done. I removed 1 invitation');
  }

  it('says the list is empty now, and where its last person went, after they are changed to Accepted from it', async () => {
    const card = await check(PRIYA);
    await click(card, ACTIONS.decline);
    await app.command('ignored', { responseUrlId: 'list' });
    await app.click({ user_id: OWNER, action_id: ACTIONS.changeDecision, block_id: `ignored:${card.invitationId}`, value: card.invitationId, response_url: standIn.responseUrl('list') });
    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.changeDecision,
      private_metadata: lastModal().private_metadata,
      values: { [INPUTS.newDecision.block]: { [INPUTS.newDecision.action]: radioValue('accepted') } },
    });
    const redrawn = standIn.responsePosts('list').at(-1)?.body ?? {};
    assertValidMessage(redrawn);
    const shown = JSON.stringify(redrawn);
    expect(shown).toContain('*Priya Raman* is now accepted.');
    expect(shown).not.toContain('Nobody here yet');
    expect(shown).toContain('*Nobody on the list now.* 1 invitation you had ignored, declined or blocked is now accepted, so no longer listed');
    // Asked for again later: the same, not the newcomer's text.
    await app.command('ignored', { responseUrlId: 'again' });
    const again = JSON.stringify(standIn.responsePosts('again').at(-1)?.body);
    expect(again).toContain('*Nobody on the list now.* 1 invitation you had ignored, declined or blocked is now accepted');
    expect(again).not.toContain('Priya');
  });

  it('after the last person on the last page is forgotten, Older shows the page before, and an emptied list says it is empty now', async () => {
    const cards: Card[] = [];
    for (let i = 0; i < 11; i += 1) {
      clock.advance(60_000);
      const card = await check(`Person Number${i} | Analyst at Firm${i} | 0 mutual`);
      await click(card, ACTIONS.decline);
      cards.push(card);
    }
    await app.command('ignored', { responseUrlId: 'first' });
    const first = standIn.responsePosts('first').at(-1)?.body;
    const older = pageButton(first, 'Older');
    expect(older).toMatch(/^older:/);
    // The only person on page 2 is forgotten while page 1 is open.
    await forget('Person Number0');
    await app.click({ user_id: OWNER, action_id: ACTIONS.ignoredPage, value: older, response_url: standIn.responseUrl('older') });
    const page = standIn.responsePosts('older').at(-1)?.body ?? {};
    assertValidMessage(page);
    const pageText = JSON.stringify(page);
    expect(pageText).toContain('The people after the page you were on have left the list since (changed or forgotten), so here is its last page.');
    expect(pageText).toContain('*Person Number1*');
    expect(pageText).toContain('Page 1 of 1 · 10 people');
    expect(pageText).not.toContain('Nobody left to show here');
    expect(pageText).not.toContain('Person Number0');

    // Everyone forgotten, then a paging button of the open list: empty now, not "Nobody here yet".
    // From the tenth down, so that "Person Number1" is not also Person Number10.
    for (let i = 10; i >= 1; i -= 1) await forget(`Person Number${i}`);
    await app.click({ user_id: OWNER, action_id: ACTIONS.ignoredPage, value: older, response_url: standIn.responseUrl('emptied') });
    const emptied = JSON.stringify(standIn.responsePosts('emptied').at(-1)?.body);
    expect(emptied).toContain('*Nobody on the list now.* Everyone it showed has been changed or forgotten since.');
    expect(emptied).not.toContain('Nobody here yet');
    expect(emptied).not.toContain('Person Number');
    // A fresh list for an owner whose decisions were all forgotten keeps nothing to go on: the newcomer's text.
    await app.command('ignored', { responseUrlId: 'fresh' });
    expect(JSON.stringify(standIn.responsePosts('fresh').at(-1)?.body)).toContain('Nobody here yet');
  });
});

describe('settings', () => {
  it('opens the settings modal and saves focus and hours, which the next recommendation uses', async () => {
    await app.command('settings', { triggerId: '555.666.settings', responseUrlId: 'settings' });
    const opened = standIn.calls('views.open').at(-1);
    expect(opened?.args.trigger_id).toBe('555.666.settings');
    expect(openedView(opened).callback_id).toBe(VIEWS.settings);

    const values = {
      [INPUTS.focusIndustries.block]: { [INPUTS.focusIndustries.action]: plainTextValue('fintech, Analytics') },
      [INPUTS.focusRoles.block]: { [INPUTS.focusRoles.action]: plainTextValue('Data Partnerships') },
      [INPUTS.focusKeywords.block]: { [INPUTS.focusKeywords.action]: plainTextValue(null) },
      [INPUTS.focusText.block]: { [INPUTS.focusText.action]: plainTextValue(null) },
      [INPUTS.workStart.block]: { [INPUTS.workStart.action]: timepickerValue('08:00') },
      [INPUTS.workEnd.block]: { [INPUTS.workEnd.action]: timepickerValue('16:00') },
      [INPUTS.workDays.block]: { [INPUTS.workDays.action]: checkboxesValue(['1', '2', '3', '4']) },
      [INPUTS.thankYouDelay.block]: { [INPUTS.thankYouDelay.action]: staticSelectValue('0') },
      [INPUTS.weeklyReview.block]: { [INPUTS.weeklyReview.action]: checkboxesValue([]) },
    };
    await app.submit({ user_id: OWNER, callback_id: VIEWS.settings, private_metadata: openedView(opened).private_metadata, values });
    // Confirmed beside the command that opened the form.
    expect(JSON.stringify(standIn.responsePosts('settings').at(-1)?.body)).toContain('Your settings are saved');
    const row = app.db.prepare('SELECT focus_industries, focus_roles, work_start, work_end, work_days, thank_you_delay, weekly_review FROM user_settings').get();
    expect(row).toEqual({
      focus_industries: '["fintech","Analytics"]',
      focus_roles: '["Data Partnerships"]',
      work_start: '08:00',
      work_end: '16:00',
      work_days: '[1,2,3,4]',
      thank_you_delay: '0',
      weekly_review: 0,
    });
    expect(standIn.calls('views.publish').at(-1)?.args.user_id).toBe(OWNER);

    await check(PRIYA);
    const reasons = (app.db.prepare('SELECT reasons FROM invitations ORDER BY id DESC').get() as { reasons: string }).reasons;
    expect(reasons).toMatch(/data partnerships/i);
    expect(reasons).toMatch(/focus/);
  });

  it('refuses a working day that ends before it starts, beside the field, and saves nothing', async () => {
    const response = await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.settings,
      values: {
        [INPUTS.workStart.block]: { [INPUTS.workStart.action]: timepickerValue('17:00') },
        [INPUTS.workEnd.block]: { [INPUTS.workEnd.action]: timepickerValue('09:00') },
        [INPUTS.workDays.block]: { [INPUTS.workDays.action]: checkboxesValue(['1']) },
        [INPUTS.weeklyReview.block]: { [INPUTS.weeklyReview.action]: checkboxesValue([WEEKLY_REVIEW_ON]) },
      },
    });
    expect(response.json).toMatchObject({ response_action: 'errors', errors: { [INPUTS.workEnd.block]: expect.any(String) } });
    expect(app.db.prepare('SELECT count(*) AS n FROM user_settings').get()).toEqual({ n: 0 });
  });

  it('refuses a working day shorter than an hour, which the hourly review sweep could miss every week', async () => {
    // In India (UTC+05:30) the hourly sweep comes at :30 local: 09:00-09:30 never saw a weekly review.
    standIn.setUser({ id: OWNER, tz: 'Asia/Kolkata', real_name: 'Sam Owner' });
    const submit = (start: string | null, end: string) =>
      app.submit({
        user_id: OWNER,
        callback_id: VIEWS.settings,
        values: {
          [INPUTS.workStart.block]: { [INPUTS.workStart.action]: timepickerValue(start) },
          [INPUTS.workEnd.block]: { [INPUTS.workEnd.action]: timepickerValue(end) },
          [INPUTS.workDays.block]: { [INPUTS.workDays.action]: checkboxesValue(['1', '2', '3', '4', '5']) },
          [INPUTS.weeklyReview.block]: { [INPUTS.weeklyReview.action]: checkboxesValue([WEEKLY_REVIEW_ON]) },
        },
      });
    const short = await submit('09:00', '09:30');
    expect(short.json).toMatchObject({ response_action: 'errors', errors: { [INPUTS.workEnd.block]: expect.stringContaining('at least an hour') } });
    // With the start left empty, the workspace's 09:00 counts.
    const cleared = await submit(null, '09:45');
    expect(cleared.json).toMatchObject({ response_action: 'errors', errors: { [INPUTS.workEnd.block]: expect.stringContaining("your workspace's 09:00") } });
    expect(app.db.prepare('SELECT count(*) AS n FROM user_settings').get()).toEqual({ n: 0 });
    // An hour is enough: saved.
    await submit('09:00', '10:00');
    expect(app.db.prepare('SELECT work_start, work_end FROM user_settings').get()).toEqual({ work_start: null, work_end: '10:00' });
  });

  it('still saves the workspace’s own short hours, as the form shows them, so the focus can change', async () => {
    // The workspace's hours are its admin's to choose (WORKING_HOURS, as short as the review sweeps
    // run often: every 15 minutes here): only hours a person chose are refused.
    const shortDatabase = tempDatabasePath();
    const shortDay = await startTestApp({
      standIn,
      databasePath: shortDatabase.path,
      clock: clock.now,
      env: { WORKING_HOURS: '09:00-09:30', DIGEST_CRON: '*/15 * * * *' },
    });
    try {
      const response = await shortDay.submit({
        user_id: OWNER,
        callback_id: VIEWS.settings,
        values: {
          [INPUTS.focusIndustries.block]: { [INPUTS.focusIndustries.action]: plainTextValue('fintech') },
          [INPUTS.workStart.block]: { [INPUTS.workStart.action]: timepickerValue('09:00') },
          [INPUTS.workEnd.block]: { [INPUTS.workEnd.action]: timepickerValue('09:30') },
          [INPUTS.workDays.block]: { [INPUTS.workDays.action]: checkboxesValue(['1', '2', '3', '4', '5']) },
          [INPUTS.weeklyReview.block]: { [INPUTS.weeklyReview.action]: checkboxesValue([WEEKLY_REVIEW_ON]) },
        },
      });
      expect(response.json).toBeNull();
      expect(shortDay.db.prepare('SELECT focus_industries, work_start, work_end FROM user_settings').get()).toEqual({ focus_industries: '["fintech"]', work_start: null, work_end: null });
    } finally {
      await shortDay.stop();
      shortDatabase.cleanup();
    }
  });

  it('checks a cleared start or end time as the workspace default it stands for', async () => {
    const response = await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.settings,
      values: {
        [INPUTS.workEnd.block]: { [INPUTS.workEnd.action]: timepickerValue('08:00') },
        [INPUTS.workDays.block]: { [INPUTS.workDays.action]: checkboxesValue(['1']) },
        [INPUTS.weeklyReview.block]: { [INPUTS.weeklyReview.action]: checkboxesValue([WEEKLY_REVIEW_ON]) },
      },
    });
    expect(response.json).toMatchObject({
      response_action: 'errors',
      errors: { [INPUTS.workEnd.block]: "Your working day should end after it starts (with the start left empty, your workspace's 09:00)." },
    });
    expect(app.db.prepare('SELECT count(*) AS n FROM user_settings').get()).toEqual({ n: 0 });
  });

  it('refuses focus terms it could not keep as typed, beside the field, and saves nothing', async () => {
    const base = {
      [INPUTS.workStart.block]: { [INPUTS.workStart.action]: timepickerValue('09:00') },
      [INPUTS.workEnd.block]: { [INPUTS.workEnd.action]: timepickerValue('17:00') },
      [INPUTS.workDays.block]: { [INPUTS.workDays.action]: checkboxesValue(['1']) },
    };
    const cases = [
      [INPUTS.focusKeywords, Array.from({ length: 21 }, (_, i) => `term${i}`).join(', '), 'At most 20 terms here; you have 21.'],
      [INPUTS.focusRoles, 'engineering managers who lead platform teams in companies of any size at all', 'at most 60 characters'],
      // Twenty terms that fit when typed tight, but not when shown again with ", " between them.
      [INPUTS.focusIndustries, Array.from({ length: 20 }, (_, i) => `industry-${String(i).padStart(5, '0')}`).join(','), 'Too long to show again'],
    ] as const;
    for (const [ids, typed, message] of cases) {
      const response = await app.submit({
        user_id: OWNER,
        callback_id: VIEWS.settings,
        values: { ...base, [ids.block]: { [ids.action]: plainTextValue(typed) } },
      });
      expect(response.json).toMatchObject({ response_action: 'errors' });
      expect(JSON.stringify((response.json as { errors: Record<string, string> }).errors[ids.block])).toContain(message);
    }
    expect(app.db.prepare('SELECT count(*) AS n FROM user_settings').get()).toEqual({ n: 0 });
  });
});

describe('reviews and stats', () => {
  it('sends one weekly review on Monday morning to someone with something to review, and none to others', async () => {
    // A third person whose only invitation was declined three weeks ago: nothing to review.
    clock.set('2026-11-06T10:00:00Z');
    standIn.setUser({ id: OTHER_MATE, tz: 'Europe/London', real_name: 'Old Hand' });
    await app.command('Long Ago | Recruiter at Agency | 0 mutual', { user: OTHER_MATE });
    const old = buttonValue(standIn.calls('chat.postMessage').at(-1), ACTIONS.accept);
    await app.click({ user_id: OTHER_MATE, action_id: ACTIONS.decline, value: old, channel_id: CHANNEL, message_ts: '1' });
    expect(app.db.prepare('SELECT status FROM invitations WHERE owner_id = ?').get(OTHER_MATE)).toEqual({ status: 'declined' });
    clock.set(TUESDAY_10AM);

    await check(PRIYA); // pending from Tuesday 24th
    standIn.setUser({ id: TEAMMATE, tz: 'Europe/London', real_name: 'Ana Silva' });
    await app.command('Someone Else | Designer at Studio | 1 mutual', { user: TEAMMATE });
    const card = { invitationId: buttonValue(standIn.calls('chat.postMessage').at(-1), ACTIONS.accept), ts: '' };
    await app.click({ user_id: TEAMMATE, action_id: ACTIONS.decline, value: card.invitationId, channel_id: CHANNEL, message_ts: '1' });
    standIn.reset();

    const monday = new Date('2026-11-30T09:30:00Z');
    const sunday = await sweepReviews(app.instance.reviewSweepDeps, new Date('2026-11-29T09:30:00Z'));
    expect(sunday.reviewsSent).toBe(0);
    const report = await sweepReviews(app.instance.reviewSweepDeps, monday);
    // The owner has a pending invitation from last week; the teammate only a decline from 6 days ago.
    expect(report.reviewsSent).toBe(2);
    const again = await sweepReviews(app.instance.reviewSweepDeps, new Date('2026-11-30T11:30:00Z'));
    expect(again.reviewsSent).toBe(0);
    const dms = standIn.calls('chat.postMessage');
    expect(dms).toHaveLength(2);
    expect(standIn.calls('conversations.open').map((call) => call.args.users)).not.toContain(OTHER_MATE);
    expect(dms.map(allText).join(' ')).not.toContain('Long Ago');
    const ownerReview = dms.find((dm) => allText(dm).includes('Priya Raman'));
    expect(ownerReview).toBeDefined();
    assertValidMessage(ownerReview?.args ?? {});
    expect(buttonValue(ownerReview, ACTIONS.accept)).toBeTruthy();
  });

  it('someone who starts mid-week hears next Monday; a review the app missed on Monday comes on a later morning only', async () => {
    // First use on Wednesday: an Accept, and a thank-you owed. No review an hour later.
    clock.set('2026-11-25T10:00:00Z');
    const card = await check(PRIYA);
    await app.click({ user_id: OWNER, action_id: ACTIONS.accept, value: card.invitationId, channel_id: CHANNEL, message_ts: card.ts });
    standIn.reset();
    for (const hour of ['2026-11-25T11:00:00Z', '2026-11-26T09:30:00Z', '2026-11-27T10:00:00Z']) {
      expect((await sweepReviews(app.instance.reviewSweepDeps, new Date(hour))).reviewsSent, hour).toBe(0);
    }

    // The app is down all Monday: Tuesday afternoon is too late in the day, Wednesday morning is not.
    expect((await sweepReviews(app.instance.reviewSweepDeps, new Date('2026-12-01T15:00:00Z'))).reviewsSent).toBe(0);
    expect((await sweepReviews(app.instance.reviewSweepDeps, new Date('2026-12-02T09:05:00Z'))).reviewsSent).toBe(1);
    expect((await sweepReviews(app.instance.reviewSweepDeps, new Date('2026-12-03T09:05:00Z'))).reviewsSent).toBe(0);
    expect(standIn.calls('chat.postMessage')).toHaveLength(1);
  });

  it('when Slack will not give a time zone it never had, the review waits, rather than go out at 09:00 UTC', async () => {
    standIn.setUser({ id: OWNER, tz: 'America/Los_Angeles', real_name: 'Sam Owner' });
    await check(PRIYA);
    app.db.prepare('DELETE FROM slack_users WHERE user_id = ?').run(OWNER);
    standIn.reset();

    standIn.failNext('users.info', { error: 'internal_error' });
    const utcMorning = await sweepReviews(app.instance.reviewSweepDeps, new Date('2026-11-30T09:30:00Z'));
    expect(utcMorning.reviewsSent).toBe(0);
    expect(standIn.calls('chat.postMessage')).toHaveLength(0);
    // 01:30 in Los Angeles, once Slack answers: still not.
    expect((await sweepReviews(app.instance.reviewSweepDeps, new Date('2026-11-30T09:30:00Z'))).reviewsSent).toBe(0);
    // 09:00 there.
    expect((await sweepReviews(app.instance.reviewSweepDeps, new Date('2026-11-30T17:00:00Z'))).reviewsSent).toBe(1);
  });

  it('a review that meets a stale DM channel forgets it, and the next sweep opens a fresh DM and sends it once', async () => {
    await check(PRIYA);
    app.db
      .prepare(`INSERT INTO slack_users (team_id, user_id, dm_channel_id, fetched_at) VALUES (?, ?, 'D0STALE001', 0)
        ON CONFLICT (team_id, user_id) DO UPDATE SET dm_channel_id = excluded.dm_channel_id`)
      .run(TEAM, OWNER);
    standIn.reset();
    standIn.failNext('chat.postMessage', { error: 'channel_not_found' });
    const first = await sweepReviews(app.instance.reviewSweepDeps, new Date('2026-11-30T09:30:00Z'));
    expect(first).toMatchObject({ reviewsSent: 0, reviewsFailed: 1 });
    expect(app.db.prepare('SELECT dm_channel_id AS id FROM slack_users WHERE user_id = ?').get(OWNER)).toEqual({ id: null });
    const second = await sweepReviews(app.instance.reviewSweepDeps, new Date('2026-11-30T10:00:00Z'));
    expect(second.reviewsSent).toBe(1);
    const posts = standIn.calls('chat.postMessage');
    expect(posts.map((post) => post.args.channel)).toEqual(['D0STALE001', expect.not.stringMatching(/^D0STALE001$/)]);
    expect(standIn.calls('conversations.open')).toHaveLength(1);
  });

  it('a review whose answer never came is found in the DM by the next sweep, not sent twice', async () => {
    await app.stop();
    app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now, webClientOptions: { timeout: 300 } });
    await check(PRIYA);
    standIn.reset();
    const monday = new Date('2026-11-30T09:30:00Z');
    const ownerDm = `D${OWNER.slice(1)}`;
    standIn.setClock(() => monday.getTime());
    standIn.failNext('chat.postMessage', { delayMs: 1200 });
    const first = await sweepReviews(app.instance.reviewSweepDeps, monday);
    expect(first).toMatchObject({ reviewsSent: 0, reviewsFailed: 1 });
    expect(standIn.messages(ownerDm)).toHaveLength(1);
    const claim = () => app.db.prepare('SELECT status, post_started_at AS stamp FROM weekly_reviews').get();
    expect(claim()).toEqual({ status: 'sending', stamp: monday.getTime() });

    const second = await sweepReviews(app.instance.reviewSweepDeps, new Date('2026-11-30T10:00:00Z'));
    expect(second).toMatchObject({ reviewsSent: 0, reviewsFound: 1, reviewsFailed: 0 });
    expect(standIn.messages(ownerDm)).toHaveLength(1);
    expect(claim()).toEqual({ status: 'sent', stamp: monday.getTime() });
    expect(standIn.calls('conversations.history')).toHaveLength(1);
    const third = await sweepReviews(app.instance.reviewSweepDeps, new Date('2026-11-30T11:00:00Z'));
    expect(third).toMatchObject({ reviewsSent: 0, reviewsFound: 0 });
  });

  it('a review refused by Slack is simply tried again later, with no history to read', async () => {
    await check(PRIYA);
    standIn.reset();
    standIn.failNext('chat.postMessage', { error: 'internal_error' });
    const first = await sweepReviews(app.instance.reviewSweepDeps, new Date('2026-11-30T09:30:00Z'));
    expect(first).toMatchObject({ reviewsSent: 0, reviewsFailed: 1 });
    expect(app.db.prepare('SELECT count(*) AS n FROM weekly_reviews').get()).toEqual({ n: 0 });
    const second = await sweepReviews(app.instance.reviewSweepDeps, new Date('2026-11-30T10:00:00Z'));
    expect(second.reviewsSent).toBe(1);
    expect(standIn.calls('conversations.history')).toHaveLength(0);
  });

  it('deciding from a review updates the card and redraws the review, not the card, in its place', async () => {
    const card = await check(PRIYA);
    clock.set('2026-11-30T09:30:00Z');
    await app.command('review', { responseUrlId: 'review' });
    const review = standIn.responsePosts('review').at(-1);
    expect(JSON.stringify(review?.body)).toContain(`review:${card.invitationId}`);
    await clickInReview(ACTIONS.accept, card, 'review-click');
    expect(status(card)).toBe('accepted');
    expect(lastUpdate()?.args).toMatchObject({ channel: CHANNEL, ts: card.ts });
    const redrawn = standIn.responsePosts('review-click').at(-1);
    expect(redrawn?.body).toMatchObject({ replace_original: true });
    expect(JSON.stringify(redrawn?.body)).not.toContain(`review:${card.invitationId}`);
    expect(JSON.stringify(redrawn?.body)).not.toContain(ACTIONS.voiceKnows); // not the card
  });

  it('Sent it on an owed thank-you in a review finishes it, redraws its DM and the review', async () => {
    const delivered = await check(PRIYA);
    await click(delivered, ACTIONS.accept);
    await sweepThankYous(app.instance.sweepDeps, new Date('2026-11-25T09:00:00Z'));
    const dm = standIn.calls('chat.postMessage').at(-1);
    expect(allText(dm)).toContain(ACTIONS.nudgeSent);
    const waiting = await check('Ben Okafor | Staff Engineer at Wise | 6 mutual');
    clock.set('2026-11-30T08:00:00Z');
    await click(waiting, ACTIONS.accept); // due the next working morning: not sent yet
    clock.set('2026-11-30T09:30:00Z');
    await app.command('review', { responseUrlId: 'review' });
    const nudges = app.db.prepare('SELECT id, status FROM thank_you_nudges ORDER BY id').all() as { id: number; status: string }[];
    expect(nudges.map((nudge) => nudge.status)).toEqual(['delivered', 'scheduled']);
    for (const nudge of nudges) expect(JSON.stringify(standIn.responsePosts('review').at(-1)?.body)).toContain(`review:owed:${nudge.id}`);

    for (const [index, nudge] of nudges.entries()) {
      await app.click({
        user_id: OWNER,
        action_id: ACTIONS.nudgeSent,
        value: String(nudge.id),
        block_id: `review:owed:${nudge.id}`,
        container: { type: 'message', message_ts: '1700000000.000999', channel_id: 'D0OWNER001', is_ephemeral: true },
        response_url: standIn.responseUrl(`owed-${index}`),
      });
      const redrawn = standIn.responsePosts(`owed-${index}`).at(-1);
      expect(redrawn?.body).toMatchObject({ replace_original: true });
      expect(JSON.stringify(redrawn?.body)).not.toContain(`review:owed:${nudge.id}`);
    }
    expect(app.db.prepare('SELECT status FROM thank_you_nudges ORDER BY id').all()).toEqual([{ status: 'done' }, { status: 'done' }]);
    // The DM that was sent is redrawn without its buttons; the one not sent never goes out.
    const dmUpdate = standIn.calls('chat.update').find((call) => call.args.ts === dm?.response.ts);
    expect(dmUpdate).toBeDefined();
    expect(allText(dmUpdate)).not.toContain(ACTIONS.nudgeSent);
    const posts = standIn.calls('chat.postMessage').length;
    await sweepThankYous(app.instance.sweepDeps, new Date('2026-12-01T09:00:00Z'));
    expect(standIn.calls('chat.postMessage')).toHaveLength(posts);
  });

  it('Ignore… from a review asks why, then redraws the review without that invitation', async () => {
    const card = await check(PRIYA);
    clock.set('2026-11-30T09:30:00Z');
    await app.command('review', { responseUrlId: 'review' });
    await clickInReview(ACTIONS.ignore, card, 'review-ignore');
    expect(lastModal().callback_id).toBe(VIEWS.ignoreReason);
    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.ignoreReason,
      private_metadata: lastModal().private_metadata,
      values: { [INPUTS.ignoreReason.block]: { [INPUTS.ignoreReason.action]: radioValue('not_relevant') } },
    });
    expect(status(card)).toBe('ignored');
    const redrawn = standIn.responsePosts('review-ignore').at(-1);
    expect(redrawn?.body).toMatchObject({ replace_original: true });
    expect(JSON.stringify(redrawn?.body)).not.toContain(`review:${card.invitationId}`);
  });

  it('Ignore… on a review after the card was ignored redraws the review without it', async () => {
    const card = await check(PRIYA);
    clock.set('2026-11-30T09:30:00Z');
    await app.command('review', { responseUrlId: 'stale-review' });
    await click(card, ACTIONS.ignore);
    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.ignoreReason,
      private_metadata: lastModal().private_metadata,
      values: { [INPUTS.ignoreReason.block]: { [INPUTS.ignoreReason.action]: radioValue('not_relevant') } },
    });
    const modals = standIn.calls('views.open').length;
    await clickInReview(ACTIONS.ignore, card, 'stale-review');
    expect(standIn.calls('views.open')).toHaveLength(modals);
    const redrawn = standIn.responsePosts('stale-review').at(-1);
    expect(redrawn?.body).toMatchObject({ replace_original: true });
    expect(JSON.stringify(redrawn?.body)).not.toContain(`review:${card.invitationId}`);
  });

  it('a review response_url tampered into the Ignore form is not followed', async () => {
    const elsewhere = await startRecordingServer();
    try {
      const card = await check(PRIYA);
      await click(card, ACTIONS.ignore);
      const metadata = JSON.stringify({ invitationId: Number(card.invitationId), reviewResponseUrl: elsewhere.url });
      await app.submit({ user_id: OWNER, callback_id: VIEWS.ignoreReason, private_metadata: metadata, values: {} });
      expect(status(card)).toBe('ignored');
      expect(elsewhere.hits).toEqual([]);
    } finally {
      await elsewhere.close();
    }
  });

  it('/invite-check review and stats answer only the person who asks', async () => {
    const card = await check(PRIYA);
    await click(card, ACTIONS.accept);
    await app.command('stats', { responseUrlId: 'stats' });
    const stats = standIn.responsePosts('stats').at(-1);
    expect(stats?.body).toMatchObject({ response_type: 'ephemeral' });
    assertValidMessage(stats?.body ?? {});
    await app.command('review', { responseUrlId: 'review' });
    expect(standIn.responsePosts('review').at(-1)?.body).toMatchObject({ response_type: 'ephemeral' });
  });

  it('/invite-check stats counts people: someone checked three times, once without their URL, counts once, by the latest decision', async () => {
    await click(await check(PRIYA), ACTIONS.decline);
    await click(await check('Priya Raman | Head of Data Partnerships at Northwind Analytics | 2 mutual'), ACTIONS.decline);
    await click(await check(PRIYA), ACTIONS.accept);
    await check('Ben Okafor | Recruiter at Agency | 0 mutual');
    await app.command('stats', { responseUrlId: 'stats' });
    const stats = JSON.stringify(standIn.responsePosts('stats').at(-1)?.body ?? {});
    for (const line of ['Accepted: 1 person', 'Declined: 0 people', 'Waiting: 1 person', 'you accepted 1 person and turned down 0 people']) expect(stats).toContain(line);
    expect(stats).toContain('0% of all the people you decided on so far');
  });
});

describe('an ignore reason and note', () => {
  it("show on the channel card for everyone, as the form says; your later checks show both, a teammate's the reason only", async () => {
    const card = await check(PRIYA);
    await click(card, ACTIONS.ignore);
    const form = standIn.calls('views.open').at(-1);
    expect(allText(form)).toContain('Your reason and note appear on the card, for everyone who can see it.');
    expect(allText(form)).toContain("Your later checks of this person show both; a teammate's shows the reason only.");
    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.ignoreReason,
      private_metadata: lastModal().private_metadata,
      values: {
        [INPUTS.ignoreReason.block]: { [INPUTS.ignoreReason.action]: radioValue('not_relevant') },
        [INPUTS.ignoreNote.block]: { [INPUTS.ignoreNote.action]: plainTextValue('Pitched me twice at a meetup') },
      },
    });
    // The decided card is a channel message, not an ephemeral one: everyone there reads both.
    const decided = lastUpdate();
    expect(decided?.args.channel).toBe(CHANNEL);
    expect(allText(decided)).toContain('Reason: Not relevant to my work');
    expect(allText(decided)).toContain('Note: Pitched me twice at a meetup');

    await app.command(PRIYA, { user: TEAMMATE });
    const later = standIn.calls('chat.postMessage').at(-1);
    expect(allText(later)).toContain('Not relevant to my work');
    expect(allText(later)).not.toContain('Pitched me twice');

    await app.command(PRIYA);
    const own = standIn.calls('chat.postMessage').at(-1);
    expect(allText(own)).toContain('Not relevant to my work: \\"Pitched me twice at a meetup\\"');
  });
});

describe('team digest', () => {
  it('posts the week to DIGEST_CHANNEL once, on Monday, without anyone’s reasons', async () => {
    await app.stop();
    app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now, env: { DIGEST_CHANNEL: 'C0DIGEST01' } });
    const accepted = await check(PRIYA);
    await click(accepted, ACTIONS.accept);
    const ignored = await check('Crypto Max | Investor | 0 mutual | | guaranteed returns');
    await click(ignored, ACTIONS.ignore);
    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.ignoreReason,
      private_metadata: lastModal().private_metadata,
      values: { [INPUTS.ignoreNote.block]: { [INPUTS.ignoreNote.action]: plainTextValue('very secret reason') } },
    });
    standIn.reset();
    await sweepReviews(app.instance.reviewSweepDeps, new Date('2026-11-30T10:00:00Z'));
    await sweepReviews(app.instance.reviewSweepDeps, new Date('2026-11-30T11:00:00Z'));
    const digests = standIn.calls('chat.postMessage').filter((call) => call.args.channel === 'C0DIGEST01');
    expect(digests).toHaveLength(1);
    assertValidMessage(digests[0]?.args ?? {});
    expect(allText(digests[0])).toContain('Priya Raman');
    expect(allText(digests[0])).not.toContain('very secret reason');
    expect(allText(digests[0])).not.toContain('Crypto Max');
  });
});

describe('App Home', () => {
  it('publishes the Home tab when it is opened, and again after a decision', async () => {
    const card = await check(PRIYA);
    const response = await app.send(
      eventCallbackBody({ team_id: TEAM, event: { type: 'app_home_opened', user: OWNER, channel: 'D0OWNER001', tab: 'home' } }),
      { headers: { 'content-type': 'application/json' } },
    );
    expect(response.status).toBe(200);
    const published = standIn.calls('views.publish');
    expect(published).toHaveLength(1);
    expect(published[0]?.args.user_id).toBe(OWNER);
    expect(allText(published[0])).toContain('Priya Raman');
    expect(allText(published[0])).toContain(ACTIONS.openSettings);

    await click(card, ACTIONS.accept);
    expect(standIn.calls('views.publish')).toHaveLength(2);
  });

  it('shows as many waiting invitations as the tab has room for, and says how many more there are', async () => {
    for (let index = 0; index < 30; index += 1) {
      await app.instance.services.invitations.checkInvitation({
        teamId: TEAM,
        ownerId: OWNER,
        channelId: CHANNEL,
        fields: { name: `Person ${index}`, headline: 'Engineer', company: 'Acme', mutualConnections: 3, note: null, profileUrl: null },
        source: null,
        requestKey: `many-${index}`,
        responseUrl: null,
      });
    }
    standIn.reset();
    await app.send(eventCallbackBody({ team_id: TEAM, event: { type: 'app_home_opened', user: OWNER, channel: 'D0OWNER001', tab: 'home' } }), {
      headers: { 'content-type': 'application/json' },
    });
    const home = standIn.calls('views.publish')[0];
    const view = home?.args.view as { blocks: { type: string; elements?: { action_id?: string }[] }[] };
    const decisionRows = view.blocks.filter((block) => block.type === 'actions' && block.elements?.some((e) => e.action_id === ACTIONS.accept));
    expect(decisionRows).toHaveLength(HOME_PENDING_SHOWN);
    expect(allText(home)).toContain(`…and ${30 - HOME_PENDING_SHOWN} waiting`);
  });

  it('Settings on the Home tab answers, by DM, when the settings cannot be read', async () => {
    app.db.exec('DROP TABLE user_settings');
    // A Home tab click carries no response_url.
    await app.send(blockActionsBody({ team_id: TEAM, user_id: OWNER, action_id: ACTIONS.openSettings, value: 'settings', view: { id: 'V0HOMETAB1', type: 'home', callback_id: '' } }));
    expect(standIn.calls('views.open')).toHaveLength(0);
    const told = standIn.calls('chat.postMessage').filter((call) => call.args.channel === OWNER);
    expect(told).toHaveLength(1);
    expect(allText(told[0])).toContain('something went wrong');
  });
});

describe('a person checked many times before', () => {
  it('the new card counts the earlier checks, not itself', async () => {
    for (let index = 0; index < 12; index += 1) await app.command(PRIYA);
    standIn.reset();
    await app.command(PRIYA, { user: TEAMMATE });
    const card = allText(standIn.calls('chat.postMessage').at(-1));
    // Twelve earlier checks: five listed, seven more.
    expect(card).toContain('…and 7 earlier');
  });
});

describe('the same person checked by two people at once', () => {
  it('the second card lists the first: reading the history, weighing and storing are one step', async () => {
    // Two signed commands sent together: both are read before either is stored.
    await Promise.all([app.command(PRIYA), app.command(PRIYA, { user: TEAMMATE })]);

    const stored = app.db.prepare('SELECT id, owner_id AS ownerId, reasons FROM invitations ORDER BY id').all() as { id: number; ownerId: string; reasons: string }[];
    expect(stored).toHaveLength(2);
    const [first, second] = stored;
    const cardOf = (id: number | undefined) => allText(standIn.calls('chat.postMessage').find((call) => buttonValue(call, ACTIONS.accept) === String(id)));
    expect(cardOf(first?.id)).not.toContain('Seen before');
    const secondCard = cardOf(second?.id);
    expect(secondCard).toContain('Seen before in this workspace');
    expect(secondCard).toContain(`<@${first?.ownerId}>`);
    // The recommendation weighed it too.
    expect(first?.reasons).not.toContain('A teammate checked them');
    expect(second?.reasons).toContain('A teammate checked them on 24 Nov 2026, still undecided.');
  });
});

describe('Sent it from a weekly review, whatever became of the reminder since it was drawn', () => {
  const PRIYA_TYPED = 'Priya Raman | Head of Data at Northwind | 14 mutual';
  async function acceptedNudge(): Promise<number> {
    await app.command(PRIYA_TYPED);
    const card = standIn.calls('chat.postMessage').at(-1);
    await app.click({ user_id: OWNER, action_id: ACTIONS.accept, value: buttonValue(card, ACTIONS.accept), channel_id: CHANNEL, message_ts: String(card?.response.ts) });
    return (app.db.prepare('SELECT id FROM thank_you_nudges ORDER BY id DESC LIMIT 1').get() as { id: number }).id;
  }

  function clickSentIt(nudgeId: number, id: string) {
    return app.click({
      user_id: OWNER,
      action_id: ACTIONS.nudgeSent,
      value: String(nudgeId),
      block_id: `review:owed:${nudgeId}`,
      container: { type: 'message', message_ts: '1700000000.000999', channel_id: 'D0OWNER001', is_ephemeral: true },
      response_url: standIn.responseUrl(id),
    });
  }

  async function sentItInReview(nudgeId: number, id: string) {
    await app.command('review', { responseUrlId: `review-${id}` });
    const review = JSON.stringify(standIn.responsePosts(`review-${id}`).at(-1)?.body);
    await clickSentIt(nudgeId, id);
    const posts = standIn.responsePosts(id).map((post) => post.body as { text?: string; replace_original?: boolean });
    return { review, posts, answers: posts.filter((post) => post.replace_original !== true).map((post) => post.text ?? '') };
  }

  const statusOf = (nudgeId: number) => (app.db.prepare('SELECT status FROM thank_you_nudges WHERE id = ?').get(nudgeId) as { status: string }).status;

    it('finishes a reminder a sweep has claimed but not begun to post: that sweep then posts nothing', async () => {
      const nudgeId = await acceptedNudge();
      // A sweep claims it (scheduled -> sending) and has not stamped or posted it yet.
      app.db.prepare("UPDATE thank_you_nudges SET status = 'sending', claim_token = 'sweep-1', claimed_at = ? WHERE id = ?").run(Date.parse('2026-11-24T10:00:00Z'), nudgeId);
      const { posts } = await sentItInReview(nudgeId, 'claimed');
      expect(posts.some((post) => post.replace_original === true)).toBe(true);
      expect(statusOf(nudgeId)).toBe('done');
      // The claiming sweep's stamp before posting finds its claim gone.
      expect(createNudgesRepo(app.db).markPostStarted([nudgeId], 'sweep-1', new Date('2026-11-24T10:00:01Z'))).toEqual([]);
    });

    it('says a reminder whose first post Slack never answered is on its way, not snoozed, and leaves it to the sweep', async () => {
      const nudgeId = await acceptedNudge();
      // A sweep stamped it, Slack never answered the post, the sweep let it go (the stamp kept, for the next to check).
      app.db.prepare('UPDATE thank_you_nudges SET post_started_at = ?, attempts = 1 WHERE id = ?').run(Date.parse('2026-11-24T10:00:00Z'), nudgeId);
      const { answers } = await sentItInReview(nudgeId, 'uncertain');
      expect(answers).toEqual(['Your thank-you reminder about Priya Raman is on its way to your DM with me: use its buttons there when it arrives.']);
      expect(statusOf(nudgeId)).toBe('scheduled');
    });

    it('redraws a review naming a reminder that is gone since, so no dead button stays', async () => {
      const nudgeId = await acceptedNudge();
      await app.command('review', { responseUrlId: 'review-gone' });
      app.db.prepare('DELETE FROM thank_you_nudges WHERE id = ?').run(nudgeId);
      await clickSentIt(nudgeId, 'gone');
      const posts = standIn.responsePosts('gone').map((post) => post.body as { text?: string; replace_original?: boolean });
      const redrawn = posts.find((post) => post.replace_original === true);
      expect(JSON.stringify(redrawn)).not.toContain(`review:owed:${nudgeId}`);
      expect(posts.map((post) => post.text)).toContain("I couldn't find that reminder any more.");
    });
});
