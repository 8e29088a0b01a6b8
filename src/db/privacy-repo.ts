import { withoutQuotedDecisionWords } from '../domain/recommend.js';
import type { InvitationStatus } from '../domain/types.js';
import { SAME_NAME_CHECKS_LISTED, SAME_NAME_HEADLINES_READ } from './invitations-repo.js';
import type { Db } from './open.js';

/** A check as the owner's export shows it. */
export interface ExportRow {
  id: number;
  created_at: number;
  name: string;
  headline: string | null;
  company: string | null;
  mutual_connections: number | null;
  note: string | null;
  profile_url: string | null;
  source: string | null;
  recommendation: string;
  score: number;
  status: InvitationStatus;
  decided_at: number | null;
  decision_reason: string | null;
  decision_note: string | null;
  details_removed_at: number | null;
}

/** A word the person added on a teammate's card, for their export. */
export interface ExportedWord {
  updated_at: number;
  name: string;
  kind: string;
  note: string | null;
}

export interface ForgettableCheck {
  id: number;
  name: string;
  channelId: string | null;
  messageTs: string | null;
  /**
   * The conversation a post of the card went to that Slack never answered, while no click noted
   * that copy (migration 011), or whose outcome a crash cut short (see CARD_MAYBE_IN): a card may
   * be there that cannot be blanked (when read).
   */
  unansweredPostIn?: string | null;
  /** Who they are, so that a confirmation can tell two people of one name apart (when read). */
  headline?: string | null;
  profileUrl?: string | null;
}

/** A card left behind by the retention purge, still to be blanked (see `cardsToBlank`). */
export interface CardToBlank {
  id: number;
  channelId: string | null;
  messageTs: string;
  status: InvitationStatus;
  decidedAt: number | null;
}

/**
 * A Slack message a forgetting left to the card catch-up job (migration 013): a card to blank, a
 * thank-you DM to redraw as it stands, a weekly review to clear, a team digest to redraw as it
 * stands (migration 020; `week` names it). `userId` and `week` for a review only when cleared after
 * `forget` (the owner stays): whose review, of which week, lets go of its names.
 */
export interface ForgottenMessage {
  id: number;
  teamId: string;
  channelId: string;
  ts: string;
  kind: 'card' | 'thank-you' | 'review' | 'digest';
  who: 'person' | 'you';
  userId: string | null;
  week: string | null;
}

/** A team digest in its channel (migration 020), by the week it is keyed by. */
export interface DigestRecord {
  week: string;
  channelId: string;
  ts: string;
}

/** A thank-you DM (the owner's DM with the app) that lists a nudge. */
export interface ThankYouDm {
  channelId: string;
  ts: string;
}

/**
 * A weekly review DM; `latest` when it is the person's newest one, which is redrawn as it stands;
 * `lostPost` for one posted before the review was sent again (migration 017), which is not the DM
 * its week's record names (see UnsureReview).
 */
export interface ReviewDmRecord {
  week: string;
  channelId: string;
  ts: string;
  latest: boolean;
  lostPost?: boolean;
}

/**
 * What other records took from someone's checks or words: the invitations whose stored weighing
 * may quote them (more than need to, never fewer: one that did not is weighed the same again),
 * and the words as the reasons quoted them (decision reasons, teammates' notes).
 */
export interface ForgottenTraces {
  invitationIds: number[];
  words: string[];
  /**
   * Later checks of the same name under another headline, whose cards may list the forgotten
   * checks as a hint (see findSameNameChecks): not weighed, but redrawn when the hint changes.
   */
  sameNameIds: number[];
}

export interface PersonalFootprint {
  checks: number;
  voices: number;
  settings: number;
  reviews: number;
  /**
   * What Slack told the app about them (name, time zone, DM channel), cached: 1 or 0. Publishing
   * their emptied Home tab caches it again, and a forget-me cut short there must be able to finish.
   */
  profile: number;
}

/**
 * A margin after a check is stamped, for its card's post to begin (the check is stamped before the
 * write batch's wait for its insert). A check with no card noted anywhere, older than this and not
 * being shown by this process (`showing`: a post in flight, however long Slack takes), had its post
 * cut short by a crash: Slack may have it. The restart alone takes longer than this.
 */
export const CARD_POST_SETTLED_MS = 1000;

/**
 * Where a card may be that the app cannot blank: the conversation of a post Slack never answered
 * (migration 011), or of one whose outcome was never noted. A card posted is noted with its ts, one
 * refused is shown privately (its response_url noted), one refused everywhere is noted as shown
 * nowhere (migration 015: no card anywhere to warn of); a check with none of these, older than
 * CARD_POST_SETTLED_MS and whose card this process is not showing right now (`@showing`, a JSON
 * array of ids), had its post cut short by a crash (SIGKILL, OOM), and Slack may have it. Once
 * retention has removed the details, only its verdict counts: the purge noted any such card as
 * unanswered, then cleared the response_url and, after blanking, the card's location.
 * Derived from what the check path already writes: no extra write per check shown.
 */
const CARD_MAYBE_IN = `coalesce(unanswered_post_channel_id,
  CASE WHEN details_removed_at IS NULL AND message_ts IS NULL AND response_url IS NULL AND card_shown_nowhere_at IS NULL
    AND created_at < @postsSettledBefore
    AND id NOT IN (SELECT value FROM json_each(@showing)) THEN coalesce(channel_id, owner_id) END)`;

/**
 * Removing an invitation's details gives it this person key plus its id: a key made from a name
 * never holds a colon, so it matches nobody on a later check.
 */
const REMOVED_PERSON_KEY = 'removed:';

/** True once retention has removed the invitation's details. */
export function detailsWereRemoved(invitation: { personKey: string }): boolean {
  return invitation.personKey.startsWith(REMOVED_PERSON_KEY);
}

/**
 * Later checks of the names of the checks `purged` selects (id, team_id, person_key), after one of
 * those under another headline than their own, whose cards may list it as the same name under
 * another headline (see findSameNameChecks), for the purge to mark: for each name of two words or
 * more, the range of its keys along invitations_by_person, read once a name (not once a check: a
 * batch of hundreds of checks of one common name walked its range hundreds of times; 500 of
 * 20,000 "John Smith"s took 7.7 s holding the write lock). Later than the first, and, under the
 * first one's headline, later than the first under another. A removed key has no name. `besides`:
 * a condition on `later` leaving out the checks that go.
 */
function laterSameNameOf(purged: string, besides: string): string {
  const names = `SELECT team_id, substr(person_key, 1, instr(person_key, '|') - 1) AS name, person_key, id FROM (${purged}) WHERE instr(person_key, '|') > 0`;
  // Each name's first headline (by its first check), when it came, and when the first check under
  // any other headline came (null when none did).
  return `
    WITH headlines AS (
      SELECT team_id, name, person_key, since, row_number() OVER (PARTITION BY team_id, name ORDER BY since) AS rank
      FROM (SELECT team_id, name, person_key, min(id) AS since FROM (${names}) GROUP BY 1, 2, 3)),
    named AS (
      SELECT team_id, name, min(CASE rank WHEN 1 THEN since END) AS since, min(CASE rank WHEN 1 THEN person_key END) AS first_key,
        min(CASE rank WHEN 2 THEN since END) AS since_other
      FROM headlines WHERE rank <= 2 GROUP BY 1, 2)
    SELECT DISTINCT later.id AS id FROM named JOIN invitations later
      ON later.team_id = named.team_id AND later.person_key >= named.name || '|' AND later.person_key < named.name || '}' AND later.id > named.since
    WHERE instr(named.name, ' ') > 0 AND later.details_removed_at IS NULL AND ${besides}
      AND (later.person_key <> named.first_key OR later.id > named.since_other)`;
}

/** One check of a name, in id order, as hintsThatMayList reads them. */
interface SameNameRow {
  id: number;
  key: string;
  withoutUrl: boolean;
  /** Among the checks being forgotten. */
  forgotten: boolean;
}

/**
 * Of one name's checks (every one from the first forgotten on, in id order), the later ones whose
 * hint may list a forgotten check: their hints are then compared before and after (see
 * reweighForgetting), each a read, so with thousands of checks of a common name comparing them
 * all held the forgetting's write lock for seconds (6.7 s for 20,000).
 *
 * A check's hint lists the newest SAME_NAME_CHECKS_LISTED earlier checks of its name under other
 * headlines among the first SAME_NAME_HEADLINES_READ headlines (only those without a URL, from a
 * check with one; see SAME_NAME_SQL). So once, since the last forgotten check, as many checks have
 * come under other headlines than a later one's, without a URL and among the first headlines
 * (`firstHeadlines`; such a headline is among the first of those without a URL too), its hint lists
 * only those or newer: nothing forgotten. Every other later check may list one and is compared. (A forgotten check that was the last under one of the first
 * headlines may, in going, let another headline in: a hint passed over here may then gain an older
 * check on its next drawing, never keep a forgotten one.)
 */
function hintsThatMayList(rows: readonly SameNameRow[], firstHeadlines: ReadonlySet<string>): number[] {
  const listed: number[] = [];
  // The checks since the last forgotten one that any later check's hint would list, by headline.
  let since = new Map<string, number>();
  let sinceTotal = 0;
  let afterForgotten = false;
  for (const row of rows) {
    if (row.forgotten) {
      since = new Map();
      sinceTotal = 0;
      afterForgotten = true;
    }
    if (afterForgotten && !row.forgotten && sinceTotal - (since.get(row.key) ?? 0) < SAME_NAME_CHECKS_LISTED) listed.push(row.id);
    if (!row.forgotten && row.withoutUrl && firstHeadlines.has(row.key)) {
      since.set(row.key, (since.get(row.key) ?? 0) + 1);
      sinceTotal += 1;
    }
  }
  return listed;
}

export type PrivacyRepo = ReturnType<typeof createPrivacyRepo>;

/**
 * A review claim whose DM may have gone out unrecorded (see unsureReviewsOfOwner); or, `lostPost`,
 * a post of a review sent again after the looks for it failed, which may be in the DM besides the
 * recorded one (`recordedTs`, when there is one).
 */
export interface UnsureReview {
  week: string;
  postStartedAt: Date;
  names: readonly number[] | null;
  lostPost: boolean;
  recordedTs: string | null;
}

/** A weekly review DM that still names someone whose details were purged. */
export interface ExpiredReviewDm {
  teamId: string;
  userId: string;
  week: string;
  channelId: string;
  ts: string;
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** SQLite gives a comparison as 0 or 1. */
function withLatest(row: Omit<ReviewDmRecord, 'latest'> & { latest: number }): ReviewDmRecord {
  return { ...row, latest: row.latest === 1 };
}

/** Forgetting, exporting and the retention purge. Every statement is scoped by team and person. */
export function createPrivacyRepo(db: Db) {
  const matchingChecks = db.prepare(`
    SELECT id, name, channel_id AS channelId, message_ts AS messageTs, headline, profile_url AS profileUrl FROM invitations
    WHERE team_id = @teamId AND owner_id = @ownerId AND details_removed_at IS NULL
      AND ((@profileUrl IS NOT NULL AND profile_url = @profileUrl)
        OR (@nameKey IS NOT NULL AND substr(person_key, 1, instr(person_key, '|') - 1) = @nameKey))
    ORDER BY id LIMIT 200`);
  const deleteCheck = db.prepare('DELETE FROM invitations WHERE team_id = ? AND owner_id = ? AND id = ?');
  const checkById = db.prepare(`
    SELECT id, name, channel_id AS channelId, message_ts AS messageTs, ${CARD_MAYBE_IN} AS unansweredPostIn
    FROM invitations WHERE team_id = @teamId AND owner_id = @ownerId AND id = @id`);
  const countChecks = db.prepare('SELECT count(*) AS n FROM invitations WHERE team_id = ? AND owner_id = ?');
  const countVoices = db.prepare('SELECT count(*) AS n FROM teammate_voices WHERE team_id = ? AND user_id = ?');
  const countSettings = db.prepare('SELECT count(*) AS n FROM user_settings WHERE team_id = ? AND user_id = ?');
  const countReviews = db.prepare('SELECT count(*) AS n FROM weekly_reviews WHERE team_id = ? AND user_id = ?');
  const countProfile = db.prepare('SELECT count(*) AS n FROM slack_users WHERE team_id = ? AND user_id = ?');
  const ownedCards = db.prepare(`
    SELECT id, name, channel_id AS channelId, message_ts AS messageTs, ${CARD_MAYBE_IN} AS unansweredPostIn
    FROM invitations WHERE team_id = @teamId AND owner_id = @ownerId`);
  const deleteOwned = db.prepare('DELETE FROM invitations WHERE team_id = ? AND owner_id = ?');
  const deleteVoices = db.prepare('DELETE FROM teammate_voices WHERE team_id = ? AND user_id = ?');
  const deleteSettings = db.prepare('DELETE FROM user_settings WHERE team_id = ? AND user_id = ?');
  const deleteReviews = db.prepare('DELETE FROM weekly_reviews WHERE team_id = ? AND user_id = ?');
  const deleteUser = db.prepare('DELETE FROM slack_users WHERE team_id = ? AND user_id = ?');
  const exportRows = db.prepare(`
    SELECT id, created_at, name, headline, company, mutual_connections, note, profile_url, source, recommendation,
      score, status, decided_at, decision_reason, decision_note, details_removed_at
    FROM invitations WHERE team_id = ? AND owner_id = ? ORDER BY created_at, id`);
  const exportWords = db.prepare(`
    SELECT v.updated_at, i.name, v.kind, v.note FROM teammate_voices v JOIN invitations i ON i.id = v.invitation_id
    WHERE v.team_id = ? AND v.user_id = ? ORDER BY v.updated_at, v.invitation_id`);
  const expired = db.prepare(`
    SELECT id FROM invitations
    WHERE details_removed_at IS NULL AND status IN ('ignored', 'declined', 'blocked') AND decided_at < ?
    ORDER BY decided_at LIMIT ?`);
  // The card's location (channel_id, message_ts) stays: it is what the card blanking still has to
  // do, and is cleared only once Slack has blanked the card (or said it never will). A response_url
  // expires within half an hour, long before this, so it goes now. A card whose post's outcome was
  // never noted (CARD_MAYBE_IN, read before response_url goes) is noted as unanswered, for the warning.
  // The link Home kept to the card (migration 018) goes too: nothing shows a purged check's card.
  const removeDetails = db.prepare(`
    UPDATE invitations
    SET unanswered_post_channel_id = ${CARD_MAYBE_IN}, name = 'Details removed', headline = NULL, company = NULL, mutual_connections = NULL, note = NULL,
        profile_url = NULL, source = NULL, reasons = '[]', decision_reason = NULL, decision_note = NULL,
        person_key = '${REMOVED_PERSON_KEY}' || id, response_url = NULL, card_stale_since = NULL, card_permalink = NULL,
        details_removed_at = @now, updated_at = @now
    WHERE id = @id AND details_removed_at IS NULL`);
  const removeEventDetails = db.prepare('UPDATE decision_events SET reason = NULL, note = NULL WHERE invitation_id = ?');
  const removeVoicesOf = db.prepare('DELETE FROM teammate_voices WHERE invitation_id = ?');
  // What a purged decision said in words (its reason and note, and every step's), by invitation:
  // a later check's card shows them as "Seen before", and its stored weighing may quote them.
  const purgedIds = 'SELECT value FROM json_each(@ids)';
  const wordsOfPurged = db.prepare(`
    SELECT id, decision_reason AS word FROM invitations WHERE id IN (${purgedIds}) AND decision_reason IS NOT NULL
    UNION SELECT id, decision_note FROM invitations WHERE id IN (${purgedIds}) AND decision_note IS NOT NULL
    UNION SELECT invitation_id, reason FROM decision_events WHERE invitation_id IN (${purgedIds}) AND reason IS NOT NULL
    UNION SELECT invitation_id, note FROM decision_events WHERE invitation_id IN (${purgedIds}) AND note IS NOT NULL`);
  // Later checks of the same people, whoever made them (as forgetting finds them, by profile URL or
  // by name and headline, each through its index), read before the purge changes both; and earlier
  // ones still pending, whose cards list it "Since this check", or decided after it was made, whose
  // weighing may have counted (and quoted) it while they waited, as forgetting traces them.
  const purgedMayHaveWeighed = "(later.id > purged.id OR later.status = 'pending' OR later.decided_at >= purged.created_at)";
  const laterThanPurged = db.prepare(`
    WITH purged AS (SELECT id, team_id, profile_url, person_key, created_at FROM invitations WHERE id IN (${purgedIds}))
    SELECT purged.id AS purgedId, later.id AS laterId FROM purged JOIN invitations later
      ON later.team_id = purged.team_id AND later.profile_url = purged.profile_url AND ${purgedMayHaveWeighed}
    WHERE purged.profile_url IS NOT NULL AND later.details_removed_at IS NULL
    UNION
    SELECT purged.id, later.id FROM purged JOIN invitations later
      ON later.team_id = purged.team_id AND later.person_key = purged.person_key AND ${purgedMayHaveWeighed}
    WHERE later.details_removed_at IS NULL`);
  const laterSameNameThanPurged = db.prepare(laterSameNameOf(`SELECT id, team_id, person_key FROM invitations WHERE id IN (${purgedIds})`, `later.id NOT IN (${purgedIds})`));
  const reasonsOf = db.prepare('SELECT reasons FROM invitations WHERE id = ? AND details_removed_at IS NULL');
  const setReasons = db.prepare('UPDATE invitations SET reasons = @reasons, updated_at = @now WHERE id = @id');
  // For the card catch-up job (migration 010), as after a focus change: only cards in a channel.
  const markLaterStale = db.prepare(`
    UPDATE invitations SET card_stale_since = @now
    WHERE id IN (${purgedIds}) AND details_removed_at IS NULL AND message_ts IS NOT NULL AND channel_id IS NOT NULL`);
  // Both read through invitations_cards_to_blank (migration 007): only the purged rows with a card.
  const cardsToBlank = db.prepare(`
    SELECT id, channel_id AS channelId, message_ts AS messageTs, status, decided_at AS decidedAt FROM invitations
    WHERE details_removed_at IS NOT NULL AND message_ts IS NOT NULL AND id > ?
    ORDER BY id LIMIT ?`);
  // Rare, and read once a run: the rows a purge just stamped, with no index of their own.
  const unknownPurged = db.prepare(`
    SELECT unanswered_post_channel_id AS channelId FROM invitations
    WHERE details_removed_at = ? AND unanswered_post_channel_id IS NOT NULL ORDER BY id`);
  const forgetCard = db.prepare(`
    UPDATE invitations SET channel_id = NULL, message_ts = NULL, card_permalink = NULL, updated_at = @now
    WHERE id = @id AND details_removed_at IS NOT NULL AND channel_id IS @channelId AND message_ts = @messageTs`);

  // The checks being forgotten: the owner's own, all of them or the listed ones (a JSON array).
  const ownersChecks = 'SELECT id, team_id, profile_url, person_key, status, created_at FROM invitations WHERE team_id = @teamId AND owner_id = @ownerId';
  const listedChecks = `${ownersChecks} AND id IN (SELECT value FROM json_each(@ids))`;
  // Other checks of the same people, whoever made them: a later one's weighing read these as
  // history (by profile URL, or by name and headline), and its reasons quote the decisions; an
  // earlier one weighed their decisions while it was pending (and stored them if decided since).
  // Only an earlier one that could have: the check forgotten is decided (a pending one is listed on
  // no earlier card), and the earlier one is pending, or was decided after it was made. Else
  // forgetting a recent check of someone mass-inviting the team would weigh all their checks
  // again, in one transaction (2.6 s of a stalled event loop for 2,000 checks).
  // Each branch walks its own index (invitations_by_profile, invitations_by_person).
  const mayHaveWeighed = `(later.id > mine.id OR (mine.status <> 'pending' AND (later.status = 'pending' OR later.decided_at >= mine.created_at)))`;
  const laterChecksOf = (mine: string) =>
    db.prepare(`
      SELECT later.id AS id FROM (${mine}) AS mine JOIN invitations later
        ON later.team_id = mine.team_id AND later.profile_url = mine.profile_url AND later.id <> mine.id AND ${mayHaveWeighed}
      WHERE mine.profile_url IS NOT NULL AND later.details_removed_at IS NULL
      UNION
      SELECT later.id FROM (${mine}) AS mine JOIN invitations later
        ON later.team_id = mine.team_id AND later.person_key = mine.person_key AND later.id <> mine.id AND ${mayHaveWeighed}
      WHERE later.details_removed_at IS NULL`);
  // For the same-name hints of later checks (hintsThatMayList): the names of the checks being
  // forgotten, from the first of each; that name's checks from then on, along invitations_by_person;
  // its first headlines, one index step each (as SAME_NAME_SQL walks them), stopping at the bound.
  const namesOf = (mine: string) =>
    db.prepare(`
      SELECT substr(person_key, 1, instr(person_key, '|') - 1) AS name, min(id) AS since FROM (${mine})
      WHERE instr(person_key, '|') > 0 GROUP BY 1`);
  const namesOfOwner = namesOf(ownersChecks);
  const namesOfListed = namesOf(listedChecks);
  const checksOfName = db.prepare(`
    SELECT id, person_key AS key, profile_url IS NULL AS withoutUrl, owner_id AS ownerId FROM invitations
    WHERE team_id = @teamId AND person_key >= @name || '|' AND person_key < @name || '}' AND id >= @since AND details_removed_at IS NULL
    ORDER BY id`);
  const firstHeadlines = db.prepare(`
    WITH RECURSIVE headlines(key) AS (
      SELECT (SELECT min(person_key) FROM invitations WHERE team_id = @teamId AND person_key >= @name || '|' AND person_key < @name || '}')
      UNION ALL
      SELECT (SELECT min(person_key) FROM invitations WHERE team_id = @teamId AND person_key > headlines.key AND person_key < @name || '}')
      FROM headlines WHERE headlines.key IS NOT NULL
      LIMIT ${SAME_NAME_HEADLINES_READ})
    SELECT key FROM headlines WHERE key IS NOT NULL`);
  /** The later checks whose hint may list one of the checks being forgotten (see hintsThatMayList). */
  const hintsOfName = (teamId: string, names: readonly { name: string; since: number }[], forgotten: (row: { id: number; ownerId: string }) => boolean): number[] =>
    names
      .filter(({ name }) => name.includes(' '))
      .flatMap(({ name, since }) => {
        const rows = (checksOfName.all({ teamId, name, since }) as { id: number; key: string; withoutUrl: number; ownerId: string }[]).map((row) => {
          return { id: row.id, key: row.key, withoutUrl: row.withoutUrl === 1, forgotten: forgotten(row) };
        });
        return hintsThatMayList(rows, new Set((firstHeadlines.all({ teamId, name }) as { key: string }[]).map((row) => row.key)));
      });
  const decisionWordsOf = (mine: string) =>
    db.prepare(`
      SELECT decision_reason AS word FROM (${mine}) AS mine JOIN invitations USING (id) WHERE decision_reason IS NOT NULL
      UNION
      SELECT e.reason FROM (${mine}) AS mine JOIN decision_events e ON e.invitation_id = mine.id WHERE e.reason IS NOT NULL`);
  const laterThanOwners = laterChecksOf(ownersChecks);
  const laterThanListed = laterChecksOf(listedChecks);
  const wordsOfOwner = decisionWordsOf(ownersChecks);
  const wordsOfListed = decisionWordsOf(listedChecks);
  const voicesBy = db.prepare('SELECT invitation_id AS id, note FROM teammate_voices WHERE team_id = ? AND user_id = ?');
  const dmsOfListed = db.prepare(`
    SELECT DISTINCT n.dm_channel_id AS channelId, n.dm_ts AS ts FROM (${listedChecks}) AS mine JOIN thank_you_nudges n ON n.invitation_id = mine.id
    WHERE n.dm_channel_id IS NOT NULL AND n.dm_ts IS NOT NULL`);
  const dmsOfOwner = db.prepare(`
    SELECT DISTINCT dm_channel_id AS channelId, dm_ts AS ts FROM thank_you_nudges
    WHERE team_id = ? AND owner_id = ? AND dm_channel_id IS NOT NULL AND dm_ts IS NOT NULL`);

  // `latest`: the person's newest review, and sent within the last week: this week's, to redraw as
  // it stands. An older one showed a past week, and is cleared rather than made to show this one.
  const reviewDm = `
    SELECT DISTINCT r.week, r.channel_id AS channelId, r.message_ts AS ts,
      r.week = (SELECT max(week) FROM weekly_reviews WHERE team_id = r.team_id AND user_id = r.user_id AND message_ts IS NOT NULL)
        AND r.sent_at >= @weekAgo AS latest
    FROM weekly_reviews r`;
  const reviewDmsNaming = db.prepare(`${reviewDm} JOIN weekly_review_names n USING (team_id, user_id, week)
    WHERE r.team_id = @teamId AND r.user_id = @ownerId AND r.message_ts IS NOT NULL AND n.invitation_id IN (SELECT value FROM json_each(@ids))`);
  const reviewDmsOf = db.prepare(`${reviewDm} WHERE r.team_id = @teamId AND r.user_id = @ownerId AND r.message_ts IS NOT NULL`);
  // Review claims whose post began and was never recorded (a sweep died): a DM may be out there;
  // whom it names, when its post recorded that as it began (migration 016).
  // And posts of a review sent again after the looks for them failed (migration 017): whom each
  // may name, as recorded when the review was sent again.
  const unsureReviews = db.prepare(`
    SELECT r.week, r.post_started_at AS postStartedAt, r.names_at_post AS namesKnown,
      (SELECT json_group_array(n.invitation_id) FROM weekly_review_names n WHERE n.team_id = r.team_id AND n.user_id = r.user_id AND n.week = r.week) AS names,
      0 AS lostPost, NULL AS recordedTs
    FROM weekly_reviews r
    WHERE r.team_id = @teamId AND r.user_id = @userId AND r.status = 'sending' AND r.post_started_at IS NOT NULL AND r.message_ts IS NULL
    UNION ALL
    SELECT week, lost_post_started_at, lost_post_names IS NOT NULL, coalesce(lost_post_names, '[]'), 1, message_ts
    FROM weekly_reviews WHERE team_id = @teamId AND user_id = @userId AND lost_post_started_at IS NOT NULL`);
  // A forgetting of checks that a review's post in flight may name (begun, not recorded: as
  // unsureReviews reads them) marks it, in the forgetting's write and before the checks go, so
  // that the sweep recording or finding that post redraws or clears it (migration 017).
  const markReviewsInFlight = db.prepare(`
    UPDATE weekly_reviews SET names_forgotten = 1
    WHERE team_id = @teamId AND user_id = @ownerId AND status = 'sending' AND post_started_at IS NOT NULL AND message_ts IS NULL
      AND CASE WHEN names_at_post = 1
        THEN EXISTS (SELECT 1 FROM weekly_review_names n WHERE n.team_id = weekly_reviews.team_id AND n.user_id = weekly_reviews.user_id
          AND n.week = weekly_reviews.week AND n.invitation_id IN (SELECT value FROM json_each(@ids)))
        ELSE post_started_at >= (SELECT min(created_at) FROM invitations WHERE team_id = @teamId AND owner_id = @ownerId AND id IN (SELECT value FROM json_each(@ids)))
      END`);
  const lostPostCleared = db.prepare(`
    UPDATE weekly_reviews SET lost_post_started_at = NULL, lost_post_names = NULL WHERE team_id = @teamId AND user_id = @ownerId AND week = @week`);
  const firstCheckMade = db.prepare(`
    SELECT min(created_at) AS at FROM invitations WHERE team_id = @teamId AND owner_id = @ownerId AND id IN (SELECT value FROM json_each(@ids))`);
  const clearNames = db.prepare('DELETE FROM weekly_review_names WHERE team_id = ? AND user_id = ? AND week = ?');
  const reviewsNamingPurged = db.prepare(`
    SELECT DISTINCT r.team_id AS teamId, r.user_id AS userId, r.week, r.channel_id AS channelId, r.message_ts AS ts
    FROM weekly_review_names n JOIN invitations i ON i.id = n.invitation_id JOIN weekly_reviews r USING (team_id, user_id, week)
    WHERE i.details_removed_at IS NOT NULL AND r.message_ts IS NOT NULL
    LIMIT ?`);

  // A message queued twice (two forgettings reached one DM) is one row: the later ask stands, as
  // forget-me after a forget says 'you' and names nobody.
  const queueMessage = db.prepare(`
    INSERT INTO forgotten_messages (team_id, channel_id, message_ts, kind, who, user_id, week, queued_at)
    VALUES (@teamId, @channelId, @ts, @kind, @who, @userId, @week, @now)
    ON CONFLICT (team_id, channel_id, message_ts) DO UPDATE SET kind = excluded.kind, who = excluded.who, user_id = excluded.user_id, week = excluded.week`);
  const queuedMessages = db.prepare(`
    SELECT id, team_id AS teamId, channel_id AS channelId, message_ts AS ts, kind, who, user_id AS userId, week
    FROM forgotten_messages ORDER BY id LIMIT ?`);
  // Only the row as it was read: one asked again meanwhile (forget-me after a forget) still waits.
  const messageDone = db.prepare(`
    DELETE FROM forgotten_messages
    WHERE team_id = @teamId AND channel_id = @channelId AND message_ts = @ts AND kind = @kind AND who = @who AND user_id IS @userId AND week IS @week`);
  // To the back of the queue (the queue is read by id): a message that keeps failing must not hold
  // up the ones behind it, run after run.
  const requeueMessage = db.prepare('UPDATE forgotten_messages SET id = (SELECT max(id) + 1 FROM forgotten_messages) WHERE id = ?');
  const countQueued = db.prepare('SELECT count(*) AS n FROM forgotten_messages');
  const unnameQueued = db.prepare('UPDATE forgotten_messages SET user_id = NULL, week = NULL WHERE team_id = ? AND user_id = ?');

  // The digests (migration 020) a forgetting of these checks reaches: those that name one, and
  // those whose days hold one's check or decision (their counts counted it). Read before the
  // checks go (the names go with them). A digest posted before 020 has no place: not reached.
  // A workspace has one digest a week, so its placed ones are few: the days are matched here, by
  // binary search over the checks' times, not by a join of every check with every digest.
  const placedDigests = db.prepare(`
    SELECT week, channel_id AS channelId, message_ts AS ts, covers_from AS coversFrom, covers_to AS coversTo FROM team_digests
    WHERE team_id = ? AND message_ts IS NOT NULL AND channel_id IS NOT NULL AND covers_from IS NOT NULL AND covers_to IS NOT NULL
    ORDER BY week DESC`);
  const timesOfListed = db.prepare(`
    SELECT id, created_at AS createdAt, decided_at AS decidedAt FROM invitations
    WHERE id IN (SELECT value FROM json_each(@ids)) AND team_id = @teamId AND owner_id = @ownerId`);
  const timesOfOwner = db.prepare('SELECT id, created_at AS createdAt, decided_at AS decidedAt FROM invitations WHERE team_id = @teamId AND owner_id = @ownerId');
  const digestsNaming = db.prepare(`
    SELECT DISTINCT week FROM team_digest_names WHERE invitation_id IN (SELECT value FROM json_each(@ids)) AND team_id = @teamId`);
  const digestsReaching = (teamId: string, checks: readonly { id: number; createdAt: number; decidedAt: number | null }[]): DigestRecord[] => {
    if (checks.length === 0) return [];
    const named = new Set((digestsNaming.all({ teamId, ids: JSON.stringify(checks.map((check) => check.id)) }) as { week: string }[]).map((row) => row.week));
    const times = checks.flatMap((check) => (check.decidedAt === null ? [check.createdAt] : [check.createdAt, check.decidedAt])).sort((a, b) => a - b);
    const rows = placedDigests.all(teamId) as (DigestRecord & { coversFrom: number; coversTo: number })[];
    return rows
      .filter((row) => named.has(row.week) || anyWithin(times, row.coversFrom, row.coversTo))
      .map(({ week, channelId, ts }) => ({ week, channelId, ts }));
  };
  const anyGone = db.prepare(`
    SELECT EXISTS (SELECT 1 FROM json_each(?) j WHERE NOT EXISTS (SELECT 1 FROM invitations i WHERE i.id = j.value)) AS gone`);
  const digestPeriod = db.prepare(`
    SELECT covers_from AS coversFrom, covers_to AS coversTo FROM team_digests
    WHERE team_id = ? AND week = ? AND covers_from IS NOT NULL AND covers_to IS NOT NULL`);

  const count = (stmt: typeof countChecks, teamId: string, userId: string) => (stmt.get(teamId, userId) as { n: number }).n;

  return {
    /** The owner's checks of one person: by normalised profile URL, or by name (case and accents aside). */
    checksOfPerson(teamId: string, ownerId: string, person: { profileUrl: string | null; nameKey: string | null }): ForgettableCheck[] {
      return matchingChecks.all({ teamId, ownerId, ...person }) as ForgettableCheck[];
    },

    /**
     * Deletes the listed checks where they are the owner's (others are left alone); their decisions,
     * nudges and teammates' words go with them. Returns the deleted checks, to blank their cards
     * (and where one may be that cannot be: see CARD_MAYBE_IN, as of `now`).
     */
    forgetChecks(teamId: string, ownerId: string, ids: readonly number[], now: Date, showing: readonly number[] = []): ForgettableCheck[] {
      const postsSettledBefore = now.getTime() - CARD_POST_SETTLED_MS;
      const shown = JSON.stringify(showing);
      const run = db.transaction(() => {
        markReviewsInFlight.run({ teamId, ownerId, ids: JSON.stringify(ids) });
        const removed: ForgettableCheck[] = [];
        for (const id of ids) {
          const card = checkById.get({ teamId, ownerId, id, postsSettledBefore, showing: shown }) as ForgettableCheck | undefined;
          if (card !== undefined && deleteCheck.run(teamId, ownerId, id).changes > 0) removed.push(card);
        }
        return removed;
      });
      return run.immediate();
    },

    /** Where the listed checks of the owner's left their words in others' weighings (see ForgottenTraces). */
    tracesOfChecks(teamId: string, ownerId: string, ids: readonly number[]): ForgottenTraces {
      const params = { teamId, ownerId, ids: JSON.stringify(ids) };
      const listed = new Set(ids);
      return {
        invitationIds: (laterThanListed.all(params) as { id: number }[]).map((row) => row.id),
        words: (wordsOfListed.all(params) as { word: string }[]).map((row) => row.word),
        sameNameIds: hintsOfName(teamId, namesOfListed.all(params) as { name: string; since: number }[], (row) => row.ownerId === ownerId && listed.has(row.id)),
      };
    },

    /** Where a person's checks and teammate's words are in others' weighings (see ForgottenTraces). */
    tracesOfPerson(teamId: string, userId: string): ForgottenTraces {
      const params = { teamId, ownerId: userId };
      const voices = voicesBy.all(teamId, userId) as { id: number; note: string | null }[];
      return {
        invitationIds: [...(laterThanOwners.all(params) as { id: number }[]).map((row) => row.id), ...voices.map((voice) => voice.id)],
        words: [
          ...(wordsOfOwner.all(params) as { word: string }[]).map((row) => row.word),
          ...voices.flatMap((voice) => (voice.note === null ? [] : [voice.note])),
        ],
        sameNameIds: hintsOfName(teamId, namesOfOwner.all(params) as { name: string; since: number }[], (row) => row.ownerId === userId),
      };
    },

    /** The thank-you DMs that list any of the owner's listed checks (read before they are forgotten). */
    thankYouDmsOfChecks(teamId: string, ownerId: string, ids: readonly number[]): ThankYouDm[] {
      return dmsOfListed.all({ teamId, ownerId, ids: JSON.stringify(ids) }) as ThankYouDm[];
    },

    /** The owner's weekly review DMs that named any of the listed checks (read before they are forgotten). */
    reviewDmsOfChecks(teamId: string, ownerId: string, ids: readonly number[], now: Date): ReviewDmRecord[] {
      const rows = reviewDmsNaming.all({ teamId, ownerId, ids: JSON.stringify(ids), weekAgo: now.getTime() - WEEK_MS });
      return (rows as (ReviewDmRecord & { latest: number })[]).map(withLatest);
    },

    /**
     * The person's review claims whose DM may have gone out unrecorded: when its post began, and the
     * invitations it names (null for a claim stamped before those were recorded: not known).
     */
    unsureReviewsOfOwner(teamId: string, userId: string): UnsureReview[] {
      const rows = unsureReviews.all({ teamId, userId }) as { week: string; postStartedAt: number; namesKnown: number; names: string; lostPost: number; recordedTs: string | null }[];
      return rows.map((row) => ({
        week: row.week,
        postStartedAt: new Date(row.postStartedAt),
        names: row.namesKnown === 1 ? (JSON.parse(row.names) as number[]) : null,
        lostPost: row.lostPost === 1,
        recordedTs: row.recordedTs,
      }));
    },

    /**
     * The lost posts of these weeks' reviews (see UnsureReview) were found, and are queued to be
     * cleared: no later forgetting needs to look for them.
     */
    lostReviewPostsCleared(teamId: string, ownerId: string, weeks: readonly string[]): void {
      for (const week of weeks) lostPostCleared.run({ teamId, ownerId, week });
    },

    /** When the first of the owner's checks `ids` was made; null when none is theirs. */
    firstCheckMade(teamId: string, ownerId: string, ids: readonly number[]): Date | null {
      const row = firstCheckMade.get({ teamId, ownerId, ids: JSON.stringify(ids) }) as { at: number | null };
      return row.at === null ? null : new Date(row.at);
    },

    /** Every weekly review DM the person was sent (read before they are forgotten). */
    reviewDmsOfOwner(teamId: string, userId: string, now: Date): ReviewDmRecord[] {
      return (reviewDmsOf.all({ teamId, ownerId: userId, weekAgo: now.getTime() - WEEK_MS }) as (ReviewDmRecord & { latest: number })[]).map(withLatest);
    },

    /** Up to `limit` weekly review DMs that name someone whose details the retention purge removed. */
    reviewsNamingPurged(limit: number): ExpiredReviewDm[] {
      return reviewsNamingPurged.all(limit) as ExpiredReviewDm[];
    },

    /** A review DM cleared of its names: it names nobody now, so no later forgetting needs it. */
    reviewCleared(teamId: string, userId: string, week: string): void {
      clearNames.run(teamId, userId, week);
    },

    /** The team digests that name or counted any of the owner's listed checks (read before they are forgotten). */
    digestsOfChecks(teamId: string, ownerId: string, ids: readonly number[]): DigestRecord[] {
      return digestsReaching(teamId, timesOfListed.all({ teamId, ownerId, ids: JSON.stringify(ids) }) as { id: number; createdAt: number; decidedAt: number | null }[]);
    },

    /** The team digests that name or counted any of the person's checks (read before they are forgotten). */
    digestsOfOwner(teamId: string, ownerId: string): DigestRecord[] {
      return digestsReaching(teamId, timesOfOwner.all({ teamId, ownerId }) as { id: number; createdAt: number; decidedAt: number | null }[]);
    },

    /** Whether any of these invitations is gone (forgotten since they were read). */
    anyForgotten(ids: readonly number[]): boolean {
      return ids.length > 0 && (anyGone.get(JSON.stringify(ids)) as { gone: number }).gone === 1;
    },

    /** The days the workspace's digest of `week` covers, to redraw it over; null when not recorded. */
    digestDays(teamId: string, week: string): { from: Date; to: Date } | null {
      const row = digestPeriod.get(teamId, week) as { coversFrom: number; coversTo: number } | undefined;
      return row === undefined ? null : { from: new Date(row.coversFrom), to: new Date(row.coversTo) };
    },

    /** Every thank-you DM the person was sent (read before they are forgotten). */
    thankYouDmsOfOwner(teamId: string, ownerId: string): ThankYouDm[] {
      return dmsOfOwner.all(teamId, ownerId) as ThankYouDm[];
    },

    /**
     * Forgets what Slack told us about the person (time zone, name, DM) once more: publishing their
     * emptied Home tab asks Slack for their time zone, and caches it again.
     */
    forgetSlackUser(teamId: string, userId: string): void {
      deleteUser.run(teamId, userId);
    },

    footprint(teamId: string, userId: string): PersonalFootprint {
      return {
        checks: count(countChecks, teamId, userId),
        voices: count(countVoices, teamId, userId),
        settings: count(countSettings, teamId, userId),
        reviews: count(countReviews, teamId, userId),
        profile: count(countProfile, teamId, userId),
      };
    },

    /**
     * Everything stored about one person in one workspace, in one transaction (before any Slack
     * call); returns what was removed and the cards to blank (and where one may be that cannot be:
     * see CARD_MAYBE_IN, as of `now`).
     */
    forgetPerson(teamId: string, userId: string, now: Date, showing: readonly number[] = []): { removed: PersonalFootprint; cards: ForgettableCheck[] } {
      const run = db.transaction(() => {
        const params = { teamId, ownerId: userId, postsSettledBefore: now.getTime() - CARD_POST_SETTLED_MS, showing: JSON.stringify(showing) };
        const cards = ownedCards.all(params) as ForgettableCheck[];
        const removed: PersonalFootprint = {
          checks: deleteOwned.run(teamId, userId).changes,
          voices: deleteVoices.run(teamId, userId).changes,
          settings: deleteSettings.run(teamId, userId).changes,
          reviews: deleteReviews.run(teamId, userId).changes,
          profile: deleteUser.run(teamId, userId).changes,
        };
        // Messages an earlier `forget` of theirs left to blank name them as the owner: not any more.
        unnameQueued.run(teamId, userId);
        return { removed, cards };
      });
      return run.immediate();
    },

    /**
     * Leaves messages to the card catch-up job (see ForgottenMessage), in one transaction, or in
     * the caller's (the forgetting's own, so that the records never go without them).
     */
    queueForgottenMessages(messages: readonly Omit<ForgottenMessage, 'id'>[], now: Date): void {
      db.transaction(() => {
        for (const message of messages) queueMessage.run({ ...message, now: now.getTime() });
      })();
    },

    /** Up to `limit` messages a forgetting left to change, longest waiting first. */
    forgottenMessages(limit: number): ForgottenMessage[] {
      return queuedMessages.all(limit) as ForgottenMessage[];
    },

    /** A queued message Slack changed (or said it never can): let go, unless asked again since. */
    forgottenMessageDone(message: Omit<ForgottenMessage, 'id'>): void {
      const { teamId, channelId, ts, kind, who, userId, week } = message;
      messageDone.run({ teamId, channelId, ts, kind, who, userId, week });
    },

    /** A queued message Slack could not take this time (down, a rate limit): behind the others now. */
    forgottenMessageFailed(id: number): void {
      requeueMessage.run(id);
    },

    /** How many messages forgettings left to change, in every workspace: the job's queue, for an estimate. */
    forgottenMessageCount(): number {
      return (countQueued.get() as { n: number }).n;
    },

    exportRows(teamId: string, ownerId: string): ExportRow[] {
      return exportRows.all(teamId, ownerId) as ExportRow[];
    },

    /** The words the person added on teammates' cards ("I know them", heads-ups), oldest first. */
    exportWords(teamId: string, userId: string): ExportedWord[] {
      return exportWords.all(teamId, userId) as ExportedWord[];
    },

    /**
     * Reduces up to `limit` expired ignored/declined/blocked checks to their decision and dates.
     * Later checks of the same people lose, in the same transaction, what their stored weighing
     * quoted of those decisions' words (a row weighed before typed words stopped being quoted), and
     * their cards, which show the words as "Seen before", are marked for the card catch-up job to
     * redraw without them. Only after a decision that had words: one without shows nothing a purge removes.
     */
    removeExpiredDetails(decidedBefore: Date, limit: number, now: Date): { removed: number; laterCardsMarked: number } {
      const run = db.transaction(() => {
        const ids = (expired.all(decidedBefore.getTime(), limit) as { id: number }[]).map((row) => row.id);
        const params = { ids: JSON.stringify(ids) };
        const words = new Map<number, string[]>();
        for (const { id, word } of wordsOfPurged.all(params) as { id: number; word: string }[]) words.set(id, [...(words.get(id) ?? []), word]);
        // Each later check with the words of the purged checks before it (none in this batch: those are purged too).
        const later = new Map<number, string[]>();
        const purgedNow = new Set(ids);
        if (words.size > 0) {
          for (const { purgedId, laterId } of laterThanPurged.all(params) as { purgedId: number; laterId: number }[]) {
            const said = words.get(purgedId);
            if (said === undefined || purgedNow.has(laterId)) continue;
            later.set(laterId, [...(later.get(laterId) ?? []), ...said]);
          }
        }
        // A later check of the same name under another headline may list a purged one as a hint
        // (name, headline, decision, reason), words or not: its card is redrawn without it too.
        // Read before the purge changes the person keys.
        const sameNameLater = (laterSameNameThanPurged.all(params) as { id: number }[]).map((row) => row.id);
        for (const id of ids) {
          removeDetails.run({ id, now: now.getTime(), postsSettledBefore: now.getTime() - CARD_POST_SETTLED_MS, showing: '[]' });
          removeEventDetails.run(id);
          removeVoicesOf.run(id);
        }
        for (const [id, said] of later) {
          const row = reasonsOf.get(id) as { reasons: string } | undefined;
          if (row === undefined) continue;
          const reasons = JSON.parse(row.reasons) as string[];
          const kept = withoutQuotedDecisionWords(reasons, said);
          if (kept.some((reason, i) => reason !== reasons[i])) setReasons.run({ id, reasons: JSON.stringify(kept), now: now.getTime() });
        }
        const toRedraw = new Set(later.keys());
        for (const id of sameNameLater) toRedraw.add(id);
        const laterCardsMarked = toRedraw.size === 0 ? 0 : markLaterStale.run({ ids: JSON.stringify([...toRedraw]), now: now.getTime() }).changes;
        return { removed: ids.length, laterCardsMarked };
      });
      return run.immediate();
    },

    /**
     * For each invitation whose details the purge at `purgedAt` removed and whose card post Slack
     * never answered (no click has shown that copy since), the conversation a card may be in that
     * the blanking cannot reach (migration 011).
     */
    cardsUnknownPurgedAt(purgedAt: Date): string[] {
      return (unknownPurged.all(purgedAt.getTime()) as { channelId: string }[]).map((row) => row.channelId);
    },

    /**
     * Up to `limit` cards of purged invitations, after the invitation `afterId`, that still show the
     * details: the purge kept their location for the blanking.
     */
    cardsToBlank(afterId: number, limit: number): CardToBlank[] {
      return cardsToBlank.all(afterId, limit) as CardToBlank[];
    },

    /**
     * Forgets where a purged invitation's card is, once it is blanked or can never be. Only the
     * location that was read: if a click noted another one meanwhile, that one is still to blank.
     */
    cardBlanked(card: Pick<CardToBlank, 'id' | 'channelId' | 'messageTs'>, now: Date): boolean {
      return forgetCard.run({ id: card.id, channelId: card.channelId, messageTs: card.messageTs, now: now.getTime() }).changes > 0;
    },
  };
}

/** Whether any of the sorted `times` is in [from, to). */
function anyWithin(times: readonly number[], from: number, to: number): boolean {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((times[middle] ?? Infinity) < from) low = middle + 1;
    else high = middle;
  }
  return low < times.length && (times[low] ?? Infinity) < to;
}
