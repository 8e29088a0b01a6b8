import type { InvitationRecord } from '../db/invitations-repo.js';
import { whenWritable } from '../db/lock-wait.js';
import { collapseWhitespace } from '../domain/slack-text.js';
import type { VoiceKind } from '../domain/types.js';
import { AppError } from '../errors.js';
import { inertText, mention, mrkdwn, text } from '../views/format.js';
import { RECOMMENDATION_WORDS } from '../views/invitation-card.js';
import type { ServiceDeps } from './deps.js';
import type { CardRedraw } from './invitations/cards.js';
import type { InvitationService } from './invitations/index.js';
import { CARD_BEYOND_REACH } from './invitations/notices.js';
import { describeSlackFailure } from './slack-errors.js';

export type VoiceService = ReturnType<typeof createVoiceService>;

/** Teammates weighing in on a pending invitation: "I know them" or a heads-up, one voice each. */
export function createVoiceService(deps: ServiceDeps & { invitations: InvitationService }) {
  const { repos, client, logger, clock, invitations } = deps;

  /** The invitation a teammate may weigh in on, with their current word; or why they may not. */
  function voiceTarget(teamId: string, invitationId: number, userId: string) {
    const invitation = invitations.findInvitation(teamId, invitationId);
    if (invitation.ownerId === userId) {
      throw new AppError(
        'own_invitation',
        "This is your own invitation: you decide with the buttons above. *I know them* and *Heads-up* are for your teammates.",
        `owner ${userId} tried to weigh in on invitation ${invitationId}`,
      );
    }
    if (invitation.status !== 'pending') {
      throw new AppError(
        'already_decided',
        `${mention(invitation.ownerId)} has already decided on this invitation. Tell them in a thread if you know something they should.`,
        `invitation ${invitationId} is ${invitation.status}`,
      );
    }
    return { invitation, current: repos.voices.find(teamId, invitationId, userId) };
  }

  /** Saves, changes or withdraws a teammate's word, then weighs the invitation again and redraws the card. */
  async function saveVoice(request: {
    teamId: string;
    invitationId: number;
    userId: string;
    kind: VoiceKind | 'withdraw';
    note: string | null;
    /** Called once the word is committed (or there was nothing to change), before the card is weighed and redrawn: the form is acked then. */
    whenStored?: () => Promise<void>;
  }): Promise<{ changed: boolean }> {
    const { invitation } = voiceTarget(request.teamId, request.invitationId, request.userId);
    // One statement each, so a lock held elsewhere is waited for between turns (lock-wait.ts).
    const changed = await whenWritable(deps.db, () =>
      request.kind === 'withdraw'
        ? repos.voices.remove(request.teamId, invitation.id, request.userId)
        : repos.voices.save({ ...request, kind: request.kind, now: clock() }),
    );
    await request.whenStored?.();
    if (!changed) return { changed };
    repos.voices.settleOwnerNotice(request.teamId, invitation.id);
    logger.info('Teammate voice saved', { teamId: request.teamId, invitationId: invitation.id, kind: request.kind });
    // Not redrawn unless Slack says so: a failure to weigh may pass, as Slack's own failing may.
    let card: CardRedraw = 'passing';
    try {
      const fresh = await invitations.reevaluate(invitation);
      // Forgotten while it was weighed: its card was blanked, and stays so.
      if (fresh === null) return { changed };
      card = await invitations.redrawCardOutcome(fresh);
      // Decided while it was weighed: the word no longer counts in a recommendation to tell of.
      if (fresh.status === 'pending' && request.kind !== 'withdraw' && repos.voices.claimOwnerNotice(request.teamId, invitation.id, request.kind)) {
        await tellOwner(fresh, request.userId, request.kind, request.note);
      }
    } catch (error) {
      // The word is saved: the teammate must not be told it was lost. The next change weighs again.
      logger.error("A teammate's word is saved, but the invitation could not be weighed again", {
        teamId: request.teamId,
        invitationId: invitation.id,
        failure: error instanceof Error ? error.message : String(error),
      });
    }
    if (card !== 'redrawn') await tellTeammateCardNotUpdated(invitation, request.userId, request.kind === 'withdraw', card);
    return { changed };
  }

  /** The word is saved but the card still shows the old one: the teammate hears it, by DM (a modal has no reply path). */
  async function tellTeammateCardNotUpdated(invitation: InvitationRecord, userId: string, withdrawn: boolean, why: 'refused' | 'passing'): Promise<void> {
    const saved = withdrawn ? `Done: your word about *${inertText(invitation.name, 200)}* is withdrawn.` : `Saved: your word about *${inertText(invitation.name, 200)}*.`;
    // Refused for good (the card deleted, its channel archived), no later redraw will show it.
    const words =
      why === 'refused'
        ? `${saved} ${CARD_BEYOND_REACH} so it won't show this. The change still counts in ${mention(invitation.ownerId)}'s recommendation.`
        : `${saved} I couldn't update the card just now; it will show the change the next time the card is redrawn.`;
    try {
      await client.chat.postMessage({ channel: userId, text: words, blocks: [{ type: 'section', text: mrkdwn(words) }], unfurl_links: false, unfurl_media: false });
    } catch (error) {
      logger.warn('Could not tell a teammate that the card was not updated', { invitationId: invitation.id, failure: describeSlackFailure(error) });
    }
  }

  /** The first time a teammate weighs in, the owner hears about it (only they see the note). */
  /** Tells the owner who said what, and where the recommendation stands with it. */
  async function tellOwner(invitation: InvitationRecord, teammateId: string, kind: VoiceKind, note: string | null): Promise<void> {
    const wrote = note !== null && note.trim() !== '';
    const said = kind === 'caution' ? 'gave a heads-up about' : wrote ? 'added what they know about' : 'says they know';
    const quoted = note === null || note.trim() === '' ? '' : `: "${text(collapseWhitespace(note), 150)}"`;
    // Words are taken only while the invitation waits, so there is always a recommendation to give.
    const message = `${mention(teammateId)} ${said} *${inertText(invitation.name, 100)}*${quoted}. It counts in your card's recommendation, which is now *${RECOMMENDATION_WORDS[invitation.recommendation]}*.`;
    await invitations.tellOwner(invitation, { text: message, blocks: [{ type: 'section', text: mrkdwn(message) }] });
  }

  return { voiceTarget, saveVoice };
}
