import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blankExpiredCards, removeExpiredDetails } from '../../src/jobs/retention.js';
import { ACTIONS } from '../../src/views/ids.js';
import { UNPACED } from '../jobs/sweep-gate.js';
import { buttonValue } from '../support/calls.js';
import { startSlackStandIn, type RecordedCall, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, TEAM, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';

// A check whose details retention removed has had its card judged once, by the purge: noted as
// unanswered if its post's outcome was never known. Forgetting afterwards must not guess again
// from the columns the purge and the blanking cleared (response_url, the card's location).

const PASTE = 'Priya Raman | Head of Data at Northwind | 14 mutual | linkedin.com/in/priya-raman';
const LATER = new Date('2027-06-30T10:00:00Z');

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let app: TestApp;
let clock: ReturnType<typeof manualClock>;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  database = tempDatabasePath();
  clock = manualClock('2026-11-24T10:00:00Z');
  app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now });
});

afterEach(async () => {
  await app.stop();
  await standIn.close();
  database.cleanup();
});

/** forget-me, confirmed, a year on: what it answers. */
async function forgetMeLater(): Promise<string> {
  clock.set(LATER.toISOString());
  await app.command('forget-me', { responseUrlId: 'ask' });
  await app.click({ user_id: OWNER, action_id: ACTIONS.forgetMeConfirm, value: 'me', response_url: standIn.responseUrl('done') });
  return JSON.stringify(standIn.responsePosts('done').at(-1)?.body ?? {});
}

describe('forgetting after retention', () => {
  it('a channel card declined, purged and blanked: forget-me warns of no card it could not blank', async () => {
    await app.command(PASTE, { responseUrlId: 'cmd' });
    const card = standIn.calls('chat.postMessage').at(-1) as RecordedCall;
    const id = buttonValue(card, ACTIONS.accept);
    await app.click({ user_id: OWNER, action_id: ACTIONS.decline, value: id, block_id: `decide:${id}`, channel_id: CHANNEL, message_ts: String(card.response.ts), response_url: standIn.responseUrl('d') });
    const deps = { ...app.instance.retentionDeps, logger: app.instance.services.logger, pacer: UNPACED };
    expect(await removeExpiredDetails(deps, LATER)).toBe(1);
    expect(await blankExpiredCards(deps, LATER)).toEqual({ blanked: 1, beyondReach: 0, failed: 0 });

    const said = await forgetMeLater();
    expect(said).not.toMatch(/may also have posted/);
    expect(said).toMatch(/Done|forgot|removed/i);
  });

  it('a card Slack refused in the channel, shown privately and declined there, then purged: forget-me warns of none', async () => {
    standIn.failNext('chat.postMessage', { error: 'not_in_channel' });
    await app.command(PASTE, { responseUrlId: 'cmd' });
    const { id } = app.db.prepare('SELECT id FROM invitations').get() as { id: number };
    await app.click({
      user_id: OWNER,
      action_id: ACTIONS.decline,
      value: String(id),
      block_id: `decide:${id}`,
      container: { type: 'message', message_ts: '1700000000.999999', channel_id: CHANNEL, is_ephemeral: true },
      response_url: standIn.responseUrl('eph'),
    });
    expect(app.db.prepare('SELECT status, message_ts FROM invitations').get()).toEqual({ status: 'declined', message_ts: null });
    expect(await removeExpiredDetails({ ...app.instance.retentionDeps, logger: app.instance.services.logger }, LATER)).toBe(1);
    expect(app.db.prepare('SELECT unanswered_post_channel_id AS maybeIn FROM invitations').get()).toEqual({ maybeIn: null });

    expect(await forgetMeLater()).not.toMatch(/may also have posted/);
  });
});
