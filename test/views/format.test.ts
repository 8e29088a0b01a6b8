import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSlackEntities, escapeMrkdwn, wellFormed } from '../../src/domain/slack-text.js';
import { LIMITS, mention, plural, profileLink, quote, slackDate, text } from '../../src/views/format.js';
import { assertNoForeignControlSequences } from '../support/block-kit.js';
import { HOSTILE_VALUES, untrustedText } from '../support/hostile-text.js';

describe('text', () => {
  it('escapes exactly &, < and > once', () => {
    expect(text('R&D <b> *bold*')).toBe('R&amp;D &lt;b&gt; *bold*');
    expect(text('&lt;!here&gt;')).toBe('&amp;lt;!here&amp;gt;');
    expect(text('<!channel> <@U123>')).toBe('&lt;!channel&gt; &lt;@U123&gt;');
  });

  it('leaves ordinary text alone', () => {
    expect(text('José García-Núñez 🚀')).toBe('José García-Núñez 🚀');
  });

  it('keeps the escaped result within max, cutting the raw text rather than an entity', () => {
    const escaped = text('&'.repeat(5000), 3000);
    expect(escaped).toBe(`${'&amp;'.repeat(599)}…`);
    expect(text('<'.repeat(300), 200)).toBe(`${'&lt;'.repeat(49)}…`);
    expect(text('x'.repeat(5000), 100)).toBe(`${'x'.repeat(99)}…`);
  });

  it('does not empty or over-cut text that only fits once cut', () => {
    expect(text('&'.repeat(1000))).toBe(`${'&amp;'.repeat(599)}…`);
    const mixed = text('a&b'.repeat(1000), 200);
    expect(mixed.length).toBeGreaterThanOrEqual(195);
    expect(mixed.length).toBeLessThanOrEqual(200);
    expect(mixed.startsWith('a&amp;ba&amp;b')).toBe(true);
  });

  it('never exceeds max, never outputs < or >, and decodes to a prefix of the input, made well-formed (property)', () => {
    fc.assert(
      fc.property(untrustedText, fc.integer({ min: 10, max: LIMITS.sectionText }), (value, max) => {
        const escaped = text(value, max);
        expect(escaped.length).toBeLessThanOrEqual(max);
        expect(escaped).not.toMatch(/[<>]/);
        if (value.trim() !== '' && escaped.length < escapeMrkdwn(value).length) expect(escaped).toMatch(/.…$/su);
        const decoded = decodeSlackEntities(escaped);
        // Half a surrogate pair in the input comes out as U+FFFD.
        if (decoded !== value) expect(wellFormed(value).startsWith(decoded.replace(/…$/, '').trimEnd())).toBe(true);
      }),
    );
  });
});

describe('mention', () => {
  it('mentions Slack user ids', () => {
    expect(mention('U0OWNER001')).toBe('<@U0OWNER001>');
    expect(mention('W0ENTERPRISE1')).toBe('<@W0ENTERPRISE1>');
  });

  it.each(['u0owner001', 'U1', 'C0CHANNEL1', 'S0GROUP', '<!here>', 'U123>|x', 'U123 <!channel>', ''])(
    'shows %j as escaped text, never as markup',
    (id) => {
      const shown = mention(id);
      expect(shown).not.toMatch(/[<>]/);
      expect(shown.length).toBeLessThanOrEqual(40);
    },
  );
});

describe('slackDate', () => {
  const at = new Date('2024-03-05T14:07:09.500Z');

  it('renders in the reader’s time zone with a UTC fallback', () => {
    expect(slackDate(at)).toBe('<!date^1709647629^{date_short_pretty} at {time}|2024-03-05 14:07 UTC>');
    expect(slackDate(at, '{date_short_pretty}')).toBe('<!date^1709647629^{date_short_pretty}|2024-03-05 14:07 UTC>');
  });
});

describe('profileLink', () => {
  it('links a normalised profile URL, labelled by default with its short form', () => {
    expect(profileLink('https://www.linkedin.com/in/priya-raman-data')).toBe(
      '<https://www.linkedin.com/in/priya-raman-data|linkedin.com/in/priya-raman-data>',
    );
  });

  it('escapes the label', () => {
    expect(profileLink('https://www.linkedin.com/in/priya', 'a <b> & c')).toBe('<https://www.linkedin.com/in/priya|a &lt;b&gt; &amp; c>');
  });

  it('links the canonical form of any profile URL', () => {
    expect(profileLink('linkedin.com/in/Priya-Raman/?trk=x', 'Profile')).toBe('<https://www.linkedin.com/in/priya-raman|Profile>');
  });

  it.each([
    'https://evil.example/in/priya',
    'https://evil.example|click',
    '<!here>',
    'javascript:alert(1)',
    'https://www.linkedin.com/company/northwind',
    '',
  ])('does not link %j, which is not a profile URL', (url) => {
    expect(profileLink(url, 'Profile')).toBeNull();
  });

  it('only ever produces a profile link (property)', () => {
    fc.assert(
      fc.property(untrustedText, untrustedText, (url, label) => {
        const link = profileLink(url, label);
        if (link !== null) assertNoForeignControlSequences(JSON.stringify(link), []);
      }),
    );
  });
});

describe('quote', () => {
  it('quotes every line, escaped', () => {
    expect(quote('Hi <@U1>\nsee you & soon', 100)).toBe('> Hi &lt;@U1&gt;\n> see you &amp; soon');
  });

  it.each([
    ['many short lines', 'a\n'.repeat(2500)],
    ['paragraphs', 'ab\n\n'.repeat(1200)],
    ['entities', '&\n'.repeat(2000)],
  ])('stays within max with %s (the "> " prefixes count too), without over-cutting', (_name, value) => {
    const quoted = quote(value, 2200);
    expect(quoted.length).toBeLessThanOrEqual(2200);
    expect(quoted.length).toBeGreaterThan(2100);
    expect(quoted.endsWith('…')).toBe(true);
    for (const line of quoted.split('\n')) expect(line.startsWith('> ')).toBe(true);
  });

  it('quotes blank text as an empty quote', () => {
    expect(quote('\n'.repeat(5000), 2200)).toBe('> …');
  });

  it('stays within max for any text (property)', () => {
    fc.assert(
      fc.property(untrustedText, fc.integer({ min: 10, max: 3000 }), (value, max) => {
        expect(quote(value, max).length).toBeLessThanOrEqual(max);
      }),
    );
  });

  it('never lets hostile text out of the quote as markup', () => {
    for (const value of HOSTILE_VALUES) {
      assertNoForeignControlSequences(JSON.stringify(quote(value, 2200)), []);
    }
  });
});

describe('plural', () => {
  it('picks the form by count', () => {
    expect(plural(0, 'note', 'notes')).toBe('0 notes');
    expect(plural(1, 'note', 'notes')).toBe('1 note');
    expect(plural(14, 'mutual connection', 'mutual connections')).toBe('14 mutual connections');
  });
});
