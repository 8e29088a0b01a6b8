import type { MrkdwnElement } from '@slack/types';
import { normaliseProfileUrl } from '../domain/profile-url.js';
import { escapeMrkdwn, truncate } from '../domain/slack-text.js';

export { truncate };

// Small formatting helpers shared by the Block Kit builders. Everything that came from a user or
// an invitation passes through `text()` (escaped for mrkdwn) or goes into plain_text.

/** Block Kit limits we build against (https://docs.slack.dev/reference/block-kit). */
export const LIMITS = {
  sectionText: 3000,
  headerText: 150,
  contextElementText: 3000,
  buttonText: 75,
  modalTitle: 24,
  fallbackText: 3000,
  blocksPerMessage: 50,
  privateMetadata: 3000,
} as const;

/**
 * A mrkdwn text object with `verbatim: true`: Slack then leaves plain text alone (no automatic
 * parsing of "@here"-like words or bare URLs), while the app's own `<@U…>`, `<!date…>` and
 * `<url|label>` sequences still work. Every mrkdwn object the app sends is built here.
 */
export function mrkdwn(value: string): MrkdwnElement {
  return { type: 'mrkdwn', text: value, verbatim: true };
}

/** Escapes untrusted text for mrkdwn and keeps the escaped result within `max` characters. */
export function text(value: string, max: number = LIMITS.sectionText): string {
  let budget = Math.min(max, value.length);
  let escaped = escapeMrkdwn(truncate(value, budget));
  // Escaping lengthens `&`, `<`, `>` to at most 5 characters; shrink the raw text until the escaped
  // form fits, cutting at least what the excess needs but never more, so nothing is emptied needlessly.
  while (escaped.length > max && budget > 1) {
    budget = Math.max(1, budget - Math.ceil((escaped.length - max) / 5));
    escaped = escapeMrkdwn(truncate(value, budget));
  }
  return escaped;
}

/** A mention of a Slack user id we received from Slack itself; anything else is shown as text. */
export function mention(userId: string): string {
  return /^[UW][A-Z0-9]{2,}$/.test(userId) ? `<@${userId}>` : text(userId, 40);
}

/** A date Slack renders in each reader's own time zone, with a UTC fallback. */
export function slackDate(at: Date, format = '{date_short_pretty} at {time}'): string {
  const unix = Math.floor(at.getTime() / 1000);
  const fallback = `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `<!date^${unix}^${format}|${fallback}>`;
}

/**
 * A mrkdwn link to the canonical form of a LinkedIn profile URL, labelled by default with its short
 * form (linkedin.com/in/…). Null for anything that is not a profile URL: the app links nowhere else.
 */
export function profileLink(url: string, label?: string): string | null {
  const profileUrl = normaliseProfileUrl(url);
  if (profileUrl === null) return null;
  const safeUrl = profileUrl.replace(/[|<>&\s]/g, (ch) => encodeURIComponent(ch));
  return `<${safeUrl}|${text(label ?? profileUrl.replace(/^https:\/\/www\./, ''), 200)}>`;
}

/** Quotes a multi-line note as a mrkdwn block quote, escaped, at most `max` characters with the `> ` prefixes. */
export function quote(value: string, max: number): string {
  const quoteLines = (budget: number) =>
    text(value, budget)
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
  let budget = max;
  let quoted = quoteLines(budget);
  // Each line's "> " counts too, so a raw character costs at most 5 (`&amp;`, or `\n> `): shrink the
  // text until the quoted form fits, cutting at least what the excess needs but never more.
  while (quoted.length > max && budget > 1) {
    budget = Math.max(1, budget - Math.ceil((quoted.length - max) / 5));
    quoted = quoteLines(budget);
  }
  return quoted;
}

/** "1 check", "1,204 mutual connections". */
export function plural(count: number, one: string, many: string): string {
  return `${wholeNumber(count)} ${count === 1 ? one : many}`;
}

/** A count with thousands separators; most counts are small, and toLocaleString builds a formatter per call. */
function wholeNumber(count: number): string {
  return Number.isInteger(count) && Math.abs(count) >= 1000 ? count.toLocaleString('en-US') : String(count);
}
