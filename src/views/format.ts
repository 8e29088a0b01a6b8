import type { MrkdwnElement } from '@slack/types';
import { slackPermalink } from '../domain/permalink.js';
import { normaliseProfileUrl } from '../domain/profile-url.js';
import { escapeMrkdwn, truncate } from '../domain/slack-text.js';

export { truncate };

// Small formatting helpers shared by the Block Kit builders. Everything that came from a user or
// an invitation passes through `text()` (escaped for mrkdwn), `inertText()` (escaped, and unable
// to format: for inside the app's own bold or italics) or `codeBlock()`, or goes into plain_text.

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
  return fitted(value, max, escapeMrkdwn);
}

/**
 * U+034F COMBINING GRAPHEME JOINER: invisible, and to Slack neither a space nor punctuation, so a
 * `*` with one on either side sits as inside a word ("a*b*c"), where Slack formats nothing. The
 * app's own cleaning drops it from anything typed or pasted (see cleanText), so it never comes in.
 */
const HOLD = '\u034F';
const FORMATTING_CHARACTER = /[*_~`]/g;

/**
 * Untrusted text for inside the app's own `*…*` (or `_…_`, `~…~`), or a link's label: escaped as by
 * `text()`, and each `*`, `_`, `~` and backtick in it held between two combining grapheme joiners,
 * so that Slack can neither open nor close formatting with it: "Jo *Ann* Smith" in bold stays one
 * bold name, asterisks and all, where the bare text would end the bold at "Jo ". Slack's mrkdwn has
 * no escape for these (a backslash shows as itself). Text without any of the four is exactly
 * `text()`'s. The joiners are invisible and are copied with the name; pasted back into the app
 * they are dropped again. Within `max` characters.
 */
export function inertText(value: string, max: number = LIMITS.sectionText): string {
  return fitted(value, max, (raw) => escapeMrkdwn(raw).replace(FORMATTING_CHARACTER, (ch) => `${HOLD}${ch}${HOLD}`));
}

/**
 * Untrusted text in a ``` code block, which shows it as typed, unformatted, with a copy button:
 * escaped, within `max` characters, and with any run of three backticks broken by a zero-width
 * space so it cannot close the block early.
 */
export function codeBlock(value: string, max: number): string {
  return `\`\`\`${text(value.replace(/```/g, '``\u200b`'), max)}\`\`\``;
}

/**
 * `render(value)` within `max` characters: escaping lengthens `&`, `<`, `>` to at most 5
 * characters (and inertText a formatting character to 3), so the raw text is shrunk until its
 * rendering fits, cutting at least what the excess needs but never more, so nothing is emptied
 * needlessly.
 */
function fitted(value: string, max: number, render: (raw: string) => string): string {
  let budget = Math.min(max, value.length);
  let shown = render(truncate(value, budget));
  while (shown.length > max && budget > 1) {
    budget = Math.max(1, budget - Math.ceil((shown.length - max) / 5));
    shown = render(truncate(value, budget));
  }
  // One character whose rendering alone is longer than `max` ("&" is "&amp;", where 1 to 4 are
  // left): an ellipsis, so that no block goes over its limit (a section of 3,003 characters once).
  if (shown.length > max) return max >= 1 ? '…' : '';
  return shown;
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
 * A mrkdwn link to the canonical form of a LinkedIn or XING profile URL, labelled by default with
 * its short form (linkedin.com/in/…, xing.com/profile/…), the label within `labelMax` characters.
 * Null for anything that is not a profile URL: the app links nowhere else.
 */
export function profileLink(url: string, label?: string, labelMax = 200): string | null {
  const profileUrl = normaliseProfileUrl(url);
  if (profileUrl === null) return null;
  const safeUrl = profileUrl.replace(/[|<>&\s]/g, (ch) => encodeURIComponent(ch));
  // The label may be a name, and the link may sit in bold: its formatting characters are held.
  return `<${safeUrl}|${inertText(label ?? profileUrl.replace(/^https:\/\/www\./, ''), labelMax)}>`;
}

/** Longest link to a Slack message shown: far past any Slack gives, and a small share of a section. */
const MAX_MESSAGE_LINK = 1200;

/**
 * A mrkdwn link to a Slack message, from the link Slack gave to it (see slackPermalink), labelled
 * with the app's own `label`. Null for anything that is not a link to Slack: the app links nowhere else.
 */
export function messageLink(permalink: string, label: string): string | null {
  const url = slackPermalink(permalink);
  if (url === null) return null;
  // `&` as mrkdwn writes it (Slack reads it back as `&`: a thread's link keeps its `&cid=`), and
  // nothing left that could end the link or its label early.
  const safeUrl = url.replace(/[<>|\s]/g, (ch) => encodeURIComponent(ch)).replace(/&/g, '&amp;');
  if (safeUrl.length > MAX_MESSAGE_LINK) return null;
  return `<${safeUrl}|${inertText(label, LIMITS.buttonText)}>`;
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
