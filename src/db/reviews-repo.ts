import { randomUUID } from 'node:crypto';
import type { LastReview } from '../domain/review.js';
import type { Db } from './open.js';

export type ReviewsRepo = ReturnType<typeof createReviewsRepo>;

type ClaimTable = 'weekly_reviews' | 'team_digests';

/**
 * A claim won, with the token every later update of it must name; `postStartedAt` is set when an
 * earlier claimer began posting and never recorded the outcome.
 */
type Claim = { claimed: false } | { claimed: true; token: string; postStartedAt: Date | null };

/**
 * A review claim (see Claim); `postNames`: the invitations the posts begun under it may show, as
 * recorded when each began (migration 016): [] when none began, null when one began before names
 * were recorded so (whom it showed is not known).
 */
export type ReviewClaim = { claimed: false } | { claimed: true; token: string; postStartedAt: Date | null; postNames: readonly number[] | null };

/**
 * What recording or finding a review DM left to do because a check it may name was forgotten while
 * its post was in flight (see names_forgotten, migration 017): 'person', redraw it as the review
 * stands (queued to be cleared, should that fail); 'you', clear it (its owner was forgotten with
 * forget-me); null, nothing.
 */
export type ForgottenWhilePosting = 'person' | 'you' | null;

/**
 * What stamping a review's post found: 'stamped', the post may go; 'taken', another sweep holds the
 * claim now; 'forgotten', a check the review shows was forgotten since it was built, so it must not
 * be posted as it is.
 */
export type ReviewStamp = 'stamped' | 'taken' | 'forgotten';

/** A review DM as posted: where it is, and the invitations it names. */
export interface PostedReview {
  channelId: string;
  ts: string;
  named: readonly number[];
  /**
   * True for a review found in the DM that may still show what it showed when posted (its redraw
   * failed): the names recorded as its post began are kept beside `named`. Otherwise it names
   * `named` alone.
   */
  mayShowPostedNames?: boolean;
}

/** A team digest as posted: where it is, the days it covers [from, to), and the invitations it names. */
export interface PostedDigest {
  channelId: string;
  ts: string;
  from: Date;
  to: Date;
  named: readonly number[];
}

/**
 * A review post about to be stamped: `shows`, the checks it names; `sentAgainAfter`, only when it is
 * sent again though the claim's earlier posts were never seen in the DM (Slack failed the looks):
 * whom those may name, or null when that is not known.
 */
export interface ReviewPost {
  shows: readonly number[];
  sentAgainAfter?: readonly number[] | null;
}

/**
 * Once-a-week messages (a person's review, a workspace's digest), each claimed before it is sent:
 * the primary key (who, week) lets only one sweep claim it; a claim left by a crash expires
 * after the lease; a failed send is forgotten so a later sweep tries again. Each claim carries its
 * sweep's token (migration 006), so a sweep that outlived its lease cannot finish, release, expire
 * or post a claim another sweep has taken over.
 */
export function createReviewsRepo(db: Db) {
  const owners = db.prepare('SELECT DISTINCT team_id AS teamId, owner_id AS userId FROM invitations');
  const teams = db.prepare('SELECT DISTINCT team_id AS teamId FROM invitations');
  const checkedBefore = db.prepare('SELECT EXISTS (SELECT 1 FROM invitations WHERE team_id = ? AND owner_id = ? AND created_at < ?) AS found');
  // The newest by key (keys sort in date order: see reviewWeekKey), down the primary key. A claim
  // left expired has claimed_at 0: then when its post began, if it did.
  const lastReview = db.prepare(`
    SELECT week, coalesce(sent_at, post_started_at, nullif(claimed_at, 0)) AS at, status = 'sending' AS sending FROM weekly_reviews
    WHERE team_id = ? AND user_id = ? ORDER BY week DESC LIMIT 1`);

  /** `receipts`: the table stamps when a post began (migration 004), so a lost answer can be checked. */
  function claims(table: ClaimTable, keyColumns: string, receipts: boolean) {
    const keys = keyColumns.split(',').map((column) => column.trim());
    const where = keys.map((column) => `${column} = @${column}`).join(' AND ');
    const held = `${where} AND status = 'sending' AND claim_token = @token`;
    const insert = db.prepare(
      `INSERT INTO ${table} (${keyColumns}, status, claimed_at, claim_token)
       VALUES (${keys.map((k) => `@${k}`).join(', ')}, 'sending', @now, @token)
       ON CONFLICT DO NOTHING`,
    );
    const reclaim = db.prepare(
      `UPDATE ${table} SET claimed_at = @now, claim_token = @token
       WHERE ${where} AND status = 'sending' AND claimed_at < @expiredBefore
       RETURNING ${receipts ? 'post_started_at' : 'NULL'} AS postStartedAt`,
    );
    const finish = db.prepare(`UPDATE ${table} SET status = @status, sent_at = @now, claim_token = NULL WHERE ${held}`);
    const release = db.prepare(`DELETE FROM ${table} WHERE ${held}`);
    // Where a post may have reached Slack unseen, the claim is not deleted but left expired, so the
    // next sweep takes it over, with its post stamp, through `reclaim`.
    const expire = receipts ? db.prepare(`UPDATE ${table} SET claimed_at = 0, claim_token = NULL WHERE ${held}`) : null;
    // Renews the lease from the moment of posting: a claim held this long must not look abandoned
    // to another sweep while its post is on the way. (A review's post also stamps when it began,
    // with whom it shows, in one write of its own: see stampReview.)
    const markPostStarted = db.prepare(`UPDATE ${table} SET claimed_at = @now WHERE ${held}`);
    const claimTransaction = db.transaction((key: Record<string, string>, now: number, leaseMs: number): Claim => {
      const token = randomUUID();
      if (insert.run({ ...key, now, token }).changes > 0) return { claimed: true, token, postStartedAt: null };
      const taken = reclaim.get({ ...key, now, token, expiredBefore: now - leaseMs }) as { postStartedAt: number | null } | undefined;
      if (taken === undefined) return { claimed: false };
      return { claimed: true, token, postStartedAt: taken.postStartedAt === null ? null : new Date(taken.postStartedAt) };
    });
    return {
      claim: (key: Record<string, string>, now: Date, leaseMs: number) => claimTransaction.immediate(key, now.getTime(), leaseMs),
      /** True when the claim was still this token's, and is now finished. */
      finish: (key: Record<string, string>, token: string, status: 'sent' | 'empty', now: Date) =>
        finish.run({ ...key, token, status, now: now.getTime() }).changes > 0,
      release: (key: Record<string, string>, token: string) => void release.run({ ...key, token }),
      expire: (key: Record<string, string>, token: string) => void expire?.run({ ...key, token }),
      /** True when the claim is still this token's, and now stamped: only then may the post go. */
      markPostStarted: (key: Record<string, string>, token: string, now: Date) =>
        markPostStarted.run({ ...key, token, now: now.getTime() }).changes > 0,
    };
  }

  const reviews = claims('weekly_reviews', 'team_id, user_id, week', true);
  // A review for another week claimed since the sweep read the last one (by a sweep that read the
  // person's days before they changed them): this one is not claimed, and the next sweep looks again.
  const claimedSince = db.prepare(`
    SELECT EXISTS (SELECT 1 FROM weekly_reviews WHERE team_id = @team_id AND user_id = @user_id AND week > @seen AND week <> @week) AS found`);
  // Whom the posts begun under a review claim may show (see ReviewClaim): known only when each
  // post recorded its names as it began (names_at_post, migration 016).
  const namesAtPost = db.prepare(`
    SELECT r.names_at_post AS known, (SELECT json_group_array(n.invitation_id) FROM weekly_review_names n
      WHERE n.team_id = r.team_id AND n.user_id = r.user_id AND n.week = r.week) AS ids
    FROM weekly_reviews r WHERE r.team_id = @team_id AND r.user_id = @user_id AND r.week = @week`);
  const withPostNames = (key: { team_id: string; user_id: string; week: string }, claim: Claim): ReviewClaim => {
    if (!claim.claimed) return claim;
    if (claim.postStartedAt === null) return { ...claim, postNames: [] };
    const row = namesAtPost.get(key) as { known: number; ids: string } | undefined;
    const postNames = row === undefined || row.known !== 1 ? null : (JSON.parse(row.ids) as number[]).sort((a, b) => a - b);
    return { ...claim, postNames };
  };
  const claimReview = db.transaction((key: { team_id: string; user_id: string; week: string }, seen: string | null | undefined, now: Date, leaseMs: number): ReviewClaim => {
    if (seen !== undefined && (claimedSince.get({ ...key, seen: seen ?? '' }) as { found: number }).found === 1) return { claimed: false };
    return withPostNames(key, reviews.claim(key, now, leaseMs));
  });
  // When a review was sent: the newest one sent for a week before `week`, and one at a DM with the
  // one sent before it, for the days their "decided" part covers (see decidedPeriod).
  const sentBefore = db.prepare(`
    SELECT max(sent_at) AS at FROM weekly_reviews WHERE team_id = ? AND user_id = ? AND status = 'sent' AND week < ?`);
  const dmSent = db.prepare(`
    SELECT r.sent_at AS sentAt, (SELECT max(p.sent_at) FROM weekly_reviews p
      WHERE p.team_id = r.team_id AND p.user_id = r.user_id AND p.status = 'sent' AND p.week < r.week) AS previousSentAt
    FROM weekly_reviews r WHERE r.team_id = ? AND r.user_id = ? AND r.channel_id = ? AND r.message_ts = ? AND r.sent_at IS NOT NULL`);
  const placeReview = db.prepare(`
    UPDATE weekly_reviews SET channel_id = @channelId, message_ts = @ts
    WHERE team_id = @teamId AND user_id = @userId AND week = @week`);
  // The names a review DM shows (JSON array of invitation ids), for the review at that DM; ids
  // forgotten meanwhile are skipped (the foreign key would refuse them).
  const addNames = db.prepare(`
    INSERT OR IGNORE INTO weekly_review_names (team_id, user_id, week, invitation_id)
    SELECT r.team_id, r.user_id, r.week, named.value FROM weekly_reviews r, json_each(@ids) AS named
    WHERE r.team_id = @teamId AND r.user_id = @userId AND r.channel_id = @channelId AND r.message_ts = @ts
      AND EXISTS (SELECT 1 FROM invitations i WHERE i.id = named.value AND i.team_id = r.team_id)`);
  // A review DM clicked in that no stored review is at may be one a dead sweep posted (its claim
  // still 'sending', its post begun): redrawn, it shows names its post did not record, so they are
  // added to each such claim whose names are known (which one the DM is, is not known).
  const storedReviewAt = db.prepare('SELECT EXISTS (SELECT 1 FROM weekly_reviews WHERE team_id = ? AND user_id = ? AND channel_id = ? AND message_ts = ?) AS found');
  const addNamesToUnsure = db.prepare(`
    INSERT OR IGNORE INTO weekly_review_names (team_id, user_id, week, invitation_id)
    SELECT r.team_id, r.user_id, r.week, named.value FROM weekly_reviews r, json_each(@ids) AS named
    WHERE r.team_id = @teamId AND r.user_id = @userId AND r.status = 'sending' AND r.post_started_at IS NOT NULL
      AND r.message_ts IS NULL AND r.names_at_post = 1
      AND EXISTS (SELECT 1 FROM invitations i WHERE i.id = named.value AND i.team_id = r.team_id)`);
  // Or one posted before the review was sent again (migration 017): the same, for its lost post.
  const addNamesToLost = db.prepare(`
    UPDATE weekly_reviews SET lost_post_names = (SELECT json_group_array(value) FROM (
      SELECT value FROM json_each(lost_post_names)
      UNION SELECT named.value FROM json_each(@ids) AS named WHERE EXISTS (SELECT 1 FROM invitations i WHERE i.id = named.value AND i.team_id = @teamId)))
    WHERE team_id = @teamId AND user_id = @userId AND lost_post_started_at IS NOT NULL AND lost_post_names IS NOT NULL`);
  const noteNames = db.transaction((teamId: string, userId: string, dm: { channelId: string; ts: string }, ids: string) => {
    if ((storedReviewAt.get(teamId, userId, dm.channelId, dm.ts) as { found: number }).found === 1) {
      addNames.run({ teamId, userId, channelId: dm.channelId, ts: dm.ts, ids });
      return;
    }
    addNamesToUnsure.run({ teamId, userId, ids });
    addNamesToLost.run({ teamId, userId, ids });
  });
  // The names recorded for a review, cut to `ids` (JSON array); and `ids` added to them.
  const keepNamesOnly = db.prepare(`
    DELETE FROM weekly_review_names WHERE team_id = @teamId AND user_id = @userId AND week = @week
      AND invitation_id NOT IN (SELECT value FROM json_each(@ids))`);
  const addNamesOfReview = db.prepare(`
    INSERT OR IGNORE INTO weekly_review_names (team_id, user_id, week, invitation_id)
    SELECT @teamId, @userId, @week, named.value FROM json_each(@ids) AS named
    WHERE EXISTS (SELECT 1 FROM invitations i WHERE i.id = named.value AND i.team_id = @teamId)`);
  // A review's post stamp: the lease renewed as claims' markPostStarted does, the earliest post
  // stamp kept, and whom the post may show: names_at_post stays 1 only while every post begun
  // under the claim recorded its names (`known`). A post sent again without the earlier ones seen
  // in the DM (`sentAgain`: the looks failed) keeps them known as lost, with whom they may name
  // (migration 017; every SET reads the row as it was).
  const stampReview = db.prepare(`
    UPDATE weekly_reviews SET names_at_post = (@known = 1 AND (post_started_at IS NULL OR names_at_post = 1)),
      post_started_at = coalesce(post_started_at, @now), claimed_at = @now,
      lost_post_started_at = CASE WHEN @sentAgain = 1 THEN coalesce(lost_post_started_at, post_started_at) ELSE lost_post_started_at END,
      lost_post_names = CASE WHEN @sentAgain = 1 THEN @lostNames ELSE lost_post_names END
    WHERE team_id = @teamId AND user_id = @userId AND week = @week AND status = 'sending' AND claim_token = @token`);
  // A check the post would show that is gone: forgotten since the review was built.
  const shownForgotten = db.prepare(`
    SELECT EXISTS (SELECT 1 FROM json_each(@shows) AS shown
      WHERE NOT EXISTS (SELECT 1 FROM invitations i WHERE i.id = shown.value AND i.team_id = @teamId)) AS found`);
  const stampReviewPost = db.transaction(
    (key: { teamId: string; userId: string; week: string }, token: string, now: Date, names: readonly number[] | null, post: ReviewPost): ReviewStamp => {
      if ((shownForgotten.get({ teamId: key.teamId, shows: JSON.stringify(post.shows) }) as { found: number }).found === 1) return 'forgotten';
      const lost = post.sentAgainAfter === undefined ? { sentAgain: 0, lostNames: null } : { sentAgain: 1, lostNames: post.sentAgainAfter === null ? null : JSON.stringify(post.sentAgainAfter) };
      if (stampReview.run({ ...key, token, now: now.getTime(), known: names === null ? 0 : 1, ...lost }).changes === 0) return 'taken';
      if (names !== null) {
        const ids = JSON.stringify(names);
        keepNamesOnly.run({ ...key, ids });
        addNamesOfReview.run({ ...key, ids });
      }
      return 'stamped';
    },
  );
  // A DM to clear or redraw after a forgetting, queued for the card catch-up job (migration 013)
  // as the forgetting itself queues them (see privacy-repo's queueMessage), in the caller's write.
  const queueForgotten = db.prepare(`
    INSERT INTO forgotten_messages (team_id, channel_id, message_ts, kind, who, user_id, week, queued_at)
    VALUES (@teamId, @channelId, @ts, 'review', @who, @userId, @week, @now)
    ON CONFLICT (team_id, channel_id, message_ts) DO UPDATE SET kind = excluded.kind, who = excluded.who, user_id = excluded.user_id, week = excluded.week`);
  const namesForgotten = db.prepare('SELECT names_forgotten AS forgotten FROM weekly_reviews WHERE team_id = @teamId AND user_id = @userId AND week = @week');
  const unmarkForgotten = db.prepare('UPDATE weekly_reviews SET names_forgotten = 0 WHERE team_id = @teamId AND user_id = @userId AND week = @week');
  // forget-me deleted every check the owner had made before the sweep began (its `now`): one made
  // since may be a fresh start after it, and says nothing.
  const ownerForgotten = db.prepare('SELECT NOT EXISTS (SELECT 1 FROM invitations WHERE team_id = ? AND owner_id = ? AND created_at < ?) AS gone');
  // A check the DM may name was forgotten while its post was in flight, or its owner was
  // (forget-me deleted the claim, and every check with it): queued, so that it is redrawn or
  // cleared even if the process dies before the sweep does it. `shows`: the checks the DM shows,
  // when known (drawn by this sweep), so that one showing nobody forgotten (a short form, one
  // drawn afresh) is left as it is; null when it may still show what its posts recorded, of whom
  // a forgetting since can only have left its mark (names_forgotten).
  const forgottenMeanwhile = (
    key: { teamId: string; userId: string; week: string },
    dm: { channelId: string; ts: string },
    now: Date,
    shows: readonly number[] | null,
  ): ForgottenWhilePosting => {
    const row = namesForgotten.get(key) as { forgotten: number } | undefined;
    if (row === undefined) {
      if ((ownerForgotten.get(key.teamId, key.userId, now.getTime()) as { gone: number }).gone !== 1) return null;
      queueForgotten.run({ teamId: key.teamId, ...dm, who: 'you', userId: null, week: null, now: now.getTime() });
      return 'you';
    }
    if (row.forgotten === 1) unmarkForgotten.run(key);
    const namesSomeoneGone = shows === null ? row.forgotten === 1 : (shownForgotten.get({ teamId: key.teamId, shows: JSON.stringify(shows) }) as { found: number }).found === 1;
    if (!namesSomeoneGone) return null;
    queueForgotten.run({ ...key, ...dm, who: 'person', now: now.getTime() });
    return 'person';
  };
  // A review DM redrawn after a forgetting (see ForgottenWhilePosting), drawn showing `shown`: one
  // of them forgotten while the redraw was on its way (that forgetting's own redraw may have
  // landed first), it is queued again for the card catch-up job to clear.
  const requeueIfForgotten = db.transaction((key: { teamId: string; userId: string; week: string }, dm: { channelId: string; ts: string }, shown: readonly number[], now: Date): boolean => {
    if ((shownForgotten.get({ teamId: key.teamId, shows: JSON.stringify(shown) }) as { found: number }).found !== 1) return false;
    queueForgotten.run({ ...key, ...dm, who: 'person', now: now.getTime() });
    return true;
  });
  const namesOfReview = db.prepare('SELECT invitation_id AS id FROM weekly_review_names WHERE team_id = ? AND user_id = ? AND week = ? ORDER BY invitation_id');
  const recordPosted = db.transaction((key: { teamId: string; userId: string; week: string }, token: string, posted: PostedReview, now: Date): ForgottenWhilePosting => {
    const shows = posted.mayShowPostedNames === true ? null : posted.named;
    const forgotten = forgottenMeanwhile(key, { channelId: posted.channelId, ts: posted.ts }, now, shows);
    if (forgotten === 'you') return forgotten;
    const finished = reviews.finish({ team_id: key.teamId, user_id: key.userId, week: key.week }, token, 'sent', now);
    placeReview.run({ ...key, channelId: posted.channelId, ts: posted.ts });
    // What the DM shows now, not what an earlier post under the claim, never found, may have shown.
    if (finished && posted.mayShowPostedNames !== true) keepNamesOnly.run({ ...key, ids: JSON.stringify(posted.named) });
    addNames.run({ teamId: key.teamId, userId: key.userId, channelId: posted.channelId, ts: posted.ts, ids: JSON.stringify(posted.named) });
    return forgotten;
  });
  // A review with no DM names nobody: a post stamped with names that never reached Slack lets go of them.
  const finishWithout = db.transaction((key: { teamId: string; userId: string; week: string }, token: string, status: 'sent' | 'empty', now: Date) => {
    if (reviews.finish({ team_id: key.teamId, user_id: key.userId, week: key.week }, token, status, now) && status === 'empty') keepNamesOnly.run({ ...key, ids: '[]' });
  });
  // A review a dead sweep posted on a week gone by, found in the DM: sent when its post began. It
  // names whom its post recorded as it began (migration 016). For a claim stamped before that,
  // whom it named is not known, so it is taken to name every check the person had made by then: a
  // later forgetting of any of them clears it rather than leave a name in it.
  const settleFound = db.prepare(`
    UPDATE weekly_reviews SET status = 'sent', sent_at = @sentAt, claim_token = NULL, channel_id = @channelId, message_ts = @ts
    WHERE team_id = @teamId AND user_id = @userId AND week = @week AND status = 'sending' AND claim_token = @token
    RETURNING names_at_post AS known`);
  const nameChecksBefore = db.prepare(`
    INSERT OR IGNORE INTO weekly_review_names (team_id, user_id, week, invitation_id)
    SELECT team_id, owner_id, @week, id FROM invitations WHERE team_id = @teamId AND owner_id = @userId AND created_at <= @sentAt`);
  const recordFound = db.transaction((key: { teamId: string; userId: string; week: string }, token: string, dm: { channelId: string; ts: string }, sentAt: Date, now: Date): boolean => {
    const settled = settleFound.get({ ...key, token, ...dm, sentAt: sentAt.getTime() }) as { known: number } | undefined;
    if (settled === undefined) return false;
    if (settled.known !== 1) nameChecksBefore.run({ ...key, sentAt: sentAt.getTime() });
    // Someone it may name was forgotten before it was found (their forgetting could not see it):
    // cleared by the card catch-up job, as any older review that named someone forgotten.
    return forgottenMeanwhile(key, dm, now, null) !== null;
  });
  // The digest goes to a channel, whose history the app has no scope to read: it stays at least once.
  const digests = claims('team_digests', 'team_id, week', false);
  // As lastReview, for the workspace's digest (no post stamp).
  const lastDigest = db.prepare(`
    SELECT week, coalesce(sent_at, nullif(claimed_at, 0)) AS at, status = 'sending' AS sending FROM team_digests
    WHERE team_id = ? ORDER BY week DESC LIMIT 1`);
  // Before a given week: the newest digest settled (sent, or with nothing to say), and the oldest
  // claim after it that a crash left 'sending' (never known to be posted).
  const digestSettledBefore = db.prepare(`
    SELECT week, coalesce(sent_at, nullif(claimed_at, 0)) AS at, 0 AS sending FROM team_digests
    WHERE team_id = @teamId AND week < @week AND status <> 'sending' ORDER BY week DESC LIMIT 1`);
  const digestUnsureAfter = db.prepare(`
    SELECT week, nullif(claimed_at, 0) AS at, 1 AS sending FROM team_digests
    WHERE team_id = @teamId AND week < @week AND week > @after AND status = 'sending' ORDER BY week LIMIT 1`);
  const digestClaimedSince = db.prepare(`
    SELECT EXISTS (SELECT 1 FROM team_digests WHERE team_id = @team_id AND week > @seen AND week <> @week) AS found`);
  const claimDigest = db.transaction((key: { team_id: string; week: string }, seen: string | null, now: Date, leaseMs: number): Claim => {
    if ((digestClaimedSince.get({ ...key, seen: seen ?? '' }) as { found: number }).found === 1) return { claimed: false };
    return digests.claim(key, now, leaseMs);
  });
  // Every invitation accepted in a digest's days (a superset of the lines it shows): whom it names.
  const acceptedIn = db.prepare(`
    SELECT id FROM invitations WHERE team_id = @teamId AND status = 'accepted' AND decided_at >= @from AND decided_at < @to ORDER BY id`);
  // Where the digest is and what it covered (migration 020), whatever became of its claim: the post is out there.
  const placeDigest = db.prepare(`
    UPDATE team_digests SET channel_id = @channelId, message_ts = @ts, covers_from = @from, covers_to = @to WHERE team_id = @teamId AND week = @week`);
  // Ids forgotten meanwhile are skipped (the foreign key would refuse them).
  const addDigestNames = db.prepare(`
    INSERT OR IGNORE INTO team_digest_names (team_id, week, invitation_id)
    SELECT @teamId, @week, i.id FROM invitations i WHERE i.id IN (SELECT value FROM json_each(@ids)) AND i.team_id = @teamId`);
  const goneOf = db.prepare(`
    SELECT EXISTS (SELECT 1 FROM json_each(@ids) j WHERE NOT EXISTS (SELECT 1 FROM invitations i WHERE i.id = j.value)) AS gone`);
  const queueDigest = db.prepare(`
    INSERT INTO forgotten_messages (team_id, channel_id, message_ts, kind, who, user_id, week, queued_at)
    VALUES (@teamId, @channelId, @ts, 'digest', 'person', NULL, @week, @now)
    ON CONFLICT (team_id, channel_id, message_ts) DO UPDATE SET kind = excluded.kind, who = excluded.who, user_id = excluded.user_id, week = excluded.week`);
  const recordDigest = db.transaction(
    (key: { teamId: string; week: string }, token: string, posted: PostedDigest, now: Date): boolean => {
      const ids = JSON.stringify(posted.named);
      digests.finish({ team_id: key.teamId, week: key.week }, token, 'sent', now);
      placeDigest.run({ ...key, channelId: posted.channelId, ts: posted.ts, from: posted.from.getTime(), to: posted.to.getTime() });
      addDigestNames.run({ ...key, ids });
      // Someone it names was forgotten while its post was in flight (that forgetting could not see
      // it): queued to be redrawn as it stands, in this same write, for the card catch-up job.
      if ((goneOf.get({ ids }) as { gone: number }).gone !== 1) return false;
      queueDigest.run({ ...key, channelId: posted.channelId, ts: posted.ts, now: now.getTime() });
      return true;
    },
  );
  const asLast = (row: { week: string; at: number | null; sending: number } | undefined): LastReview | null =>
    row === undefined ? null : { week: row.week, at: row.at === null ? null : new Date(row.at), sending: row.sending === 1 };

  return {
    /** Everyone who has ever checked an invitation: the people a weekly review may be for. */
    owners(): { teamId: string; userId: string }[] {
      return owners.all() as { teamId: string; userId: string }[];
    },
    /** Whether the person had checked an invitation before `instant`: only then was there a review to miss. */
    checkedBefore(teamId: string, userId: string, instant: Date): boolean {
      return (checkedBefore.get(teamId, userId, instant.getTime()) as { found: number }).found === 1;
    },
    teams(): string[] {
      return (teams.all() as { teamId: string }[]).map((row) => row.teamId);
    },
    /** The person's newest weekly review (any status), to tell whether this week's is still to come. */
    lastReview(teamId: string, userId: string): LastReview | null {
      return asLast(lastReview.get(teamId, userId) as { week: string; at: number | null; sending: number } | undefined);
    },
    /** When the person's newest review for a week before `week` was sent, if one was. */
    reviewSentBefore(teamId: string, userId: string, week: string): Date | null {
      const row = sentBefore.get(teamId, userId, week) as { at: number | null };
      return row.at === null ? null : new Date(row.at);
    },
    /** When the review at `dm` was sent, and the one before it; null when `dm` is no sent review. */
    reviewDmSent(teamId: string, userId: string, dm: { channelId: string; ts: string }): { sentAt: Date; previousSentAt: Date | null } | null {
      const row = dmSent.get(teamId, userId, dm.channelId, dm.ts) as { sentAt: number; previousSentAt: number | null } | undefined;
      return row === undefined ? null : { sentAt: new Date(row.sentAt), previousSentAt: row.previousSentAt === null ? null : new Date(row.previousSentAt) };
    },
    /**
     * Claims the person's review for `week`. `seen`: the newest review's key when the sweep decided
     * this week's was due (see lastReview); when a review for another, later week has been claimed
     * since, nothing is claimed. Without it, the claim is for that week alone.
     */
    claimReview(teamId: string, userId: string, week: string, now: Date, leaseMs: number, seen?: string | null): ReviewClaim {
      const key = { team_id: teamId, user_id: userId, week };
      return claimReview.immediate(key, seen, now, leaseMs);
    },
    /**
     * Stamps the claimed review just before its DM is posted, and renews its lease; in the same
     * write, records `names`: the invitations every post begun under the claim may show, this one's
     * and those of the claim's earlier posts (its postNames), or null when those are not known. A
     * review found later in the DM keeps them (see staleReviewFound). Only 'stamped' lets the DM be
     * posted: 'taken' when the claim is no longer `token`'s (another sweep took it over);
     * 'forgotten' when a check the post shows (`post.shows`) was forgotten since the review was
     * built. With `post.sentAgainAfter`, the claim's earlier posts, never seen in the DM, are kept
     * known as lost, naming those invitations (null: not known).
     */
    stampReviewPost(teamId: string, userId: string, week: string, token: string, now: Date, names: readonly number[] | null, post: ReviewPost): ReviewStamp {
      return stampReviewPost.immediate({ teamId, userId, week }, token, now, names, post);
    },
    /** Hands a claimed review whose post got no answer to the next sweep, which looks for it first. */
    expireReview(teamId: string, userId: string, week: string, token: string): void {
      reviews.expire({ team_id: teamId, user_id: userId, week }, token);
    },
    /**
     * Records a review a dead sweep posted on a week gone by, found at `dm`, as sent when its post
     * began (`postStartedAt`), naming whom its post recorded as it began, or for a claim stamped
     * before that was recorded, every check made by then (see settleFound). True when a forgetting
     * since its post began may have left a name in it: queued (as of `now`) for the card catch-up
     * job to clear.
     */
    staleReviewFound(teamId: string, userId: string, week: string, token: string, dm: { channelId: string; ts: string }, postStartedAt: Date, now: Date): boolean {
      return recordFound.immediate({ teamId, userId, week }, token, dm, postStartedAt, now);
    },
    /** Closes the claim; as 'empty' (no DM), without names. */
    finishReview(teamId: string, userId: string, week: string, token: string, status: 'sent' | 'empty', now: Date): void {
      finishWithout.immediate({ teamId, userId, week }, token, status, now);
    },
    /**
     * Records the review as sent, where its DM is and whom it names, in one step; and, when a check
     * it may name was forgotten while its post was in flight (or its owner was), queues the DM to be
     * redrawn or cleared (see ForgottenWhilePosting).
     */
    reviewPosted(teamId: string, userId: string, week: string, token: string, posted: PostedReview, now: Date): ForgottenWhilePosting {
      return recordPosted.immediate({ teamId, userId, week }, token, posted, now);
    },
    /** The invitations the person's review of `week` is recorded as naming. */
    reviewNames(teamId: string, userId: string, week: string): number[] {
      return (namesOfReview.all(teamId, userId, week) as { id: number }[]).map((row) => row.id);
    },
    /**
     * After the review DM at `dm` was redrawn showing `shown`: true, and queued again to be cleared
     * (as of `now`), when one of them has been forgotten since it was drawn.
     */
    redrawnReviewForgotten(teamId: string, userId: string, week: string, dm: { channelId: string; ts: string }, shown: readonly number[], now: Date): boolean {
      return requeueIfForgotten.immediate({ teamId, userId, week }, dm, shown, now);
    },
    /**
     * Adds the names a review DM shows now (it was redrawn after a click) to those it showed, so
     * forgetting any of them redraws it. A DM that is no stored review may be one a dead sweep
     * posted: the names go to each of the person's review claims left so (see noteNames).
     */
    noteReviewNames(teamId: string, userId: string, dm: { channelId: string; ts: string }, named: readonly number[]): void {
      noteNames.immediate(teamId, userId, dm, JSON.stringify(named));
    },
    releaseReview(teamId: string, userId: string, week: string, token: string): void {
      reviews.release({ team_id: teamId, user_id: userId, week }, token);
    },
    /** The workspace's newest digest (any status), keyed as the reviews are (see lastReview). */
    lastDigest(teamId: string): LastReview | null {
      return asLast(lastDigest.get(teamId) as { week: string; at: number | null; sending: number } | undefined);
    },
    /**
     * Where the digest for `week` starts from: the newest digest before it that went out (or had
     * nothing to say), `settled`; and the oldest claim after that one, before `week`, that a crash
     * left 'sending', `unsure`: whether it was posted is not known, so its days are not taken as shown.
     */
    digestStart(teamId: string, week: string): { settled: LastReview | null; unsure: LastReview | null } {
      const settled = asLast(digestSettledBefore.get({ teamId, week }) as { week: string; at: number | null; sending: number } | undefined);
      const unsure = asLast(digestUnsureAfter.get({ teamId, week, after: settled?.week ?? '' }) as { week: string; at: number | null; sending: number } | undefined);
      return { settled, unsure };
    },
    /**
     * The claim's token, or null when this week's digest is done or another sweep holds it. `seen`:
     * as for claimReview, the newest digest's key when the sweep decided this week's was due.
     */
    claimDigest(teamId: string, week: string, now: Date, leaseMs: number, seen?: string | null): string | null {
      const key = { team_id: teamId, week };
      const claim = seen === undefined ? digests.claim(key, now, leaseMs) : claimDigest.immediate(key, seen, now, leaseMs);
      return claim.claimed ? claim.token : null;
    },
    /** Renews the digest's lease just before it is posted; false when the claim is no longer `token`'s. */
    markDigestPostStarted(teamId: string, week: string, token: string, now: Date): boolean {
      return digests.markPostStarted({ team_id: teamId, week }, token, now);
    },
    finishDigest(teamId: string, week: string, token: string, status: 'sent' | 'empty', now: Date): void {
      digests.finish({ team_id: teamId, week }, token, status, now);
    },
    /** Whom a digest over [from, to) names: every invitation accepted in those days (see acceptedIn). */
    digestNames(teamId: string, from: Date, to: Date): number[] {
      return (acceptedIn.all({ teamId, from: from.getTime(), to: to.getTime() }) as { id: number }[]).map((row) => row.id);
    },
    /**
     * Records the digest as sent, where it is, the days it covers and whom it names, in one step
     * (migration 020), so that forgetting reaches it. True when someone it names was forgotten
     * while its post was in flight: it is queued (as of `now`) to be redrawn without them.
     */
    digestPosted(teamId: string, week: string, token: string, posted: PostedDigest, now: Date): boolean {
      return recordDigest.immediate({ teamId, week }, token, posted, now);
    },
    releaseDigest(teamId: string, week: string, token: string): void {
      digests.release({ team_id: teamId, week }, token);
    },
  };
}
