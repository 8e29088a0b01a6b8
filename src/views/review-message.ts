import type { KnownBlock } from '@slack/types';
import { actions, button, context, displayName, moreLine, section, STATUS_EMOJI, STATUS_LABEL, uniqueBy } from './blocks.js';
import { inertText, plural, text } from './format.js';
import { ACTIONS } from './ids.js';
import { LIST_LINE_CAPS, owedLine, pendingText, type ListLineCaps } from './list-lines.js';
import type { DecidedPeriod } from '../domain/review.js';
import type { DecisionCounts, OwedItem, PendingItem, RecentDecision, ReviewModel } from './models.js';
import { blocksWithinBudget, MESSAGE_TEXT_BUDGET } from './text-budget.js';

/** Waiting invitations with buttons: two blocks each. */
export const REVIEW_PENDING_SHOWN = 10;
/** Owed thank-yous with a Sent it button: one block each. */
export const REVIEW_OWED_SHOWN = 10;
/** "A few names" of what was decided this week. */
export const REVIEW_RECENT_SHOWN = 5;

/**
 * How a review is drawn, most first: what it quotes of each name, headline and company, and how
 * many waiting invitations and owed thank-yous it lists. A review past MESSAGE_TEXT_BUDGET (Slack
 * refuses a message whose blocks hold too much text in all) is drawn again with the next: quoting
 * less first, then listing fewer, each list ending in how many more there are and where they are.
 * Only a long backlog of long names, headlines and profile links (much of it `&`, which escaping
 * makes five times longer) needs more than the first.
 */
interface ReviewDraft {
  caps: ListLineCaps;
  recentName: number;
  pendingShown: number;
  owedShown: number;
}

const SHORT_CAPS: ListLineCaps = { name: 60, headline: 80, company: 60 };

const REVIEW_DRAFTS: readonly [ReviewDraft, ...ReviewDraft[]] = [
  { caps: LIST_LINE_CAPS, recentName: 100, pendingShown: REVIEW_PENDING_SHOWN, owedShown: REVIEW_OWED_SHOWN },
  { caps: { name: 100, headline: 150, company: 100 }, recentName: 60, pendingShown: REVIEW_PENDING_SHOWN, owedShown: REVIEW_OWED_SHOWN },
  { caps: SHORT_CAPS, recentName: 40, pendingShown: REVIEW_PENDING_SHOWN, owedShown: REVIEW_OWED_SHOWN },
  { caps: SHORT_CAPS, recentName: 40, pendingShown: 6, owedShown: 6 },
  { caps: SHORT_CAPS, recentName: 40, pendingShown: 3, owedShown: 3 },
];

/** "Nothing to review", for the days the review's decisions are of (see DECIDED_IN). */
export function nothingToReview(period: DecidedPeriod = 'sevenDays'): string {
  return `:sparkles: Nothing to review right now: no invitation has been waiting for days, no thank-you is owed, and nothing was decided ${DECIDED_IN[period]}.`;
}

/**
 * The review as it stands, asked for or redrawn: the review, or a short "all caught up" that says
 * it of the days the review covered (`period`: a weekly review DM's since the review before it).
 */
export function currentReviewMessage(model: ReviewModel | null, period: DecidedPeriod = 'sevenDays'): { text: string; blocks: KnownBlock[] } {
  if (model !== null) return reviewMessage(model);
  const nothing = nothingToReview(period);
  return { text: nothing, blocks: [section(nothing)] };
}

const CLEARED_REVIEW = {
  someone: ':wastebasket: This weekly review named someone who has since been forgotten, so it was cleared. `/invite-check review` shows where things stand now.',
  you: ':wastebasket: This weekly review was cleared: you asked me to forget your records.',
  expired: ':wastebasket: This weekly review was cleared: it named people you ignored, declined or blocked, whose details are removed after the retention period. `/invite-check review` shows where things stand now.',
} as const;

/**
 * A review DM that named someone forgotten since (an older one: it is cleared rather than made to
 * show this week), any review after forget-me, or one that named someone whose details expired.
 */
export function clearedReviewMessage(why: keyof typeof CLEARED_REVIEW): { text: string; blocks: KnownBlock[] } {
  return { text: CLEARED_REVIEW[why], blocks: [section(CLEARED_REVIEW[why])] };
}

const REVIEW_FOOTER = 'The weekly review comes at the start of your working week, unless you turn it off with the Settings button on my Home tab.';
/** For someone who turned the weekly review off and asked for one: no "it comes each week". */
const REVIEW_OFF_FOOTER = 'Your weekly review is off: turn it on with the Settings button on my Home tab, or with `/invite-check settings`.';

function reviewFooter(model: ReviewModel): string {
  return model.weeklyReviewOn === false ? REVIEW_OFF_FOOTER : REVIEW_FOOTER;
}

/**
 * The weekly review DM: what is waiting, which thank-yous are owed, and the week's decisions,
 * within MESSAGE_TEXT_BUDGET (see REVIEW_DRAFTS; a test may ask for a smaller `budget`).
 */
export function reviewMessage(model: ReviewModel, budget = MESSAGE_TEXT_BUDGET): { text: string; blocks: KnownBlock[] } {
  const pendingTotal = Math.max(model.pendingTotal, model.pending.length);
  const owedTotal = Math.max(model.owedTotal, model.owed.length);
  return { text: fallback(pendingTotal, owedTotal), blocks: blocksWithinBudget(REVIEW_DRAFTS, (draft) => reviewBlocks(model, draft), budget) };
}

function reviewBlocks(model: ReviewModel, draft: ReviewDraft): KnownBlock[] {
  const blocks: KnownBlock[] = [section(':calendar: *Your weekly invitation review*')];
  const pendingTotal = Math.max(model.pendingTotal, model.pending.length);
  const owedTotal = Math.max(model.owedTotal, model.owed.length);
  const decidedTotal = countDecided(model.decidedThisWeek.counts);
  if (pendingTotal === 0 && owedTotal === 0 && decidedTotal === 0) {
    blocks.push(section("All caught up: nothing is waiting for you and no thank-you is owed. Enjoy your week!"));
  } else {
    blocks.push(...pendingBlocks(model.pending, pendingTotal, draft));
    blocks.push(...owedBlocks(model.owed, owedTotal, draft));
    blocks.push(...decidedBlocks(model.decidedThisWeek.counts, model.decidedThisWeek.recent, model.decidedThisWeek.period ?? 'sevenDays', draft.recentName));
  }
  if (model.ratioNote) blocks.push(context(`:bulb: ${text(model.ratioNote, 1000)}`));
  blocks.push(context(reviewFooter(model)));
  return blocks;
}

/**
 * The review in its short form, for when Slack refuses the review itself (too much text in all, or
 * blocks it will not take): how many are waiting, owed and decided, in the app's own words only,
 * and where to find them. It names nobody and has no buttons.
 */
export function shortReviewMessage(model: ReviewModel): { text: string; blocks: KnownBlock[] } {
  const pendingTotal = Math.max(model.pendingTotal, model.pending.length);
  const owedTotal = Math.max(model.owedTotal, model.owed.length);
  const decidedTotal = countDecided(model.decidedThisWeek.counts);
  const lines = [
    `:hourglass_flowing_sand: ${plural(pendingTotal, 'invitation', 'invitations')} waiting for you`,
    `:email: ${plural(owedTotal, 'thank-you', 'thank-yous')} you still owe`,
    `${plural(decidedTotal, 'decision', 'decisions')} ${DECIDED_IN[model.decidedThisWeek.period ?? 'sevenDays']}${decidedTotal > 0 ? `: ${decidedSummary(model.decidedThisWeek.counts)}` : ''}`,
  ];
  return {
    text: fallback(pendingTotal, owedTotal),
    blocks: [
      section(`:calendar: *Your weekly invitation review*\n${lines.join('\n')}`),
      section(
        "Slack wouldn't take this week's review in one message, so here is its short form. " +
          'My Home tab lists what is waiting, with the same buttons, and the thank-yous you owe; each thank-you also gets its note in your DM with me.',
      ),
      context(reviewFooter(model)),
    ],
  };
}

/**
 * The invitations a review names (waiting, owed a thank-you, decided this week), as its message
 * shows them at most (a review drawn shorter to fit shows fewer): forgetting any of them has to
 * redraw it.
 */
export function namedInReview(model: ReviewModel): number[] {
  const named = [
    ...uniqueBy(model.pending, (item) => item.invitationId).slice(0, REVIEW_PENDING_SHOWN).map((item) => item.invitationId),
    ...model.owed.slice(0, REVIEW_OWED_SHOWN).map((item) => item.invitationId),
    ...model.decidedThisWeek.recent.slice(0, REVIEW_RECENT_SHOWN).map((item) => item.invitationId),
  ];
  return [...new Set(named)];
}

function fallback(pending: number, owed: number): string {
  if (pending === 0 && owed === 0) return 'Your weekly invitation review: all caught up.';
  const parts = [pending > 0 ? `${plural(pending, 'invitation', 'invitations')} waiting` : null, owed > 0 ? `${plural(owed, 'thank-you', 'thank-yous')} owed` : null];
  return `Your weekly invitation review: ${parts.filter((part) => part !== null).join(', ')}.`;
}

function pendingBlocks(pending: readonly PendingItem[], total: number, draft: ReviewDraft): KnownBlock[] {
  if (total === 0) return [];
  const shown = uniqueBy(pending, (item) => item.invitationId).slice(0, draft.pendingShown);
  const blocks: KnownBlock[] = [
    { type: 'divider' },
    section(`:hourglass_flowing_sand: *Still waiting for you* (${total})\nThese have waited more than a few days. A quick decision keeps the list short.`),
  ];
  for (const item of shown) {
    const id = String(item.invitationId);
    blocks.push(
      section(pendingText(item, draft.caps)),
      actions(`review:${item.invitationId}`, [button(ACTIONS.accept, 'Accept', id, 'primary'), button(ACTIONS.ignore, 'Ignore…', id)]),
    );
  }
  // The Home tab lists more waiting invitations than the review (HOME_PENDING_SHOWN), with the same buttons.
  if (total > shown.length) blocks.push(context(`${moreLine(total - shown.length, 'waiting')}. My Home tab shows more of them, with the same buttons.`));
  return blocks;
}

/** One block each: a review must finish the job too, so each owed thank-you has its own Sent it. */
function owedBlocks(owed: readonly OwedItem[], total: number, draft: ReviewDraft): KnownBlock[] {
  if (total === 0) return [];
  const shown = uniqueBy(owed, (item) => item.nudgeId).slice(0, draft.owedShown);
  const blocks: KnownBlock[] = [
    { type: 'divider' },
    section(`:email: *Thank-yous you still owe* (${total})\nEach gets a ready-to-send note in your DM with me. Press *Sent it* once you've thanked them.`),
  ];
  for (const item of shown) {
    blocks.push({
      ...section(owedLine(item, draft.caps)),
      block_id: `review:owed:${item.nudgeId}`,
      accessory: button(ACTIONS.nudgeSent, 'Sent it', String(item.nudgeId)),
    });
  }
  // Each owed thank-you has its own note, with the same Sent it, in the DM: the rest are not lost.
  if (total > shown.length) blocks.push(context(`${moreLine(total - shown.length)}. Each gets its note in your DM with me, with the same *Sent it*.`));
  return blocks;
}

/** The heading of a review's "decided" part, for the days it covers (see decidedPeriod). */
const DECIDED_IN: Record<DecidedPeriod, string> = {
  sevenDays: 'in the last seven days',
  sinceLastReview: 'since your last review',
  fourteenDays: 'in the last fourteen days',
};

function decidedBlocks(counts: DecisionCounts, recent: readonly RecentDecision[], period: DecidedPeriod, nameMax: number): KnownBlock[] {
  const total = countDecided(counts);
  if (total === 0) return [{ type: 'divider' }, section(`*Decided ${DECIDED_IN[period]}*\nNothing.`)];
  const summary = decidedSummary(counts);
  const names = recent.slice(0, REVIEW_RECENT_SHOWN).map((item) => `*${inertText(displayName(item.name), nameMax)}* (${STATUS_LABEL[item.status]})`);
  const hidden = Math.max(total, recent.length) - names.length;
  const recently = names.length > 0 ? `\nAmong them: ${names.join(', ')}${hidden > 0 ? `, and ${hidden} more` : ''}` : '';
  return [{ type: 'divider' }, section(`*Decided ${DECIDED_IN[period]}* (${total})\n${summary}${recently}`)];
}

/** ":white_check_mark: 2 accepted · :heavy_minus_sign: 1 ignored": the kinds there were, and how many. */
function decidedSummary(counts: DecisionCounts): string {
  return (['accepted', 'ignored', 'declined', 'blocked'] as const)
    .filter((status) => counts[status] > 0)
    .map((status) => `${STATUS_EMOJI[status]} ${counts[status]} ${STATUS_LABEL[status]}`)
    .join(' · ');
}

function countDecided(counts: DecisionCounts): number {
  return counts.accepted + counts.ignored + counts.declined + counts.blocked;
}
