import { randomUUID } from 'node:crypto';
import { nextIdSql } from './next-id.js';
import type { Db } from './open.js';

export type NudgeStatus = 'scheduled' | 'sending' | 'delivered' | 'done' | 'skipped' | 'cancelled' | 'retired';

export interface NudgeRecord {
  id: number;
  invitationId: number;
  teamId: string;
  ownerId: string;
  status: NudgeStatus;
  dueAt: Date;
  attempts: number;
  claimToken: string | null;
  deliveredAt: Date | null;
  dmChannelId: string | null;
  dmTs: string | null;
  finishedAt: Date | null;
  /** When a sweep began posting this nudge's DM without recording the outcome yet (see migration 004). */
  postStartedAt: Date | null;
}

/** A claimed nudge with what the DM needs to say about the person. */
export interface ClaimedNudge extends NudgeRecord {
  person: { name: string; headline: string | null; company: string | null; note: string | null; profileUrl: string | null };
}

interface NudgeRow {
  id: number;
  invitation_id: number;
  team_id: string;
  owner_id: string;
  status: NudgeStatus;
  due_at: number;
  attempts: number;
  claim_token: string | null;
  delivered_at: number | null;
  dm_channel_id: string | null;
  dm_ts: string | null;
  finished_at: number | null;
  post_started_at: number | null;
}

interface ClaimedRow extends NudgeRow {
  name: string;
  headline: string | null;
  company: string | null;
  note: string | null;
  profile_url: string | null;
}

function toRecord(row: NudgeRow): NudgeRecord {
  return {
    id: row.id,
    invitationId: row.invitation_id,
    teamId: row.team_id,
    ownerId: row.owner_id,
    status: row.status,
    dueAt: new Date(row.due_at),
    attempts: row.attempts,
    claimToken: row.claim_token,
    deliveredAt: row.delivered_at === null ? null : new Date(row.delivered_at),
    dmChannelId: row.dm_channel_id,
    dmTs: row.dm_ts,
    finishedAt: row.finished_at === null ? null : new Date(row.finished_at),
    postStartedAt: row.post_started_at === null ? null : new Date(row.post_started_at),
  };
}

/** The statements a thank-you sweep runs, by name (the benchmark checks each one's query plan). */
export const NUDGE_SWEEP_SQL = {
  expireClaims: `
    UPDATE thank_you_nudges SET status = 'scheduled', claim_token = NULL, claimed_at = NULL, updated_at = @now
    WHERE status = 'sending' AND claimed_at < @expiredBefore`,
  // Walked in due order only as far as the owners wanted: the cost follows what is due, never the
  // nudges scheduled for later (a GROUP BY over the owners would read every scheduled one).
  dueInOrder: `
    SELECT team_id, owner_id FROM thank_you_nudges
    WHERE status = 'scheduled' AND due_at <= ?
    ORDER BY due_at`,
  claimOwner: `
    UPDATE thank_you_nudges SET status = 'sending', claim_token = @token, claimed_at = @now, updated_at = @now
    WHERE team_id = @teamId AND owner_id = @ownerId AND status = 'scheduled' AND due_at <= @now
    RETURNING *`,
  personOf: `
    SELECT name, headline, company, note, profile_url FROM invitations WHERE id = ?`,
  // Only while the claim is held and the invitation still accepted. The earliest stamp is kept: a
  // later check must look back to the first post that may be out there. The lease is renewed from
  // now, so a claim about to be posted never looks abandoned to another sweep.
  markPostStarted: `
    UPDATE thank_you_nudges SET post_started_at = coalesce(post_started_at, @now), claimed_at = @now, updated_at = @now
    WHERE id = @id AND claim_token = @token AND status = 'sending'
      AND EXISTS (SELECT 1 FROM invitations i WHERE i.id = thank_you_nudges.invitation_id AND i.status = 'accepted')`,
  // A held claim whose invitation is no longer accepted (were it missed by cancelOpen) is never sent.
  cancelUnaccepted: `
    UPDATE thank_you_nudges SET status = 'cancelled', claim_token = NULL, claimed_at = NULL, finished_at = @now, updated_at = @now
    WHERE id = @id AND claim_token = @token AND status = 'sending'
      AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.id = thank_you_nudges.invitation_id AND i.status = 'accepted')`,
  markDelivered: `
    UPDATE thank_you_nudges
    SET status = 'delivered', delivered_at = @now, dm_channel_id = @channelId, dm_ts = @ts,
        claim_token = NULL, claimed_at = NULL, last_error = NULL, post_started_at = NULL, updated_at = @now
    WHERE id = @id AND claim_token = @token AND status = 'sending'`,
  // The post stamp stays unless Slack refused the post: an answer that never came may hide a DM.
  release: `
    UPDATE thank_you_nudges
    SET status = 'scheduled', due_at = @dueAt, claim_token = NULL, claimed_at = NULL,
        attempts = attempts + @failed, last_error = @error,
        post_started_at = CASE WHEN @refused = 1 THEN NULL ELSE post_started_at END, updated_at = @now
    WHERE id = @id AND claim_token = @token AND status = 'sending'`,
  retire: `
    UPDATE thank_you_nudges
    SET status = 'retired', claim_token = NULL, claimed_at = NULL, last_error = @error, finished_at = @now, updated_at = @now
    WHERE id = @id AND claim_token = @token AND status = 'sending'`,
} as const;

export type NudgesRepo = ReturnType<typeof createNudgesRepo>;

/**
 * Thank-you nudges and the claim protocol that makes each DM go out once:
 * a sweep claims due rows in a write transaction (scheduled → sending, stamped with its token),
 * sends, then marks them delivered. Another sweep, in this process or another, cannot claim a
 * row that is already `sending`. A claim left behind by a crash expires after a lease and the
 * nudge is scheduled again, so nothing is lost.
 */
export function createNudgesRepo(db: Db) {
  // One thank-you per person and owner: nothing is scheduled while a nudge for the same person
  // (this check or an earlier one: same profile URL, or same name and headline where one has no
  // URL) is open, or was sent or skipped. A nudge cancelled before its DM does not count.
  const insertStmt = db.prepare(`
    INSERT INTO thank_you_nudges (id, invitation_id, team_id, owner_id, status, due_at, created_at, updated_at)
    SELECT ${nextIdSql('thank_you_nudges')}, @invitationId, @teamId, @ownerId, 'scheduled', @dueAt, @now, @now
    WHERE NOT EXISTS (
      SELECT 1 FROM thank_you_nudges n
      WHERE n.owner_id = @ownerId AND n.status IN ('scheduled', 'sending', 'delivered', 'done', 'skipped')
        AND n.invitation_id IN (
          SELECT @invitationId
          UNION SELECT same.id FROM invitations me JOIN invitations same ON same.team_id = me.team_id AND same.profile_url = me.profile_url
            WHERE me.id = @invitationId AND me.team_id = @teamId
          UNION SELECT same.id FROM invitations me JOIN invitations same ON same.team_id = me.team_id AND same.person_key = me.person_key
            WHERE me.id = @invitationId AND me.team_id = @teamId AND (same.profile_url IS NULL OR me.profile_url IS NULL)))
    ON CONFLICT DO NOTHING`);
  const expireClaims = db.prepare(NUDGE_SWEEP_SQL.expireClaims);
  const dueInOrder = db.prepare(NUDGE_SWEEP_SQL.dueInOrder).raw(true);
  const claimOwner = db.prepare(NUDGE_SWEEP_SQL.claimOwner);
  const personOf = db.prepare(NUDGE_SWEEP_SQL.personOf);
  const markPostStartedStmt = db.prepare(NUDGE_SWEEP_SQL.markPostStarted);
  const cancelUnacceptedStmt = db.prepare(NUDGE_SWEEP_SQL.cancelUnaccepted);
  const markDeliveredStmt = db.prepare(NUDGE_SWEEP_SQL.markDelivered);
  const releaseStmt = db.prepare(NUDGE_SWEEP_SQL.release);
  const retireStmt = db.prepare(NUDGE_SWEEP_SQL.retire);
  // `sending` too: the claiming sweep's stamp, release and delivery then match nothing.
  const cancelStmt = db.prepare(`
    UPDATE thank_you_nudges SET status = 'cancelled', claim_token = NULL, claimed_at = NULL, finished_at = @now, updated_at = @now
    WHERE team_id = @teamId AND invitation_id = @invitationId AND status IN ('scheduled', 'sending', 'delivered')`);
  const byId = db.prepare('SELECT * FROM thank_you_nudges WHERE team_id = ? AND id = ?');
  // The DMs that show the reminders cancelOpen would cancel: delivered, or snoozed since.
  const dmsOfOpenStmt = db.prepare(`
    SELECT DISTINCT dm_channel_id AS channelId, dm_ts AS ts FROM thank_you_nudges
    WHERE team_id = ? AND invitation_id = ? AND status IN ('scheduled', 'sending', 'delivered')
      AND dm_channel_id IS NOT NULL AND dm_ts IS NOT NULL`);
  const anyForInvitation = db.prepare(`
    SELECT 1 FROM thank_you_nudges WHERE invitation_id = ? AND team_id = ? AND status <> 'cancelled' LIMIT 1`);
  const byDm = db.prepare(`
    SELECT n.*, i.name, i.headline, i.company, i.note, i.profile_url
    FROM thank_you_nudges n JOIN invitations i ON i.id = n.invitation_id
    WHERE n.team_id = ? AND n.dm_channel_id = ? AND n.dm_ts = ?
    ORDER BY n.id`);
  // Sent it or Skip also on a reminder snoozed since its DM (its buttons still showing on another
  // device), which calls off the DM that would have brought it back; and on one a sweep has claimed
  // again but not yet stamped: that sweep's stamp then takes nothing, so no DM about it goes out. A
  // stamped one may be in Slack already and is left to its sweep. One never sent has no buttons.
  const finishStmt = db.prepare(`
    UPDATE thank_you_nudges SET status = @status, claim_token = NULL, claimed_at = NULL, finished_at = @now, updated_at = @now
    WHERE team_id = @teamId AND id = @id AND owner_id = @ownerId
      AND (status = 'delivered'
        OR (status = 'scheduled' AND dm_ts IS NOT NULL)
        -- Claimed but not being posted: the sweep finds its claim gone and posts nothing (see markPostStarted).
        OR (status = 'sending' AND post_started_at IS NULL)
        -- Sent it from a review before the DM went out: never posted, so no sweep can be posting it.
        OR (status = 'scheduled' AND dm_ts IS NULL AND post_started_at IS NULL))`);
  const shownStmt = db.prepare(`
    SELECT n.*, i.name, i.headline, i.company, i.note, i.profile_url
    FROM thank_you_nudges n JOIN invitations i ON i.id = n.invitation_id
    WHERE n.team_id = ? AND n.id = ?`);
  // A DM clicked proves it is in Slack: a post whose answer the sweep never recorded (a timeout, a
  // crash) is recorded there, as the sweep would have; a claim still held then matches nothing. Only
  // a DM posted after the stamp (`@stampAtMost`: its ts plus a margin for clock skew) counts: an older
  // DM of a reminder that came back proves nothing about the new post.
  const clickedDmStmt = db.prepare(`
    UPDATE thank_you_nudges
    SET status = 'delivered', delivered_at = @now, dm_channel_id = @channelId, dm_ts = @ts,
        claim_token = NULL, claimed_at = NULL, last_error = NULL, post_started_at = NULL, updated_at = @now
    WHERE team_id = @teamId AND id = @id AND owner_id = @ownerId AND status IN ('scheduled', 'sending')
      AND post_started_at IS NOT NULL AND post_started_at <= @stampAtMost
      AND (dm_ts IS NULL OR dm_ts <> @ts OR dm_channel_id <> @channelId)
      AND EXISTS (SELECT 1 FROM invitations i WHERE i.id = thank_you_nudges.invitation_id AND i.status = 'accepted')`);
  const snoozeStmt = db.prepare(`
    UPDATE thank_you_nudges SET status = 'scheduled', due_at = @dueAt, updated_at = @now
    WHERE team_id = @teamId AND id = @id AND owner_id = @ownerId AND status = 'delivered'`);

  // Edit details can make a check someone else. The person of invitation @invitationId as the
  // insert's one-per-person rule counts them: same profile URL, or same name and headline where
  // one has no URL (the invitation itself included).
  const samePersonAs = `
    SELECT same.id FROM invitations me JOIN invitations same ON same.team_id = me.team_id AND same.profile_url = me.profile_url
      WHERE me.id = @invitationId AND me.team_id = @teamId
    UNION SELECT same.id FROM invitations me JOIN invitations same ON same.team_id = me.team_id AND same.person_key = me.person_key
      WHERE me.id = @invitationId AND me.team_id = @teamId AND (same.profile_url IS NULL OR me.profile_url IS NULL)`;
  // A reminder not gone out: never posted (no DM, no post begun), waiting or claimed by a sweep
  // that has not stamped it. Cancelling a claimed one makes that sweep's stamp take nothing, so it
  // is never posted (see markPostStarted); a stamped one may be in Slack already and is left alone.
  const notGoneOut = `status IN ('scheduled', 'sending') AND dm_ts IS NULL AND post_started_at IS NULL`;
  const cancelUnsentThankedElsewhereStmt = db.prepare(`
    UPDATE thank_you_nudges SET status = 'cancelled', claim_token = NULL, claimed_at = NULL, finished_at = @now, updated_at = @now
    WHERE team_id = @teamId AND invitation_id = @invitationId AND ${notGoneOut}
      AND EXISTS (
        SELECT 1 FROM thank_you_nudges n
        WHERE n.owner_id = thank_you_nudges.owner_id AND n.invitation_id <> @invitationId
          AND n.status IN ('scheduled', 'sending', 'delivered', 'done', 'skipped')
          AND n.invitation_id IN (${samePersonAs}))`);
  // The same person's other reminders not gone out, once this invitation's has gone out (sent,
  // snoozed since, being posted, done or skipped).
  const cancelOthersUnsentStmt = db.prepare(`
    UPDATE thank_you_nudges SET status = 'cancelled', claim_token = NULL, claimed_at = NULL, finished_at = @now, updated_at = @now
    WHERE team_id = @teamId AND invitation_id <> @invitationId AND ${notGoneOut}
      AND invitation_id IN (${samePersonAs})
      AND EXISTS (
        SELECT 1 FROM thank_you_nudges mine
        WHERE mine.team_id = @teamId AND mine.invitation_id = @invitationId AND mine.owner_id = thank_you_nudges.owner_id
          AND (mine.status IN ('delivered', 'done', 'skipped')
            OR (mine.status IN ('scheduled', 'sending') AND (mine.dm_ts IS NOT NULL OR mine.post_started_at IS NOT NULL))))
    RETURNING invitation_id`);

  /** The first `limit` owners with something due, in the order of their earliest due nudge. */
  function dueOwners(now: number, limit: number): { teamId: string; ownerId: string }[] {
    const owners: { teamId: string; ownerId: string }[] = [];
    const seen = new Set<string>();
    for (const row of dueInOrder.iterate(now) as Iterable<[string, string]>) {
      const [teamId, ownerId] = row;
      const key = `${teamId}\u0000${ownerId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      owners.push({ teamId, ownerId });
      // Leaving the loop early resets the statement: the rest of the due rows are never read.
      if (owners.length >= limit) break;
    }
    return owners;
  }

  // Claims whole owners, so everything due for one person goes into one DM, even with two sweeps.
  const claimTransaction = db.transaction((now: number, ownerLimit: number, token: string): ClaimedRow[] => {
    const claimed: ClaimedRow[] = [];
    for (const owner of dueOwners(now, ownerLimit)) {
      const rows = claimOwner.all({ ...owner, token, now }) as NudgeRow[];
      // RETURNING gives no order: each owner's people in the order they became due.
      rows.sort((a, b) => a.due_at - b.due_at || a.id - b.id);
      for (const row of rows) {
        const person = personOf.get(row.invitation_id) as Omit<ClaimedRow, keyof NudgeRow> | undefined;
        if (person !== undefined) claimed.push({ ...row, ...person });
      }
    }
    return claimed;
  });

  return {
    /**
     * Schedules the nudge for an accepted invitation. Does nothing (false) when one is open for
     * the same person, or one was sent or skipped: each person is thanked once.
     */
    schedule(input: { invitationId: number; teamId: string; ownerId: string; dueAt: Date; now: Date }): boolean {
      const now = input.now.getTime();
      return insertStmt.run({ invitationId: input.invitationId, teamId: input.teamId, ownerId: input.ownerId, dueAt: input.dueAt.getTime(), now }).changes > 0;
    },

    /** Returns claims older than the lease (their sweep died) to the schedule. */
    expireStaleClaims(now: Date, leaseMs: number): number {
      return expireClaims.run({ now: now.getTime(), expiredBefore: now.getTime() - leaseMs }).changes;
    },

    /** Claims every due nudge of up to `ownerLimit` owners for this sweep, in one write transaction. */
    claimDue(now: Date, ownerLimit: number): { token: string; owners: number; nudges: ClaimedNudge[] } {
      const token = randomUUID();
      const rows = claimTransaction.immediate(now.getTime(), ownerLimit, token);
      return {
        token,
        owners: new Set(rows.map((row) => `${row.team_id}:${row.owner_id}`)).size,
        nudges: rows.map((row) => ({
          ...toRecord(row),
          person: { name: row.name, headline: row.headline, company: row.company, note: row.note, profileUrl: row.profile_url },
        })),
      };
    },

    /**
     * Stamps claimed nudges just before their DM is posted (from here on, a crash leaves a DM to
     * look for) and renews their lease. Returns the ids stamped: those this claim still holds, of
     * invitations still accepted. Only they may go in the DM; the others were cancelled, forgotten
     * or taken over by another sweep (and one of an invitation no longer accepted is cancelled here).
     */
    markPostStarted(ids: readonly number[], token: string, now: Date): number[] {
      const markAll = db.transaction((): number[] => {
        const stamped: number[] = [];
        for (const id of ids) {
          const params = { id, token, now: now.getTime() };
          if (markPostStartedStmt.run(params).changes > 0) stamped.push(id);
          else cancelUnacceptedStmt.run(params);
        }
        return stamped;
      });
      return markAll();
    },

    markDelivered(ids: readonly number[], token: string, dm: { channelId: string; ts: string }, now: Date): void {
      const markAll = db.transaction(() => {
        for (const id of ids) markDeliveredStmt.run({ id, token, channelId: dm.channelId, ts: dm.ts, now: now.getTime() });
      });
      markAll();
    },

    /**
     * Gives claimed nudges back to the schedule: after a failed send (counted) or to wait for
     * working hours. `refused`: Slack answered that it did not post their DM, so none is out there.
     */
    release(ids: readonly number[], token: string, dueAt: Date, now: Date, failure: string | null, refused = false): void {
      const releaseAll = db.transaction(() => {
        for (const id of ids) {
          releaseStmt.run({
            id,
            token,
            dueAt: dueAt.getTime(),
            now: now.getTime(),
            failed: failure === null ? 0 : 1,
            error: failure,
            refused: refused ? 1 : 0,
          });
        }
      });
      releaseAll();
    },

    /** Stops claimed nudges for good: their owner can no longer receive messages. */
    retire(ids: readonly number[], token: string, now: Date, reason: string): void {
      const retireAll = db.transaction(() => {
        for (const id of ids) retireStmt.run({ id, token, now: now.getTime(), error: reason });
      });
      retireAll();
    },

    /**
     * Cancels the open nudge of an invitation no longer accepted, also one a sweep has claimed: that
     * sweep will not post it (see markPostStarted). Only a DM already on its way to Slack goes out.
     */
    cancelOpen(teamId: string, invitationId: number, now: Date): number {
      return cancelStmt.run({ teamId, invitationId, now: now.getTime() }).changes;
    },

    /**
     * The DMs showing the invitation's open reminder (delivered, or snoozed since), read before
     * cancelOpen so that they can be redrawn after it.
     */
    dmsOfOpen(teamId: string, invitationId: number): { channelId: string; ts: string }[] {
      return dmsOfOpenStmt.all(teamId, invitationId) as { channelId: string; ts: string }[];
    },

    /** Whether the invitation has a thank-you nudge of its own (not one cancelled by a change of decision). */
    hasThankYou(teamId: string, invitationId: number): boolean {
      return anyForInvitation.get(invitationId, teamId) !== undefined;
    },

    findById(teamId: string, id: number): NudgeRecord | null {
      const row = byId.get(teamId, id) as NudgeRow | undefined;
      return row === undefined ? null : toRecord(row);
    },

    /** The nudges shown in one DM, to redraw it after a click. */
    findByDm(teamId: string, channelId: string, ts: string): ClaimedNudge[] {
      return (byDm.all(teamId, channelId, ts) as ClaimedRow[]).map((row) => ({
        ...toRecord(row),
        person: { name: row.name, headline: row.headline, company: row.company, note: row.note, profileUrl: row.profile_url },
      }));
    },

    /** One nudge with what its DM says about the person, to draw a DM that listed it. */
    findShown(teamId: string, id: number): ClaimedNudge | null {
      const row = shownStmt.get(teamId, id) as ClaimedRow | undefined;
      if (row === undefined) return null;
      return { ...toRecord(row), person: { name: row.name, headline: row.headline, company: row.company, note: row.note, profileUrl: row.profile_url } };
    },

    /**
     * Sent it or Skip: finishes a reminder still open whose DM went out (delivered, snoozed since,
     * or claimed again and not yet being posted). False when it was finished, stopped, never sent,
     * or is being posted again already.
     */
    finish(input: { teamId: string; id: number; ownerId: string; status: 'done' | 'skipped'; now: Date }): boolean {
      return finishStmt.run({ ...input, now: input.now.getTime() }).changes > 0;
    },

    /**
     * A click on `dm`, a thank-you DM posted at `postedAt` (its ts), for a reminder whose post was
     * never recorded: recorded as delivered there (see clickedDmStmt). True when it was.
     */
    recordClickedDm(input: { teamId: string; id: number; ownerId: string; dm: { channelId: string; ts: string }; postedAt: Date; clockMarginMs: number; now: Date }): boolean {
      return (
        clickedDmStmt.run({
          teamId: input.teamId,
          id: input.id,
          ownerId: input.ownerId,
          channelId: input.dm.channelId,
          ts: input.dm.ts,
          stampAtMost: input.postedAt.getTime() + input.clockMarginMs,
          now: input.now.getTime(),
        }).changes > 0
      );
    },

    snooze(input: { teamId: string; id: number; ownerId: string; dueAt: Date; now: Date }): boolean {
      return snoozeStmt.run({ ...input, dueAt: input.dueAt.getTime(), now: input.now.getTime() }).changes > 0;
    },

    /**
     * After Edit details: cancels the invitation's reminder that has not gone out when another
     * reminder for the same person (as corrected) is waiting, sent or skipped. Returns how many.
     */
    cancelUnsentThankedElsewhere(teamId: string, invitationId: number, now: Date): number {
      return cancelUnsentThankedElsewhereStmt.run({ teamId, invitationId, now: now.getTime() }).changes;
    },

    /**
     * After Edit details: once the invitation's own reminder has gone out, cancels the reminders
     * of the same person's other checks that have not. Returns those checks' invitation ids.
     */
    cancelOthersUnsent(teamId: string, invitationId: number, now: Date): number[] {
      const rows = cancelOthersUnsentStmt.all({ teamId, invitationId, now: now.getTime() }) as { invitation_id: number }[];
      return [...new Set(rows.map((row) => row.invitation_id))];
    },
  };
}
