// Links to Slack messages, as Slack gives them (chat.getPermalink). Pure: no I/O.

/** Longer than any link Slack gives to a message (a thread reply's is about 130 characters). */
const MAX_PERMALINK = 1000;
/** Slack's own hosts (workspaces are subdomains of them; GovSlack is slack-gov.com). */
const SLACK_DOMAINS = ['slack.com', 'slack-gov.com'] as const;

/**
 * A link to a Slack message as the app keeps and shows it, or null when `raw` is not one: an https
 * URL on Slack's own hosts, with no user, password or port, of a sane length. It comes from Slack,
 * and is checked all the same: it is shown as a link, and anything else would be a link to anywhere.
 */
export function slackPermalink(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_PERMALINK) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return null;
  const host = url.hostname;
  if (!SLACK_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`))) return null;
  return url.href;
}
