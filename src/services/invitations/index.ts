import type { DecisionOutcome, DecisionRequest, DetailsEdit } from './types.js';
import type { Decision, Evaluation } from '../../domain/types.js';
import { AppError } from '../../errors.js';
import { DEFAULT_SWEEP_GAP_MS, safeTimeZone, thankYouDueAt } from '../../domain/schedule.js';
import { type InvitationRecord } from '../../db/invitations-repo.js';
import { cardNotUpdatedMessage, cardNotUpdatedText, correctionNotShownMessage, DETAILS_REMOVED_NO_CHANGE, teammateHint } from './notices.js';
import { checkIds, createHistoryReader, type Person } from './history.js';
import { createCards } from './cards.js';
import { createCheck } from './check.js';
import { createClicks, isStoredCopy } from './clicks.js';
import { createForgetting } from './forgetting.js';
import { createInvitationServiceState, type InvitationServiceDeps } from './context.js';
import { createOtherChecks } from './other-checks.js';
import { createPosting } from './posting.js';
import { createThankYouDms, type ThankYouDmLocation } from '../thank-you-dms.js';
import { createWeighing } from './weighing.js';
import { describeSlackFailure } from '../slack-errors.js';
import { detailsWereRemoved } from '../../db/privacy-repo.js';
import { draftDecline } from '../../domain/decline-note.js';
import { mention, slackDate } from '../../views/format.js';
import { RECOMMENDATION_WORDS } from '../../views/invitation-card.js';
import { personKey } from '../../domain/person-key.js';
import { personalWorkingWindow, thankYouDelayMinutes } from '../../domain/settings.js';
import { whenWritable } from '../../db/lock-wait.js';

export { CUT_SHORT_WINDOW_MS } from './check.js';
export type { InvitationServiceDeps } from './context.js';
export { DETAILS_REMOVED_NO_CHANGE, dmCardNotice, ephemeralCardNotice, slowCardText, type RefusedBecause } from './notices.js';
export type { CardClick, CardCopy, CheckOutcome, CheckRequest, DecisionOutcome, DecisionRequest, DetailsEdit, ForgettingTraces, Reweighing } from './types.js';
export { REASON_REMOVED_ON_REQUEST, withoutForgottenReasons } from './forgetting.js';
export { CARDS_REDRAWN_AFTER_REWEIGHING } from './weighing.js';

/** What a correction did to thank-you reminders: this check's own, and the other checks whose reminder changed. */
interface ThankYousFollowed {
  own: 'unchanged' | 'cancelled' | 'scheduled';
  others: number[];
}

/**
 * First among the reasons of a decided invitation whose details were corrected: the corrected
 * details are weighed, but the recommendation and score stay those its owner decided on.
 */
export function reweighedAfterDecision(weighed: Pick<Evaluation, 'recommendation' | 'score'>): string {
  // On a channel card everyone reads this: it names no "you", and the words are the card's own.
  return `With the corrected details, the recommendation would be: ${RECOMMENDATION_WORDS[weighed.recommendation]} (${weighed.score}/100). The recommendation and score above are the ones the decision was made on.`;
}

export type InvitationService = ReturnType<typeof createInvitationService>;

export function createInvitationService(deps: InvitationServiceDeps) {
  const { repos, logger, clock } = deps;
  const state = createInvitationServiceState();
  const thankYouDms = createThankYouDms(deps);
  const historyReader = createHistoryReader(deps);
  const cards = createCards(deps, historyReader);
  const posting = createPosting(deps, state, historyReader, cards);
  const clicks = createClicks(deps, cards);
  const check = createCheck(deps, state, historyReader, posting);
  const weighing = createWeighing(deps, historyReader, cards);
  const otherChecks = createOtherChecks(deps, state, weighing, cards);
  const forgetting = createForgetting(deps, historyReader, weighing, cards);
  const { redrawCard, unmarkRedrawn, redrawStaleCard, tellOwner } = cards;
  const { noteCardClick, showMovedOn, showStoredCardBehind, showClickedCopy, redrawCopy, rememberResponseUrl } = clicks;
  const { notePostsInFlightUnanswered } = posting;
  const { checkInvitation, showCardsCutShort } = check;
  const { reevaluate, weigh, weighedChecks, reweighPending, redrawReweighed } = weighing;
  const { pendingOthers, reweighOthers, showOthersReweighed, followUp, followUpsSettled } = otherChecks;
  const { reweighForgetting, redrawForgetting } = forgetting;

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

  /**
   * Loads an invitation whose details the actor may correct: their own, with its details still
   * there (retention removes them for good), or explains why not.
   */
  function invitationForEditor(teamId: string, invitationId: number, actorId: string): InvitationRecord {
    const invitation = findInvitation(teamId, invitationId);
    if (invitation.ownerId !== actorId) {
      throw new AppError(
        'not_owner',
        `Only ${mention(invitation.ownerId)} can edit this invitation's details.${teammateHint(invitation)}`,
        `user ${actorId} tried to edit invitation ${invitationId}`,
      );
    }
    if (detailsWereRemoved(invitation)) {
      throw new AppError('not_found', "This invitation's details were removed after the retention period, so there is nothing left to edit.", `invitation ${invitationId} has no details`);
    }
    return invitation;
  }

  /**
   * The owner's correction of what was read: stored, weighed again (a new name or profile URL
   * can find other earlier checks), and shown on the card, in a thank-you DM still open and on the
   * Home tab.
   */
  async function editDetails(edit: DetailsEdit): Promise<{ invitation: InvitationRecord; cardShown: boolean }> {
    const invitation = invitationForEditor(edit.teamId, edit.invitationId, edit.actorId);
    const corrected = { ...invitation, ...edit.fields, personKey: personKey(edit.fields.name, edit.fields.headline), source: edit.source };
    // Weighed before the write (teammates' names may need Slack), so details and weight are stored together.
    const weighed = await weigh(corrected);
    // Who it is may change, and with it whether this check's thank-you is that person's one: a
    // reminder this correction may schedule takes the time an Accept would, asked of Slack before the write.
    let thankYouAt = invitation.status === 'accepted' || repos.nudges.hasThankYou(edit.teamId, invitation.id) ? await thankYouDueFor(invitation) : null;
    let reminders: ThankYousFollowed = { own: 'unchanged', others: [] };
    let otherChecks: InvitationRecord[] = [];
    let stored: 'stored' | 'gone' | 'time needed';
    let markedAt = clock();
    do {
      const now = clock();
      markedAt = now;
      // Decided on the row as committed, not as read before the awaits: an Accept (or a reminder)
      // that came in between, in another click, is what the decision and the reminder follow.
      // A lock held elsewhere is waited for between turns, so the form's ack is not held up (lock-wait.ts).
      stored = await whenWritable(deps.db, () => deps.db.transaction((): typeof stored => {
        const before = repos.invitations.findById(edit.teamId, invitation.id);
        if (before === null || detailsWereRemoved(before)) return 'gone';
        const heldThankYou = repos.nudges.hasThankYou(edit.teamId, before.id);
        // Accepted, or given a reminder, since the time was asked for: ask Slack, then weigh the
        // row as it stands again (nothing is written until then).
        if (thankYouAt === null && (before.status === 'accepted' || heldThankYou)) return 'time needed';
        // A decided card keeps what its owner decided on, and says what the corrected details weigh
        // when that differs: a line saying the same verdict and score again reads as a change.
        const weighsTheSame = weighed.recommendation === before.recommendation && weighed.score === before.score;
        const evaluation: Evaluation =
          before.status === 'pending' || weighsTheSame
            ? weighed
            : { recommendation: before.recommendation, score: before.score, reasons: [reweighedAfterDecision(weighed), ...weighed.reasons] };
        const details = { teamId: edit.teamId, id: before.id, ownerId: edit.actorId, ...edit.fields, personKey: corrected.personKey, source: edit.source, now };
        // Who it is may change: the pending checks of the person it was, and of the one it is now.
        const people: Person[] = [before, { teamId: edit.teamId, profileUrl: edit.fields.profileUrl, personKey: corrected.personKey }];
        const others = pendingOthers(before.id, people);
        // What their cards list before the correction, to tell those it moves a check into or out of.
        const listedBefore = new Map([...others].map(([id, other]) => [id, checkIds(weighedChecks(other, true))]));
        if (!repos.invitations.updateDetails(details)) return 'gone';
        repos.invitations.updateEvaluation(edit.teamId, before.id, evaluation, now);
        reminders = thankYousFollowCorrection(before, { heldThankYou, thankYouAt }, now);
        // The cards to redraw, marked for the catch-up job with the correction (see applyDecision).
        repos.invitations.markCardsStale(edit.teamId, [before.id, ...reminders.others], now);
        otherChecks = reweighOthers(before.id, others, edit.teamId, now, { corrected: listedBefore });
        return 'stored';
      }).immediate());
      if (stored === 'time needed') thankYouAt = await thankYouDueFor(invitation);
    } while (stored === 'time needed');
    if (stored === 'stored') await edit.whenStored?.();
    if (stored === 'gone') {
      // Retention or a forget came between the check above and the write: say which.
      invitationForEditor(edit.teamId, edit.invitationId, edit.actorId);
      throw new AppError('not_found', "I couldn't find that invitation. It may have been removed.", `invitation ${invitation.id} changed under an edit`);
    }
    const current = repos.invitations.findById(edit.teamId, invitation.id) ?? invitation;
    logger.info('Invitation details corrected', { teamId: edit.teamId, invitationId: invitation.id, recommendation: current.recommendation, score: current.score });
    if (reminders.own !== 'unchanged' || reminders.others.length > 0) {
      logger.info('Thank-you reminders follow the correction', { teamId: edit.teamId, invitationId: invitation.id, own: reminders.own, others: reminders.others });
    }
    const cardShown = await redrawCard(current);
    if (cardShown) unmarkRedrawn(current, markedAt);
    // Their cards' thank-you line changed with their reminder.
    for (const otherId of reminders.others) {
      const other = repos.invitations.findById(edit.teamId, otherId);
      if (other !== null && (await redrawCard(other))) unmarkRedrawn(other, markedAt);
    }
    // A thank-you DM still asking to thank them (sent, or snoozed with its buttons still showing)
    // holds the note the owner copies: it shows the corrected name and draft too.
    const openDms = repos.nudges.dmsOfOpen(current.teamId, current.id);
    if (openDms.length > 0) await thankYouDms.redraw(current.teamId, current.ownerId, openDms, { kind: 'details-corrected' });
    await deps.afterDecision?.(current.teamId, current.ownerId);
    followUp(() => showOthersReweighed(current, otherChecks, markedAt));
    if (reminders.own === 'scheduled' || reminders.others.length > 0) await openDmAhead(current);
    return { invitation: current, cardShown };
  }

  /**
   * Edit details may make a check someone else (or the same person as another check): the rule
   * an Accept applies, one thank-you per person, is applied again as things stand now, inside the
   * correction's transaction and with the repository's guarded statements, so a reminder a sweep
   * is posting is never cancelled under it and one already sent stays as it is.
   * - Its reminder not gone out, while the person as corrected has another (waiting, sent or
   *   skipped): cancelled. Its reminder gone out: their other checks' reminders not gone out are.
   * - Accepted with no reminder, and the person as corrected has none: scheduled, as an Accept would.
   * - Corrected away from someone while holding a reminder: their accepted check that waited on it
   *   gets one, as a change of decision hands it on.
   * A pending check has no reminder; a turned-down one's was cancelled when it was turned down
   * (one done or skipped still counts for whoever it is now).
   */
  function thankYousFollowCorrection(before: InvitationRecord, given: { heldThankYou: boolean; thankYouAt: Date | null }, now: Date): ThankYousFollowed {
    const { teamId, id, ownerId } = before;
    const current = repos.invitations.findById(teamId, id);
    if (current === null) return { own: 'unchanged', others: [] };
    const others: number[] = [];
    let own: ThankYousFollowed['own'] = 'unchanged';
    if (repos.nudges.cancelUnsentThankedElsewhere(teamId, id, now) > 0) own = 'cancelled';
    others.push(...repos.nudges.cancelOthersUnsent(teamId, id, now));
    const at = given.thankYouAt;
    if (own === 'unchanged' && current.status === 'accepted' && at !== null && !repos.nudges.hasThankYou(teamId, id)) {
      if (repos.nudges.schedule({ invitationId: id, teamId, ownerId, dueAt: at, now })) own = 'scheduled';
    }
    const samePerson = before.profileUrl === current.profileUrl && before.personKey === current.personKey;
    if (!samePerson && given.heldThankYou && at !== null) {
      const waiting = repos.invitations.otherAcceptedCheck(before);
      if (waiting !== null && repos.nudges.schedule({ invitationId: waiting, teamId, ownerId, dueAt: at, now })) others.push(waiting);
    }
    return { own, others };
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
    const cardShown = await redrawCard(current);
    if (cardShown) unmarkRedrawn(current, at);
    // Its card said the thank-you came with this check; now it has its own.
    const other = handedOn === null ? null : repos.invitations.findById(request.teamId, handedOn);
    if (other !== null && (await redrawCard(other))) unmarkRedrawn(other, at);
    // A DM already out still said "Time to say thanks" with its buttons: it now says what changed.
    if (openDms.length > 0) await thankYouDms.redraw(current.teamId, current.ownerId, openDms, { kind: 'decision-changed', handedOn: handedOn !== null });
    await deps.afterDecision?.(current.teamId, current.ownerId);
    followUp(() => showOthersReweighed(current, others, at));
    if (request.decision === 'accepted') await openDmAhead(current);
    const declineDraft = request.decision === 'declined' ? await declineDraftFor(current) : null;
    return { kind: 'decided', invitation: current, nudgeDueAt, declineDraft, cardShown };
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

  return {
    checkInvitation,
    recordDecision,
    changeDecision,
    findInvitation,
    invitationForOwner,
    invitationForEditor,
    editDetails,
    alreadyDecidedMessage,
    reevaluate,
    reweighPending,
    redrawReweighed,
    redrawStaleCard,
    staleCards: (limit: number) => repos.invitations.staleCards(limit),
    cardRedrawn: (teamId: string, id: number, staleSince: number) => repos.invitations.cardRedrawn(teamId, id, staleSince),
    reweighForgetting,
    redrawForgetting,
    redrawCard,
    cardNotUpdatedText,
    cardNotUpdatedMessage,
    correctionNotShownMessage,
    tellOwner,
    rememberResponseUrl,
    noteCardClick,
    showMovedOn,
    showStoredCardBehind,
    declineDraftFor,
    showClickedCopy,
    notePostsInFlightUnanswered,
    showCardsCutShort,
    followUpsSettled,
    /**
     * The checks whose card this process is still showing (see cardsBeingShown), but for late
     * cards: the last run's post of those may be in the conversation, and forgetting warns of it.
     */
    cardsBeingShown: (): number[] => [...state.cardsBeingShown].filter((id) => !state.lateCardsBeingShown.has(id)),
  };
}


