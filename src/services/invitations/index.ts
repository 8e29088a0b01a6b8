/**
 * The invitation service: a check stored, weighed and shown as a card; the owner's decisions and
 * corrections; teammates' words and focus changes weighed again; forgetting's traces taken out;
 * clicks on a card's copies. Each part is its own module, composed here over one shared state.
 */
import { createThankYouDms } from '../thank-you-dms.js';
import { createCards } from './cards.js';
import { createCheck } from './check.js';
import { createClicks } from './clicks.js';
import { createInvitationServiceState, type InvitationServiceDeps } from './context.js';
import { createCorrections } from './corrections.js';
import { createDecisions } from './decisions.js';
import { createForgetting } from './forgetting.js';
import { createHistoryReader } from './history.js';
import { cardNotUpdatedMessage, cardNotUpdatedText, correctionNotShownMessage } from './notices.js';
import { createOtherChecks } from './other-checks.js';
import { createPosting } from './posting.js';
import { createWeighing } from './weighing.js';

export { CUT_SHORT_WINDOW_MS } from './check.js';
export type { InvitationServiceDeps } from './context.js';
export { reweighedAfterDecision } from './corrections.js';
export { REASON_REMOVED_ON_REQUEST, withoutForgottenReasons } from './forgetting.js';
export { DETAILS_REMOVED_NO_CHANGE, dmCardNotice, ephemeralCardNotice, slowCardText, type RefusedBecause } from './notices.js';
export type { CardClick, CardCopy, CheckOutcome, CheckRequest, DecisionOutcome, DecisionRequest, DetailsEdit, ForgettingTraces, Reweighing } from './types.js';
export { CARDS_REDRAWN_AFTER_REWEIGHING } from './weighing.js';

export type InvitationService = ReturnType<typeof createInvitationService>;

export function createInvitationService(deps: InvitationServiceDeps) {
  const { repos } = deps;
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
  const decisions = createDecisions(deps, thankYouDms, cards, clicks, otherChecks);
  const corrections = createCorrections(deps, thankYouDms, cards, weighing, otherChecks, decisions);

  return {
    checkInvitation: check.checkInvitation,
    recordDecision: decisions.recordDecision,
    changeDecision: decisions.changeDecision,
    findInvitation: decisions.findInvitation,
    invitationForOwner: decisions.invitationForOwner,
    invitationForEditor: corrections.invitationForEditor,
    editDetails: corrections.editDetails,
    alreadyDecidedMessage: decisions.alreadyDecidedMessage,
    reevaluate: weighing.reevaluate,
    reweighPending: weighing.reweighPending,
    redrawReweighed: weighing.redrawReweighed,
    redrawStaleCard: cards.redrawStaleCard,
    staleCards: (limit: number) => repos.invitations.staleCards(limit),
    cardRedrawn: (teamId: string, id: number, staleSince: number) => repos.invitations.cardRedrawn(teamId, id, staleSince),
    reweighForgetting: forgetting.reweighForgetting,
    redrawForgetting: forgetting.redrawForgetting,
    redrawCard: cards.redrawCard,
    redrawCardOutcome: cards.redrawCardOutcome,
    cardNotUpdatedText,
    cardNotUpdatedMessage,
    correctionNotShownMessage,
    tellOwner: cards.tellOwner,
    rememberResponseUrl: clicks.rememberResponseUrl,
    noteCardClick: clicks.noteCardClick,
    showMovedOn: clicks.showMovedOn,
    showStoredCardBehind: clicks.showStoredCardBehind,
    declineDraftFor: decisions.declineDraftFor,
    showClickedCopy: clicks.showClickedCopy,
    notePostsInFlightUnanswered: posting.notePostsInFlightUnanswered,
    showCardsCutShort: check.showCardsCutShort,
    followUpsSettled: otherChecks.followUpsSettled,
    /**
     * The checks whose card this process is still showing (see cardsBeingShown), but for late
     * cards: the last run's post of those may be in the conversation, and forgetting warns of it.
     */
    cardsBeingShown: (): number[] => [...state.cardsBeingShown].filter((id) => !state.lateCardsBeingShown.has(id)),
  };
}
