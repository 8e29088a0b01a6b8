import type { VoiceKind } from '../domain/types.js';
import type { Db } from './open.js';

export interface VoiceRecord {
  invitationId: number;
  userId: string;
  kind: VoiceKind;
  note: string | null;
  createdAt: Date;
  updatedAt: Date;
}

interface VoiceRow {
  invitation_id: number;
  user_id: string;
  kind: VoiceKind;
  note: string | null;
  created_at: number;
  updated_at: number;
}

function toRecord(row: VoiceRow): VoiceRecord {
  return {
    invitationId: row.invitation_id,
    userId: row.user_id,
    kind: row.kind,
    note: row.note,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

export type VoicesRepo = ReturnType<typeof createVoicesRepo>;

/** Teammates' words on invitations: one per teammate per invitation. */
export function createVoicesRepo(db: Db) {
  const upsertStmt = db.prepare(`
    INSERT INTO teammate_voices (invitation_id, team_id, user_id, kind, note, created_at, updated_at)
    VALUES (@invitationId, @teamId, @userId, @kind, @note, @now, @now)
    ON CONFLICT (invitation_id, user_id) DO UPDATE SET kind = excluded.kind, note = excluded.note, updated_at = excluded.updated_at
    WHERE teammate_voices.kind IS NOT excluded.kind OR teammate_voices.note IS NOT excluded.note`);
  const deleteStmt = db.prepare('DELETE FROM teammate_voices WHERE team_id = ? AND invitation_id = ? AND user_id = ?');
  const forInvitationStmt = db.prepare(
    'SELECT * FROM teammate_voices WHERE team_id = ? AND invitation_id = ? ORDER BY updated_at DESC, user_id',
  );
  const findStmt = db.prepare('SELECT * FROM teammate_voices WHERE team_id = ? AND invitation_id = ? AND user_id = ?');
  // owner_told_of_voices: 0 not told, 1 told of a word, 2 told of a heads-up. A heads-up after a
  // teammate vouched still reaches the owner: a warning matters more than a vouch.
  const markToldStmt = db.prepare(
    'UPDATE invitations SET owner_told_of_voices = @level WHERE team_id = @teamId AND id = @invitationId AND owner_told_of_voices < @level',
  );
  // What the owner was told stands only while a word of that level still does: a heads-up taken
  // back, a later one (by anyone) is news again.
  const settleToldStmt = db.prepare(`
    UPDATE invitations SET owner_told_of_voices = min(owner_told_of_voices, (
      SELECT coalesce(max(CASE kind WHEN 'caution' THEN 2 ELSE 1 END), 0) FROM teammate_voices
      WHERE team_id = @teamId AND invitation_id = @invitationId))
    WHERE team_id = @teamId AND id = @invitationId`);

  return {
    /** Saves a teammate's word; false when it was already exactly that. */
    save(input: { invitationId: number; teamId: string; userId: string; kind: VoiceKind; note: string | null; now: Date }): boolean {
      return upsertStmt.run({ ...input, now: input.now.getTime() }).changes > 0;
    },
    /** Takes a teammate's word back; false when there was none. */
    remove(teamId: string, invitationId: number, userId: string): boolean {
      return deleteStmt.run(teamId, invitationId, userId).changes > 0;
    },
    forInvitation(teamId: string, invitationId: number): VoiceRecord[] {
      return (forInvitationStmt.all(teamId, invitationId) as VoiceRow[]).map(toRecord);
    },
    find(teamId: string, invitationId: number, userId: string): VoiceRecord | null {
      const row = findStmt.get(teamId, invitationId, userId) as VoiceRow | undefined;
      return row === undefined ? null : toRecord(row);
    },
    /**
     * True the first time a teammate weighs in, and the first time one gives a heads-up: the owner
     * is told that much, not of every word.
     */
    claimOwnerNotice(teamId: string, invitationId: number, kind: VoiceKind): boolean {
      return markToldStmt.run({ teamId, invitationId, level: kind === 'caution' ? 2 : 1 }).changes > 0;
    },
    /** After a word is taken back or changed: what the owner was told no longer stands beyond the words left. */
    settleOwnerNotice(teamId: string, invitationId: number): void {
      settleToldStmt.run({ teamId, invitationId });
    },
  };
}
