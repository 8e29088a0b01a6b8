// Reading an invitation out of text people paste or type. Pure and total (never throws), and fast
// on hostile input: the regexes that could backtrack only run on lines capped at
// MAX_CLASSIFIED_LINE characters; the rest cannot backtrack far.
//
// LinkedIn's wording is read in English, German, French, Spanish, Portuguese and Dutch. The
// other languages' phrases are folded into the English patterns and word lists as alternatives
// that English text never matches, or tried after the English ones, so an English paste reads
// exactly as before.

import { findProfileUrl, mayHoldProfileUrl, mayNameXing, normaliseProfileUrl } from './profile-url.js';
import {
  cleanMultiLine,
  cleanSingleLine,
  cleanText,
  collapseWhitespace,
  decodeSlackText,
  splitOutsideSlackMarkup,
  truncate,
} from './slack-text.js';
import type { InvitationFields, ParseResult, PartialInvitationFields } from './types.js';
import { typoDistance } from './typos.js';

/** Caps that keep every field well inside Slack Block Kit limits. */
export const FIELD_LIMITS = { name: 100, headline: 200, company: 150, note: 2000 } as const;

const MAX_INPUT = 20_000;
/** Lines longer than this are never a name, headline, mutual count or boilerplate: only note text. */
const MAX_CLASSIFIED_LINE = 300;

const EMPTY_REASON =
  'There was nothing to read: paste the invitation, or write `Name | Headline | N mutual | profile URL | note`.';
const NO_NAME_REASON =
  "I couldn't find the person's name in that text: paste the whole invitation, or start with their name, e.g. `Priya Raman | Head of Data at Northwind | 14 mutual`.";
const NOT_AN_INVITATION_REASON =
  "That doesn't look like an invitation to connect: it reads like another LinkedIn notification (an endorsement, a new job, an event or a group, say). Paste the invitation itself, or start with their name, e.g. `Priya Raman | Head of Data at Northwind | 14 mutual`.";
const INMAIL_REASON =
  "That looks like a message (an InMail, a sponsored message or a chat), not an invitation to connect, so there is nothing to accept. Paste the invitation itself, or start with their name, e.g. `Priya Raman | Head of Data at Northwind | 14 mutual`.";
const NAME_ONLY_REASON = "I found the person's name, but couldn't tell what the rest of that line is.";
const NO_NAME_FIELD_REASON =
  "The first field should be the person's name, e.g. `Priya Raman | Head of Data at Northwind | 14 mutual | linkedin.com/in/priya | Hi!`.";

// ---------------------------------------------------------------------------------------------
// Entry points

/** Reads plain text: a pasted invitation or the one-line `Name | Headline | …` form. */
export function parseInvitation(given: string): ParseResult {
  // Slack's markup copied as it stands ("<https://…/in/greta|Greta Lindqvist> - …") names the person too.
  const text = withNamedProfileLink(withoutIconGlyphs(given.slice(0, MAX_INPUT)));
  const sheet = text.includes('\t') || text.includes('   ') ? sheetRowFields(text) : null;
  if (sheet !== null) return readOneLine(sheet.map((field) => withoutEmailLeftovers(cleanText(field))));
  const clean = withoutEmailLeftovers(cleanText(tabsApart(text)));
  const read = readClean(clean);
  return read.ok ? read : readRetyped(clean, read);
}

function readClean(clean: string): ParseResult {
  const fields = oneLineFields(clean, (line) => line.split('|'));
  return fields ? readOneLine(fields) : readPastedOrParts(clean);
}

/**
 * Reads raw slash-command text. The one-line form is split on the raw text, so a `|` inside
 * `<https://…|label>` is never a separator; each field is decoded afterwards.
 */
export function parseSlackCommandText(raw: string): ParseResult {
  const limited = withNamedProfileLink(withoutIconGlyphs(raw.slice(0, MAX_INPUT)), true);
  const sheet = limited.includes('\t') || limited.includes('   ') ? sheetRowFields(limited) : null;
  if (sheet !== null) return readOneLine(sheet.map((field) => withoutEmailLeftovers(cleanText(decodeSlackText(field)), true)));
  // HTML pasted as text ("Priya Raman<br>CTO at Acme | Advisor<br>…") is lines once its tags are
  // read, however many bars its headline holds: never the one-line form.
  const fields = limited.includes('&') && RAW_HTML_LINE_TAG.test(limited) ? null : oneLineFields(limited, (line) => splitOutsideSlackMarkup(line));
  if (fields) return readOneLine(fields.map((field) => withoutEmailLeftovers(cleanText(decodeSlackText(field)), true)));
  const clean = withoutEmailLeftovers(cleanText(tabsApart(decodeSlackText(limited))), true);
  const read = readPastedOrParts(clean);
  return read.ok ? read : readRetyped(clean, read);
}

// An icon font's glyphs, which a dark-mode copy of the page keeps before its lines (" Wendell
// Oyelaran", " Ignore"): characters of Unicode's private use area, which say nothing.
// Only where a word starts, at a line's start or after a space: inside a word or after it one
// is a character of the word's own, as a Hong Kong or Japanese name may have ("陳\uE3A5明").
const ICON_GLYPHS = /(?<!\S)[\uE000-\uF8FF]+/g;
const ICON_GLYPH = /[\uE000-\uF8FF]/;

function withoutIconGlyphs(text: string): string {
  return ICON_GLYPH.test(text) ? text.replace(ICON_GLYPHS, '') : text;
}

/**
 * Text that names nobody, read again as a typed summary with what was typed around it, or between
 * its parts, made plain (see asPlainTypedText); the first reading when that names nobody either.
 */
function readRetyped(clean: string, read: ParseResult): ParseResult {
  if (isNoticeRefusal(read)) return read;
  const plain = asPlainTypedText(clean);
  if (plain === clean) return read;
  const again = readClean(plain);
  return again.ok ? again : read;
}

// A broadcast or a mention before the summary, as Slack shows it: "@here Jonas Weber, …".
const LEADING_MENTIONS = /^(?:@[^\s@]{1,40}[^\S\n]+)+(?=\S)/;
// A list's marker before a typed line: "* ", "1) ", "1. " ("- " and "• " a name's cleaning drops);
// LIST_MARKERS finds one at each line's start: "1. Jonas Weber - …" over "2. Olga Petrenko - …".
const LIST_MARKER_SOURCE = String.raw`^(?:[*◦▪‣]|\d{1,2}[.)])[^\S\n]+(?=\S)`;
const LIST_MARKER = new RegExp(LIST_MARKER_SOURCE);
const LIST_MARKERS = new RegExp(LIST_MARKER_SOURCE, 'gm');

/** Whether a line starting with this character may start with a list's marker (most do not). */
function opensListMarker(first: string): boolean {
  return (first >= '0' && first <= '9') || first === '*' || first === '◦' || first === '▪' || first === '‣';
}
// Separators typed other than as the usual ones: a full-width bar or comma from a CJK keyboard
// ("Wei Zhang｜Senior Engineer at ByteDance｜5 mutual"), spaced double slashes, an em or en dash
// with no spaces beside a letter ("Jonas Weber—Staff Engineer at Zalando—5 mutual"), and columns
// padded with three spaces or more.
const FULL_WIDTH_BAR = /[^\S\n]*｜[^\S\n]*/g;
const FULL_WIDTH_COMMA = /[^\S\n]*，[^\S\n]*/g;
const SPACED_DOUBLE_SLASHES = /(?<!\s)[^\S\n]+\/\/[^\S\n]+/g;
const UNSPACED_DASH = /(?<=\p{L})[–—](?=[\p{L}\d])|(?<=\d)[–—](?=\p{L})/gu;
const COLUMN_SPACES = /(?<=\S) {3,}(?=\S)/g;
// A double first name joined by a dash at the line's start, and the word after it: "Jean–Pierre Dupont".
const DOUBLE_FIRST_NAME = /^\p{Lu}\p{Ll}+[–—](\p{Lu}\p{Ll}+)(?:\s+(\S+))?/u;

/**
 * How much of the line's start is a double first name joined by an en or em dash ("Jean–Pierre
 * Dupont", "Anna–Lena Schmidt"), a dash that separates nothing: 0 when there is none. A dash
 * before a title word ("Jonas—Staff Engineer"), or before a word that goes on in lower case
 * ("Cher—Singer at Acme"), does separate.
 */
function doubleFirstNameLength(line: string): number {
  const joined = DOUBLE_FIRST_NAME.exec(line);
  if (joined === null || isTitleOrOpener(joined[1] ?? '')) return 0;
  const next = joined[2];
  if (next !== undefined && (!STARTS_CAPITALISED.test(next) || isTitleOrOpener(next.replace(WORD_END_PUNCTUATION, '')))) return 0;
  return joined[0].length - (next?.length ?? 0);
}

const WORD_END_PUNCTUATION = /\p{P}+$/u;

function isTitleOrOpener(word: string): boolean {
  const lower = word.toLowerCase();
  return HEADLINE_OPENERS.has(lower) || TITLE_WORDS.has(lower) || FOREIGN_TITLE_WORDS.has(lower);
}

/**
 * Only read when the text names nobody as it stands, and only on a first line of a typed line's
 * length: the text without a broadcast or mentions before it and without a list's markers, its
 * first line's unusual separators as the usual ones. The text itself when there is nothing such.
 */
function asPlainTypedText(text: string): string {
  const trimmed = text.trim();
  const newline = trimmed.search(ANY_LINE_BREAK);
  const first = newline === -1 ? trimmed : trimmed.slice(0, newline);
  if (first.length > MAX_CLASSIFIED_LINE) return text;
  const opening = first.charAt(0);
  let plain = opening === '@' ? first.replace(LEADING_MENTIONS, '') : first;
  const marked = opensListMarker(opening);
  if (plain.includes('｜')) plain = plain.replace(FULL_WIDTH_BAR, ' | ');
  if (plain.includes('，')) plain = plain.replace(FULL_WIDTH_COMMA, ', ');
  if (plain.includes(' // ')) plain = plain.replace(SPACED_DOUBLE_SLASHES, ' — ');
  if (plain.includes('—') || plain.includes('–')) {
    const name = doubleFirstNameLength(plain);
    plain = `${plain.slice(0, name)}${plain.slice(name).replace(UNSPACED_DASH, ' — ')}`;
  }
  // A header row over columns ("Name   Role   Company") is never the person.
  if (plain.includes('   ') && sheetColumns(plain.split(COLUMN_GAP)) === null) plain = plain.replace(COLUMN_SPACES, ' — ');
  const whole = newline === -1 ? plain : `${plain}${trimmed.slice(newline)}`;
  return marked ? whole.replace(LIST_MARKERS, '') : plain === first ? text : whole;
}

// ---------------------------------------------------------------------------------------------
// What an e-mail's raw source leaves in text copied from it

// Quoted-printable (an e-mail's raw view): a soft line break ("yo=\nur"), a space encoded at a
// line's end ("Ines Moreau=20"), an encoded "=" ("?trk=3Deml") or a UTF-8 letter ("Ciar=C3=A1n").
// Any one of these says the whole text is encoded. Upper-case hex only, as the encoding writes.
// A soft break right after a word: code's "const x =" ends its line after a space.
// Any of the signs below, loosely: one search through the text instead of one for each.
// An HTML line-break or block tag as Slack sends a typed "<": escaped.
const RAW_HTML_LINE_TAG = /&lt;\/?(?:br|div|p|tr|td|table)\b/i;
const ANY_LEFTOVER = /=(?:\n|20$|3D|[C-F][0-9A-F]=)|&(?:#|nbsp;|quot;|apos;|amp;|lt;|gt;|[lr][sd]quo;|hellip;|[nm]dash;|middot;|bull;)|<\/?(?:br|div|p|tr|td|table)\b/im;
const UTF8_BYTE_PAIR = /^[C-F][0-9A-F]=[89AB][0-9A-F]$/;
const SPACE_OR_EQUALS = /[\s=]/;
const SOFT_LINE_BREAK = /=\n/g;
const ENCODED_BYTES = /(?:=[0-9A-F]{2})+/g;
const UTF8 = new TextDecoder('utf-8', { fatal: true });
// HTML copied as text: entities ("Grace&nbsp;Mwangi", "Procter &amp; Gamble", "I&#39;m") and
// line-break tags ("Hi Nadia,<br>we were…"), the tags of a block that are lines of their own.
// And the typographic ones a mail's HTML writes its quotes and dashes with: "&ldquo;Hi Sam&rdquo;".
const HTML_ENTITY_SIGN = /&(?:nbsp|amp|quot|apos|lt|gt|[lr][sd]quo|hellip|[nm]dash|middot|bull|#\d{1,7}|#x[0-9a-f]{1,6});/i;
const HTML_ENTITIES = /&(?:(nbsp|amp|quot|apos|lt|gt|[lr][sd]quo|hellip|[nm]dash|middot|bull)|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi;
// Slack text has had its own three (&amp; &lt; &gt;) decoded once already: "5 &amp;lt; 6" says "&lt;".
const NON_SLACK_ENTITY_SIGN = /&(?:nbsp|quot|apos|[lr][sd]quo|hellip|[nm]dash|middot|bull|#\d{1,7}|#x[0-9a-f]{1,6});/i;
const NON_SLACK_ENTITIES = /&(?:(nbsp|quot|apos|[lr][sd]quo|hellip|[nm]dash|middot|bull)|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi;
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', hellip: '…', ndash: '–', mdash: '—', middot: '·', bull: '•',
};
// The e-mail's HTML is a table: its rows and cells are signs too ("<tr><td>Partner Manager at …").
const HTML_TAG_SIGN = /<\/?(?:br|div|p|tr|td|table)\b/i;
// A link's tag leaves its address ("<a href=\"https://…\">View profile</a>"); block tags leave
// a line break, inline ones nothing. The tag's inside stops at the next "<" or ">".
const LINK_TAG = /<a\s[^<>]*?href\s*=\s*["']([^"'<>]*)["'][^<>]*>/gi;
const BLOCK_TAGS = /<\/?(?:br|div|p|li|ul|ol|tr|table|h[1-6]|html|head|body|center|thead|section|header|footer)\b[^<>]*>/gi;
const INLINE_TAGS = /<\/?(?:a|span|b|strong|i|em|u|font|td|tbody)\b[^<>]*>/gi;

/**
 * The text with quoted-printable, HTML entities and HTML tags decoded, when it shows any: an
 * e-mail copied from its raw view, or an HTML mail pasted as text. Other text is returned as it
 * is; one search finds whether there is any sign at all. Slack text (`slackDecoded`) keeps the
 * three entities Slack itself escapes, already decoded once.
 */
function withoutEmailLeftovers(text: string, slackDecoded = false): string {
  // One pass for any sign at all; most text has none. Each sign starts with "=", "&" or "<", which
  // are quicker to look for than the pattern.
  if ((!text.includes('=') && !text.includes('&') && !text.includes('<')) || !ANY_LEFTOVER.test(text)) return text;
  let out = text;
  if (showsQuotedPrintable(out)) out = decodeQuotedPrintable(out);
  let html = false;
  if (out.includes('<') && HTML_TAG_SIGN.test(out)) {
    out = out.replace(LINK_TAG, '$1\n').replace(BLOCK_TAGS, '\n').replace(INLINE_TAGS, '');
    html = true;
  }
  // In Slack text an "&amp;" left after Slack's own decoding was typed as such ("5 &amp;lt; 6"),
  // unless the text shows it is HTML (tags, or an entity Slack never writes): then it is the HTML's.
  const slackOnly = slackDecoded && !html && !NON_SLACK_ENTITY_SIGN.test(out);
  if (mayHaveEntity(out, slackOnly)) {
    const [sign, entities] = slackOnly ? [NON_SLACK_ENTITY_SIGN, NON_SLACK_ENTITIES] : [HTML_ENTITY_SIGN, HTML_ENTITIES];
    if (sign.test(out)) out = out.replace(entities, decodeEntity);
  }
  // What was decoded may hold invisible characters or a line break of another kind.
  return out === text ? text : cleanText(out);
}

/** A sign of quoted-printable at one of the text's "=" (a URL's "?trk=eml" shows none): few to look at. */
function showsQuotedPrintable(text: string): boolean {
  for (let at = text.indexOf('='); at !== -1; at = text.indexOf('=', at + 1)) {
    const next = text.charAt(at + 1);
    if (next === '\n') {
      if (at > 0 && !SPACE_OR_EQUALS.test(text.charAt(at - 1)) && !endsLinkWithEmptyValue(text, at)) return true;
    } else if (next === '3') {
      if (text.charAt(at + 2) === 'D') return true;
    } else if (next === '2') {
      if (text.charAt(at + 2) === '0' && (at + 3 === text.length || text.charAt(at + 3) === '\n')) return true;
    } else if (next >= 'C' && next <= 'F' && UTF8_BYTE_PAIR.test(text.slice(at + 1, at + 6))) {
      return true;
    }
  }
  return false;
}

const WHITESPACE = /\s/;

/**
 * The "=" at `at` ends a line that is a link alone, its last parameter empty
 * ("https://ca.linkedin.com/in/x?original_referer="): no soft line break.
 */
function endsLinkWithEmptyValue(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  return line.length <= MAX_CLASSIFIED_LINE && line.includes('://') && (line.includes('?') || line.includes('&')) && !WHITESPACE.test(line.trim());
}

const ENTITY_FIRST_LETTERS = 'nqalgrhmb';
const TYPOGRAPHIC_ENTITY = /^&(?:[lr][sd]quo|hellip|[nm]dash|middot|bull);/;

/** An entity's start at one of the text's "&" (a URL's "?trk=eml&…" has none): few to look at. */
function mayHaveEntity(text: string, slackDecoded: boolean): boolean {
  for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', at + 1)) {
    const next = text.charAt(at + 1);
    if (next === '#') return true;
    // Only a letter that starts one of the entities is looked at further.
    if (!ENTITY_FIRST_LETTERS.includes(next)) continue;
    if (text.startsWith('&nbsp;', at) || text.startsWith('&quot;', at) || text.startsWith('&apos;', at)) return true;
    if (TYPOGRAPHIC_ENTITY.test(text.slice(at, at + 8))) return true;
    if (!slackDecoded && (text.startsWith('&amp;', at) || text.startsWith('&lt;', at) || text.startsWith('&gt;', at))) return true;
  }
  return false;
}

/** Quoted-printable decoded: soft breaks joined, each run of encoded bytes read as UTF-8 (kept if it is not). */
function decodeQuotedPrintable(text: string): string {
  return text.replace(SOFT_LINE_BREAK, '').replace(ENCODED_BYTES, (run) => {
    const bytes = new Uint8Array(run.length / 3);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = Number.parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16);
    try {
      return UTF8.decode(bytes);
    } catch {
      return run;
    }
  });
}

/** One HTML entity as its character; a code point out of range, or a control character, as a space. */
function decodeEntity(entity: string, named: string | undefined, decimal: string | undefined, hex: string | undefined): string {
  if (named !== undefined) return NAMED_ENTITIES[named.toLowerCase()] ?? entity;
  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
  return code > 0x1f && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ' ';
}

// A profile link whose label is the person's name, at the text's start where a name is typed:
// "<https://…/in/marta-kowalska|Marta Kowalska> - Engineering Manager at …", or a XING profile's
// ("<https://www.xing.com/profile/Max_Mustermann|Max Mustermann>"); see isLabelledProfile.
const LABELLED_LINK = /^\s*<(https?:\/\/[^|<>\s]*)\|([^<>|]{1,100})>/;
// The same markup typed into Slack as it stands, which Slack sends escaped.
const ESCAPED_LABELLED_LINK = /^\s*&lt;(https?:\/\/[^|<>&\s]*)\|([^<>|&]{1,100})&gt;/;
const BAR_AHEAD = /^[^\S\n]*\|/;
const MAX_BAR_AHEAD = 20;

/**
 * Text that starts with a profile link labelled by a name, with the name written out before the
 * link ("Marta Kowalska <https://…>"): Slack shows the name, decoding keeps the URL. Before a bar
 * the address becomes a field of its own after the name's ("Marta Kowalska | <https://…> | …"),
 * as the one-line form reads a profile typed before its place.
 */
function withNamedProfileLink(raw: string, slackEscaped = false): string {
  const start = raw.trimStart();
  const link = start.startsWith('<http') ? LABELLED_LINK : slackEscaped && start.startsWith('&lt;http') ? ESCAPED_LABELLED_LINK : null;
  if (link === null) return raw;
  return raw.replace(link, (whole: string, url: string, label: string, offset: number) => {
    if (!isLabelledProfile(url) || looksLikeUrl(label) || plausibleNameIn(label) === null) return whole;
    const end = offset + whole.length;
    // Alone on its line, the link is the name's line, and the address a line of its own.
    const next = raw.charAt(end);
    if (next === '\n' || next === '') return `${label}\n<${url}>`;
    return BAR_AHEAD.test(raw.slice(end, end + MAX_BAR_AHEAD)) ? `${label} | <${url}>` : `${label} <${url}>`;
  });
}

/** A link with `/in/` in it (any, as before XING's were read), or a XING profile's. */
function isLabelledProfile(url: string): boolean {
  return url.includes('/in/') || (mayNameXing(url) && normaliseProfileUrl(url) !== null);
}

/**
 * A row copied from a spreadsheet ("Owen Hughes⇥Security Engineer at Cloudflare⇥5 mutual"): on a
 * single line, its tabs become spaced dashes, read as a typed line's separators (cleanText would
 * make them spaces). Tabs in pasted text of several lines are left to cleanText, but for a table
 * of labels and values (see tabsAsLabels).
 */
function tabsApart(text: string): string {
  if (!text.includes('\t')) return text;
  if (ANY_LINE_BREAK.test(text.trim())) return tabsAsLabels(text);
  const cells = text.trim().split(TABS);
  // A row with no header: its one bare number after the name is the count ("Owen Hughes⇥…⇥5").
  const numbers = cells.filter((cell, index) => index > 0 && BARE_CELL_COUNT.test(cell.trim()));
  if (numbers.length !== 1) return cells.join(' — ');
  return cells.map((cell, index) => (index > 0 && BARE_CELL_COUNT.test(cell.trim()) ? `${cell.trim()} mutual` : cell)).join(' — ');
}

const BARE_CELL_COUNT = /^\d{1,4}\+?$/;

// A table of two columns, a label and its value ("Name⇥Rafael Souza", "Note⇥Oi Sam, …"), as Word
// or a spreadsheet copies one: the labels are the spreadsheet's headers (see SHEET_COLUMNS).
const LABEL_THEN_TAB = /^([^\t\n:]{1,30})\t+/gm;
/** Labelled rows needed before the text is read as such a table. */
const MIN_LABELLED_ROWS = 2;

/** The text with each known label before a tab as "Label: ", when two rows or more have one; else the text. */
function tabsAsLabels(text: string): string {
  let rows = 0;
  const labelled = text.replace(LABEL_THEN_TAB, (row: string, label: string) => {
    if (!SHEET_COLUMNS.has(collapseWhitespace(label).toLowerCase())) return row;
    rows += 1;
    return `${label.trim()}: `;
  });
  return rows >= MIN_LABELLED_ROWS ? labelled : text;
}

const TABS = /\t+/g;

// A spreadsheet's header cells, and the one-line form's field each heads (the role and the company
// make the headline between them).
type SheetColumn = 'name' | 'role' | 'company' | 'mutual' | 'url' | 'note';
const SHEET_COLUMNS: ReadonlyMap<string, SheetColumn> = new Map<string, SheetColumn>([
  ['name', 'name'], ['full name', 'name'], ['person', 'name'],
  ['role', 'role'], ['title', 'role'], ['job title', 'role'], ['headline', 'role'], ['position', 'role'],
  ['company', 'company'], ['organisation', 'company'], ['organization', 'company'], ['employer', 'company'],
  ['mutual', 'mutual'], ['mutuals', 'mutual'], ['mutual connections', 'mutual'], ['shared connections', 'mutual'],
  ['profile', 'url'], ['url', 'url'], ['profile url', 'url'], ['linkedin', 'url'], ['link', 'url'],
  ['note', 'note'], ['notes', 'note'], ['message', 'note'], ['msg', 'note'],
]);
const MIN_SHEET_COLUMNS = 2;
const COLUMN_GAP = / {3,}/;

/** A header row's columns, when its cells are all known headers and one is the name's; else null. */
function sheetColumns(cells: readonly string[]): SheetColumn[] | null {
  if (cells.length < MIN_SHEET_COLUMNS) return null;
  const columns: SheetColumn[] = [];
  for (const cell of cells) {
    const column = SHEET_COLUMNS.get(collapseWhitespace(cell).toLowerCase());
    if (column === undefined) return null;
    columns.push(column);
  }
  return columns.includes('name') ? columns : null;
}

/**
 * Two rows copied from a spreadsheet, a header row ("Name⇥Role⇥Company⇥Mutual⇥Note") over the
 * person's: the one-line form's fields, each cell by its header. Cells are apart by tabs, or by
 * three spaces or more as a plain-text table pads its columns ("Name   Role   Company"); padded
 * so, the row must have as many cells as the header, since an empty cell leaves no trace. Null
 * when the first line is not such a header (a name column among its cells, every cell a known
 * header) or no such row of cells follows it.
 */
function sheetRowFields(text: string): string[] | null {
  const trimmed = text.trim();
  const newline = trimmed.indexOf('\n');
  if (newline === -1 || newline > MAX_CLASSIFIED_LINE) return null;
  const header = trimmed.slice(0, newline);
  const next = trimmed.indexOf('\n', newline + 1);
  const row = trimmed.slice(newline + 1, next === -1 ? trimmed.length : next);
  const gap = header.includes('\t') ? '\t' : COLUMN_GAP;
  if (gap === COLUMN_GAP && !header.includes('   ')) return null;
  const columns = sheetColumns(header.split(gap));
  const cells = row.split(gap);
  if (columns === null || cells.length < 2 || (gap === COLUMN_GAP && cells.length !== columns.length)) return null;
  const cell = (column: SheetColumn): string => collapseWhitespace(cells[columns.indexOf(column)] ?? '');
  const role = cell('role');
  const company = cell('company');
  const headline = role === '' || company === '' || AT_COMPANY.test(role) ? role || company : `${role} at ${company}`;
  return [cell('name'), headline, cell('mutual'), cell('url'), cell('note')];
}

// ---------------------------------------------------------------------------------------------
// The one-line form: Name | Headline | N mutual | profile URL | note

const ANY_LINE_BREAK = /[\r\n\u0085\u2028\u2029]/;

/**
 * The fields when the text is the one-line form: a single line with a separator, or a first
 * line that already reaches the note field (the note may then run over several lines).
 */
function oneLineFields(text: string, split: (text: string) => string[]): string[] | null {
  const trimmed = text.trim();
  const newline = trimmed.search(ANY_LINE_BREAK);
  const firstLine = split(newline === -1 ? trimmed : trimmed.slice(0, newline));
  if (firstLine.length < 2) return null;
  if (newline === -1) return firstLine;
  return firstLine.length >= 5 ? split(trimmed) : null;
}

function readOneLine(given: readonly string[]): ParseResult {
  const fields = headlineOverTwoFields(nameFieldFirst(profileInItsPlace(given.some((field) => field.includes('<')) ? withLabelledLinksWhole(given) : given)));
  const [nameField = '', headlineField = '', mutualField = '', urlField = ''] = fields;
  const headlineText = cleanSingleLine(headlineField.slice(0, MAX_CLASSIFIED_LINE * 2), MAX_CLASSIFIED_LINE * 2);
  const { headline, company } = isBoilerplate(headlineText) ? NO_HEADLINE : splitHeadline(headlineText);
  const profileUrl = findProfileUrl(urlField);
  const found: Omit<InvitationFields, 'name'> = {
    headline,
    company,
    mutualConnections: parseMutualField(mutualField),
    profileUrl,
    note: typedNote(finishNote(withoutMailSignature(fields.slice(profileUrl === null && noteInUrlsPlace(urlField) ? 3 : 4).join('|')))),
  };
  const name = oneLineName(nameField);
  return name ? success(name, found, 'one-line') : failure(NO_NAME_FIELD_REASON, found);
}

/**
 * A Slack link to a profile with its label typed out as text, "<https://…/in/felipe|linkedin.com/in/felipe>"
 * (escaped by Slack, so split on its bar like any other): the two halves one field again.
 */
function withLabelledLinksWhole(fields: readonly string[]): string[] {
  const whole: string[] = [];
  for (let i = 0; i < fields.length; i += 1) {
    const field = fields[i] ?? '';
    const label = fields[i + 1];
    const opened = field.trimStart();
    // Not in the name's field, which takes no link (a Slack link's label there is left as it was).
    if (i > 0 && label !== undefined && opened.startsWith('<http') && mayHoldProfileUrl(opened) && !opened.includes('>') && label.trimEnd().endsWith('>') && !label.includes('<')) {
      whole.push(`${field}|${label}`);
      i += 1;
    } else whole.push(field);
  }
  return whole;
}

/** The typed note, or null when it says there was none ("none", "n/a", "-"), as a labelled note may (see NO_NOTE). */
function typedNote(note: string | null): string | null {
  return note !== null && note.length <= MAX_NO_NOTE && NO_NOTE.test(note) ? null : note;
}

const MAX_NO_NOTE = 12;

/**
 * "Ji-woo Park | Senior iOS Engineer at Toss | 4 mutual | Hi Sam! Saw your talk": the note typed
 * in the profile URL's place, with no URL, when it reads as a sentence or opens as a note does.
 */
function noteInUrlsPlace(field: string): boolean {
  // The caller found no profile URL in it.
  const text = field.trim();
  if (text === '' || text.length > MAX_CLASSIFIED_LINE * 2 || isMisspeltProfile(text)) return false;
  return looksLikeSentence(text) || opensNote(text) || OPENING_QUOTE.test(text);
}

// A phone's mail signature on the last line: "Sent from my iPhone", "Von meinem iPhone gesendet",
// "Envoyé de mon iPhone", "Enviado desde mi iPhone", "Get Outlook for iOS".
const MAIL_SIGNATURE =
  /\n[^\S\n]*(?:sent from my|von meinem [^\n]{1,40} gesendet|gesendet von meinem|envoyé de mon|enviado desde mi|enviado do meu|verzonden (?:vanaf|met) mijn|get outlook for)\b[^\n]{0,40}\s*$/i;

/**
 * The one-line form's note, mailed to the channel from a phone, without the mail's signature on
 * its last line; a note of one line is kept as it is.
 */
function withoutMailSignature(note: string): string {
  if (!note.includes('\n')) return note;
  const signature = MAIL_SIGNATURE.exec(note.slice(-MAX_SIGNATURE));
  return signature === null ? note : note.slice(0, note.length - Math.min(note.length, MAX_SIGNATURE) + signature.index);
}

/** The signature is looked for in the note's last characters only. */
const MAX_SIGNATURE = 80;

/**
 * "Lucas Martin | www.linkedin.com/in/lucasmartin | Frontend Dev at Qonto | 4 mutual": a field
 * before the URL's place that is only a profile URL (with or without its scheme, or "linkdin.com")
 * moves to that place, and the fields after it move up; it is no headline or count, nor the
 * name when it comes first.
 */
function profileInItsPlace(fields: readonly string[]): readonly string[] {
  // Typed first too ("https://…/in/tomasz | Tomasz Wójcik | …"), the name then first: before two
  // fields at least, and typed bare (a Slack link's "<…|label>" split on its bar is no such field).
  const at = fields.findIndex((field, i) => i <= 2 && (i > 0 || (fields.length > 2 && !field.includes('<'))) && isProfileField(field));
  if (at === -1) return fields;
  const rest = fields.filter((_field, i) => i !== at);
  while (rest.length < 3) rest.push('');
  rest.splice(3, 0, fields[at] ?? '');
  return rest;
}

/**
 * "5 mutual | Jonas Weber | Staff Engineer at Zalando", "Staff Engineer at Zalando | Jonas Weber |
 * 5 mutual": a count, or a headline that starts with a title word, typed in the name's place, with
 * a name in the next field: the name comes first, and the count goes to its own place. A first
 * field that could be a name is left where it is, and so is a headline before a name of one word
 * ("Staff Engineer | Northwind"): that may be the company. So is a name whose first word is a
 * title's ("Lead Belly | Blues Singer", "Senior Garcia | Banco Santander"): the first field must
 * be plainly a headline (see isPlainlyHeadline).
 */
function nameFieldFirst(fields: readonly string[]): readonly string[] {
  const typed = (fields[0] ?? '').trimStart();
  const opening = typed.charAt(0);
  const count = opening >= '0' && opening <= '9';
  // Most first fields are names, whose first word opens no headline: looked at no further.
  if (!count && !HEADLINE_OPENERS.has((FIRST_HEADLINE_WORD.exec(typed)?.[0] ?? '').toLowerCase())) return fields;
  const first = collapseWhitespace(typed);
  const second = collapseWhitespace(fields[1] ?? '');
  if (second === '' || plausibleNameIn(second) !== second || looksLikeSentence(second)) return fields;
  if (count) return mutualsOnLine(first)?.alone === true ? [second, fields[2] ?? '', first, ...fields.slice(3)] : fields;
  const headline = plausibleNameIn(first) === null && isPlainlyHeadline(first) && !looksLikeSentence(first);
  return headline && nameWords(second) >= 2 ? [second, first, ...fields.slice(2)] : fields;
}

/**
 * A headline no name could be: "at" (or "@") a company, two title words ("Staff Engineer", "VP
 * Sales", "Head Office") or only title words ("CTO"), or a word that joins a title's ("Head of Risk", "Sales &
 * Marketing"). One title word before a name's ("Chief Keef", "Principal Rao") is not enough.
 */
function isPlainlyHeadline(text: string): boolean {
  if (AT_COMPANY.test(text) || FOREIGN_AT_NAMED_COMPANY.test(text) || TITLE_JOINER.test(text)) return true;
  const words = text.toLowerCase().split(TITLE_WORD_BREAKS).filter((word) => word !== '');
  const titles = words.filter((word) => HEADLINE_OPENERS.has(word) || TITLE_WORDS.has(word) || FOREIGN_TITLE_WORDS.has(word) || word === OFFICE).length;
  return titles >= 2 || titles === words.length;
}

const TITLE_JOINER = /\s(?:of|for|and|&)\s/;
// No title word elsewhere ("Office Manager" has one), but no name's either: "Head Office".
const OFFICE = 'office';

const MAX_HEADLINE_SEGMENT = 80;

/**
 * "Noah Fischer | CEO at Brightlane | Angel investor | 15 mutual | …": a headline with its own bar
 * spans two fields when the count comes a field late. The two are one headline again, and the
 * fields after it move up. A sentence, a note's opening or a link in the third field leaves them as
 * they are, and so does a second field that is no headline.
 */
function headlineOverTwoFields(fields: readonly string[]): readonly string[] {
  if (fields.length < 4) return fields;
  const segment = collapseWhitespace(fields[2] ?? '');
  if (segment === '' || segment.length > MAX_HEADLINE_SEGMENT || !LETTER.test(segment) || parseMutualField(segment) !== null) return fields;
  if (parseMutualField(fields[3] ?? '') === null || looksLikeUrl(segment) || looksLikeSentence(segment) || opensNote(segment) || OPENING_QUOTE.test(segment)) return fields;
  // The first half a headline, the second no headline of its own ("at" a company): a name typed
  // in the second field's place ("URL | Max Mustermann | Head of Sales at …") is left for the rest.
  if (AT_COMPANY.test(segment) || !looksLikeHeadline(collapseWhitespace(fields[1] ?? ''))) return fields;
  return [fields[0] ?? '', `${(fields[1] ?? '').trim()} | ${segment}`, ...fields.slice(3)];
}

/** A field that is only a profile's address, its domain misspelt too. */
function isProfileField(field: string): boolean {
  const text = field.trim();
  return text.length <= MAX_CLASSIFIED_LINE && mayHoldProfileUrl(text) && (normaliseProfileUrl(text) !== null || isMisspeltProfile(text));
}

// A profile's address with the domain misspelt ("linkdin.com/in/…", "linkedn.com/in/…"): no
// link can be made of it, but it is no headline either.
const MISSPELT_PROFILE = /^(?:https?:\/\/)?(?:www\.)?([a-z]{5,10})\.com\/in\/[^\s/]+\/?$/i;
const MAX_DOMAIN_TYPOS = 2;

/** Only an address that would be a profile's but for a typo or two in "linkedin". */
function isMisspeltProfile(text: string): boolean {
  if (!text.includes('.com/in/')) return false;
  const domain = MISSPELT_PROFILE.exec(text.trim())?.[1]?.toLowerCase();
  return domain !== undefined && domain !== 'linkedin' && typoDistance(domain, 'linkedin') <= MAX_DOMAIN_TYPOS;
}

/** Two spaces or more: a lead-in and a name ("Invite from Priya") never have fewer. */
function hasThreeWords(text: string): boolean {
  const space = text.indexOf(' ');
  return space !== -1 && text.includes(' ', space + 1);
}

// LinkedIn's badge typed after the name with a dash: "Marcus Lee - Open to work | …".
// Or the hashtag alone after a space: "Kofi Mensah #OpenToWork".
const BADGE_AFTER_NAME = /(?:\s+[-–—·•]\s+(?:open to work|#?opentowork|#?hiring|verified|premium)|\s#(?:opentowork|hiring))\s*$/i;
/** The badge is looked for in the field's last characters only. */
const BADGE_TAIL = 24;
const LETTER = /\p{L}/u;
const LOOKS_LIKE_URL = /:\/\/|www\.|linkedin\.com\//i;
const XING_HOST = /xing\.(?:com|de)\//i;

/** An address rather than words: a scheme, "www.", or LinkedIn's or XING's host with a path. */
function looksLikeUrl(text: string): boolean {
  return LOOKS_LIKE_URL.test(text) || (mayNameXing(text) && XING_HOST.test(text));
}

/** The user put the name there on purpose, so only require a letter and no URL (and drop a lead-in). */
function oneLineName(field: string): string | null {
  const listed = withoutListMarker(collapseWhitespace(field.slice(0, MAX_CLASSIFIED_LINE)));
  // Labelled as the other fields may be: "Name: Claire Dubois | Headline: … | Mutual: 14".
  const line = STARTS_WITH_NAME_LABEL.test(listed) ? listed.slice(listed.indexOf(':') + 1).trim() : listed;
  const badge = BADGE_AFTER_NAME.exec(line.slice(-BADGE_TAIL));
  const typed = badge === null ? line : line.slice(0, line.length - badge[0].length);
  // "Invite from Priya Raman | …", "solicitud de Diego Fernández | …": the name the lead-in gives.
  const name = (hasThreeWords(typed) ? (invitePhraseName(typed) || lowerCaseInvitedName(typed)) : null) || cleanNameCandidate(typed);
  if (!LETTER.test(name) || looksLikeUrl(name)) return null;
  return truncate(name, FIELD_LIMITS.name);
}

/** The text without a list's marker at its start; most lines start otherwise and skip the pattern. */
function withoutListMarker(text: string): string {
  if (!opensListMarker(text.charAt(0))) return text;
  const marker = LIST_MARKER.exec(text);
  return marker === null ? text : text.slice(marker[0].length);
}

function parseMutualField(field: string): number | null {
  const text = collapseWhitespace(field).toLowerCase();
  if (text === '') return null;
  if (/^(?:none|no|nil|zero|-|keine|aucune?|ninguno|ninguna|ningún|nenhuma?|geen)$/.test(text)) return 0;
  const bare = BARE_COUNT.exec(text);
  if (bare?.[1]) return toCount(bare[1]);
  const counted = parseMutualConnections(text) ?? countBeforeMisspeltMutual(text);
  if (counted !== null || !text.endsWith(' others')) return counted;
  // The card's "Maria Popescu and 12 others" typed as the count (13): its capitals tell the name.
  return namedAndOthersAlone(collapseWhitespace(field))?.count ?? null;
}

// ---------------------------------------------------------------------------------------------
// Pasted text: classify each line, then pick the fields

type LabelName = 'name' | 'headline' | 'company' | 'note';

type Line =
  | { kind: 'blank' }
  /** Unclassified: a name, headline, location, or note text. */
  | { kind: 'text'; text: string }
  /** Starts with an opening quote: the note. */
  | { kind: 'quote'; text: string }
  /** Contains a web address; can be part of a note. */
  | { kind: 'link'; text: string }
  /**
   * A mutual-connection count. `loose`: the line says more than LinkedIn's own line would ("14
   * mutual connections Message", "Around 14 mutual connections"); settleLooseCounts decides
   * from the lines around it whether it is LinkedIn's or part of the note.
   */
  | { kind: 'mutual'; count: number; loose?: string }
  | { kind: 'label'; label: LabelName; value: string }
  /** Boilerplate, email headers, profile-URL lines; may still name the person. */
  | { kind: 'skip'; nameHint: NameHint | null }
  /** The e-mail's logo ("LinkedIn", Gmail's "[image: LinkedIn]"); an HTML copy puts the recipient's name under it. */
  | { kind: 'logo' }
  /** An Accept or Ignore button: on a page of several invitations, the next person may follow. */
  | { kind: 'button' }
  /** The footer "This email was intended for Sam Lee (…)": the recipient, never the inviter. */
  | { kind: 'recipient'; text: string }
  /** The web page's next panel ("People you may know from Contoso"): nothing after it is this invitation. */
  | { kind: 'panel' }
  /** The top bar's "Me" under the recipient's photo: the name above it is the recipient's own. */
  | { kind: 'self' };

/** A name some line gives explicitly; a lower rank wins. */
interface NameHint {
  name: string;
  rank: number;
  /** A headline given beside the name ("Priya Raman, CTO at Acme, wants to connect"). */
  headline?: string;
  /** A headline in brackets after the name ("Invite from Daniel Kim (Engineering Manager at Datadog)"). */
  aside?: string;
  /** Named by a picture's text ("Priya Raman's profile picture"), which says nothing of an invitation. */
  picture?: boolean;
}

const RANK_LABEL = 0;
const RANK_INVITE = 1;
const RANK_EMAIL_FROM = 2;

interface ChosenName {
  name: string;
  /** The line the name is on (or came from), where the headline search starts; -1 if none. */
  line: number;
  /** A headline that came on the same line as the name ("Priya Raman – Head of Data at X"). */
  headline: string | null;
  /**
   * A headline in brackets after the name ("Daniel Kim (Engineering Manager at Datadog)"): read
   * only when no line of its own gives one.
   */
  aside?: string | null;
  /** An invite phrase, a label or a `From:` header gave the name (not a picture's text). */
  hinted?: boolean;
}

export interface HeadlineParts {
  headline: string | null;
  company: string | null;
}

const NO_HEADLINE: HeadlineParts = { headline: null, company: null };

// Commas and spaced dashes that someone typing on one line uses instead of the form's bars; and
// a full stop before a count or a note's label ("Head of Data at Northwind. 14 mutual", "…
// connections. Her note: …"), or after a count ("12 mutual connections. Anyone know him?"). Not
// any full stop: "Dr. Mei Chen" is one name. A dash's spaces are read from the first of them
// only: trying from each space of a long run would take time quadratic in its length. Semicolons
// too ("Name: Amaru Quispe; Role: …"), and a plus before a note's label ("14 mutual + note: …").
const TYPED_SEPARATOR =
  /[,;]\s+|(?<!\s)\s+[-–—·•]\s+|(?<!\s)\s+\+\s+(?=(?:note|message)\s*:)|\.\s+(?=\d|(?:(?:her|his|their|personal)\s+)?(?:note|message)\s*:)|\.(?<=\b(?:mutuals?|connections?|to connect)\.)\s+/i;

/**
 * Pasted text; or a single typed line with commas or dashes for bars ("Priya Raman, Head of Data
 * at Northwind, 14 mutual connections"), read part by part when it names nobody as it stands, or
 * little more (see maySayMoreInParts). That reading counts only when the first part is the name
 * (in lower case too) and another part is a headline (a title word, or "at" a company), a count
 * of mutual connections or a profile: "Hi, I'm Priya, let's connect" stays unread. A full name
 * and only what the sender said after it ("Priya Raman, met at KubeCon") is the name and the note.
 */
function readPastedOrParts(raw: string): ParseResult {
  // A teammate asking to be introduced to someone ("can you intro me to Priya Raman? she's …"): no invitation.
  if (asksForAnIntro(raw)) return failure(NOT_AN_INVITATION_REASON, NOTHING_FOUND);
  // Slack's "(edited)" ends a message's last line ("Accept (edited)"): what was copied under it is
  // the next message, such as a teammate's comment, when the message above names someone.
  const edited = raw.indexOf(EDITED_LINE_END);
  if (edited !== -1 && NOT_BLANK.test(raw.slice(edited + EDITED_LINE_END.length))) {
    const message = readPastedOrParts(raw.slice(0, edited));
    if (message.ok) return message;
  }
  // Without WhatsApp's "[09:15, 04/03/2026] Tunde Bakare: " before each message, when that names someone.
  const unprefixed = withoutChatPrefixes(raw);
  if (unprefixed !== null) {
    const under = readPastedOrPartsAsIs(unprefixed);
    if (under.ok || isNoticeRefusal(under)) return under;
    // The summary among the messages, such as the sender's "should I accept?" under it.
    const amid = summaryAmidChatter(unprefixed.trim());
    const alone = amid === null ? null : readPastedOrPartsAsIs(amid);
    if (alone?.ok) return alone;
  }
  // A screen reader's roles with their commas ("link, Yuki Tanaka", "button, Ignore"): never a card's own words.
  if (speaksRolesWithCommas(raw)) {
    const unspoken = withoutSpokenRoles(raw);
    const spoken = unspoken === null ? null : readPastedOrPartsAsIs(unspoken);
    if (spoken !== null && (spoken.ok || isNoticeRefusal(spoken))) return spoken;
  }
  // Under a chat's header (Teams' "[10:31] Ruud Hendriks"), when what is under it names someone.
  const unheaded = withoutChatHeader(raw);
  if (unheaded !== null) {
    const under = readPastedOrPartsAsIs(unheaded);
    if (under.ok) return under;
  }
  const read = readPastedOrPartsAsIs(raw);
  if (!read.ok && read.reason === NOT_AN_INVITATION_REASON) {
    // Teams' "Like" and "Reply" under a typed summary, copied with it: no post's actions.
    const summary = withoutTeamsActions(raw);
    const again = summary === null ? null : readPastedOrPartsAsIs(summary);
    if (again?.ok) return again;
  }
  if (read.ok || isNoticeRefusal(read)) return read;
  // A screen reader's text ("link Kenji Watanabe", "heading level 3 …", "button Ignore"), when nothing else named anyone.
  const unspoken = withoutSpokenRoles(raw);
  if (unspoken !== null) {
    const again = readPastedOrPartsAsIs(unspoken);
    if (again.ok) return again;
  }
  // The name run into its headline ("Sander VosBackend Engineer at Bunq"), when nothing else named anyone.
  const apart = nameApartFromHeadline(raw);
  if (apart !== null) {
    const again = readPastedOrPartsAsIs(apart.text);
    if (again.ok && again.invitation.name === apart.name) return again;
  }
  if (!raw.includes('\n')) return nameAsked(raw) ?? nameFromCompany(raw) ?? read;
  // A summary among lines of chat ("fyi" above, "thoughts?" below), when nothing else named anyone.
  const amid = summaryAmidChatter(raw.trim());
  const alone = amid === null ? null : readPastedOrPartsAsIs(amid);
  return alone?.ok ? alone : read;
}

/**
 * The phone's share of a profile, then a line typed under it ("Claudia Reyes sent me an invite,
 * 5 mutual, says she's a recruiter at Kavak"): the line read alone, with the link, when it gives
 * a count the two read together did not. Null otherwise.
 */
function profileOverTypedLine(text: string): ParseResult | null {
  const trimmed = text.trim();
  const newline = trimmed.indexOf('\n');
  if (newline === -1 || trimmed.includes('\n', newline + 1)) return null;
  const link = trimmed.slice(0, newline).trim();
  if (!isProfileField(link)) return null;
  const read = readPastedOrPartsAsIs(trimmed.slice(newline + 1));
  if (!read.ok || read.invitation.mutualConnections === null) return null;
  const { name, ...found } = read.invitation;
  return success(name, { ...found, profileUrl: found.profileUrl ?? findProfileUrl(link) }, 'pasted');
}

// What the forwarder was told of the role, as a typed line's part: "says she's a recruiter at Kavak".
const SAYS_ROLE_PART = /^(?:says|said)\s+(?:s?he|they)(?:['’]s|['’]re|\s+is|\s+are)\s+(?:an?\s+)?(?=\S)/i;

function withoutSaysRole(part: string): string {
  const trimmed = part.trimStart();
  return trimmed.startsWith('says ') || trimmed.startsWith('said ') ? trimmed.replace(SAYS_ROLE_PART, '') : part;
}

const EDITED_LINE_END = ' (edited)\n';

// "can you intro me to …", "could you introduce me to …", "pls connect me with …" at the start.
const INTRO_REQUEST = /^(?:(?:hey|hi|hiya)\b[\s,!]*)?(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?|(?:please|pls)\s+)(?:intro|introduce|connect)\s+me\s+(?:to|with)\s+\S/i;
// What an invitation's text says, which a request for an intro under it would not make any less one.
const INVITATION_WORDS = /\b(?:accept|ignore|invit\w*|wants\s+to\s+connect)\b/i;
const MAX_INTRO_OPENING = 60;

/** The text opens by asking to be introduced, and nothing in it reads as an invitation's; most texts never reach the patterns. */
function asksForAnIntro(raw: string): boolean {
  const opening = raw.trimStart().slice(0, MAX_INTRO_OPENING).toLowerCase();
  if (!opening.includes(' me to ') && !opening.includes(' me with ')) return false;
  return INTRO_REQUEST.test(opening) && !INVITATION_WORDS.test(raw);
}

// Teams' actions under a message, each alone on its line.
const TEAMS_ACTIONS: ReadonlySet<string> = new Set(['like', 'reply']);

/**
 * A single typed line (with a comma between its parts, as a summary has) and, under it, only
 * Teams' "Like" and "Reply": the line alone. Null for anything else, such as a post or a
 * comment, whose poster, headline and text stand on lines of their own above the actions.
 */
function withoutTeamsActions(raw: string): string | null {
  const lines = raw.trim().split('\n');
  const first = (lines[0] ?? '').trim();
  if (lines.length < 2 || !first.includes(',')) return null;
  for (const line of lines.slice(1)) {
    const word = line.trim().toLowerCase();
    if (word !== '' && !TEAMS_ACTIONS.has(word)) return null;
  }
  return first;
}

function readPastedOrPartsAsIs(raw: string): ParseResult {
  const text = withMutualSpelt(withoutLeadIn(withoutSlackShareHeader(withoutCodeFences(raw))));
  const pasted = readPasted(text);
  if (pasted.ok && pasted.invitation.mutualConnections === null && text.includes('/in/')) {
    const shared = profileOverTypedLine(text);
    if (shared !== null) return shared;
  }
  if (pasted.ok && !maySayMoreInParts(pasted.invitation)) return saidAsHeadline(pasted.invitation, text) ?? pasted;
  if (isNoticeRefusal(pasted)) return pasted;
  const trimmed = text.trim();
  const newline = trimmed.search(ANY_LINE_BREAK);
  // A typed line may have the note on the lines under it ("…, 3 mutual" then "\"Hi Morgan,…").
  const under = newline === -1 ? '' : trimmed.slice(newline + 1).trim();
  // Another person's summary under it ("Ben Okoye, Sales at Salesforce, 0 mutual") is not theirs.
  const below = isAnotherSummary(under) ? '' : under;
  // A profile's link alone under it (the phone's share sheet pastes one) is read with it.
  if (below !== '' && !opensNoteBelow(below) && (pasted.ok || !isPlainNoteLine(below)) && (pasted.ok || !isProfileField(below))) return pasted;
  const line = asTypedLine(withInviteWordsSpelt(newline === -1 ? trimmed : trimmed.slice(0, newline)));
  const read = nameFirst(countApartFromName(nameApartFromProfile(profilesApart(typedParts(line)))).map(withoutSlackMarkup).map(withoutSaysRole)).filter(
    (part) => !isMisspeltProfile(part) && !saysNothing(part),
  );
  // The forwarder's question after the count ("…, 0 mutual, seems spammy??"): no part of the note.
  // After the profile's link too ("…, 4 mutual, linkedin.com/in/wenjie-lim thoughts?").
  if (read.length >= 3 && isForwardersAside(read[read.length - 1] ?? '')) {
    const before = (read[read.length - 2] ?? '').trim();
    if (mutualsOnLine(before)?.alone === true || isProfileField(before)) read.pop();
  }
  teamWithItsTitle(read);
  if (read.length < 2) return pasted;
  // "invite from yusuf al-amin, …": the name typed in lower case after the lead-in, as if alone.
  const invitedInLowerCase = nameOfPart(read[0] ?? '') ? null : lowerCaseInvitedName(read[0] ?? '');
  if (invitedInLowerCase !== null) read[0] = invitedInLowerCase;
  // The first part names the person, alone, in an invite phrase ("Invite from Priya Raman"),
  // typed in lower case ("priya raman, head of data at northwind"), or labelled ("Name: …"); or
  // the next, after whom the line is typed for ("Marta, invite from Jonas Weber, …").
  const named = nameOfPart(read[0] ?? '');
  const addressed = named === null || !named.includes(' ') ? withoutRecipientFirst(read) : null;
  const parts = addressed ?? read;
  // "Priya Raman, met at KubeCon": the name and what the sender said, the note, not a headline.
  const nameAndTail = below === '' && addressed === null && parts.length === 2 && !pasted.ok ? fullNameOfPart(named, parts[0] ?? '') : null;
  const withNote = nameAndTail !== null && tailReadsAsNote((parts[1] ?? '').trim()) ? nameWithNote(nameAndTail, parts[0] ?? '', (parts[1] ?? '').trim()) : null;
  if (withNote !== null) return withNote;
  const typed = readPasted((below === '' ? parts : [...parts, below]).join('\n'));
  if (!typed.ok || typed.invitation.name !== (addressed === null ? named : nameOfPart(parts[0] ?? ''))) return nameKept(pasted, nameAndTail, parts[0] ?? '');
  const { headline, company, mutualConnections, profileUrl, note } = typed.invitation;
  const more = (headline !== null && looksLikeHeadline(headline)) || company !== null || mutualConnections !== null || profileUrl !== null;
  // Or the name and a quoted note alone ('Marta Kowalska: "Hi Rosa, …"').
  const quotedNote = note !== null && parts.length === 2 && OPENING_QUOTE.test((parts[1] ?? '').trim());
  return more || quotedNote ? typed : nameKept(pasted, nameAndTail, parts[0] ?? '');
}

/**
 * The name a typed line's first part gives, when the part is that name and nothing else, of two
 * words or more ("Marta, …" is whom the line is typed for); null otherwise. A bracketed headline
 * after it ("Priya Raman (CTO at Acme), hello") is read as before.
 */
function fullNameOfPart(name: string | null, part: string): string | null {
  return name !== null && name.includes(' ') && name === collapseWhitespace(part.trim()) ? name : null;
}

// What a sender says of how they know the person, as a typed line's tail: "met at KubeCon", "says hi".
const SAYING_WORDS: ReadonlySet<string> = new Set(['met', 'spoke', 'talked', 'chatted', 'says', 'said', 'saw']);

// Who said or met, before a word of SAYING_WORDS: "we spoke at KubeCon", "she says hi".
const SAYERS: ReadonlySet<string> = new Set(['we', 'i', 'she', 'he', 'they']);

/** The text's first word, in lower case. */
function firstWordOf(text: string): string {
  const space = text.indexOf(' ');
  return (space === -1 ? text : text.slice(0, space)).toLowerCase();
}

/** The text opens with a word of SAYING_WORDS and goes on, after a sayer or not: "met at KubeCon", "we spoke at …". */
function opensWithSaying(text: string): boolean {
  const space = text.indexOf(' ');
  if (space === -1) return false;
  const first = firstWordOf(text);
  if (SAYING_WORDS.has(first)) return true;
  const next = text.indexOf(' ', space + 1);
  return SAYERS.has(first) && next !== -1 && SAYING_WORDS.has(text.slice(space + 1, next).toLowerCase());
}

/**
 * A typed line's tail after the name that is what the sender said, not a headline: a verb of how
 * they know the person ("met at KubeCon", "says hi", "we spoke at KubeCon"), a greeting ("hello"),
 * or a note's opening, label or quote. Not any sentence ("see you soon" names no one's note), nor
 * the forwarder's question ("thoughts?"), nor a tail with a count.
 */
function tailReadsAsNote(tail: string): boolean {
  if (tail.length > MAX_CLASSIFIED_LINE || !LETTER.test(tail) || isForwardersAside(tail) || parseMutualConnections(tail) !== null) return false;
  return opensWithSaying(tail) || isGreeting(tail) || opensNote(tail) || OPENING_QUOTE.test(tail) || NOTE_LABEL.test(tail);
}

/**
 * "Priya Raman, hello": the name and the note (without a label: "Note: hi"). A name typed in lower
 * case ("priya raman, met at kubecon") is no proof of a name without a headline or a count (see
 * lowerCaseNameLine): the form opens with both instead, and only when the tail opens with a verb
 * of how they know the person or a greeting, after no sentence's first words ("come early, we met …").
 */
function nameWithNote(name: string, part: string, tail: string): ParseResult | null {
  const label = NOTE_LABEL.exec(tail);
  const note = typedNote(finishNote(label === null ? tail : tail.slice(label[0].length).trim()));
  const found = { headline: null, company: null, mutualConnections: null, profileUrl: null, note };
  if (lowerCaseName(part) === null) return success(name, found, 'pasted');
  if (!SAYING_WORDS.has(firstWordOf(tail)) && !isGreeting(tail)) return null;
  return { ok: false, reason: NAME_ONLY_REASON, found: note === null ? { name } : { name, note } };
}

/**
 * "Priya Raman, met at KubeCon" read as pasted, "met" its headline and KubeCon its company: the
 * name and the note, when the line is only those two parts. Null otherwise; most headlines open
 * with no such verb and are looked at no further.
 */
function saidAsHeadline(read: InvitationFields, text: string): ParseResult | null {
  const first = firstWordOf(read.headline ?? '');
  if (!SAYING_WORDS.has(first) && !SAYERS.has(first)) return null;
  const line = text.trim();
  if (line.length > MAX_CLASSIFIED_LINE || line.search(ANY_LINE_BREAK) !== -1) return null;
  const parts = typedParts(line);
  const tail = (parts[1] ?? '').trim();
  if (parts.length !== 2 || fullNameOfPart(nameOfPart(parts[0] ?? ''), parts[0] ?? '') !== read.name || !tailReadsAsNote(tail)) return null;
  return nameWithNote(read.name, parts[0] ?? '', tail);
}

/**
 * "Priya Raman, 5 manual": a name typed first, whose tail reads as no headline, count or note. The
 * refusal keeps the name, so the form opens with it; a name in lower case is kept only with a note.
 */
function nameKept(refused: ParseResult, name: string | null, part: string): ParseResult {
  if (name === null || refused.ok || lowerCaseName(part) !== null) return refused;
  // All it found, if anything, is the whole line read as a note or a headline: no field of its own.
  const { found } = refused;
  const keys = Object.keys(found);
  const line = found.note ?? found.headline ?? '';
  if (keys.length > 1 || (keys.length === 1 && (line === '' || !line.startsWith(part.trim())))) return refused;
  return { ok: false, reason: NAME_ONLY_REASON, found: { name } };
}

// A team, region or credential "at" the company, typed as a part of its own after the title:
// "Engineering Manager, Payments at Swvl". A word or two, each one the headline reads as no company.
const TEAM_AT_COMPANY = /^([\p{L}-]{2,20}(?: [\p{L}-]{2,20})?) (?:at|@) \S/u;

/** "…, Engineering Manager, Payments at Swvl, …": the title and its team one part again, in place. */
function teamWithItsTitle(parts: string[]): void {
  for (let index = 1; index + 1 < parts.length; index += 1) {
    const team = (parts[index + 1] ?? '').trim();
    if (!team.includes(' at ') && !team.includes(' @ ')) continue;
    const words = TEAM_AT_COMPANY.exec(team)?.[1]?.toLowerCase().split(' ') ?? [];
    const title = (parts[index] ?? '').trim();
    if (words.length === 0 || !words.every((word) => NO_COMPANY_WORDS.has(word)) || AT_COMPANY.test(title) || !isPlainlyHeadline(title)) continue;
    parts.splice(index, 2, `${title}, ${team}`);
    return;
  }
}

// A typed line's part that gives no field: that there is no note ("no note.", "no message"), the
// degree ("2nd-degree"), or what is left of an invite phrase once the name is apart ("wants to connect").
const PART_SAYING_NOTHING =
  /^(?:(?:no|without\s+an?)\s+(?:note|msg|message)|(?:1st|2nd|3rd\+?)(?:[-\s]degree)?(?:\s+connection)?|(?:wants|would\s+like)\s+to\s+connect|(?:has\s+)?sent\s+(?:you\s+)?an?\s+invit(?:e|ation))[.!]?$/i;
const MAX_PART_SAYING_NOTHING = 40;

function saysNothing(part: string): boolean {
  const text = part.trim();
  return text.length <= MAX_PART_SAYING_NOTHING && PART_SAYING_NOTHING.test(text);
}

function nameOfPart(part: string): string | null {
  return nameFromLine(part) ?? invitePhraseName(part) ?? lowerCaseName(part) ?? labelledName(part);
}

/** A lead-in before a name typed in lower case: "invite from yusuf al-amin". */
function lowerCaseInvitedName(part: string): string | null {
  const lead = INVITE_PREFIX.exec(part.trim());
  return lead === null ? null : lowerCaseName(withoutTrailingPunctuation(lead[1] ?? ''));
}

// The recipient's first name and a colon before an invite phrase: "Marta: invite from Jonas Weber".
const FIRST_NAME_THEN_COLON = /^\p{Lu}[\p{Ll}'’-]{1,30}:\s+/u;

/**
 * "Marta, invite from Jonas Weber, …", "Hi Marta, invite from …", "Marta: invite from …": the
 * parts without whom the line is typed for, a greeting or a first name alone, when the part after
 * it is an invite phrase that names someone. Null otherwise.
 */
function withoutRecipientFirst(parts: readonly string[]): string[] | null {
  const first = (parts[0] ?? '').trim();
  const colon = FIRST_NAME_THEN_COLON.exec(first);
  if (colon !== null) {
    const rest = first.slice(colon[0].length);
    return invitePhraseName(rest) ? [rest, ...parts.slice(1)] : null;
  }
  if (first.length > MAX_LEAD_IN || spaceSeparatedWords(first) > 2) return null;
  const addressed = isGreeting(first) || (!first.includes(' ') && plausibleNameIn(first) === first);
  return addressed && invitePhraseName(parts[1] ?? '') ? parts.slice(1) : null;
}

// A lower-case letter run into a capital: where a phone's copy may have dropped a line break.
const LOWER_THEN_UPPER = /\p{Ll}\p{Lu}/u;
const LOWER_THEN_UPPERS = /\p{Ll}(?=\p{Lu})/gu;
// A surname's prefix before its capital: "McKinsey", "MacLeod", "DeLuca", "DiCaprio", "LeBlanc", "VanDyke".
const SURNAME_PREFIX = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|Del|Della|Le|La|Lo|Van|Von|St)$/;
const FIRST_HEADLINE_WORD = /^[\p{L}-]+/u;
/** Name words a typed line with no separator may start with, but for particles and initials: "Oliver Grant". */
const SPACED_NAME_WORDS = 2;
const INITIAL = /^\p{Lu}\.$/u;

/**
 * The text with its first line's name set apart from a headline run into it, as "Name — Headline":
 * - run together by a phone's copy ("Sander VosBackend Engineer at Bunq"), where a lower-case
 *   letter meets a capital that starts a headline (HEADLINE_OPENERS), after a name of two words
 *   or more: "McKinsey", "DeepMind" and "HubSpot" go on with no such word, and a first half that
 *   is a surname's prefix ("Sean McLead") is no name's end;
 * - or typed with no separator at all ("Oliver Grant Principal Engineer at Monzo 11 mutual"): a
 *   single line with a count and "at" a company, the name its first two name words (and
 *   particles) before the first such word. A third ("Mary Ann Smith Head of …") could be the
 *   title's own ("Quantitative"): no name is better than a wrong one.
 * Null when the line is neither. Read only when nothing else named anyone.
 */
function nameApartFromHeadline(raw: string): { text: string; name: string } | null {
  const text = raw.trim();
  const newline = text.search(ANY_LINE_BREAK);
  const line = newline === -1 ? text : text.slice(0, newline);
  if (line.length > MAX_CLASSIFIED_LINE) return null;
  // A card flattened onto a line of its own that ends in its buttons: the next lines are other cards'.
  const unbuttoned = withoutTrailingButtons(line);
  const flattened = newline !== -1 && unbuttoned.length < line.trimEnd().length;
  const apart = gluedNameApart(line) ?? (newline === -1 || flattened ? spacedNameApart(unbuttoned) : null);
  if (apart === null) return newline === -1 ? invitedNameApart(line) : null;
  if (flattened) return { text: `${apart.name} — ${countApartFromHeadline(apart.rest).rest}`, name: apart.name };
  return { text: `${apart.name} — ${countApartFromHeadline(apart.rest).rest}${newline === -1 ? '' : text.slice(newline)}`, name: apart.name };
}

/**
 * The same with a lead-in, the name in any case: "invite from maximilian huber head of it at obi 6
 * mutual". Two name words before the first title word, "at" a company and the count at the end:
 * the line with commas between them.
 */
function invitedNameApart(line: string): { text: string; name: string } | null {
  const lead = INVITE_PREFIX.exec(line);
  const after = lead?.[1];
  if (after === undefined || !AT_COMPANY.test(after)) return null;
  const count = TRAILING_COUNT.exec(after);
  if (count === null) return null;
  const words = after.split(' ');
  if (words.findIndex((word) => HEADLINE_OPENERS.has(word.toLowerCase())) !== SPACED_NAME_WORDS) return null;
  const typed = words.slice(0, SPACED_NAME_WORDS).join(' ');
  const name = plausibleNameIn(typed) === typed ? typed : lowerCaseName(typed);
  const headline = after.slice(typed.length, count.index).trim();
  if (name === null || !AT_COMPANY.test(headline) || looksLikeSentence(headline)) return null;
  return { text: `${line.slice(0, line.length - after.length)}${name}, ${headline}, ${count[1] ?? ''}`, name };
}

function gluedNameApart(line: string): { name: string; rest: string } | null {
  if (!LOWER_THEN_UPPER.test(line)) return null;
  for (const boundary of line.matchAll(LOWER_THEN_UPPERS)) {
    const at = boundary.index + 1;
    const rest = line.slice(at);
    if (!HEADLINE_OPENERS.has((FIRST_HEADLINE_WORD.exec(rest)?.[0] ?? '').toLowerCase())) continue;
    const name = line.slice(0, at);
    if (SURNAME_PREFIX.test(name.slice(name.lastIndexOf(' ') + 1)) || plausibleNameIn(name) !== name || nameWords(name) < 2) continue;
    if (looksLikeHeadline(rest) && !looksLikeSentence(rest)) return { name, rest };
  }
  return null;
}

/** Buttons a card flattened onto one line ends with: "… 6 mutual connections Ignore Accept". */
const MAX_TRAILING_BUTTONS = 2;

/** The line without the card's buttons at its end. */
function withoutTrailingButtons(line: string): string {
  let end = line.trimEnd().length;
  for (let buttons = 0; buttons < MAX_TRAILING_BUTTONS; buttons += 1) {
    const space = line.lastIndexOf(' ', end - 1);
    if (space <= 0 || !BUTTON_WORDS.has(line.slice(space + 1, end).toLowerCase())) break;
    end = line.slice(0, space).trimEnd().length;
  }
  return line.slice(0, end);
}

function spacedNameApart(line: string): { name: string; rest: string } | null {
  if (!MUTUAL_KEYWORDS.test(line.toLowerCase()) || !AT_COMPANY.test(line)) return null;
  const words = line.split(' ');
  const opener = words.findIndex((word) => HEADLINE_OPENERS.has(word.toLowerCase()));
  if (opener < 2) return null;
  const name = words.slice(0, opener).join(' ');
  if (plausibleNameIn(name) !== name || nameWords(name) !== SPACED_NAME_WORDS) return null;
  // "At" a company, and the count at the headline's end ("…at Monzo 11 mutual") or next ("…at Adyen, 4 mutual").
  const rest = words.slice(opener).join(' ');
  const { headline, count } = countApartFromHeadline(rest);
  if (!AT_COMPANY.test(headline) || looksLikeSentence(headline)) return null;
  if (count) return { name, rest };
  const after = rest.slice(headline.length).replace(LEADING_TYPED_SEPARATOR, '');
  const next = TYPED_SEPARATOR.exec(after);
  return mutualsOnLine((next === null ? after : after.slice(0, next.index)).trim())?.alone === true ? { name, rest } : null;
}

// A count after these stays in the headline, as it does in any typed line: "at Monzo with 11 mutual".
const WORD_BEFORE_COUNT = /\s(?:with|and|&|plus|has|have|of|in|for|to|but|or)$/i;
const LEADING_TYPED_SEPARATOR = new RegExp(`^(?:${TYPED_SEPARATOR.source})`, 'i');

/**
 * A headline's first part (up to a separator), and the rest with its count at that part's end
 * ("…at Monzo 11 mutual") set apart: "…at Monzo — 11 mutual". `count` says there was one.
 */
function countApartFromHeadline(rest: string): { headline: string; rest: string; count: boolean } {
  const separator = TYPED_SEPARATOR.exec(rest);
  const part = separator === null ? rest : rest.slice(0, separator.index);
  const count = TRAILING_COUNT.exec(part);
  if (count === null) return { headline: part, rest, count: false };
  const headline = part.slice(0, count.index);
  if (WORD_BEFORE_COUNT.test(headline)) return { headline, rest, count: true };
  return { headline, rest: `${headline} — ${count[1] ?? ''}${rest.slice(part.length)}`, count: true };
}

/** A name's words but for particles and initials. */
function nameWords(name: string): number {
  return name.split(' ').filter((word) => !PARTICLES.has(word) && !INITIAL.test(word)).length;
}

/** Words of a name asked about, but for particles: "Eszter Kovács?", "María de la Cruz?". */
const ASKED_NAME_WORDS = 2;

/**
 * "Eszter Kovács?": a name of two words (and particles) asked about, alone on its line, is the
 * name. Null otherwise: with a third word it may be a question ("Block Priya Raman?").
 */
function nameAsked(text: string): ParseResult | null {
  const trimmed = text.trim();
  if (!trimmed.endsWith('?') || trimmed.length > FIELD_LIMITS.name) return null;
  const name = trimmed.slice(0, -1).trimEnd();
  const words = name.split(' ').filter((word) => !PARTICLES.has(word)).length;
  if (words !== ASKED_NAME_WORDS || plausibleNameIn(name) !== name) return null;
  const read = readPastedOrPartsAsIs(name);
  return read.ok ? read : null;
}

// A hurried line of the name, "from" and the company alone: "Priya Raman from Northwind", "tom
// hollis from stripe". Short: a longer line is a sentence.
// ", says he's a Talent Acquisition Partner": the role as the forwarder heard it, to the line's end.
const SAYS_ROLE = /,\s(?:says|said)\s(?:s?he|they)(?:['’]s|['’]re|\sis|\sare)\s(?:an?\s)?([^,;|:\n]{2,80}?)[.!]?$/i;
const NAME_FROM_COMPANY = /^([^\s,;|:][^,;|:\n]{1,60}?) from ([^\s,;|:][^,;|:\n]{0,60}?)[.!]?$/;
const MAX_NAME_FROM_COMPANY = 130;
const MAX_FROM_COMPANY_WORDS = 4;
const LOWER_CASE_FROM_NAME_WORDS = 2;

/**
 * "Priya Raman from Northwind": the name (of two words or more; in lower case, of two) and the
 * company, when nothing else in the line named anyone. Null for any other line.
 */
function nameFromCompany(text: string): ParseResult | null {
  const given = text.trim();
  if (given.length > MAX_NAME_FROM_COMPANY || !given.includes(' from ')) return null;
  // After a lead-in ("Invite from Liam O'Sullivan from Workhuman"), with what the forwarder was
  // told of the role after it (", says he's a Talent Acquisition Partner").
  const lead = given.indexOf(' from ') === given.lastIndexOf(' from ') ? null : INVITE_PREFIX.exec(given);
  const unled = lead?.[1] ?? given;
  const said = unled.includes(', ') ? SAYS_ROLE.exec(unled) : null;
  const trimmed = said === null ? unled : unled.slice(0, said.index);
  const parts = NAME_FROM_COMPANY.exec(trimmed);
  const typedName = parts?.[1]?.trim() ?? '';
  const company = parts?.[2]?.trim() ?? '';
  if (typedName === '' || company === '' || company.split(' ').length > MAX_FROM_COMPANY_WORDS || looksLikeSentence(company) || looksLikeUrl(company)) return null;
  const capitalised =
    STARTS_UPPER_CASE.test(typedName) && plausibleNameIn(typedName) === typedName && nameWords(typedName) >= 2 && !hasTitleWord(typedName) && !LOWER_CASE_NAME.test(typedName);
  const name = capitalised ? typedName : lowerCaseNameFrom(typedName, company);
  if (name === null) return null;
  const headline = said?.[1] === undefined ? null : truncate(said[1], FIELD_LIMITS.headline);
  return success(name, { headline, company: truncate(company, FIELD_LIMITS.company), mutualConnections: null, profileUrl: null, note: null }, 'pasted');
}

/**
 * A name of two words in lower case before "from" and a company of one ("tom hollis from
 * stripe"), none of them a word a sentence would have there: "make money from home", "could
 * benefit from our product" are no invitation. Null otherwise.
 */
function lowerCaseNameFrom(typedName: string, company: string): string | null {
  const words = [...typedName.split(' '), ...company.split(' ')];
  if (words.length !== LOWER_CASE_FROM_NAME_WORDS + 1 || company.includes(' ')) return null;
  if (words.some((word) => word.length < 2 || NOT_NAME_WORDS.has(word) || ENGLISH_AFTER_AT.has(word))) return null;
  return lowerCaseName(typedName);
}

/** Lines of chat around a summary: a few, each short. */
const MAX_CHATTER_LINES = 3;

/**
 * The one typed summary among a few short lines of chat ("morning all", "quick one — anyone know
 * this person?" above it, a question such as "thoughts?" under it): a line with separators, a
 * count and a name first. A profile's
 * address alone on a line above it, as a phone shares one, joins it as a part. Null when there is
 * no such line, or more than one, or a line around it is long.
 */
function summaryAmidChatter(text: string): string | null {
  const lines = text.split('\n');
  if (lines.length > MAX_CHATTER_LINES + 1) return null;
  let summary: string | null = null;
  let profile: string | null = null;
  for (const each of lines) {
    const line = each.trim();
    if (isSummaryLine(line)) {
      if (summary !== null) return null;
      summary = line;
    } else if (summary === null && !line.includes(' ') && looksLikeUrl(line) && normaliseProfileUrl(line) !== null) {
      profile = line;
    } else if (line.length > MAX_LEAD_IN || (summary !== null && !line.endsWith('?'))) {
      // Under it, only the forwarder's question: any other line may be a note without a greeting.
      return null;
    }
  }
  if (summary === null) return null;
  return profile === null ? summary : `${summary} — ${profile}`;
}

/** A typed summary on a line of its own: parts, a count among them, and a name first (or "invite from" a name). */
function isSummaryLine(line: string): boolean {
  if (line.length > MAX_CLASSIFIED_LINE || !TYPED_SEPARATOR.test(line) || !MUTUAL_KEYWORDS.test(line.toLowerCase())) return false;
  const parts = typedParts(asTypedLine(line));
  const first = parts[0] ?? '';
  return (
    parts.length > MIN_LEAD_IN_SEPARATORS &&
    (plausibleNameIn(first) !== null || lowerCaseName(first) !== null || Boolean(invitePhraseName(first)) || lowerCaseInvitedName(first) !== null)
  );
}

// A count with "mutual" misspelt at a part's end: "SRE at OVHcloud, 5 mutal", "5 mtual connections".
const COUNT_THEN_M_WORD = /(?<![\p{L}\d])(\d{1,6}\+?) (m\p{L}{3,7})(?=$|[,;.]| conn)/gu;
const STARTS_MUTUAL = /\d m/;
/** One typo in "mutual": "manual" (two) stays. */
const MAX_TYPED_MUTUAL_TYPOS = 1;

/** A typed line with a misspelt "mutual" after a count spelt right, when it has no count spelt right. */
function withMutualSpelt(text: string): string {
  if (text.length > MAX_CLASSIFIED_LINE || text.includes('\n') || text.includes(' mutual') || !STARTS_MUTUAL.test(text)) return text;
  if (MUTUAL_KEYWORDS.test(text.toLowerCase())) return text;
  return text.replace(COUNT_THEN_M_WORD, (whole, count: string, word: string) => (isMisspeltMutual(word.toLowerCase()) ? `${count} mutual` : whole));
}

/** "mutal", and in the plural "mutals" (two letters from "mutual", one from "mutuals"). */
function isMisspeltMutual(word: string): boolean {
  if (typoDistance(word, 'mutual') <= MAX_TYPED_MUTUAL_TYPOS) return true;
  return word.endsWith('s') && typoDistance(word.slice(0, -1), 'mutual') <= MAX_TYPED_MUTUAL_TYPOS;
}

// A line that leads in to a typed summary under it: "posting here from #platform:".
const LEAD_IN_LINE = /^[^\n:]{1,80}:[^\S\n]*\n/;
// Or a question before it on its line: "should I accept? Dimitri Volkov, …".
const LEADING_QUESTION = /^[^?\n]{1,80}\?\s+(?=\S)/;
// The same lead-in on the summary's own line: "got this one: Vivek Sharma, Director @ Infosys, 11 mutual".
// Words only before the colon: not a URL's "https:", nor a typed line's parts.
const INLINE_LEAD_IN = /^[^:\n|,/]{1,80}:[^\S\n]+(?=\S)/;
const STARTS_UPPER_CASE = /^\p{Lu}/u;
/** Words of a name at a question's end: "is it worth accepting Chidi Okonkwo?", "… Maria de la Cruz?". */
const MAX_ASKED_NAME_WORDS = 4;
/** A lead-in is short: "posting here from #platform:", "should I accept?". */
const MAX_LEAD_IN = 80;
/** Separators a summary needs after a lead-in: name, headline and count at least. */
const MIN_LEAD_IN_SEPARATORS = 2;

/**
 * A typed summary without what leads in to it: a first line ending in a colon when the summary
 * is the only line under it, or a question before it on its line. Only when the summary has
 * parts enough and a count, and what leads in names nobody ("Name:" is a label).
 */
function withoutLeadIn(text: string): string {
  const trimmed = text.trim();
  // The lead-in line's colon ends it, within its first 81 characters.
  const newline = trimmed.indexOf('\n');
  const colon = newline === -1 ? -1 : trimmed.lastIndexOf(':', newline);
  const leadLine = colon !== -1 && newline <= MAX_LEAD_IN + 1 && trimmed.slice(colon + 1, newline).trim() === '';
  const question = !leadLine && newline === -1 && trimmed.includes('?') ? LEADING_QUESTION.exec(trimmed) : null;
  const inline = !leadLine && question === null && newline === -1 ? INLINE_LEAD_IN.exec(trimmed) : null;
  const lead = leadLine ? LEAD_IN_LINE.exec(trimmed) : (question ?? inline);
  if (lead === null) return text;
  const after = trimmed.slice(lead[0].length).trim();
  const opening = lead[0].trim();
  if (ANY_LINE_BREAK.test(after) || LABEL.test(opening) || plausibleNameIn(opening.slice(0, -1)) !== null) return text;
  if (after.length > MAX_CLASSIFIED_LINE || !MUTUAL_KEYWORDS.test(after.toLowerCase())) return text;
  const rest = leadLine ? after : inline !== null ? nameFirstAfterLeadIn(after) : afterQuestion(opening, after);
  if (rest === null) return text;
  return typedParts(asTypedLine(rest)).length > MIN_LEAD_IN_SEPARATORS ? rest : text;
}

/** The summary after a lead-in on its own line, when its first part is a name; else null. */
function nameFirstAfterLeadIn(summary: string): string | null {
  return plausibleNameIn(typedParts(asTypedLine(summary))[0] ?? '') === null ? null : summary;
}

/**
 * The summary after a question: as it is when it starts with a capital ("should I accept? Dimitri
 * Volkov, …") or with a name in lower case ("accept or not? mohammed al-rashid, …"); with the
 * name the question ends with before it when its first part names nobody ("is it worth accepting
 * Chidi Okonkwo? head of eng at Kuda, …"). Null otherwise.
 */
function afterQuestion(question: string, summary: string): string | null {
  const separator = TYPED_SEPARATOR.exec(summary);
  const first = separator === null ? summary : summary.slice(0, separator.index);
  if (plausibleNameIn(first) !== null || lowerCaseName(first) !== null) return summary;
  const words = question.slice(0, -1).trim().split(' ');
  for (let count = Math.min(MAX_ASKED_NAME_WORDS, words.length - 1); count >= ASKED_NAME_WORDS; count -= 1) {
    const name = words.slice(-count).join(' ');
    if (plausibleNameIn(name) === name && nameWords(name) >= ASKED_NAME_WORDS) return `${name}, ${summary}`;
  }
  return STARTS_UPPER_CASE.test(summary) ? summary : null;
}

// Arrows typed for separators, two or more: "Jakob Eder → Engineering Lead at Bitpanda → 3
// mutual". One alone stays: "Ex-Google → Founder at Loomly" is a headline.
const SPACED_ARROW = / +(?:→|->|=>) +/g;
const SECOND_ARROW = /(?:→|->|=>).*(?:→|->|=>)/;
// Labels run together on one line: "name: Abdullah bin Salman role: Cloud Lead at STC mutual: 5"
// (after a word: "Name: Amaru Quispe; Role: …" has its separators).
const STARTS_WITH_NAME_LABEL = /^name\s*:/i;
const INLINE_LABEL = /(?<=[^\s;,|·•–—-]) +(?=(?:role|title|headline|company|mutuals?|mutual connections|connections|note|message|msg|profile|url)\s*:)/gi;

// A name of two words or more, a colon, and the rest: "Chiara Bianchi: Head of Product at Scalapay (6 mutual)".
const NAME_THEN_COLON = /^([^:,"“”\s][^:,"“”]{1,99}):\s+(?=[^\s"“„«])/;

/**
 * A typed line with its arrows, or its run-together labels, as separators the parts are read by;
 * and a colon after the name before a headline, as a dash.
 */
// A word before a colon on a line of labels, which may be a label misspelt: "headlne:", "comapny:".
const WORD_BEFORE_COLON = /(?<=\s)(\p{L}{5,9}):/gu;
// The longer labels only: a short word one letter from "role" or "note" may be anything ("rule", "vote").
const LONG_LABELS = ['headline', 'company', 'mutual', 'mutuals', 'message', 'profile'];

/** "name: Pieter Smit headlne: sales engineer …": each label misspelt by a letter, spelt right. */
function withLabelsSpelt(line: string): string {
  return line.replace(WORD_BEFORE_COLON, (whole: string, word: string) => {
    const lower = word.toLowerCase();
    if (LONG_LABELS.includes(lower)) return whole;
    const label = LONG_LABELS.find((each) => typoDistance(lower, each) <= 1);
    return label === undefined ? whole : `${label}:`;
  });
}

function asTypedLine(line: string): string {
  if (line.length > MAX_CLASSIFIED_LINE * 2) return line;
  if (SECOND_ARROW.test(line)) return line.replace(SPACED_ARROW, ' — ');
  if (STARTS_WITH_NAME_LABEL.test(line)) return withLabelsSpelt(line).replace(INLINE_LABEL, '; ');
  if (EMOJI_SURROGATE.test(line)) {
    const apart = withEmojiApart(line);
    if (apart !== line) return apart;
  }
  if (line.includes(' @ ')) return withAtAfterName(line);
  return line.includes(': ') ? withLabelsAfterName(line) : line;
}

/**
 * "Agnieszka Wójcik role: Engineering Manager at Allegro mutuals: 11": a name, then labels run
 * together, the labels as separators; else see withColonAfterName.
 */
function withLabelsAfterName(line: string): string {
  INLINE_LABEL.lastIndex = 0;
  const label = INLINE_LABEL.exec(line);
  if (label === null || label.index === 0) return withColonAfterName(line);
  const name = line.slice(0, label.index);
  return plausibleNameIn(name) === name.trim() ? line.replace(INLINE_LABEL, '; ') : withColonAfterName(line);
}

// An emoji's first half: most typed lines have none, and skip the patterns below.
const EMOJI_SURROGATE = /[\uD83C-\uD83E]/;
// Emoji typed between the parts, two or more ("Lena Fischer 👉 Staff Engineer at N26 👉 8 mutual"),
// or as labels before each ("👤 Lena Fischer 💼 Staff Engineer at N26 🤝 8 mutual"). From the first
// space of a run only, as the dashes are.
const SPACED_EMOJI = /(?<! ) +(?:\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]?)+ +/gu;
const LEADING_EMOJI = /^(?:\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]?)+ +/u;
/** Emoji between parts needed before they are separators: one alone may be a headline's ("Founder 🚀 Loomly"). */
const MIN_SPACED_EMOJI = 2;

/** A typed line with the emoji between its parts as separators, and without one before the first part. */
function withEmojiApart(line: string): string {
  const spaced = line.match(SPACED_EMOJI)?.length ?? 0;
  if (spaced < MIN_SPACED_EMOJI) return line;
  return line.replace(LEADING_EMOJI, '').replace(SPACED_EMOJI, ' — ');
}

// A name and "@ Company" alone: "Eszter Kovács @ Prezi".
const NAME_THEN_AT = /^([^@,;|]{2,100}?) @ (?=\S)/;

/** "Eszter Kovács @ Prezi" as "Eszter Kovács — @ Prezi": the name's part is the name alone. */
function withAtAfterName(line: string): string {
  const named = NAME_THEN_AT.exec(line);
  const name = named?.[1] ?? '';
  if (named === null || !name.includes(' ') || plausibleNameIn(name) !== name.trim()) return line;
  return `${name} — ${line.slice(named[0].length - 2)}`;
}

/** "Chiara Bianchi: Head of Product at …" as "Chiara Bianchi — Head of Product at …"; a label ("Note: …") stays. */
function withColonAfterName(line: string): string {
  const named = NAME_THEN_COLON.exec(line);
  const name = named?.[1] ?? '';
  if (named === null || !name.includes(' ') || LABEL.test(line) || plausibleNameIn(name) === null) return line;
  const rest = line.slice(named[0].length);
  return looksLikeHeadline(rest) && !looksLikeSentence(rest) ? `${name} — ${rest}` : line;
}

// What Slack puts above a message shared from a channel: the poster's name, then "Posted in
// #platform | Today at 9:05 AM" (or "Posted in a direct message"). Both are about the share.
const SLACK_SHARE_HEADER = /^[^\S\n]*posted in (?:#[^\s|]+|a (?:direct|group) message|a private channel)[^\n]*\n/im;
const POSTED_IN = 'Posted in ';
/** How far into the text the header may start, and how long it may run. */
const MAX_SHARE_HEADER_START = 200;

/** The text under Slack's header of a shared message, when it starts with one; else the text. */
function withoutSlackShareHeader(text: string): string {
  // Only the first two lines can hold it: looked for at their starts, not through the text.
  const start = text.length - text.trimStart().length;
  const second = text.indexOf('\n', start) + 1;
  const at = text.startsWith(POSTED_IN, start) ? start : second > 0 && second <= MAX_SHARE_HEADER_START && text.startsWith(POSTED_IN, second) ? second : -1;
  if (at === -1) return text;
  const head = text.slice(0, at + MAX_SHARE_HEADER_START);
  const header = SLACK_SHARE_HEADER.exec(head);
  // The poster's name and the header are the first two lines, or the header the first.
  if (header === null || text.slice(0, header.index).trim().includes('\n')) return text;
  return text.slice(header.index + header[0].length);
}

// What Microsoft Teams puts above a message copied from a chat: the time in brackets before the
// poster's name ("[10:31] Ruud Hendriks", "[27/11 10:31] Ruud Hendriks"); or, above a quoted
// reply, the poster's name with the date and time on the line under it ("Ruud Hendriks" over
// "27/11 10:31"). Both name the colleague who shares it, not the person inviting.
const TEAMS_TIME_THEN_NAME = /^\[[^\]\n]{0,30}\d:\d\d[^\]\n]{0,12}\]\s*([^\n]{2,100})$/;
// Slack's own: "Today at 9:03 AM".
const TEAMS_DATE_TIME = /^(?:(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|today|yesterday)(?:,|\s+at)?\s+)?\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?$/i;
/** A header line is short: a name, a date and a time. */
const MAX_CHAT_HEADER_LINE = 120;

/**
 * The text under a chat's header at its start (see TEAMS_TIME_THEN_NAME), or null when it starts
 * with none. The caller reads what is under it only when that names someone.
 */
function withoutChatHeader(text: string): string | null {
  // By character, with no slice or pattern before a sign of a header: this runs on every text.
  let start = 0;
  while (text.charAt(start) === ' ' || text.charAt(start) === '\n') start += 1;
  // Slack's heading of a message shared from another conversation, above its header.
  if (text.startsWith(SLACK_FORWARDED, start) && text.charAt(start + SLACK_FORWARDED.length) === '\n') start += SLACK_FORWARDED.length + 1;
  const first = text.indexOf('\n', start);
  if (first === -1 || first - start > MAX_CHAT_HEADER_LINE) return null;
  if (text.charAt(start) === '[') {
    const header = TEAMS_TIME_THEN_NAME.exec(text.slice(start, first).trim());
    return header !== null && plausibleNameIn(header[1] ?? '') !== null ? text.slice(first + 1) : null;
  }
  // The quote's header: a name, then the date and time on a line of their own. Most second lines
  // start with a letter other than a day's: looked at no further.
  let at = first + 1;
  while (text.charAt(at) === ' ') at += 1;
  const opening = text.charAt(at);
  if (!(opening >= '0' && opening <= '9') && opening !== 't' && opening !== 'T' && opening !== 'y' && opening !== 'Y') return null;
  const second = text.indexOf('\n', first + 1);
  const stamp = text.slice(first + 1, second === -1 ? text.length : second).trim();
  if (second === -1 || !STARTS_WITH_DIGIT_OR_DAY.test(stamp) || stamp.length > MAX_CHAT_HEADER_LINE || !TEAMS_DATE_TIME.test(stamp)) return null;
  return plausibleNameIn(text.slice(start, first).trim()) !== null ? text.slice(second + 1) : null;
}

const STARTS_WITH_DIGIT_OR_DAY = /^(?:\d|today|yesterday)/i;
const SLACK_FORWARDED = 'Forwarded message';

// What WhatsApp puts before each message copied from a chat: the time and date in brackets and
// the sender's name or number, then a colon ("[09:15, 04/03/2026] Tunde Bakare: …", and on a
// phone "[04/03/2026, 09:15:03] Tunde Bakare: …").
const CHAT_PREFIX = /^\[[^\]\n]{0,30}\d:\d\d[^\]\n]{0,20}\][^\S\n]*([^:\n]{1,60}):[^\S\n]*/;
const CHAT_PREFIXES = new RegExp(CHAT_PREFIX.source, 'gm');
const PHONE_NUMBER = /^\+?[\d\s().-]{6,30}$/;

/** The text without WhatsApp's prefix before each message, when it starts with one; else null. */
function withoutChatPrefixes(text: string): string | null {
  // By character first: this runs on every text, and few start with "[".
  let start = 0;
  while (text.charAt(start) === ' ' || text.charAt(start) === '\n') start += 1;
  if (text.charAt(start) !== '[') return null;
  const trimmed = text.slice(start);
  const sender = CHAT_PREFIX.exec(trimmed)?.[1]?.trim() ?? '';
  if (sender === '' || (plausibleNameIn(sender) === null && !PHONE_NUMBER.test(sender))) return null;
  return trimmed.replace(CHAT_PREFIXES, '');
}

// The roles a screen reader speaks before each item, as its speech viewer copies them: "link
// Kenji Watanabe", "heading level 3 Kenji Watanabe", "button Ignore".
// Chrome's NVDA copy puts a comma after the role: "link, Yuki Tanaka", "button, Ignore".
const SPOKEN_ROLES = /^[^\S\n]*(?:(?:visited\s+)?link|heading(?:\s+level\s+\d)?|button|graphic|image|clickable|list\s+item|group(?=,)),?[^\S\n]+(?=\S)/gim;
// Those roles with their comma, which only a screen reader writes: read before anything else.
const SPOKEN_ROLE_WITH_COMMA = /^[^\S\n]*(?:(?:visited\s+)?link|heading(?:\s+level\s+\d)?|button|graphic|image|clickable|list\s+item|group),[^\S\n]+(?=\S)/gim;
// VoiceOver speaks the role after the item: "Heidi Larsen, link", "Invitations, heading level 2",
// "Accept Heidi Larsen’s invitation, button".
// NVDA's browse mode speaks a button's or a picture's role after it with no comma: "Ignore
// button", "Leandro Vieira's profile picture graphic".
const SPOKEN_ROLES_AFTER = /(?:,[^\S\n]*(?:(?:visited[^\S\n]+)?link|heading(?:[^\S\n]+level[^\S\n]+\d)?|button|graphic|image|clickable)|(?<=\S)[^\S\n]+(?:button|graphic))[^\S\n]*$/gim;
// Its names of the buttons, "Accept Heidi Larsen’s invitation": the button, once the role is gone.
// And "Ignore an invitation to connect from Yuki Tanaka".
const NAMED_BUTTON = /^(accept|ignore|decline)[^\S\n]+(?:\S[^\n]{0,100}?['’]s?[^\S\n]+invitation|an?[^\S\n]+invitation[^\S\n]+to[^\S\n]+connect[^\S\n]+from[^\S\n]+\S[^\n]{0,100})$/gim;
/** Lines with a role needed before the text is read as a screen reader's. */
const MIN_SPOKEN_ROLES = 2;

/** The text without the roles a screen reader spoke, when two lines or more start or end with one; else null. */
/** Whether two lines or more start with a role and its comma ("link, Yuki Tanaka"); most texts have no ", " after such a word. */
function speaksRolesWithCommas(text: string): boolean {
  return (text.includes('link, ') || text.includes('button, ')) && (text.match(SPOKEN_ROLE_WITH_COMMA)?.length ?? 0) >= MIN_SPOKEN_ROLES;
}

function withoutSpokenRoles(text: string): string | null {
  const roles = (text.match(SPOKEN_ROLES)?.length ?? 0) + (text.match(SPOKEN_ROLES_AFTER)?.length ?? 0);
  return roles < MIN_SPOKEN_ROLES ? null : text.replace(SPOKEN_ROLES, '').replace(SPOKEN_ROLES_AFTER, '').replace(NAMED_BUTTON, '$1');
}

// Slack's code block typed raw, its fences on the first and last lines ("```Aiko Tanaka" …
// "…connected.```"): Slack shows it as a block, so the words are the same.
const CODE_FENCE = '```';

/** The text without a code block's fences, when it starts and ends with them. */
function withoutCodeFences(text: string): string {
  const trimmed = text.trim();
  // Both, or a fence in the middle may close one: "Here's a message: ```Hi Tom```".
  if (trimmed.length < CODE_FENCE.length * 2 || !trimmed.startsWith(CODE_FENCE) || !trimmed.endsWith(CODE_FENCE)) return text;
  return trimmed.slice(CODE_FENCE.length, -CODE_FENCE.length);
}

/**
 * A profile URL at the end of a part, after a space and in angle brackets or not ("Staff
 * Engineer at Datadog <https://…/in/antoinegirard>", "3 mutual <https://…>"), becomes a part of
 * its own. Not in a part that reads as a sentence: a note keeps its link.
 */
function profilesApart(parts: string[]): string[] {
  if (!parts.some(mayHoldProfileUrl)) return parts;
  return parts.flatMap((part) => {
    const trimmed = part.trim();
    const aside = profileThenAside(trimmed);
    if (aside !== null) return aside;
    const space = trimmed.lastIndexOf(' ');
    if (space <= 0 || !mayHoldProfileUrl(trimmed.slice(space))) return [part];
    const last = trimmed.slice(space + 1);
    const url = last.startsWith('<') && last.endsWith('>') ? last.slice(1, -1) : last;
    const before = trimmed.slice(0, space);
    if (normaliseProfileUrl(url) === null || OPENING_QUOTE.test(before) || looksLikeSentence(before)) return [part];
    return [before, url];
  });
}

// A count typed after the name with no separator: "Hamid Rahimi 5 mutual", "Camille Roussel
// (Qonto) 5 mutual connections".
/** A profile's link, then the forwarder's question with only a space: "linkedin.com/in/wenjie-lim thoughts?". */
function profileThenAside(part: string): string[] | null {
  if (!part.endsWith('?')) return null;
  const space = part.indexOf(' ');
  if (space <= 0 || !isForwardersAside(part.slice(space + 1))) return null;
  const url = part.slice(0, space);
  return normaliseProfileUrl(url) === null ? null : [url, part.slice(space + 1)];
}

const TRAILING_COUNT = /\s(\d{1,6}\+?\s+(?:mutuals?|shared)(?:\s+connections?)?)$/i;

/** The first part's count at its end, after a space, becomes a part of its own. */
function countApartFromName(parts: string[]): string[] {
  const [first = '', ...rest] = parts;
  const trimmed = first.trim();
  if (trimmed.length > MAX_CLASSIFIED_LINE || !MUTUAL_KEYWORDS.test(trimmed.toLowerCase())) return parts;
  const count = TRAILING_COUNT.exec(trimmed);
  if (count === null || count.index === 0) return parts;
  return [trimmed.slice(0, count.index), count[1] ?? '', ...rest];
}

/**
 * The lines under a typed line start a note: a quote, a note's label ("Note: …") or a greeting,
 * alone or before a comma ("Hi Nadia, great to meet you").
 */
function opensNoteBelow(quoted: string): boolean {
  // A quote's marks ("> Hi Marta, …", as Slack quotes a line) open nothing of themselves.
  const below = quoted.charAt(0) === '>' ? quoted.replace(REPLY_QUOTE_MARKS, '').trimStart() : quoted;
  if (OPENING_QUOTE.test(below) || NOTE_LABEL.test(below)) return true;
  const newline = below.search(ANY_LINE_BREAK);
  const first = newline === -1 ? below : below.slice(0, newline);
  const comma = first.indexOf(',');
  return opensNote(first) || (comma > 0 && opensNote(first.slice(0, comma)));
}

/**
 * The one line under a typed summary that names nobody as pasted, when it reads as a note with no
 * greeting or quote: a sentence that asks nothing ("Love your work.", "Great panel on Tuesday!"),
 * or a few words too short for a sentence with one in lower case after the first ("Send deck",
 * "Lets chat"), which no name or place has. A question under it is the sender's ("should I
 * accept?"), and a place ("Munich, Germany") no note.
 */
function isPlainNoteLine(below: string): boolean {
  if (below.search(ANY_LINE_BREAK) !== -1 || below.endsWith('?')) return false;
  return looksLikeSentence(below) || (below.length <= MAX_SHORT_NOTE && !below.includes(',') && LATER_WORD_IN_LOWER_CASE.test(below));
}

// A short note's words: the first as typed, a later one in lower case ("Send deck").
const LATER_WORD_IN_LOWER_CASE = /\s\p{Ll}/u;
const MAX_SHORT_NOTE = 40;

/** The first line under a typed line is a summary of its own: parts, and a count among them, no greeting. */
function isAnotherSummary(below: string): boolean {
  const newline = below.search(ANY_LINE_BREAK);
  const first = (newline === -1 ? below : below.slice(0, newline)).slice(0, MAX_CLASSIFIED_LINE);
  if (!TYPED_SEPARATOR.test(first) || !MUTUAL_KEYWORDS.test(first.toLowerCase()) || opensNoteBelow(first)) return false;
  const parts = typedParts(first);
  return parts.length >= 2 && plausibleNameIn(parts[0] ?? '') !== null && parts.some((part) => mutualsOnLine(part.trim())?.alone === true);
}

/** The name a "Name: …" part gives; null for any other part. */
function labelledName(part: string): string | null {
  const line = classifyLine(part);
  return line.kind === 'label' ? (hintOf(line)?.name ?? null) : null;
}

/**
 * Slack's bold, italic or strike-through typed raw around a part ("*Sofia Marin*", "_Principal
 * Designer at Canva_"): the part without it. Slack shows it as markup, so the words are the same.
 */
function withoutSlackMarkup(part: string): string {
  const text = part.trim();
  const mark = text.charAt(0);
  const marked = (mark === '*' || mark === '_' || mark === '~') && text.length > 2 && text.endsWith(mark);
  return marked ? text.slice(1, -1).trim() : part;
}

/**
 * A count or a profile URL typed before the name ("14 mutual — Priya Raman, …",
 * "https://…/in/jkowalski, Jakub Kowalski, …") goes after it, so the name part comes first.
 */
function nameFirst(parts: string[]): string[] {
  let lead = 0;
  while (lead < 2 && lead < parts.length - 1 && isCountOrProfile(parts[lead] ?? '')) lead += 1;
  if (lead === 0) return parts;
  return [parts[lead] ?? '', ...parts.slice(0, lead), ...parts.slice(lead + 1)];
}

const STARTS_WITH_DIGIT = /^\d/;

/** A part that is only a count of mutual connections or only a profile URL. */
function isCountOrProfile(part: string): boolean {
  const text = part.trim();
  // "14 mutual", not "Priya Raman (14 mutual)".
  if (STARTS_WITH_DIGIT.test(text)) return mutualsOnLine(text)?.alone === true;
  return !text.includes(' ') && looksLikeUrl(text) && normaliseProfileUrl(text) !== null;
}

/**
 * Only a name was read, or a headline that runs on into the count: a typed line such as "Invite
 * from Daniel Kim (Engineering Manager at Datadog), 1 mutual. Note: …" or "Grace Liu, Growth Lead
 * at Notion, 12 mutual. Note: …" may say more part by part.
 */
function maySayMoreInParts(found: InvitationFields): boolean {
  if (found.mutualConnections !== null || found.profileUrl !== null || found.note !== null) return false;
  return found.headline === null || parseMutualConnections(found.headline) !== null;
}

/**
 * "Priya Raman https://www.linkedin.com/in/priya-raman": the first part's profile URL, after
 * only a space, becomes a part of its own. So too before the name ("https://…/in/priya-raman
 * Priya Raman"), and the name then comes first.
 */
function nameApartFromProfile(parts: string[]): string[] {
  const [first = '', ...rest] = parts;
  const trimmed = first.trim();
  const space = trimmed.lastIndexOf(' ');
  // A name is short: a long first part is read as it is.
  if (space <= 0 || space > MAX_CLASSIFIED_LINE) return parts;
  if (normaliseProfileUrl(trimmed.slice(space + 1)) !== null) return [trimmed.slice(0, space), trimmed.slice(space + 1), ...rest];
  // A profile URL has no space in it: the part up to the first space is the URL or nothing.
  const firstSpace = trimmed.indexOf(' ');
  const url = trimmed.slice(0, firstSpace);
  if (looksLikeUrl(url) && normaliseProfileUrl(url) !== null) return [trimmed.slice(firstSpace + 1), url, ...rest];
  // Or between the name and the count ("Priya Banerjee https://…/in/priyabanerjee 14 mutual").
  if (!looksLikeUrl(trimmed)) return parts;
  const words = trimmed.split(' ');
  const at = words.findIndex((word) => looksLikeUrl(word) && normaliseProfileUrl(word) !== null);
  if (at <= 0) return parts;
  return [words.slice(0, at).join(' '), words[at] ?? '', words.slice(at + 1).join(' '), ...rest].filter((part) => part !== '');
}

const TYPED_SEPARATORS = new RegExp(TYPED_SEPARATOR.source, 'gi');
// Read from the first space of a run only, as the dashes are.
const SPACED_SLASHES = /(?<!\s)\s+\/\s+/g;
// A name, a colon and an opening quote at the start of a typed line.
const NAME_THEN_QUOTE = /^([^:,"“”]{2,100}):\s*(?=["“„«])/;
// After a greeting, a name at most ("Hi Alex"), or words in lower case ("Thanks for the chat"):
// "Hello Fresh Account Manager" is a headline. "Best" takes no name: "Best Buy" is a company.
const AFTER_GREETING = /^(?:\S+)?$|^\p{Ll}/u;
const AFTER_BEST = /^$|^\p{Ll}/u;

function opensNote(part: string): boolean {
  const greeting = GREETING.exec(part) ?? NAME_LIKE_GREETING.exec(part);
  if (greeting === null) return false;
  const after = part.slice(greeting[0].length).trim();
  return greeting[0].toLowerCase() === 'best' ? AFTER_BEST.test(after) : AFTER_GREETING.test(after);
}

/**
 * A typed line's parts. The note is the last and is kept whole, commas and all: it starts at a
 * greeting or a quote, or at the first part after the count or the profile that reads as a
 * sentence to the end ("… | 12 mutual | Would love to connect, we met at KubeCon").
 */
function typedParts(text: string): string[] {
  // 'Marta Kowalska: "Hi Rosa, …"': the name, then the whole note ('Note: "…"' is a label).
  const named = NAME_THEN_QUOTE.exec(text);
  if (named !== null && plausibleNameIn(named[1] ?? '') !== null && !LABEL.test(text)) return [named[1] ?? '', text.slice(named[0].length)];
  const parts: { text: string; start: number }[] = [];
  let start = 0;
  // Spaced slashes separate only on a line with no other separator ("Yusuf Demir / Platform
  // Eng Lead @ Trendyol / 7 mutual"): with commas, "Founder / CEO" is one part.
  const separators = TYPED_SEPARATOR.test(text) || !text.includes(' / ') ? TYPED_SEPARATORS : SPACED_SLASHES;
  // A separator inside a bracket after the name is the bracket's: "Jonas Weber (Staff Engineer, Zalando) – 5 mutual".
  const bracket = text.includes('(') ? bracketAfterName(text) : null;
  for (const separator of text.matchAll(separators)) {
    if (bracket !== null && separator.index > bracket.open && separator.index < bracket.close) continue;
    parts.push({ text: text.slice(start, separator.index), start });
    start = separator.index + separator[0].length;
  }
  parts.push({ text: text.slice(start), start });
  credentialIntoName(text, parts);
  let afterCountOrProfile = false;
  for (let i = 1; i < parts.length; i += 1) {
    const part = parts[i];
    if (part === undefined) break;
    if (parseMutualConnections(part.text) !== null || findProfileUrl(part.text) !== null) {
      afterCountOrProfile = true;
      continue;
    }
    const rest = text.slice(part.start).trim();
    // "…, 0 mutual, said: we have a remote role…": the note, without its "said:".
    const said = SAID.exec(rest);
    if (said !== null) return [...parts.slice(0, i).map((each) => each.text), rest.slice(said[0].length)];
    // A note's label ("Her note: …") starts the note too, and it is kept whole.
    const opens = OPENING_QUOTE.test(rest) || opensNote(part.text.trim()) || NOTE_LABEL.test(rest);
    if (opens || (afterCountOrProfile && looksLikeSentence(rest))) return [...parts.slice(0, i).map((each) => each.text), rest];
  }
  return parts.map((each) => each.text);
}

/**
 * The first bracket of a typed line, when a name (or an invite phrase's) comes before it and a
 * headline is in it: where it opens and closes. Null otherwise.
 */
function bracketAfterName(text: string): { open: number; close: number } | null {
  const open = text.indexOf('(');
  const close = text.indexOf(')', open);
  if (open <= 0 || close === -1 || close - open > MAX_CLASSIFIED_LINE || text.lastIndexOf('(', close) !== open) return null;
  const before = text.slice(0, open).trim();
  if ((nameFromLine(before) ?? invitePhraseName(before) ?? '') === '') return null;
  const inside = text.slice(open + 1, close);
  return looksLikeHeadline(inside) && !looksLikeSentence(inside) ? { open, close } : null;
}

// "said:", "she wrote:", "Note said:": what a typed line quotes of the note (and "schreibt:", "écrit :",
// "escribe:", "escreve:", "schrijft:").
// Or before the quote itself: "…, says 'hey Rosa, …'".
const SAID = /^(?:(?:she|he|they|(?:the|her|his|their)\s+note|note|msg|message)\s+)?(?:said|says|wrote|writes|schreibt|schrieb|écrit|escribe|escribió|escreve|escreveu|schrijft|schreef)(?:\s*:\s*|\s+(?=["“'‘]))/i;
// "Note:", "Her note:", "Personal message:" and the like (see LABEL).
const NOTE_LABEL = /^(?:(?:(?:her|his|their|personal)\s+)?(?:note|message|msg)|invitation message)\s*:/i;

/**
 * "Priya Raman, CFA — Portfolio Manager at Fidelity": a credential after the name's comma
 * ("CFA", "PhD", "LEED AP", not a title such as "CTO") is part of the name, when a headline comes
 * after it; so are pronouns ("Jordan Blake, PMP, he/him, Delivery Manager at …"), which the name
 * then drops. Joins the first parts in place, two at most.
 */
function credentialIntoName(text: string, parts: { text: string; start: number }[]): void {
  const first = parts[0];
  if (first === undefined) return;
  let name = first.text;
  let next = 1;
  for (; next <= 2; next += 1) {
    const part = parts[next];
    const suffix = part?.text.trim() ?? '';
    const previous = parts[next - 1];
    const afterComma = part !== undefined && previous !== undefined && text.charAt(previous.start + previous.text.length) === ',' && suffix.length <= 20;
    if (!afterComma || !(isNameCredential(suffix) || PRONOUNS_PART.test(suffix))) break;
    name = `${name}, ${suffix}`;
  }
  const headline = parts[next];
  if (next === 1 || headline === undefined || !looksLikeHeadline(headline.text) || plausibleNameIn(first.text) === null) return;
  parts.splice(0, next, { text: name, start: first.start });
}

/** A credential after a name ("CFA", "PhD", "LEED AP"), not a title such as "CTO". */
function isNameCredential(suffix: string): boolean {
  return isCredential(suffix) && !TITLE_WORDS.has(suffix.toLowerCase());
}

// Pronouns as a part of their own: "he/him", "(she/her)", "they/them/theirs".
const PRONOUNS_PART = /^\(?(?:she|he|they|ze|xe)\s*\/\s*\p{L}+(?:\s*\/\s*\p{L}+)?\)?$/iu;

/**
 * A forwarded or quoted e-mail: what the forwarder wrote above it ("FYI - should I accept this
 * one?") is not the invitation's note. So the part after the forwarding line, or the quoted
 * lines alone, are read first, and the whole text only when they name nobody.
 */
function readPasted(text: string): ParseResult {
  const forwarded = FORWARDING_HINT.test(text) ? forwardedPart(text) : null;
  if (forwarded !== null) {
    const result = readPastedLines(forwarded);
    if (result.ok || isNoticeRefusal(result)) return result;
  }
  return readPastedLines(text);
}

// Mail clients' forwarding lines; and the header block an Outlook forward starts with instead
// ("From: …" then "Sent: …", "Von: …" then "Gesendet: …"), under a line of underscores or not.
// Spaces before ">" or ":", and the dashes and spaces before a forwarding line, stay on their
// line: `^\s*>` would run over every blank line after each line start, quadratic in a text of
// blank lines.
const FORWARDING_HINT =
  /forward|original|wrote:|weitergeleitet|ursprüngliche|transféré|réexpédié|d'origine|reenviado|encaminhada|doorgestuurd|oorspronkelijk|^[^\S\n]*>|^(?:sent|gesendet|envoyé|enviado|verzonden|inviato|skickat|date|datum|fecha|data)[^\S\n]*:/im;
const FORWARDING_LINE =
  /^(?:-|[^\S\n])*(?:(?:forwarded|original) message|begin forwarded message:?|weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d'origine|mensaje (?:reenviado|original)|mensagem (?:encaminhada|original)|doorgestuurd bericht|oorspronkelijk bericht)[-\s]*$|^on .{1,250}\bwrote:\s*$|^(?:début du message réexpédié|anfang der weitergeleiteten nachricht|begin doorgestuurd bericht|inicio del mensaje reenviado|início da mensagem (?:re)?encaminhada)\s*:?\s*$/im;
// Apple Mail puts its forwarding line above the headers; Outlook starts with them. Its header
// block is kept, since "From: Priya Raman via LinkedIn" and the subject name the person. Outlook
// in Italian ("Da:" then "Inviato:") and Swedish ("Från:" then "Skickat:") too: above such a
// block, a comment signed with a first name ("Giulia") is no invitation.
const FORWARDED_HEADERS =
  /^(?:from|von|de|van|da|från)[^\S\n]*:[^\n]*\n[^\S\n]*(?:sent|gesendet|envoyé|enviado|verzonden|inviato|skickat|date|datum|fecha|data)[^\S\n]*:/im;
const QUOTED_LINE_ANYWHERE = /^[^\S\n]*>/m;
/** Quoted lines needed before they are read as the forwarded invitation, apart from the rest. */
const MIN_QUOTED_LINES = 3;

/**
 * What comes after the first forwarding line, from the first forwarded header block, or the
 * quoted lines of a reply; null if none.
 */
function forwardedPart(text: string): string | null {
  const line = FORWARDING_LINE.exec(text);
  // Only a header block above the forwarding line comes first (none above one at the start).
  const above = line === null ? text : text.slice(0, line.index);
  const headers = above === '' ? null : FORWARDED_HEADERS.exec(above);
  if (headers !== null) return headers.index > 0 ? text.slice(headers.index) : null;
  // A copy that starts with the forwarding line has nothing of the forwarder's above it.
  if (line !== null) return line.index > 0 ? quoteAlone(text.slice(line.index + line[0].length)) : null;
  if (!QUOTED_LINE_ANYWHERE.test(text)) return null;
  const lines = text.split('\n');
  const quoted = lines.filter((each) => REPLY_QUOTE_MARKS.test(each));
  return quoted.length >= MIN_QUOTED_LINES && quoted.length < lines.length ? quoted.join('\n') : null;
}

/**
 * What a reply quotes under its "On … wrote:" line: when that starts with quoted ("> ") lines, it
 * ends with the last of them. Lines under the quote are the replier's ("Also she's hiring,
 * FYI."), not the invitation's note. Any other part is kept whole.
 */
function quoteAlone(part: string): string {
  const start = part.search(NOT_BLANK);
  if (start === -1 || !REPLY_QUOTE_MARKS.test(part.slice(start, start + MAX_CLASSIFIED_LINE))) return part;
  const lines = part.split('\n');
  let last = lines.length - 1;
  while (last > 0 && !REPLY_QUOTE_MARKS.test(lines[last] ?? '')) last -= 1;
  return lines.slice(0, last + 1).join('\n');
}

const NOT_BLANK = /\S/;

function readPastedLines(text: string): ParseResult {
  // A single line is a typed summary; its commas are read part by part (readPastedOrParts).
  const commaApart = text.includes('\n');
  const rawLines = withoutPhotoInitials(linesWithCountsApart(text, commaApart));
  const allLines = settleLooseCounts(rawLines.map(classifyLine));
  // Outlook's Safe Links hide the e-mail's links (and the profile) until unwrapped.
  const linked = text.includes('safelinks.') ? withoutSafeLinks(text) : text;
  const chosen = chooseName(allLines, linked.includes(EMAIL_LINK), linked);
  const below = chosen === null ? null : cardBelowPanel(allLines, chosen);
  const named = below?.name ?? chosen;
  // A note signed with the name and a title above the card ("Best regards," / "Grace Mwangi" /
  // "Head of Procurement, Jacaranda Health"): the card's own lines are under the name's repeat.
  const signature = named !== null && !named.headline && named.line > 0 ? signedRepeat(below?.lines ?? allLines, named) : -1;
  const name = signature === -1 || named === null ? named : { ...named, line: signature };
  // A notification about someone ("Rui Almeida endorsed you for …"), or a suggestion, is no invitation.
  if (name !== null && name.hinted !== true && (isAboutSomeoneElse(rawLines, below?.lines ?? allLines, name) || endsLikeAPost(rawLines, allLines, name.line))) {
    return failure(NOT_AN_INVITATION_REASON, NOTHING_FOUND);
  }
  if (name !== null && name.hinted !== true && isInMail(rawLines, allLines)) return failure(INMAIL_REASON, NOTHING_FOUND);
  const lines = firstInvitationLines(below?.lines ?? allLines, name);
  const headlineFirst = name?.headline ? -1 : findHeadlineLine(lines, name);
  // Gmail's copy of the e-mail with a note: the name, the note, then the name again over the headline.
  const repeated = headlineFirst === -1 && name !== null && !name.headline ? repeatedNameLine(lines, name) : -1;
  const headlineLine = repeated === -1 || name === null ? headlineFirst : findHeadlineLine(lines, { ...name, line: repeated });
  const wrapped = headlineLine === -1 ? -1 : wrappedHeadlineLine(lines, headlineLine);
  const read = chooseHeadline(lines, name, headlineLine, wrapped);
  // Sales Navigator's lead page puts the company under the title, before the place: "Cloudflare · San Francisco Bay Area".
  // Elsewhere only before a place of parts between commas: "Tata Consumer Products · Mumbai, Maharashtra, India".
  const leadsCompany = read.company === null && headlineLine !== -1 ? companyOverPlace(lines, Math.max(headlineLine, wrapped), text.startsWith(SALES_NAVIGATOR)) : null;
  const { headline } = read;
  const company = leadsCompany?.company ?? read.company;
  const used = new Set([name?.line ?? -1, headlineLine, wrapped, headlineLine === -1 ? -1 : repeated, leadsCompany?.line ?? -1, named?.line ?? -1]);
  const found: Omit<InvitationFields, 'name'> = {
    headline,
    company,
    mutualConnections: firstMutual(lines),
    profileUrl: inviterProfileUrl(linked),
    // The note signed above the card is read from the signature, as it was signed.
    note: finishNote(chooseNote(lines, used, Math.max(named?.line ?? 0, 0), name !== null)),
  };
  if (name) return success(name.name, found, 'pasted');
  if (text.trim() === '') return failure(EMPTY_REASON, found);
  // Nobody is named, and a notification's line says what the text is (an event, a group, a job
  // alert), or a label says it is a message ("Sponsored" over a company's name).
  if (isOnlyANotice(rawLines, allLines)) return failure(NOT_AN_INVITATION_REASON, NOTHING_FOUND);
  return isInMail(rawLines, allLines) ? failure(INMAIL_REASON, NOTHING_FOUND) : failure(NO_NAME_REASON, found);
}

/**
 * The name's line is the signature under a sign-off ("Best regards,"; see signsOff), and the name
 * comes again under it (the card's): the repeat's line; -1 otherwise.
 */
function signedRepeat(lines: readonly Line[], name: ChosenName): number {
  return signsOff(lines[previousNonBlank(lines, name.line - 1)]) ? repeatedNameLine(lines, name) : -1;
}

const SALES_NAVIGATOR = 'Sales Navigator\n';
// A company of a few words, then a place, with a middle dot between.
const COMPANY_OVER_PLACE = /^(\p{Lu}[^·•|,]{0,60}?) · (\p{Lu}[^·•|]{1,80})$/u;
const MAX_LEAD_COMPANY_WORDS = 4;

/**
 * The company of the line under the headline when it reads "Company · Place" (outside Sales
 * Navigator, a place with commas), and that line; null otherwise.
 */
function companyOverPlace(lines: readonly Line[], headlineLine: number, salesNavigator: boolean): { company: string; line: number } | null {
  const index = headlineLine + 1;
  const line = lines[index];
  if (line?.kind !== 'text' || (!salesNavigator && !line.text.includes(' · '))) return null;
  const parts = line.text.length <= MAX_CLASSIFIED_LINE ? COMPANY_OVER_PLACE.exec(line.text) : null;
  const company = parts?.[1]?.trim() ?? '';
  if (parts === null || company.split(' ').length > MAX_LEAD_COMPANY_WORDS || looksLikeSentence(company) || hasTitleWord(company)) return null;
  if (!salesNavigator && !isPlace(parts[2] ?? '')) return null;
  return { company: truncate(company, FIELD_LIMITS.company), line: index };
}

/** How far under the name its repeat is looked for: past a note of a few lines. */
const MAX_NAME_REPEAT_LINES = 12;

/** The name's line again a few lines under it, as the e-mail repeats it over the headline; -1 if none. */
function repeatedNameLine(lines: readonly Line[], name: ChosenName): number {
  const last = Math.min(lines.length, name.line + MAX_NAME_REPEAT_LINES + 1);
  for (let index = name.line + 1; index < last; index += 1) {
    const line = lines[index];
    if (line?.kind === 'button') return -1;
    if (line?.kind === 'text' && line.text.length <= FIELD_LIMITS.name && sameName(line.text, name.name)) return index;
  }
  return -1;
}

/**
 * A notification's line among the first lines (see isNoticeLine), and no other card after the
 * buttons that end its own ("Ignore", "Subscribe", then a person whose name was not read): the
 * text is that notification alone.
 */
function isOnlyANotice(rawLines: readonly string[], lines: readonly Line[]): boolean {
  const notice = rawLines.slice(0, MAX_NOTICE_LINES * 2).findIndex(isNoticeLine);
  if (notice === -1) return false;
  // Under a card's own lines ("tamsin greaves" over her headline), the line is the card's note
  // ("Priya Raman shared your post with our team, so …"), not a notification.
  for (let index = 0; index < notice; index += 1) if (!isQuiet(lines[index] ?? BLANK)) return false;
  let index = notice + 1;
  while (index < lines.length && lines[index]?.kind !== 'button' && !isCardsButtons(rawLines[index] ?? '')) index += 1;
  while (index < lines.length && (isQuiet(lines[index] ?? BLANK) || isCardsButtons(rawLines[index] ?? ''))) index += 1;
  return index >= lines.length;
}

/** The text's lines, each with its count apart (see countApart): flatMap's work, in a plain loop, which costs less. */
function linesWithCountsApart(text: string, commaApart: boolean): string[] {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const apart = countApart(line, commaApart);
    if (apart.length === 1) lines.push(apart[0] ?? line);
    else lines.push(...apart);
  }
  return lines;
}

// The photo's stand-in when there is no photo, as a screenshot's text shows it: the person's
// initials on a line of their own above the name ("KS" over "Kjetil Svendsen").
const INITIALS_LINE = /^\p{Lu}{2,3}$/u;
const MAX_INITIALS = 3;

/** The lines with such initials blanked, when the next line's name has them; most texts have no line so short. */
function withoutPhotoInitials(lines: string[]): string[] {
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.length > MAX_INITIALS || line.length < 2) continue;
    const initials = line.trim();
    if (!INITIALS_LINE.test(initials)) continue;
    let next = index + 1;
    while (next < lines.length && (lines[next] ?? '').trim() === '') next += 1;
    const words = (lines[next] ?? '').trim().split(/\s+/);
    const first = words[0]?.charAt(0) ?? '';
    const last = words[words.length - 1]?.charAt(0) ?? '';
    if (words.length >= 2 && (initials === `${first}${last}` || initials === words.map((word) => word.charAt(0)).join(''))) lines[index] = '';
  }
  return lines;
}

const NOTHING_FOUND: Omit<InvitationFields, 'name'> = { headline: null, company: null, mutualConnections: null, profileUrl: null, note: null };

/** A refusal because the text is another kind of notification: final, no other reading is tried. */
function isNoticeRefusal(read: ParseResult): boolean {
  return !read.ok && (read.reason === NOT_AN_INVITATION_REASON || read.reason === INMAIL_REASON);
}

// LinkedIn's label on a paid message, alone on its line: "InMail", "Sponsored" (in the other
// languages too: "Gesponsert", "Sponsorisé" …), or both ("Sponsored · InMail").
const INMAIL_LABEL =
  /^(?:inmail|(?:sponsored|gesponsert|sponsorisé|patrocinado|gesponsord|sponsorizzato)(?:\s+(?:inmail|message))?|(?:inmail|sponsored)\s*[·•|]\s*(?:inmail|sponsored))$/i;
const MAX_INMAIL_LABEL = 24;
// A conversation copied from Messaging: what a screen reader is told of each message ("Sakari Kivi
// sent the following message at 10:02 AM") and the box under it ("Write a message…").
const MESSAGE_LINE = /\ssent the following messages? at\s|^write a message\b/i;
// The e-mail that tells of a message, Recruiter's InMail among them: "Sofia Rossi sent you a
// message", "Marta Kowalczyk sent you a new message" (the person first, alone on the line).
const SENT_YOU_A_MESSAGE = /^(\S.{0,100}?)\s+sent\s+you\s+an?\s+(?:new\s+)?(?:message|inmail)$/i;

/** "Sofia Rossi sent you a message" alone on its line; most lines lack the words and skip the pattern. */
function saysSentYouAMessage(raw: string): boolean {
  if (raw.length > MAX_CLASSIFIED_LINE || !raw.includes(' sent you a')) return false;
  const sent = SENT_YOU_A_MESSAGE.exec(raw.trim());
  return sent !== null && plausibleNameIn(sent[1] ?? '') !== null;
}
// The messaging list's preview of an invitation with a note: "Invitation: Hi Ilse, …" (read).
const INVITATION_PREVIEW = /^invitation\s*:/i;
const STARTS_IN_LOWER_CASE = /^\s*\p{Ll}/u;

/**
 * The next line that is not blank starts in lower case: the line is a word of a sentence broken
 * over lines ("I sent you an" / "InMail" / "last week …"), as a note may be, not a label or a heading.
 */
function goesOnInLowerCase(rawLines: readonly string[], index: number): boolean {
  let next = index + 1;
  while (next < rawLines.length && (rawLines[next] ?? '').trim() === '') next += 1;
  return STARTS_IN_LOWER_CASE.test(rawLines[next] ?? '');
}

/**
 * An InMail, a sponsored message or a chat: the label alone on a line ("InMail", "Sponsored") or
 * Messaging's lines, and no Accept or Ignore button, no line that names anyone as inviting nor an
 * invitation's preview. A message, not an invitation to connect.
 */
function isInMail(rawLines: readonly string[], lines: readonly Line[]): boolean {
  // By characters first: most lines are longer than a label and say nothing of a message.
  // A label with a mutual count under it is a card's company line ("Sponsored" over "14 mutual
  // connections"): a message shows no count.
  const labelled = rawLines.some(
    (raw, index) => raw.length <= MAX_INMAIL_LABEL && INMAIL_LABEL.test(raw.trim()) && !goesOnInLowerCase(rawLines, index) && lines[nextNonBlank(lines, index + 1)]?.kind !== 'mutual',
  );
  const message =
    labelled ||
    rawLines.some(
      (raw, index) =>
        (raw.length <= MAX_CLASSIFIED_LINE && raw.includes('rite a message') && MESSAGE_LINE.test(raw.trim()) && !goesOnInLowerCase(rawLines, index)) ||
        (raw.length <= MAX_CLASSIFIED_LINE && raw.includes(' the following message') && MESSAGE_LINE.test(raw.trim())) ||
        saysSentYouAMessage(raw),
    ) ||
    opensMessaging(rawLines);
  if (!message || rawLines.some((raw) => INVITATION_PREVIEW.test(raw.trim()))) return false;
  // A Messaging thread under the invitation's heading, "Invitation" alone on its line: an
  // invitation with its note, unless a label says the message is paid for (whose subject
  // may be "Invitation" too).
  if (!labelled && rawLines.some((raw) => raw.length <= MAX_INMAIL_LABEL && INVITATION_HEADING.test(raw.trim()))) return false;
  return !lines.some((line) => line.kind === 'button') && !lines.some(namesAnInviter);
}

const INVITATION_HEADING = /^invitation$/i;
const MESSAGING_HEADING = 'messaging';
// Messaging's time under a message you were sent: "Sent 10:14 AM", "Sent Mon", "Sent Nov 3".
const SENT_AT =
  /^sent\s+(?:\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}|today|yesterday|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2})$/i;
const MAX_SENT_AT = 24;

/**
 * The page's heading "Messaging" is the first line and a message's "Sent 10:14 AM" is under it: a
 * conversation copied from Messaging.
 */
function opensMessaging(rawLines: readonly string[]): boolean {
  const first = rawLines.find((raw) => raw.trim() !== '');
  if (first === undefined || first.length >= 2 * MESSAGING_HEADING.length || first.trim().toLowerCase() !== MESSAGING_HEADING) return false;
  return rawLines.some((raw) => raw.length <= MAX_SENT_AT && SENT_AT.test(raw.trim()));
}

// LinkedIn's notifications about someone that are no invitation to connect, as their first line
// says: an endorsement, an invitation of yours accepted, a new position or a work anniversary to
// congratulate, an invitation to a group, an event, a newsletter or a page (see NOT_TO_CONNECT); a
// job alert; a birthday to celebrate; a message request, whose Accept is a message's; a mention
// in a comment or a post; a request for a recommendation; "You appeared in 23 searches this week";
// and a calendar's invitation to a meeting ("Invitation: Weekly sync @ Tue 3 Mar 2026
// 10:00 …", "Join with Google Meet", "Organizer"). Tried on the lines above the name only.
const NOTICE_ABOUT_SOMEONE =
  /^(\S.{0,100}?)\s+(?:endorsed\s+you\b|accepted\s+your\s+(?:invitation|connection\s+request)\b|(?:commented\s+on|replied\s+to|reacted\s+to|liked|reposted|shared)\s+your\s+(?:post|comment|article|update)\b|viewed\s+your\s+profile\b|mentioned\s+you\s+in\s+(?:a\s+|their\s+)?(?:comment|post)\b|requested\s+a\s+recommendation\b|asked\s+you\s+(?:for|to\s+write)\s+a\s+recommendation\b|hat\s+(?:ihre|deine)\s+kenntnisse?\s.{1,100}?\sbestätigt$|posted\s*:|posted\s+(?:(?:a|an|this)\s+)?(?:new\s+)?(?:post|article|photo|video|document|poll|job)\b|vous\s+a\s+mentionnée?\s+dans\b|a\s+commenté\s+votre\b|hat\s+(?:sie|dich)\s+in\s+einem\s+(?:kommentar|beitrag)\s+erwähnt\b|te\s+(?:ha\s+)?mencion(?:ó|ado)\s+en\b|mencionou\s+você\b)/i;
const NOTICE_LINE =
  /^(?:(?:congratulate|celebrate|say\s+congrats\s+to|wish)\s.{0,150}?\b(?:new\s+(?:position|role|job)|work\s+anniversary|(?:\d+|one|two|three|four|five|ten)[-\s]years?\s+(?:at|work)\b|promotion|birthday)|message\s+requests?$|you\s+appeared\s+in\s+\d[\d,.]*\s+searche?s?\b|your\s+job\s+alerts?\b|\d+\s+new\s+jobs?\s+(?:match|for|in)\b|easy\s+apply$|(?:updated\s+)?invitation:\s.{1,150}?\s@\s.{0,80}?\d{1,2}(?::\d\d|\s*[ap]\.?m\b)|join\s+(?:with\s+google\s+meet|zoom\s+meeting)\b|microsoft\s+teams\s+meeting$|organi[sz]er$|(?:[^\s,]{1,30},\s*)?your\s+profile\s+(?:was|has\s+been)\s+viewed\b|\d[\d,.]*\s+people\s+viewed\s+your\s+profile\b|gratulieren\s+sie\s.{1,100}?\s(?:zum\s+(?:geburtstag|neuen\s+job|(?:arbeits)?jubiläum)|zur\s+neuen\s+(?:position|stelle))\b|souhaitez\s+(?:un\s+)?(?:joyeux|bon)\s+anniversaire\s+à\s|felicita\s+a\s.{1,100}?\spor\s+su\s+(?:cumpleaños|nuevo\s+(?:puesto|empleo|cargo))\b|(?:ihre|deine)\s+profilbesucher\b|\d+\s+neue\s+(?:profil)?besucher\b)/i;
/** Lines above the name looked at for a notification: a few, as its card is short. */
const MAX_NOTICE_LINES = 12;

/**
 * The person was read from a notification that is no invitation (see NOTICE_LINE), or from a
 * "People you may know" panel with no Accept or Ignore button under it: the notification or the
 * panel's header stands above the name with no button between (after one, another card may be an
 * invitation), and no line names anyone in an invite phrase or a label.
 */
function isAboutSomeoneElse(rawLines: readonly string[], lines: readonly Line[], name: ChosenName): boolean {
  const first = Math.max(0, name.line - MAX_NOTICE_LINES);
  let notice = -1;
  for (let index = name.line; index >= first && notice === -1; index -= 1) {
    const line = lines[index];
    if (line === undefined || line.kind === 'blank') continue;
    if (index < name.line && (line.kind === 'button' || isCardsButtons(rawLines[index] ?? ''))) return false;
    if (isNoticeLine(rawLines[index] ?? '')) notice = index;
    // A suggestion's card ends in "Connect": one that ends in Accept or Ignore is an invitation's.
    else if (line.kind === 'panel') notice = lines.some((each, after) => after > name.line && each.kind === 'button') ? -2 : index;
  }
  // So does the card of someone else than the one a notification above names ("Ravi Kumar
  // commented on your post" over Ana Costa's card and its Accept): pasted under it, not its own.
  if (notice >= 0 && notice < name.line && lines.some((each, after) => after > name.line && each.kind === 'button')) {
    const about = noticeAbout(rawLines[notice] ?? '');
    if (about !== null && !sameName(about, name.name)) return false;
  }
  return notice >= 0 && !lines.some(namesAnInviter);
}

/** The person a notification's line names first ("Ravi Kumar commented on your post"), or null. */
function noticeAbout(raw: string): string | null {
  const about = raw.length > MAX_CLASSIFIED_LINE ? null : NOTICE_ABOUT_SOMEONE.exec(raw.trim());
  return about === null ? null : noticesPerson(about[1] ?? '');
}

// The e-mail greets the recipient before the notification: "Dana, Oskar Lindgren endorsed you …".
const RECIPIENT_FIRST = /^[^\s,]{1,30},\s+(?=\S)/;

/** The person a notification names, after the recipient's name when the e-mail puts it first; null when none is plausible. */
function noticesPerson(text: string): string | null {
  return plausibleNameIn(text) ?? (text.includes(',') ? plausibleNameIn(text.replace(RECIPIENT_FIRST, '')) : null);
}

// What ends a post or a comment ("Like", "Comment", "Repost", "Send"; "Like · Reply · 4
// reactions"), and an invitation you sent ("Withdraw"); then the same in German, French,
// Spanish, Portuguese, Italian and Dutch ("Gefällt mir", "J’aime", "Recomendar", "Gostei",
// "Consiglia", "Vind ik leuk" …), each its English action.
const POST_ACTIONS: ReadonlyMap<string, string> = new Map([
  ...['like', 'comment', 'repost', 'send', 'reply', 'share', 'withdraw'].map((action): [string, string] => [action, action]),
  ...Object.entries({
    like: ['gefällt mir', "j'aime", 'j’aime', 'recomendar', 'me gusta', 'gostei', 'gosto', 'consiglia', 'mi piace', 'vind ik leuk'],
    comment: ['kommentieren', 'commenter', 'comentar', 'commenta', 'reageren'],
    repost: ['reposten', 'republier', 'republicar', 'diffondi il post', 'diffondi'],
    send: ['senden', 'envoyer', 'enviar', 'invia', 'verzenden', 'versturen'],
    reply: ['antworten', 'répondre', 'responder', 'rispondi', 'beantwoorden', 'antwoorden'],
    share: ['teilen', 'partager', 'compartir', 'compartilhar', 'partilhar', 'condividi', 'delen'],
    withdraw: ['zurückziehen', 'retirer', 'retirar', 'ritira', 'intrekken'],
  }).flatMap(([action, words]) => words.map((word): [string, string] => [word, action])),
]);
const REACTION_COUNT =
  /^\d[\d,.]*\s+(?:reactions?|comments?|reposts?|likes?|reaktionen|kommentare?|réactions?|commentaires?|reacciones|comentarios?|reações|comentários?|reazioni|reazione|commenti|commento|reacties|reactie|opmerkingen)$/;
const ACTION_SEPARATOR = /\s*[·•|]\s*/;
// The heading of a post's reactions, in each language read: "Reactions", "Reaktionen",
// "Réactions", "Reacciones", "Reações", "Reazioni", "Reacties", with its count or not.
const REACTIONS_HEADER = /^(?:reactions|reaktionen|réactions|reacciones|reações|reazioni|reacties)(?:\s*\(\d[\d,.]*\))?$/i;
const MAX_REACTIONS_HEADER = 24;
const MIN_POST_ACTIONS = 2;
const MAX_ACTIONS_LINE = 60;
// A line of actions only, as a pattern anchored at its start: most lines fail at their first
// characters, before any splitting.
const ACTION_WORD = `(?:${[...POST_ACTIONS.keys()].join('|')}|${REACTION_COUNT.source.slice(1, -1)})`;
const ACTION_LINE = new RegExp(`^${ACTION_WORD}(?:\\s*[·•|]\\s*${ACTION_WORD})*$`, 'i');

/**
 * A post, a comment or an invitation you sent, copied with its actions: two of a post's actions
 * alone on their lines, or "Withdraw", and no Accept or Ignore button nor a line that names anyone
 * as inviting. No invitation to you.
 */
function endsLikeAPost(rawLines: readonly string[], lines: readonly Line[], nameLine: number): boolean {
  // An invitation's buttons first: most pastes have them, and then nothing else is looked at.
  if (lines.some((line) => line.kind === 'button')) return false;
  let actions: Set<string> | null = null;
  for (const [index, raw] of rawLines.entries()) {
    // The list of a post's reactions: "Reactions" over "All 12" and the people who reacted.
    if (raw.length <= MAX_REACTIONS_HEADER && REACTIONS_HEADER.test(raw.trim())) {
      if (goesOnInLowerCase(rawLines, index)) continue;
      return !lines.some(namesAnInviter);
    }
    if (raw.length > MAX_ACTIONS_LINE || !ACTION_LINE.test(raw.trim())) continue;
    const parts = raw.trim().toLowerCase().split(ACTION_SEPARATOR);
    if (!parts.every((part) => POST_ACTIONS.has(part) || REACTION_COUNT.test(part))) continue;
    // A card's count of mutual connections a few lines under the name and above the actions: the
    // top of an invitation or of the person's profile, copied without its buttons, whose note or
    // Activity holds the words.
    if (actions === null && nameLine >= 0 && nameLine < index && hasCardsCount(lines, nameLine, index)) return false;
    actions ??= new Set<string>();
    for (const part of parts) {
      const action = POST_ACTIONS.get(part);
      if (action !== undefined) actions.add(action);
    }
  }
  if (actions === null || (!actions.has('withdraw') && actions.size < MIN_POST_ACTIONS)) return false;
  return !lines.some(namesAnInviter);
}

// How far under the name a card's count stands: the name twice, the headline, a location and the
// profile's "500+ connections" may come between.
const MAX_CARD_COUNT_LINES = 5;

/** A count of mutual connections a few lines under the name, before the line `before`. */
function hasCardsCount(lines: readonly Line[], nameLine: number, before: number): boolean {
  const last = Math.min(before, nameLine + MAX_CARD_COUNT_LINES + 1);
  for (let index = nameLine + 1; index < last; index += 1) if (lines[index]?.kind === 'mutual') return true;
  return false;
}

/** A line that names someone as inviting: an invite phrase, a label or a `From:` header, not a picture's text. */
function namesAnInviter(line: Line): boolean {
  const hint = hintOf(line);
  return hint !== null && hint.picture !== true;
}

// The buttons that end another kind of card on the page: "Ignore Subscribe", "Follow", "Attend".
const OTHER_CARD_BUTTONS: ReadonlySet<string> = new Set(['accept', 'ignore', 'decline', 'subscribe', 'attend', 'follow', 'join', 'connect', 'dismiss']);
const MAX_CARD_BUTTONS = 3;
const CARD_BUTTON_INITIALS = 'aidsfjc';

/** A line of a card's buttons only, those of an invitation or of another card. */
function isCardsButtons(raw: string): boolean {
  const text = raw.trim();
  // Each button word starts with one of these letters, in either case (`| 0x20` makes no other
  // character one): most lines start otherwise, and need no words.
  if (!CARD_BUTTON_INITIALS.includes(String.fromCharCode(text.charCodeAt(0) | 0x20))) return false;
  const words = text.toLowerCase().split(/\s+/);
  return words.length <= MAX_CARD_BUTTONS && words.every((word) => OTHER_CARD_BUTTONS.has(word));
}

/** A notification's first line (see NOTICE_LINE); most lines are long or start otherwise, and skip the patterns. */
function isNoticeLine(raw: string): boolean {
  if (raw.length > MAX_CLASSIFIED_LINE) return false;
  const text = raw.trim();
  if (text.includes(' you')) {
    if (text.includes(' invited you to ') && NOT_TO_CONNECT.test(text)) return true;
    // The name first ("Rui Almeida endorsed you"): a sentence about it ("fyi Rui endorsed you, and …") is the forwarder's.
    const about = text.includes(' endorsed you') || text.includes(' accepted your ') || text.includes(' your p') || text.includes(' your comment') || text.includes(' your article') || text.includes(' your update') || text.includes(' mentioned you ') || text.includes(' a recommendation') ? NOTICE_ABOUT_SOMEONE.exec(text) : null;
    if (about !== null && noticesPerson(about[1] ?? '') !== null) return true;
  }
  // "Jamal Wright posted: …", and the mentions and comments in French, German, Spanish and Portuguese.
  if (text.includes(' posted') || text.includes(' mention') || text.includes(' commenté ') || text.includes(' erwähnt') || text.includes(' mencion')) {
    const about = NOTICE_ABOUT_SOMEONE.exec(text);
    if (about !== null && noticesPerson(about[1] ?? '') !== null) return true;
  }
  // A request for a recommendation ("Noah Friedman requested a recommendation").
  if (text.includes(' requested a recommendation')) {
    const about = NOTICE_ABOUT_SOMEONE.exec(text);
    if (about !== null && plausibleNameIn(about[1] ?? '') !== null) return true;
  }
  // The German endorsement: "Jan Becker hat Ihre Kenntnisse in Kubernetes bestätigt".
  if (text.includes(' hat ') && text.endsWith('bestätigt')) {
    const about = NOTICE_ABOUT_SOMEONE.exec(text);
    if (about !== null && plausibleNameIn(about[1] ?? '') !== null) return true;
  }
  return NOTICE_LINE.test(text);
}

// Outlook's Safe Links wrap each link of a corporate mailbox's mail:
// "https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.linkedin.com%2Fcomm%2Fin%2F…&data=…".
// The host cannot backtrack past a ":" or "/", so each "https://" is read once.
const SAFE_LINK = /https?:\/\/[\w.-]*safelinks\.protection\.outlook\.com\/?\?[^\s<>]*/gi;

/** The text with each Safe Links URL replaced by the link it wraps (its `url=` parameter, decoded). */
function withoutSafeLinks(text: string): string {
  return text.replace(SAFE_LINK, (link) => {
    const query = link.slice(link.indexOf('?') + 1);
    const wrapped = query.split('&').find((parameter) => parameter.startsWith('url='));
    if (wrapped === undefined) return link;
    try {
      return decodeURIComponent(wrapped.slice(4));
    } catch {
      return link;
    }
  });
}

/**
 * The first profile URL; but when there are several, the first on a line of its own or of
 * boilerplate ("View profile: …", the share line) rather than in a sentence of the note, which
 * may point at someone else ("Julia (linkedin.com/in/julia-a) suggested I reach out").
 */
function inviterProfileUrl(text: string): string | null {
  const first = findProfileUrl(text);
  const path = text.indexOf('/in/');
  // Where a XING address may be, the lines are looked through without counting the URLs first:
  // with only one, they give that one.
  if (first === null || (text.indexOf('/in/', path + 1) === -1 && !mayNameXing(text)) || !text.includes('\n')) return first;
  for (const line of text.split('\n')) {
    if (!mayHoldProfileUrl(line)) continue;
    const url = findProfileUrl(line);
    const kind = url === null ? null : classifyLine(line).kind;
    if (url !== null && kind !== 'link' && kind !== 'text' && kind !== 'quote' && kind !== 'label') return url;
  }
  return first;
}

// Fields are copied by name, not spread: V8 (Node 20) builds `{ ...a, b }` on a slow path that
// costs more than classifying a line. Same below in bestHint and chooseHeadline.
function success(name: string, found: Omit<InvitationFields, 'name'>, form: 'pasted' | 'one-line'): ParseResult {
  const { headline, company, mutualConnections, profileUrl, note } = found;
  return { ok: true, invitation: { name, headline, company, mutualConnections, profileUrl, note }, form };
}

function failure(reason: string, found: Omit<InvitationFields, 'name'>): ParseResult {
  const partial: PartialInvitationFields = {};
  if (found.headline !== null) partial.headline = found.headline;
  if (found.company !== null) partial.company = found.company;
  if (found.mutualConnections !== null) partial.mutualConnections = found.mutualConnections;
  if (found.note !== null) partial.note = found.note;
  if (found.profileUrl !== null) partial.profileUrl = found.profileUrl;
  return { ok: false, reason, found: partial };
}

// --- Classifying lines ------------------------------------------------------------------------

const BLANK: Line = { kind: 'blank' };
const SKIP: Line = { kind: 'skip', nameHint: null };
const OPENING_QUOTE = /^["“”„«‹'‘’‚]/;
// With the headers of a forward in German, French, Spanish, Portuguese and Dutch mail clients
// ("Von:", "Objet :", "Asunto:", "Assunto:", "Onderwerp:" …), and Outlook's in Italian ("Da:",
// "Inviato:", "A:", "Oggetto:") and Swedish ("Från:", "Skickat:", "Till:", "Ämne:").
const EMAIL_HEADER =
  /^(from|to|cc|bcc|subject|date|sent|reply-to|von|an|betreff|datum|gesendet|de|à|objet|envoyé|para|asunto|fecha|enviado|assunto|van|aan|onderwerp|verzonden|da|a|inviato|oggetto|från|till|skickat|ämne)\s*:\s*(.*)$/i;
// Typed by whoever forwards it too: "Her note:", "Their message:", "Note from Priya:".
// The same labels in German, French, Spanish, Portuguese and Dutch: "Nome:", "Cargo:", "Nachricht:".
const LABEL =
  /^(full name|name|person|headline|current|title|role|position|company|organi[sz]ation|employer|personal note|note|personal message|invitation message|message|msg|(?:her|his|their) (?:note|message)|(?:note|message) from [^\s:][^:]{0,40}|nome|nombre|nom|naam|cargo|puesto|poste|funktion|functie|função|empresa|unternehmen|entreprise|bedrijf|nachricht|mensagem|mensaje|bericht)\s*:\s*(.*)$/i;
const WEB_ADDRESS = /https?:\/\/|www\./i;
// `>` marks quoted lines in plain-text email replies.
const REPLY_QUOTE_MARKS = /^(?:\s*>)+/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Starts with an ASCII letter or digit, as most lines do: then LETTER_OR_DIGIT needs no search. */
function startsAsciiLetterOrDigit(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first >= 0x30 && first <= 0x39) || ((first | 0x20) >= 0x61 && (first | 0x20) <= 0x7a);
}

const BRACKETED_COUNT = /^(.*[^\s(])\s*\(([^()]+)\)$/;
const LAST_SEGMENT = /^(.*\S)\s+[·•|]\s+([^·•|]+)$/;
// Typed with a comma on a line of its own: "Head of Data at Northwind, 14 mutual connections".
// One comma only: a line of several is a typed summary.
const LAST_COMMA_PART = /^([^,]*[^\s,]),\s+([^,]+)$/;
// "500+ connections", "1,204 followers": LinkedIn's figures, not the person's headline.
/** "eng manager @ Wise, 7 mutual, no msg": that there is no note says nothing of the count. */
function withoutNoNote(line: string): string {
  return line.includes(', no ') || line.includes(', without ') ? line.replace(NO_NOTE_AFTER, '') : line;
}

// A typed line's last part saying there is no note: ", no msg", ", without a note".
const NO_NOTE_AFTER = /,\s+(?:no|without\s+an?)\s+(?:note|msg|message)\s*[.!]?\s*$/i;
const NETWORK_FIGURES = /\d\+?\s+(?:connections?|followers?|abonnenten|kontakte|relations|abonnés|contactos|seguidores|conexões|connecties|volgers)\b/i;

/**
 * A count that shares a line with the name or the headline ("Priya Raman (14 mutual)", "Staff
 * Engineer at Stripe · 14 mutual connections") goes on a line of its own, so both are read.
 * A sentence that ends with a count in brackets stays whole: it is the note.
 */
function countApart(line: string, commaApart: boolean): string[] {
  if (!line.includes('(') && !line.includes('·') && !line.includes('•') && !line.includes('|') && !(commaApart && line.includes(','))) return [line];
  if (!MUTUAL_KEYWORDS.test(line.toLowerCase())) return [line];
  const raw = commaApart ? withoutNoNote(line) : line;
  const text = collapseWhitespace(raw.replace(REPLY_QUOTE_MARKS, ''));
  const bracketed = BRACKETED_COUNT.exec(text);
  const segment = bracketed === null ? (LAST_SEGMENT.exec(text) ?? (commaApart ? LAST_COMMA_PART.exec(text) : null)) : null;
  const before = (bracketed ?? segment)?.[1] ?? '';
  const count = (bracketed ?? segment)?.[2] ?? '';
  if (bracketed !== null && before !== '') {
    const headlineAndCount = headlineBesideCount(before, count);
    if (headlineAndCount !== null) return headlineAndCount;
  }
  if (before === '' || mutualsOnLine(count.trim())?.alone !== true) return [raw];
  if (looksLikeSentence(before) || NETWORK_FIGURES.test(before)) return [raw];
  // Beside a count in brackets, a name or a headline; before a segment, only a headline.
  if (segment !== null && !looksLikeHeadline(before)) return [raw];
  return [before, count.trim()];
}

/**
 * "Lars Eriksson (Founder at Northvolt Labs, 3 mutual)": a headline and a count in one bracket.
 * The name keeps the headline in its bracket, and the count goes on a line of its own. Null for
 * any other bracket.
 */
function headlineBesideCount(before: string, bracket: string): string[] | null {
  const parts = LAST_COMMA_PART.exec(bracket.trim());
  const headline = parts?.[1] ?? '';
  const count = parts?.[2] ?? '';
  if (headline === '' || mutualsOnLine(count)?.alone !== true || !looksLikeHeadline(headline) || looksLikeSentence(headline)) return null;
  return [`${before} (${headline})`, count];
}

function classifyLine(raw: string): Line {
  if (raw === '') return BLANK;
  // Each pattern below only where the character it needs is: most lines have no ">" or ":".
  const collapsed = collapseWhitespace(raw.includes('>') ? raw.replace(REPLY_QUOTE_MARKS, '') : raw);
  const mark = collapsed.charAt(0);
  const text = mark === '*' || mark === '_' || mark === '~' ? withoutEmphasis(collapsed) : collapsed;
  if (text === '') return BLANK;
  if (!startsAsciiLetterOrDigit(text) && !LETTER_OR_DIGIT.test(text)) return SKIP;
  if (OPENING_QUOTE.test(text)) return { kind: 'quote', text };
  // An emoji as the note's label ('💬 "Hello Rosa, …"'): the quote without it.
  const emoji = text.charCodeAt(0) >= FIRST_SYMBOL ? EMOJI_BEFORE_QUOTE.exec(text) : null;
  if (emoji !== null) return { kind: 'quote', text: text.slice(emoji[0].length) };
  // The app's speech bubble before a note with no quotation marks ("💬 Hola Sam! …"): the note without it.
  const bubble = text.charCodeAt(0) >= FIRST_SYMBOL ? SPEECH_BUBBLE.exec(text) : null;
  if (bubble !== null) return classifyLine(text.slice(bubble[0].length));
  if (text.length > MAX_CLASSIFIED_LINE) return { kind: 'text', text };
  const colon = text.includes(':');
  const header = colon ? EMAIL_HEADER.exec(text) : null;
  if (header) return { kind: 'skip', nameHint: headerNameHint(header[1] ?? '', header[2] ?? '') };
  const label = colon ? LABEL.exec(startsWithBullet(text) ? text.replace(LEADING_BULLET, '') : text) : null;
  if (label && isLabelOfItsValue(label[1] ?? '', label[2] ?? '')) return { kind: 'label', label: labelName(label[1] ?? ''), value: label[2] ?? '' };
  // A picture's stand-in in a copied e-mail: Gmail's "[image: Kwame Mensah]", Outlook's "[Kwame
  // Mensah]" or "[https://static.licdn.com/…]". Only the logo's matters.
  if (text.charCodeAt(0) === OPENING_BRACKET && PICTURE_PLACEHOLDER.test(text)) return LOGO_LINES.has(text.toLowerCase()) ? LOGO : SKIP;
  return classifyContent(text);
}

/**
 * A whole line in bold, italics or strike-through as plain text shows it: Thunderbird's
 * "*Anouk Visser*", Slack's "_Senior UX Researcher at Yoox_" (the line starts with "*", "_" or
 * "~"). The words without the marks.
 */
// A Slack or Markdown bold name that starts a sentence: "*Ethan Park* wants to connect", "**Ethan Park** …";
// not a bold label ("*Your focus:* none yet").
const LEADING_EMPHASIS = /^(\*\*|__|[*_~])([^*_~:\s][^*_~:\n]{0,98}[^*_~:\s])\1(?= \p{Ll})/u;

function withoutEmphasis(text: string): string {
  const mark = text.charAt(0);
  if (text.length >= 3 && !text.endsWith(mark)) {
    // Of two words or more, as below.
    const lead = LEADING_EMPHASIS.exec(text);
    return lead !== null && (lead[2] ?? '').includes(' ') ? `${lead[2] ?? ''}${text.slice(lead[0].length)}` : text;
  }
  if (text.length < 3) return text;
  // Markdown's bold doubles the mark: "**Sebastian Krüger**".
  const doubled = text.length > 4 && text.charAt(1) === mark && text.charAt(text.length - 2) === mark;
  const inner = doubled ? text.slice(2, -2) : text.slice(1, -1);
  // Of two words or more: a lone "*Reason*" or "*Note*" is a heading (the app's own card), no name.
  return inner.trim() === inner && inner.includes(' ') && !inner.includes(mark) ? inner : text;
}

const PICTURE_PLACEHOLDER = /^\[[^[\]]*\]$/;
const OPENING_BRACKET = 0x5b;
// Emoji and symbols start at U+2190 (arrows) or in the surrogates: most lines skip the pattern.
const FIRST_SYMBOL = 0x2190;
const EMOJI_BEFORE_QUOTE = /^(?:[\p{Extended_Pictographic}\p{So}]\uFE0F?\s*){1,4}(?=["“”„«‹'‘’‚])/u;
// A list's bullet before a label, as a summary typed in Slack has them: "• Name: Hannah Schmidt".
const LEADING_BULLET = /^[•◦▪‣*-]\s+/;
const SPEECH_BUBBLE = /^(?:💬|🗨\uFE0F?)\s+(?=\S)/u;

/** The line starts with a bullet character; cheaper than the pattern on every line. */
function startsWithBullet(text: string): boolean {
  const first = text.charAt(0);
  return first === '•' || first === '◦' || first === '▪' || first === '‣' || first === '*' || first === '-';
}

function classifyContent(text: string): Line {
  // Whether the line reads as a sentence is asked only where it decides (most lines never need it).
  const lower = text.toLowerCase();
  // Each of these needs a "/" but "www.": most lines have neither, and skip the pattern.
  const mayLink = lower.includes('/') || lower.includes('www.');
  if (mayLink && (WEB_ADDRESS.test(text) || lower.includes('linkedin.com/') || lower.includes('xing.com/') || lower.includes('xing.de/'))) {
    // "View profile: https://…" is boilerplate; a sentence with a link belongs to the note.
    if (findProfileUrl(text) && (!looksLikeSentence(text) || isSharedProfile(text))) return profileLine(text);
    return linkedButtonOrCount(text) ?? { kind: 'link', text };
  }
  const counted = mutualsOnLowerCaseLine(text, lower);
  if (counted !== null) return counted.alone ? { kind: 'mutual', count: counted.count } : { kind: 'mutual', count: counted.count, loose: text };
  const invited = invitePhrase(text);
  if (invited !== null && (invited.name !== '' || !looksLikeSentence(text))) return invitationLine(text, invited);
  // The messaging list's preview of an invitation's note: "Invitation: Hi Ilse, …", the note as
  // a label gives it, wherever it stands (the card may follow it, its name again and a headline).
  const preview = invited === null ? null : NOTE_PREVIEW_LABEL.exec(text);
  if (preview !== null) return { kind: 'label', label: 'note', value: text.slice(preview[0].length) };
  if (isLowerCaseBoilerplate(lower)) return boilerplateLine(text, lower);
  return { kind: 'text', text };
}

/**
 * A line with an invite phrase: names the person, unless it is a newsletter's or an event's
 * invitation among the people's ("Anders Holm invited you to subscribe to The Platform Weekly").
 */
function invitationLine(text: string, invited: NameHint): Line {
  if (invited.name === '') return SKIP;
  return NOT_TO_CONNECT.test(text) ? SKIP : { kind: 'skip', nameHint: invited };
}

const NOTE_PREVIEW_LABEL = /^invitation\s*:\s*/i;
// "invited you to join" a group, but not LinkedIn or their network, as LinkedIn's own invitations said.
const NOT_TO_CONNECT =
  /\binvited\s+you\s+to\s+(?:subscribe|follow|attend|an?\s+event|their\s+(?:event|page|newsletter)|join\s+(?!(?:linkedin|(?:my|her|his|their)\s+(?:professional\s+)?network)\b))\b/i;

const LOGO: Line = { kind: 'logo' };
const PANEL: Line = { kind: 'panel' };
const PANEL_HEADER =
  /^(?:(?:people you may know|people also viewed|more suggestions for you)\b|personen, die sie (?:vielleicht kennen|kennen könnten)|leute, die sie vielleicht kennen|personnes que vous pourriez connaître|personas que (?:quizás?|tal vez) conozcas|pessoas que você talvez conheça|pessoas que talvez você conheça|mensen die (?:u|je) misschien kent)/;
const BUTTON: Line = { kind: 'button' };
const SELF: Line = { kind: 'self' };
const LOGO_LINES = new Set([
  // XING's name over its own pages and e-mails.
  'xing',
  'linkedin', '[image: linkedin]', '[image:linkedin]', '[linkedin]',
  // Gmail's stand-in for the logo in German, Spanish, Portuguese and Dutch.
  '[bild: linkedin]', '[bild:linkedin]', '[imagen: linkedin]', '[imagen:linkedin]', '[imagem: linkedin]',
  '[imagem:linkedin]', '[afbeelding: linkedin]', '[afbeelding:linkedin]',
]);
const BUTTON_LINES = new Set([
  'accept', 'ignore', 'decline', 'accept invitation', 'ignore invitation', 'decline invitation',
  // OCR's "l" for the capital "I" of a screenshot's button.
  'lgnore',
  'annehmen', 'ignorieren', 'ablehnen', 'einladung annehmen', 'einladung ignorieren',
  'accepter', 'ignorer', 'refuser', "accepter l'invitation", 'accepter l’invitation',
  'aceptar', 'ignorar', 'rechazar', 'aceptar invitación',
  'aceitar', 'recusar', 'aceitar convite',
  'accepteren', 'negeren', 'weigeren', 'uitnodiging accepteren',
  // Italian, Polish, Turkish, Swedish, Czech, Indonesian, Vietnamese, Japanese, Korean, Chinese,
  // Arabic and Hebrew (Danish writes "Accepter" and "Ignorer", as French does).
  // XING's button to accept a request.
  'bestätigen',
  'accetta', 'ignora', 'zaakceptuj', 'zignoruj', 'akceptuj', 'ignoruj', 'kabul et', 'yoksay', 'acceptera',
  'ignorera', 'přijmout', 'ignorovat', 'terima', 'abaikan', 'chấp nhận', 'bỏ qua', '承認', '無視', '수락', '무시',
  '接受', '忽略', 'قبول', 'تجاهل', 'אישור', 'התעלם',
  // Norwegian, Finnish, Greek, Romanian, Hungarian, Ukrainian and Thai (Malay writes "Terima" and
  // "Abaikan", as Indonesian does; Norwegian "Ignorer", as Danish does).
  'godta', 'hyväksy', 'ohita', 'αποδοχή', 'παράβλεψη', 'acceptați', 'ignorați', 'acceptă', 'ignoră', 'elfogadás',
  'figyelmen kívül hagyás', 'прийняти', 'ігнорувати', 'ยอมรับ', 'เพิกเฉย',
]);
const INTENDED_FOR = /^this e-?mail was (?:intended|sent|meant) (?:for|to) ([^(<]{1,100})/i;
// The footer naming the recipient in the other languages: "Diese E-Mail ist für Sam Lee (…)
// bestimmt", "Cet e-mail est destiné à Sam Lee (…)", "Este email se ha enviado a Sam Lee (…)",
// "Este e-mail foi enviado para Sam Lee (…)", "Deze e-mail is bedoeld voor Sam Lee (…)".
const FOREIGN_INTENDED_FOR =
  /^(?:diese e-?mail (?:ist|war|wurde) (?:für|an)|cet(?:te)? (?:adresse )?e-?mail (?:est|était|a été) (?:destinée?|envoyée?) à|este (?:e-?mail|correo electrónico|correo) (?:se envió|se ha enviado|fue enviado|está dirigido|iba dirigido|era) (?:a|para)|este e-?mail (?:foi enviado|era destinado|é destinado|se destina) (?:para|a)|deze e-?mail (?:is|was) (?:bedoeld voor|verzonden naar|verstuurd naar|gestuurd naar))\s+([^(<]{1,100})/i;
const FOREIGN_FOOTER_START = /^(?:diese|cet|este|deze) /;

/** Boilerplate that matters to the reading: the logo, the buttons, and the footer naming the recipient. */
function boilerplateLine(text: string, lower: string): Line {
  if (LOGO_LINES.has(lower)) return LOGO;
  if (BUTTON_LINES.has(lower) || isButtonPair(lower) || isSpokenButton(lower)) return BUTTON;
  if (PANEL_HEADER.test(lower)) return PANEL;
  if (lower === 'me') return SELF;
  const intended = lower.startsWith('this ')
    ? INTENDED_FOR.exec(text)
    : FOREIGN_FOOTER_START.test(lower)
      ? FOREIGN_INTENDED_FOR.exec(text)
      : null;
  return intended?.[1] ? { kind: 'recipient', text: intended[1] } : SKIP;
}

// A speech viewer's "button Ignore": its role before the button, when nothing else was read as one.
const SPOKEN_BUTTON = 'button ';

function isSpokenButton(lower: string): boolean {
  return lower.startsWith(SPOKEN_BUTTON) && BUTTON_LINES.has(lower.slice(SPOKEN_BUTTON.length));
}

/** Two buttons copied onto one line ("Ignore Accept"): a person's card ends there as at each button alone. */
function isButtonPair(lower: string): boolean {
  const space = lower.indexOf(' ');
  if (space === -1 || lower.length > MAX_BUTTON_PAIR || lower.includes(' ', space + 1)) return false;
  return BUTTON_LINES.has(lower.slice(0, space)) && BUTTON_LINES.has(lower.slice(space + 1));
}

/** "Ignorieren Annehmen" and the like are shorter than this. */
const MAX_BUTTON_PAIR = 25;

/** Boilerplate of any sort: read past it, and never into a note. */
function isChrome(line: Line): boolean {
  return line.kind === 'skip' || line.kind === 'logo' || line.kind === 'button' || line.kind === 'recipient' || line.kind === 'panel' || line.kind === 'self';
}

/** Blank, or boilerplate that names nobody. */
function isQuiet(line: Line): boolean {
  return line.kind === 'blank' || (isChrome(line) && (line.kind !== 'skip' || line.nameHint === null));
}

/** The first line at or after `from` that is not quiet; `lines.length` if none. */
function nextLoudLine(lines: readonly Line[], from: number): number {
  let index = from;
  while (index < lines.length && isQuiet(lines[index] ?? BLANK)) index += 1;
  return index;
}

// A link at the end of a line, as an e-mail's buttons and count come copied from Outlook or the
// plain-text part: "Accept<https://…>", "Accept https://…" ("Accepthttps://…" once Slack has
// unwrapped it), "14 mutual connections: https://…".
const TRAILING_LINK = /:?\s*<?https?:\/\/\S+?>?$/i;

/** The button, count or other boilerplate a line holds before its link; null for any other line with a link. */
function linkedButtonOrCount(text: string): Line | null {
  const link = TRAILING_LINK.exec(text);
  if (!link || link.index === 0) return null;
  const rest = text.slice(0, link.index).trim();
  if (rest === '' || WEB_ADDRESS.test(rest)) return null;
  const line = classifyContent(rest);
  return line.kind === 'mutual' || isChrome(line) ? line : null;
}

/** A line with a profile URL is boilerplate, but the mobile app's share line names the person. */
function profileLine(text: string): Line {
  const shared = isSharedProfile(text) ? invitePhrase(text) : null;
  return shared !== null && shared.name !== '' ? { kind: 'skip', nameHint: shared } : SKIP;
}

/** "Person:" labels a name only before one ("• Person: Yuki Tanaka"); the other labels whatever follows. */
function isLabelOfItsValue(label: string, value: string): boolean {
  return label.length !== PERSON_LABEL.length || label.toLowerCase() !== PERSON_LABEL || plausibleNameIn(value) !== null;
}

const PERSON_LABEL = 'person';
const FOREIGN_NAME_LABELS: ReadonlySet<string> = new Set(['nome', 'nombre', 'nom', 'naam']);

function labelName(label: string): LabelName {
  const lower = label.toLowerCase();
  // First, as "Note from Priya:" may end with anything.
  if (/note|message|msg|nachricht|mensa[gj]e|bericht/.test(lower)) return 'note';
  if (lower.endsWith('name') || lower === 'person' || FOREIGN_NAME_LABELS.has(lower)) return 'name';
  if (/^(?:company|organi[sz]ation|employer|empresa|unternehmen|entreprise|bedrijf)$/.test(lower)) return 'company';
  return 'headline';
}

const MENTIONS_VIA_LINKEDIN = /\bvia linkedin\b/i;
const ADDRESS_OR_QUOTES = /<[^<>]*>|["“”]/g;

const SUBJECT_HEADERS = new Set(['subject', 'betreff', 'objet', 'asunto', 'assunto', 'onderwerp', 'oggetto', 'ämne']);
const FROM_HEADERS = new Set(['from', 'von', 'de', 'van', 'da', 'från']);

/** Only `Subject:` (an invite phrase) and `From: X via LinkedIn` name the person. */
function headerNameHint(header: string, value: string): NameHint | null {
  const lower = header.toLowerCase();
  if (SUBJECT_HEADERS.has(lower)) return hint(invitePhraseName(value), RANK_INVITE);
  if (!FROM_HEADERS.has(lower) || !MENTIONS_VIA_LINKEDIN.test(value)) return null;
  return hint(plausibleNameIn(value.replace(ADDRESS_OR_QUOTES, ' ')), RANK_EMAIL_FROM);
}

function hint(name: string | null, rank: number): NameHint | null {
  return name ? { name, rank } : null;
}

// --- Choosing the name ------------------------------------------------------------------------

/**
 * An explicit name (a `Name:` label, an invite phrase, `From: X via LinkedIn`) wins over the first
 * line that merely looks like a name; a "Name – Headline" line is the last resort.
 */
function chooseName(lines: readonly Line[], email: boolean, text: string): ChosenName | null {
  const hinted = bestHint(lines);
  // The pictures of the mutual connections under a card ("Ana Lima’s profile photo" under Gabriel
  // Santos's headline) name them, not the inviter: a name line above with a headline under it wins.
  const carded = hinted?.picture === true ? nameWithHeadlineAbove(lines, hinted.line) : null;
  if (carded !== null) return carded;
  if (hinted) {
    const best = fullerNameUnder(lines, hinted) ?? fullerNameAbove(lines, hinted) ?? hinted;
    const nameLine = lines.findIndex((line) => line.kind === 'text' && sameName(line.text, best.name));
    const onItsLine = lines[nameLine];
    const aside = best.aside ?? (onItsLine?.kind === 'text' ? bracketedHeadline(onItsLine.text) : null);
    return { name: best.name, line: nameLine === -1 ? best.line : nameLine, headline: best.headline ?? null, aside, hinted: best.picture !== true };
  }
  const recipient = recipientName(lines);
  const name = firstNameLine(lines, recipient, email) ?? nameBesideHeadline(lines);
  // An inviter who has the recipient's name is still read.
  return name ?? (recipient === null ? null : firstNameLine(lines, null, email)) ?? lowerCaseNameLine(lines, text);
}

/**
 * The first line above `before` that reads as a name, with a headline on the next line that says
 * anything (also above `before`); null if none.
 */
function nameWithHeadlineAbove(lines: readonly Line[], before: number): ChosenName | null {
  for (let index = 0; index < before; index += 1) {
    const line = lines[index];
    if (line?.kind !== 'text') continue;
    const name = nameFromLine(line.text);
    if (name === null) continue;
    const under = nextLoudLine(lines, index + 1);
    const headline = lines[under];
    if (under >= before || headline?.kind !== 'text' || !looksLikeHeadline(headline.text) || !couldBeHeadline(headline.text)) return null;
    return { name, line: index, headline: null, aside: bracketedHeadline(line.text) };
  }
  return null;
}

/**
 * "Tobias is waiting for your response" over "Tobias Lindgren": a phrase that gives a first name
 * alone, with the full name on the next line that says anything, stands for that name. The
 * reminder's subject says the phrase too, above its body: the same phrase again is passed over.
 * Null otherwise.
 */
function fullerNameUnder(lines: readonly Line[], best: NameHint & { line: number }): (NameHint & { line: number }) | null {
  if (best.rank !== RANK_INVITE || best.name.includes(' ')) return null;
  let index = nextLoudLine(lines, best.line + 1);
  let again = lines[index];
  while (again?.kind === 'skip' && again.nameHint?.name === best.name) {
    index = nextLoudLine(lines, index + 1);
    again = lines[index];
  }
  const line = lines[index];
  const name = line?.kind === 'text' ? nameFromLine(line.text) : null;
  return name !== null && name.startsWith(`${best.name} `) ? { name, rank: best.rank, line: index } : null;
}

/** Lines a card's name stands above its invite phrase: the name, the headline, a place or a time. */
const MAX_LINES_ABOVE_PHRASE = 4;

/**
 * The web page's "Femke is inviting you to connect" under "Femke Jansen" and her headline: a
 * phrase that gives a first name alone stands for the full name a few lines above it. Null otherwise.
 */
function fullerNameAbove(lines: readonly Line[], best: NameHint & { line: number }): (NameHint & { line: number }) | null {
  if (best.rank !== RANK_INVITE || best.name.includes(' ')) return null;
  for (let index = best.line - 1; index >= 0 && index >= best.line - MAX_LINES_ABOVE_PHRASE; index -= 1) {
    const line = lines[index];
    const name = line?.kind === 'text' ? nameFromLine(line.text) : null;
    if (name !== null && name.startsWith(`${best.name} `)) return { name, rank: best.rank, line: index };
  }
  return null;
}

/**
 * A headline in brackets at the end of a name's line ("Daniel Kim (Engineering Manager at
 * Datadog)"): the bracket's words when they read as a headline, not pronouns or a nickname. Null
 * if none.
 */
function bracketedHeadline(text: string): string | null {
  const close = text.length - 1;
  const open = text.charAt(close) === ')' ? text.lastIndexOf('(') : -1;
  if (open === -1) return null;
  const inside = collapseWhitespace(text.slice(open + 1, close));
  return inside !== '' && looksLikeHeadline(inside) && !looksLikeSentence(inside) ? inside : null;
}

// A name typed in lower case: two to four words of lower-case letters ("maya ito").
const LOWER_CASE_NAME = /^\p{Ll}[\p{Ll}'’-]*(?: \p{Ll}[\p{Ll}'’-]*){1,3}$/u;

/** The text when it is a name written all in lower case: as a name once capitalised. Null otherwise. */
function lowerCaseName(text: string): string | null {
  const name = collapseWhitespace(text);
  if (name.length > FIELD_LIMITS.name || !LOWER_CASE_NAME.test(name)) return null;
  const capitalised = name.split(' ').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
  return isPlausibleName(capitalised) ? name : null;
}

/**
 * A name written in lower case ("maya ito", as some write theirs on LinkedIn, or "priya raman,
 * head of data at northwind, 14 mutual" typed fast): only when no line names anyone, on the first
 * line that says anything, with a headline that has a title word under it and a count below (or a
 * profile whose address spells the name):
 * "come early, stay at the back" is no invitation.
 */
function lowerCaseNameLine(lines: readonly Line[], text: string): ChosenName | null {
  const index = nextLoudLine(lines, 0);
  const line = lines[index];
  const name = line?.kind === 'text' ? lowerCaseName(line.text) : null;
  if (name === null || (!lines.some((each) => each.kind === 'mutual') && !profileSpellsName(text, name))) return null;
  const under = lines[nextLoudLine(lines, index + 1)];
  return under?.kind === 'text' && looksLikeHeadline(under.text) && couldBeHeadline(under.text) ? { name, line: index, headline: null } : null;
}

// What a profile's address keeps of a name: its letters.
const NOT_A_LETTER = /[^\p{L}]+/gu;

/**
 * The text's profile address spells the name ("linkedin.com/in/kate-moreno" for "kate moreno"): a
 * count's place as the proof that a line in lower case names the person.
 */
function profileSpellsName(text: string, name: string): boolean {
  const url = text.includes('/in/') || mayNameXing(text) ? findProfileUrl(text) : null;
  if (url === null) return false;
  const page = url.slice(url.lastIndexOf('/', url.length - 2) + 1).toLowerCase().replace(NOT_A_LETTER, '');
  return page.startsWith(name.toLowerCase().replace(NOT_A_LETTER, ''));
}

/** Read only when no line names the inviter, so the footer's name is cleaned only then. */
function recipientName(lines: readonly Line[]): string | null {
  for (const line of lines) if (line.kind === 'recipient') return plausibleNameIn(line.text);
  return null;
}

/**
 * The first line that reads as a name, passing over the recipient's own name, which an e-mail
 * copied from an HTML mail client shows under the logo. The footer names the recipient ("This
 * email was intended for Sam Lee"); without it, when two names follow the logo and a headline
 * comes under the second, the first is the recipient's and the second the inviter's. So too
 * after a greeting that is also a name ("Hoi Sam"). A page copied from its top bar has the
 * recipient's name over "Me", their photo's text: that name is passed over too.
 */
function firstNameLine(lines: readonly Line[], recipient: string | null, email: boolean): ChosenName | null {
  const lowerRecipient = recipient?.toLowerCase();
  for (const [index, line] of lines.entries()) {
    if (line.kind !== 'text') continue;
    const name = nameFromLine(line.text);
    if (!name || name.toLowerCase() === lowerRecipient || lines[nextNonBlank(lines, index + 1)]?.kind === 'self') continue;
    // One word under a paid label ("Sponsored" over "Tampere") is the sponsor's place, no name.
    if (!name.includes(' ') && underPaidLabel(lines, index)) continue;
    const chosen: ChosenName = { name, line: index, headline: null, aside: bracketedHeadline(line.text) };
    const mayNotBeTheName = followsLogo(lines, index) || STARTS_WITH_NAME_LIKE_GREETING.test(name) || opensTextAlone(lines, index, email);
    return mayNotBeTheName ? (nameWithHeadlineAt(lines, nextLoudLine(lines, index + 1)) ?? chosen) : (nameBrokenOverLines(lines, index, name) ?? chosen);
  }
  return null;
}

/** The line above, past blank ones, is a paid label ("Sponsored"). */
function underPaidLabel(lines: readonly Line[], index: number): boolean {
  const above = lines[previousNonBlank(lines, index - 1)];
  return above?.kind === 'text' && isPaidLabel(above.text);
}

/**
 * A name a phone's narrow view broke over two lines, one word on each ("Shreya" over "Banerjee"),
 * when the line under the second is a headline: the two words as one name, on the second's line.
 * Null otherwise, and for a name of more words: "Cher" over "Singer at Acme" stays "Cher".
 */
function nameBrokenOverLines(lines: readonly Line[], index: number, first: string): ChosenName | null {
  if (first.includes(' ')) return null;
  const second = lines[index + 1];
  const under = lines[index + 2];
  if (second?.kind !== 'text' || under?.kind !== 'text' || second.text.includes(' ')) return null;
  const surname = plausibleNameIn(second.text);
  if (surname === null || surname !== second.text || looksLikeHeadline(surname)) return null;
  // A line that goes on from the word above ("and Founder at …", "| Founder at …") wraps a
  // headline that word starts ("Singer"): no surname.
  if (GOES_ON_FROM_ABOVE.test(under.text)) return null;
  const headline = under.text.endsWith(' at') || (looksLikeHeadline(under.text) && couldBeHeadline(under.text));
  return headline && plausibleNameIn(`${first} ${surname}`) !== null ? { name: `${first} ${surname}`, line: index + 1, headline: null } : null;
}

const GOES_ON_FROM_ABOVE = /^(?:\p{Ll}|[|&·•/@+,–—-])/u;

// "Hoi Sam" above the name is a greeting, though "Moin Khan" and "Hoi Yan Wong" are names: it is
// the greeting when another name with a headline under it follows.
const STARTS_WITH_NAME_LIKE_GREETING = /^(?:[Mm]oin|[Hh]oi|[Bb]este|[Ss]ervus|[Ss]alut)\s/;

/**
 * The text's first line, where a copy selected from the recipient's name down, without the logo
 * (a picture copies as nothing), starts: with a blank line under it in Gmail ("Sam Lee", a blank
 * line, then the inviter's name and headline); with none in Outlook ("Sam Lee", "Priya Raman",
 * "Head of Data at Northwind"), whose copy keeps the e-mail's links ("Accept<https://…/comm/…>").
 * Without either, "Priya Raman" over "Sam Lee" and a headline stays ambiguous and the first name
 * is kept. The caller takes the next name only when a headline comes under it.
 */
function opensTextAlone(lines: readonly Line[], index: number, email: boolean): boolean {
  return (email || lines[index + 1]?.kind === 'blank') && nextLoudLine(lines, 0) === index;
}

// The path of every link in LinkedIn's e-mails ("https://www.linkedin.com/comm/in/…"), never of the web page's.
const EMAIL_LINK = 'linkedin.com/comm/';

function followsLogo(lines: readonly Line[], index: number): boolean {
  let before = index - 1;
  while (isBlankOrPicture(lines[before])) before -= 1;
  return lines[before]?.kind === 'logo';
}

/** A blank line, or boilerplate that names nobody such as a picture's stand-in ("[image: Sam Lee]"). */
function isBlankOrPicture(line: Line | undefined): boolean {
  return line?.kind === 'blank' || (line?.kind === 'skip' && line.nameHint === null);
}

/**
 * The name on line `index` when a headline comes under it (past quiet lines and the name again),
 * or, `orTwice`, when the name comes again under it; else null.
 */
function nameWithHeadlineAt(lines: readonly Line[], index: number, orTwice = false): ChosenName | null {
  const line = lines[index];
  const name = line?.kind === 'text' ? nameFromLine(line.text) : null;
  if (!name) return null;
  const next = nextLoudLine(lines, index + 1);
  const doubled = lines[next];
  // The web page copies each card's name twice, the photo's text and then the name itself.
  const twice = doubled?.kind === 'text' && doubled.text.includes(name) && sameName(doubled.text, name);
  if (twice && orTwice) return { name, line: index, headline: null };
  const under = lines[twice ? nextLoudLine(lines, next + 1) : next];
  return under?.kind === 'text' && looksLikeHeadline(under.text) && couldBeHeadline(under.text)
    ? { name, line: index, headline: null }
    : null;
}

// --- Several invitations on one page ---------------------------------------------------------

/**
 * The lines of the chosen person's invitation. On a page or digest of several, the next person
 * begins after this one's Accept/Ignore buttons, with another profile picture or another name
 * with a headline under it; their notes and mutual counts are not this person's. The e-mail's
 * mutual count, which comes after its Accept button, stays. A panel such as "People you may know"
 * ends it too.
 */
function firstInvitationLines(lines: readonly Line[], name: ChosenName | null): readonly Line[] {
  if (!name) return lines;
  for (let index = Math.max(name.line, 0); index < lines.length; index += 1) {
    if (lines[index]?.kind === 'panel') return lines.slice(0, index);
    if (lines[index]?.kind !== 'button') continue;
    const next = nextLoudLine(lines, index + 1);
    if (startsAnotherPerson(lines, next, name.name)) return lines.slice(0, next);
  }
  return lines;
}

/**
 * A page copied from a panel such as "People you may know" down to the invitations under it: the
 * name first read is a suggestion's, whose card ends in "Connect" and "Dismiss". The invitation
 * is the card its Accept or Ignore button ends: the last name with a headline under it before the
 * first such button. The lines from the panel to that name are left out (its count is not this
 * person's). Null when no panel comes before the name, or no other card ends in a button.
 */
function cardBelowPanel(lines: readonly Line[], name: ChosenName): { name: ChosenName; lines: Line[] } | null {
  let panel = -1;
  for (let index = 0; index < name.line; index += 1) if (lines[index]?.kind === 'panel') panel = index;
  if (panel === -1) return null;
  let button = name.line + 1;
  while (button < lines.length && lines[button]?.kind !== 'button') button += 1;
  for (let index = button - 1; index > name.line && button < lines.length; index -= 1) {
    const card = nameWithHeadlineAt(lines, index);
    if (card !== null) return { name: card, lines: lines.map((line, each) => (each >= panel && each < index ? BLANK : line)) };
  }
  return null;
}

function startsAnotherPerson(lines: readonly Line[], index: number, name: string): boolean {
  const line = lines[index];
  // A name the next loud line repeats starts the next card whatever headline follows: the web
  // page's photo's text and then the name ("Crypto Trader | Forex Signals" reads as no headline,
  // yet the note under it is that card's).
  const other = line?.kind === 'skip' ? line.nameHint : nameWithHeadlineAt(lines, index, true);
  return other !== null && other.name.toLowerCase() !== name.toLowerCase();
}

function bestHint(lines: readonly Line[]): (NameHint & { line: number }) | null {
  let best: NameHint | null = null;
  let bestLine = -1;
  for (const [index, line] of lines.entries()) {
    const hint = hintOf(line);
    if (hint && (!best || hint.rank < best.rank)) {
      best = hint;
      bestLine = index;
    }
  }
  // Built once, for the best only, and field by field: a spread (of hints of several shapes) per
  // hint cost more than the rest of the loop. What reads it reads these fields only.
  return best === null ? null : { name: best.name, rank: best.rank, headline: best.headline, aside: best.aside, picture: best.picture, line: bestLine };
}

function hintOf(line: Line): NameHint | null {
  if (line.kind === 'skip') return line.nameHint;
  if (line.kind !== 'label' || line.label !== 'name') return null;
  const name = truncate(cleanNameCandidate(line.value), FIELD_LIMITS.name);
  return LETTER.test(name) ? { name, rank: RANK_LABEL } : null;
}

function nameFromLine(text: string): string | null {
  return looksLikeSentence(text) ? null : plausibleNameIn(text);
}

function sameName(text: string, name: string): boolean {
  return cleanNameCandidate(text).toLowerCase() === name.toLowerCase();
}

// "Priya Raman – Head of Data at Northwind", "Priya Raman, CTO": a name then a headline.
const NAME_HEADLINE_SEPARATOR = /\s+[-–—|·•]\s+|,\s+/;

function nameBesideHeadline(lines: readonly Line[]): ChosenName | null {
  for (const [index, line] of lines.entries()) {
    if (line.kind !== 'text' || looksLikeSentence(line.text)) continue;
    const separator = NAME_HEADLINE_SEPARATOR.exec(line.text);
    if (!separator) continue;
    const name = plausibleNameIn(line.text.slice(0, separator.index));
    const rest = line.text.slice(separator.index + separator[0].length).trim();
    if (name && looksLikeHeadline(rest)) return { name, line: index, headline: rest };
  }
  return null;
}

// --- Names ------------------------------------------------------------------------------------

const BRACKETED = /\([^()]*\)|\[[^[\]]*\]/g;
// Also after a comma: "Jordan Lee, they/them".
const BARE_PRONOUNS =
  /(?:^|,?\s|,)(?:she|he|they|ze|xe|her|him|them)\s*\/\s*(?:her|hers|him|his|them|theirs|she|he|they|zir|xem)(?:\s*\/\s*\p{L}+)?(?=\s|$)/giu;
// "· 2nd"; and "· 2." (German), "2e"/"1er" (French, Dutch), "2º" (Spanish, Portuguese).
const DEGREE =
  /(?:^|\s)(?:(?:[·•]\s*)?(?:1st|2nd|3rd\+?)(?:\s+degree(?:\s+connection)?)?|[·•]\s*[123]\.\+?|(?:[·•]\s*)?[123](?:e|er|re|de|º|°|\.º)\+?)(?=\s|$)/gi;
const PICTOGRAPHS = /[\p{Extended_Pictographic}\p{So}\u{1F3FB}-\u{1F3FF}\u200D\uFE0E\uFE0F\u20E3]/gu;
const VIA_LINKEDIN = /\bvia linkedin\b/gi;
const TRAILING_SEPARATORS = /[\s·•|–—-]+$/u;
const LEADING_SEPARATORS = /^[\s·•|–—-]+/u;

/** Drops what LinkedIn and people add around a name: pronouns, degree, emoji, `via LinkedIn`. */
function cleanNameCandidate(text: string): string {
  const badge = BADGE_AFTER_NAME.exec(text.slice(-BADGE_TAIL));
  const unbadged = badge === null ? text : text.slice(0, text.length - badge[0].length);
  // Each pattern below runs only where what it needs is (a replace that matches nothing gives
  // the text back as it was): a bracket; a pronoun's slash; a degree's 1, 2 or 3; "linkedin";
  // a pictograph or symbol, none of them ASCII; a separator at the end.
  const unbracketed = unbadged.includes('(') || unbadged.includes('[') ? unbadged.replace(BRACKETED, ' ') : unbadged;
  const unpronouned = unbracketed.includes('/') ? unbracketed.replace(BARE_PRONOUNS, ' ') : unbracketed;
  const undegreed = DEGREE_DIGIT.test(unpronouned) ? unpronouned.replace(DEGREE, ' ') : unpronouned;
  const unvia = LINKEDIN_WORD.test(undegreed) ? undegreed.replace(VIA_LINKEDIN, ' ') : undegreed;
  const stripped = NOT_ASCII.test(unvia) ? unvia.replace(PICTOGRAPHS, ' ') : unvia;
  const collapsed = collapseWhitespace(stripped);
  const untrailed = SEPARATORS.has(collapsed.charAt(collapsed.length - 1)) ? collapsed.replace(TRAILING_SEPARATORS, '') : collapsed;
  return untrailed.replace(LEADING_SEPARATORS, '');
}

// What cleanNameCandidate's patterns need before they can match (see there).
const DEGREE_DIGIT = /[123]/;
const LINKEDIN_WORD = /linkedin/i;
const NOT_ASCII = /[^\0-\x7F]/;
/** The characters of TRAILING_SEPARATORS, whitespace aside (collapseWhitespace leaves none at the end). */
const SEPARATORS: ReadonlySet<string> = new Set(['·', '•', '|', '–', '—', '-']);

/** The cleaned text if it reads as a person's name, else null. */
function plausibleNameIn(text: string): string | null {
  const name = cleanNameCandidate(text);
  return isPlausibleName(name) ? name : null;
}

// A private-use character inside a word is one of the name's own (see ICON_GLYPHS).
const NAME_WORD = /^[\p{L}\p{M}'’.-][\p{L}\p{M}\uE000-\uF8FF'’.-]*$/u;
const FINAL_DOT = /\.$/;
const STARTS_CAPITALISED = /^[^\p{L}]*[\p{Lu}\p{Lt}\p{Lo}]/u;
const PARTICLES = new Set([
  'de', 'da', 'das', 'do', 'dos', 'del', 'della', 'dei', 'degli', 'di', 'du', 'des', 'van', 'von', 'der',
  'den', 'la', 'le', 'lo', 'los', 'las', 'bin', 'binti', 'bint', 'ibn', 'al', 'el', 'y', 'e', 'ten', 'ter', 'zu', 'af', 'av',
  // Dutch "van 't Hof".
  "'t", '’t',
]);
const PREFIXED_PARTICLE = /^(?:(?:d|l|dell|dall)['’]\p{Lu}|(?:al|el|ul|bin|ibn|abu|bint)-\p{L})/u;
/**
 * Suffixes after a comma: PhD, MBA, P.Eng., Jr. — at least two capitals, or the usual few; and
 * in parts joined by a hyphen or a space, each with two capitals: "SHRM-CP", "LEED AP".
 */
const CREDENTIAL = /^(?:\p{Lu}[\p{L}.]*\p{Lu}[\p{L}.]*|Jr\.?|Sr\.?|Esq\.?)$/u;
const CREDENTIAL_PARTS = /[- ]/;
// Then the same in German, French, Spanish, Portuguese and Dutch; the lookahead stands in for \b,
// which does not see the end of "Olá". ("Cher", "Cara", "Oi" and "Ola" are names or English too.)
const GREETING =
  /^(?:(?:hi|hello|hey|hiya|dear|greetings|good\s+(?:morning|afternoon|evening|day)|thanks|thank\s+you|many\s+thanks|best|regards|kind\s+regards|cheers|congrats|congratulations|welcome)\b|(?:hallo|guten\s+(?:tag|morgen|abend)|liebe|lieber|sehr\s+geehrter?|grüezi|danke|vielen\s+dank|viele\s+grüße|beste\s+grüße|mit\s+freundlichen\s+grüßen|bonjour|bonsoir|chère|chers|merci|cordialement|bien\s+à\s+vous|hola|buenos\s+días|buenas\s+(?:tardes|noches)|buenas|estimad[oa]s?|querid[oa]s?|gracias|muchas\s+gracias|saludos|un\s+saludo|atentamente|olá|bom\s+dia|boa\s+(?:tarde|noite)|prezad[oa]s?|obrigad[oa]|atenciosamente|abraços|goedemorgen|goedemiddag|goedenavond|goedendag|bedankt|dank\s+(?:je|u)(?:\s+wel)?|met\s+vriendelijke\s+groet(?:en)?|vriendelijke\s+groet(?:en)?|hartelijke\s+groet(?:en)?|groeten)(?=[\s,!.:;]|$))/i;
// Greetings that are also given names ("Moin Khan", "Hoi Yan Wong") count only where a name
// line cannot go on: before punctuation, a lower-case word, the line's end, or one word and a
// comma ("Hoi Sam,"). The Portuguese "Oi" too ("Oi Dana! …").
const NAME_LIKE_GREETING = /^(?:[Mm]oin|[Hh]oi|[Oo]i|[Bb]este|[Ss]ervus|[Ss]alut)(?=[,!.:;]|\s*$|\s+[a-zß-öø-ÿ]|\s+\S+\s*[,!])/;

function isGreeting(text: string): boolean {
  return GREETING.test(text) || NAME_LIKE_GREETING.test(text);
}

/** Job titles and roles. */
const ROLE_WORDS = [
  'ceo', 'cto', 'cfo', 'coo', 'cmo', 'cpo', 'ciso', 'vp', 'svp', 'evp', 'avp', 'president', 'founder',
  'co-founder', 'cofounder', 'owner', 'partner', 'director', 'manager', 'head', 'lead', 'chief', 'officer',
  'engineer', 'engineering', 'developer', 'designer', 'architect', 'analyst', 'consultant', 'advisor',
  'adviser', 'recruiter', 'recruiting', 'specialist', 'scientist', 'researcher', 'professor', 'student',
  'intern', 'associate', 'executive', 'assistant', 'coordinator', 'administrator', 'representative',
  'sales', 'marketing', 'software', 'senior', 'principal', 'junior', 'product', 'operations', 'strategy',
  'investor', 'entrepreneur', 'freelancer', 'talent', 'acquisition', 'hr', 'growth', 'business',
  'development', 'account', 'team', 'data',
];

/** Job-title and company words: a line with one is a headline, not a name. */
const TITLE_WORDS = new Set([
  ...ROLE_WORDS,
  // companies and places
  'inc', 'llc', 'ltd', 'gmbh', 'corp', 'corporation', 'company', 'labs', 'analytics', 'technologies',
  'technology', 'tech', 'solutions', 'ventures', 'capital', 'partners', 'consulting', 'university',
  'college', 'school', 'agency', 'studio', 'systems', 'services', 'global', 'international', 'digital',
]);

// Words a headline starts with: the roles, and words before them ("Backend Engineer", "Staff
// SRE", "Global Head of …"), none of them a common name.
const HEADLINE_OPENERS: ReadonlySet<string> = new Set([
  ...ROLE_WORDS,
  'backend', 'back-end', 'frontend', 'front-end', 'fullstack', 'full-stack', 'staff', 'devops', 'sre', 'swe', 'pm',
  'cloud', 'mobile', 'web', 'ios', 'android', 'platform', 'security', 'infrastructure', 'machine', 'ml', 'ai', 'ux', 'ui',
  'qa', 'technical', 'solutions', 'people', 'customer', 'client', 'vice', 'general', 'global', 'regional', 'group',
  'interim', 'acting', 'fractional', 'freelance', 'project', 'program', 'programme', 'delivery', 'research',
  'finance', 'legal', 'content', 'community',
]);

/** Common job-title and company words in German, French, Spanish, Portuguese and Dutch. */
const FOREIGN_TITLE_WORDS = new Set([
  'geschäftsführer', 'geschäftsführerin', 'gründer', 'gründerin', 'inhaber', 'inhaberin', 'leiterin',
  'berater', 'beraterin', 'entwickler', 'entwicklerin', 'vertrieb', 'werkstudent', 'werkstudentin',
  'fondateur', 'fondatrice', 'directeur', 'directrice', 'gérant', 'gérante', 'ingénieur', 'ingénieure',
  'responsable', 'chargé', 'chargée', 'sarl',
  'fundador', 'fundadora', 'directora', 'gerente', 'jefe', 'jefa', 'ingeniero', 'ingeniera', 'consultor',
  'consultora', 'analista', 'desarrollador', 'desarrolladora',
  'diretor', 'diretora', 'engenheiro', 'engenheira', 'sócio', 'sócia', 'coordenador', 'coordenadora', 'ltda',
  'oprichter', 'eigenaar', 'adviseur', 'directie', 'medewerker',
]);

/**
 * Words that never appear in a name line but often in the lines around it: titles and company
 * words, sentence words, place words, and the web page's buttons.
 */
const NOT_NAME_WORDS = new Set([
  ...TITLE_WORDS,
  // sentence words (not "an", "no", "a", "i": they are names or initials too)
  'the', 'and', 'or', 'of', 'for', 'at', 'in', 'on', 'to', 'with', 'from', 'by', 'is', 'are', 'was',
  'you', 'your', 'we', 'our', 'my', 'me', 'it', 'this', 'that', 'not', 'just', 'now', 'yes',
  // places
  'area', 'greater', 'metropolitan', 'metro', 'region', 'county', 'kingdom', 'remote',
  // the web page and the email
  'linkedin', 'accept', 'ignore', 'reply', 'message', 'messages', 'messaging', 'connect', 'connection',
  'connections', 'invitation', 'invitations', 'invite', 'einladung', 'anfrage', 'kontaktanfrage', 'vernetzungsanfrage', 'invitación', 'invitacion', 'convite',
  'uitnodiging', 'profile', 'network', 'follow', 'following',
  'followers', 'view', 'see', 'more', 'less', 'home', 'jobs', 'notifications', 'pending', 'mutual',
  'unsubscribe', 'help', 'privacy', 'policy', 'terms', 'inbox', 'reminder', 'premium', 'sent', 'received',
  'manage', 'withdraw', 'today', 'yesterday', 'email', 'settings', 'subject', 'forwarded', 'original',
  // A paid message's label: never a name, even on a card ("Sponsored" over "Helsinki" and a count).
  'sponsored', 'gesponsert', 'sponsorisé', 'patrocinado', 'gesponsord', 'sponsorizzato', 'inmail',
  ...FOREIGN_TITLE_WORDS,
  // Pronouns that start the other languages' sentences ("Ich möchte mich mit Ihnen vernetzen"),
  // but not those that are also parts of names ("Je Won Park", "Eu Jin Tan", "Andrew Sie").
  'ich', 'wir', 'nous', 'vous', 'nosotros', 'nós', 'você', 'wij',
]);

function isPlausibleName(candidate: string): boolean {
  if (candidate.length < 2 || candidate.length > FIELD_LIMITS.name || isGreeting(candidate)) return false;
  const [main = '', ...suffixes] = candidate.split(',').map((part) => part.trim());
  if (!suffixes.every(isCredential)) return false;
  // A title in lower case before the name, as Hungarian writes it: "dr. Nagy Péter".
  const all = main.split(' ');
  const words = all.length > 1 && all[0] === 'dr.' ? all.slice(1) : all;
  if (words.length > MAX_NAME_WORDS && !fewWordsButParticles(words)) return false;
  if (words.every((word) => PARTICLES.has(word))) return false;
  if (words.length === 1 && LONE_PRONOUNS.has(main.toLowerCase())) return false;
  // The first word may be a double first name joined by an en dash, before a surname.
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] ?? '';
    if (!isNameWord(word) && (index > 0 || words.length === 1 || !DASHED_FIRST_NAME.test(word))) return false;
  }
  return true;
}

// A double first name joined by an en dash, before a surname: "Jean–Pierre Dupont", "Anna–Lena Schmidt".
const DASHED_FIRST_NAME = /^\p{Lu}\p{Ll}+–\p{Lu}\p{Ll}+$/u;

const MAX_NAME_WORDS = 6;
const MAX_NAME_WORDS_WITH_PARTICLES = 9;

/**
 * A long name that is long for its particles: "María de los Ángeles Ruiz del Castillo" has seven
 * words, four without "de", "los" and "del".
 */
function fewWordsButParticles(words: readonly string[]): boolean {
  if (words.length > MAX_NAME_WORDS_WITH_PARTICLES) return false;
  return words.filter((word) => !PARTICLES.has(word)).length <= MAX_NAME_WORDS - 2;
}

/** A credential; of several parts ("LEED AP"), none a title word ("VP EMEA" is a headline). */
function isCredential(suffix: string): boolean {
  if (!CREDENTIAL_PARTS.test(suffix)) return CREDENTIAL.test(suffix);
  return suffix.split(CREDENTIAL_PARTS).every((part) => CREDENTIAL.test(part) && !TITLE_WORDS.has(part.toLowerCase()));
}

/** Pronouns that are also parts of names ("Je Won Park"): no name when they stand alone ("Je souhaite…"). */
const LONE_PRONOUNS = new Set(['sie', 'er', 'je', 'eu', 'ik', 'hij', 'zij']);

function isNameWord(word: string): boolean {
  const bare = isQuotedNickname(word) ? word.slice(1, -1) : word;
  if (!NAME_WORD.test(bare) || !LETTER.test(bare)) return false;
  if (NOT_NAME_WORDS.has(bare.toLowerCase().replace(FINAL_DOT, ''))) return false;
  return STARTS_CAPITALISED.test(bare) || PARTICLES.has(bare) || PREFIXED_PARTICLE.test(bare);
}

const NICKNAME_OPENING_QUOTES = '"“‘';
const NICKNAME_CLOSING_QUOTES = '"”’';

/** A nickname in quotes, as in Robert "Bobby" Tables. (Straight single quotes are name letters already.) */
function isQuotedNickname(word: string): boolean {
  if (word.length <= 2) return false;
  return NICKNAME_OPENING_QUOTES.includes(word.charAt(0)) && NICKNAME_CLOSING_QUOTES.includes(word.charAt(word.length - 1));
}

// --- Invite phrases: boilerplate that names the person ----------------------------------------

const SUBJECT_PREFIXES =
  /^(?:(?:re|fwd?|fw|reminder|aw|wg|tr|rv|enc|doorst|erinnerung|rappel|recordatorio|lembrete|herinnering)\s*:\s*)+/i;
// Or a greeting alone before the phrase, as typed to a teammate: "hey, invite from Marco Rossi".
// Each of its words starts with one of GREETING_INITIALS, in either case (see mayOpenWithGreeting).
const GREETING_PREFIX = /^(?:hi|hello|hey|dear|hallo|liebe|lieber|bonjour|chère|hola|estimad[oa]|querid[oa]|olá|prezad[oa]|hoi|beste)\s+[^,]{1,40},\s*|^(?:hi|hello|hey)[,!]\s+/i;
const GREETING_INITIALS = 'hdlbceqop';

/**
 * The text may start with GREETING_PREFIX: its first character is one of GREETING_INITIALS in
 * either case. (`| 0x20` lower-cases an ASCII capital, and makes no other character one of those
 * letters; the pattern's "i" flag, without "u", folds no other character onto them either.)
 */
function mayOpenWithGreeting(text: string): boolean {
  const first = text.charCodeAt(0) | 0x20;
  return first < 0x80 && GREETING_INITIALS.includes(String.fromCharCode(first));
}
// After the English phrases, the German ("möchte sich mit Ihnen vernetzen", the web page's
// "möchte Kontakt mit Ihnen aufnehmen"), French ("souhaite rejoindre votre réseau", "vous invite
// à rejoindre son réseau"), Spanish ("quiere conectar contigo"), Portuguese ("gostaria de se
// conectar", the web page's "convidou você para se conectar") and Dutch ("wil met u connecten") ones.
const INVITE_SUFFIX =
  /^(.+?)\s+(?:wants\s+to\s+(?:connect|join)|would\s+like\s+to\s+(?:connect|join)|(?:has\s+|have\s+)?invited\s+you|(?:follows\s+you\s+and\s+)?is\s+inviting\s+you|(?:has\s+)?sent\s+(?:you|me)\s+an?\s+(?:connection\s+)?(?:invitation|invite|request)|is\s+waiting\s+for\s+your\s+response|(?:has\s+)?asked\s+to\s+connect|möchte\s+(?:sich\s+)?(?:mit\s+(?:ihnen|dir)\s+)?(?:vernetzen|kontakt\s+(?:mit\s+(?:ihnen|dir)\s+)?aufnehmen)|souhaite\s+(?:rejoindre\s+votre\s+réseau|se\s+connecter|entrer\s+en\s+(?:relation|contact))|vous\s+invite\s+à\s+rejoindre\s+son\s+réseau|vous\s+a\s+envoyé\s+une\s+invitation|quiere\s+conectar|te\s+ha\s+enviado\s+una\s+invitación|gostaria\s+de\s+se\s+conectar|quer\s+se\s+conectar|(?:lhe\s+)?enviou\s+um\s+convite|(?:te\s+)?convidou(?:\s+voc[êe])?\s+para\s+se\s+conectar|te\s+(?:ha\s+invitado|invitó)\s+a\s+conectar|hat\s+(?:sie|dich)\s+eingeladen|heeft\s+(?:u|je)\s+uitgenodigd|wil\s+(?:met\s+(?:u|je|jou)\s+)?(?:connecten|verbinden|connectie\s+maken)|heeft\s+(?:u|je)\s+een\s+uitnodiging\s+(?:gestuurd|verzonden))\b/i;
// "Invitation from X", and "Einladung von X" (or "Anfrage von X"), "Invitation de X", "Invitación de X", "Convite de
// X", "Uitnodiging van X"; typed, "invite frm X" in a hurry, "invit de la part de X", "solicitud de X", "pedido de conexão de
// X", "verzoek van X". As typed in Slack too: after an emoji or "fyi" ("👀 fyi invite from
// X"), with a colon for "from" ("New invite: X", "Einladung: X"), or "Got a request from X".
const INVITE_PREFIX =
  /^(?:(?:[\uD83C-\uD83E][\uDC00-\uDFFF]|[\u2600-\u27BF\uFE0F\u200D])+\s*)?(?:(?:fyi|psa|heads\s+up)\b[\s,:;–—-]*)?(?:(?:(?:(?:you|i)\s+(?:just\s+)?(?:have|got|received)\s+|(?:just\s+)?(?:got|received)\s+)?(?:an?\s+(?:new\s+)?|new\s+)?(?:(?:invitation|invite|connection\s+request)\s+(?:to\s+connect\s+)?|request\s+)fro?m|(?:einladung|anfrage|kontaktanfrage|vernetzungsanfrage)\s+von|invitation\s+de(?:\s+la\s+part\s+de)?|invitación\s+de|convite\s+de|uitnodiging\s+van|invite?\s+de\s+la\s+part\s+de|solicitud(?:\s+de\s+(?:conexión|contacto))?\s+de|pedido\s+de\s+(?:conexão|contato|contacto)\s+de|(?:connectie|contact)?verzoek\s+van)\s+|(?:an?\s+(?:new\s+)?|new\s+)?(?:invitation|invite|connection\s+request|einladung)\s*:\s*)(.+)$/i;
// The same line in the languages read more roughly: Italian, Polish, Turkish, Swedish, Danish,
// Czech, Indonesian, Vietnamese, Arabic and Hebrew after a space, Japanese, Chinese and Korean
// right after the name ("田中 太郎さんからつながりリクエストが届いています", "王伟想加您为好友"); then
// Norwegian, Finnish, Greek, Romanian, Hungarian, Ukrainian, Thai and Malay after a space. In
// lower case as LinkedIn writes them, but for the Polish "Tobą" and "Cię": no case folding to pay for.
const OTHER_LANGUAGE_INVITE =
  /\s(?:vorrebbe\s+collegarsi|vuole\s+collegarsi|ti\s+ha\s+inviato\s+un(?:a\s+richiesta|\s+invito)|chce\s+(?:nawiązać\s+z\s+[tT]obą\s+kontakt|się\s+z\s+[tT]obą\s+połączyć)|zaprasza\s+[cC]ię|sizinle\s+bağlantı\s+kurmak\s+istiyor|size\s+bağlantı\s+(?:daveti|isteği)\s+gönderdi|vill\s+(?:lägga\s+till\s+dig|skapa\s+kontakt|ansluta\s+till\s+dig|bli\s+kontakt)|vil\s+gerne\s+(?:oprette\s+forbindelse|forbinde\s+sig|forbinde|have\s+dig)|se\s+s\s+vámi\s+chce\s+spojit|vám\s+poslala?\s+pozvánku|ingin\s+terhubung|muốn\s+kết\s+nối|(?:يرغب|ترغب)\s+في\s+التواصل|רוצה\s+להתחבר|ønsker\s+å\s+(?:koble\s+seg\s+til|knytte\s+kontakt\s+med)\s+deg|haluaa\s+muodostaa\s+yhteyden|θέλει\s+να\s+συνδεθεί|dorește\s+să\s+se\s+conecteze|kapcsolatot\s+szeretne\s+létesíteni|хоче\s+встановити\s+з\s+вами\s+контакт|ต้องการเชื่อมต่อกับคุณ|ingin\s+berhubung\s+dengan)|(?:さんから(?:つながり|招待)|さんがつながり|想加您为好友|希望与您建立联系|님이\s*(?:1|일)촌\s*신청)/;
const ANYTHING = /^(.+)$/su;

/** "X vorrebbe collegarsi con te" and the like: a match whose group 1 is X, or null. */
function otherLanguageInvite(text: string): RegExpExecArray | null {
  const phrase = OTHER_LANGUAGE_INVITE.exec(text);
  return phrase === null || phrase.index === 0 ? null : ANYTHING.exec(text.slice(0, phrase.index));
}
const PROFILE_PICTURE = /^(?:view\s+)?(.+?)['’]s?\s+(?:profile\s+(?:picture|photo|image)|profile|photo)$/i;
// "Photo of X", and "Profilbild von X", "Photo de profil de X", "Foto de perfil de X", "Foto do
// perfil de X", "Profielfoto van X". (The German page's "Jana Müllers Profilbild" is boilerplate:
// whether its "s" is the name's cannot be told.)
const PHOTO_OF =
  /^(?:(?:photo|picture|image)\s+of|profilbild\s+von|photo\s+de\s+profil\s+de|foto\s+de\s+perfil\s+de|foto\s+do\s+perfil\s+de|profielfoto\s+van)\s+(.+)$/i;
// The mobile app's "Share profile": "Check out Priya Raman's profile on LinkedIn https://…".
// At the line's start, or after a sentence of the forwarder's ("Should I accept? Check out …").
const SHARED_PROFILE = /(?:^|[.!?]\s+)(?:check\s+out|take\s+a\s+look\s+at|have\s+a\s+look\s+at)\s+(.+?)['’]s?\s+profile\s+on\s+linkedin\b/i;
// The same share in German, French, Spanish, Portuguese and Dutch: "Sehen Sie sich das Profil von
// Jörg Pfeiffer auf LinkedIn an", "Découvrez le profil de … sur LinkedIn", "Veja o perfil de … no LinkedIn".
const FOREIGN_SHARED_PROFILE =
  /(?:^|[.!?]\s+)(?:sehen\s+sie\s+sich\s+das\s+profil\s+von|schau\s+dir\s+das\s+profil\s+von|découvrez\s+le\s+profil\s+de|consultez\s+le\s+profil\s+de|mira\s+el\s+perfil\s+de|veja\s+o\s+perfil\s+de|confira\s+o\s+perfil\s+de|bekijk\s+het\s+profiel\s+van)\s+(.+?)\s+(?:auf|sur|en|no|op)\s+linkedin\b/i;

function isSharedProfile(text: string): boolean {
  return SHARED_PROFILE.test(text) || FOREIGN_SHARED_PROFILE.test(text);
}
// The reminder e-mail's "Sam, would you like to connect with Priya Raman?".
const CONNECT_WITH = /^(?:[^,]{1,40},\s*)?(?:would\s+you\s+like|do\s+you\s+want)\s+to\s+connect\s+with\s+(.+?)\?*$/i;
// The digest's summary line, or a phone's notification: "Kenji Watanabe and 4 others want to
// connect with you", "Kenji Watanabe, Amara Obi and 3 others want to connect". The first named
// is the first card's.
const DIGEST_SUMMARY = /^([^,]{2,100}?)(?:,\s*[^,]{1,100}?)?\s+and\s+\d{1,6}\s+others?\s+want\s+to\s+connect\b/i;
const ANGLE_BRACKETED = /<[^<>]*>/g;
const TRAILING_PUNCTUATION = /[.!:]+$/;

/**
 * For "X wants to connect", "Invitation from X", "X's profile picture" and friends: X when it
 * reads as a name, '' when it does not, null when the line is no such phrase.
 */
function invitePhraseName(line: string): string | null {
  return invitePhrase(line)?.name ?? null;
}

/**
 * The name in an invite phrase ('' when the phrase names nobody we can read), and the headline
 * when one sits between the name and the phrase ("Priya Raman, CTO at Acme, wants to connect").
 */
function invitePhrase(line: string): NameHint | null {
  const unprefixed = line.includes(':') ? line.replace(SUBJECT_PREFIXES, '') : line;
  const text = mayOpenWithGreeting(unprefixed) ? unprefixed.replace(GREETING_PREFIX, '') : unprefixed;
  // "X invited you to subscribe to …" (or to attend, to join a group): another card's phrase, naming no inviter.
  if (text.includes(' invited you to ') && NOT_TO_CONNECT.test(text)) return null;
  const invited = INVITE_SUFFIX.exec(text) ?? INVITE_PREFIX.exec(text) ?? otherLanguageInvite(text) ?? fromLeadIn(text);
  // The later patterns only where the words they need are: a picture's word at the end,
  // "connect", "linkedin" (most lines have none of them).
  const pictured = invited === null ? ((endsWithPictureWord(text) ? PROFILE_PICTURE.exec(text) : null) ?? (opensPhotoOf(text) ? PHOTO_OF.exec(text) : null)) : null;
  const match =
    invited ??
    pictured ??
    (CONNECT_WORD.test(text) ? CONNECT_WITH.exec(text) : null) ??
    (LINKEDIN_WORD.test(text) ? (SHARED_PROFILE.exec(text) ?? FOREIGN_SHARED_PROFILE.exec(text)) : null) ??
    (text.includes(' want to connect') ? DIGEST_SUMMARY.exec(text) : null);
  if (!match) return null;
  const captured = withoutTrailingPunctuation((match[1] ?? '').replace(ANGLE_BRACKETED, ' '));
  const name = plausibleNameIn(captured) ?? plausibleNameIn(afterLastComma(captured));
  if (name) {
    const aside = bracketedHeadline(captured);
    if (pictured !== null) return aside === null ? { name, rank: RANK_INVITE, picture: true } : { name, rank: RANK_INVITE, aside, picture: true };
    return aside === null ? { name, rank: RANK_INVITE } : { name, rank: RANK_INVITE, aside };
  }
  // A single word before the comma may be whom the e-mail greets ("Sam, Priya Raman, CTO, ...").
  const comma = captured.indexOf(',');
  const first = comma === -1 ? null : plausibleNameIn(captured.slice(0, comma));
  if (!first?.includes(' ')) return { name: '', rank: RANK_INVITE };
  const rest = captured.slice(comma + 1).trim();
  // What a typed line goes on with ("Invite from Daniel Kim, 1 mutual. Note: …") is no headline.
  const headline = looksLikeHeadline(rest) && parseMutualConnections(rest) === null && !looksLikeSentence(rest);
  return { name: first, rank: RANK_INVITE, ...(headline ? { headline: rest } : {}) };
}

// A typed lead-in's or phrase's word misspelt: "invte from X", "X wnats to connect". The lead-in's
// first letter is taken as typed right ("invte", "inivte", "invit").
const MISSPELT_INVITE_FROM = /^(\p{L}{4,7}) from /u;
const MISSPELT_WANTS = / (\p{L}{4,6}) to connect\b/u;
/** Typos allowed in "invite" or "wants": one, as the words are short. */
const MAX_INVITE_TYPOS = 1;

/** A typed line with "invite" or "wants" spelt right when a typo of it leads in or asks to connect. */
function withInviteWordsSpelt(text: string): string {
  // The lead-in's word is 4 to 7 letters long: " from " is looked for only after one.
  let from: RegExpExecArray | null = null;
  const first = text.charAt(0);
  if (first === 'i' || first === 'I') for (let end = 4; end <= 7 && from === null; end += 1) if (text.startsWith(' from ', end)) from = MISSPELT_INVITE_FROM.exec(text);
  const lead = from?.[1]?.toLowerCase() ?? '';
  if (lead !== '' && lead !== 'invite' && typoDistance(lead, 'invite') <= MAX_INVITE_TYPOS) return `invite${text.slice(lead.length)}`;
  const wants = text.length <= MAX_CLASSIFIED_LINE && text.includes(' to connect') ? MISSPELT_WANTS.exec(text) : null;
  const word = wants?.[1]?.toLowerCase() ?? '';
  if (wants === null || word === 'wants' || typoDistance(word, 'wants') > MAX_INVITE_TYPOS) return text;
  return `${text.slice(0, wants.index)} wants${text.slice(wants.index + word.length + 1)}`;
}

const CONNECT_WORD = /connect/i;
// "from" alone before the name: the older invitation e-mail's "From Sebastián Castro", and
// typed, "from Paolo Ricci, Founder at Bottega AI, …".
const FROM_LEAD_IN = /^from\s+(\S[^,]{0,100})(,.*)?$/is;

/**
 * "From X" alone, or before a comma and more: a match whose group 1 is X, when X is a name of two
 * words or more as written ("From what I saw" or "From Berlin" names nobody). Null otherwise.
 */
function fromLeadIn(text: string): RegExpExecArray | null {
  const first = text.charAt(0);
  if ((first !== 'f' && first !== 'F') || !text.startsWith('rom ', 1)) return null;
  const from = FROM_LEAD_IN.exec(text);
  const named = from?.[1]?.trim() ?? '';
  if (from === null || !named.includes(' ') || plausibleNameIn(named) !== named) return null;
  // Typed, a headline comes after the comma ("From New York, happy to connect" is a note's).
  const after = from[2] === undefined ? null : (from[2].slice(1).split(',', 1)[0] ?? '').trim();
  return after === null || (looksLikeHeadline(after) && !looksLikeSentence(after)) ? from : null;
}

/** The text ends with one of the words PROFILE_PICTURE ends with, in any case (as its i flag reads them). */
function endsWithPictureWord(text: string): boolean {
  // Each ends in "e" or "o", in either case (`| 0x20` makes no other character one of those):
  // most lines end otherwise, and need no lower-cased copy of their end.
  const last = text.charCodeAt(text.length - 1) | 0x20;
  if (last !== 0x65 && last !== 0x6f) return false;
  const tail = text.slice(-PICTURE_WORD_TAIL).toLowerCase();
  return tail.endsWith('picture') || tail.endsWith('photo') || tail.endsWith('image') || tail.endsWith('profile');
}

/** The longest of those words, "picture" and "profile". */
const PICTURE_WORD_TAIL = 7;

/** The text may start as PHOTO_OF does: with "p", "i" or "f" in either case (the pattern's "i" flag, without "u", folds no other character onto them). */
function opensPhotoOf(text: string): boolean {
  const first = text.charCodeAt(0) | 0x20;
  return first === 0x70 || first === 0x69 || first === 0x66;
}

/** "Invitation from Priya Raman." → "Priya Raman", but "Martin Luther King Jr." keeps its suffix's full stop. */
function withoutTrailingPunctuation(text: string): string {
  return text.endsWith('.') && endsWithNameSuffix(text) ? text : text.replace(TRAILING_PUNCTUATION, '');
}

/** "Sam, Priya Raman wants to connect": the name is after the greeting's comma. */
function afterLastComma(text: string): string {
  const comma = text.lastIndexOf(',');
  return comma === -1 ? '' : text.slice(comma + 1);
}

// --- Boilerplate ------------------------------------------------------------------------------

/** Words of the page's buttons and menus; a line made only of these is boilerplate. */
const UI_WORDS = new Set([
  'accept', 'ignore', 'lgnore', 'reply', 'message', 'connect', 'follow', 'withdraw', 'pending', 'decline', 'remove',
  'view', 'profile', 'see', 'all', 'more', 'show', 'less', 'manage', 'invitation', 'invitations', 'invite',
  'unsubscribe', 'help', 'linkedin', 'home', 'my', 'network', 'jobs', 'messaging', 'notifications', 'me',
  'sent', 'received', 'cancel', 'send', 'skip', 'not', 'now', 'dismiss', 'in', 'and',
  // My Network's tabs and the invitations' filter pills: "Grow", "Catch up", "People (3)", "Pages (1)".
  'grow', 'catch', 'up', 'people', 'pages', 'newsletters', 'events', 'groups',
  // The invitations page's own tabs and pills, "Received", "Sent", "All", "People", "Newsletter".
  'newsletter',
  // The same pills in German, French, Spanish, Portuguese and Dutch: "Personen (2)", "Personnes (2)",
  // "Personas (2)", "Pessoas (2)", "Mensen (2)".
  'personen', 'personnes', 'personas', 'pessoas', 'mensen',
  // LinkedIn Recruiter's tabs above a candidate: "Projects"; an InMail's label, no name; a
  // screen reader's role before a button ("button Ignore").
  'projects', 'inmail', 'button',
  // Another card's button ("Subscribe" under a newsletter's invitation); the tabs of Messaging
  // ("Focused", "Other") and of Notifications ("All", "My posts", "Mentions") above a copied list.
  'subscribe', 'focused', 'other', 'posts', 'mentions',
  // German: "Einladungen (3)", "Alle anzeigen", "Profil anzeigen", "Einladung annehmen", "Nachricht" …
  'annehmen', 'ignorieren', 'ablehnen', 'nachricht', 'vernetzen', 'folgen', 'antworten', 'zurückziehen',
  'einladung', 'einladungen', 'verwalten', 'alle', 'anzeigen', 'profil', 'mehr', 'weniger', 'eingegangen',
  'gesendet', 'abbestellen', 'hilfe', 'erhalten',
  // XING's name and its page's heading over the requests: "Kontaktanfragen", "Kontaktanfrage".
  'xing', 'kontaktanfragen', 'kontaktanfrage',
  // The page's top bar: "Startseite", "Mein Netzwerk", "Nachrichten", "Mitteilungen"; and in
  // French, Spanish, Portuguese and Dutch ("Accueil", "Mi red", "Minha rede", "Mijn netwerk" …).
  'startseite', 'mein', 'netzwerk', 'nachrichten', 'mitteilungen', 'accueil', 'réseau', 'emplois',
  'messagerie', 'inicio', 'mi', 'red', 'empleos', 'mensajes', 'notificaciones', 'início', 'minha', 'rede',
  'vagas', 'mensagens', 'notificações', 'startpagina', 'mijn', 'netwerk', 'vacatures', 'berichten', 'meldingen',
  // French: "Voir le profil", "Tout afficher", "Accepter l'invitation", "Se connecter" …
  'accepter', 'ignorer', 'refuser', 'se', 'connecter', 'suivre', 'répondre', 'retirer', "l'invitation",
  'l’invitation', 'voir', 'le', 'tout', 'afficher', 'gérer', 'reçues', 'envoyées', 'aide',
  // Spanish: "Invitaciones", "Ver perfil", "Aceptar invitación", "Mensaje" …
  'aceptar', 'ignorar', 'rechazar', 'mensaje', 'conectar', 'seguir', 'responder', 'invitaciones',
  'invitación', 'ver', 'perfil', 'más', 'menos', 'gestionar', 'recibidas', 'enviadas', 'ayuda',
  // Portuguese: "Convites", "Ver tudo", "Aceitar convite", "Mensagem" …
  'aceitar', 'recusar', 'mensagem', 'convite', 'convites', 'tudo', 'mais', 'exibir', 'gerenciar',
  'recebidos', 'enviados', 'ajuda',
  // Dutch: "Uitnodigingen", "Alles weergeven", "Profiel bekijken", "Bericht" …
  'accepteren', 'negeren', 'weigeren', 'bericht', 'volgen', 'connectie', 'maken', 'uitnodiging',
  'uitnodigingen', 'alles', 'weergeven', 'profiel', 'bekijken', 'beheren', 'meer', 'minder', 'ontvangen',
  'verzonden', 'afmelden',
  // The buttons, the invitations' pill and "Manage" in the languages read more roughly: "Inviti (2)",
  // "Zaproszenia (1)", "Inbjudningar (1)", "Pozvánky (1)", "邀请 (1)", "הזמנות (1)" …
  // XING's button to accept a request.
  'bestätigen',
  'accetta', 'ignora', 'zaakceptuj', 'zignoruj', 'akceptuj', 'ignoruj', 'kabul', 'et', 'yoksay', 'acceptera',
  'ignorera', 'přijmout', 'ignorovat', 'terima', 'abaikan', 'chấp', 'nhận', 'bỏ', 'qua', '承認', '無視', '수락',
  '무시', '接受', '忽略', 'قبول', 'تجاهل', 'אישור', 'התעלם',
  'inviti', 'gestisci', 'zaproszenia', 'zarządzaj', 'davetler', 'inbjudningar', 'hantera', 'invitationer',
  'administrer', 'pozvánky', 'spravovat', 'undangan', 'kelola', '招待', '초대', '邀请', '管理', 'الدعوات', 'הזמנות',
  // And in Norwegian, Finnish, Greek, Romanian, Hungarian, Ukrainian, Thai and Malay: "Invitasjoner
  // (1)", "Kutsut (2)", "Προσκλήσεις (1)", "Invitații (1)", "Meghívások (1)", "Запрошення (1)" …
  'godta', 'hyväksy', 'ohita', 'αποδοχή', 'παράβλεψη', 'acceptați', 'ignorați', 'acceptă', 'ignoră', 'elfogadás',
  'figyelmen', 'kívül', 'hagyás', 'прийняти', 'ігнорувати', 'ยอมรับ', 'เพิกเฉย',
  'invitasjoner', 'kutsut', 'hallinnoi', 'προσκλήσεις', 'διαχείριση', 'invitații', 'gestionați', 'meghívások',
  'meghívók', 'kezelés', 'запрошення', 'керувати', 'คำเชิญ', 'จัดการ', 'jemputan', 'urus',
]);
/** The words between UI separators (spaces, punctuation, digits). Global: reset lastIndex before use. */
const UI_WORD = /[^\s·•|/,.:!()\d-]+/g;

// The e-mail's and the web page's boilerplate in German, French, Spanish, Portuguese and Dutch:
// what the English patterns below read, in one pattern. Every branch is anchored at the start,
// so most lines fail it at their first character.
const FOREIGN_BOILERPLATE = new RegExp(
  `^(?:${[
    // E-mail footers: whom it was for, why it was sent, unsubscribing, trademarks, policies.
    String.raw`diese e-?mail (?:ist|war|wurde) |cet(?:te)? (?:adresse )?e-?mail (?:est|était|a été) |este (?:e-?mail|correo electrónico|correo) (?:se |fue |está |iba |era |foi |é )|deze e-?mail (?:is|was) `,
    String.raw`sie erhalten (?:diese|e-?mails|einladungen|benachrichtigungen)|vous recevez (?:cet|ces|des)|(?:recibes|estás recibiendo) (?:este|estos|correos|e-?mails|mensajes)|você está recebendo|(?:u|je) ontvangt (?:deze|e-?mails|uitnodigingen)`,
    String.raw`erfahren sie,? warum wir|découvrez pourquoi nous|descubre por qué (?:hemos|te)|saiba por ?que (?:incluímos|você)|(?:lees|ontdek) waarom we`,
    String.raw`abbestellen|(?:se )?désabonner|désinscription|darse de baja|cancelar (?:la )?suscripción|cancelar (?:a )?inscrição|descadastrar|afmelden|uitschrijven`,
    String.raw`linkedin\b.{0,80}(?:eingetragene marken|marques? déposées|marcas registradas|marcas comerciais registradas|gedeponeerde|geregistreerde)`,
    String.raw`datenschutzrichtlinie|nutzervereinbarung|politique de confidentialité|conditions générales d['’]utilisation|política de privacidad|política de privacidade|privacybeleid|gebruikersovereenkomst`,
    // Forwards and replies from mail clients in those languages.
    String.raw`[-\s]*(?:weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d['’]origine|mensaje reenviado|mensaje original|mensagem encaminhada|mensagem original|doorgestuurd bericht|oorspronkelijk bericht)`,
    String.raw`(?:am|le|el|em|op) .{1,250}(?:schrieb|a écrit|escribió|escreveu|schreef)\s*:$`,
    String.raw`von meinem .{1,40} gesendet|gesendet von meinem|envoyé de mon|enviado desde mi|enviado do meu|verzonden (?:vanaf|met) mijn`,
    // The digest: "Sie haben 3 neue Einladungen", "Sam, vous avez 3 nouvelles invitations" …
    String.raw`(?:[^\s,]+,\s*)?(?:sie haben|du hast|vous avez|tu as|tienes|tiene|usted tiene|você tem|tem|u hebt|u heeft|je hebt) (?:eine?|une|una|um|uma|een|\d+) (?:neue |nouvelles? |nuevas? |novos? |novas? |nieuwe )?(?:einladungen|einladung|invitations?|invitaciones|invitación|convites?|uitnodigingen|uitnodiging)(?: nuevas?| pendientes?| en attente| pendentes?)?[.!]?$`,
    // The web page: "Responder a Ravi", "Voir plus", badges, degrees, totals, and when.
    String.raw`(?:antworten an|répondre à|responder a|reageren op) [^\s]+$|voir (?:plus|moins)$`,
    String.raw`[^a-z\d#]*(?:verifiziert|vérifié|verificad[oa]|geverifieerd)[^a-z\d]*$`,
    String.raw`[·•]\s*[123]\.\+?$|[·•]?\s*[123](?:e|er|re|de|º|°|\.º)\+?$|(?:kontakt )?[123]\. grades$|relation de [123](?:er|re|e) niveau(?: et plus)?$`,
    String.raw`(?:\d{1,3}(?:[.,\s]\d{3})+|\d+)\+?\s+(?:kontakte|follower|relations|abonnés|contactos|seguidores|conexões|connecties|volgers)$`,
    String.raw`(?:vor \d+ (?:minuten?|stunden?|tagen?|wochen?|monaten?|jahren?)|heute|gestern|il y a \d+ (?:minutes?|heures?|jours?|semaines?|mois|ans?)|aujourd['’]hui|hier|hace \d+ (?:minutos?|horas?|días?|semanas?|mes(?:es)?|años?|min|h|d|sem|m|a)|hoy|ayer|há \d+ (?:minutos?|horas?|dias?|semanas?|m[eê]s(?:es)?|anos?)|hoje|ontem|\d+ (?:minuten?|uur|dagen?|weken?|maanden?|jaar) geleden|vandaag|gisteren)$`,
  ].join('|')})`,
);

// The e-mail's "View profile" and footer in the languages read more roughly (see "Not yet"):
// Italian, Polish, Turkish, Swedish, Danish, Czech, Indonesian, Vietnamese, Japanese, Korean,
// Chinese, Arabic and Hebrew, written from what LinkedIn is believed to send.
const OTHER_LANGUAGE_BOILERPLATE = new RegExp(
  `^(?:${[
    String.raw`(?:visualizza profilo|wyświetl profil|profili görüntüle|visa profil|vis profil|zobrazit profil|lihat profil|xem hồ sơ|プロフィールを表示|프로필 보기|查看档案|عرض الملف الشخصي|הצג פרופיל|näytä profiili|προβολή προφίλ|vizualizați profilul|profil megtekintése|переглянути профіль|ดูโปรไฟล์)$`,
    String.raw`questa e-?mail (?:è stata|era) |scopri perché |ricevi (?:e-?mail|questa)|annulla (?:l['’])?iscrizione`,
    String.raw`ten e-?mail (?:był|został) |dowiedz się,? dlaczego|otrzymujesz (?:e-?maile|tę|ten)|wypisz się|anuluj subskrypcję`,
    // When, under the count: Italian "2 giorni fa", Polish "2 dni temu".
    String.raw`\d{1,3} (?:minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi]) fa$|\d{1,3} (?:min\.?|godz\.?|godzin[ay]?|dni|dzień|tydz\.?|tygodni[ea]?|mies\.?|miesiące|miesięcy|lat[a]?|rok) temu$`,
    String.raw`bu e-?posta |bunu neden |(?:davet )?e-?postaları alıyorsunuz|abonelikten çık`,
    String.raw`det här e-?postmeddelandet |läs om varför |du får (?:e-?post|det här)|avsluta prenumeration`,
    String.raw`denne e-?mail (?:var|er) |få at vide,? hvorfor |du modtager (?:e-?mails|denne)|afmeld`,
    String.raw`tento e-?mail byl |zjistěte,? proč |dostáváte e-?maily|odhlásit odběr`,
    String.raw`email ini ditujukan |pelajari mengapa |anda menerima email|berhenti berlangganan`,
    String.raw`email này được gửi |tìm hiểu lý do |bạn đang nhận email|hủy đăng ký`,
    String.raw`このメールは|招待メールを受信|配信停止|이 이메일은|이 이메일을 받은|초대 이메일을 받고|수신 거부|此邮件发送给|了解我们为何|您收到的是|退订`,
    String.raw`هذه الرسالة (?:موجهة|مرسلة)|اعرف لماذا|أنت تتلقى|إلغاء الاشتراك|הודעת (?:דוא"ל|הדוא"ל) זו|למד(?:י)? מדוע|אתה מקבל(?:ת)? הודעות|ביטול (?:ה)?מנוי`,
    // Norwegian, Finnish, Greek, Romanian, Hungarian, Ukrainian, Thai and Malay.
    String.raw`denne e-?posten var |finn ut hvorfor |du mottar e-?post|avslutt abonnement`,
    String.raw`tämä sähköposti oli |lue,? miksi |saat (?:kutsu)?sähköposte|peruuta tilaus`,
    String.raw`αυτό το (?:e-?mail|μήνυμα) |μάθετε γιατί |λαμβάνετε (?:e-?mail|μηνύματα)|κατάργηση εγγραφής`,
    String.raw`acest e-?mail (?:a fost|este) |aflați de ce |primiți e-?mailuri|dezabonare`,
    String.raw`ezt az e-?mailt |tudja meg,? miért |(?:meghívó )?e-?maileket kap|leiratkozás`,
    String.raw`цей (?:електронний )?лист |дізнайтеся,? чому |ви отримуєте (?:листи|електронні)|відписатися`,
    String.raw`อีเมลนี้ส่งถึง|เรียนรู้ว่าทำไม|คุณได้รับอีเมล|ยกเลิกการสมัคร`,
    String.raw`e-?mel ini ditujukan |ketahui sebab |anda menerima e-?mel|berhenti melanggan`,
  ].join('|')})`,
);

const BOILERPLATE: readonly RegExp[] = [
  /^(?:©|\(c\)|copyright\b)/,
  /^this (?:e-?mail|message|notification) was (?:intended|sent|meant) (?:for|to)\b/,
  // And a reminder's: "You received this reminder because you have a pending invitation."
  /^you(?:['’]re| are) receiving\b|^you received this (?:reminder|e-?mail|message|notification)\b/,
  /^(?:to )?(?:stop receiving|unsubscribe)\b/,
  /^learn why we included this\b/,
  /^linkedin (?:corporation|ireland|and the linkedin logo)\b/,
  /\blinkedin\b.{0,80}\bregistered trademarks?\b/,
  /^(?:privacy policy|user agreement|cookie policy|terms of service)\b/,
  /^(?:manage|update) (?:your )?(?:e-?mail )?(?:preferences|settings|notifications)\b/,
  /^[-\s]*(?:forwarded|original) message\b/,
  /^begin forwarded message\b/,
  /^on .{1,250}\bwrote:$/,
  /^sent from my\b/,
  /^(?:get|download) the (?:new )?linkedin\b/,
  // The older invitation e-mail's link to accept: "Confirm that you know Sebastián Castro:".
  /^confirm that you know [^:]{1,100}:?$/,
  // Then the banners a company's mail system puts above a forwarded or first-time sender's
  // e-mail: "CAUTION: This email originated from outside of the organization. …", Outlook's "You
  // don't often get email from invitations@linkedin.com. Learn why this is important". One
  // pattern, as each costs a call on every line.
  /^(?:this is an automated|please do not reply)\b|^(?:\[?(?:external|caution|warning|attention)\]?\s*(?:[:!-]\s*)?)?(?:this (?:e-?mail|message) (?:originated|came|was sent) from outside\b|you don['’]t often get e-?mail from\b)/,
  // "You have 3 new invitations", also as the digest e-mail greets: "Sam, you have 3 new invitations".
  /^(?:[^\s,]+,\s*)?you have (?:an?|\d+)(?: new| pending)? (?:connection )?invitations?(?: waiting)?[.!]?$/,
  /^you(?: have|['’]ve)? received an? (?:new )?(?:connection )?invit(?:ation|e) to connect\b/,
  // The web page's panels after the invitations; they end the invitation (see firstInvitationLines).
  PANEL_HEADER,
  // Gmail's stand-in for the e-mail's logo; the web page's button under a note, "Reply to Ravi", "Reply to Mei Lin";
  // an InMail's answer buttons ("Yes, interested", "No, thanks"); Slack's "(edited)" under a message.
  // And NVDA's words around a list: "list with 2 items", "out of list".
  /^(?:\[(?:image|bild|imagen|imagem|afbeelding): ?linkedin\]|reply to [^\s]+(?: [^\s]+)?|yes,? interested|no,? thanks|not interested|\(edited\)|list with \d{1,3} items?|out of list)$/,
  // The web page's line under a name, alone or with when: "Invited you to connect · 2 days ago",
  // "Invited you · 4d".
  /^(?:invited|is inviting) you(?: to connect)?[.!]?(?:\s*[·•]\s*[^·•]{1,30})?$/,
  // The web page's badges beside a name: "Verified" ("Verified member", the shield's text), "Premium", "Open to work", "Hiring"; and
  // the presence dot's text a Firefox copy has, "Status is online".
  /^[^a-z\d#]*(?:verified(?: (?:account|profile|member))?|premium(?: member)?|open to work|#?opentowork|#?hiring|(?:linkedin )?top voice|status is (?:online|offline|away|reachable))[^a-z\d]*$/,
  // Degree and pronoun lines: "· 2nd", "3rd+ degree connection", "(She/Her) · 2nd".
  /^[·•]?\s*(?:1st|2nd|3rd\+?)(?:\s+degree(?:\s+connection)?)?$/,
  /^\(?\s*(?:she|he|they|ze|xe)\s*\/\s*\p{L}+(?:\s*\/\s*\p{L}+)?\s*\)?(?:\s*[·•]\s*(?:1st|2nd|3rd\+?))?$/u,
  // "500+ connections" is the person's own total, not mutual connections.
  /^(?:\d{1,3}(?:,\d{3})+|\d+)\+?\s+(?:connections?|followers?)(?:\s*[·•]\s*(?:\d{1,3}(?:,\d{3})+|\d+)\+?\s+(?:connections?|followers?))?$/,
  /^(?:sent\s+|received\s+)?(?:\d+\s*(?:m|h|d|w|mo|y|yr|mins?|minutes?|hours?|days?|weeks?|months?|years?)(?:\s+ago)?|today|yesterday|just now)$/,
  // The card's insight in place of a count: "You both studied at Lund University", "You both worked at Spotify".
  /^you both (?:studied|study|worked|work) at [^.!?,]{1,100}$/,
  // Messaging's date beside a conversation: "Nov 22", "Sept 3, 2026".
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.? \d{1,2}(?:,? \d{4})?$/,
  // The same lines in German, French, Spanish, Portuguese and Dutch, in one pattern.
  FOREIGN_BOILERPLATE,
  OTHER_LANGUAGE_BOILERPLATE,
];

function isBoilerplate(text: string): boolean {
  return isLowerCaseBoilerplate(text.toLowerCase());
}

/**
 * BOILERPLATE as isLowerCaseBoilerplate reads it: the patterns without flags that start with "^",
 * as one pattern of alternatives (a line matches it exactly when it matches one of them; one call
 * on every line instead of one per pattern, and tried at the line's start only when each
 * alternative is anchored there), and the others one by one.
 */
const PLAIN_BOILERPLATE = new RegExp(
  BOILERPLATE.filter(isPlainPattern)
    .map((pattern) => `(?:${pattern.source})`)
    .join('|'),
);
const OTHER_BOILERPLATE: readonly RegExp[] = BOILERPLATE.filter((pattern) => !isPlainPattern(pattern));

/** No flags, starts with "^", and no back reference or named group, which would change meaning among others. */
function isPlainPattern(pattern: RegExp): boolean {
  return pattern.flags === '' && pattern.source.startsWith('^') && !/\\[1-9k]|\(\?<[^=!]/.test(pattern.source);
}

function isLowerCaseBoilerplate(lower: string): boolean {
  return (
    isMadeOfUiWords(lower) ||
    PLAIN_BOILERPLATE.test(lower) ||
    OTHER_BOILERPLATE.some((pattern) => pattern.test(lower)) ||
    lower.endsWith(' profilbild') ||
    (lower.endsWith('.') && (lower.includes('·') || lower.includes('•')) && PHONE_PLACE_AND_WHEN.test(lower))
  );
}

// The phone's place and when, abbreviated with a full stop: "Roubaix · 1 sem.", "Lyon · 3 j.".
// Apart from PLAIN_BOILERPLATE, behind the dot it needs: its start runs over up to 80 characters
// of every line, which cost twice the rest of that pattern.
const PHONE_PLACE_AND_WHEN = /^[^·•\d]{1,80}[·•] \d{1,2} ?(?:sem|j|sett|mes|mois)\.$/;

/** At least one word, and every word a UI word. Stops at the first other word, as most lines have one. */
function isMadeOfUiWords(lower: string): boolean {
  let words = 0;
  UI_WORD.lastIndex = 0;
  for (let word = UI_WORD.exec(lower); word !== null; word = UI_WORD.exec(lower)) {
    if (!UI_WORDS.has(word[0])) return false;
    words += 1;
  }
  return words > 0;
}

// --- Headline and company ---------------------------------------------------------------------

const HEADLINE_LABEL = /^(?:current|headline|title|role|position|cargo|puesto|poste|funktion|functie|função)\s*:\s*/i;
const AT_COMPANY = /(?:^|\s)(?:at|@)\s+|(?:^|\s)@(?=[^\s@])/i;
// "at" in German, French, Portuguese and Dutch ("Head of Marketing bei Beispiel GmbH"), then the
// Spanish "en", which also means "in" (and "and" in Dutch), and the Portuguese "no"/"na" ("in
// the"), only after a word and before a company's capital ("Engenheira de Dados no Nubank", "no
// iFood"): English says "no" too ("Head of Growth | no BS marketing"). These come last. Global:
// each is read with companyMarker. Never at the start of the line, where "Em" or "En" may be a
// name, and in lower case only: "Director, EM Debt Strategy" is English. The German "an der" and
// "am" ("Professorin an der TU München", "Arzt am Klinikum Nord") only between a capitalised
// word, the role, and a capital (see marksNoCompany): "9 am CET" and "I am" are English.
// The Italian "presso" and the Scandinavian "hos" and "på" ("Responsabile Marketing presso
// Bending Spoons", "Seniorrådgiver hos Equinor", "Utvecklare på Klarna") mark a company too, "hos"
// and "på" only before a capital or a digit ("Konsult på deltid" is part-time work).
const FOREIGN_AT = /\s(?:bei|chez|em|bij|presso)\s+|\s(?:an\s+der|am)\s+(?=[A-ZÄÖÜ])|\s(?:hos|på)\s+(?=[A-ZÀ-ÖØ-Þ\d])/g;
// Last of all the Indonesian "di" ("Software Engineer di Tokopedia"), which is also the Italian
// "of" ("Direttore Commerciale di Satispay", but "Studente di Ingegneria": see marksNoCompany),
// after a word and before a capital.
// Then the Polish "w" ("in"), after a word and before a capital: "Kierownik projektu w Bałtyk
// Soft", "Senior Developer w Allegro". English writes no "w" alone ("w/" is "with").
const LAST_RESORT_AT = /\s(?:en\s+|(?<=\p{L}\s)(?:n[oa]s?\s+(?=[A-ZÀ-ÖØ-Þ\d]|[a-z][A-Z])|di\s+(?=[A-ZÀ-ÖØ-Þ\d])|w\s+(?=\p{Lu})))/gu;
/** One of those before a capitalised word or a digit: enough to look like a headline. */
const FOREIGN_AT_NAMED_COMPANY = /\s(?:bei|chez|em|bij|en)\s+[A-ZÀ-ÖØ-Þ\d]/;
const LEGAL_SUFFIX = '(?:inc|llc|l\\.l\\.c|ltd|limited|gmbh|corp|co|plc|llp|lp|ag|sa|s\\.a|bv|b\\.v|pty|pte|srl|sas|oy|ab)\\b';
// The company stops where more headline bits start, but "Acme, Inc." keeps its comma; and at
// an "&" that joins a second role at another company ("Founder @ Loomly & Advisor @ Techstars"),
// looked for only a few words ahead ("Stein & Partner GmbH" has no "@" after it); and at a
// hashtag after a space ("Recruiter at Telenor #hiring": "C#" has none).
// A bracket after the company ends it when it is the person's aside, a cry or where they were
// before: "at Monzo (we're hiring!)", "at Datadog (prev. Heroku, Twilio)". Any other bracket is
// the company's own: "Quantly (YC W24)", "Amazon Web Services (AWS)", "Meta (Reality Labs)".
const COMPANY_END = new RegExp(`\\s*[|·•]|\\s+#(?=[a-z])|\\s+[-–—]\\s|,(?!\\s*${LEGAL_SUFFIX})|\\s+&\\s+(?=[^@|·•]{1,60}\\s(?:@|at)\\s)|\\s+\\((?=[^()]*!\\)|(?:prev|previously|ex|formerly|former)\\b)`, 'i');

/**
 * "Role at Company" / "Role @ Company" → role and company; the company stops at ` | `, ` · `,
 * ` • `, ` - ` or a comma. When more follows the company ("CTO at Acme | Forex signals"), the
 * headline is the whole line as written, so what follows is shown and weighed; otherwise it is
 * the role. Without a company, the whole line is the headline.
 */
export function splitHeadline(text: string): HeadlineParts {
  const line = collapseWhitespace(text).replace(HEADLINE_LABEL, '');
  if (line === '') return NO_HEADLINE;
  const parts = roleAndCompany(line);
  if (parts === null) return { headline: truncate(line, FIELD_LIMITS.headline), company: companyAfterTitle(line) };
  const headline = parts.more ? line : parts.role;
  return {
    headline: headline ? truncate(headline, FIELD_LIMITS.headline) : null,
    company: truncate(parts.company, FIELD_LIMITS.company),
  };
}

/**
 * The part of a headline that names the person: the role of "Role at Company | more", which is
 * all that earlier versions kept of such a line, so a person key made from it matches the keys
 * stored then. Any other headline is returned as it is. (The other languages' "Role bei Company
 * | more" counts the same way, so it matches the "Role" that "Role bei Company" is read as.)
 */
export function headlineRole(headline: string): string {
  const parts = roleAndCompany(headline);
  return parts?.more ? parts.role : headline;
}

/**
 * The company to show after the headline, or null when there is none or the headline already
 * names it: a headline kept as written ("CTO at Acme | Advisor"), or typed so in the form.
 */
export function companyAfterHeadline(headline: string | null, company: string | null): string | null {
  if (!headline || !company) return company;
  const lower = ` ${headline.toLowerCase()}`;
  const name = company.toLowerCase();
  if (lower.includes(` at ${name}`) || lower.includes(`@${name}`) || lower.includes(`@ ${name}`)) return null;
  if (lower.endsWith(`, ${name}`) || lower.endsWith(` · ${name}`)) return null;
  return FOREIGN_AT_WORDS.some((word) => lower.includes(` ${word} ${name}`)) ? null : company;
}

const FOREIGN_AT_WORDS = ['bei', 'chez', 'em', 'bij', 'an der', 'am', 'en', 'no', 'na', 'nos', 'nas', 'presso', 'hos', 'på', 'di', 'w'];

// A title, then the company after a comma or a middle dot: "CEO & Co-founder, Tidal Labs", "Data
// Scientist · Spotify". The company is a few capitalised words, none a title's, a team's, a
// region's or a credential's ("Engineering Manager, Payments", "Head of Sales, EMEA", "Engineer, PhD").
const TITLE_THEN_COMPANY = /^([^,·|•]{2,80}?)(?:,| ·) (\p{Lu}[^,·|•]{0,60})$/u;
const MAX_COMPANY_WORDS = 4;
const TITLE_JOINERS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'in']);
const NO_COMPANY_WORDS: ReadonlySet<string> = new Set([
  // teams and fields
  'payments', 'search', 'ads', 'checkout', 'billing', 'identity', 'risk', 'fraud', 'core', 'consumer', 'enterprise',
  'commerce', 'e-commerce', 'marketplace', 'compliance', 'partnerships', 'design', 'brand', 'communications',
  'tooling', 'reliability', 'observability', 'devrel', 'analytics', 'ai', 'ml', 'hiring', 'self-employed', 'independent',
  'retired', 'stealth',
  // regions
  'emea', 'apac', 'latam', 'amer', 'americas', 'europe', 'asia', 'africa', 'dach', 'nordics', 'benelux', 'mena',
  'anz', 'uk', 'us', 'usa', 'eu', 'north', 'south', 'east', 'west', 'central', 'remote', 'worldwide',
  // credentials
  'phd', 'mba', 'cpa', 'cfa', 'pmp', 'cissp', 'msc', 'bsc', 'ma', 'ba', 'jd', 'md', 'rn', 'pe', 'acca', 'aca', 'cima',
]);
const FORMER = /^(?:ex|former|formerly|prev|previously)\b/i;

/**
 * The company after a title made only of title words and the words that join them, past a
 * comma or a middle dot (see TITLE_THEN_COMPANY); null for any other headline. The headline is
 * kept as written.
 */
function companyAfterTitle(line: string): string | null {
  if (!line.includes(', ') && !line.includes(' · ')) return null;
  const parts = TITLE_THEN_COMPANY.exec(line);
  if (parts === null) return null;
  const title = (parts[1] ?? '').toLowerCase().split(TITLE_WORD_BREAKS).filter((word) => word !== '');
  if (!title.some((word) => TITLE_WORDS.has(word) || FOREIGN_TITLE_WORDS.has(word))) return null;
  if (!title.every((word) => HEADLINE_OPENERS.has(word) || TITLE_WORDS.has(word) || FOREIGN_TITLE_WORDS.has(word) || TITLE_JOINERS.has(word))) return null;
  const company = (parts[2] ?? '').trim();
  const words = company.toLowerCase().split(' ');
  if (words.length > MAX_COMPANY_WORDS || FORMER.test(company) || looksLikeSentence(company)) return null;
  const ownWords = words.filter((word) => !NO_COMPANY_WORDS.has(word) && !HEADLINE_OPENERS.has(word) && !ROLE_WORDS.includes(word));
  return ownWords.length === words.length ? companyFrom(company) : null;
}

// "@" with no spaces between a role and a capitalised company: "SWE@Gridlock Labs". Not an
// e-mail address, whose domain has a dot before any space ("sam@Acme.com").
const GLUED_AT = /(?<=\p{L})@(?=\p{Lu}[\p{L}\d&'’-]*(?:\s|$))/u;

function roleAndCompany(line: string): { role: string; company: string; more: boolean } | null {
  const english = AT_COMPANY.exec(line);
  const glued = english === null && line.includes('@') ? GLUED_AT.exec(line) : null;
  const at = (english === null ? null : germanicBefore(line, english)) ?? english ?? glued ?? companyMarker(line, FOREIGN_AT) ?? companyMarker(line, LAST_RESORT_AT);
  if (!at) return null;
  const rest = line.slice(at.index + at[0].length);
  const end = campusKept(rest, companyEnd(rest));
  // The word "at" only: "@channel" after a word is a mention.
  const spelt = english !== null && english[0].trim().toLowerCase() === 'at';
  const company = companyFrom(end === -1 ? rest : rest.slice(0, end)) ?? (spelt && end === -1 ? lowerCaseCompany(line.slice(0, at.index), rest) : null);
  if (!company) return null;
  const more = end !== -1 && LETTER_OR_DIGIT.test(rest.slice(end));
  return { role: line.slice(0, at.index).trim(), company, more };
}

// "and" before a second role at another company, capitalised: "Head of Data at Revolut and
// Lecturer at LSE". Not "Procter and Gamble", with no "at" after it; of "Procter and Gamble and
// Mentor at X", the last "and". The role must start with a title word (SECOND_ROLE_OPENERS):
// "Smith and Sons at Leeds" is one company.
const AND_SECOND_ROLE = /\s+and\s+(?=\p{Lu}(?:(?!\sand\s)[^@|·•]){0,60}\s(?:at|@)\s+\S)/u;
const SECOND_ROLE_OPENERS: ReadonlySet<string> = new Set([
  ...HEADLINE_OPENERS,
  'lecturer', 'mentor', 'teacher', 'instructor', 'tutor', 'coach', 'trustee', 'board', 'volunteer', 'ambassador',
  'author', 'speaker', 'host', 'visiting', 'adjunct', 'guest', 'organiser', 'organizer', 'fellow', 'angel', 'editor',
  'writer', 'non-executive',
]);

// "University of California, Berkeley", "Indian Institute of Technology, Bombay": an institution
// "of" something, then its campus of a word or two, capitalised, ending the line.
const INSTITUTION_OF = /\b(?:university|institute|college|school)\s+of\s/i;
const CAMPUS_AT_END = /^,\s*\p{Lu}[\p{L}.'’-]{0,30}(?:\s\p{Lu}[\p{L}.'’-]{0,30})?$/u;

// A firm named for its partners, its legal form last: "Cravath, Swaine & Moore LLP", "Skadden,
// Arps, Slate, Meagher & Flom LLP". The whole rest of the line, each name a capitalised word.
const PARTNERS_FIRM = /^\p{Lu}[\p{L}'’.-]{0,30}(?:, \p{Lu}[\p{L}'’.-]{0,30}){1,6},? (?:&|and) \p{Lu}[\p{L}'’.-]{0,30} (?:LLP|LLC|PLLC|P\.?C\.|Ltd\.?|Inc\.?|GmbH|AG|plc|PartG mbB)$/u;

/**
 * The company's end, or -1 when what follows its comma is the institution's campus (see
 * INSTITUTION_OF) or the rest of a partners' firm (see PARTNERS_FIRM).
 */
function campusKept(rest: string, end: number): number {
  if (end === -1 || rest.charAt(end) !== ',') return end;
  if ((rest.includes(' & ') || rest.includes(' and ')) && PARTNERS_FIRM.test(rest)) return -1;
  if (!rest.includes(' of ')) return end;
  return INSTITUTION_OF.test(rest.slice(0, end)) && CAMPUS_AT_END.test(rest.slice(end)) ? -1 : end;
}

/** Where the company after "at" ends in the rest of the line; -1 at the line's end. */
function companyEnd(rest: string): number {
  const end = rest.search(COMPANY_END);
  if (!rest.includes(' and ')) return end;
  const and = AND_SECOND_ROLE.exec(end === -1 ? rest : rest.slice(0, end));
  if (and === null) return end;
  const role = FIRST_HEADLINE_WORD.exec(rest.slice(and.index + and[0].length))?.[0] ?? '';
  return SECOND_ROLE_OPENERS.has(role.toLowerCase()) ? and.index : end;
}

// The foreign words for "at" that mean nothing else: "bei", "chez", "bij".
const PLAIN_FOREIGN_AT = /\s(?:bei|chez|bij)\s/;

/**
 * "Werkstudent bei BMW Group | Wirtschaftsinformatik @ TUM": a "bei", "chez" or "bij" before
 * the first "@" marks the company, as an "at" there would. Null when there is none.
 */
function germanicBefore(line: string, english: RegExpExecArray): RegExpExecArray | null {
  if (!english[0].includes('@')) return null;
  const before = PLAIN_FOREIGN_AT.exec(line.slice(0, english.index));
  if (before === null) return null;
  const marker = companyMarker(line, FOREIGN_AT);
  return marker !== null && marker.index < english.index && PLAIN_FOREIGN_AT.test(marker[0]) ? marker : null;
}

/**
 * The last match of a global `pattern` up to where the company after its first match ends: of
 * "Especialista en Marketing Digital en Google", the "en" before Google. When that one names a
 * field of study or a second role rather than a company ("Licenciado en Derecho | Abogado en
 * Garrigues"), the same in the next run.
 */
function companyMarker(line: string, pattern: RegExp): RegExpExecArray | null {
  pattern.lastIndex = 0;
  for (let first = pattern.exec(line); first !== null; first = pattern.exec(line)) {
    const afterFirst = first.index + first[0].length;
    const end = line.slice(afterFirst).search(COMPANY_END);
    const limit = end === -1 ? line.length : afterFirst + end;
    let last = first;
    for (let next = pattern.exec(line); next !== null && next.index < limit; next = pattern.exec(line)) last = next;
    if (!marksNoCompany(line, last)) return last;
    pattern.lastIndex = limit;
  }
  return null;
}

// A degree or qualification before "en" (Spanish) or "em" (Portuguese) is followed by its field:
// "Licenciado en Derecho", "Máster en Finanzas", "Ingeniero en Informática", "Bacharel em
// Direito". Someone who works somewhere writes it otherwise ("Ingeniero de Software en …").
const FIELD_BEFORE_IN = new Set([
  'licenciado', 'licenciada', 'licenciatura', 'graduado', 'graduada', 'grado', 'máster', 'master', 'magíster',
  'maestría', 'doctor', 'doctora', 'doctorado', 'diplomado', 'diplomada', 'diplomatura', 'titulado', 'titulada',
  'ingeniero', 'ingeniera', 'técnico', 'técnica', 'tecnólogo', 'tecnóloga', 'especialista', 'experto', 'experta',
  'posgrado', 'postgrado', 'bachiller', 'mba', 'phd',
  'bacharel', 'bacharela', 'bacharelado', 'graduação', 'mestre', 'mestra', 'mestrado', 'doutor', 'doutora',
  'doutorado', 'pós-graduado', 'pós-graduada', 'pós-graduação', 'especialização', 'formado', 'formada',
]);
// A role after "en" is Dutch for "and": "Oprichter en CEO", "Ontwerper en Illustrator".
const ROLE_AFTER_AND = new Set([
  'ceo', 'cto', 'cfo', 'coo', 'cmo', 'founder', 'co-founder', 'cofounder', 'oprichter', 'mede-oprichter',
  'eigenaar', 'directeur', 'manager', 'consultant', 'adviseur', 'ontwerper', 'illustrator', 'fotograaf',
  'docent', 'trainer', 'coach', 'spreker', 'auteur', 'schrijver', 'ondernemer', 'investeerder', 'programmeur',
  'onderzoeker', 'bestuurder', 'marketeer', 'strateeg', 'ontwikkelaar', 'moeder', 'vader',
]);
// A field of study or of practice after "en" or "em", whatever comes before: "Coach en
// Liderazgo", "Avocat en Droit des Affaires", "Consultor em Gestão de Projetos".
const FIELD_AFTER_IN = new Set([
  'derecho', 'droit', 'direito', 'liderazgo', 'liderança', 'leadership', 'recrutement', 'reclutamiento',
  'recrutamento', 'gestión', 'gestion', 'gestão', 'finanzas', 'finance', 'finances', 'finanças', 'informática',
  'informatique', 'sistemas', 'systèmes', 'telecomunicaciones', 'telecomunicações', 'ingeniería', 'engenharia',
  'economía', 'économie', 'economia', 'administración', 'administração', 'psicología', 'psychologie',
  'psicologia', 'medicina', 'médecine', 'educación', 'éducation', 'educação', 'comunicación', 'comunicação',
  'estrategia', 'stratégie', 'estratégia', 'innovación', 'innovation', 'inovação', 'ventas', 'vendas',
  'recursos', 'ressources', 'datos', 'données', 'dados', 'ciberseguridad', 'cybersécurité', 'cibersegurança',
  'transformación', 'transformação', 'desarrollo', 'développement', 'desenvolvimento', 'diseño', 'arquitectura',
  'arquitetura', 'contabilidad', 'comptabilité', 'contabilidade', 'fiscalidad', 'fiscalité', 'seguridad',
  'sécurité', 'segurança', 'salud', 'santé', 'saúde', 'proyectos', 'projets', 'projetos', 'negocios', 'affaires',
  'negócios', 'logística', 'logistique', 'calidad', 'qualité', 'qualidade', 'inteligencia', 'inteligência',
  'ciencia', 'ciencias', 'ciência', 'ciências', 'matemáticas', 'matemática', 'física', 'química', 'biología',
  'biologia', 'nutrición', 'nutrição', 'coaching', 'formación', 'formação', 'relaciones', 'relações',
  'marketing', 'ingénierie', 'stratégies', 'comercio', 'comércio', 'turismo',
]);
const FIRST_WORD = /^[^\s|·•,]+/;
const PORTUGUESE_IN_THE: ReadonlySet<string> = new Set(['no', 'na', 'nos', 'nas']);
// A Portuguese role before "no"/"na": "Engenheira de Dados", "Desenvolvedor Backend", "Analista".
// Without one the "no" is English ("Bolt server has no TCP address").
// "Diretor"/"Diretora" and "Gestor"/"Gestora" end otherwise ("Diretor Comercial na Sonae").
// So do "Consultor"/"Consultora" and European Portuguese's "Sénior"/"Júnior" ("Consultora Sénior na
// Atlântico"), with accents English never writes.
const PORTUGUESE_ROLE = /(?:^|\s)(?:d[eoa]s?\s|(?:\p{L}+(?:dor|dora|eir[oa]|ista|ente)|diretora?|gestora?|consultora?|sénior|júnior)(?=\s|$))/iu;

// Or a title Portuguese writes as English does, alone before it: "CTO na Loggi", "CEO no Nubank".
const C_LEVEL_ALONE = /^(?:C[A-Z]{1,2}O|VP)$/;

// The German role before "an der" or "am": a capitalised word of letters ("Professorin").
const GERMAN_ROLE = /^[A-ZÄÖÜ][a-zäöüß]+$/;

/**
 * "en" or "em" after a degree, before a field, or in Dutch before another role: no company. "no"
 * or "na" marks one only after a Portuguese role, "an der" or "am" only after a German one.
 */
function marksNoCompany(line: string, marker: RegExpExecArray): boolean {
  const word = marker[0].trim();
  if (PORTUGUESE_IN_THE.has(word)) {
    const before = line.slice(0, marker.index);
    return !PORTUGUESE_ROLE.test(before) && !C_LEVEL_ALONE.test(before);
  }
  const wordBefore = line.slice(line.lastIndexOf(' ', marker.index - 1) + 1, marker.index);
  if (word === 'am' || word.startsWith('an')) return !GERMAN_ROLE.test(wordBefore);
  if (word === 'di') return italianFieldOrDegree(line, marker, wordBefore);
  // The Polish "w" ("in") marks a company only after a role: "pracowaliśmy razem w Allegro" is a sentence.
  if (word === 'w') return !hasTitleWord(line.slice(0, marker.index)) && !line.slice(0, marker.index).toLowerCase().split(TITLE_WORD_BREAKS).some((each) => POLISH_ROLES.has(each));
  if (word !== 'en' && word !== 'em') return false;
  const before = wordBefore.toLowerCase();
  if (FIELD_BEFORE_IN.has(before)) return true;
  const after = FIRST_WORD.exec(line.slice(marker.index + marker[0].length))?.[0].toLowerCase() ?? '';
  return FIELD_AFTER_IN.has(after) || (word === 'en' && ROLE_AFTER_AND.has(after));
}

// Polish roles before "w" that the title words leave out: "Kierownik projektu w …", "Specjalista ds. … w …".
const POLISH_ROLES: ReadonlySet<string> = new Set([
  'kierownik', 'kierowniczka', 'specjalista', 'specjalistka', 'dyrektor', 'dyrektorka', 'prezes', 'wiceprezes',
  'inżynier', 'inżynierka', 'programista', 'programistka', 'analityk', 'analityczka', 'konsultant', 'konsultantka',
  'menedżer', 'menadżer', 'właściciel', 'właścicielka', 'założyciel', 'założycielka', 'współzałożyciel',
  'współzałożycielka', 'księgowa', 'księgowy', 'rekruter', 'rekruterka', 'architekt', 'architektka', 'doradca',
  'doradczyni', 'koordynator', 'koordynatorka', 'praktykant', 'praktykantka', 'stażysta', 'stażystka', 'tester',
  'testerka', 'projektant', 'projektantka', 'lider', 'liderka', 'asystent', 'asystentka', 'handlowiec',
  'przedstawiciel', 'przedstawicielka', 'członek', 'członkini', 'starszy', 'starsza', 'młodszy', 'młodsza',
]);

// Italian before "di": a degree, a study or a teacher, whose field follows ("Studente di
// Ingegneria", "Dottorando di Ricerca", "Professore di Matematica").
const ITALIAN_FIELD_BEFORE_OF: ReadonlySet<string> = new Set([
  'studente', 'studentessa', 'laureato', 'laureata', 'laureando', 'laureanda', 'laurea', 'dottore', 'dottoressa',
  'dottorando', 'dottoranda', 'dottorato', 'professore', 'professoressa', 'docente', 'insegnante', 'master',
  'corso', 'ricercatore', 'ricercatrice', 'esperto', 'esperta', 'specialista', 'consulente', 'assegnista',
  'mahasiswa', 'mahasiswi', 'dosen', 'guru', 'lulusan',
]);
// Italian fields after "di": "Responsabile di Prodotto", "Consulente di Direzione".
const ITALIAN_FIELD_AFTER_OF: ReadonlySet<string> = new Set([
  'ingegneria', 'economia', 'matematica', 'informatica', 'fisica', 'chimica', 'ricerca', 'giurisprudenza',
  'medicina', 'marketing', 'prodotto', 'prodotti', 'vendite', 'progetto', 'progetti', 'design', 'lettere',
  'filosofia', 'storia', 'architettura', 'biologia', 'psicologia', 'scienze', 'management', 'direzione', 'sistemi',
  'sviluppo', 'comunicazione', 'sicurezza', 'dati', 'finanza', 'gestione', 'amministrazione', 'reparto', 'area',
  'sede', 'filiale', 'zona', 'settore', 'team', 'produzione', 'qualità', 'logistica', 'acquisti', 'diritto',
  'statistica', 'lingue', 'arte', 'musica', 'cucina', 'sala', 'classe', 'ruolo',
  // A place or a function of the work: "Direttore di Stabilimento", "Capo di Gabinetto",
  // "Ingegnere di Processo", "Responsabile di Magazzino", "Comandante di Bordo".
  'stabilimento', 'stabilimenti', 'gabinetto', 'processo', 'processi', 'magazzino', 'cantiere', 'negozio',
  'punto', 'impianto', 'impianti', 'manutenzione', 'laboratorio', 'segreteria', 'redazione', 'dipartimento',
  'divisione', 'funzione', 'servizio', 'servizi', 'ufficio', 'personale', 'risorse', 'contabilità', 'tesoreria',
  'commessa', 'commesse', 'linea', 'turno', 'bordo', 'cabina', 'volo', 'rete', 'canale', 'programma', 'struttura',
]);

// Italian and Indonesian roles before "di" that the title words leave out.
const ROLE_BEFORE_OF: ReadonlySet<string> = new Set([
  'direttore', 'direttrice', 'responsabile', 'amministratore', 'amministratrice', 'fondatore', 'fondatrice',
  'cofondatore', 'co-fondatore', 'ingegnere', 'sviluppatore', 'sviluppatrice', 'analista', 'commerciale', 'dirigente',
  'titolare', 'presidente', 'impiegato', 'impiegata', 'capo', 'manajer', 'direktur', 'pendiri', 'insinyur',
  'karyawan', 'staf', 'kepala', 'pegawai', 'analis', 'pengembang', 'pengurus', 'pemilik',
]);

/**
 * "di" with no role before it (a name: "Giovanni di Stefano"), before a field or after a degree
 * or a teacher ("Studente di Ingegneria"): no company.
 */
function italianFieldOrDegree(line: string, marker: RegExpExecArray, wordBefore: string): boolean {
  if (ITALIAN_FIELD_BEFORE_OF.has(wordBefore.toLowerCase())) return true;
  const before = line.slice(0, marker.index);
  if (!hasTitleWord(before) && !before.toLowerCase().split(TITLE_WORD_BREAKS).some((word) => ROLE_BEFORE_OF.has(word))) return true;
  const after = FIRST_WORD.exec(line.slice(marker.index + marker[0].length))?.[0].toLowerCase() ?? '';
  return ITALIAN_FIELD_AFTER_OF.has(after) || FIELD_AFTER_IN.has(after);
}

const TRAILING_LIST_PUNCTUATION = /[\s,;:]+$/;
const LOWER_CASE_WORD = /^\p{Ll}[^\s\p{Lu}]*(?:\s|$)/u;
const TITLE_WORD_BREAKS = /[^\p{L}-]+/u;

// A brand written in lower case is a web address, one word with a top-level domain: "bol.com",
// "web.de". A lower-case word alone is English ("scale", "web3").
const LOWER_CASE_BRAND = /^\p{Ll}[\p{Ll}\p{N}-]*(?:\.[\p{Ll}\p{N}-]+)*\.\p{Ll}{2,}$/u;

// A company that writes its name in lower case ("Legal Counsel at glovo"): one word of letters,
// the line's last, after a role with a title word. Not one of the words English puts after "at"
// in a headline ("Engineer at heart", "Product at scale", "Designer at night").
const LOWER_CASE_COMPANY = /^\p{Ll}[\p{Ll}-]{1,29}$/u;
const ENGLISH_AFTER_AT: ReadonlySet<string> = new Set([
  'heart', 'scale', 'large', 'home', 'work', 'night', 'nights', 'weekends', 'best', 'least', 'most', 'once', 'times',
  'present', 'play', 'rest', 'ease', 'speed', 'hand', 'length', 'stake', 'odds', 'first', 'last', 'all', 'random',
  'will', 'sea', 'war', 'school', 'university', 'college', 'uni', 'startups', 'startup', 'scaleups', 'scale-ups',
  'companies', 'company', 'agencies', 'agency', 'enterprises', 'enterprise', 'various', 'multiple', 'several',
  'different', 'big', 'small', 'core', 'peace', 'pace', 'volume', 'anything', 'everything', 'something', 'nothing',
  'any', 'many', 'some', 'this', 'that', 'it', 'me', 'us', 'them', 'him', 'her', 'you', 'which', 'what', 'risk',
  'dawn', 'noon', 'midnight', 'lunch', 'dinner', 'breakfast', 'stealth', 'self-employed', 'freelance', 'large-scale',
]);

/** The lower-case word after "at" as the company, where it can only be one (see LOWER_CASE_COMPANY); null otherwise. */
function lowerCaseCompany(role: string, rest: string): string | null {
  const word = rest.trim();
  if (!LOWER_CASE_COMPANY.test(word) || ENGLISH_AFTER_AT.has(word)) return null;
  return hasTitleWord(role) || isTitleCased(role) ? word : null;
}

const MAX_TITLE_CASED_WORDS = 5;

/** A role of a few words, each capitalised: "Legal Counsel". */
function isTitleCased(role: string): boolean {
  const words = role.trim().split(' ');
  return words.length <= MAX_TITLE_CASED_WORDS && words.every((word) => STARTS_UPPER_CASE.test(word));
}

function companyFrom(candidate: string): string | null {
  const company = withoutTrailingPictographs(candidate.replace(TRAILING_LIST_PUNCTUATION, ''));
  // "Engineer at scale": a lower-case word after "at" is not a company ("eBay" is, and "bol.com").
  if (company === '' || (LOWER_CASE_WORD.test(company) && !LOWER_CASE_BRAND.test(company))) return null;
  return company;
}

/** "Klarna 💳" → "Klarna": an emoji after the company is no part of its name. */
function withoutTrailingPictographs(company: string): string {
  let text = company;
  // Only the last few characters are tried: on the whole of a long run the pattern would be
  // tried from each of its characters, once for each emoji taken off.
  for (;;) {
    const tail = text.slice(-PICTOGRAPH_TAIL);
    const emoji = ENDS_WITH_PICTOGRAPH.exec(tail);
    if (emoji === null || (emoji.index === 0 && tail.length === text.length)) return text;
    text = text.slice(0, text.length - tail.length + emoji.index).trimEnd();
  }
}

// An emoji is at most two UTF-16 units, and a variation selector after it one more.
const PICTOGRAPH_TAIL = 3;

function looksLikeHeadline(text: string): boolean {
  return AT_COMPANY.test(text) || FOREIGN_AT_NAMED_COMPANY.test(text) || hasTitleWord(text);
}

/** A job-title or company word, in any of the languages read. */
function hasTitleWord(text: string): boolean {
  return text.toLowerCase().split(TITLE_WORD_BREAKS).some((word) => TITLE_WORDS.has(word) || FOREIGN_TITLE_WORDS.has(word));
}

function findHeadlineLine(lines: readonly Line[], name: ChosenName | null): number {
  if (!name || name.line === -1) return lines.findIndex((line) => line.kind === 'text' && isHeadlineShaped(line.text));
  for (let index = name.line + 1; index < lines.length; index += 1) {
    const line = lines[index];
    // A note's preview under the name ("Invitation: Hi Sam, …") may stand above the card's headline.
    if (!line || line.kind === 'blank' || line.kind === 'mutual' || isChrome(line) || isBareShortLink(line) || (line.kind === 'label' && line.label === 'note')) continue;
    if (line.kind !== 'text' || !couldBeHeadline(line.text)) return -1; // the note comes after the headline
    // Messaging's compose box under a preview ("Write a message…") is no headline, nor is what follows it.
    if (line.text.includes('rite a message') && MESSAGE_LINE.test(line.text)) return -1;
    if (sameName(line.text, name.name)) continue;
    // A place where the headline would be (the digest's card of someone with none): no headline.
    return isCountryPlace(line.text) ? -1 : index;
  }
  return -1;
}

// Countries as a card's place ends with them, in lower case: "Antwerp, Belgium".
const COUNTRIES: ReadonlySet<string> = new Set([
  'belgium', 'netherlands', 'the netherlands', 'germany', 'france', 'spain', 'portugal', 'italy', 'switzerland', 'austria',
  'united kingdom', 'uk', 'ireland', 'united states', 'usa', 'canada', 'mexico', 'brazil', 'argentina', 'chile',
  'colombia', 'peru', 'india', 'china', 'japan', 'singapore', 'malaysia', 'indonesia', 'philippines', 'vietnam',
  'thailand', 'australia', 'new zealand', 'south africa', 'nigeria', 'kenya', 'egypt', 'israel', 'turkey', 'türkiye',
  'united arab emirates', 'saudi arabia', 'poland', 'czechia', 'czech republic', 'sweden', 'norway', 'denmark',
  'finland', 'greece', 'romania', 'hungary', 'ukraine', 'luxembourg', 'south korea', 'pakistan', 'bangladesh',
]);

/** "City, Country" (or "City, Region, Country"), no title's word before the country: no headline. */
function isCountryPlace(text: string): boolean {
  const comma = text.lastIndexOf(', ');
  if (comma === -1 || !COUNTRIES.has(text.slice(comma + 2).toLowerCase())) return false;
  return isPlace(text) && !hasTitleWord(text.slice(0, comma));
}

// LinkedIn's short link alone on its line, as a share puts it under the name: "https://lnkd.in/dX9kQz2".
const BARE_SHORT_LINK = /^(?:https?:\/\/)?lnkd\.in\/\S+$/i;

/**
 * A short link and nothing else: no note, so the headline may still follow it. In any case
 * ("LNKD.IN/…", "Lnkd.in/…"), as the pattern reads it: the quick look is at the first letter
 * only, which is the link's own ("l") or its scheme's ("h") in any case.
 */
function isBareShortLink(line: Line): boolean {
  if ((line.kind !== 'link' && line.kind !== 'text') || line.text.length > MAX_CLASSIFIED_LINE) return false;
  const first = line.text.charAt(0);
  return (first === 'l' || first === 'L' || first === 'h' || first === 'H') && BARE_SHORT_LINK.test(line.text);
}

function isHeadlineShaped(text: string): boolean {
  return couldBeHeadline(text) && (AT_COMPANY.test(text) || text.includes('|') || FOREIGN_AT_NAMED_COMPANY.test(text));
}

/**
 * Not a sentence, so possibly a headline. Headlines are often segments joined by " | "
 * ("Investment Advisor | Helping you grow"): it is enough that the first one does not read as a
 * sentence, since the later ones are slogans that may well say "you", or that it is a slogan in
 * the first person before titles ("I help founders scale | Fractional CMO"). A line that ends as
 * sentences do ("Data Council | great meeting you!") is still a sentence, unless it is a
 * headline that cries out at the end ("Recruiter at Google | We're hiring!").
 */
function couldBeHeadline(text: string): boolean {
  if (!looksLikeSentence(text)) return true;
  // Either exception holds only for a line short enough to classify.
  const short = text.length <= MAX_CLASSIFIED_LINE;
  // A hiring cry before the headline: "We're hiring! Head of Engineering at Back Market".
  const opening = text.charAt(0).toLowerCase();
  const hiring = short && (opening === 'w' || opening === 'n' || opening === 'h') ? LEADING_HIRING_CRY.exec(text) : null;
  if (hiring !== null) {
    const rest = text.slice(hiring[0].length);
    return !looksLikeSentence(rest) && looksLikeHeadline(rest);
  }
  // The company's "!" after an emoji before the headline too ("👋 Finance Director at Kahoot!").
  if (ENDS_WITH_EXCLAMATION.test(text)) return short && (endsWithHeadlineCry(text) || COMPANY_WITH_EXCLAMATION.test(withoutLeadingPictographs(text)) || endsWithBracketedCry(text));
  // An emoji for the cry's "!" ("Talent Partner at Miro — we're hiring 🚀").
  const emoji = short ? ENDS_WITH_PICTOGRAPH.exec(text) : null;
  if (emoji !== null) return endsWithHeadlineCry(`${text.slice(0, emoji.index).trimEnd()}!`);
  const pipe = text.indexOf(' | ');
  if (pipe === -1) return false;
  if (endsWithFullStop(text)) return short && endsWithCompanysStop(text);
  const first = text.slice(0, pipe);
  return !looksLikeSentence(first) || (short && isSloganBeforeTitles(text, first));
}

/**
 * The full stop is the company's, at the end of the last segment ("CFO at Mollie | Board Member
 * at bol."): without it the line is no sentence, and that segment reads as a headline.
 */
function endsWithCompanysStop(text: string): boolean {
  if (!text.endsWith('.')) return false;
  const bare = text.slice(0, -1);
  return !looksLikeSentence(bare) && AT_COMPANY.test(bare.slice(bare.lastIndexOf(' | ') + 3));
}

// A company whose name ends in "!" ("Chief Product Officer at Kahoot!", "Editor at Yahoo!"):
// one word after "at", behind a role in title case, not words of a sentence ("Great to see you
// at KubeCon!").
const COMPANY_WITH_EXCLAMATION =
  /^\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|of|and|&|for))*\s+(?:at|@)\s+\p{Lu}[^\s!?]*!$/u;
const ENDS_WITH_PICTOGRAPH = /\p{Extended_Pictographic}\uFE0F?$/u;

// Separators between a headline's segments, each three characters long.
const SEGMENT_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' · ', ' • '] as const;
const MAX_CRY_WORDS = 3;
// A cry ends with "!", not "?": a question is the note's.
const ENDS_WITH_CRY = /![)"'”’]*$/;
// A cry to "you" is the note's ("Data Council 2026 | great meeting you there!").
const SECOND_PERSON = /(?:^|\s)(?:you|your|you['’]\p{Ll}+)(?=[\s,.!?]|$)/iu;

/**
 * The last segment is a short cry that speaks to nobody in particular ("We're hiring!",
 * "Hiring!"), after a separator and a headline that is no sentence ("VP Sales at Salesforce").
 */
function endsWithHeadlineCry(text: string): boolean {
  if (!ENDS_WITH_CRY.test(text)) return false;
  const cut = Math.max(...SEGMENT_SEPARATORS.map((separator) => text.lastIndexOf(separator)));
  if (cut <= 0) return false;
  const cry = text.slice(cut + 3).trim();
  if (SECOND_PERSON.test(cry)) return false;
  const words = spaceSeparatedWords(cry);
  // A hiring cry may say for what: "we're hiring backend engineers!".
  if (words > MAX_CRY_WORDS && (words > MAX_HIRING_CRY_WORDS || !HIRING_CRY.test(cry))) return false;
  const before = text.slice(0, cut);
  return !looksLikeSentence(before) && looksLikeHeadline(before);
}

const HIRING_CRY = /^(?:we(?:['’]re|\s+are)\s+(?:now\s+)?hiring|now\s+hiring|hiring)\s/i;
const MAX_HIRING_CRY_WORDS = 8;

const LEADING_HIRING_CRY = /^(?:we(?:['’]re|\s+are)\s+(?:now\s+)?hiring|now\s+hiring|hiring)\s*[!:.]\s+(?=\S)/i;

/** The cry in brackets at the end: "VP Engineering at Monzo (we're hiring!)". */
function endsWithBracketedCry(text: string): boolean {
  if (!text.endsWith('!)')) return false;
  const open = text.lastIndexOf('(');
  if (open <= 0) return false;
  const cry = text.slice(open + 1, -1).trim();
  if (spaceSeparatedWords(cry) > MAX_CRY_WORDS || SECOND_PERSON.test(cry)) return false;
  const before = text.slice(0, open).trimEnd();
  return !looksLikeSentence(before) && looksLikeHeadline(before);
}

// "I help …", "I build …", "J'aide …", "Ich helfe …": a headline's slogan in the first person,
// when titles follow it.
const I_SLOGAN = /^(?:I|J['’](?:aide|accompagne)|Ich (?:helfe|unterstütze)|Ayudo|Ajudo|Ik help)\s+\p{Ll}/u;
// A title that no list of title words holds ("Chartered Accountant", "Expert-comptable"): short,
// and capitalised.
const SHORT_TITLE = /^\p{Lu}\S*(?:\s+\S+){0,3}$/u;

/**
 * The first segment is such a slogan and the later ones are titles, not sentences: "I help B2B
 * founders scale | Fractional CMO | Ex-HubSpot". With no title it is a note ("I help founders
 * | happy to chat").
 */
function isSloganBeforeTitles(text: string, first: string): boolean {
  if (!I_SLOGAN.test(first) || isGreeting(first)) return false;
  const rest = text.slice(first.length + 3).split(' | ');
  if (rest.some(looksLikeSentence)) return false;
  return rest.some(looksLikeHeadline) || rest.every((segment) => SHORT_TITLE.test(segment.trim()));
}

// A headline's second line, as a phone's Live Text wraps a long one: "at Rappi Pay | Mentor @ Platzi".
const WRAPPED_AT_COMPANY = /^(?:at|@)\s+\p{Lu}/u;

// A word hyphenated across the lines, as a narrow view wraps it: "Senior Infra-" over "structure Engineer at …".
const HYPHEN_AT_END = /\p{L}-$/u;

/**
 * The line right under the headline's when it goes on with "at Company" and the headline's own
 * line names no company ("Helping fintechs ship faster 🚀 | CTO" over "at Rappi Pay | Mentor @
 * Platzi"), when the headline's line ends in "at" and the company starts the next, or when it ends in a hyphen and the line under it goes on in lower case (joined
 * without a space, the hyphen kept: "Co-" over "founder" is "Co-founder"); -1 if none.
 */
function wrappedHeadlineLine(lines: readonly Line[], headlineLine: number): number {
  const line = lines[headlineLine];
  const next = lines[headlineLine + 1];
  if (line?.kind !== 'text' || next?.kind !== 'text') return -1;
  if (line.text.endsWith('-') && HYPHEN_AT_END.test(line.text) && STARTS_LOWER_CASE.test(next.text)) return looksLikeSentence(next.text) ? -1 : headlineLine + 1;
  // Wrapped after its "at": "Head of Brand at" over "Marrowbone Coffee".
  // Not onto a paid label ("Sponsored") or a place ("Berlin, Germany"), which the card puts there too.
  // In the other languages too: "Líder de Talento Humano en" over "Rappi".
  if (line.text.endsWith(' at') || line.text.endsWith(' @') || endsWithForeignAt(line.text)) {
    return STARTS_CAPITALISED.test(next.text) && !looksLikeSentence(next.text) && !isPaidLabel(next.text) && !isPlace(next.text) ? headlineLine + 1 : -1;
  }
  if (!WRAPPED_AT_COMPANY.test(next.text)) return -1;
  return looksLikeSentence(next.text) || splitHeadline(line.text).company !== null ? -1 : headlineLine + 1;
}

// "at" in German, French, Spanish, Portuguese, Dutch and Italian at a line's end.
const FOREIGN_AT_AT_END = / (?:bei|chez|en|em|n[oa]|bij|presso)$/;

/** Asked of the headline's line alone, once a reading. */
function endsWithForeignAt(text: string): boolean {
  return FOREIGN_AT_AT_END.test(text.slice(-8));
}

/** "Sponsored", "InMail" and the like alone (see INMAIL_LABEL). */
function isPaidLabel(text: string): boolean {
  return text.length <= MAX_INMAIL_LABEL && INMAIL_LABEL.test(text.trim());
}

// A place as the card writes it: capitalised parts between commas, "Berlin, Germany", "Kraków,
// Małopolskie, Poland"; not a company's legal form after its comma ("Acme, Inc.").
const PLACE = /^\p{Lu}[^,]{0,40}(?:, \p{Lu}[^,]{0,40}){1,3}$/u;
const LEGAL_FORM_AFTER_COMMA = new RegExp(`, ${LEGAL_SUFFIX}\\.?$`, 'i');

function isPlace(text: string): boolean {
  return text.includes(', ') && PLACE.test(text) && !LEGAL_FORM_AFTER_COMMA.test(text);
}

function chooseHeadline(lines: readonly Line[], name: ChosenName | null, headlineLine: number, wrapped: number): HeadlineParts {
  const labelled = labelValue(lines, 'headline');
  const line = lines[headlineLine];
  const next = lines[wrapped];
  const joined = line?.kind === 'text' && next?.kind === 'text' ? `${withoutLeadingPictographs(line.text)}${line.text.endsWith('-') ? '' : ' '}${next.text}` : null;
  const written = joined ?? (line?.kind === 'text' ? withoutLeadingPictographs(line.text) : null);
  // A card's link read out whole, "Beatriz Carvalho, Chief of Staff at Nubank", under the name: the headline after it.
  const own = name !== null && written !== null && written.startsWith(`${name.name}, `) ? written.slice(name.name.length + 2) : written;
  const text = labelled ?? name?.headline ?? own ?? name?.aside ?? null;
  const parts = text === null ? NO_HEADLINE : splitHeadline(text);
  const company = labelValue(lines, 'company');
  if (!company) return parts;
  return { headline: parts.headline, company: cleanSingleLine(company, FIELD_LIMITS.company) || parts.company };
}

// Emoji before a headline as a bullet ("✨ Head of Product at Scalapay"): no part of it.
const LEADING_PICTOGRAPHS = /^(?:\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]?\s*)+(?=\p{L})/u;

/** The headline without emoji or a bullet before its first letter; most headlines start with a letter and skip the patterns. */
function withoutLeadingPictographs(text: string): string {
  if (text.charCodeAt(0) < FIRST_SYMBOL) return startsWithBullet(text) && text.charAt(0) !== '-' ? text.replace(LEADING_BULLET, '') : text;
  const emoji = LEADING_PICTOGRAPHS.exec(text);
  return emoji === null ? text : text.slice(emoji[0].length);
}

function labelValue(lines: readonly Line[], label: LabelName): string | null {
  for (const line of lines) if (line.kind === 'label' && line.label === label && line.value !== '') return line.value;
  return null;
}

// --- Mutual connections -----------------------------------------------------------------------

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+|\d{1,6}`;
// "rnutual": "mutual" as OCR reads a screenshot, its "m" as "rn".
const MUTUAL = String.raw`(?:mutual|rnutual|shared)`;
// A count written out: "one mutual connection", "twelve mutual connections", "Jane Doe and two other mutual connections".
const WORD_NUMBERS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
const WORD_NUMBER = `(?:${WORD_NUMBERS.join('|')})`;
const BARE_COUNT = new RegExp(String.raw`^(${NUMBER})\+?$`);
const NO_MUTUALS = new RegExp(String.raw`(?:^|\s)(?:no|zero|0)\s+${MUTUAL}s?(?=\W|$)|(?:^|\s)no\s+connections?\s+in\s+common`);
const NAMED_AND_OTHERS = new RegExp(
  String.raw`^(.+?)\s+(?:and|&)\s+(${NUMBER}|${WORD_NUMBER})\s+others?\s+(?:(?:are|is)\s+)?${MUTUAL}(?:\s+connections?)?\b`,
);
// "Mutual connections: Jane Doe, John Smith and 12 others".
const LABELLED_NAMES_AND_OTHERS = new RegExp(
  String.raw`^(?:${MUTUAL}\s+connections?|mutuals?)\s*:\s*(.+?),?\s+(?:and|&)\s+(${NUMBER})\s+others?\b`,
);
const NAMED_ARE = new RegExp(String.raw`^(.+?)\s+(?:and|&)\s+\S.*?\s+are\s+(?:both\s+|all\s+)?${MUTUAL}\s+connections?\b`);
const NAMED_IS = new RegExp(String.raw`^(.+?)\s+is\s+an?\s+${MUTUAL}\s+connection\b`);
// "Mutual connections: 14", "mutual: 14", and the web page's "See all mutual connections (14)".
// Typed with a plus too: "mutual: +5", but not the plus that starts a phone number, more digits
// after it ("mutual: +44 20 7946 0000").
const LABELLED = new RegExp(
  String.raw`(?:${MUTUAL}\s+connections?|mutuals?)\s*(?:[:=\-–]|\()\s*(?:\+(?!\d+[\s\-.()]{1,3}\d))?(${NUMBER})(?!\d)`,
);
// "14 mutual connections", "14 mutual", "3 mutuals".
const COUNTED = new RegExp(String.raw`(?:^|[^\d,.])(${NUMBER})\+?\s+(?:others?\s+)?${MUTUAL}s?(?=\W|$)`);
const WORD_COUNTED = new RegExp(String.raw`(?:^|\s)(${WORD_NUMBER})\s+${MUTUAL}s?(?=\W|$)`);
// "You both know Alex Chen and 2 others", "You both know Alex Chen and Maria Lopez", the whole line.
// After the recipient's name too: "Sam, you both know Alex Chen".
const YOU_BOTH_KNOW = new RegExp(String.raw`^(?:[^\s,]{1,30},\s*)?you\s+both\s+know\s+(.+?)(?:\s+(?:and|&)\s+(${NUMBER}|${WORD_NUMBER})\s+others?)?$`);
// An e-mail's "You and Hugo share 2 connections".
const YOU_SHARE = new RegExp(String.raw`^you\s+and\s+[^\d\s][^\d]{0,60}?\s+share\s+(${NUMBER})\s+(?:${MUTUAL}\s+)?connections?\b`);
// "12 connections in common", and as typed, "12 people in common".
const IN_COMMON = new RegExp(String.raw`(?:^|[^\d,.])(${NUMBER})\s+(?:connections?|people)\s+in\s+common`);
const FIRST_PERSON = /(?:^|\s)(?:i|i['’]m|i['’]ve|we|we['’]re|my|our|us|me)(?=[\s,.!?]|$)/i;

// The same lines in German, French, Spanish, Portuguese and Dutch: "12 gemeinsame Kontakte",
// "5 relations en commun", "3 contactos en común", "4 conexões em comum", "7 gemeenschappelijke
// connecties"; with names, "Max Muster und 11 weitere gemeinsame Kontakte", "Claire Martin et 4
// autres relations en commun", "Lucía Fernández y 2 contactos en común más", "Ana Souza e 3
// outras conexões em comum" or "Ana Souza e mais 3 conexões em comum", "Pieter Jansen en 6
// andere gemeenschappelijke connecties"; and "Keine gemeinsamen Kontakte". Thousands may be grouped with "." or a space: "1.204".
const MUTUAL_KEYWORDS = /mutual|share(?:d|\s\d)|in common|rnutual|both know|gemeinsame|en commun|en común|em comum|gemeenschappelijke|in comune|wspóln|ortak bağlantı|gemensamm?a? kontakt|fælles forbindelse|společn\S* spojení|koneksi bersama|kết nối chung|共通のつながり|공통\s*1촌|共同好友|مشترك|משותפ|felles (?:forbindelse|kontakt)|yhtei(?:stä|nen) kontakti|κοινέ?ς συνδέσ|conexiun[ie] comun|közös kapcsolat|спільн\S* контакт|การเชื่อมต่อร่วมกัน|hubungan bersama/;
const FOREIGN_MUTUAL_KEYWORDS = /gemeinsame|en commun|en común|em comum|gemeenschappelijke|in comune|wspóln|ortak bağlantı|gemensamm?a? kontakt|fælles forbindelse|společn\S* spojení|koneksi bersama|kết nối chung|共通のつながり|공통\s*1촌|共同好友|مشترك|משותפ|felles (?:forbindelse|kontakt)|yhtei(?:stä|nen) kontakti|κοινέ?ς συνδέσ|conexiun[ie] comun|közös kapcsolat|спільн\S* контакт|การเชื่อมต่อร่วมกัน|hubungan bersama/;
const FOREIGN_NUMBER = String.raw`\d{1,3}(?:[.,\s]\d{3})+|\d{1,6}`;
const FOREIGN_MUTUALS = String.raw`(?:gemeinsame[rn]?\s+kontakte?|relations?\s+en\s+commun|(?:contactos?|conexiones|conexión)\s+(?:más\s+)?en\s+común|(?:conex(?:ão|ões)|liga(?:ção|ções)|contactos?)\s+em\s+comum|gemeenschappelijke\s+connecties?)`;
const FOREIGN_AND = String.raw`(?:und|et|y|e|en)`;
// Before the phrase, or before a verb and the phrase: "Bram de Jong en 2 anderen zijn gemeenschappelijke connecties".
const FOREIGN_OTHERS = String.raw`(?:(?:weitere|autres?|outr[ao]s?|anderen?)\s+)?`;
const FOREIGN_OTHERS_ARE = String.raw`(?:(?:weitere|autres?|outr[ao]s?|anderen?)\s+(?:sind|sont\s+des|son|são|zijn)\s+)?`;
const FOREIGN_NO_MUTUALS = new RegExp(
  String.raw`(?:^|\s)(?:keine|aucune?|ningún|ninguna|ninguno|sin|nenhuma|nenhum|sem|geen)\s+${FOREIGN_MUTUALS}`,
);
const FOREIGN_NAMED_AND_OTHERS = new RegExp(
  String.raw`^(.+?)\s+${FOREIGN_AND}\s+(?:mais\s+)?(${FOREIGN_NUMBER})\s+(?:${FOREIGN_OTHERS_ARE}|${FOREIGN_OTHERS})${FOREIGN_MUTUALS}`,
);
const FOREIGN_NAMED_ARE = new RegExp(
  String.raw`^(.+?)\s+${FOREIGN_AND}\s+\S.*?\s+(?:sind\s+gemeinsame\s+kontakte|sont\s+des\s+relations\s+(?:en\s+commun|que\s+vous\s+avez\s+en\s+commun)|son\s+contactos\s+en\s+común|são\s+(?:conexões|ligações)\s+em\s+comum|zijn\s+gemeenschappelijke\s+connecties)`,
);
const FOREIGN_NAMED_IS =
  /^(.+?)\s+(?:ist\s+ein\s+gemeinsamer\s+kontakt|est\s+une\s+relation\s+(?:en\s+commun|que\s+vous\s+avez\s+en\s+commun)|es\s+un\s+contacto\s+en\s+común|é\s+uma\s+(?:conexão|ligação)\s+em\s+comum|is\s+een\s+gemeenschappelijke\s+connectie)/;
// One written as a word: "Ein gemeinsamer Kontakt", "Une relation en commun", "Un contacto en
// común", "Uma conexão em comum", "Eén gemeenschappelijke connectie".
const FOREIGN_ONE = new RegExp(String.raw`(?:^|\s)(?:ein|une|un|uma|um|één|eén|een)\s+${FOREIGN_MUTUALS}`);
// Labelled: "Gemeinsame Kontakte: 5", "Conexões em comum: 4".
const FOREIGN_LABELLED = new RegExp(String.raw`^${FOREIGN_MUTUALS}\s*[:=]\s*(${FOREIGN_NUMBER})(?!\d)`);
const FOREIGN_COUNTED = new RegExp(String.raw`(?:^|[^\d,.])(${FOREIGN_NUMBER})\+?\s+${FOREIGN_OTHERS}${FOREIGN_MUTUALS}`);
// What a note says and LinkedIn's lines never do: "wir haben 3 gemeinsame Kontakte".
const FOREIGN_FIRST_PERSON =
  /(?:^|\s)(?:j['’]|(?:ich|wir|mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|uns|je|nous|notre|nos|mon|mes|yo|tengo|tenemos|nosotr[oa]s|mis|nuestr[oa]s?|eu|tenho|temos|nós|meus?|minhas?|noss[oa]s?|ik|wij|we|mijn|onze|ons|hebben)(?=[\s,.!?;:]|$))/;

/**
 * The number of mutual connections a line states, in the forms LinkedIn uses: "14 mutual
 * connections", "Jane Doe and 13 other mutual connections" (14), "Jane Doe is a mutual
 * connection" (1), "Jane Doe and John Roe are mutual connections" (2), "no shared connections"
 * (0), "1,204 mutual", and the same in German, French, Spanish, Portuguese and Dutch ("12
 * gemeinsame Kontakte", "Claire Martin et 4 autres relations en commun"). Null when the line
 * says nothing about mutual connections.
 */
export function parseMutualConnections(line: string): number | null {
  const text = collapseWhitespace(line).toLowerCase();
  if (text.length > MAX_CLASSIFIED_LINE || !MUTUAL_KEYWORDS.test(text)) return null;
  return (englishMutuals(text) ?? foreignMutuals(text))?.count ?? null;
}

/**
 * A pasted line's count. `alone` when the line reads as LinkedIn's own: the count alone ("12
 * mutual connections"), after the names it lists ("Sam Lee and 11 other mutual connections"), or
 * as the last of the line's segments ("Berlin · 500+ connections · 12 mutual connections").
 * A line that says more around the count ("40 mutual connections and counting!", "On a 12
 * relations en commun") is settled by where it stands (settleLooseCounts). A line in a person's
 * own words ("I", "we", "wir", "nous") is their note.
 */
function mutualsOnLine(text: string): { count: number; alone: boolean } | null {
  return mutualsOnLowerCaseLine(text, text.toLowerCase());
}

/**
 * mutualsOnLine, given the line in lower case too. The keywords are looked for first: most lines
 * have none, and then the line's person and greeting need no reading.
 */
function mutualsOnLowerCaseLine(text: string, lower: string): { count: number; alone: boolean } | null {
  if (lower.length > MAX_CLASSIFIED_LINE) return null;
  if (!MUTUAL_KEYWORDS.test(lower)) return lower.endsWith(' others') || lower.endsWith(' other') ? namedAndOthersAlone(text) : null;
  const person = lower.includes(' innych ') ? text.replace(POLISH_AND_OTHERS, ' ') : text;
  if (FIRST_PERSON.test(person) || isGreeting(text)) return null;
  const found = englishMutuals(lower) ?? (FOREIGN_FIRST_PERSON.test(lower) ? null : foreignMutuals(lower));
  // Lower-casing keeps the length but for a few letters ("İ"); then the lower-case text stands in.
  return found && { count: found.count, alone: standsAlone(found, lower, lower.length === text.length ? text : lower) };
}

// The card's short count under the faces of those you share, with no "mutual": "Maria and 3
// others", "Ana Lima & 2 others". The whole line, a name of one to three capitalised words first.
const NAMED_AND_OTHERS_ALONE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’.-]{0,30}(?:[^\S\n]+\p{Lu}[\p{L}'’.-]{0,30}){0,2})[^\S\n]+(?:and|&)[^\S\n]+(\d{1,4}|${WORD_NUMBER})[^\S\n]+others?$`,
  'u',
);

/** "Maria and 3 others" alone on its line: the one named and the others (4), as LinkedIn's own line. */
function namedAndOthersAlone(text: string): { count: number; alone: boolean } | null {
  const named = NAMED_AND_OTHERS_ALONE.exec(text.trim());
  return named === null ? null : { count: 1 + toCount(named[2] ?? '0'), alone: true };
}

/** A count a line states, and where: the phrase that states it, and the names listed before it. */
interface StatedMutuals {
  count: number;
  /** Where the phrase starts and ends. */
  start: number;
  end: number;
  /** Where the names before the count are ("Jane Doe, John Roe and 12 others"); equal when none. */
  namesStart: number;
  namesEnd: number;
}

/** A phrase that starts with the names it lists: group 1. */
function namedPhrase(count: number, match: RegExpExecArray): StatedMutuals {
  const names = match[1] ?? '';
  const namesStart = match.index + match[0].indexOf(names);
  return { count, start: match.index, end: match.index + match[0].length, namesStart, namesEnd: namesStart + names.length };
}

/** A phrase that starts at `start`, which may be after a character the pattern reads before it. */
function countPhrase(count: number, match: RegExpExecArray, start: number): StatedMutuals {
  return { count, start, end: match.index + match[0].length, namesStart: 0, namesEnd: 0 };
}

/** Where the first word of a "(?:^|\s)no …" pattern starts. */
function wordStart(match: RegExpExecArray): number {
  return match[0].startsWith(' ') ? match.index + 1 : match.index;
}

/** Where a "(?:^|[^\d,.])(N)" pattern's number starts. */
function numberStart(match: RegExpExecArray): number {
  return match.index + match[0].indexOf(match[1] ?? '');
}

function englishMutuals(text: string): StatedMutuals | null {
  const none = NO_MUTUALS.exec(text);
  if (none) return countPhrase(0, none, wordStart(none));
  const others = NAMED_AND_OTHERS.exec(text) ?? LABELLED_NAMES_AND_OTHERS.exec(text);
  if (others) return namedPhrase(countNames(others[1] ?? '') + toCount(others[2] ?? '0'), others);
  const named = NAMED_ARE.exec(text);
  if (named) return namedPhrase(countNames(named[1] ?? '') + 1, named);
  const one = NAMED_IS.exec(text);
  if (one) return namedPhrase(1, one);
  const labelled = LABELLED.exec(text);
  if (labelled?.[1]) return countPhrase(toCount(labelled[1]), labelled, labelled.index);
  const counted = COUNTED.exec(text) ?? IN_COMMON.exec(text);
  if (counted?.[1]) return countPhrase(toCount(withOcrOne(text, counted)), counted, numberStart(counted));
  const written = WORD_COUNTED.exec(text);
  if (written?.[1]) return countPhrase(toCount(written[1]), written, numberStart(written));
  if (!text.startsWith('you ')) {
    if (text.includes(' and you both know ')) return knownToYouAndThem(text);
    return text.includes(', you both know ') ? knownToBoth(text) : null;
  }
  const shared = YOU_SHARE.exec(text);
  if (shared?.[1]) return countPhrase(toCount(shared[1]), shared, 0);
  return knownToBoth(text);
}

// The web page's card names the inviter first: "Nadia Rahman and you both know Omar Farouk".
const THEY_AND_YOU_BOTH_KNOW = new RegExp(String.raw`^[^\s,][^,]{0,99}?\s+and\s+you\s+both\s+know\s+(.+?)(?:\s+(?:and|&)\s+(${NUMBER}|${WORD_NUMBER})\s+others?)?$`);

function knownToYouAndThem(text: string): StatedMutuals | null {
  const known = THEY_AND_YOU_BOTH_KNOW.exec(text);
  return known ? namedPhrase(countNames(known[1] ?? '') + toCount(known[2] ?? '0'), known) : null;
}

function knownToBoth(text: string): StatedMutuals | null {
  const known = YOU_BOTH_KNOW.exec(text);
  return known ? namedPhrase(countNames(known[1] ?? '') + toCount(known[2] ?? '0'), known) : null;
}

/**
 * The number a count's match read, with the "1" OCR read as "l" or "I" before it ("l4 mutual
 * connections" is 14, not 4): a letter alone before the digits at a word's start.
 */
function withOcrOne(text: string, counted: RegExpExecArray): string {
  const digits = counted[1] ?? '';
  const at = numberStart(counted);
  const before = text.charAt(at - 1);
  if ((before !== 'l' && before !== 'i') || (at > 1 && text.charAt(at - 2) !== ' ')) return digits;
  return `1${digits}`;
}

// LinkedIn's count in the languages read more roughly (see "What it still misreads" in docs/reading-invitations.md): Italian "12
// collegamenti in comune" ("Marco Rossi e altri 11 …"), Polish "7 wspólnych kontaktów" ("… i 6
// innych …"), Turkish "5 ortak bağlantı", Swedish "9 gemensamma kontakter", Danish "6 fælles
// forbindelser", Czech "4 společných spojení", Indonesian "8 koneksi bersama", Vietnamese "3 kết
// nối chung", Chinese "10 位共同好友", Arabic "4 اتصالات مشتركة", Hebrew "12 קשרים משותפים"; and
// with the number after, Japanese "共通のつながり2人" and Korean "공통 1촌 5명". Then Norwegian "8 felles
// forbindelser", Finnish "11 yhteistä kontaktia", Greek "2 κοινές συνδέσεις", Romanian "7 conexiuni
// comune", Hungarian "1 közös kapcsolat", Ukrainian "12 спільних контактів", Malay "2 hubungan
// bersama", and Thai, the number after: "การเชื่อมต่อร่วมกัน 3 รายการ".
const OTHER_MUTUALS = String.raw`(?:collegament[oi]\s+in\s+comune|wspóln\S*\s+kontakt\S*|ortak\s+bağlantı\S*|gemensamm?a?\s+kontakt\S*|fælles\s+forbindelse\S*|společn\S*\s+spojení|koneksi\s+bersama(?:\s+lainnya)?|kết\s+nối\s+chung(?:\s+khác)?|位共同好友|اتصال\S*\s+مشترك\S*|קשרים\s+משותפים|felles\s+(?:forbindelse|kontakt)\S*|yhtei(?:stä|nen)\s+kontakti\S*|κοινέ?ς\s+συνδέσ\S*|conexiun[ie]\s+comun\S*|közös\s+kapcsolat\S*|спільн\S*\s+контакт\S*|hubungan\s+bersama)`;
const OTHER_NAMED_AND_OTHERS = new RegExp(
  String.raw`^(.+?)\s+(?:e\s+altri|i|ve|och|og|a|dan|và)\s+(\d{1,6})\s+(?:innych\s+|diğer\s+|andra\s+|andre\s+|dalších\s+)?${OTHER_MUTUALS}`,
);
const OTHER_COUNTED = new RegExp(String.raw`(?:^|[^\d,.])(\d{1,6})\+?\s*${OTHER_MUTUALS}`);
// "Nessun collegamento in comune", and the Polish "Brak wspólnych kontaktów": none.
const OTHER_NO_MUTUALS = /(?:^|\s)(?:nessun\s+collegamento\s+in\s+comune|brak\s+wspólnych\s+kontaktów)/;
// The Polish "i" ("and") before a count of others, "Jan Nowak i 6 innych wspólnych kontaktów":
// no English "I", which would make the line a note.
const POLISH_AND_OTHERS = /\si\s+\d{1,6}\s+innych\s/g;
const OTHER_COUNT_AFTER = /(?:共通のつながり|공통\s*1촌|การเชื่อมต่อร่วมกัน)\s*(\d{1,6})\s*(?:人|명|รายการ)/;

/** The other languages' lines; LinkedIn lists the named people with commas only. */
function foreignMutuals(text: string): StatedMutuals | null {
  if (!FOREIGN_MUTUAL_KEYWORDS.test(text)) return null;
  const other = otherLanguageMutuals(text);
  if (other !== null) return other;
  const none = FOREIGN_NO_MUTUALS.exec(text);
  if (none) return countPhrase(0, none, wordStart(none));
  const others = FOREIGN_NAMED_AND_OTHERS.exec(text);
  if (others) return namedPhrase(countCommaSeparated(others[1] ?? '') + toForeignCount(others[2] ?? '0'), others);
  const named = FOREIGN_NAMED_ARE.exec(text);
  if (named) return namedPhrase(countCommaSeparated(named[1] ?? '') + 1, named);
  const one = FOREIGN_NAMED_IS.exec(text);
  if (one) return namedPhrase(1, one);
  const single = FOREIGN_ONE.exec(text);
  if (single) return countPhrase(1, single, wordStart(single));
  const counted = FOREIGN_COUNTED.exec(text);
  if (counted?.[1]) return countPhrase(toForeignCount(counted[1]), counted, numberStart(counted));
  const labelled = FOREIGN_LABELLED.exec(text);
  return labelled?.[1] ? countPhrase(toForeignCount(labelled[1]), labelled, 0) : null;
}

function otherLanguageMutuals(text: string): StatedMutuals | null {
  const none = OTHER_NO_MUTUALS.exec(text);
  if (none) return countPhrase(0, none, wordStart(none));
  const others = OTHER_NAMED_AND_OTHERS.exec(text);
  if (others) return namedPhrase(countCommaSeparated(others[1] ?? '') + toCount(others[2] ?? '0'), others);
  const counted = OTHER_COUNTED.exec(text);
  if (counted?.[1]) return countPhrase(toCount(counted[1]), counted, numberStart(counted));
  const after = OTHER_COUNT_AFTER.exec(text);
  return after?.[1] ? countPhrase(toCount(after[1]), after, after.index) : null;
}

// After the phrase (and the rest of "14 mutual connections", "… contactos en común más"), a word
// set off by a space or a comma, or an exclamation, says more: "40 mutual connections and
// counting!", "12 mutual connections, let's talk". Text stuck to the phrase is no word of its
// sentence but the next line, its line break lost in copying ("14 mutual connectionsAccept").
// The rest of the phrase may be written "contacts" or "conn." ("5 mutual contacts", "14 mutual
// conn."), and go on with whom it includes ("11 mutual connections incl. Ana Silva").
const REST_OF_PHRASE = /^\s+(?:connections?|contacts?|conns?\.?|más)(?:,?\s+(?:incl\.?|including)\s+[^.!?;:]{1,80}$)?/;
const SAYS_MORE_AFTER = /^[^\p{L}\p{N}!?]*(?:[!?]|[\s,;:][^\p{L}\p{N}]*[\p{L}\p{N}])/u;
// Before the phrase, set off by a space: nothing, a bullet or emoji (":busts_in_silhouette:" as
// Slack writes one), the web page's "See all", or the line's other segments up to a separator:
// "Berlin · 500+ connections · 12 mutual connections", and typed, "Priya Raman, Head of Data at
// Northwind, 14 mutual connections". Not a word: "Already 40 mutual connections", "On a 12
// relations en commun".
const ENDS_WITH_SPACE = /\s$/;
// After the phrase, LinkedIn's own line may go on only with another segment ("14 mutual
// connections • 2nd") or, its line breaks lost, with the buttons ("14 mutual connections Accept Ignore").
const SEGMENT_AFTER = /^\s*[·•|]/;
const BUTTON_WORDS: ReadonlySet<string> = new Set([...BUTTON_LINES].filter((line) => !line.includes(' ')));

function onlyButtons(tail: string): boolean {
  const words = tail.trim().split(/\s+/);
  return words.length <= 3 && words.every((word) => BUTTON_WORDS.has(word));
}
const EMOJI_CODES = /:[a-z\d_+'-]+:/g;
const SEE_ALL = /^(?:see|show|view)\s+all$/i;
const ENDS_WITH_SEGMENT_SEPARATOR = /[·•|,–—-]$/;
const TRAILING_SEGMENT_SEPARATORS = /[\s·•|,–—-]+$/;

/** LinkedIn's line states the count and stops; the names before it, or the segments, are no sentence. */
function standsAlone(found: StatedMutuals, lower: string, text: string): boolean {
  const after = lower.slice(found.end);
  const rest = REST_OF_PHRASE.exec(after);
  const tail = rest ? after.slice(rest[0].length) : after;
  if (!SEGMENT_AFTER.test(tail) && !onlyButtons(tail) && SAYS_MORE_AFTER.test(tail)) return false;
  if (found.namesEnd > found.namesStart && looksLikeSentence(text.slice(found.namesStart, found.namesEnd))) return false;
  const before = text.slice(0, found.start);
  if (!ENDS_WITH_SPACE.test(before)) return true;
  const segments = before.trimEnd();
  if (!LETTER_OR_DIGIT.test(segments.replace(EMOJI_CODES, '')) || SEE_ALL.test(segments)) return true;
  return ENDS_WITH_SEGMENT_SEPARATOR.test(segments) && !looksLikeSentence(segments.replace(TRAILING_SEGMENT_SEPARATORS, ''));
}

function countNames(list: string): number {
  return list.split(/,|\s+(?:and|&)\s+/).filter((part) => part.trim() !== '').length;
}

function toCount(digits: string): number {
  const written = WORD_NUMBERS.indexOf(digits);
  return written === -1 ? Number.parseInt(digits.replace(/,/g, ''), 10) : written + 1;
}

function countCommaSeparated(list: string): number {
  return list.split(',').filter((part) => part.trim() !== '').length;
}

function toForeignCount(digits: string): number {
  return Number.parseInt(digits.replace(/\D/g, ''), 10);
}

const COUNT_THEN_WORD = new RegExp(String.raw`^(${NUMBER})\+?\s+(\p{L}{2,12})$`, 'u');
const MAX_MUTUAL_TYPOS = 2;

/**
 * "14 mutal", "2 mtual": in the field for the count, a number and a word a typo or two from
 * "mutual" (starting with its "m") is the count. "14 connections", "3 mins" are not.
 */
function countBeforeMisspeltMutual(text: string): number | null {
  const match = COUNT_THEN_WORD.exec(text);
  const word = match?.[2] ?? '';
  const isMutual = word.startsWith('m') && typoDistance(word, 'mutual') <= MAX_MUTUAL_TYPOS;
  return isMutual && match?.[1] ? toCount(match[1]) : null;
}


/** LinkedIn's count: the first line that states it alone, else the first loose one (see settleLooseCounts). */
function firstMutual(lines: readonly Line[]): number | null {
  let loose: number | null = null;
  for (const line of lines) {
    if (line.kind !== 'mutual') continue;
    if (line.loose === undefined) return line.count;
    loose ??= line.count;
  }
  return loose;
}

// A line that exclaims or asks, or holds the end of one sentence and the start of the next.
const EXCLAIMS_OR_ASKS = /[!?]/;
const SENTENCE_BREAK = /[.;]\s+\p{Lu}/u;

/**
 * A line that states a count but says more ("14 mutual connections Accept View profile", "Around
 * 14 mutual connections", "40 mutual connections and counting") is LinkedIn's line, its line
 * breaks lost or typed in a summary, unless the note has begun above it (a greeting, a quote or
 * a sentence, with no button or logo since) or it reads as a sentence itself: then it is part of
 * the note. Either way a line that states the count alone wins (firstMutual).
 */
function settleLooseCounts(lines: Line[]): Line[] {
  if (!lines.some((line) => line.kind === 'mutual' && line.loose !== undefined)) return lines;
  let inNote = false;
  return lines.map((line) => {
    if (line.kind === 'mutual' && line.loose !== undefined) {
      return inNote || readsAsSentence(line.loose) ? { kind: 'text', text: line.loose } : line;
    }
    if (line.kind === 'quote' || (line.kind === 'label' && line.label === 'note') || (line.kind === 'text' && looksLikeSentence(line.text))) inNote = true;
    else if (line.kind === 'button' || line.kind === 'logo' || line.kind === 'recipient' || line.kind === 'panel') inNote = false;
    return line;
  });
}

// An aside in brackets ("(incl. Jane Doe)") is no sentence of its own.
const IN_BRACKETS = /\([^)]*\)/g;

function readsAsSentence(line: string): boolean {
  const text = line.includes('(') ? line.replace(IN_BRACKETS, ' ') : line;
  return EXCLAIMS_OR_ASKS.test(text) || SENTENCE_BREAK.test(text) || (endsWithFullStop(text) && spaceSeparatedWords(text) >= 3);
}

// --- The note ---------------------------------------------------------------------------------

const CLOSING_QUOTE = /["“”»›'’]$/;
// "…see more", and "…mehr", "…voir plus", "…ver más", "…ver mais", "…meer".
// The web page's "…see less" under a note it has shown in full: no part of the note.
const SEE_LESS = /(?:…|\.\.\.)\s*(?:see less|weniger(?: anzeigen)?|voir moins|ver menos|minder(?: weergeven)?)$/i;
const SEE_MORE = /(…|\.\.\.)\s*(?:see more|mehr(?: anzeigen)?|voir plus|ver más|ver mais|meer(?: weergeven)?)$/i;

/**
 * The note: a labelled one, else a quoted one, else the first run of sentences after the name's
 * line (`from`). What stands above the name is someone else's, a forwarder's comment or a mail
 * system's banner, unless the name signs it off ("Best,\nPriya Raman").
 */
function chooseNote(lines: readonly Line[], used: ReadonlySet<number>, from: number, named: boolean): string | null {
  const labelled = lines.findIndex((line) => line.kind === 'label' && line.label === 'note');
  if (labelled !== -1) return labelledNote(lines, labelled);
  const quoted = lines.findIndex((line, index) => line.kind === 'quote' && !used.has(index));
  if (quoted !== -1) return quotedNote(lines, quoted);
  const after = firstUnquotedNote(lines, used, from);
  const signed = after === null && from > 0 && signsOff(lines[previousNonBlank(lines, from - 1)]) ? firstUnquotedNote(lines, used, 0) : after;
  // A short note is read by where it stands, which only a name's line tells.
  return signed ?? (named ? shortNote(lines, used, from) : null);
}

/**
 * A short note with no pronoun and no full stop ("Fellow Stanford GSB alum here", "Met at
 * re:Invent last week"), read only where LinkedIn puts the note: the last line before the first
 * Accept or Ignore button, below the name's line and not the headline; or, with no button, the
 * last line, below the count. And only as a person writes (see readsAsShortNote).
 */
function shortNote(lines: readonly Line[], used: ReadonlySet<number>, from: number): string | null {
  let end = from + 1;
  while (end < lines.length && lines[end]?.kind !== 'button') end += 1;
  let index = end - 1;
  while (index > from && isQuiet(lines[index] ?? BLANK)) index -= 1;
  const line = lines[index];
  if (index <= from || line?.kind !== 'text' || used.has(index)) return null;
  // A greeting alone ("Hi", "Hello Sam! 👋") right above the buttons is the whole note; an
  // e-mail's "Hi Sam," opens its body instead, above the name.
  // Not a thanks or a sign-off alone ("Thanks!", "Cheers"), which says less.
  if (end < lines.length && OPENING_GREETING.test(line.text) && isBareGreeting(line.text) && !line.text.endsWith(',')) return line.text;
  if (!readsAsShortNote(line.text)) return null;
  if (end < lines.length) return line.text;
  for (let before = from + 1; before < index; before += 1) if (lines[before]?.kind === 'mutual') return line.text;
  return null;
}

const STARTS_LOWER_CASE = /^\p{Ll}/u;
// A greeting that opens a note: "Hi", "Hello Sam!", "Hola" (not "Thanks!" or "Cheers").
const OPENING_GREETING = /^(?:hi|hello|hey|hiya|hallo|hoi|bonjour|hola|olá|ciao|hej)(?=[\s,!.]|$)/i;
const MIN_SHORT_NOTE_WORDS = 3;
const MIN_LOWER_CASE_WORDS = 2;

/**
 * A short line of several words, two or more of them in lower case and neither a name's particle
 * nor a button's word, and no greeting alone: the page's labels ("View full profile", "See all") and a location
 * ("San Francisco Bay Area", "São Paulo e Região", "Frankfurt am Main") are not.
 */
function readsAsShortNote(text: string): boolean {
  if (text.length > MAX_CLASSIFIED_LINE || spaceSeparatedWords(text) < MIN_SHORT_NOTE_WORDS || isGreeting(text)) return false;
  // "• no note", as a list says there is none.
  if (startsWithBullet(text) && NO_NOTE.test(text.replace(LEADING_BULLET, ''))) return false;
  let lowerCase = 0;
  for (const word of text.split(' ')) if (STARTS_LOWER_CASE.test(word) && !PARTICLES.has(word) && !UI_WORDS.has(word)) lowerCase += 1;
  return lowerCase >= MIN_LOWER_CASE_WORDS;
}

/** The last line at or before `from` that is not blank; -1 if none. */
function previousNonBlank(lines: readonly Line[], from: number): number {
  let index = from;
  while (lines[index]?.kind === 'blank') index -= 1;
  return index;
}

/** A sign-off such as "Best," or "Thanks," above a name: the name signs the note above. */
function signsOff(line: Line | undefined): boolean {
  return line?.kind === 'text' && isGreeting(line.text) && spaceSeparatedWords(line.text) <= 3;
}

/**
 * The first run of sentences from line `from` that says more than "Hi Sam," (LinkedIn emails
 * open with one).
 */
function firstUnquotedNote(lines: readonly Line[], used: ReadonlySet<number>, from: number): string | null {
  for (let index = from; index < lines.length; index += 1) {
    const line = lines[index];
    // The e-mail's footer ("Diese E-Mail ist für Sam Lee … bestimmt") ends it: no note follows;
    // so does a profile page's section heading ("About"): what follows is the profile's.
    if (line?.kind === 'recipient' || (line?.kind === 'text' && PROFILE_SECTIONS.has(line.text))) return null;
    // A sentence with a link in it ("Quick look: https://…") may start the note too.
    if ((line?.kind !== 'text' && line?.kind !== 'link') || used.has(index) || !looksLikeSentence(line.text)) continue;
    // "^ this guy keeps inviting me": the forwarder's comment on what is above, and all after it.
    if (line.text.charAt(0) === '^') return null;
    const note = unquotedNote(lines, index, used);
    if (isBareGreeting(note) || isForwardersQuestion(lines, index, from, note)) continue;
    // "Rosa," on a line of its own above the first sentence opens the note too.
    const above = lines[index - 1];
    return index - 1 > from && above?.kind === 'text' && !used.has(index - 1) && SALUTATION.test(above.text) ? `${above.text}\n${note}` : note;
  }
  return null;
}

// A profile page's section headings, under the invitation's buttons there.
const PROFILE_SECTIONS: ReadonlySet<string> = new Set(['About', 'Activity', 'Experience', 'Featured']);

// The recipient's first name and a comma, as a note may open: "Rosa,".
const SALUTATION = /^\p{Lu}[\p{L}'’-]*,$/u;

// A thank-you for something ("Thanks for today 🙏", "Thank you for lunch!") says more than a greeting.
const THANKS_FOR = /^(?:thanks|thank\s+you|many\s+thanks)\s+for\s+\S/i;

function isBareGreeting(text: string): boolean {
  return !text.includes('\n') && isGreeting(text) && spaceSeparatedWords(text) <= 4 && !THANKS_FOR.test(text);
}

/** The forwarder's question is short: "thoughts?", "should I accept?", "anyone know her?". */
const MAX_FORWARDERS_QUESTION_WORDS = 3;
// What the forwarder asks about the person, and the inviter's note would not: of them in the third
// person, whether to trust or accept them, doubled marks. "Can we connect?" is the inviter's.
const FORWARDERS_ASIDE = /\?\?|\b(?:him|her|them|he|she|they|this\s+one|thoughts|legit|spam\w*|scam\w*|fake|bot|worth\s+it|accept)\b/i;

/** A short question of the forwarder's about the person (see FORWARDERS_ASIDE): "seems spammy??", "anyone know him?". */
function isForwardersAside(part: string): boolean {
  const text = part.trim();
  return text.endsWith('?') && spaceSeparatedWords(text) <= MAX_FORWARDERS_QUESTION_WORDS && !isGreeting(text) && FORWARDERS_ASIDE.test(text);
}

/**
 * A short question alone on the text's last line, under the card's buttons ("thoughts?"): the
 * forwarder's, not the note, which LinkedIn shows above its buttons.
 */
function isForwardersQuestion(lines: readonly Line[], index: number, from: number, note: string): boolean {
  if (!note.endsWith('?') || note.includes('\n') || spaceSeparatedWords(note) > MAX_FORWARDERS_QUESTION_WORDS) return false;
  if (nextLoudLine(lines, index + 1) < lines.length) return false;
  for (let before = from; before < index; before += 1) if (lines[before]?.kind === 'button') return true;
  return false;
}

function labelledNote(lines: readonly Line[], start: number): string {
  const first = lines[start];
  const value = first?.kind === 'label' ? first.value : '';
  // "Note: none", as a typed summary says there is none.
  if (NO_NOTE.test(value.trim())) return '';
  const collected = [value];
  // A quoted note ends with its closing quote: "Status: To review" under it is a property of the page's.
  const quoted = OPENING_QUOTE.test(value.trim());
  if (quoted && value.trim().length > 1 && CLOSING_QUOTE.test(value.trim())) return value;
  for (let index = start + 1; index < lines.length && !isNoteStop(lines[index]); index += 1) {
    const text = noteText(lines[index]);
    collected.push(text);
    if (quoted && CLOSING_QUOTE.test(text)) break;
  }
  return collected.join('\n');
}

const NO_NOTE = /^(?:\(?none\)?|n\/a|nothing|no note|no message|no msg|-|–|—|keine|aucune?|ninguna?|nenhuma?|geen)[.!]?$/i;

/** From the opening quote to the line that ends with a closing quote; unclosed, to the first blank line. */
function quotedNote(lines: readonly Line[], start: number): string {
  const collected: string[] = [];
  for (let index = start; index < lines.length; index += 1) {
    if (index > start && isNoteStop(lines[index])) break;
    const text = noteText(lines[index]);
    collected.push(text);
    if (text.length > (index === start ? 1 : 0) && CLOSING_QUOTE.test(text)) return collected.join('\n');
  }
  const blank = collected.indexOf('');
  return (blank === -1 ? collected : collected.slice(0, blank)).join('\n');
}

/** Sentence-like lines and what follows them; blank lines continue the note only into another sentence. */
function unquotedNote(lines: readonly Line[], start: number, used: ReadonlySet<number>): string {
  const collected: string[] = [];
  for (let index = start; index < lines.length; index += 1) {
    const line = lines[index];
    if (!line || isNoteStop(line) || used.has(index)) break;
    if (line.kind === 'blank') {
      const next = nextNonBlank(lines, index);
      if (!startsParagraph(lines[next])) {
        if (!used.has(next) && signsOffAlone(lines, next)) collected.push('', noteText(lines[next]));
        break;
      }
      collected.push('');
      index = next - 1;
      continue;
    }
    collected.push(noteText(line));
  }
  return collected.join('\n');
}

/**
 * The sender's first name alone after the note's last paragraph, nothing but the page's lines
 * under it: "Priyanka". One word only: a full name there may be the next card's or the recipient's.
 */
function signsOffAlone(lines: readonly Line[], index: number): boolean {
  const line = lines[index];
  if (line?.kind !== 'text' || line.text.length > FIELD_LIMITS.name) return false;
  const word = line.text.trim();
  if (word.includes(' ') || plausibleNameIn(word) !== word) return false;
  const after = lines[nextNonBlank(lines, index + 1)];
  return after === undefined || isNoteStop(after);
}

function nextNonBlank(lines: readonly Line[], from: number): number {
  let index = from;
  while (lines[index]?.kind === 'blank') index += 1;
  return index;
}

function startsParagraph(line: Line | undefined): boolean {
  return (line?.kind === 'text' || line?.kind === 'link') && looksLikeSentence(line.text);
}

function isNoteStop(line: Line | undefined): boolean {
  return !line || line.kind === 'mutual' || line.kind === 'label' || isChrome(line);
}

function noteText(line: Line | undefined): string {
  return line && (line.kind === 'text' || line.kind === 'quote' || line.kind === 'link') ? line.text : '';
}

/** Cleans a note: no "…see more", no surrounding quotes, tidy paragraphs, capped. Null when empty. */
function finishNote(text: string | null): string | null {
  if (text === null) return null;
  const tidy = withoutEditedMark(withoutSeeMoreOrLess(withoutComposeBox(cleanMultiLine(text.slice(0, FIELD_LIMITS.note * 4), FIELD_LIMITS.note * 4))));
  const note = truncate(cleanMultiLine(unquote(tidy), FIELD_LIMITS.note * 4), FIELD_LIMITS.note);
  return note === '' ? null : note;
}

// Messaging's compose box under a thread, copied with it as the note's last line ("Write a
// message…"), and its Send button under it. Only at the end: a note may go on after the words.
const COMPOSE_BOX = /\n[ \t]*write a message(?:…|\.\.\.)?[ \t]*(?:\n[ \t]*send[ \t]*)?$/i;

/** The note without Messaging's compose box at its end (see COMPOSE_BOX). */
function withoutComposeBox(text: string): string {
  return text.includes('rite a message') || text.includes('RITE A MESSAGE') ? text.replace(COMPOSE_BOX, '').trimEnd() : text;
}

/** "…see more" kept as its ellipsis, "…see less" dropped; only a text with an ellipsis, as both need, is searched. */
function withoutSeeMoreOrLess(text: string): string {
  return text.includes('…') || text.includes('...') ? text.replace(SEE_MORE, '$1').replace(SEE_LESS, '') : text;
}

// Slack's mark after a message that was edited, copied with it: "… same fires. (edited)".
const EDITED_MARK = ' (edited)';

/** The note without Slack's "(edited)" at its end. */
function withoutEditedMark(text: string): string {
  return text.endsWith(EDITED_MARK) ? text.slice(0, -EDITED_MARK.length).trimEnd() : text;
}

function unquote(text: string): string {
  if (!OPENING_QUOTE.test(text)) return text;
  const opened = text.slice(1);
  return opened.length > 0 && CLOSING_QUOTE.test(opened) ? opened.slice(0, -1) : opened;
}

// --- Sentences --------------------------------------------------------------------------------

// "I help…", "I'm…", but not the Roman numeral in "Engineer I at Google".
const PRONOUN_I = /(?:^|\s)I(?:['’](?:m|d|ve|ll)(?=[\s,.!?]|$)|\s+(?!at\b)\p{Ll})/u;
// The same in German, French, Spanish, Portuguese and Dutch: "Ich freue mich", "J'ai vu",
// "Nous avons", "contigo", "você", "Ik zag" … A short pronoun counts only before a lower-case
// word, as "I" does, so the "Je" of a Korean name is no pronoun (and the French "du" is left
// out); a capitalised one not before a capitalised word, so "Notre Dame" is no sentence.
// Latin-1 letter ranges rather than \p{…}: without the u flag this runs three times faster.
const FOREIGN_PRONOUNS =
  /(?:^|\s)(?:(?:[Ii]ch|[Ww]ir|[Jj]e|[Nn]ous|[Vv]ous|[Ee]u|[Ii]k|[Ww]ij)\s+[a-zß-öø-ÿœ]|[Jj]['’][A-Za-zÀ-ÖØ-öø-ÿ]|(?:[Mm]ich|[Uu]ns|[Uu]nser(?:e[mnrs]?)?|[Ii]hnen|[Ee]uch|[Dd]ich|[Vv]otre|[Nn]otre|[Nn]osotr[oa]s|[Uu]sted(?:es)?|[Cc]ontigo|[Cc]onmigo|[Vv]ocês?|[Nn]ós|[Mm]ijn|[Jj]ij|[Jj]ouw?|[Jj]ullie)(?=[\s,.!?;:]|$)(?!\s+[A-ZÀ-ÖØ-Þ]))/;
const OTHER_PRONOUNS =
  /(?:^|\s)(?:[Mm]e|[Mm]y|[Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our|[Ll]et['’]s|[Ww]e['’](?:re|ve|d|ll)|[Yy]ou['’](?:re|ve|d|ll))(?=[\s,.!?;:]|$)/u;
const ENDS_WITH_EXCLAMATION = /[!?]["'”’)]*$/;
const ENDS_WITH_FULL_STOP = /\.["'”’)]*$/;
const ENDS_WITH_INITIALS = /(?:^|\s)(?:\p{Lu}\.)+["'”’)]*$/u;
// Name suffixes whose full stop ends no sentence: "Martin Luther King Jr.", "Hannah O'Connell, Ph.D.",
// "Maria Gonzalez (Ret.)".
// As written (case matters), so "…nothing to do." still ends a sentence; "M.D."-style ones are initials.
// Tested on the last word only (see endsWithNameSuffix).
const NAME_SUFFIX =
  /^(?:Jr|JR|Sr|SR|Esq|Ph\.?D|D\.?Phil|Ed\.?D|Psy\.?D|Pharm\.?D|MD|DDS|DMD|JD|LL\.?[BM]|MBA|M\.?Sc|B\.?Sc|M\.?Eng|P\.?Eng|RN|CPA|\(Ret|\(Retd)\.["'”’)]*$/;

// Chinese and Japanese sentences end with "。", "！" or "？", and need no spaces between words:
// "Rosa 您好，我们在新加坡的 QCon 上聊过分布式追踪，很高兴认识您！". Names and headlines have none.
const CJK_SENTENCE_END = /[\u3002\uFF01\uFF1F]/;

/** Reads like something a person wrote (a greeting, a sentence, "I"/"you"), not a label or a title. */
function looksLikeSentence(text: string): boolean {
  if (isGreeting(text) || ENDS_WITH_EXCLAMATION.test(text) || CJK_SENTENCE_END.test(text)) return true;
  if (spaceSeparatedWords(text) < 3) return false;
  if (endsWithFullStop(text)) return true;
  return PRONOUN_I.test(text) || OTHER_PRONOUNS.test(text) || FOREIGN_PRONOUNS.test(text);
}

/**
 * Ends with a full stop that is not an initial's, a name suffix's, a company form's ("Acme
 * Robotics, Inc.", "Exemplo Lda.") or a German degree's ("Jana Müller · 2.").
 */
function endsWithFullStop(text: string): boolean {
  return ENDS_WITH_FULL_STOP.test(text) && !ENDS_WITH_INITIALS.test(text) && !endsWithNameSuffix(text) && !endsWithAbbreviation(text);
}

// Company forms whose full stop ends no sentence, as written ("S.L." and "B.V." are initials),
// and the German degree after a name.
// The Polish "Sp. z o.o." (or "sp. z o.o.") ends in a lower-case "o.o.", which no initials match.
// Italian "S.p.A." and "S.r.l.", and the Czech and Slovak "s.r.o.", mix cases as no initials do.
const COMPANY_FORM = /^(?:Inc|Ltd|LLC|Corp|Co|Lda|Ltda|Cia|e\.V|o\.o|S\.p\.A|S\.r\.l|s\.r\.l|s\.r\.o)\.["'”’)]*$/;
const GERMAN_DEGREE_AT_END = /[·•]\s*[123]\.\+?$/;

function endsWithAbbreviation(text: string): boolean {
  return COMPANY_FORM.test(text.slice(text.lastIndexOf(' ') + 1)) || GERMAN_DEGREE_AT_END.test(text);
}

/** The last word (after a space or comma) is a name suffix such as "Jr." or "Ph.D.". */
function endsWithNameSuffix(text: string): boolean {
  const lastWord = text.slice(Math.max(text.lastIndexOf(' '), text.lastIndexOf(',')) + 1);
  return NAME_SUFFIX.test(lastWord);
}

/** `text.split(' ').length`, without building the array. */
function spaceSeparatedWords(text: string): number {
  let count = 1;
  for (let space = text.indexOf(' '); space !== -1; space = text.indexOf(' ', space + 1)) count += 1;
  return count;
}
