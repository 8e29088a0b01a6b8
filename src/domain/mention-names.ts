// People mentioned in a message the app reads: Slack writes them as ids, a card shows names. Pure.

import { FIELD_LIMITS } from './parse-invitation.js';
import { cleanSingleLine, truncate } from './slack-text.js';
import type { InvitationFields, PartialInvitationFields } from './types.js';

/**
 * What each mentioned id reads as: the person's name, or null for a neutral "@someone" (not looked
 * up, not found, or not a person).
 */
export type MentionNames = ReadonlyMap<string, string | null>;

export const NO_MENTION_NAMES: MentionNames = new Map();

/** Shown for a mention whose name is not known. */
export const SOMEONE = 'someone';

/** Longer names are cut: a mention is a few words in a note. */
const NAME_MAX = 80;

// A user mention Slack wrote without a name, as in a person's message or rich text: `<@U024BE7LH>`.
// One with a name (`<@U024BE7LH|sam>`, as a command sends it) already reads as "@sam".
const UNNAMED_USER_MENTION = /<@([A-Z0-9]{2,40})\|?>/g;

/** The ids of the user mentions in raw Slack text that carry no name, each once, in order. */
export function unnamedMentionIds(raw: string): string[] {
  return [...new Set(Array.from(raw.matchAll(UNNAMED_USER_MENTION), (match) => match[1] ?? ''))].filter((id) => id !== '');
}

/** A name as Slack gave it, made fit to show in a line: null when nothing is left. */
export function mentionName(name: string | null | undefined): string | null {
  const shown = cleanSingleLine(name ?? '', NAME_MAX);
  return shown === '' ? null : shown;
}

/**
 * Text decoded from Slack's markup (see decodeSlackText, which writes an unnamed mention as
 * "@U024BE7LH") with each mention in `names` named: "@Jane Doe", else "@someone". A typed
 * "<@U024BE7LH>" (Slack sends it escaped, decoded back to those characters) is left as typed.
 */
export function nameMentions(text: string, names: MentionNames): string {
  if (names.size === 0 || !text.includes('@')) return text;
  // Longest first, and no id character after: "U12" never takes the start of "U123".
  const ids = [...names.keys()].filter((id) => /^[A-Z0-9]+$/.test(id)).sort((a, b) => b.length - a.length);
  if (ids.length === 0) return text;
  const mentioned = new RegExp(`(?<!<)@(${ids.join('|')})(?![A-Z0-9])`, 'g');
  return text.replace(mentioned, (_, id: string) => `@${names.get(id) ?? SOMEONE}`);
}

/** The fields a mention can be in. */
const NAMED_FIELDS = ['name', 'headline', 'company', 'note'] as const;

/** The read invitation with its mentions named (see nameMentions), each field within its limit. */
export function fieldsWithMentionNames(fields: InvitationFields, names: MentionNames): InvitationFields;
export function fieldsWithMentionNames(fields: PartialInvitationFields, names: MentionNames): PartialInvitationFields;
export function fieldsWithMentionNames(fields: PartialInvitationFields, names: MentionNames): PartialInvitationFields {
  if (names.size === 0) return fields;
  const named: PartialInvitationFields = { ...fields };
  for (const key of NAMED_FIELDS) {
    const value = fields[key];
    if (typeof value === 'string') named[key] = truncate(nameMentions(value, names), FIELD_LIMITS[key]);
  }
  return named;
}
