import type { KnownBlock } from '@slack/types';
import { collapseWhitespace } from '../domain/slack-text.js';
import { actions, button, capitalise, context, displayName, roleLine, section, STATUS_EMOJI, STATUS_LABEL, textsWithin, uniqueBy } from './blocks.js';
import { inertText, LIMITS, plural, profileLink, slackDate, text } from './format.js';
import { ACTIONS } from './ids.js';
import type { InvitationStatus } from '../domain/types.js';
import type { IgnoredEntry, IgnoredListModel, IgnoredPosition } from './models.js';
import { blocksWithinBudget } from './text-budget.js';

/** Entries on one page: two blocks each, well inside a message's 50 blocks. */
export const IGNORED_PAGE_SIZE = 10;

/**
 * What a page quotes of each entry, most first. A page past MESSAGE_TEXT_BUDGET (Slack refuses a
 * message whose blocks hold too much text in all) is drawn again with the next, shorter caps; every
 * page keeps its ten people, so paging is the same whatever each page quotes. The reason and note
 * are what this list is for: the first caps show them whole (the forms take 500 characters, and
 * escaping may make each five times longer), as far as the entry's section leaves room.
 */
interface EntryCaps {
  name: number;
  headline: number;
  company: number;
  reason: number;
  note: number;
}

const ENTRY_CAPS: readonly [EntryCaps, ...EntryCaps[]] = [
  { name: 200, headline: 300, company: 200, reason: 2500, note: 2500 },
  { name: 100, headline: 150, company: 100, reason: 1000, note: 1000 },
  { name: 60, headline: 80, company: 60, reason: 500, note: 500 },
  { name: 40, headline: 60, company: 40, reason: 250, note: 150 },
];

/**
 * The list redrawn after a Change decision made from it: from the newest again (the page the click
 * came from is not known), under a line saying what changed.
 */
export function ignoredListAfterChange(model: IgnoredListModel, change: { name: string; status: InvitationStatus }): { text: string; blocks: KnownBlock[] } {
  const line = `:white_check_mark: *${inertText(change.name, 200)}* is now ${STATUS_LABEL[change.status]}.`;
  return ignoredListMessage(model, { lead: [context(line)], redrawn: true });
}

/**
 * `/invite-check ignored`: who you ignored, declined or blocked, and why, newest first, a page at a
 * time, under `lead` (a line saying what changed), all within MESSAGE_TEXT_BUDGET. `redrawn`: the
 * message replaces a list that was showing people, so an empty list was emptied, not never filled.
 */
export function ignoredListMessage(
  model: IgnoredListModel,
  { lead = [], redrawn = false }: { lead?: readonly KnownBlock[]; redrawn?: boolean } = {},
): { text: string; blocks: KnownBlock[] } {
  let fallback = '';
  const blocks = blocksWithinBudget(ENTRY_CAPS, (caps) => {
    const page = ignoredListPage(model, caps, redrawn);
    fallback = page.text;
    return [...lead, ...page.blocks];
  });
  return { text: fallback, blocks };
}

function ignoredListPage(model: IgnoredListModel, caps: EntryCaps, redrawn: boolean): { text: string; blocks: KnownBlock[] } {
  if (model.total <= 0 && model.entries.length === 0) return emptyList(model, redrawn);
  const pageCount = Math.max(1, model.pageCount);
  const page = Math.max(1, model.page);
  // Once each: an entry's buttons live in a block named after it, and block ids must be unique.
  const entries = uniqueBy(model.entries, (entry) => entry.invitationId)
    .sort((a, b) => b.decidedAt.getTime() - a.decidedAt.getTime())
    .slice(0, IGNORED_PAGE_SIZE);
  // Older found nobody left past the page it was clicked on: this page is where the list ends now.
  const lead = model.pastTheEnd ? [context('The people after the page you were on have left the list since (changed or forgotten), so here is its last page.')] : [];
  const blocks: KnownBlock[] = [...lead, section("*People you didn't connect with*\nNewest first, with what you noted at the time.")];
  for (const entry of entries) blocks.push({ type: 'divider' }, entrySection(entry, caps));
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

/**
 * Nobody listed. A newcomer hears what the list is for; someone whose list had people (their
 * decisions changed to Accepted, the message being redrawn after a change or a forgetting, or
 * details removed) hears that it is empty now, and where those people went: counts only, never names.
 */
function emptyList({ detailsRemoved, movedOff }: IgnoredListModel, redrawn: boolean): { text: string; blocks: KnownBlock[] } {
  if (detailsRemoved === 0 && movedOff === 0 && !redrawn) {
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
  if (movedOff === 0 && !redrawn) {
    const line = `*Nobody to list.* ${capitalise(removedNote(detailsRemoved))}.`;
    return { text: 'Nobody to list: older details were removed after the retention period.', blocks: [section(line)] };
  }
  const where: string[] = [];
  if (movedOff > 0) {
    where.push(
      `${capitalise(plural(movedOff, 'invitation', 'invitations'))} you had ignored, declined or blocked ${movedOff === 1 ? 'is' : 'are'} now accepted, ` +
        "so no longer listed: each card's history keeps the earlier decision.",
    );
  } else {
    where.push('Everyone it showed has been changed or forgotten since.');
  }
  if (detailsRemoved > 0) where.push(`${capitalise(removedNote(detailsRemoved))}.`);
  const line = `*Nobody on the list now.* ${where.join(' ')}\nAnyone you ignore, decline or block from now on is listed here, with your reason.`;
  return { text: 'Nobody on the list now: nobody you ignored, declined or blocked is left to show.', blocks: [section(line)] };
}

function entrySection(entry: IgnoredEntry, caps: EntryCaps): KnownBlock {
  const shownName = displayName(entry.name);
  const link = entry.profileUrl ? profileLink(entry.profileUrl, shownName, caps.name) : null;
  const lines = [`*${link ?? inertText(shownName, caps.name)}*`];
  const role = roleLine(entry.headline, entry.company, text, caps);
  if (role) lines.push(role);
  // The status line has what the section's 3,000 characters leave after the lines above it.
  lines.push(statusLine(entry, caps, LIMITS.sectionText - lines.join('\n').length - 1));
  // Reconsidering is what this list is for: the card's own Change decision, from here.
  return {
    ...section(lines.join('\n')),
    block_id: `ignored:${entry.invitationId}`,
    accessory: button(ACTIONS.changeDecision, 'Change decision', String(entry.invitationId)),
  };
}

/** "Blocked on 3 Dec · reason · "note"", within `room` characters: the reason first, then the note. */
function statusLine(entry: IgnoredEntry, caps: EntryCaps, room: number): string {
  const head = `${STATUS_EMOJI[entry.status]} ${capitalise(STATUS_LABEL[entry.status])} on ${slackDate(entry.decidedAt, '{date_short_pretty}')}`;
  const reason = entry.reason ? collapseWhitespace(entry.reason) : '';
  const note = entry.note ? collapseWhitespace(entry.note) : '';
  const words = [
    ...(reason === '' ? [] : [{ value: reason, max: caps.reason, wrap: (shown: string) => shown }]),
    ...(note === '' ? [] : [{ value: note, max: caps.note, wrap: (shown: string) => `"${shown}"` }]),
  ];
  // Each word adds " · ", and the note its two quotes.
  const overhead = words.length * 3 + (note === '' ? 0 : 2);
  const shown = textsWithin(words, room - head.length - overhead);
  return [head, ...words.map((word, i) => word.wrap(shown[i] ?? ''))].join(' · ');
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
