import type { KnownBlock } from '@slack/types';
import { collapseWhitespace } from '../domain/slack-text.js';
import { actions, button, capitalise, context, displayName, roleLine, section, STATUS_EMOJI, STATUS_LABEL, uniqueBy } from './blocks.js';
import { inertText, plural, profileLink, slackDate, text } from './format.js';
import { ACTIONS } from './ids.js';
import type { InvitationStatus } from '../domain/types.js';
import type { IgnoredEntry, IgnoredListModel, IgnoredPosition } from './models.js';

/** Entries on one page: two blocks each, well inside a message's 50 blocks. */
export const IGNORED_PAGE_SIZE = 10;

/**
 * The list redrawn after a Change decision made from it: from the newest again (the page the click
 * came from is not known), under a line saying what changed.
 */
export function ignoredListAfterChange(model: IgnoredListModel, change: { name: string; status: InvitationStatus }): { text: string; blocks: KnownBlock[] } {
  const list = ignoredListMessage(model);
  const line = `:white_check_mark: *${inertText(change.name, 200)}* is now ${STATUS_LABEL[change.status]}.`;
  return { text: list.text, blocks: [context(line), ...list.blocks] };
}

/** `/invite-check ignored`: who you ignored, declined or blocked, and why, newest first, a page at a time. */
export function ignoredListMessage(model: IgnoredListModel): { text: string; blocks: KnownBlock[] } {
  if (model.total <= 0 && model.entries.length === 0) return emptyList(model.detailsRemoved);
  const pageCount = Math.max(1, model.pageCount);
  const page = Math.max(1, model.page);
  // Once each: an entry's buttons live in a block named after it, and block ids must be unique.
  const entries = uniqueBy(model.entries, (entry) => entry.invitationId)
    .sort((a, b) => b.decidedAt.getTime() - a.decidedAt.getTime())
    .slice(0, IGNORED_PAGE_SIZE);
  const blocks: KnownBlock[] = [section("*People you didn't connect with*\nNewest first, with what you noted at the time.")];
  for (const entry of entries) blocks.push({ type: 'divider' }, entrySection(entry));
  const removed = model.detailsRemoved > 0 ? ` · ${removedNote(model.detailsRemoved)}` : '';
  const people = plural(model.total, 'person', 'people');
  if (entries.length === 0) {
    // Everyone past where the last page ended was changed or removed since: say so, and lead back.
    blocks.push(
      section('Nobody left to show here: the list changed since the last page.'),
      { type: 'divider' },
      context(`${capitalise(people)} on the list${removed}`),
      actions('ignored_page_newest', [button(ACTIONS.ignoredPage, 'Back to the newest', ignoredPageValue(1))]),
    );
    return { text: `People you didn't connect with: nobody left to show here (${people})`, blocks };
  }
  blocks.push({ type: 'divider' }, context(`Page ${page} of ${pageCount} · ${people}${removed}`));
  blocks.push(...pagingBlocks(model));
  return { text: `People you didn't connect with: page ${page} of ${pageCount} (${people})`, blocks };
}

function removedNote(count: number): string {
  return `${plural(count, 'older decision is', 'older decisions are')} not listed: their details were removed after the retention period`;
}

function emptyList(detailsRemoved: number): { text: string; blocks: KnownBlock[] } {
  if (detailsRemoved > 0) {
    const line = `*Nobody to list.* ${capitalise(removedNote(detailsRemoved))}.`;
    return { text: 'Nobody to list: older details were removed after the retention period.', blocks: [section(line)] };
  }
  return {
    text: 'Nobody ignored, declined or blocked yet.',
    blocks: [
      section(
        "*Nobody here yet.* When you ignore, decline or block an invitation, it's listed here with your reason, " +
          'so you can look again if the same person reaches out later.',
      ),
    ],
  };
}

function entrySection(entry: IgnoredEntry): KnownBlock {
  const shownName = displayName(entry.name);
  const link = entry.profileUrl ? profileLink(entry.profileUrl, shownName) : null;
  const lines = [`*${link ?? inertText(shownName, 200)}*`];
  const role = roleLine(entry.headline, entry.company, text);
  if (role) lines.push(role);
  lines.push(statusLine(entry));
  // Reconsidering is what this list is for: the card's own Change decision, from here.
  return {
    ...section(lines.join('\n')),
    block_id: `ignored:${entry.invitationId}`,
    accessory: button(ACTIONS.changeDecision, 'Change decision', String(entry.invitationId)),
  };
}

function statusLine(entry: IgnoredEntry): string {
  const parts = [`${STATUS_EMOJI[entry.status]} ${capitalise(STATUS_LABEL[entry.status])} on ${slackDate(entry.decidedAt, '{date_short_pretty}')}`];
  if (entry.reason) parts.push(text(collapseWhitespace(entry.reason), 200));
  const note = entry.note ? collapseWhitespace(entry.note) : '';
  if (note !== '') parts.push(`"${text(note, 500)}"`);
  return parts.join(' · ');
}

/**
 * What a paging button carries, well inside Slack's 2,000 characters: `older:<ms>:<id>` to read
 * past the last entry shown, `newer:<ms>:<id>` to read before the first (`ms` its decision time,
 * `id` its invitation), or a bare page number counted from the newest (also what messages posted
 * before paging by position carry).
 */
export function ignoredPageValue(step: number | { direction: 'older' | 'newer'; from: IgnoredPosition }): string {
  if (typeof step === 'number') return String(step);
  return `${step.direction}:${step.from.decidedAt.getTime()}:${step.from.invitationId}`;
}

/**
 * "Newer" and "Older" each sit in their own actions block: both carry ACTIONS.ignoredPage, and
 * Slack refuses one action_id twice in a block. Each reads from the edge of this page.
 */
function pagingBlocks(model: IgnoredListModel): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  if (model.newerFrom) {
    blocks.push(actions('ignored_page_newer', [button(ACTIONS.ignoredPage, 'Newer', ignoredPageValue({ direction: 'newer', from: model.newerFrom }))]));
  }
  if (model.olderFrom) {
    blocks.push(actions('ignored_page_older', [button(ACTIONS.ignoredPage, 'Older', ignoredPageValue({ direction: 'older', from: model.olderFrom }))]));
  }
  return blocks;
}
