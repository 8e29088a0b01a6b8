import { displayName, RECOMMENDATION_SHORT, roleLine } from './blocks.js';
import { inertText, profileLink, slackDate, text } from './format.js';
import type { OwedItem, PendingItem } from './models.js';

// List lines the weekly review and the Home tab share, so both describe a person the same way.

/** A waiting invitation: name, role, recommendation and when it was checked. */
export function pendingText(item: PendingItem): string {
  const lines = [`*${inertText(displayName(item.name), 200)}*`];
  const role = roleLine(item.headline, item.company, text);
  if (role) lines.push(role);
  lines.push(`${RECOMMENDATION_SHORT[item.recommendation]} · checked ${slackDate(item.checkedAt, '{date_short_pretty}')}`);
  return lines.join('\n');
}

/** A thank-you still owed: the name (linked to the profile when there is one) and when it was accepted. */
export function owedLine(item: OwedItem): string {
  const name = displayName(item.name);
  const link = item.profileUrl ? profileLink(item.profileUrl, name) : null;
  return `• ${link ?? text(name, 200)}, accepted ${slackDate(item.acceptedAt, '{date_short_pretty}')}`;
}
