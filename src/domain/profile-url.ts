// Recognising LinkedIn profile URLs and reducing them to one canonical form. Pure: no I/O.

/**
 * A whole profile URL: optional scheme, any subdomains (www, m, uk, …), then `/in/<slug>`;
 * email links use `/comm/in/` and the lite site `/mwlite/in/`. Anything after the slug (more
 * path, query, fragment, or a Slack `|label`) is dropped.
 */
const PROFILE_URL = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*linkedin\.com\/(?:(?:comm|mwlite)\/)?in\/([^/?#|]*)(?:[/?#|].*)?$/is;
/** Where a profile URL may be inside a longer text; the candidate around it is then checked whole. */
const PROFILE_MARKER = /linkedin\.com\/(?:(?:comm|mwlite)\/)?in\//gi;

const MAX_SLUG = 200;
// LinkedIn slugs are letters, digits and hyphens (old ones underscores); letters may be non-ASCII.
const SLUG = /^[\p{L}\p{M}\p{N}_-]+$/u;
const LEADING_WRAPPERS = new Set(['<', '(', '[', '{', '"', "'", '“', '‘', '«']);
const TRAILING_WRAPPERS = new Set(['>', ')', ']', '}', '"', "'", '”', '’', '»', '.', ',', ';', ':', '!', '?']);
const HOST_CHAR = /[a-z0-9.-]/i;
const MAX_HOST = 253;
const MAX_URL = 2048;
// The characters a URL inside running text may go on with (those after it end it), at most
// MAX_URL of them. Sticky: urlEnd sets lastIndex before each use.
const URL_RUN = new RegExp(`[^\\s<>"'“”‘’«»|()[\\]{},;]{0,${MAX_URL}}`, 'y');

/** `https://www.linkedin.com/in/<slug>` for any form of a profile URL, or null. */
export function normaliseProfileUrl(input: string): string | null {
  const match = PROFILE_URL.exec(stripWrappers(input.trim()));
  return match ? canonicalUrl(match[1] ?? '') : null;
}

/** The first LinkedIn profile URL anywhere in a text, normalised, or null. */
export function findProfileUrl(text: string): string | null {
  PROFILE_MARKER.lastIndex = 0;
  for (let marker = PROFILE_MARKER.exec(text); marker; marker = PROFILE_MARKER.exec(text)) {
    const start = urlStart(text, marker.index);
    if (start === null) continue;
    const url = normaliseProfileUrl(text.slice(start, urlEnd(text, marker.index + marker[0].length)));
    if (url) return url;
  }
  return null;
}

function canonicalUrl(rawSlug: string): string | null {
  if (rawSlug.length > MAX_SLUG) return null;
  const decoded = percentDecode(rawSlug);
  if (decoded === null) return null;
  const slug = decoded.normalize('NFC').toLowerCase();
  return SLUG.test(slug) ? `https://www.linkedin.com/in/${slug}` : null;
}

function percentDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null; // malformed %-sequence
  }
}

/** Drops surrounding `<>`, brackets, quotes, and sentence punctuation stuck to the end. */
function stripWrappers(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && LEADING_WRAPPERS.has(text.charAt(start))) start += 1;
  while (end > start && TRAILING_WRAPPERS.has(text.charAt(end - 1))) end -= 1;
  return text.slice(start, end);
}

/**
 * Walks back from `linkedin.com` over the host and an http(s) scheme. Null when the match is
 * the path of another URL (`evil.example/linkedin.com/in/x`) or follows userinfo (`a@linkedin.com`).
 */
function urlStart(text: string, markerIndex: number): number | null {
  let start = markerIndex;
  while (start > 0 && markerIndex - start < MAX_HOST && HOST_CHAR.test(text.charAt(start - 1))) start -= 1;
  const before = text.slice(Math.max(0, start - 8), start);
  const scheme = /(https?):\/\/$/i.exec(before);
  if (scheme?.[1]) return start - scheme[0].length;
  const previous = text.charAt(start - 1);
  return previous === '/' || previous === '@' ? null : start;
}

/** Where the URL that goes on at `from` ends: at the first character that ends one, or MAX_URL on. */
function urlEnd(text: string, from: number): number {
  // One bounded match rather than a test per character. Bounded, not a search for the next
  // character that ends a URL: a text with none would be searched to its end from every marker.
  URL_RUN.lastIndex = from;
  return URL_RUN.test(text) ? URL_RUN.lastIndex : from;
}
