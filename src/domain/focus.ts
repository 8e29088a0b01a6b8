// The owner's focus (industries, roles, keywords, free text) and whether an invitation fits it.
// Pure. Matching works on normalised word tokens, so case, accents, punctuation, hyphens and
// simple English plurals do not matter, while words never match inside other words:
// "AI" does not match "Thailand" and "data partnerships" does not match "datapartnerships".

import { collapseWhitespace } from './slack-text.js';
import type { InvitationFields, OwnerFocus } from './types.js';

export const MAX_FOCUS_TERM_CHARS = 60;
export const MAX_FOCUS_TERMS = 20;
/** Free text is a sentence, not a list; beyond this many words it adds noise, not focus. */
const MAX_FREE_TEXT_WORDS = 30;

export interface FocusMatch {
  /** The owner's wording of each matched term, in focus order, without repeats. */
  matched: string[];
  /** True when the focus has at least one term that could match anything. */
  hasFocus: boolean;
}

// ---------------------------------------------------------------------------------------------
// Settings input

// Commas, semicolons and newlines always separate; a slash only with spaces round it, so that
// "CI/CD" and "B2B/SaaS" written tight stay one term.
const LIST_SEPARATOR = /[,;\n\r]|\s\/\s/;
// People paste bulleted lists into a multi-line input.
const BULLET = /^(?:[-*•·–—]+\s*)+/;

/** "fintech; data partnerships / B2B\n- analytics" → ["fintech", "data partnerships", "B2B", "analytics"]. */
export function parseFocusList(text: string | null | undefined): string[] {
  const terms: string[] = [];
  const seen = new Set<string>();
  for (const piece of (text ?? '').split(LIST_SEPARATOR)) {
    const term = capChars(piece.replace(/\s+/g, ' ').trim().replace(BULLET, ''), MAX_FOCUS_TERM_CHARS);
    const key = term.toLowerCase();
    if (term === '' || seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
    if (terms.length === MAX_FOCUS_TERMS) break;
  }
  return terms;
}

/**
 * Why a list cannot be saved as typed, or null: parseFocusList would silently drop terms past
 * the twentieth and cut long ones (a cut term matches nothing), so the form says so instead.
 */
export function focusListProblem(text: string | null | undefined): string | null {
  const pieces = (text ?? '').split(LIST_SEPARATOR).map((piece) => piece.replace(/\s+/g, ' ').trim().replace(BULLET, ''));
  const terms = new Set(pieces.filter((piece) => piece !== '').map((piece) => piece.toLowerCase()));
  if (terms.size > MAX_FOCUS_TERMS) return `At most ${MAX_FOCUS_TERMS} terms here; you have ${terms.size}.`;
  if ([...terms].some((term) => Array.from(term).length > MAX_FOCUS_TERM_CHARS)) {
    return `Each term can be at most ${MAX_FOCUS_TERM_CHARS} characters: separate terms with commas.`;
  }
  return null;
}

/** At most `max` characters, never splitting a surrogate pair, without trailing spaces. */
function capChars(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join('').trimEnd();
}

// ---------------------------------------------------------------------------------------------
// Normalisation: text → runs of stemmed word tokens

// Words that say nothing about a field: function words and the filler of "people who work on …".
const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by',
  'with', 'without', 'into', 'onto', 'about', 'around', 'across', 'over', 'under', 'as', 'via',
  'per', 'than', 'then', 'so', 'such', 'also', 'too', 'very', 'more', 'most', 'some', 'any', 'all',
  'each', 'every', 'other', 'etc', 'eg', 'ie', 'is', 'are', 'was', 'were', 'be', 'been', 'being',
  'am', 'do', 'does', 'did', 'doing', 'have', 'has', 'had', 'having', 'i', 'me', 'my', 'mine',
  'we', 'us', 'our', 'you', 'your', 'they', 'them', 'their', 'he', 'she', 'his', 'her', 'it',
  'its', 'this', 'that', 'these', 'those', 'who', 'whom', 'whose', 'which', 'what', 'where',
  'when', 'how', 'why', 'not', 'no', 'yes', 'can', 'could', 'would', 'should', 'will', 'may',
  'might', 'must', 'just', 'like', 'want', 'wants', 'looking', 'interested', 'mainly', 'mostly',
  'especially', 'particularly', 'people', 'person', 'persons', 'someone', 'anyone', 'everyone',
  'anything', 'everything', 'something', 'whatever',
  'folks', 'others', 'things', 'thing', 'stuff', 'work', 'works', 'working', 'worked', 'build',
  'builds', 'building', 'make', 'makes', 'making', 'help', 'helps', 'helping', 'get', 'getting',
  'new', 'good', 'great', 'interesting', 'kind', 'kinds', 'type', 'types', 'space', 'field',
  'fields', 'area', 'areas', 'related', 'based',
  // Contractions, as tokens read them (apostrophes dropped): "I'm after fintech founders".
  'im', 'id', 'ive', 'ill', 'youre', 'youd', 'youve', 'youll', 'were', 'weve', 'wed', 'theyre', 'dont',
  'doesnt', 'didnt', 'cant', 'wont', 'isnt', 'arent', 'wasnt', 'werent', 'havent', 'hasnt', 'hadnt',
  'wouldnt', 'couldnt', 'shouldnt', 'lets', 'thats', 'theres', 'whats', 'whos', 'whove', 'whod',
  'hes', 'shes', 'theyve', 'theyd',
  // The filler of a sentence about whom one wants to meet.
  'please', 'ideally', 'preferably', 'prefer', 'send', 'sending', 'show', 'give', 'bother', 'after', 'ones', 'one', 'meet', 'meeting', 'love',
  'really', 'happy', 'glad', 'keen', 'open', 'hear', 'hearing', 'thanks', 'thank', 'only', 'mainly',
  'primarily', 'generally', 'usually', 'currently', 'now', 'focus', 'focused', 'focusing', 'main',
]);

// Ends in -s without being plural; "news" would otherwise match "new".
const NOT_PLURAL: ReadonlySet<string> = new Set(['news', 'series', 'species', 'always', 'perhaps']);
const SIBILANT_PLURAL = /(?:ch|sh|x|z)es$/;
const SINGULAR_S = /(?:ss|us|is)$/;

/**
 * A crude English stemmer for plurals only: companies → company, partnerships → partnership,
 * analytics → analytic, searches → search, niches/niche → nich. Both sides of a comparison go
 * through it, so a stem only has to be consistent, not a real word. Latin plurals (data/datum,
 * media/medium) are left alone on purpose: "data" and "datum" are different interests.
 */
function stem(token: string): string {
  if (token.length <= 3 || NOT_PLURAL.has(token)) return token;
  // Only the -s and -e endings below change anything; most words take this way out.
  if (!token.endsWith('s') && !token.endsWith('e')) return token;
  let word = token;
  if (word.endsWith('ies') && word.length > 4) word = `${word.slice(0, -3)}y`;
  else if (word.endsWith('sses') || SIBILANT_PLURAL.test(word)) word = word.slice(0, -2);
  else if (word.endsWith('s') && !SINGULAR_S.test(word)) word = word.slice(0, -1);
  // "niche"/"niches" and "course"/"courses" must meet: drop a final silent e on both.
  if (word.endsWith('e') && word.length >= 5) word = word.slice(0, -1);
  return word;
}

const MARKS = /\p{M}+/gu;
// ASCII is unchanged by NFKD and has no marks; most text is ASCII, and lower-casing is then all.
const NOT_ASCII = /[^\x00-\x7F]/;

/** Lower case, accents and compatibility forms folded: "Zürich" → "zurich", "ﬁntech" → "fintech". */
function fold(text: string): string {
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

// A phrase never runs across these: sentence ends, list bars and brackets. A dot or comma only
// ends a clause when a space or the end follows, so "Node.js" and "1,000" stay together.
const CLAUSE_BREAK = /[.,;:!?](?=\s|$)|[|•·()[\]{}"“”«»<>\n\r\t]|\s[-–—/]\s/u;
const WORD = /[\p{L}\p{N}]+/gu;

const APOSTROPHES = /['’‘`´]/g;

/** The clauses of a text, each a list of stemmed tokens. Apostrophes join ("women's" → "womens"). */
function clauses(text: string): string[][] {
  return fold(text)
    .replace(APOSTROPHES, '')
    .split(CLAUSE_BREAK)
    .map((clause) => (clause.match(WORD) ?? []).map(stem))
    .filter((tokens) => tokens.length > 0);
}

/** Folded words before stemming: what the stop-word list is written against. */
function rawTokens(text: string): string[] {
  return fold(text).replace(APOSTROPHES, '').match(WORD) ?? [];
}

/** A term as one run of tokens; hyphens and other punctuation inside it are just word breaks. */
function termTokens(term: string): string[] {
  return rawTokens(term).map(stem);
}

/** True when `phrase` occurs as consecutive whole tokens in one clause. */
function containsPhrase(haystack: readonly (readonly string[])[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  return haystack.some((tokens) => {
    for (let start = 0; start + phrase.length <= tokens.length; start += 1) {
      if (phraseAt(tokens, start, phrase)) return true;
    }
    return false;
  });
}

function phraseAt(tokens: readonly string[], start: number, phrase: readonly string[]): boolean {
  for (let offset = 0; offset < phrase.length; offset += 1) {
    if (tokens[start + offset] !== phrase[offset]) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Matching

interface FocusTerm {
  /** As the owner wrote it, whitespace tidied. */
  wording: string;
  tokens: string[];
}

const FREE_TEXT_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-.&+][\p{L}\p{M}\p{N}]+)*/gu;

// The free text's clauses end where a phrase's do, and at "but" ("not recruiters but founders").
const FREE_TEXT_CLAUSE_BREAK = new RegExp(`${CLAUSE_BREAK.source}|\\bbut\\b`, 'iu');
// "Not interested in crypto or recruiters": what follows one of these in its clause is unwanted.
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'nor', 'none', 'except', 'excluding', 'avoid', 'without', 'dont']);

/**
 * The significant words of the free text, as written ("data-driven" stays one word): `wanted`,
 * and `unwanted`, what follows a negation in its clause ("founders, not recruiters").
 */
function freeTextWords(freeText: string | null): { wanted: string[]; unwanted: string[] } {
  const wanted: string[] = [];
  const unwanted: string[] = [];
  for (const clause of freeText?.split(FREE_TEXT_CLAUSE_BREAK) ?? []) {
    let words = wanted;
    for (const word of clause.match(FREE_TEXT_WORD) ?? []) {
      const tokens = rawTokens(word);
      // A word that is a negation, not one that holds one: "no-code" is a field, not a refusal.
      if (tokens.length === 1 && NEGATIONS.has(tokens[0] ?? '')) {
        words = unwanted;
        continue;
      }
      // Significant: something besides stop words and stray letters ("e.g.") is left of it.
      if (tokens.some((token) => token.length > 1 && !STOP_WORDS.has(token))) words.push(word);
    }
  }
  return { wanted: wanted.slice(0, MAX_FREE_TEXT_WORDS), unwanted: unwanted.slice(0, MAX_FREE_TEXT_WORDS) };
}

/** Every term of the focus in focus order (industries, roles, keywords, free text), once each. */
function focusTermList(focus: OwnerFocus): FocusTerm[] {
  return asTerms([...focus.industries, ...focus.roles, ...focus.keywords, ...freeTextWords(focus.freeText).wanted]);
}

function asTerms(candidates: readonly string[]): FocusTerm[] {
  const terms: FocusTerm[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const wording = collapseWhitespace(candidate);
    const tokens = termTokens(wording);
    const key = tokens.join(' ');
    // A term of punctuation alone ("++") can never match; it does not count as focus either.
    if (tokens.length === 0 || seen.has(key)) continue;
    seen.add(key);
    terms.push({ wording, tokens });
  }
  return terms;
}

/** The owner's focus terms as they wrote them, in focus order, for sentences like "(fintech, B2B)". */
export function focusTerms(focus: OwnerFocus): string[] {
  return focusTermList(focus).map((term) => term.wording);
}

/** The invitation fields a focus is matched against, in the order reasons name them. */
export const FOCUS_FIELDS = ['headline', 'company', 'note'] as const;
export type FocusField = (typeof FOCUS_FIELDS)[number];

export interface FocusFit extends FocusMatch {
  /** focusTerms(focus). */
  terms: string[];
  /** The fields that mention at least one matched term, in FOCUS_FIELDS order. */
  fields: FocusField[];
  /** What the free text says the owner does not want, found in the headline or company. */
  unwanted: string[];
  /** Where the unwanted terms are: 'headline', 'company', or both, in that order. */
  unwantedFields: FocusField[];
}

/**
 * Matched terms that are part of a longer matched term are the same interest: with "climate
 * tech" as an industry and "climate tech founders" as free text, "climate" and "tech" do not
 * count again.
 */
function withoutPartsOfLonger(matched: readonly FocusTerm[]): FocusTerm[] {
  return matched.filter((term) => !matched.some((other) => other.tokens.length > term.tokens.length && containsPhrase([other.tokens], term.tokens)));
}

/**
 * matchFocus and focusTerms in one go, plus where the matches are: what the recommendation needs,
 * with the focus terms and each field's clauses worked out once instead of once per question.
 */
export function focusFit(focus: OwnerFocus, invitation: Readonly<Pick<InvitationFields, FocusField>>): FocusFit {
  const terms = focusTermList(focus);
  const unwantedTerms = asTerms(freeTextWords(focus.freeText).unwanted);
  // Most owners set no focus: nothing to look for, so the invitation's text is not taken apart.
  if (terms.length === 0 && unwantedTerms.length === 0) return { matched: [], hasFocus: false, terms: [], fields: [], unwanted: [], unwantedFields: [] };
  // Each field apart: a phrase must not run from the end of the headline into the company.
  const haystacks = FOCUS_FIELDS.map((field) => {
    const text = invitation[field];
    return text === null ? [] : clauses(text);
  });
  const inField = haystacks.map((haystack) => terms.some((term) => containsPhrase(haystack, term.tokens)));
  const matched = withoutPartsOfLonger(terms.filter((term) => haystacks.some((haystack) => containsPhrase(haystack, term.tokens))));
  // Who they are (headline, company) can be unwanted; a note may mention anything.
  const inProfile = (term: FocusTerm, index: number) => containsPhrase(haystacks[index] ?? [], term.tokens);
  const unwanted = unwantedTerms.filter((term) => inProfile(term, 0) || inProfile(term, 1));
  return {
    matched: matched.map((term) => term.wording),
    hasFocus: terms.length > 0,
    terms: terms.map((term) => term.wording),
    fields: FOCUS_FIELDS.filter((_, index) => inField[index]),
    unwanted: unwanted.map((term) => term.wording),
    unwantedFields: FOCUS_FIELDS.filter((_, index) => index < 2 && unwanted.some((term) => inProfile(term, index))),
  };
}

/** Which focus terms appear in the invitation's headline, company or note. */
export function matchFocus(focus: OwnerFocus, invitation: InvitationFields): FocusMatch {
  const { matched, hasFocus } = focusFit(focus, invitation);
  return { matched, hasFocus };
}
