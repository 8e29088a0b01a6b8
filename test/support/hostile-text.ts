import fc from 'fast-check';

/**
 * Text an invitation, a teammate or a pasted message may contain, aimed at Slack's markup:
 * special mentions, user/channel/group mentions, links, dates, entities that must stay text,
 * mrkdwn, emoji, bidi and zero-width characters, and strings far past every limit.
 */
export const HOSTILE_VALUES: readonly string[] = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!here|here>',
  '<!subteam^S1|@team>',
  '<@U123>',
  '<@U123|bob>',
  '<@W0OTHER01>',
  '<#C1>',
  '<#C1|general>',
  '<https://evil.example|click>',
  '<https://www.linkedin.com/in/impostor|linkedin.com/in/priya>',
  '<!date^1700000000^{date}|tomorrow>',
  '<mailto:a@evil.example|Support>',
  '&lt;!here&gt;',
  '&amp;lt;!channel&amp;gt;',
  'a & b',
  'R&D <3 > 2',
  '*bold* _italic_ ~strike~ `code` ```block``` > quote',
  '👩‍💻 🚀 :rocket:',
  '\u202Eevil\u202C name',
  'Pri\u200Bya\u200D\uFEFF Ra\u00ADman',
  'line one\nline two\n\n> <!here>',
  '<',
  '>',
  '<<!channel>>',
  'x'.repeat(5000),
  '<!here>'.repeat(800),
  '&'.repeat(5000),
  'a\n'.repeat(2500),
  '\n'.repeat(5000),
];

/** The JSON-encoded form of a value as it would appear inside a JSON string. */
export function inJson(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

/** Hostile values whose raw form must never reach Slack: they contain markup. */
export const MARKUP_VALUES: readonly string[] = HOSTILE_VALUES.filter((value) => value.includes('<') && value.length > 1 && value.length < 200);

const FRAGMENTS = [
  '<', '>', '&', '|', '^', '!', '@', '#', '*', '_', '~', '`', '\n', ' ',
  '<!channel>', '<!here>', '<!everyone>', '<!subteam^S1|@team>', '<@U123>', '<#C1>', '<https://evil.example|click>',
  '&lt;', '&gt;', '&amp;', 'U123', 'linkedin.com/in/x', '\u202E', '\u200B', '👩‍💻', '\uD800',
];

/** Arbitrary untrusted text: mostly markup-heavy pieces, sometimes any code units, sometimes very long. */
export const untrustedText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join('')) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 2900, maxLength: 5200 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
);
