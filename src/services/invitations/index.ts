import type { DecisionOutcome, DecisionRequest, DetailsEdit, ForgettingTraces, Reweighing } from './types.js';
import type { Decision, Evaluation, InvitationFields, OwnerFocus } from '../../domain/types.js';
import type { VoiceRecord } from '../../db/voices-repo.js';
import type { WebClient } from '@slack/web-api';
import { AppError } from '../../errors.js';
import { DEFAULT_SWEEP_GAP_MS, safeTimeZone, thankYouDueAt } from '../../domain/schedule.js';
import { OTHER_PENDING_WEIGHED, type EarlierCheck, type InvitationRecord } from '../../db/invitations-repo.js';
import { cardNotUpdatedMessage, cardNotUpdatedText, correctionNotShownMessage, DETAILS_REMOVED_NO_CHANGE, teammateHint } from './notices.js';
import { checkIds, createHistoryReader, shownSince, toPriorCheck, type Person } from './history.js';
import { collapseWhitespace } from '../../domain/slack-text.js';
import { createCards } from './cards.js';
import { createCheck } from './check.js';
import { createClicks, isStoredCopy } from './clicks.js';
import { createInvitationServiceState, type InvitationServiceDeps } from './context.js';
import { createPosting } from './posting.js';
import { createThankYouDms, type ThankYouDmLocation } from '../thank-you-dms.js';
import { describeSlackFailure } from '../slack-errors.js';
import { detailsWereRemoved } from '../../db/privacy-repo.js';
import { draftDecline } from '../../domain/decline-note.js';
import { evaluateInvitation, snippet } from '../../domain/recommend.js';
import { mention, slackDate } from '../../views/format.js';
import { RECOMMENDATION_WORDS } from '../../views/invitation-card.js';
import { personKey } from '../../domain/person-key.js';
import { personalWorkingWindow, thankYouDelayMinutes } from '../../domain/settings.js';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { whenWritable } from '../../db/lock-wait.js';

export { CUT_SHORT_WINDOW_MS } from './check.js';
export type { InvitationServiceDeps } from './context.js';
export { DETAILS_REMOVED_NO_CHANGE, dmCardNotice, ephemeralCardNotice, slowCardText, type RefusedBecause } from './notices.js';
export type { CardClick, CardCopy, CheckOutcome, CheckRequest, DecisionOutcome, DecisionRequest, DetailsEdit, ForgettingTraces, Reweighing } from './types.js';

/** What a correction did to thank-you reminders: this check's own, and the other checks whose reminder changed. */
interface ThankYousFollowed {
  own: 'unchanged' | 'cancelled' | 'scheduled';
  others: number[];
}

/**
 * After a focus change, how many of the changed cards are redrawn at once, newest first.
 * chat.update is Tier 3 (about 50 a minute per workspace), shared with every decision and
 * teammate's word: twenty leaves most of a minute's allowance to the people clicking. Older
 * cards have scrolled out of sight; they show the new weighing the next time they are redrawn,
 * and the Home tab and the weekly review read the stored recommendation anyway.
 */
export const CARDS_REDRAWN_AFTER_REWEIGHING = 20;

/**
 * Closes the reasons of a decided invitation that lost some of them to a forgetting: its
 * recommendation and score are kept as they were when it was decided, so they say what they
 * weighed then, and this tells the reader why the reasons no longer add up to them.
 */
export const REASON_REMOVED_ON_REQUEST =
  'Part of what this recommendation weighed has since been removed, at the request of the person it came from; the recommendation and score are kept as they were.';

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
  const { repos, client, logger, clock } = deps;
  const updatesClient = deps.updatesClient ?? client;
  const state = createInvitationServiceState();
  const thankYouDms = createThankYouDms(deps);
  const historyReader = createHistoryReader(deps);
  const cards = createCards(deps, historyReader);
  const posting = createPosting(deps, state, historyReader, cards);
  const clicks = createClicks(deps, cards);
  const check = createCheck(deps, state, historyReader, posting);
  const { laterChecksOf, sameNameListed } = historyReader;
  const { redrawCard, redrawInTurn, unmarkRedrawn, redrawStaleCard, tellOwner } = cards;
  const { noteCardClick, showMovedOn, showStoredCardBehind, showClickedCopy, redrawCopy, rememberResponseUrl } = clicks;
  const { notePostsInFlightUnanswered } = posting;
  const { checkInvitation, showCardsCutShort } = check;

  /**
   * Teammates' names, as their words on a card are weighed: asked of Slack (or its cache) before
   * the weighing, so the weighing itself never waits on the network and can run in a transaction.
   */
  async function teammateNames(teamId: string, userIds: Iterable<string>): Promise<Map<string, string | null>> {
    const names = new Map<string, string | null>();
    await Promise.all(
      [...new Set(userIds)].map(async (userId) => {
        names.set(userId, (await deps.users.profile(teamId, userId, clock())).realName);
      }),
    );
    return names;
  }

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

  /** Weighs the invitation again (a teammate weighed in) and stores the fresh recommendation. */
  async function reevaluate(invitation: InvitationRecord): Promise<InvitationRecord> {
    const evaluation = await weigh(invitation);
    repos.invitations.updateEvaluation(invitation.teamId, invitation.id, evaluation, clock());
    return repos.invitations.findById(invitation.teamId, invitation.id) ?? invitation;
  }

  /** Weighs a stored invitation, as it is or as corrected: its earlier checks, the owner's focus, teammates' words. */
  async function weigh(invitation: StoredFields): Promise<Evaluation> {
    const voices = repos.voices.forInvitation(invitation.teamId, invitation.id);
    const names = await teammateNames(invitation.teamId, voices.map((voice) => voice.userId));
    return weighWith(invitation, { names, focus: repos.settings.get(invitation.teamId, invitation.ownerId).focus, voices });
  }

  /**
   * The weighing itself, with teammates' names and the owner's focus in hand: it only reads the
   * database (the voices too, unless given), so it can run inside a transaction.
   */
  function weighWith(
    invitation: StoredFields,
    given: { names: ReadonlyMap<string, string | null>; focus: OwnerFocus; voices?: readonly VoiceRecord[] },
    /** Count what was decided on later checks: for a pending check by default (see laterDecisionsOf). */
    withLater: boolean = invitation.status === 'pending',
  ): Evaluation {
    return weighHistory(invitation, weighedChecks(invitation, withLater), given);
  }

  /** The checks a weighing counts: those before it, and with `withLater` the decisions on those after it. */
  function weighedChecks(invitation: StoredFields, withLater: boolean): EarlierCheck[] {
    const earlier = repos.invitations.findEarlierChecks({
      teamId: invitation.teamId,
      profileUrl: invitation.profileUrl,
      personKey: invitation.personKey,
      beforeId: invitation.id,
    });
    return withLater ? [...laterChecksOf(invitation), ...earlier] : earlier;
  }

  function weighHistory(
    invitation: StoredFields,
    earlier: readonly EarlierCheck[],
    given: { names: ReadonlyMap<string, string | null>; focus: OwnerFocus; voices?: readonly VoiceRecord[] },
  ): Evaluation {
    const voices = given.voices ?? repos.voices.forInvitation(invitation.teamId, invitation.id);
    const teammates = voices.map((voice) => ({
      // A name not asked for (a focus change weighs with the cache; a word given since): the cached one.
      name: given.names.get(voice.userId) ?? deps.users.cachedProfile(invitation.teamId, voice.userId)?.realName ?? 'A teammate',
      kind: voice.kind,
      note: voice.note,
    }));
    const history = earlier.map((check) => toPriorCheck(check, invitation.ownerId));
    return evaluateInvitation(invitation, { history, focus: given.focus, teammates });
  }

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

  /**
   * Weighs every invitation the owner has not decided on again with their new focus, and stores
   * the recommendations that changed. `change.save` (the settings save that brings the focus) runs
   * in the same transaction as the stores, so a crash or a full disk leaves either the old focus
   * with the old weights or the new focus with the new ones, never half of each.
   *
   * An owner may have hundreds waiting, so the weighing runs before that transaction, a chunk at a
   * time, letting other requests in between; the transaction then only stores. A row whose stamp
   * moved meanwhile (decided, corrected, a teammate's word) or that was checked meanwhile is
   * weighed again inside the transaction, as it stands then; one decided meanwhile is left alone.
   */
  async function reweighPending(teamId: string, ownerId: string, change: { focus: OwnerFocus; save: () => void }): Promise<Reweighing> {
    // Teammates' names as cached when they weighed in: asking Slack here could hold the save (and
    // everything the person just typed) for a rate limit's wait before anything is stored.
    const names = new Map<string, string | null>();
    const early = new Map<number, { invitation: InvitationRecord; stamp: string; evaluation: Evaluation }>();
    let after: InvitationRecord | undefined;
    do {
      if (after !== undefined) await nextTurn();
      const page = repos.invitations.pendingForOwner(teamId, ownerId, { limit: REWEIGHED_BETWEEN_TURNS, ...(after === undefined ? {} : { after }) });
      const voices = new Map(page.map(({ invitation }) => [invitation.id, repos.voices.forInvitation(teamId, invitation.id)]));
      for (const { invitation, stamp } of page) {
        const evaluation = weighWith(invitation, { names, focus: change.focus, voices: voices.get(invitation.id) ?? [] });
        early.set(invitation.id, { invitation, stamp, evaluation });
      }
      after = page.length === REWEIGHED_BETWEEN_TURNS ? page.at(-1)?.invitation : undefined;
    } while (after !== undefined);
    const weighNow = (id: number): { invitation: InvitationRecord; evaluation: Evaluation } | null => {
      const invitation = repos.invitations.findById(teamId, id);
      return invitation === null ? null : { invitation, evaluation: weighWith(invitation, { names, focus: change.focus }) };
    };
    const now = clock();
    const reweighing = await whenWritable(deps.db, () => deps.db.transaction((): Reweighing => {
      change.save();
      const pending = repos.invitations.pendingStamps(teamId, ownerId);
      const changed: InvitationRecord[] = [];
      let newVerdicts = 0;
      for (const { id, stamp } of pending) {
        // Weighed above from the row as it still stands; else changed or checked since, and weighed now.
        const weighed = early.get(id);
        const current = weighed !== undefined && weighed.stamp === stamp ? weighed : weighNow(id);
        if (current === null || sameEvaluation(current.invitation, current.evaluation)) continue;
        repos.invitations.updateEvaluation(teamId, id, current.evaluation, now);
        if (current.invitation.recommendation !== current.evaluation.recommendation) newVerdicts += 1;
        changed.push({ ...current.invitation, ...current.evaluation, reasons: [...current.evaluation.reasons] });
      }
      // Every changed card is marked for the catch-up job with the new weights, as a forgetting's
      // are: a crash before they are redrawn loses none. Those redrawn at once are unmarked then.
      repos.invitations.markCardsStale(teamId, changed.map((invitation) => invitation.id), now);
      return { weighed: pending.length, changed, newVerdicts, markedAt: now };
    }).immediate());
    logger.info('Waiting invitations weighed again', { teamId, ownerId, weighed: reweighing.weighed, changed: reweighing.changed.length });
    return reweighing;
  }

  /**
   * Runs `forgetting.forget` (deleting someone's checks or words) and weighs again, in the same
   * transaction, the invitations whose stored weighing may have used what it deletes: their
   * reasons are text copies made when they were weighed, so the forgotten words would otherwise
   * stay in them. `forgetting.traces` is read inside the transaction too, before the deletion.
   *
   * A pending invitation is weighed again as a check would be (its history, the owner's focus,
   * teammates' words) and stores that. A decided one keeps the recommendation and score its owner
   * decided on, and loses only the reasons that came from what was forgotten, with a line saying
   * so (REASON_REMOVED_ON_REQUEST). A card whose same-name hint listed a forgotten check is
   * redrawn too, though nothing of it is weighed. Returns what changed, as stored now, for redrawing.
   */
  function reweighForgetting<T>(
    teamId: string,
    forgetting: { traces: () => ForgettingTraces; forget: () => T },
  ): { result: T; changed: InvitationRecord[]; marked: { at: Date; count: number } } {
    // Teammates' names as cached: the weighing runs in a transaction and must not wait on Slack.
    const names = new Map<string, string | null>();
    const focusOf = new Map<string, OwnerFocus>();
    const focus = (ownerId: string): OwnerFocus => {
      const known = focusOf.get(ownerId);
      if (known !== undefined) return known;
      const read = repos.settings.get(teamId, ownerId).focus;
      focusOf.set(ownerId, read);
      return read;
    };
    const now = clock();
    return deps.db.transaction(() => {
      const traces = forgetting.traces();
      const quotes = forgottenQuotes(traces);
      // A decided check is weighed twice: as it is weighed now (the checks before it), and as it
      // was while pending (the decisions after it too, which its stored reasons may quote).
      // And which checks its card lists ("Seen before", "Since this check"): a list capped at the
      // newest may fill the forgotten one's place with another that weighs the same, and the card,
      // weighed the same, would still name the forgotten check's owner and show their words.
      const weighedAsItStands = (invitation: InvitationRecord): { evaluation: Evaluation; whilePending: Evaluation | null; listed: string } => {
        const given = { names, focus: focus(invitation.ownerId) };
        const earlier = weighedChecks(invitation, false);
        const later = laterChecksOf(invitation);
        if (invitation.status === 'pending') {
          const checks = [...later, ...earlier];
          return { evaluation: weighHistory(invitation, checks, given), whilePending: null, listed: checkIds(checks) };
        }
        return {
          evaluation: weighHistory(invitation, earlier, given),
          whilePending: weighHistory(invitation, [...later, ...earlier], given),
          listed: checkIds([...earlier, ...shownSince(invitation, later)]),
        };
      };
      const before = new Map<number, { invitation: InvitationRecord; evaluation: Evaluation; whilePending: Evaluation | null; listed: string }>();
      for (const id of traces.invitationIds) {
        const invitation = before.has(id) ? null : repos.invitations.findById(teamId, id);
        if (invitation === null || detailsWereRemoved(invitation)) continue;
        before.set(id, { invitation, ...weighedAsItStands(invitation) });
      }
      // What each card's same-name hint lists, to compare after the forgetting.
      const hintsBefore = new Map<number, string>();
      for (const id of traces.sameNameIds) {
        const invitation = hintsBefore.has(id) ? null : repos.invitations.findById(teamId, id);
        if (invitation !== null && !detailsWereRemoved(invitation)) hintsBefore.set(id, sameNameListed(invitation));
      }
      const result = forgetting.forget();
      const changed: InvitationRecord[] = [];
      for (const [id, { invitation, evaluation: was, whilePending, listed }] of before) {
        // Forgotten itself (the owner's own later check): nothing left to weigh.
        if (repos.invitations.findById(teamId, id) === null) continue;
        const after = weighedAsItStands(invitation);
        const weighings: [Evaluation, Evaluation][] = [[was, after.evaluation]];
        if (whilePending !== null && after.whilePending !== null) weighings.push([whilePending, after.whilePending]);
        const next = invitation.status === 'pending' ? after.evaluation : withoutForgottenReasons(invitation, weighings, quotes);
        if (sameEvaluation(invitation, next)) {
          // Weighed the same, but its card listed a forgotten check: redrawn without it.
          if (after.listed !== listed) changed.push(invitation);
          continue;
        }
        repos.invitations.updateEvaluation(teamId, id, next, now);
        changed.push({ ...invitation, ...next, reasons: [...next.reasons] });
      }
      // Weighed the same, or not weighed at all, but its hint lost a forgotten check: redrawn too.
      const weighedAgain = new Set(changed.map((invitation) => invitation.id));
      for (const [id, hint] of hintsBefore) {
        const invitation = weighedAgain.has(id) ? null : repos.invitations.findById(teamId, id);
        if (invitation !== null && sameNameListed(invitation) !== hint) changed.push(invitation);
      }
      // Every changed card is marked for the catch-up job with the weighing, in its transaction: a
      // crash before they are redrawn loses none. Those redrawn at once are unmarked then.
      const count = repos.invitations.markCardsStale(teamId, changed.map((invitation) => invitation.id), now);
      return { result, changed, marked: { at: now, count } };
    }).immediate();
  }

  /**
   * Redraws the newest `atOnce` of the cards a forgetting weighed again (see redrawInTurn), on
   * `via`, and unmarks those: `reweighForgetting` marked them all, with the weighing, for the
   * catch-up job (jobs/stale-cards.ts), which redraws the rest, and any Slack would not redraw just
   * then, at Slack's pace on the sweeps' client, across restarts. After a failure for a passing
   * reason (Slack down, a rate limit) no more are tried: the rest wait for the job. Unlike a focus
   * change every one is redrawn in the end: an old card still quotes what its author asked to
   * remove. `left`: about how many stay marked. Never throws.
   */
  async function redrawForgetting(
    changed: readonly InvitationRecord[],
    atOnce: number,
    marked: { at: Date; count: number },
    via: WebClient = client,
  ): Promise<{ redrawn: number; failed: number; left: number }> {
    const first = [...changed].sort((a, b) => b.id - a.id).slice(0, Math.max(0, atOnce));
    const { redrawn, failed, tried, failedCards } = await redrawInTurn(first, 'Could not redraw a card weighed again after a forgetting', { via, stopAtPassingFailure: true });
    const failedIds = new Set(failedCards.map((invitation) => invitation.id));
    let unmarked = 0;
    for (const card of first.slice(0, tried)) {
      // Only channel cards were marked (see markCardsStale).
      if (failedIds.has(card.id) || card.channelId === null || card.messageTs === null) continue;
      repos.invitations.cardRedrawn(card.teamId, card.id, marked.at.getTime());
      unmarked += 1;
    }
    const left = Math.max(0, marked.count - unmarked);
    if (changed.length > 0) logger.info('Cards redrawn after a forgetting', { redrawn, failed, left });
    return { redrawn, failed, left };
  }

  /**
   * Redraws the newest CARDS_REDRAWN_AFTER_REWEIGHING of the cards whose recommendation changed
   * (see redrawInTurn), and unmarks each Slack took: `reweighPending` marked every changed card,
   * with the new weights, for the catch-up job (jobs/stale-cards.ts), which redraws the rest, and
   * any Slack would not redraw just then, at Slack's pace, across restarts.
   */
  async function redrawReweighed(changed: readonly InvitationRecord[], markedAt: Date): Promise<{ redrawn: number; failed: number; left: number }> {
    const first = changed.slice(0, CARDS_REDRAWN_AFTER_REWEIGHING);
    const rest = changed.slice(CARDS_REDRAWN_AFTER_REWEIGHING);
    const { redrawn, failed, failedCards } = await redrawInTurn(first, 'Could not redraw a card weighed again');
    // One Slack would not redraw now stays the catch-up job's (it lets go of those that are gone).
    const failedIds = new Set(failedCards.map((invitation) => invitation.id));
    for (const card of first) if (!failedIds.has(card.id)) unmarkRedrawn(card, markedAt);
    const left = rest.length;
    if (changed.length > 0) logger.info('Cards redrawn after a focus change', { redrawn, failed, left });
    return { redrawn, failed, left };
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

/**
 * Invitations read and weighed between turns of the event loop when a focus changes: each takes
 * some tens of microseconds (reading it, its history and voices, weighing), so a chunk holds
 * other requests up for a few milliseconds.
 */
const REWEIGHED_BETWEEN_TURNS = 50;

/** What weighing reads of a stored invitation, as it is or as corrected. */
type StoredFields = InvitationFields & { id: number; teamId: string; ownerId: string; personKey: string; status: InvitationRecord['status'] };

/** Same verdict, score and reasons: the card would look the same. */
function sameEvaluation(a: Evaluation, b: Evaluation): boolean {
  return a.recommendation === b.recommendation && a.score === b.score && a.reasons.length === b.reasons.length && a.reasons.every((reason, i) => reason === b.reasons[i]);
}

/**
 * A decided invitation's weighing without what was forgotten: the recommendation and score it was
 * decided on, its reasons less those the forgotten records gave (the ones weighing now with and
 * without them tells apart, and any that quote their words or name, in case the stored reasons
 * were written from an older state), with what weighing without them says in their place.
 * `weighings`: pairs of weighings with and without them, first as it is weighed now, then as it
 * was weighed while pending (with the decisions on later checks, which it may have stored).
 */
export function withoutForgottenReasons(
  stored: Pick<InvitationRecord, 'recommendation' | 'score' | 'reasons'>,
  weighings: readonly (readonly [was: Evaluation, without: Evaluation])[],
  quotesForgotten: (reason: string) => boolean,
): Evaluation {
  const gone = new Set(weighings.flatMap(([was, without]) => was.reasons.filter((reason) => !without.reasons.includes(reason))));
  const earlier = stored.reasons.filter((reason) => reason !== REASON_REMOVED_ON_REQUEST);
  const kept = earlier.filter((reason) => !gone.has(reason) && !quotesForgotten(reason));
  if (kept.length === earlier.length) return { recommendation: stored.recommendation, score: stored.score, reasons: [...stored.reasons] };
  const inTheirPlace = [...new Set(weighings.flatMap(([was, without]) => without.reasons.filter((reason) => !was.reasons.includes(reason))))].filter(
    (reason) => !kept.includes(reason) && !gone.has(reason),
  );
  const reasons = [...kept, ...inTheirPlace.slice(0, earlier.length - kept.length), REASON_REMOVED_ON_REQUEST];
  return { recommendation: stored.recommendation, score: stored.score, reasons };
}

/** How the weighing opens a quote: a teammate's note as `: "…`, a decision's reason as `(reason: …`. */
const QUOTE_OPENINGS = [': "', '(reason: '] as const;

/**
 * Whether a reason quotes a forgotten word the way the weighing quotes them, or is a teammate's
 * word under a forgotten name. The quotes are looked up, not searched for word by word: someone
 * with thousands of decisions, re-checked by teammates thousands of times, would otherwise have
 * every quoting reason compared with every word, for seconds, inside the forgetting's transaction.
 * A quote is found wherever a reason holds it (as `includes` would): each opening in the reason is
 * tried against the forgotten quotes of each length.
 */
function forgottenQuotes(traces: ForgettingTraces): (reason: string) => boolean {
  const byLength = new Map<number, Set<string>>();
  const add = (quote: string) => {
    const same = byLength.get(quote.length) ?? new Set<string>();
    same.add(quote);
    byLength.set(quote.length, same);
  };
  for (const word of new Set(traces.words)) {
    const flat = collapseWhitespace(word);
    // A decision's reason is quoted without its closing full stop.
    const bare = flat.replace(/[.!]+$/, '');
    if (bare === '') continue;
    // A short word must be quoted whole ("ok" is not "okay, I know her"); a long one is cut short
    // by the weighing, so its opening is enough.
    if (flat.length <= QUOTED_OPENING_CHARS) {
      add(`: "${flat}"`);
      add(`(reason: ${bare})`);
    } else {
      add(`: "${flat.slice(0, QUOTED_OPENING_CHARS)}`);
      add(`(reason: ${bare.slice(0, QUOTED_OPENING_CHARS)}`);
    }
  }
  const lengths = [...byLength.entries()];
  const names = traces.names.map((name) => snippet(name, TEAMMATE_NAME_CHARS)).filter((who) => who !== '');
  return (reason) => {
    for (const opening of QUOTE_OPENINGS) {
      for (let at = reason.indexOf(opening); at !== -1; at = reason.indexOf(opening, at + 1)) {
        for (const [length, quotes] of lengths) {
          if (quotes.has(reason.slice(at, at + length))) return true;
        }
      }
    }
    return names.some((who) => reason.startsWith(`${who} knows them`) || reason.startsWith(`${who} gave a heads-up`));
  };
}

/** How much of a forgotten word a reason must quote to be taken for it: less than any cut the weighing makes. */
const QUOTED_OPENING_CHARS = 24;
/** As the weighing cuts a teammate's name in its reasons (recommend.ts). */
const TEAMMATE_NAME_CHARS = 40;
