/**
 * Clicks on a copy of a card: a card may have two (a post Slack never answered, and the owner's
 * private one), or one whose place was never stored. A click tells where it is, and a copy left
 * behind is shown as things stand.
 */
import type { InvitationRecord } from '../../db/invitations-repo.js';
import { respondVia } from '../respond.js';
import { describeSlackFailure } from '../slack-errors.js';
import type { Cards } from './cards.js';
import type { InvitationServiceDeps } from './context.js';
import { isDirectMessage, privateCopyNotice } from './notices.js';
import type { CardClick, CardCopy } from './types.js';

export function createClicks(deps: InvitationServiceDeps, cards: Cards) {
  const { repos, client, logger, clock } = deps;
  const { cardFor, redrawCard } = cards;

  /**
   * Notes what a click on a copy of a card tells. A card may have two copies: when Slack never
   * answered its post, the owner was shown one of their own while the post may have reached the
   * channel anyway; and a click on a card whose place was never stored (the disk filled as it was
   * posted) says where it is. A message clicked while no message is noted becomes the card's place
   * (one write, only then), so later changes redraw it. Failing to note it is only logged.
   */
  function noteCardClick(invitation: InvitationRecord, copy: CardCopy | null): CardClick {
    if (copy === null) return { invitation, unseenCopy: null, adopted: false, onStoredCopy: false };
    if (isStoredCopy(invitation, copy)) return { invitation, unseenCopy: null, adopted: false, onStoredCopy: true };
    if (copy.kind !== 'message') return { invitation, unseenCopy: copy, adopted: false, onStoredCopy: false };
    const place = { channelId: copy.channelId, messageTs: copy.messageTs };
    // Slack never sends a click whose block and message disagree; should one come, the other card is left alone.
    if (repos.invitations.isOtherCard(invitation.teamId, invitation.id, place)) {
      logger.warn("A click named another invitation's card; it is left as it is", { teamId: invitation.teamId, invitationId: invitation.id });
      return { invitation, unseenCopy: null, adopted: false, onStoredCopy: false };
    }
    if (invitation.messageTs !== null) return { invitation, unseenCopy: copy, adopted: false, onStoredCopy: false };
    try {
      const adopted = { ...place, threadTs: copy.threadTs ?? null };
      if (!repos.invitations.adoptCardMessage(invitation.teamId, invitation.id, adopted, clock())) return { invitation, unseenCopy: copy, adopted: false, onStoredCopy: false };
    } catch (error) {
      logger.warn('A click showed where a card is, but that could not be stored either', {
        teamId: invitation.teamId,
        invitationId: invitation.id,
        failure: error instanceof Error ? error.message : String(error),
      });
      return { invitation, unseenCopy: copy, adopted: false, onStoredCopy: false };
    }
    logger.info('Found where a card is from a click on it; later changes will redraw it', { teamId: invitation.teamId, invitationId: invitation.id });
    const unansweredPostIn = invitation.unansweredPostIn === place.channelId ? null : (invitation.unansweredPostIn ?? null);
    return { invitation: { ...invitation, ...place, responseUrl: null, unansweredPostIn, cardThreadTs: copy.threadTs ?? null }, unseenCopy: copy, adopted: true, onStoredCopy: false };
  }

  /**
   * After a click on a copy of a card no change so far has redrawn, shows that copy as things
   * stand: when the card has moved on (decided, maybe from its other copy), or when the click just
   * noted the message as the card's place (it may predate a correction made on the other copy).
   * One redraw, only then; a copy where the card was already stored is left as it is (every change
   * redraws that one). Called after the click's answer. Never throws.
   */
  async function showMovedOn(click: CardClick): Promise<void> {
    if (click.unseenCopy === null) return;
    try {
      const current = repos.invitations.findById(click.invitation.teamId, click.invitation.id);
      if (current === null || (current.status === 'pending' && !click.adopted)) return;
      await redrawCopy(current, click.unseenCopy);
    } catch (error) {
      logger.warn('Could not show a clicked card as it stands', {
        teamId: click.invitation.teamId,
        invitationId: click.invitation.id,
        failure: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /**
   * After a click on the decision buttons of the card where it is stored, once the invitation is
   * decided: when the card is still marked for the catch-up job, the decision's redraw never
   * reached it (the process died first, or Slack failed), and it still shows the buttons. Redraws
   * it as things stand, with its Change decision button, and unmarks it: one chat.update, only
   * then. Unmarked, the decision's redraw landed: a double click changes nothing. Called after the
   * click's answer. Never throws.
   */
  async function showStoredCardBehind(click: CardClick): Promise<void> {
    if (!click.onStoredCopy) return;
    try {
      const { teamId, id } = click.invitation;
      const staleSince = repos.invitations.cardStaleSince(teamId, id);
      const current = staleSince === null ? null : repos.invitations.findById(teamId, id);
      if (staleSince === null || current === null || current.status === 'pending') return;
      if (!(await redrawCard(current))) return;
      repos.invitations.cardRedrawn(teamId, id, staleSince);
      logger.info('A decided card still showed the decision buttons; redrawn as it stands', { teamId, invitationId: id });
    } catch (error) {
      logger.warn('Could not show a clicked card as it stands', {
        teamId: click.invitation.teamId,
        invitationId: click.invitation.id,
        failure: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /**
   * A click refused on a card's copy (a teammate's word on a decided invitation, say): notes the
   * message as the card's place if none is, and shows it as things stand if it moved on.
   */
  async function showClickedCopy(teamId: string, invitationId: number, copy: CardCopy | null): Promise<void> {
    if (copy === null) return;
    try {
      const invitation = repos.invitations.findById(teamId, invitationId);
      if (invitation !== null) await showMovedOn(noteCardClick(invitation, copy));
    } catch (error) {
      logger.warn('Could not show a clicked card as it stands', { teamId, invitationId, failure: error instanceof Error ? error.message : String(error) });
    }
  }

  /**
   * Draws one copy of a card as the invitation stands: a message by chat.update, an ephemeral copy
   * through the click's response_url, each with the notice for where it is. Failures are logged.
   */
  async function redrawCopy(invitation: InvitationRecord, copy: CardCopy): Promise<void> {
    try {
      if (copy.kind === 'ephemeral') {
        await respondVia(copy.responseUrl)({ replace_original: true, ...cardFor(invitation, undefined, privateCopyNotice(invitation, 'ephemeral')) });
        return;
      }
      const notice = isDirectMessage(copy.channelId) ? privateCopyNotice(invitation, 'dm', copy.channelId) : null;
      await client.chat.update({ channel: copy.channelId, ts: copy.messageTs, ...cardFor(invitation, undefined, notice) });
    } catch (error) {
      logger.warn('Could not redraw the copy of a card that was clicked', { invitationId: invitation.id, failure: describeSlackFailure(error) });
    }
  }

  function rememberResponseUrl(teamId: string, invitationId: number, responseUrl: string): void {
    repos.invitations.rememberResponseUrl(teamId, invitationId, responseUrl, clock());
  }

  return { noteCardClick, showMovedOn, showStoredCardBehind, showClickedCopy, redrawCopy, rememberResponseUrl };
}

export type Clicks = ReturnType<typeof createClicks>;

/**
 * Whether a copy of a card is the one stored, which every change redraws: the message noted, or
 * with no message noted, the ephemeral card (its newest response_url).
 */
export function isStoredCopy(invitation: Pick<InvitationRecord, 'channelId' | 'messageTs'>, copy: CardCopy): boolean {
  if (copy.kind === 'ephemeral') return invitation.messageTs === null;
  return invitation.channelId === copy.channelId && invitation.messageTs === copy.messageTs;
}
