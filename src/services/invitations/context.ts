/** What the parts of the invitation service share: what they are built from, and what this process has under way. */
import type { WebClient } from '@slack/web-api';
import type { ServiceDeps } from '../deps.js';

export type InvitationServiceDeps = ServiceDeps & {
  /** Called after each decision, e.g. to refresh the owner's Home tab. Must not throw. */
  afterDecision?: (teamId: string, ownerId: string) => Promise<void>;
  /** How long a card's post may take before its owner is told it is on its way (tests shorten it). */
  slowCardNoticeMs?: number;
  /**
   * The client that redraws other checks' cards after a decision or a correction (the sweeps'
   * one, which hands a 429 back at once: the rest wait for the card catch-up job). `client` by default.
   */
  updatesClient?: WebClient;
  /**
   * Publishes the Home tab of another owner whose waiting check a decision or a correction
   * weighed again, on a client that hands a 429 back at once (`passing`: the rest are left to be
   * drawn when opened). On the commands' client a Retry-After would hold every card and click
   * meanwhile. `afterDecision` by default.
   */
  publishOthersHome?: (teamId: string, ownerId: string) => Promise<'published' | 'refused' | 'passing'>;
};

/**
 * What one service has under way in this process: made once by createInvitationService and
 * passed to the parts that start or wait on it, so two services (tests make many) share nothing.
 */
export interface InvitationServiceState {
  /**
   * Work a decision or a correction leaves after its own answer (other checks' cards redrawn): run
   * on, not awaited, so the person's own replies (a decline message, a review redrawn) never wait
   * for it; `followUpsSettled` waits for it (a shutdown's drain, tests).
   */
  followUps: Set<Promise<void>>;
  /** Card posts waiting on Slack, by invitation id: what a shutdown cut short notes as unanswered. */
  postsInFlight: Map<number, { teamId: string; channelId: string }>;
  /**
   * Checks whose card this process is showing and has not yet noted where (the post, a private
   * copy, a DM): forgetting must not take them for posts a crash cut short (see CARD_MAYBE_IN).
   */
  cardsBeingShown: Set<number>;
  /**
   * Those of cardsBeingShown posted late after a restart (showCardsCutShort): the last run's post
   * may be in the conversation, its ts never learnt, so forgetting one of them meanwhile must still
   * warn of it. They are not passed to forgetting as being shown.
   */
  lateCardsBeingShown: Set<number>;
}

export function createInvitationServiceState(): InvitationServiceState {
  return { followUps: new Set(), postsInFlight: new Map(), cardsBeingShown: new Set(), lateCardsBeingShown: new Set() };
}
