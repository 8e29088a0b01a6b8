/**
 * What the service says to a card's owner about the card: where it could not go and why, that it
 * is slow, that it could not be redrawn. Pure: which notice fits is decided from Slack's answer
 * and where the card is.
 */
import type { KnownBlock } from '@slack/types';
import type { InvitationRecord } from '../../db/invitations-repo.js';
import { inertText, mrkdwn } from '../../views/format.js';
import { RATE_LIMIT_ANSWERS, SLACK_SIDE_FAILURES, slackDidNotAnswer, slackErrorCode } from '../slack-errors.js';

/** Slack's answers that mean "the app is not in this conversation". */
const NOT_A_MEMBER = new Set(['not_in_channel', 'channel_not_found']);
/** Slack's answer for an archived channel: nobody can post there, so inviting the app would not help. */
const ARCHIVED = 'is_archived';
/** Slack's answers that mean a private note cannot be shown beside the card: the owner's DM will do. */
export const NOT_SHOWN_THERE = new Set([...NOT_A_MEMBER, ARCHIVED, 'user_not_in_channel']);

/**
 * Why a card could not go where it was checked, as the notice above the card tells it. `no-answer`:
 * Slack never answered the post (a timeout, a dropped connection), so the card may be there after all.
 * `other`: Slack failing on its side, or a rate limit, which may pass; `refused`: any other refusal
 * (what the workspace allows there, the card itself), which will not.
 */
export type RefusedBecause = 'archived' | 'not-member' | 'no-answer' | 'other' | 'refused';

/** Which notice fits Slack's refusal of a card (an archived channel cannot take the app either), or its silence. */
export function refusedBecause(error: unknown): RefusedBecause {
  if (slackDidNotAnswer(error)) return 'no-answer';
  const code = slackErrorCode(error) ?? '';
  if (code === ARCHIVED) return 'archived';
  if (NOT_A_MEMBER.has(code)) return 'not-member';
  // As a redraw's failures are told apart: no platform error (a rate limit, an HTTP error), a rate
  // limit answered as such, or Slack's own failing may pass; any other answer is about this card or
  // this conversation.
  return code === '' || SLACK_SIDE_FAILURES.has(code) || RATE_LIMIT_ANSWERS.has(code) ? 'other' : 'refused';
}

/** Said beside the command when the card's post is waiting on Slack. It stays true once the card appears. */
export function slowCardText(name: string): string {
  return `:hourglass_flowing_sand: Slack is slow to take the card about *${inertText(name, 200)}* just now. The invitation is saved, and the card will appear here as soon as Slack takes it.`;
}

/** Leads a card only its owner can see, when it is redrawn (the first post says why it is so). */
// A decision made on it still counts for the team, as every decision does: the person checking
// them later is told, so the notice does not promise more privacy than there is.
export const OWNER_ONLY_NOTICE = ':lock: Only you can see this card. Teammates who check this person later will still see your decision.';

/**
 * The notice for a card only the owner can see (see invitationCard), from where it is: an
 * ephemeral card (no message ts, a response_url), or one in a DM (D…). Null for a card in a channel.
 */
export function ownerOnlyNoticeOf(invitation: Pick<InvitationRecord, 'channelId' | 'messageTs' | 'responseUrl' | 'unansweredPostIn' | 'checkedInGroupDm'>): string | null {
  if (invitation.messageTs === null && invitation.responseUrl !== null) return privateCopyNotice(invitation, 'ephemeral');
  return invitation.channelId !== null && isDirectMessage(invitation.channelId) ? privateCopyNotice(invitation, 'dm', invitation.channelId) : null;
}

/**
 * The notice on a copy of the card only its owner sees, redrawn: while Slack never answered the
 * card's post and no click has shown the copy it may have left in the conversation, it still says
 * so ("either copy works"); otherwise that only the owner can see it. A copy in the very DM the
 * post went unanswered in (`dm`: a check made in a DM, its card posted late after a crash) is the
 * card where they checked, drawn first with the owner-only notice: it keeps that one.
 */
export function privateCopyNotice(invitation: Pick<InvitationRecord, 'unansweredPostIn' | 'checkedInGroupDm'>, copy: 'ephemeral' | 'dm', dm?: string): string {
  const unansweredIn = invitation.unansweredPostIn ?? null;
  if (unansweredIn === null || (copy === 'dm' && unansweredIn === dm)) return OWNER_ONLY_NOTICE;
  const inGroupDm = invitation.checkedInGroupDm ?? false;
  return copy === 'ephemeral' ? ephemeralCardNotice('no-answer', unansweredIn, inGroupDm) : dmCardNotice('no-answer', unansweredIn, inGroupDm);
}

/**
 * Leads the card shown only to its owner, beside the command, when it could not be posted where they
 * checked it. A group DM (`inGroupDm`), like a DM, cannot take the app with /invite.
 */
export function ephemeralCardNotice(because: RefusedBecause, channelId: string, inGroupDm = false): string {
  switch (because) {
    case 'archived':
      return ':wave: This channel is archived, so nobody can post in it and only you can see this card. To share cards with your team, check invitations in a channel that is still active.';
    case 'no-answer':
      return "Slack didn't answer in time when I posted this card, so here it is, visible only to you. It may also appear in this conversation for everyone: either copy works. The invitation is saved.";
    case 'other':
      return "Slack wouldn't let me post this card in the channel just now, so here it is, visible only to you. The invitation is saved.";
    case 'refused':
      return "Slack won't let me post this card in this conversation, so here it is, visible only to you. The invitation is saved.";
    case 'not-member':
      if (inGroupDm) {
        return ":wave: I can't post in this group DM, so only you can see this card. I can post cards in channels I'm in and in your DM with me: to share them with your team, check invitations in a channel I'm in.";
      }
      return isDirectMessage(channelId)
        ? ":wave: I can't post in this direct message, so only you can see this card. To share cards with your team, check invitations in a channel I'm in."
        : ":wave: I'm not a member of this conversation, so only you can see this card. To share cards with your team here, add me with `/invite @invite-check`.";
  }
}

/** Leads the card in the owner's DM with the app, when it could be shown neither where they checked it nor beside the command. */
export function dmCardNotice(because: RefusedBecause, channelId: string | null, inGroupDm = false): string {
  const channel = channelId !== null && !isDirectMessage(channelId) && !inGroupDm;
  const there = inGroupDm ? 'in the group DM where you checked it' : channel ? `in <#${channelId}>` : 'where you checked it';
  switch (because) {
    case 'no-answer':
      return `Slack didn't answer in time when I posted this card ${there}, so here it is. It may also appear there: either copy works.`;
    case 'archived':
      if (channel) {
        return `I couldn't post this card ${there}, which is archived, so here it is. To share cards with your team, check invitations in a channel that is still active.`;
      }
      return `I couldn't post this card ${there}, so here it is.`;
    case 'not-member':
      if (inGroupDm) return `I couldn't post this card ${there}, so here it is. To share cards with your team, check invitations in a channel I'm in.`;
      return channel
        ? `I couldn't post this card ${there}, so here it is. Add me to that channel with \`/invite @invite-check\` to share cards there.`
        : `I couldn't post this card ${there}, so here it is.`;
    case 'other':
      return `I couldn't post this card ${there}, so here it is.`;
    case 'refused':
      return `Slack won't let me post this card ${there}, so here it is.`;
  }
}

/**
 * Said to the owner when a decision is saved but the card could not be redrawn: `passing` (Slack
 * down, a rate limit) may let a later redraw show it; `refused` (the card deleted, its channel
 * archived or gone) never will, so "just now" would promise what cannot come.
 */
export function cardNotUpdatedText(invitation: InvitationRecord, why: 'refused' | 'passing'): string {
  const saved = `Saved: you ${invitation.status} *${inertText(invitation.name, 200)}*.`;
  return why === 'refused'
    ? `${saved} ${CARD_BEYOND_REACH} so it won't show this. Your decision is kept, and shows on your Home tab.`
    : `${saved} I couldn't update the card just now, so it may still show the old buttons.`;
}

export function cardNotUpdatedMessage(invitation: InvitationRecord, why: 'refused' | 'passing'): { text: string; blocks: KnownBlock[] } {
  const words = cardNotUpdatedText(invitation, why);
  return { text: words, blocks: [{ type: 'section', text: mrkdwn(words) }] };
}

/** Why a card cannot show a change, when Slack refused it for good: said as it may be, not as known. */
export const CARD_BEYOND_REACH = "Slack won't let me change the card any more (it may have been deleted, its channel archived, or I was removed from the channel),";

/** Said to the owner when a correction is saved but the card could not be redrawn (see cardNotUpdatedText). */
export function correctionNotShownMessage(invitation: InvitationRecord, why: 'refused' | 'passing'): { text: string; blocks: KnownBlock[] } {
  const saved = `Saved: your corrections to *${inertText(invitation.name, 200)}*.`;
  const words =
    why === 'refused'
      ? `${saved} ${CARD_BEYOND_REACH} so it won't show them. They are kept all the same.`
      : `${saved} I couldn't update the card just now, so it may still show what I read before.`;
  return { text: words, blocks: [{ type: 'section', text: mrkdwn(words) }] };
}

/** Said when Change decision meets an invitation whose details retention removed. */
export const DETAILS_REMOVED_NO_CHANGE =
  "This invitation's details were removed after the retention period, so its decision can no longer be changed. If they invite you again, check the new invitation.";

/** What a teammate can do instead: the card has I know them and Heads-up only while it is pending. */
export function teammateHint(invitation: InvitationRecord): string {
  return invitation.status === 'pending' ? ' If you know something about them, use *I know them* or *Heads-up* on the card.' : '';
}

/** A direct message (D…): nobody can add the app there with /invite. */
export function isDirectMessage(channelId: string): boolean {
  return channelId.startsWith('D');
}
