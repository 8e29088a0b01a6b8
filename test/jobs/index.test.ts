/**
 * The cron wiring hands the sweeps the clock, so a claim is stamped with the time it is made and
 * not with the moment the sweep began. The real app and jobs over a real SQLite file and the
 * Slack stand-in; the thank-you sweep runs every second and is held at its turn to post. The
 * retention job, on the digest schedule, blanks the cards it purged with the sweeps' client.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startJobs, type Jobs } from '../../src/jobs/index.js';
import { ACTIONS } from '../../src/views/ids.js';
import { allText, buttonValue } from '../support/calls.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, TEAM, TEAMMATE, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';
import { gatedPacer, UNPACED } from './sweep-gate.js';
import { MESSAGES_CHANGED_AT_ONCE } from '../../src/services/privacy.js';

const NOW = '2026-11-24T10:00:00Z';
const MINUTE = 60_000;
const ALWAYS = { THANK_YOU_DELAY_MINUTES: '0', WORKING_HOURS: '00:00-24:00', WORKING_DAYS: 'mon-sun' };

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let app: TestApp;
let jobs: Jobs | null;
let clock: ReturnType<typeof manualClock>;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  database = tempDatabasePath();
  clock = manualClock(NOW);
  app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now, env: ALWAYS });
  jobs = null;
});
afterEach(async () => {
  await jobs?.stop();
  await app.stop();
  await standIn.close();
  database.cleanup();
});

const NEVER = '0 0 1 1 *';
const EVERY_SECOND = '* * * * * *';

/** The app's own jobs, on schedules of the test's choosing, with any deps replaced. */
function startAppJobs(overrides: Partial<Parameters<typeof startJobs>[0]> & { reminderCron: string; digestCron: string }): Jobs {
  return startJobs({
    sweep: app.instance.sweepDeps,
    reviewSweep: app.instance.reviewSweepDeps,
    retention: app.instance.retentionDeps,
    staleCards: app.instance.staleCardDeps,
    logger: app.instance.services.logger,
    clock: clock.now,
    ...overrides,
  });
}

describe('startJobs', () => {
  it('gives the sweeps the clock: a claim is stamped when it is made, not when the sweep began', { timeout: 10_000 }, async () => {
    const checked = await app.instance.services.invitations.checkInvitation({
      teamId: TEAM,
      ownerId: OWNER,
      channelId: 'C0CHANNEL1',
      fields: { name: 'Priya Raman', headline: 'Engineer', company: 'Acme', mutualConnections: 4, note: null, profileUrl: null },
      source: null,
      requestKey: 'check-priya',
      responseUrl: null,
    });
    await app.instance.services.invitations.recordDecision({
      teamId: TEAM,
      invitationId: checked.invitation.id,
      actorId: OWNER,
      decision: 'accepted',
      reason: null,
      note: null,
      responseUrl: null,
    });
    // A clock a minute further on at every reading: the sweep's start is its first.
    const readings: number[] = [];
    const clock = () => {
      const time = Date.parse(NOW) + readings.length * MINUTE;
      readings.push(time);
      return new Date(time);
    };
    const gate = gatedPacer('chat.postMessage');
    // The card catch-up runs on the same schedule and reads the clock too, before or after the
    // sweep: the sweep's start is the `now` it expires stale claims with.
    const nudges = app.instance.sweepDeps.nudges;
    let sweepStart: number | null = null;
    const watchedNudges: typeof nudges = {
      ...nudges,
      expireStaleClaims: (now, leaseMs) => {
        sweepStart ??= now.getTime();
        return nudges.expireStaleClaims(now, leaseMs);
      },
    };
    jobs = startAppJobs({ reminderCron: EVERY_SECOND, digestCron: NEVER, sweep: { ...app.instance.sweepDeps, nudges: watchedNudges, pacer: gate.pacer }, clock });
    try {
      await gate.waiting();
      const claim = app.db.prepare("SELECT claimed_at AS claimedAt FROM thank_you_nudges WHERE status = 'sending'").get() as { claimedAt: number };
      // The claim read the clock again, after the sweep's start.
      expect(sweepStart).not.toBeNull();
      expect(readings).toContain(claim.claimedAt);
      expect(claim.claimedAt).toBeGreaterThan(sweepStart ?? Number.POSITIVE_INFINITY);
    } finally {
      // Let the sweep finish, so stopping the jobs does not wait on it for ever.
      gate.open();
    }
  });

  it('runs the retention purge on the digest schedule, and blanks the cards it leaves behind', { timeout: 10_000 }, async () => {
    await app.command('Priya Raman | Engineer at Acme | 4 mutual');
    const card = standIn.calls('chat.postMessage').at(-1);
    const invitationId = Number(buttonValue(card, ACTIONS.accept));
    await app.instance.services.invitations.recordDecision({
      teamId: TEAM,
      invitationId,
      actorId: OWNER,
      decision: 'declined',
      reason: null,
      note: null,
      responseUrl: null,
    });
    // A Wednesday (no weekly review due), more than 180 days on.
    clock.set('2027-06-16T10:00:00Z');
    jobs = startAppJobs({ reminderCron: NEVER, digestCron: EVERY_SECOND });
    const blanked = await standIn.waitForCall('chat.update', (call) => call.args.ts === card?.response.ts && JSON.stringify(call.args).includes('details were removed'));
    expect(blanked.args.channel).toBe(CHANNEL);
    expect(JSON.stringify(blanked.args)).not.toContain('Priya');
  });

  it('runs the card catch-up on the reminder schedule, and blanks the cards a large forgetting left', { timeout: 10_000 }, async () => {
    const cards: string[] = [];
    for (let i = 0; i <= MESSAGES_CHANGED_AT_ONCE; i += 1) {
      await app.command(`Person Number${i} | Engineer at Acme ${i} | 4 mutual`);
      cards.push(String(standIn.calls('chat.postMessage').at(-1)?.response.ts));
    }
    await app.command('forget-me', { responseUrlId: 'forget-me-ask' });
    await app.click({ user_id: OWNER, action_id: ACTIONS.forgetMeConfirm, value: 'me', response_url: standIn.responseUrl('forget-me-done') });
    const oldest = cards[0];
    expect(standIn.calls('chat.update').filter((call) => call.args.ts === oldest)).toEqual([]);
    jobs = startAppJobs({ reminderCron: EVERY_SECOND, digestCron: NEVER, staleCards: { ...app.instance.staleCardDeps, pacer: UNPACED } });
    const blanked = await standIn.waitForCall('chat.update', (call) => call.args.ts === oldest && JSON.stringify(call.args).includes("removed at its owner's request"));
    expect(blanked.args.channel).toBe(CHANNEL);
  });

  it('gives the card catch-up and the retention blanking one chat.update budget between them, 30 a minute', { timeout: 20_000 }, async () => {
    // Cards the purge will blank: declined, and 200 days old by then.
    for (let i = 0; i < 4; i += 1) {
      await app.command(`Old Contact${i} | Engineer at Acme ${i} | 4 mutual`, { user: TEAMMATE });
      const invitationId = Number(buttonValue(standIn.calls('chat.postMessage').at(-1), ACTIONS.accept));
      await app.instance.services.invitations.recordDecision({ teamId: TEAM, invitationId, actorId: TEAMMATE, decision: 'declined', reason: null, note: null, responseUrl: null });
    }
    // Messages a forgetting left to the catch-up.
    for (let i = 0; i < MESSAGES_CHANGED_AT_ONCE + 4; i += 1) await app.command(`Person Number${i} | Engineer at Acme ${i} | 4 mutual`);
    await app.command('forget-me', { responseUrlId: 'forget-me-ask' });
    await app.click({ user_id: OWNER, action_id: ACTIONS.forgetMeConfirm, value: 'me', response_url: standIn.responseUrl('forget-me-done') });
    // A Wednesday (no weekly review due), more than 180 days on.
    clock.set('2027-06-16T10:00:00Z');
    const since = standIn.calls('chat.update').length;
    jobs = startAppJobs({ reminderCron: EVERY_SECOND, digestCron: EVERY_SECOND });
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    const background = standIn.calls('chat.update').slice(since);
    // Both jobs had work, and both got turns.
    expect(background.filter((call) => allText(call).includes('details were removed')).length).toBeGreaterThan(0);
    expect(background.filter((call) => allText(call).includes("removed at its owner's request")).length).toBeGreaterThan(0);
    // One even spacing for both (a call every 2 s), not 30 a minute for one and 20 for the other.
    const gaps = background.slice(1).map((call, i) => call.at - (background[i]?.at ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1_500);
    expect(background.length).toBeLessThanOrEqual(5);
  });
});
