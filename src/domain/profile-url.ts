// Recognising profile URLs (LinkedIn's and XING's) and reducing each to one canonical form, the
// key a person is known by on a later check. Pure: no I/O.

/**
 * A whole profile URL: optional scheme, any subdomains (www, m, uk, …), then `/in/<slug>`;
 * email links use `/comm/in/` and the lite site `/mwlite/in/`. Anything after the slug (more
 * path, query, fragment, or a Slack `|label`) is dropped.
 */
const PROFILE_URL = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*linkedin\.com\/(?:(?:comm|mwlite)\/)?in\/([^/?#|]*)(?:[/?#|].*)?$/is;
/** Where a profile URL may be inside a longer text; the candidate around it is then checked whole. */
const PROFILE_MARKER = /linkedin\.com\/(?:(?:comm|mwlite)\/)?in\//gi;

/**
 * A whole XING profile URL: optional scheme, any subdomains, `xing.com` or its `xing.de` alias,
 * then `/profile/<page name>` (older links `/profiles/`). Anything after the page name (`/cv`,
 * `/web_profiles`, `?sc_o=…`, a Slack `|label`) is dropped, as for LinkedIn.
 */
const XING_PROFILE_URL = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*xing\.(?:com|de)\/profiles?\/([^/?#|]*)(?:[/?#|].*)?$/is;
const XING_MARKER = /xing\.(?:com|de)\/profiles?\//gi;

const MAX_SLUG = 200;
// LinkedIn slugs are letters, digits and hyphens (old ones underscores); letters may be non-ASCII.
// XING page names are letters and digits joined by underscores ("Max_Mustermann2").
const SLUG = /^[\p{L}\p{M}\p{N}_-]+$/u;
const LEADING_WRAPPERS = new Set(['<', '(', '[', '{', '"', "'", '“', '‘', '«']);
const TRAILING_WRAPPERS = new Set(['>', ')', ']', '}', '"', "'", '”', '’', '»', '.', ',', ';', ':', '!', '?']);
const MAX_HOST = 253;
const MAX_URL = 2048;
// The characters a URL inside running text may go on with (those after it end it), at most
// MAX_URL of them. Sticky: urlEnd sets lastIndex before each use.
const URL_RUN = new RegExp(`[^\\s<>"'“”‘’«»|()[\\]{},;]{0,${MAX_URL}}`, 'y');

/**
 * The canonical form of any form of a profile URL, or null: `https://www.linkedin.com/in/<slug>`
 * (the slug in lower case, as LinkedIn's are), or `https://www.xing.com/profile/<page name>` (the
 * page name's case kept, as XING writes it in its own links).
 */
export function normaliseProfileUrl(input: string): string | null {
  const candidate = stripWrappers(input.trim());
  const linkedIn = PROFILE_URL.exec(candidate);
  if (linkedIn) return canonicalUrl(linkedIn[1] ?? '');
  const xing = mayNameXing(candidate) ? XING_PROFILE_URL.exec(candidate) : null;
  return xing ? canonicalXingUrl(xing[1] ?? '') : null;
}

/** The first LinkedIn or XING profile URL anywhere in a text, normalised, or null. */
export function findProfileUrl(text: string): string | null {
  const linkedIn = firstProfileUrl(text, PROFILE_MARKER);
  // Most text names no XING address: a plain search spares it the second pattern.
  if (!mayNameXing(text)) return linkedIn?.url ?? null;
  const xing = firstProfileUrl(text, XING_MARKER);
  if (linkedIn === null || xing === null) return (linkedIn ?? xing)?.url ?? null;
  return linkedIn.at < xing.at ? linkedIn.url : xing.url;
}

/** The first profile URL found from one network's marker, normalised, with where it starts. */
function firstProfileUrl(text: string, marker: RegExp): { at: number; url: string } | null {
  marker.lastIndex = 0;
  for (let found = marker.exec(text); found; found = marker.exec(text)) {
    const start = urlStart(text, found.index);
    if (start === null) continue;
    const url = normaliseProfileUrl(text.slice(start, urlEnd(text, found.index + found[0].length)));
    if (url) return { at: start, url };
  }
  return null;
}

/**
 * Whether a text may hold a profile URL: LinkedIn's path (`/in/`) or a XING host. A cheap test
 * to put before the patterns; true of every profile URL, and of much else.
 */
export function mayHoldProfileUrl(text: string): boolean {
  return text.includes('/in/') || mayNameXing(text);
}

/** Whether a text may hold a XING address, as its host is written in practice ("xing.", "XING.", "Xing."). */
export function mayNameXing(text: string): boolean {
  return text.includes('xing.') || text.includes('XING.') || text.includes('Xing.');
}

function canonicalUrl(rawSlug: string): string | null {
  const slug = decodedSlug(rawSlug)?.toLowerCase();
  return slug !== undefined && SLUG.test(slug) ? `https://www.linkedin.com/in/${slug}` : null;
}

function canonicalXingUrl(rawPageName: string): string | null {
  const pageName = decodedSlug(rawPageName);
  return pageName !== null && SLUG.test(pageName) ? `https://www.xing.com/profile/${pageName}` : null;
}

/** A slug percent-decoded and composed (NFC), or null when too long or malformed. */
function decodedSlug(rawSlug: string): string | null {
  if (rawSlug.length > MAX_SLUG) return null;
  // Without a "%" there is nothing to decode (decodeURIComponent gives it back, and throws only
  // at a "%"): most slugs are plain, and the call costs more than the rest of the reading.
  const decoded = rawSlug.includes('%') ? percentDecode(rawSlug) : rawSlug;
  return decoded?.normalize('NFC') ?? null;
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
 * Walks back from `linkedin.com` (or `xing.com`) over the host and an http(s) scheme. Null when
 * the match is the path of another URL (`evil.example/linkedin.com/in/x`) or follows userinfo
 * (`a@linkedin.com`).
 */
function urlStart(text: string, markerIndex: number): number | null {
  let start = markerIndex;
  while (start > 0 && markerIndex - start < MAX_HOST && isHostChar(text.charCodeAt(start - 1))) start -= 1;
  const before = text.slice(Math.max(0, start - 8), start);
  const scheme = /(https?):\/\/$/i.exec(before);
  if (scheme?.[1]) return start - scheme[0].length;
  const previous = text.charAt(start - 1);
  return previous === '/' || previous === '@' ? null : start;
}

/**
 * A host's character: an ASCII letter (either case), digit, "." or "-", what `/[a-z0-9.-]/i`
 * matches (without "u", its "i" folds no other character onto an ASCII letter). By code, not a
 * pattern per character walked back over.
 */
function isHostChar(code: number): boolean {
  const letter = code | 0x20;
  return (letter >= 0x61 && letter <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2e || code === 0x2d;
}

/** Where the URL that goes on at `from` ends: at the first character that ends one, or MAX_URL on. */
function urlEnd(text: string, from: number): number {
  // One bounded match rather than a test per character. Bounded, not a search for the next
  // character that ends a URL: a text with none would be searched to its end from every marker.
  URL_RUN.lastIndex = from;
  return URL_RUN.test(text) ? URL_RUN.lastIndex : from;
}
