import { typoDistance } from './typos.js';

/** The sub-commands `/invite-check` knows, besides help. */
export const SUB_COMMANDS = ['settings', 'ignored', 'review', 'stats', 'export', 'forget-me'] as const;
export type SubCommand = (typeof SUB_COMMANDS)[number];

/** What `/invite-check <text>` asks for, decided from the text alone. */
export type CommandRoute =
  | { kind: 'form' }
  | { kind: 'help' }
  | { kind: 'sub'; command: SubCommand }
  | { kind: 'forget'; person: string }
  | { kind: 'forgetWho' }
  /** A word that is not a sub-command; `suggestion` is the one it nearly spells, if any. */
  | { kind: 'unknown'; word: string; suggestion: SubCommand | 'help' | null }
  | { kind: 'check' };

const HELP_WORDS = new Set(['help', '-h', '--help', '?', 'usage']);

/**
 * Empty text opens the form; `help` and friends show help; a known sub-command runs, and
 * `forget <person>` takes the rest of the text as who to forget. Sub-commands are read in any
 * case, as phones capitalise the first word: "Forget Priya Raman" read as an invitation would
 * post her name on a card in the channel. `forget` alone asks who. A single lower-case word that
 * is not a sub-command gets help too, rather than being read as a name: names are capitalised,
 * sub-commands are not. Everything else is an invitation to check.
 */
export function routeCommandText(raw: string): CommandRoute {
  const text = raw.trim();
  if (text === '') return { kind: 'form' };
  // "Stats.", "help?", "Settings!": the mark is no part of the command ("Stats." was checked as a
  // person of that name, on a card in the channel). `forget <person>` keeps it: "… Jr." is a name.
  const said = withoutEndMark(text);
  const lower = said.toLowerCase();
  if (HELP_WORDS.has(lower)) return { kind: 'help' };
  const sub = SUB_COMMANDS.find((command) => command === lower);
  if (sub !== undefined) return { kind: 'sub', command: sub };
  if (lower === 'forget') return { kind: 'forgetWho' };
  // "forget me" means forget-me: never a search for someone called "me".
  if (/^forget\s+me$/i.test(said)) return { kind: 'unknown', word: text, suggestion: 'forget-me' };
  const forget = /^forget\s+([\s\S]+)$/i.exec(text);
  if (forget?.[1] !== undefined) return { kind: 'forget', person: forget[1].trim() };
  // "Setting", "Stat", "Reviews", "Ignore": a phone's capital must not turn a near miss into a
  // card for a person of that name, posted in the channel.
  const natural = subCommandSaidNaturally(said);
  // "Help me" asks for help: no need to say it is not a sub-command.
  if (natural === 'help') return { kind: 'help' };
  const suggestion = nearestSubCommand(lower) ?? natural;
  if (suggestion !== null) return { kind: 'unknown', word: text, suggestion };
  if (/^[a-z][a-z-]{0,30}$/.test(said)) return { kind: 'unknown', word: text, suggestion: null };
  return { kind: 'check' };
}

const END_MARKS = new Set(['.', '!', '?', '…']);

/** The text without up to three end marks after a letter ("Stats." → "Stats"); else as it is ("?" stays). */
function withoutEndMark(text: string): string {
  let end = text.length;
  while (end > text.length - 3 && end > 0 && END_MARKS.has(text.charAt(end - 1))) end -= 1;
  return end < text.length && /[A-Za-z]/.test(text.charAt(end - 1)) ? text.slice(0, end) : text;
}

// "Review please", "Stats for this month", "Export my data": a short line of plain words, only
// the first of which may have a capital (a phone's).
const SHORT_PLAIN_LINE = /^[A-Za-z-]+(?: [a-z'’-]+){1,3}$/;
// "Ignored Priya Raman", "stats November", "ignored 2", "settings 9-5": one short line, with none
// of the commas, colons or bars that make a typed invitation ("review this one: Priya Raman, …").
const SHORT_LINE = /^[A-Za-z-]+ [^\n,:|]{1,60}$/;

/**
 * The sub-command a short line begins with, else null: a sub-command word exactly, followed by
 * anything on one short line ("Ignored Priya Raman" must never post a card for "Ignored Priya");
 * or, for a short line of plain words, a near miss too ("Setting please"). No name begins so, and
 * a pasted invitation is longer, or on several lines.
 */
function subCommandSaidNaturally(text: string): SubCommand | 'help' | null {
  if (!SHORT_LINE.test(text)) return null;
  const first = text.slice(0, text.indexOf(' ')).toLowerCase();
  if (HELP_WORDS.has(first)) return SHORT_PLAIN_LINE.test(text) ? 'help' : null;
  const exact = SUB_COMMANDS.find((command) => command === first);
  if (exact !== undefined) return exact;
  return text.length <= 40 && SHORT_PLAIN_LINE.test(text) ? nearestSubCommand(first) : null;
}

/** The sub-command (or help) a single word of four letters or more misspells by one letter, else null. */
function nearestSubCommand(word: string): SubCommand | 'help' | null {
  if (word.length < 4 || !/^[a-z-]+$/.test(word)) return null;
  if (word === 'statistics') return 'stats';
  for (const command of [...SUB_COMMANDS, 'help' as const]) {
    if (typoDistance(word, command) <= 1) return command;
  }
  return null;
}
