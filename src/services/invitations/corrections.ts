/**
 * The owner's correction of what was read (Edit details): stored and weighed again with the
 * thank-you rule applied anew, in one transaction, then shown wherever the check is.
 */
import type { InvitationRecord } from '../../db/invitations-repo.js';
import { whenWritable } from '../../db/lock-wait.js';
import { detailsWereRemoved } from '../../db/privacy-repo.js';
import { personKey } from '../../domain/person-key.js';
import type { Evaluation } from '../../domain/types.js';
import { AppError } from '../../errors.js';
import { mention } from '../../views/format.js';
import { RECOMMENDATION_WORDS } from '../../views/invitation-card.js';
import type { ThankYouDms } from '../thank-you-dms.js';
import type { CardRedraw, Cards } from './cards.js';
import type { InvitationServiceDeps } from './context.js';
import type { Decisions } from './decisions.js';
import { checkIds, type Person } from './history.js';
import { teammateHint } from './notices.js';
import type { OtherChecks } from './other-checks.js';
import type { DetailsEdit } from './types.js';
import type { Weighing } from './weighing.js';

/**
 * First among the reasons of a decided invitation whose details were corrected: the corrected
 * details are weighed, but the recommendation and score stay those its owner decided on.
 */
export function reweighedAfterDecision(weighed: Pick<Evaluation, 'recommendation' | 'score'>): string {
  // On a channel card everyone reads this: it names no "you", and the words are the card's own.
  return `With the corrected details, the recommendation would be: ${RECOMMENDATION_WORDS[weighed.recommendation]} (${weighed.score}/100). The recommendation and score above are the ones the decision was made on.`;
}

/** What a correction did to thank-you reminders: this check's own, and the other checks whose reminder changed. */
interface ThankYousFollowed {
  own: 'unchanged' | 'cancelled' | 'scheduled';
  others: number[];
}

export function createCorrections(deps: InvitationServiceDeps, thankYouDms: ThankYouDms, cards: Cards, weighing: Weighing, otherChecks: OtherChecks, decisions: Decisions) {
  const { repos, logger, clock } = deps;
  const { redrawCard, redrawCardOutcome, unmarkRedrawn } = cards;
  const { weigh, weighedChecks } = weighing;
  const { pendingOthers, reweighOthers, showOthersReweighed, followUp } = otherChecks;
  const { findInvitation, thankYouDueFor, openDmAhead } = decisions;

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
  async function editDetails(edit: DetailsEdit): Promise<{ invitation: InvitationRecord; card: CardRedraw }> {
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
    const card = await redrawCardOutcome(current);
    if (card === 'redrawn') unmarkRedrawn(current, markedAt);
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
    return { invitation: current, card };
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

  return { invitationForEditor, editDetails };
}
