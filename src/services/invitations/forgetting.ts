/**
 * Forgetting's side of the invitations: the other checks whose stored weighing or card may use
 * what is forgotten, weighed again in the forgetting's transaction, and their cards redrawn.
 */
import type { WebClient } from '@slack/web-api';
import type { InvitationRecord } from '../../db/invitations-repo.js';
import { detailsWereRemoved } from '../../db/privacy-repo.js';
import { snippet } from '../../domain/recommend.js';
import { collapseWhitespace } from '../../domain/slack-text.js';
import type { Evaluation, OwnerFocus } from '../../domain/types.js';
import type { Cards } from './cards.js';
import type { InvitationServiceDeps } from './context.js';
import { checkIds, shownSince, type HistoryReader } from './history.js';
import type { ForgettingTraces } from './types.js';
import { sameEvaluation, type Weighing } from './weighing.js';

/**
 * Closes the reasons of a decided invitation that lost some of them to a forgetting: its
 * recommendation and score are kept as they were when it was decided, so they say what they
 * weighed then, and this tells the reader why the reasons no longer add up to them.
 */
export const REASON_REMOVED_ON_REQUEST =
  'Part of what this recommendation weighed has since been removed, at the request of the person it came from; the recommendation and score are kept as they were.';

export function createForgetting(deps: InvitationServiceDeps, historyReader: HistoryReader, weighing: Weighing, cards: Cards) {
  const { repos, client, logger, clock } = deps;
  const { laterChecksOf, sameNameListed } = historyReader;
  const { weighedChecks, weighHistory } = weighing;
  const { redrawInTurn } = cards;

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

  return { reweighForgetting, redrawForgetting };
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
