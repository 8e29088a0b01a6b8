import type { InvitationsRepo } from '../../src/db/invitations-repo.js';
import type { Decision } from '../../src/domain/types.js';

/**
 * Stores a bare check of `name` (no headline, note or link; created at `at`) and decides it at
 * `at`: what list and paging tests need, written through the real repository. Returns its id.
 */
/** A check stored as a fresh one is, left pending; its id. */
export function storePendingCheck(invitations: InvitationsRepo, check: { teamId: string; ownerId: string; name: string; createdAt: Date }): number {
  return invitations.insert({
    teamId: check.teamId,
    ownerId: check.ownerId,
    name: check.name,
    headline: null,
    company: null,
    mutualConnections: null,
    note: null,
    profileUrl: null,
    personKey: check.name.toLowerCase(),
    source: null,
    recommendation: 'review',
    score: 50,
    reasons: [],
    channelId: null,
    requestKey: null,
    createdAt: check.createdAt,
  }).record.id;
}

export function storeDecidedCheck(
  invitations: InvitationsRepo,
  check: { teamId: string; ownerId: string; name: string; decision: Decision; createdAt: Date; decidedAt: Date },
): number {
  const id = storePendingCheck(invitations, check);
  invitations.decide({ teamId: check.teamId, id, actorId: check.ownerId, decision: check.decision, reason: null, note: null, at: check.decidedAt });
  return id;
}
