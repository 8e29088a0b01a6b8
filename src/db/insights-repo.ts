import type { Decision, Recommendation } from '../domain/types.js';
import type { DecisionCounts, IgnoredEntry, IgnoredPosition, OwedItem, PendingItem, RecentDecision } from '../views/models.js';
import type { Db } from './open.js';

const ALL_TIME = 0;
/** An `until` that every stored time is before. */
const NO_END = Number.MAX_SAFE_INTEGER;

const IGNORED_COLUMNS = 'id, name, headline, company, profile_url, status, decided_at, decision_reason, decision_note';
const IGNORED_WHERE = `team_id = @teamId AND owner_id = @ownerId AND status IN ('ignored', 'declined', 'blocked') AND decided_at IS NOT NULL
      AND details_removed_at IS NULL`;

/**
 * The ignored list, in its order (decided_at DESC, id DESC), read through
 * invitations_by_owner_decided (its rows end in the id, so the index gives the order too).
 * `older` and `newer` read strictly past a position, so a decision made between two pages neither
 * skips nor repeats anyone; `newer` reads upwards from the position (nearest first).
 */
export const IGNORED_SQL = {
  page: `SELECT ${IGNORED_COLUMNS} FROM invitations WHERE ${IGNORED_WHERE}
    ORDER BY decided_at DESC, id DESC LIMIT @limit OFFSET @offset`,
  older: `SELECT ${IGNORED_COLUMNS} FROM invitations WHERE ${IGNORED_WHERE} AND (decided_at, id) < (@decidedAt, @id)
    ORDER BY decided_at DESC, id DESC LIMIT @limit`,
  newer: `SELECT ${IGNORED_COLUMNS} FROM invitations WHERE ${IGNORED_WHERE} AND (decided_at, id) > (@decidedAt, @id)
    ORDER BY decided_at, id LIMIT @limit`,
  count: `SELECT count(*) AS n FROM invitations WHERE ${IGNORED_WHERE}`,
  countNewer: `SELECT count(*) AS n FROM invitations WHERE ${IGNORED_WHERE} AND (decided_at, id) > (@decidedAt, @id)`,
} as const;

/**
 * Checks off the list by a change to Accept: their history still holds the ignore, decline or
 * block. Along invitations_by_owner, then each one's events along decision_events_by_invitation.
 */
export const IGNORED_MOVED_OFF_SQL = `SELECT count(*) AS n FROM invitations
    WHERE team_id = @teamId AND owner_id = @ownerId AND status = 'accepted'
      AND EXISTS (SELECT 1 FROM decision_events e WHERE e.invitation_id = invitations.id AND e.team_id = invitations.team_id
        AND e.decision IN ('ignored', 'declined', 'blocked'))`;

function positionParams(position: IgnoredPosition): { decidedAt: number; id: number } {
  return { decidedAt: position.decidedAt.getTime(), id: position.invitationId };
}

interface IgnoredRow {
  id: number;
  name: string;
  headline: string | null;
  company: string | null;
  profile_url: string | null;
  status: IgnoredEntry['status'];
  decided_at: number;
  decision_reason: string | null;
  decision_note: string | null;
}

function ignoredEntry(row: IgnoredRow): IgnoredEntry {
  return {
    invitationId: row.id,
    name: row.name,
    headline: row.headline,
    company: row.company,
    profileUrl: row.profile_url,
    status: row.status,
    decidedAt: new Date(row.decided_at),
    reason: row.decision_reason,
    note: row.decision_note,
  };
}

/**
 * One person's decision counts over a period, and how many of those checked in it were waiting at
 * its end. Separate from the team's: "(@ownerId IS NULL OR owner_id = @ownerId)" kept SQLite off
 * the owner indexes, so one person's stats, review and Home read the whole workspace (2 s at a
 * million checks, blocking every other request meanwhile). Waiting means still pending (read from
 * the owner index alone) or decided only after the period (none, for all time).
 */
export const OWNER_COUNTS_SQL = {
  decided: `SELECT status, count(*) AS n FROM invitations
    WHERE team_id = @teamId AND owner_id = @ownerId AND decided_at >= @since AND decided_at < @until AND status != 'pending'
    GROUP BY status`,
  waiting: `SELECT
      (SELECT count(*) FROM invitations
        WHERE team_id = @teamId AND owner_id = @ownerId AND status = 'pending' AND created_at >= @since AND created_at < @until)
      + (SELECT count(*) FROM invitations
        WHERE team_id = @teamId AND owner_id = @ownerId AND decided_at >= @until AND status != 'pending' AND created_at >= @since AND created_at < @until)
      AS n`,
};

/**
 * Who a check is of, for counting people: the profile URL; for a check without one, the URL of the
 * owner's check of the same name and headline that has one, else the name and headline (as a
 * person's history finds them: by URL, and by name and headline among checks without a URL).
 */
const PERSON = `coalesce(i.profile_url,
      (SELECT j.profile_url FROM invitations j
        WHERE j.team_id = i.team_id AND j.person_key = i.person_key AND j.owner_id = i.owner_id AND j.profile_url IS NOT NULL
        ORDER BY j.id DESC LIMIT 1),
      'name:' || i.person_key)`;

/**
 * One owner's people since `since`, each once however often they were checked: by the owner's
 * newest decision on them made since then, or waiting when every check of theirs since then is
 * still pending (the newest decision: decided last, or on the newer check when two were decided in
 * the same millisecond; `status` is that row's, as SQLite gives a bare column beside max()). Each
 * branch reads along an owner index (decided since, or pending and checked since); the person of
 * each check is looked up along invitations_by_person.
 */
export const OWNER_PEOPLE_SQL = `
  SELECT CASE WHEN newest IS NULL THEN 'pending' ELSE status END AS status, count(*) AS n FROM (
    SELECT person, status, max(decided) AS newest FROM (
      SELECT ${PERSON} AS person, i.status, printf('%015d.%015d', i.decided_at, i.id) AS decided FROM invitations i
      WHERE i.team_id = @teamId AND i.owner_id = @ownerId AND i.decided_at >= @since AND i.status != 'pending'
      UNION ALL
      SELECT ${PERSON} AS person, i.status, NULL AS decided FROM invitations i
      WHERE i.team_id = @teamId AND i.owner_id = @ownerId AND i.status = 'pending' AND i.created_at >= @since)
    GROUP BY person)
  GROUP BY 1`;

export type InsightsRepo = ReturnType<typeof createInsightsRepo>;

/** Where a check's card is, and the link Slack gave to it (see cardPlaces). */
export interface CardPlace {
  invitationId: number;
  channelId: string | null;
  /** Null while the card is not a message (not posted yet, shown privately, or nowhere). */
  messageTs: string | null;
  permalink: string | null;
}

/**
 * Read-only questions behind reviews, stats, the ignored list, the Home tab and the team digest.
 * Each is scoped by workspace and, where personal, by owner; each reads through an index.
 */
export function createInsightsRepo(db: Db) {
  const pendingStmt = db.prepare(`
    SELECT id, name, headline, company, recommendation, created_at FROM invitations
    WHERE team_id = @teamId AND owner_id = @ownerId AND status = 'pending' AND created_at < @before
    ORDER BY created_at, id LIMIT @limit`);
  const pendingCountStmt = db.prepare(`
    SELECT count(*) AS n FROM invitations
    WHERE team_id = @teamId AND owner_id = @ownerId AND status = 'pending' AND created_at < @before`);
  const owedStmt = db.prepare(`
    SELECT n.id, n.invitation_id, i.name, i.profile_url, i.decided_at FROM thank_you_nudges n JOIN invitations i ON i.id = n.invitation_id
    WHERE n.team_id = @teamId AND n.owner_id = @ownerId AND n.status IN ('scheduled', 'sending', 'delivered')
    ORDER BY i.decided_at, n.id LIMIT @limit`);
  const owedCountStmt = db.prepare(`
    SELECT count(*) AS n FROM thank_you_nudges
    WHERE team_id = @teamId AND owner_id = @ownerId AND status IN ('scheduled', 'sending', 'delivered')`);
  const thankYouCountsStmt = db.prepare(`
    SELECT status, count(*) AS n FROM thank_you_nudges WHERE team_id = @teamId AND owner_id = @ownerId GROUP BY status`);
  const ownerDecidedCountsStmt = db.prepare(OWNER_COUNTS_SQL.decided);
  const teamDecidedCountsStmt = db.prepare(`
    SELECT status, count(*) AS n FROM invitations
    WHERE team_id = @teamId AND decided_at >= @since AND decided_at < @until AND status != 'pending'
    GROUP BY status`);
  const ownerPendingSinceStmt = db.prepare(OWNER_COUNTS_SQL.waiting);
  const ownerPeopleStmt = db.prepare(OWNER_PEOPLE_SQL);
  const teamPendingSinceStmt = db.prepare(`
    SELECT count(*) AS n FROM invitations
    WHERE team_id = @teamId AND created_at >= @since AND created_at < @until AND (status = 'pending' OR decided_at >= @until)`);
  const recentStmt = db.prepare(`
    SELECT id, name, status, decided_at, decision_reason FROM invitations
    WHERE team_id = @teamId AND owner_id = @ownerId AND decided_at >= @since AND status != 'pending'
    ORDER BY decided_at DESC, id DESC LIMIT @limit`);
  const ignoredStmt = db.prepare(IGNORED_SQL.page);
  const ignoredOlderStmt = db.prepare(IGNORED_SQL.older);
  const ignoredNewerStmt = db.prepare(IGNORED_SQL.newer);
  const ignoredCountStmt = db.prepare(IGNORED_SQL.count);
  const ignoredNewerCountStmt = db.prepare(IGNORED_SQL.countNewer);
  // Nobody can reconsider a decision whose details retention removed: counted, not listed.
  const ignoredDetailsRemovedStmt = db.prepare(`
    SELECT count(*) AS n FROM invitations
    WHERE team_id = @teamId AND owner_id = @ownerId AND status IN ('ignored', 'declined', 'blocked') AND details_removed_at IS NOT NULL`);
  const ignoredMovedOffStmt = db.prepare(IGNORED_MOVED_OFF_SQL);
  const connectionsStmt = db.prepare(`
    SELECT owner_id, name FROM invitations
    WHERE team_id = @teamId AND status = 'accepted' AND decided_at >= @since AND decided_at < @until
    ORDER BY decided_at, id LIMIT @limit`);
  const connectionsCountStmt = db.prepare(`
    SELECT count(*) AS n FROM invitations WHERE team_id = @teamId AND status = 'accepted' AND decided_at >= @since AND decided_at < @until`);

  // By primary key: only the few checks a Home tab shows.
  const cardPlacesStmt = db.prepare(`
    SELECT id, channel_id, message_ts, card_permalink FROM invitations
    WHERE team_id = @teamId AND id IN (SELECT value FROM json_each(@ids))`);

  const count = (stmt: typeof pendingCountStmt, params: Record<string, unknown>) => (stmt.get(params) as { n: number }).n;

  return {
    /** Pending invitations checked before `before`, oldest first. */
    pending(teamId: string, ownerId: string, before: Date, limit: number): { items: PendingItem[]; total: number } {
      const params = { teamId, ownerId, before: before.getTime(), limit };
      const rows = pendingStmt.all(params) as {
        id: number;
        name: string;
        headline: string | null;
        company: string | null;
        recommendation: Recommendation;
        created_at: number;
      }[];
      return {
        items: rows.map((row) => ({
          invitationId: row.id,
          name: row.name,
          headline: row.headline,
          company: row.company,
          recommendation: row.recommendation,
          checkedAt: new Date(row.created_at),
        })),
        total: count(pendingCountStmt, params),
      };
    },

    /**
     * Where the cards of these checks are (a message's channel and ts, when posted) and the link
     * Slack gave to each, if one was asked for (migration 018). Checks of other workspaces are not read.
     */
    cardPlaces(teamId: string, ids: readonly number[]): CardPlace[] {
      if (ids.length === 0) return [];
      const rows = cardPlacesStmt.all({ teamId, ids: JSON.stringify(ids) }) as {
        id: number;
        channel_id: string | null;
        message_ts: string | null;
        card_permalink: string | null;
      }[];
      return rows.map((row) => ({ invitationId: row.id, channelId: row.channel_id, messageTs: row.message_ts, permalink: row.card_permalink }));
    },

    /** Thank-yous still owed: scheduled, or delivered and not yet sent or skipped. */
    owed(teamId: string, ownerId: string, limit: number): { items: OwedItem[]; total: number } {
      const rows = owedStmt.all({ teamId, ownerId, limit }) as { id: number; invitation_id: number; name: string; profile_url: string | null; decided_at: number | null }[];
      return {
        items: rows.map((row) => ({ nudgeId: row.id, invitationId: row.invitation_id, name: row.name, profileUrl: row.profile_url, acceptedAt: new Date(row.decided_at ?? 0) })),
        total: count(owedCountStmt, { teamId, ownerId }),
      };
    },

    thankYouCounts(teamId: string, ownerId: string): { sent: number; owed: number; skipped: number } {
      const counts = { sent: 0, owed: 0, skipped: 0 };
      for (const row of thankYouCountsStmt.all({ teamId, ownerId }) as { status: string; n: number }[]) {
        if (row.status === 'done') counts.sent += row.n;
        else if (row.status === 'skipped') counts.skipped += row.n;
        else if (row.status === 'scheduled' || row.status === 'sending' || row.status === 'delivered') counts.owed += row.n;
      }
      return counts;
    },

    /**
     * Decisions made since `since` by their current state, and invitations checked since then still
     * pending; for one owner, or the whole workspace when `ownerId` is null.
     */
    /**
     * Decided from `since` (all time when null) until before `until` (now when null), by decision;
     * and pending: checked then and not decided by `until` (a week's digest posted late counts a
     * check decided since as still waiting that week, as it was).
     */
    decisionCounts(teamId: string, ownerId: string | null, since: Date | null, until: Date | null = null): DecisionCounts {
      const range = { teamId, since: since?.getTime() ?? ALL_TIME, until: until?.getTime() ?? NO_END };
      const [waiting, decided, params] =
        ownerId === null ? [teamPendingSinceStmt, teamDecidedCountsStmt, range] : [ownerPendingSinceStmt, ownerDecidedCountsStmt, { ...range, ownerId }];
      const counts: DecisionCounts = { pending: count(waiting, params), accepted: 0, ignored: 0, declined: 0, blocked: 0 };
      for (const row of decided.all(params) as { status: Decision; n: number }[]) counts[row.status] = row.n;
      return counts;
    },

    /**
     * The people one owner checked since `since` (all time when null), each counted once: by their
     * newest decision since then, or as waiting when none of their checks since then is decided.
     */
    peopleCounts(teamId: string, ownerId: string, since: Date | null): DecisionCounts {
      const counts: DecisionCounts = { pending: 0, accepted: 0, ignored: 0, declined: 0, blocked: 0 };
      const rows = ownerPeopleStmt.all({ teamId, ownerId, since: since?.getTime() ?? ALL_TIME }) as { status: keyof DecisionCounts; n: number }[];
      for (const row of rows) counts[row.status] = row.n;
      return counts;
    },

    recentDecisions(teamId: string, ownerId: string, since: Date | null, limit: number): RecentDecision[] {
      const rows = recentStmt.all({ teamId, ownerId, since: since?.getTime() ?? ALL_TIME, limit }) as {
        id: number;
        name: string;
        status: Decision;
        decided_at: number;
        decision_reason: string | null;
      }[];
      return rows.map((row) => ({ invitationId: row.id, name: row.name, status: row.status, decidedAt: new Date(row.decided_at), reason: row.decision_reason }));
    },

    /** The people an owner ignored, declined or blocked, newest first, from `offset` on. */
    ignored(teamId: string, ownerId: string, offset: number, limit: number): IgnoredEntry[] {
      return (ignoredStmt.all({ teamId, ownerId, offset, limit }) as IgnoredRow[]).map(ignoredEntry);
    },

    /** Up to `limit` entries listed after `position` (older), newest first. */
    ignoredOlder(teamId: string, ownerId: string, position: IgnoredPosition, limit: number): IgnoredEntry[] {
      const rows = ignoredOlderStmt.all({ teamId, ownerId, ...positionParams(position), limit }) as IgnoredRow[];
      return rows.map(ignoredEntry);
    },

    /** The `limit` entries listed nearest before `position` (newer), newest first. */
    ignoredNewer(teamId: string, ownerId: string, position: IgnoredPosition, limit: number): IgnoredEntry[] {
      const rows = ignoredNewerStmt.all({ teamId, ownerId, ...positionParams(position), limit }) as IgnoredRow[];
      return rows.map(ignoredEntry).reverse();
    },

    /** How many entries are listed before `position` (newer): what numbers the page it starts. */
    ignoredNewerCount(teamId: string, ownerId: string, position: IgnoredPosition): number {
      return (ignoredNewerCountStmt.get({ teamId, ownerId, ...positionParams(position) }) as { n: number }).n;
    },

    ignoredCount(teamId: string, ownerId: string): number {
      return count(ignoredCountStmt, { teamId, ownerId });
    },

    /** Ignored, declined or blocked invitations whose details retention has removed. */
    ignoredDetailsRemovedCount(teamId: string, ownerId: string): number {
      return count(ignoredDetailsRemovedStmt, { teamId, ownerId });
    },

    /** Checks an owner ignored, declined or blocked and changed to Accepted since. */
    ignoredMovedOffCount(teamId: string, ownerId: string): number {
      return count(ignoredMovedOffStmt, { teamId, ownerId });
    },

    /** Who in the workspace accepted whom from `since` until before `until`: names only, never reasons. */
    connections(teamId: string, since: Date, until: Date, limit: number): { items: { ownerId: string; name: string }[]; total: number } {
      const params = { teamId, since: since.getTime(), until: until.getTime(), limit };
      const rows = connectionsStmt.all(params) as { owner_id: string; name: string }[];
      return { items: rows.map((row) => ({ ownerId: row.owner_id, name: row.name })), total: count(connectionsCountStmt, params) };
    },
  };
}
