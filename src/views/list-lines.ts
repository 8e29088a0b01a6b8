import { displayName, RECOMMENDATION_SHORT, roleLine } from './blocks.js';
import { inertText, profileLink, slackDate, text } from './format.js';
import type { OwedItem, PendingItem } from './models.js';

// List lines the weekly review and the Home tab share, so both describe a person the same way.

/** How much of a person's name, headline and company a list line quotes (escaped characters). */
export interface ListLineCaps {
  name: number;
  headline: number;
  company: number;
}

/** What the Home tab quotes, and the weekly review when it fits its budget. */
export const LIST_LINE_CAPS: ListLineCaps = { name: 200, headline: 300, company: 200 };

/** A waiting invitation: name, role, recommendation and when it was checked. */
export function pendingText(item: PendingItem, caps: ListLineCaps = LIST_LINE_CAPS): string {
  const lines = [`*${inertText(displayName(item.name), caps.name)}*`];
  const role = roleLine(item.headline, item.company, text, caps);
  if (role) lines.push(role);
  lines.push(`${RECOMMENDATION_SHORT[item.recommendation]} · checked ${slackDate(item.checkedAt, '{date_short_pretty}')}`);
  return lines.join('\n');
}

/** A thank-you still owed: the name (linked to the profile when there is one) and when it was accepted. */
export function owedLine(item: OwedItem, caps: Pick<ListLineCaps, 'name'> = LIST_LINE_CAPS): string {
  const name = displayName(item.name);
  const link = item.profileUrl ? profileLink(item.profileUrl, name, caps.name) : null;
  // Held from formatting as in its link's label: "_Zed_" is a name, not italics.
  return `• ${link ?? inertText(name, caps.name)}, accepted ${slackDate(item.acceptedAt, '{date_short_pretty}')}`;
}
