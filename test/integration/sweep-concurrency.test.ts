import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepThankYous, type SweepReport } from '../../src/jobs/thank-you-sweep.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { manualClock, TEAM, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';
import { gatedPacer } from '../jobs/sweep-gate.js';

const OWNERS = 12;
const PER_OWNER = 3;
const NOW = '2026-11-24T10:00:00Z';
const ALWAYS = { THANK_YOU_DELAY_MINUTES: '0', WORKING_HOURS: '00:00-24:00', WORKING_DAYS: 'mon-sun' };

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let app: TestApp;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  database = tempDatabasePath();
  app = await startTestApp({ standIn, databasePath: database.path, clock: manualClock(NOW).now, env: ALWAYS });
});
afterEach(async () => {
  await app.stop();
  await standIn.close();
  database.cleanup();
});

/** Accepted invitations for several owners, through the real services. */
async function seedAcceptedInvitations(): Promise<number> {
  const { invitations } = app.instance.services;
  for (let owner = 0; owner < OWNERS; owner += 1) {
    const ownerId = `U0OWNER${String(owner).padStart(3, '0')}`;
    for (let n = 0; n < PER_OWNER; n += 1) {
      const checked = await invitations.checkInvitation({
        teamId: TEAM,
        ownerId,
        channelId: 'C0CHANNEL1',
        fields: { name: `Person ${owner}-${n}`, headline: 'Engineer', company: 'Acme', mutualConnections: 4, note: null, profileUrl: null },
        source: null,
        requestKey: `seed-${owner}-${n}`,
        responseUrl: null,
      });
      await invitations.recordDecision({ teamId: TEAM, invitationId: checked.invitation.id, actorId: ownerId, decision: 'accepted', reason: null, note: null, responseUrl: null });
    }
  }
  standIn.reset();
  return OWNERS * PER_OWNER;
}

function deliveredDms() {
  return standIn.calls('chat.postMessage').filter((call) => call.fault === undefined || !('error' in call.fault));
}

function expectEachOwnerOnce(): void {
  const dms = deliveredDms();
  const perChannel = new Map<string, number>();
  for (const dm of dms) perChannel.set(String(dm.args.channel), (perChannel.get(String(dm.args.channel)) ?? 0) + 1);
  expect(perChannel.size).toBe(OWNERS);
  expect([...perChannel.values()].every((count) => count === 1)).toBe(true);
}

describe('overlapping sweeps', () => {
  it('two sweeps in one process deliver each nudge once', async () => {
    const total = await seedAcceptedInvitations();
    const deps = { ...app.instance.sweepDeps, options: { batchSize: 4, concurrency: 2 } };
    const reports = await Promise.all([sweepThankYous(deps, new Date(NOW)), sweepThankYous(deps, new Date(NOW))]);
    expect(reports.reduce((sum, r) => sum + r.delivered, 0)).toBe(total);
    expectEachOwnerOnce();
  });

  // Two Node processes start here: on a loaded machine they take many seconds to load the app.
  it('two processes sweeping one database deliver each nudge once', { timeout: 60_000 }, async () => {
    const total = await seedAcceptedInvitations();
    // Slack answers every DM a little late, so each sweeper is still posting while the others claim.
    standIn.failNext('chat.postMessage', { delayMs: 100 }, total);
    const script = fileURLToPath(new URL('../support/sweep-process.mjs', import.meta.url));
    const children = ['xoxb-process-one', 'xoxb-process-two'];
    const run = (token: string) =>
      promisify(execFile)(process.execPath, [script, database.path, standIn.apiUrl, NOW, '3', '2', token]).then(
        ({ stdout }) => JSON.parse(stdout) as SweepReport,
      );
    // This process claims its first owners, then waits at its turn to post until both other
    // processes are posting too: all three sweep the file at once.
    const gate = gatedPacer('chat.postMessage');
    const here = sweepThankYous({ ...app.instance.sweepDeps, pacer: gate.pacer, options: { batchSize: 3 } }, new Date(NOW));
    await gate.waiting();
    const others = children.map(run);
    await Promise.all(children.map((token) => standIn.waitForCall('chat.postMessage', (call) => call.token === token, 45_000)));
    gate.open();
    const reports = await Promise.all([here, ...others]);
    const delivered = reports.map((report) => report.delivered);
    // Each of the three sweepers delivered some, and together all, once each.
    expect(delivered.every((count) => count > 0), `delivered per sweeper: ${delivered.join(', ')}`).toBe(true);
    expect(delivered.reduce((sum, count) => sum + count, 0)).toBe(total);
    expectEachOwnerOnce();
    const states = app.db.prepare('SELECT status, count(*) AS n FROM thank_you_nudges GROUP BY status').all();
    expect(states).toEqual([{ status: 'delivered', n: total }]);
  });
});
