import { parseInvitation } from './domain/parse-invitation.js';
import { evaluateInvitation } from './domain/recommend.js';
import type { Evaluation, InvitationFields } from './domain/types.js';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Read when the invitation is given as `-` or not at all (piped in). */
  readStdin: () => Promise<string>;
  stdinIsTty: boolean;
}

const USAGE = `Usage:
  invite-check check "<pasted invitation>"     what the app reads and recommends
  invite-check check --json "<…>"              the same as one JSON object
  pbpaste | invite-check check                 reads the invitation from standard input

The invitation can be pasted as copied from the email or the web page, or written as one line:
  invite-check check "Priya Raman | Head of Data at Northwind | 14 mutual | linkedin.com/in/priya | Hi!"
No Slack and no database are needed.
`;

const HELP: ReadonlySet<string> = new Set(['help', '--help', '-h']);
/** One word that looks like a flag; a pasted invitation is never just that. */
const OPTION = /^--?[a-z][a-z-]*$/i;

/** The `invite-check` command line; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr.write(USAGE);
    return 1;
  }
  if (HELP.has(command) || (command === 'check' && rest.some((arg) => arg === '--help' || arg === '-h'))) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (command !== 'check') {
    io.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
    return 1;
  }
  // A mistyped flag ("--jsn") would otherwise be read as part of the invitation's text.
  const unknownOption = rest.find((arg) => OPTION.test(arg) && arg !== '--json');
  if (unknownOption !== undefined) {
    io.stderr.write(`Unknown option "${unknownOption}".\n\n${USAGE}`);
    return 2;
  }
  const json = rest.includes('--json');
  const words = rest.filter((arg) => arg !== '--json');
  const text = words.length === 0 || (words.length === 1 && words[0] === '-')
    ? io.stdinIsTty && words.length === 0
      ? ''
      : await io.readStdin()
    : words.join(' ');
  if (text.trim() === '') {
    io.stderr.write(`Give me an invitation to check.\n\n${USAGE}`);
    return 1;
  }
  const parsed = parseInvitation(text);
  if (!parsed.ok) {
    io.stderr.write(`${stripBackticks(parsed.reason)}\n`);
    return 1;
  }
  const evaluation = evaluateInvitation(parsed.invitation);
  io.stdout.write(json ? `${JSON.stringify(toJson(parsed.invitation, evaluation))}\n` : describe(parsed.invitation, evaluation));
  return 0;
}

function toJson(invitation: InvitationFields, evaluation: Evaluation) {
  return {
    name: invitation.name,
    headline: invitation.headline,
    company: invitation.company,
    mutualConnections: invitation.mutualConnections,
    note: invitation.note,
    profileUrl: invitation.profileUrl,
    recommendation: evaluation.recommendation,
    score: evaluation.score,
    reasons: evaluation.reasons,
  };
}

function describe(invitation: InvitationFields, evaluation: Evaluation): string {
  const shown = (value: string | number | null) => (value === null ? '(not found)' : String(value));
  const lines = [
    'What I read:',
    `  Name:                ${invitation.name}`,
    `  Headline:            ${shown(invitation.headline)}`,
    `  Company:             ${shown(invitation.company)}`,
    `  Mutual connections:  ${shown(invitation.mutualConnections)}`,
    `  Note:                ${invitation.note === null ? '(none)' : `"${invitation.note.replace(/\n/g, '\n                        ')}"`}`,
    `  Profile:             ${shown(invitation.profileUrl)}`,
    '',
    `Recommendation: ${evaluation.recommendation.toUpperCase()} (score ${evaluation.score}/100)`,
    ...evaluation.reasons.map((reason) => `  • ${reason}`),
    '',
  ];
  return lines.join('\n');
}

function stripBackticks(text: string): string {
  return text.replace(/`/g, '"');
}
