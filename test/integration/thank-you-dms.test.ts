import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/views/ids.js';
import { allText, buttonValue } from '../support/calls.js';
import { startSlackStandIn, type RecordedCall, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, TEAM, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';

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
