import type { ActionsBlock, Button, ContextBlock, HeaderBlock, PlainTextElement, PlainTextOption, SectionBlock } from '@slack/types';
import { companyAfterHeadline } from '../domain/parse-invitation.js';
import type { Decision, InvitationStatus, Recommendation } from '../domain/types.js';
import { LIMITS, mrkdwn, text, truncate } from './format.js';

// Small block builders and wording shared by the cards, messages, modals and the Home tab, so that
// a status reads the same everywhere and every list is cut the same way.

export const STATUS_LABEL: Record<InvitationStatus, string> = {
  pending: 'still undecided',
  accepted: 'accepted',
  ignored: 'ignored',
  declined: 'declined',
  blocked: 'blocked',
};

export const STATUS_EMOJI: Record<InvitationStatus, string> = {
  pending: ':hourglass_flowing_sand:',
  accepted: ':white_check_mark:',
  ignored: ':heavy_minus_sign:',
  declined: ':wave:',
  blocked: ':no_entry:',
};

/** The button-like words for each decision, as the owner chooses it. */
export const DECISION_CHOICE_LABEL: Record<Decision, string> = {
  accepted: 'Accept',
  ignored: 'Ignore',
  declined: 'Decline politely',
  blocked: 'Block',
};

export const RECOMMENDATION_SHORT: Record<Recommendation, string> = {
  accept: ':large_green_circle: recommended: accept',
  review: ':large_yellow_circle: recommended: take a closer look',
  ignore: ':red_circle: recommended: ignore',
};

export function section(value: string): SectionBlock {
  return { type: 'section', text: mrkdwn(value) };
}

export function context(value: string): ContextBlock {
  return { type: 'context', elements: [mrkdwn(value)] };
}

/** A header from the app's own words (headers are plain_text and never carry untrusted text). */
export function header(value: string): HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncate(value, LIMITS.headerText), emoji: true } };
}

/**
 * Untrusted text for a plain_text object (a confirm title, an option label). Slack shows plain_text
 * literally, so escaping would show `&lt;`; angle brackets become look-alikes instead, which keeps
 * the whole payload free of raw markup should the text ever be copied into mrkdwn. Never empty.
 */
export function plainString(value: string, max: number): string {
  const shown = truncate(value.replace(/\s+/g, ' ').trim(), max).replace(/</g, '‹').replace(/>/g, '›');
  return shown === '' ? '…' : shown;
}

export function plainText(value: string, max: number): PlainTextElement {
  return { type: 'plain_text', text: plainString(value, max), emoji: true };
}

export function option(label: string, value: string): PlainTextOption {
  return { text: { type: 'plain_text', text: truncate(label, 75), emoji: true }, value };
}

export function button(actionId: string, label: string, value: string, style?: 'primary' | 'danger'): Button {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: label, emoji: true },
    value,
    ...(style ? { style } : {}),
  };
}

export function actions(blockId: string, elements: Button[]): ActionsBlock {
  return { type: 'actions', block_id: blockId, elements };
}

/** Keeps the first item of each id: a repeated id would repeat a block_id, which Slack refuses. */
export function uniqueBy<T>(items: readonly T[], key: (item: T) => number | string): T[] {
  const seen = new Set<number | string>();
  return items.filter((item) => {
    const id = key(item);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export function moreLine(hidden: number, what = 'more'): string {
  return `…and ${hidden} ${what}`;
}

/**
 * Joins a heading and list lines into one mrkdwn text of at most `max` characters. Lines are kept
 * in order while they fit; whatever is left out (and whatever `total` counts beyond `lines`) is
 * summed up in a last "…and N more" line, for which room is always kept.
 */
export function joinWithin(
  heading: string | null,
  lines: readonly string[],
  total: number,
  max: number,
  more: (hidden: number) => string = (hidden) => moreLine(hidden),
): string {
  const all = Math.max(total, lines.length);
  // The longest "more" line is the one with the largest number: reserving it always suffices.
  const reserve = more(all).length + 1;
  const kept: string[] = heading === null ? [] : [heading];
  let length = heading?.length ?? 0;
  let shown = 0;
  for (const line of lines) {
    const added = (kept.length > 0 ? 1 : 0) + line.length;
    const othersHidden = all - shown - 1 > 0;
    if (length + added > (othersHidden ? max - reserve : max)) break;
    kept.push(line);
    length += added;
    shown += 1;
  }
  if (all > shown) kept.push(more(all - shown));
  return kept.join('\n');
}

/**
 * Untrusted texts escaped as by `text()`, each within its own `max` and all of them together within
 * `room` characters: the first takes what its cap allows of the room, the next what is left, and so
 * on, so what matters most is cut last. Each later text keeps at least one character (a "…").
 */
export function textsWithin(values: readonly { value: string; max: number }[], room: number): string[] {
  let left = room;
  return values.map(({ value, max }, i) => {
    const later = values.length - i - 1;
    const shown = text(value, Math.max(1, Math.min(max, left - later)));
    left -= shown.length;
    return shown;
  });
}

export function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** A role line from headline and company, escaped by the caller's `escape`, each within its `max`. */
export function roleLine(
  headline: string | null,
  rawCompany: string | null,
  escape: (value: string, max: number) => string,
  max: { headline: number; company: number } = { headline: 300, company: 200 },
): string | null {
  const company = companyAfterHeadline(headline, rawCompany);
  if (headline && company) return `${escape(headline, max.headline)} at ${escape(company, max.company)}`;
  if (headline) return escape(headline, max.headline);
  if (company) return escape(company, max.company);
  return null;
}

/** A person's name for one line of a list: on one line, and never blank. */
export function displayName(name: string): string {
  const shown = name.replace(/\s+/g, ' ').trim();
  return shown === '' ? '(no name)' : shown;
}
