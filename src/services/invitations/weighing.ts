/**
 * Weighing a stored check (its earlier checks, the owner's focus, teammates' words), and weighing
 * an owner's waiting checks again after a focus change.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { EarlierCheck, InvitationRecord } from '../../db/invitations-repo.js';
import { whenWritable } from '../../db/lock-wait.js';
import type { VoiceRecord } from '../../db/voices-repo.js';
import { evaluateInvitation } from '../../domain/recommend.js';
import type { Evaluation, InvitationFields, OwnerFocus } from '../../domain/types.js';
import type { Cards } from './cards.js';
import type { InvitationServiceDeps } from './context.js';
import { toPriorCheck, type HistoryReader } from './history.js';
import type { Reweighing } from './types.js';

/**
 * After a focus change, how many of the changed cards are redrawn at once, newest first.
 * chat.update is Tier 3 (about 50 a minute per workspace), shared with every decision and
 * teammate's word: twenty leaves most of a minute's allowance to the people clicking. Older
 * cards have scrolled out of sight; they show the new weighing the next time they are redrawn,
 * and the Home tab and the weekly review read the stored recommendation anyway.
 */
export const CARDS_REDRAWN_AFTER_REWEIGHING = 20;

export function createWeighing(deps: InvitationServiceDeps, historyReader: HistoryReader, cards: Cards) {
  const { repos, logger, clock } = deps;
  const { laterChecksOf } = historyReader;
  const { redrawInTurn, unmarkRedrawn } = cards;

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

  /**
   * Weighs the invitation again (a teammate weighed in) and stores the fresh recommendation. The
   * teammates' names may wait on Slack, and meanwhile the owner may decide (the recommendation is
   * then the one decided on, and stays) or forget the check: it is weighed as it stands after the
   * wait, only while it still waits for a decision. Null when it is gone.
   */
  async function reevaluate(invitation: InvitationRecord): Promise<InvitationRecord | null> {
    const names = await teammateNames(invitation.teamId, repos.voices.forInvitation(invitation.teamId, invitation.id).map((voice) => voice.userId));
    return whenWritable(deps.db, () =>
      deps.db
        .transaction(() => {
          const current = repos.invitations.findById(invitation.teamId, invitation.id);
          if (current === null || current.status !== 'pending') return current;
          const evaluation = weighWith(current, { names, focus: repos.settings.get(current.teamId, current.ownerId).focus });
          repos.invitations.updateEvaluation(current.teamId, current.id, evaluation, clock());
          return repos.invitations.findById(current.teamId, current.id);
        })
        .immediate(),
    );
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

  return { reevaluate, weigh, weighedChecks, weighHistory, reweighPending, redrawReweighed };
}

export type Weighing = ReturnType<typeof createWeighing>;

/**
 * Invitations read and weighed between turns of the event loop when a focus changes: each takes
 * some tens of microseconds (reading it, its history and voices, weighing), so a chunk holds
 * other requests up for a few milliseconds.
 */
const REWEIGHED_BETWEEN_TURNS = 50;

/** What weighing reads of a stored invitation, as it is or as corrected. */
export type StoredFields = InvitationFields & { id: number; teamId: string; ownerId: string; personKey: string; status: InvitationRecord['status'] };

/** Same verdict, score and reasons: the card would look the same. */
export function sameEvaluation(a: Evaluation, b: Evaluation): boolean {
  return a.recommendation === b.recommendation && a.score === b.score && a.reasons.length === b.reasons.length && a.reasons.every((reason, i) => reason === b.reasons[i]);
}
