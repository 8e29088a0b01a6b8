/** What `/invite-check <text>` asks for, decided from the text alone. */
export type CommandRoute =
  | { kind: 'form' }
  | { kind: 'help' }
  | { kind: 'unknown'; word: string }
  | { kind: 'check' };

const HELP_WORDS = new Set(['help', '-h', '--help', '?', 'usage']);

/**
 * Empty text opens the form; `help` and friends show help. A single lower-case word that is not
 * a sub-command (say `stats` before it exists) gets help too, rather than being read as a name:
 * names are capitalised, sub-commands are not. Everything else is an invitation to check.
 */
export function routeCommandText(raw: string): CommandRoute {
  const text = raw.trim();
  if (text === '') return { kind: 'form' };
  const lower = text.toLowerCase();
  if (HELP_WORDS.has(lower)) return { kind: 'help' };
  if (/^[a-z][a-z-]{0,30}$/.test(text)) return { kind: 'unknown', word: text };
  return { kind: 'check' };
}
