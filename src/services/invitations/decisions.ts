/**
 * The owner's decision on a check, first or changed: stored with its thank-you reminder in one
 * transaction, then the card, the thank-you DMs and the Home tab redrawn, and a decline drafted.
 */
import type { InvitationRecord } from '../../db/invitations-repo.js';
import { whenWritable } from '../../db/lock-wait.js';
import { detailsWereRemoved } from '../../db/privacy-repo.js';
import { draftDecline } from '../../domain/decline-note.js';
import { DEFAULT_SWEEP_GAP_MS, safeTimeZone, thankYouDueAt } from '../../domain/schedule.js';
import { personalWorkingWindow, thankYouDelayMinutes } from '../../domain/settings.js';
import type { Decision } from '../../domain/types.js';
import { AppError } from '../../errors.js';
import { mention, slackDate } from '../../views/format.js';
import { describeSlackFailure } from '../slack-errors.js';
import type { ThankYouDmLocation, ThankYouDms } from '../thank-you-dms.js';
import type { Cards } from './cards.js';
import { isStoredCopy, type Clicks } from './clicks.js';
import type { InvitationServiceDeps } from './context.js';
import { DETAILS_REMOVED_NO_CHANGE, teammateHint } from './notices.js';
import type { OtherChecks } from './other-checks.js';
import type { DecisionOutcome, DecisionRequest } from './types.js';

export function createDecisions(deps: InvitationServiceDeps, thankYouDms: ThankYouDms, cards: Cards, clicks: Clicks, otherChecks: OtherChecks) {
  const { repos, logger, clock } = deps;
  const { redrawCard, redrawCardOutcome, unmarkRedrawn } = cards;
  const { noteCardClick, showMovedOn, showStoredCardBehind, redrawCopy } = clicks;
  const { pendingOthers, reweighOthers, showOthersReweighed, followUp } = otherChecks;

  function findInvitation(teamId: string, invitationId: number): InvitationRecord {
    const invitation = repos.invitations.findById(teamId, invitationId);
    if (invitation === null) {
      throw new AppError('not_found', "I couldn't find that invitation. It may have been removed.", `invitation ${invitationId} not in team ${teamId}`);
    }
    return invitation;
  }

  /** Loads an invitation the actor may decide on, or explains why not. */
  function invitationForOwner(teamId: string, invitationId: number, actorId: string): InvitationRecord {
    const invitation = findInvitation(teamId, invitationId);
    if (invitation.ownerId !== actorId) {
      throw new AppError(
        'not_owner',
        `Only ${mention(invitation.ownerId)} can decide on this invitation.${teammateHint(invitation)}`,
        `user ${actorId} tried to decide on invitation ${invitationId}`,
      );
    }
    return invitation;
  }

  /** Explains why a decision cannot be made again; null for a repeat of the same decision. */
  function alreadyDecidedMessage(invitation: InvitationRecord, attempted: Decision): string | null {
    if (invitation.status === 'pending' || invitation.status === attempted) return null;
    const when = invitation.decidedAt ? ` on ${slackDate(invitation.decidedAt)}` : '';
    return `You already ${invitation.status} this invitation${when}. To change that, use *Change decision* on the card.`;
  }

  /** Records the owner's first decision once, schedules the thank-you after an Accept, and redraws the card. */
  async function recordDecision(request: DecisionRequest): Promise<DecisionOutcome> {
    const click = noteCardClick(invitationForOwner(request.teamId, request.invitationId, request.actorId), request.copy ?? null);
    const { invitation } = click;
    if (request.responseUrl !== null) {
      repos.invitations.rememberResponseUrl(request.teamId, invitation.id, request.responseUrl, clock());
    }
    if (invitation.status !== 'pending') {
      // Decided on its other copy: this one still showed the buttons. Or on this one, whose redraw
      // never landed (a crash): it is redrawn now.
      await showMovedOn(click);
      await showStoredCardBehind(click);
      return { kind: 'unchanged', invitation };
    }
    const outcome = await applyDecision(invitation, request, 'first');
    // The decision redrew where the card is stored (the message clicked, if it was noted just now);
    // another copy clicked shows it too.
    const copy = click.unseenCopy;
    if (outcome.kind === 'decided' && copy !== null && !isStoredCopy(outcome.invitation, copy)) await redrawCopy(outcome.invitation, copy);
    return outcome;
  }

  /** Changes a decision already made: the history keeps both steps; the nudge follows the change. */
  async function changeDecision(request: DecisionRequest): Promise<DecisionOutcome> {
    const invitation = invitationForOwner(request.teamId, request.invitationId, request.actorId);
    // Accepting a nameless record would draft "Hi Details, thanks for connecting!".
    if (detailsWereRemoved(invitation)) throw new AppError('not_found', DETAILS_REMOVED_NO_CHANGE, `invitation ${invitation.id} has no details`);
    if (invitation.status === 'pending' || invitation.status === request.decision) return { kind: 'unchanged', invitation };
    return applyDecision(invitation, request, 'change');
  }

  async function applyDecision(invitation: InvitationRecord, request: DecisionRequest, step: 'first' | 'change'): Promise<DecisionOutcome> {
    // Ask Slack for the owner's time zone before the write, so the transaction stays short. A
    // change away from Accept may hand the thank-you on to another accepted check (below).
    const thankYouAt = request.decision === 'accepted' || invitation.status === 'accepted' ? await thankYouDueFor(invitation) : null;
    const nudgeDueAt = request.decision === 'accepted' ? thankYouAt : null;
    const at = clock();
    let handedOn: number | null = null;
    // The thank-you DMs that still ask to thank them, read before the reminder is cancelled below.
    let openDms: ThankYouDmLocation[] = [];
    // The person's other pending checks this decision weighs differently (or whose card lists it).
    let others: InvitationRecord[] = [];
    // A lock held elsewhere is waited for between turns, so a form's ack is not held up (lock-wait.ts).
    const decided = await whenWritable(deps.db, () => deps.db.transaction(() => {
      const change = {
        teamId: request.teamId,
        id: invitation.id,
        actorId: request.actorId,
        decision: request.decision,
        reason: request.reason,
        note: request.note,
        at,
      };
      const changed = step === 'first' ? repos.invitations.decide(change) : repos.invitations.changeDecision(change);
      if (!changed) return false;
      repos.decisions.append({ ...request, at });
      if (invitation.status === 'accepted') openDms = repos.nudges.dmsOfOpen(request.teamId, invitation.id);
      if (invitation.status === 'accepted' && repos.nudges.cancelOpen(request.teamId, invitation.id, at) > 0 && thankYouAt !== null) {
        // One thank-you per person: an accepted later check of them waited on this one's, and gets it.
        const other = repos.invitations.otherAcceptedCheck(invitation);
        if (other !== null && repos.nudges.schedule({ invitationId: other, teamId: request.teamId, ownerId: invitation.ownerId, dueAt: thankYouAt, now: at })) {
          handedOn = other;
        }
      }
      if (nudgeDueAt !== null) {
        repos.nudges.schedule({ invitationId: invitation.id, teamId: request.teamId, ownerId: invitation.ownerId, dueAt: nudgeDueAt, now: at });
      }
      // Marked for the catch-up job (jobs/stale-cards.ts) with the decision: should the process die
      // before the redraw below, the card is redrawn after the restart. Unmarked once redrawn.
      repos.invitations.markCardsStale(request.teamId, handedOn === null ? [invitation.id] : [invitation.id, handedOn], at);
      others = reweighOthers(invitation.id, pendingOthers(invitation.id, [invitation]), request.teamId, at, 'decided');
      return true;
    }).immediate());
    await request.whenStored?.();
    const current = repos.invitations.findById(request.teamId, invitation.id) ?? invitation;
    if (!decided) return { kind: 'unchanged', invitation: current };
    logger.info('Decision recorded', { teamId: request.teamId, invitationId: invitation.id, decision: request.decision, step });
    const card = await redrawCardOutcome(current);
    if (card === 'redrawn') unmarkRedrawn(current, at);
    // Its card said the thank-you came with this check; now it has its own.
    const other = handedOn === null ? null : repos.invitations.findById(request.teamId, handedOn);
    if (other !== null && (await redrawCard(other))) unmarkRedrawn(other, at);
    // A DM already out still said "Time to say thanks" with its buttons: it now says what changed.
    if (openDms.length > 0) await thankYouDms.redraw(current.teamId, current.ownerId, openDms, { kind: 'decision-changed', handedOn: handedOn !== null });
    await deps.afterDecision?.(current.teamId, current.ownerId);
    followUp(() => showOthersReweighed(current, others, at));
    if (request.decision === 'accepted') await openDmAhead(current);
    const declineDraft = request.decision === 'declined' ? await declineDraftFor(current) : null;
    return { kind: 'decided', invitation: current, nudgeDueAt, declineDraft, card };
  }

  /**
   * The ready-to-send message for a polite decline: after the decline, and again on a Decline click
   * on an invitation already declined (the first may have been lost in a crash). Null when its
   * details were removed: there is no name to write to.
   */
  async function declineDraftFor(invitation: InvitationRecord): Promise<string | null> {
    if (invitation.status !== 'declined' || detailsWereRemoved(invitation)) return null;
    return draftDecline(invitation, (await deps.users.profile(invitation.teamId, invitation.ownerId, clock())).realName);
  }

  /**
   * Opens (and caches) the owner's DM with the app now, while people click at human pace, so the
   * sweep that later sends many nudges at once spends Slack's limits on the messages themselves.
   */
  async function openDmAhead(invitation: InvitationRecord): Promise<void> {
    try {
      await deps.users.dmChannel(invitation.teamId, invitation.ownerId);
    } catch (error) {
      logger.debug('Could not open the DM ahead; the sweep will', { failure: describeSlackFailure(error) });
    }
  }

  async function thankYouDueFor(invitation: InvitationRecord): Promise<Date> {
    const profile = await deps.users.profile(invitation.teamId, invitation.ownerId, clock());
    const personal = repos.settings.get(invitation.teamId, invitation.ownerId);
    const window = personalWorkingWindow(personal, deps.settings.workingWindow);
    const delay = thankYouDelayMinutes(personal.thankYouDelay, deps.settings.thankYouDelayMinutes);
    return thankYouDueAt(clock(), safeTimeZone(profile.tz), window, delay, deps.settings.sweepGapMs ?? DEFAULT_SWEEP_GAP_MS);
  }

  return { findInvitation, invitationForOwner, alreadyDecidedMessage, recordDecision, changeDecision, declineDraftFor, openDmAhead, thankYouDueFor };
}

export type Decisions = ReturnType<typeof createDecisions>;
