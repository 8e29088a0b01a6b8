import type { KnownBlock, SectionBlock } from '@slack/types';
import { section, STATUS_EMOJI } from './blocks.js';
import { mrkdwn, text } from './format.js';
import type { DecisionCounts, StatsModel } from './models.js';

/**
 * `/invite-check stats`: people for the month and all time, each once however often they were
 * checked (see InsightsService.stats), the share of them turned down, and thank-yous.
 */
export function statsMessage(model: StatsModel): { text: string; blocks: KnownBlock[] } {
  const month = text(model.monthLabel, 100) || 'This month';
  const blocks: KnownBlock[] = [
    section('*Your invitations at a glance*\nEach person counts once, however often you checked them: by your latest decision on them, or as waiting.'),
    countsTable(month, model),
    section(`:bar_chart: ${ratioSentence(model.ignoreRatio)}`),
    section(`:email: ${thankYouSentence(model.thankYous)}`),
  ];
  return {
    text: `Your invitation stats for ${month}: you accepted ${people(model.month.accepted)} and turned down ${people(declinedTotal(model.month))} (ignored, declined or blocked)`,
    blocks,
  };
}

/** "1 person", "3 people". */
export function people(count: number): string {
  return `${count} ${count === 1 ? 'person' : 'people'}`;
}

/** Two columns, this month and all time, one decision a line, in people. */
function countsTable(month: string, model: StatsModel): SectionBlock {
  return {
    type: 'section',
    fields: [mrkdwn(`*${month}*\n${countLines(model.month)}`), mrkdwn(`*All time*\n${countLines(model.allTime)}`)],
  };
}

function countLines(counts: DecisionCounts): string {
  return [
    `${STATUS_EMOJI.accepted} Accepted: ${people(counts.accepted)}`,
    `${STATUS_EMOJI.ignored} Ignored: ${people(counts.ignored)}`,
    `${STATUS_EMOJI.declined} Declined: ${people(counts.declined)}`,
    `${STATUS_EMOJI.blocked} Blocked: ${people(counts.blocked)}`,
    `${STATUS_EMOJI.pending} Waiting: ${people(counts.pending)}`,
  ].join('\n');
}

/** Ignored, declined and blocked together: everything that was not an Accept. */
export function declinedTotal(counts: DecisionCounts): number {
  return counts.ignored + counts.declined + counts.blocked;
}

/**
 * The ratio as a whole percentage, or null when there is nothing to divide (or nothing sensible).
 * 100% and 0% only when it is all or none: 249 of 250 reads 99%, not "100%" to someone who did
 * accept one.
 */
export function percentage(ratio: number | null): number | null {
  if (ratio === null || !Number.isFinite(ratio)) return null;
  const share = Math.min(1, Math.max(0, ratio));
  return Math.min(share < 1 ? 99 : 100, Math.max(share > 0 ? 1 : 0, Math.round(share * 100)));
}

/** `ratio` is over all the people the owner decided on (see InsightsService.stats): it says so, since it sits beside the month. */
export function ratioSentence(ratio: number | null): string {
  const percent = percentage(ratio);
  if (percent === null) return '*Turned down:* no decisions yet.';
  return `*Turned down:* ${percent}% of all the people you decided on so far (ignored, declined or blocked).`;
}

export function thankYouSentence(thankYous: StatsModel['thankYous']): string {
  return `*Thank-yous:* ${thankYous.sent} sent, ${thankYous.owed} still owed, ${thankYous.skipped} skipped.`;
}
