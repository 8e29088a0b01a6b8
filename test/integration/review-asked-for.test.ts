// `/invite-check review` asked for by someone who turned the weekly review off: its footer says
// what is so for them (the review is off, and where to turn it on), not that one comes each week.
// Through the real Bolt receiver and the Slack stand-in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/domain/settings.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { manualClock, OWNER, TEAM, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';

const PRIYA = 'Priya Raman | Head of Data Partnerships at Northwind | 14 mutual | linkedin.com/in/priya-raman-data | We met at the Data Council panel last week';

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let clock: ReturnType<typeof manualClock>;
let app: TestApp;

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

async function askedReview(id: string): Promise<string> {
  await app.command('review', { responseUrlId: id });
  return JSON.stringify(standIn.responsePosts(id).at(-1)?.body);
}

describe('the review asked for', () => {
  it('says the weekly review comes each week while it is on, and that it is off, and where to turn it on, when it is off', async () => {
    await app.command(PRIYA);
    clock.set('2026-11-30T09:30:00Z');
    const on = await askedReview('review-on');
    expect(on).toContain('Priya Raman');
    expect(on).toContain('The weekly review comes at the start of your working week');

    app.instance.reviewSweepDeps.repos.settings.save(TEAM, OWNER, { ...DEFAULT_SETTINGS, weeklyReview: false }, clock.now());
    const off = await askedReview('review-off');
    expect(off).toContain('Priya Raman');
    expect(off).not.toContain('The weekly review comes at the start of your working week');
    expect(off).toContain('Your weekly review is off');
  });
});
