import { describe, expect, it } from 'vitest';
import { fieldsWithMentionNames, mentionName, nameMentions, NO_MENTION_NAMES, unnamedMentionIds } from '../../src/domain/mention-names.js';
import { FIELD_LIMITS } from '../../src/domain/parse-invitation.js';
import { decodeSlackText } from '../../src/domain/slack-text.js';

describe('unnamedMentionIds', () => {
  it('finds the user mentions Slack wrote without a name, each once, in order', () => {
    expect(unnamedMentionIds('ask <@U024BE7LH> and <@W0GRID01|> or <@U024BE7LH>, not <@U0NAMED1|sam>')).toEqual(['U024BE7LH', 'W0GRID01']);
  });

  it('ignores what was typed (escaped), channels and broadcasts', () => {
    expect(unnamedMentionIds('&lt;@U024BE7LH&gt; <#C0DATA0001> <!here> <!subteam^S0TEAM01>')).toEqual([]);
  });
});

describe('nameMentions', () => {
  const names = new Map<string, string | null>([
    ['U12', 'Jo Park'],
    ['U123', 'Jane Doe'],
    ['U0GONE01', null],
  ]);

  it('names each mention decodeSlackText wrote as an id, and "@someone" when the name is not known', () => {
    const decoded = decodeSlackText('ask <@U123> or <@U12> (not <@U0GONE01>)');
    expect(decoded).toBe('ask @U123 or @U12 (not @U0GONE01)');
    expect(nameMentions(decoded, names)).toBe('ask @Jane Doe or @Jo Park (not @someone)');
  });

  it('never takes one id for the start of another, and names mentions run together', () => {
    expect(nameMentions('@U1234 @U12@U123', names)).toBe('@U1234 @Jo Park@Jane Doe');
  });

  it('leaves a mention typed as text, and ids nobody mentioned, as they are', () => {
    expect(nameMentions(decodeSlackText('&lt;@U123&gt; said hi to <@U123>'), names)).toBe('<@U123> said hi to @Jane Doe');
    expect(nameMentions('@U999 and U123', names)).toBe('@U999 and U123');
    expect(nameMentions('ask @U123', NO_MENTION_NAMES)).toBe('ask @U123');
  });
});

describe('mentionName', () => {
  it('makes a name fit for a line: one line, no invisible characters, at most 80 characters', () => {
    expect(mentionName('  Jane\n\tDoe\u200b ')).toBe('Jane Doe');
    expect(mentionName('x'.repeat(200))).toHaveLength(80);
    expect(mentionName('   ')).toBeNull();
    expect(mentionName(null)).toBeNull();
  });
});

describe('fieldsWithMentionNames', () => {
  const names = new Map<string, string | null>([['U123', 'Jane Doe']]);

  it('names the mentions in the text fields and leaves the rest alone', () => {
    const fields = { name: 'Priya Raman', headline: 'Friend of @U123', company: null, mutualConnections: 3, note: 'ask @U123 about me', profileUrl: 'https://www.linkedin.com/in/priya' };
    expect(fieldsWithMentionNames(fields, names)).toEqual({ ...fields, headline: 'Friend of @Jane Doe', note: 'ask @Jane Doe about me' });
    expect(fieldsWithMentionNames(fields, NO_MENTION_NAMES)).toBe(fields);
  });

  it('keeps each field within its limit once named', () => {
    const note = `${'x'.repeat(FIELD_LIMITS.note - 6)} @U123`;
    const named = fieldsWithMentionNames({ note }, names);
    expect(named.note?.length).toBe(FIELD_LIMITS.note);
    expect(named.note?.endsWith('…')).toBe(true);
  });

  it('adds no field a partial reading did not have', () => {
    expect(fieldsWithMentionNames({ note: 'ask @U123' }, names)).toStrictEqual({ note: 'ask @Jane Doe' });
  });
});
