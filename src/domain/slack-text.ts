// Slack's text formats and the cleaning every piece of untrusted text gets. Pure: no I/O.

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const UNESCAPES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/**
 * Escapes plain text for mrkdwn and for the `text` fallback. Slack asks for exactly these three;
 * the input is plain text, so `&amp;` in it is escaped again.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (ch) => ESCAPES[ch] ?? ch);
}

/** The inverse of escapeMrkdwn: decodes the three entities Slack uses, once. */
export function decodeSlackEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:amp|lt|gt);/g, (entity) => UNESCAPES[entity] ?? entity);
}

// Raw `<` and `>` in command text only come from Slack markup; a typed `<` arrives as `&lt;`.
// What decodeSlackText replaces: `<…>` (no `<` or `>` inside) and the three entities.

/**
 * Turns raw slash-command text into plain text: links become their URL, mentions become `@name`
 * (`@U…` when Slack gave no name: see domain/mention-names.ts), channels `#name` (`#channel`
 * without one), dates their fallback, and entities are decoded. One pass over the raw text,
 * so every raw character is decoded exactly once (`&amp;lt;` → `&lt;`) and a replacement can
 * never combine with its neighbours into a new entity.
 */
export function decodeSlackText(raw: string): string {
  // Text with neither has nothing to decode (most pasted text).
  if (!raw.includes('<') && !raw.includes('&')) return raw;
  // A replace of /<([^<>]*)>|&(?:amp|lt|gt);/g written as a scan: the same matches, left to right,
  // each replaced as its callback would (a replace that calls back per match costs several times more).
  // It jumps from one `<` or `&` to the next: indexOf finds them far faster than a look at each
  // character. Where the next `<`, `>` and `&` are is kept until the scan passes it, and each is
  // looked for again only from there, so the scan stays linear.
  let decoded = '';
  let done = 0;
  let at = 0;
  let less = raw.indexOf('<');
  let greater = raw.indexOf('>');
  let ampersand = raw.indexOf('&');
  for (;;) {
    if (less !== -1 && less < at) less = raw.indexOf('<', at);
    if (ampersand !== -1 && ampersand < at) ampersand = raw.indexOf('&', at);
    if (less === -1 && ampersand === -1) break;
    if (less !== -1 && (ampersand === -1 || less < ampersand)) {
      at = less;
      // The markup ends at the first `>` after it, unless another `<` comes first.
      if (greater !== -1 && greater <= at) greater = raw.indexOf('>', at + 1);
      less = raw.indexOf('<', at + 1);
      if (greater !== -1 && (less === -1 || greater < less)) {
        decoded += raw.slice(done, at) + readableMarkup(decodeSlackEntities(raw.slice(at + 1, greater)));
        at = greater + 1;
        done = at;
        continue;
      }
    } else {
      at = ampersand;
      const entity = raw.startsWith('amp;', at + 1) ? '&amp;' : raw.startsWith('lt;', at + 1) ? '&lt;' : raw.startsWith('gt;', at + 1) ? '&gt;' : '';
      if (entity !== '') {
        decoded += raw.slice(done, at) + (UNESCAPES[entity] ?? entity);
        at += entity.length;
        done = at;
        continue;
      }
    }
    at += 1;
  }
  return done === 0 ? raw : decoded + raw.slice(done);
}

function readableMarkup(inner: string): string {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? '' : inner.slice(bar + 1);
  switch (target.charAt(0)) {
    case '@':
      return withPrefix('@', label || target.slice(1));
    case '#':
      // Without its name a channel's id says nothing to a reader, and the app may not read
      // channels' names (no channels:read): a neutral word instead.
      return withPrefix('#', label || 'channel');
    case '!':
      return readableSpecial(target.slice(1), label);
    default:
      return readableLink(target, label);
  }
}

function readableSpecial(command: string, label: string): string {
  const keyword = command.split('^')[0] ?? '';
  switch (keyword) {
    case 'here':
    case 'channel':
    case 'everyone':
      return `@${keyword}`;
    case 'subteam':
      return label ? withPrefix('@', label) : '@team';
    case 'date':
      return label;
    default:
      return label || `@${keyword}`;
  }
}

function readableLink(target: string, label: string): string {
  // The URL, not the label: a label can say one address and link to another.
  if (/^https?:\/\//i.test(target)) return target;
  if (/^mailto:/i.test(target)) return label || target.slice('mailto:'.length);
  return label || target;
}

function withPrefix(prefix: string, text: string): string {
  return text.startsWith(prefix) ? text : prefix + text;
}

// Sticky, and shared: each use sets lastIndex first.
const SLACK_MARKUP_AT = /<[^<>]*>/y;

/** Splits raw Slack text on `separator`, never inside `<...>` markup (a link's `|label`). */
export function splitOutsideSlackMarkup(raw: string, separator = '|'): string[] {
  if (separator === '') return [raw];
  const parts: string[] = [];
  const first = separator.charAt(0);
  let start = 0;
  let i = 0;
  while (i < raw.length) {
    const char = raw.charAt(i);
    if (char === '<') {
      SLACK_MARKUP_AT.lastIndex = i;
      // Each attempt stops at the next `<`, so the scan stays linear.
      if (SLACK_MARKUP_AT.test(raw)) {
        i = SLACK_MARKUP_AT.lastIndex;
        continue;
      }
    }
    if (char === first && raw.startsWith(separator, i)) {
      parts.push(raw.slice(start, i));
      i += separator.length;
      start = i;
      continue;
    }
    i += 1;
  }
  parts.push(raw.slice(start));
  return parts;
}

const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;
/**
 * Control and format characters: zero-width spaces and joiners, bidi overrides, soft hyphens,
 * BOMs, tag characters (used to smuggle invisible text), lone surrogates and the Hangul fillers
 * that render as nothing. Newlines and tabs are kept here (tabs become spaces); a zero-width
 * joiner is kept inside emoji sequences so 👩‍💻 stays one picture. A zero-width non-joiner or
 * joiner after a letter (or vowel sign) of Arabic-script or South Asian text is spelling, not a
 * trick (Persian مدیر‌عامل, Malayalam ന്‍, Sinhala ශ්‍රී): it is kept there too, and only there;
 * not after those blocks' own format characters (U+0600 and the like), which are dropped.
 */
const INVISIBLE =
  /(?![\n\t])\p{Cc}|[\u200C\u200D](?<!(?=[\p{L}\p{M}])[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\u0900-\u0DFF][\u200C\u200D])(?<!\u200D(?=\p{Extended_Pictographic}))|(?![\u200C\u200D])\p{Cf}|\p{Cs}|[\u034F\u115F\u1160\u3164\uFFA0]/gu;

/**
 * Characters outside printable ASCII, `\n`, `\t`, U+00A0–U+02FF without the soft hyphen, and
 * U+2010–U+2027 (dashes, curly quotes, bullets, the ellipsis, which pasted text is full of: "Priya
 * Raman’s profile picture"). Text without any has no line break or invisible character to
 * replace, and is already NFC (nothing below U+0300 or in U+2010–U+2027 composes or decomposes:
 * each has combining class 0 and no canonical decomposition), so cleanText can skip its slower passes.
 */
const NEEDS_FULL_CLEAN = /[^\n\t\x20-\x7E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027]/;
const TAB = /\t/g;

/** Normalises line breaks to `\n`, drops invisible characters, turns tabs into spaces, and applies NFC. */
export function cleanText(text: string): string {
  if (!NEEDS_FULL_CLEAN.test(text)) return withoutTabs(text);
  const lines = text.replace(LINE_BREAKS, '\n');
  // INVISIBLE only where one of its characters is: its lookarounds cost on every character.
  return withoutTabs(MAY_BE_INVISIBLE.test(lines) ? lines.replace(INVISIBLE, '') : lines).normalize('NFC');
}

/** Tabs as spaces; most text has none, and a look for one costs less than the replace. */
function withoutTabs(text: string): string {
  return text.includes('\t') ? text.replace(TAB, ' ') : text;
}

/**
 * The characters INVISIBLE can match, without its conditions: control characters but `\n` and
 * `\t`, format characters (the joiners among them), lone surrogates and the fillers. Text with
 * none has nothing for INVISIBLE to drop.
 */
const MAY_BE_INVISIBLE = /[\0-\x08\x0B-\x1F\x7F-\x9F\p{Cf}\p{Cs}\u034F\u115F\u1160\u3164\uFFA0]/u;

// Only runs that are not already a single space: most text has none, and is returned as it is.
const WHITESPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/** Collapses every run of whitespace (newlines too) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_TO_COLLAPSE, ' ').trim();
}

const ENDS_IN_HIGH_SURROGATE = /[\uD800-\uDBFF]$/;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` with any half of a surrogate pair (which Slack would show as �, or refuse) replaced by
 * U+FFFD. Text from Slack arrives whole; this keeps any other source from reaching Slack broken.
 */
export function wellFormed(text: string): string {
  // Most text holds no surrogate at all: one quick look spares the replace.
  return SURROGATE.test(text) ? text.replace(LONE_SURROGATES, '\uFFFD') : text;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Cuts text to at most `max` UTF-16 units, ending in "…", between whole characters (see
 * wholeCharactersWithin). What it returns is always well-formed, cut or not.
 */
export function truncate(raw: string, max: number): string {
  const text = wellFormed(raw);
  if (text.length <= max) return text;
  if (max < 1) return '';
  return `${wholeCharactersWithin(text, max - 1).trimEnd()}…`;
}

const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });
const PLAIN_PAIR = /^[\0-\u02FF]{2}$/;

/**
 * The longest start of `text` that is at most `max` UTF-16 units and ends between two characters
 * as a reader sees them: never half an emoji (a lone surrogate shows as �), nor part of a
 * skin-toned or joined one (👩🏽‍💻 cut to 👩). A single character longer than `max` is cut at
 * a code point instead.
 */
export function wholeCharactersWithin(text: string, max: number): string {
  if (text.length <= max) return text;
  // The usual cut, between two characters below U+0300 (no mark, joiner or surrogate can follow
  // or precede it there), needs no segmenting, which costs a microsecond or more.
  if (max > 0 && PLAIN_PAIR.test(text.slice(max - 1, max + 1))) return text.slice(0, max);
  let end = 0;
  for (const { index, segment } of GRAPHEMES.segment(text.slice(0, max + 64))) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  if (end > 0) return text.slice(0, end);
  const cut = text.slice(0, Math.max(0, max));
  return ENDS_IN_HIGH_SURROGATE.test(cut) ? cut.slice(0, -1) : cut;
}

/** A single-line field: cleaned, whitespace collapsed, capped. */
export function cleanSingleLine(text: string, max: number): string {
  return truncate(collapseWhitespace(cleanText(text)), max);
}

/**
 * A multi-line field: cleaned, spaces collapsed within lines, at most one blank line between
 * paragraphs, trimmed and capped.
 */
export function cleanMultiLine(text: string, max: number): string {
  const clean = cleanText(text);
  // One line, as most notes are: what the lines' work below comes to, without its arrays.
  if (!clean.includes('\n')) return truncate(collapseWhitespace(clean), max);
  const lines = clean.split('\n').map(collapseWhitespace);
  const kept = lines.filter((line, i) => line !== '' || (i > 0 && lines[i - 1] !== ''));
  return truncate(kept.join('\n').trim(), max);
}
