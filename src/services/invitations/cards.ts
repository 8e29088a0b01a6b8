/**
 * A card as it stands, drawn and redrawn wherever it is (a message, or an ephemeral card through
 * its response_url), and the private notes its owner gets beside it.
 */
import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { EarlierCheck, InvitationRecord, SameNameCheck } from '../../db/invitations-repo.js';
import type { VoiceRecord } from '../../db/voices-repo.js';
import { invitationCard, type CardHistoryEntry, type CardSameNameEntry } from '../../views/invitation-card.js';
import type { CardVoice } from '../../views/models.js';
import { respondVia } from '../respond.js';
import { describeSlackFailure, MESSAGE_BEYOND_REACH, RATE_LIMIT_ANSWERS, rateLimitRetryAfter, SLACK_SIDE_FAILURES, slackErrorCode } from '../slack-errors.js';
import type { InvitationServiceDeps } from './context.js';
import type { CardHistory, HistoryReader } from './history.js';
import { isDirectMessage, NOT_SHOWN_THERE, ownerOnlyNoticeOf } from './notices.js';

/**
 * How a redraw went: `passing` when Slack, the network or a rate limit failed (worth trying
 * later), `refused` when Slack refused this card (deleted, its channel archived or gone, no longer
 * the app's to edit): trying again will not help.
 */
export type CardRedraw = 'redrawn' | 'refused' | 'passing';

export function createCards(deps: InvitationServiceDeps, historyReader: HistoryReader) {
  const { repos, client, logger } = deps;
  const { historyOf } = historyReader;

  /**
   * The card as it stands: the invitation, what the workspace knew before, what teammates said.
   * A fresh check passes the history it read as it was stored, and has no teammates' words yet.
   */
  function cardFor(
    invitation: InvitationRecord,
    fresh?: CardHistory,
    ownerOnlyNotice: string | null = ownerOnlyNoticeOf(invitation),
  ): { text: string; blocks: KnownBlock[] } {
    const { earlier, total, sameName, later } = fresh ?? historyOf(invitation);
    const voices = fresh === undefined ? repos.voices.forInvitation(invitation.teamId, invitation.id).map(toCardVoice) : [];
    const thankYou = invitation.status !== 'accepted' ? undefined : repos.nudges.hasThankYou(invitation.teamId, invitation.id) ? 'suggested' : 'with-earlier-check';
    // Every step of a changed decision is kept; the card names those before the current one.
    const steps = invitation.status === 'pending' ? [] : repos.decisions.forInvitation(invitation.teamId, invitation.id);
    const earlierDecisions = steps.slice(0, -1).map((step) => ({ decision: step.decision, at: step.createdAt }));
    return invitationCard(
      { ...invitation, thankYou, earlierDecisions },
      earlier.map((check) => toHistoryEntry(check, invitation.ownerId)),
      total,
      voices,
      ownerOnlyNotice,
      sameName.map((check) => toSameNameEntry(check, invitation.ownerId)),
      // As "Seen before": a teammate's reason shows, their note only on their own checks.
      later.map((check) => toHistoryEntry(check, invitation.ownerId)),
    );
  }

  /**
   * Shows the card's current state wherever it lives. Failures are logged: the change is already
   * saved. False when Slack would not redraw it, so the caller can say so to the person.
   */
  async function redrawCard(invitation: InvitationRecord): Promise<boolean> {
    return (await redrawOn(client, invitation)) === 'redrawn';
  }

  /** `redrawCard`, telling a refusal for good from a failure that may pass, so the person hears which. */
  async function redrawCardOutcome(invitation: InvitationRecord): Promise<CardRedraw> {
    return redrawOn(client, invitation);
  }

  /** `redrawCard` on the client given, telling how it went (see CardRedraw). */
  async function redrawOn(via: WebClient, invitation: InvitationRecord): Promise<CardRedraw> {
    const card = cardFor(invitation);
    try {
      if (invitation.channelId !== null && invitation.messageTs !== null) {
        await via.chat.update({ channel: invitation.channelId, ts: invitation.messageTs, ...card });
      } else if (invitation.responseUrl !== null) {
        await respondVia(invitation.responseUrl)({ replace_original: true, ...card });
      }
      return 'redrawn';
    } catch (error) {
      logger.warn('Could not redraw the card', { invitationId: invitation.id, failure: describeSlackFailure(error) });
      const code = slackErrorCode(error);
      // A rate limit answered as such (`ratelimited`) passes, as a 429 does.
      return code === null || SLACK_SIDE_FAILURES.has(code) || RATE_LIMIT_ANSWERS.has(code) ? 'passing' : 'refused';
    }
  }

  /**
   * Redraws cards weighed again, one at a time (never a burst into Tier 3), each as it stands now:
   * decided meanwhile, it shows the decision; forgotten, it is passed over. A card Slack won't
   * redraw (deleted, the app removed from the channel, an expired response_url) is logged and the
   * rest go on, unless `stopAtPassingFailure` and Slack is down or rate-limited: then the rest are
   * not tried (`tried` counts those that were). Never throws: the new weights are stored whatever
   * happens to the cards.
   */
  async function redrawInTurn(
    cards: readonly InvitationRecord[],
    warning: string,
    options: { via: WebClient; stopAtPassingFailure: boolean } = { via: client, stopAtPassingFailure: false },
  ): Promise<{ redrawn: number; failed: number; tried: number; failedCards: InvitationRecord[] }> {
    let redrawn = 0;
    let tried = 0;
    const failedCards: InvitationRecord[] = [];
    for (const stale of cards) {
      tried += 1;
      try {
        const current = repos.invitations.findById(stale.teamId, stale.id);
        if (current === null) continue;
        const outcome = await redrawOn(options.via, current);
        if (outcome !== 'redrawn') {
          failedCards.push(current);
          if (outcome === 'passing' && options.stopAtPassingFailure) break;
          continue;
        }
        redrawn += 1;
        // Decided while this redraw was on its way: the decision's own redraw may have landed
        // first, and this one put the pending card back over it. Show the decision again.
        const after = repos.invitations.findById(stale.teamId, stale.id);
        if (after !== null && after.status !== current.status) await redrawOn(options.via, after);
      } catch (error) {
        failedCards.push(stale);
        logger.warn(warning, { invitationId: stale.id, failure: describeSlackFailure(error) });
      }
    }
    return { redrawn, failed: failedCards.length, tried, failedCards };
  }

  /**
   * A card marked for the catch-up job at `markedAt` (with a decision, a correction or new weights)
   * was just redrawn as it stands: unmarked, so the job has nothing to do for it. A later marking
   * stands. A failure to write is only logged: the job then redraws it once more.
   */
  function unmarkRedrawn(invitation: InvitationRecord, markedAt: Date): void {
    try {
      repos.invitations.cardRedrawn(invitation.teamId, invitation.id, markedAt.getTime());
    } catch (error) {
      logger.warn('A redrawn card could not be unmarked; the catch-up job will redraw it again', {
        invitationId: invitation.id,
        failure: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /**
   * One card the catch-up job redraws, as it stands now: `gone` when it no longer exists or Slack
   * says it can never be changed, `failed` (with Slack's Retry-After, if any) to try again later.
   */
  async function redrawStaleCard(stale: InvitationRecord): Promise<{ outcome: 'redrawn' | 'gone' | 'failed'; retryAfterSeconds: number | null }> {
    const invitation = repos.invitations.findById(stale.teamId, stale.id);
    if (invitation === null || invitation.channelId === null || invitation.messageTs === null) return { outcome: 'gone', retryAfterSeconds: null };
    try {
      await client.chat.update({ channel: invitation.channelId, ts: invitation.messageTs, ...cardFor(invitation) });
      return { outcome: 'redrawn', retryAfterSeconds: null };
    } catch (error) {
      const code = slackErrorCode(error);
      logger.warn('Could not redraw a card weighed again', { invitationId: invitation.id, failure: describeSlackFailure(error) });
      // Slack down, the network, a rate limit: later. A refusal of this card itself (gone, or a
      // message Slack will not take) would only come back every run, ahead of the others: let go.
      const passing = code === null || SLACK_SIDE_FAILURES.has(code);
      return passing && !MESSAGE_BEYOND_REACH.has(code ?? '')
        ? { outcome: 'failed', retryAfterSeconds: rateLimitRetryAfter(error) }
        : { outcome: 'gone', retryAfterSeconds: null };
    }
  }

  /**
   * A message only the owner sees, beside the card: ephemeral in the card's channel, or in their
   * DM with the app when the card is not in a channel, or when Slack says plainly it cannot be
   * shown there (the owner left the channel, the channel is gone). Failures are logged.
   */
  async function tellOwner(invitation: InvitationRecord, message: { text: string; blocks: KnownBlock[] }): Promise<void> {
    try {
      if (invitation.channelId !== null && invitation.messageTs !== null && !isDirectMessage(invitation.channelId)) {
        try {
          // In the card's thread when it is in one: the note belongs beside the card.
          const thread = invitation.cardThreadTs ?? null;
          await client.chat.postEphemeral({ channel: invitation.channelId, user: invitation.ownerId, ...message, ...(thread === null ? {} : { thread_ts: thread }) });
          return;
        } catch (error) {
          // A timeout or a 5xx may have reached the owner after all: only a plain refusal goes on to the DM.
          if (!NOT_SHOWN_THERE.has(slackErrorCode(error) ?? '')) throw error;
          logger.info('A private note could not be shown beside the card; sending it by DM', { invitationId: invitation.id, failure: describeSlackFailure(error) });
        }
      }
      const dm = await deps.users.dmChannel(invitation.teamId, invitation.ownerId);
      await client.chat.postMessage({ channel: dm, ...message, unfurl_links: false, unfurl_media: false });
    } catch (error) {
      logger.warn('Could not send the owner a private note', { invitationId: invitation.id, failure: describeSlackFailure(error) });
    }
  }

  return { cardFor, redrawCard, redrawCardOutcome, redrawOn, redrawInTurn, unmarkRedrawn, redrawStaleCard, tellOwner };
}

export type Cards = ReturnType<typeof createCards>;

/** As toHistoryEntry, with who was checked: the owner's own words only on their own checks. */
function toSameNameEntry(check: SameNameCheck, ownerId: string): CardSameNameEntry {
  return { ...toHistoryEntry(check, ownerId), name: check.name, headline: check.headline, company: check.company };
}

/**
 * An earlier check as the card's "Seen before" lists it. The Ignore form promises that later
 * checks show the note only to its writer's own checks: a teammate's check may be in a channel
 * the note was never meant for.
 */
function toHistoryEntry(check: EarlierCheck, ownerId: string): CardHistoryEntry {
  return {
    ownerId: check.ownerId,
    status: check.status,
    at: check.decidedAt ?? check.createdAt,
    reason: check.decisionReason,
    note: check.ownerId === ownerId ? check.decisionNote : null,
  };
}

function toCardVoice(voice: VoiceRecord): CardVoice {
  return { userId: voice.userId, kind: voice.kind, note: voice.note, at: voice.updatedAt };
}
