import type { Decision } from '../domain/types.js';
import type { Db } from './open.js';

export interface DecisionEvent {
  id: number;
  invitationId: number;
  actorId: string;
  decision: Decision;
  reason: string | null;
  note: string | null;
  createdAt: Date;
}

interface DecisionEventRow {
  id: number;
  invitation_id: number;
  actor_id: string;
  decision: Decision;
  reason: string | null;
  note: string | null;
  created_at: number;
}

export type DecisionEventsRepo = ReturnType<typeof createDecisionEventsRepo>;

/** The dated history of decisions: appended to, never rewritten. */
export function createDecisionEventsRepo(db: Db) {
  const insertStmt = db.prepare(`
    INSERT INTO decision_events (invitation_id, team_id, actor_id, decision, reason, note, created_at)
    VALUES (@invitationId, @teamId, @actorId, @decision, @reason, @note, @at)`);
  const forInvitation = db.prepare(
    'SELECT * FROM decision_events WHERE team_id = ? AND invitation_id = ? ORDER BY created_at, id',
  );
  // Along invitations_by_owner, then each invitation's events along decision_events_by_invitation.
  const forOwner = db.prepare(`
    SELECT e.* FROM invitations i JOIN decision_events e ON e.invitation_id = i.id AND e.team_id = i.team_id
    WHERE i.team_id = ? AND i.owner_id = ? ORDER BY e.invitation_id, e.created_at, e.id`);
  const toEvent = (row: DecisionEventRow): DecisionEvent => ({
    id: row.id,
    invitationId: row.invitation_id,
    actorId: row.actor_id,
    decision: row.decision,
    reason: row.reason,
    note: row.note,
    createdAt: new Date(row.created_at),
  });

  return {
    append(input: {
      invitationId: number;
      teamId: string;
      actorId: string;
      decision: Decision;
      reason: string | null;
      note: string | null;
      at: Date;
    }): void {
      insertStmt.run({ ...input, at: input.at.getTime() });
    },

    forInvitation(teamId: string, invitationId: number): DecisionEvent[] {
      return (forInvitation.all(teamId, invitationId) as DecisionEventRow[]).map(toEvent);
    },

    /** Every step of every decision on the owner's checks (for their export), by check, oldest step first. */
    forOwner(teamId: string, ownerId: string): DecisionEvent[] {
      return (forOwner.all(teamId, ownerId) as DecisionEventRow[]).map(toEvent);
    },
  };
}
