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

/** Escapes untrusted text for mrkdwn and keeps the escaped result within `max` characters. */
export function text(value: string, max: number = LIMITS.sectionText): string {
  let budget = max;
  let escaped = escapeMrkdwn(truncate(value, budget));
  // Escaping lengthens `&`, `<`, `>`; shrink the raw text until the escaped form fits.
  while (escaped.length > max && budget > 1) {
    budget -= Math.max(1, escaped.length - max);
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

/** A mrkdwn link to a normalised profile URL; characters that would break the link are encoded. */
export function profileLink(url: string, label = 'LinkedIn profile'): string {
  const safeUrl = url.replace(/[|<>&\s]/g, (ch) => encodeURIComponent(ch));
  return `<${safeUrl}|${text(label, 200)}>`;
}

/** Quotes a multi-line note as a mrkdwn block quote, escaped. */
export function quote(value: string, max: number): string {
  return text(value, max)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
