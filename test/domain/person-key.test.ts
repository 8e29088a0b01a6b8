import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { personKey } from '../../src/domain/person-key.js';

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
