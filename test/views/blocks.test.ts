import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { companyAfterHeadline } from '../../src/domain/parse-invitation.js';
import { displayName, joinWithin, plainString, roleLine, uniqueBy } from '../../src/views/blocks.js';
import { untrustedText } from '../support/hostile-text.js';

describe('joinWithin', () => {
  it('joins a heading and lines', () => {
    expect(joinWithin('*Head*', ['a', 'b'], 2, 100)).toBe('*Head*\na\nb');
    expect(joinWithin(null, ['a', 'b'], 2, 100)).toBe('a\nb');
  });

  it('counts what the total has beyond the lines', () => {
    expect(joinWithin('*Head*', ['a', 'b'], 5, 100)).toBe('*Head*\na\nb\n…and 3 more');
  });

  it('takes the lines as the total when the total is smaller', () => {
    expect(joinWithin(null, ['a', 'b', 'c'], 1, 100)).toBe('a\nb\nc');
  });

  it('drops lines that do not fit, keeping room to count them', () => {
    // "H" and the first line take 47; the second would reach 93, past 100 less the 12 kept for "…and 3 more".
    const lines = ['x'.repeat(45), 'y'.repeat(45), 'z'.repeat(45)];
    expect(joinWithin('H', lines, 3, 100)).toBe(`H\n${'x'.repeat(45)}\n…and 2 more`);
  });

  it('uses the whole budget for the last line when nothing would be left to count', () => {
    expect(joinWithin(null, ['x'.repeat(50), 'y'.repeat(49)], 2, 100)).toBe(`${'x'.repeat(50)}\n${'y'.repeat(49)}`);
  });

  it('uses the given words for the count', () => {
    expect(joinWithin(null, ['a'], 4, 100, (hidden) => `+${hidden} earlier`)).toBe('a\n+3 earlier');
  });

  it('never exceeds max and always accounts for every item (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 }).map((s) => s.replace(/\n/g, ' ')), { maxLength: 30 }), fc.nat({ max: 50 }), fc.integer({ min: 60, max: 3000 }), (lines, extra, max) => {
        const joined = joinWithin('*H*', lines, lines.length + extra, max);
        expect(joined.length).toBeLessThanOrEqual(max);
        const out = joined.split('\n');
        const more = /^…and (\d+) more$/.exec(out.at(-1) ?? '');
        const hidden = more ? Number(more[1]) : 0;
        const shownLines = joined.length === 0 ? 0 : out.length - 1 - (more ? 1 : 0);
        expect(shownLines + hidden).toBe(lines.length + extra);
      }),
    );
  });
});

describe('plainString', () => {
  it('keeps plain text readable, on one line, without angle brackets', () => {
    expect(plainString('Tom & Jerry <!here>\n  again', 100)).toBe('Tom & Jerry ‹!here› again');
  });

  it('cuts to max and is never empty', () => {
    expect(plainString('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(plainString(' \n ', 10)).toBe('…');
  });

  it('never contains < or > and stays within max (property)', () => {
    fc.assert(
      fc.property(untrustedText, fc.integer({ min: 2, max: 200 }), (value, max) => {
        const shown = plainString(value, max);
        expect(shown).not.toMatch(/[<>]/);
        expect(shown.length).toBeLessThanOrEqual(max);
        expect(shown.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('uniqueBy and displayName', () => {
  it('keeps the first of each id', () => {
    expect(uniqueBy([{ id: 1, n: 'a' }, { id: 2, n: 'b' }, { id: 1, n: 'c' }], (item) => item.id).map((item) => item.n)).toEqual(['a', 'b']);
  });

  it('puts a name on one line and never leaves it blank', () => {
    expect(displayName(' Priya\n Raman ')).toBe('Priya Raman');
    expect(displayName(' \n')).toBe('(no name)');
  });
});

describe('companyAfterHeadline and roleLine', () => {
  const asIs = (value: string) => value;

  it('adds the company after a headline that does not name it', () => {
    expect(companyAfterHeadline('Head of Data', 'Northwind')).toBe('Northwind');
    expect(roleLine('Head of Data', 'Northwind', asIs)).toBe('Head of Data at Northwind');
  });

  it.each([
    ['Head of Data at Northwind | Speaker', 'Northwind'],
    ['Engineer @Stripe • Rust', 'Stripe'],
    ['Engineer @ Stripe', 'stripe'],
    ['Growth at ACME', 'Acme'],
  ])('leaves the company out when %j already names it', (headline, company) => {
    expect(companyAfterHeadline(headline, company)).toBeNull();
    expect(roleLine(headline, company, asIs)).toBe(headline);
  });

  it('does not take a word that merely ends in "at" for the word "at"', () => {
    expect(companyAfterHeadline('Head of Chat Northwind', 'Northwind')).toBe('Northwind');
  });

  it('keeps the company when there is no headline', () => {
    expect(companyAfterHeadline(null, 'Northwind')).toBe('Northwind');
    expect(roleLine(null, 'Northwind', asIs)).toBe('Northwind');
  });
});
