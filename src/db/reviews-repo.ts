import type { Db } from './open.js';

export type ReviewsRepo = ReturnType<typeof createReviewsRepo>;

type ClaimTable = 'weekly_reviews' | 'team_digests';

/**
 * Once-a-week messages (a person's review, a workspace's digest), each claimed before it is sent:
 * the primary key (who, week) lets only one sweep claim it; a claim left by a crash expires
 * after the lease; a failed send is forgotten so a later sweep tries again.
 */
export function createReviewsRepo(db: Db) {
  const owners = db.prepare('SELECT DISTINCT team_id AS teamId, owner_id AS userId FROM invitations');
  const teams = db.prepare('SELECT DISTINCT team_id AS teamId FROM invitations');

  function claims(table: ClaimTable, keyColumns: string) {
    const keys = keyColumns.split(',').map((column) => column.trim());
    const where = keys.map((column) => `${column} = @${column}`).join(' AND ');
    const insert = db.prepare(
      `INSERT INTO ${table} (${keyColumns}, status, claimed_at) VALUES (${keys.map((k) => `@${k}`).join(', ')}, 'sending', @now)
       ON CONFLICT DO NOTHING`,
    );
    const reclaim = db.prepare(
      `UPDATE ${table} SET claimed_at = @now WHERE ${where} AND status = 'sending' AND claimed_at < @expiredBefore`,
    );
    const finish = db.prepare(`UPDATE ${table} SET status = @status, sent_at = @now WHERE ${where} AND status = 'sending'`);
    const release = db.prepare(`DELETE FROM ${table} WHERE ${where} AND status = 'sending'`);
    const claimTransaction = db.transaction((key: Record<string, string>, now: number, leaseMs: number): boolean => {
      if (insert.run({ ...key, now }).changes > 0) return true;
      return reclaim.run({ ...key, now, expiredBefore: now - leaseMs }).changes > 0;
    });
    return {
      claim: (key: Record<string, string>, now: Date, leaseMs: number) => claimTransaction.immediate(key, now.getTime(), leaseMs),
      finish: (key: Record<string, string>, status: 'sent' | 'empty', now: Date) => void finish.run({ ...key, status, now: now.getTime() }),
      release: (key: Record<string, string>) => void release.run(key),
    };
  }

  const reviews = claims('weekly_reviews', 'team_id, user_id, week');
  const digests = claims('team_digests', 'team_id, week');

  return {
    /** Everyone who has ever checked an invitation: the people a weekly review may be for. */
    owners(): { teamId: string; userId: string }[] {
      return owners.all() as { teamId: string; userId: string }[];
    },
    teams(): string[] {
      return (teams.all() as { teamId: string }[]).map((row) => row.teamId);
    },
    claimReview(teamId: string, userId: string, week: string, now: Date, leaseMs: number): boolean {
      return reviews.claim({ team_id: teamId, user_id: userId, week }, now, leaseMs);
    },
    finishReview(teamId: string, userId: string, week: string, status: 'sent' | 'empty', now: Date): void {
      reviews.finish({ team_id: teamId, user_id: userId, week }, status, now);
    },
    releaseReview(teamId: string, userId: string, week: string): void {
      reviews.release({ team_id: teamId, user_id: userId, week });
    },
    claimDigest(teamId: string, week: string, now: Date, leaseMs: number): boolean {
      return digests.claim({ team_id: teamId, week }, now, leaseMs);
    },
    finishDigest(teamId: string, week: string, status: 'sent' | 'empty', now: Date): void {
      digests.finish({ team_id: teamId, week }, status, now);
    },
    releaseDigest(teamId: string, week: string): void {
      digests.release({ team_id: teamId, week });
    },
  };
}
