import type { Db } from './open.js';

export type ReviewsRepo = ReturnType<typeof createReviewsRepo>;

type ClaimTable = 'weekly_reviews' | 'team_digests';

/** A claim won; `postStartedAt` is set when an earlier claimer began posting and never recorded the outcome. */
export type ReviewClaim = { claimed: false } | { claimed: true; postStartedAt: Date | null };

/**
 * Once-a-week messages (a person's review, a workspace's digest), each claimed before it is sent:
 * the primary key (who, week) lets only one sweep claim it; a claim left by a crash expires
 * after the lease; a failed send is forgotten so a later sweep tries again.
 */
export function createReviewsRepo(db: Db) {
  const owners = db.prepare('SELECT DISTINCT team_id AS teamId, owner_id AS userId FROM invitations');
  const teams = db.prepare('SELECT DISTINCT team_id AS teamId FROM invitations');

  /** `receipts`: the table stamps when a post began (migration 004), so a lost answer can be checked. */
  function claims(table: ClaimTable, keyColumns: string, receipts: boolean) {
    const keys = keyColumns.split(',').map((column) => column.trim());
    const where = keys.map((column) => `${column} = @${column}`).join(' AND ');
    const insert = db.prepare(
      `INSERT INTO ${table} (${keyColumns}, status, claimed_at) VALUES (${keys.map((k) => `@${k}`).join(', ')}, 'sending', @now)
       ON CONFLICT DO NOTHING`,
    );
    const reclaim = db.prepare(
      `UPDATE ${table} SET claimed_at = @now WHERE ${where} AND status = 'sending' AND claimed_at < @expiredBefore
       RETURNING ${receipts ? 'post_started_at' : 'NULL'} AS postStartedAt`,
    );
    const finish = db.prepare(`UPDATE ${table} SET status = @status, sent_at = @now WHERE ${where} AND status = 'sending'`);
    const release = db.prepare(`DELETE FROM ${table} WHERE ${where} AND status = 'sending'`);
    // Where a post may have reached Slack unseen, the claim is not deleted but left expired, so the
    // next sweep takes it over, with its post stamp, through `reclaim`.
    const expire = receipts ? db.prepare(`UPDATE ${table} SET claimed_at = 0 WHERE ${where} AND status = 'sending'`) : null;
    const markPostStarted = receipts
      ? db.prepare(`UPDATE ${table} SET post_started_at = coalesce(post_started_at, @now) WHERE ${where} AND status = 'sending'`)
      : null;
    const claimTransaction = db.transaction((key: Record<string, string>, now: number, leaseMs: number): ReviewClaim => {
      if (insert.run({ ...key, now }).changes > 0) return { claimed: true, postStartedAt: null };
      const taken = reclaim.get({ ...key, now, expiredBefore: now - leaseMs }) as { postStartedAt: number | null } | undefined;
      if (taken === undefined) return { claimed: false };
      return { claimed: true, postStartedAt: taken.postStartedAt === null ? null : new Date(taken.postStartedAt) };
    });
    return {
      claim: (key: Record<string, string>, now: Date, leaseMs: number) => claimTransaction.immediate(key, now.getTime(), leaseMs),
      finish: (key: Record<string, string>, status: 'sent' | 'empty', now: Date) => void finish.run({ ...key, status, now: now.getTime() }),
      release: (key: Record<string, string>) => void release.run(key),
      expire: (key: Record<string, string>) => void expire?.run(key),
      markPostStarted: (key: Record<string, string>, now: Date) => void markPostStarted?.run({ ...key, now: now.getTime() }),
    };
  }

  const reviews = claims('weekly_reviews', 'team_id, user_id, week', true);
  // The digest goes to a channel, whose history the app has no scope to read: it stays at least once.
  const digests = claims('team_digests', 'team_id, week', false);

  return {
    /** Everyone who has ever checked an invitation: the people a weekly review may be for. */
    owners(): { teamId: string; userId: string }[] {
      return owners.all() as { teamId: string; userId: string }[];
    },
    teams(): string[] {
      return (teams.all() as { teamId: string }[]).map((row) => row.teamId);
    },
    claimReview(teamId: string, userId: string, week: string, now: Date, leaseMs: number): ReviewClaim {
      return reviews.claim({ team_id: teamId, user_id: userId, week }, now, leaseMs);
    },
    /** Stamps the claimed review just before its DM is posted. */
    markReviewPostStarted(teamId: string, userId: string, week: string, now: Date): void {
      reviews.markPostStarted({ team_id: teamId, user_id: userId, week }, now);
    },
    /** Hands a claimed review whose post got no answer to the next sweep, which looks for it first. */
    expireReview(teamId: string, userId: string, week: string): void {
      reviews.expire({ team_id: teamId, user_id: userId, week });
    },
    finishReview(teamId: string, userId: string, week: string, status: 'sent' | 'empty', now: Date): void {
      reviews.finish({ team_id: teamId, user_id: userId, week }, status, now);
    },
    releaseReview(teamId: string, userId: string, week: string): void {
      reviews.release({ team_id: teamId, user_id: userId, week });
    },
    claimDigest(teamId: string, week: string, now: Date, leaseMs: number): boolean {
      return digests.claim({ team_id: teamId, week }, now, leaseMs).claimed;
    },
    finishDigest(teamId: string, week: string, status: 'sent' | 'empty', now: Date): void {
      digests.finish({ team_id: teamId, week }, status, now);
    },
    releaseDigest(teamId: string, week: string): void {
      digests.release({ team_id: teamId, week });
    },
  };
}
