import { sameNameKeys } from '../domain/person-key.js';
import type { Decision, InvitationFields, InvitationStatus, Recommendation } from '../domain/types.js';
import { nextIdSql } from './next-id.js';
import type { Db } from './open.js';

export interface InvitationRecord extends InvitationFields {
  id: number;
  teamId: string;
  ownerId: string;
  personKey: string;
  source: string | null;
  recommendation: Recommendation;
  score: number;
  reasons: string[];
  status: InvitationStatus;
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionReason: string | null;
  decisionNote: string | null;
  channelId: string | null;
  messageTs: string | null;
  responseUrl: string | null;
  /**
   * The conversation a post of the card went to that Slack never answered (migration 011), while
   * no click has noted that copy: a card may be there whose place the app does not know.
   */
  unansweredPostIn?: string | null;
  /** The thread the card was posted in (migration 012), for notes about it; null when not in one. */
  cardThreadTs?: string | null;
  /** Checked in a group DM (migration 015): nobody can add the app there with /invite. */
  checkedInGroupDm?: boolean;
  createdAt: Date;
}

export interface NewInvitation extends InvitationFields {
  teamId: string;
  ownerId: string;
  personKey: string;
  source: string | null;
  recommendation: Recommendation;
  score: number;
  reasons: string[];
  channelId: string | null;
  requestKey: string | null;
  /** The thread the check was made in (a reply's "Check this invitation"): where its card goes. */
  threadTs?: string | null;
  /** Made in a group DM, as the payload's channel name says (migration 015). */
  inGroupDm?: boolean;
  createdAt: Date;
}

/** What the workspace's history needs of an earlier check of the same person. */
export interface EarlierCheck {
  id: number;
  ownerId: string;
  status: InvitationStatus;
  decidedAt: Date | null;
  decisionReason: string | null;
  /** The owner's own words on an Ignore (the quick choice is the reason). */
  decisionNote: string | null;
  createdAt: Date;
}

/**
 * An earlier check of someone with the same name but another headline: perhaps the same person
 * after a job change, perhaps not. Shown as a hint, never weighed.
 */
export interface SameNameCheck extends EarlierCheck {
  name: string;
  headline: string | null;
  company: string | null;
}

/** One decision by the owner, as both the first decision and a change of mind record it. */
export interface DecisionChange {
  teamId: string;
  id: number;
  actorId: string;
  decision: Decision;
  reason: string | null;
  note: string | null;
  at: Date;
}

interface InvitationRow {
  id: number;
  team_id: string;
  owner_id: string;
  name: string;
  headline: string | null;
  company: string | null;
  mutual_connections: number | null;
  note: string | null;
  profile_url: string | null;
  person_key: string;
  source: string | null;
  recommendation: Recommendation;
  score: number;
  reasons: string;
  status: InvitationStatus;
  decided_at: number | null;
  decided_by: string | null;
  decision_reason: string | null;
  decision_note: string | null;
  channel_id: string | null;
  message_ts: string | null;
  response_url: string | null;
  unanswered_post_channel_id: string | null;
  card_thread_ts: string | null;
  checked_in_group_dm: number;
  created_at: number;
}

function toRecord(row: InvitationRow): InvitationRecord {
  return {
    id: row.id,
    teamId: row.team_id,
    ownerId: row.owner_id,
    name: row.name,
    headline: row.headline,
    company: row.company,
    mutualConnections: row.mutual_connections,
    note: row.note,
    profileUrl: row.profile_url,
    personKey: row.person_key,
    source: row.source,
    recommendation: row.recommendation,
    score: row.score,
    reasons: parseReasons(row.reasons),
    status: row.status,
    decidedAt: row.decided_at === null ? null : new Date(row.decided_at),
    decidedBy: row.decided_by,
    decisionReason: row.decision_reason,
    decisionNote: row.decision_note,
    channelId: row.channel_id,
    messageTs: row.message_ts,
    responseUrl: row.response_url,
    unansweredPostIn: row.unanswered_post_channel_id,
    cardThreadTs: row.card_thread_ts,
    checkedInGroupDm: row.checked_in_group_dm === 1,
    createdAt: new Date(row.created_at),
  };
}

/**
 * What a card shows of a check (its decision, details and weighing), as one string: a card drawn
 * from a record whose string differs from the stored check's is out of date.
 */
export function shownOnCard(record: InvitationRecord): string {
  return JSON.stringify([
    record.status,
    record.decidedAt?.getTime() ?? null,
    record.decisionReason,
    record.decisionNote,
    record.name,
    record.headline,
    record.company,
    record.mutualConnections,
    record.note,
    record.profileUrl,
    record.source,
    record.recommendation,
    record.score,
    record.reasons,
  ]);
}

/** The columns shownOnCard reads, as stored. */
const SHOWN_ON_CARD_COLUMNS =
  'status, decided_at, decision_reason, decision_note, name, headline, company, mutual_connections, note, profile_url, source, recommendation, score, reasons';

type ShownOnCardRow = Pick<
  InvitationRow,
  'status' | 'decided_at' | 'decision_reason' | 'decision_note' | 'name' | 'headline' | 'company' | 'mutual_connections' | 'note' | 'profile_url' | 'source' | 'recommendation' | 'score' | 'reasons'
>;

function shownOnCardOfRow(row: ShownOnCardRow): string {
  return JSON.stringify([
    row.status,
    row.decided_at,
    row.decision_reason,
    row.decision_note,
    row.name,
    row.headline,
    row.company,
    row.mutual_connections,
    row.note,
    row.profile_url,
    row.source,
    row.recommendation,
    row.score,
    parseReasons(row.reasons),
  ]);
}

function parseReasons(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/** Earlier checks read for a card and the recommendation: enough to be useful, few enough to fit. */
export const EARLIER_CHECKS_LISTED = 10;

/**
 * Decisions on an earlier check that are never lost behind later checks: a block always means
 * ignore, and the card warns of both near the top. The newest of each is read along with the
 * listed checks, however many came after it.
 */
export const ALWAYS_SEEN = ['blocked', 'declined'] as const;
type AlwaysSeen = (typeof ALWAYS_SEEN)[number];
/** The condition of migration 014's indexes, word for word. */
const ALWAYS_SEEN_CONDITION = "status IN ('blocked', 'declined')";

const HISTORY_COLUMNS = 'id, owner_id, status, decided_at, decision_reason, decision_note, created_at';

/**
 * The newest earlier check with this decision before `beforeId`, along the partial indexes of
 * migration 014, which hold only blocked and declined checks: found at once, however often the
 * person was checked since. The decision is written out, as the index's condition is, so that
 * SQLite sees the index applies.
 */
function alwaysSeenByPerson(status: AlwaysSeen): string {
  return `
    SELECT ${HISTORY_COLUMNS} FROM invitations
    WHERE team_id = @teamId AND person_key = @personKey AND ${ALWAYS_SEEN_CONDITION} AND status = '${status}' AND id < @beforeId
    ORDER BY id DESC LIMIT 1`;
}

function alwaysSeenByProfile(status: AlwaysSeen): string {
  return `
    SELECT * FROM (
      SELECT ${HISTORY_COLUMNS} FROM invitations
      WHERE team_id = @teamId AND profile_url = @profileUrl AND ${ALWAYS_SEEN_CONDITION} AND status = '${status}' AND id < @beforeId
      ORDER BY id DESC LIMIT 1)
    UNION ALL
    SELECT * FROM (
      SELECT ${HISTORY_COLUMNS} FROM invitations
      WHERE team_id = @teamId AND person_key = @personKey AND profile_url IS NULL AND ${ALWAYS_SEEN_CONDITION} AND status = '${status}' AND id < @beforeId
      ORDER BY id DESC LIMIT 1)
    ORDER BY id DESC LIMIT 1`;
}

/**
 * A person's earlier checks, read on every check: by profile URL when the check has one (plus
 * checks of the same name and headline that had none), else by name and headline. Each branch
 * walks its index newest first and stops at the limit, so the cost follows what the card shows,
 * not how often someone was checked (one OR over both indexes read every match, then sorted).
 * The newest block and decline older than those listed (`blockedBy…`, `declinedBy…`) are read
 * along migration 014's indexes, which hold no other check, so those reads stop at once too.
 * Exported so a test can hold their query plans to that.
 */
export const INVITATION_HISTORY_SQL = {
  earlierByPerson: `
    SELECT ${HISTORY_COLUMNS} FROM invitations
    WHERE team_id = @teamId AND person_key = @personKey AND id < @beforeId
    ORDER BY id DESC LIMIT ${EARLIER_CHECKS_LISTED}`,
  earlierByProfile: `
    SELECT * FROM (
      SELECT ${HISTORY_COLUMNS} FROM invitations
      WHERE team_id = @teamId AND profile_url = @profileUrl AND id < @beforeId
      ORDER BY id DESC LIMIT ${EARLIER_CHECKS_LISTED})
    UNION ALL
    SELECT * FROM (
      SELECT ${HISTORY_COLUMNS} FROM invitations
      WHERE team_id = @teamId AND person_key = @personKey AND profile_url IS NULL AND id < @beforeId
      ORDER BY id DESC LIMIT ${EARLIER_CHECKS_LISTED})
    ORDER BY id DESC LIMIT ${EARLIER_CHECKS_LISTED}`,
  blockedByPerson: alwaysSeenByPerson('blocked'),
  blockedByProfile: alwaysSeenByProfile('blocked'),
  declinedByPerson: alwaysSeenByPerson('declined'),
  declinedByProfile: alwaysSeenByProfile('declined'),
  countByPerson: `
    SELECT count(*) AS total FROM invitations WHERE team_id = @teamId AND person_key = @personKey AND id < @beforeId`,
  countByProfile: `
    SELECT
      (SELECT count(*) FROM invitations WHERE team_id = @teamId AND profile_url = @profileUrl AND id < @beforeId)
      + (SELECT count(*) FROM invitations
         WHERE team_id = @teamId AND person_key = @personKey AND profile_url IS NULL AND id < @beforeId) AS total`,
} as const;

/** Decisions on later checks read for a pending check's card and weighing (see findLaterDecisions). */
export const LATER_DECISIONS_LISTED = 10;
/**
 * How many of a person's newest later checks are looked at for decisions: a person mass-inviting
 * the team may have dozens of checks still pending among them, which the read passes over. The
 * newest later block and decline are read apart (migration 014's indexes), however far back.
 */
export const LATER_CHECKS_SCANNED = 100;
/**
 * At most this many of a person's other pending checks are weighed again after a decision on or a
 * correction of one of their checks (see pendingChecksOfPerson), newest first; and only among the
 * person's PENDING_CHECKS_SCANNED newest checks, so the read stops early however often they were
 * checked. Older pending cards keep what they showed until something else redraws them.
 */
export const OTHER_PENDING_WEIGHED = 20;
export const PENDING_CHECKS_SCANNED = 200;

/** The newest later check with this decision after `afterId`, along migration 014's partial indexes. */
function alwaysSeenLaterByPerson(status: AlwaysSeen): string {
  return `
    SELECT ${HISTORY_COLUMNS} FROM invitations
    WHERE team_id = @teamId AND person_key = @personKey AND ${ALWAYS_SEEN_CONDITION} AND status = '${status}' AND id > @afterId
    ORDER BY id DESC LIMIT 1`;
}

function alwaysSeenLaterByProfile(status: AlwaysSeen): string {
  return `
    SELECT * FROM (
      SELECT ${HISTORY_COLUMNS} FROM invitations
      WHERE team_id = @teamId AND profile_url = @profileUrl AND ${ALWAYS_SEEN_CONDITION} AND status = '${status}' AND id > @afterId
      ORDER BY id DESC LIMIT 1)
    UNION ALL
    SELECT * FROM (
      SELECT ${HISTORY_COLUMNS} FROM invitations
      WHERE team_id = @teamId AND person_key = @personKey AND profile_url IS NULL AND ${ALWAYS_SEEN_CONDITION} AND status = '${status}' AND id > @afterId
      ORDER BY id DESC LIMIT 1)
    ORDER BY id DESC LIMIT 1`;
}

/**
 * What the team decided on a person's checks made after a pending one (`afterId`), newest first:
 * found as the history finds a person (by profile URL plus same-name-and-headline checks without
 * one, else by name and headline), each branch along its index, newest first, stopping after
 * LATER_CHECKS_SCANNED. Read only for a pending check's redraw or weighing, never on a fresh
 * check (nothing comes after it). Exported so a test can hold their query plans.
 */
export const LATER_DECISIONS_SQL = {
  byPerson: `
    SELECT * FROM (
      SELECT ${HISTORY_COLUMNS} FROM invitations
      WHERE team_id = @teamId AND person_key = @personKey AND id > @afterId
      ORDER BY id DESC LIMIT ${LATER_CHECKS_SCANNED})
    WHERE status <> 'pending'
    ORDER BY id DESC LIMIT ${LATER_DECISIONS_LISTED}`,
  byProfile: `
    SELECT * FROM (
      SELECT * FROM (
        SELECT ${HISTORY_COLUMNS} FROM invitations
        WHERE team_id = @teamId AND profile_url = @profileUrl AND id > @afterId
        ORDER BY id DESC LIMIT ${LATER_CHECKS_SCANNED})
      UNION ALL
      SELECT * FROM (
        SELECT ${HISTORY_COLUMNS} FROM invitations
        WHERE team_id = @teamId AND person_key = @personKey AND profile_url IS NULL AND id > @afterId
        ORDER BY id DESC LIMIT ${LATER_CHECKS_SCANNED}))
    WHERE status <> 'pending'
    ORDER BY id DESC LIMIT ${LATER_DECISIONS_LISTED}`,
  blockedByPerson: alwaysSeenLaterByPerson('blocked'),
  blockedByProfile: alwaysSeenLaterByProfile('blocked'),
  declinedByPerson: alwaysSeenLaterByPerson('declined'),
  declinedByProfile: alwaysSeenLaterByProfile('declined'),
} as const;

/**
 * A person's newest pending checks but one (`exceptId`), in one read: the person found as the
 * history finds them, so these are exactly the pending checks whose history (before or after them)
 * holds a check of this person. Each branch walks its index newest first and stops after
 * PENDING_CHECKS_SCANNED checks. Exported so a test can hold its query plans.
 */
export const OTHER_PENDING_SQL = {
  byPerson: `
    SELECT * FROM (
      SELECT * FROM invitations
      WHERE team_id = @teamId AND person_key = @personKey
      ORDER BY id DESC LIMIT ${PENDING_CHECKS_SCANNED})
    WHERE status = 'pending' AND id <> @exceptId
    ORDER BY id DESC LIMIT @limit`,
  byProfile: `
    SELECT * FROM (
      SELECT * FROM (
        SELECT * FROM invitations
        WHERE team_id = @teamId AND profile_url = @profileUrl
        ORDER BY id DESC LIMIT ${PENDING_CHECKS_SCANNED})
      UNION ALL
      SELECT * FROM (
        SELECT * FROM invitations
        WHERE team_id = @teamId AND person_key = @personKey AND profile_url IS NULL
        ORDER BY id DESC LIMIT ${PENDING_CHECKS_SCANNED}))
    WHERE status = 'pending' AND id <> @exceptId
    ORDER BY id DESC LIMIT @limit`,
} as const;

/** At most this many earlier checks of the same name under another headline are shown as a hint. */
export const SAME_NAME_CHECKS_LISTED = 3;
/**
 * At most this many of one name's headlines (in key order, this check's own counted if among them)
 * are looked at for the hint: a bound on its reads for a name shared by many people (where the hint
 * means least anyway), far above what one person's job changes give.
 */
export const SAME_NAME_HEADLINES_READ = 30;

/**
 * The newest earlier checks of someone with the same name but another headline (see sameNameKeys),
 * read on every check. The name's headlines are found one by one along the person index, each a
 * single step past the one before (`person_key > key`), so no headline's checks are walked, however
 * often someone was checked under it (this check's own included); then each headline's newest few
 * are read along the same index, newest first, and stop. So the cost follows how many headlines the
 * name has, not how many checks. The CROSS JOIN keeps the headlines the outer loop.
 *
 * From a check with a profile URL, only earlier checks without one: those with the same URL are
 * its ordinary history already, and those with another URL are someone else.
 */
function sameNameSql(withoutUrl: boolean): string {
  const only = withoutUrl ? ' AND profile_url IS NULL' : '';
  return `
    WITH RECURSIVE headlines(key) AS (
      SELECT (SELECT min(person_key) FROM invitations WHERE team_id = @teamId AND person_key >= @low AND person_key < @high${only})
      UNION ALL
      SELECT (SELECT min(person_key) FROM invitations WHERE team_id = @teamId AND person_key > headlines.key AND person_key < @high${only})
      FROM headlines WHERE headlines.key IS NOT NULL
      LIMIT ${SAME_NAME_HEADLINES_READ})
    SELECT ${SAME_NAME_COLUMNS} FROM headlines CROSS JOIN invitations AS earlier
    WHERE headlines.key IS NOT NULL AND headlines.key <> @personKey
      AND earlier.id IN (
        SELECT id FROM invitations WHERE team_id = @teamId AND person_key = headlines.key AND id < @beforeId${only}
        ORDER BY id DESC LIMIT ${SAME_NAME_CHECKS_LISTED})
    ORDER BY earlier.id DESC LIMIT ${SAME_NAME_CHECKS_LISTED}`;
}

const SAME_NAME_COLUMNS = ['id', 'owner_id', 'name', 'headline', 'company', 'status', 'decided_at', 'decision_reason', 'decision_note', 'created_at']
  .map((column) => `earlier.${column}`)
  .join(', ');

/** Exported so a test can hold the query plans to their indexes. */
export const SAME_NAME_SQL = {
  /** From a check without a profile URL. */
  anyUrl: sameNameSql(false),
  /** From a check with one. */
  withoutUrl: sameNameSql(true),
} as const;

type HistoryRow = Pick<InvitationRow, 'id' | 'owner_id' | 'status' | 'decided_at' | 'decision_reason' | 'decision_note' | 'created_at'>;

type SameNameRow = HistoryRow & Pick<InvitationRow, 'name' | 'headline' | 'company'>;

function toEarlierCheck(row: HistoryRow): EarlierCheck {
  return {
    id: row.id,
    ownerId: row.owner_id,
    status: row.status,
    decidedAt: row.decided_at === null ? null : new Date(row.decided_at),
    decisionReason: row.decision_reason,
    decisionNote: row.decision_note,
    createdAt: new Date(row.created_at),
  };
}

/**
 * How a row stands as far as its weighing goes: when it last changed and its stored weights. A
 * weighing done from a row is stale once its stamp moves (a decision, a correction, a teammate's
 * word weighed in); the weights are part of it, so two changes within one millisecond still show.
 */
const WEIGHING_STAMP = "updated_at || ':' || recommendation || ':' || score || ':' || reasons";

export type InvitationsRepo = ReturnType<typeof createInvitationsRepo>;

/** Every query is scoped by team_id: an id from another workspace finds nothing. */
export function createInvitationsRepo(db: Db) {
  const insertStmt = db.prepare(`
    INSERT INTO invitations (id, team_id, owner_id, name, headline, company, mutual_connections, note, profile_url,
      person_key, source, recommendation, score, reasons, channel_id, card_thread_ts, checked_in_group_dm, request_key, created_at, updated_at)
    VALUES (${nextIdSql('invitations')}, @teamId, @ownerId, @name, @headline, @company, @mutualConnections, @note, @profileUrl,
      @personKey, @source, @recommendation, @score, @reasons, @channelId, @threadTs, @inGroupDm, @requestKey, @createdAt, @createdAt)
    ON CONFLICT DO NOTHING`);
  const byRequestKey = db.prepare('SELECT * FROM invitations WHERE team_id = ? AND request_key = ?');
  const byId = db.prepare('SELECT * FROM invitations WHERE team_id = ? AND id = ?');
  // Only the columns history needs: this runs on every check.
  const earlierByPerson = db.prepare(INVITATION_HISTORY_SQL.earlierByPerson);
  const earlierByProfile = db.prepare(INVITATION_HISTORY_SQL.earlierByProfile);
  const alwaysSeen = {
    blocked: { byPerson: db.prepare(INVITATION_HISTORY_SQL.blockedByPerson), byProfile: db.prepare(INVITATION_HISTORY_SQL.blockedByProfile) },
    declined: { byPerson: db.prepare(INVITATION_HISTORY_SQL.declinedByPerson), byProfile: db.prepare(INVITATION_HISTORY_SQL.declinedByProfile) },
  };
  const laterDecisions = {
    byPerson: db.prepare(LATER_DECISIONS_SQL.byPerson),
    byProfile: db.prepare(LATER_DECISIONS_SQL.byProfile),
  };
  const laterAlwaysSeen = {
    blocked: { byPerson: db.prepare(LATER_DECISIONS_SQL.blockedByPerson), byProfile: db.prepare(LATER_DECISIONS_SQL.blockedByProfile) },
    declined: { byPerson: db.prepare(LATER_DECISIONS_SQL.declinedByPerson), byProfile: db.prepare(LATER_DECISIONS_SQL.declinedByProfile) },
  };
  const otherPending = { byPerson: db.prepare(OTHER_PENDING_SQL.byPerson), byProfile: db.prepare(OTHER_PENDING_SQL.byProfile) };
  const sameNameAnyUrl = db.prepare(SAME_NAME_SQL.anyUrl);
  const sameNameWithoutUrl = db.prepare(SAME_NAME_SQL.withoutUrl);
  const countByPerson = db.prepare(INVITATION_HISTORY_SQL.countByPerson);
  const countByProfile = db.prepare(INVITATION_HISTORY_SQL.countByProfile);
  // The owner's newest other accepted check of the same person (as the nudges' one-per-person
  // rule counts them), each branch along its own index.
  const otherAcceptedStmt = db.prepare(`
    SELECT id FROM (
      SELECT id FROM invitations
      WHERE team_id = @teamId AND profile_url = @profileUrl AND owner_id = @ownerId AND status = 'accepted' AND id <> @id
      UNION
      SELECT id FROM invitations
      WHERE team_id = @teamId AND person_key = @personKey AND owner_id = @ownerId AND status = 'accepted' AND id <> @id
        AND (profile_url IS NULL OR @profileUrl IS NULL))
    ORDER BY id DESC LIMIT 1`);
  // A link Slack gave for the card (migration 018) stays only while the card stays where it was.
  const setCard = db.prepare(`
    UPDATE invitations SET channel_id = @channelId, message_ts = @messageTs, response_url = @responseUrl, card_thread_ts = @threadTs,
      card_shown_nowhere_at = NULL, updated_at = @now,
      card_permalink = CASE WHEN channel_id IS @channelId AND message_ts IS @messageTs THEN card_permalink END
    WHERE team_id = @teamId AND id = @id
    RETURNING ${SHOWN_ON_CARD_COLUMNS}`);
  // Only while no message is noted: a click on a copy never moves a card already placed. The
  // copy of an unanswered post in that conversation is now known, and blanked like any card.
  const adoptCard = db.prepare(`
    UPDATE invitations SET channel_id = @channelId, message_ts = @messageTs, card_thread_ts = @threadTs, response_url = NULL, updated_at = @now,
      card_permalink = NULL,
      unanswered_post_channel_id = CASE WHEN unanswered_post_channel_id = @channelId THEN NULL ELSE unanswered_post_channel_id END
    WHERE team_id = @teamId AND id = @id AND message_ts IS NULL`);
  // Only while the card is still at the place the link was asked for, and its details are kept.
  // Not a change of the check: updated_at (part of its weighing's stamp) stays.
  const notePermalink = db.prepare(`
    UPDATE invitations SET card_permalink = @permalink
    WHERE team_id = @teamId AND id = @id AND channel_id = @channelId AND message_ts = @messageTs AND details_removed_at IS NULL`);
  const unansweredPost = db.prepare('UPDATE invitations SET unanswered_post_channel_id = ?, updated_at = ? WHERE team_id = ? AND id = ?');
  // Only while no card is noted anywhere (migration 015): a copy noted meanwhile stands.
  const shownNowhere = db.prepare(`
    UPDATE invitations SET card_shown_nowhere_at = @now, updated_at = @now
    WHERE team_id = @teamId AND id = @id AND message_ts IS NULL AND response_url IS NULL`);
  // Rare (a click on a copy of a card that moved on): a scan of the workspace's rows is no cost worth an index.
  const otherCardAtStmt = db.prepare('SELECT 1 FROM invitations WHERE team_id = ? AND channel_id = ? AND message_ts = ? AND id <> ? LIMIT 1');
  // Cards marked to redraw (migration 010): only channel messages, which chat.update can reach.
  const markStale = db.prepare(`
    UPDATE invitations SET card_stale_since = @now
    WHERE team_id = @teamId AND id IN (SELECT value FROM json_each(@ids)) AND message_ts IS NOT NULL AND channel_id IS NOT NULL`);
  const staleCards = db.prepare('SELECT * FROM invitations WHERE card_stale_since IS NOT NULL ORDER BY card_stale_since, id LIMIT ?');
  // A crash's cut-short checks are among the newest: only the last @scan rows are looked at, read
  // backwards along the primary key, so the query costs the same at any table size.
  const neverShown = db.prepare(`
    SELECT * FROM (SELECT * FROM invitations ORDER BY id DESC LIMIT @scan)
    WHERE created_at >= @since AND created_at < @before AND status = 'pending' AND details_removed_at IS NULL
      AND message_ts IS NULL AND response_url IS NULL AND unanswered_post_channel_id IS NULL AND card_shown_nowhere_at IS NULL
    ORDER BY id`);
  const staleSinceStmt = db.prepare('SELECT card_stale_since AS since FROM invitations WHERE team_id = ? AND id = ?');
  const countStale = db.prepare('SELECT count(*) AS n FROM invitations WHERE card_stale_since IS NOT NULL');
  // Cleared only if no later marking came meanwhile: that one still needs its redraw.
  const clearStale = db.prepare('UPDATE invitations SET card_stale_since = NULL WHERE team_id = ? AND id = ? AND card_stale_since = ?');
  const setResponseUrl = db.prepare(
    'UPDATE invitations SET response_url = ?, updated_at = ? WHERE team_id = ? AND id = ?',
  );
  const decideStmt = db.prepare(`
    UPDATE invitations
    SET status = @decision, decided_at = @at, decided_by = @actorId, decision_reason = @reason,
        decision_note = @note, updated_at = @at
    WHERE team_id = @teamId AND id = @id AND owner_id = @actorId AND status = 'pending'`);

  // A change between turning down in one way and another (Ignored → Blocked) with no new reason
  // keeps the why: "sales pitch" still explains a block. To or from Accept, it does not.
  const changeStmt = db.prepare(`
    UPDATE invitations
    SET status = @decision, decided_at = @at, decided_by = @actorId,
        decision_reason = CASE WHEN @reason IS NULL AND @decision <> 'accepted' AND status <> 'accepted' THEN decision_reason ELSE @reason END,
        decision_note = CASE WHEN @reason IS NULL AND @note IS NULL AND @decision <> 'accepted' AND status <> 'accepted' THEN decision_note ELSE @note END,
        updated_at = @at
    WHERE team_id = @teamId AND id = @id AND owner_id = @actorId AND status NOT IN ('pending', @decision)`);
  // Details removed by retention stay removed: a correction needs the person's details to correct.
  const detailsStmt = db.prepare(`
    UPDATE invitations
    SET name = @name, headline = @headline, company = @company, mutual_connections = @mutualConnections, note = @note,
        profile_url = @profileUrl, person_key = @personKey, source = @source, updated_at = @now
    WHERE team_id = @teamId AND id = @id AND owner_id = @ownerId AND details_removed_at IS NULL`);
  // Newest first, along invitations_by_owner (team_id, owner_id, status, created_at), a page at a time.
  const pendingByOwner = db.prepare(`
    SELECT *, ${WEIGHING_STAMP} AS stamp FROM invitations
    WHERE team_id = @teamId AND owner_id = @ownerId AND status = 'pending'
      AND (created_at < @createdAt OR (created_at = @createdAt AND id < @id))
    ORDER BY created_at DESC, id DESC LIMIT @limit`);
  const pendingStampsByOwner = db.prepare(`
    SELECT id, ${WEIGHING_STAMP} AS stamp FROM invitations WHERE team_id = ? AND owner_id = ? AND status = 'pending'
    ORDER BY created_at DESC, id DESC`);
  const evaluationStmt = db.prepare(`
    UPDATE invitations SET recommendation = @recommendation, score = @score, reasons = @reasons, updated_at = @now
    WHERE team_id = @teamId AND id = @id`);

  return {
    /** Stores a check once per Slack delivery; a retried delivery returns the first one. */
    insert(input: NewInvitation): { record: InvitationRecord; created: boolean } {
      const info = insertStmt.run({
        ...input,
        threadTs: input.threadTs ?? null,
        inGroupDm: input.inGroupDm === true ? 1 : 0,
        reasons: JSON.stringify(input.reasons),
        createdAt: input.createdAt.getTime(),
      });
      if (info.changes > 0) {
        // What was just written, without reading it back.
        const record: InvitationRecord = {
          id: Number(info.lastInsertRowid),
          teamId: input.teamId,
          ownerId: input.ownerId,
          name: input.name,
          headline: input.headline,
          company: input.company,
          mutualConnections: input.mutualConnections,
          note: input.note,
          profileUrl: input.profileUrl,
          personKey: input.personKey,
          source: input.source,
          recommendation: input.recommendation,
          score: input.score,
          reasons: [...input.reasons],
          status: 'pending',
          decidedAt: null,
          decidedBy: null,
          decisionReason: null,
          decisionNote: null,
          channelId: input.channelId,
          messageTs: null,
          responseUrl: null,
          unansweredPostIn: null,
          cardThreadTs: input.threadTs ?? null,
          checkedInGroupDm: input.inGroupDm === true,
          createdAt: new Date(input.createdAt.getTime()),
        };
        return { record, created: true };
      }
      const row = byRequestKey.get(input.teamId, input.requestKey) as InvitationRow | undefined;
      if (row === undefined) throw new Error('Invitation insert neither stored a row nor found the earlier one.');
      return { record: toRecord(row), created: false };
    },

    findById(teamId: string, id: number): InvitationRecord | null {
      const row = byId.get(teamId, id) as InvitationRow | undefined;
      return row === undefined ? null : toRecord(row);
    },

    /**
     * Earlier checks of the same person in the workspace, newest first: by profile URL, else by
     * name and headline. `beforeId` omitted means all of them (for a check not stored yet).
     *
     * The newest EARLIER_CHECKS_LISTED, and after them the newest block and the newest decline
     * (ALWAYS_SEEN) when there are older checks and none of those listed has that decision: a
     * person blocked once and checked a hundred times since is still blocked. So the list holds
     * up to EARLIER_CHECKS_LISTED + 2, still newest first.
     */
    findEarlierChecks(person: {
      teamId: string;
      profileUrl: string | null;
      personKey: string;
      beforeId?: number;
    }): EarlierCheck[] {
      const query = { teamId: person.teamId, beforeId: person.beforeId ?? Number.MAX_SAFE_INTEGER, personKey: person.personKey };
      const read = (statements: { byPerson: typeof earlierByPerson; byProfile: typeof earlierByProfile }, params: typeof query) =>
        (person.profileUrl === null ? statements.byPerson.all(params) : statements.byProfile.all({ ...params, profileUrl: person.profileUrl })) as HistoryRow[];
      const rows = read({ byPerson: earlierByPerson, byProfile: earlierByProfile }, query);
      const oldest = rows.at(-1);
      // Fewer than the limit: every earlier check is listed already.
      if (oldest !== undefined && rows.length >= EARLIER_CHECKS_LISTED) {
        for (const status of ALWAYS_SEEN) {
          if (!rows.some((row) => row.status === status)) rows.push(...read(alwaysSeen[status], { ...query, beforeId: oldest.id }));
        }
        rows.sort((a, b) => b.id - a.id);
      }
      return rows.map(toEarlierCheck);
    },

    /**
     * Decisions on the person's checks made after `afterId`, newest first (see LATER_DECISIONS_SQL):
     * the newest LATER_DECISIONS_LISTED, and the newest later block and decline when none of those
     * is one. For a pending check, what the team decided since it was made.
     */
    findLaterDecisions(person: { teamId: string; profileUrl: string | null; personKey: string; afterId: number }): EarlierCheck[] {
      const query = { teamId: person.teamId, afterId: person.afterId, personKey: person.personKey };
      const read = (statements: { byPerson: typeof earlierByPerson; byProfile: typeof earlierByProfile }) =>
        (person.profileUrl === null ? statements.byPerson.all(query) : statements.byProfile.all({ ...query, profileUrl: person.profileUrl })) as HistoryRow[];
      const rows = read(laterDecisions);
      const known = new Set(rows.map((row) => row.id));
      let added = false;
      for (const status of ALWAYS_SEEN) {
        if (rows.some((row) => row.status === status)) continue;
        for (const row of read(laterAlwaysSeen[status])) {
          if (known.has(row.id)) continue;
          rows.push(row);
          added = true;
        }
      }
      if (added) rows.sort((a, b) => b.id - a.id);
      return rows.map(toEarlierCheck);
    },

    /**
     * Up to `limit` of the person's newest pending checks other than `exceptId`, newest first
     * (see OTHER_PENDING_SQL): those a decision on, or a correction of, one of their checks may
     * weigh differently.
     */
    pendingChecksOfPerson(person: { teamId: string; profileUrl: string | null; personKey: string; exceptId: number }, limit: number): InvitationRecord[] {
      const query = { teamId: person.teamId, personKey: person.personKey, exceptId: person.exceptId, limit };
      const rows = (person.profileUrl === null ? otherPending.byPerson.all(query) : otherPending.byProfile.all({ ...query, profileUrl: person.profileUrl })) as InvitationRow[];
      return rows.map(toRecord);
    },

    /**
     * Up to SAME_NAME_CHECKS_LISTED earlier checks in the workspace, newest first, of someone with
     * the same name (of two words or more) but another headline, whose profile URL does not say
     * they are someone else. From a check with a URL, only those without one (see SAME_NAME_SQL).
     * Checks whose details were removed have no name left to match, and forgotten ones are gone.
     */
    findSameNameChecks(person: { teamId: string; profileUrl: string | null; personKey: string; beforeId?: number }): SameNameCheck[] {
      const range = sameNameKeys(person.personKey);
      if (range === null) return [];
      const query = { teamId: person.teamId, personKey: person.personKey, beforeId: person.beforeId ?? Number.MAX_SAFE_INTEGER, ...range };
      const rows = (person.profileUrl === null ? sameNameAnyUrl : sameNameWithoutUrl).all(query) as SameNameRow[];
      return rows.map((row) => ({ ...toEarlierCheck(row), name: row.name, headline: row.headline, company: row.company }));
    },

    /** The owner's newest other accepted check of the same person as `invitation`, or null. */
    otherAcceptedCheck(invitation: { teamId: string; ownerId: string; id: number; profileUrl: string | null; personKey: string }): number | null {
      const row = otherAcceptedStmt.get(invitation) as { id: number } | undefined;
      return row?.id ?? null;
    },

    /** How many earlier checks findEarlierChecks would find without its limit. */
    countEarlierChecks(person: { teamId: string; profileUrl: string | null; personKey: string; beforeId?: number }): number {
      const query = { teamId: person.teamId, beforeId: person.beforeId ?? Number.MAX_SAFE_INTEGER, personKey: person.personKey };
      const row = (
        person.profileUrl === null ? countByPerson.get(query) : countByProfile.get({ ...query, profileUrl: person.profileUrl })
      ) as { total: number };
      return row.total;
    },

    /** Marks cards to be redrawn by the catch-up job (see jobs/stale-cards.ts); ephemeral cards cannot be. */
    markCardsStale(teamId: string, ids: readonly number[], now: Date): number {
      return markStale.run({ teamId, ids: JSON.stringify(ids), now: now.getTime() }).changes;
    },

    /**
     * Waiting checks stored from `since` to before `before` with no card anywhere: not posted, not
     * shown privately, no post left unanswered, nor refused everywhere (its outcome is known).
     * Among the newest `scan` checks, oldest first.
     */
    cardsNeverShown(since: Date, before: Date, scan: number): InvitationRecord[] {
      return (neverShown.all({ since: since.getTime(), before: before.getTime(), scan }) as InvitationRow[]).map(toRecord);
    },

    /** Up to `limit` cards marked to redraw, longest waiting first, with when each was marked. */
    staleCards(limit: number): { invitation: InvitationRecord; staleSince: number }[] {
      return (staleCards.all(limit) as (InvitationRow & { card_stale_since: number })[]).map((row) => ({ invitation: toRecord(row), staleSince: row.card_stale_since }));
    },

    /** How many cards are marked to redraw, in every workspace: the catch-up job's queue, for an estimate. */
    staleCardCount(): number {
      return (countStale.get() as { n: number }).n;
    },

    /** When this card was marked to redraw; null when it is not (its last change reached it). */
    cardStaleSince(teamId: string, id: number): number | null {
      const row = staleSinceStmt.get(teamId, id) as { since: number | null } | undefined;
      return row?.since ?? null;
    },

    /** The card marked at `staleSince` is redrawn (or never can be); a later marking stands. */
    cardRedrawn(teamId: string, id: number, staleSince: number): void {
      clearStale.run(teamId, id, staleSince);
    },

    /**
     * Where the card lives: a channel message (ts, and the thread it is in, if any), or an
     * ephemeral card redrawn via its response_url.
     */
    /**
     * Notes where a check's card is, and returns what the card should show of the check as it now
     * stands (see shownOnCard), read in the same statement: null when the check is gone.
     */
    setCardLocation(
      teamId: string,
      id: number,
      card: { channelId: string; messageTs: string | null; responseUrl: string | null; threadTs?: string | null },
      now: Date,
    ): string | null {
      const row = setCard.get({ channelId: card.channelId, messageTs: card.messageTs, responseUrl: card.responseUrl, threadTs: card.threadTs ?? null, now: now.getTime(), teamId, id }) as
        | ShownOnCardRow
        | undefined;
      return row === undefined ? null : shownOnCardOfRow(row);
    },

    /**
     * Notes a message as the card's place, when no message is noted yet (the post's answer never
     * came, or noting it failed): true when it was noted, false when one already was.
     */
    adoptCardMessage(teamId: string, id: number, card: { channelId: string; messageTs: string; threadTs?: string | null }, now: Date): boolean {
      return adoptCard.run({ channelId: card.channelId, messageTs: card.messageTs, threadTs: card.threadTs ?? null, now: now.getTime(), teamId, id }).changes > 0;
    },

    /**
     * Keeps the link Slack gave to the card at `card` (chat.getPermalink), for the Home tab: false
     * when the card has moved on meanwhile (or the check is gone, or purged), and nothing is kept.
     */
    noteCardPermalink(teamId: string, id: number, card: { channelId: string; messageTs: string }, permalink: string): boolean {
      return notePermalink.run({ teamId, id, channelId: card.channelId, messageTs: card.messageTs, permalink }).changes > 0;
    },

    /**
     * Notes that the card's post to `channelId` went unanswered: a copy may be there whose ts the
     * app never learnt (see InvitationRecord.unansweredPostIn).
     */
    noteUnansweredPost(teamId: string, id: number, channelId: string, now: Date): void {
      unansweredPost.run(channelId, now.getTime(), teamId, id);
    },

    /**
     * Notes that every way of showing the card was refused (the conversation, the private copy,
     * the owner's DM): no card of it is anywhere, so forgetting warns of none (see CARD_MAYBE_IN).
     */
    noteCardShownNowhere(teamId: string, id: number, now: Date): void {
      shownNowhere.run({ teamId, id, now: now.getTime() });
    },

    /** Whether this message is noted as the card of an invitation other than `id`. */
    isOtherCard(teamId: string, id: number, card: { channelId: string; messageTs: string }): boolean {
      return otherCardAtStmt.get(teamId, card.channelId, card.messageTs, id) !== undefined;
    },

    /** Each click on an ephemeral card brings a fresh response_url; the newest one redraws it. */
    rememberResponseUrl(teamId: string, id: number, responseUrl: string, now: Date): void {
      setResponseUrl.run(responseUrl, now.getTime(), teamId, id);
    },

    /** Changes an earlier decision to a different one; false when it is pending or already that. */
    changeDecision(input: DecisionChange): boolean {
      return changeStmt.run({ ...input, at: input.at.getTime() }).changes > 0;
    },

    /**
     * The owner's correction of what was read: the fields, the person key they give and where it
     * came from. False when nothing changed: not this owner's, or its details were removed.
     */
    updateDetails(input: InvitationFields & { teamId: string; id: number; ownerId: string; personKey: string; source: string | null; now: Date }): boolean {
      return detailsStmt.run({ ...input, now: input.now.getTime() }).changes > 0;
    },

    /**
     * The invitations the owner has not decided on yet, newest first, `limit` of them from just
     * after `after` (the last of the previous page), each with its stamp (see WEIGHING_STAMP).
     */
    pendingForOwner(
      teamId: string,
      ownerId: string,
      page: { limit: number; after?: { id: number; createdAt: Date } },
    ): { invitation: InvitationRecord; stamp: string }[] {
      const after = page.after ?? { id: Number.MAX_SAFE_INTEGER, createdAt: new Date(8.64e15) };
      const rows = pendingByOwner.all({ teamId, ownerId, createdAt: after.createdAt.getTime(), id: after.id, limit: page.limit }) as (InvitationRow & { stamp: string })[];
      return rows.map((row) => ({ invitation: toRecord(row), stamp: row.stamp }));
    },

    /** The ids and stamps alone of the owner's pending invitations, newest first: a cheap look at what changed. */
    pendingStamps(teamId: string, ownerId: string): { id: number; stamp: string }[] {
      return pendingStampsByOwner.all(teamId, ownerId) as { id: number; stamp: string }[];
    },

    /** Stores a fresh recommendation (after a teammate weighed in, a correction, or a new focus). */
    updateEvaluation(teamId: string, id: number, evaluation: { recommendation: Recommendation; score: number; reasons: string[] }, now: Date): void {
      evaluationStmt.run({ teamId, id, ...evaluation, reasons: JSON.stringify(evaluation.reasons), now: now.getTime() });
    },

    /** Records the owner's decision if the invitation is still pending; false when it was not. */
    decide(input: DecisionChange): boolean {
      return decideStmt.run({ ...input, at: input.at.getTime() }).changes > 0;
    },
  };
}
