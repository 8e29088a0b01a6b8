// Working hours a person saved shorter than an hour, before the settings form asked for at least
// one: in India, 09:00-09:30 falls between two hourly review sweeps (they come at :30 there, at
// 09:30 just as the day ends), so the person never got a weekly review. The review now looks for
// them for an hour from their start; thank-you reminders keep to the hours they chose.
// Through the real review sweep and the Slack stand-in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/domain/settings.js';
import { sweepReviews } from '../../src/jobs/review-sweep.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { manualClock, OWNER, TEAM, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';

const OWNER_DM = `D${OWNER.slice(1)}`;
const PRIYA = 'Priya Raman | Head of Data Partnerships at Northwind | 14 mutual | linkedin.com/in/priya-raman-data | We met at the Data Council panel last week';

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let clock: ReturnType<typeof manualClock>;
let app: TestApp;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Asia/Kolkata', real_name: 'Sam Owner' });
  database = tempDatabasePath();
  clock = manualClock('2026-11-24T05:00:00Z');
  app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now });
});

afterEach(async () => {
  await app.stop();
  await standIn.close();
  database.cleanup();
});

/** The hourly sweeps (DIGEST_CRON's default, on the hour in UTC) through Monday 30 November, in UTC. */
async function mondaysSweeps(): Promise<string[]> {
  const sentAt: string[] = [];
  for (let hour = 0; hour < 24; hour += 1) {
    clock.set(new Date(Date.UTC(2026, 10, 30, hour)));
    const report = await sweepReviews({ ...app.instance.reviewSweepDeps, clock: clock.now, digestChannel: null }, clock.now());
    if (report.reviewsSent > 0) sentAt.push(clock.now().toISOString());
  }
  return sentAt;
}

function reviewsInDm(): number {
  return standIn.calls('chat.postMessage').filter((call) => call.args.channel === OWNER_DM && JSON.stringify(call.args).includes('weekly invitation review')).length;
}

describe('a weekly review for working hours saved shorter than an hour', () => {
  it('comes in the hour from their start, once', async () => {
    await app.command(PRIYA);
    app.instance.reviewSweepDeps.repos.settings.save(TEAM, OWNER, { ...DEFAULT_SETTINGS, workStart: '09:00', workEnd: '09:30' }, clock.now());
    // 09:30 in Kolkata is 04:00 UTC.
    expect(await mondaysSweeps()).toEqual(['2026-11-30T04:00:00.000Z']);
    expect(reviewsInDm()).toBe(1);
  });

  it('keeps to hours of an hour or more as they are', async () => {
    await app.command(PRIYA);
    app.instance.reviewSweepDeps.repos.settings.save(TEAM, OWNER, { ...DEFAULT_SETTINGS, workStart: '10:30', workEnd: '11:30' }, clock.now());
    // 10:30 in Kolkata is 05:00 UTC: the first sweep inside them.
    expect(await mondaysSweeps()).toEqual(['2026-11-30T05:00:00.000Z']);
  });
});
