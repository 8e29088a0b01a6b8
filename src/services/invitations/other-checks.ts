/**
 * The person's other waiting checks, after a decision on or a correction of one of theirs: weighed
 * again inside its transaction, then their cards redrawn and their owners' Home tabs published
 * after its answer, without holding it up.
 */
import { OTHER_PENDING_WEIGHED, type InvitationRecord } from '../../db/invitations-repo.js';
import { detailsWereRemoved } from '../../db/privacy-repo.js';
import type { OwnerFocus } from '../../domain/types.js';
import type { Cards } from './cards.js';
import type { InvitationServiceDeps, InvitationServiceState } from './context.js';
import { checkIds, type Person } from './history.js';
import { sameEvaluation, type Weighing } from './weighing.js';

export function createOtherChecks(deps: InvitationServiceDeps, state: InvitationServiceState, weighing: Weighing, cards: Cards) {
  const { repos, client, logger } = deps;
  const updatesClient = deps.updatesClient ?? client;
  const { weighedChecks, weighHistory } = weighing;
  const { redrawInTurn, unmarkRedrawn } = cards;

  /**
   * The newest OTHER_PENDING_WEIGHED pending checks of each person but `changedId`, by id: a
   * correction moving a check away from someone with many newer waiting checks must still reach
   * the person it moves to.
   */
  function pendingOthers(changedId: number, people: readonly Person[]): Map<number, InvitationRecord> {
    const found = new Map<number, InvitationRecord>();
    const asked = new Set<string>();
    for (const person of people) {
      const key = JSON.stringify([person.teamId, person.profileUrl, person.personKey]);
      if (asked.has(key) || detailsWereRemoved(person)) continue;
      asked.add(key);
      for (const other of repos.invitations.pendingChecksOfPerson({ ...person, exceptId: changedId }, OTHER_PENDING_WEIGHED)) found.set(other.id, other);
    }
    return found;
  }

  /**
   * Inside the transaction of a decision on, or a correction of, check `changedId`: `found`, the
   * newest OTHER_PENDING_WEIGHED pending checks of the person (of each person: a correction may
   * move a check from one person to another; see pendingOthers), are weighed again with what the team now knows, as a check would
   * be (a pending check counts what was decided after it too). Those whose weighing changed are
   * stored; after a decision, so are those whose card lists the decided check (its entry now says
   * what was decided), weighed the same or not, and after a correction those whose list it moved
   * into or out of. They are marked for the card catch-up job with the
   * change, as a focus change marks them, so a crash before they are redrawn loses none. Returns
   * them as stored now, newest first. A fresh check never comes here: it has no later checks.
   */
  function reweighOthers(
    changedId: number,
    found: ReadonlyMap<number, InvitationRecord>,
    teamId: string,
    now: Date,
    /** A correction: what each card listed before it (by checkIds), to tell those it moved into or out of. */
    change: 'decided' | { corrected: ReadonlyMap<number, string> },
  ): InvitationRecord[] {
    // Teammates' names as cached, and each owner's focus read once: this runs in a transaction.
    const names = new Map<string, string | null>();
    const focusOf = new Map<string, OwnerFocus>();
    const changed: InvitationRecord[] = [];
    for (const other of [...found.values()].sort((a, b) => b.id - a.id)) {
      const focus = focusOf.get(other.ownerId) ?? repos.settings.get(other.teamId, other.ownerId).focus;
      focusOf.set(other.ownerId, focus);
      const checks = weighedChecks(other, true);
      const evaluation = weighHistory(other, checks, { names, focus });
      if (!sameEvaluation(other, evaluation)) {
        repos.invitations.updateEvaluation(other.teamId, other.id, evaluation, now);
        changed.push({ ...other, ...evaluation, reasons: [...evaluation.reasons] });
      } else if (change === 'decided' ? checks.some((check) => check.id === changedId) : (change.corrected.get(other.id) ?? checkIds(checks)) !== checkIds(checks)) {
        // Weighed the same, but the card shows the decision just made, or a corrected check moved
        // into or out of its list (another then filling its place: the lists show the newest only).
        changed.push(other);
      }
    }
    if (changed.length > 0) repos.invitations.markCardsStale(teamId, changed.map((invitation) => invitation.id), now);
    return changed;
  }

  /**
   * After a decision on (or a correction of) `changedCheck` has been answered: the cards of the
   * other checks `reweighOthers` weighed again are redrawn, one at a time, on `updatesClient` (see
   * redrawInTurn). After a failure for a passing reason (Slack down, a rate limit) the rest are not
   * tried: they stay marked, and the card catch-up job redraws them at its pace, after any
   * Retry-After. Those redrawn are unmarked. Then the Home tab of each other owner, whose waiting
   * list shows the stored recommendations. Never throws.
   */
  async function showOthersReweighed(changedCheck: InvitationRecord, changed: readonly InvitationRecord[], markedAt: Date): Promise<void> {
    if (changed.length === 0) return;
    const { redrawn, failed, tried, failedCards } = await redrawInTurn(changed, 'Could not redraw a card weighed again after a decision on another check', {
      via: updatesClient,
      stopAtPassingFailure: true,
    });
    const failedIds = new Set(failedCards.map((invitation) => invitation.id));
    for (const card of changed.slice(0, tried)) if (!failedIds.has(card.id)) unmarkRedrawn(card, markedAt);
    logger.info("The person's other waiting checks were weighed again", {
      teamId: changedCheck.teamId,
      invitationId: changedCheck.id,
      changed: changed.length,
      redrawn,
      failed,
      left: changed.length - tried + failed,
    });
    // The owner of the check just changed had theirs refreshed already.
    const owners = new Set(changed.map((invitation) => invitation.ownerId));
    owners.delete(changedCheck.ownerId);
    for (const ownerId of owners) {
      if (deps.publishOthersHome === undefined) {
        await deps.afterDecision?.(changedCheck.teamId, ownerId);
      } else if ((await deps.publishOthersHome(changedCheck.teamId, ownerId)) === 'passing') {
        logger.info('Home tabs left to be drawn when next opened after a decision on another check', { teamId: changedCheck.teamId, invitationId: changedCheck.id });
        break;
      }
    }
  }

  /** Runs `work` after the answer, without holding it up (see followUps). Failures are logged. */
  function followUp(work: () => Promise<void>): void {
    const running: Promise<void> = work()
      .catch((error: unknown) => {
        logger.error('Could not finish what a decision left to do', { failure: error instanceof Error ? error.message : String(error) });
      })
      .finally(() => state.followUps.delete(running));
    state.followUps.add(running);
  }

  /** Resolves once every follow-up (see followUp), including any started meanwhile, has finished. */
  async function followUpsSettled(): Promise<void> {
    while (state.followUps.size > 0) await Promise.allSettled([...state.followUps]);
  }

  return { pendingOthers, reweighOthers, showOthersReweighed, followUp, followUpsSettled };
}

export type OtherChecks = ReturnType<typeof createOtherChecks>;
