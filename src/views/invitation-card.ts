import type { ActionsBlock, ContextBlock, KnownBlock, SectionBlock } from '@slack/types';
import type { InvitationFields, InvitationStatus, Recommendation } from '../domain/types.js';
import { mention, mrkdwn, plural, profileLink, quote, slackDate, text } from './format.js';
import { ACTIONS } from './ids.js';

/** What the card shows about an invitation (an InvitationRecord fits). */
export interface CardInvitation extends InvitationFields {
  id: number;
  ownerId: string;
  source: string | null;
  recommendation: Recommendation;
  score: number;
  reasons: readonly string[];
  status: InvitationStatus;
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionReason: string | null;
  decisionNote: string | null;
  createdAt: Date;
}

/** An earlier check of the same person, by the owner or a teammate. */
export interface CardHistoryEntry {
  ownerId: string;
  status: InvitationStatus;
  at: Date;
  reason: string | null;
}

const RECOMMENDATION_LABEL: Record<Recommendation, string> = {
  accept: ':large_green_circle: *Recommended: accept*',
  review: ':large_yellow_circle: *Recommended: take a closer look*',
  ignore: ':red_circle: *Recommended: ignore*',
};

const STATUS_LABEL: Record<InvitationStatus, string> = {
  pending: 'still undecided',
  accepted: 'accepted',
  ignored: 'ignored',
  declined: 'declined',
  blocked: 'blocked',
};

const STATUS_EMOJI: Record<InvitationStatus, string> = {
  pending: ':hourglass_flowing_sand:',
  accepted: ':white_check_mark:',
  ignored: ':heavy_minus_sign:',
  declined: ':wave:',
  blocked: ':no_entry:',
};

/** At most this many earlier checks are listed, newest first. */
const HISTORY_SHOWN = 5;

export function invitationCard(
  invitation: CardInvitation,
  history: readonly CardHistoryEntry[] = [],
  /** How many earlier checks there are in all, when `history` holds only the newest. */
  historyTotal: number = history.length,
): { text: string; blocks: KnownBlock[] } {
  const blocks: KnownBlock[] = [personSection(invitation)];
  if (invitation.note) {
    blocks.push({ type: 'section', text: mrkdwn(quote(invitation.note, 2200)) });
  }
  blocks.push(recommendationSection(invitation));
  if (history.length > 0) blocks.push(historyContext(history, Math.max(historyTotal, history.length)));
  blocks.push(...decisionBlocks(invitation));
  return { text: fallbackText(invitation), blocks };
}

function personSection(invitation: CardInvitation): SectionBlock {
  // The name goes through mrkdwn escaping like every other untrusted text (not a plain_text header).
  const lines: string[] = [`:envelope_with_arrow: *${text(invitation.name, 200)}* wants to connect`];
  const role = [invitation.headline, invitation.company].filter((part): part is string => Boolean(part));
  if (role.length === 2) lines.push(`*${text(role[0] ?? '', 400)}* at ${text(role[1] ?? '', 300)}`);
  else if (role.length === 1) lines.push(`*${text(role[0] ?? '', 400)}*`);
  else lines.push('_No headline given_');
  lines.push(`:busts_in_silhouette: ${mutualLine(invitation.mutualConnections)}`);
  const link = invitation.profileUrl ? profileLink(invitation.profileUrl) : null;
  if (link) lines.push(`:link: ${link}`);
  if (invitation.source) lines.push(`:inbox_tray: Came in via ${text(invitation.source, 100)}`);
  return { type: 'section', text: mrkdwn(lines.join('\n')) };
}

function mutualLine(count: number | null): string {
  if (count === null) return 'Mutual connections not stated';
  if (count === 0) return 'No mutual connections';
  return plural(count, 'mutual connection', 'mutual connections');
}

function recommendationSection(invitation: CardInvitation): SectionBlock {
  const heading = `${RECOMMENDATION_LABEL[invitation.recommendation]}  ·  score ${invitation.score}/100`;
  const reasons = invitation.reasons.slice(0, 8).map((reason) => `• ${text(reason, 300)}`);
  return { type: 'section', text: mrkdwn([heading, ...reasons].join('\n')) };
}

function historyContext(history: readonly CardHistoryEntry[], total: number): ContextBlock {
  const lines = history.slice(0, HISTORY_SHOWN).map((entry) => {
    const verb = entry.status === 'pending' ? 'checked, still undecided' : STATUS_LABEL[entry.status];
    const reason = entry.reason ? ` (${text(entry.reason, 200)})` : '';
    return `${STATUS_EMOJI[entry.status]} ${mention(entry.ownerId)}: ${verb} on ${slackDate(entry.at, '{date_short_pretty}')}${reason}`;
  });
  const shown = Math.min(history.length, HISTORY_SHOWN);
  const more = total > shown ? `\n…and ${total - shown} earlier` : '';
  return {
    type: 'context',
    elements: [mrkdwn(`*Seen before in this workspace*\n${lines.join('\n')}${more}`)],
  };
}

function decisionBlocks(invitation: CardInvitation): KnownBlock[] {
  if (invitation.status === 'pending') {
    const actions: ActionsBlock = {
      type: 'actions',
      block_id: `decide:${invitation.id}`,
      elements: [
        { type: 'button', action_id: ACTIONS.accept, text: { type: 'plain_text', text: 'Accept' }, style: 'primary', value: String(invitation.id) },
        { type: 'button', action_id: ACTIONS.ignore, text: { type: 'plain_text', text: 'Ignore…' }, value: String(invitation.id) },
      ],
    };
    return [
      actions,
      {
        type: 'context',
        elements: [mrkdwn(`Forwarded by ${mention(invitation.ownerId)}, who decides. Checked ${slackDate(invitation.createdAt)}.`)],
      },
    ];
  }
  const who = mention(invitation.decidedBy ?? invitation.ownerId);
  const when = invitation.decidedAt ? ` on ${slackDate(invitation.decidedAt)}` : '';
  const lines = [`${STATUS_EMOJI[invitation.status]} *${capitalise(STATUS_LABEL[invitation.status])}* by ${who}${when}`];
  if (invitation.decisionReason) lines.push(`Reason: ${text(invitation.decisionReason, 300)}`);
  if (invitation.decisionNote) lines.push(`Note: ${text(invitation.decisionNote, 1000)}`);
  if (invitation.status === 'accepted') lines.push(':email: A thank-you note will be suggested by DM.');
  return [{ type: 'section', text: mrkdwn(lines.join('\n')) }];
}

function fallbackText(invitation: CardInvitation): string {
  const name = text(invitation.name, 100);
  if (invitation.status === 'pending') {
    return `Connection invitation from ${name}: recommended ${invitation.recommendation} (${invitation.score}/100)`;
  }
  return `Connection invitation from ${name}: ${STATUS_LABEL[invitation.status]}`;
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
