import { parseInvitation, parseSlackCommandText } from './parse-invitation.js';
import { evaluateInvitation } from './recommend.js';

// V8 compiles a regular expression the first time it runs. The parser's and the weighing's
// patterns are large (the combined spam pattern alone took ~700 ms of CPU), so the first check
// after a start blocked the event loop for seconds: requests queued behind it, and a crash in
// that time lost an acknowledged check. Reading a few made-up invitations once at boot, before
// the app listens, pays that cost while nobody is waiting.

/** Made-up invitations in each shape a check arrives in: one line, pasted text, a note with a pitch. */
const SAMPLES: readonly string[] = [
  'Alba Quint | Head of Data at Northwind | 14 mutual | linkedin.com/in/alba-quint | Hi Sam, we met at the data meetup.',
  [
    'Bruno Quint',
    'Senior Engineer at Acme Ltd · Growth marketing and sales',
    'Bruno Quint and 3 others are mutual connections',
    '"Hi! I help founders scale with our proven growth system. Book a free call this week."',
  ].join('\n'),
];

/** Parses and weighs the samples once; says how many were weighed and how long it took (ms). */
export function warmUpChecks(now: () => number = () => performance.now()): { weighed: number; ms: number } {
  const started = now();
  let weighed = 0;
  for (const sample of SAMPLES) {
    for (const parsed of [parseSlackCommandText(sample), parseInvitation(sample)]) {
      if (!parsed.ok) continue;
      evaluateInvitation(parsed.invitation);
      weighed += 1;
    }
  }
  return { weighed, ms: now() - started };
}
