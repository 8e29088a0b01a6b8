import { headlineRole } from './parse-invitation.js';

/**
 * How we recognise the same person on a later check when there is no profile URL: name and
 * headline, compared without case, accents, punctuation or extra spaces. Of a headline written
 * "Role at Company | more", only the role counts: earlier versions kept nothing else of it, and
 * their stored keys must keep matching.
 */
export function personKey(name: string, headline: string | null): string {
  return `${fold(name)}|${fold(headline === null ? '' : headlineRole(headline))}`;
}

const MARKS = /\p{M}+/gu;
const NOT_LETTERS_OR_DIGITS = /[^\p{L}\p{N}]+/gu;
// ASCII is unchanged by NFKD and has no marks, so it skips both.
const NOT_ASCII = /[^\x00-\x7F]/;

function fold(value: string): string {
  const folded = NOT_ASCII.test(value) ? value.normalize('NFKD').replace(MARKS, '') : value;
  return folded.toLowerCase().replace(NOT_LETTERS_OR_DIGITS, ' ').trim();
}

/** The name part of a person key, to find someone by name alone (forget). */
export function nameKey(name: string): string {
  return fold(name);
}

/**
 * The person keys of everyone with the same name as `key`, whatever their headline, as a range:
 * every key from `low` (the name with no headline) up to, not including, `high`. A key's name part
 * holds only letters, digits and single spaces, so nothing but "name|…" falls between "name|" and
 * "name}" ('}' follows '|'): "priya ramanathan|…" and "priya raman jr|…" sort outside it. Null for
 * a name of one word (a lone first name is shared by too many people to mean anything), and for a
 * key that is not a name and headline (details removed by retention).
 */
export function sameNameKeys(key: string): { low: string; high: string } | null {
  const end = key.indexOf('|');
  if (end < 0) return null;
  const name = key.slice(0, end);
  if (!name.includes(' ')) return null;
  return { low: `${name}|`, high: `${name}}` };
}
