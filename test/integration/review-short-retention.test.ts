// A workspace that keeps the details of ignored people only a few days (RETENTION_DAYS under the
// fourteen a review's "decided" part may cover): a weekly review must not name a decision whose
// details were already removed when it was drawn. Named, the next retention run takes the review
// for one that showed a removed person and clears all of it, its buttons with it, every week.
// Through the real Bolt receiver, the real sweeps and the Slack stand-in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runRetention } from '../../src/jobs/retention.js';
import { sweepReviews } from '../../src/jobs/review-sweep.js';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { allText, buttonValue, openedView } from '../support/calls.js';
import { plainTextValue } from '../support/slack-requests.js';
import { startSlackStandIn, type RecordedCall, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, TEAM, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';

// Tuesday 24 November 2026, 10:00 in London: the checks are made then.
const TUESDAY_10AM = '2026-11-24T10:00:00Z';
// Saturday: the three days are up, and the purge removes Marco's details.
const SATURDAY = new Date('2026-11-28T10:00:00Z');
// Monday morning in London: weekly review time; and the purge's next run, that afternoon.
const MONDAY = '2026-11-30T09:30:00Z';
const MONDAY_AFTERNOON = new Date('2026-11-30T15:00:00Z');
const OWNER_DM = `D${OWNER.slice(1)}`;

const PRIYA = 'Priya Raman | Head of Data Partnerships at Northwind | 14 mutual | linkedin.com/in/priya-raman-data | We met at the Data Council panel last week';
const MARCO = 'Marco Bellini | Founder at Bellini Ventures | 2 mutual | linkedin.com/in/marco-bellini';

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let clock: ReturnType<typeof manualClock>;
let app: TestApp;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  database = tempDatabasePath();
  clock = manualClock(TUESDAY_10AM);
  app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now, logLevel: 'info', env: { RETENTION_DAYS: '3' } });
});

afterEach(async () => {
  await app.stop();
  await standIn.close();
  database.cleanup();
});

async function check(text: string): Promise<{ invitationId: string; ts: string }> {
  await app.command(text);
  const card = standIn.calls('chat.postMessage').at(-1);
  return { invitationId: buttonValue(card, ACTIONS.accept), ts: String(card?.response.ts) };
}

async function ignore(card: { invitationId: string; ts: string }): Promise<void> {
  await app.click({ user_id: OWNER, action_id: ACTIONS.ignore, value: card.invitationId, channel_id: CHANNEL, message_ts: card.ts });
  await app.submit({
    user_id: OWNER,
    callback_id: VIEWS.ignoreReason,
    private_metadata: openedView(standIn.calls('views.open').at(-1)).private_metadata,
    values: {
      [INPUTS.ignoreReason.block]: { [INPUTS.ignoreReason.action]: { type: 'radio_buttons', selected_option: null } },
      [INPUTS.ignoreNote.block]: { [INPUTS.ignoreNote.action]: plainTextValue(null) },
    },
  });
}

function retention(at: Date): ReturnType<typeof runRetention> {
  return runRetention({ ...app.instance.retentionDeps, logger: app.instance.services.logger, sleep: async () => {} }, at);
}

describe('a weekly review in a workspace with a short retention period', () => {
  it('counts a decision whose details were removed, names nobody for it, and is not cleared by the next purge', async () => {
    await check(PRIYA);
    await ignore(await check(MARCO));
    expect(await retention(SATURDAY)).toMatchObject({ removed: 1 });

    clock.set(MONDAY);
    const before = standIn.calls('chat.postMessage').length;
    expect(await sweepReviews({ ...app.instance.reviewSweepDeps, clock: clock.now, digestChannel: null }, clock.now())).toMatchObject({ reviewsSent: 1 });
    const review = standIn.calls('chat.postMessage').slice(before).find((call) => call.args.channel === OWNER_DM) as RecordedCall;
    const shown = allText(review);
    expect(shown).toContain('Priya Raman');
    // The decision still counts; nobody is named for it ("Details removed" says nothing).
    expect(shown).toContain('1 ignored');
    expect(shown).not.toContain('Details removed');

    // The purge's next run finds nothing in this review that it removed: Priya's buttons stay.
    expect(await retention(MONDAY_AFTERNOON)).toMatchObject({ removed: 0, reviewsCleared: 0 });
    expect(standIn.calls('chat.update').filter((call) => call.args.channel === OWNER_DM && call.args.ts === review.response.ts)).toEqual([]);
  });
});
