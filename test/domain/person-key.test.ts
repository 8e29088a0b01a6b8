import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey, personKey, sameNameKeys } from '../../src/domain/person-key.js';

describe('personKey', () => {
  it('joins the folded name and headline', () => {
    expect(personKey('Priya Raman', 'Head of Data Partnerships')).toBe('priya raman|head of data partnerships');
  });

  it('treats a missing headline as empty', () => {
    expect(personKey('Priya Raman', null)).toBe('priya raman|');
    expect(personKey('Priya Raman', '')).toBe(personKey('Priya Raman', null));
  });

  it.each([
    ['case', 'PRIYA RAMAN', 'priya raman'],
    ['accents', 'José García-Núñez', 'Jose Garcia Nunez'],
    ['decomposed accents', 'Jose\u0301', 'José'],
    ['punctuation', "Priya 'P.' Raman!", 'Priya P Raman'],
    ['hyphens and dashes', 'Jean-Luc — Picard', 'Jean Luc Picard'],
    ['extra spaces', '  Priya \t  Raman\n', 'Priya Raman'],
    ['compatibility forms', 'Ｐｒｉｙａ ﬁne', 'Priya fine'],
    ['emoji', 'Priya Raman 🚀', 'Priya Raman'],
  ])('ignores %s', (_what, a, b) => {
    expect(personKey(a, 'Head of Data')).toBe(personKey(b, 'Head of Data'));
    expect(personKey('Priya Raman', a)).toBe(personKey('Priya Raman', b));
  });

  it('keeps only the role of "Role at Company | more", the key earlier versions stored for it', () => {
    expect(personKey('Priya Raman', 'Head of Data at Northwind | Speaker | Ex-Contoso')).toBe('priya raman|head of data');
    expect(personKey('Priya Raman', 'Founder @Acme • Rust')).toBe(personKey('Priya Raman', 'Founder'));
    expect(personKey('Priya Raman', '@Acme | Rust')).toBe(personKey('Priya Raman', null));
  });

  it('keeps every other headline whole', () => {
    expect(personKey('Priya Raman', 'Head of Data at Northwind')).toBe('priya raman|head of data at northwind');
    expect(personKey('Priya Raman', 'Founder | Investor | Speaker')).toBe('priya raman|founder investor speaker');
    expect(personKey('Priya Raman', 'Helping teams grow at scale | Speaker')).toBe('priya raman|helping teams grow at scale speaker');
  });

  it('keeps letters of every script', () => {
    expect(personKey('李明', '数据主管')).toBe('李明|数据主管');
    expect(personKey('Алёна Смирнова', null)).toBe('алена смирнова|');
  });

  it('tells different people apart', () => {
    expect(personKey('Priya Raman', 'Head of Data')).not.toBe(personKey('Priya Raman', 'Head of Sales'));
    expect(personKey('Priya Raman', null)).not.toBe(personKey('Priya Ramanathan', null));
  });

  it('cannot be confused by a "|" in the name or headline (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string(), { nil: null }), (name, headline) => {
        const key = personKey(name, headline);
        expect(key.split('|')).toHaveLength(2);
        expect(key).toBe(key.toLowerCase());
        expect(key).not.toMatch(/^\s|\s\||\|\s|\s$|\s{2}/);
        expect(personKey(`  ${name.toUpperCase()}  `, headline === null ? null : `${headline}.`)).toBe(
          personKey(name.toUpperCase(), headline),
        );
      }),
    );
  });
});

describe('sameNameKeys', () => {
  it('gives the range of keys of the same name, whatever the headline', () => {
    expect(sameNameKeys(personKey('Priya Raman', 'Recruiter at Acme'))).toEqual({ low: 'priya raman|', high: 'priya raman}' });
  });

  it('gives none for a one-word or empty name, nor for a key whose details were removed', () => {
    expect(sameNameKeys(personKey('Priya', 'Recruiter'))).toBeNull();
    expect(sameNameKeys(personKey('', 'Recruiter'))).toBeNull();
    expect(sameNameKeys('removed:42')).toBeNull();
  });

  // SQLite compares text bytewise (UTF-8, BINARY): the same order as comparing UTF-8 bytes here.
  const bytes = (value: string) => Buffer.from(value, 'utf8');
  const within = (key: string, range: { low: string; high: string }) =>
    Buffer.compare(bytes(key), bytes(range.low)) >= 0 && Buffer.compare(bytes(key), bytes(range.high)) < 0;
  const names = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.constantFrom('Priya Raman', 'Priya Ramanathan', 'Priya Raman Jr', 'Priya Rama', 'PRIYA RÁMAN', 'priya-raman', 'Priya Ramanø', 'Priya Raman 2'),
  );

  it('holds every key of the same name, and no key of another (property)', () => {
    fc.assert(
      fc.property(names, names, fc.option(fc.string({ maxLength: 40 }), { nil: null }), (name, other, headline) => {
        const range = sameNameKeys(personKey(name, 'Talent Partner'));
        if (range === null) return;
        expect(within(personKey(name, headline), range)).toBe(true);
        expect(within(personKey(other, headline), range)).toBe(nameKey(other) === nameKey(name));
      }),
      { numRuns: 2000 },
    );
  });
});
