import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInvitationsRepo } from '../../src/db/invitations-repo.js';
import { createReviewsRepo, type ReviewClaim, type ReviewsRepo } from '../../src/db/reviews-repo.js';
import { storePendingCheck } from '../support/records.js';
import { tempDatabase } from '../support/temp-db.js';

const TEAM = 'T0TEAM0001';
const USER = 'U0OWNER001';
const WEEK = '2026-W49';
const T0 = new Date('2026-11-30T09:30:00.000Z');
const MINUTE = 60_000;
const LEASE = 30 * MINUTE;

function at(minutes: number): Date {
  return new Date(T0.getTime() + minutes * MINUTE);
}

let database: ReturnType<typeof tempDatabase>;
let reviews: ReviewsRepo;

beforeEach(() => {
  database = tempDatabase();
  reviews = createReviewsRepo(database.db);
});
afterEach(() => database.cleanup());

/** The claim's token, failing the test when the claim was not won. */
function tokenOf(claim: ReviewClaim): string {
  if (!claim.claimed) throw new Error('the claim was not won');
  return claim.token;
}

function reviewRow(): unknown {
  return database.db.prepare('SELECT status, claimed_at AS claimedAt, post_started_at AS stamp FROM weekly_reviews WHERE team_id = ? AND user_id = ? AND week = ?').get(TEAM, USER, WEEK);
}

describe('weekly review claims', () => {
  it('carry a token of their own; nobody else claims the review within the lease', () => {
    const first = reviews.claimReview(TEAM, USER, WEEK, T0, LEASE);
    expect(first).toEqual({ claimed: true, token: expect.any(String), postStartedAt: null, postNames: [] });
    expect(reviews.claimReview(TEAM, USER, WEEK, at(30), LEASE)).toEqual({ claimed: false });
    const second = reviews.claimReview(TEAM, USER, WEEK, at(31), LEASE);
    expect(tokenOf(second)).not.toBe(tokenOf(first));
  });

  it('a sweep that outlived its lease cannot stamp, finish, expire or release the claim another sweep took over', () => {
    const stale = tokenOf(reviews.claimReview(TEAM, USER, WEEK, T0, LEASE));
    const current = tokenOf(reviews.claimReview(TEAM, USER, WEEK, at(31), LEASE));
    expect(reviews.stampReviewPost(TEAM, USER, WEEK, stale, at(32), [], { shows: [] })).toBe('taken');
    reviews.finishReview(TEAM, USER, WEEK, stale, 'sent', at(32));
    reviews.expireReview(TEAM, USER, WEEK, stale);
    reviews.releaseReview(TEAM, USER, WEEK, stale);
    expect(reviewRow()).toEqual({ status: 'sending', claimedAt: at(31).getTime(), stamp: null });
    // The claim's holder still can.
    expect(reviews.stampReviewPost(TEAM, USER, WEEK, current, at(33), [], { shows: [] })).toBe('stamped');
    reviews.finishReview(TEAM, USER, WEEK, current, 'sent', at(34));
    expect(reviewRow()).toMatchObject({ status: 'sent', stamp: at(33).getTime() });
  });

  it('a post stamp renews the lease, so a review being posted never looks abandoned', () => {
    const token = tokenOf(reviews.claimReview(TEAM, USER, WEEK, T0, LEASE));
    expect(reviews.stampReviewPost(TEAM, USER, WEEK, token, at(25), [], { shows: [] })).toBe('stamped');
    expect(reviews.claimReview(TEAM, USER, WEEK, at(31), LEASE)).toEqual({ claimed: false });
    expect(reviews.claimReview(TEAM, USER, WEEK, at(56), LEASE)).toEqual({ claimed: true, token: expect.any(String), postStartedAt: at(25), postNames: [] });
  });

  it('an expired claim is handed on with its stamp, and the sweep that expired it holds it no more', () => {
    const token = tokenOf(reviews.claimReview(TEAM, USER, WEEK, T0, LEASE));
    reviews.stampReviewPost(TEAM, USER, WEEK, token, at(1), [], { shows: [] });
    reviews.expireReview(TEAM, USER, WEEK, token);
    expect(reviews.stampReviewPost(TEAM, USER, WEEK, token, at(2), [], { shows: [] })).toBe('taken');
    expect(reviews.claimReview(TEAM, USER, WEEK, at(2), LEASE)).toEqual({ claimed: true, token: expect.any(String), postStartedAt: at(1), postNames: [] });
  });

  it('a claim stamped without its names (before migration 016) hands them on as not known, however often stamped since', () => {
    const first = tokenOf(reviews.claimReview(TEAM, USER, WEEK, T0, LEASE));
    expect(reviews.stampReviewPost(TEAM, USER, WEEK, first, at(1), null, { shows: [] })).toBe('stamped');
    reviews.expireReview(TEAM, USER, WEEK, first);
    const second = reviews.claimReview(TEAM, USER, WEEK, at(2), LEASE);
    expect(second).toEqual({ claimed: true, token: expect.any(String), postStartedAt: at(1), postNames: null });
    // A later post under the claim, with its names known, cannot vouch for the earlier one's.
    expect(reviews.stampReviewPost(TEAM, USER, WEEK, tokenOf(second), at(3), [], { shows: [] })).toBe('stamped');
    reviews.expireReview(TEAM, USER, WEEK, tokenOf(second));
    expect(reviews.claimReview(TEAM, USER, WEEK, at(4), LEASE)).toMatchObject({ claimed: true, postNames: null });
  });
});

describe('whom a review names, recorded as its post begins (migration 016)', () => {
  let priya: number;
  let bo: number;
  let ana: number;
  beforeEach(() => {
    const invitations = createInvitationsRepo(database.db);
    const checked = (name: string) => storePendingCheck(invitations, { teamId: TEAM, ownerId: USER, name, createdAt: T0 });
    priya = checked('Priya Raman');
    bo = checked('Bo Lind');
    ana = checked('Ana Costa');
  });
  function names(): number[] {
    return (database.db.prepare('SELECT invitation_id AS id FROM weekly_review_names WHERE week = ? ORDER BY id').all(WEEK) as { id: number }[]).map((row) => row.id);
  }
  /** A post of [Priya, Bo] begun and its answer lost: the claim as the next sweep takes it over. */
  function lostPost(): ReviewClaim {
    const token = tokenOf(reviews.claimReview(TEAM, USER, WEEK, T0, LEASE));
    expect(reviews.stampReviewPost(TEAM, USER, WEEK, token, at(1), [priya, bo], { shows: [] })).toBe('stamped');
    reviews.expireReview(TEAM, USER, WEEK, token);
    return reviews.claimReview(TEAM, USER, WEEK, at(2), LEASE);
  }

  it('hands the names of a lost post on with the claim; a later stamp keeps them beside its own, a refused one’s go', () => {
    const claim = lostPost();
    expect(claim).toMatchObject({ claimed: true, postStartedAt: at(1), postNames: [priya, bo].sort((a, b) => a - b) });
    expect(reviews.stampReviewPost(TEAM, USER, WEEK, tokenOf(claim), at(3), [priya, bo, ana], { shows: [] })).toBe('stamped');
    expect(names()).toEqual([priya, bo, ana].sort((a, b) => a - b));
    // That post refused as too long: its short form, naming nobody, keeps only the lost post's names.
    expect(reviews.stampReviewPost(TEAM, USER, WEEK, tokenOf(claim), at(4), [priya, bo], { shows: [] })).toBe('stamped');
    expect(names()).toEqual([priya, bo].sort((a, b) => a - b));
  });

  it('a review found and redrawn names what it shows now; one whose redraw failed keeps what it was posted with too', () => {
    const redrawn = lostPost();
    reviews.reviewPosted(TEAM, USER, WEEK, tokenOf(redrawn), { channelId: 'D0OWNER001', ts: '1.000100', named: [ana] }, at(3));
    expect(names()).toEqual([ana]);
    database.db.prepare('DELETE FROM weekly_reviews').run();
    const notRedrawn = lostPost();
    reviews.reviewPosted(TEAM, USER, WEEK, tokenOf(notRedrawn), { channelId: 'D0OWNER001', ts: '1.000200', named: [ana], mayShowPostedNames: true }, at(3));
    expect(names()).toEqual([priya, bo, ana].sort((a, b) => a - b));
  });

  it('a lost review found on a week gone by names its post’s names; one closed as not found names nobody', () => {
    const found = lostPost();
    reviews.staleReviewFound(TEAM, USER, WEEK, tokenOf(found), { channelId: 'D0OWNER001', ts: '1.000100' }, at(1), at(200));
    expect(names()).toEqual([priya, bo].sort((a, b) => a - b));
    database.db.prepare('DELETE FROM weekly_reviews').run();
    const closed = lostPost();
    reviews.finishReview(TEAM, USER, WEEK, tokenOf(closed), 'empty', at(3));
    expect(names()).toEqual([]);
  });
});

describe('a review post stamped after a forgetting, or sent again after failed looks (migration 017)', () => {
  let priya: number;
  let bo: number;
  beforeEach(() => {
    const invitations = createInvitationsRepo(database.db);
    const checked = (name: string) => storePendingCheck(invitations, { teamId: TEAM, ownerId: USER, name, createdAt: T0 });
    priya = checked('Priya Raman');
    bo = checked('Bo Lind');
  });
  function lost(): unknown {
    return database.db.prepare('SELECT lost_post_started_at AS startedAt, lost_post_names AS names FROM weekly_reviews WHERE week = ?').get(WEEK);
  }

  it('is not stamped when a check it shows was forgotten since it was built', () => {
    const token = tokenOf(reviews.claimReview(TEAM, USER, WEEK, T0, LEASE));
    database.db.prepare('DELETE FROM invitations WHERE id = ?').run(priya);
    expect(reviews.stampReviewPost(TEAM, USER, WEEK, token, at(1), [priya, bo], { shows: [priya, bo] })).toBe('forgotten');
    expect(reviewRow()).toMatchObject({ stamp: null });
    expect(reviews.stampReviewPost(TEAM, USER, WEEK, token, at(1), [bo], { shows: [bo] })).toBe('stamped');
    expect(reviews.stampReviewPost(TEAM, USER, WEEK, 'another-token', at(2), [bo], { shows: [bo] })).toBe('taken');
  });

  it('recorded after a forgetting marked it, is queued to redraw only when what it shows names someone gone', () => {
    const mark = () => database.db.prepare('UPDATE weekly_reviews SET names_forgotten = 1').run();
    const queued = () => database.db.prepare('SELECT message_ts AS ts, who FROM forgotten_messages ORDER BY id').all();
    const stamped = (shows = [priya, bo]) => {
      const token = tokenOf(reviews.claimReview(TEAM, USER, WEEK, T0, LEASE));
      expect(reviews.stampReviewPost(TEAM, USER, WEEK, token, at(1), shows, { shows })).toBe('stamped');
      mark();
      return token;
    };
    // Drawn showing nobody forgotten (a short form, or one drawn afresh): nothing to do.
    expect(reviews.reviewPosted(TEAM, USER, WEEK, stamped(), { channelId: 'D0OWNER001', ts: '1.000100', named: [] }, at(2))).toBeNull();
    expect(queued()).toEqual([]);
    database.db.prepare('DELETE FROM weekly_reviews').run();
    // Drawn showing Priya, forgotten while it was on its way.
    const token = stamped();
    database.db.prepare('DELETE FROM invitations WHERE id = ?').run(priya);
    expect(reviews.reviewPosted(TEAM, USER, WEEK, token, { channelId: 'D0OWNER001', ts: '1.000200', named: [priya, bo] }, at(2))).toBe('person');
    // Found, its redraw failed: it may show what its post recorded, of which only the mark tells.
    database.db.prepare('DELETE FROM weekly_reviews').run();
    expect(reviews.reviewPosted(TEAM, USER, WEEK, stamped([bo]), { channelId: 'D0OWNER001', ts: '1.000300', named: [bo], mayShowPostedNames: true }, at(2))).toBe('person');
    expect(queued()).toEqual([
      { ts: '1.000200', who: 'person' },
      { ts: '1.000300', who: 'person' },
    ]);
    expect(database.db.prepare('SELECT names_forgotten AS marked FROM weekly_reviews').get()).toEqual({ marked: 0 });
  });

  it('recorded after forget-me deleted its claim, is queued to clear, even when a check was made since the sweep began', () => {
    const token = tokenOf(reviews.claimReview(TEAM, USER, WEEK, T0, LEASE));
    expect(reviews.stampReviewPost(TEAM, USER, WEEK, token, at(1), [priya, bo], { shows: [priya, bo] })).toBe('stamped');
    database.db.prepare('DELETE FROM weekly_reviews').run();
    database.db.prepare('DELETE FROM invitations').run();
    storePendingCheck(createInvitationsRepo(database.db), { teamId: TEAM, ownerId: USER, name: 'Marco Bellini', createdAt: at(2) });
    expect(reviews.reviewPosted(TEAM, USER, WEEK, token, { channelId: 'D0OWNER001', ts: '1.000100', named: [priya, bo] }, at(1))).toBe('you');
    // A claim another sweep let go of, its owner still there: nothing to clear.
    expect(reviews.reviewPosted(TEAM, USER, WEEK, token, { channelId: 'D0OWNER001', ts: '1.000200', named: [] }, at(3))).toBeNull();
  });

  it('redrawn after a forgetting, is queued again to be cleared when someone it was drawn showing is forgotten before Slack has it', () => {
    const dm = { channelId: 'D0OWNER001', ts: '1.000100' };
    const token = tokenOf(reviews.claimReview(TEAM, USER, WEEK, T0, LEASE));
    expect(reviews.stampReviewPost(TEAM, USER, WEEK, token, at(1), [priya, bo], { shows: [priya, bo] })).toBe('stamped');
    expect(reviews.reviewPosted(TEAM, USER, WEEK, token, { ...dm, named: [priya, bo] }, at(2))).toBeNull();
    const shown = reviews.reviewNames(TEAM, USER, WEEK);
    expect(shown).toEqual([priya, bo].sort((a, b) => a - b));
    expect(reviews.redrawnReviewForgotten(TEAM, USER, WEEK, dm, shown, at(3))).toBe(false);
    expect(database.db.prepare('SELECT count(*) AS n FROM forgotten_messages').get()).toEqual({ n: 0 });
    // Bo forgotten while the redraw was on its way (that forgetting's own change already let go of).
    database.db.prepare('DELETE FROM invitations WHERE id = ?').run(bo);
    expect(reviews.redrawnReviewForgotten(TEAM, USER, WEEK, dm, shown, at(3))).toBe(true);
    expect(database.db.prepare('SELECT message_ts AS ts, kind, who, week FROM forgotten_messages').all()).toEqual([{ ts: dm.ts, kind: 'review', who: 'person', week: WEEK }]);
  });

  it('sent again without its earlier post seen, keeps that post as lost with whom it names; a click in it adds the names it shows', () => {
    const first = tokenOf(reviews.claimReview(TEAM, USER, WEEK, T0, LEASE));
    expect(reviews.stampReviewPost(TEAM, USER, WEEK, first, at(1), [priya], { shows: [priya] })).toBe('stamped');
    reviews.expireReview(TEAM, USER, WEEK, first);
    const again = reviews.claimReview(TEAM, USER, WEEK, at(200), LEASE);
    expect(again).toMatchObject({ postNames: [priya] });
    expect(reviews.stampReviewPost(TEAM, USER, WEEK, tokenOf(again), at(201), [priya, bo], { shows: [bo], sentAgainAfter: [priya] })).toBe('stamped');
    expect(reviews.reviewPosted(TEAM, USER, WEEK, tokenOf(again), { channelId: 'D0OWNER001', ts: '2.000100', named: [bo] }, at(201))).toBeNull();
    expect(lost()).toEqual({ startedAt: at(1).getTime(), names: JSON.stringify([priya]) });
    // The recorded review names Bo alone; the lost post Priya, and Bo once a click redrew it so.
    expect(database.db.prepare('SELECT invitation_id AS id FROM weekly_review_names').all()).toEqual([{ id: bo }]);
    reviews.noteReviewNames(TEAM, USER, { channelId: 'D0OWNER001', ts: '1.000100' }, [priya, bo]);
    expect(JSON.parse(String((lost() as { names: string }).names))).toEqual([priya, bo]);
  });
});

describe('the newest review, and a claim made from it', () => {
  it('is the newest by key, older keys (one per ISO week) before the days of their week', () => {
    expect(reviews.lastReview(TEAM, USER)).toBeNull();
    reviews.finishReview(TEAM, USER, '2026-W48', tokenOf(reviews.claimReview(TEAM, USER, '2026-W48', T0, LEASE)), 'sent', at(1));
    expect(reviews.lastReview(TEAM, USER)).toEqual({ week: '2026-W48', at: at(1), sending: false });
    reviews.claimReview(TEAM, USER, '2026-W48-7', at(2), LEASE);
    // A claim still held: when it was claimed.
    expect(reviews.lastReview(TEAM, USER)).toEqual({ week: '2026-W48-7', at: at(2), sending: true });
    expect(reviews.lastReview(TEAM, 'U0SOMEONE1')).toBeNull();
  });

  it('a claim left expired: when its post began', () => {
    const token = tokenOf(reviews.claimReview(TEAM, USER, '2026-W49-1', T0, LEASE));
    reviews.stampReviewPost(TEAM, USER, '2026-W49-1', token, at(3), [], { shows: [] });
    reviews.expireReview(TEAM, USER, '2026-W49-1', token);
    expect(reviews.lastReview(TEAM, USER)).toEqual({ week: '2026-W49-1', at: at(3), sending: true });
  });

  it('is not claimed when a review for another week was claimed since the sweep read the newest', () => {
    // Two sweeps read "2026-W48-1" as the newest; one, with Sam's days read before he changed them,
    // claims Monday's week; the other, with his new days, must not claim Sunday's as well.
    reviews.finishReview(TEAM, USER, '2026-W48-1', tokenOf(reviews.claimReview(TEAM, USER, '2026-W48-1', T0, LEASE)), 'sent', at(1));
    expect(reviews.claimReview(TEAM, USER, '2026-W49-1', at(2), LEASE, '2026-W48-1')).toMatchObject({ claimed: true });
    expect(reviews.claimReview(TEAM, USER, '2026-W48-7', at(2), LEASE, '2026-W48-1')).toEqual({ claimed: false });
    // The week's own claim is still taken over as before once its lease has run out.
    expect(reviews.claimReview(TEAM, USER, '2026-W49-1', at(33), LEASE, '2026-W48-1')).toMatchObject({ claimed: true });
    // Someone with no review before: any other week's claim stops it.
    expect(reviews.claimReview(TEAM, 'U0SOMEONE1', '2026-W49-1', at(2), LEASE, null)).toMatchObject({ claimed: true });
    expect(reviews.claimReview(TEAM, 'U0SOMEONE1', '2026-W48-7', at(2), LEASE, null)).toEqual({ claimed: false });
    expect(database.db.prepare('SELECT week FROM weekly_reviews ORDER BY user_id, week').all()).toEqual([
      { week: '2026-W48-1' },
      { week: '2026-W49-1' },
      { week: '2026-W49-1' },
    ]);
  });
});

describe('team digest claims', () => {
  function digestRow(): unknown {
    return database.db.prepare('SELECT status, claimed_at AS claimedAt FROM team_digests WHERE team_id = ? AND week = ?').get(TEAM, WEEK);
  }

  it('a sweep that outlived its lease cannot post, finish or release the digest another sweep took over', () => {
    const stale = reviews.claimDigest(TEAM, WEEK, T0, LEASE);
    expect(stale).toEqual(expect.any(String));
    expect(reviews.claimDigest(TEAM, WEEK, at(30), LEASE)).toBeNull();
    const current = reviews.claimDigest(TEAM, WEEK, at(31), LEASE);
    if (stale === null || current === null) throw new Error('the digest claims were not won');
    expect(reviews.markDigestPostStarted(TEAM, WEEK, stale, at(32))).toBe(false);
    reviews.finishDigest(TEAM, WEEK, stale, 'sent', at(32));
    reviews.releaseDigest(TEAM, WEEK, stale);
    expect(digestRow()).toEqual({ status: 'sending', claimedAt: at(31).getTime() });
    expect(reviews.markDigestPostStarted(TEAM, WEEK, current, at(50))).toBe(true);
    // Renewed at 50: at 62 the claim made at 31 would have run out, but it is still held.
    expect(reviews.claimDigest(TEAM, WEEK, at(62), LEASE)).toBeNull();
    reviews.finishDigest(TEAM, WEEK, current, 'sent', at(51));
    expect(digestRow()).toMatchObject({ status: 'sent' });
  });
});
