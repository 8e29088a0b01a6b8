// The recommendation: a transparent score with reasons a person can read. Never a black box:
// every point of the score comes from one row of WEIGHTS and shows up as a sentence in `reasons`
// (apart from reasons cut by the MAX_REASONS limit, which drops the least important).
// Pure and deterministic: no clock, no I/O; dates come in through the context.

import { focusFit, type FocusField } from './focus.js';
import { collapseWhitespace, wholeCharactersWithin } from './slack-text.js';
import type {
  Evaluation,
  EvaluationContext,
  InvitationFields,
  InvitationStatus,
  PriorCheck,
  Recommendation,
  TeammateVoice,
} from './types.js';

/**
 * Every weight in one table, in score points added to BASE_SCORE.
 * A new signal adds a row here, next to its rule function in SIGNALS below.
 */
export const WEIGHTS = {
  mutual: {
    none: -15,
    /** 1–2 mutual connections. */
    few: 5,
    /** 3–9. */
    some: 12,
    /** 10 or more. */
    many: 20,
    unknown: 0,
  },
  note: {
    /** Mentions where you met or something you share. */
    personal: 20,
    /**
     * A real sentence, but nothing you share. Greeting you by name or asking a question alone
     * counts here too: mail merges and sales openers do both.
     */
    plain: 8,
    /** LinkedIn's "I'd like to add you to my professional network" and the like. */
    generic: -3,
    none: -5,
  },
  spam: {
    /** Guaranteed returns, crypto/forex funds, passive income, MLM: also forces `ignore`. */
    strongPitch: -60,
    /** Crypto, forex, trading or investment themes without an outright pitch. */
    theme: -15,
    /** "Dear Sir/Madam", "I came across your profile", "book a quick call" … */
    massMessage: -20,
    /** The same phrases in their headline only ("I help B2B founders close more deals"). */
    salesHeadline: -10,
    /**
     * No mutual connections and no note: on top of mutual.none and note.none. Not when a teammate
     * knows them or they match the focus: a cold blank invitation from someone vouched for, or
     * from the kind of person the owner asked for, is no mass invitation and deserves a look.
     */
    noMutualsNoNote: -10,
  },
  history: {
    /** Also forces `ignore`, whoever blocked them. */
    blocked: -60,
    declinedByOwner: -20,
    declinedByTeammate: -15,
    ignoredByOwner: -8,
    ignoredByTeammate: -5,
    /** Ignored two or more times and sending again: persistence, no longer a plain re-send. */
    ignoredRepeatedlyByOwner: -15,
    ignoredRepeatedlyByTeammate: -10,
    acceptedByOwner: 5,
    acceptedByTeammate: 10,
    pending: 0,
  },
  profile: {
    noHeadline: -5,
  },
  /** Fit with the owner's focus (EvaluationContext.focus); only weighed when a focus is set. */
  focus: {
    /** One focus term in their headline, company or note. */
    match: 12,
    /** Two or more: clearly the kind of person the owner is looking for. */
    strongMatch: 20,
    /** A focus is set and nothing matches: small, since headlines are short and often vague. */
    offFocus: -5,
    /** Their headline or company is what the focus's free text says the owner does not want. */
    unwanted: -15,
  },
  /** What teammates said (EvaluationContext.teammates). */
  teammates: {
    /** The first teammate who knows them counts most … */
    knowsFirst: 12,
    /** … each further one adds this … */
    knowsMore: 5,
    /** … and all of them together no more than this, so a friendly team cannot outvote spam. */
    knowsMax: 20,
    /**
     * Each heads-up. One alone takes a neutral invitation (50) to 36: review, not ignore, since a
     * caution asks for a closer look rather than settling it. For the same reason, a heads-up
     * holds the recommendation at review at best, even when another teammate knows them.
     */
    caution: -14,
  },
} as const;

export const BASE_SCORE = 50;
/** Score at or above which we recommend accepting. */
export const ACCEPT_AT = 65;
/** Score at or below which we recommend ignoring; forced ignores are capped here too. */
export const IGNORE_AT = 35;
export const MAX_REASONS = 6;

const MANY_MUTUALS = 10;
const SOME_MUTUALS = 3;
const SNIPPET_CHARS = 90;

/** One thing that counted, with its weight and the sentence that explains it. */
interface Signal {
  weight: number;
  reason: string;
  /** A blocked person or an outright spam pitch: `ignore`, whatever else scores. */
  forcesIgnore?: boolean;
  /**
   * A teammate's heads-up (whoever else knows them), or a kind of person the owner's focus says they
   * don't want: `review` at best, however well the rest scores.
   */
  holdsForReview?: boolean;
}

type SignalRule = (facts: Facts) => Signal[];

/** What the rules read, computed once. */
interface Facts {
  invitation: InvitationFields;
  context: EvaluationContext;
  note: NoteAnalysis;
  /** The note and the headline with company as the phrases read them (see `unmasked`). */
  noteText: string;
  profile: string;
  profileSpam: SpamFindings;
  focus: FocusReading | null;
}

// The signals, in the order they are listed when their weights tie.
const SIGNALS: readonly SignalRule[] = [
  spamSignals,
  historySignals,
  mutualAndNoteSignals,
  headlineSignals,
  teammateSignals,
  focusSignals,
];

export function evaluateInvitation(
  invitation: InvitationFields,
  context: EvaluationContext = {},
): Evaluation {
  const profile = unmasked(profileText(invitation));
  const ownProfileSpam = findSpam(profile);
  const noteText = unmasked(invitation.note?.trim() ?? '');
  const note = analyseUnmaskedNote(noteText, ownProfileSpam.themes);
  const facts: Facts = {
    invitation,
    context,
    note,
    noteText,
    profile,
    profileSpam: withPromiseBesideTheme(profile, ownProfileSpam, note.spam.themes),
    focus: readFocus(invitation, context, note),
  };
  // A loop, not flatMap: flatMap is several times slower in this V8, and this runs per check.
  const signals: Signal[] = [];
  for (const rule of SIGNALS) signals.push(...rule(facts));
  const forced = signals.some((signal) => signal.forcesIgnore === true);
  const held = signals.some((signal) => signal.holdsForReview === true);
  const total = BASE_SCORE + signals.reduce((sum, signal) => sum + signal.weight, 0);
  const clamped = Math.min(100, Math.max(0, Math.round(total)));
  const capped = held ? Math.min(clamped, ACCEPT_AT - 1) : clamped;
  const score = forced ? Math.min(capped, IGNORE_AT) : capped;
  return {
    recommendation: forced ? 'ignore' : recommendationFor(score),
    score,
    reasons: rankReasons(signals),
  };
}

export function recommendationFor(score: number): Recommendation {
  if (score >= ACCEPT_AT) return 'accept';
  if (score <= IGNORE_AT) return 'ignore';
  return 'review';
}

/** Forcing signals first, then the heaviest either way; ties keep the SIGNALS order. */
function rankReasons(signals: readonly Signal[]): string[] {
  const importance = (signal: Signal): number =>
    (signal.forcesIgnore === true ? 1000 : 0) + Math.abs(signal.weight);
  return [...signals]
    .sort((a, b) => importance(b) - importance(a))
    .map((signal) => signal.reason)
    .slice(0, MAX_REASONS);
}

// ---------------------------------------------------------------------------------------------
// Text analysis: the note and the headline

export type NoteKind = 'none' | 'generic' | 'plain' | 'personal' | 'mass-message' | 'spam';

export interface NoteAnalysis {
  kind: NoteKind;
  /**
   * What the note points at, for the reason sentence: an event or a shared context makes it
   * personal; a question or a greeting by name leaves it plain.
   */
  specific: 'event' | 'shared-context' | 'question' | 'named' | null;
  spam: SpamFindings;
}

export interface SpamFindings {
  /** Outright pitches ("guaranteed returns", "passive income"): enough to ignore. */
  pitches: string[];
  /** Spam themes without a pitch (crypto, forex, trading platforms). */
  themes: string[];
  /** Mass-message phrasing ("I came across your profile"). */
  massPhrases: string[];
}

interface Phrase {
  label: string;
  pattern: RegExp;
  /**
   * For a phrase in another language, or an English one kept out of the combined pattern (see
   * `gated`): the words it cannot be written without (see `foreign`). The
   * pattern is tried only where one of them is, which keeps English text cheap.
   */
  keys?: readonly string[];
  /** The keys as one pattern (keysPattern). */
  key?: RegExp;
}

/**
 * A phrase in German, French, Spanish, Portuguese or Dutch, labelled in its own language.
 * `keys`: the words, space-separated, of which every match of `source` has one; "verdien*" stands
 * for any word that begins so. Plain words starting with a letter a–z, so that a short list of them
 * is cheap to look for (see ANY_FOREIGN_KEY). In `source` a space stands for any run of white
 * space (write `\s*` where there may be none), and any letter or digit, accented or not, bounds
 * the phrase (\b does not see "é").
 */
/**
 * After an event on offer: not when the reader is asked on as its speaker or guest ("te invitamos a
 * nuestra conferencia como ponente", "en tant qu'intervenant", "…ein, als Referent"), which is an
 * invitation to speak, not to attend.
 */
const NOT_AS_SPEAKER = String.raw`(?![^.!?\n]{0,60}?(?:como (?:ponente|orador[a]?|speaker|conferenciante|invitad[oa]|panelista)|en tant qu['’](?:intervenant|orat|conf[ée]renci|invit[ée]|speaker|panéliste|paneliste)|comme (?:intervenant|orat|conf[ée]renci|speaker|invit[ée]|panéliste|paneliste)|als (?:speaker|sprecher|referent|redner|gast|keynote|panelist)))`;

function foreign(label: string, keys: string, source: string): Phrase {
  const words = keys.split(' ');
  const odd = words.find((word) => !/^[a-z][\p{L}'’-]*\*?$/u.test(word));
  if (odd !== undefined) throw new Error(`key "${odd}" of spam phrase "${label}" must be a plain word`);
  const spaced = source.replace(/ /g, String.raw`\s+`);
  return {
    label,
    pattern: new RegExp(`(?<!${LETTER})(?:${spaced})(?!${LETTER})`, 'i'),
    keys: words,
    key: keysPattern(words),
  };
}

/**
 * An English phrase read only where one of its rarer words (`keys`, as for `foreign`) is: kept out
 * of the combined pattern ANY_SPAM_PHRASE, which every text is read with, so that a new row does not
 * slow the usual text down; its keys join ANY_FOREIGN_KEY instead.
 */
function gated(label: string, keys: string, pattern: RegExp): Phrase {
  const words = keys.split(' ');
  const odd = words.find((word) => !/^[a-z][\p{L}'’-]*\*?$/u.test(word));
  if (odd !== undefined) throw new Error(`key "${odd}" of spam phrase "${label}" must be a plain word`);
  return { label, pattern, keys: words, key: keysPattern(words) };
}

/**
 * The letters of Cyrillic, Arabic, Japanese kana, Chinese characters and Hangul. A text with one of
 * them is read phrase by phrase (see findSpam), and only then are the phrases written in those
 * scripts (`inScript`) tried: the usual note, in Latin letters, never is.
 */
const OTHER_SCRIPT = /[\u0400-\u04FF\u0600-\u06FF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/;

/** A phrase in one of those scripts, which has no Latin key word: `source` is read as written. */
function inScript(label: string, source: string): Phrase {
  return { label, pattern: new RegExp(source, 'i'), keys: [], key: OTHER_SCRIPT };
}

/** Any letter or digit, accented or not, for patterns without the `u` flag. */
const LETTER = String.raw`[\w\u00C0-\u024F]`;

/** Where one of the key words begins ("verdien*") or stands whole ("une"). Sorted: V8 then shares their prefixes. */
function keysPattern(words: readonly string[]): RegExp {
  const sorted = [...new Set(words)].sort();
  const prefixes = sorted.filter((word) => word.endsWith('*')).map((word) => word.slice(0, -1));
  const whole = sorted.filter((word) => !word.endsWith('*'));
  const alternatives = [...prefixes, ...(whole.length > 0 ? [`(?:${whole.join('|')})(?!${LETTER})`] : [])];
  return new RegExp(String.raw`\b(?:${alternatives.join('|')})`, 'i');
}

/**
 * A sum of money in those languages' notes: "500 €", "€500", "R$ 2.000", "1.000 euros". Its digits
 * are bounded, so that a run of 100,000 digits is not read again from each of them.
 */
/**
 * Not asked about: a friend's "ton compte a été bloqué ?" or "a tua encomenda foi retida na
 * alfândega?" is concern, where a bank's or a courier's notice states it. Bounded, so linear.
 */
const NOT_ASKED = String.raw`(?![^.!?\n]{0,40}\?)`;
const AMOUNT = String.raw`(?:[€$£]\s*\d[\d.,]{0,15}|r\$\s*\d[\d.,]{0,15}|\d[\d.,]{0,15}\s*(?:€|\$|euros?|eur|d[óo]lares|reais))`;
/**
 * A notice's sum or web address, before or after ("Zahlen Sie 2,99 € unter dhl-zoll.de"): what a
 * courier's or a bank's phishing always gives, and an engineer who quotes the notice does not.
 */
const NOTICE_LINK = String.raw`(?:${AMOUNT}|\d[\d.,]{0,8}\s?(?:zł|zl|pln)|https?:|www\.|[a-z0-9-]{2,40}\.[a-z]{2,3}(?!${LETTER}))`;
/** A sum in English notes, its currency before or after: "$2,500", "EUR 1,200", "499 USD". */
const SUM = String.raw`(?:[$€£₹]\s?\d|\b(?:usd|eur|gbp|inr|aed|chf)\s?\d|\d[\d.,]{0,12}\s?(?:€|\$|£|usd\b|eur\b|gbp\b|dollars\b|euros\b))`;
const WITH_NOTICE_LINK = String.raw`(?:(?=[^\n]{0,200}?${NOTICE_LINK})|(?<=${NOTICE_LINK}[^\n]{0,200}))`;

/**
 * A guarantee denied is no pitch, in the other five languages as in English ("os retornos não são
 * garantidos", "Nunca prometo rendimento garantido", "nous ne garantissons aucun rendement").
 * `words`: the words that deny, none of which may stand between the money and the guarantee;
 * `before`: those that deny the phrase from just before it, with at most three of `fillers` between
 * ("não há", "ne promets jamais de", "es gibt keine"). A denial anywhere else in the note changes
 * nothing: "Não é golpe! Rendimentos garantidos" is still the pitch. The patterns are read only
 * beside their key, so these look-backs cost the usual note nothing.
 */
function denial(words: string, before: string, fillers: string): { word: string; gap: string; notDenied: string } {
  return {
    // A word between the money and the guarantee ("Renditen sind nie garantiert").
    word: String.raw`(?!(?:${words})(?!${LETTER}))[^\s.!?]+`,
    // Up to 30 characters between the guarantee and the money ("garantissons pas de rendement").
    gap: String.raw`(?:(?!(?<!${LETTER})(?:${words})(?!${LETTER}))[^.!?\n]){0,30}`,
    // Right after the phrase's first word: the denial just before it.
    notDenied: String.raw`(?<!(?<!${LETTER})(?:${before}) (?:(?:${fillers}) ){0,3}[^\s.!?]+)`,
  };
}
const DENIED_DE = denial(
  'nicht|nie|niemals|keineswegs|keinesfalls|kein(?:e[nmrs]?|erlei)?',
  'nicht|nie|niemals|kein(?:e[nmrs]?|erlei)?|ohne',
  'verspreche|versprechen|verspricht|biete|bieten|bietet|garantiere|garantieren|gebe|geben|gibt|es|sind|ist|kann|k[öo]nnen|verkaufe|verkaufen|ein(?:e[nmr]?)?|die|der|das|den|irgendwelche|irgendeine',
);
const DENIED_FR = denial(
  'pas|jamais|nullement|aucunement|aucune?|ni',
  'pas|jamais|aucune?|ni|sans|nulle?',
  'promets|promettons|promet|promettent|promettre|offre|offrons|offrent|offrir|propose|proposons|proposer|garantis|garantissons|garantit|garantir|donne|donnons|vends|vendons|peux|pouvons|peut|peuvent|a|y|de|du|des|le|la|les|un|une|aucune?',
);
const DENIED_ES = denial(
  'no|nunca|jam[áa]s|ni',
  'no|nunca|jam[áa]s|ni|ning[úu]n|ninguna|sin',
  'prometo|prometemos|promete|prometen|prometer|ofrezco|ofrecemos|ofrece|ofrecen|ofrecer|garantizo|garantizamos|garantiza|garantizan|garantizar|doy|damos|da|dan|hay|existen?|es|son|est[áa]n?|puedo|podemos|puede|pueden|vendo|vendemos|vende|se|el|la|los|las|un|una|unos|unas|de|ning[úu]n|ninguna',
);
const DENIED_PT = denial(
  'n[ãa]o|nunca|jamais|nem',
  'n[ãa]o|nunca|jamais|nem|nenhu(?:m|ma|ns|mas)|sem',
  'prometo|prometemos|promete|prometem|prometer|ofere[çc]o|oferecemos|oferece|oferecem|oferecer|garanto|garantimos|garante|garantem|garantir|dou|damos|d[áa]|h[áa]|existem?|[ée]|s[ãa]o|est[áa]|est[ãa]o|posso|podemos|pode|podem|vendo|vendemos|vende|se|o|a|os|as|um|uma|uns|umas|de|qualquer|quaisquer|nenhu(?:m|ma|ns|mas)',
);
const DENIED_NL = denial(
  'niet|nooit|geenszins|geen',
  'niet|nooit|geen|zonder',
  'beloof|beloven|belooft|bied|bieden|biedt|garandeer|garanderen|garandeert|geef|geven|geeft|er|is|zijn|kan|kunnen|verkoop|verkopen|verkoopt|een|de|het|enig|enige|ooit',
);

// Each alone is a pitch. Labels are what the reason quotes back.
const PITCH_PHRASES: readonly Phrase[] = [
  // Not the policy: "Guaranteed Income Pilots", "a guaranteed basic income study".
  // Guaranteed after the money too: "pays 20% a month, fully guaranteed"; not "returns are not
  // guaranteed", "paid leave guaranteed" or "100% guaranteed" (a share a month, or returns,
  // guaranteed). These start at the rarer "%" or "guaranteed".
  {
    label: 'guaranteed returns',
    pattern:
      /\bguarantee(?:d|s)?\b(?<!\b(?:not|never|no|nothing|none|without|cannot|can['’]t|don['’]t|doesn['’]t|won['’]t|didn['’]t|isn['’]t|aren['’]t)\s+(?:(?:promise[sd]?|offer(?:s|ed)?|give[sn]?|provide[sd]?|sell[s]?|make[s]?|be|been|are|is|there|any|a|one|can|could|will|would|ever|really|truly|such|thing|as|you)\s+){0,3}guarantee(?:d|s)?)[^.!?\n]{0,40}\b(?:returns?|profits?|income|roi|gains?)\b(?! (?:pilots?|programs?|programmes?|policy|policies|research|study|studies|experiments?|initiatives?|projects?|trials?|schemes? for)\b)|%\s?(?:(?:a|per|every|each) )?(?:day|week|month|year|daily|weekly|monthly|annually|returns?|roi|apy|interest|profits?|yields?)\b[^.!?\n]{0,30}?\bguaranteed\b(?<!(?:\b(?:not|never|no|nothing)|n['’]t)\s+(?:[\w-]+\s+)?guaranteed)|\bguaranteed\b(?<=\b(?:returns?|profits?|roi|gains|yields?|payouts?)\b[^.!?\n]{0,30}guaranteed)(?<!(?:\b(?:not|never|no|nothing)|n['’]t)\s+(?:[\w-]+\s+)?guaranteed)/i,
  },
  { label: 'passive income', pattern: /\bpassive income\b/i },
  // A share a day, a week or a month paid out, with no theme word needed: "Our fund pays 15% a
  // month to partners", "you earn 3% daily", "returns of 10-12% per week". Not growth ("we grew 20%
  // a month", "15% growth a month"), product returns cut ("we cut product returns 5% a month"),
  // interest a borrower pays ("we pay 5% a month on the loan") nor a year's ("pays 4% a year").
  // It starts at the rarer "%" and looks back a bounded way for what pays it.
  {
    label: 'a share a month paid out',
    pattern:
      /%(?= ?(?:(?:a|per|every|each) (?:day|week|month)|daily|weekly|monthly)\b)(?<=\b(?:pays|paying|will pay(?: you)?|earns?|earning|yields?|yielding|(?<!\b(?:cut|cuts|cutting|reduced?|reduces|reducing|lower(?:ed|s|ing)?|product|customer|fewer|less|our|the|their|your) )return(?:s|ing)|(?:returns?|profits?|interest|roi|payouts?|dividends?|yields?) of)(?: (?:you|out|up to|over|about|around|at least|fixed|steady|stable|consistent|a fixed|a steady|a stable|an average of|on average))? \d{1,3}(?:[.,]\d{1,2})?(?: ?[-–] ?\d{1,3}(?:[.,]\d{1,2})?)? ?%)/i,
  },
  // The same share written out: "Our fund pays 15 percent a month", "returns of 3 per cent a
  // week". Kept out of the combined pattern, and read only where "percent" or "cent" is.
  gated(
    'a share a month paid out',
    'percent cent',
    /\bper ?cent\b(?= (?:(?:a|per|every|each) (?:day|week|month)|daily|weekly|monthly)\b)(?<=\b(?:pays|paying|will pay(?: you)?|earns?|earning|yields?|yielding|(?<!\b(?:cut|cuts|cutting|reduced?|reduces|reducing|lower(?:ed|s|ing)?|product|customer|fewer|less|our|the|their|your) )return(?:s|ing)|(?:returns?|profits?|interest|roi|payouts?|dividends?|yields?) of)(?: (?:you|out|up to|over|about|around|at least|fixed|steady|stable|consistent|a fixed|a steady|a stable|an average of|on average))? \d{1,3}(?:[.,]\d{1,2})?(?: ?[-–] ?\d{1,3}(?:[.,]\d{1,2})?)? per ?cent)/i,
  ),
  // "Risk-free rate" is finance vocabulary; risk-free money is a pitch.
  { label: 'risk-free', pattern: /\brisk[\s-]?free\b(?! (?:rate|interest rate|asset|bond|yield|curve|return(?:s)? (?:model|proxy)))|\b(?:with|at) (?:no|zero) risk\b/i },
  // An advance-fee story: a fortune to pass on. The sum may come first ("donate the sum of $4.5M
  // left by my late husband"), but a late father's bakery or firm is no fortune.
  {
    label: 'a fortune to pass on',
    pattern:
      /\b(?:late (?:husband|wife|father|mother)|widow(?:ed)?)\b(?:[^.!?\n]{0,80}\b(?:funds?|fortune|inheritance|estate|millions?)\b|(?<=(?:\b(?:funds?|fortune|inheritance|millions?|sum)\b|[$€£]\s?\d|\b(?:usd|us\$|eur|gbp))(?:[^.!?\n]|\.\d){0,60}\b(?:left|deposited|bequeathed|inherited|saved)(?: (?:behind|to me|for me))? by (?:my |her |his |our )?late \w+))|\b(?:donate|transfer|entrust|bequeath) (?:my |the |these |this )?(?:\w+ ){0,3}(?:funds|fortune|inheritance|sum of)\b|\bunclaimed (?:inheritance|funds?|fortune|estate|deposits?|assets|sum|balance|consignment)\b|\b(?:deceased|late) (?:client|customer|investor|depositor|account holder)\b(?<=\b(?:left by|belonging to|of) (?:a|an|my|our) (?:deceased|late) \w+(?: holder)?)/i,
  },
  // Or the reader made next of kin to a stranger's fortune ("present you as next of kin for the
  // funds", "next of kin to the deposit"), or told by the lawyer of a deceased client (read only
  // where "kin" or "deceased" is: "late" is too common a word to gate on). Not a relative
  // named so ("I listed my sister as next of kin"), nor "the deceased client's family" in a case,
  // nor next of kin traced for an estate, a probate genealogist's work.
  gated('a fortune to pass on', 'kin deceased', /\bnext of kin\b(?:(?<=\byou as (?:the |his |her |their |a |an )?(?:legal |lawful |rightful |bona fide )?next of kin)|(?<!\b(?:trac(?:e|es|ed|ing)|locat(?:e|es|ed|ing)|find(?:s|ing)?|found|identif(?:y|ies|ied|ying)|search(?:es|ed|ing)? for) (?:the |a |any )?next of kin) (?:to|for|of) (?:the |his |her |these |this |that )?(?:funds?|deposits?|estate|inheritance|fortune|sum|money|assets|account|consignment)\b)|\bdeceased (?:client|customer|investor|depositor|account holder)\b(?<=\b(?:lawyer|attorney|solicitor|barrister|counsel|banker|account officer|executor|legal adviser|legal advisor) (?:to|of|for) (?:a|an|my|our|the|one of (?:my|our)) deceased \w+(?: holder)?)(?!['’]s)/i),
  // The same story told as an investor's: a fortune to be placed in "your country" through you.
  // Not "our fund's investment in your country's grid".
  { label: 'investment through you', pattern: /\bcountry\b(?!['’]s)(?<=\binvest(?:ed|ing|ments?)?\b[^.!?\n]{0,50}\bin your country)/i },
  // A recovery scam: the second fleecing of someone already robbed ("we recover", "our team recovers";
  // not a forensic analyst's "I recovered stolen bitcoin for the FBI").
  { label: 'recovering lost funds', pattern: /\brecover(?:s|ing)? (?:your |the )?(?:stolen |lost |scammed )?(?:funds|assets|money|crypto|bitcoin|investments?)\b/i },
  // Phishing: an alarm about the account, or a look-alike address, misspelt (linkedln.com) or
  // spelt right around another word ("renew at linkedin-premium-renew.net", "secure-linkedin.com":
  // LinkedIn's own addresses have no hyphen), or payroll or bank details to "verify" ("Please
  // verify your payroll details at kasa-hr-portal.com"; not "I updated my payroll details"), or a
  // login or verification code asked for ("reply with the 6-digit code", "by sending the OTP you
  // just received", "I sent my verification code to your number by mistake"; not "the code from
  // the workshop").
  {
    label: 'a phishing link',
    pattern:
      /\b(?:account|profile) (?:has been|was|is) (?:flagged|suspended|restricted|locked|limited|compromised)\b|\bverify your (?:account|identity|profile|login)\b|\b(?:linkedln|linkedim|1inkedin|llnkedin|docu-?sign-secure)\b|\bcode\b(?<=\b(?:send|sending|reply with|share|sharing|forward|forwarding|give|tell|text) (?:me |us )?(?:back )?(?:the |that |your |this )?(?:\d[\s-]?digit|verification|security|one-time|sms|login|2fa|otp)(?: [\w-]+)? code)|\botp\b(?<=\b(?:send|sending|reply with|share|sharing|forward|forwarding|give|tell|text) (?:me |us )?(?:back )?(?:the |that |your |this )?otp)|\bcode\b(?<=\b(?:sent|texted) (?:my|a|the) (?:[\w-]+ ){0,2}code)(?= (?:to your (?:number|phone|mobile)|by (?:mistake|accident)))|\blinkedin-[a-z0-9-]{1,40}\.(?:com|net|org|info|biz|co|io|me|xyz|online|site|top|app|support|help|live|pro)\b|\blinkedin\.(?:com|net|org|info)\b(?<=[a-z0-9]-linkedin\.[a-z]{3,4})|\b(?:payroll|banking|bank|salary|direct deposit|login|password|card) (?:details|information|info|credentials|data)\b(?<=\b(?:verify|confirm|validate|update|re-?enter|submit) your (?:\w+ )?(?:payroll|banking|bank|salary|direct deposit|login|password|card) \w+)/i,
  },
  // A card, an account or a login to confirm at an address: "Confirm your card at
  // paypal-secure-check.com" (a look-alike of PayPal's; "I paid with PayPal" is no such thing).
  gated('a login asked for at an address', 'verify confirm validate update re-enter reenter submit', /\b(?:card|account|payment|login|password|credentials)\b(?<=\b(?:verify|confirm|validate|update|re-?enter|submit) your (?:\w+ )?\w+)(?= (?:at|on|via) (?:https?:\/\/)?(?:www\.)?[a-z0-9][a-z0-9-]{0,62}\.[a-z]{2})/i),
  { label: 'an investment opportunity for you', pattern: /\binvestment opportunit(?:y|ies)\b(?:(?<=\b(?:i|we) (?:have|['’]ve got|got) (?:an?|some|the)? ?(?:\w+ )?investment opportunit(?:y|ies))| (?:for you|you(?:['’]d| would| will|['’]ll) love)\b)/i },
  { label: '100x', pattern: /\b100x\b/i },
  { label: 'multiplied returns', pattern: /\b\d{1,4}x (?:returns?|profits?|gains?|your (?:money|investment|income))\b/i },
  { label: 'financial freedom', pattern: /\bfinancial (?:freedom|independence)\b/i },
  { label: 'double your money', pattern: /\b(?:double|triple) your (?:money|investment|income)\b/i },
  // "Trading signals" alone is a quant's research; sold as a group or a channel it is the scam.
  { label: 'forex or crypto signals', pattern: /\b(?:forex|fx|crypto|binary options?) signals?\b|\btrading signals?\b(?:(?<=\b(?:free|premium|vip|daily|paid) trading signals?)| (?:group|channel|service|subscription)\b)/i },
  { label: 'binary options', pattern: /\bbinary options?\b/i },
  { label: 'be your own boss', pattern: /\bbe your own boss\b/i },
  { label: 'network marketing', pattern: /\b(?:network|multi[\s-]?level) marketing\b|\bmlm\b/i },
  { label: 'residual income', pattern: /\bresidual income\b/i },
  // Not where they quote your writing back: "your post about turning a side hustle into a company".
  // (The look back comes after the phrase, so it runs only where the phrase is.)
  { label: 'side hustle', pattern: /\bside hustle\b(?<!\byour (?:post|article|talk|thread|piece|newsletter|video) (?:about|on) (?:\S+ ){0,3}side hustle)/i },
  // Or a sum, or a range of sums, a day or an hour: how task scams pay for liking videos ("earn
  // 300-800 EUR per day"). Not a salary ("a year").
  {
    label: 'make money from home',
    pattern:
      /\b(?:make|earn) (?:up to )?(?:money|[$€£]?\s?\d[\d,.]{0,15}(?:\s?[-–]\s?[$€£]?\d[\d,.]{0,15})?(?:\s?(?:k|eur|euros?|usd|dollars?|gbp|€|\$|£))?)\s+(?:online|from home|(?:a|per|every|each) (?:day|hour|week|month)|daily|weekly)\b|\bpaid to (?:like|watch|rate|review|subscribe to|follow) (?:\w+ )?(?:videos|posts|products|apps|hotels|channels|accounts)\b|\bearn(?:ing)? (?:extra )?(?:money |income |cash )?from home\b/i,
  },
  // Or a sum per like or per task, as the same scams pay: "get paid 5-10 USD per like" (not "we pay
  // per click", nor a count: "I get 5 per review", nor pay told of the past: "I got paid $2 per review",
  // nor their own or their family's: "we earn $10 per review as peer reviewers", "my son earns $5 per task").
  gated('make money from home', 'paid earn earns earning', /\b(?:(?<!\b(?:got|was|were|been) )paid|(?<!\b(?:i|we|they|he|she|(?:my|our|their) (?:son|daughter|kids?|child|children)) )earns?|earning)\b[^.!?\n]{0,30}?(?:[$€£]\s?\d[\d.,]{0,10}(?:\s?[-–]\s?[$€£]?\d[\d.,]{0,10})?|\d[\d.,]{0,10}(?:\s?[-–]\s?\d[\d.,]{0,10})?\s?(?:usd|eur|gbp|inr|rs\.?|dollars?|euros?|cents?|rupees|[$€£])) per (?:like|task|follow|review|rating|subscribe)\b/i),
  // An advance fee: a fee the reader is asked to pay before the money comes ("Kindly send your pitch
  // deck together with the due-diligence processing fee of $450"). Not a fee someone pays
  // ("Stripe's processing fee of $0.30 is eating our margins"). Provided too: "Kindly provide your
  // company registration and the processing fee to begin".
  // Or called refundable ("our compliance team requires a refundable processing fee of $500"), or set
  // before a start ("To start, there is a one-time onboarding fee of $200 for your equipment") or a
  // claim ("To claim your share of the $50,000, pay the release fee of $300"). Not a
  // fee of one's own, nor one an event charges ("a non-refundable registration fee", "the
  // registration fee is €10").
  gated('an advance fee', 'fee fees', /\bfees?\b(?:(?<=\b(?:kindly|please|you(?:['’]ll| will)? (?:need to|must|have to|should|only need to))\s+(?:\w+\s+)?(?:send|pay|transfer|wire|remit|deposit|cover|provide|submit|forward|settle)\b[^.!?\n]{0,80}\b(?:processing|due[\s-]diligence|clearance|release|activation|verification|handling|administrative|admin|transfer|legal|registration|insurance|courier|documentation)(?: [\w-]+)? fees?)|(?<=(?<!\bnon-)\brefundable (?:processing|onboarding|training|equipment|activation|verification|clearance|release|compliance|administrative|admin|security|handling) fees?)|(?<=\b(?:processing|onboarding|training|equipment|starter[\s-]kit|activation|verification|clearance|release|compliance) fees?)(?:(?<=\bto (?:proceed|start|begin|get started|activate|unlock|continue|secure|release|receive|complete|claim your)\b[^.!?\n]{0,60}fees?)|(?=[^.!?\n]{0,40}?\b(?:for your (?:equipment|laptop|training|onboarding|kit|account|application|visa|position|role|funds|payment|grant|loan|package)|to (?:start|begin|proceed|get started|activate|unlock|secure|release|claim (?:your|it|them)))\b)))/i),
  // The overpayment scam of fake jobs: a cheque for equipment from "our vendor" ("We will send you a
  // cheque to buy your work equipment from our vendor"). Not "I'll check the equipment list".
  gated('a cheque for your equipment', 'cheque cheques equipment laptop', /\b(?:cheque|check)s?\b(?<=\b(?:send|mail|post|issue|give|deposit|forward)(?:ing)? (?:you|to you) (?:a |an )?(?:\w+ )?(?:cheque|check)s?)(?=[^.!?\n]{0,80}\b(?:equipment|laptop|supplies|workstation)\b)|\bvendors?\b(?<=\b(?:buy|purchase|order|get) your (?:[\w-]+ ){0,3}(?:equipment|laptop|supplies|workstation|devices?|software) (?:from|through|via) (?:our|my|the|an?) (?:approved |preferred |designated |certified |trusted |company['’]s |own )?vendors?)/i),
  // The task scam's deposit: "top up your account to unlock premium tasks with higher commissions",
  // "recharge your account to continue the orders". Not a top-up to unlock an app's features.
  gated('a deposit to unlock tasks', 'unlock unlocks unlocking recharge', /\bunlock(?:s|ing)?\b(?<=\b(?:top[\s-]?up|recharge|reload|fund|deposit (?:\S+ ){0,3}?(?:in|into|to)|add (?:\S+ ){0,2}?to) (?:your|the) (?:\w+ )?(?:account|balance|wallet)(?: first)? (?:to|and) unlock(?:s|ing)?)(?=[^.!?\n]{0,40}\b(?:tasks?|orders?|commissions?|levels?|missions?|vip)\b)|\brecharge (?:your|the) (?:\w+ )?(?:account|balance|wallet)\b(?=[^.!?\n]{0,60}\b(?:tasks?|orders?|commissions?|unlock|withdraw(?:al)?)\b)/i),
  // An identity document asked for, as fake jobs do before a word about the work: "send us a copy of
  // your passport". Bank details alone are left to the phishing rows: "send me your IBAN and I'll pay
  // you back for the tickets" is what a friend writes.
  gated('a copy of your ID', 'passport passports id licence license identity ssn aadhaar', /\b(?:copy|copies|scan|scans|photo|photos|picture|pictures|image|images)\b(?<=\b(?:send|upload|share|e-?mail|attach|provide|forward|submit)(?: (?:me|us))?(?: (?:a|an|the|both))?(?: (?:clear|scanned|colou?r|front|valid|signed|quick))? (?:copy|copies|scan|scans|photo|photos|picture|pictures|image|images))(?= of (?:your|the front and back of your) (?:valid |current |national |government[\s-]issued |photo )?(?:passport|id\b|identity|driver['’]?s? licen[cs]e|driving licen[cs]e|ssn|social security|residence permit|aadhaar|pan card))/i),
  // Money a day in rupees, as task scams write it in Hindi-English: "daily 5000 rs earning".
  gated('earnings a day', 'earning income kamai kamaye kamao kamaen', /\b(?:earning|income|kamai|kamaye|kamao|kamaen)\b(?<=\b(?:daily|per day|a day|roz|rozana|weekly|monthly)\s+(?:(?:rs\.?|₹|inr)\s?)?\d[\d,.]{0,15}\s?(?:k\s?)?(?:rs\.?|rupees|inr|₹|\/-)?\s+(?:earning|income|kamai|kamaye|kamao|kamaen))/i),
  // Money for being someone's company, and a loan nobody asked for: scams that sell nothing.
  { label: 'a sugar baby offer', pattern: /\bsugar (?:bab(?:y|ies)|dadd(?:y|ies)|mommy|mummy|momma)\b/i },
  // Or the same offer unnamed: a sum paid a week as an allowance ("$2000 weekly allowance", "an
  // allowance of $500 every week"), or someone "to spoil" ("looking for someone kind to spoil").
  // Not a monthly allowance, which jobs pay ("a home-office allowance of €50 a month"), nor a
  // child's sum under 100 ("a $20 weekly allowance"), nor one for travel, hotels or meals ("an
  // allowance of $300 per week for hotels").
  gated('a sugar baby offer', 'allowance spoil', /\ballowance\b(?! (?:for|towards?|to cover) (?:your |their |our |the )?(?:travel|meals?|food|fuel|mileage|accommodation|lodging|hotels?|housing|rent|expenses|subsistence|relocation|childcare|transport|commuting|parking|equipment|training|learning|books|phone|internet|home[ -]office)\b)(?:(?<=(?:[$€£]\s?(?:\d[.,]?\d{2}[\d.,]{0,10}|\d{1,4}k)|(?:\d[.,]?\d{2}[\d.,]{0,10}|\d{1,4}k)\s?(?:usd|eur|gbp|dollars|euros|€|\$|£))\s(?:a week |per week |every week |weekly |a weekly |as a weekly )allowance)|(?= of (?:[$€£]\s?(?:\d[.,]?\d{2}[\d.,]{0,10}|\d{1,4}k)|(?:\d[.,]?\d{2}[\d.,]{0,10}|\d{1,4}k)\s?(?:usd|eur|gbp|dollars|euros|€|\$|£)) (?:a|per|every) week\b(?! (?:for|towards?|to cover) (?:your |their |our |the )?(?:travel|meals?|food|fuel|mileage|accommodation|lodging|hotels?|housing|rent|expenses|subsistence|relocation|childcare|transport|commuting|parking|equipment|training|learning|books|phone|internet|home[ -]office)\b)))|\bspoil\b(?<=\bsomeone (?:[\w-]+ ){0,2}to spoil)(?! (?:the|it|this|that|your|our|my|everything|things|a)\b)/i),
  {
    label: 'a loan offered',
    pattern: /\bcredit checks?\b(?<=\bno credit checks?)|\bloans?\b(?:(?<=\b(?:do|are) you (?:need|in need of|looking for) (?:an? )?(?:\w+ )?loans?)| at (?:just |only )?\d{1,2}(?:[.,]\d{1,2})?\s?%)|\b(?:guaranteed|instant) loan approvals?\b/i,
  },
  // The same scams in German, French, Spanish, Portuguese and Dutch: bank details or logins to
  // confirm ("confirme os seus dados bancários em lumio-rh-portal.com"), an unclaimed inheritance
  // (not "the same surname" alone, nor a loan at a rate: genuine notes say those too), a loan with
  // no credit check.
  foreign('confirme os seus dados bancários', 'dados credenciais senha palavra-passe iban', String.raw`(?:confirm(?:e|ar)|verifi(?:que|car)|valid(?:e|ar)|a(?:c)?tualiz(?:e|ar))(?: os| as)? (?:seus|suas|teus|tuas) (?:dados (?:banc[áa]rios|de acesso|do cart[ãa]o|de pagamento)|credenciais|senha|palavra-passe|iban)`),
  foreign('confirme sus datos bancarios', 'datos credenciales contraseña contrasena', String.raw`(?:confirm(?:e|a|ar)|verifi(?:que|ca|car)|valid(?:e|a|ar)|actualiz(?:a|ar)|actualice) (?:sus|tus) (?:datos (?:bancarios|de acceso|de (?:la )?tarjeta|de pago)|credenciales|contrase[ñn]a)`),
  foreign('confirmez vos coordonnées bancaires', 'coordonnées coordonnees données donnees identifiants mot informations', String.raw`(?:confirme[zr]?|v[ée]rifie[zr]?|valide[zr]?|mett(?:ez|re) [àa] jour|actualise[zr]?) (?:vos|tes) (?:coordonn[ée]es bancaires|informations bancaires|donn[ée]es bancaires|identifiants|informations de (?:connexion|paiement|carte)|mot de passe)`),
  foreign('bestätigen Sie Ihre Bankdaten', 'bankdaten bankverbindung zugangsdaten kontodaten kreditkartendaten anmeldedaten logindaten login-daten', String.raw`(?:best[äa]tig|verifizier|aktualisier)(?:en|e)(?: sie)?(?: bitte)? (?:ihre|deine) (?:bankdaten|bankverbindung|zugangsdaten|kontodaten|kreditkartendaten|anmeldedaten|login-?daten)|(?:ihre|deine) (?:bankdaten|bankverbindung|zugangsdaten|kontodaten|kreditkartendaten|anmeldedaten|login-?daten) (?:zu )?(?:best[äa]tigen|verifizieren|aktualisieren)`),
  foreign('bevestig uw bankgegevens', 'bankgegevens inloggegevens rekeninggegevens betaalgegevens creditcardgegevens wachtwoord', String.raw`(?:bevestig|verifieer|controleer|update)(?:en)? (?:uw|je|jouw) (?:bankgegevens|inloggegevens|rekeninggegevens|betaalgegevens|creditcardgegevens|wachtwoord)`),
  foreign('herança não reclamada', 'herança heranca reclamado reclamados', String.raw`heran[çc]a (?:n[ãa]o reclamada|sem herdeiros?)|(?:fundos?|dep[óo]sitos?) n[ãa]o reclamados?`),
  foreign('herencia no reclamada', 'herencia reclamados', String.raw`herencia no reclamada|fondos no reclamados`),
  foreign('héritage non réclamé', 'héritage réclamés', String.raw`h[ée]ritage non r[ée]clam[ée]|fonds non r[ée]clam[ée]s`),
  foreign('nicht beanspruchtes Erbe', 'beanspruchte* herrenlose* niemand', String.raw`(?:nicht beanspruchte[sn]?|herrenlose[sn]?) (?:erbe|erbschaft|nachlass|verm[öo]gen|gelder|guthaben)|(?:erbe|erbschaft|nachlass|verm[öo]gen|guthaben)(?: [^\s.!?]+){0,8},? (?:das|die|den) (?:bisher |noch )?niemand (?:beansprucht|abgeholt|geltend gemacht)`),
  foreign('niet-opgeëiste erfenis', 'niet-opgeëiste onopgeëiste niet', String.raw`(?:niet[\s-]|on)opge[ëe]iste (?:erfenis|fondsen|tegoeden)`),
  foreign('préstamos sin comprobación de crédito', 'crédito credito historial buró buro', String.raw`sin (?:comprobaci[óo]n|verificaci[óo]n|consulta|revisi[óo]n|estudio) (?:de|del) (?:cr[ée]dito|historial crediticio|bur[óo])`),
  foreign('Kredit ohne Schufa', 'schufa* bonitätsprüfung* bonitatsprufung*', String.raw`ohne schufa|schufa-?frei|ohne bonit[äa]tspr[üu]fung`),
  foreign('prêt sans vérification de crédit', 'crédit solvabilité solvabilite', String.raw`sans (?:v[ée]rification|enqu[êe]te|[ée]tude) (?:de|du) (?:cr[ée]dit|solvabilit[ée])`),
  foreign('empréstimo sem consulta', 'crédito credito spc serasa', String.raw`sem (?:consulta|an[áa]lise|verifica[çc][ãa]o) (?:de cr[ée]dito|ao spc|ao serasa|spc|serasa)`),
  foreign('lening zonder BKR', 'bkr* kredietcheck kredietcontrole', String.raw`zonder (?:bkr(?:-toetsing|-check)?|kredietcheck|kredietcontrole)`),
  // The same advance fee (refundable, or to pay first), the cheque for equipment, the deposit to
  // unlock tasks, an identity document asked for, and a fortune left by a deceased client. Not a fee
  // an event or a course charges ("a taxa de inscrição é reembolsável", "frais de formation
  // remboursés par l'OPCO"), nor a friend's late father.
  foreign('taxa de processamento reembolsável', 'taxa taxas reembolsável reembolsavel reembolsáveis reembolsaveis', String.raw`taxas? (?:de (?:processamento|ativa[çc][ãa]o|libera[çc][ãa]o|equipamento|cadastro|onboarding|verifica[çc][ãa]o)|administrativas?)(?: [^\s.!?]+){0,3} reembols[áa]ve(?:l|is)|(?:pagar|pague|pagamento de|transferir|transfira|depositar|deposite) (?:uma |a )?(?:pequena )?taxa de (?:processamento|ativa[çc][ãa]o|libera[çc][ãa]o|equipamento|verifica[çc][ãa]o)`),
  foreign('tarifa de procesamiento reembolsable', 'tarifa tarifas cuota cuotas tasa tasas comisión comision reembolsable reembolsables', String.raw`(?:tarifa|cuota|tasa|comisi[óo]n|cargo)s? (?:de (?:procesamiento|tramitaci[óo]n|activaci[óo]n|equipo|alta|liberaci[óo]n|verificaci[óo]n)|administrativas?)(?: [^\s.!?]+){0,3} reembolsables?|(?:pagar|pague|abonar|abone|transferir|transfiera|depositar|deposite) (?:una |la )?(?:peque[ñn]a )?(?:tarifa|cuota|tasa|comisi[óo]n) de (?:procesamiento|tramitaci[óo]n|activaci[óo]n|liberaci[óo]n|equipo|verificaci[óo]n)`),
  foreign('frais de dossier remboursables', 'frais', String.raw`frais (?:de (?:dossier|traitement|activation|mat[ée]riel|lib[ée]ration|v[ée]rification)|administratifs)(?: [^\s.!?]+){0,3} rembours(?:ables?|[ée]s)|(?:payer|r[ée]gler|verser|virer|payez|r[ée]glez|versez|virez) (?:des |les |d['’]abord |au pr[ée]alable )*(?:petits )?frais (?:de (?:dossier|traitement|activation|lib[ée]ration|mat[ée]riel|v[ée]rification)|administratifs)`),
  foreign('rückerstattbare Bearbeitungsgebühr', 'bearbeitungsgebühr* bearbeitungsgebuhr* aktivierungsgebühr* aktivierungsgebuhr* ausrüstungsgebühr* ausrustungsgebuhr* freischaltungsgebühr* freischaltungsgebuhr* verwaltungsgebühr* verwaltungsgebuhr* prüfungsgebühr* prufungsgebuhr* onboardinggebühr* onboardinggebuhr* rückerstattbar* ruckerstattbar*', String.raw`(?:bearbeitungs|aktivierungs|ausr[üu]stungs|freischaltungs|verwaltungs|pr[üu]fungs|onboarding)geb[üu]hr(?:en)?(?: [^\s.!?]+){0,4} (?:r[üu]ckerstattbar|erstattungsf[äa]hig|zur[üu]ckerstattet|erstattet)|r[üu]ckerstattbare[n]? (?:bearbeitungs|aktivierungs|ausr[üu]stungs|freischaltungs|verwaltungs|pr[üu]fungs|onboarding)geb[üu]hr|(?:zahlen|[üu]berweisen|entrichten|begleichen) sie (?:bitte |zun[äa]chst |zuerst |vorab |vorher )*(?:eine |die )?(?:kleine |einmalige )?(?:bearbeitungs|aktivierungs|ausr[üu]stungs|freischaltungs|verwaltungs)geb[üu]hr`),
  foreign('terugbetaalbare administratiekosten', 'administratiekosten verwerkingskosten activatiekosten terugbetaalbare terugbetaalbaar', String.raw`(?:administratie|verwerkings|activatie)kosten(?: [^\s.!?]+){0,4} (?:terugbetaalbaar|terug ?betaald|terugbetaald|retour)|terugbetaalbare (?:administratie|verwerkings|activatie)kosten|(?:betaal|betalen|maak|overmaken) (?:u |je )?(?:eerst |vooraf )?(?:de |een )?(?:kleine |eenmalige )?(?:administratie|verwerkings|activatie)kosten`),
  foreign('um cheque para o seu equipamento', 'cheque cheques', String.raw`(?:enviar(?:emos|ei)?|mandar(?:emos|ei)?|enviamos|mandamos|envio|mando)(?:-lhe|-te| lhe| te| para (?:voc[êe]|si|ti))? um cheque,?(?: [^\s.!?]+){0,8} (?:equipamentos?|computador|port[áa]til|notebook|material de escrit[óo]rio)`),
  foreign('un cheque para su equipo', 'cheque cheques', String.raw`(?:enviar(?:emos|[ée])?|mandar(?:emos|[ée])?|enviamos|mandamos|env[íi]o|mando)(?:le|te)? un cheque,?(?: [^\s.!?]+){0,8} (?:equipos?|equipamiento|ordenador|port[áa]til|computadora|material de oficina)`),
  foreign('un chèque pour votre matériel', 'chèque cheque chèques cheques', String.raw`(?:enverr(?:ons|ai)|envoyons|envoie|envoyer|adresserons|ferons parvenir|faire parvenir)(?:[\s-]vous)? un ch[èe]que,?(?: [^\s.!?]+){0,8} (?:mat[ée]riel|[ée]quipements?|ordinateur|fournitures)`),
  foreign('ein Scheck für Ihre Ausrüstung', 'scheck*', String.raw`(?:schicken|senden|[üu]bersenden|zusenden|geben|schicke|sende)(?: wir| ich)?(?: ihnen| dir)? (?:einen )?scheck,?(?: [^\s.!?]+){0,8} (?:ausr[üu]stung|ausstattung|arbeitsger[äa]te|arbeitsmittel|laptop|computer|b[üu]roausstattung|equipment)`),
  foreign('een cheque voor uw apparatuur', 'cheque cheques', String.raw`(?:sturen|zenden|stuur|zend|versturen)(?: we| wij| ik)?(?: u| je| jou)? (?:een )?cheque,?(?: [^\s.!?]+){0,8} (?:apparatuur|uitrusting|laptop|computer|kantoorartikelen|werkplek)`),
  foreign('recarregue a sua conta para desbloquear tarefas', 'desbloquear', String.raw`(?:recarreg(?:ar|ue|a)|deposit(?:ar|e|a)|carreg(?:ar|ue)) (?:a |o )?(?:sua |tua )?(?:conta|saldo|carteira)(?: [^\s.!?]+){0,3} (?:para )?desbloquear (?:as |os |mais |novas |novos )?(?:[^\s.!?]+ )?(?:tarefas|miss[õo]es|pedidos|comiss[õo]es|n[íi]veis)`),
  foreign('recargue su cuenta para desbloquear tareas', 'desbloquear', String.raw`(?:recarg(?:ar|ue|a)|deposit(?:ar|e|a)) (?:la |el )?(?:su |tu )?(?:cuenta|saldo|billetera|monedero)(?: [^\s.!?]+){0,3} (?:para )?desbloquear (?:las |los |m[áa]s |nuevas |nuevos )?(?:[^\s.!?]+ )?(?:tareas|misiones|pedidos|[óo]rdenes|comisiones|niveles)`),
  foreign('rechargez votre compte pour débloquer des tâches', 'débloquer debloquer', String.raw`(?:recharg(?:er|ez)|approvisionn(?:er|ez)|aliment(?:er|ez)|cr[ée]dit(?:er|ez)) (?:votre |ton |le )?(?:compte|solde|portefeuille)(?: [^\s.!?]+){0,3} (?:pour |afin de )?d[ée]bloquer (?:les |des |de nouvelles |plus de )?(?:[^\s.!?]+ )?(?:t[âa]ches|missions|commandes|commissions|niveaux)`),
  foreign('Konto aufladen, um Aufgaben freizuschalten', 'freizuschalten freischalten', String.raw`(?:ihr|dein|das) (?:konto|guthaben|wallet) (?:[^\s.!?]+ ){0,2}?(?:auf|aufladen|aufzuladen|aufstocken|aufzustocken),? (?:um )?(?:[^\s.!?]+ ){0,3}?[^\s.!?]*(?:aufgaben|auftr[äa]ge|provisionen|level|stufen|missionen) (?:freizuschalten|freischalten)`),
  foreign('waardeer uw account op om taken te ontgrendelen', 'ontgrendelen', String.raw`(?:waardeer|opwaarderen|stort|storten|laad|opladen)(?: [^\s.!?]+){0,4} (?:om )?(?:[^\s.!?]+ ){0,3}?(?:taken|opdrachten|commissies|niveaus) (?:te )?ontgrendelen`),
  foreign('cópia do seu documento', 'passaporte documento bi cartão cartao rg cpf cnh carteira carta nif', String.raw`(?:c[óo]pia|digitaliza[çc][ãa]o|foto(?:grafia)?|scan)s? (?:d[oa]s?|de) (?:seu|sua|seus|suas|teu|tua) (?:passaporte|documento de identidade|documento de identifica[çc][ãa]o|bi|cart[ãa]o de cidad[ãa]o|rg|cpf|cnh|carteira de (?:identidade|motorista|habilita[çc][ãa]o)|carta de condu[çc][ãa]o|nif)`),
  foreign('copia de su DNI', 'dni pasaporte documento cédula cedula carné carne carnet licencia', String.raw`(?:copia|escaneo|foto(?:graf[íi]a)?|fotocopia)s? (?:de|del) (?:su|tu|sus|tus) (?:dni|pasaporte|documento (?:de identidad|nacional de identidad)|c[ée]dula(?: de identidad)?|carn[ée] de conducir|carnet de conducir|licencia de conducir|nie|ine)`),
  foreign("copie de votre carte d'identité", 'identité identite passeport permis cni vitale séjour sejour', String.raw`(?:copie|scan|photo|photocopie)s? (?:de|d['’]une?) (?:votre|ta|vos|tes) (?:carte (?:d['’]identit[ée]|vitale|nationale d['’]identit[ée])|pi[èe]ce d['’]identit[ée]|passeport|permis de conduire|titre de s[ée]jour|cni)`),
  foreign('Kopie Ihres Personalausweises', 'personalausweis* ausweis* reisepass* passes passkopie* führerschein* fuhrerschein* aufenthaltstitel* id-karte identitätskarte* identitatskarte*', String.raw`(?:kopie|scan|foto|abbildung)(?:n|s)? (?:ihres|deines|ihrer|deiner) (?:g[üu]ltigen )?(?:personalausweises|ausweises|reisepasses|passes|f[üu]hrerscheins|aufenthaltstitels|id-karte|identit[äa]tskarte)|(?:personalausweis|ausweis|reisepass|pass)-?kopie`),
  foreign('kopie van uw paspoort', 'paspoort identiteitsbewijs identiteitskaart id-kaart id-bewijs id rijbewijs verblijfsvergunning bsn bsn-nummer', String.raw`(?:kopie|scan|foto)(?:['’]?s)? van (?:uw|je|jouw) (?:geldige )?(?:paspoort|identiteitsbewijs|identiteitskaart|id-kaart|id-bewijs|id|rijbewijs|verblijfsvergunning|bsn(?:-nummer)?)|(?:kopie|scan) (?:paspoort|id|identiteitsbewijs|id-kaart)`),
  foreign('ein verstorbener Kunde', 'verstorbene*', String.raw`(?:eines|einem|meines|meinem|unseres|unserem) verstorbenen (?:kunden|mandanten|klienten|investors|anlegers|kontoinhabers|auftraggebers)`),
  foreign('un client décédé', 'décédé décédée decede decedee défunt défunte defunt defunte', String.raw`(?:d['’]un|d['’]une|de mon|de ma|de notre) (?:client|cliente|investisseur|investisseuse|d[ée]posant|d[ée]posante|titulaire de compte) d[ée]c[ée]d[ée]e?|(?:d['’]un|de mon|de notre) (?:d[ée]funt|feu) (?:client|investisseur)`),
  foreign('un cliente fallecido', 'fallecido fallecida difunto difunta', String.raw`(?:de un|de una|de mi|de nuestro|de nuestra) (?:cliente|inversor|inversora|inversionista|depositante|titular de (?:la )?cuenta) fallecid[oa]|(?:de un|de una|de mi|de nuestro|de nuestra) difunt[oa] (?:cliente|inversor|inversora|inversionista)`),
  foreign('um cliente falecido', 'falecido falecida', String.raw`(?:de um|de uma|do meu|da minha|do nosso|da nossa|um|uma) (?:cliente|investidor|investidora|depositante|titular da conta) falecid[oa]`),
  foreign('een overleden klant', 'overleden wijlen', String.raw`(?:van een|van mijn|van onze|een) (?:overleden|wijlen) (?:klant|cli[ëe]nt|belegger|investeerder|rekeninghouder)`),
  { label: 'ground-floor opportunity', pattern: /\bground[\s-]floor\b/i },
  { label: 'token presale', pattern: /\b(?:token|coin) (?:pre-?sale|launch)\b|\bpre-?sale\b[^.!?\n]{0,60}\b(?:tokens?|allocation|bonus|spot|whitelist)\b|\bairdrop\b(?! (?:you|me|him|her|them|it|the|my|your|our|his|their) )/i },

  // The same pitches in German, French, Spanish, Portuguese and Dutch, family by family, each
  // labelled as people write it. "100x" and "airdrop" above read the same in every language.
  foreign('garantierte Rendite', 'garantiert*', String.raw`garantiert(?:e[nrs]?)?${DENIED_DE.notDenied} (?:${DENIED_DE.gap} )?(?:renditen?|gewinne?n?|ertr[äa]ge?n?|einkommen|einnahmen|auszahlung(?:en)?)|(?:renditen?|gewinne?|ertr[äa]ge?|auszahlung(?:en)?)${DENIED_DE.notDenied}(?: ${DENIED_DE.word}){0,3} garantiert`),
  foreign('rendement garanti', 'garanti*', String.raw`(?:rendements?|rentabilit[ée]s?|profits?|gains|b[ée]n[ée]fices?|revenus?|retours? sur investissement|int[ée]r[êe]ts)${DENIED_FR.notDenied}(?: ${DENIED_FR.word}){0,3} garanti(?:e|s|es)?|garanti(?:ssons|s|t|r|ssez)${DENIED_FR.notDenied} (?:${DENIED_FR.gap} )?(?:rendements?|rentabilit[ée]|profits|gains|b[ée]n[ée]fices|revenus)`),
  foreign('rendimiento garantizado', 'garantiza* asegurad*', String.raw`(?:rentabilidad(?:es)?|rendimientos?|ganancias?|beneficios?|ingresos?|retornos?|intereses|utilidades)${DENIED_ES.notDenied}(?: ${DENIED_ES.word}){0,3} garantizad[oa]s?|(?:rentabilidad(?:es)?|rendimientos?|ganancias?|retornos?)${DENIED_ES.notDenied}(?: ${DENIED_ES.word}){0,2}? \d{1,3}(?:[.,]\d{1,2})?\s?%(?: ${DENIED_ES.word}){0,2} asegurad[oa]s?|garantiza(?:mos|r|do|da|dos|das)?${DENIED_ES.notDenied} (?:${DENIED_ES.gap} )?(?:rentabilidad(?:es)?|rendimientos?|ganancias|beneficios|ingresos|retornos?)`),
  foreign('rendimento garantido', 'garant*', String.raw`(?:rendimentos?|retornos?|lucros?|ganhos|rentabilidade|renda|receitas?|juros)${DENIED_PT.notDenied}(?: ${DENIED_PT.word}){0,3} garantid[oa]s?|garant(?:imos|o|ido|ida|idos|idas|ir)${DENIED_PT.notDenied} (?:${DENIED_PT.gap} )?(?:rendimentos?|retornos?|lucros?|ganhos|rentabilidade|renda)`),
  foreign('gegarandeerd rendement', 'gegarandeerd* garander*', String.raw`gegarandeerde?${DENIED_NL.notDenied} (?:${DENIED_NL.gap} )?(?:rendement(?:en)?|winst(?:en)?|inkomen|inkomsten|opbrengst(?:en)?|rente|roi)|(?:rendement|winst|opbrengst|inkomen)${DENIED_NL.notDenied}(?: ${DENIED_NL.word}){0,3} gegarandeerd|garander(?:en|t)${DENIED_NL.notDenied} (?:${DENIED_NL.gap} )?(?:rendement|winst|opbrengst)`),
  foreign('passives Einkommen', 'einkommen* einkünfte* einkunfte* einnahmen*', String.raw`passive[ns]? (?:einkommens?|eink[üu]nfte[n]?|einnahmen)`),
  foreign('revenu passif', 'passif* passive*', String.raw`revenus? passifs?|rentes? passives?`),
  foreign('ingresos pasivos', 'pasiv*', String.raw`ingresos? pasivos?|rentas? pasivas?`),
  foreign('renda passiva', 'passiva* passivo*', String.raw`rendas? passivas?|rendimentos? passivos?|receitas? passivas?`),
  foreign('passief inkomen', 'passief passieve', String.raw`passie(?:f|ve) inkomens?|passieve inkomsten`),
  // Risk-free, but only about money: "ohne Risiko" alone is how a refactoring goes.
  foreign('risikofrei', 'risiko*', String.raw`risikofreie?[nrs]? (?:investition(?:en)?|anlagen?|geldanlagen?|renditen?|gewinne?|einkommen|einnahmen|trading|handel)|(?:investition(?:en)?|investieren|anlagen?|geldanlagen?|renditen?|gewinne?|geld) (?:[^\s.!?]+ ){0,2}(?:ohne (?:jedes |jegliches )?risiko|risikofrei)`),
  foreign('sans risque', 'risque*', String.raw`(?:investissements?|placements?|rendements?|profits|revenus|argent|capital|investir|placer) (?:[^\s.!?]+ ){0,2}sans (?:aucun )?risques?`),
  foreign('sin riesgo', 'riesgo*', String.raw`(?:inversi[óo]n(?:es)?|invertir|ganancias?|rentabilidad|rendimientos?|ingresos|dinero|capital) (?:[^\s.!?]+ ){0,2}(?:sin (?:ning[úu]n )?riesgos?|libres? de riesgos?)`),
  foreign('sem risco', 'risco*', String.raw`(?:investimentos?|investir|lucros?|ganhos|retornos?|rendimentos?|dinheiro|capital) (?:[^\s.!?]+ ){0,2}(?:sem (?:nenhum |qualquer )?risco|livres? de riscos?)`),
  foreign('zonder risico', 'risico*', String.raw`risico(?:loze?|vrije?) (?:belegging(?:en)?|investering(?:en)?|rendement|winst(?:en)?|inkomsten|trading)|(?:beleggen|investeren|investering(?:en)?|belegging(?:en)?|rendement|winst|geld) (?:[^\s.!?]+ ){0,2}(?:zonder (?:enig )?risico|risicoloos|risicovrij)`),
  foreign('Geld verdoppeln', 'verdoppel* verdreifach* vervielfach*', String.raw`(?:verdoppeln|verdreifachen|vervielfachen)(?: sie)? (?:ihr|dein|euer)(?:e[nms]?)? (?:geld|kapital|investment|investition|einsatz|erspartes)|(?:ihr|dein) (?:geld|kapital|einsatz|erspartes) (?:zu )?(?:verdoppeln|verdreifachen|vervielfachen)`),
  foreign('doubler votre argent', 'doubler doublez tripler triplez multiplier multipliez', String.raw`(?:doubler|tripler|doublez|triplez|multiplier|multipliez)(?: par \d+)? (?:votre|ton|vos|tes) (?:argent|capital|investissement|mise|[ée]pargne)`),
  foreign('duplica tu dinero', 'duplica duplicar duplique triplica triplicar triplique multiplica multiplicar multiplique', String.raw`(?:duplica|triplica|multiplica|duplicar|triplicar|multiplicar|duplique|triplique|multiplique)(?: por \d+)? (?:tu|su|tus|sus) (?:dinero|capital|inversi[óo]n|ahorros)`),
  foreign('dobre seu dinheiro', 'dobre dobrar duplicar duplique triplicar triplique multiplicar multiplique', String.raw`(?:dobre|dobrar|duplique|duplicar|triplique|triplicar|multiplique|multiplicar)(?: por \d+)? (?:o |a |os |as )?(?:seu|sua|seus|suas|teu|tua) (?:dinheiro|capital|investimento|poupan[çc]a)`),
  foreign('verdubbel je geld', 'verdubbel* verdrievoudig* vermenigvuldig*', String.raw`(?:verdubbel|verdrievoudig|vermenigvuldig)(?:en|t)? (?:je|jouw|uw) (?:geld|kapitaal|investering|inleg|spaargeld)|(?:je|jouw|uw) (?:geld|kapitaal|inleg|spaargeld) (?:te )?(?:verdubbelen|verdrievoudigen)`),
  foreign('finanzielle Freiheit', 'finanziell*', String.raw`finanzielle[n]? (?:freiheit|unabh[äa]ngigkeit)`),
  foreign('liberté financière', 'financière financiere', String.raw`libert[ée] financi[èe]re|ind[ée]pendance financi[èe]re`),
  foreign('libertad financiera', 'financiera', String.raw`libertad financiera|independencia financiera`),
  foreign('liberdade financeira', 'financeira', String.raw`liberdade financeira|independ[êe]ncia financeira`),
  foreign('financiële vrijheid', 'financiële financiele', String.raw`financi[ëe]le (?:vrijheid|onafhankelijkheid)`),
  foreign('Trading-Signale', 'signale* krypto* devisen* forexsignal* fxsignal* cryptosignal* tradingsignal*', String.raw`(?:forex|fx|krypto|crypto|trading|devisen)[\s-]?signale|(?:krypto|devisen)[\s-]?signal|(?:forex|fx|crypto|trading)signal`),
  foreign('signaux de trading', 'signaux', String.raw`signaux (?:de |du )?(?:trading|forex|crypto|bourse)`),
  foreign('señales de trading', 'señales senales', String.raw`se[ñn]ales (?:de )?(?:trading|forex|cripto(?:monedas)?|crypto)`),
  foreign('sinais de trading', 'sinais', String.raw`sinais (?:de )?(?:trading|forex|cripto(?:moedas)?|crypto)`),
  foreign('tradingsignalen', 'signalen forexsignalen fxsignalen cryptosignalen tradingsignalen tradesignalen', String.raw`(?:forex|fx|crypto|trading|trade)[\s-]?signalen`),
  foreign('binäre Optionen', 'binäre* binare*', String.raw`bin[äa]re[n]? optionen`),
  foreign('options binaires', 'binaire*', String.raw`options? binaires?`),
  foreign('opciones binarias', 'binaria*', String.raw`opci[óo]n(?:es)? binarias?`),
  foreign('opções binárias', 'binária* binaria*', String.raw`op[çc](?:[õo]es|[ãa]o) bin[áa]rias?`),
  foreign('binaire opties', 'binaire*', String.raw`binaire opties?`),
  // Be your own boss: said to the reader, not "ich bin mein eigener Chef".
  foreign('sei dein eigener Chef', 'eigene*', String.raw`(?:ihr|dein) eigener (?:chef|boss)|(?:ihre|deine) eigene chefin`),
  foreign('votre propre patron', 'propre', String.raw`(?:votre|ton) propre (?:patron|patronne|chef|boss)(?! de)`),
  foreign('sé tu propio jefe', 'propio propia', String.raw`(?:tu|su) propi[oa] jef[ea](?! de)`),
  foreign('seja seu próprio chefe', 'próprio própria proprio propria', String.raw`(?:o |a )?(?:seu|teu|sua|tua) pr[óo]pri[oa] (?:chefe|patr[ãa]o|patroa)(?! de)`),
  foreign('je eigen baas', 'eigen', String.raw`(?:word|wordt|wees|worden|zijn|ben) (?:nu |zelf |eindelijk )?(?:je|jouw|uw) eigen baas|(?:je|jouw|uw) eigen baas (?:worden|zijn)`),
  // Written with a hyphen or as one word; "network marketing" with a space is the English row.
  foreign('Network-Marketing', 'network-marketing networkmarketing netzwerk* multi-level-marketing strukturvertrieb*', String.raw`network-marketing|networkmarketing|netzwerk-?marketing|multi-level-marketing|strukturvertrieb`),
  foreign('marketing de réseau', 'réseau* reseau* multi-niveau* multiniveau*', String.raw`marketing (?:de r[ée]seau(?! social)|multi-?niveaux?)|vente (?:multi-?niveaux?|en r[ée]seau)`),
  foreign('marketing multinivel', 'multinivel mercadeo redes', String.raw`marketing multinivel|mercadeo (?:en red|multinivel)|marketing de redes(?! socia)|venta multinivel`),
  foreign('marketing multinível', 'multinível multinivel rede redes', String.raw`marketing (?:multin[íi]vel|de redes?(?! socia))`),
  foreign('netwerkmarketing', 'netwerk*', String.raw`netwerk[\s-]?marketing`),
  foreign('Residualeinkommen', 'residual*', String.raw`residual-?einkommens?|residuale[sn]? einkommens?`),
  foreign('revenus résiduels', 'résiduel* residuel*', String.raw`revenus? r[ée]siduels?`),
  foreign('ingresos residuales', 'residual*', String.raw`ingresos? residual(?:es)?`),
  foreign('renda residual', 'residua*', String.raw`rendas? residua(?:l|is)`),
  foreign('residueel inkomen', 'residueel residuele', String.raw`residu(?:eel|ele) inkomens?|residuele inkomsten`),
  // The side hustle.
  foreign('Nebeneinkommen', 'neben* zusatzeinkommen*', String.raw`nebeneinkommens?|nebenverdienste?s?|zusatzeinkommens?`),
  foreign('complément de revenu', 'complément* complement*', String.raw`compl[ée]ments? de revenus?`),
  foreign('ingresos extra', 'ingreso* dinero', String.raw`ingresos? extras?|dinero extra`),
  foreign('renda extra', 'renda* dinheiro grana', String.raw`rendas? extras?|dinheiro extra|grana extra`),
  foreign('extra inkomen', 'inkomen* inkomsten bijverdienst*', String.raw`extra inkomens?|extra inkomsten|bijverdiensten?`),
  // Money from home, or a sum a day.
  foreign('Geld verdienen von zu Hause', 'verdien*', String.raw`geld (?:online |im internet |(?:bequem )?von zu\s*hause (?:aus )?|von daheim )(?:zu )?verdienen|geld (?:zu )?verdienen (?:online|im internet|von zu\s*hause(?: aus)?|von daheim)|(?:online|im internet|von zu\s*hause(?: aus)?|von daheim) geld (?:zu )?verdienen|verdien(?:en|e|st|t)?(?: sie| du)? (?:bis zu )?(?:\d[\d.,]{0,15}\s?[-–]\s?)?${AMOUNT} (?:am|pro|im|die|jeden|in der) (?:tag|woche|monat)|${AMOUNT} (?:am|pro|im|jeden|in der) (?:tag|woche|monat) (?:zu )?verdienen`),
  foreign("gagner de l'argent depuis chez vous", 'gagne*', String.raw`gagne(?:r|z)? (?:de l['’]argent|(?:jusqu['’](?:à|a) )?${AMOUNT})(?: [^\s.!?]+)?? (?:depuis chez (?:vous|toi|soi)|de chez (?:vous|toi|soi)|[àa] (?:domicile|la maison)|en ligne|sur internet|par (?:jour|semaine|mois))`),
  foreign('ganar dinero desde casa', 'ganar gana gane ganan ganamos', String.raw`gan(?:ar|a|e|an|amos) (?:hasta )?(?:dinero|${AMOUNT})(?: extra)?(?: [^\s.!?]+)?? (?:desde (?:casa|tu casa|su casa)|en (?:casa|l[íi]nea)|online|por internet|(?:al|por|cada) (?:d[íi]a|semana|mes)|a la semana)|trabaj(?:a|e|ar) desde casa y gan(?:a|e|ar)`),
  foreign('ganhar dinheiro em casa', 'ganh*', String.raw`ganh(?:ar|e|a|am|amos) (?:at[ée] )?(?:dinheiro|${AMOUNT})(?: extra)?(?: [^\s.!?]+)?? (?:em casa|de casa|sem sair de casa|online|pela internet|na internet|(?:por|ao|a cada) (?:dia|semana|m[êe]s))|trabalh(?:e|ar|a) (?:de|em) casa e ganh(?:e|ar|a)`),
  foreign('geld verdienen vanuit huis', 'verdien*', String.raw`geld (?:te )?verdienen (?:vanuit huis|van\s*thuis\s*uit|thuis|online|via internet)|(?:vanuit huis|van\s*thuis\s*uit|thuis|online) (?:geld )?(?:te )?verdienen|verdien(?:en|t)? (?:tot )?${AMOUNT} (?:per|in een|elke|iedere) (?:dag|week|maand)`),
  foreign('Token-Vorverkauf', 'vorverkauf* tokenvorverkauf* coinvorverkauf* kryptovorverkauf* token-pre* coin-pre* krypto*', String.raw`(?:token|coin|krypto)(?:[\s-]?vorverkaufs?|-pre-?sale)|vorverkauf (?:von|der|unserer?|unseres) (?:tokens?|coins?)`),
  foreign('prévente de tokens', 'prévente* prevente* pré-vente* pre-vente*', String.raw`pr[ée]-?ventes? (?:de |des |du )?(?:tokens?|jetons?|coins?|crypto(?:monnaies?)?)`),
  foreign('preventa de tokens', 'preventa*', String.raw`preventas? (?:de |del )?(?:tokens?|monedas?|cripto(?:monedas?)?)`),
  foreign('pré-venda de tokens', 'pré-venda* pre-venda* prévenda* prevenda*', String.raw`pr[ée]-?vendas? (?:de |do |dos |da )?(?:tokens?|moedas?|cripto(?:moedas?)?)`),
  foreign('token-voorverkoop', 'voorverkoop tokenvoorverkoop coinvoorverkoop cryptovoorverkoop', String.raw`(?:token|coin|crypto)[\s-]?voorverkoop|voorverkoop van (?:onze |de )?(?:tokens?|coins?|munten)`),
  // Italian, for the families its scams use most: returns guaranteed (not "non sono garantiti"),
  // money a day.
  foreign('rendimento garantito', 'garantit* garantiam* garantisc*', String.raw`(?:rendiment[oi]|guadagn[oi]|profitt[oi]|ritorn[oi]|rendit[ae]|interessi|entrate)(?: (?!(?:non|mai|né)(?!${LETTER}))[^\s.!?]+){0,3} garantit[oiae]|garant(?:iamo|isco|isce|ito) (?:[^.!?\n]{0,30} )?(?:rendiment[oi]|guadagn[oi]|profitt[oi]|ritorn[oi]|rendit[ae])`),
  // Swedish, Indonesian, Polish and Turkish, for the families their scams use most: returns
  // guaranteed (not "avkastningen är inte garanterad"), money a day.
  foreign('garanterad avkastning', 'garanterad*', String.raw`garanterade? (?:[^.!?\n]{0,30} )?(?:avkastning(?:en)?|vinst(?:en|er)?|inkomst(?:en|er)?|ränta|utdelning)|(?:avkastning(?:en)?|vinst(?:en|er)?|inkomst(?:en|er)?)(?: (?!(?:inte|aldrig|ej)(?!${LETTER}))[^\s.!?]+){0,3} garanterad`),
  foreign('tjäna pengar hemifrån', 'tjän*', String.raw`tjän(?:a|ar|at|ade)? (?:upp till )?(?:pengar|\d[\d.,]{0,15}\s?(?:kr|kronor|sek|€|\$|euro)) (?:hemifrån|online|på nätet|(?:om|per|varje|i) (?:dagen|dag|veckan|vecka|månaden|timmen|timme))`),
  foreign('keuntungan dijamin', 'dijamin terjamin', String.raw`(?:keuntungan|profit|untung|imbal hasil|return|penghasilan|bunga)(?: (?!(?:tidak|tak|bukan)(?!${LETTER}))[^\s.!?]+){0,3} (?:dijamin|terjamin)|dijamin (?:untung|profit|cuan)`),
  foreign('gaji per hari', 'gaji penghasilan komisi dapat dapatkan untung hasilkan', String.raw`(?:gaji|penghasilan|komisi|dapat|dapatkan|untung|hasilkan) (?:hingga |sampai |mulai |sebesar |minimal )?rp\.?\s?\d[\d.,]{0,15}(?:\s?(?:rb|ribu|jt|juta|k)(?!${LETTER}))?\s*(?:\/\s*|per |setiap |tiap )(?:hari|minggu|jam)`),
  foreign('gwarantowany zysk', 'gwarantowan* gwarantuj*', String.raw`gwarantowan(?:y|e|ych|a|ym|ymi|ej|ą|ego)? (?:[^.!?\n]{0,30} )?(?:zysk(?:i|ów|iem|u|ami)?|zwrot(?:y)?|dochód|dochody|przychód|zarobki|procent)|gwarantuj(?:emy|ę) (?:[^.!?\n]{0,30} )?(?:zysk(?:i)?|zwrot|dochód|zarobki)`),
  foreign('zarabiam dziennie', 'zarabia*', String.raw`zarabia(?:m|sz|my|j|cie)? (?:nawet |do )?\d[\d.,\s]{0,15}(?:zł|pln|€|\$|euro) (?:dziennie|tygodniowo|miesięcznie|na dzień|z domu|online)`),
  foreign('garantili kazanç', 'garantili', String.raw`garantili (?:[^.!?\n]{0,30} )?(?:kazanç|kazanc|getiri|kar|kâr|gelir|faiz)`),
  // Money a day in Turkish ("günlük 3000 TL kazanç"), and the commonest pitches in Russian, Arabic,
  // Chinese, Japanese and Korean: returns guaranteed, money a day, an ID copy asked for.
  foreign('günlük 3000 TL kazanç', 'günlük gunluk günde gunde haftalık haftalik aylık aylik', String.raw`(?:g[üu]nl[üu]k|g[üu]nde|haftal[ıi]k|ayl[ıi]k) \d[\d.,]{0,12} ?(?:tl|₺|lira|dolar|\$|€|euro)(?:['’]?(?:ye|ya) (?:varan|kadar))? (?:kazan[çc]|gelir|kazan[^\s.!?]*)`),
  inScript('заработок в день', String.raw`(?:заработ|доход|зарабатыва)[^\s.!?]*(?:\s+[^\s.!?]+){0,2}?\s+(?:от\s+|до\s+)?\d[\d\s.,]{0,12}\s?(?:руб[^\s.!?]*|₽|\$|usd|долл[^\s.!?]*|евро)\s+(?:в|за)\s+(?:день|сутки|неделю|час)|гарантированн[^\s.!?]*\s+(?:доход|прибыл|заработ)`),
  inScript('أرباح مضمونة', String.raw`(?:أرباح|ارباح|عوائد|ربح|دخل|عائد)\s+(?:شهرية\s+|يومية\s+|شهري\s+|يومي\s+)?(?:مضمونة|مضمون|مؤكدة|مؤكد)`),
  inScript('نسخة من جواز سفرك', String.raw`(?:صورة|نسخة|صوره|نسخه)\s+(?:من\s+)?(?:جواز\s+سفرك|جواز\s+السفر|هويتك|بطاقة\s+هويتك|بطاقتك\s+الشخصية)`),
  inScript('保证收益', String.raw`保证(?:每[月天日年周])?(?:的)?(?:收益|回报|盈利|利润|收入)|(?:收益|回报)(?:有)?保证|稳赚不赔|保本保息|日赚\s?\d|日薪\s?\d|日入\s?\d|月入(?:过万|\d)`),
  inScript('月30万円の副収入', String.raw`(?:月|毎月|日給|日当|1日|一日)\s?\d[\d,.]*\s?万?円(?:以上)?(?:の|を|が)?(?:副収入|稼|収入|報酬|利益)|副業で(?:月|毎月)?\s?\d`),
  inScript('고수익 보장', String.raw`(?:고수익|수익|원금|수익률)\s?(?:100%\s?)?보장|리딩방|무조건 수익`),
  foreign('guadagna da casa', 'guadagn*', String.raw`guadagn(?:o|a|i|are|ate|iamo|erai|erete)? (?:fino a |anche )?(?:soldi|denaro|${AMOUNT})(?: extra)?(?: [^\s.!?]+)?? (?:da casa|online|su internet|(?:al|ogni|a|alla|per) (?:giorno|settimana|mese))`),
  // The thirteenth pass's scams, each read only where one of its rarer words is (see `gated`).
  // A card to confirm for a prize or a check ("just confirm your card for verification"; not "can
  // you confirm your card arrived?").
  gated('a card to confirm', 'card cards', /\bcard\b(?<=\b(?:confirm|verify|enter|update|validate|provide|submit) your (?:credit |debit |bank |payment )?card)(?= (?:details |number |info )?(?:for|to) (?:verification|verify|claim|activate|receive|unlock|avoid|complete|release)\b)/i),
  // A deposit asked for before the money comes ("we just need a $5,000 due diligence deposit"), or a
  // sum to remit ("Please remit the £950 membership registration to secure your seat"). The deposit
  // is asked for or has a sum: not "I built the verification deposits flow", nor "the good faith
  // deposit receipt" of a flat bought; not a deposit paid for a venue, nor a remittance app's "send
  // $200 home".
  gated('an advance fee', 'deposit deposits remit', /\b(?:due[\s-]diligence|processing|clearance|release|activation|verification|good[\s-]faith|compliance) deposits?\b(?:(?<=\b(?:need|needs|needed|require|requires|required|pay|paying|send|sending|make|transfer|wire)\b[^.!?\n]{0,40})|(?=[^.!?\n]{0,40}?(?:[$€£]\s?\d|\d[\d.,]{0,12}\s?(?:usd|eur|gbp|dollars|euros|pounds)\b|\b(?:is|are) (?:required|due|needed|mandatory)\b|\bmust be (?:paid|made|sent)\b)))|\bremit\b(?<=\b(?:please|kindly|you (?:must|need to|will need to|should|have to)|required to) remit)(?=[^.!?\n]{0,40}?(?:[$€£]\s?\d|\d[\d.,]{0,12}\s?(?:usd|eur|gbp|dollars|euros|pounds)\b))/i),
  // A parcel held for a fee, the commonest text-message scam ("Your parcel is on hold", "a small $25
  // customs fee applies"), a fee, a payment or an address after it. Not a friend's "sorry your
  // package was held at customs", a fee someone paid ("I paid a $30 customs fee on the books"), nor
  // one with no sum ("the courier fee is due on my side").
  gated('a parcel held for a fee', 'parcel parcels package packages shipment customs courier redelivery deliver delivered', /\b(?:parcel|package|shipment|delivery)\b(?:(?<=\byour (?:\w+ )?(?:parcel|package|shipment|delivery))(?= (?:is|has been|was|is being) (?:currently |temporarily )?(?:on hold|held|suspended|stopped|awaiting payment|undeliverable)\b| (?:could not|couldn['’]t|cannot|can['’]t) be delivered\b)|(?<=\b(?:we|courier|driver) (?:could not|couldn['’]t|cannot|can['’]t|were unable to|was unable to) deliver your (?:\w+ )?(?:parcel|package|shipment)))(?=[^\n]{0,200}?(?:\b(?:pay|fee|charge|click|tap|link|reschedule|confirm|update)\b|[$€£]\s?\d|https?:\/\/|www\.|\b[a-z0-9-]{2,40}\.(?:com|net|org|info|co|uk|io|xyz|online|site|app|link|me|top|live)\b))|\b(?:customs|redelivery|re-delivery|delivery|shipping|clearance|courier|postage) (?:fee|charge|dut(?:y|ies))s?\b(?:(?<=[$€£]\s?\d[\d.,]{0,10} (?:\w+ )?\w+ \w+)(?= (?:applies|apply|is (?:required|due|pending|outstanding)|must be paid|needs to be paid|to be paid|(?:here|now|online|today|at|via)\b[^\n]{0,40}?(?:https?:\/\/|www\.|\b[a-z0-9-]{2,40}\.(?:com|net|org|info|co|uk|io|xyz|online|site|app|link|me|top|live)\b))\b)|(?= of [$€£]\s?\d[\d.,]{0,10} (?:applies|apply|is (?:required|due|pending|outstanding)|must be paid|needs to be paid|to be paid)\b))/i),
  // An account about to be blocked ("your card will be blocked", "to avoid the suspension of your
  // account"), or locked now with "verify" or an address after it ("your Apple ID has been locked …
  // Verify at …"), as bank phishing writes, with something to do or an address beside it. Not "my
  // account was blocked", a friend's "your account will be closed?", nor a colleague's "your GitHub
  // account may be restricted because of the token I saw in the public repo. Rotate it!".
  gated('a phishing link', 'blocked suspended deactivated suspension blocking deactivation closed locked restricted disabled frozen limited', /\b(?:card|account|profile|access|id)\b(?<=\byour (?:\w+ )?(?:card|account|profile|access|apple id))(?: (?:will be|is going to be|may be|could be) (?:temporarily |permanently )?(?:blocked|suspended|deactivated|closed|locked|restricted|disabled|frozen|limited(?! to\b))\b(?![^.!?\n]{0,40}\?)(?:(?=[^\n]{0,200}?(?:\b(?:verify|confirm|unlock|reactivate|restore|update|click|tap|call|log ?in|sign ?in|today|immediately|now|within)\b|https?:\/\/|www\.|\b[a-z0-9-]{2,40}\.(?:com|net|org|info|co|uk|io|xyz|online|site|app|link|me|top|live)\b))|(?<=(?:\b(?:verify|confirm|unlock|reactivate|restore|update|click|tap|call|log ?in|sign ?in|today|immediately|now|within)\b|https?:\/\/|www\.|\b[a-z0-9-]{2,40}\.(?:com|net|org|info|co|uk|io|xyz|online|site|app|link|me|top|live)\b)[^\n]{0,200}))|(?: (?:has been|is|is now|was) (?:temporarily |permanently )?(?:blocked|suspended|deactivated|locked|restricted|disabled|frozen|limited(?! to\b))\b)(?![^.!?\n]{0,40}\?)(?=[^\n]{0,160}?(?:\b(?:verify|confirm|unlock|reactivate|restore|update)\b|https?:\/\/|www\.|\b[a-z0-9-]{2,40}\.(?:com|net|org|info|co|uk|io|xyz|online|site|app|link|me|top|live)\b)))|\bto avoid (?:the )?(?:suspension|blocking|deactivation|closure) of your (?:\w+ )?(?:card|account)\b/i),
  // A code they "sent you by mistake" and want back ("I just sent you a 6-digit code by SMS by
  // mistake, can you send it back?"): an account taken over, so the code is always asked for. Not
  // "I sent you the discount code", nor "I texted you the 2FA code by mistake … please ignore it".
  gated('a phishing link', 'mistake mistakenly accidentally accident', /\bcode\b(?<=\b(?:sent|texted|messaged)(?: you| to you)? (?:(?:my |a |an |the |your )?(?:\d[\s-]?digit|verification|security|one-time|sms|login|2fa|otp|whatsapp|confirmation)(?: [\w-]+)? |a )code)(?!\s+(?:snippets?|samples?|reviews?|blocks?|base|changes?)\b)(?=[^\n]{0,120}?(?:\b(?:send|forward|share|give|pass|text|return)(?: it| that| the code| the digits| them)? (?:back|to me|over)\b|\b(?:send|forward|share|give|pass|text|tell|read) me (?:it|that|the code|the digits|what it (?:is|says))\b|\bwhat (?:it|the code) (?:is|says)\b))/i),
  // A refund to claim at an address ("You are eligible for a tax refund of £540. Claim it at
  // gov-uk-refund.com"), as tax phishing writes. Not "you were eligible for a tax refund, so I
  // claimed it".
  gated('a phishing link', 'refund', /\b(?<=\byou (?:are|have been) (?:now )?eligible for an? )(?:tax )?refund\b(?=[^\n]{0,120}?\b(?:claim|submit|apply|request|collect|receive)\b[^\n]{0,40}?(?:https?:\/\/|www\.|\b[a-z0-9-]{2,40}\.(?:com|net|org|info|co|uk|io|xyz|online|site|app|link|me|top|live)\b))/i),
  // A document "shared" behind a login ("sign in with your Microsoft account: docs-share-secure.net"),
  // a web address beside it or a document before it. Not a product's own login ("we added sign-in
  // with your Google account to our app", "our tool now lets you sign in with your Outlook account").
  gated('a phishing link', 'microsoft outlook gmail credentials', /\b(?<!\b(?:lets?|allows?|enables?|helps?|letting|allowing|enabling) you (?:to )?)(?:sign|log)[\s-]?in (?:with|using|to) your (?:microsoft(?: ?365)?|office ?365|outlook|gmail|o365|email|e-mail) (?:account|credentials|email|e-mail|password|login|id)\b(?:(?=[^\n]{0,60}?(?:https?:\/\/|www\.|\b[a-z0-9-]{2,40}\.(?:com|net|org|io|co|info|biz|xyz|online|site|app|link|page|me)\b))|(?<=\b(?:document|file|pdf|proposal|rfp|invoice|contract|folder|report)s?\b[^\n]{0,120}))/i),
  // Details to submit at an address ("Submit your details at hmrc-refund-gov.uk.co"), as a card or a
  // login are. Not "update your details at the registration desk".
  gated('a login asked for at an address', 'details information info', /\b(?:details|information|info)\b(?<=\b(?:verify|confirm|validate|update|re-?enter|submit|enter|provide) your (?:\w+ )?(?:details|information|info))(?= (?:at|on|via) (?:https?:\/\/)?(?:www\.)?[a-z0-9][a-z0-9-]{0,62}\.[a-z]{2})/i),
  // Gift cards to buy for a boss in a hurry ("need you to buy 5 Apple gift cards for a client
  // urgently", "purchase Google Play gift cards and send me the codes"). Not gift cards given ("we
  // hand out gift cards to survey participants - urgently need researchers").
  gated('gift cards asked for', 'gift giftcard giftcards itunes', /\bgift ?cards?\b(?:(?<=\b(?:you to|can you|could you|would you|please|kindly|pls) (?:quickly |urgently |kindly )?(?:buy|purchase|get|pick up|grab) (?:me |us )?(?:[\w-]+ ){0,3}gift ?cards?)|(?<!\b(?:hand|hands|handed|handing|give|gives|gave|giving|send|sends|sent|sending|offer|offers|offered|win|wins|won) (?:out )?(?:[\w-]+ ){0,2}gift ?cards?)(?=[^.!?\n]{0,60}\b(?:urgent(?:ly)?(?! care)|reimburse|scratch|send (?:me|us) (?:the |their )?(?:codes|pins|card numbers))\b))/i),
  // Money asked for by a way that cannot be taken back ("can you send €300 via Revolut?", "send any
  // donation through Western Union", "can you help me with $300 via PayPal?", "wire $2,000 to this
  // account"), or a loan ("could you lend it?" after a sum). Not a friend's
  // "can you send me the slides?", nor a book to lend.
  gated('money asked for', 'western moneygram revolut paypal venmo zelle cashapp lend iban', /\b(?:western union|moneygram)\b(?<=\b(?:send|sending|transfer|wire|donate|donation|donations|remit|pay|payment|money|funds)\b[^.!?\n]{0,60})|\b(?:send|wire|transfer|help)\b(?<=\b(?:(?:can|could|would|will) you|please|kindly|pls) (?:please |kindly |quickly )?\w+)(?:(?<!\bhelp)(?: me| us)?|(?<=\bhelp) (?:me|us) with) (?:[$€£]\s?\d[\d.,]{0,10}k?|\d[\d.,]{0,10}\s?(?:usd|eur|gbp|dollars|euros|pounds)\b|(?:some |the )?money\b)(?=[^.!?\n]{0,30}\b(?:via|through|by|on|with|using|to my|to) (?:revolut|paypal|western union|moneygram|wise|venmo|zelle|cash ?app|bank transfer|crypto|bitcoin|usdt|gift cards?|(?:my |this |our )?(?:account|iban))\b)|\blend\b(?<=\b(?:could|can|would|will) you (?:please )?lend)(?= (?:me |us )?(?:[$€£]\s?\d|\d[\d.,]{0,10}\s?(?:usd|eur|gbp|dollars|euros)\b|(?:some |the )?(?:money|cash|funds|sum|amount)\b|it\b(?<=[$€£]\s?\d[^\n]{0,80}it)))/i),
  // A money mule's job: payments received into the reader's account and passed on ("receive client
  // payments into your account and forward them minus your 10% commission"), or processed through
  // their personal account ("transfer the balance to us"); not a payment provider's "we process
  // payments into your account and transfer them to your bank".
  gated('payments through your account', 'forward forwarding transfer', /\b(?:payments?|funds|money|transfers)\b(?:(?<=\breceive (?:\w+ ){0,2}(?:payments?|funds|money|transfers))(?= (?:in|into|to|on|through) your (?:own |personal |private )?(?:bank )?account\b[^.!?\n]{0,80}?\b(?:forward|transfer|send|pass|move)(?:ing)? (?:them|it|the (?:funds|money|payments?|balance))\b)|(?<=\b(?:accept|process|handle) (?:\w+ ){0,2}(?:payments?|funds|money|transfers))(?= (?:in|into|to|on|through) your (?:own |personal |private )(?:bank )?account\b[^.!?\n]{0,80}?\b(?:forward|transfer|send|pass|move)(?:ing)? (?:them|it|the (?:funds|money|payments?|balance))\b))/i),
  // Software to install for an interview from their address ("download our interview tool from
  // meet-coinbase-interview.com and run the setup before the call"), or a meeting app from an
  // address, or before the call. Not "I downloaded your app", "download the conference app to see the
  // schedule", nor "download the interview tool we built at the hackathon".
  gated('software to install for an interview', 'download install setup installer', /\b(?:download|install)(?: and (?:install|run))? (?:our|the|this) (?:[\w-]+ ){0,2}?(?:interview|assessment|screening) (?:tool|app|application|software|client|platform|plugin|extension|program)\b(?=[^\n]{0,100}?(?:https?:\/\/|www\.|\b[a-z0-9-]{2,40}\.(?:com|net|org|info|co|uk|io|xyz|online|site|app|link|me|top|live)\b|\bbefore (?:the|our|your|this) (?:call|interview|meeting|assessment|screening)\b))|\b(?:download|install)(?: and (?:install|run))? (?:our|the|this) (?:[\w-]+ ){0,2}?(?:meeting|video[\s-]?call|call|zoom|teams|skype|webex) (?:tool|app|application|software|client|plugin|extension|program|update|installer) from (?:https?:\/\/)?(?:www\.)?[a-z0-9][a-z0-9-]{0,62}\.[a-z]{2}|\brun the (?:setup|installer)(?: file)? before (?:the|our|your) (?:call|interview|meeting)\b/i),
  // A headhunter who charges to put the reader forward ("Before presenting you, our policy requires a
  // CV optimisation package (€490)", "a $150 fee … before I submit you"): a fee and a sum. Not a CV
  // review offered free, nor a recruiter's "before submitting you … the package and timeline".
  gated('a fee to be put forward', 'cv resume résumé optimisation optimization presenting submitting introducing shortlisting present submit introduce shortlist', /\b(?:cv|resume|résumé|profile) (?:optimi[sz]ation|rewrite|rewriting|writing|makeover|enhancement|upgrade) (?:package|fee|service)s?\b(?=[^.!?\n]{0,40}?(?:[$€£]\s?\d|\d\s?(?:€|\$|£|usd\b|eur\b|gbp\b)|\bfee\b))|\bbefore (?:presenting|submitting|introducing|shortlisting|putting|i (?:can )?(?:present|submit|introduce|shortlist|put)) you\b(?:(?=[^.!?\n]{0,100}?\b(?:fees?|invoice|payment|charge|you (?:need to|have to|must|will need to) pay)\b)|(?<=\b(?:fees?|invoice|payment|charge|you (?:need to|have to|must|will need to) pay)\b[^.!?\n]{0,80}))(?:(?=[^.!?\n]{0,100}?(?:[$€£]\s?\d|\d\s?(?:€|\$|£|usd\b|eur\b|gbp\b)))|(?<=(?:[$€£]\s?\d|\d\s?(?:€|\$|£|usd\b|eur\b|gbp\b))[^.!?\n]{0,80}))/i),
  // The same scams in the other languages: a parcel held for a fee, an account about to be blocked;
  // only beside the notice's sum or web address, and not when asked about, as a friend does (see
  // NOT_ASKED, WITH_NOTICE_LINK).
  foreign('paczka została wstrzymana', 'paczka paczki przesyłka przesylka dopłat* doplat*', String.raw`(?:(?:paczka|przesyłka|przesylka)(?: [^\s.!?]+){0,2} (?:została|zostala|jest) (?:wstrzymana|zatrzymana)|dop[łl]at(?:a|ę|e|y)(?: [^\s.!?]+){0,2} \d[\d,.]{0,8}\s?(?:zł|zl|pln))${NOT_ASKED}${WITH_NOTICE_LINK}`),
  foreign('Ihr Paket wurde angehalten', 'paket sendung zollgebühr* zollgebuhr*', String.raw`(?:(?:ihr|dein) (?:paket|sendung) (?:wurde|ist|konnte) (?:angehalten|zur[üu]ckgehalten|nicht zugestellt|nicht zustellbar)|zollgeb[üu]hr(?:en)? (?:von )?(?:${AMOUNT}|\d))${NOT_ASKED}${WITH_NOTICE_LINK}`),
  foreign('votre colis est en attente', 'colis', String.raw`(?:(?:votre|ton) colis (?:est|a [ée]t[ée]) (?:en attente|bloqu[ée]|retenu|suspendu)|(?:votre|ton) colis (?:n['’]a pas pu|ne peut pas|ne pourra pas) [êe]tre livr[ée])${NOT_ASKED}${WITH_NOTICE_LINK}`),
  foreign('su paquete está retenido', 'paquete envío envio', String.raw`(?:(?:su|tu) (?:paquete|env[íi]o) (?:est[áa]|ha sido|fue) (?:retenido|detenido|bloqueado|en espera)|(?:su|tu) (?:paquete|env[íi]o) no (?:pudo|ha podido|puede) ser entregado|(?:su|tu) (?:paquete|env[íi]o) no se (?:pudo|ha podido|puede) entregar)${NOT_ASKED}${WITH_NOTICE_LINK}`),
  foreign('a sua encomenda está retida', 'encomenda pacote', String.raw`(?:(?:sua|tua) encomenda (?:est[áa]|foi) (?:retida|bloqueada|suspensa|em espera)|(?:seu|teu) pacote (?:est[áa]|foi) (?:retido|bloqueado)|(?:sua|seu|tua|teu) (?:encomenda|pacote) n[ãa]o (?:p[ôo]de|foi poss[íi]vel) ser entreg)${NOT_ASKED}${WITH_NOTICE_LINK}`),
  foreign('uw pakket kon niet worden bezorgd', 'pakket pakketje zending', String.raw`(?:(?:uw|je|jouw) (?:pakket(?:je)?|zending) (?:is|wordt|werd) (?:vastgehouden|tegengehouden|geblokkeerd)|(?:uw|je|jouw) (?:pakket(?:je)?|zending) kon niet (?:worden )?bezorgd)${NOT_ASKED}${WITH_NOTICE_LINK}`),
  foreign('il tuo pacco è in giacenza', 'pacco spedizione giacenza', String.raw`(?:(?:il tuo|il suo) (?:pacco|spedizione) (?:è|e['’]?) (?:in giacenza|bloccat[oa]|trattenut[oa]|sospes[oa])|pacco in giacenza(?=[^\n]{0,120}?(?:\d|paga|https?:|www\.|\.it(?!${LETTER}))))${NOT_ASKED}${WITH_NOTICE_LINK}`),
  foreign('om blokkering te voorkomen', 'blokkering geblokkeerd betaalpas bankpas', String.raw`(?:om (?:een )?blokkering te voorkomen|(?:uw|je) (?:rekening|account|betaalpas|bankpas|pas) (?:wordt|zal worden|is) (?:tijdelijk )?geblokkeerd|(?:uw|je) (?:betaalpas|bankpas) verloopt)${NOT_ASKED}${WITH_NOTICE_LINK}`),
  foreign('Ihr Konto wird gesperrt', 'gesperrt sperrung', String.raw`(?:(?:ihr|dein) (?:konto|bankkonto|account|zugang|karte) (?:wird|wurde|ist) (?:vor[üu]bergehend )?gesperrt|um eine sperrung (?:ihres|deines) (?:kontos|zugangs|accounts) zu vermeiden)${NOT_ASKED}${WITH_NOTICE_LINK}`),
  foreign('votre compte sera suspendu', 'suspendu suspendue bloqué bloquée bloque bloquee suspension blocage', String.raw`(?:(?:votre|ton) (?:compte|carte|acc[èe]s) (?:sera|a [ée]t[ée]|est) (?:temporairement )?(?:suspendu|bloqu[ée]|d[ée]sactiv[ée])e?|pour [ée]viter (?:la |le )?(?:suspension|blocage) de (?:votre|ton) (?:compte|carte))${NOT_ASKED}${WITH_NOTICE_LINK}`),
  foreign('su cuenta será bloqueada', 'bloqueada suspendida bloqueo suspensión suspension', String.raw`(?:(?:su|tu) (?:cuenta|tarjeta) (?:ser[áa]|ha sido|fue|est[áa]) (?:temporalmente )?(?:bloquead|suspendid|desactivad)a|para evitar (?:el )?(?:bloqueo|la suspensi[óo]n) de (?:su|tu) (?:cuenta|tarjeta))${NOT_ASKED}${WITH_NOTICE_LINK}`),
  foreign('a sua conta será bloqueada', 'bloqueada suspensa bloqueio', String.raw`(?:(?:sua|tua) (?:conta|cart[ãa]o) (?:ser[áa]|foi|est[áa]) (?:temporariamente )?(?:bloquead|suspens|desativad)[ao]|para evitar o bloqueio d[ao] (?:sua|tua|seu|teu) (?:conta|cart[ãa]o))${NOT_ASKED}${WITH_NOTICE_LINK}`),
  foreign('il tuo conto sarà bloccato', 'bloccato bloccata sospeso sospesa', String.raw`(?:(?:il tuo|il suo) (?:conto|account) (?:sar[àa]|[èe] stato) (?:temporaneamente )?(?:bloccato|sospeso|disattivato)|(?:la tua|la sua) carta (?:sar[àa]|[èe] stata) (?:temporaneamente )?(?:bloccata|sospesa))${NOT_ASKED}${WITH_NOTICE_LINK}`),
  foreign('konto zostanie zablokowane', 'zablokowane zablokowana', String.raw`(?:konto (?:zostanie|zostało|zostalo) (?:tymczasowo )?zablokowane|karta (?:zostanie|została|zostala) (?:tymczasowo )?zablokowana)${NOT_ASKED}${WITH_NOTICE_LINK}`),
  // A guaranteed placement, in French ("un placement garanti à 12% par an").
  foreign('rendement garanti', 'placement placements', String.raw`placements? (?:(?!(?:non|pas|jamais)(?!${LETTER}))[^\s.!?]+ )?garanti[es]{0,2} (?:[àa]|de) \d{1,3}`),
  // The fourteenth pass's scams and money pitches, each read only where one of its rarer words is
  // (see `gated`).
  // A refundable deposit asked for before the job starts or a laptop ships ("a refundable $120
  // security deposit is required before dispatch"). Not a non-refundable one, nor one paid for a
  // flat or a venue with nothing asked.
  gated('an advance fee', 'refundable', /(?<!\bnon-?)\brefundable (?:[$€£]\s?\d[\d.,]{0,10}k? |\d[\d.,]{0,10}\s?(?:usd|eur|gbp|dollars?|euros?) )?(?:security |equipment |onboarding |processing |registration |training |activation |one-time |small )?(?:deposit|fee)\b(?=[^.!?\n]{0,60}?\b(?:is |are )?(?:required|needed|due|payable|to be paid|before (?:dispatch|shipping|delivery|we ship|starting|your start|you start|onboarding|the interview)))/i),
  // A fee to pay before a job interview or start, in French, Spanish, Portuguese, German and Dutch
  // ("Des frais de dossier de 90 € sont à régler avant l'entretien"). Not a conference's fee, which
  // names no interview or hiring.
  foreign('frais de dossier remboursables', 'frais', String.raw`frais (?:de dossier|d['’]inscription|de formation|de traitement|administratifs)(?: [^\s.!?]+){0,2} ${AMOUNT}[^.!?\n]{0,60}?avant (?:l['’]entretien|l['’]embauche|(?:votre |la )?prise de poste|(?:le |votre )?recrutement|(?:le |votre )?d[ée]marrage)`),
  foreign('tarifa de procesamiento reembolsable', 'tarifa tarifas cuota cuotas tasa tasas', String.raw`(?:tarifa|cuota|tasa)s? (?:de (?:inscripci[óo]n|tramitaci[óo]n|procesamiento|formaci[óo]n|alta)|administrativas?)(?: [^\s.!?]+){0,2} ${AMOUNT}[^.!?\n]{0,60}?antes de (?:la entrevista|la contrataci[óo]n|(?:su |tu )?incorporaci[óo]n|empezar)`),
  foreign('taxa de processamento reembolsável', 'taxa taxas', String.raw`taxas? (?:de (?:inscri[çc][ãa]o|cadastro|processamento|treinamento|forma[çc][ãa]o)|administrativas?)(?: [^\s.!?]+){0,2} ${AMOUNT}[^.!?\n]{0,60}?antes d[ao] (?:entrevista|contrata[çc][ãa]o|in[íi]cio|admiss[ãa]o)`),
  foreign('rückerstattbare Bearbeitungsgebühr', 'gebühr* gebuhr* bearbeitungsgebühr* bearbeitungsgebuhr* anmeldegebühr* anmeldegebuhr*', String.raw`(?:bearbeitungs|anmelde|verwaltungs|schulungs)?geb[üu]hr(?:en)?(?: [^\s.!?]+){0,2} ${AMOUNT}[^.!?\n]{0,60}?vor (?:dem (?:vorstellungsgespr[äa]ch|interview|arbeitsbeginn|start)|ihrem (?:start|arbeitsbeginn))`),
  foreign('terugbetaalbare administratiekosten', 'administratiekosten inschrijfkosten kosten', String.raw`(?:administratie|inschrijf|verwerkings)?kosten(?: [^\s.!?]+){0,2} ${AMOUNT}[^.!?\n]{0,60}?(?:v[óo][óo]r|voor) (?:het (?:sollicitatiegesprek|gesprek)|de start|uw start|je start|indiensttreding)`),
  // Money a day, a week or a month on top of a job ("making an extra $5-10k a month without quitting
  // your job"); not what someone made once ("I was making an extra $200 a month tutoring").
  gated('make money from home', 'extra', /(?<!\b(?:was|were|been|i|we) )\b(?:make|makes|making|earn|earns|earning) an? extra (?:up to )?[$€£]?\s?\d[\d,.]{0,15}(?:\s?[-–]\s?[$€£]?\d[\d,.]{0,15})?\s?(?:k|eur|euros?|usd|dollars?|gbp|€|\$|£)?\s+(?:online|from home|(?:a|per|every|each) (?:day|hour|week|month)|daily|weekly|monthly)\b/i),
  // A task scam's pay: "Daily income 200-800 USD". Not "our daily income reports".
  gated('make money from home', 'income', /\bdaily income (?:of )?(?:up to )?(?:[$€£]\s?\d[\d.,]{0,10}(?:\s?[-–]\s?[$€£]?\d[\d.,]{0,10})?|\d[\d.,]{0,10}(?:\s?[-–]\s?\d[\d.,]{0,10})?\s?(?:usd|eur|gbp|inr|dollars?|euros?|[$€£]))/i),
  // Network marketing unnamed: driven people to join "my team", work from your phone, open-minded to
  // hearing more. Not a hiring manager's "engineers to join my team".
  gated('network marketing', 'driven ambitious motivated like-minded phone open-minded', /\b(?:driven|ambitious|motivated|like-minded) (?:people|individuals|women|men|mums|moms|ladies) to join my team\b|\bwork (?:from|on|with) (?:just )?your (?:phone|smartphone|mobile)\b|\bopen[\s-]minded to (?:hearing|learning|looking)\b/i),
  foreign('lavora da casa con il telefono', 'telefono cellulare smartphone', String.raw`(?:lavorare|lavora|lavori|lavorando) (?:da casa |ovunque )?(?:con|dal|col) (?:solo |soltanto |anche )?(?:il |lo )?(?:telefono|cellulare|smartphone)`),
  // A token sale's bonus and its closing list ("Early partners get a 40% bonus allocation - the
  // whitelist closes Friday"). Not an allowlist of a beta ("the beta whitelist is open to all").
  gated('token presale', 'allocation whitelist', /\b\d{1,3}\s?% bonus (?:token )?allocation\b|\bbonus (?:token )?allocation\b(?=[^\n]{0,80}?\bwhitelist\b)|\bwhitelist (?:closes|is closing|ends|spots)\b(?<=\b(?:tokens?|allocation|presale|pre-sale|airdrop)\b[^\n]{0,120})/i),
  // A stranger's goods to receive for them ("I need a trustworthy person to help receive my
  // belongings"): the soldier's consignment of romance scams.
  gated('a consignment to receive', 'trustworthy trusted reliable honest belongings consignment luggage trunk', /\b(?:trustworthy|trusted|reliable|honest) (?:person|partner|individual|someone)\b[^.!?\n]{0,40}?\b(?:receive|keep|hold|store)\b[^.!?\n]{0,30}?\b(?:belongings|consignment|package|boxes|box|trunk|luggage|parcel|funds)\b|\breceive my (?:belongings|consignment|luggage|trunk|boxes)\b/i),
  // A take-home that runs their code ("clone our repo and run npm install && npm start to complete
  // the take-home"), the malware of fake recruiters. Not an open-source project's "clone our repo
  // and run the tests".
  gated('software to install for an interview', 'clone', /\bclone (?:our|the|this|my) (?:[\w-]+ )?(?:repo|repository)\b(?=[^.!?\n]{0,80}?\b(?:run|execute|start|install)\b)(?:(?=[^\n]{0,160}?\b(?:take[\s-]?home|assessment|test task|coding (?:test|challenge|task)|interview|screening)\b)|(?<=\b(?:take[\s-]?home|assessment|test task|coding (?:test|challenge|task)|interview|screening|first step|hiring)\b[^\n]{0,160}))/i),
  // A look-alike of an e-signature service's address ("docsign-secure.net/relaylabs",
  // "secure-docusign.com"): DocuSign's and Adobe Sign's own have no hyphen.
  gated('a phishing link', 'docsign* docusign* adobesign* esign* e-sign*', /\b(?:docsign|docusign|adobesign|e-?sign)[a-z0-9]{0,20}-[a-z0-9-]{1,40}\.[a-z]{2,6}\b|\b[a-z0-9][a-z0-9-]{0,40}-(?:docsign|docusign|adobesign|esign)\.[a-z]{2,6}\b/i),
  // The same look-alike of LinkedIn's address on a country's domain ("linkedin-sicherheit.de").
  gated('a phishing link', 'linkedin-*', /\blinkedin-[a-z0-9-]{1,40}\.(?:de|fr|es|nl|pt|it|eu|uk|ch|at|be|pl|ie|se|dk|no|fi|ro|tr|br|mx|ar|in)\b/i),
  // An identity to verify, in German, French, Spanish, Portuguese and Dutch, as the English "verify
  // your identity" (always a phishing line in an invitation).
  foreign('bestätigen Sie Ihre Identität', 'identität identitat', String.raw`(?:best[äa]tigen|verifizieren) sie (?:bitte )?ihre identit[äa]t|(?:best[äa]tige|verifiziere) (?:bitte )?deine identit[äa]t`),
  foreign('vérifiez votre identité', 'identité identite', String.raw`(?:v[ée]rifie[zr]?|confirme[zr]?|valide[zr]?) (?:votre|ton) identit[ée]`),
  foreign('verifique su identidad', 'identidad', String.raw`(?:verifi(?:que|ca|car)|confirm(?:e|a|ar)|valid(?:e|a|ar)) (?:su|tu) identidad`),
  foreign('confirme a sua identidade', 'identidade', String.raw`(?:confirm(?:e|a|ar)|verifi(?:que|ca|car)|valid(?:e|a|ar)) (?:a )?(?:sua|tua) identidade`),
  foreign('bevestig uw identiteit', 'identiteit', String.raw`(?:bevestig|verifieer|controleer)(?:en)? (?:uw|je|jouw) identiteit`),
  // Returns a month in Turkish ("aylık %40 kazanç"), and an investment guaranteed, or a share a
  // month, in Arabic ("فرصة استثمارية مضمونة بعائد 20% شهريا").
  foreign('aylık %40 kazanç', 'aylık aylik haftalık haftalik günlük gunluk', String.raw`(?:g[üu]nl[üu]k|haftal[ıi]k|ayl[ıi]k) %\s?\d{1,3} (?:kazan[çc]|getiri|kar|kâr|gelir|faiz)`),
  // The fifteenth pass's scams and money pitches, each read only where one of its rarer words is
  // (see `gated`).
  // A licence, a subscription or a mailbox of the reader's "expiring today", with a login at an
  // address ("Your Slack workspace licence is expiring today. Log in at slack-billing-renew.com").
  // Not "our licence is expiring too", nor an expiry asked about or with no address to log in at.
  gated('a phishing link', 'expiring expires expire expired', /\b(?:licen[cs]e|subscription|mailbox|storage|account|plan|password|domain|membership)\b(?<=\byour (?:[\w-]+ ){0,2}(?:licen[cs]e|subscription|mailbox|storage|account|plan|password|domain|membership)) (?:is |will |has )?(?:expir(?:ing|es|ed|e)|about to expire|due to expire)\b(?![^.!?\n]{0,40}\?)(?=[^\n]{0,200}?\b(?:log ?in|sign ?in|renew|verify|update|click|visit)\b[^\n]{0,40}?(?:https?:\/\/|www\.|\b[a-z0-9-]{2,40}\.(?:com|net|org|info|co|io|xyz|online|site|app|link|me|top|live)\b))/i),
  // A social security number asked for ("complete our candidate verification by entering your bank
  // details and SSN"), which no genuine note does. Not "never share your SSN", nor SSN checks built.
  // (Not "social security number" written out: "social" and "security" are in too many notes and
  // headlines to be keys.)
  gated('a phishing link', 'ssn', /\bssn\b(?<=\b(?:enter(?:ing)?|provid(?:e|ing)|send(?:ing)?|submit(?:ting)?|shar(?:e|ing)|upload(?:ing)?|confirm(?:ing)?|verify(?:ing)?|giv(?:e|ing)|typ(?:e|ing)|fill(?:ing)? in) (?:us |me )?your (?:[\w-]{1,40},? (?:and |& )?){0,6}ssn)(?<!\b(?:never|not|don['’]t|do not|won['’]t|shouldn['’]t|should not) (?:\w+ )?(?:enter|provid|send|submit|shar|upload|confirm|verify|giv|typ|fill)\w{0,4} (?:in )?(?:us |me )?your (?:[\w-]{1,40},? (?:and |& )?){0,6}ssn)/i),
  // Paying to be placed in a job: a placement programme at a price ("My placement program costs
  // $2,500", "our executive placement program. A one-time registration fee of $499"), or a job
  // guaranteed for a fee ("a guaranteed job offer … Our service fee … is EUR 1,200"). Not a programme
  // that placed people at a salary, nor a free one, nor a job offer with no fee.
  gated('a fee to be put forward', 'placement placements fee fees', new RegExp(String.raw`\b(?:placement (?:program(?:me)?|service|package|plan|scheme)s?|guaranteed (?:job|position|placement|employment|work|role)(?: offers?)?)\b(?! (?:is |are )?(?:free|costs? nothing|at no cost)\b)(?=[^\n]{0,160}?\b(?:fees?|costs?|price|payable|charge[sd]?)\b[^.!?\n]{0,60}?${SUM})`, 'i')),
  // A yield guaranteed at a share ("an allocation with a guaranteed 20% annual yield", "a
  // guaranteed 12% APY"). Not "yields are never guaranteed", nor a "guaranteed minimum yield".
  gated('guaranteed returns', 'yield yields apy', /\bguaranteed\b(?<!\b(?:not|never|no) (?:an? )?guaranteed) (?:\w+ )?\d{1,3}(?:[.,]\d{1,2})?\s?% (?:(?:annual|annuali[sz]ed|yearly|monthly|weekly|daily|fixed|net) )?(?:yields?|apy)\b/i),
  // Shares before a listing sold to the reader ("early access to a pre-IPO AI fund - minimum ticket
  // $5,000"). Not someone's pre-IPO job, nor an article on pre-IPO markets.
  gated('a pre-IPO allocation', 'pre-ipo preipo ipo', /\bpre[\s-]?ipo\b(?:(?<=\b(?:access to|allocations? (?:in|of|to)|offering|offer you|invest in|buy|get in on|exclusive|spots? in) (?:an? |our |the |this |some )?(?:[\w-]+ )?pre[\s-]?ipo)|(?=[^\n]{0,120}?\bminimum (?:ticket|investment|buy-?in|subscription|allocation|commitment)\b))/i),
  // Cloud mining, the crypto scam that "pays out daily". Not a talk on cloud mining fraud, nor data
  // mining in the cloud.
  gated('cloud mining', 'mining', /\bcloud[\s-]?mining\b(?! (?:scams?|frauds?|ponzi|schemes? (?:are|is))\b)|\bmining (?:with|on|through|via|using) (?:a |an |my |our |this |the )?cloud (?:platform|service|app|provider|contract|site|plan)\b(?=[^\n]{0,80}?\b(?:pays?|paying|paid|payouts?|profits?|returns?|earn(?:s|ings?)?|daily|weekly)\b)/i),
  // A fee for a visa or paperwork before a job abroad, in Spanish ("Para continuar debe pagar 300
  // dólares por los trámites del visado"). Not a conference's fee, nor the cost asked about.
  foreign('debe pagar por los trámites', 'pagar abonar depositar transferir', String.raw`(?:debe|deber[áa]|tiene que|tendr[áa] que|necesita|es necesario|se requiere) (?:pagar|abonar|depositar|transferir) (?:una? )?(?:(?:tasa|tarifa|cuota|cargo|pago|dep[óo]sito) de )?${AMOUNT}(?: [^\s.!?]+){0,3} (?:por|para) (?:los |el |la |las |su |sus )?(?:tr[áa]mites?|visados?|visas?|permisos? de trabajo|contratos?|gesti[óo]n del (?:visado|contrato|permiso))`),
  inScript('أرباح مضمونة', String.raw`(?:فرصة\s+استثمارية|استثمار)\s+(?:مضمونة|مضمون|مؤكدة)|بعائد\s+\d{1,3}\s?%\s+(?:شهريا|شهرياً|يوميا|يومياً|أسبوعيا)`),
];

/** The theme of a romance scam, which money talk does not turn into a money pitch. */
const ROMANCE_THEME = 'a peacekeeping mission';

// Themes spammers use; not spam by themselves (a crypto engineer exists), a pitch with money talk.
// The rows in German, French, Spanish, Portuguese and Dutch name their theme as the English rows
// do: the reason is an English sentence ("mentions crypto").
const THEME_PHRASES: readonly Phrase[] = [
  { label: 'crypto', pattern: /\b(?:crypto(?:currenc(?:y|ies))?|bitcoin|btc|ethereum|altcoins?|defi|nfts?|web3|usdt|tether|binance|stablecoins?)\b/i },
  { label: 'forex', pattern: /\bforex\b|\bfx trading\b/i },
  { label: 'trading', pattern: /\b(?:day|stock|options?|crypto|forex|gold|commodit(?:y|ies)|binary|arbitrage) trading\b|\b(?:crypto|usdt) arbitrage\b|\btrading (?:platform|account|bots?|agents?|strategy|academy|coach|mentor)\b|\bai trading\b/i },
  { label: 'investment', pattern: /\binvestment (?:opportunit(?:y|ies)|plans?|platform|scheme|packages?|fund|club|group|program(?:me)?)\b|\binvest (?:with|in) (?:me|us|my)\b|\b(?:funds?|capital) (?:available )?to (?:invest|lend)\b(?<=\b(?:i|we) (?:have|['’]ve got|got|has) (?:\w+ ){0,2}(?:funds?|capital) (?:available )?to \w+)|\b(?:invest|finance|fund) (?:in )?viable (?:projects?|business(?:es)?|ventures?|ideas?)\b/i },
  // The romance scammer's persona: a soldier or a doctor far away on a peacekeeping mission. A
  // theme, not a pitch: real peacekeepers exist, and they come with mutual connections and a note.
  {
    label: ROMANCE_THEME,
    pattern: /\bpeace[\s-]?keep(?:ing|ers?)\b/i,
  },
  foreign('crypto', 'krypto* crypto-* cryptomonnaie* cryptoactif* cryptomunt* cryptovaluta cripto*', String.raw`krypto(?:w[äa]hrung(?:en)?|b[öo]rsen?|fonds|handel|trading)?|crypto-?(?:monnaies?|actifs?|munt(?:en)?|valuta)|cripto(?:monedas?|moedas?|divisas?|activos?|ativos?)?`),
  foreign('forex', 'devisenhandel valutahandel', String.raw`(?:devisen|valuta)handel`),
  foreign('trading', 'trading-* tradingplatform tradingbot tradingaccount tradingstrategie tradingcursus handelsplatform de en em du', String.raw`trading-(?:plattform|strategie|akademie|konto|mentor|coach|bot)|(?:plateforme|plataforma|robot|rob[ôo]|bot|strat[ée]gie|estrat[ée]gia|estrategia|formation|cursos?|acad[ée]mie|academia|compte|cuenta|conta|mentor|mentora|coach) (?:de|en|em|du) trading|trading(?:platform|bot|account|strategie|cursus)|handelsplatform`),
  foreign('investment', 'investitionsmöglichkeit* investitionsmoglichkeit* anlagemöglichkeit* anlagemoglichkeit* investmentmöglichkeit* investmentmoglichkeit* investissement inversión inversion investimento investeringsmogelijkhe* beleggingskans* investissez invierte invierta invista investeer investi', String.raw`opportunit[àa] di investimento|investi con (?:me|noi)|(?:investitions|anlage|investment)m[öo]glichkeit(?:en)?|(?:opportunit[ée]s?|plans?|plateformes?) d['’]investissement|(?:oportunidad(?:es)?|plan(?:es)?|plataformas?) de inversi[óo]n|(?:oportunidades?|planos?|plataformas?) de investimento|investeringsmogelijkhe(?:id|den)|beleggingskans(?:en)?|investissez avec (?:nous|moi)|inviert[ae] con(?:migo| nosotros)|invista (?:conosco|comigo)|investeer (?:met|bij) (?:ons|mij)`),
  foreign(ROMANCE_THEME, 'friedensmission* blauhelm* maintien casques paz vredesmissie* vredesmacht*', String.raw`friedensmission(?:en)?|blauhelm(?:soldat(?:in)?|e|en)?|(?:mission|force)s? de maintien de la paix|casques bleus|(?:misi[óo]n|misiones|fuerzas?|miss[ãa]o|miss[õo]es|for[çc]as?) de paz|vredesmissies?|vredesmacht`),
];

// Money promised, which turns a theme into a pitch: "my bitcoin fund pays 20% a month", "earns
// daily profits", "verdienen 30 % im Monat", "early holders will see 10x", "DM me". Money merely mentioned is no promise: a
// crypto tax adviser reports "crypto income", an engineer cut reconciliation "by 40%", a
// "Fixed Income Analyst" works at an "Investment Fund".
// A range counts too: "2-3%", "$300-$800"; and a share written out: "12 percent", "3 per cent".
// The digits are bounded, as in AMOUNT: a theme in the headline has the note read for a promise,
// whatever it holds ("crypto" and 100,000 digits).
const PERCENT_OR_AMOUNT = String.raw`(?:\d{1,15}(?:[.,]\d{1,15})?(?:\s?[-–]\s?\d{1,15}(?:[.,]\d{1,15})?)?\s?(?:%|per ?cent\b)|[$€£]\s?\d[\d.,]{0,15}k?(?:\s?[-–]\s?[$€£]?\s?\d[\d.,]{0,15}k?)?|\d[\d.,]{0,15}k?\s?(?:€|euros?|dollars?|usd|eur|reais))`;
const PER_PERIOD = String.raw`(?:(?:a|per|every|each) (?:day|week|month)|daily|weekly|monthly|im monat|am tag|pro (?:tag|woche|monat)|t[äa]glich|monatlich|par (?:jour|semaine|mois)|al (?:d[íi]a|mese?|giorno)|a la semana|por (?:d[íi]a|semana|mes|m[êe]s)|ao (?:dia|m[êe]s)|mensual(?:es|mente)?|diari[oa]s?|mensais|per (?:dag|week|maand))`;
const MONEY_NOUN = String.raw`(?:returns?|profits?|roi|earnings|income|payouts?|gains|renditen?|gewinne?|rendements?|revenus|ganancias|ingresos|rendimientos?|rentabilidad|lucros?|ganhos|rendimentos?|retornos?|renda|winst(?:en)?|rendement|opbrengst(?:en)?)`;
const BIG = String.raw`(?:daily|weekly|monthly|high|huge|massive|consistent|steady|stable|regular|insane|incredible|amazing|explosive|unlimited|crazy)`;
const MONEY_SUMS = [
  String.raw`${PERCENT_OR_AMOUNT}[^.!?\n]{0,25}?(?:${PER_PERIOD}|${MONEY_NOUN})\b`,
  String.raw`\b${MONEY_NOUN}[^.!?\n]{0,25}?(?:${PERCENT_OR_AMOUNT}|\bevery (?:day|week|month)\b)`,
  String.raw`\b${BIG} ${MONEY_NOUN}\b|\b${MONEY_NOUN} (?:are|is|were) (?:\w+ )?${BIG}\b`,
  String.raw`\b(?:earns?|earning|make|makes|made|making|pays?|paid|verdien(?:en|t|e)?|gagne(?:r|z|nt)?|gan(?:a|an|ar|e)|ganh(?:a|am|ar|e))\s+(?:up to |you |over |more than |un |uma? |bis zu |jusqu'à )?${PERCENT_OR_AMOUNT}(?:[^.!?\n]{0,25}?${PER_PERIOD})?`,
  // A multiple promised: "early holders will see 10x", "get 5x your money back".
  String.raw`\b(?:see|get|make|earn|gain|return)s?\s+(?:up to |over |at least |a )?\d{1,3}\s?x(?=\s*(?:[.!?,;)]|$)|\s+(?:returns?|gains?|profits?|your (?:money|investment|capital)|on (?:your|their|the|it)|in (?:a|one|\d{1,3}|under|less)|within)\b)`,
];
const MONEY_PROMISE = new RegExp([...MONEY_SUMS, String.raw`\bdm me\b`].join('|'), 'i');
/**
 * Money promised in the note beside a theme in their headline, or the other way round: a sum
 * promised, not "DM me", which from a "Crypto Engineer" is only a way to talk.
 */
const MONEY_PROMISE_BESIDE_THEME = new RegExp(MONEY_SUMS.join('|'), 'i');

/**
 * Mass-message phrasing that people with a real reason to write use too: asking for a call or a
 * demo, saying they saw your profile, asking for your e-mail ("Ana suggested I reach out. Up for a
 * quick call?", "I read your profile after your talk"). In a note these count only when the note
 * has no other such phrase and the rest of it points at nothing the two share (see analyseNote).
 */
const SOFT_PHRASES: readonly Phrase[] = [
  {
    label: 'book a quick call',
    pattern:
      /\b(?:book|schedule|hop on|jump on|set up|grab) a (?:quick |short |brief )?(?:\d+[\s-]?min(?:ute)? )?(?:call|chat|meeting)\b|\b(?:open to|up for|free for|time for) a (?:(?:quick|short|brief) (?:\d+[\s-]?min(?:ute)? )?|\d+[\s-]?min(?:ute)? )?(?:call|chat|meeting|conversation)\b|\b(?:in|over|on|during) a (?:quick |short |brief )?\d{1,2}[\s-]?min(?:ute)?s? (?:call|chat|zoom|meeting)\b/i,
  },
  {
    label: 'a quick demo',
    pattern:
      /\b(?:book|schedule|set up|grab|send you|show you|give you) a (?:quick |short |brief |free )?(?:\d+[\s-]?min(?:ute)? )?(?:product )?(?:demo|walk-?through)\b|\b(?:open to|up for|interested in) a (?:quick |short |brief |free )?(?:demo|walk-?through)\b|\b(?:in|over|during|via) a (?:quick |short |brief )?\d{1,2}[\s-]?min(?:ute)?s? (?:product )?(?:demo|walk-?through)\b/i,
  },
  // Or came across it by way of their own talk or post ("I came across your profile via your PyData
  // talk video"), the way there left in for the cue.
  { label: 'I noticed your profile', pattern: /\bi (?:noticed|saw|viewed|checked out|read|looked at|went through|love|loved) your (?:[\w-]+ )?profile\b|\b(?:i )?came across your (?:[\w-]+ )?(?:profile|page)(?= (?:via|through|after|from|thanks to) your\b)/i },
  {
    label: 'a few minutes of your time',
    pattern:
      /\b(?:do you have|have you got|could (?:i|we) (?:get|have|borrow)|connect for|spare|worth|grab) (?:a few|\d{1,2}|five|ten|fifteen|twenty|thirty)[\s-]?(?:minutes?|mins?)\b|\bworth a (?:quick |short |brief )?(?:\d{1,2}[\s-]?min(?:ute)?s? )?(?:chat|call|conversation)\b|\b(?:send|share) (?:you |over )?a (?:quick |short |brief )?(?:\d{1,2}[\s-]?min(?:ute)? )?(?:video|loom)\b/i,
  },
  // Contact details asked for, which takes the talk off the network: how fake investors and
  // scammers go on ("Kindly send your email for further discussion"), and how a real contact
  // sends the slides from the meetup.
  {
    label: 'send me your email',
    pattern:
      /\b(?:e-?mail|number|contact)\b(?<=\b(?:send|share|give|drop|text|leave|have|get)(?: (?:me|us))? your (?:personal |private |direct |best )?(?:e-?mail|(?:phone|mobile|cell|telephone|whats\s?app) number|number|contact))(?: address| details| info)?/i,
  },
  // The fourteenth pass's, read only where one of their rarer words is (see `gated`): minutes asked
  // for without "call" ("Would you be open to a quick 15 min next week?"), a call that "makes
  // sense", a look or a video of one's own work ("Worth a quick look?", "Mind if I send a quick
  // teardown video?"), a messenger asked for ("What's your WhatsApp number?"). Their keys are the
  // rarer words: a key found has the text read phrase by phrase.
  gated('a quick 15 min', 'min mins', /\b(?:open to|up for|free for|time for) a (?:quick|short|brief) \d{1,2}[\s-]?min(?:ute)?s?\b(?! (?:talk|walk|drive|ride|read|run|video|demo|walk-?through)\b)/i),
  gated('would a short call make sense', 'sense', /\bwould a (?:quick |short |brief )?(?:\d{1,2}[\s-]?min(?:ute)? )?(?:call|chat|meeting) make sense\b/i),
  gated('worth a quick look?', 'worth', /\bworth a quick look\?/i),
  gated('a short video for you', 'video loom', /\b(?:send|share) (?:you |over )?a (?:quick |short |brief )?(?:\d{1,2}[\s-]?min(?:ute)? )?[\w-]+ (?:video|loom)\b/i),
  gated("what's your WhatsApp?", 'whatsapp whats telegram', /\b(?:whats\s?app|telegram)\b(?<=\bwhat(?:['’]s| is) your (?:personal |private |direct |best )?(?:whats\s?app|telegram))/i),
];
/** The same five in German, French, Spanish, Portuguese and Dutch, and the call in Italian. */
const FOREIGN_SOFT_PHRASES: readonly Phrase[] = [
  // Italian, the call alone: "Ti va una breve call di 15 minuti?", "avresti 15 minuti?". Its keys are
  // the asking words, not "call": an English note with "call" must not be read phrase by phrase.
  foreign('una breve call', 'va andrebbe avresti avrebbe hai possiamo fissiamo organizziamo facciamo disponibile', String.raw`(?:ti va|ti andrebbe|le va|le andrebbe|avresti|avrebbe|hai|possiamo (?:fissare|organizzare|fare)|fissiamo|organizziamo|facciamo|disponibile per) (?:una|un) (?:breve |veloce |rapida |piccola )?(?:call|chiamata|videochiamata|telefonata|chiacchierata)|(?:avresti|avrebbe|hai) (?:\d{1,2}|cinque|dieci|quindici|venti|trenta) minuti`),
  // A call looks ahead ("Zeit für ein kurzes Gespräch?"): thanks for one already had ("das kurze
  // Gespräch gestern") asks for nothing.
  foreign('kurzes Gespräch', 'kurze* minütig* minutig* vereinbaren buchen ausmachen einplanen telefonieren', String.raw`(?:zeit|lust|offen|bereit|interesse) (?:f[üu]r|auf|an) (?:ein(?:en)? )?(?:kurze[ns]?|\d{1,2}[\s-]min[üu]tige[ns]?) (?:gespr[äa]ch|telefonat|call|austausch|kennenlernen|videocall|meeting)|(?:ein(?:en)? )?(?:kurze[ns]? )?(?:gespr[äa]ch|telefonat|call|termin|telefontermin|videocall|meeting|kennenlerngespr[äa]ch) (?:zu )?(?:vereinbaren|buchen|ausmachen|einplanen)|kurz (?:zu )?telefonieren`),
  foreign('un appel rapide', 'un une', String.raw`(?:planifier|programmer|caler|organiser|fixer|r[ée]server|bloquer|pr[ée]voir|faire|avoir)(?:[\s-]nous)? (?:un|une) (?:(?:petit|court|rapide|bref) )?(?:appel|call|visio|[ée]change t[ée]l[ée]phonique|rendez-vous|rdv|cr[ée]neau)|(?:ouverte?s?|disponibles?|dispo|partante?s?) (?:pour|à|a) (?:un|une) (?:petit|court|rapide|bref|petite|courte) (?:appel|call|[ée]change|visio)|un (?:petit|court|rapide|bref) (?:appel|call)[^.!?\n]{0,40}\?|un (?:appel|call) (?:rapide|de \d{1,2} (?:minutes|min))[^.!?\n]{0,40}\?|(?:un|une) (?:[ée]change|visio|entretien) (?:rapide |t[ée]l[ée]phonique )?de \d{1,2} ?(?:minutes|min)[^.!?\n]{0,40}\?`),
  foreign('agendar una llamada', 'un una', String.raw`(?:agendar|agendemos|agenda|agende|programar|programemos|concertar|coordinar|coordinemos|reservar|organizar|tener|tengamos|hacer|hagamos) (?:una|un) (?:(?:breve|peque[ñn]a|r[áa]pida|corta) )?(?:llamada|videollamada|reuni[óo]n|videoconferencia|call|charla)|(?:abiert[oa]|disponible|libre) (?:a|para) (?:una|un) (?:breve|r[áa]pida|corta|peque[ñn]a) (?:llamada|videollamada|charla|reuni[óo]n)|una (?:breve|peque[ñn]a|r[áa]pida|corta) (?:llamada|videollamada)[^.!?\n]{0,40}\?|una (?:llamada|videollamada) (?:r[áa]pida|breve|corta|de \d{1,2} minutos)[^.!?\n]{0,40}\?`),
  foreign('agendar uma chamada', 'um uma', String.raw`(?:agendar|agende|agendarmos|agendamos|marcar|marque|marcarmos|marcamos|fazer|fazermos|termos) (?:uma|um) (?:(?:breve|r[áa]pid[oa]|curt[oa]) )?(?:chamada|liga[çc][ãa]o|call|reuni[ãa]o|conversa|bate-?papo|videochamada|papo)|(?:uma|um) (?:breve|r[áa]pid[oa]|curt[oa]) (?:chamada|liga[çc][ãa]o|call|videochamada)[^.!?\n]{0,40}\?|(?:uma|um) (?:chamada|liga[çc][ãa]o|call|videochamada) (?:r[áa]pid[oa]|breve|curt[oa]|de \d{1,2} minutos)[^.!?\n]{0,40}\?`),
  foreign('een kort gesprek', 'kort korte snel snelle minuten plannen inplannen inboeken vastleggen', String.raw`(?:tijd|zin|ruimte|open|interesse) (?:voor|in) (?:een )?(?:korte?|snel(?:le)?|\d{1,2}[\s-]minuten) (?:gesprek(?:je)?|call|belletje|videocall|kennismaking(?:sgesprek)?|telefoontje|overleg)|(?:een )?(?:(?:korte?|snel(?:le)?) )?(?:gesprek(?:je)?|call|belletje|videocall|afspraak|kennismakingsgesprek|meeting|telefoontje) (?:in(?:\s*|\s+te\s+)plannen|te plannen|inboeken|vastleggen)`),
  foreign('kurze Demo', 'zeigen vorführen vorfuhren schicken senden vereinbaren buchen zeit lust interesse', String.raw`(?:eine )?(?:kurze |kostenlose |unverbindliche )?(?:produkt-?)?demo (?:zeigen|vorf[üu]hren|schicken|senden|vereinbaren|buchen)|(?:zeit|lust|interesse) (?:f[üu]r|an|auf) (?:eine )?(?:kurze |kostenlose )?(?:produkt-?)?demo`),
  foreign('une démo rapide', 'une', String.raw`(?:planifier|programmer|organiser|r[ée]server|faire|montrer|envoyer|proposer)(?:[\s-](?:vous|te))? une (?:courte |petite |rapide )?d[ée]mo(?:nstration)?|une d[ée]mo(?:nstration)? (?:rapide|gratuite|de \d{1,2} minutes)`),
  foreign('una demo rápida', 'una', String.raw`(?:agendar|programar|mostrarte|mostrarle|enviarte|enviarle|ofrecerte|ofrecerle|hacerte|hacerle) una (?:breve |r[áa]pida |peque[ñn]a )?(?:demo|demostraci[óo]n)|una demo (?:r[áa]pida|gratuita|gratis)`),
  foreign('uma demo rápida', 'uma', String.raw`(?:agendar|marcar|mostrar|enviar|apresentar)(?: a voc[êe]| para voc[êe]|-lhe| lhe)? uma (?:breve |r[áa]pida )?(?:demo|demonstra[çc][ãa]o)|uma demo (?:r[áa]pida|gratuita|gr[áa]tis)`),
  foreign('een korte demo', 'geven laten plannen inplannen sturen korte snelle gratis', String.raw`(?:een )?(?:korte |gratis )?demo (?:geven|laten zien|inplannen|plannen|sturen)|(?:tijd|zin|ruimte|open|interesse) (?:voor|in) (?:een )?(?:korte|snelle|gratis) demo`),
  foreign('habe Ihr Profil gesehen', 'habe ihr dein', String.raw`habe (?:mir )?(?:gerade |eben )?(?:ihr|dein) profil (?:gesehen|angesehen|angeschaut|gelesen|entdeckt|durchgesehen)|(?:ihr|dein) profil (?:ist mir aufgefallen|hat mich (?:angesprochen|beeindruckt))`),
  foreign("j'ai vu votre profil", "j'ai j’ai votre retenu attiré attire", String.raw`j['’]ai (?:vu|consult[ée]|lu|parcouru|regard[ée]|remarqu[ée]) (?:votre|ton) profil|(?:votre|ton) profil (?:a retenu|a attir[ée]) mon attention`),
  foreign('vi tu perfil', 'perfil', String.raw`(?:vi|he visto|revis[ée]|he revisado|le[íi]|he le[íi]do|me encant[óo]) (?:tu|su) perfil|(?:tu|su) perfil (?:me )?(?:llam[óo]|ha llamado) (?:mi|la) atenci[óo]n`),
  foreign('vi seu perfil', 'perfil', String.raw`(?:vi|olhei|li|analisei|adorei|visitei) (?:o )?(?:seu|teu) perfil|(?:seu|teu) perfil (?:me )?chamou (?:a )?(?:minha )?aten[çc][ãa]o`),
  foreign('ik zag uw profiel', 'profiel', String.raw`zag (?:uw|je|jouw) profiel|(?:heb|had) (?:uw|je|jouw) profiel (?:bekeken|gezien|gelezen)|(?:uw|je|jouw) profiel (?:viel me op|trok (?:mijn|m['’]n) aandacht)`),
  foreign('ein paar Minuten Ihrer Zeit', 'minuten kurzes', String.raw`(?:haben sie|h[äa]tten sie|hast du|h[äa]ttest du)(?: diese woche| n[äa]chste woche)? (?:ein paar|einige|\d{1,2}|f[üu]nf|zehn|f[üu]nfzehn|zwanzig|drei[ßs]ig) minuten|(?:ein paar|einige|\d{1,2}|f[üu]nf|zehn|f[üu]nfzehn|zwanzig|drei[ßs]ig) minuten (?:ihrer|deiner) zeit|(?:ein )?kurzes video (?:schicken|senden|zeigen)`),
  foreign('quelques minutes de votre temps', 'vous tu temps une', String.raw`(?:avez|auriez)[\s-]vous (?:quelques|\d{1,2}|cinq|dix|quinze|vingt|trente) minutes|(?:as|aurais)[\s-]tu (?:quelques|\d{1,2}|cinq|dix|quinze|vingt|trente) minutes|(?:quelques|\d{1,2}|cinq|dix|quinze|vingt|trente) minutes de (?:votre|ton) temps|(?:envoyer|partager)(?:[\s-](?:vous|te))? une (?:courte |petite )?vid[ée]o`),
  foreign('unos minutos de tu tiempo', 'minutos un', String.raw`(?:tienes|tendr[íi]as|tiene usted|tendr[íi]a usted|dispones de|dispone de) (?:unos|\d{1,2}|cinco|diez|quince|veinte|treinta) minutos|(?:unos|\d{1,2}|cinco|diez|quince|veinte|treinta) minutos de (?:tu|su) tiempo|(?:enviarte|enviarle|mandarte|mandarle) un (?:breve |peque[ñn]o )?v[íi]deo`),
  foreign('alguns minutos do seu tempo', 'minutos um', String.raw`(?:voc[êe] tem|voc[êe] teria|teria|tens|terias) (?:uns|alguns|\d{1,2}|cinco|dez|quinze|vinte|trinta) minutos|(?:uns|alguns|\d{1,2}|cinco|dez|quinze|vinte|trinta) minutos do (?:seu|teu) tempo|(?:enviar|mandar)(?: para voc[êe]| a voc[êe]|-lhe| lhe)? um (?:breve |r[áa]pido |pequeno )?v[íi]deo`),
  foreign('een paar minuten van uw tijd', 'minuten sturen', String.raw`(?:heeft u|hebt u|heb je|heb jij)(?: deze week| volgende week)? (?:een paar|enkele|\d{1,2}|vijf|tien|vijftien|twintig|dertig) minuten|(?:een paar|enkele|\d{1,2}|vijf|tien|vijftien|twintig|dertig) minuten van (?:uw|je|jouw) tijd|(?:een )?(?:kort )?(?:video|filmpje)(?:tje)? (?:sturen|te sturen)`),
  foreign('senden Sie mir Ihre E-Mail', 'e-mail* email* telefonnummer handynummer mobilnummer whatsapp*', String.raw`(?:schick|send|geb|gib|teil|nenn)(?:e|en|t)?(?: sie| du)?(?: mir| uns)?(?: bitte| gerne?)* (?:ihre|deine|eure) (?:private |pers[öo]nliche )?(?:e-?mail(?:-?adresse)?|telefonnummer|handynummer|mobilnummer|whats\s?app(?:-?nummer)?)|(?:ihre|deine|eure) (?:private |pers[öo]nliche )?(?:e-?mail(?:-?adresse)?|telefonnummer|handynummer|mobilnummer|whats\s?app-?nummer) (?:schicken|senden|geben|mitteilen|nennen|zukommen lassen)`),
  foreign('envoyez-moi votre e-mail', 'adresse e-mail email mail numéro numero', String.raw`(?:envoye[rz]|envoie|donne[rz]?|communique[rz]?|partage[rz]?|laisse[rz]?)(?:[\s-](?:moi|nous))? (?:votre|ton|ta) (?:adresse (?:e-?mail|mail|[ée]lectronique)|e-?mail|mail|num[ée]ro(?: de t[ée]l[ée]phone| whats\s?app| de portable)?)`),
  foreign('envíame tu correo', 'correo e-mail email número numero teléfono telefono whatsapp', String.raw`(?:env[íi]a|env[íi]e|m[áa]nda|m[áa]nde|d[ée]ja|comp[áa]rte|p[áa]sa|p[áa]se|da|de)(?:me|nos) (?:tu|su) (?:correo(?: electr[óo]nico)?|e-?mail|n[úu]mero(?: de tel[ée]fono| de whats\s?app| de m[óo]vil| de celular)?|tel[ée]fono|whats\s?app)`),
  foreign('me envie seu e-mail', 'e-mail email número numero telefone contato whatsapp', String.raw`(?:envie|envia|mande|manda|passe|passa|compartilhe|deixe)(?:-me)? (?:o |a )?(?:seu|sua|teu|tua) (?:e-?mail|n[úu]mero(?: de telefone| de whats\s?app| de celular)?|telefone|contato|whats\s?app)`),
  // A call or some minutes, in Swedish, Indonesian, Polish and Turkish.
  foreign('har du 15 minuter', 'minuter möte* samtal videomöte träff', String.raw`(?:har du|skulle du ha|hade du) (?:tid (?:för|med) )?(?:några|\d{1,2}|fem|tio|femton|tjugo|trettio) minuter|(?:boka|ta|ha) (?:ett|en) (?:kort|snabbt|kortare|snabb) (?:möte|samtal|videomöte|träff)`),
  foreign('minta waktu 15 menit', 'menit', String.raw`(?:minta|punya|ada|luangkan|meluangkan) waktu (?:sekitar |sebentar )?(?:\d{1,2}|lima|sepuluh|lima belas|dua puluh|tiga puluh) menit|(?:\d{1,2}|lima belas) menit (?:dari )?waktu (?:anda|kamu|bapak|ibu)`),
  foreign('krótka rozmowa', 'umówić umówmy umowic umowmy porozmawiać', String.raw`(?:umówić się|umówmy się|umowic sie|umowmy sie) na (?:krótką |szybką |krotka |szybka )?(?:rozmowę|rozmowe|spotkanie|call|wideorozmowę)|(?:umówić|umowic) (?:krótką|szybką|krotka|szybka) (?:rozmowę|rozmowe|wideorozmowę)|porozmawiać (?:przez )?(?:\d{1,2}|kilka) minut`),
  foreign('15 dakikalık bir görüşme', 'dakika* görüşme*', String.raw`(?:\d{1,2}|kısa) (?:dakikalık )?(?:bir )?(?:görüşme|toplantı|görüntülü görüşme) (?:ayarla|yapa|planla)${LETTER}*|\d{1,2} dakika(?:nızı|nizi|lık vaktiniz)`),
  foreign('stuur me je e-mailadres', 'e-mail* email* mailadres telefoonnummer nummer whatsapp*', String.raw`(?:stuur|geef|deel)(?: me| mij| ons)?(?: even| gerust| maar)* (?:je|jouw|uw) (?:e-?mail(?:adres)?|mailadres|telefoonnummer|(?:mobiele )?nummer|whats\s?app(?:nummer)?)`),
];
const SOFT_LABELS: ReadonlySet<string> = new Set([...SOFT_PHRASES, ...FOREIGN_SOFT_PHRASES].map(({ label }) => label));
const FOREIGN_SOFT_LABELS: ReadonlySet<string> = new Set(FOREIGN_SOFT_PHRASES.map(({ label }) => label));
/** Every soft phrase, every match: the note is read for cues without them. */
const ALL_SOFT_PHRASES = allMatches(SOFT_PHRASES);
/** The same in the other languages, used only when one of them was found. */
const ALL_FOREIGN_SOFT_PHRASES = allMatches(FOREIGN_SOFT_PHRASES);

function allMatches(phrases: readonly Phrase[]): RegExp {
  return new RegExp(phrases.map(({ pattern }) => `(?:${pattern.source})`).join('|'), 'gi');
}

/** The text without its soft phrases, `found` being the mass phrases found in it. */
function withoutSoftPhrases(text: string, found: readonly string[]): string {
  const rest = text.replace(ALL_SOFT_PHRASES, ' ');
  return found.some((label) => FOREIGN_SOFT_LABELS.has(label)) ? rest.replace(ALL_FOREIGN_SOFT_PHRASES, ' ') : rest;
}

// A call, a demo or some time that already happened asks for nothing: "thanks for making time for
// a quick call yesterday" is a shared past event, as "we met at the meetup" is. The soft phrase
// counts so when, in its own sentence, thanks govern it or a past time stands beside it, and the
// sentence neither asks nor looks ahead. Read only for notes whose mass phrases are all soft.

/**
 * Having seen a profile, which is always in the past and no shared event; and contact details
 * asked for, which are no event at all.
 */
const PROFILE_SOFT_LABELS = softLabels([
  'I noticed your profile', 'habe Ihr Profil gesehen', "j'ai vu votre profil", 'vi tu perfil', 'vi seu perfil', 'ik zag uw profiel',
  'send me your email', 'senden Sie mir Ihre E-Mail', 'envoyez-moi votre e-mail', 'envíame tu correo', 'me envie seu e-mail', 'stuur me je e-mailadres',
]);
/** The other soft phrases, a call, a demo or some time, each for all its matches. */
const SOFT_PHRASES_IN_PAST: ReadonlyMap<string, RegExp> = new Map(
  [...SOFT_PHRASES, ...FOREIGN_SOFT_PHRASES]
    .filter(({ label }) => !PROFILE_SOFT_LABELS.has(label))
    .map(({ label, pattern }) => [label, new RegExp(pattern.source, 'gi')]),
);
/** The French ones: "hier" is yesterday only there (in German and Dutch it is "here"). */
const FRENCH_SOFT_LABELS = softLabels(['un appel rapide', 'une démo rapide', 'quelques minutes de votre temps']);

function softLabels(labels: readonly string[]): ReadonlySet<string> {
  const odd = labels.find((label) => !SOFT_LABELS.has(label));
  if (odd !== undefined) throw new Error(`"${odd}" is not the label of a soft phrase`);
  return new Set(labels);
}

/** Phrases, whole, with a space standing for any run of white space (no `u` flag: LETTER bounds them). */
function anyWords(phrases: readonly string[]): string {
  return phrases.map((phrase) => phrase.replace(/ /g, String.raw`\s+`)).join('|');
}

/** A word of the same clause: no comma, colon, bracket or dash before the next. */
const CLAUSE_WORD = String.raw`[^\s,;:()–—-][^\s,;:()–—]*`;
/** Thanks, then up to four words of the same clause, at the end of what comes before the phrase. */
const THANKS_BEFORE = new RegExp(
  `(?<!${LETTER})(?:${anyWords([
    String.raw`thanks?(?: (?:so much|a lot|again))? for`,
    String.raw`thank you(?: (?:so much|very much|again))? for`,
    'many thanks for',
    String.raw`(?:danke(?:sch[öo]n)?|vielen dank|herzlichen dank)(?: (?:dir|ihnen|euch))?(?: nochmal(?:s)?)?,? (?:f[üu]r|dass)`,
    String.raw`merci(?: beaucoup| encore)? (?:pour|d['’]avoir)`,
    String.raw`(?:muchas |mil )?gracias(?: de nuevo| otra vez)? por`,
    String.raw`(?:muito )?obrigad[oa](?: mais uma vez)? (?:por|pel[oa]s?)`,
    String.raw`(?:bedankt|dank (?:je|jullie|u)(?: wel)?)(?: nogmaals)? (?:voor|dat)`,
  ])})((?:\\s+${CLAUSE_WORD}){0,4})\\s*$`,
  'i',
);
/** What thanks govern instead, when it comes between them and the phrase: "thanks for connecting and …". */
const THANKS_FOR_SOMETHING_ELSE = new RegExp(
  `(?<!${LETTER})(?:and|but|or|und|aber|oder|et|mais|ou|y|pero|e|mas|maar)(?!${LETTER})|connect|accept|consider|advance|vernetz|anfrage|annehm|angenommen|connexion|connecter|conect|conex|acept|aceit|verbind|invit|einladung|uitnodig|convite`,
  'i',
);
const PAST_TIMES = [
  'yesterday', 'the day before yesterday', 'last night', 'earlier today', 'earlier this week', 'the other day',
  String.raw`last (?:week|month|weekend|monday|tuesday|wednesday|thursday|friday)`,
  'gestern', 'vorgestern', 'neulich', String.raw`(?:letzte|vergangene)n? woche`,
  'avant-hier', String.raw`la semaine derni[èe]re`, String.raw`l['’]autre jour`,
  'ayer', 'anteayer', 'anoche', 'la semana pasada', String.raw`el otro d[íi]a`,
  'ontem', 'anteontem', 'semana passada', 'outro dia',
  'gisteren', 'eergisteren', String.raw`(?:vorige|afgelopen) week`,
];
/**
 * A past time beside the phrase, in the same clause: up to two words before it ("gestern Zeit für
 * ein kurzes Gespräch", not "last week I tried to book a quick call"), or three after it.
 */
function pastTimeBeside(times: readonly string[]): { before: RegExp; after: RegExp } {
  const time = anyWords(times);
  return {
    before: new RegExp(`(?<!${LETTER})(?:${time})(?:\\s+${CLAUSE_WORD}){0,2}\\s*$`, 'i'),
    after: new RegExp(`^\\s*(?:${CLAUSE_WORD}\\s+){0,3}(?:${time})(?!${LETTER})`, 'i'),
  };
}
const PAST_TIME_BESIDE = pastTimeBeside(PAST_TIMES);
const FRENCH_PAST_TIME_BESIDE = pastTimeBeside(['hier', ...PAST_TIMES]);
/** Said of what was agreed before, anywhere in the sentence. */
const AS_PROMISED = new RegExp(
  `(?<!${LETTER})(?:${anyWords([
    'as (?:promised|discussed|agreed)',
    'wie (?:versprochen|besprochen|vereinbart|abgesprochen)',
    String.raw`comme (?:promis|convenu|discut[ée])`,
    String.raw`como (?:promet[íi]|prometido|quedamos|acordamos|acordado|combinado|combinamos)`,
    'conforme (?:combinado|prometido)',
    'zoals (?:beloofd|besproken|afgesproken)',
  ])})(?!${LETTER})`,
  'i',
);
/**
 * A day ahead, which makes the phrase a request again: "thanks for making time for a quick call
 * next week". (Not "soon": "talk soon", "à bientôt" sign off a thank-you too.)
 */
const LOOKS_AHEAD = new RegExp(
  `(?<!${LETTER})(?:${anyWords([
    String.raw`next (?:week|month|quarter|few days|couple of days|time|monday|tuesday|wednesday|thursday|friday)`,
    'tomorrow', String.raw`later (?:today|this week)`, String.raw`(?<!earlier )this (?:week|month|afternoon|evening)`,
    String.raw`n[äa]chste[nmrs]? (?:woche|monat|tage?n?|mal|montag|dienstag|mittwoch|donnerstag|freitag)`,
    String.raw`(?<!guten )morgen`, 'diese woche',
    String.raw`(?:la )?semaine prochaine`, 'le mois prochain', String.raw`prochaine?s? (?:semaine|fois|jours)`, 'demain',
    'cette semaine',
    String.raw`pr[óo]xim[oa]s? (?:semana|mes|m[êe]s|d[íi]as)`, 'semana que (?:viene|vem)', String.raw`ma[ñn]ana`,
    'esta semana', 'essa semana', String.raw`amanh[ãa]`,
    String.raw`(?:volgende|komende) (?:week|maand|keer|dagen)`, 'deze week',
    String.raw`n[äa]sta (?:vecka|månad|gång)`, 'i morgon', 'imorgon', 'minggu depan', 'bulan depan', 'besok',
    String.raw`w przyszłym (?:tygodniu|miesiącu)`, 'jutro', String.raw`gelecek (?:hafta|ay)`, 'yarın',
  ])})(?!${LETTER})`,
  'i',
);
const SENTENCE_ENDS = '.!?…\n';
/** Past this many characters either side of the phrase, a sentence is no thank-you (and each phrase stays cheap to read). */
const SENTENCE_REACH = 400;

/** Whether one of the soft phrases `found` in `text` is about a call or time already had. */
function softPhraseInPast(text: string, found: readonly string[]): boolean {
  for (const label of found) {
    const pattern = SOFT_PHRASES_IN_PAST.get(label);
    if (pattern === undefined) continue;
    for (const match of text.matchAll(pattern)) {
      if (isInPast(text, match.index, match.index + match[0].length, FRENCH_SOFT_LABELS.has(label))) return true;
    }
  }
  return false;
}

/** Whether the phrase at `start`–`end` is thanked for or set in the past, in a sentence that neither asks nor looks ahead. */
function isInPast(text: string, start: number, end: number, french: boolean): boolean {
  const { from, to, whole } = sentenceBounds(text, start, end);
  if (!whole) return false;
  const before = text.slice(from, start);
  const phrase = text.slice(start, end);
  const after = text.slice(end, to);
  if (text.charAt(to) === '?' || phrase.includes('?') || before.includes('¿')) return false;
  const sentence = `${before}${phrase}${after}`;
  if (LOOKS_AHEAD.test(sentence)) return false;
  const thanks = THANKS_BEFORE.exec(before);
  if (thanks !== null && !THANKS_FOR_SOMETHING_ELSE.test(thanks[1] ?? '')) return true;
  const beside = french ? FRENCH_PAST_TIME_BESIDE : PAST_TIME_BESIDE;
  return beside.before.test(before) || beside.after.test(after) || AS_PROMISED.test(sentence);
}

const MASS_PHRASES: readonly Phrase[] = [
  { label: 'Dear Sir/Madam', pattern: /\bdear (?:sir|madam|candidate|applicant|job seeker)\b|\bto whom it may concern\b/i },
  // Any greeting, then "dear" alone: "Good morning dear," as well as "Hello dear".
  { label: 'Hello dear', pattern: /\bdear\b(?<=\b(?:hello|hi|hey|greetings|good (?:morning|afternoon|evening|day|night)|morning|evening),?\s+dear)\s*(?:[,!.]|$)/i },
  // With a word of praise between too: "I came across your impressive profile".
  { label: 'I came across your profile', pattern: /\b(?:i )?came across your (?:[\w-]+ )?(?:profile|page|account|background|experience)\b(?! (?:via|through|after|from|thanks to) your\b)/i },
  // Text a chatbot wrote and nobody finished: a placeholder left in ("Best regards, [Your Name]",
  // "Hi {first_name}"), the chatbot's own preface ("Certainly! Here's a personalized LinkedIn
  // connection request:"), or its stock opening ("In today's fast-paced digital landscape").
  {
    label: 'an unfilled template',
    pattern: /\[(?:your|their|recipient['’]?s?|insert|first|last|full|company|job|contact)\b[^\]\n]{0,30}\]|\{\{?\s?(?:first_?name|firstname|last_?name|name|company(?:_?name)?)\s?\}\}?/i,
  },
  {
    label: 'written by a chatbot',
    pattern:
      /\b(?:connection (?:request|note|message)|linkedin (?:message|note|invitation|invite|request))\b(?<=\bhere(?:['’]s| is) (?:a |an |your )?(?:[\w-]+,? ){0,3}(?:connection|linkedin) \w+)|\bpersonali[sz]ed\b(?<=\bhere(?:['’]s| is) (?:a |an |your )?personali[sz]ed)|\b(?:fast[\s-]paced|ever[\s-](?:changing|evolving)|rapidly evolving)\b(?<=\bin today['’]s (?:fast[\s-]paced|ever[\s-](?:changing|evolving)|rapidly evolving))|\blandscape\b(?<=\bin today['’]s (?:[\w-]+ ){0,2}landscape)|\bai (?:language model|assistant)\b(?<=\bas an ai \w+(?: model)?)/i,
  },
  // Or the decision-maker, with the prospector's fallback: "If not, could you point me in the right
  // direction?" (not a plain request for directions).
  {
    label: 'are you the right person',
    pattern:
      /\b(?:are you|would you be|is this) the right person (?:to (?:talk|speak) (?:to|with)|for|to ask)\b|\bdecision[\s-]?makers?\b(?<=\b(?:are you|you(?:['’]re| are)|is this|would you be|who(?:['’]s| is| are)) the (?:main |key |right |final |best )?decision[\s-]?makers?)|\bright (?:direction|person)\b(?<=\bif not,? (?:could|can|would|will) you (?:please )?(?:point|direct|refer|connect|forward) me (?:in|to) the right \w+)/i,
  },
  // Asked of the reader ("would you be open to hearing about…", "Open to hearing more?"), not
  // what the writer wants ("I'm really interested in hearing more about your role"). Here and
  // below, a look back after the phrase checks who says it: the phrase's own rarer words come
  // first, so the combined pattern (ANY_SPAM_PHRASE) does not stop at every "we" or "you".
  {
    label: 'open to hearing about',
    pattern:
      /\b(?:open|interested) (?:to|in) hearing (?:about|more)\b(?<=(?:\b(?:are you|would you be|you(?:['’]d| would) be|if you(?:['’]re| are)|you might be|you may be|might you be)(?: at all)? |^|[.!?]\s+)(?:open|interested) (?:to|in) hearing (?:about|more))/i,
  },
  // Not a checklist or a template of the reader's: "your free audit checklist on GitHub".
  {
    label: 'a free audit',
    pattern:
      /\b(?:send|offer|give|do|run|prepare|share)(?: you)? an? (?:quick )?free (?:seo |website |security |marketing )?(?:audit|consultation|assessment|analysis)\b|\bfree (?:[\w-]+ ){0,2}?audit\b(?! (?:checklists?|templates?|guides?|tools?|scripts?)\b)|\b(?:strategy|discovery|coaching|consulting|growth|clarity) (?:session|call)\b(?<=\ba free (?:\S+ )?\w+ \w+)/i,
  },
  // Prospecting: "quick question - who handles marketing at Contoso?"
  {
    label: 'who handles … at your company',
    pattern:
      /\bwho(?:['’]s| is)? (?:handles|in charge of|responsible for|looks after|oversees|manages|runs) (?:the |your )?(?:marketing|sales|procurement|purchasing|it|hr|hiring|recruiting|partnerships|security|finance|operations|growth|software|cloud|data)\b[^?.!\n]{0,30}\bat [^?.!\n]{1,30}\?/i,
  },
  // Or a career coach's: "I help engineers land FAANG jobs" (not "I help engineers debug dashboards").
  // Not one's own colleagues: "we help our product teams ship faster" is a platform team's work.
  {
    label: 'I help companies like yours',
    pattern:
      /(?<!\bhow (?:do|can|could|should|might) )\b(?:i|we)(?:['’]ve| have)? help(?:ed)? (?!our (?:own )?(?:[\w-]+ )?(?:teams?|engineers|developers|colleagues|staff|people)\b)(?:[\w-]+\s+){0,3}?(?:companies|businesses|brands|founders|agencies|teams|startups|start-ups|scale-?ups|people|leaders|executives|ceos|owners|managers|professionals|clients|fintechs|retailers|banks|insurers|enterprises|organi[sz]ations|organi[sz]ers|creators|coaches|consultants|recruiters|marketers|smbs|smes|(?:engineers|developers|devs|designers|programmers|coders|techies|students|graduates|grads|job seekers|jobseekers|candidates|women|moms|mums|parents|nurses|teachers|freelancers|immigrants|introverts)\s+(?:land|secure|ace|crack|break into|negotiate|double|triple|10x|level up|get hired|get promoted|switch (?:to|into)|transition (?:to|into)|get (?:a|the|their|your) (?:dream )?(?:job|offer|raise|role)|find (?:a|the|their|your) (?:dream )?(?:job|role)))\b/i,
  },
  // A vendor introducing its product, its firm or its results ("our platform can save your team",
  // "our AI-powered recruiting platform, which can save …").
  // A case study is theirs to offer ("here's a case study", "our case studies"); the reader's own
  // ("I read your case study on …", "the case study you published") is something they read.
  {
    label: 'a vendor pitch',
    pattern:
      /\b(?:platform|product|tool|software|solution|app|service|agency|studio)s?,? (?:(?:that|which) )?(?:can|could|will|helps?|lets?|saves?|cuts?|automates?|gives?)\b(?<=\b(?:our|my) (?:(?!(?:the|an?|this|that|of|in|at|with|for|on|to|and|or|is|was)\b)[\w-]+ ){0,3}\w+,? (?:(?:that|which) )?\w+)|\bintroduce (?:you to )?(?:our|my) (?:[\w-]+ ){0,3}?(?:platform|product|tool|software|solution|app|service|agency|studio)s?\b|\b(?:agency|studio|consultancy|vendor|provider|software house|dev shop)\b(?<=\bwe(?:['’]re| are) an? (?:[\w-]+ ){0,3}?(?:agency|studio|consultancy|vendor|provider|software house|dev shop))|\b(?:partner|work) with (?:[\w-]+ ){0,3}?(?:teams|companies|businesses|brands|startups|fintechs|enterprises|organi[sz]ations|founders|ctos|cfos|cios|retailers|banks)\b(?<=\bwe (?:partner|work) with .{1,80})|\bcase stud(?:y|ies)\b(?<!\byour (?:[\w'’-]+ ){0,2}case stud(?:y|ies))(?! (?:that |which )?(?:you|your team) (?:wrote|published|shared|posted|presented|did|ran|put out)\b)|\b(?:provide|offer|supply|sell)\b (?:\S+ ){0,3}?(?:data|leads|services|solutions|developers|engineers|resources|software|consulting|outsourcing|staffing)\b(?<=\bwe (?:provide|offer|supply|sell) .{1,60})|\bbench (?:resources|developers|engineers)\b|\bresources available immediately\b|\b(?:tool|platform|app|solution|software)\b (?:that|which) (?:helps?|automates?|lets?|saves?|cuts?)\b(?<=\b(?:an?|the) (?:[\w-]+ ){0,2}(?:tool|platform|app|solution|software) (?:that|which) \w+)|\b(?:find|found) (?:it|this|them) (?:useful|helpful|valuable)\b(?<=\b(?:thought|think|hope) you(?:['’]d| might| may| would| will)? find (?:it|this|them) \w+)|\bpartner with (?:great |ambitious |growing )?(?:product |engineering |data |marketing )?(?:teams|companies|brands)\b(?<=\blooking to partner with .{1,40})|\bagency\b(?<=\bi run an? (?:[\w-]+ ){0,2}agency)|\bpartner\b(?<=\bwe(?:['’]re| are) an? (?:certified |official |preferred )?(?:[\w-]+ )?partner)|\bservices\b(?<=\boffering (?:[\w-]+ ){0,3}services)|\b(?:generate|book|deliver|bring) (?:you )?\d+\+? (?:qualified |new )?(?:b2b )?(?:leads|meetings|appointments|calls|demos|clients)\b|\balready (?:use|rely on|love|trust)\b(?<=\b(?:colleagues|peers|teams|companies|customers) (?:at \S+(?: \S+)? )?already \w+(?: on)?)|\binterested in (?:our|my) (?:[\w-]+ ){0,3}?(?:platform|product|tool|software|solution|app|service|offering)s?\b(?<=\b(?:you|your team|your company)(?: might| may| could|['’]d| would)? be interested in .{1,70})/i,
  },
  // The next nine rows are read only where one of their rarer words is (see `gated`).
  // Their product fitting the reader ("he thought our research repository could be a fit for
  // Lumo"), even beside a referral; not "my background could be a fit for your team".
  gated('our product could be a fit', 'fit match', /\b(?:fit|match) for\b(?<=\bour (?:[\w-]+ ){0,3}(?:could|can|might|would|may|will) be (?:a |the )?(?:good |great |perfect |strong |natural |real |right )?(?:fit|match) for)/i),
  // "I'm helping design leaders automate …", the "I help" opener in the present (not "people":
  // "I'm helping people with diabetes" is someone's work).
  gated("I'm helping companies like yours", 'helping', /\bhelping (?:[\w-]+\s+){0,3}?(?:companies|businesses|brands|founders|agencies|teams|startups|start-ups|scale-?ups|leaders|executives|ceos|enterprises|organi[sz]ations|fintechs|retailers|banks|insurers|smbs|smes)\b(?<=\b(?:i['’]m|i am|we['’]re|we are) (?:currently |now |actively )?helping (?:[\w-]+\s+){0,3}?\w+)/i),
  // Staff to hire from them: "a bench of pre-vetted senior designers".
  gated('a bench of pre-vetted talent', 'bench pre-vetted prevetted vetted', /\bbench of (?:[\w-]+ ){0,3}?(?:designers|developers|engineers|talent|resources|experts|freelancers)\b|\bpre[\s-]?vetted (?:[\w-]+ ){0,3}?(?:designers|developers|engineers|talent|candidates|freelancers|experts|professionals|resources)\b/i),
  // Their results elsewhere: "We've helped similar apps lift conversion by 22%".
  gated('we helped similar companies', 'similar', /\bsimilar (?:[\w-]+ )?(?:apps|companies|teams|products|brands|businesses|startups|clinics|platforms|organi[sz]ations)\b(?<=\b(?:i|we)(?:['’]ve| have)? helped (?:\w+ )?similar (?:[\w-]+ )?\w+)/i),
  gated("let's explore synergies", 'synergy synergies', /\bsynerg(?:y|ies)\b(?<=\b(?:explore|exploring|discuss|discussing|find|finding|unlock|leverage|identify|create) (?:some |any |potential |possible |mutual )?synerg(?:y|ies))/i),
  // A price cut as a share: "available at 40% lower cost".
  gated('at 40% lower cost', 'lower', /\blower (?:costs?|rates?|prices?)\b(?<=\bat (?:a )?\d{1,2}\s?% lower \w+)/i),
  // Scarce seats at their event: "Only 10 seats! Can I save you one?" (the count, then an end mark,
  // "available" or "per"; not "only 10 seats, so I watched online").
  gated('only 10 seats', 'seat seats spot spots place places', /\bsave you one\b(?<=\b(?:seats?|spots?|places?)\b[^\n]{0,80}save you one)|\b(?:spots?|seats?|places?)\b(?=\s*(?:[!.]|available\b|per\b))(?<=\bonly (?:\d+|a few|a handful of|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) (?:[\w-]+ )?\w+)/i),
  // The offshore recruiter's blast: "current CTC, expected CTC and notice period".
  gated('current and expected CTC', 'ctc', /\b(?:current|expected|present) ctc\b/i),
  // A membership sold at a price a year or a month: "Membership is €990/year — first month free!".
  // Not a subscription of one's own ("my Premium subscription is $40 a month").
  // Their rates on request: "DM me for rates" (a UGC creator, a freelancer selling).
  gated('DM me for rates', 'rates pricing prices', /\b(?:rates|pricing|prices)\b(?<=\b(?:dm|message|inbox|ping) (?:me|us) for (?:my |our )?(?:rates|pricing|prices))/i),
  // A website to build for you: "I can redesign your website in WordPress", "we can rank your site".
  gated('I can redesign your website', 'website site store', /\b(?:website|web ?site|site|online store|store)\b(?<=\b(?:i|we) can (?:re-?design|build|develop|create|make|fix|optimi[sz]e|improve|speed up|rank|revamp|modernise|modernize) your (?:(?:shopify|wordpress|wix|woocommerce|company|business|current) )?(?:website|web ?site|site|online store|store))/i),
  // A ghostwriter's offer: "I ghostwrite for B2B founders".
  // Their newsletter or channel to subscribe to: "Subscribe free here: benrivers.substack.com". Not
  // the reader's ("I subscribe to your newsletter").
  gated('subscribe to my newsletter', 'subscribe', /(?<!\b(?:i|we|just|already) )\bsubscribe\b(?:(?= (?:for )?(?:free )?(?:here|now|below|today)\b|\s*(?:(?:for )?free\s*)?:)|(?= to (?:my|our) (?:[\w-]+ )?(?:newsletter|channel|podcast|substack|list|mailing list)\b))/i),
  gated('I ghostwrite for founders', 'ghostwrite ghost-write ghostwriting', /\b(?:i|we) ghost-?write\b|\bghostwriting (?:services?|packages?)\b/i),
  // An app or software agency's line: "we turn ideas into production apps in 4 weeks", "we bring
  // your ideas to life". Not "you turned my idea into a talk".
  gated('we turn ideas into apps', 'idea ideas concept concepts vision visions', /\b(?:ideas?|concepts?|visions?) (?:in)?to (?:life|reality|(?:[\w-]+ ){0,3}?(?:apps?|products?|software|websites?|mvps?|platforms?))\b(?<=\b(?:i|we) (?:can |will |help (?:you )?)?(?:turn|transform|convert|bring|build) (?:your |startup |business |big |bold )?(?:ideas?|concepts?|visions?) (?:in)?to \w+(?:[ \w-]{0,40})?)/i),
  // A list of investors sold for a fee: "Our investor list is available for a one-time fee of
  // $299", "a curated list of 2,500 active VCs and angels … Yours for $299". Not a list without a price.
  gated('an investor list for a fee', 'investor investors vcs angels', /\b(?:investor|vc|angel)s? (?:list|database|directory|contacts|spreadsheet)\b[^\n]{0,80}?(?:\bfees?\b|[$€£]\s?\d|\b\d+\s?(?:usd|eur)\b)|\b(?:list|database|directory|spreadsheet) of [^.!?\n]{0,40}?\b(?:investors|vcs|angels)\b[^\n]{0,80}?(?:\bfees?\b|[$€£]\s?\d|\b\d+\s?(?:usd|eur)\b)/i),
  // A domain broker: "I own the domain samlabs.io", "the premium domain samtools.com is available".
  // Owned or registered, the domain is named: not "we own the domain model", "I registered the
  // domain for our meetup".
  gated('a domain for sale', 'domain domains', /\bdomain\b(?<=\b(?:i|we) (?:own|hold|have|acquired|registered) (?:the |a )?(?:premium |exact-match )?domain)(?= (?:name )?[\w-]{1,60}\.[a-z]{2,6}\b)|\bdomain(?: name)? [\w.-]{1,60}\.[a-z]{2,6} (?:is|has become) (?:now |currently )?(?:available|for sale|up for (?:sale|grabs)|on the market)\b|\bdomain(?: names?)? (?:is |are )?(?:now )?(?:for sale|available for (?:acquisition|purchase|sale))\b/i),
  // The hand-off to Signal, as to WhatsApp or Telegram: "download Signal and message me". Not the
  // app talked about ("messaging apps like Signal", "our speakers' Signal group").
  gated('continue on Signal', 'signal', /\bsignal\b(?<=\b(?:download|install|get|message me on|text me on|reach me on|contact me on|write to me on|add me on|continue on|move to|chat on|talk on|reply on|message me via|reach me via) signal)(?!\s*(?:processing|strength|boost|handling|protocol|'s|’s)\b)/i),
  // The fraudster's secrecy, as in a fake boss's urgent call: "Please do not discuss this with anyone on your team".
  gated('keep it from your team', 'anyone', /\banyone\b(?<=\b(?:don['’]t|do not|please don['’]t|not to) (?:discuss|share|mention|tell|talk about) (?:this|it)(?: (?:with|to))? anyone)(?= (?:on|in|at) your (?:team|company|office)|\s*(?:else|yet)?\s*[.!,])/i),
  // Not a club's or an association's dues, under 50 a year: "Membership is €25 a year and pays for our meetups".
  gated('a paid membership', 'membership memberships', /\bmemberships?\b(?: (?:fee|price|cost))? (?:is|costs?|at|for) (?:only |just )?[$€£]\s?(?![1-4]?\d(?:[.,]\d{2})?\s?(?:\/\s?|per |a |an )(?:year|yr|annum)\b)\d[\d.,]{0,15}\s?(?:\/\s?|per |a |an )(?:year|yr|month|mo|annum)\b|[$€£]\s?\d[\d.,]{0,15}\s?(?:\/\s?|per |a |an )(?:year|yr|month|mo) memberships?\b/i),
  // A booking agent selling guests for the reader's own show. Not a host inviting the reader
  // ("would you be a guest on our podcast?") or a listener ("loved your podcast").
  {
    label: "a booking agent's pitch",
    pattern:
      /\brepresent (?:\S+ ){0,4}?(?:authors|speakers|experts|ceos|founders|executives|clients|guests|talent|thought leaders)\b(?<=\b(?:i|we) represent .{1,60})|\b(?:great|amazing|perfect|ideal|fantastic|excellent|valuable|incredible|fascinating) (?:guests?|fits?) (?:on|for) your (?:podcast|show|stage|event|conference)\b/i,
  },
  // How romance scams open: looks praised ("your smile", "you have a beautiful smile"; not "your smile in
  // the team photo" of a meetup), a photo that "caught my attention", a night asked after,
  // friendship asked for ("can we be friends?", "I'd like to make friends with you"; not "make friends with your daughter").
  {
    label: 'a romance opener',
    pattern:
      /\b(?:hi|hello|hey),? (?:handsome|beautiful|gorgeous|pretty|sweetheart|dear friend)\b|\byour smile\b(?! in (?:the|our) (?:team|group) (?:photo|picture|pic)s?\b)|\bsmile\b(?<=\byou have (?:a |such a |the )?(?:(?:most|very|really|so) )?\w+ smile)|\bfriends\b(?:(?<=\b(?:can|could|shall|may) we (?:still |just )?be friends|\bwe (?:can|could|might|may) (?:still |just )?be friends)|(?<=\b(?:like|love|want|wish|hope|glad|happy) to (?:make|be|become) friends)(?= with you\b))|\bwhere are you from\b|\bsaw you (?:in|on) (?:the |my )?suggest(?:ion|ed)|\b(?:picture|photo|pic)s? (?:caught|got|grabbed|drew|attracted) (?:my|me)\b(?<=\byour (?:profile |lovely |beautiful )?(?:picture|photo|pic)s? \w+ \w+)|\blook (?:so |very |really )?(?:kind|beautiful|lovely|pretty|gorgeous|stunning|cute|sweet|handsome|attractive|charming|caring)\b(?<=\byou look (?:so |very |really )?\w+)|\b(?:night|sleep)\b(?<=\bhow (?:was|is) your (?:night|sleep))|\bare you (?:still )?single\b(?![\s-]*(?:handed|threaded|page|tenant|sign|origin|source|point|player|file|use|core))/i,
  },
  // The wrong-number opener of investment scams: "is this David? … Oh sorry, wrong person, but …",
  // or the mistake owned ("I think I added the wrong person"; not "sorry if I have the wrong person").
  { label: 'a wrong-number opener', pattern: /\bwrong (?:person|number)\b(?<=\b(?:sorry|oops|apologies|my bad|ah|oh),? (?:\w+ ){0,2}wrong \w+|\bi (?:think |guess |must have |may have |might have )?(?:i )?(?:added|messaged|texted|contacted|invited|sent (?:this|it|my request|a request) to) the wrong \w+)/i },
  // Paying to be on their stage, show, list or shortlist: "the speaker package is €2,500", "a small
  // production fee of $750", "to confirm your place at the awards gala, the entry package is
  // €1,950". Not a free guest spot, or a package with no price.
  {
    label: 'a fee to be featured',
    pattern:
      /\b(?:production|participation|feature|featuring|speaker|speaking|publication|editorial|inclusion|listing|nomination|sponsorship|placement|interview) (?:fee|package|cost|charge)s?\b(?=[^.!?\n]{0,40}?(?:[$€£]\s?\d|\d\s?(?:€|\$|£|usd\b|eur\b|gbp\b|dollars\b|euros\b)))|\b(?:entry|exhibitor|award|gala|winner['’]?s?|nominee|finalist) packages?\b(?=[^.!?\n]{0,40}?(?:[$€£]\s?\d|\d\s?(?:€|\$|£|usd\b|eur\b|gbp\b|dollars\b|euros\b)))|\b(?:fee|package)\b(?<=[$€£]\s?\d[\d.,]{0,15}k? (?:\w+ )?(?:production|participation|feature|speaker|speaking|publication|editorial|inclusion|listing|sponsorship|placement) (?:fee|package))/i,
  },
  // A discovery question, the salesperson's opener: "how are you handling call coaching today?"
  // ("today", "currently" or "at the moment" is the tell; a peer asks how it went).
  {
    label: 'how are you handling … today?',
    pattern: /\bhow (?:are|is) (?:you|your team|[A-Z]\w+) (?:currently )?(?:handling|managing|tackling|approaching|dealing with|solving)\b[^?.!\n]{1,60}?\b(?:today|currently|at the moment|right now|these days)\?/i,
  },
  // An event of theirs to sell you a seat at: "join our free webinar", "save you a seat". Or a
  // programme of theirs, with its scarcity ("invite you to my exclusive founders' mastermind. Only
  // 12 spots left"), their booth or stand ("grab 10 minutes at our stand"), or a discount code for a pass ("use code JONAS20"); not a host
  // asking the reader on as a guest or speaker.
  {
    label: 'an invitation to their event',
    pattern:
      /\bregister (?:here|now|today)\b|\bsave (?:you|your) (?:a )?(?:seat|spot)\b|\b(?:webinar|masterclass|mastermind|workshop|seminar|dinner|roundtable|event|demo|bootcamp|cohort|accelerator|retreat)s?\b(?:(?<=\bjoin (?:our|us for (?:a|our)) (?:free |exclusive |upcoming |live )?(?:\w+ )?\w+)|(?<=\b(?:invite you to|join) (?:my|our|an?) (?:[\w'’-]+ ){0,3}\w+)(?<!\b(?:workshop|dinner|roundtable|event|demo)s?)(?! as (?:a |an |our )?(?:speaker|guest|panell?ist|judge|mentor|moderator|coach|host)s?\b))|\b(?:spots?|seats?|places?) (?:left|remaining)\b(?<=\bonly (?:\d+|a few|a handful of|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty) (?:[\w-]+ )?\w+ \w+)|\b(?:booth|stand)\b(?<=\b(?:visit|stop by|swing by|come by|drop by|come to|meet (?:us|me) at|minutes at|time at|chat at|coffee at|demo at) our (?:\w+ )?(?:booth|stand))(?<!\b(?:thanks|thank you|spent|had|enjoyed|loved)(?: (?:so much|again|a lot|for))? (?:the |your |those |that |a |our )?(?:[\w-]+ ){0,2}(?:minutes|time|chat|coffee|demo) at our (?:\w+ )?(?:booth|stand))|\b(?:discount|promo|coupon|voucher) codes?\b|\bcode:?\s[a-z]{0,20}\d{1,4}\b(?<=\buse (?:the |my |our )?code:?\s[a-z]{0,20}\d{1,4})|\b(?:pass|passes|ticket|tickets|registration|seat)\b(?<=\d\s?% off (?:your|the|a|our) (?:\w+ )?\w+)/i,
  },
  // A job nobody applied for: how task and fake-job scams open. Read only where its words are,
  // which keeps the combined pattern under 20,000 characters (see ANY_SPAM_PHRASE).
  gated('a job you never applied for', 'selected shortlisted chosen interview', /\b(?:selected|shortlisted|chosen)\b(?<=\b(?:you have been|you['’]ve been|you are|you['’]re|your (?:profile|cv|resume) (?:has been|was)) (?:selected|shortlisted|chosen))(?! (?:to (?:give|speak|present|deliver|host|judge|join the (?:panel|jury))|as (?:a |an |the |our )?(?:speaker|keynote|panell?ist|judge|mentor|finalist|winner|fellow|scholar)|for (?:the |a |an |our )?(?:keynote|talk|panel|award|grant|scholarship|fellowship|cfp|conference|summit))\b)|\bno interview (?:needed|required|necessary)\b/i),
  // The recruiter's blast: a CV asked for before a word about you ("Kindly share your updated
  // resume and visa status").
  {
    label: 'send me your CV',
    pattern:
      /\bsend (?:me|us|over) your (?:cv|resume|résumé)\b|\b(?:cv|resume|r[ée]sum[ée])(?![\w\u00C0-\u024F])(?<=\b(?:send|share|forward|e-?mail|drop|attach)(?: (?:me|us))?(?: over)? (?:your|a copy of your)(?: updated| latest| current| recent| most recent)? (?:cv|resume|r[ée]sum[ée]))/i,
  },
  // A sequence's next step: the first message went unanswered, so here it is again ("did you get a
  // chance to look at my previous message?"), or the break-up ("following up one last time -
  // should I close your file?"). Not "following up on our chat at the meetup", nor on "our integration
  // kickoff last week" or "our workshop".
  {
    label: 'following up on my last message',
    pattern:
      /\b(?:following up on|circling back (?:on|to)|bumping)\b (?:my|this|our\b(?! (?:\w+ )?(?:chat|talk|conversation|call|coffee|lunch|dinner|meeting|discussion|catch[\s-]?up|kick-?off|sync|workshop|session|interview)\b))\b|\b(?:floating|bumping) this (?:back )?(?:up|to the top)\b|\b(?:last|final) time\b(?<=\bfollowing up (?:one |for the |a )?(?:last|final) time)|\bfile\b(?<=\bclos(?:e|ing) (?:out )?your file)|\b(?:previous|last|earlier|prior) (?:message|email|e-mail|note|inmail)\b(?<=\b(?:see|seen|saw|read|get|got|look at|looked at|check|checked|review|reviewed|thoughts on|reply to|respond to|response to|answer to) (?:my|our) (?:previous|last|earlier|prior) (?:message|email|e-mail|note|inmail))/i,
  },
  // A booking link or a slot to grab: the meeting is the product.
  {
    label: 'grab a slot in my calendar',
    pattern: /\b(?:grab|book|pick|choose) a (?:slot|time)\b|\b(?:calendly\.com|savvycal\.com|chilipiper\.com|meetings\.hubspot\.com|hubspot\.com\/meetings)\b/i,
  },
  { label: 'grow your pipeline 3x', pattern: /\b\d{1,3}x (?:your|their) (?:pipeline|revenue|sales|leads|growth|bookings|meetings)\b/i },
  ...SOFT_PHRASES,
  {
    label: 'exciting opportunity',
    pattern:
      /\b(?:exciting|amazing|lucrative|unique|flexible) (?:business )?opportunity\b|\bgreat (?:business )?opportunity (?:for you|to (?:earn|invest|join us))\b|\bopportunity to (?:work|earn) from home\b|\b(?:lucrative|exciting|special) (?:business )?(?:offer|proposal)\b|\bbusiness (?:opportunity|proposal)\b/i,
  },
  { label: 'could benefit from our product', pattern: /\b(?:could|might|would|will|can) (?:really |greatly |truly )?benefit from (?:our|my)\b/i },
  // Cheap and best: "best quality website and app developement at cheap cost".
  { label: 'competitive rates', pattern: /\b(?:competitive|affordable|unbeatable) (?:rates|prices|pricing|costs?)\b|\baffordable price\b(?<=\b(?:i|we) (?:can|could|will|develop|build|offer|provide|design|create|deliver|make) [^.!?\n]{0,60}\bat an? (?:very )?affordable price)|\bcheap (?:costs?|prices?|rates?)\b(?<=\b(?:at|in) (?:a )?(?:very )?cheap \w+)|\bbest quality (?:[\w-]+ ){0,3}?(?:services?|work|development|developement|websites?|apps?|seo|design)\b|\bat (?:a )?very low (?:costs?|prices?|rates?)\b|\b(?:i|we) can do (?:it |this |that )?at (?:a )?low (?:costs?|prices?|rates?)\b/i },
  // The outsourcer's close ("Plz let me know if any requirment"); not requirements that change.
  { label: 'let me know if any requirement', pattern: /\brequi?re?ments?\b(?<=\bif (?:you have |you['’]ve |there (?:is|are) )?any requi?re?ments?)(?!\s+(?:change|changed|changes|are|is|were|was|differ))/i },
  // An estate agent's cold open: "are you looking to buy or rent in Amsterdam? I have off-market listings."
  {
    label: 'are you looking to buy or sell?',
    pattern:
      /\boff[\s-]market (?:listings?|propert(?:y|ies)|deals?|homes?|apartments?)\b|\b(?:buy|sell|rent)(?:ing)?\b(?<=\b(?:are|were) you (?:\w+ )?(?:looking|planning|thinking|hoping) (?:to|of|about) (?:buy|sell|rent)(?:ing)?)(?= (?:or|your|a|an|in|property|real estate)\b)/i,
  },
  // A trial to start, or a link to one: "start your free trial", "figpro.io/trial".
  // Or a free pilot of theirs: "Want a free 2-week pilot?" (not a pilot of one's own).
  gated('a free trial', 'trial signup sign-up get-started pilot', /\bpilot\b(?<=\b(?:want|offer(?:ing)?|try|start|run|get|claim|give you|set you up with) (?:a |an |our |your )?free (?:\d+[\s-](?:day|week|month) )?pilot)|\bfree trial\b(?<=\b(?:start|try|get|claim|grab|offer(?:ing)?|give you|sign up for|activate|\d+[\s-]day) (?:(?:a|an|your|our|the) )?(?:\d+[\s-]day )?free trial)|\b(?:io|com|ai|app|co|net)\/(?:free-)?(?:trial|signup|sign-up|get-started)\b/i),
  // A link to book their demo ("freightbook.io/demo?utm_source=linkedin — 15 min?").
  gated('a link to book a demo', 'demo', /\b(?:io|com|ai|app|co|net)\/(?:book-?a-?|request-?a?-?|get-?a-?)?demo\b/i),
  // A quote for their product: "We can get you 30% off your HubSpot licences … Can I send you a
  // quote?" (not "can I quote you in my article?").
  gated('can I send you a quote?', 'quote', /\bquote\b(?<=\b(?:can|could|may|shall) (?:i|we) (?:send|give|prepare|get) you a (?:quick |free |custom |tailored |no-obligation )?quote)/i),
  // A paid feedback call: "a €50 Amazon gift card for 20 minutes of your feedback".
  {
    label: 'a gift card for your time',
    pattern:
      /\bgift (?:cards?|vouchers?)\b(?:(?=[^.!?\n]{0,60}\b(?:minutes?|feedback|survey|call|chat|interview|demo|time)\b)|(?<=\b(?:minutes?|feedback|survey|call|chat|interview|demo)\b[^.!?\n]{0,60}gift \w+))/i,
  },
  // What they build, offered to do your work: "I build custom AI agents that automate your lead
  // follow-up", "we build bots that replace your SDRs". Not their own ("agents that automate our
  // support"), nor work done ("we built a tool that automates testing").
  gated('a tool that automates your work', 'automate automates replace replaces qualify qualifies', /\b(?:automate|replace|qualify|qualifies)s? your\b(?<=\b(?:i|we) (?:build|make|create|develop|design|deploy|sell|ship|offer)s? (?:[\w-]+ ){0,4}?(?:agents?|bots?|chatbots?|automations?|tools?|apps?|software|workflows?|systems?|assistants?) (?:that|which|to) \w+ your)/i),
  // A video made for the reader, the cold pitch's opener: "Made you a 2-min Loom", "I recorded a
  // quick video for you". Not a video of their own ("I made a short video about our meetup"), nor
  // one of the reader's talk or of an event ("I made you a video of your talk at our meetup").
  gated('a video made for you', 'loom video walkthrough screencast', /(?:\b(?:made|recorded|filmed|created|shot) you an? (?:[\w-]+ ){0,3}?(?:loom|video|walkthrough|screencast)\b|\b(?:loom|video|walkthrough|screencast) (?:just )?for you\b(?<=\b(?:made|recorded|filmed|created|shot) an? (?:[\w-]+ ){0,3}?\w+ (?:just )?for you))(?! of (?:your|the|our|my|his|her|their) (?:[\w-]+ ){0,2}?(?:talk|keynote|demo|session|presentation|panel|workshop|meetup|event|conference|wedding|party|speech|performance|concert|match|game|launch|ceremony)\b)/i),
  // A seller's "reasonable" price: "We can fix that at a very reasonable cost" (not "we rented the
  // venue at a reasonable cost", nor a price they would pay: "if we can get them at a reasonable price").
  gated('competitive rates', 'reasonable', /\breasonable (?:costs?|prices?|rates?|fees?)\b(?<=\b(?:i|we)(?:['’]ll|['’]d| will| can| could| would| do| offer| provide| deliver| build| develop| design| create)\b[^.!?\n]{0,60}\b(?:at|for) (?:a )?(?:very |really |super |extremely )?reasonable \w+)(?<!\b(?:get|gets|got|getting|buy|buys|bought|buying|rent|rents|rented|renting|book|booked|booking|find|found|hire|hired|lease|leased|purchase|purchased|source|sourced)\b[^.!?\n]{0,60})/i),
  // A free report offered, as a free audit is: "Shall I share a free report?" (not "I read your
  // free report on page speed", nor "a free evaluation licence" for a project).
  gated('a free audit', 'report evaluation', /\b(?:send|offer|give|do|run|prepare|share)(?: you)? an? (?:quick )?free (?:seo |website |security |marketing )?(?:report|evaluation)\b(?! (?:licen[cs]es?|cop(?:y|ies)|versions?|period|kits?|units?)\b)/i),
  // An award's package priced with the currency's code before the sum: "the winner package is EUR
  // 1,450" (the row above reads "€1,450" and "1,450 EUR"). Not a fee of nothing: "USD 0 for students".
  gated('a fee to be featured', 'usd eur gbp chf', /\b(?:production|participation|feature|featuring|speaker|speaking|publication|editorial|inclusion|listing|nomination|sponsorship|placement|interview|entry|exhibitor|award|gala|winner['’]?s?|nominee|finalist) (?:fee|package|cost|charge)s?\b(?=[^.!?\n]{0,40}?\b(?:usd|eur|gbp|chf)\s?[1-9])/i),
  // The same paid feedback call with a voucher of a sum, "gift" unsaid: "a $150 Amazon voucher for
  // 30 minutes of your feedback", "a 45-minute interview for a 100 EUR voucher". Not a voucher with
  // no sum, nor one from a raffle, nor one won or given ("I won a $50 voucher at your hackathon").
  gated('a gift card for your time', 'voucher vouchers', /\bvouchers?\b(?<=(?:[$€£]\s?\d[\d.,]{0,8}|\d[\d.,]{0,8}\s?(?:usd|eur|gbp|€|\$|£))\s(?:[\w-]+ ){0,2}vouchers?)(?<!\b(?:won|got|received|gave me|given|handed me) (?:an? |the |my )?(?:[$€£]\s?\d[\d.,]{0,8}|\d[\d.,]{0,8}\s?(?:usd|eur|gbp|€|\$|£))\s(?:[\w-]+ ){0,2}vouchers?)(?:(?=[^.!?\n]{0,60}\b(?:minutes?|feedback|survey|interview|study|research)\b)|(?<=\b(?:minutes?|interview)\b[^.!?\n]{0,60}vouchers?))/i),
  // A note that is a link and nothing else ("https://bit.ly/3xFreeAudit").
  { label: 'a link and nothing else', pattern: /^\s*<?(?:https?:\/\/|www\.|(?:bit\.ly|tinyurl\.com|t\.co|goo\.gl|ow\.ly|rb\.gy|cutt\.ly|is\.gd|buff\.ly)\/)\S+\s*$/i },
  // Moving the conversation off the network at once is how scams go on.
  {
    label: 'reply on WhatsApp or Telegram',
    pattern:
      /\b(?:reply|write|text|message|contact|reach|chat with|talk to|add)(?: \S+){0,3} (?:on|via|through|over) (?:whats\s?app|telegram|wechat)\b|\b(?:whats\s?app|telegram|wechat)(?: me\b|\s*:?\s*(?:\+\d|@\w)| (?:karo|karein|karen|kijiye|kariye|pe|par)\b)|\b(?:wa|t)\.me\/\w/i,
  },
  // Or in chat words: "ping me on WhatsApp for details", "DM me on Telegram", "hit me up on WhatsApp"
  // (not a bot that pings users there: the words ask for the writer to be reached).
  gated('reply on WhatsApp or Telegram', 'whatsapp whats telegram wechat', /\b(?:whats\s?app|telegram|wechat)\b(?<=\b(?:(?:ping|dm|pm|buzz|hit) (?:me|us)(?: up)?|hmu|drop (?:me|us) an? (?:line|message|note|text|msg))(?: \S+){0,2} (?:on|via|through|over|in) (?:whats\s?app|telegram|wechat))/i),
  // The same in other words: the talk continued or moved there ("Could we continue on Telegram?"),
  // something of yours asked for there ("share your pitch deck on WhatsApp"), their group to join
  // ("join my WhatsApp group", a chat.whatsapp.com link). Not work on the apps themselves ("I'll
  // continue working on Telegram bots", "share my notes on the WhatsApp API").
  gated('continue on WhatsApp or Telegram', 'whatsapp whats telegram wechat', /\b(?:whats\s?app|telegram|wechat)\b(?:(?<=\b(?:continue|move|carry on|take)(?: (?:this|it|things|(?:the|this|our) (?:conversation|chat|discussion|talk)))? (?:on|to|over|via|in|through) (?:whats\s?app|telegram|wechat))|(?<=\b(?:share|send)(?: (?:me|us))? (?:your|it|them|this)(?: [\w-]+){0,3} (?:on|via|over|through) (?:whats\s?app|telegram|wechat))|(?<=\bjoin (?:my|our|us in (?:my|our)|the) (?:[\w-]+ ){0,3}(?:whats\s?app|telegram|wechat))(?= (?:group|channel|community|chat)\b))(?!\s*(?:bots?|api|apis|sdk|mini[\s-]?apps?|clients?|integrations?)\b)|\bchat\.whatsapp\.com\/\w/i),

  // The same in German, French, Spanish, Portuguese and Dutch, family by family. "WhatsApp: +49 …"
  // reads the same in every language (above).
  foreign('Sehr geehrte Damen und Herren', 'damen', String.raw`sehr geehrte damen und herren|(?:hallo|guten tag),? (?:liebe )?damen und herren`),
  foreign('Madame, Monsieur', 'madame monsieur droit', String.raw`madame,? monsieur|monsieur,? madame|madame\s*\/\s*monsieur|monsieur\s*\/\s*madame|[àa] qui de droit`),
  foreign('Estimado/a señor/a', 'estimad* quien', String.raw`estimad[oa](?:\/a|\(a\))? se[ñn]or(?:\/a|\(a\)|a|es)?(?=\s*(?:[,:.!]|$))|a quien (?:corresponda|pueda interesar)`),
  foreign('Prezado(a) senhor(a)', 'senhor* quem', String.raw`(?:prezad|car)[oa](?:\/a|\(a\))? senhor(?:\/a|\(a\)|a|es)?(?=\s*(?:[,:.!]|$))|a quem (?:possa interessar|interessar possa)`),
  foreign('Geachte heer/mevrouw', 'geachte beste', String.raw`(?:geachte|beste) (?:heer\s*\/\s*mevrouw|mevrouw\s*\/\s*heer|heer,? mevrouw|heer of mevrouw|dames en heren)`),
  // Hello dear: the endearment alone, not "Hallo liebe Jana".
  foreign('Hallo meine Liebe', 'liebe* schatz', String.raw`(?:hallo|hi|hey|guten (?:tag|morgen|abend)),? (?:meine? )?(?:liebe[rs]?|schatz)(?=\s*(?:[,!.]|$))`),
  foreign('Bonjour ma chère', 'bonjour bonsoir salut coucou', String.raw`(?:bonjour|bonsoir|salut|coucou),? (?:mon |ma )?(?:cher|ch[èe]re|ch[ée]rie?)(?=\s*(?:[,!.]|$))`),
  foreign('Hola querida', 'querid* cariño carino', String.raw`(?:hola|buen(?:os|as) (?:d[íi]as|tardes|noches)),? (?:mi )?(?:querid[oa]|cari[ñn]o)(?=\s*(?:[,!.]|$))`),
  foreign('Olá querida', 'querid* amor', String.raw`(?:ol[áa]|oi|bom dia|boa (?:tarde|noite)),? (?:minha |meu )?(?:querid[oa]|amor)(?=\s*(?:[,!.]|$))`),
  foreign('Hallo lieverd', 'lieverd schat schatje', String.raw`(?:hallo|hoi|hey|hi|goede(?:morgen|middag|navond)|goeie(?:morgen|middag|navond)),? (?:mijn )?(?:lieverd|schat|schatje)(?=\s*(?:[,!.]|$))`),
  // The romance opener, as in English: friendship asked for, looks praised, the smile ("Hola guapo, tu
  // sonrisa me encantó. ¿Podemos ser amigos?"). Not "somos amigos de Ana", nor "faire connaissance". "Podemos
  // ser amigos?" reads the same in Portuguese: the Spanish row reads it for both.
  foreign('¿podemos ser amigos?', 'amigo amiga amigos amigas amistad guapo guapa hermoso hermosa precioso preciosa sonrisa', String.raw`(?:podemos|podr[íi]amos|quieres|quiere|te gustar[íi]a|me gustar[íi]a) ser (?:tu |su )?amig[oa]s?|hacer amistad contigo|(?:hola|hey|buen(?:os|as) (?:d[íi]as|tardes|noches)),? (?:mi )?(?:guap[oa]|hermos[oa]|precios[oa])(?=\s*(?:[,!.]|$))|tu (?:hermosa |linda |bonita |preciosa )?sonrisa`),
  foreign('podemos ser amigos?', 'amigo amiga amigos amigas amizade lindo linda gato gata princesa sorriso', String.raw`(?:queres|quer|gostaria de|gostava de) ser (?:seu |sua |teu |tua )?amig[oa]s?|fazer amizade (?:com voc[êe]|contigo|consigo)|(?:ol[áa]|oi|bom dia|boa (?:tarde|noite)),? (?:lind[oa]|gat[oa]|princesa)(?=\s*(?:[,!.]|$))|(?:seu|teu) (?:lindo |belo )?sorriso`),
  foreign('können wir Freunde sein?', 'freunde freundschaft hübscher hubscher schöne schone süße süsse susse lächeln lacheln', String.raw`(?:k[öo]nnen|k[öo]nnten|wollen|sollen) wir freunde (?:sein|werden)|(?:m[öo]chte|w[üu]rde) (?:gerne? )?(?:mit (?:dir|ihnen) )?(?:freunde (?:sein|werden)|freundschaft schlie(?:ß|ss)en)|(?:hallo|hi|hey),? (?:h[üu]bscher|sch[öo]ne|s[üu](?:ß|ss)e)(?=\s*(?:[,!.]|$))|dein (?:sch[öo]nes |s[üu](?:ß|ss)es )?l[äa]cheln`),
  foreign('pouvons-nous être amis ?', 'amis amies ami amie amitié amitie belle beauté beaute gosse sourire', String.raw`(?:pouvons[\s-]nous|peut[\s-]on|on (?:peut|pourrait)|pourrions[\s-]nous|j['’]aimerais|je voudrais|veux[\s-]tu|voulez[\s-]vous|voudrais[\s-]tu|aimerais[\s-]tu) (?:[êe]tre|devenir) (?:ton |votre )?ami(?:e|s|es)?|lier amiti[ée] avec (?:toi|vous)|(?:salut|bonjour|coucou),? (?:beau gosse|ma belle|beaut[ée])(?=\s*(?:[,!.]|$))|ton (?:beau |joli |magnifique )?sourire`),
  foreign('kunnen we vrienden zijn?', 'vrienden knapperd schoonheid glimlach', String.raw`(?:kunnen|zullen|mogen) we vrienden (?:zijn|worden)|(?:wil|zou) (?:ik )?(?:graag )?(?:met (?:je|jou|u) )?vrienden (?:zijn|worden)|(?:hoi|hallo|hey|hi),? (?:knapperd|schoonheid)(?=\s*(?:[,!.]|$))|(?:je|jouw) (?:mooie |lieve )?glimlach`),
  // The wrong-number opener, as in English: the mistake owned ("acho que adicionei a pessoa errada").
  // Not the polite doubt "desculpe se for a pessoa errada", "falls ich die falsche Person angeschrieben habe".
  foreign('adicionei a pessoa errada', 'errada errado', String.raw`(?:adicionei|mandei|enviei|escrevi)(?<!(?<!${LETTER})(?:se|caso) (?:eu )?[^\s.!?]+)(?: [^\s.!?]+){0,2} (?:a )?pessoa errada|(?:desculp[ae]|perd[ãa]o|foi mal|ops|oops|ah|oh),? (?:[^\s.!?]+ ){0,2}(?:pessoa|n[úu]mero) errad[oa]`),
  foreign('agregué a la persona equivocada', 'equivocada equivocado', String.raw`(?:agregu[ée]|a[ñn]ad[íi]|envi[ée]|escrib[íi]|contact[ée])(?<!(?<!${LETTER})si [^\s.!?]+)(?: a)? (?:la )?persona equivocada|(?:perd[óo]n|disculpa|disculpe|lo siento|ups|ay|oh),? (?:[^\s.!?]+ ){0,2}(?:persona|n[úu]mero) equivocad[oa]`),
  foreign('falsche Person hinzugefügt', 'falsche falschen', String.raw`falschen?(?<!(?<!${LETTER})(?:falls|wenn|ob) (?:[^\s.!?]+ ){0,3}falschen?) (?:person|nummer|kontakt)(?: [^\s.!?]+){0,2} (?:hinzugef[üu]gt|angeschrieben|kontaktiert|erwischt|angefragt)|(?:sorry|entschuldigung|ups|oh|oops),? (?:[^\s.!?]+ ){0,2}falschen?(?<!(?<!${LETTER})(?:falls|wenn|ob) (?:[^\s.!?]+ ){0,3}falschen?) (?:person|nummer)`),
  foreign('je me suis trompé de personne', 'trompé trompée trompe trompee mauvaise', String.raw`(?<!(?<!${LETTER})si )(?:je me suis|j['’]ai) (?:tromp[ée]e? de (?:personne|num[ée]ro|contact)|ajout[ée] la mauvaise personne)|(?:d[ée]sol[ée]e?|pardon|oups|oh),? (?:[^\s.!?]+ ){0,2}(?:mauvaise personne|mauvais num[ée]ro)`),
  foreign('verkeerde persoon toegevoegd', 'verkeerde', String.raw`verkeerde(?<!(?<!${LETTER})(?:als|indien|mocht) (?:[^\s.!?]+ ){0,3}verkeerde) (?:persoon|nummer|contact)(?: [^\s.!?]+){0,2} (?:toegevoegd|gestuurd|benaderd|geappt|gemaild)|(?:sorry|oeps|excuus|excuses|oh),? (?:[^\s.!?]+ ){0,2}verkeerde(?<!(?<!${LETTER})(?:als|indien|mocht) (?:[^\s.!?]+ ){0,3}verkeerde) (?:persoon|nummer)`),
  foreign('bin auf Ihr Profil gestoßen', 'ihr dein', String.raw`(?:bin|stie(?:ß|ss)) (?:ich )?(?:zuf[äa]llig |gerade )?auf (?:ihr|dein) (?:linkedin-)?profil(?: gesto(?:ß|ss)en)?|bin (?:ich )?(?:auf|[üu]ber) (?:ihr|dein) profil aufmerksam geworden`),
  foreign('je suis tombé sur votre profil', 'tombé* tombe*', String.raw`tomb[ée]e? (?:par hasard )?sur (?:votre|ton) (?:profil|page)`),
  foreign('me encontré con tu perfil', 'perfil', String.raw`(?:me )?(?:encontr[ée]|top[ée]|cruc[ée]) con (?:tu|su) perfil|di con (?:tu|su) perfil|encontr[ée] (?:tu|su) perfil`),
  foreign('me deparei com seu perfil', 'perfil', String.raw`deparei(?:-me)? com (?:o )?(?:seu|teu) perfil|encontrei (?:o )?(?:seu|teu) perfil|cruzei com (?:o )?(?:seu|teu) perfil`),
  foreign('ik kwam uw profiel tegen', 'profiel', String.raw`kwam (?:ik )?(?:toevallig )?(?:uw|je|jouw) profiel tegen|(?:stuitte|stuit|kwam) (?:ik )?(?:toevallig )?op (?:uw|je|jouw) profiel`),
  foreign('sind Sie der richtige Ansprechpartner', 'richtige', String.raw`(?:sind sie|bist du|w[äa]ren sie|w[äa]rst du) (?:der|die) richtige (?:ansprechpartner(?:in)?|ansprechperson|person|kontakt)`),
  foreign('êtes-vous la bonne personne', 'bonne interlocuteur', String.raw`(?:[êe]tes|seriez)[\s-]vous (?:la bonne personne|le bon interlocuteur)|(?:es|serais)[\s-]tu (?:la bonne personne|le bon interlocuteur)`),
  foreign('¿es usted la persona indicada?', 'indicada adecuada correcta', String.raw`(?:eres|es usted|ser[íi]as|ser[íi]a usted) la persona (?:indicada|adecuada|correcta)`),
  foreign('você é a pessoa certa', 'pessoa', String.raw`(?<!(?:disse|disse-me|diz|falou|acha|achou|comentou|contou|garantiu) que )(?:voc[êe] [ée]|[ée] voc[êe]|voc[êe] seria|seria voc[êe]|tu [ée]s) a pessoa (?:certa|indicada|correta)`),
  foreign('bent u de juiste persoon', 'juiste', String.raw`(?:bent u|ben je|ben jij) de juiste (?:persoon|contactpersoon)`),
  foreign('mehr darüber erfahren', 'mehr', String.raw`(?:offen|interessiert|interesse)(?:,| daran| daf[üu]r)* mehr (?:dar[üu]ber )?zu (?:erfahren|h[öo]ren)`),
  foreign("intéressé d'en savoir plus", 'savoir apprendre entendre', String.raw`(?:ouverte?s?|int[ée]ress[ée]e?s?) (?:(?:[àa]|de|par) |d['’]\s*)(?:en savoir plus|en apprendre (?:plus|davantage)|entendre parler)`),
  foreign('¿te interesaría saber más?', 'más mas', String.raw`(?:abiert[oa]|interesad[oa])s? (?:a|en) (?:saber|conocer|escuchar|o[íi]r) m[áa]s|(?:te|le) (?:interesar[íi]a|gustar[íi]a) (?:saber|conocer|escuchar) m[áa]s (?:sobre|acerca)`),
  foreign('teria interesse em saber mais', 'mais', String.raw`(?:abert[oa]|interessad[oa])s? (?:a|em) (?:saber|conhecer|ouvir) mais|(?:teria|tem|teriam) interesse em (?:saber|conhecer|ouvir) mais`),
  foreign('interesse om meer te horen', 'meer', String.raw`(?:open|ge[ïi]nteresseerd|interesse) (?:om|in) (?:er )?meer (?:over )?(?:te )?(?:horen|weten)`),
  foreign('kostenlose Analyse', 'kostenlos* gratis*', String.raw`kostenlose[ns]? (?:seo-|website-|sicherheits-|marketing-)?(?:audit|erstberatung|potenzialanalyse|potentialanalyse)|kostenlose[ns]? (?:seo-|website-|sicherheits-|marketing-)analyse|kostenlose[ns]? analyse (?:ihrer|deiner|eurer|ihres|deines)|gratis[\s-]audit`),
  foreign('audit gratuit', 'gratuit* offert*', String.raw`(?:audit|diagnostic)s? (?:seo |de (?:votre |ton )?site |marketing |s[ée]curit[ée] )?(?:gratuits?|offerts?)`),
  foreign('auditoría gratuita', 'gratuit* gratis costo coste', String.raw`(?:auditor[íi]a|diagn[óo]stico)s? (?:seo |web )?(?:gratuit[oa]s?|gratis|sin (?:costo|coste))`),
  foreign('auditoria gratuita', 'gratuit* grátis gratis custo', String.raw`(?:auditoria|diagn[óo]stico)s? (?:seo |do site |de seo )?(?:gratuit[oa]s?|gr[áa]tis|sem custo)`),
  foreign('gratis audit', 'gratis', String.raw`gratis (?:seo-?|website-?)?(?:audit|quickscan)`),
  // Prospecting: "wer ist bei Ihnen für Marketing zuständig?"
  foreign('wer ist bei Ihnen zuständig für …', 'wer', String.raw`wer (?:ist|k[üu]mmert sich)(?: bei [^?.!\n]{1,30})? (?:f[üu]r|um) (?:das |die |den )?(?:marketing|vertrieb|sales|einkauf|beschaffung|it|hr|personal|recruiting|partnerschaften|sicherheit|finanzen|software|cloud|daten)[^?.!\n]{0,40}\?`),
  foreign("qui s'occupe de … chez vous", 'qui', String.raw`qui (?:s['’]occupe|est en charge|est responsable|g[èe]re) (?:du |de la |des |de l['’]|de )?(?:marketing|commercial|ventes|achats|informatique|it|rh|recrutement|partenariats|s[ée]curit[ée]|finances?|donn[ée]es)[^?.!\n]{0,30}chez [^?.!\n]{1,30}\?`),
  foreign('quién se encarga de … en su empresa', 'quién quien', String.raw`qui[ée]n (?:se encarga|es (?:el |la )?responsable|lleva|gestiona) (?:de )?(?:el |la |los |las |del )?(?:marketing|ventas|compras|it|ti|sistemas|rrhh|recursos humanos|contrataci[óo]n|alianzas|seguridad|finanzas|datos)[^?.!\n]{0,30} en [^?.!\n]{1,30}\?`),
  foreign('quem cuida de … na sua empresa', 'quem', String.raw`quem (?:cuida|[ée] (?:o |a )?respons[áa]vel|gerencia|lida) (?:d[oa]s? |pel[oa]s? |por |com )?(?:o |a )?(?:marketing|vendas|compras|ti|rh|recrutamento|parcerias|seguran[çc]a|finan[çc]as|dados)[^?.!\n]{0,30} (?:n[oa]|em) [^?.!\n]{1,30}\?`),
  foreign('wie gaat over … bij jullie', 'wie', String.raw`wie (?:is (?:er )?verantwoordelijk voor|gaat (?:er )?over|regelt|beheert) (?:de |het )?(?:marketing|sales|verkoop|inkoop|it|hr|recruitment|werving|partnerships|beveiliging|financi[ëe]n|data)[^?.!\n]{0,30} bij [^?.!\n]{1,30}\?`),
  // A sales opener. German and Dutch glue words ("Softwareunternehmen", "techbedrijven").
  foreign('ich helfe Unternehmen wie Ihrem', 'helfe helfen unterstütze unterstützen unterstutze unterstutzen', String.raw`(?:(?:ich|und) helfe|wir helfen|ich unterst[üu]tze|wir unterst[üu]tzen) (?:[\w\u00C0-\u024F-]+ ){0,3}?[\w\u00C0-\u024F-]*?(?:unternehmen|firmen|marken|gr[üu]nder(?:n|innen)?|agenturen|teams|startups|start-ups|menschen|f[üu]hrungskr[äa]ften?|ceos|kunden|selbstst[äa]ndigen?|mittelst[äa]ndler[n]?|kmu|betrieben?|unternehmer(?:n|innen)?|gesch[äa]ftsf[üu]hrer(?:n|innen)?)|(?:ich helfe|wir helfen) (?:[\w\u00C0-\u024F-]+ ){0,2}?(?:entwickler(?:n|innen)?|ingenieur(?:en|innen)?|bewerber(?:n|innen)?|absolvent(?:en|innen)?|studierenden|programmierer(?:n|innen)?|frauen),? (?:[^\s.!?]+ ){0,4}?(?:traum)?(?:jobs?|stellen?|jobangebote?|gehalt)`),
  foreign("j'aide les entreprises", "j'aide j’aide j'accompagne j’accompagne aidons accompagnons aide accompagne", String.raw`(?:j['’]aide|nous aidons|j['’]accompagne|nous accompagnons|on aide|on accompagne) (?:les |des )?(?:[\w\u00C0-\u024F'’-]+ ){0,3}?(?:entreprises|soci[ée]t[ée]s|pme|tpe|marques|startups|start-ups|scale-?ups|[ée]diteurs|e-?commer[çc]ants|commer[çc]ants|retailers|marchands|distributeurs|transporteurs|logisticiens|dirigeants|dirigeantes|fondateurs|fondatrices|agences|[ée]quipes|entrepreneurs|entrepreneures|ind[ée]pendants|professionnels|managers|clients|personnes|cabinets)|(?:j['’]aide|nous aidons|j['’]accompagne|nous accompagnons) (?:les |des )?(?:[\w\u00C0-\u024F'’-]+ ){0,2}?(?:ing[ée]nieur(?:e)?s|d[ée]veloppeu(?:r|se)s|candidat(?:e)?s|[ée]tudiant(?:e)?s|jeunes dipl[ôo]m[ée]s|femmes|devs) (?:[àa]|pour) (?:[^\s.!?]+ ){0,2}?(?:d[ée]crocher|trouver|obtenir|n[ée]gocier|r[ée]ussir|int[ée]grer|doubler)`),
  foreign('ayudo a empresas', 'ayudo ayudamos acompaño acompañamos acompano acompanamos', String.raw`(?:ayudo|ayudamos|acompa[ñn]o|acompa[ñn]amos) a (?:las |los )?(?:[\w\u00C0-\u024F-]+ ){0,3}?(?:empresas|compa[ñn][íi]as|negocios|pymes|marcas|fundadores|agencias|equipos|startups|personas|l[íi]deres|directivos|ceos|profesionales|clientes|emprendedores)|(?:ayudo|ayudamos|acompa[ñn]o|acompa[ñn]amos) a (?:los |las )?(?:[\w\u00C0-\u024F-]+ ){0,2}?(?:ingenier[oa]s|desarrollador(?:es|as)|programador(?:es|as)|candidat[oa]s|estudiantes|egresad[oa]s|mujeres|devs) a (?:conseguir|encontrar|obtener|lograr|negociar|entrar|duplicar|aumentar|superar)`),
  foreign('ajudo empresas', 'ajudo ajudamos', String.raw`(?:ajudo|ajudamos) (?:a |as |os )?(?:[\w\u00C0-\u024F-]+ ){0,3}?(?:empresas|neg[óo]cios|marcas|fundadores|ag[êe]ncias|equipes|equipas|startups|pessoas|l[íi]deres|executivos|ceos|profissionais|clientes|empreendedores)|(?:ajudo|ajudamos) (?:a |as |os )?(?:[\w\u00C0-\u024F-]+ ){0,2}?(?:engenheir[oa]s|desenvolvedor(?:es|as)|programador(?:es|as)|candidat[oa]s|estudantes|rec[ée]m-formad[oa]s|mulheres|devs) a (?:conseguir|encontrar|conquistar|obter|negociar|entrar|dobrar|aumentar|passar)`),
  foreign('ik help bedrijven', 'ik helpen ondersteunen', String.raw`(?:ik help|wij helpen|we helpen|ik ondersteun|wij ondersteunen|we ondersteunen) (?:[\w\u00C0-\u024F'’-]+ ){0,3}?[\w\u00C0-\u024F-]*?(?:bedrijven|organisaties|ondernemers|merken|oprichters|bureaus|teams|startups|start-ups|scale-?ups|mensen|leiders|managers|ceos|professionals|klanten|mkb['’]?ers)|(?:ik help|wij helpen|we helpen) (?:[\w\u00C0-\u024F'’-]+ ){0,2}?(?:developers|ontwikkelaars|engineers|ingenieurs|kandidaten|studenten|starters|vrouwen|devs|programmeurs) (?:[^\s.!?]+ ){0,4}?(?:(?:droom)?baan|job|salaris)`),
  foreign('Umsatz verdoppeln', 'verdoppeln verdreifachen vervielfachen mehr umsatz termine', String.raw`(?:verdoppeln|verdreifachen|vervielfachen)(?: sie| wir)? (?:ihren?|deinen?|eure[nm]?) (?:umsatz|pipeline|leads|vertrieb|verk[äa]ufe|buchungen|termine)|(?:ihren?|deinen?) (?:umsatz|pipeline|leads) (?:zu )?(?:verdoppeln|verdreifachen|vervielfachen)|\d{1,3}\s*x (?:mehr (?:umsatz|leads|termine)|umsatz|termine)`),
  foreign("doubler votre chiffre d'affaires", 'doubler tripler multiplier doublez triplez multipliez doublons triplons', String.raw`(?:doubler|tripler|multiplier|doublez|triplez|multipliez|doublons|triplons)(?: par \d+)? (?:votre|vos|ton|tes|leur|leurs) (?:chiffre d['’]affaires|ca|pipeline|leads|ventes|prospects|rendez-vous|rdv)`),
  foreign('duplicar tus ventas', 'duplicar triplicar multiplicar duplica triplica multiplica duplicamos triplicamos multiplicamos', String.raw`(?:duplicar|triplicar|multiplicar|duplica|triplica|multiplica|duplicamos|triplicamos|multiplicamos)(?: por \d+)? (?:tus|sus|su|tu) (?:ventas|ingresos|facturaci[óo]n|pipeline|leads|clientes|reuniones)`),
  foreign('dobrar suas vendas', 'dobrar triplicar multiplicar dobre triplique multiplique dobramos triplicamos multiplicamos', String.raw`(?:dobrar|triplicar|multiplicar|dobre|triplique|multiplique|dobramos|triplicamos|multiplicamos)(?: por \d+)? (?:as |os |a |o )?(?:suas|seus|sua|seu) (?:vendas|receita|faturamento|pipeline|leads|clientes|reuni[õo]es)`),
  foreign('verdubbel je omzet', 'verdubbel* verdrievoudig* vermenigvuldig* meer omzet afspraken', String.raw`(?:verdubbel|verdrievoudig|vermenigvuldig)(?:en|t)? (?:je|uw|jullie|jouw) (?:omzet|pipeline|leads|verkoop|afspraken)|\d{1,3}\s*x (?:meer (?:omzet|leads|afspraken)|omzet|afspraken)`),
  foreign('aiutiamo le aziende', 'aiuto aiutiamo supporto supportiamo', String.raw`(?:aiut(?:o|iamo)|support(?:o|iamo)) (?:le |i |gli |tante |molte )?(?:[\w\u00C0-\u024F'’-]+ ){0,3}?(?:aziende|imprese|societ[àa]|pmi|brand|marchi|startup|scale-?up|founder|fondatori|agenzie|team|manager|dirigenti|ceo|professionisti|clienti|ospedali|cliniche)`),
  ...FOREIGN_SOFT_PHRASES,
  // "Send me your CV", the recruiter's blast.
  foreign('senden Sie mir Ihren Lebenslauf', 'lebenslauf* cv', String.raw`(?:schick|send|[üu]bermittl|[üu]bersend)(?:e|en|t)?(?: sie| du)?(?: mir| uns)?(?: bitte| gerne?)* (?:ihren|deinen|euren) (?:aktuellen |vollst[äa]ndigen |neuesten |kompletten )?(?:lebenslauf|cv)|(?:ihren|deinen) (?:aktuellen |vollst[äa]ndigen |neuesten )?(?:lebenslauf|cv)(?: bitte| gerne?)* (?:schicken|senden|zusenden|zukommen lassen|[üu]bermitteln)`),
  foreign('envoyez-moi votre CV', 'cv curriculum', String.raw`(?:envoye[rz]|envoie|transmett(?:ez|re)|fai(?:tes|re) parvenir|adresse[rz]?)(?:[\s-](?:moi|nous))? (?:votre|ton) (?:cv|curriculum)|(?:pourriez|pouvez)[\s-]vous (?:m|nous)['’](?:envoyer|transmettre|adresser|faire parvenir) (?:votre|ton) (?:cv|curriculum)`),
  foreign('envíame tu CV', 'cv currículum curriculum hoja', String.raw`(?:env[íi]a|env[íi]e|m[áa]nda|m[áa]nde|comp[áa]rte|comp[áa]rta|p[áa]sa|p[áa]se)(?:me|nos) (?:tu|su) (?:cv|curr[íi]culum(?: vitae)?|hoja de vida)|(?:me|nos) (?:puede|podr[íi]a|puedes|podr[íi]as) (?:enviar|mandar|compartir|pasar|remitir) (?:tu|su) (?:cv|curr[íi]culum(?: vitae)?|hoja de vida)|(?:puede|podr[íi]a|puedes|podr[íi]as) (?:enviar|mandar|pasar|compartir)(?:me|nos) (?:tu|su) (?:cv|curr[íi]culum(?: vitae)?|hoja de vida)`),
  foreign('me envie seu currículo', 'cv currículo curriculo', String.raw`(?:envie|envia|mande|manda|compartilhe|encaminhe)(?:-me|-nos)? (?:o |a )?(?:seu|sua|teu|tua) (?:cv|curr[íi]culo)|(?:pode|poderia|podes|poderias|consegue|conseguiria)(?: me)? (?:enviar|mandar|partilhar|compartilhar|encaminhar)(?:-me|-nos)? (?:o |a )?(?:seu|sua|teu|tua) (?:cv|curr[íi]culo)`),
  foreign('stuur me je cv', 'cv curriculum', String.raw`(?:stuur|mail|deel|zend)(?: me| mij| ons)?(?: even| gerust| maar| graag)* (?:je|jouw|uw) (?:actuele |recente |bijgewerkte )?(?:cv|curriculum)|(?:kun|kan|wil|zou) (?:je|jij|u) (?:me |mij |ons )?(?:je|jouw|uw) (?:actuele |recente |bijgewerkte )?(?:cv|curriculum)(?: [^\s.!?]+){0,3} (?:naar (?:me|mij|ons) )?(?:sturen|mailen|toesturen|opsturen|doorsturen)`),
  // A sequence's next step, the first message unanswered: "solo quería hacer seguimiento de mi
  // mensaje anterior", "je me permets de vous relancer", "an meine letzte Nachricht erinnern".
  foreign('seguimiento de mi mensaje anterior', 'seguimiento anterior', String.raw`seguimiento (?:de|a) mi (?:mensaje|correo|e-?mail|nota) anterior|(?:tuviste|has tenido|pudiste|tuvo|ha tenido|pudo) (?:la )?(?:oportunidad|ocasi[óo]n|tiempo) de (?:ver|leer|revisar) mi (?:mensaje|correo) anterior`),
  foreign('je me permets de vous relancer', 'relancer précédent precedent', String.raw`(?:vous|te) relancer|suite [àa] mon (?:pr[ée]c[ée]dent|dernier) (?:message|mail|e-?mail)`),
  foreign('an meine letzte Nachricht erinnern', 'letzte letzten vorherige vorige', String.raw`(?:an|auf) meine (?:letzte|vorherige|vorige) (?:nachricht|e-?mail|mail) (?:zu )?(?:erinnern|zur[üu]ckkommen|verweisen)|meine (?:letzte|vorherige|vorige) (?:nachricht|e-?mail|mail) (?:gesehen|gelesen)`),
  foreign('seguimento à minha mensagem anterior', 'seguimento minha', String.raw`seguimento (?:[àa]|a) minha (?:[úu]ltima )?mensagem|(?:viu|leu|teve (?:a )?oportunidade de (?:ver|ler)) (?:a )?minha (?:[úu]ltima )?mensagem(?: anterior)?`),
  foreign('mijn vorige bericht', 'vorige laatste eerdere', String.raw`(?:mijn|m['’]n) (?:vorige|laatste|eerdere) bericht(?:je)? (?:gezien|gelezen)|terug(?:komen|kom) op mijn (?:vorige|laatste|eerdere) bericht`),
  foreign('einmalige Gelegenheit', 'lukrativ* einmalig* einzigartig* exklusiv* geschäfts* geschafts* möglichkeit* moglichkeit*', String.raw`(?:lukrative|einmalige|einzigartige|exklusive) (?:gesch[äa]fts)?(?:gelegenheit|chance|m[öo]glichkeit)|gesch[äa]fts(?:m[öo]glichkeit|gelegenheit)|(?:lukratives|exklusives|einmaliges) (?:gesch[äa]fts)?angebot|m[öo]glichkeit,? von zu\s*hause (?:aus )?(?:zu )?(?:arbeiten|verdienen)`),
  foreign('opportunité unique', "opportunité opportunite offre* exceptionnel* lucrative d'affaire* d’affaire*", String.raw`opportunit[ée] (?:unique|exceptionnelle|lucrative|en or|d['’]affaires?|incroyable|[àa] ne pas manquer)|(?:offre|proposition) (?:exceptionnelle|lucrative)|proposition d['’]affaires?|opportunit[ée] de (?:travailler|gagner de l['’]argent) (?:depuis chez (?:vous|toi|soi)|de chez (?:vous|toi|soi)|[àa] domicile)`),
  foreign('oportunidad única', 'oportunidad propuesta oferta', String.raw`oportunidad (?:[úu]nica|de negocio|incre[íi]ble|lucrativa|exclusiva)|(?:propuesta|oferta) (?:de negocio|lucrativa|exclusiva)|oportunidad de (?:trabajar|ganar dinero) desde casa`),
  foreign('oportunidade única', 'oportunidade proposta', String.raw`oportunidade (?:[úu]nica|de neg[óo]cio|incr[íi]vel|lucrativa|exclusiva)|proposta (?:de neg[óo]cio|lucrativa|exclusiva)|oportunidade de (?:trabalhar|ganhar dinheiro) (?:de|em) casa`),
  foreign('unieke kans', 'uniek* lucratie* zakelijk* exclusief kans', String.raw`(?:unieke|lucratieve|zakelijke) (?:kans|mogelijkheid|gelegenheid)|(?:lucratief|exclusief|uniek) (?:aanbod|voorstel)|zakelijk voorstel|kans om (?:vanuit huis|thuis) (?:te werken|geld te verdienen)`),
  foreign('könnte von unserem Produkt profitieren', 'profitieren', String.raw`(?:k[öo]nnte[nt]?|w[üu]rde[nt]?|kann|k[öo]nnen|wird|werden) (?:sehr |stark |wirklich |enorm )?von (?:unsere[mrn]?|meine[mrn]?) (?:[^.!?\n]{0,60} )?profitieren`),
  foreign('pourrait bénéficier de notre', 'pourrait pourraient pourriez pourrais peut peuvent pouvez', String.raw`(?:pourrai(?:en)?t|pourriez|pourrais|peut|peuvent|pouvez) (?:vraiment |grandement |beaucoup )?(?:b[ée]n[ée]ficier|profiter) de (?:notre|nos|mon|ma|mes)`),
  foreign('podría beneficiarse de nuestro', 'beneficiarse beneficiarte aprovechar', String.raw`(?:podr[íi]a|podr[íi]an|puede|pueden|podr[íi]as) (?:realmente |mucho )?(?:beneficiarse|beneficiarte|aprovechar) (?:de|con) (?:nuestr[oa]s?|mis?)`),
  foreign('poderia se beneficiar do nosso', 'beneficiar aproveitar', String.raw`(?:poderia|poderiam|pode|podem) (?:realmente |muito )?(?:se beneficiar|beneficiar-se|aproveitar) (?:d[oa]s?|de) (?:nossos?|nossas?|meus?|minhas?)`),
  foreign('kan profiteren van onze', 'baat profiteren', String.raw`(?:baat (?:kunnen )?hebben bij|profiteren van) (?:ons|onze|mijn)`),
  // A no-obligation offer, how German sales notes close: "Darf ich Ihnen ein unverbindliches Angebot schicken?"
  foreign('unverbindliches Angebot', 'unverbindlich*', String.raw`unverbindliche[ns]? (?:angebot|kostenvoranschlag|beratung|erstgespr[äa]ch|demo|analyse)`),
  foreign('wettbewerbsfähige Preise', 'wettbewerbsfähig* wettbewerbsfahig* günstig* gunstig* unschlagbar* niedrigen', String.raw`(?:wettbewerbsf[äa]hige[n]?|g[üu]nstige[n]?|unschlagbare[n]?) (?:preise[n]?|konditionen|tarife[n]?|stundens[äa]tze[n]?)|zu (?:sehr )?niedrigen kosten`),
  foreign('prix compétitifs', 'prix tarif tarifs moindre faible', String.raw`(?:prix|tarifs?) (?:tr[èe]s )?(?:comp[ée]titifs?|attractifs?|imbattables?|abordables?|bas)|[àa] (?:moindre|tr[èe]s faible) co[ûu]t`),
  foreign('precios competitivos', 'precios tarifas bajo', String.raw`(?:precios|tarifas) (?:muy )?(?:competitiv[oa]s|asequibles|inmejorables|bajos|econ[óo]mic[oa]s)|a (?:muy )?bajo (?:costo|coste)`),
  foreign('preços competitivos', 'preços precos tarifas valores baixo', String.raw`(?:pre[çc]os|tarifas|valores) (?:muito )?(?:competitiv[oa]s|acess[íi]veis|imbat[íi]veis|baixos)|a (?:um )?(?:custo|pre[çc]o) muito baixo`),
  foreign('scherpe tarieven', 'concurrerende scherpe betaalbare tegen', String.raw`(?:concurrerende|scherpe|betaalbare) (?:prijzen|tarieven)|tegen (?:zeer )?lage kosten`),
  // Off the network at once.
  foreign('schreiben Sie mir auf WhatsApp', 'whatsapp whats telegram wechat', String.raw`(?:schreib(?:e|en|t)?|kontaktier(?:e|en)?|meld(?:e|en)?|erreich(?:e|en)?|antwort(?:e|en)?|schick(?:e|en)?|f[üu]g(?:e|en)?)(?: sie| du)?(?: mir| mich| uns)?(?: sich)?(?: bitte)?(?: gerne?)? (?:auf|per|[üu]ber|via|bei|in) (?:whats\s?app|telegram|wechat)|kontakt (?:[üu]ber|per|via) (?:whats\s?app|telegram|wechat)|(?:lass(?:t)? uns|lassen sie uns|wollen wir|k[öo]nnen wir) (?:[^\s.!?]+ ){0,2}?(?:auf|per|[üu]ber|via|bei|in) (?:whats\s?app|telegram|wechat) (?:weiter(?:schreiben|reden|sprechen|machen)|fortsetzen|schreiben|sprechen|reden)|(?:schreib(?:en)?|kontaktier(?:en)?|meld(?:en)?)(?: sie)?(?: sich)?(?: bei)? (?:unsere[mrn]?|meine[mrn]?) (?:[^\s.!?]+ ){0,2}?(?:auf|per|[üu]ber|via|bei|in) (?:whats\s?app|telegram|wechat)|weiter (?:auf|per|[üu]ber|via) (?:whats\s?app|telegram|wechat)`),
  foreign('écrivez-moi sur WhatsApp', 'whatsapp whats telegram wechat', String.raw`(?:[ée]cri(?:vez|s|re)|contacte[zr]?|r[ée]ponde[zr]?|r[ée]ponds|ajoute[zr]?|joigne[zr]?|joins|[ée]change[zr]?|parl(?:ons|ez|er))(?:[\s-]moi|[\s-]nous)? (?:sur|via|par) (?:whats\s?app|telegram|wechat)|(?:continuons|poursuivons|continuer|poursuivre)(?: (?:la|notre|cette) (?:conversation|discussion|[ée]change))? (?:sur|via|par) (?:whats\s?app|telegram|wechat)|(?:contactez|[ée]crivez [àa]|parlez [àa]|joignez)(?: (?:notre|mon|ma|nos|mes))? (?:[^\s.!?]+ ){0,2}?(?:sur|via|par) (?:whats\s?app|telegram|wechat)`),
  foreign('escríbeme por WhatsApp', 'whatsapp whats telegram wechat', String.raw`(?:escr[íi]be(?:me|nos)|escr[íi]ba(?:me|nos)|cont[áa]cta(?:me|nos)|cont[áa]cte(?:me|nos)|resp[óo]nde(?:me|nos)|resp[óo]nda(?:me|nos)|agr[ée]ga(?:me|nos)|a[ñn][áa]de(?:me|nos)|hablemos|escribir(?:me|nos)?|contactar(?:me|nos)?|hablar) (?:por|en|a trav[ée]s de|v[íi]a|al) (?:whats\s?app|telegram|wechat)|(?:m[áa]nda(?:me|nos)|env[íi]a(?:me|nos)|m[áa]nde(?:me|nos)|env[íi]e(?:me|nos)) un mensaje (?:por|al|en) (?:whats\s?app|telegram)|(?:sigamos|continuemos|seguir|continuar)(?: (?:la|nuestra|esta) conversaci[óo]n)? (?:por|en|a trav[ée]s de|v[íi]a) (?:whats\s?app|telegram|wechat)|(?:habla|hable|escribe|escriba|contacta|contacte)(?: con)? (?:a )?(?:nuestr[oa]s?|mi|mis) (?:[^\s.!?]+ ){0,2}?(?:por|en|a trav[ée]s de|v[íi]a) (?:whats\s?app|telegram|wechat)`),
  foreign('me chame no WhatsApp', 'whatsapp whats zap telegram wechat', String.raw`(?:me )?(?:chame|chama|escreva|escreve|mande mensagem|manda mensagem|fale comigo|adicione|adiciona|contate|contacte|entre em contato|entra em contato)(?:-me)?(?: comigo)? (?:no|pelo|por|via|em) (?:whats\s?app|zap|telegram|wechat)|(?:fale|falar|converse|conversar|contate|contacte|contatar|contactar|escreva|escrever)(?: com)? (?:o |a |os |as )?(?:noss[oa]s?|meu|minha|meus|minhas) (?:[^\s.!?]+ ){0,2}?(?:no|pelo|via|por) (?:whats\s?app|zap|telegram|wechat)|(?:continuar|continuemos|vamos continuar|seguir|prosseguir)(?: (?:a|nossa|esta|essa) conversa)? (?:no|pelo|via|por) (?:whats\s?app|zap|telegram|wechat)`),
  foreign('stuur me een bericht via WhatsApp', 'whatsapp whats telegram wechat', String.raw`(?:stuur|app|bericht|contacteer|benader)(?: me| mij| ons| u)?(?: even| gerust| maar)* (?:een )?(?:bericht(?:je)? )?(?:via|op|per|in) (?:whats\s?app|telegram|wechat)|voeg (?:me|mij|ons) (?:even |gerust )?toe (?:op|via|in) (?:whats\s?app|telegram|wechat)|neem (?:gerust |even )?contact (?:met (?:me|mij|ons) )?op (?:via|per) (?:whats\s?app|telegram|wechat)|(?:laten|zullen|kunnen) we (?:[^\s.!?]+ ){0,3}?(?:op|via|in) (?:whats\s?app|telegram|wechat)(?: (?:verder|verderpraten|praten|chatten))?|(?:neem contact op met|stuur een bericht naar|app|mail) (?:onze|mijn|ons) (?:[^\s.!?]+ ){0,2}?(?:via|op|per) (?:whats\s?app|telegram|wechat)`),
  // Swedish, Indonesian, Polish, Turkish and Hindi-English, for their commonest pitches: the sales
  // opener, the price, the CV asked for, off the network at once, the wrong number.
  foreign('vi hjälper företag', 'hjälper', String.raw`(?:jag hjälper|vi hjälper) (?:[\w\u00C0-\u024F-]+ ){0,3}?[\w\u00C0-\u024F-]*?(?:företag|bolag|organisationer|team|startups|grundare|ledare|kunder|varumärken|byråer|chefer|banker)`),
  foreign('skicka ditt CV', 'cv meritförteckning', String.raw`(?:skicka|maila|mejla|e-posta)(?: mig| oss)?(?: gärna| bara| in| över)* (?:ditt|ert) (?:uppdaterade |senaste |aktuella )?(?:cv|meritförteckning)`),
  foreign('skriv till mig på WhatsApp', 'whatsapp whats telegram', String.raw`(?:skriv|messa|sms:a|kontakta|hör av dig|lägg till)(?: till)?(?: mig| oss)?(?: gärna)? (?:på|via|i) (?:whats\s?app|telegram)`),
  foreign('kami membantu perusahaan', 'membantu bantu', String.raw`(?:kami|saya) (?:siap )?(?:membantu|bantu) (?:[\w-]+ ){0,3}?(?:perusahaan|bisnis|startup|brand|tim|klien|umkm|usaha)`),
  foreign('harga bersaing', 'harga', String.raw`harga (?:yang )?(?:sangat )?(?:bersaing|terjangkau|kompetitif|murah|bersahabat)`),
  foreign('kirimkan CV Anda', 'cv', String.raw`kirim(?:kan)?(?: saja| segera)? cv (?:anda|kamu|terbaru anda)`),
  foreign('hubungi WhatsApp saya', 'hubungi kontak japri', String.raw`(?:hubungi|kontak|japri)(?: saya| kami)?(?: (?:di|lewat|via|melalui|ke))? (?:whats\s?app|wa|telegram)`),
  foreign('maaf, salah orang', 'salah', String.raw`(?:maaf|sori|sorry|oh|ups|aduh),? (?:[^\s.!?]+ ){0,2}salah (?:orang|nomor|kirim|sambung)`),
  foreign('prześlij CV', 'cv', String.raw`(?:prześlij|przeslij|wyślij|wyslij|prosz[ęe] o przesłanie|prosimy o przesłanie|prosz[ęe] przesłać|prosimy przesłać)(?: (?:mi|nam))?(?: swoje| swojego| aktualne)? cv`),
  foreign('napisz do mnie na WhatsApp', 'whatsapp whats telegram', String.raw`(?:napisz|napiszcie|odezwij si[ęe]|skontaktuj si[ęe]|dodaj mnie)(?: do mnie| ze mną)? (?:na|przez|w) (?:whats\s?app(?:ie)?|telegram(?:ie)?)`),
  foreign('uygun fiyatlarla', 'uygun', String.raw`uygun (?:fiyat(?:lar)?(?:la|larla|a)?|maliyet(?:le)?)`),
  foreign('kam cost pe', 'kam', String.raw`(?:bahut |kaafi )?kam (?:cost|price|rate|daam|keemat|kimat|budget) (?:pe|par|mein)`),
  // Off the network at once in Turkish, Russian, Arabic, Chinese, Japanese and Korean ("WhatsApp'tan
  // yazın", "пишите в Telegram", "راسلني على واتساب", "加我微信", "LINEで連絡", "텔레그램으로 연락"), and
  // a romance opener in Turkish, Polish, Hindi-English and Italian ("arkadaş olabilir miyiz?",
  // "możemy się zaprzyjaźnić?", "dosti karoge?", "sei single?").
  foreign("WhatsApp'tan yazın", 'whatsapp whats telegram', String.raw`(?:whats\s?app|telegram)(?:['’]?(?:tan|dan|a|e|ye|ya))? (?:(?:üzerinden|uzerinden|ile) )?(?:yaz[ıi]n(?:[ıi]z)?|yaz|yazabilirsiniz|ula[şs][ıi]n|ula[şs]abilirsiniz|ula[şs]|mesaj at[ıi]n|mesaj at|ileti[şs]ime ge[çc]in|d[öo]n[üu][şs] yap[ıi]n|ekleyin)`),
  inScript('пишите в Telegram', String.raw`(?:пиши(?:те)?|напиши(?:те)?|свяжитесь|связывайтесь|добавь(?:те)?|добавляйтесь|обращайтесь|стучите)(?:\s+(?:мне|нам|со мной|с нами|меня))?\s+(?:в|на|через)\s+(?:telegram|whats\s?app|viber|телеграм+[еу]?|телегу|ватсап[еу]?|вотсап[еу]?|вацап[еу]?|вайбер[еу]?)`),
  inScript('راسلني على واتساب', String.raw`(?:راسلني|راسلنا|تواصل معي|تواصلوا معي|تواصل معنا|تواصلوا معنا|كلمني|اتصل بي|أضفني|اضفني|أرسل|ارسل|ابعث)(?:\s+[^\s.!?]+){0,6}?\s+(?:(?:على|عبر|في)\s+)?(?:بال|ال|ب)?(?:واتساب|واتس\s?اب|تيليجرام|تلغرام|تليجرام)`),
  inScript('加我微信', String.raw`加(?:我|一下我?)(?:的)?(?:微信|whats\s?app|telegram|电报|飞机|line|qq)|(?:微信|微信号|电报|飞机号)\s*[:：]|(?:微信|电报|telegram|whats\s?app)(?:上)?(?:联系|私聊)`),
  inScript('LINEで連絡', String.raw`(?:line|ライン|テレグラム|telegram|whats\s?app)(?:で|にて)(?:詳しく|連絡|お話|ご連絡|やり取り|友達|お気軽)|(?:line|ライン)(?:を)?(?:追加|交換)`),
  inScript('텔레그램으로 연락', String.raw`(?:텔레그램|카카오톡|카톡|오픈채팅|왓츠앱|위챗)(?:으로|로|에서|에|방)?\s?(?:연락|문의|메시지|메세지|추가|초대)`),
  inScript('格安でご提供', String.raw`格安で(?:ご提供|提供|対応|開発|制作)`),
  foreign('arkadaş olabilir miyiz?', 'arkadaş arkadas canım canim yakışıklı yakisikli tatlım tatlim', String.raw`arkada[şs] olabilir miyiz|arkada[şs] olal[ıi]m m[ıi]|(?:merhaba|selam),? (?:can[ıi]m|yak[ıi][şs][ıi]kl[ıi]|tatl[ıi]m)(?=\s*(?:[,!.]|$))`),
  foreign('możemy się zaprzyjaźnić?', 'zaprzyjaźnić zaprzyjaznic przystojniaku przyjaciółmi przyjaciolmi', String.raw`mo[żz]emy si[ęe] zaprzyja[źz]ni[ćc]|(?:cze[śs][ćc]|hej|witaj),? przystojniaku|(?:mo[żz]emy|mogliby[śs]my) (?:by[ćc]|zosta[ćc]) przyjaci[óo][łl]mi`),
  foreign('dosti karoge?', 'dosti', String.raw`dosti kar(?:oge|ogi|enge|ogey|na chahti|na chahte|na chahoge)`),
  foreign('sei single?', 'single caro cara', String.raw`sei single|(?:ciao|buongiorno|buonasera),? car[oa](?=\s*(?:[,!.]|$))`),
  foreign('scrivimi su WhatsApp', 'whatsapp whats telegram', String.raw`(?:scrivi(?:mi|ci)|scriva(?:mi|ci)|contatta(?:mi|ci)|contatti(?:mi|ci)|aggiungi(?:mi|ci)|mandami un messaggio|sentiamoci|parliamo(?:ne)?)(?: pure)? (?:su|via|tramite|in|per) (?:whats\s?app|telegram)`),
  // Their event on offer, as the English "invite you to our webinar", "register here", and a stand
  // or sponsorship at a price (the English "a fee to be featured"). Not a host asking the reader
  // on as a speaker or guest.
  foreign('je vous invite à notre webinaire', "vous t'invite t’invite inscrivez inscris", String.raw`(?:je|nous) (?:vous |t['’])invit(?:e|ons)(?: (?:cordialement|personnellement))? (?:[àa] (?:notre|nos|un|une|ce|cet|cette)|au|aux) (?:[^\s.!?]+ ){0,3}?(?:webinaires?|webinars?|masterclass|ateliers?|[ée]v[ée]nements?|conf[ée]rences?|petit-d[ée]jeuner|d[îi]ner|salon|s[ée]minaires?|formations?|d[ée]mo)${NOT_AS_SPEAKER}|inscrivez[\s-]vous|inscris[\s-]toi`),
  foreign('wir laden Sie zu unserem Webinar ein', 'lade laden anmelden', String.raw`(?:lade|laden) (?:ich |wir )?(?:sie|dich|euch) (?!(?:[^\s.!?]+ ){0,2}als (?:speaker|sprecher|referent|redner|gast|keynote))(?:[^\s.!?]+ ){0,4}?(?:zu|auf|in|an) (?:unser(?:e[mnrs]?)?|ein(?:e[mnr]?)?) (?:[^\s.!?]+ ){0,2}?(?:webinars?|messen?|veranstaltung(?:en)?|events?|workshops?|konferenz(?:en)?|masterclass|seminar(?:e)?|fr[üu]hst[üu]ck)${NOT_AS_SPEAKER}|(?:jetzt|hier) anmelden|melden sie sich (?:jetzt |hier )?an`),
  foreign('te invito a nuestro webinar', 'invito invitamos inscríbete inscribete inscríbase inscribase regístrate registrate regístrese registrese', String.raw`(?:te|le|os|les) invit(?:o|amos) (?:a|al) (?:nuestr[oa]s? |un |una |el |la )?(?:[^\s.!?]+ ){0,3}?(?:webinars?|webinarios?|eventos?|talleres?|masterclass|conferencias?|jornadas?|desayunos?|demos?|feria)${NOT_AS_SPEAKER}|inscr[íi]b(?:ete|ase)|reg[íi]str(?:ate|ese)`),
  foreign('convidamos para o nosso webinar', 'convid* inscreva inscreve', String.raw`(?:convid(?:o|amos)(?:-[ao]s?|-lhe|-te)?|gostar(?:[íi]amos|ia) de (?:o |a |te |lhe )?convidar) (?:voc[êe] )?(?:para|a) (?:o |a )?(?:noss[oa]s? |um |uma )(?:[^\s.!?]+ ){0,3}?(?:webinars?|webin[áa]rios?|eventos?|workshops?|masterclass|confer[êe]ncias?|cimeira|pequeno-almo[çc]o|feira|summit)|inscreva[\s-]se|inscreve[\s-]te`),
  foreign('ik nodig je uit voor ons webinar', 'nodig nodigen schrijf', String.raw`nodig(?:en)? (?:ik |wij |we )?(?:je|jou|u|jullie) (?:graag |van harte |hierbij )*uit (?:voor|op|bij) (?:ons|onze|een|het|de) (?:[^\s.!?]+ ){0,3}?(?:webinars?|evenement(?:en)?|events?|workshops?|masterclass|seminars?|beurs|congres|ontbijtsessie|demo)|schrijf (?:je|u) (?:nu |hier )?in`),
  foreign('pacotes de patrocínio', 'pacote* paquete* offre* formule* sponsoring* exposant* standpaket* ausstellerpaket* sponsorpaket* sponsorpakket* standpakket*', String.raw`(?:(?:pacotes?|paquetes?) de (?:patroc[íi]nio|expositor(?:es)?|stand)|(?:packs?|packages?|offres?|formules?) (?:de )?(?:sponsoring|exposants?)|(?:stand|aussteller|sponsor|sponsoring)pakete?|(?:sponsor|stand)pakket(?:ten)?)[^.!?\n]{0,40}?${AMOUNT}`),
  // The thirteenth pass's pitches, each read only where one of its rarer words is (see `gated`).
  // A salesperson's discovery question in the middle of a sentence ("just curious how you're
  // currently handling your CRM hygiene?"). Not "how you handled it back then".
  gated('how are you handling … today?', 'handling managing tackling approaching solving', /\bhow (?:you(?:['’]re| are)|your team (?:is|are)|(?:you|your team) (?:guys )?are) currently (?:handling|managing|tackling|approaching|dealing with|solving)\b/i),
  // A reply of one word asked for ("Want to see examples? Just reply YES"), as mass sends do. Not
  // the writer's own "I'd reply yes".
  gated('just reply YES', 'yes', /(?<!\b(?:i|we|they|would|i['’]d|we['’]d|will|i['’]ll) (?:just |simply )?)\breply (?:with )?["“'‘]?yes\b/i),
  // Something free on offer: "free samples this month", "Want a free mockup?". Not thanks for free
  // samples had ("thanks for the free samples at your booth").
  gated('free samples', 'sample samples mockup mockups mock-up mock-ups redesign prototype', /\bfree (?:samples?|mock-?ups?|redesign|prototype|design mock-?ups?)\b(?<!\b(?:thanks|thank you|thx) for (?:the |your |those |all the |a )?free [\w-]+)(?<!\b(?:gave|handed|got|received|loved|enjoyed|liked|tried|grabbed|tasted|took|had|made|built|drew|did)(?: out| away)? (?:some |the |your |those |all the |a )?free [\w-]+)/i),
  // Selling for "companies like yours" ("we're booking 40 demos/month for companies like yours"), or
  // to a lot of companies in the reader's space ("I help" and "we partner with" them have their own
  // rows). Not "I'd love to learn how companies like yours…", nor "I'd love to work for companies
  // like yours".
  gated('companies like yours', 'yours space', /\b(?:companies|businesses|startups|start-ups|brands|teams|firms|agencies|organi[sz]ations|clients) like yours\b(?<=\b(?:for|serve|serving|support(?:ing)?) (?:[\w-]+ ){0,2}?\w+ like yours)(?<!\bwork(?:s|ed|ing)? for (?:[\w-]+ ){0,2}?\w+ like yours)|\b(?:companies|startups|businesses|teams|brands|firms) in your (?:space|industry|vertical|niche|sector)\b(?<=\b(?:i|we) (?:work|partner) with (?:a lot of|lots of|many|dozens of|hundreds of|plenty of|several) (?:[\w-]+ ){0,2}?\w+ in your \w+)/i),
  // Meetings sold by the month ("we're booking 40 demos/month", "adding 20+ qualified demos to your
  // calendar every month", "on a pay-per-meeting basis"). Not "I did 12 demos a week at Stripe". ("We
  // book 20+ meetings" is a vendor's pitch already.)
  gated('qualified meetings a month', 'qualified demos appointments pay-per-meeting pay-per-appointment pay-per-lead pay-per-demo', /\b(?:demos|meetings|appointments|sales calls|calls)\b(?<=\b(?:book(?:ing|s)|add(?:ing|s)?|deliver(?:ing|s)|get(?:ting)?|generat(?:ing|es)|bring(?:ing|s)|fill(?:ing|s)?|land(?:ing|s)?|guarantee(?:d|ing|s)?|set(?:ting)?) (?:you )?(?:up to |over |at least )?\d{1,3}\+? (?:qualified |sales[\s-]qualified |booked |new )?(?:demos|meetings|appointments|sales calls|calls))(?=\s?\/\s?(?:month|mo|week)\b|(?: (?:to|in|on|into) your (?:calendar|diary|pipeline))? (?:a|per|every|each) (?:month|week)\b|(?: (?:to|in|on|into) your (?:calendar|diary|pipeline))? (?:monthly|weekly)\b)|\bpay[\s-]per[\s-](?:meeting|appointment|lead|demo)\b/i),
  // A list of attendees or contacts for sale ("acquiring the attendees list of Web Summit 2026?
  // 70,000 verified contacts"). Not "I saw your name on the attendee list - the ticket price was
  // steep".
  gated('a contact list for sale', 'attendee attendees contacts emails', /\battendee(?:s['’]?)? (?:list|lists|data|database|contacts?|emails?)\b(?=[^\n]{0,120}?\b(?:pricing|purchase|buy|acquir\w*|for sale)\b)|\b(?:acquir(?:e|ing)|purchas(?:e|ing)|buy(?:ing)?) (?:the |our |a |an )?(?:[\w-]+ ){0,3}?(?:attendees?|contacts?|email|leads?|b2b|decision[\s-]makers?) (?:list|lists|database|data)\b|\b\d[\d,.]{0,10}\+? verified (?:contacts|emails|email addresses|leads|decision[\s-]makers)\b/i),
  // Their verdict on the reader's website, to sell a new one ("Your website looks a bit outdated").
  gated('your website looks outdated', 'outdated dated old-fashioned', /\b(?:website|site|web ?site|landing page|branding|logo)\b(?<=\byour (?:\w+ )?(?:website|site|web ?site|landing page|branding|logo))(?= (?:looks|seems|is|feels) (?:a (?:bit|little) |quite |very |pretty |somewhat |rather )?(?:outdated|dated|old-fashioned)\b)/i),
  // A sale with a clock on it ("40% early bird discount ends tonight!"), or the reader's salary
  // doubled ("want to double your salary in 6 months?"). Not a deal that "closes tomorrow", nor the
  // writer's own job offer that expires.
  gated('a discount that ends tonight', 'ends expires closes', /\b(?:discount|offer|sale|pricing|price)s? (?:ends|expires|closes)\b(?<!\bmy (?:job )?offers? \w+)(?= (?:tonight|today|at midnight|in \d{1,2} hours|tomorrow|soon)\b|\s*[!.])|\bearly[\s-]?bird (?:discount|price|pricing|offer|rate)s?\b(?=[^.!?\n]{0,40}\b(?:ends|expires|closes)\b)/i),
  gated('double your salary', 'salary salaries', /\b(?:double|triple|10x) your (?:salary|pay|paycheck|paycheque)\b/i),
  // Their free offer parked on their profile ("my free masterclass is in my featured section!", "check
  // out my latest webinar"). Not "thanks for commenting on my featured post", nor "my new webinar
  // borrowed your diagram".
  gated('my free masterclass', 'featured masterclass webinar ebook e-book', /\b(?:in|on|check(?: out)?|see|visit) my featured (?:section|tab|links?)\b|\b(?:check(?: out)?|see|visit) my featured(?: posts?)?\b|\b(?:(?<=\b(?:check out|join|watch|attend|grab|download|register for|sign up for|see|in|is) )my (?:latest|new)|my free) (?:masterclass|webinar|e-?book|guide|training|challenge|mini[\s-]course)\b/i),
  // A sponsorship sold: "We'd love to have Relay Labs as a Gold sponsor", "Packages from $12k",
  // "Shall I send the prospectus?". Not thanks to a past sponsor.
  gated('a fee to be featured', 'sponsor sponsors prospectus packages', /\bsponsors?\b(?<=\b(?:love|like|want|delighted|keen|invite \w+) (?:[\w-]+ ){0,4}?as (?:a|an|our|one of our) (?:gold|silver|platinum|bronze|title|headline|diamond|premium|lead|official) sponsors?)|\bpackages? (?:from|start(?:ing)? (?:at|from)) (?:just |only )?[$€£]\s?\d|\b(?:send|share) (?:you )?(?:the|our) (?:sponsorship |exhibitor )?prospectus\b/i),
  // A security scan of the reader's site, to sell the fix ("our scan found 3 critical
  // vulnerabilities on relaylabs.io"). Not a bug reported in a library, nor a researcher who says
  // they reported or disclosed it (a CVE, a bug bounty) before or after.
  gated('we scanned your site', 'scan audit', /\b(?:scan|audit)\b(?<=\b(?:our|my|a quick|a free|an automated|a routine|a passive) (?:security |seo |site |website |vulnerability |pen(?:etration)? )?(?:scan|audit)) (?:found|detected|revealed|identified|flagged|showed|uncovered) (?:\d{1,3} |several |some |multiple |a few )?(?:critical |serious |high[\s-]risk |major )?(?:vulnerabilit(?:y|ies)|issues|security (?:issues|holes|flaws)|errors|problems)(?= on (?:your (?:site|website|domain|web ?app|app|servers?|login page|store)\b|[\w-]{1,60}\.[a-z]{2,6}\b))(?![^\n]{0,300}?\b(?:disclos\w*|bug bounty|cve|hackerone|bugcrowd|reported (?:it|them|this|these|the issues?))\b)(?<!\b(?:disclos\w*|bug bounty|cve|hackerone|bugcrowd|reported)\b[^\n]{0,300})/i),
  // A romance or adult lure: "searching for honest people", "hey cutie", "add me on snap",
  // "for private pics". Not "looking for honest feedback", nor "searching for honest people to test
  // our beta".
  gated('a romance opener', 'honest trustworthy sincere cutie sexy babe hottie snap snapchat kik pics', /\bsearching for (?:an? )?(?:honest|trustworthy|sincere|god[\s-]?fearing|kind[\s-]?hearted|caring) (?:people|person|man|woman|men|women|friends?|soul)\b(?! to (?:test|try|join|review|work|help|give)\b)|\blooking for (?:an? )?(?:honest|trustworthy|sincere|god[\s-]?fearing|kind[\s-]?hearted|caring) (?:man|woman|men|women|friends?|soul ?mate|soul)\b|\b(?:hey|hi|hello) (?:there )?(?:cutie|sexy|babe|hottie)\b|\badd me on (?:snap(?:chat)?|kik)\b|\bfor private (?:pics|photos|videos|content)\b/i),
  // A stranger's greeting to a customer or a taxpayer: "Dear taxpayer,", "Dear valued customer," (not
  // "Dear customer success leaders").
  gated('Dear Sir/Madam', 'taxpayer customer beneficiary', /\bdear (?:valued )?(?:taxpayer|customer|beneficiary|account holder)\b(?=\s*(?:[,!.:;]|$))/i),
  // The pitches of the other languages: meetings sold by the count and the month ("15-20 qualifizierte
  // Termine pro Monat"; not "dein Tipp hat uns 20 qualifizierte Leads gebracht"; not
  // "plus de rendez-vous qualifiés" alone, which the sales opener before it has said), the Italian hand-off to WhatsApp
  // ("ti va di conoscerci meglio su WhatsApp?") and praise ("mi sembri una persona speciale").
  foreign('qualifizierte Termine', 'qualifizierte* qualifizierten', String.raw`(?:\d{1,3}(?:\s?[-–]\s?\d{1,3})?\+? qualifizierte[n]? (?:termine[n]?|gespr[äa]che[n]?|leads|meetings|demos))(?: [^\s.!?]+){0,3} (?:pro|im|je|jeden|par|chaque|al|por|cada|per|a|ogni|every|in de) (?:monat|woche|mois|semaine|mes|semana|m[êe]s|maand|week|mese|settimana)`),
  foreign('rendez-vous qualifiés', 'qualifiés qualifies', String.raw`(?:\d{1,3}\+? rendez-vous (?:b2b )?qualifi[ée]s)(?: [^\s.!?]+){0,3} (?:pro|im|je|jeden|par|chaque|al|por|cada|per|a|ogni|every|in de) (?:monat|woche|mois|semaine|mes|semana|m[êe]s|maand|week|mese|settimana)`),
  foreign('reuniones cualificadas', 'cualificadas calificadas', String.raw`(?:\d{1,3}\+? (?:citas|reuniones|demos) (?:b2b )?(?:cualificadas|calificadas))(?: [^\s.!?]+){0,3} (?:pro|im|je|jeden|par|chaque|al|por|cada|per|a|ogni|every|in de) (?:monat|woche|mois|semaine|mes|semana|m[êe]s|maand|week|mese|settimana)`),
  foreign('reuniões qualificadas', 'qualificadas', String.raw`(?:\d{1,3}\+? (?:reuni[õo]es|demos) (?:b2b )?qualificadas)(?: [^\s.!?]+){0,3} (?:pro|im|je|jeden|par|chaque|al|por|cada|per|a|ogni|every|in de) (?:monat|woche|mois|semaine|mes|semana|m[êe]s|maand|week|mese|settimana)`),
  foreign('gekwalificeerde afspraken', 'gekwalificeerde', String.raw`(?:\d{1,3}\+? gekwalificeerde (?:afspraken|leads|gesprekken|demo['’]?s))(?: [^\s.!?]+){0,3} (?:pro|im|je|jeden|par|chaque|al|por|cada|per|a|ogni|every|in de) (?:monat|woche|mois|semaine|mes|semana|m[êe]s|maand|week|mese|settimana)`),
  foreign('appuntamenti qualificati', 'qualificati', String.raw`(?:\d{1,3}\+? (?:appuntamenti|incontri|demo) (?:b2b )?qualificati)(?: [^\s.!?]+){0,3} (?:pro|im|je|jeden|par|chaque|al|por|cada|per|a|ogni|every|in de) (?:monat|woche|mois|semaine|mes|semana|m[êe]s|maand|week|mese|settimana)`),
  foreign('scrivimi su WhatsApp', 'whatsapp whats telegram', String.raw`(?:conoscerci|sentirci|parlarci|chattare|continuare|proseguire)(?: meglio| in privato)? (?:su|via|tramite|in|per) (?:whats\s?app|telegram)`),
  foreign('sei single?', 'speciale', String.raw`(?:mi sembri|sembri) (?:una )?persona (?:speciale|dolcissima|meravigliosa)`),
  // The fourteenth pass's pitches, each read only where one of its rarer words is (see `gated`).
  // Work done for the reader "on autopilot" ("book calls on autopilot", "sends 100 invites a day on
  // autopilot"). Not "my brain was on autopilot", nor "running Kafka on autopilot".
  gated('on autopilot', 'autopilot', /\bon autopilot\b(?<=\b(?:calls|meetings|leads|emails|invites|invitations|messages|posts|demos|outbound|outreach|pipeline|prospects|appointments)\b[^.!?\n]{0,60}on autopilot)/i),
  // Their portfolio offered ("May I share our portfolio?", "Posso te mandar nosso portfólio?"). Not
  // an investor's portfolio companies.
  gated('may I share our portfolio', 'portfolio', /\b(?:may|can|could|shall) (?:i|we) (?:share|send)(?: you| over)? (?:our|my) (?:[\w-]+ )?portfolio\b(?! compan)/i),
  foreign('posso mandar nosso portfólio', 'portfólio portfolio', String.raw`(?:posso|podemos) (?:te |lhe )?(?:mandar|enviar|compartilhar|partilhar) (?:o )?(?:nosso|meu) portf[óo]lio`),
  foreign('puedo enviarte nuestro portfolio', 'portfolio portafolio portafolios', String.raw`(?:puedo|podemos|podr[íi]a) (?:enviarte|enviarle|mandarte|mandarle|compartirte|compartirle|compartir) (?:nuestro|mi) porta?folio`),
  foreign('puis-je vous envoyer notre portfolio', 'portfolio', String.raw`(?:puis|pouvons)[\s-](?:je|nous) (?:vous|t['’]) ?(?:envoyer|partager|transmettre) (?:notre|mon) portfolio`),
  foreign('darf ich Ihnen unser Portfolio schicken', 'portfolio', String.raw`(?:darf|kann|d[üu]rfen|k[öo]nnen) (?:ich|wir) (?:ihnen|dir) (?:gerne |kurz )?unser(?:en)? portfolio`),
  foreign('mag ik ons portfolio sturen', 'portfolio', String.raw`(?:mag|kan|mogen|kunnen) (?:ik|we|wij) (?:u|je|jou) (?:ons|mijn) portfolio`),
  // Email set up to send cold at volume: "50 warmed-up domains and mailboxes".
  gated('warmed-up inboxes', 'warmed-up warmed pre-warmed', /\b(?:pre-?warmed|warmed[\s-]up) (?:[\w-]+ )?(?:domains|mailboxes|inboxes|email accounts|sending accounts|senders)\b/i),
  // Their verdict on what the reader loses ("that's costing you signups").
  gated('costing you signups', 'costing', /\bcosting you (?:\w+ )?(?:signups|sign-ups|leads|sales|customers|revenue|conversions|deals|traffic|users)\b/i),
  // A booking agent's placements ("we place founders as guests on top-50 tech podcasts").
  gated("a booking agent's pitch", 'podcasts', /\b(?:we|i) (?:place|book|land|get) (?:\w+ )?(?:founders|ceos|executives|clients|experts|leaders|you) (?:as (?:a )?guests? )?on (?:[\w-]+ ){0,3}?podcasts\b/i),
  // Paying to speak: "you've been nominated to speak at … Speaker packages include … a VIP gala".
  gated('a fee to be featured', 'nominated selected shortlisted chosen handpicked hand-picked', /\byou(?:['’]ve| have) been (?:nominated|selected|shortlisted|chosen|handpicked|hand-picked) (?:to speak|as (?:a |an )?(?:speaker|panelist|panellist|honoree|nominee)|for (?:an? |the )?(?:[\w-]+ ){0,2}?(?:award|honou?r|feature))\b(?=[^\n]{0,200}?\b(?:packages?|fees?|vip|gala|media coverage|sponsorship)\b)/i),
  // A discovery question without "currently": "curious how you're managing your CRM today?".
  gated('how are you handling … today?', 'handling managing tackling approaching solving', /\bhow (?:you(?:['’]re| are)|your team (?:is|are)) (?:handling|managing|tackling|approaching|dealing with|solving)\b[^?.!\n]{1,60}?\b(?:today|at the moment|right now|these days)\?/i),
  // A free consultation offered, asked about ("Free consultation this week?"); not one thanked for or told of.
  gated('a free audit', 'consultation consultations', /\bfree (?:[\w-]+ )?consultations?\b(?<!\b(?:thanks|thank you|thx) for (?:the |your |a |that )?free (?:[\w-]+ )?consultations?)(?=[^.!?\n]{0,30}\?)/i),
  // A vendor of people: "we're a nearshore team in Kraków", "we are an offshore development company".
  gated('we are a nearshore team', 'nearshore near-shore offshore outsourcing', /\b(?:we(?:['’]re| are)|i(?:['’]m| am) (?:with|from)|i (?:run|lead)) (?:an? )?(?:[\w-]+ ){0,2}?(?:nearshore|near-shore|offshore|outsourcing) (?:team|company|partner|agency|firm|studio|development|software|dev shop|provider)\b/i),
  foreign('prețuri competitive', 'prețuri preturi externalizat*', String.raw`(?:la )?pre[țţt]uri competitive|dezvoltare (?:de )?software externalizat[ăa]`),
  // A free trial: "Try it free for 14 days!".
  gated('try it free', 'try', /\btry (?:it|us|[\w-]+) (?:out )?(?:for )?free\b(?!-)(?: for \d{1,2} days)?/i),
  // Spots opened in their programme: "I've just opened 3 spots in my 12-week Founder Clarity program".
  gated('only 10 seats', 'spots seats places', /\b(?:opened|opening|have|got|only) (?:up )?(?:\d{1,2}|a few|two|three|four|five) (?:more )?(?:spots|seats|places)\b(?= (?:left )?in (?:my|our) (?:[\w-]+ ){0,4}?(?:program(?:me)?|coaching|mastermind|cohort|course|accelerator|community|group|challenge)\b)/i),
  // A wrong-person opener with a date that never was: "is this still your LinkedIn? We were supposed
  // to meet for the wine tasting on Saturday". Not an old friend's "is this still your LinkedIn?" alone.
  gated('a wrong-number opener', 'supposed', /\bis this still your (?:linkedin|number|whats\s?app|account|profile)\b(?=[^\n]{0,120}?\bwe were supposed to\b)/i),
  // Friends from other trades, the pig-butchering opener: "nice to make friends with people from
  // different industries".
  gated('a romance opener', 'friends', /\bfriends with (?:people|someone|others) (?:from|in|of) (?:different|other|various|all) (?:industries|fields|countries|backgrounds|walks of life|professions)\b/i),
  // The talk moved to a messenger, asked: "Can we chat on WhatsApp? It's easier for me."
  gated('continue on WhatsApp or Telegram', 'whatsapp whats telegram wechat', /\b(?:whats\s?app|telegram|wechat)\b(?<=\b(?:can|could|shall|may) (?:we|i) (?:chat|talk|continue|speak|text|move)(?: \S+){0,2} (?:on|via|over|through|in|to) (?:whats\s?app|telegram|wechat))/i),
  // CVs offered for a fee on hire: "Shall I send CVs?". Not a candidate's own CV.
  gated('shall I send CVs', 'cvs resumes résumés profiles', /\b(?:shall|should|can|may) i (?:send|share|forward) (?:you )?(?:their |some |the |a few |\d{1,2} )?(?:cvs|resumes|résumés|candidate profiles)\b/i),
  // The same in Turkish: "Telegram grubumuza katılın".
  foreign("WhatsApp'tan yazın", 'telegram whatsapp whats', String.raw`(?:telegram|whats\s?app) (?:grubumuza|kanal[ıi]m[ıi]za|grubuma|kanal[ıi]ma)`),
  // The fifteenth pass's pitches and lures, each read only where one of its rarer words is (see
  // `gated`).
  // A stand at their event sold to the reader ("We'd like to invite Ledgerly to exhibit at FutureTech
  // Summit 2027 - booths from EUR 4,900"), a sum beside it. Not a free demo night, nor a past show.
  gated('a fee to be featured', 'exhibit', new RegExp(String.raw`\bexhibit\b(?<=\b(?:invite|inviting|have|welcome|like|love|want) (?:[\w&.'’-]{1,40} ){1,3}to exhibit)(?=[^\n]{0,120}?${SUM})`, 'i')),
  // A job interview moved to Signal ("The hiring manager will interview you over Signal chat"), as
  // fake recruiters do. Not a journalist's "can I interview you over Signal for my article?", which
  // names no job, nor signal processing.
  gated('continue on Signal', 'signal', /\b(?:interview|screen|chat with|talk to|talk with|speak to|speak with|call|meet) you (?:over|on|via|through|using) signal\b(?!\s*(?:processing|strength|boost|handling|protocol|'s|’s)\b)(?<=\b(?:hiring|recruit\w{0,6}|role|position|job|vacancy|candidate|hr|talent)\b[^\n]{0,200})/i),
  // Mass outreach said outright: "I'm reaching out to a few leaders in your space", "to a handful of
  // founders in your industry". Not "reaching out to a few speakers to plan a dinner". Read only
  // where the reader's space or industry is named: "reaching out" is in too many notes to be a key.
  gated('reaching out to leaders like you', 'space industry sector niche vertical', /\breaching out to (?:a (?:few|handful of|number of|select (?:few|group of)|small group of)|some|several|many|various|select|\d{1,3}) (?:[\w-]+ ){0,2}?(?:leaders|founders|executives|ctos|ceos|cfos|cmos|vps|directors|heads|managers|professionals|experts|people|engineers|marketers|decision[\s-]makers|peers|companies|teams) (?:in|across|within) (?:your|the same) (?:space|industry|sector|niche|vertical)\b/i),
  // A stranger's praise of the reader's character, how romance and pig-butchering scams open ("you
  // look like a very kind and honest person"). Not "you look like a kind person to ask".
  // One of its rarer words is the key: "kind" and "nice" alone are in too many notes.
  gated('a romance opener', 'kind-hearted honest sweet gentle caring sincere trustworthy', /\byou (?:look|seem|sound) like (?:a |an |such an? )?(?:very |really |so |truly )?(?:(?:kind|nice) and (?:very |really )?(?:kind-hearted|honest|sweet|gentle|caring|sincere|trustworthy)|(?:kind-hearted|honest|sweet|gentle|caring|sincere|trustworthy)(?: and (?:very |really )?(?:kind|kind-hearted|honest|sweet|gentle|caring|sincere|nice|trustworthy|humble))?) (?:person|man|woman|gentleman|lady|soul|guy|girl)\b(?! to (?:ask|talk|work|learn|reach|contact|help|know)\b)/i),
];

// What LinkedIn and friends write when the sender writes nothing of their own.
const TEMPLATE_PHRASES: readonly RegExp[] = [
  /\bi(?:'| woul)d like to (?:add you to|join) (?:my|your) (?:professional |linkedin )?network(?: on linkedin)?\b/g,
  /\bi(?:'| a)m (?:expanding|growing|building) my (?:professional )?network\b/g,
  /\b(?:to )?(?:expand|grow|broaden|widen) my (?:professional )?network\b/g,
  /\b(?:with|to|of) like ?minded (?:people|professionals|individuals|folks)\b/g,
  /\b(?:i(?:'| woul)d )?(?:like|love) to connect(?: with you)?\b/g,
  /\blet(?:'| u)s (?:connect|stay connected|stay in touch)\b/g,
  /\b(?:please )?accept my (?:connection )?(?:request|invitation|invite)\b/g,
  /\b(?:looking forward to|happy to|great to|glad to) (?:connect(?:ing)?|be connected)(?: with you)?\b/g,
  /\b(?:i )?(?:hope|wish) you(?: are|'re| re) (?:doing )?well\b/g,
  /\b(?:i )?hope (?:this|my) (?:message|note|email|e mail) finds you well\b/g,
  /\b(?:i(?:'d| would) )?be (?:honou?red|delighted|glad|happy|pleased) to connect(?: with you)?\b/g,
  /\bi (?:want|wanted|would like|'d like) to connect(?: with you)?\b/g,
  /\b(?:and )?(?:follow|keep up with|stay updated on) your (?:updates|work|journey|posts|content)\b/g,
  /\b(?:thanks|thank you|best regards|kind regards|regards|best|cheers)\b/g,
  /\bsent from my (?:iphone|ipad|android|phone|mobile|samsung \w+|galaxy \w+)\b/g,
  // LinkedIn's own templates in German, French, Spanish, Portuguese and Dutch, and the thanks and
  // sign-offs around them. (\b does not see accented letters, so spaces and line ends bound these.)
  /(?:^|\s)ich (?:möchte|würde) (?:sie|dich) gerne? (?:zu meinem|in mein(?:em)?) (?:beruflichen |professionellen )?netzwerk(?: auf linkedin)? (?:hinzufügen|aufnehmen)(?=\s|$)/g,
  /(?:^|\s)(?:ich (?:möchte|würde) mich gerne?|gerne möchte ich mich) mit (?:ihnen|dir) vernetzen(?=\s|$)/g,
  /(?:^|\s)(?:je souhaiterais|j'aimerais|je voudrais) (?:faire partie de (?:votre|ton) réseau|vous ajouter à mon réseau|t'ajouter à mon réseau)(?: professionnel)?(?: sur linkedin)?(?=\s|$)/g,
  /(?:^|\s)me gustaría (?:añadirte|agregarte|añadirle|agregarle) a mi red(?: profesional)?(?: en linkedin)?(?=\s|$)/g,
  /(?:^|\s)gostaria de (?:adicioná l[oa](?: a)?|adicionar você|te adicionar|adicionar lhe) (?:à|a) minha rede(?: profissional)?(?: no linkedin)?(?=\s|$)/g,
  /(?:^|\s)ik (?:wil|zou) (?:u|je) graag (?:toevoegen aan|willen toevoegen aan) mijn(?: professionele)? netwerk(?: op linkedin)?(?=\s|$)/g,
  // "I'm expanding my network" in those languages (one pattern, read in one pass).
  new RegExp(
    `(?:^|\\s)(?:${[
      String.raw`ich (?:erweitere|vergrößere) (?:gerade )?mein (?:berufliches )?netzwerk|um mein (?:berufliches )?netzwerk zu (?:erweitern|vergrößern)`,
      String.raw`(?:j'(?:é|e)largis|je développe|j'agrandis|(?:pour|afin d') ?(?:élargir|elargir|développer|agrandir)) mon réseau(?: professionnel)?`,
      String.raw`(?:estoy (?:ampliando|expandiendo) mi red|(?:para )?(?:ampliar|expandir) mi red)(?: profesional)?`,
      String.raw`(?:estou (?:expandindo|ampliando|a expandir|a alargar) (?:a )?minha rede|(?:para )?(?:expandir|ampliar|alargar) (?:a )?minha rede)(?: profissional)?`,
      String.raw`ik (?:breid|vergroot) mijn (?:professionele )?netwerk(?: uit)?|om mijn (?:professionele )?netwerk (?:uit te breiden|te vergroten)`,
    ].join('|')})(?=\\s|$)`,
    'g',
  ),
  // "Looking forward to connecting", as people write it in those languages.
  /(?:^|\s)(?:(?:ich )?freue mich (?:auf die|über die) vernetzung|ravie? de (?:me )?connecter(?: avec (?:vous|toi))?|encantad[oa] de conectar(?: contigo)?|(?:um )?prazer (?:em )?(?:me )?conectar(?: com voc[eê])?|leuk (?:om )?(?:te )?(?:connecten|verbinden))(?=\s|$)/g,
  /(?:^|\s)(?:danke|vielen dank|viele grüße|beste grüße|mit freundlichen grüßen|merci|cordialement|gracias|saludos|un saludo|obrigad[oa]|abraços|atenciosamente|bedankt|groeten|met vriendelijke groet(?:en)?)(?=\s|$)/g,
];

// The name after the greeting must be capitalised and not "I'd", so "Hello I'd like…" keeps its words.
// Then the other languages' greetings, bounded by a lookahead: \b does not see the end of "Olá".
const GREETING =
  /^(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]reetings|[Gg]ood (?:morning|afternoon|evening))\b|(?:[Hh]allo|[Ll]iebe[r]?|[Ss]ehr geehrte[r]?|[Bb]onjour|[Cc]h(?:er|ère)|[Hh]ola|[Ee]stimad[oa]|[Oo]lá|[Pp]rezad[oa]|[Hh]oi|[Bb]este)(?=[\s,!.:-]|$))(?:\s+(?:there|(?!I\b|I')\p{Lu}[\p{L}'-]*))?[\s,!.:-]*/u;

// A note is personal when it points at something the two people share.
const EVENT_CUE = wordsPattern([
  'meet', 'meeting', 'spoke', 'speaking', 'talked', 'chatted', 'discussed', 'panel', 'conference',
  'meetup', 'summit', 'workshop', 'webinar', 'keynote', 'booth', 'hackathon', 'podcast', 'event',
  'session', 'dinner', 'offsite', 'demo day', 'your talk', 'lecture', 'seminar', 'your class', 'your course',
  'office hours',
]);
const SHARED_CUE = wordsPattern([
  'we both', "we're both", 'we’re both', 'we are both', 'face to the name', 'worked together',
  'worked with you', 'used to work', 'former colleague', 'former teammate', 'colleague', 'colleagues',
  'alumni', 'alumnus', 'alumna', 'alum', 'alums', 'classmate', 'classmates', 'same team', 'same school',
  'same class', 'same company', 'same cohort', 'same bootcamp', 'same batch', 'same programme', 'same program', 'introduced', 'introduction', 'intro', 'referred',
  'suggested i connect', 'suggested we connect', 'suggested i reach out', 'suggested we reach out',
  'mentioned you', 'told me about you', 'recommended you', 'recommended i', 'pointed me to you', 'sent me your way',
  'suggested you', 'said i should reach out', 'said i should connect', 'told me to reach out', 'sat next to each other',
  'said to ask you', 'told me to ask you', 'suggested i ask you', 'recommended i ask you',
  'was your manager', 'were on the same team', 'used to work with',
  'shared a desk', 'shared an office', 'shared a flat', 'shared an apartment', 'shared a house', 'shared a room',
  'shared a lab', 'same office', 'same desk', 'desk neighbour', 'desk neighbor', 'deskmate', 'deskmates',
  'officemate', 'officemates', 'office mate', 'flatmate', 'flatmates', 'roommate', 'roommates', 'housemate', 'housemates',
  // Not "your project": "I saw your project" and "we would fund your project" share nothing.
  'mutual friend', 'read your', 'your post', 'your article', 'your blog', 'your paper', 'your book',
  'your newsletter', 'your team', 'your work on', 'your research', 'your open source',
  'your open-source', 'pull request', 'your pr', 'my pr', 'customer of yours', 'our days at', 'since our days',
  // Their family, and a greeting passed on: "I sit two desks from your brother Luca. He says hi!"
  // (Not "your partner": a business partner is how pitches talk.)
  'your brother', 'your sister', 'your cousin', 'your mum', 'your mom', 'your dad', 'your father', 'your mother',
  'your wife', 'your husband', 'your son', 'your daughter', 'your uncle', 'your aunt', 'your niece', 'your nephew',
  'says hi', 'says hello',
  // Help, a hire or an interview the one gave the other: "I helped you move to Allegro back in 2014".
  'i helped you', 'we helped you', 'i placed you', 'we placed you', 'i hired you', 'i recruited you',
  'i interviewed you', 'i mentored you', 'you helped me', 'you hired me', 'you interviewed me', 'you mentored me',
  'you mentored us', 'you mentored our', 'thanks for mentoring', 'thanks again for mentoring', 'thank you for mentoring',  // A report or an issue they filed on the reader's project, or a fix thanked for: "I'm the one who
  // filed that long bug report about webhooks on your forum, thanks for the quick fix!"
  'your forum', 'your repo', 'your issue tracker', 'thanks for the fix', 'thanks for the quick fix',
  'thanks for fixing', 'thank you for the fix', 'thank you for fixing',
  // A customer of the reader's: "we've been using your tool at Back Market since March".
  'we use your', 'we’ve been using your', "we've been using your", 'we have been using your', 'been using your product',
  "we're customers of", 'we’re customers of', 'we are customers of', "we're a customer of", 'we’re a customer of', 'we are a customer of',
]);

// The same cues in German, French, Spanish, Portuguese and Dutch, and a few in Italian. Words English also uses (a hair
// "salon", "taller", the name "Charla") are left out, so an English note reads as before, and so
// are words a pitch uses too: a "colega" or "Kollege" alone is how cold pitches open ("Olá
// colega"), "oficina" is an office, "feira" ends weekdays ("terça-feira"), "beurs" is the stock
// exchange. A former colleague, or colleagues in the plural, still count.
const FOREIGN_EVENT_CUE = foreignWordsPattern([
  'kennengelernt', 'getroffen', 'gesprochen', 'unterhalten', 'vortrag', 'ihren vortrag', 'deinen vortrag', 'konferenz',
  'messe', 'veranstaltung', 'tagung',
  'rencontré', 'rencontrée', 'rencontrés', 'rencontrées', 'échangé', 'discuté', 'conférence', 'webinaire', 'table ronde', 'événement', 'votre présentation', 'votre intervention',
  'conocimos', 'coincidimos', 'hablamos', 'conferencia', 'congreso', 'evento',
  'ponencia', 'tu presentación', 'su presentación',
  'conhecemos', 'falamos', 'conversamos', 'palestra', 'conferência', 'congresso', 'sua apresentação',
  'ontmoet', 'ontmoetten', 'gesproken', 'spraken', 'lezing', 'conferentie', 'evenement', 'presentatie',
  'ci siamo conosciuti', 'ci siamo conosciute', 'ci siamo visti', 'ci siamo viste', 'ci siamo incontrati',
  'ci siamo incontrate',
  // Swedish, Indonesian, Polish, Turkish and Hindi-English: met or talked, and your talk.
  'träffades', 'träffade dig', 'träffats', 'pratade', 'ditt föredrag', 'din presentation', 'din föreläsning',
  'kita bertemu', 'kita ketemu', 'pernah bertemu', 'pernah ketemu', 'sudah bertemu', 'ngobrol setelah', 'sesi kamu',
  'sesi anda', 'presentasi kamu', 'presentasi anda',
  'rozmawialiśmy', 'rozmawialismy', 'poznaliśmy się', 'spotkaliśmy się', 'twojej prezentacji', 'twoim wystąpieniu',
  'tanışmıştık', 'tanıştık', 'sohbet etmiştik', 'sohbet ettik', 'konuşmanızdan sonra', 'sunumunuzdan sonra',
  'baat hui thi', 'aapka talk', 'mile the', 'mulaqat hui thi',
  // And in a few more: Italian "your talk", Polish "at the meetup", Chinese, Japanese, Korean and
  // Arabic met or talked, and your talk.
  'tuo intervento', 'tua talk', 'tuo talk', 'tua presentazione', 'meetupie',
  '聊过', '见过面', '见过你', '你的演讲', '你的分享',
  'お会いした', 'お会いしました', 'お話しした', 'お話ししました', 'お話しさせていただいた', 'お話しさせていただきました',
  'ご挨拶させていただいた', 'ご挨拶させていただきました', 'ご講演', '発表を拝見',
  '인사드렸', '인사 드렸', '만났던', '만났었', '뵈었던', '이야기를 나눴', '이야기 나눴', '발표를 들었', '발표 잘 들었',
  'التقينا', 'تقابلنا', 'تحدثنا', 'تعارفنا', 'محاضرتك',
  // Met, in pt-PT: "Conhecemo-nos no Encontro de Engenharia do Porto".
  'conhecemo-nos',
], [
  // A pleasure to have met, where: "foi um prazer conhecê-lo no Encontro de Engenharia do Porto", "ce fut un plaisir
  // de vous rencontrer à la Devoxx", "es war mir eine Freude, Sie auf der data2day kennenzulernen". Not the
  // pleasantry alone ("prazer em conhecê-lo"), nor one ahead ("será um prazer conhecê-lo", "ich freue mich, Sie
  // kennenzulernen"). Each starts at its rarer verb, and looks back for the rest.
  String.raw`conhec(?:[êe]-l[oa]s?|er-te|er-vos)(?<=(?<!${LETTER})(?:foi (?:um )?(?:(?:enorme|grande|verdadeiro) )?(?:prazer|gosto)|foi (?:[óo]timo|bom|muito bom|incr[íi]vel)|gostei (?:muito )?de|adorei) (?:em )?conhec\S{0,6})(?= (?:n[oa]s?|em|durante|pel[oa]) )`,
  String.raw`rencontrer(?<=(?<!${LETTER})(?:ce fut|c['’][ée]tait) (?:un (?:(?:vrai|grand|r[ée]el) )?plaisir|un honneur|super|g[ée]nial|top|chouette|sympa) (?:de )?(?:vous|te) rencontrer)(?= (?:[àa]|au|aux|lors|pendant|durant|sur) )`,
  String.raw`kennenzulernen(?<=(?<!${LETTER})(?:war (?:mir |uns )?(?:eine (?:gro(?:ß|ss)e )?(?:freude|ehre)|ein (?:gro(?:ß|ss)es )?vergn[üu]gen)|war (?:sehr |wirklich |echt )?(?:sch[öo]n|toll|super|gro(?:ß|ss)artig|klasse|nett)|hat mich (?:sehr |wirklich )?gefreut|freute mich),? (?:sie|dich|euch)[^.!?\n]{0,50}kennenzulernen)`,
]);
// Someone who sent them, in German, Spanish, Portuguese, French and Dutch: "Mein Kollege Jan meinte,
// ich solle mich bei dir melden", "tu colega Inês me pasó tu contacto", "a Joana sugeriu que
// falássemos", "Marc m'a conseillé de vous contacter". Not the writer's own "ich wollte mich bei dir
// melden". Read with the shared cues below, in the same pass.
const FOREIGN_SENT_BY_SOMEONE: readonly string[] = [
  String.raw`(?:meinte|sagte|hat (?:mir )?gesagt|hat gemeint|empfahl (?:mir)?|hat (?:mir )?empfohlen|riet (?:mir)?|hat (?:mir )?geraten)[^.!?\n]{0,60}?(?:ich (?:solle|soll|sollte|k[öo]nnte|m[öo]ge) mich (?:mal |doch )?(?:bei (?:dir|ihnen|euch) melden|an (?:dich|sie) wenden)|mich (?:mal |doch )?bei (?:dir|ihnen|euch) zu melden)`,
  String.raw`me (?:pas[óo]|dio|facilit[óo]) (?:tu|su) (?:contacto|perfil)`, String.raw`me (?:sugiri[óo]|recomend[óo]|dijo) que (?:te|le) (?:escribiera|contactara|escribiese|contactase)`,
  String.raw`sugeriu que (?:fal[áa]ssemos|(?:eu )?(?:te|lhe) (?:escrevesse|contactasse|contatasse))`, String.raw`(?:me passou|passou-me|deu-me|me deu) (?:o )?(?:teu|seu) conta(?:c)?to`,
  String.raw`m['’]a (?:conseill[ée]|sugg[ée]r[ée]|recommand[ée]|dit) de (?:vous|te) (?:contacter|[ée]crire)`, String.raw`m['’]a (?:donn[ée]|transmis|pass[ée]) (?:vos|tes) coordonn[ée]es`,
  String.raw`(?:raadde|adviseerde) (?:me|mij) aan (?:om )?(?:je|jou|u) (?:te )?(?:benaderen|contacteren|mailen)`,
];
const FOREIGN_SHARED_CUE = foreignWordsPattern([
  'zusammengearbeitet', 'ehemaliger kollege', 'ehemalige kollegin', 'kollegen', 'kommilitone', 'kommilitonin',
  'gleichen team',
  'vorgestellt', 'empfohlen', 'ihren beitrag', 'ihren artikel', 'ihr buch', 'ihr projekt', 'deinen beitrag',
  'travaillé ensemble', 'ancien collègue', 'ancienne collègue', 'collègues', 'même équipe', 'présenté',
  'recommandé',
  'votre article', 'votre publication', 'votre livre', 'votre projet',
  'trabajamos juntos', 'trabajado juntos', 'compañeros', 'compañeras', 'excompañero', 'excompañera', 'mismo equipo',
  'me presentó', 'tu artículo', 'tu publicación', 'tu libro', 'tu proyecto',
  'trabalhamos juntos', 'colegas', 'ex-colega', 'mesma equipe', 'me apresentou', 'seu artigo',
  'sua publicação', 'seu livro', 'seu projeto',
  'samengewerkt', 'collega’s', "collega's", 'oud-collega', 'hetzelfde team', 'voorgesteld',
  'aanbevolen', 'je artikel', 'uw artikel', 'je boek', 'je project',
  // Italian: worked or studied together, a former colleague, the same team.
  'lavorato insieme', 'lavoravamo insieme', 'lavorato con te', 'studiato insieme', 'studiavamo insieme',
  // A customer of the reader's: "nous utilisons votre outil depuis six mois", "somos clientes da Relay Labs".
  'nous utilisons votre', 'nous utilisons vos', 'on utilise votre', 'nous sommes clients', 'sommes clients de',
  'somos clientes', 'usamos su', 'usamos tu', 'utilizamos su', 'utilizamos tu', 'usamos o seu', 'usamos a sua', 'usamos seu', 'usamos sua', 'utilizamos o seu', 'utilizamos a sua',
  'wir nutzen euer', 'wir nutzen eure', 'wir nutzen ihr', 'wir nutzen ihre', 'wir nutzen dein', 'wir nutzen deine', 'wir sind kunden', 'wir sind kunde',
  'wij gebruiken jullie', 'we gebruiken jullie', 'wij gebruiken uw', 'we gebruiken uw', 'we gebruiken je', 'wij zijn klant', 'we zijn klant',
  'ex collega', 'ex-collega', 'ex colleghi', 'stesso team', 'stessa squadra', 'compagni di corso',
  'compagna di corso', 'compagno di corso',
  // Italian: their writing read ("ho letto la tua newsletter sulle code di messaggi").
  'ho letto la tua', 'ho letto il tuo', 'la tua newsletter', 'il tuo articolo', 'il tuo post', 'il tuo libro',
  // Swedish, Indonesian, Polish and Turkish: worked or studied together, a former colleague or
  // boss, the same team.
  'jobbade ihop', 'jobbade tillsammans', 'arbetade ihop', 'arbetade tillsammans', 'pluggade ihop',
  'pluggade tillsammans', 'studerade tillsammans', 'före detta kollega', 'tidigare kollega', 'samma team',
  'var din chef', 'var din kollega',
  'satu tim', 'satu kantor', 'satu kampus', 'satu angkatan', 'kerja bareng', 'bekerja bersama', 'mantan rekan kerja',
  'teman kuliah', 'teman sekelas',
  'pracowaliśmy razem', 'pracowałyśmy razem', 'pracowalismy razem', 'pracowałem z tobą', 'pracowałam z tobą',
  'studiowaliśmy razem', 'w jednym zespole', 'tym samym zespole',
  'birlikte çalıştık', 'birlikte çalışmıştık', 'aynı ekipteydik', 'aynı ekipte', 'eski iş arkadaşın',
  // Studied the same course, in Swedish; worked or studied together, a former colleague, in
  // Chinese, Japanese, Korean and Arabic.
  'samma utbildning', 'samma klass', 'samma kurs',
  '一起工作过', '一起共事', '前同事', '老同事', '同学',
  '一緒に働', '元同僚', '同じチーム',
  '함께 일했', '같이 일했', '같은 팀', '전 동료',
  'عملنا معا', 'عملنا معًا', 'درسنا معا', 'درسنا معًا', 'زميلي السابق', 'زميلتي السابقة', 'نفس الفريق',
], FOREIGN_SENT_BY_SOMEONE);

/** Any of the words or phrases, whole, case-insensitive. */
function wordsPattern(phrases: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${escapedPhrases(phrases)})\\b`, 'i');
}

/**
 * The same for words with accented letters, which \b does not see (and `patterns`, regular
 * expressions with a space for any run of white space, read in the same pass): bounded by any letter or digit
 * (LETTER). Not in unicode mode (\p{L}): with this round's Swedish, Indonesian, Polish, Turkish and
 * Hindi-English words, the two cue patterns made in unicode mode read every note 4% slower.
 */
function foreignWordsPattern(phrases: readonly string[], patterns: readonly string[] = []): RegExp {
  const alternatives = [escapedPhrases(phrases), ...(patterns.length > 0 ? [anyWords(patterns)] : [])];
  return new RegExp(`(?<!${LETTER})(?:${alternatives.join('|')})(?!${LETTER})`, 'i');
}

function escapedPhrases(phrases: readonly string[]): string {
  return phrases.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

// "met", but not the Dutch "met" ("with"): "met een", "met de", "met u" never follow the English one.
const MET = /\bmet\b(?!\s+(?:een|de|het|u|je|jou|jullie|ons|mij|mijn|hem|haar|elkaar|vriendelijke)\b)/i;
// Nor any "met" in a note written in Dutch ("wij helpen scale-ups met ervaren developers"): words
// an English note never has.
const DUTCH_WORDS = /\b(?:het|een|wij|jullie|zullen|graag|naar|niet|onze|hebben)\b/i;

// "your talk" and "your post" with a word or two between: "your KubeCon talk", "your recent
// article", "your Config talk on design tokens".
const YOUR_NAMED_TALK = /\byour(?:\s+[\p{L}\p{N}.+#'’-]+){1,2}\s+(?:talk|presentation)s?\b/iu;
const YOUR_NAMED_WRITING = /\byour(?:\s+[\p{L}\p{N}.+#'’-]+){1,4}\s+(?:post|article|blog|paper|book|newsletter|podcast|research)s?\b/iu;
// Both need "your" and a space: looked for first without the `u` flag, which reads a text several
// times faster (in unicode mode, only "y", "o", "u" and "r" themselves match those letters either way).
const YOUR_AND_SPACE = /your\s/i;

// Praise for a talk and where it was given: "gr8 talk @ kubecon", "great talk at PyData".
const TALK_AT = /\btalk\s*(?:at\b|@)(?<=\b(?:great|gr8|grt|awesome|amazing|nice|cool|loved|enjoyed|fantastic|brilliant|inspiring|excellent) talk\s*(?:at|@))\s*\w/i;

function isEventCue(text: string): boolean {
  if ((MET.test(text) && !DUTCH_WORDS.test(text)) || (YOUR_AND_SPACE.test(text) && YOUR_NAMED_TALK.test(text)) || TALK_AT.test(text)) return true;
  // Sentence by sentence, as the other cues: "Thanks for the call yesterday. Talk next week!"
  if (PAST_CONVERSATION.test(text) && cueLooksBack(text, PAST_CONVERSATION_ALL)) return true;
  if (FOREIGN_THANKS.test(text) && FOREIGN_PAST_CONVERSATION.test(text) && cueLooksBack(text, FOREIGN_PAST_CONVERSATION_ALL)) return true;
  const rest = text.includes('meet') ? text.replace(NICE_TO_MEET, ' ') : text;
  return (EVENT_CUE.test(rest) && cueLooksBack(rest, EVENT_CUE_ALL)) || (FOREIGN_EVENT_CUE.test(rest) && cueLooksBack(rest, FOREIGN_EVENT_CUE_ALL));
}

// The same small group on a messenger ("we are in the same speakers' Signal group"), a prize won
// together ("we won second place together at HackZurich"), and the same cohort or bootcamp named
// ("the same Y Combinator W24 cohort"). Not a community as a whole (NOT_SHARED).
// Or work done together somewhere some time ago: "We ran A / B testing for the checkout together at
// Zalando back in 2019", "we were on the payments team together at Monzo". Not a pitch's crowd
// ("we built a platform that brings teams together at scale", "we ran an event where 300 CTOs came
// together at the Summit"). It starts at the rarer "together" and looks back a bounded way. A full
// stop inside a word ("we built the Node.js gateway together at Zalando") ends no sentence.
// Or thanks for co-hosting or co-organising, or for offering to: "thanks for offering to co-host
// with me at Spotify!". Not asked for ahead ("would you co-host our webinar?", "thanks in advance
// for co-hosting", "thanks for considering co-hosting").
const SAME_GROUP_OR_WIN =
  /\bsame (?:[\w'’-]+ ){0,2}(?:signal|whats\s?app|telegram|slack|discord) (?:group|channel|chat|workspace|server)\b|\bwe won\b[^.!?\n]{0,40}?\btogether\b|\bsame (?:[\w'’-]+ ){1,3}?(?:cohort|bootcamp|batch|programme)\b|\btogether (?:at|back in)\b(?<=\bwe (?:ran|built|shipped|led|did|wrote|made|launched|organi[sz]ed|hosted|co-hosted|started|founded|taught|studied|designed|tested|debugged|migrated|rebuilt|fixed|spent|sat|were|trained|presented|published|maintained|managed|scaled|interned|paired|pair-programmed|set up)\b(?:(?!\b(?:that|which|where|who|whom|brings?|brought|bringing|comes?|came|coming|get|gets|got|helps?|helped|helping|lets?|enables?|enabled)\b)(?:[^.!?\n]|\.(?=\w))){0,60}together (?:at|back in))(?! (?:scale|once|home|all|our|your|their|last|the same time|one point)\b)|\bco[\s-]?(?:host(?:ing)?|organi[sz](?:e|ing))\b(?<=\b(?:thanks|thank you)(?: (?:so much|again|a lot))? for (?:(?:offering|agreeing|volunteering|stepping in) to )?co[\s-]?\w+)/i;

/**
 * A workplace or school the two shared, named: "since our Deliveroo days", "back in our uni days".
 * The name is capitalised: "since our early days" or "our Series B days" is a company's story.
 */
const OUR_DAYS = /\b(?:[Ss]ince|[Ff]rom|[Bb]ack in|[Dd]uring|[Rr]emember|[Mm]iss(?:ing)?|[Oo]f) our (?:(?!(?:Series|Seed|Pre-?[Ss]eed|Startup|Early|Founding|Garage|Beta|Launch|Bootstrap)\b)(?:[A-Z][\w&.'’-]{0,40} ){1,2}|(?:uni|university|college|school|grad school|bootcamp|internship|intern|PhD|MBA) )days\b/;

function isSharedCue(text: string): boolean {
  if ((YOUR_AND_SPACE.test(text) && YOUR_NAMED_WRITING.test(text)) || WORKED_TOGETHER_APART.test(text) || SENT_TO_YOU.test(text) || SENT_BY_SOMEONE.test(text) || SAME_GROUP_OR_WIN.test(text) || (text.includes('days') && OUR_DAYS.test(text))) return true;
  const rest = MAY_NOT_BE_SHARED.test(text) ? text.replace(NOT_SHARED, ' ') : text;
  return SHARED_CUE.test(rest) || FOREIGN_SHARED_CUE.test(rest);
}

// Someone who sent them to the reader, worded as what that someone said: "Ravi Menon said you'd be a
// good person to ask". Not the writer's own guess ("I figured you'd be a good person to ask").
const SENT_TO_YOU =
  /\b(?:said|says|told me|mentioned|suggested)(?: that)? you(?:['’]d| would|['’]re| are) (?:be )?(?:a |the )?(?:good |great |best |right |ideal |perfect )?(?:person|people|one) to (?:ask|talk to|speak to|speak with|reach out to|contact)\b/i;
// Or as what that someone told the writer to do, with what else they said between: "Agnieszka from
// your Allegro days said you're hiring Android folks and that I should reach out directly",
// "Piotr Nowak suggested I talk to you". Not the writer's own "I said I should reach out".
const SENT_BY_SOMEONE =
  /\b(?:said|says|told me|mentioned|suggested|recommended)\b(?<!\b(?:i|we) (?:said|says|told me|mentioned|suggested|recommended))[^.!?\n]{0,80}?\bi (?:should |could |ought to |might want to |must )?(?:reach out|connect|contact you|get in touch|talk to you|speak (?:to|with) you|write to you|ask you|ping you|message you)\b/i;
// Worked or studied together (pt-PT writes the past with an accent: "trabalhámos juntos"), the verb apart from "zusammen"/"samen", or in the feminine.
// Or in French, Spanish and Portuguese: "On était en échange ensemble à l'EPFL", "estudiamos juntos".
// Or in Dutch, sat or were together some time ago: "we zaten vorig jaar samen in de jury".
const WORKED_TOGETHER_APART =
  /\bzusammen\b[^.!?\n]{0,60}\b(?:gearbeitet|studiert|im (?:gleichen|selben) team)\b|\b(?:on [ée]tait|nous [ée]tions|on a (?:[ée]tudi[ée]|travaill[ée]|boss[ée]|fait)|nous avons (?:[ée]tudi[ée]|travaill[ée]|fait))\s[^.!?\n]{0,40}\bensemble\b|\b(?:estudiamos|estudiado|estud[aá]mos|estudado) junt[oa]s\b|\btrabalh[aá]mos junt[oa]s\b|\bsamen\b[^.!?\n]{0,60}\b(?:gewerkt|gestudeerd|in (?:het|hetzelfde|een) team)|\bzaten (?:[^\s.!?]+ ){0,3}?samen\b|\b(?:we|wij) waren (?:[^\s.!?]+ ){0,3}?samen\b|\b(?:trabajamos|trabajado|trabalhamos|trabalhado) juntas\b/i;
const EVENT_CUE_ALL = new RegExp(EVENT_CUE.source, 'gi');
const FOREIGN_EVENT_CUE_ALL = new RegExp(FOREIGN_EVENT_CUE.source, 'gi');
// Thanks for a call or a chat already had: "Thanks for the quick call yesterday", "Great chat
// today!", "Thanks for lunch!". Or for help had
// somewhere or some time ("Thanks for the help on the Airflow Slack earlier", "Thanks for the code
// review on my PR last week"), which "thanks in advance for your help" and "thanks for your help!"
// under a request are not. A place may stand before the time: "great chatting at POPL last week".
// Or a guest's thanks to the host: "Thanks again for having me on the Rust in Prod podcast", "thank
// you for having us at your meetup" (not "having me on your radar", "on your mailing list", "as a
// connection", nor a day ahead). Or thanks for an interview had ("Thanks for the interview last
// week", not for the invite to one), or thanks "again" for feedback or help, which says it was had
// ("thanks again for the blunt feedback on our onboarding flow").
const PAST_CONVERSATION =
  /\b(?:thanks|thank you)(?: (?:so much|again|a lot))? for having (?:me|us)(?: back)? (?:on|at|as|over|in)\b(?! (?:(?:your|my|the|this|a|an) )?(?:[\w-]+ )?(?:radar|list|mind|network|linkedin|contacts?|connections?|circle|feed)\b)|\b(?:thanks|thank you)(?: (?:so much|again|a lot))? for (?:the|our|your time on the|taking the time to|making time for|making the time for)\b[^.!?\n]{0,40}?\b(?:call|chat|meeting|conversation|coffee|demo|catch[\s-]?up|booth|interview(?! (?:invites?|invitations?|requests?|slots?|opportunit(?:y|ies)|links?)\b))\b|\b(?:thanks|thank you) again for (?:the|all the|your) (?:[\w-]+ )?(?:help|advice|tips|pointers|feedback|review|support|intro|introduction)\b|\b(?:great|good|lovely|nice) (?:chatting|talking|speaking) (?:with you )?(?:(?:at|after|during) [^.!?\n,]{1,40}? )?(?:yesterday|today|earlier|last week|this morning)\b|\b(?:great|good|lovely|nice|fun) (?:chat|call|talk|conversation|catch[\s-]?up|meeting|lunch|coffee|dinner)\b (?:yesterday|today|earlier|last (?:week|night)|this morning)\b|\b(?:thanks|thank you)(?: (?:so much|again|a lot))? for (?:(?:today|yesterday)['’]s )?(?:lunch|breakfast|dinner|drinks|beers?)\b|\b(?:thanks|thank you)(?: (?:so much|again|a lot))? for (?:the|all the|your) (?:help|advice|tips|pointers|feedback|answers?|repl(?:y|ies)|(?:code |pr |design )?review|suggestions?|hints?)\b[^.!?\n]{0,50}?\b(?:earlier|yesterday|last (?:week|month|night|time)|the other day|back then|in 20\d\d|slack|discord|github|gitlab|stack ?overflow|reddit|forum|mailing list)\b/i;
const PAST_CONVERSATION_ALL = new RegExp(PAST_CONVERSATION.source, 'gi');
// The same thanks for a call in German, French, Spanish, Portuguese and Dutch ("gracias por la
// llamada de ayer"); a call ahead ("de mañana") looks ahead and does not count (cueLooksBack).
// Each starts with a plain word, so \b bounds it on the left; any letter, on the right.
const FOREIGN_PAST_CONVERSATION = new RegExp(
  `\\b(?:${[
    String.raw`(?:danke(?:sch[öo]n)?|vielen dank|herzlichen dank)(?: (?:dir|ihnen|euch))?(?: nochmal(?:s)?)?,? f[üu]r (?:das|den|die|unser(?:e[nm]?)?|dein(?:e[nm]?)?|ihr(?:e[nm]?)?) [^.!?\n]{0,40}?(?:gespr[äa]ch|telefonat|call|treffen|austausch|kaffee|meeting|demo)`,
    String.raw`merci(?: beaucoup| encore)? (?:pour|de) (?:l['’]|le |la |les |notre |nos |votre |vos |ton |ta |cet |cette |ce )[^.!?\n]{0,40}?(?:appel|[ée]change|call|r[ée]union|rendez-vous|caf[ée]|discussion|conversation|d[ée]mo|entretien|visio)`,
    String.raw`(?:muchas |mil )?gracias(?: de nuevo| otra vez)? por (?:la|el|nuestr[oa]|tu|su) [^.!?\n]{0,40}?(?:llamada|videollamada|charla|reuni[óo]n|conversaci[óo]n|caf[ée]|demo|call)`,
    String.raw`(?:(?:muito )?obrigad[oa]|valeu)(?: mais uma vez)? (?:pel[oa]|por (?:a|o|nossa|nosso|sua|seu)) [^.!?\n]{0,40}?(?:chamada|liga[çc][ãa]o|conversa|reuni[ãa]o|caf[ée]|papo|call|demo)`,
    String.raw`(?:bedankt|dank (?:je|jullie|u)(?: wel)?)(?: nogmaals)? voor (?:het|de|ons|onze|je|jouw|uw) [^.!?\n]{0,40}?(?:gesprek(?:je)?|telefoontje|belletje|call|koffie|afspraak|meeting|demo|kennismaking)`,
  ].join('|')})(?!${LETTER})`,
  'i',
);
const FOREIGN_PAST_CONVERSATION_ALL = new RegExp(FOREIGN_PAST_CONVERSATION.source, 'gi');
/** What those thanks begin with, looked for first: most notes have none, and this is cheaper than reading for all of them. */
const FOREIGN_THANKS = /dank|merci|gracias|obrigad|valeu/i;
// "Nice to meet you" from a stranger is a pleasantry; "great to meet you at the summit" is not.
// Nor is "nice to meet you at the event!", which names no event and no time.
// Nor "great meeting you at the conference!", the same words said after.
const NICE_TO_MEET =
  /\b(?:nice|great|good|lovely|glad|happy) meeting you\s+(?:at|during) (?:the|an|this) (?:event|conference|session|summit)\b(?=\s*(?:[.!?]|$))|\b(?:nice|great|good|pleased|lovely|glad|happy) to meet you\b(?:\s+(?:at|during) (?:the|an|this) (?:event|conference|meetup|session|summit)\b(?=\s*(?:[.!?]|$)))?(?!\s+(?:at|during|in|last|yesterday|earlier|today|on)\b)/gi;
// What points at no one shared: their colleagues (a sales trope), a team to save time for, the
// writer introducing themselves, both being part of a whole community, industry or space ("we're
// both part of the Berlin tech community": a generic opener, unlike "we're both at Stripe now").
const MAY_NOT_BE_SHARED = /your\s+(?:colleague|team)|intro|both/i;
const NOT_SHARED = /\b(?:we(?:['’]re| are)? both|both of us)\s+(?:(?:work(?:ing)?|are)\s+)?(?:(?:part|members?)\s+of|in|into|active in|passionate about|interested in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:community|communities|industry|space|ecosystem|scene|field|sector|world)\b|\b(?:we(?:['’]re| are)? both|both of us)\s+(?:are\s+)?(?:(?:passionate|excited|enthusiastic|curious) about|(?:big\s+)?fans? of|love|care about)\b|\b(?:we(?:['’]re| are|['’]ll| will)? both|both of us)\s+(?:are\s+|will\s+|be\s+){0,2}(?:attending|going to|heading to|registered for|visiting|flying to)\b|\byour colleagues?\b|\b(?:save|help|helps|helping|support|enable|empower|boost|scale|free up|build|give|get|offer|bring|show|train|equip|provide)\s+(?:\S+\s+)?your team\b|\b(?:quick|brief|short|little)\s+intro(?:duction)?\b|\bintro(?:duction)?\s*:|\bintroduce myself\b/gi;
// So is a passion or an event ahead that both have ("we're both passionate about DevOps culture",
// "we're both attending KubeCon next week": everyone there has that), unlike "we're both speaking
// at KubeCon", which puts the two on one stage.
// An event on offer rather than shared: "a webinar", "our dinner", "a free strategy session".
const OFFERED_EVENT_BEFORE = /(?:\b(?:our|free|upcoming|exclusive|next|private|notre|nuestr[oa]s?|noss[oa]s?|unser(?:e[mnrs]?)?|onze|gratis|gratuit[oa]?)\s+(?:\S+\s+){0,2}|(?<!\b(?:at|in|during|on|from|after)\s)\ban?\s+(?:\S+\s+){0,2})$/i;
// A sentence that invites to an event, or looks ahead ("would love to see you there", "I see
// you're attending Web Summit": the reader's event ahead, where the two have not met yet).
const INVITES_TO_EVENT =
  /\b(?:would love to (?:see|meet|have) you|love to see you there|join (?:us|our)|invite you|inviting you|you(?:['’]re| are) (?:cordially |personally )?invited|(?<!\b(?:thanks?|thank you)(?: (?:so much|again|a lot))? for )hosting|we(?:['’]re| are) (?:organi[sz]ing|running|putting on|throwing)|register|sign up|save (?:your|a) (?:seat|spot)|rsvp|seats? (?:are )?limited|(?:you(?:['’]re| are)|you(?:['’]ll| will) be|are you|will you be|we(?:['’]re| are) both|we(?:['’]ll| will) both be) (?:also )?(?:attending|going to|heading to|coming to|speaking at|presenting at|exhibiting at))\b/i;
/**
 * The same in German, French, Spanish, Portuguese and Dutch: "je vous invite à notre webinaire",
 * "organizamos o Lisbon Logistics Summit", "wir laden Sie … ein", "schrijf je in". Not having
 * organised something together ("organizamos juntos o hackathon"), nor the past ("vous m'avez invité").
 */
const FOREIGN_INVITES_TO_EVENT = new RegExp(
  `(?<!${LETTER})(?:${anyWords([
    String.raw`(?:je|nous) (?:vous |t['’])invit(?:e|ons)`, String.raw`inscri(?:vez|s)[\s-](?:vous|toi)`, String.raw`places limit[ée]es`,
    String.raw`(?:nous|on) organis(?:ons|e)`, String.raw`rejoignez[\s-]nous`,
    String.raw`(?:te|le|os|les) invit(?:o|amos)`, String.raw`inscr[íi]b(?:ete|ase)`, String.raw`reg[íi]str(?:ate|ese)`, 'plazas limitadas',
    String.raw`organizamos(?! junt)`, 'estamos organizando', String.raw`[úu]nete a nosotros`,
    String.raw`convid(?:o|amos)`, String.raw`convidar(?:-te|-o|-a|-lhe)?`, String.raw`inscreva[\s-]se`, String.raw`inscreve[\s-]te`,
    'vagas limitadas', 'lugares limitados', 'estamos a organizar',
    String.raw`(?:lade|laden) (?:ich |wir )?(?:sie|dich|euch)`, 'einladen', String.raw`(?:jetzt|hier) anmelden`, 'melden sie sich',
    'wir organisieren', 'wir veranstalten', String.raw`pl[äa]tze sind begrenzt`, String.raw`begrenzte pl[äa]tze`, 'sichern sie sich',
    String.raw`nodig(?:en)? (?:ik |wij |we )?(?:je|jou|u|jullie)`, String.raw`schrijf (?:je|u) in`, String.raw`meld (?:je|u) aan`,
    String.raw`(?:wij|we) organiseren`, 'beperkte plaatsen',
  ])})(?!${LETTER})`,
  'i',
);
/** How far before an event word its offer can start ("our upcoming virtual "). */
const OFFER_REACH = 40;
/**
 * A meeting online asked for, in a sentence ending in "?": one ahead, not one had ("Boleh minta
 * waktu 15 menit untuk meeting online?", "time for an online meeting?"). Read only within
 * ONLINE_REACH characters of the cue.
 */
const MEETING_ONLINE = /\b(?:online|virtual|video|zoom|teams)\s+meeting\b|\bmeeting\s+(?:online|virtually|via\s+(?:zoom|teams|google meet|meet|video)|over\s+(?:zoom|teams|video)|on\s+(?:zoom|teams|google meet))\b/i;
const ONLINE_REACH = 16;
/** Words of a sentence at most this many, ending in "?" ("¿Hablamos?", "Meeting?"): a close, not a memory. */
const SHORT_QUESTION_WORDS = 3;

/**
 * Whether one of the cue's matches points back at something the two had: not an event on offer
 * ("join our webinar", "a free strategy session", "open to a meeting next week?") or a sales
 * close ("¿Hablamos?").
 */
function cueLooksBack(text: string, cues: RegExp): boolean {
  // exec on the one global pattern: matchAll would copy the pattern on every call.
  cues.lastIndex = 0;
  for (let match = cues.exec(text); match !== null; match = cues.exec(text)) {
    const { from, to } = sentenceBounds(text, match.index, match.index + match[0].length);
    const sentence = text.slice(from, to + 1);
    if (OFFERED_EVENT_BEFORE.test(text.slice(Math.max(from, match.index - OFFER_REACH), match.index))) continue;
    if (INVITES_TO_EVENT.test(sentence) || FOREIGN_INVITES_TO_EVENT.test(sentence) || LOOKS_AHEAD.test(sentence)) continue;
    if (sentence.trimEnd().endsWith('?') && (wordsIn(sentence) <= SHORT_QUESTION_WORDS || MEETING_ONLINE.test(text.slice(Math.max(from, match.index - ONLINE_REACH), match.index + match[0].length + ONLINE_REACH)))) continue;
    return true;
  }
  return false;
}

/**
 * The sentence around text[start, end): from its first character to its end mark (`to`, or the
 * text's end). `whole` is false when it runs on past SENTENCE_REACH either way; then it is cut there.
 */
function sentenceBounds(text: string, start: number, end: number): { from: number; to: number; whole: boolean } {
  let from = start;
  while (from > 0 && !SENTENCE_ENDS.includes(text.charAt(from - 1)) && start - from <= SENTENCE_REACH) from -= 1;
  let to = end;
  while (to < text.length && !SENTENCE_ENDS.includes(text.charAt(to)) && to - end <= SENTENCE_REACH) to += 1;
  return { from, to, whole: start - from <= SENTENCE_REACH && to - end <= SENTENCE_REACH };
}

function wordsIn(text: string): number {
  return text.trim().split(/\s+/).filter((word) => word !== '').length;
}

// A greeting by name, in English or another language ("Hallo Sam", "Hola Sam"): not "Dear Sir".
const NAMED_GREETING =
  /^(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear)\s+(?!(?:Sir|Madam|There|Friend|All|Team|Everyone|I)\b)|(?:[Hh]allo|[Ll]iebe[r]?|[Bb]onjour|[Cc]h(?:er|ère)|[Hh]ola|[Ee]stimad[oa]|[Qq]uerid[oa]|[Oo]lá|[Pp]rezad[oa]|[Hh]oi|[Bb]este)\s+(?!(?:Herr|Frau|Monsieur|Madame|Señor|Señora|Senhor|Senhora|Meneer|Mevrouw|Sir|Madam|Team|Equipo|Equipe|Équipe|Allerseits|Zusammen|Todos|Tous)(?![\p{L}])))\p{Lu}[\p{L}'-]+/u;

/**
 * Labels of the phrases found in `text`, in table order, without repeats. The other languages'
 * phrases (and the gated English ones) are read only when `keyFound` (ANY_FOREIGN_KEY matched),
 * and each only beside its key; the rest only when `unkeyedToo`.
 */
function matchPhrases(text: string, table: PhraseTable, keyFound: boolean, unkeyedToo: boolean, gated: boolean): string[] {
  const { phrases, groupOf, gates } = table;
  // Each group's gate, read when the first of its rows is reached; undefined until then.
  const open: (boolean | undefined)[] = [];
  const labels: string[] = [];
  for (let index = 0; index < phrases.length; index += 1) {
    const phrase = phrases[index];
    const group = groupOf[index];
    const gate = group === undefined ? undefined : gates[group];
    if (phrase === undefined || group === undefined || gate === undefined) continue;
    if (!(phrase.key === undefined ? unkeyedToo : keyFound)) continue;
    let isOpen = gated ? open[group] : true;
    if (isOpen === undefined) {
      isOpen = gate.test(text);
      open[group] = isOpen;
    }
    if (isOpen && (phrase.key === undefined || phrase.key.test(text)) && phrase.pattern.test(text)) labels.push(phrase.label);
  }
  // A theme in English and in another language ("crypto", "Kryptowährung") is one theme.
  return keyFound ? unique(labels) : labels;
}

/**
 * A table of phrases with its rows in groups, in order, each group with one pattern (its gate)
 * that matches wherever one of its rows could: for the rows read everywhere, their patterns in one
 * (anyOf); for the rows read beside a key, their keys in one. A text the gate finds nothing in has
 * none of the group's rows, so they are passed over: a text with a phrase or a key word is read by
 * a few gates and a few rows, not by every row of every table.
 */
interface PhraseTable {
  phrases: readonly Phrase[];
  /** Each row's group: an index into `gates`. */
  groupOf: readonly number[];
  gates: readonly RegExp[];
}

/** Rows read everywhere per group; fewer reads more gates, more reads more rows. */
const UNKEYED_GROUP_SIZE = 6;
/** Rows read beside a key per group: their keys are cheap to look for together. */
const KEYED_GROUP_SIZE = 24;

function phraseTable(phrases: readonly Phrase[]): PhraseTable {
  const unkeyed = phrases.filter(({ key }) => key === undefined);
  const keyed = phrases.filter(({ key }) => key !== undefined);
  const unkeyedGroups = inGroupsOf(unkeyed, UNKEYED_GROUP_SIZE);
  const keyedGroups = inGroupsOf(keyed, KEYED_GROUP_SIZE);
  const gates = [...unkeyedGroups.map((group) => anyOf(group)), ...keyedGroups.map(anyKeyOf)];
  const groupOf = phrases.map((phrase) =>
    phrase.key === undefined
      ? Math.floor(unkeyed.indexOf(phrase) / UNKEYED_GROUP_SIZE)
      : unkeyedGroups.length + Math.floor(keyed.indexOf(phrase) / KEYED_GROUP_SIZE),
  );
  return { phrases, groupOf, gates };
}

function inGroupsOf<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}

/**
 * A pattern matching wherever one of the rows' keys does: their key words in one keysPattern, and
 * OTHER_SCRIPT for a row in another script. A row with any other key would not be held to its
 * gate, so there is none.
 */
function anyKeyOf(phrases: readonly Phrase[]): RegExp {
  const odd = phrases.find(({ key, keys }) => key !== OTHER_SCRIPT && (keys === undefined || key?.source !== keysPattern(keys).source));
  if (odd !== undefined) throw new Error(`spam phrase "${odd.label}" must have the key its key words make`);
  const words = phrases.flatMap(({ keys }) => keys ?? []);
  const inScript = phrases.some(({ key }) => key === OTHER_SCRIPT);
  const sources = [...(words.length > 0 ? [keysPattern(words).source] : []), ...(inScript ? [OTHER_SCRIPT.source] : [])];
  return new RegExp(sources.join('|'), 'i');
}

/**
 * One pattern that matches a text when one of `patterns` does (test only: no flag `g`, whatever
 * `flags` they share, checked here), for a cheap first look before reading them one by one.
 */
function anyPattern(patterns: readonly RegExp[], flags: string): RegExp {
  const odd = patterns.find((pattern) => pattern.flags !== flags);
  if (odd !== undefined) throw new Error(`pattern /${odd.source}/ must have the flags "${flags}", like the others`);
  return new RegExp(patterns.map(({ source }) => `(?:${source})`).join('|'), flags.replace('g', ''));
}

/** Where nearly every phrase starts (see anyOf). */
const WORD_BOUNDARY = String.raw`\b`;

/**
 * Every English phrase of the three tables in one alternation, so the usual text, which has none,
 * is read once instead of once per phrase, twice a check. A text it matches is read phrase by
 * phrase as before, for the labels. It stands at about 19,700 characters, under the size past
 * which V8 stops optimising a pattern (20 KB): a few hundred more read every check six times
 * slower. New English rows go through `gated`, which keeps them out of it; a test keeps it under
 * 20,000.
 */
const ANY_SPAM_PHRASE = anyOf([...THEME_PHRASES, ...PITCH_PHRASES, ...MASS_PHRASES].filter(({ key }) => key === undefined));
/** Its source's length, which a test keeps under V8's limit for optimising a pattern (20 KB). */
export const ANY_SPAM_PHRASE_SOURCE_CHARS = ANY_SPAM_PHRASE.source.length;

/**
 * The keys of every phrase in another language, in one alternation. Those phrases together are
 * too big for one fast pattern (V8 stops optimising a pattern past about 20 KB, and then reads a
 * note a hundred times slower), but a list of words is cheap to look for.
 */
const ANY_FOREIGN_KEY = keysPattern([...THEME_PHRASES, ...PITCH_PHRASES, ...MASS_PHRASES].flatMap(({ keys }) => keys ?? []));

/**
 * One pattern matching where any of `phrases` does; they must share their flags (`i`) for that.
 * The alternatives that start at a word boundary, nearly all, share one `\b`: V8 tries the
 * alternatives one by one at every position, and testing the boundary once there instead of once
 * per alternative reads the usual text, which has none, in half the time.
 */
function anyOf(phrases: readonly Phrase[]): RegExp {
  const odd = phrases.find(({ pattern }) => pattern.flags !== 'i');
  if (odd !== undefined) throw new Error(`spam phrase "${odd.label}" must have the flag i alone, like the others`);
  const alternatives = phrases.flatMap(({ pattern }) => topLevelAlternatives(pattern.source));
  const bounded = alternatives.filter((alternative) => alternative.startsWith(WORD_BOUNDARY));
  const others = alternatives.filter((alternative) => !alternative.startsWith(WORD_BOUNDARY));
  const shared = bounded.length > 0 ? [`${WORD_BOUNDARY}(?:${bounded.map((alternative) => alternative.slice(WORD_BOUNDARY.length)).join('|')})`] : [];
  return new RegExp([...shared, ...others].join('|'), 'i');
}

/** A pattern's alternatives at its top level: "a|(?:b|c)[|]" is "a" and "(?:b|c)[|]". */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let index = 0; index < source.length; index += 1) {
    const char = source.charAt(index);
    if (char === '\\') index += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) {
      alternatives.push(source.slice(start, index));
      start = index + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

export function findSpam(text: string): SpamFindings {
  const keyFound = ANY_FOREIGN_KEY.test(text) || OTHER_SCRIPT.test(text);
  // Where the combined pattern finds nothing, none of its rows can: a key word ("late",
  // "percent") then has only the rows read beside a key read, not every row one by one.
  if (!ANY_SPAM_PHRASE.test(text)) return keyFound ? spamIn(text, keyFound, false, true) : { pitches: [], themes: [], massPhrases: [] };
  return spamIn(text, keyFound, true, true);
}

/**
 * findSpam without the shortcuts (the combined pattern, the groups' gates): every row read;
 * exported so a test can hold the two to the same answers. (Both read a phrase in another language
 * only beside one of its keys.)
 */
export function findSpamPhraseByPhrase(text: string): SpamFindings {
  return spamIn(text, ANY_FOREIGN_KEY.test(text) || OTHER_SCRIPT.test(text), true, false);
}

const THEME_TABLE = phraseTable(THEME_PHRASES);
const PITCH_TABLE = phraseTable(PITCH_PHRASES);
const MASS_TABLE = phraseTable(MASS_PHRASES);

/** `gated`: rows passed over where their group's gate finds nothing (see PhraseTable). */
function spamIn(text: string, keyFound: boolean, unkeyedToo: boolean, gated: boolean): SpamFindings {
  const themes = matchPhrases(text, THEME_TABLE, keyFound, unkeyedToo, gated);
  const pitches = matchPhrases(text, PITCH_TABLE, keyFound, unkeyedToo, gated);
  // A theme plus money promised in the same text is a pitch even without a stock phrase; the
  // reason quotes the promise as written.
  const promise = pitches.length === 0 && themes.some(isMoneyTheme) ? MONEY_PROMISE.exec(text) : null;
  if (promise !== null) pitches.push(collapseWhitespace(promise[0]));
  return { pitches, themes, massPhrases: matchPhrases(text, MASS_TABLE, keyFound, unkeyedToo, gated) };
}

function isMoneyTheme(theme: string): boolean {
  return theme !== ROMANCE_THEME;
}

/**
 * The findings of `text` with a pitch added when it promises money and the other text (the note,
 * or the headline and company) has a money theme: "Crypto Fund Manager" and "Our fund pays 20% a
 * month" make the pitch together, as they would in one text.
 */
function withPromiseBesideTheme(text: string, spam: SpamFindings, themesElsewhere: readonly string[]): SpamFindings {
  if (spam.pitches.length > 0 || spam.themes.some(isMoneyTheme) || !themesElsewhere.some(isMoneyTheme)) return spam;
  const promise = MONEY_PROMISE_BESIDE_THEME.exec(text);
  return promise === null ? spam : { ...spam, pitches: [collapseWhitespace(promise[0])] };
}

/**
 * Letters dressed up to slip past the phrases: maths bold or italic ("𝐠𝐮𝐚𝐫𝐚𝐧𝐭𝐞𝐞𝐝"), full-width
 * ("ｇｕａｒａｎｔｅｅｄ"), circled, or a Cyrillic or Greek look-alike inside a Latin word ("pаypal"
 * with a Cyrillic "а"). Read as the plain letters they stand for. A word wholly in Cyrillic or
 * Greek is left as written. Most text has none of these, and is returned as it is after one look.
 */
const MAY_BE_MASKED = /[\u0370-\u03FF\u0400-\u04FF\u24B6-\u24E9\uFF01-\uFF5E\uD835]/;
const STYLED = /[\u24B6-\u24E9\uFF01-\uFF5E]|\uD835[\uDC00-\uDFFF]/;
/** Cyrillic and Greek letters that look like Latin ones, one for one (the text keeps its length). */
const LOOK_ALIKES: ReadonlyMap<string, string> = new Map(
  [
    ['аеорсухіјѕԁһӏԛԝ', 'aeopcyxijsdhlqw'],
    ['АВЕКМНОРСТХІЈЅУ', 'ABEKMHOPCTXIJSY'],
    ['αοριν', 'aopiv'],
    ['ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ', 'ABEZHIKMNOPTYX'],
  ].flatMap(([from = '', to = '']) => [...from].map((char, index): [string, string] => [char, to.charAt(index)])),
);
const LOOK_ALIKE = `[${[...LOOK_ALIKES.keys()].join('')}]`;
/**
 * A look-alike beside a Latin letter, either side; or standing alone between letters spelt out
 * one at a time ("W h а t s A p p" with a Cyrillic "а").
 */
const LOOK_ALIKE_BESIDE_LATIN = new RegExp(
  `(?<=[A-Za-z])${LOOK_ALIKE}|${LOOK_ALIKE}(?=[A-Za-z])|(?<=(?<![A-Za-z0-9])[A-Za-z][ .*_-]{1,2})${LOOK_ALIKE}(?=[ .*_-]{1,2}[A-Za-z](?![A-Za-z0-9]))`,
  'g',
);

/**
 * Letters dressed up to slip past the phrases: maths bold or italic ("𝐠𝐮𝐚𝐫𝐚𝐧𝐭𝐞𝐞𝐝"), full-width
 * ("ｇｕａｒａｎｔｅｅｄ") or circled, read as the letters they stand for (NFKC); and a Cyrillic or
 * Greek look-alike beside a Latin letter ("pаypal" with a Cyrillic "а"), read as the Latin one.
 * Twice, so that two look-alikes in a row ("сrурtо") are read too. A word wholly in Cyrillic or
 * Greek is left as written. Most text has none of these, and is returned as it is after one look.
 */
function unmasked(text: string): string {
  const visible = INVISIBLE.test(text) ? text.replace(INVISIBLE_BESIDE_LATIN, '') : text;
  const plain = MAY_BE_MASKED.test(visible) ? unstyled(visible) : visible;
  const joined = SPACED_OUT.test(plain) ? plain.replace(SPACED_OUT_ALL, joinedIfSpelt) : plain;
  return BENT_MESSENGER.test(joined) ? joined.replace(BENT_MESSENGER_ALL, messengerName) : joined;
}

/**
 * A messaging app's name bent to slip past the phrases: "Tele gram" in two words, "Whats-App",
 * "Wh@tsApp", "Whatsaap". Read as the app's name. ("WhatsApp" and "Whats App" as written are
 * left alone: the phrases read them already, and their quotes keep the sender's spelling.)
 * Every run is bounded, so a long run of spaces or letters is read once.
 */
const BENT_MESSENGER = /\b(?:tele[ \t]{1,3}gram|whats-a(?:pp|ap)|whatsaap|wh@ts[\s-]?a(?:pp|ap))\b/i;
const BENT_MESSENGER_ALL = new RegExp(BENT_MESSENGER.source, 'gi');

function messengerName(bent: string): string {
  return bent.toLowerCase().startsWith('tele') ? 'Telegram' : 'WhatsApp';
}

function unstyled(text: string): string {
  const plain = STYLED.test(text) ? text.normalize('NFKC') : text;
  const fold = (char: string): string => LOOK_ALIKES.get(char) ?? char;
  return plain.replace(LOOK_ALIKE_BESIDE_LATIN, fold).replace(LOOK_ALIKE_BESIDE_LATIN, fold);
}

/**
 * Invisible characters put inside a word to slip past the phrases: a zero-width space, joiner or
 * non-joiner, a word joiner, a byte-order mark or a soft hyphen ("What\u200BsApp"). Dropped beside
 * a Latin letter or a space; elsewhere (a joiner in an emoji, a non-joiner in Persian) kept.
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
// A run is tried from its first character only: a long run beside no Latin letter stays linear.
const INVISIBLE_BESIDE_LATIN = /(?<=[A-Za-z\s])[\u00AD\u200B-\u200D\u2060\uFEFF]+|(?<![\u00AD\u200B-\u200D\u2060\uFEFF])[\u00AD\u200B-\u200D\u2060\uFEFF]+(?=[A-Za-z\s])/g;

/**
 * A word spelt out letter by letter to slip past the phrases: "W h a t s A p p me", "write me on
 * T e l e g r a m", "W.h.a.t.s.A.p.p", "W - h - a - t - s". Five single letters or more, each apart
 * by one to three spaces (a no-break or an ideographic one too), dots, dashes, underscores,
 * asterisks, slashes, commas or bullets, read as the word when it is one of these; any other run
 * ("U. S. A.", "a b c d e") is left as written.
 */
const SPACED_OUT = /(?<![A-Za-z0-9])[A-Za-z](?:[ .*_\-/,\u00A0\u3000\u2022\u00B7]{1,3}[A-Za-z](?![A-Za-z0-9])){4,}/;
const SPACED_OUT_ALL = new RegExp(SPACED_OUT.source, 'g');
const SPELT_OUT_WORDS: ReadonlySet<string> = new Set(['whatsapp', 'telegram', 'signal', 'wechat', 'viber', 'crypto', 'bitcoin', 'forex', 'paypal', 'binance', 'profit', 'profits']);
const NOT_A_LETTER = /[^A-Za-z]/g;

function joinedIfSpelt(run: string): string {
  const word = run.replace(NOT_A_LETTER, '');
  return SPELT_OUT_WORDS.has(word.toLowerCase()) ? word : run;
}

const CURLY_APOSTROPHES = /[’‘]/g;
const NOT_WORD_CHARS = /[^\p{L}\p{N}' ]+/gu;
const DIGIT = /\d/;

function normaliseForTemplate(text: string): string {
  return collapseWhitespace(text.toLowerCase().replace(CURLY_APOSTROPHES, "'").replace(NOT_WORD_CHARS, ' '));
}

/**
 * Chinese and Japanese, written without spaces between words. Read as a word every three of their
 * characters, a short word's length with its particle: a sentence of them is no one-word template
 * ("我们上周在QCon上海聊过可观测性，很高兴认识你！"), where "你好！" and "よろしくお願いします" still are.
 */
const UNSPACED_SCRIPT = /[\u3040-\u30FF\u3400-\u9FFF]/;
const UNSPACED_WORD = /([\u3040-\u30FF\u3400-\u9FFF]{3})/g;

/**
 * The template phrases in one pattern: a note that holds none of them (most personal notes) is not
 * read once per phrase. Taking one out can bring two others together, so a note that holds one
 * still has them taken out one by one, in order.
 */
const ANY_TEMPLATE_PHRASE = anyPattern(TEMPLATE_PHRASES, 'g');

/** What is left of a note once the greeting and template phrases are taken out. */
function ownWords(note: string): string[] {
  let rest = normaliseForTemplate(note.replace(GREETING, ''));
  if (ANY_TEMPLATE_PHRASE.test(rest)) for (const template of TEMPLATE_PHRASES) rest = rest.replace(template, ' ');
  if (UNSPACED_SCRIPT.test(rest)) rest = rest.replace(UNSPACED_WORD, ' $1 ');
  return rest.split(' ').filter((word) => word.length > 1 || DIGIT.test(word));
}

/** `themesElsewhere`: the spam themes of their headline and company, which a promise in the note makes a pitch. */
export function analyseNote(note: string | null, themesElsewhere: readonly string[] = []): NoteAnalysis {
  return analyseUnmaskedNote(unmasked(note?.trim() ?? ''), themesElsewhere);
}

/** analyseNote of a note already trimmed and unmasked. */
function analyseUnmaskedNote(text: string, themesElsewhere: readonly string[]): NoteAnalysis {
  const read = withPromiseBesideTheme(text, findSpam(text), themesElsewhere);
  const found = read.pitches.length > 0 ? withoutPitchesNamed(text, read) : read;
  const cue = cueBesideSoftPhrases(found, text);
  // An investor who says what they back asks for a call as a sales sequence does, but is no sales
  // sequence: the note is plain, a question, and the mutual connections decide.
  // So is a recruiter who names the vacancy they are hiring for: it is why they looked at the profile.
  const spam = cue === null && !isInvestorAsk(found, text) && !isRecruiterWithVacancy(found, text) ? found : { pitches: found.pitches, themes: found.themes, massPhrases: [] };
  if (text === '') return { kind: 'none', specific: null, spam };
  if (spam.pitches.length > 0) return { kind: 'spam', specific: null, spam };
  if (spam.massPhrases.length > 0) return { kind: 'mass-message', specific: null, spam };
  // Soft phrases dropped beside a cue are not the cue: "a quick meeting" is not the event.
  const specific = cue ?? specificCue(text);
  // Three own words or fewer ("Hi, let's connect!") is a template however it is dressed, unless
  // they name something the two share ("Loved your talk!").
  const shared = specific === 'event' || specific === 'shared-context';
  if (!shared && ownWords(text).length <= 3) return { kind: 'generic', specific: null, spam };
  return { kind: shared ? 'personal' : 'plain', specific, spam };
}

/**
 * A scam or a pitch named, not made. Quoted as a warning: the phrase in quotation marks, in a note
 * that speaks of scams outside them ("someone using your name, promising "guaranteed returns of
 * 20% a month". I reported it", "a phishing kit asks victims to "verify your account""), unless the
 * warning is denied ("not a scam"). Or studied, banned, warned against or denied in so many words
 * (NAMED_BEFORE, NAMED_AFTER): "an economist studying multi-level marketing", "binary options
 * enforcement", "never share your verification code", "nobody is a 100x engineer". Never when the
 * rest of the note promises money itself ("Beware of fake brokers: "guaranteed returns", 20%
 * monthly with us") or asks to be contacted (CONTACT_ASKED). Read only for notes with a pitch, which
 * are few.
 */
const QUOTED = /"[^"\n]{1,200}"|“[^”\n]{1,200}”|«[^»\n]{1,200}»|„[^“”\n]{1,200}[“”]/g;
const WARNING_WORD =
  /\b(?:scam(?:s|mers?|med)?|fraud(?:s|sters?|ulent)?|phishing|phish|fake|warn(?:s|ed|ing)?|reported|debunk(?:s|ed|ing)?|victims?|beware|impersonat(?:e[sd]?|ing|ion|ors?)|spoof(?:ed|ing)?)\b|\b(?:betrug|betr[üu]ger|arnaque|escroc|estafa|golp(?:e|ista)|fraude|oplicht|truff)/i;
const WARNING_DENIED =
  /\b(?:not|no|never|zero|(?:is|was)n['’]t|100%)\s+(?:an?\s+|the\s+)?(?:scam|fraud|fake)|\blegit\b|\bkein(?:e|en)? (?:betrug|abzocke)|\bpas (?:une |d['’])?arnaque|\bno es (?:una )?estafa|\bn[ãa]o [ée] (?:um )?golpe|\bgeen oplichting|\bnon [èe] una truffa/i;
/** What comes just before a phrase named, not made (read on at most NAMED_REACH characters). */
const NAMED_BEFORE =
  /(?:\b(?:studying|stud(?:y|ies) (?:of|on|into)|research(?:ing)?(?: (?:on|into))?|investigat(?:ing|ions? into)|debunk(?:ing|s|ed)?|regulat(?:ing|ions? (?:of|on))|ban(?:ning|s|ned)? on|banned|outlaw(?:ing|ed)|warn(?:ing|s|ed)? (?:\w+ )?(?:about|against)|no such thing as(?: an?)?|nobody is an?|(?:that|which|who) (?:promised|promises|promising)|scams? (?:where|in which|that) (?:people|victims|users|you) (?:get|are|were|got))\s*["“]?|\b(?:never|not|don['’]t|do not|shouldn['’]t)\s+(?:share|send|give|forward|tell|text|reply with)\s+(?:\S+\s+){0,4}|\b(?:fixed|variable|fixed-rate|comparing|compared) (?:\S+ )?)$/i;
/** What comes just after one. */
const NAMED_AFTER =
  /^\s*["”]?\s*(?:enforcement|bans?\b|fraud|scams?\b|regulation|gurus|(?:ads|adverts|advertisements|promotions) (?:on|in)\b|engineers?\b|developers?\b|programmers?\b|(?:became|turned into|grew into) (?:an? |my |our )?(?:real |proper |full-time |actual )?(?:company|business|startup|product)\b|(?:takes|requires|needs) (?:decades|years|time|patience|discipline|a lifetime)\b)/i;
const NAMED_REACH = 80;
/** A quote someone else said: "promising", "saying", "asks victims to", "versprechen" just before it; not "ours offers". */
const REPORTED_BEFORE =
  /\b(?:promis(?:e[sd]?|ing)|say(?:s|ing)?|said|ask(?:s|ed|ing)?|told|tell(?:s|ing)?|claim(?:s|ed|ing)?|call(?:s|ed|ing)?|debunk(?:s|ed|ing)?|quot(?:e[sd]?|ing)|read(?:s|ing)?|like|about|subject|titled|verspr(?:echen|icht|ochen)|promett(?:ant|ent|ait)|promet|promet(?:en|e|iendo|em|endo)|belo(?:ven|ofd?)|promettono)\b(?:\s+[^\s"“«„]+){0,3}\s*[:,]?\s*$/i;
const REPORTED_REACH = 40;
/** A denial with a way round it: "never share your code with anyone except me". */
const EXCEPT_AFTER = /^[^.!?\n]{0,80}?\b(?:except|but|other than|apart from|unless|besides)\b/i;

function withoutPitchesNamed(text: string, found: SpamFindings): SpamFindings {
  const quotes = /["“«„]/.test(text) ? [...text.matchAll(QUOTED)].map((match) => ({ from: match.index, to: match.index + match[0].length })) : [];
  const reported = quotes.filter(({ from }) => REPORTED_BEFORE.test(text.slice(Math.max(0, from - REPORTED_REACH), from)));
  const warns = reported.length > 0 && WARNING_WORD.test(blanked(text, quotes)) && !WARNING_DENIED.test(text);
  const named: { from: number; to: number }[] = [];
  const pitches = found.pitches.filter((label) => {
    const matches = matchesOf(PITCH_PHRASE_BY_LABEL.get(label) ?? [], text);
    const isNamedHere = matches.length > 0 && matches.every(({ from, to }) => (warns && withinOne(reported, from, to)) || isNamed(text, from, to));
    if (isNamedHere) named.push(...matches);
    return !isNamedHere;
  });
  if (pitches.length === found.pitches.length) return found;
  const rest = blanked(text, warns ? [...named, ...reported] : named);
  return MONEY_PROMISE_BESIDE_THEME.test(rest) || CONTACT_ASKED.test(rest) ? found : { ...found, pitches };
}

/** The pitch's own way in, beside a warning: "Scammers promise "passive income". We deliver it: message me on WhatsApp." */
const CONTACT_ASKED =
  /\b(?:dm|message me|contact me|reach me|inbox me|text me|add me|write (?:to )?me|join (?:my|our|us)|vip)\b|\b(?:on|via|through|auf|[üu]ber|sur|por|pelo|no|en|op|per) (?:whats\s?app|telegram|signal)\b/i;

/** `text` with each of `ranges` blanked out, in one pass. */
function blanked(text: string, ranges: readonly { from: number; to: number }[]): string {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  let out = '';
  let at = 0;
  for (const { from, to } of sorted) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    out += `${text.slice(at, start)}${' '.repeat(to - start)}`;
    at = to;
  }
  return out + text.slice(at);
}

/** Whether [from, to) lies within one of `quotes`, which are in order and apart. */
function withinOne(quotes: readonly { from: number; to: number }[], from: number, to: number): boolean {
  let low = 0;
  let high = quotes.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const quote = quotes[middle];
    if (quote === undefined) return false;
    if (quote.to <= from) low = middle + 1;
    else if (quote.from > from) high = middle - 1;
    else return to <= quote.to;
  }
  return false;
}

function isNamed(text: string, from: number, to: number): boolean {
  if (EXCEPT_AFTER.test(text.slice(to, to + NAMED_REACH))) return false;
  return NAMED_BEFORE.test(text.slice(Math.max(0, from - NAMED_REACH), from)) || NAMED_AFTER.test(text.slice(to, to + NAMED_REACH));
}

/** Where `phrases` match `text`, every match. */
function matchesOf(phrases: readonly Phrase[], text: string): { from: number; to: number }[] {
  const found: { from: number; to: number }[] = [];
  for (const phrase of phrases) {
    // exec on one global pattern kept per phrase: matchAll and a new pattern per call would copy it each time.
    const everywhere = everyMatchOf(phrase);
    everywhere.lastIndex = 0;
    for (let match = everywhere.exec(text); match !== null; match = everywhere.exec(text)) {
      found.push({ from: match.index, to: match.index + match[0].length });
      // As matchAll does: an empty match moves on by one character.
      if (match[0] === '') everywhere.lastIndex += 1;
    }
  }
  return found;
}

const EVERY_MATCH: WeakMap<Phrase, RegExp> = new WeakMap();

/** The phrase's pattern with the flags `gi`, made once. */
function everyMatchOf(phrase: Phrase): RegExp {
  const known = EVERY_MATCH.get(phrase);
  if (known !== undefined) return known;
  const everywhere = new RegExp(phrase.pattern.source, 'gi');
  EVERY_MATCH.set(phrase, everywhere);
  return everywhere;
}

/**
 * The shared event or context that lets the note's soft phrases go, when they are its only mass
 * phrases; null when there is none and they count.
 */
function cueBesideSoftPhrases(spam: SpamFindings, text: string): 'event' | 'shared-context' | null {
  if (spam.massPhrases.length === 0 || !spam.massPhrases.every((label) => SOFT_LABELS.has(label))) return null;
  // Without the phrases themselves: "a quick meeting" or "read your" would otherwise count as the cue.
  const rest = withoutSoftPhrases(text, spam.massPhrases);
  if (isEventCue(rest)) return 'event';
  if (isSharedCue(rest)) return 'shared-context';
  // A call or time already had is a shared event too.
  return softPhraseInPast(text, spam.massPhrases) ? 'event' : null;
}

/**
 * An investor asking for a call, and saying what they invest in at which stage: "We invest in
 * developer tooling at seed - open to a quick chat?", "I'm an angel investor in B2B SaaS. Worth a
 * quick call?". Only the call or some minutes asked for, no other mass phrase; a fake investor's
 * "funds to invest in viable projects" keeps its theme, and one who asks for your e-mail its phrase.
 */
const INVESTOR_ASKS: ReadonlySet<string> = new Set(['book a quick call', 'a few minutes of your time', 'a quick 15 min', 'would a short call make sense']);
const INVESTOR_INTRO =
  /\b(?:we|i)(?:['’]re| are| am)? (?:invest(?:ing)?|back(?:ing)?|lead(?:ing)?|fund(?:ing)?|writ(?:e|ing) (?:the )?(?:first )?(?:cheques|checks|tickets)) (?:[^.!?\n]{0,60}?\b)?(?:(?:at|from) (?:the )?(?:pre-?seed|seed|series [ab]|early[\s-]stage)\b|(?:pre-?seed|seed|series [ab]|early[\s-]stage) (?:rounds?|stage|startups|companies|founders|teams)\b)|\b(?:i['’]m|i am) an? (?:active )?(?:angel|pre-?seed|seed|early[\s-]stage) investor\b/i;

// A fee or a deposit beside the call is no investor's: "open to a quick chat? To join our portfolio
// there is a one-time onboarding fee of $500".
// Nor bank details, a wallet or an identity document asked for beside it.
const FEE_ASKED =
  /\b(?:fees?|deposits?|subscriptions?|memberships?|iban|passport)\b|\bpay (?:a|an|the|us|our|me|upfront|up-front|first)\b|\b(?:bank|banking|account|wallet) (?:details|number|address|information|info)\b/i;

function isInvestorAsk(spam: SpamFindings, text: string): boolean {
  return spam.massPhrases.length > 0 && spam.massPhrases.every((label) => INVESTOR_ASKS.has(label)) && INVESTOR_INTRO.test(text) && !FEE_ASKED.test(text);
}

/**
 * A recruiter who saw the reader's profile and names the vacancy it is for: "We're hiring a Senior
 * SRE for our payments team and I noticed your profile", "Temos uma vaga de Data Engineer … e seu
 * perfil chamou atenção". Only having seen the profile, no other mass phrase: "send me your CV" or a
 * call asked for keeps the note a mass message.
 */
const PROFILE_SEEN_LABELS = softLabels(['I noticed your profile', 'habe Ihr Profil gesehen', "j'ai vu votre profil", 'vi tu perfil', 'vi seu perfil', 'ik zag uw profiel']);
const VACANCY =
  /\b(?:we(?:['’]re| are)|i(?:['’]m| am)) (?:currently )?hiring (?:an? |for an? |two |three |\d{1,2} )(?:[\w-]+ ){0,3}?(?:engineers?|developers?|designers?|managers?|analysts?|scientists?|leads?|heads?|directors?|architects?|sres?|researchers?|marketers?|writers?|accountants?)\b|\bwe have an? (?:open |new )?(?:role|opening|position|vacancy) for an? \w|(?<![\w\u00C0-\u024F])(?:temos uma vaga (?:de|para)|tenemos una vacante (?:de|para)|nous recrutons (?:un|une)|wir suchen (?:eine?n?|zur verst[äa]rkung)|(?:we|wij) (?:zoeken een|hebben een vacature))(?![\w\u00C0-\u024F])/i;

/**
 * Or asks, once the profile was seen, whether the reader would hear more of it: "I saw your profile
 * after your talk - we are hiring a Senior Data Engineer. Would you be open to hearing more?".
 */
const RECRUITER_ASKS: ReadonlySet<string> = new Set([...PROFILE_SEEN_LABELS, 'open to hearing about']);

function isRecruiterWithVacancy(spam: SpamFindings, text: string): boolean {
  return spam.massPhrases.some((label) => PROFILE_SEEN_LABELS.has(label)) && spam.massPhrases.every((label) => RECRUITER_ASKS.has(label)) && VACANCY.test(text);
}

function specificCue(text: string): NoteAnalysis['specific'] {
  if (isEventCue(text)) return 'event';
  if (isSharedCue(text)) return 'shared-context';
  if (text.includes('?')) return 'question';
  if (NAMED_GREETING.test(text)) return 'named';
  return null;
}

/** A short quote of the note for a reason, cut at a word boundary. */
export function snippet(text: string, maxChars: number = SNIPPET_CHARS): string {
  const flat = collapseWhitespace(text);
  if (flat.length <= maxChars) return flat;
  const cut = wholeCharactersWithin(flat, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** A full stop, unless the sentence already ends with one inside its closing quote. */
function endSentence(text: string): string {
  return /[.!?…]"$/.test(text) ? text : `${text}.`;
}

function quoteList(labels: readonly string[]): string {
  return labels.map((label) => `"${label}"`).join(', ');
}

function isText(value: string | null): value is string {
  return value !== null && value.trim() !== '';
}

// ---------------------------------------------------------------------------------------------
// The signals

function spamSignals({ note, noteText, profile, profileSpam }: Facts): Signal[] {
  const pitchesInNote = quotesOf(note.spam.pitches, noteText, PITCH_PHRASE_BY_LABEL);
  const pitchesInHeadline = quotesOf(profileSpam.pitches, profile, PITCH_PHRASE_BY_LABEL);
  if (pitchesInNote.length + pitchesInHeadline.length > 0) {
    // Phishing and the like are no pitch: they are named for what they are.
    const what = [...note.spam.pitches, ...profileSpam.pitches].every((label) => SCAM_LABELS.has(label)) ? 'looks like a scam' : 'makes a money pitch';
    const reason =
      pitchesInNote.length === 0
        ? `Their headline ${what} (${quoteList(pitchesInHeadline)})`
        : `The note ${what} (${quoteList(pitchesInNote)})${pitchesInHeadline.length > 0 ? `, and so does their headline (${quoteList(pitchesInHeadline)})` : ''}`;
    return [{ weight: WEIGHTS.spam.strongPitch, reason: `${reason}: a typical spam invitation.`, forcesIgnore: true }];
  }
  const signals: Signal[] = [];
  const noteThemes =
    note.spam.themes.length > 0 && note.kind === 'personal' && !OFFER_IN_STORY.test(noteText) ? note.spam.themes.filter((theme) => !STORY_THEMES.has(theme)) : note.spam.themes;
  // Each theme said where it was found, as pitches and mass phrases are.
  const themesInHeadline = profileSpam.themes.filter((theme) => !noteThemes.includes(theme));
  if (noteThemes.length > 0 && themesInHeadline.length > 0) {
    signals.push({
      weight: WEIGHTS.spam.theme,
      reason: `The note mentions ${noteThemes.join(' and ')}, and their headline ${themesInHeadline.join(' and ')}: common themes of spam invitations.`,
    });
  } else if (noteThemes.length + themesInHeadline.length > 0) {
    const themes = noteThemes.length > 0 ? noteThemes : themesInHeadline;
    signals.push({ weight: WEIGHTS.spam.theme, reason: `${where(noteThemes)} mentions ${themes.join(' and ')}, a common theme of spam invitations.` });
  }
  // Quoted as they wrote it, each where it was found. A headline is not a message: there the
  // same phrases are a sales pitch, and a milder sign, since it is how they describe their work.
  const inNote = quotesOf(note.spam.massPhrases, noteText, MASS_PHRASE_BY_LABEL);
  const inHeadline = quotesOf(profileSpam.massPhrases, profile, MASS_PHRASE_BY_LABEL);
  if (inNote.length > 0) {
    const headline = inHeadline.length > 0 ? `, and their headline like a sales pitch (${quoteList(inHeadline)})` : '';
    signals.push({ weight: WEIGHTS.spam.massMessage, reason: `The note reads like a mass message (${quoteList(inNote)})${headline}.` });
  } else if (inHeadline.length > 0) {
    signals.push({ weight: WEIGHTS.spam.salesHeadline, reason: `Their headline reads like a sales pitch (${quoteList(inHeadline)}).` });
  }
  return signals;
}

/**
 * Crypto, forex or trading in a personal note that offers nothing is part of their story, not a
 * theme: "we met on the panel at Web Summit where I was the crypto sceptic", "we worked together
 * at Monzo; I moved to a crypto exchange last year", "I moved from forex trading systems to infra".
 * An investment theme always offers something ("investment opportunity", "funds to invest"), and
 * a personal note that offers, earns, signals or moves the talk elsewhere keeps the theme ("we met at
 * Web Summit! Join my crypto group"), as does one that sells the life ("it changed my life - check
 * my Instagram", "we doubled our money last month", "I can show you my setup"). A theme in their
 * headline still counts.
 */
const STORY_THEMES: ReadonlySet<string> = new Set(['crypto', 'forex', 'trading']);
const OFFER_IN_STORY =
  /\b(?:join|invest(?:ing|ment|ments|or|ors)?|opportunit(?:y|ies)|interested|profits?|returns?|earn(?:s|ed|ing|ings)?|income|signals?|mentor(?:ing|ship)?|course|academy|teach|coach(?:ing)?|dm|message me|contact me|reach me|whats\s?app|telegram|let me know if|show you (?:how|my (?:setup|results|portfolio|profits?|strategy|system|method|earnings|gains))|partner(?:ship)?|presale|pre-sale|airdrop|tokens?|coins?|wallet address|referral|bonus|deposit|withdraw(?:al)?|passive|changed (?:my|our) li(?:fe|ves)|changed everything|instagram|(?:doubled|tripled) (?:my|our|their) (?:money|savings|capital)|retired? (?:at \d{2}|early|by \d{2})|financial freedom)\b/i;

/** The headline and company as findSpam reads them. */
function profileText(invitation: InvitationFields): string {
  return [invitation.headline, invitation.company].filter(isText).join(' \n ');
}

const MASS_PHRASE_BY_LABEL = phrasesByLabel(MASS_PHRASES);
const PITCH_PHRASE_BY_LABEL = phrasesByLabel(PITCH_PHRASES);

/** The rows of each label, in table order: a label may have two ("15% a month", "15 percent a month"). */
function phrasesByLabel(phrases: readonly Phrase[]): ReadonlyMap<string, readonly Phrase[]> {
  const byLabel = new Map<string, Phrase[]>();
  for (const phrase of phrases) byLabel.set(phrase.label, [...(byLabel.get(phrase.label) ?? []), phrase]);
  return byLabel;
}
/** Pitches that sell nothing: they fish for money or logins another way. */
const SCAM_LABELS: ReadonlySet<string> = new Set([
  'an advance fee', 'a fortune to pass on', 'investment through you', 'recovering lost funds', 'a phishing link', 'a login asked for at an address', 'a sugar baby offer', 'a loan offered',
  'confirme os seus dados bancários', 'confirme sus datos bancarios', 'confirmez vos coordonnées bancaires', 'bestätigen Sie Ihre Bankdaten', 'bevestig uw bankgegevens',
  'herança não reclamada', 'herencia no reclamada', 'héritage non réclamé', 'nicht beanspruchtes Erbe', 'niet-opgeëiste erfenis',
  'préstamos sin comprobación de crédito', 'Kredit ohne Schufa', 'prêt sans vérification de crédit', 'empréstimo sem consulta', 'lening zonder BKR',
  'a cheque for your equipment', 'a deposit to unlock tasks', 'a copy of your ID',
  'taxa de processamento reembolsável', 'tarifa de procesamiento reembolsable', 'frais de dossier remboursables', 'rückerstattbare Bearbeitungsgebühr', 'terugbetaalbare administratiekosten',
  'um cheque para o seu equipamento', 'un cheque para su equipo', 'un chèque pour votre matériel', 'ein Scheck für Ihre Ausrüstung', 'een cheque voor uw apparatuur',
  'recarregue a sua conta para desbloquear tarefas', 'recargue su cuenta para desbloquear tareas', 'rechargez votre compte pour débloquer des tâches', 'Konto aufladen, um Aufgaben freizuschalten', 'waardeer uw account op om taken te ontgrendelen',
  'cópia do seu documento', 'copia de su DNI', "copie de votre carte d'identité", 'Kopie Ihres Personalausweises', 'kopie van uw paspoort', 'نسخة من جواز سفرك',
  'ein verstorbener Kunde', 'un client décédé', 'un cliente fallecido', 'um cliente falecido', 'een overleden klant',  'a card to confirm', 'a parcel held for a fee', 'gift cards asked for', 'money asked for', 'debe pagar por los trámites', 'payments through your account',
  'software to install for an interview', 'a fee to be put forward', 'a consignment to receive',
  'bestätigen Sie Ihre Identität', 'vérifiez votre identité', 'verifique su identidad', 'confirme a sua identidade', 'bevestig uw identiteit',
  'paczka została wstrzymana', 'Ihr Paket wurde angehalten', 'votre colis est en attente', 'su paquete está retenido',
  'a sua encomenda está retida', 'uw pakket kon niet worden bezorgd', 'il tuo pacco è in giacenza',
  'om blokkering te voorkomen', 'Ihr Konto wird gesperrt', 'votre compte sera suspendu', 'su cuenta será bloqueada',
  'a sua conta será bloqueada', 'il tuo conto sarà bloccato', 'konto zostanie zablokowane',
]);
const QUOTE_CHARS = 60;
/** How far back from a phrase its quote may start, to take in its clause's first words. */
const QUOTE_LEAD = 30;
/** Always a clause's end: a line break or a list bar. */
const CLAUSE_MARKS = '\n|•·';
/** A clause's end when a space or the text's end follows: "1:1", "Node.js" and "1,000" are words. */
const CLAUSE_PUNCTUATION = ',;:.!?';

function endsClause(text: string, index: number): boolean {
  const char = text.charAt(index);
  if (CLAUSE_MARKS.includes(char)) return true;
  if (!CLAUSE_PUNCTUATION.includes(char)) return false;
  const next = text.charAt(index + 1);
  return next === '' || next === ' ' || next === '\n';
}

/**
 * What the text says where each phrase was found: the words around it in their clause, not the
 * label ("I came across your page", not "I came across your profile"). In label order, and a
 * phrase inside a clause already quoted is not quoted again; a label whose phrase cannot be
 * found again stands for itself.
 */
function quotesOf(labels: readonly string[], text: string, phrases: ReadonlyMap<string, readonly Phrase[]>): string[] {
  const quotes: string[] = [];
  const quoted: { from: number; to: number }[] = [];
  for (const label of labels) {
    // A pitch made of a theme and a promise is labelled with the promise as written.
    const match = firstMatch(phrases.get(label) ?? [], text) ?? promiseIn(label, text);
    if (match === null || match === undefined) {
      if (!quotes.includes(label)) quotes.push(label);
      continue;
    }
    if (quoted.some(({ from, to }) => match.index >= from && match.index < to)) continue;
    const clause = clauseAround(text, match.index, match.index + match[0].length);
    quoted.push(clause);
    quotes.push(snippet(text.slice(clause.from, clause.to).trim(), QUOTE_CHARS));
  }
  return quotes;
}

function firstMatch(phrases: readonly Phrase[], text: string): RegExpExecArray | null {
  for (const { pattern } of phrases) {
    const match = pattern.exec(text);
    if (match !== null) return match;
  }
  return null;
}

function promiseIn(label: string, text: string): RegExpExecArray | null {
  for (const pattern of [MONEY_PROMISE, MONEY_PROMISE_BESIDE_THEME]) {
    const match = pattern.exec(text);
    if (match !== null && collapseWhitespace(match[0]) === label) return match;
  }
  return null;
}

function clauseAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !endsClause(text, from - 1) && start - from < QUOTE_LEAD) from -= 1;
  // Cut short of the clause's start: begin at a word.
  if (from > 0 && !endsClause(text, from - 1)) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  let to = end;
  while (to < text.length && !endsClause(text, to) && to - from < SENTENCE_REACH) to += 1;
  // A question or an exclamation keeps its mark.
  if (text.charAt(to) === '?' || text.charAt(to) === '!') to += 1;
  return { from, to };
}

/** Whether a finding came from the note (preferred) or else from the headline or company. */
function where(inNote: readonly string[]): string {
  return inNote.length > 0 ? 'The note' : 'Their headline';
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * Mutual connections and the note, weighed together for the "no mutuals, no note" pattern. A
 * teammate who knows them, or a match with the owner's focus, is more than that pattern: then the
 * two count without its further penalty, and the reason says what speaks for them.
 */
function mutualAndNoteSignals(facts: Facts): Signal[] {
  const mutuals = countOrNull(facts.invitation.mutualConnections);
  if (mutuals === 0 && facts.note.kind === 'none') {
    const known = (facts.context.teammates ?? []).some((voice) => voice.kind === 'knows');
    if (known || matchesFocus(facts.focus)) {
      return [
        {
          weight: WEIGHTS.mutual.none + WEIGHTS.note.none,
          reason: `No mutual connections and no note: little to go on, though ${known ? 'a teammate knows them' : 'they match your focus'}.`,
        },
      ];
    }
    return [
      {
        weight: WEIGHTS.mutual.none + WEIGHTS.note.none + WEIGHTS.spam.noMutualsNoNote,
        reason: 'No mutual connections and no note: the usual pattern of mass invitations.',
      },
    ];
  }
  return [mutualSignal(mutuals), ...noteSignals(facts)];
}

function countOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) && value >= 0 ? Math.floor(value) : null;
}

function mutualSignal(mutuals: number | null): Signal {
  if (mutuals === null) {
    return {
      weight: WEIGHTS.mutual.unknown,
      reason: "The invitation doesn't say how many mutual connections you share.",
    };
  }
  if (mutuals === 0) {
    return { weight: WEIGHTS.mutual.none, reason: 'No mutual connections: nobody you know is connected to them.' };
  }
  if (mutuals < SOME_MUTUALS) {
    const reason = mutuals === 1 ? '1 mutual connection: someone you know is connected to them.' : `${mutuals} mutual connections: two people you know are connected to them.`;
    return { weight: WEIGHTS.mutual.few, reason };
  }
  if (mutuals < MANY_MUTUALS) {
    return {
      weight: WEIGHTS.mutual.some,
      reason: `${mutuals} mutual connections: a few people you know are connected to them.`,
    };
  }
  return {
    weight: WEIGHTS.mutual.many,
    reason: `${mutuals} mutual connections: plenty of people you know are connected to them.`,
  };
}

const SPECIFIC_WORDING: Readonly<Record<'event' | 'shared-context', string>> = {
  event: 'mentions where you met or an event',
  'shared-context': 'mentions something you share',
};

const PLAIN_WORDING: Readonly<Record<'question' | 'named', string>> = {
  question: "They wrote a note that asks you something, but it doesn't say how you know each other",
  named: "They wrote to you by name, but the note doesn't say how you know each other",
};

function noteSignals({ invitation, note }: Facts): Signal[] {
  const quoted = invitation.note === null ? '' : `"${snippet(invitation.note)}"`;
  switch (note.kind) {
    case 'none':
      return [{ weight: WEIGHTS.note.none, reason: 'No note came with the invitation.' }];
    case 'generic':
      return [
        { weight: WEIGHTS.note.generic, reason: `The note is a generic template (${quoted}), nothing personal.` },
      ];
    case 'plain': {
      const said = note.specific === 'question' || note.specific === 'named' ? PLAIN_WORDING[note.specific] : "They wrote a note of their own, but it doesn't say how you know each other";
      return [{ weight: WEIGHTS.note.plain, reason: endSentence(`${said}: ${quoted}`) }];
    }
    case 'personal': {
      const what = note.specific === 'event' || note.specific === 'shared-context' ? SPECIFIC_WORDING[note.specific] : 'is personal';
      return [{ weight: WEIGHTS.note.personal, reason: endSentence(`A personal note that ${what}: ${quoted}`) }];
    }
    // Spam and mass-message notes are weighed by spamSignals; the note earns nothing more.
    case 'spam':
    case 'mass-message':
      return [];
  }
}

function headlineSignals({ invitation }: Facts): Signal[] {
  if (isText(invitation.headline)) return [];
  return [{ weight: WEIGHTS.profile.noHeadline, reason: 'No headline, so there is little to go on about who they are.' }];
}

// ---------------------------------------------------------------------------------------------
// History: earlier checks of the same person in this workspace

type HistoryKey = `${InvitationStatus}:${'owner' | 'teammate'}`;

function historySignals({ context }: Facts): Signal[] {
  const groups = new Map<HistoryKey, { latest: PriorCheck; count: number }>();
  for (const check of context.history ?? []) {
    const key: HistoryKey = `${check.status}:${check.byOwner ? 'owner' : 'teammate'}`;
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, { latest: check, count: 1 });
      continue;
    }
    group.count += 1;
    // On a tie the earlier entry stays, as it would first in a stable sort.
    if (timeOf(check.at) > timeOf(group.latest.at)) group.latest = check;
  }
  return [...groups.values()].map((group) => historySignal(group.latest, group.count));
}

function timeOf(date: Date): number {
  const time = date.getTime();
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

function historySignal(latest: PriorCheck, count: number): Signal {
  const who = latest.byOwner ? 'You' : 'A teammate';
  const on = `on ${utcDateLabel(latest.at)}`;
  const times = count > 1 ? ` ${count} times, most recently ${on}` : ` ${on}`;
  const because = reasonSuffix(latest.reason);
  switch (latest.status) {
    case 'blocked':
      return { weight: WEIGHTS.history.blocked, reason: `${who} blocked them${times}${because}.`, forcesIgnore: true };
    case 'declined':
      return {
        weight: latest.byOwner ? WEIGHTS.history.declinedByOwner : WEIGHTS.history.declinedByTeammate,
        reason: `${who} declined them${times}${because}.`,
      };
    case 'ignored':
      if (count > 1) {
        return {
          weight: latest.byOwner ? WEIGHTS.history.ignoredRepeatedlyByOwner : WEIGHTS.history.ignoredRepeatedlyByTeammate,
          reason: `${who} ignored them${times}${because}, and they keep sending invitations.`,
        };
      }
      return {
        weight: latest.byOwner ? WEIGHTS.history.ignoredByOwner : WEIGHTS.history.ignoredByTeammate,
        // People often re-send after an ignore; worth knowing, not a bad sign in itself.
        reason: `${who} ignored them${times}${because}. Re-sending after an ignore is common and not a bad sign by itself.`,
      };
    case 'accepted':
      return {
        weight: latest.byOwner ? WEIGHTS.history.acceptedByOwner : WEIGHTS.history.acceptedByTeammate,
        reason: `${who} accepted them${times}${because}.`,
      };
    case 'pending':
      return {
        weight: WEIGHTS.history.pending,
        reason: latest.byOwner
          ? `You checked them before, ${on}, still undecided.`
          : `A teammate checked them ${on}, still undecided.`,
      };
  }
}

function reasonSuffix(reason: string | null): string {
  const text = reason ? collapseWhitespace(reason) : '';
  return text === '' ? '' : ` (reason: ${snippet(text, 80).replace(/[.!]+$/, '')})`;
}

/**
 * Stored reasons without a history line's quote of these words (" (reason: …)", as reasonSuffix
 * writes it): an earlier decision's typed words were quoted so before only quick choices were, and
 * must go from a later check's stored weighing with that decision's details. The sentence stays,
 * naming the decision and its date.
 */
export function withoutQuotedDecisionWords(reasons: readonly string[], words: readonly string[]): string[] {
  const quotes = [...new Set(words.map(reasonSuffix))].filter((quote) => quote !== '');
  return reasons.map((reason) => quotes.reduce((text, quote) => text.split(quote).join(''), reason));
}

/** YYYY-MM-DD in UTC, as the brief's reasons show dates. */
/** "3 Nov 2026", in UTC: a reason is stored once, and read in any time zone. */
function utcDateLabel(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'an unknown date';
  return `${date.getUTCDate()} ${MONTHS_SHORT[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}

const MONTHS_SHORT: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// ---------------------------------------------------------------------------------------------
// Teammates: "I know them" and heads-ups

const TEAMMATE_NAME_CHARS = 40;

function teammateSignals({ context }: Facts): Signal[] {
  const voices = context.teammates ?? [];
  // A heads-up holds the check at review at best, even beside a teammate who knows them: the team
  // disagrees, and a person should weigh the warning ("owes us an unpaid invoice") before accepting.
  const held = voices.some((voice) => voice.kind !== 'knows');
  const signals: Signal[] = [];
  let knowsSoFar = 0;
  for (const voice of voices) {
    if (voice.kind === 'knows') {
      signals.push({ weight: knowsWeight(knowsSoFar), reason: voiceReason(voice) });
      knowsSoFar += 1;
    } else {
      signals.push({ weight: WEIGHTS.teammates.caution, reason: voiceReason(voice), holdsForReview: held });
    }
  }
  return signals;
}

/** What the next "knows" adds when `earlier` teammates already said they know them. */
function knowsWeight(earlier: number): number {
  return knowsTotal(earlier + 1) - knowsTotal(earlier);
}

/** What `count` teammates who know them add together: 12, 17, 20, 20 … */
function knowsTotal(count: number): number {
  const { knowsFirst, knowsMore, knowsMax } = WEIGHTS.teammates;
  return count === 0 ? 0 : Math.min(knowsMax, knowsFirst + (count - 1) * knowsMore);
}

function voiceReason(voice: TeammateVoice): string {
  const name = snippet(voice.name, TEAMMATE_NAME_CHARS);
  const who = name === '' ? 'A teammate' : name;
  const note = voice.note ? collapseWhitespace(voice.note) : '';
  const quoted = note === '' ? '' : `: "${snippet(note)}"`;
  if (voice.kind === 'knows') return endSentence(`${who} knows them${quoted}`);
  return endSentence(quoted === '' ? `${who} gave a heads-up about them` : `${who} gave a heads-up${quoted}`);
}

// ---------------------------------------------------------------------------------------------
// Focus: what the owner said they are looking for

/** How many focus terms a no-match reason lists before "and N more". */
const FOCUS_TERMS_LISTED = 4;
const FOCUS_TERM_CHARS = 60;

/** How they fit the owner's focus, read once for the rules that need it. */
interface FocusReading {
  fit: ReturnType<typeof focusFit>;
  /** Whether a note was compared too. */
  hasNote: boolean;
}

/** Null when no focus is set, or there is nothing to compare (no headline, company or usable note). */
function readFocus(invitation: InvitationFields, context: EvaluationContext, note: NoteAnalysis): FocusReading | null {
  const focus = context.focus;
  if (focus === null || focus === undefined) return null;
  // A spam or mass-message note is written to hit keywords; it earns no fit.
  const usableNote = note.kind === 'spam' || note.kind === 'mass-message' ? null : invitation.note;
  const hasNote = isText(usableNote);
  const hasProfile = isText(invitation.headline) || isText(invitation.company);
  // Nothing to compare: the missing headline and note are weighed elsewhere, not twice here.
  if (!hasNote && !hasProfile) return null;
  return { fit: focusFit(focus, { headline: invitation.headline, company: invitation.company, note: usableNote }), hasNote };
}

function acceptedByOwnerBefore(context: EvaluationContext): boolean {
  return (context.history ?? []).some((check) => check.byOwner && check.status === 'accepted');
}

/** Whether they match the focus with nothing unwanted: the focus signal is a match. */
function matchesFocus(focus: FocusReading | null): boolean {
  return focus !== null && focus.fit.hasFocus && focus.fit.unwanted.length === 0 && focus.fit.matched.length > 0;
}

function focusSignals({ focus, context }: Facts): Signal[] {
  if (focus === null) return [];
  const { hasNote } = focus;
  const { matched, hasFocus, terms, fields, unwanted, unwantedFields } = focus.fit;
  const against: Signal[] =
    unwanted.length === 0
      ? []
      : [
          {
            weight: WEIGHTS.focus.unwanted,
            reason: `Their ${joinAnd(unwantedFields.map((field) => FIELD_LABELS[field]))} ${unwantedFields.length === 1 ? 'mentions' : 'mention'} ${joinAnd(unwanted.map((term) => `"${snippet(term, FOCUS_TERM_CHARS)}"`))}, which your focus says you don't want.`,
            // The owner said they don't want this kind of person: the app may still think them
            // worth a look, never an accept, unless the owner accepted them before.
            holdsForReview: !acceptedByOwnerBefore(context),
          },
        ];
  // What they are, if unwanted, outweighs a word of theirs that matches ("Tech Recruiter" for
  // "climate tech founders, not recruiters"), and says more than "nothing matches".
  if (!hasFocus || against.length > 0) return against;
  if (matched.length === 0) {
    const where = hasNote ? 'their headline or note' : 'their headline';
    return [
      {
        weight: WEIGHTS.focus.offFocus,
        reason: `Nothing in ${where} matches your focus (${listFocus(terms)}).`,
      },
    ];
  }
  return [
    {
      weight: matched.length >= 2 ? WEIGHTS.focus.strongMatch : WEIGHTS.focus.match,
      reason: focusMatchReason(fields, matched),
    },
  ];
}

const FIELD_LABELS: Readonly<Record<FocusField, string>> = {
  headline: 'headline',
  company: 'company name',
  note: 'note',
};

/** 'Their headline and note mention "fintech" and "B2B", which match your focus.' */
function focusMatchReason(fields: readonly FocusField[], matched: readonly string[]): string {
  const where = fields.length === 0 ? ['profile'] : fields.map((field) => FIELD_LABELS[field]);
  const verb = where.length === 1 ? 'mentions' : 'mention';
  const terms = matched.map((term) => `"${snippet(term, FOCUS_TERM_CHARS)}"`);
  return `Their ${joinAnd(where)} ${verb} ${joinAnd(terms)}, which ${matched.length === 1 ? 'matches' : 'match'} your focus.`;
}

/** "a", "a and b", "a, b and c". */
function joinAnd(items: readonly string[]): string {
  const last = items[items.length - 1] ?? '';
  return items.length <= 1 ? last : `${items.slice(0, -1).join(', ')} and ${last}`;
}

/** "data partnerships, fintech, B2B, analytics and 2 more". */
function listFocus(focusTerms: readonly string[]): string {
  const terms = focusTerms.map((term) => snippet(term, FOCUS_TERM_CHARS));
  const shown = terms.slice(0, FOCUS_TERMS_LISTED).join(', ');
  const rest = terms.length - FOCUS_TERMS_LISTED;
  return rest > 0 ? `${shown} and ${rest} more` : shown;
}
