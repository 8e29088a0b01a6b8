/**
 * The review sweep with another process on the same file, and told to stop: a weekly review
 * claim taken over after the lease is posted by its new holder only, a long sweep's late claim
 * is leased from when it was made, one review a week across a change of working days or time zone
 * (and of the reviews' key), and the digest loop stops between workspaces. The real app
 * over a real SQLite file and the Slack stand-in; the sweep is held at its turn to post.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/open.js';
import { createReviewsRepo } from '../../src/db/reviews-repo.js';
import { sweepReviews, type ReviewSweepDeps } from '../../src/jobs/review-sweep.js';
import { workingWindow } from '../../src/domain/schedule.js';
import { createSlackPacer, type SlackPacer } from '../../src/services/slack-pacer.js';
import { MESSAGE_TEXT_BUDGET } from '../../src/views/text-budget.js';
import { assertValidMessage } from '../support/block-kit.js';
import { startSlackStandIn, type RecordedCall, type SlackStandIn } from '../support/slack-stand-in.js';
import { manualClock, OWNER, TEAM, TEAMMATE, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';
import { gatedPacer, UNPACED } from './sweep-gate.js';

// Tuesday 24 November 2026, 10:00 in London: the checks are made then.
const TUESDAY_10AM = '2026-11-24T10:00:00Z';
// The next Monday morning in London: weekly review time, and team digest time (UTC).
const MONDAY_930 = '2026-11-30T09:30:00Z';
const MINUTE = 60_000;
const OTHER_TEAM = 'T0OTHER001';
const DIGESTS = 'C0DIGEST01';

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let clock: ReturnType<typeof manualClock>;
let app: TestApp;
/** Connections standing for another process on the same file. */
let others: Db[];

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  standIn.setUser({ id: TEAMMATE, tz: 'Europe/London', real_name: 'Ana Silva' });
  database = tempDatabasePath();
  clock = manualClock(TUESDAY_10AM);
  app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now, env: { DIGEST_CHANNEL: DIGESTS } });
  others = [];
});
afterEach(async () => {
  for (const other of others) other.close();
  await app.stop();
  await standIn.close();
  database.cleanup();
});

/** A check left pending, so its owner has something to review next Monday. */
async function pendingCheck(ownerId: string, name: string, teamId = TEAM): Promise<void> {
  await app.instance.services.invitations.checkInvitation({
    teamId,
    ownerId,
    channelId: 'C0CHANNEL1',
    fields: { name, headline: 'Engineer', company: 'Acme', mutualConnections: 4, note: null, profileUrl: null },
    source: null,
    requestKey: `check-${teamId}-${ownerId}-${name}`,
    responseUrl: null,
  });
}

function reviewsTo(userId: string): RecordedCall[] {
  return standIn.calls('chat.postMessage').filter((call) => call.args.channel === `D${userId.slice(1)}`);
}

function digests(): RecordedCall[] {
  return standIn.calls('chat.postMessage').filter((call) => call.args.channel === DIGESTS);
}

function sweepDeps(overrides: Partial<ReviewSweepDeps> = {}): ReviewSweepDeps {
  return { ...app.instance.reviewSweepDeps, clock: clock.now, digestChannel: null, ...overrides };
}

/** The sweep as another process runs it, through its own connection to the file. */
function anotherProcess(pacer: SlackPacer = UNPACED): ReviewSweepDeps {
  const other = openDatabase(database.path);
  others.push(other);
  return sweepDeps({ repos: { ...app.instance.reviewSweepDeps.repos, reviews: createReviewsRepo(other) }, pacer });
}

describe('weekly reviews, two processes on one database', () => {
  it('a review claim another process took over after the lease is posted by it alone', async () => {
    await pendingCheck(OWNER, 'Priya Raman');
    standIn.reset();
    clock.set(MONDAY_930);
    const gate = gatedPacer('chat.postMessage');
    const slow = sweepReviews(sweepDeps({ pacer: gate.pacer }), clock.now());
    await gate.waiting();
    // The slow sweep waits past the 30-minute lease; another process takes the claim over.
    clock.advance(31 * MINUTE);
    const otherGate = gatedPacer('chat.postMessage');
    const other = sweepReviews(anotherProcess(otherGate.pacer), clock.now());
    await otherGate.waiting();
    // The slow sweep's turn comes while the new holder is about to post.
    gate.open();
    expect((await slow).reviewsSent).toBe(0);
    expect(reviewsTo(OWNER)).toEqual([]);
    otherGate.open();
    expect((await other).reviewsSent).toBe(1);
    expect(reviewsTo(OWNER)).toHaveLength(1);
    expect(app.db.prepare('SELECT status FROM weekly_reviews').all()).toEqual([{ status: 'sent' }]);
  });

  it('a review claimed late in a long sweep is leased from its claim, not from the sweep’s start', async () => {
    await pendingCheck(OWNER, 'Priya Raman');
    await pendingCheck(TEAMMATE, 'Ben Okafor');
    standIn.reset();
    clock.set(MONDAY_930);
    const gate = gatedPacer('chat.postMessage');
    const long = sweepReviews(sweepDeps({ pacer: gate.pacer }), clock.now());
    await gate.waiting();
    // The first review waits 31 minutes for its turn; then the next person's is claimed.
    clock.advance(31 * MINUTE);
    gate.letOneThrough();
    await gate.waiting();
    clock.advance(MINUTE);
    const other = await sweepReviews(anotherProcess(), clock.now());
    expect(other.reviewsSent).toBe(0);
    gate.open();
    expect((await long).reviewsSent).toBe(2);
    expect(reviewsTo(OWNER)).toHaveLength(1);
    expect(reviewsTo(TEAMMATE)).toHaveLength(1);
  });
});

describe('one person’s fault', () => {
  it('one person whose review fails in an unexpected way does not hold back the reviews of everyone after them', async () => {
    await pendingCheck(OWNER, 'Priya Raman');
    await pendingCheck(TEAMMATE, 'Jonas Berg');
    clock.set(MONDAY_930);
    const deps = sweepDeps();
    // Whoever the sweep reaches first: a fault of ours (a bug, a database error) building their review.
    const [first] = [...deps.repos.reviews.owners()];
    const second = first?.userId === OWNER ? TEAMMATE : OWNER;
    const faulty = {
      ...deps.insights,
      review: (...args: Parameters<ReviewSweepDeps['insights']['review']>) => {
        if (args[1] === first?.userId) throw new Error('simulated fault building one review');
        return deps.insights.review(...args);
      },
    };
    const report = await sweepReviews({ ...deps, insights: faulty }, clock.now());
    expect(reviewsTo(second)).toHaveLength(1);
    expect(report.reviewsSent).toBe(1);
    expect(report.reviewsFailed).toBe(1);
    // With the fault gone, the next sweep sends the first person's review: their claim was let go
    // (15 minutes on, well within the claim's lease).
    clock.set('2026-11-30T09:45:00Z');
    await sweepReviews(sweepDeps(), clock.now());
    expect(reviewsTo(first?.userId ?? '')).toHaveLength(1);
    expect(reviewsTo(second)).toHaveLength(1);
  });
});

describe('a working week that wraps past Sunday', () => {
  it('sun-thu: the review comes on Sunday, once for the week that runs to Thursday', async () => {
    await pendingCheck(OWNER, 'Priya Raman');
    const sunToThu = sweepDeps({ settings: { ...app.instance.reviewSweepDeps.settings, workingWindow: workingWindow('09:00-18:00', 'sun-thu') } });
    const at = async (instant: string) => (await sweepReviews(sunToThu, new Date(instant))).reviewsSent;
    expect(await at('2026-11-28T09:30:00Z')).toBe(0); // Saturday: a day off
    expect(await at('2026-11-29T09:30:00Z')).toBe(1); // Sunday morning
    expect(await at('2026-11-30T09:30:00Z')).toBe(0); // Monday: the same working week
    expect(await at('2026-12-06T09:30:00Z')).toBe(1); // the next Sunday
    expect(reviewsTo(OWNER)).toHaveLength(2);
  });
});

describe('a change of working days or time zone', () => {
  /** Sam's own working days from now on, as Settings saves them. */
  function workDays(days: readonly number[]): void {
    const { settings: repo } = app.instance.reviewSweepDeps.repos;
    repo.save(TEAM, OWNER, { ...repo.get(TEAM, OWNER), workDays: days }, clock.now());
  }
  const MON_FRI = [1, 2, 3, 4, 5];
  const SUN_THU = [0, 1, 2, 3, 4];
  /** Reviews sent by a sweep at each instant, in order. */
  async function sweepsAt(...instants: string[]): Promise<number[]> {
    const sent: number[] = [];
    for (const instant of instants) {
      clock.set(instant);
      sent.push((await sweepReviews(sweepDeps(), clock.now())).reviewsSent);
    }
    return sent;
  }

  beforeEach(async () => {
    // Wednesday 18 November: Sam's check, still waiting every week after.
    clock.set('2026-11-18T10:00:00Z');
    await pendingCheck(OWNER, 'Priya Raman');
    standIn.reset();
  });

  it('a week moved to start a day earlier (mon-fri to sun-thu) still has its review, and only one', async () => {
    workDays(MON_FRI);
    expect(await sweepsAt('2026-11-23T09:30:00Z')).toEqual([1]); // Monday 23 November
    workDays(SUN_THU);
    // Sunday 29 November starts the new week: its review, then nothing more until the next Sunday.
    expect(await sweepsAt('2026-11-29T09:30:00Z', '2026-11-30T09:30:00Z', '2026-12-03T10:00:00Z', '2026-12-06T09:30:00Z')).toEqual([1, 0, 0, 1]);
    expect(reviewsTo(OWNER)).toHaveLength(3);
  });

  it('a week moved to start a day later (sun-thu to mon-fri) gets no second review the next morning', async () => {
    workDays(SUN_THU);
    expect(await sweepsAt('2026-11-22T09:30:00Z')).toEqual([1]); // Sunday 22 November
    workDays(MON_FRI);
    // Monday 23 November is mostly the week Sunday's review was for; the next comes on the 30th.
    expect(await sweepsAt('2026-11-23T09:30:00Z', '2026-11-24T10:00:00Z', '2026-11-30T09:30:00Z', '2026-12-07T09:30:00Z')).toEqual([0, 0, 1, 1]);
    expect(reviewsTo(OWNER)).toHaveLength(3);
  });

  it.each([
    // [from, to, the first day under the new days that gets a review]
    ['thu-sun', 'fri-mon', [4, 5, 6, 0], [5, 6, 0, 1], '2026-12-04T09:30:00Z'], // a day later: Friday 27th is the same week
    ['fri-mon', 'thu-sun', [5, 6, 0, 1], [4, 5, 6, 0], '2026-12-03T09:30:00Z'], // a day earlier: Thursday 3 December is a new one
    ['mon-fri', 'fri-mon', MON_FRI, [5, 6, 0, 1], '2026-11-27T09:30:00Z'], // four days later: most of it is after Monday's week
    ['mon-fri', 'thu-sun', MON_FRI, [4, 5, 6, 0], '2026-12-03T09:30:00Z'], // three days later: most of it is Monday's week
  ] as const)('%s to %s: one review a week, none skipped, none twice', async (_from, _to, before, after, firstAfter) => {
    workDays(before);
    // The first review under the old days: Thursday 26, Friday 27 or Monday 23 November.
    const first = before[0] === 1 ? '2026-11-23T09:30:00Z' : before[0] === 4 ? '2026-11-26T09:30:00Z' : '2026-11-27T09:30:00Z';
    expect(await sweepsAt(first)).toEqual([1]);
    workDays(after);
    // Every working morning for the next two weeks and a half.
    const mornings: string[] = [];
    for (let day = Date.parse(first) + 86_400_000; day <= Date.parse('2026-12-13T09:30:00Z'); day += 86_400_000) mornings.push(new Date(day).toISOString());
    const sent = await sweepsAt(...mornings);
    const reviewed = mornings.filter((_, i) => sent[i] === 1);
    expect(reviewed[0]).toBe(new Date(firstAfter).toISOString());
    // From then on, every seven days.
    expect(reviewed.map((at) => (Date.parse(at) - Date.parse(firstAfter)) / 86_400_000)).toEqual([0, 7, 14].filter((days) => Date.parse(firstAfter) + days * 86_400_000 <= Date.parse('2026-12-13T09:30:00Z')));
  });

  it('a late review, then a change that starts the next week sooner: that week’s review waits four days, within the week', async () => {
    workDays(MON_FRI);
    // The app was down on Monday 23 until Thursday morning: the week's review goes then, late.
    expect(await sweepsAt('2026-11-26T09:30:00Z')).toEqual([1]);
    // Sam moves to fri-mon: Friday 27th starts a new week, four days after Monday 23rd.
    workDays([5, 6, 0, 1]);
    const mornings: string[] = [];
    for (let day = Date.parse('2026-11-27T09:30:00Z'); day <= Date.parse('2026-12-13T09:30:00Z'); day += 86_400_000) mornings.push(new Date(day).toISOString());
    const sent = await sweepsAt(...mornings);
    // Not Friday 27th, the next morning: Monday 30th, the week's last working day, four days on.
    expect(mornings.filter((_, i) => sent[i] === 1)).toEqual(['2026-11-30T09:30:00.000Z', '2026-12-04T09:30:00.000Z', '2026-12-11T09:30:00.000Z']);
  });

  describe('what was decided, when reviews come 4 to 10 days apart', () => {
    /** Sam checks someone and accepts them at `at`. */
    async function acceptedAt(name: string, at: string): Promise<void> {
      clock.set(at);
      await pendingCheck(OWNER, name);
      const id = (app.db.prepare('SELECT max(id) AS id FROM invitations').get() as { id: number }).id;
      await app.instance.services.invitations.recordDecision({ teamId: TEAM, invitationId: id, actorId: OWNER, decision: 'accepted', reason: null, note: null, responseUrl: null });
    }
    /** Each review's "decided" part: its heading and the names in it. */
    function decidedParts(): string[] {
      return reviewsTo(OWNER).map((call) => /\*Decided [^*]+\*[^"]*/.exec(JSON.stringify(call.args.blocks))?.[0] ?? '');
    }

    it('mon-fri to sun-thu: a decision shown in Monday’s review is not shown again six days later', async () => {
      workDays(MON_FRI);
      await acceptedAt('Dana Early', '2026-11-22T12:00:00Z'); // Sunday 22nd, before Monday's review
      expect(await sweepsAt('2026-11-23T09:30:00Z')).toEqual([1]);
      workDays(SUN_THU);
      await acceptedAt('Eli Later', '2026-11-25T12:00:00Z');
      expect(await sweepsAt('2026-11-29T09:30:00Z')).toEqual([1]);
      const [monday, sunday] = decidedParts();
      expect(monday).toContain('Dana Early');
      expect(sunday).toMatch(/^\*Decided since your last review\* \(1\)/);
      expect(sunday).toContain('Eli Later');
      expect(sunday).not.toContain('Dana Early');
    });

    it('sun-thu to mon-fri: a decision made after Sunday’s review is in the review eight days later', async () => {
      workDays(SUN_THU);
      expect(await sweepsAt('2026-11-22T09:30:00Z')).toEqual([1]);
      await acceptedAt('Fay Sunday', '2026-11-22T15:00:00Z'); // Sunday 22nd, after the review
      workDays(MON_FRI);
      expect(await sweepsAt('2026-11-23T09:30:00Z', '2026-11-30T09:30:00Z')).toEqual([0, 1]);
      const [, monday] = decidedParts();
      expect(monday).toMatch(/^\*Decided since your last review\* \(1\)/);
      expect(monday).toContain('Fay Sunday');
    });

    it('a first review shows the last seven days, and one after a long gap the last fourteen', async () => {
      await acceptedAt('Gus Old', '2026-11-15T12:00:00Z');
      await acceptedAt('Hal Recent', '2026-11-20T12:00:00Z');
      expect(await sweepsAt('2026-11-23T09:30:00Z')).toEqual([1]);
      expect(decidedParts()[0]).toMatch(/^\*Decided in the last seven days\* \(1\)[^]*Hal Recent/);
      // As if Sam's last review had been on 2 November, before three weeks with the review turned off.
      app.db.exec('DELETE FROM weekly_review_names; DELETE FROM weekly_reviews');
      const sentAt = Date.parse('2026-11-02T09:30:00Z');
      app.db.prepare(`INSERT INTO weekly_reviews (team_id, user_id, week, status, claimed_at, sent_at) VALUES (?, ?, '2026-W45-1', 'sent', ?, ?)`).run(TEAM, OWNER, sentAt, sentAt);
      expect(await sweepsAt('2026-11-30T09:30:00Z')).toEqual([1]);
      expect(decidedParts()[1]).toMatch(/^\*Decided in the last fourteen days\* \(1\)[^]*Hal Recent/);
    });
  });

  describe('on the day this ships: reviews recorded under the older key, one per ISO week ("2026-W48")', () => {
    /** A review as the sweep recorded it before: keyed by the ISO week of its working week's first day. */
    function olderReview(week: string, sentAt: string): void {
      const at = Date.parse(sentAt);
      app.db.prepare(`INSERT INTO weekly_reviews (team_id, user_id, week, status, claimed_at, sent_at) VALUES (?, ?, ?, 'sent', ?, ?)`).run(TEAM, OWNER, week, at, at + 900);
    }

    it.each([
      // [what happened, days then and now, the older review, the sweeps after it ships, reviews sent by each]
      ['Monday’s review had gone out', MON_FRI, MON_FRI, ['2026-W48', '2026-11-23T09:30:00Z'], ['2026-11-23T10:30:00Z', '2026-11-24T09:30:00Z', '2026-11-30T09:30:00Z'], [0, 0, 1]],
      ['a sun-thu week’s review had gone out on Sunday', SUN_THU, SUN_THU, ['2026-W48', '2026-11-29T09:30:00Z'], ['2026-11-30T09:30:00Z', '2026-12-03T09:30:00Z', '2026-12-06T09:30:00Z'], [0, 0, 1]],
      ['a mon-sat week’s review went out late, on Saturday', [1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6], ['2026-W48', '2026-11-28T10:00:00Z'], ['2026-11-28T11:00:00Z', '2026-11-30T09:30:00Z'], [0, 1]],
      ['mon-fri changed to sun-thu after Monday’s review', MON_FRI, SUN_THU, ['2026-W48', '2026-11-23T09:30:00Z'], ['2026-11-29T09:30:00Z', '2026-11-30T09:30:00Z', '2026-12-06T09:30:00Z'], [1, 0, 1]],
      ['sun-thu changed to mon-fri after Sunday’s review', SUN_THU, MON_FRI, ['2026-W47', '2026-11-22T09:30:00Z'], ['2026-11-23T09:30:00Z', '2026-11-30T09:30:00Z'], [0, 1]],
    ] as const)('%s: no second review that week, and the next week’s comes', async (_case, before, after, [week, sentAt], sweeps, sent) => {
      workDays(before);
      olderReview(week, sentAt);
      workDays(after);
      expect(await sweepsAt(...sweeps)).toEqual(sent);
    });
  });

  it('a move to a time zone where the week has already started, or not yet, neither repeats nor skips a review', async () => {
    // Monday 23 November, 09:30 in London: the review. Sam flies to Auckland (13 hours ahead), where
    // it is already Tuesday morning; Slack has the new zone by the next sweep.
    expect(await sweepsAt('2026-11-23T09:30:00Z')).toEqual([1]);
    standIn.setUser({ id: OWNER, tz: 'Pacific/Auckland', real_name: 'Sam Owner' });
    app.db.exec('DELETE FROM slack_users');
    // Tuesday 24 November 09:30 in Auckland (catch-up hours of a week already reviewed), Monday
    // 30 November 09:30 there (Sunday 20:30 in London), and 22:30 that Monday, after hours.
    expect(await sweepsAt('2026-11-23T20:30:00Z', '2026-11-29T20:30:00Z', '2026-11-30T09:30:00Z')).toEqual([0, 1, 0]);
    standIn.setUser({ id: OWNER, tz: 'America/Los_Angeles', real_name: 'Sam Owner' });
    app.db.exec('DELETE FROM slack_users');
    // Monday 30 November 09:30 in Los Angeles: still the week reviewed in Auckland; then the next Monday.
    expect(await sweepsAt('2026-11-30T17:30:00Z', '2026-12-07T17:30:00Z')).toEqual([0, 1]);
  });
});

describe('the team digest', () => {
  it('one workspace whose digest fails in an unexpected way does not hold back the others', async () => {
    await pendingCheck(OWNER, 'Priya Raman');
    await pendingCheck('U0OTHER001', 'Ana Silva', OTHER_TEAM);
    standIn.reset();
    clock.set('2026-11-30T10:00:00Z');
    const deps = sweepDeps({ digestChannel: DIGESTS });
    // Whichever workspace the sweep reaches first: a fault of ours building its digest.
    const [first] = [...deps.repos.reviews.teams()];
    const faulty = {
      ...deps.insights,
      teamDigest: (...args: Parameters<ReviewSweepDeps['insights']['teamDigest']>) => {
        if (args[0] === first) throw new Error('simulated fault building one digest');
        return deps.insights.teamDigest(...args);
      },
    };
    const report = await sweepReviews({ ...deps, insights: faulty }, clock.now());
    expect(report.digestsSent).toBe(1);
    expect(digests()).toHaveLength(1);
    // With the fault gone, the next sweep (well within the claim's lease) sends the first one too.
    clock.set('2026-11-30T10:15:00Z');
    const again = await sweepReviews(sweepDeps({ digestChannel: DIGESTS }), clock.now());
    expect(again.digestsSent).toBe(1);
    expect(digests()).toHaveLength(2);
  });

  it('stops between workspaces when the process is told to stop', async () => {
    await pendingCheck(OWNER, 'Priya Raman');
    await pendingCheck('U0OTHER001', 'Ana Silva', OTHER_TEAM);
    standIn.reset();
    clock.set('2026-11-30T10:00:00Z');
    const shutdown = new AbortController();
    // The stop comes while the first digest waits for its turn: it still goes, the next does not.
    const pacer: SlackPacer = {
      acquire: async (_method, channel) => {
        if (channel === DIGESTS) shutdown.abort();
      },
      backOff: () => undefined,
    };
    const report = await sweepReviews(sweepDeps({ digestChannel: DIGESTS, pacer, signal: shutdown.signal }), clock.now());
    expect(report.digestsSent).toBe(1);
    expect(digests()).toHaveLength(1);
    expect(app.db.prepare('SELECT count(*) AS n FROM team_digests').get()).toEqual({ n: 1 });
  });
});

describe('the team digest’s week', () => {
  /** The digests posted so far: each one's title line and its counts. */
  function digestSummaries(): string[] {
    return digests().map((call) => {
      const raw = call.args.blocks;
      const blocks = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { text?: { text?: string } }[];
      return blocks
        .slice(0, 2)
        .map((block) => block.text?.text ?? '')
        .join(' / ');
    });
  }

  it('covers the seven days before it was due, however late it goes out, and the next one starts where it ended', async () => {
    // Wednesday 18 November: the workspace's first check.
    clock.set('2026-11-18T10:00:00Z');
    await pendingCheck(OWNER, 'Priya Raman');
    standIn.reset();
    const digestOnly = sweepDeps({ digestChannel: DIGESTS });
    // Thursday 19 November, the app's first sweep of the week (within the catch-up hours): the
    // week before this one had nothing, so there is nothing to post.
    clock.set('2026-11-19T10:00:00Z');
    await sweepReviews(digestOnly, clock.now());
    expect(digests()).toHaveLength(0);
    // Monday 23 November: the week of 16 November, with Wednesday's check. A check on the Monday
    // morning before the sweep belongs to the next week.
    clock.set('2026-11-23T09:30:00Z');
    await pendingCheck(OWNER, 'Tomás García');
    await sweepReviews(digestOnly, clock.now());
    // Monday 30 November, posted late (the app was down until Wednesday morning).
    clock.set('2026-12-02T10:00:00Z');
    await sweepReviews(digestOnly, clock.now());
    expect(digestSummaries()).toEqual([
      expect.stringMatching(/the week of 16 November 2026\*.*\/ No invitations decided.*1 checked and still waiting/s),
      expect.stringMatching(/the week of 23 November 2026\*.*\/ No invitations decided.*1 checked and still waiting/s),
    ]);
  });
});

describe('a late team digest', () => {
  it('counts a check of its week decided since as still waiting then, rather than losing the week', async () => {
    clock.set('2026-11-18T10:00:00Z');
    await pendingCheck(OWNER, 'Priya Raman');
    const id = (app.db.prepare('SELECT max(id) AS id FROM invitations').get() as { id: number }).id;
    // Decided on Tuesday at 08:00, before the digest (the app was down on Monday) went out at 10:00.
    clock.set('2026-11-24T08:00:00Z');
    await app.instance.services.invitations.recordDecision({ teamId: TEAM, invitationId: id, actorId: OWNER, decision: 'accepted', reason: null, note: null, responseUrl: null });
    standIn.reset();
    clock.set('2026-11-24T10:00:00Z');
    await sweepReviews(sweepDeps({ digestChannel: DIGESTS }), clock.now());
    expect(digests()).toHaveLength(1);
    const text = JSON.stringify(digests()[0]?.args);
    expect(text).toContain('the week of 16 November 2026');
    expect(text).toContain('No invitations decided');
    expect(text).toContain('1 checked and still waiting at the week');
  });
});

describe('a team digest a crash left claimed, never known to be posted', () => {
  /** A check by Sam at `at`, accepted at once: the digest of the days it falls in names them. */
  async function acceptedAt(at: string, name: string): Promise<void> {
    clock.set(at);
    await pendingCheck(OWNER, name);
    const id = (app.db.prepare('SELECT max(id) AS id FROM invitations').get() as { id: number }).id;
    await app.instance.services.invitations.recordDecision({ teamId: TEAM, invitationId: id, actorId: OWNER, decision: 'accepted', reason: null, note: null, responseUrl: null });
  }

  /** A sweep that claimed the digest of `week` at `at` and died before recording it. */
  function digestLeftSending(week: string, at: string, seen: string | null): void {
    expect(app.instance.reviewSweepDeps.repos.reviews.claimDigest(TEAM, week, new Date(at), 30 * MINUTE, seen)).not.toBeNull();
  }

  async function digestAt(at: string): Promise<number> {
    clock.set(at);
    return (await sweepReviews(sweepDeps({ digestChannel: DIGESTS }), clock.now())).digestsSent;
  }

  function digestText(index: number): string {
    return JSON.stringify(digests()[index]?.args.blocks);
  }

  it('the next digest covers its days too, from the last digest that went out, and says so', async () => {
    await acceptedAt('2026-11-18T10:00:00Z', 'Priya Raman');
    expect(await digestAt('2026-11-23T09:30:00Z')).toBe(1); // the week of 16 November
    await acceptedAt('2026-11-25T10:00:00Z', 'Tomás García');
    // Monday 30 November: the week of 23 November's digest is claimed, and the app dies posting it
    // (or before), until the next Monday.
    digestLeftSending('2026-W49-1', '2026-11-30T09:00:00Z', '2026-W48-1');
    await acceptedAt('2026-12-02T10:00:00Z', 'Bo Lind');
    expect(await digestAt('2026-12-07T09:30:00Z')).toBe(1);
    const text = digestText(1);
    expect(text).toContain('the 14 days from 23 November 2026');
    expect(text).toContain('Tomás García');
    expect(text).toContain('Bo Lind');
    expect(text).not.toContain('Priya');
    // The stuck week itself is never sent late, and the next digest starts where this one ended.
    expect(app.db.prepare('SELECT week, status FROM team_digests ORDER BY week').all()).toEqual([
      { week: '2026-W48-1', status: 'sent' },
      { week: '2026-W49-1', status: 'sending' },
      { week: '2026-W50-1', status: 'sent' },
    ]);
    await acceptedAt('2026-12-09T10:00:00Z', 'Ana Costa');
    expect(await digestAt('2026-12-14T09:30:00Z')).toBe(1);
    expect(digestText(2)).toContain('the week of 7 December 2026');
    expect(digestText(2)).not.toContain('Bo Lind');
    expect(digests()).toHaveLength(3);
  });

  it('a first digest left so: the next covers its seven days as well', async () => {
    await acceptedAt('2026-11-25T10:00:00Z', 'Tomás García');
    digestLeftSending('2026-W49-1', '2026-11-30T09:00:00Z', null);
    await acceptedAt('2026-12-02T10:00:00Z', 'Bo Lind');
    expect(await digestAt('2026-12-07T09:30:00Z')).toBe(1);
    expect(digestText(0)).toContain('the 14 days from 23 November 2026');
    expect(digestText(0)).toContain('Tomás García');
    expect(digestText(0)).toContain('Bo Lind');
  });

  it('reaches back no further than fourteen days when more than one was left so', async () => {
    await acceptedAt('2026-11-18T10:00:00Z', 'Priya Raman');
    expect(await digestAt('2026-11-23T09:30:00Z')).toBe(1);
    await acceptedAt('2026-11-25T10:00:00Z', 'Tomás García');
    digestLeftSending('2026-W49-1', '2026-11-30T09:00:00Z', '2026-W48-1');
    digestLeftSending('2026-W50-1', '2026-12-07T09:00:00Z', '2026-W49-1');
    await acceptedAt('2026-12-09T10:00:00Z', 'Bo Lind');
    expect(await digestAt('2026-12-14T09:30:00Z')).toBe(1);
    expect(digestText(1)).toContain('the 14 days from 30 November 2026');
    expect(digestText(1)).toContain('Bo Lind');
    expect(digestText(1)).not.toContain('Tomás García');
  });
});

describe('Slack’s rate limits', () => {
  it('a users.info or conversations.open answered 429 makes the sweep wait Retry-After for that method', async () => {
    await pendingCheck(OWNER, 'Priya Raman');
    await pendingCheck(TEAMMATE, 'Ana Silva');
    app.db.exec('DELETE FROM slack_users');
    standIn.reset();
    clock.set(MONDAY_930);
    // Slack's published limits, on a clock the pacer's sleeps move on: each wait is recorded with
    // how many users.info calls Slack had seen by then, instead of being slept.
    let at = 0;
    const waits: { ms: number; usersInfoCalls: number }[] = [];
    const sleep = async (ms: number) => {
      waits.push({ ms, usersInfoCalls: standIn.calls('users.info').length });
      at += ms;
    };
    const real = createSlackPacer({ now: () => at });
    const pacer: SlackPacer = { acquire: (method, channel) => real.acquire(method, channel, sleep), backOff: real.backOff };
    standIn.failNext('users.info', { status: 429, retryAfter: 30 });
    standIn.failNext('conversations.open', { status: 429, retryAfter: 20 });
    const report = await sweepReviews(sweepDeps({ pacer }), clock.now());
    expect(standIn.calls('users.info')).toHaveLength(2);
    const waitedBeforeSecondUsersInfo = waits.filter((wait) => wait.usersInfoCalls === 1).reduce((sum, wait) => sum + wait.ms, 0);
    expect(waitedBeforeSecondUsersInfo).toBeGreaterThanOrEqual(30_000);
    // conversations.open is held for its own Retry-After, from when Slack refused it: the next call
    // through the same pacer (the next sweep's, sharing the client) waits it out.
    const waitsBefore = waits.length;
    await pacer.acquire('conversations.open', null, sleep);
    expect(waits.slice(waitsBefore).reduce((sum, wait) => sum + wait.ms, 0)).toBeGreaterThanOrEqual(20_000);
    // The first owner waits for a later hour (no time zone yet), the second is refused a DM channel
    // once and tried again by a later sweep: nothing goes to anyone at the wrong hour.
    expect(report.reviewsSent).toBe(0);
  });
});

describe('a review DM Slack refuses', () => {
  // account_inactive is Slack's word for the app's own token belonging to a deleted user or
  // workspace (an app disabled, then enabled again): the review stays due, as with invalid_auth.
  // A person Slack no longer knows has the week counted as done instead of retried all day.
  it.each([
    ['account_inactive', 'sent'],
    ['invalid_auth', 'sent'],
    ['user_not_found', 'empty'],
  ] as const)('%s on the DM: the week ends %s', async (error, finalStatus) => {
    await pendingCheck(OWNER, 'Priya Raman');
    // Three days on, the check is pending long enough to be reviewed.
    clock.set(MONDAY_930);
    standIn.failNext('chat.postMessage', { error });
    const first = await sweepReviews(sweepDeps(), clock.now());
    expect(first.reviewsSent).toBe(0);
    standIn.reset();
    clock.set('2026-11-30T10:30:00Z');
    await sweepReviews(sweepDeps(), clock.now());
    expect(reviewsTo(OWNER)).toHaveLength(finalStatus === 'sent' ? 1 : 0);
    const row = app.db.prepare('SELECT status FROM weekly_reviews WHERE user_id = ?').get(OWNER) as { status: string };
    expect(row.status).toBe(finalStatus);
  });
});

describe('a review DM Slack will not take as it is', () => {
  /** The longest the forms take, much of it `&` (five times longer escaped), with 200-character profile slugs. */
  async function longBacklog(pending: number, owed: number): Promise<void> {
    const amp = (length: number, lead: string) => lead + '&'.repeat(length - lead.length);
    const check = async (name: string, profileSlug: string) => {
      const outcome = await app.instance.services.invitations.checkInvitation({
        teamId: TEAM,
        ownerId: OWNER,
        channelId: 'C0CHANNEL1',
        fields: { name: amp(100, name), headline: amp(200, 'R'), company: amp(150, 'M'), mutualConnections: 4, note: null, profileUrl: `https://www.linkedin.com/in/${profileSlug.padEnd(200, 'x')}` },
        source: null,
        requestKey: `check-${name}`,
        responseUrl: null,
      });
      if (outcome.kind === 'duplicate' || !('invitation' in outcome)) throw new Error(`not checked: ${outcome.kind}`);
      return outcome.invitation.id;
    };
    for (let i = 0; i < owed; i += 1) {
      const invitationId = await check(`Owed ${i} `, `owed${i}-`);
      await app.instance.services.invitations.recordDecision({ teamId: TEAM, invitationId, actorId: OWNER, decision: 'accepted', reason: null, note: null, responseUrl: null });
    }
    for (let i = 0; i < pending; i += 1) await check(`Waiting ${i} `, `wait${i}-`);
  }

  function reviewStatus(): string | undefined {
    return (app.db.prepare('SELECT status FROM weekly_reviews WHERE user_id = ?').get(OWNER) as { status: string } | undefined)?.status;
  }

  it('a long backlog’s review keeps within what Slack takes, and goes at the first try', async () => {
    await longBacklog(12, 12);
    standIn.reset();
    // Slack's refusal as seen at its lowest (slackapi/bolt-js#2867).
    standIn.refuseBlockTextOver(11_341);
    clock.set(MONDAY_930);
    const report = await sweepReviews(sweepDeps(), clock.now());
    expect(report).toMatchObject({ reviewsSent: 1, reviewsFailed: 0 });
    const [call] = reviewsTo(OWNER);
    expect(call?.fault).toBeUndefined();
    assertValidMessage(call?.args ?? {}, { maxBlockText: MESSAGE_TEXT_BUDGET });
    expect(JSON.stringify(call?.args)).toContain('…and 2 waiting. My Home tab shows more of them');
  });

  it.each(['msg_blocks_too_long', 'invalid_blocks'])('%s: its short form goes once instead, naming nobody, and the week is done', async (error) => {
    await pendingCheck(OWNER, 'Priya Raman');
    standIn.reset();
    clock.set(MONDAY_930);
    standIn.failNext('chat.postMessage', { error });
    const report = await sweepReviews(sweepDeps(), clock.now());
    expect(report).toMatchObject({ reviewsSent: 1, reviewsFailed: 0 });
    const [refused, short] = reviewsTo(OWNER);
    expect(refused?.fault).toEqual({ error });
    expect(JSON.stringify(refused?.args)).toContain('Priya Raman');
    expect(JSON.stringify(short?.args)).toContain("Slack wouldn't take this week's review in one message, so here is its short form.");
    expect(JSON.stringify(short?.args)).not.toContain('Priya Raman');
    // Tagged as this week's review, so a sweep that lost the answer finds it rather than send again.
    expect(short?.args.metadata).toEqual(refused?.args.metadata);
    expect(reviewStatus()).toBe('sent');
    expect(app.db.prepare('SELECT count(*) AS n FROM weekly_review_names').get()).toEqual({ n: 0 });
    expect(app.logLines.some((line) => line.includes('Slack refused the weekly review; sending its short form') && line.includes(error))).toBe(true);
    // The week is done: a later sweep sends nothing more.
    clock.advance(60 * MINUTE);
    await sweepReviews(sweepDeps(), clock.now());
    expect(reviewsTo(OWNER)).toHaveLength(2);
  });

  it('refused in its short form too: logged as an error, the week ends without a review, not retried every hour', async () => {
    await pendingCheck(OWNER, 'Priya Raman');
    standIn.reset();
    clock.set(MONDAY_930);
    standIn.failNext('chat.postMessage', { error: 'msg_blocks_too_long' }, 2);
    const report = await sweepReviews(sweepDeps(), clock.now());
    expect(report).toMatchObject({ reviewsSent: 0, reviewsFailed: 1 });
    expect(reviewsTo(OWNER)).toHaveLength(2);
    expect(reviewStatus()).toBe('empty');
    const logged = app.logLines.find((line) => line.includes('Slack refused the weekly review and its short form; this week has no review'));
    expect(logged).toContain('"level":"error"');
    clock.advance(60 * MINUTE);
    const later = await sweepReviews(sweepDeps(), clock.now());
    expect(later).toMatchObject({ reviewsSent: 0, reviewsFailed: 0 });
    expect(reviewsTo(OWNER)).toHaveLength(2);
    // Next week's review comes as usual.
    clock.set('2026-12-07T09:30:00Z');
    expect((await sweepReviews(sweepDeps(), clock.now())).reviewsSent).toBe(1);
  });
});

describe('the team digest across a change of the workspace’s working days', () => {
  /** Digests posted by a sweep at each instant, with the operator's days as given; a fresh check before each. */
  async function digestSweeps(days: string, ...instants: string[]): Promise<number[]> {
    const deps = sweepDeps({ digestChannel: DIGESTS, settings: { ...app.instance.reviewSweepDeps.settings, workingWindow: workingWindow('09:00-18:00', days) } });
    const sent: number[] = [];
    for (const [i, instant] of instants.entries()) {
      // A check the day before, so every digest has something to show.
      clock.set(new Date(Date.parse(instant) - 86_400_000).toISOString());
      await pendingCheck(OWNER, `Check ${days} ${i} ${instant}`);
      clock.set(instant);
      sent.push((await sweepReviews(deps, clock.now())).digestsSent);
    }
    return sent;
  }

  /** Each digest's week line, in order. */
  function digestWeeks(): string[] {
    return digests().map((call) => /the week of \d+ \w+ \d{4}/.exec(JSON.stringify(call.args.blocks))?.[0] ?? '');
  }

  it('mon-fri to sun-thu: the sun-thu week has its digest on its Sunday, and only one', async () => {
    expect(await digestSweeps('mon-fri', '2026-11-23T09:30:00Z')).toEqual([1]); // Monday 23 November
    // Sunday 29 November starts the first sun-thu week (the same ISO week as Monday 23rd).
    expect(await digestSweeps('sun-thu', '2026-11-29T09:30:00Z', '2026-11-30T09:30:00Z', '2026-12-06T09:30:00Z')).toEqual([1, 0, 1]);
    // Each starts where the one before ended: Monday 23rd's covered the week to that Monday morning.
    expect(digestWeeks()).toEqual(['the week of 16 November 2026', 'the week of 23 November 2026', 'the week of 29 November 2026']);
  });

  it('sun-thu to mon-fri: no second digest the next morning', async () => {
    expect(await digestSweeps('sun-thu', '2026-11-22T09:30:00Z')).toEqual([1]); // Sunday 22 November
    expect(await digestSweeps('mon-fri', '2026-11-23T09:30:00Z', '2026-11-24T09:30:00Z', '2026-11-30T09:30:00Z')).toEqual([0, 0, 1]);
    // The Monday 30th digest covers from Sunday 22nd's to it: eight days, none lost.
    expect(digestWeeks()).toEqual(['the week of 15 November 2026', 'the week of 22 November 2026']);
  });

  it('after three weeks without a sweep, the digest says it covers the fourteen days it shows, not a week', async () => {
    expect(await digestSweeps('mon-fri', '2026-11-23T09:30:00Z', '2026-12-14T09:30:00Z')).toEqual([1, 1]);
    const last = JSON.stringify(digests().at(-1)?.args.blocks);
    expect(last).toContain('the 14 days from 30 November 2026');
    expect(last).not.toContain('the week of');
  });

  it('a late digest, then a change that starts the next week sooner: that week’s digest waits four days, within the week', async () => {
    clock.set('2026-11-18T10:00:00Z');
    await pendingCheck(OWNER, 'Priya Raman');
    // The app was down on Monday 23 until Thursday morning: the week's digest goes then, late.
    expect(await digestSweeps('mon-fri', '2026-11-26T09:30:00Z')).toEqual([1]);
    // The workspace moves to fri-mon: Friday 27th starts a new week, four days after Monday 23rd.
    const mornings: string[] = [];
    for (let day = Date.parse('2026-11-27T09:30:00Z'); day <= Date.parse('2026-12-13T09:30:00Z'); day += 86_400_000) mornings.push(new Date(day).toISOString());
    const sent = await digestSweeps('fri-mon', ...mornings);
    // Not Friday 27th, the next morning: Monday 30th, the week's last working day, four days on.
    expect(mornings.filter((_, i) => sent[i] === 1)).toEqual(['2026-11-30T09:30:00.000Z', '2026-12-04T09:30:00.000Z', '2026-12-11T09:30:00.000Z']);
    // Each starts where the one before ended: no day lost or shown twice.
    expect(digestWeeks()).toEqual(['the week of 16 November 2026', 'the week of 23 November 2026', 'the week of 27 November 2026', 'the week of 4 December 2026']);
  });

  it('a digest recorded under the older key ("2026-W48") on the day this ships: no second one that week', async () => {
    app.db.prepare(`INSERT INTO team_digests (team_id, week, status, claimed_at, sent_at) VALUES (?, '2026-W48', 'sent', ?, ?)`).run(TEAM, Date.parse('2026-11-23T09:30:00Z'), Date.parse('2026-11-23T09:31:00Z'));
    expect(await digestSweeps('mon-fri', '2026-11-23T10:30:00Z', '2026-11-24T09:30:00Z', '2026-11-30T09:30:00Z')).toEqual([0, 0, 1]);
    expect(await digestSweeps('sun-thu', '2026-12-06T09:30:00Z')).toEqual([1]);
    expect(digestWeeks()).toEqual(['the week of 23 November 2026', 'the week of 30 November 2026']);
  });
});
