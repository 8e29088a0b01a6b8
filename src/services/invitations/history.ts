/**
 * What the workspace knew of a checked person, as a card lists it and a weighing counts it: the
 * checks before this one, the decisions on those after it, and the same name under another headline.
 */
import { EARLIER_CHECKS_LISTED, type EarlierCheck, type InvitationRecord, type InvitationsRepo, type SameNameCheck } from '../../db/invitations-repo.js';
import { isIgnoreReasonLabel } from '../../domain/ignore-reasons.js';
import type { EvaluationContext, PriorCheck } from '../../domain/types.js';
import type { InvitationServiceDeps } from './context.js';

/**
 * What a card shows of the workspace's past: the checks of the same person (the newest, and how
 * many in all), and those of the same name under another headline (a hint, never weighed).
 */
export interface CardHistory {
  earlier: readonly EarlierCheck[];
  total: number;
  sameName: readonly SameNameCheck[];
  /** For a pending check: decisions on the person's checks made after it (none on a fresh check). */
  later: readonly EarlierCheck[];
}

/** A person as the history finds them: by profile URL, else by name and headline (person key). */
export interface Person {
  teamId: string;
  profileUrl: string | null;
  personKey: string;
}

export function createHistoryReader(deps: InvitationServiceDeps) {
  const { repos } = deps;

  /**
   * A stored check's history, as its card lists it: the checks before it, and those of the same
   * name under another headline. Read as a fresh check reads them (checkInvitation), so every
   * redraw of a card shows what its first drawing did, plus what came between.
   */
  function historyOf(invitation: InvitationRecord): CardHistory {
    const person = { teamId: invitation.teamId, profileUrl: invitation.profileUrl, personKey: invitation.personKey, beforeId: invitation.id };
    const earlier = repos.invitations.findEarlierChecks(person);
    return { earlier, total: earlierTotal(person, earlier), sameName: repos.invitations.findSameNameChecks(person), later: laterDecisionsOf(invitation) };
  }

  /**
   * What the team decided on the person's checks made after this one, as its card lists them
   * ("Since this check"). For a check still pending, all of them: its weighing counts them too. A
   * decided check is a record of what was known when it was decided: those decided by then, which
   * its stored weighing (made while it waited) may name in its reasons.
   */
  function laterDecisionsOf(invitation: Pick<InvitationRecord, 'id' | 'teamId' | 'profileUrl' | 'personKey' | 'status' | 'decidedAt'>): EarlierCheck[] {
    return shownSince(invitation, laterChecksOf(invitation));
  }

  /** The decisions on the person's checks made after this one (see findLaterDecisions). */
  function laterChecksOf(invitation: Pick<InvitationRecord, 'id' | 'teamId' | 'profileUrl' | 'personKey'>): EarlierCheck[] {
    return repos.invitations.findLaterDecisions({ teamId: invitation.teamId, profileUrl: invitation.profileUrl, personKey: invitation.personKey, afterId: invitation.id });
  }

  /** Which checks the card's same-name hint lists, as one string to compare. */
  function sameNameListed(invitation: InvitationRecord): string {
    const person = { teamId: invitation.teamId, profileUrl: invitation.profileUrl, personKey: invitation.personKey, beforeId: invitation.id };
    return listedIds(repos.invitations.findSameNameChecks(person));
  }

  /** The part of the context the database alone gives: read inside a write batch for a fresh check. */
  function historyAndFocus(teamId: string, ownerId: string, earlier: readonly EarlierCheck[]): Omit<EvaluationContext, 'teammates'> {
    return { history: earlier.map((check) => toPriorCheck(check, ownerId)), focus: repos.settings.get(teamId, ownerId).focus };
  }

  /** How many earlier checks there are in all; the list stops at EARLIER_CHECKS_LISTED. */
  function earlierTotal(person: Parameters<InvitationsRepo['countEarlierChecks']>[0], earlier: readonly EarlierCheck[]): number {
    return earlier.length < EARLIER_CHECKS_LISTED ? earlier.length : repos.invitations.countEarlierChecks(person);
  }

  return { historyOf, laterChecksOf, sameNameListed, historyAndFocus, earlierTotal };
}

export type HistoryReader = ReturnType<typeof createHistoryReader>;

/** Of the later decisions, those a card lists: all for a pending check, those made by its decision for a decided one. */
export function shownSince(invitation: Pick<InvitationRecord, 'status' | 'decidedAt'>, later: readonly EarlierCheck[]): EarlierCheck[] {
  if (invitation.status === 'pending') return [...later];
  const decidedAt = invitation.decidedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  return later.filter((check) => check.decidedAt !== null && check.decidedAt.getTime() <= decidedAt);
}

export function toPriorCheck(check: EarlierCheck, ownerId: string): PriorCheck {
  return {
    status: check.status,
    at: check.decidedAt ?? check.createdAt,
    byOwner: check.ownerId === ownerId,
    // Only the Ignore form's quick choice, never words someone typed (a Block's reason, a Change
    // decision's "why", the Ignore's note): the weighing's reasons are stored with this check, and
    // typed words must go when retention or a forgetting removes them from the earlier one. The
    // card shows them from the records as it is drawn ("Blocked before", "Seen before").
    reason: check.decisionReason !== null && isIgnoreReasonLabel(check.decisionReason) ? check.decisionReason : null,
  };
}

/** The ids of the checks a card's history lists, as one string to compare. */
export function checkIds(checks: readonly EarlierCheck[]): string {
  return checks.map((check) => check.id).join(',');
}

/** The ids of the checks a same-name hint lists, as one string to compare. */
export function listedIds(checks: readonly SameNameCheck[]): string {
  return checks.map((check) => check.id).join(',');
}
