// The recommendation: a transparent score with reasons a person can read. Never a black box:
// every point of the score comes from one row of WEIGHTS and shows up as a sentence in `reasons`
// (apart from reasons cut by the MAX_REASONS limit, which drops the least important).
// Pure and deterministic: no clock, no I/O; dates come in through the context.

import { focusFit, type FocusField } from './focus.js';
import { collapseWhitespace } from './slack-text.js';
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
    /** Mentions an event, a shared context, a question, or speaks to you in its own words. */
    personal: 20,
    /** A real sentence, but nothing specific to you. */
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
    /** No mutual connections and no note: on top of mutual.none and note.none. */
    noMutualsNoNote: -10,
  },
  history: {
    /** Also forces `ignore`, whoever blocked them. */
    blocked: -60,
    declinedByOwner: -20,
    declinedByTeammate: -15,
    ignoredByOwner: -8,
    ignoredByTeammate: -5,
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
     * caution asks for a closer look rather than settling it. Two or more without anyone who
     * knows them also hold the recommendation at review at best.
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
  /** Several heads-ups and nobody who knows them: `review` at best, however well the rest scores. */
  holdsForReview?: boolean;
}

type SignalRule = (facts: Facts) => Signal[];

/** What the rules read, computed once. */
interface Facts {
  invitation: InvitationFields;
  context: EvaluationContext;
  note: NoteAnalysis;
  profileSpam: SpamFindings;
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
  const facts: Facts = {
    invitation,
    context,
    note: analyseNote(invitation.note),
    profileSpam: findSpam([invitation.headline, invitation.company].filter(isText).join(' \n ')),
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
  /** What makes a personal note personal, for the reason sentence. */
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
}

// Each alone is a pitch. Labels are what the reason quotes back.
const PITCH_PHRASES: readonly Phrase[] = [
  { label: 'guaranteed returns', pattern: /\bguarantee(?:d|s)?\b[^.!?\n]{0,40}\b(?:returns?|profits?|income|roi|gains?)\b/i },
  { label: 'passive income', pattern: /\bpassive income\b/i },
  { label: 'risk-free', pattern: /\brisk[\s-]?free\b/i },
  { label: '100x', pattern: /\b100x\b/i },
  { label: 'multiplied returns', pattern: /\b\d{1,4}x (?:returns?|profits?|gains?|your (?:money|investment|income))\b/i },
  { label: 'financial freedom', pattern: /\bfinancial (?:freedom|independence)\b/i },
  { label: 'double your money', pattern: /\b(?:double|triple) your (?:money|investment|income)\b/i },
  { label: 'forex or crypto signals', pattern: /\b(?:forex|fx|crypto|trading|binary options?) signals?\b/i },
  { label: 'binary options', pattern: /\bbinary options?\b/i },
  { label: 'be your own boss', pattern: /\bbe your own boss\b/i },
  { label: 'network marketing', pattern: /\b(?:network|multi[\s-]?level) marketing\b|\bmlm\b/i },
  { label: 'residual income', pattern: /\bresidual income\b/i },
  { label: 'side hustle', pattern: /\bside hustle\b/i },
  { label: 'make money from home', pattern: /\b(?:make|earn) (?:money|\$?\d[\d,]*)\s+(?:online|from home|a (?:day|week|month))\b/i },
  { label: 'ground-floor opportunity', pattern: /\bground[\s-]floor\b/i },
  { label: 'token presale', pattern: /\b(?:token|coin) (?:pre-?sale|launch)\b|\bpre-?sale\b[^.!?\n]{0,60}\b(?:tokens?|allocation|bonus|spot|whitelist)\b|\bairdrop\b/i },
];

// Themes spammers use; not spam by themselves (a crypto engineer exists), a pitch with money talk.
const THEME_PHRASES: readonly Phrase[] = [
  { label: 'crypto', pattern: /\b(?:crypto(?:currenc(?:y|ies))?|bitcoin|btc|ethereum|altcoins?|defi|nfts?|web3)\b/i },
  { label: 'forex', pattern: /\bforex\b|\bfx trading\b/i },
  { label: 'trading', pattern: /\b(?:day|stock|options?|crypto|forex) trading\b|\btrading (?:platform|account|bot|strategy|academy|coach|mentor)\b/i },
  { label: 'investment', pattern: /\binvestment (?:opportunit(?:y|ies)|plans?|platform|scheme|packages?|fund)\b|\binvest (?:with|in) (?:me|us|my)\b/i },
];

// Money talk that turns a theme into a pitch: "my bitcoin fund … 30% monthly returns, DM me".
const MONEY_CUE = /\b(?:returns?|profits?|roi|earn(?:ings?)?|income|payouts?|dm me|whatsapp|telegram)\b|\d+\s?%|[$€£]\s?\d/i;

/**
 * Mass-message phrasing that people with a real reason to write use too: asking for a call or a
 * demo, saying they saw your profile ("Ana suggested I reach out. Up for a quick call?", "I read
 * your profile after your talk"). In a note these count only when the note has no other such
 * phrase and the rest of it points at nothing the two share (see analyseNote).
 */
const SOFT_PHRASES: readonly Phrase[] = [
  {
    label: 'book a quick call',
    pattern:
      /\b(?:book|schedule|hop on|jump on|set up|grab) a (?:quick |short |brief )?(?:\d+[\s-]?min(?:ute)? )?(?:call|chat|meeting)\b|\b(?:open to|up for|free for|time for) a (?:(?:quick|short|brief) (?:\d+[\s-]?min(?:ute)? )?|\d+[\s-]?min(?:ute)? )(?:call|chat|meeting)\b/i,
  },
  {
    label: 'a quick demo',
    pattern:
      /\b(?:book|schedule|set up|grab|send you|show you|give you) a (?:quick |short |brief |free )?(?:\d+[\s-]?min(?:ute)? )?(?:product )?demo\b|\b(?:open to|up for|interested in) a (?:quick |short |brief |free )?demo\b/i,
  },
  { label: 'I noticed your profile', pattern: /\bi (?:noticed|saw|viewed|checked out|read|looked at|went through|love|loved) your profile\b/i },
  {
    label: 'a few minutes of your time',
    pattern:
      /\b(?:do you have|have you got|could (?:i|we) (?:get|have|borrow)|connect for|spare|worth) (?:a few|\d{1,2}|five|ten|fifteen|twenty|thirty)[\s-]?(?:minutes?|mins?)\b|\bworth a (?:quick |short |brief )?(?:chat|call|conversation)\b|\b(?:send|share) (?:you |over )?a (?:quick |short |brief )?(?:\d{1,2}[\s-]?min(?:ute)? )?(?:video|loom)\b/i,
  },
];
const SOFT_LABELS: ReadonlySet<string> = new Set(SOFT_PHRASES.map(({ label }) => label));
/** Every soft phrase, every match: the note is read for cues without them. */
const ALL_SOFT_PHRASES = new RegExp(SOFT_PHRASES.map(({ pattern }) => `(?:${pattern.source})`).join('|'), 'gi');

const MASS_PHRASES: readonly Phrase[] = [
  { label: 'Dear Sir/Madam', pattern: /\bdear (?:sir|madam)\b|\bto whom it may concern\b/i },
  { label: 'Hello dear', pattern: /\b(?:hello|hi|hey|greetings),?\s+dear\s*(?:[,!.]|$)/i },
  { label: 'I came across your profile', pattern: /\b(?:i )?came across your (?:profile|page|account|background|experience)\b/i },
  { label: 'are you the right person', pattern: /\b(?:are you|would you be|is this) the right person (?:to (?:talk|speak) (?:to|with)|for|to ask)\b/i },
  { label: 'open to hearing about', pattern: /\b(?:open|interested) (?:to|in) hearing (?:about|more)\b/i },
  {
    label: 'a free audit',
    pattern:
      /\b(?:send|offer|give|do|run|prepare|share)(?: you)? an? (?:quick )?free (?:seo |website |security |marketing )?(?:audit|consultation|assessment|analysis)\b|\bfree (?:seo |website )?audit\b/i,
  },
  // Prospecting: "quick question - who handles marketing at Contoso?"
  {
    label: 'who handles … at your company',
    pattern:
      /\bwho (?:handles|is in charge of|is responsible for|looks after|oversees|manages) (?:the )?(?:marketing|sales|procurement|purchasing|it|hr|hiring|recruiting|partnerships|security|finance|operations|growth|software|cloud|data)\b[^?.!\n]{0,30}\bat [^?.!\n]{1,30}\?/i,
  },
  {
    label: 'I help companies like yours',
    pattern:
      /(?<!\bhow (?:do|can|could|should|might) )\b(?:i|we) help (?:[\w-]+\s+){0,3}?(?:companies|businesses|brands|founders|agencies|teams|startups|people|leaders|executives|ceos|owners|professionals|clients)\b/i,
  },
  { label: 'grow your pipeline 3x', pattern: /\b\d{1,3}x (?:your|their) (?:pipeline|revenue|sales|leads|growth|bookings|meetings)\b/i },
  ...SOFT_PHRASES,
  {
    label: 'exciting opportunity',
    pattern:
      /\b(?:exciting|amazing|lucrative|unique|great|flexible) (?:business )?opportunity\b|\bopportunity to (?:work|earn) from home\b|\b(?:lucrative|exciting|special) (?:business )?(?:offer|proposal)\b|\bbusiness (?:opportunity|proposal)\b/i,
  },
  { label: 'could benefit from our product', pattern: /\b(?:could|might|would|will|can) (?:really |greatly |truly )?benefit from (?:our|my)\b/i },
  { label: 'competitive rates', pattern: /\b(?:competitive|affordable|unbeatable) (?:rates|prices|pricing|costs?)\b|\bat (?:a )?very low costs?\b/i },
  // Moving the conversation off the network at once is how scams go on.
  {
    label: 'reply on WhatsApp or Telegram',
    pattern:
      /\b(?:reply|write|text|message|contact|reach|chat with|talk to|add) (?:me |us )?(?:on|via|through|over) (?:whats\s?app|telegram|wechat)\b|\b(?:whats\s?app|telegram|wechat)(?: me\b|\s*:?\s*\+\d)/i,
  },
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
  /\b(?:i )?(?:hope|wish) you (?:are|re) (?:doing )?well\b/g,
  /\b(?:i )?hope (?:this|my) (?:message|note|email|e mail) finds you well\b/g,
  /\bi(?:'d| would) be (?:honou?red|delighted|glad|happy|pleased) to connect(?: with you)?\b/g,
  /\b(?:thanks|thank you|best regards|kind regards|regards|best|cheers)\b/g,
  // LinkedIn's own templates in German, French, Spanish, Portuguese and Dutch, and the thanks and
  // sign-offs around them. (\b does not see accented letters, so spaces and line ends bound these.)
  /(?:^|\s)ich (?:möchte|würde) (?:sie|dich) gerne? (?:zu meinem|in mein(?:em)?) (?:beruflichen |professionellen )?netzwerk(?: auf linkedin)? (?:hinzufügen|aufnehmen)(?=\s|$)/g,
  /(?:^|\s)(?:ich (?:möchte|würde) mich gerne?|gerne möchte ich mich) mit (?:ihnen|dir) vernetzen(?=\s|$)/g,
  /(?:^|\s)(?:je souhaiterais|j'aimerais|je voudrais) (?:faire partie de (?:votre|ton) réseau|vous ajouter à mon réseau|t'ajouter à mon réseau)(?: professionnel)?(?: sur linkedin)?(?=\s|$)/g,
  /(?:^|\s)me gustaría (?:añadirte|agregarte|añadirle|agregarle) a mi red(?: profesional)?(?: en linkedin)?(?=\s|$)/g,
  /(?:^|\s)gostaria de (?:adicioná l[oa]|adicionar você|te adicionar|adicionar lhe) (?:à|a) minha rede(?: profissional)?(?: no linkedin)?(?=\s|$)/g,
  /(?:^|\s)ik (?:wil|zou) (?:u|je) graag (?:toevoegen aan|willen toevoegen aan) mijn(?: professionele)? netwerk(?: op linkedin)?(?=\s|$)/g,
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
  'session', 'dinner', 'offsite', 'demo day', 'your talk',
]);
const SHARED_CUE = wordsPattern([
  'we both', "we're both", 'we’re both', 'we are both', 'face to the name', 'worked together',
  'worked with you', 'used to work', 'former colleague', 'former teammate', 'colleague', 'colleagues',
  'alumni', 'alumnus', 'alumna', 'alum', 'alums', 'classmate', 'classmates', 'same team', 'same school',
  'same class', 'same company', 'introduced', 'introduction', 'intro', 'referred',
  'suggested i connect', 'suggested we connect', 'suggested i reach out', 'suggested we reach out',
  'mutual friend', 'read your', 'your post', 'your article', 'your blog', 'your paper', 'your book',
  'your newsletter', 'your project', 'your team', 'your work on', 'your research', 'your open source',
  'your open-source',
]);

// The same cues in German, French, Spanish, Portuguese and Dutch. Words English also uses (a hair
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
]);
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
]);

/** Any of the words or phrases, whole, case-insensitive. */
function wordsPattern(phrases: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${escapedPhrases(phrases)})\\b`, 'i');
}

/** The same for words with accented letters, which \b does not see: bounded by any letter or digit. */
function foreignWordsPattern(phrases: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escapedPhrases(phrases)})(?![\\p{L}\\p{N}])`, 'iu');
}

function escapedPhrases(phrases: readonly string[]): string {
  return phrases.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

// "met", but not the Dutch "met" ("with"): "met een", "met de", "met u" never follow the English one.
const MET = /\bmet\b(?!\s+(?:een|de|het|u|je|jou|jullie|ons|mij|mijn|hem|haar|elkaar|vriendelijke)\b)/i;

function isEventCue(text: string): boolean {
  return EVENT_CUE.test(text) || MET.test(text) || FOREIGN_EVENT_CUE.test(text);
}

function isSharedCue(text: string): boolean {
  return SHARED_CUE.test(text) || FOREIGN_SHARED_CUE.test(text);
}

// A greeting by name, in English or another language ("Hallo Sam", "Hola Sam"): not "Dear Sir".
const NAMED_GREETING =
  /^(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear)\s+(?!(?:Sir|Madam|There|Friend|All|Team|Everyone|I)\b)|(?:[Hh]allo|[Ll]iebe[r]?|[Bb]onjour|[Cc]h(?:er|ère)|[Hh]ola|[Ee]stimad[oa]|[Qq]uerid[oa]|[Oo]lá|[Pp]rezad[oa]|[Hh]oi|[Bb]este)\s+(?!(?:Herr|Frau|Monsieur|Madame|Señor|Señora|Senhor|Senhora|Meneer|Mevrouw|Sir|Madam|Team|Equipo|Equipe|Équipe|Allerseits|Zusammen|Todos|Tous)(?![\p{L}])))\p{Lu}[\p{L}'-]+/u;

/** Labels of the phrases found in `text`, in table order, without repeats. */
function matchPhrases(text: string, phrases: readonly Phrase[]): string[] {
  return phrases.filter((phrase) => phrase.pattern.test(text)).map((phrase) => phrase.label);
}

/**
 * Every phrase of the three tables in one alternation, so the usual text, which has none, is read
 * once instead of once per phrase, twice a check. A text it matches is read phrase by
 * phrase as before, for the labels.
 */
const ANY_SPAM_PHRASE = anyOf([...THEME_PHRASES, ...PITCH_PHRASES, ...MASS_PHRASES]);

/** One pattern matching where any of `phrases` does; they must share their flags (`i`) for that. */
function anyOf(phrases: readonly Phrase[]): RegExp {
  const odd = phrases.find(({ pattern }) => pattern.flags !== 'i');
  if (odd !== undefined) throw new Error(`spam phrase "${odd.label}" must have the flag i alone, like the others`);
  return new RegExp(phrases.map(({ pattern }) => `(?:${pattern.source})`).join('|'), 'i');
}

export function findSpam(text: string): SpamFindings {
  return ANY_SPAM_PHRASE.test(text) ? findSpamPhraseByPhrase(text) : { pitches: [], themes: [], massPhrases: [] };
}

/** findSpam without the shortcut; exported so a test can hold the two to the same answers. */
export function findSpamPhraseByPhrase(text: string): SpamFindings {
  const themes = matchPhrases(text, THEME_PHRASES);
  const pitches = matchPhrases(text, PITCH_PHRASES);
  // A theme plus money talk in the same text is a pitch even without a stock phrase.
  if (pitches.length === 0 && themes.length > 0 && MONEY_CUE.test(text)) {
    pitches.push(`${themes[0] ?? 'investment'} returns`);
  }
  return { pitches, themes, massPhrases: matchPhrases(text, MASS_PHRASES) };
}

const CURLY_APOSTROPHES = /[’‘]/g;
const NOT_WORD_CHARS = /[^\p{L}\p{N}' ]+/gu;
const DIGIT = /\d/;

function normaliseForTemplate(text: string): string {
  return collapseWhitespace(text.toLowerCase().replace(CURLY_APOSTROPHES, "'").replace(NOT_WORD_CHARS, ' '));
}

/** What is left of a note once the greeting and template phrases are taken out. */
function ownWords(note: string): string[] {
  let rest = normaliseForTemplate(note.replace(GREETING, ''));
  for (const template of TEMPLATE_PHRASES) rest = rest.replace(template, ' ');
  return rest.split(' ').filter((word) => word.length > 1 || DIGIT.test(word));
}

export function analyseNote(note: string | null): NoteAnalysis {
  const text = note?.trim() ?? '';
  const found = findSpam(text);
  const spam = withoutSoftPhrasesBesideCue(found, text);
  if (text === '') return { kind: 'none', specific: null, spam };
  if (spam.pitches.length > 0) return { kind: 'spam', specific: null, spam };
  if (spam.massPhrases.length > 0) return { kind: 'mass-message', specific: null, spam };
  // Soft phrases dropped beside a cue are not the cue: "a quick meeting" is not the event.
  const specific = specificCue(spam === found ? text : text.replace(ALL_SOFT_PHRASES, ' '));
  // Three own words or fewer ("Hi, let's connect!") is a template however it is dressed, unless
  // they name something the two share ("Loved your talk!").
  const shared = specific === 'event' || specific === 'shared-context';
  if (!shared && ownWords(text).length <= 3) return { kind: 'generic', specific: null, spam };
  return { kind: specific === null ? 'plain' : 'personal', specific, spam };
}

/** Drops soft phrases when they are the note's only mass phrases and the note names a shared event or context. */
function withoutSoftPhrasesBesideCue(spam: SpamFindings, text: string): SpamFindings {
  if (spam.massPhrases.length === 0 || !spam.massPhrases.every((label) => SOFT_LABELS.has(label))) return spam;
  // Without the phrases themselves: "a quick meeting" or "read your" would otherwise count as the cue.
  const rest = text.replace(ALL_SOFT_PHRASES, ' ');
  if (!isEventCue(rest) && !isSharedCue(rest)) return spam;
  return { pitches: spam.pitches, themes: spam.themes, massPhrases: [] };
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
  const cut = flat.slice(0, maxChars);
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

function spamSignals({ note, profileSpam }: Facts): Signal[] {
  const pitches = unique([...note.spam.pitches, ...profileSpam.pitches]);
  if (pitches.length > 0) {
    return [
      {
        weight: WEIGHTS.spam.strongPitch,
        reason: `${where(note.spam.pitches)} makes a money pitch (${quoteList(pitches)}): a typical spam invitation.`,
        forcesIgnore: true,
      },
    ];
  }
  const signals: Signal[] = [];
  const themes = unique([...note.spam.themes, ...profileSpam.themes]);
  if (themes.length > 0) {
    signals.push({
      weight: WEIGHTS.spam.theme,
      reason: `${where(note.spam.themes)} mentions ${themes.join(' and ')}, a common theme of spam invitations.`,
    });
  }
  const massPhrases = unique([...note.spam.massPhrases, ...profileSpam.massPhrases]);
  if (massPhrases.length > 0) {
    signals.push({
      weight: WEIGHTS.spam.massMessage,
      // A headline is not a message: there the same phrases are a sales pitch.
      reason:
        note.spam.massPhrases.length > 0
          ? `The note reads like a mass message (${quoteList(massPhrases)}).`
          : `Their headline reads like a sales pitch (${quoteList(massPhrases)}).`,
    });
  }
  return signals;
}

/** Whether a finding came from the note (preferred) or else from the headline or company. */
function where(inNote: readonly string[]): string {
  return inNote.length > 0 ? 'The note' : 'Their headline';
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Mutual connections and the note, weighed together for the "no mutuals, no note" pattern. */
function mutualAndNoteSignals(facts: Facts): Signal[] {
  const mutuals = countOrNull(facts.invitation.mutualConnections);
  if (mutuals === 0 && facts.note.kind === 'none') {
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
    const count = mutuals === 1 ? '1 mutual connection' : `${mutuals} mutual connections`;
    return { weight: WEIGHTS.mutual.few, reason: `${count}: a small link to people you know.` };
  }
  if (mutuals < MANY_MUTUALS) {
    return {
      weight: WEIGHTS.mutual.some,
      reason: `${mutuals} mutual connections: a few people you know are connected to them.`,
    };
  }
  return {
    weight: WEIGHTS.mutual.many,
    reason: `${mutuals} mutual connections: people you know can vouch for them.`,
  };
}

const SPECIFIC_WORDING: Readonly<Record<NonNullable<NoteAnalysis['specific']>, string>> = {
  event: 'mentions where you met or an event',
  'shared-context': 'mentions something you share',
  question: 'asks you a question',
  named: 'is written to you by name',
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
    case 'plain':
      return [
        { weight: WEIGHTS.note.plain, reason: endSentence(`They wrote a note, though nothing specific to you: ${quoted}`) },
      ];
    case 'personal': {
      const what = note.specific === null ? 'is personal' : SPECIFIC_WORDING[note.specific];
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
          ? `Checked before ${on}, still undecided.`
          : `A teammate checked them ${on}, still undecided.`,
      };
  }
}

function reasonSuffix(reason: string | null): string {
  const text = reason ? collapseWhitespace(reason) : '';
  return text === '' ? '' : ` (reason: ${snippet(text, 80).replace(/[.!]+$/, '')})`;
}

/** YYYY-MM-DD in UTC, as the brief's reasons show dates. */
function utcDateLabel(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'an unknown date';
  const year = date.getUTCFullYear();
  // toISOString is a few times slower; it is kept for the years it writes with a sign (+275760).
  if (year < 0 || year > 9999) return date.toISOString().slice(0, 10);
  return `${padded(year, 4)}-${padded(date.getUTCMonth() + 1, 2)}-${padded(date.getUTCDate(), 2)}`;
}

function padded(value: number, digits: number): string {
  return String(value).padStart(digits, '0');
}

// ---------------------------------------------------------------------------------------------
// Teammates: "I know them" and heads-ups

const TEAMMATE_NAME_CHARS = 40;

function teammateSignals({ context }: Facts): Signal[] {
  const voices = context.teammates ?? [];
  const knowsCount = voices.filter((voice) => voice.kind === 'knows').length;
  const cautionCount = voices.length - knowsCount;
  const held = cautionCount >= 2 && knowsCount === 0;
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

function focusSignals({ invitation, context, note }: Facts): Signal[] {
  const focus = context.focus;
  if (focus === null || focus === undefined) return [];
  // A spam or mass-message note is written to hit keywords; it earns no fit.
  const usableNote = note.kind === 'spam' || note.kind === 'mass-message' ? null : invitation.note;
  const hasNote = isText(usableNote);
  const hasProfile = isText(invitation.headline) || isText(invitation.company);
  // Nothing to compare: the missing headline and note are weighed elsewhere, not twice here.
  if (!hasNote && !hasProfile) return [];
  const { matched, hasFocus, terms, fields } = focusFit(focus, {
    headline: invitation.headline,
    company: invitation.company,
    note: usableNote,
  });
  if (!hasFocus) return [];
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
