import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanMultiLine,
  cleanSingleLine,
  cleanText,
  collapseWhitespace,
  decodeSlackEntities,
  decodeSlackText,
  escapeMrkdwn,
  splitOutsideSlackMarkup,
  truncate,
  wholeCharactersWithin,
} from '../../src/domain/slack-text.js';

describe('escapeMrkdwn', () => {
  it('escapes exactly &, < and >', () => {
    expect(escapeMrkdwn('R&D <b> *bold* _it_ `code` "q"')).toBe('R&amp;D &lt;b&gt; *bold* _it_ `code` "q"');
  });

  it('escapes once: an entity in plain text is text', () => {
    expect(escapeMrkdwn('&amp;')).toBe('&amp;amp;');
    expect(escapeMrkdwn('&lt;!channel&gt;')).toBe('&amp;lt;!channel&amp;gt;');
  });

  it('neutralises Slack markup typed as plain text', () => {
    expect(escapeMrkdwn('<!channel> <@U123> <https://evil.example|click>')).toBe(
      '&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil.example|click&gt;',
    );
  });

  it('leaves text without the three characters alone', () => {
    expect(escapeMrkdwn('José García-Núñez 🚀')).toBe('José García-Núñez 🚀');
    expect(escapeMrkdwn('')).toBe('');
  });

  it('never outputs < or >, and decodes back to the input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const escaped = escapeMrkdwn(text);
        expect(escaped).not.toMatch(/[<>]/);
        expect(decodeSlackEntities(escaped)).toBe(text);
        expect(decodeSlackText(escaped)).toBe(text);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom('&', '<', '>', 'amp;', 'lt;', 'gt;', '&amp;', 'a', '|', '!')), (pieces) => {
        const text = pieces.join('');
        const escaped = escapeMrkdwn(text);
        expect(escaped).not.toMatch(/[<>]/);
        expect(decodeSlackText(escaped)).toBe(text);
      }),
    );
  });
});

describe('decodeSlackText', () => {
  it('decodes the three entities once', () => {
    expect(decodeSlackText('R&amp;D &lt;3 a &gt; b')).toBe('R&D <3 a > b');
    expect(decodeSlackText('&amp;lt;')).toBe('&lt;');
    expect(decodeSlackText('&amp;amp;')).toBe('&amp;');
    expect(decodeSlackText('&quot; &#39; &nbsp;')).toBe('&quot; &#39; &nbsp;');
  });

  it('turns links into their URL, not their label', () => {
    expect(decodeSlackText('<https://www.linkedin.com/in/x|linkedin.com/in/x>')).toBe('https://www.linkedin.com/in/x');
    expect(decodeSlackText('see <https://x.com/a>')).toBe('see https://x.com/a');
    expect(decodeSlackText('<http://example.com|totally-not-a-phish.com>')).toBe('http://example.com');
  });

  it('decodes entities inside a link once', () => {
    expect(decodeSlackText('<https://x.com/?a=1&amp;b=2|x.com>')).toBe('https://x.com/?a=1&b=2');
  });

  it('turns mailto links into the label or the address', () => {
    expect(decodeSlackText('<mailto:a@b.c|a@b.c>')).toBe('a@b.c');
    expect(decodeSlackText('<mailto:a@b.c>')).toBe('a@b.c');
    expect(decodeSlackText('<mailto:a@b.c|Priya>')).toBe('Priya');
  });

  it('turns user and channel mentions into plain names', () => {
    expect(decodeSlackText('<@U123|sam>')).toBe('@sam');
    expect(decodeSlackText('<@U123>')).toBe('@U123');
    expect(decodeSlackText('<#C123|general>')).toBe('#general');
    // A channel's id says nothing to a reader, and the app cannot read channels' names.
    expect(decodeSlackText('<#C123>')).toBe('#channel');
    expect(decodeSlackText('<#C123|>')).toBe('#channel');
  });

  it('turns special mentions into harmless text', () => {
    expect(decodeSlackText('<!here> <!channel> <!everyone>')).toBe('@here @channel @everyone');
    expect(decodeSlackText('<!here|here>')).toBe('@here');
    expect(decodeSlackText('<!subteam^S123|@team-data>')).toBe('@team-data');
    expect(decodeSlackText('<!subteam^S123>')).toBe('@team');
    expect(decodeSlackText('<!date^1392734382^{date}|Feb 18>')).toBe('Feb 18');
  });

  it('keeps what the user typed as text, even if it looks like markup', () => {
    expect(decodeSlackText('&lt;!channel&gt;')).toBe('<!channel>');
    expect(decodeSlackText('&lt;@U123&gt; and <@U123>')).toBe('<@U123> and @U123');
  });

  it('does not build entities across a replacement', () => {
    expect(decodeSlackText('&<!date^1|>lt;')).toBe('&lt;');
  });

  it('leaves unmatched brackets alone', () => {
    expect(decodeSlackText('a < b')).toBe('a < b');
    expect(decodeSlackText('a > b')).toBe('a > b');
    expect(decodeSlackText('<>')).toBe('');
  });

  it('leaves no live markup: every <...> of the input is replaced (property)', () => {
    const markup = fc.constantFrom('<@U1|sam>', '<@U1>', '<#C1|general>', '<!channel>', '<!here>', '<!subteam^S1>', '<https://x.co/a|x>', '<mailto:a@b.c>', '<!date^1^{date}|Feb 18>');
    const plain = fc.string({ unit: 'grapheme-ascii' }).map((text) => text.replace(/[<>&]/g, ''));
    fc.assert(
      fc.property(fc.array(fc.oneof(markup, plain), { maxLength: 20 }), (pieces) => {
        expect(decodeSlackText(pieces.join(''))).not.toMatch(/[<>]/);
      }),
    );
  });

  it('decodes as the replace it stands for: each <...> holding no < or >, and each entity, left to right (property)', () => {
    // One markup alone is decoded as such; the scan must find the same matches as the pattern.
    const reference = (raw: string): string =>
      raw.replace(/<([^<>]*)>|&(?:amp|lt|gt);/g, (match: string, inner: string | undefined) =>
        inner === undefined ? decodeSlackEntities(match) : decodeSlackText(`<${inner}>`),
      );
    const piece = fc.constantFrom('<', '>', '&', 'amp;', 'lt;', 'gt;', 'a', ' ', '|', '@U1', '#C1', '!here', 'https://x.co', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const raw = pieces.join('');
        expect(decodeSlackText(raw)).toBe(reference(raw));
      }),
      { numRuns: 2000 },
    );
  });

  it('stays linear on 100,000 characters of unclosed markup and bare ampersands', () => {
    const n = 100_000;
    for (const raw of ['<'.repeat(n), '<a'.repeat(n / 2), '&'.repeat(n), `<${'&'.repeat(n)}`, `${'>'.repeat(n / 2)}${'<'.repeat(n / 2)}`, '<&'.repeat(n / 2), `${'<'.repeat(n / 2)}>`]) {
      const started = performance.now();
      const decoded = decodeSlackText(raw);
      expect(performance.now() - started).toBeLessThan(500);
      expect(decoded.length).toBeGreaterThan(0);
    }
  });
});

describe('splitOutsideSlackMarkup', () => {
  it('splits on | but not inside <...>', () => {
    expect(splitOutsideSlackMarkup('Priya | <https://x.com/a|x.com/a> | note')).toEqual([
      'Priya ',
      ' <https://x.com/a|x.com/a> ',
      ' note',
    ]);
    expect(splitOutsideSlackMarkup('<@U1|sam>|<#C1|general>')).toEqual(['<@U1|sam>', '<#C1|general>']);
  });

  it('keeps empty fields', () => {
    expect(splitOutsideSlackMarkup('a||b|')).toEqual(['a', '', 'b', '']);
    expect(splitOutsideSlackMarkup('')).toEqual(['']);
  });

  it('treats an unmatched < as text', () => {
    expect(splitOutsideSlackMarkup('a < b | c')).toEqual(['a < b ', ' c']);
    expect(splitOutsideSlackMarkup('<a|b <c|d> | e')).toEqual(['<a', 'b <c|d> ', ' e']);
  });

  it('accepts another separator', () => {
    expect(splitOutsideSlackMarkup('a;;<x;;y>;;b', ';;')).toEqual(['a', '<x;;y>', 'b']);
  });

  it('joins back to the input (property)', () => {
    const piece = fc.constantFrom('<', '>', '|', 'a', 'https://x', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const raw = pieces.join('');
        expect(splitOutsideSlackMarkup(raw).join('|')).toBe(raw);
      }),
    );
  });

  it('is linear on hostile input', () => {
    const hostile = '<'.repeat(20_000) + '|'.repeat(20_000);
    const started = performance.now();
    expect(splitOutsideSlackMarkup(hostile)).toHaveLength(20_001);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('cleaning helpers', () => {
  it('normalises line breaks and drops control and zero-width characters', () => {
    expect(cleanText('a\r\nb\rc\u2028d')).toBe('a\nb\nc\nd');
    expect(cleanText('Pri\u200Bya\u00AD Ra\u200Eman\u202E\uFEFF\u0007')).toBe('Priya Raman');
    expect(cleanText('tab\there')).toBe('tab here');
    expect(cleanText('a\u{E0041}\u{E0042}b')).toBe('ab');
    expect(cleanText('lone \uD800 surrogate')).toBe('lone  surrogate');
  });

  it('keeps emoji sequences whole', () => {
    expect(cleanText('👩\u200D💻')).toBe('👩\u200D💻');
  });

  it('keeps the zero-width (non-)joiners that spell Persian, Malayalam and Sinhala, and only those', () => {
    expect(cleanText('مدیر\u200Cعامل')).toBe('مدیر\u200Cعامل');
    expect(cleanText('ന്\u200D')).toBe('ന്\u200D');
    expect(cleanText('ශ්\u200Dරී')).toBe('ශ්\u200Dරී');
    expect(cleanText('Pri\u200Cya Ra\u200Dman')).toBe('Priya Raman');
    expect(cleanText('\u200C\u0645 \u200Dx')).toBe('\u0645 x');
  });

  it('applies NFC', () => {
    expect(cleanText('Jose\u0301')).toBe('José');
  });

  it('reads the dashes, quotes and bullets of U+2010–U+2027 as the slower passes would', () => {
    // Those passes (line breaks, invisible characters, NFC) are skipped for text whose only
    // characters past Latin are these; each must leave it as it was.
    for (let code = 0x2010; code <= 0x2027; code += 1) {
      const char = String.fromCharCode(code);
      for (const text of [`Priya Raman${char}s profile\tpicture`, `${char}é${char}\u00A0${char}`, `e${char}`]) {
        const full = text.replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n').replace(/\t/g, ' ').normalize('NFC');
        expect(cleanText(text)).toBe(full);
      }
      expect(cleanText(`e${char}\u0301`)).toBe(`e${char}\u0301`.normalize('NFC'));
    }
  });

  it('collapses whitespace', () => {
    expect(collapseWhitespace('  a \n\t b\u00A0 c ')).toBe('a b c');
  });

  it('truncates with an ellipsis within the limit, never splitting a surrogate pair', () => {
    expect(truncate('abcdef', 6)).toBe('abcdef');
    expect(truncate('abcdefg', 6)).toBe('abcde…');
    const cut = truncate('abcd😀😀', 6);
    expect(cut).toBe('abcd…');
    expect(cut.length).toBeLessThanOrEqual(6);
    expect(truncate('abc', 1)).toBe('…');
    expect(truncate('abc', 0)).toBe('');
    expect(truncate('abc', -5)).toBe('');
  });

  it('cuts between whole characters: no half emoji, no part of a skin-toned or joined one', () => {
    const coder = '👩🏽‍💻'; // woman, skin tone, joiner, laptop: 7 UTF-16 units, one character
    expect(truncate(`ab${coder}cd`, 8)).toBe('ab…');
    expect(truncate(`ab${coder}cd`, 10)).toBe(`ab${coder}…`);
    expect(truncate('e\u0301e\u0301e\u0301', 4)).toBe('e\u0301…');
    expect(truncate('🇫🇷🇩🇪🇮🇹', 6)).toBe('🇫🇷…');
    expect(wholeCharactersWithin(`x${coder}`, 5)).toBe('x');
    // One character longer than the room is cut at a code point, never emptied for nothing.
    expect(wholeCharactersWithin(coder, 4)).toBe('👩\u{1F3FD}'.slice(0, 4));
    expect(wholeCharactersWithin(coder, 3)).toBe('👩');
  });

  it('never leaves a lone surrogate, whatever the text and the room', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer({ min: 0, max: 60 }), (value, max) => {
        const cut = truncate(value, max);
        expect(cut.length).toBeLessThanOrEqual(Math.max(0, max));
        expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
    );
  });

  it('cleans single-line and multi-line fields', () => {
    expect(cleanSingleLine(' a\n b ', 10)).toBe('a b');
    expect(cleanMultiLine('  Hi  Sam,\r\n\r\n\r\n  see   you\n\n', 100)).toBe('Hi Sam,\n\nsee you');
    // A single line, as most notes are, the same as over several.
    expect(cleanMultiLine('  Hi\t Sam,\u00A0see   you  ', 100)).toBe('Hi Sam, see you');
    expect(cleanMultiLine('   ', 100)).toBe('');
    expect(cleanMultiLine('Hi Sam, see you soon', 8)).toBe('Hi Sam,…');
  });
});
