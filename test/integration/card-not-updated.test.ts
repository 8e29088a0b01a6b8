import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { allText, buttonValue, openedView } from '../support/calls.js';
import { plainTextValue, radioValue } from '../support/slack-requests.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, TEAM, TEAMMATE, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';

// A decision is saved but its card could not be redrawn. When Slack refused the card for good
// (deleted, its channel archived or gone), "I couldn't update the card just now" promised a
// retry that never helps: the person is told plainly instead. A failure that may pass keeps it.

const PRIYA = 'Priya Raman | Head of Data Partnerships at Northwind Analytics | 2 mutual | linkedin.com/in/priya-raman-data';
const JUST_NOW = "I couldn't update the card just now";
const FOR_GOOD = "Slack won't let me change the card any more (it may have been deleted, its channel archived, or I was removed from the channel), so it won't show this.";

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let app: TestApp;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  standIn.setUser({ id: TEAMMATE, tz: 'Europe/London', real_name: 'Ana Silva' });
  database = tempDatabasePath();
  app = await startTestApp({ standIn, databasePath: database.path, clock: manualClock('2026-11-24T10:00:00Z').now });
});

afterEach(async () => {
  await app.stop();
  await standIn.close();
  database.cleanup();
});

async function check(): Promise<{ id: string; ts: string }> {
  await app.command(PRIYA);
  const card = standIn.calls('chat.postMessage').at(-1);
  return { id: buttonValue(card, ACTIONS.accept), ts: String(card?.response.ts) };
}

function status(id: string): string {
  return (app.db.prepare('SELECT status FROM invitations WHERE id = ?').get(Number(id)) as { status: string }).status;
}

function click(card: { id: string; ts: string }, actionId: string, user = OWNER, responseUrlId = 'action') {
  return app.click({ user_id: user, action_id: actionId, value: card.id, block_id: `decide:${card.id}`, channel_id: CHANNEL, message_ts: card.ts, response_url: standIn.responseUrl(responseUrlId) });
}

/** What the person was told beside their click. */
function toldBeside(responseUrlId = 'action'): string {
  return standIn
    .responsePosts(responseUrlId)
    .map((post) => JSON.stringify(post.body))
    .join('\n');
}

/** What the owner was told privately beside the card (after a form). */
function toldPrivately(): string {
  return [...standIn.calls('chat.postEphemeral'), ...standIn.calls('chat.postMessage').slice(1)].map((call) => allText(call)).join('\n');
}

describe('Accept or Decline on a card Slack will no longer let the app change', () => {
  it.each(['message_not_found', 'cant_update_message', 'is_archived', 'channel_not_found', 'not_in_channel', 'edit_window_closed'])(
    '%s: says the card cannot show it and where the decision shows, not "just now"',
    async (error) => {
      const card = await check();
      standIn.failNext('chat.update', { error });
      await click(card, ACTIONS.accept);
      expect(status(card.id)).toBe('accepted');
      const told = toldBeside();
      expect(told).toContain('Saved: you accepted *Priya Raman*.');
      expect(told).toContain(FOR_GOOD);
      expect(told).toContain('Your decision is kept, and shows on your Home tab.');
      expect(told).not.toContain(JUST_NOW);
    },
  );

  it('Decline: the draft still comes, and the honest sentence', async () => {
    const card = await check();
    standIn.failNext('chat.update', { error: 'message_not_found' });
    await click(card, ACTIONS.decline);
    expect(status(card.id)).toBe('declined');
    expect(toldBeside()).toContain("Here's a friendly message you can send them");
    expect(toldBeside()).toContain('Saved: you declined *Priya Raman*.');
    expect(toldBeside()).toContain(FOR_GOOD);
  });
});

describe('Accept on a card Slack failed to redraw for a while', () => {
  it.each([
    ['Slack failing (HTTP 503, every try)', { status: 503 }],
    ['a rate limit answered as such', { error: 'ratelimited' }],
    ['Slack failing on its side', { error: 'internal_error' }],
  ] as const)('%s: keeps "just now", which a later redraw can make true', async (_what, fault) => {
    const card = await check();
    standIn.failNext('chat.update', fault, 3);
    await click(card, ACTIONS.accept);
    expect(status(card.id)).toBe('accepted');
    const told = toldBeside();
    expect(told).toContain(`Saved: you accepted *Priya Raman*. ${JUST_NOW}, so it may still show the old buttons.`);
    expect(told).not.toContain("won't let me change");
  });
});

describe('a form decision (Ignore, Block, Change decision) on a card Slack refused for good', () => {
  it('Ignore: the private note beside the card says so honestly', async () => {
    const card = await check();
    await click(card, ACTIONS.ignore);
    standIn.failNext('chat.update', { error: 'message_not_found' });
    await app.submit({ user_id: OWNER, callback_id: VIEWS.ignoreReason, private_metadata: openedView(standIn.calls('views.open').at(-1)).private_metadata, values: {} });
    expect(status(card.id)).toBe('ignored');
    expect(toldPrivately()).toContain('Saved: you ignored *Priya Raman*.');
    expect(toldPrivately()).toContain(FOR_GOOD);
    expect(toldPrivately()).not.toContain(JUST_NOW);
  });

  it('Change decision, with Slack failing for a while: "just now" stays', async () => {
    const card = await check();
    await click(card, ACTIONS.accept);
    await click(card, ACTIONS.changeDecision, OWNER, 'change');
    standIn.failNext('chat.update', { error: 'service_unavailable' });
    await app.submit({
      user_id: OWNER,
      callback_id: VIEWS.changeDecision,
      private_metadata: openedView(standIn.calls('views.open').at(-1)).private_metadata,
      values: { [INPUTS.newDecision.block]: { [INPUTS.newDecision.action]: radioValue('blocked') }, [INPUTS.changeReason.block]: { [INPUTS.changeReason.action]: plainTextValue(null) } },
    });
    expect(status(card.id)).toBe('blocked');
    expect(toldPrivately()).toContain(`Saved: you blocked *Priya Raman*. ${JUST_NOW}`);
  });
});

describe("a teammate's word on a card Slack refused for good", () => {
  it('does not promise a later redraw', async () => {
    const card = await check();
    await click(card, ACTIONS.voiceKnows, TEAMMATE, 'maya');
    standIn.failNext('chat.update', { error: 'is_archived' });
    await app.submit({
      user_id: TEAMMATE,
      callback_id: VIEWS.voice,
      private_metadata: openedView(standIn.calls('views.open').at(-1)).private_metadata,
      values: { [INPUTS.voiceKind.block]: { [INPUTS.voiceKind.action]: radioValue('knows') }, [INPUTS.voiceNote.block]: { [INPUTS.voiceNote.action]: plainTextValue(null) } },
    });
    await expect.poll(() => standIn.calls('chat.postMessage').filter((call) => call.args.channel === TEAMMATE).length).toBe(1);
    const told = allText(standIn.calls('chat.postMessage').find((call) => call.args.channel === TEAMMATE));
    expect(told).toContain('Saved: your word about *Priya Raman*.');
    expect(told).toContain(FOR_GOOD);
    expect(told).not.toContain('next time the card is redrawn');
  });
});
