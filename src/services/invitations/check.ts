/** A check: stored, weighed against what the workspace knows, and shown; and after a restart, the cards a crash cut short. */
import type { InvitationRecord } from '../../db/invitations-repo.js';
import { detailsWereRemoved } from '../../db/privacy-repo.js';
import { personKey } from '../../domain/person-key.js';
import { evaluateInvitation } from '../../domain/recommend.js';
import type { InvitationServiceDeps, InvitationServiceState } from './context.js';
import type { HistoryReader } from './history.js';
import type { RefusedBecause } from './notices.js';
import type { Posting } from './posting.js';
import type { CheckOutcome, CheckRequest } from './types.js';

export function createCheck(deps: InvitationServiceDeps, state: InvitationServiceState, historyReader: HistoryReader, posting: Posting) {
  const { repos, writes, logger, clock } = deps;
  const { historyOf, historyAndFocus, earlierTotal } = historyReader;
  const { postCard, rememberUnansweredPost } = posting;

  /**
   * Stores a check, weighs it against what the workspace knows, and shows the card. Reading the
   * person's history, weighing and storing are one step inside the write batch, so two checks of
   * the same person arriving together see each other (the second lists the first), and the reads
   * share the batch's transaction instead of opening one each.
   */
  async function checkInvitation(request: CheckRequest): Promise<CheckOutcome> {
    const now = clock();
    const { fields } = request;
    const key = personKey(fields.name, fields.headline);
    const person = { teamId: request.teamId, profileUrl: fields.profileUrl, personKey: key };
    const { record, created, earlier, total } = await writes.run(() => {
      const earlier = repos.invitations.findEarlierChecks(person);
      // Counted before the insert, which the count would otherwise include.
      const total = earlierTotal(person, earlier);
      const evaluation = evaluateInvitation(fields, { ...historyAndFocus(request.teamId, request.ownerId, earlier), teammates: [] });
      const stored = repos.invitations.insert({
        teamId: request.teamId,
        ownerId: request.ownerId,
        ...fields,
        personKey: key,
        source: request.source,
        recommendation: evaluation.recommendation,
        score: evaluation.score,
        reasons: evaluation.reasons,
        channelId: request.channelId,
        requestKey: request.requestKey,
        threadTs: request.threadTs ?? null,
        inGroupDm: request.inGroupDm ?? false,
        createdAt: now,
      });
      return { ...stored, earlier, total };
    });
    await request.whenStored?.();
    if (!created) {
      logger.info('Repeated delivery of a check; the first one handles it', { teamId: request.teamId, invitationId: record.id });
      return { kind: 'duplicate', invitation: record };
    }
    logger.info('Invitation checked', {
      teamId: request.teamId,
      invitationId: record.id,
      recommendation: record.recommendation,
      score: record.score,
    });
    // Read for the card only, after the ack: the weighing leaves it out, as a name alone is weak
    // evidence. The checks before this one are the same as inside the batch.
    // Nothing was checked after it yet: no later decisions to read.
    const history = { earlier, total, later: [], sameName: repos.invitations.findSameNameChecks({ ...person, beforeId: record.id }) };
    state.cardsBeingShown.add(record.id);
    try {
      return (await postCard(record, history, request.responseUrl, request.threadTs ?? null, request.inGroupDm ?? false)).outcome;
    } finally {
      state.cardsBeingShown.delete(record.id);
    }
  }

  /**
   * After a restart: the checks the last run stored, and acked, but never showed (it stopped between
   * the commit and the card's post). Their cards are posted now, as they would have been: in the
   * channel they were checked in, else privately. Only checks stored within CUT_SHORT_WINDOW_MS
   * before `startedAt`: an older one waits on Home and in the review, as any other. When Slack
   * took the cut-short post before the crash, this is a second card; the new one is the card the
   * app keeps up to date, and the first is noted as a post left unanswered (forgetting warns of
   * it, a click on it works). Returns how many were shown.
   */
  async function showCardsCutShort(startedAt: Date, signal?: AbortSignal): Promise<number> {
    const since = new Date(startedAt.getTime() - CUT_SHORT_WINDOW_MS);
    const found = repos.invitations.cardsNeverShown(since, startedAt, CUT_SHORT_SCAN);
    let shown = 0;
    for (const { teamId, id } of found.slice(-CUT_SHORT_SHOWN_AT_MOST)) {
      if (signal?.aborted === true) break;
      // Read again before each post: the posts before it take a while, and meanwhile the check may
      // have been forgotten, decided (from Home or the review) or shown.
      const record = repos.invitations.findById(teamId, id);
      if (record === null || record.status !== 'pending' || detailsWereRemoved(record) || hasCard(record) || state.cardsBeingShown.has(id)) continue;
      state.cardsBeingShown.add(id);
      state.lateCardsBeingShown.add(id);
      try {
        const { outcome, refusedBecause } = await postCard(record, historyOf(record), null, record.cardThreadTs ?? null, record.checkedInGroupDm ?? false);
        // The last run's post was cut short, not refused: Slack most likely took it, and that copy's
        // ts was never learnt. Noted as a post left unanswered once this one's outcome is noted
        // (a crash before then leaves it to the next start), so forgetting still warns of it. Unless
        // the conversation refuses the card now (the app is not in it, a group DM, archived): it
        // refused that post too, and no copy is there to warn of, nor for the DM copy to point to.
        if (!CONVERSATION_REFUSED.has(refusedBecause ?? '')) await rememberUnansweredPost(record, record.channelId ?? record.ownerId);
        logger.info('Showed the card of a check stored just before a restart', { teamId, invitationId: id, shown: outcome.kind });
        shown += 1;
      } finally {
        state.cardsBeingShown.delete(id);
        state.lateCardsBeingShown.delete(id);
      }
    }
    return shown;
  }

  return { checkInvitation, showCardsCutShort };
}

/** Whether a check's card is anywhere: posted, shown privately, or a post left unanswered. */
function hasCard(invitation: InvitationRecord): boolean {
  return invitation.messageTs !== null || invitation.responseUrl !== null || (invitation.unansweredPostIn ?? null) !== null;
}

/**
 * How far back a restart looks for checks whose card was never shown: a crash and its restart
 * are normally a minute apart; a check older than this waits on Home and in the review.
 */
export const CUT_SHORT_WINDOW_MS = 60 * 60_000;
/** Refusals about the conversation itself: a late card refused so was refused there the first time too. */
const CONVERSATION_REFUSED: ReadonlySet<string> = new Set<RefusedBecause>(['archived', 'not-member', 'refused']);
/** How many of the newest checks that look covers: far more than a crash can cut short. */
const CUT_SHORT_SCAN = 1_000;
/**
 * The most cards posted late after one start, the newest: a crash cuts short the posts in flight,
 * a handful. More would flood a channel at Slack's pace of one post a second; the rest wait on
 * Home and in the review.
 */
const CUT_SHORT_SHOWN_AT_MOST = 20;
