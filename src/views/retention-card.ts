import type { KnownBlock } from '@slack/types';
import type { InvitationStatus } from '../domain/types.js';
import { capitalise, section, STATUS_EMOJI, STATUS_LABEL } from './blocks.js';
import { plural, slackDate } from './format.js';

/** What the retention purge keeps of a card: its decision and date. */
export interface ExpiredCardModel {
  status: InvitationStatus;
  decidedAt: Date | null;
}

/**
 * The card of an invitation whose details retention removed, in the card's place: the decision and
 * its date, and why the rest is gone. Nothing about the person (no name, no reason, no note), so it
 * carries no untrusted text at all.
 */
export function expiredCardMessage(card: ExpiredCardModel, retentionDays: number): { text: string; blocks: KnownBlock[] } {
  const decision = capitalise(STATUS_LABEL[card.status]);
  const decided = card.decidedAt === null ? decision : `${decision} on ${slackDate(card.decidedAt, '{date_short_pretty}')}`;
  const removed = `The details were removed after ${plural(retentionDays, 'day', 'days')}, the time this workspace keeps them.`;
  const line = `${decided}. ${removed}`;
  return { text: line, blocks: [section(`${STATUS_EMOJI[card.status]} ${line}`)] };
}
