// A ready-to-send thank-you note after an Accept: short, warm, plain text.
// Every sentence is our own wording; from the person's note we lift at most a short phrase
// (an event, a topic, a name), and only when the note is neither spam nor a mass message.

import { companyAfterHeadline, headlineRole } from './parse-invitation.js';
import { analyseNote } from './recommend.js';

export interface ThankYouPerson {
  name: string;
  headline: string | null;
  company: string | null;
  note: string | null;
}

/** Hard ceiling for the whole draft; the parts are capped well below it. */
export const MAX_DRAFT_CHARS = 600;
/** A longer note is not mined for phrases: the longer it is, the likelier a pitch. */
const MAX_USABLE_NOTE_CHARS = 400;
/** The longest phrase we lift from a note or headline. */
const MAX_PHRASE_CHARS = 60;

const CLOSING = 'Looking forward to staying in touch.';

export function draftThankYou(person: ThankYouPerson, ownerName: string | null): string {
  const greeting = `Hi ${greetingName(person.name) ?? 'there'}, thanks for connecting!`;
  const line = lineFromNote(person.note) ?? lineFromProfile(person.headline, person.company);
  const sentences = [greeting, line, CLOSING].filter(isPresent);
  const signer = ownerName === null ? null : firstName(ownerName);
  const signature = signer === null ? '' : `\n\nBest,\n${signer}`;
  const draft = `${sentences.join(' ')}${signature}`;
  // A guard, not the plan: the caps above keep drafts far shorter.
  return draft.length <= MAX_DRAFT_CHARS ? draft : `${greeting} ${CLOSING}${signature}`;
}

// ---------------------------------------------------------------------------------------------
// Names

const HONORIFICS = /^(?:dr|mr|mrs|ms|mx|miss|prof|professor|sir|dame)\.?$/i;
/** Legal forms that make a "name" a company's. */
const COMPANY_FORMS = /^(?:inc|llc|ltd|gmbh|corp|plc|ag|bv|sarl|srl|oy|pty)\.?,?$/i;

/** "Dr. Priya Raman, PhD" → "Priya"; null when nothing usable is left. */
export function firstName(fullName: string): string | null {
  return nameWords(fullName).words[0] ?? null;
}

/**
 * Whom a draft greets: the first name ("Hi Priya"), or the title and surname when that is all the
 * name gives ("Hi Dr. Smith", not "Hi Smith"). Null for what reads as no person's name ("A&B
 * Ventures"), so the draft says "Hi there".
 */
export function greetingName(fullName: string): string | null {
  const { words, honorific } = nameWords(fullName);
  const first = words[0];
  if (first === undefined) return null;
  return words.length === 1 && honorific !== null ? `${honorific} ${first}` : first;
}

/** The name's words (honorifics and what follows a comma or bracket left out), and its honorific as written. */
function nameWords(fullName: string): { words: string[]; honorific: string | null } {
  const raw = fullName.replace(/[,(|].*$/, '').split(/\s+/).filter((word) => word !== '');
  const honorific = raw.find((word) => HONORIFICS.test(word)) ?? null;
  const named = raw.filter((word) => !HONORIFICS.test(word));
  // "A&B Ventures", "3M", "Acme Inc": a company, not someone to greet by name.
  if (named.some((word) => /[&\d@]/.test(word) || COMPANY_FORMS.test(word))) return { words: [], honorific: null };
  // Letters only (an initial keeps its full stop): what is left of "A ~" is "A".
  // The typographic apostrophe (’) is kept as the plain one is: phones and LinkedIn write
  // "D’Angelo" and "O’Brien", who must not be greeted as "DAngelo". At a word's edges either is a
  // quote ("‘Annie’"), not part of the name.
  const cleaned = named
    .map((word) => trimApostrophes(word.replace(/[^\p{L}\p{M}'’.-]/gu, '')).replace(/\.(?!$)|(?<!^\p{L})\.$/gu, ''))
    .filter((word) => word !== '');
  // "J. Smith" goes by no "J": greet the name as written.
  const first = cleaned[0];
  if (first !== undefined && cleaned.length > 1 && /^\p{L}\.?$/u.test(first)) return { words: [cleaned.join(' ')], honorific };
  const words = cleaned.map((word) => word.replace(/\./g, '')).filter((word) => word !== '');
  // A first "word" this long is no name anyone goes by.
  return (words[0]?.length ?? 0) > 30 ? { words: [], honorific: null } : { words, honorific };
}

const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’']);

/** The word without apostrophes at its start or end (a loop: a pattern anchored at the end would be quadratic on a long run). */
function trimApostrophes(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && APOSTROPHES.has(word.charAt(start))) start += 1;
  while (end > start && APOSTROPHES.has(word.charAt(end - 1))) end -= 1;
  return word.slice(start, end);
}

// ---------------------------------------------------------------------------------------------
// A line drawn from their note

interface NotePattern {
  pattern: RegExp;
  write: (phrase: string, match: RegExpExecArray) => string;
}

// Where a lifted phrase ends: punctuation, a dash, or a time word ("last week", "yesterday").
const PHRASE_END = String.raw`(?=\s*(?:[.!?;,:()]|\s[-–—]\s|\s(?:last|this|yesterday|today|earlier|recently|back|a few|two|couple|on (?:mon|tue|wed|thu|fri|sat|sun)\w*|and|but|where|when|with|it|i|so)\b|$))`;

const NOTE_PATTERNS: readonly NotePattern[] = [
  {
    // "we met at the Data Council panel last week" → "It was good to meet you at the Data Council panel."
    // Only a past meeting: "would love to meet at …" is a wish, not a shared memory.
    pattern: new RegExp(
      String.raw`\b(?:met|(?:great|good|nice|lovely) (?:meeting|to meet))\s+(?:you\s+)?(at|during|in)\s+(.+?)` + PHRASE_END,
      'i',
    ),
    write: (phrase, match) => `It was good to meet you ${(match[1] ?? 'at').toLowerCase()} ${phrase}.`,
  },
  {
    // "loved your talk at KubeCon" → "I'm glad my talk at KubeCon caught your interest."
    pattern: new RegExp(
      String.raw`\byour\s+(talk|keynote|presentation|session|post|article|blog post|podcast|workshop|webinar|paper|newsletter|book)\s+(at|on|about)\s+(.+?)` +
        PHRASE_END,
      'i',
    ),
    write: (phrase, match) =>
      `I'm glad my ${(match[1] ?? 'talk').toLowerCase()} ${(match[2] ?? 'on').toLowerCase()} ${phrase} caught your interest.`,
  },
  {
    // "we worked together at Acme" → "It's good to reconnect after our time at Acme."
    pattern: new RegExp(String.raw`\bworked\s+together\s+(at|on)\s+(.+?)` + PHRASE_END, 'i'),
    write: (phrase, match) => `It's good to reconnect after our time ${(match[1] ?? 'at').toLowerCase()} ${phrase}.`,
  },
  {
    // "Ana suggested we connect" / "introduced by Ana" → "Please thank Ana for the introduction."
    // A name keeps its typographic apostrophe too: "D’Arcy suggested", not "Arcy".
    pattern: /\b(?:introduced by\s+(\p{Lu}[\p{L}'’-]+)|(?!We\b|They\b|He\b|She\b|You\b)(\p{Lu}[\p{L}'’-]+)\s+(?:suggested|recommended|thought) (?:I|we) (?:connect|reach out|talk))/u,
    write: (phrase) => `I'm glad ${phrase} brought us together.`,
  },
];

const LINK_OR_ADDRESS = /https?:\/\/|www\.|\S@\S/i;

function lineFromNote(note: string | null): string | null {
  const text = note?.replace(/\s+/g, ' ').trim() ?? '';
  if (text === '' || text.length > MAX_USABLE_NOTE_CHARS) return null;
  // A note carrying links or addresses is not one to quote from, even in part.
  if (LINK_OR_ADDRESS.test(text)) return null;
  // Never echo a pitch, a mass message or a template back to its sender.
  const kind = analyseNote(text).kind;
  if (kind !== 'personal' && kind !== 'plain') return null;
  for (const { pattern, write } of NOTE_PATTERNS) {
    const match = pattern.exec(text);
    const phrase = match === null ? null : usablePhrase(lastGroup(match));
    if (match !== null && phrase !== null) return write(phrase, match);
  }
  if (text.includes('?')) return 'Happy to help with your question: send me the details whenever suits you.';
  return null;
}

/** The phrase is the last capture group that matched (the patterns put it last). */
function lastGroup(match: RegExpExecArray): string {
  for (let index = match.length - 1; index > 0; index -= 1) {
    const group = match[index];
    if (group !== undefined && group !== '') return group;
  }
  return '';
}

/** A short phrase without links, addresses or odd characters, or null. */
function usablePhrase(raw: string): string | null {
  const phrase = raw.replace(/^["'“‘]+|["'”’.\s]+$/g, '').trim();
  if (phrase.length < 2 || phrase.length > MAX_PHRASE_CHARS) return null;
  if (/https?:|www\.|@|[<>{}[\]`*_~#]/i.test(phrase)) return null;
  return phrase;
}

// ---------------------------------------------------------------------------------------------
// A line drawn from their headline and company

// "Head of Data Partnerships" → "data partnerships"; "VP, Sales" → "sales". A "Chief of Staff"
// works on no field called staff: it is read as the title it is.
const ROLE_OVER_FIELD =
  /^(?:(?:senior|sr\.?|junior|jr\.?|principal|staff|global|regional|associate|assistant|deputy|interim|acting|executive)\s+)*(?:head|director|vp|svp|evp|vice president|manager|lead|leader|chief|president|coordinator|team lead)\s*(?:of|for|,|-|–)\s+(?!staff(?:\s+(?:at|@)\s|$))(.+)$/i;

function lineFromProfile(headline: string | null, company: string | null): string | null {
  const org = cleanCompany(company);
  // "CTO at Acme | Advisor" → "CTO": the company comes from its own field.
  const role = cleanHeadline(headline === null ? null : headlineRole(headline));
  const atOrg = org === null || companyAfterHeadline(role, org) === null ? '' : ` at ${org}`;
  if (role !== null) {
    const field = ROLE_OVER_FIELD.exec(role)?.[1];
    if (field !== undefined) return `I'd love to hear more about your work on ${lowerField(field)}${atOrg}.`;
    return `I'd love to hear more about your work as ${withArticle(role)}${atOrg}.`;
  }
  if (org !== null) return `I'd love to hear more about what you're working on at ${org}.`;
  return null;
}

/** Titles one person holds read bare: "as CTO", "as Chief of Staff", "as VP Sales", "as Founder & CEO". */
const TITLE_ANYWHERE = /\b(?:chief|vp|svp|evp|avp|vice[- ]president)\b/i;
const C_SUITE = /\bC[A-Z]{1,3}O\b/;
const TITLE_NOUNS: ReadonlySet<string> = new Set([
  'head', 'director', 'president', 'founder', 'co-founder', 'cofounder', 'owner', 'chair', 'chairman', 'chairwoman',
  'chairperson', 'principal', 'dean', 'provost', 'chancellor', 'rector', 'mayor',
]);
/** A firm's partner is a title; an "HR Business Partner" or "Talent Partner" is a job. */
const PARTNER_TITLE = /^(?:(?:managing|founding|general|senior|equity|venture)\s+)?partner$/i;
/** Jobs many people do, by their ending ("Engineer", "Analyst", "Consultant") or as listed. */
const JOB_NOUN_ENDING = /(?:er|or|ist|ant|ent|ian|ect|ee|man|woman|person|ive|ate|ic)$/;
const NOT_JOB_NOUNS = /(?:ment|talent|content|client)$/;
const JOB_NOUNS: ReadonlySet<string> = new Set(['lead', 'coach', 'nurse', 'intern', 'chef', 'pilot', 'clerk', 'fellow', 'apprentice', 'surgeon', 'expert', 'guide', 'host', 'judge', 'attorney']);

/**
 * A role as it reads after "as": a title one person holds stays bare ("as Head of Data", "as
 * CTO"), a job many do takes an article ("as an Engineer", "as a UX Designer"), and anything else
 * ("Growth", "QA") is left as written rather than guessed at.
 */
export function withArticle(role: string): string {
  if (/^(?:a|an|the)\s/i.test(role) || TITLE_ANYWHERE.test(role) || C_SUITE.test(role)) return role;
  // The word the role names a person by: the last before "of", "at", "&", a comma and the like.
  const words = (role.split(/\s+(?:of|for|at|in|and|@)\s+|\s*[,&/+]\s*/i)[0] ?? '').split(/\s+/);
  const last = words.at(-1) ?? '';
  if (/^[A-Z0-9]{2,}$/.test(last)) return role;
  const noun = last.toLowerCase().replace(/[^\p{L}-]/gu, '');
  if (TITLE_NOUNS.has(noun) || (noun === 'partner' && PARTNER_TITLE.test(role))) return role;
  const job = JOB_NOUNS.has(noun) || (JOB_NOUN_ENDING.test(noun) && !NOT_JOB_NOUNS.test(noun));
  return job ? `${indefiniteArticle(role)} ${role}` : role;
}

/** "a" or "an" by how the role's first word is said: "an ML Engineer", "a UX Designer", "a User Researcher". */
function indefiniteArticle(role: string): 'a' | 'an' {
  const first = role.split(/[\s-]/)[0] ?? '';
  // Letters said one by one: "an SRE", "an HR Partner", "a QA Engineer".
  if (/^[A-Z]{2,5}$/.test(first)) return /^[AEFHILMNORSX]/.test(first) ? 'an' : 'a';
  if (/^(?:8|11|18)(?!\d)/.test(first)) return 'an';
  if (/^(?:hour|honest|honou?r|heir)/i.test(first)) return 'an';
  // "User", "Unix", "European", "One": a vowel letter said as a consonant.
  if (/^(?:u[bcdfgjklmnprstvz][aeiouy]|uni|eu|one\b|once)/i.test(first)) return 'a';
  return /^[aeiou]/i.test(first) ? 'an' : 'a';
}

/** The first part of a headline ("Founder | Speaker | Investor" → "Founder"), if short and clean. */
function cleanHeadline(headline: string | null): string | null {
  const first = headline?.split(/\s[|•·]\s|\s[-–—]\s|[|•·]/)[0]?.trim() ?? '';
  if (first === '' || analyseNote(first).kind === 'spam') return null;
  return usablePhrase(first);
}

function cleanCompany(company: string | null): string | null {
  const trimmed = company?.trim() ?? '';
  if (trimmed === '' || analyseNote(trimmed).kind === 'spam') return null;
  return usablePhrase(trimmed);
}

/** "Data Partnerships" → "data partnerships"; acronyms such as "EMEA" or "AI" keep their case. */
function lowerField(field: string): string {
  // "Data at Northwind" (the company left in the headline): only the field is a common noun.
  const at = /\s(?:at|@)\s/i.exec(field);
  const [subject, rest] = at === null ? [field, ''] : [field.slice(0, at.index), field.slice(at.index)];
  return (
    subject
      .split(' ')
      .map((word) => (/^\p{Lu}[\p{Ll}'-]*$/u.test(word) ? word.toLowerCase() : word))
      .join(' ') + rest
  );
}

function isPresent(value: string | null): value is string {
  return value !== null;
}
