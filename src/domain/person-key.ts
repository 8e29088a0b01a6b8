/**
 * How we recognise the same person on a later check when there is no profile URL: name and
 * headline, compared without case, accents, punctuation or extra spaces.
 */
export function personKey(name: string, headline: string | null): string {
  return `${fold(name)}|${fold(headline ?? '')}`;
}

function fold(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The name part of a person key, to find someone by name alone (forget). */
export function nameKey(name: string): string {
  return fold(name);
}
