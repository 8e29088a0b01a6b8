// The owner's focus (industries, roles, keywords, free text) and whether an invitation fits it.
// Pure. Matching works on normalised word tokens, so case, accents, punctuation, hyphens and
// simple English plurals do not matter, while words never match inside other words:
// "AI" does not match "Thailand" and "data partnerships" does not match "datapartnerships".
// List terms match as phrases. The free text is read as noun groups ("data engineers",
// "analytics leaders"), whose words must all be in one sentence of a field, in any order.

import { collapseWhitespace } from './slack-text.js';
import type { InvitationFields, OwnerFocus } from './types.js';

export const MAX_FOCUS_TERM_CHARS = 60;
export const MAX_FOCUS_TERMS = 20;

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
  'anything', 'everything', 'something', 'whatever', 'nothing', 'else',
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
  // Quantities and praise: in a noun group they would be words a headline must have too.
  'lots', 'lot', 'plenty', 'bunch', 'couple', 'few', 'many', 'several', 'various', 'either', 'neither',
  'experienced', 'seasoned', 'talented', 'smart', 'passionate',
  // The same filler in Portuguese and Spanish ("Procurando vagas de engenharia de dados"), and their
  // "of", which joins a group as "of" does (OF_WORDS).
  'procurando', 'procuro', 'buscando', 'busco', 'vaga', 'vagas', 'vacante', 'vacantes', 'para', 'com', 'em', 'um', 'uma',
  'de', 'da', 'das', 'dos', 'del',
]);

// "Of" and the other languages' "of": "heads of data", "engenharia de dados".
const OF_WORDS: ReadonlySet<string> = new Set(['of', 'de', 'da', 'das', 'dos', 'del']);

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
  return unaccented(text).toLowerCase();
}

/** Accents and compatibility forms folded, the case kept. */
function unaccented(text: string): string {
  return NOT_ASCII.test(text) ? text.normalize('NFKD').replace(MARKS, '') : text;
}

// A phrase never runs across these: sentence ends, list bars and brackets. A dot or comma only
// ends a clause when a space or the end follows, so "Node.js" and "1,000" stay together.
const CLAUSE_BREAK = /[.,;:!?](?=\s|$)|[|•·()[\]{}"“”«»<>\n\r\t]|\s[-–—/]\s/u;
const WORD = /[\p{L}\p{N}]+/gu;

const APOSTROPHES = /['’‘`´]/g;

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
// Sentences: where the words of a noun group must meet

// A sentence ends where a clause would at . ! ? or a line break, but not at a comma, bar or
// bracket: "Senior Engineer, Data Platform" and "Founder | Fintech" are one sentence each.
// In a note, "a data meetup. Our engineers…" is two, and does not make a data engineer.
const SENTENCE_BREAK = /[.!?](?=\s|$)|[\n\r]/u;

interface Sentence {
  /** Its clauses, for phrases. */
  clauses: string[][];
  /** Every token in it, for words that only have to be somewhere in the sentence. */
  tokens: ReadonlySet<string>;
  /**
   * One name written two ways: capitalised words side by side, joined ("Open Telemetry" is
   * "opentelemetry"), and a word in camel case ("OpenTelemetry", which is "open telemetry"). Not
   * "Fin tech" or "Datapartnerships": there nothing says the two words are one name.
   */
  joined: ReadonlySet<string>;
}

/** A text's sentences, each as clauses of stemmed tokens. Apostrophes join ("women's" → "womens"). */
function sentences(text: string): Sentence[] {
  const found: Sentence[] = [];
  for (const cased of unaccented(text).replace(APOSTROPHES, '').split(SENTENCE_BREAK)) {
    const sentence = cased.toLowerCase();
    const parts = sentence
      .split(CLAUSE_BREAK)
      .map((clause) => (clause.match(WORD) ?? []).map(stem))
      .filter((tokens) => tokens.length > 0);
    if (parts.length === 0) continue;
    const tokens = new Set(parts.flat());
    // "E-Commerce" is also "ecommerce", and "Co-Founder" "cofounder", for a term written as one word.
    if (sentence.includes('-')) for (const word of sentence.match(HYPHENATED) ?? []) tokens.add(stem(word.replace(HYPHENS, '')));
    found.push({ clauses: parts, tokens, joined: joinedNames(cased) });
  }
  return found;
}

const NO_NAMES: ReadonlySet<string> = new Set();
const UPPER = /\p{Lu}/u;
const CAMEL = /\p{Ll}\p{Lu}/u;
// Two capitalised words with only spaces between, the second left for the next pair to start from.
// Tried only where a word starts, so that a long run of capitals is read once, not from each.
const CAPITALISED_PAIR = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}]+)[ \t]+(?=(\p{Lu}[\p{L}\p{N}]+))/gu;

/** The `joined` of a sentence, in its own case. */
function joinedNames(cased: string): ReadonlySet<string> {
  if (!UPPER.test(cased)) return NO_NAMES;
  const names = new Set<string>();
  for (const word of cased.match(WORD) ?? []) if (CAMEL.test(word)) names.add(stem(word.toLowerCase()));
  for (const [, first = '', second = ''] of cased.matchAll(CAPITALISED_PAIR)) names.add(stem(`${first}${second}`.toLowerCase()));
  return names;
}

const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;
const HYPHENS = /-/g;

// ---------------------------------------------------------------------------------------------
// Matching

/** One word of a term. Its tokens must be consecutive ("data-driven", "Node.js", a list term). */
interface Part {
  tokens: string[];
  /** For a one-token part: the stems that count as it, itself first, then any role synonyms. */
  accepts: readonly string[];
}

interface FocusTerm {
  /** As the owner wrote it, whitespace tidied. */
  wording: string;
  /** The wording's tokens: what makes two terms the same, or one part of another. */
  tokens: string[];
  /** Ways it can match: every part of one reading in one sentence of a field, in any order. */
  readings: Part[][];
  /** An unwanted "agencies", which a sentence saying "in-house" is not. */
  agency?: boolean;
}

function hasPart(sentence: Sentence, part: Part): boolean {
  if (part.tokens.length === 1) return part.accepts.some((token) => sentence.tokens.has(token) || sentence.joined.has(token));
  return containsPhrase(sentence.clauses, part.tokens) || sentence.joined.has(part.tokens.join(''));
}

function matchesIn(field: readonly Sentence[], term: FocusTerm): boolean {
  return field.some((sentence) => term.readings.some((reading) => reading.every((part) => hasPart(sentence, part))));
}

/** matchesIn for what the owner does not want: an agency in a sentence that says "in-house" is none. */
function unwantedIn(field: readonly Sentence[], term: FocusTerm): boolean {
  return field.some(
    (sentence) => !(term.agency === true && sentence.tokens.has(IN_HOUSE)) && term.readings.some((reading) => reading.every((part) => hasPart(sentence, part))),
  );
}

// ---------------------------------------------------------------------------------------------
// The free text as noun groups

/** Free text is a sentence, not a list; beyond this many words it adds noise, not focus. */
const MAX_FREE_TEXT_WORDS = 30;
// A longer run of words with no stop word between is a list typed without commas, not a noun group.
const MAX_GROUP_WORDS = 4;

// A tight slash keeps its words together, as in a list: "CI/CD", "AI/ML engineers".
const FREE_TEXT_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-.&+/][\p{L}\p{M}\p{N}]+)*/gu;
// A word, or an "&" or "/" standing alone, which join like "and": "data & analytics leaders".
const FREE_TEXT_ITEM = new RegExp(`${FREE_TEXT_WORD.source}|[&/]`, 'gu');

// The free text's clauses end where a phrase's do, and at "but" ("not recruiters but founders").
const FREE_TEXT_CLAUSE_BREAK = new RegExp(`${CLAUSE_BREAK.source}|\\bbut\\b`, 'iu');
// "Not interested in crypto or recruiters": what follows one of these in its clause is unwanted.
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'nor', 'none', 'except', 'excluding', 'avoid', 'without', 'dont']);
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', '&', '/']);

/** Stems of a word list, so that the lists below can be written as people write the words. */
const stems = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(stem));

// Nouns for what someone is. A group ending in one is a kind of person ("data engineers"), and
// its role alone ("Engineer") or its topic alone ("Data Entry") is not that person.
const ROLE_NOUNS = stems([
  'leader', 'lead', 'head', 'director', 'vp', 'chief', 'manager', 'executive', 'officer', 'engineer',
  'developer', 'founder', 'cofounder', 'owner', 'partner', 'analyst', 'scientist', 'designer',
  'researcher', 'architect', 'consultant', 'advisor', 'investor', 'recruiter', 'marketer', 'operator',
  'specialist', 'ceo', 'cto', 'cfo', 'coo', 'cpo', 'cmo',
]);

// Owners describe people ("analytics leaders"), headlines give titles ("Head of Analytics", "VP
// Analytics"): these are the same people. Kept to words that plainly mean the same: a manager is
// not always a leader, so "manager" is not one. An engineer's title often names the practice:
// "Data Engineering Lead" is a data engineer.
const LEADERS = ['leader', 'lead', 'head', 'director', 'vp', 'chief'].map(stem);
const ENGINEERS = ['engineer', 'engineering', 'developer'].map(stem);
const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  [stem('leader'), LEADERS],
  [stem('lead'), LEADERS],
  [stem('engineer'), ENGINEERS],
  [stem('developer'), ENGINEERS],
  [stem('founder'), [stem('founder'), stem('cofounder')]],
]);

// "Analytics products", "fintech companies", "AI startups": the interest is what comes before.
// Matched alone, these heads fit everyone who "builds products" or "helps companies", so a group
// ending in one is read without it. Alone ("startups") the word stays, as the owner wrote it.
const THING_HEADS = stems(['product', 'company', 'startup', 'firm', 'organisation', 'organization']);
// ...unless only a size comes before: "big companies" is not an interest in "big".
const SIZES = stems(['big', 'bigger', 'large', 'larger', 'small', 'smaller', 'tiny', 'huge', 'mid', 'medium', 'sized']);
const isSize = (word: FreeWord): boolean => word.tokens.length === 1 && SIZES.has(word.tokens[0] ?? '');

/** A significant word of the free text: where it is in its clause, and its stemmed tokens. */
interface FreeWord {
  start: number;
  end: number;
  tokens: string[];
  /** It follows "of" in its group: "heads of data". */
  afterOf: boolean;
}

interface FreeGroup {
  wording: string;
  readings: Part[][];
  /** How many words of the free text it takes, for MAX_FREE_TEXT_WORDS. */
  size: number;
}

const isRole = (word: FreeWord | undefined): boolean => word !== undefined && word.tokens.length === 1 && ROLE_NOUNS.has(word.tokens[0] ?? '');

/** A group's words as parts. Synonyms only in groups of two or more: "leaders" alone is as written. */
function partsOf(words: readonly FreeWord[], withSynonyms: boolean): Part[] {
  return words.map((word) => {
    const token = word.tokens.length === 1 ? word.tokens[0] : undefined;
    const synonyms = token !== undefined && withSynonyms ? ROLE_SYNONYMS.get(token) : undefined;
    return { tokens: word.tokens, accepts: synonyms ?? word.tokens.slice(0, 1) };
  });
}

// A kind of job named after what it is ("SRE roles", "data engineering jobs"): a headline or a note
// says the first, not "roles", so a group ending in one of these is matched without it.
const JOB_WORDS = stems(['role', 'job', 'position', 'opening', 'vacancy']);

function groupOf(clause: string, words: readonly FreeWord[]): FreeGroup {
  const first = words[0];
  const last = words[words.length - 1];
  const wording = first === undefined || last === undefined ? '' : clause.slice(first.start, last.end);
  const jobLast = words.length > 1 && last !== undefined && !last.afterOf && last.tokens.length === 1 && JOB_WORDS.has(last.tokens[0] ?? '');
  const matched = jobLast ? words.slice(0, -1) : words;
  return { wording, readings: [partsOf(matched, words.length > 1)], size: words.length };
}

/**
 * Groups joined by "and", "or" or "&" share a role that only one of them has: "data & analytics
 * leaders" is data leaders and analytics leaders, not "data" and analytics leaders; "heads of
 * data and analytics" is heads of data and heads of analytics. Each reading must match whole.
 * "founders and data engineers" and "crypto or recruiters" are two groups each.
 */
function coordinated(clause: string, before: readonly FreeWord[], after: readonly FreeWord[]): FreeGroup | null {
  const first = before[0];
  const last = after[after.length - 1];
  if (first === undefined || last === undefined) return null;
  let readings: Part[][] | null = null;
  if (after.length > 1 && isRole(last) && !last.afterOf && !before.some(isRole)) {
    readings = [partsOf([...before, last], true), partsOf(after, true)];
  } else if (before.length > 1 && isRole(first) && before[1]?.afterOf === true && !after.some(isRole)) {
    readings = [partsOf(before, true), partsOf([first, ...after], true)];
  }
  return readings === null ? null : { wording: clause.slice(first.start, last.end), readings, size: before.length + after.length };
}

// "Only for", "only in", "only at": what follows narrows the group before ("recruiters only for
// design roles").
const NARROWING_WORDS: ReadonlySet<string> = new Set(['for', 'in', 'at', 'within']);

// What a narrowing names its field by, which a headline does not say: "design roles" is design,
// and a "Design Recruiter" is a recruiter for design roles.
const NARROWING_FILLERS: ReadonlySet<string> = stems([
  'role', 'roles', 'position', 'positions', 'job', 'jobs', 'opening', 'openings', 'vacancy', 'vacancies', 'hire', 'hires', 'hiring',
]);

const isNarrowingFiller = (part: Part): boolean => part.tokens.length === 1 && NARROWING_FILLERS.has(part.tokens[0] ?? '');

/**
 * A group narrowed by the next ("Recruiters only for design roles"): one group whose readings need
 * the words of both, so that a recruiter for sales roles is not what the owner asked for. The
 * narrowing's filler words ("roles") are not needed, unless they are all it says.
 */
function narrowed(wide: FreeGroup, word: string, narrow: FreeGroup): FreeGroup {
  const narrowings = narrow.readings.map((reading) => {
    const field = reading.filter((part) => !isNarrowingFiller(part));
    return field.length > 0 ? field : reading;
  });
  return {
    wording: `${wide.wording} only ${word} ${narrow.wording}`,
    readings: wide.readings.flatMap((first) => narrowings.map((second) => [...first, ...second])),
    size: wide.size + narrow.size,
  };
}

/**
 * The free text as noun groups: runs of significant words between stop words, conjunctions,
 * punctuation and negations ("data engineers and analytics leaders" → "data engineers",
 * "analytics leaders"), joined across "of" ("heads of data"). `wanted`, and `unwanted`: what
 * follows a negation in its clause ("founders, not recruiters or sales" → recruiters, sales).
 */
function freeTextGroups(freeText: string | null): { wanted: FreeGroup[]; unwanted: FreeGroup[] } {
  const wanted: FreeGroup[] = [];
  const unwanted: FreeGroup[] = [];
  for (const clause of freeText?.split(FREE_TEXT_CLAUSE_BREAK) ?? []) {
    let groups = wanted;
    let run: FreeWord[] = [];
    let ofPending = false;
    // Whether only a conjunction came since the last group ended, which may then share a role.
    // (Typed by assertion: close() changes it, which narrowing from the initial value misses.)
    let since = 'other' as 'conjunction' | 'other';
    let runAfterConjunction = false;
    // The last group's words, while it is still the last of `groups` and so can be coordinated.
    let previous: FreeWord[] | null = null;
    // "Recruiters only for design roles": a group, then "only" and "for" (or "in", "at"): the next
    // group narrows it, and the two are one group (see narrowed).
    // (Typed by assertion, as `since` is: close() changes it.)
    let narrowing = null as { index: number; step: 'only' | 'for'; word: string } | null;
    const close = (next: 'conjunction' | 'other'): void => {
      ofPending = false;
      let words = run;
      run = [];
      // Only a group that ends just before a conjunction may share a role with the next one.
      let sharable = false;
      if (words.length > MAX_GROUP_WORDS) {
        for (const word of words) groups.push(groupOf(clause, [word]));
      } else if (words.length > 0) {
        const last = words[words.length - 1];
        const head = last !== undefined && !last.afterOf && last.tokens.length === 1 && THING_HEADS.has(last.tokens[0] ?? '');
        if (head && words.slice(0, -1).some((word) => !isSize(word))) words = words.slice(0, -1);
        const joint = runAfterConjunction && previous !== null ? coordinated(clause, previous, words) : null;
        if (joint === null) groups.push(groupOf(clause, words));
        else groups.splice(groups.length - 1, 1, joint);
        const wide = narrowing?.step === 'for' && narrowing.index === groups.length - 2 ? groups[narrowing.index] : undefined;
        const narrow = groups[groups.length - 1];
        if (joint === null && wide !== undefined && narrow !== undefined && narrowing !== null) {
          groups.splice(groups.length - 2, 2, narrowed(wide, narrowing.word, narrow));
        }
        narrowing = null;
        // A coordinated group is not coordinated again: "a or b and c leaders" is one step too far.
        sharable = joint === null;
      }
      if (next === 'conjunction' && (sharable || (words.length === 0 && since === 'conjunction'))) {
        // "and/or", "& and": conjunctions in a row are one.
        since = 'conjunction';
        if (sharable) previous = words;
      } else {
        since = 'other';
        previous = null;
      }
    };
    FREE_TEXT_ITEM.lastIndex = 0;
    for (let item = FREE_TEXT_ITEM.exec(clause); item !== null; item = FREE_TEXT_ITEM.exec(clause)) {
      const tokens = item[0] === '&' || item[0] === '/' ? [item[0]] : rawTokens(item[0]);
      // A word that is a negation or conjunction, not one that holds one: "no-code" is a field.
      const only = tokens.length === 1 ? (tokens[0] ?? '') : '';
      if (narrowing?.step === 'only') narrowing = NARROWING_WORDS.has(only) ? { ...narrowing, step: 'for', word: only } : null;
      if (NEGATIONS.has(only)) {
        close('other');
        narrowing = null;
        groups = unwanted;
      } else if (only === 'only' && run.length > 0 && groups === wanted) {
        close('other');
        narrowing = { index: groups.length - 1, step: 'only', word: '' };
      } else if (OF_WORDS.has(only) && run.length > 0 && !ofPending) {
        ofPending = true;
      } else if (tokens.length > 0 && tokens.every((token) => CONJUNCTIONS.has(token))) {
        // "and", "&", and also "and/or" written tight.
        close('conjunction');
      } else if (!tokens.some((token) => token.length > 1 && !STOP_WORDS.has(token))) {
        // Nothing significant besides stop words and stray letters ("e.g.").
        close('other');
      } else {
        if (run.length === 0) runAfterConjunction = since === 'conjunction';
        run.push({ start: item.index, end: item.index + item[0].length, tokens: tokens.map(stem), afterOf: ofPending });
        ofPending = false;
      }
    }
    close('other');
  }
  return { wanted: capWords(wanted), unwanted: capWords(unwanted) };
}

function capWords(groups: readonly FreeGroup[]): FreeGroup[] {
  const kept: FreeGroup[] = [];
  let words = 0;
  for (const group of groups) {
    words += group.size;
    if (words > MAX_FREE_TEXT_WORDS) break;
    kept.push(group);
  }
  return kept;
}

// What the free text says the owner does not want stands for its whole family: "no recruiters"
// does not want a "Talent Acquisition Partner" or a "Sourcer" either, and "not crypto" no
// "Blockchain Engineer" at a "Web3 wallet". A one-word group (or that word in a longer group)
// found here is read as any of its family's words, or alone as any of its phrases. Only for what
// is unwanted: a wanted "recruiters" is matched as written. Not "token" for crypto: "design
// tokens" are a designer's everyday work.
const RECRUITERS = {
  words: ['recruiter', 'recruiting', 'recruitment', 'sourcer', 'headhunter', 'headhunting'],
  phrases: ['talent acquisition', 'talent partner', 'talent sourcing', 'talent scout'],
};
const CRYPTO = {
  words: ['crypto', 'cryptocurrency', 'cryptocurrencies', 'web3', 'blockchain', 'bitcoin', 'defi', 'nft', 'tokenomics'],
  phrases: [],
};
// "No gambling" does not want a "BetKing Casino" or a "Sportsbook" either (not "gaming": video games
// are another trade).
const GAMBLING = {
  words: ['gambling', 'casino', 'casinos', 'betting', 'bookmaker', 'bookmakers', 'sportsbook', 'igaming', 'poker'],
  phrases: [],
};
// "No agencies" does not want a recruitment or staffing firm either ("SRE Talent Partners",
// "Hays Recruitment"), nor an outsourcing shop.
const AGENCIES = {
  words: ['agency', 'agencies', 'staffing', 'recruitment', 'headhunter', 'headhunting', 'outsourcing'],
  phrases: ['talent partner', 'search firm', 'executive search', 'talent solution'],
};
// A headline that says "in-house" ("Talent Partner at Monzo (in-house)") is no agency, whatever its
// title: read as one word, "inhouse", as a hyphenated word is (see `sentences`).
const IN_HOUSE = stem('inhouse');
const UNWANTED_FAMILIES: ReadonlyMap<string, { accepts: readonly string[]; phrases: readonly string[][] }> = new Map(
  [
    ...['recruiter', 'recruiting', 'recruitment', 'headhunter', 'sourcer'].map((key) => [key, RECRUITERS] as const),
    ...['crypto', 'cryptocurrency', 'web3', 'blockchain', 'bitcoin'].map((key) => [key, CRYPTO] as const),
    ...['gambling', 'casino', 'betting'].map((key) => [key, GAMBLING] as const),
    ...['agency'].map((key) => [key, AGENCIES] as const),
  ].map(([key, family]) => [stem(key), { accepts: [...new Set(family.words.map(stem))], phrases: family.phrases.map(termTokens) }]),
);

const AGENCY = stem('agency');

/** An unwanted group read as its family (UNWANTED_FAMILIES), or as it is when it has none. */
function withFamily(group: FreeGroup): FreeGroup & { agency: boolean } {
  const agency = group.readings.some((reading) => reading.some((part) => part.tokens.length === 1 && part.tokens[0] === AGENCY));
  const readings: Part[][] = [];
  let changed = false;
  for (const reading of group.readings) {
    readings.push(
      reading.map((part) => {
        const family = part.tokens.length === 1 ? UNWANTED_FAMILIES.get(part.tokens[0] ?? '') : undefined;
        if (family === undefined) return part;
        changed = true;
        return { tokens: part.tokens, accepts: [...new Set([...part.accepts, ...family.accepts])] };
      }),
    );
    const only = reading.length === 1 ? reading[0] : undefined;
    const family = only !== undefined && only.tokens.length === 1 ? UNWANTED_FAMILIES.get(only.tokens[0] ?? '') : undefined;
    for (const phrase of family?.phrases ?? []) readings.push([{ tokens: phrase, accepts: phrase.slice(0, 1) }]);
  }
  return { ...group, readings: changed ? readings : group.readings, agency };
}

/** Every term of the focus in focus order (industries, roles, keywords, free text), once each. */
function focusTermList(focus: OwnerFocus, wanted: readonly FreeGroup[] = freeTextGroups(focus.freeText).wanted): FocusTerm[] {
  const listed = [...focus.industries, ...focus.roles, ...focus.keywords].map((wording) => ({ wording, readings: null }));
  return asTerms([...listed, ...wanted]);
}

/** Terms with their readings; a list term is one phrase, matched as written ("data partnerships"). */
function asTerms(candidates: readonly { wording: string; readings: Part[][] | null; agency?: boolean }[]): FocusTerm[] {
  const terms: FocusTerm[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const wording = collapseWhitespace(candidate.wording);
    const tokens = termTokens(wording);
    const key = tokens.join(' ');
    // A term of punctuation alone ("++") can never match; it does not count as focus either.
    if (tokens.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const readings = candidate.readings ?? [[{ tokens, accepts: tokens.slice(0, 1) }]];
    // A list term written with a hyphen ("e-commerce") matches the word written whole too.
    const whole = candidate.readings === null && wording.includes('-') ? termTokens(wording.replace(HYPHENS, '')) : null;
    if (whole !== null && whole.length === 1 && whole.join(' ') !== key) readings.push([{ tokens: whole, accepts: whole }]);
    terms.push(candidate.agency === true ? { wording, tokens, readings, agency: true } : { wording, tokens, readings });
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
 * tech" as an industry and "climate tech founders" as free text, "climate tech" does not count
 * again.
 */
function withoutPartsOfLonger(matched: readonly FocusTerm[]): FocusTerm[] {
  return matched.filter((term) => !matched.some((other) => other.tokens.length > term.tokens.length && containsPhrase([other.tokens], term.tokens)));
}

/**
 * matchFocus and focusTerms in one go, plus where the matches are: what the recommendation needs,
 * with the focus terms and each field's sentences worked out once instead of once per question.
 */
export function focusFit(focus: OwnerFocus, invitation: Readonly<Pick<InvitationFields, FocusField>>): FocusFit {
  const groups = freeTextGroups(focus.freeText);
  const terms = focusTermList(focus, groups.wanted);
  const unwantedTerms = asTerms(groups.unwanted.map(withFamily));
  // Most owners set no focus: nothing to look for, so the invitation's text is not taken apart.
  if (terms.length === 0 && unwantedTerms.length === 0) return { matched: [], hasFocus: false, terms: [], fields: [], unwanted: [], unwantedFields: [] };
  // Each field apart: a phrase or group must not run from the end of the headline into the company.
  const haystacks = FOCUS_FIELDS.map((field) => {
    const text = invitation[field];
    return text === null ? [] : sentences(text);
  });
  const hits = terms.map((term) => haystacks.map((haystack) => matchesIn(haystack, term)));
  const matched = withoutPartsOfLonger(terms.filter((_, index) => hits[index]?.includes(true) === true));
  // Who they are (headline, company) can be unwanted; a note may mention anything.
  const profileHits = unwantedTerms.map((term) => [unwantedIn(haystacks[0] ?? [], term), unwantedIn(haystacks[1] ?? [], term)]);
  const unwanted = unwantedTerms.filter((_, index) => profileHits[index]?.includes(true) === true);
  return {
    matched: matched.map((term) => term.wording),
    hasFocus: terms.length > 0,
    terms: terms.map((term) => term.wording),
    fields: FOCUS_FIELDS.filter((_, field) => hits.some((row) => row[field] === true)),
    unwanted: unwanted.map((term) => term.wording),
    unwantedFields: FOCUS_FIELDS.filter((_, field) => profileHits.some((row) => row[field] === true)),
  };
}

/** Which focus terms appear in the invitation's headline, company or note. */
export function matchFocus(focus: OwnerFocus, invitation: InvitationFields): FocusMatch {
  const { matched, hasFocus } = focusFit(focus, invitation);
  return { matched, hasFocus };
}
