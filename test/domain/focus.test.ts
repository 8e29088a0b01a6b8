import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  MAX_FOCUS_TERMS,
  MAX_FOCUS_TERM_CHARS,
  focusFit,
  focusTerms,
  matchFocus,
  parseFocusList,
} from '../../src/domain/focus.js';
import type { InvitationFields, OwnerFocus } from '../../src/domain/types.js';
import { HOSTILE_VALUES, untrustedText } from '../support/hostile-text.js';

function focus(overrides: Partial<OwnerFocus> = {}): OwnerFocus {
  return { industries: [], roles: [], keywords: [], freeText: null, ...overrides };
}

function invitation(overrides: Partial<InvitationFields> = {}): InvitationFields {
  return {
    name: 'Priya Raman',
    headline: null,
    company: null,
    mutualConnections: null,
    note: null,
    profileUrl: null,
    ...overrides,
  };
}

const headline = (text: string): InvitationFields => invitation({ headline: text });
const keyword = (term: string): OwnerFocus => focus({ keywords: [term] });
const matches = (term: string, text: string): boolean => matchFocus(keyword(term), headline(text)).matched.length > 0;

describe('parseFocusList', () => {
  it('splits on commas, semicolons, newlines and a spaced slash, and trims', () => {
    expect(parseFocusList(' fintech;data partnerships / B2B\n  analytics ,\r\nclimate ')).toEqual([
      'fintech',
      'data partnerships',
      'B2B',
      'analytics',
      'climate',
    ]);
  });

  it('keeps a tight slash inside a term', () => {
    expect(parseFocusList('CI/CD, B2B/SaaS')).toEqual(['CI/CD', 'B2B/SaaS']);
  });

  it('drops empty pieces and case-insensitive duplicates, keeping the first wording', () => {
    expect(parseFocusList(',, fintech ;; FinTech\n\n\nFINTECH, Data,data , ')).toEqual(['fintech', 'Data']);
  });

  it('tidies inner whitespace and strips list bullets', () => {
    expect(parseFocusList('- data   partnerships\n• developer\trelations\n* AI')).toEqual([
      'data partnerships',
      'developer relations',
      'AI',
    ]);
  });

  it.each([null, undefined, '', '   ', ',;\n / '])('gives nothing for %j', (text) => {
    expect(parseFocusList(text)).toEqual([]);
  });

  it('caps each term at 60 characters', () => {
    const [term] = parseFocusList(`${'a'.repeat(59)} bcdef, short`);
    expect(term).toBe('a'.repeat(59));
    expect(parseFocusList('x'.repeat(200))).toEqual(['x'.repeat(MAX_FOCUS_TERM_CHARS)]);
  });

  it('never cuts an emoji in half', () => {
    const [term] = parseFocusList(`${'a'.repeat(59)}🚀🚀`);
    expect(term).toBe(`${'a'.repeat(59)}🚀`);
    expect(Array.from(term ?? '')).toHaveLength(MAX_FOCUS_TERM_CHARS);
  });

  it('keeps the first 20 distinct terms', () => {
    const text = Array.from({ length: 30 }, (_, index) => `term ${index}`).join(', ');
    const terms = parseFocusList(`term 0, TERM 0, ${text}`);
    expect(terms).toHaveLength(MAX_FOCUS_TERMS);
    expect(terms[0]).toBe('term 0');
    expect(terms[19]).toBe('term 19');
  });

  it('always returns trimmed, short, distinct terms (property)', () => {
    fc.assert(
      fc.property(fc.oneof(untrustedText, fc.string({ maxLength: 400 })), (text) => {
        const terms = parseFocusList(text);
        expect(terms.length).toBeLessThanOrEqual(MAX_FOCUS_TERMS);
        expect(new Set(terms.map((term) => term.toLowerCase())).size).toBe(terms.length);
        for (const term of terms) {
          expect(term).not.toBe('');
          expect(term).toBe(term.trim());
          expect(Array.from(term).length).toBeLessThanOrEqual(MAX_FOCUS_TERM_CHARS);
        }
      }),
    );
  });
});

describe('matchFocus: what counts as a match', () => {
  it('finds the brief’s example in the headline', () => {
    const result = matchFocus(
      focus({ industries: ['fintech'], keywords: ['data partnerships'] }),
      headline('Head of Data Partnerships'),
    );
    expect(result).toEqual({ matched: ['data partnerships'], hasFocus: true });
  });

  it.each([
    ['fintech', 'FINTECH founder'],
    ['B2B', 'b2b sales'],
    ['b2b', 'B2B-focused growth'],
    ['data partnerships', 'Head of Data-Partnerships'],
    ['data-partnerships', 'Head of data partnerships'],
    ['data partnerships', 'Data   Partnerships lead'],
    ['partnership', 'Partnerships at Acme'],
    ['partnerships', 'Strategic partnership manager'],
    ['companies', 'Helping company builders'],
    ['company', 'Scaling companies'],
    ['analytics', 'Analytic engineering'],
    ['analytic', 'Product analytics'],
    ['search', 'Building searches that work'],
    ['niche', 'Finding niches'],
    ['business', 'Small businesses, big ideas'],
    ['Zürich', 'Engineering in Zurich'],
    ['Sao Paulo', 'Founder, São Paulo'],
    ['café', 'Cafe owner'],
    ['e-commerce', 'E-Commerce growth'],
    ['Node.js', 'Senior Node.js engineer'],
    ['AI', 'AI researcher'],
    ['ML', 'Applied ML, at scale'],
    ['AI', 'Head of AI.'],
    ['women’s health', "Women's health advocate"],
    ['developer relations', '(Developer Relations)'],
    ['R&D', 'VP R&D'],
  ])('%j matches %j', (term, text) => {
    expect(matchFocus(keyword(term), headline(text)).matched).toEqual([term]);
  });

  it.each([
    ['data partnerships', 'Datapartnerships at Acme'],
    ['data partnerships', 'Data and partnerships'],
    ['data partnerships', 'Big data. Partnerships on the side'],
    ['data partnerships', 'Data | Partnerships'],
    ['AI', 'Thailand operations'],
    ['AI', 'Chair of the board'],
    ['ML', 'HTML and CSS'],
    ['ML', 'XML tooling'],
    ['data', 'Datum engineer'],
    ['datum', 'Data engineer'],
    ['news', 'New ventures'],
    ['sales', 'Wholesale buyer'],
    ['fintech', 'Fin tech'],
    ['market', 'Marketing lead'],
  ])('%j does not match %j', (term, text) => {
    expect(matches(term, text)).toBe(false);
  });

  it('does not let a phrase run from one field into the next', () => {
    const result = matchFocus(keyword('data partnerships'), invitation({ headline: 'Head of Data', company: 'Partnerships Inc' }));
    expect(result.matched).toEqual([]);
  });

  it('looks in the headline, the company and the note, not the name', () => {
    const terms = focus({ keywords: ['fintech', 'analytics', 'climate', 'priya'] });
    const result = matchFocus(
      terms,
      invitation({ headline: 'Fintech founder', company: 'Northwind Analytics', note: 'Working on climate data.' }),
    );
    expect(result.matched).toEqual(['fintech', 'analytics', 'climate']);
  });

  it('matches nothing in an empty invitation', () => {
    expect(matchFocus(keyword('fintech'), invitation())).toEqual({ matched: [], hasFocus: true });
  });
});

describe('matchFocus: the terms it returns', () => {
  const NORTHWIND = invitation({
    headline: 'Head of Data Partnerships',
    company: 'Northwind Analytics',
    note: 'We met at the fintech meetup in Berlin. We build AI tools for B2B teams.',
  });

  it('returns the owner’s wording in focus order: industries, roles, keywords, free text', () => {
    const owner = focus({
      industries: ['FinTech', 'Healthcare'],
      roles: ['head of data partnerships'],
      keywords: ['b2b', 'AI'],
      freeText: 'People building analytics products in Berlin',
    });
    expect(matchFocus(owner, NORTHWIND)).toEqual({
      matched: ['FinTech', 'head of data partnerships', 'b2b', 'AI', 'analytics', 'Berlin'],
      hasFocus: true,
    });
  });

  it('returns a term once even when the owner wrote it in several lists or forms', () => {
    const owner = focus({ industries: ['Fintech'], keywords: ['fintech', 'FINTECH'], freeText: 'fintech people' });
    expect(matchFocus(owner, NORTHWIND).matched).toEqual(['Fintech']);
  });

  it('treats singular and plural forms of one term as the same term', () => {
    const owner = focus({ industries: ['partnerships'], keywords: ['Partnership'] });
    expect(matchFocus(owner, NORTHWIND).matched).toEqual(['partnerships']);
  });

  it('takes the significant words of the free text and ignores its stop words', () => {
    const owner = focus({ freeText: 'people who are building the data products in Europe' });
    expect(focusTerms(owner)).toEqual(['data', 'products', 'Europe']);
    const result = matchFocus(owner, invitation({ headline: 'Building products for people in the US' }));
    expect(result.matched).toEqual(['products']);
  });

  it('keeps hyphenated free-text words whole and matches them as phrases', () => {
    const owner = focus({ freeText: 'data-driven founders, e.g. in Node.js' });
    expect(focusTerms(owner)).toEqual(['data-driven', 'founders', 'Node.js']);
    expect(matchFocus(owner, headline('Data driven founder')).matched).toEqual(['data-driven', 'founders']);
  });

  it.each([
    ['Not interested in crypto or recruiters, please. Fintech founders yes.', ['Fintech', 'founders']],
    ['No recruiters; climate tech people', ['climate', 'tech']],
    ['Founders in fintech but not crypto', ['Founders', 'fintech']],
    ['Anyone except agencies and recruiters', []],
    ['Avoid sales people. Data engineers!', ['Data', 'engineers']],
    ["No-code founders, but don't send me crypto", ['No-code', 'founders']],
  ])('leaves out what the free text says the owner does not want: %j', (freeText, terms) => {
    expect(focusTerms(focus({ freeText }))).toEqual(terms);
  });

  it.each([
    ['Fintech founders, not recruiters', 'Senior Tech Recruiter', ['recruiters']],
    ['Anyone except agencies and recruiters', 'Founder of a growth agency', ['agencies']],
    ['Data engineers. No crypto!', 'Crypto Data Engineer', ['crypto']],
  ])('finds what %j does not want in the headline %j', (freeText, headlineText, unwanted) => {
    expect(focusFit(focus({ freeText }), invitation({ headline: headlineText, note: null })).unwanted).toEqual(unwanted);
  });

  it('does not take the verbs of a refusal for what is unwanted', () => {
    const fit = focusFit(focus({ freeText: "No-code founders, but don't send me crypto" }), invitation({ headline: 'Send Team Lead', note: null }));
    expect(fit.unwanted).toEqual([]);
    expect(focusFit(focus({ freeText: "No-code founders, but don't send me crypto" }), invitation({ headline: 'Crypto Trader', note: null })).unwanted).toEqual(['crypto']);
  });

  it('looks for what is unwanted in who they are, not in their note', () => {
    const fit = focusFit(focus({ freeText: 'founders, not recruiters' }), invitation({ headline: 'Founder', note: 'Tired of recruiters, like you!' }));
    expect(fit.unwanted).toEqual([]);
  });

  it('counts a term once when a longer matched term holds it', () => {
    const owner = focus({ industries: ['climate tech'], freeText: 'climate tech founders' });
    expect(matchFocus(owner, headline('Climate Tech Recruiter')).matched).toEqual(['climate tech']);
    // Each alone still matches where the longer one does not.
    expect(matchFocus(owner, headline('Tech lead, climate nonprofit')).matched).toEqual(['climate', 'tech']);
  });

  it('does not take "anything" or "something" for a term', () => {
    expect(focusTerms(focus({ freeText: 'anything data, something with analytics' }))).toEqual(['data', 'analytics']);
  });

  it('does not take contractions or the filler of a sentence as focus', () => {
    const owner = focus({ freeText: "I'm after fintech founders I'd like to meet, ideally ones who've raised" });
    expect(focusTerms(owner)).toEqual(['fintech', 'founders', 'raised']);
    expect(matchFocus(owner, invitation({ headline: 'Designer', note: "Hi! I'm Ana, I'd love to connect" })).matched).toEqual([]);
  });

  it('trims and tidies the wording it returns', () => {
    expect(matchFocus(keyword('  data \n partnerships '), NORTHWIND).matched).toEqual(['data partnerships']);
  });
});

describe('matchFocus: hasFocus', () => {
  it.each([
    ['an empty focus', focus()],
    ['blank terms', focus({ industries: ['', '  '], keywords: ['\n'] })],
    ['terms of punctuation only', focus({ keywords: ['++', '—', '…'] })],
    ['free text of stop words only', focus({ freeText: 'people who are working on the things' })],
  ])('is false for %s', (_label, owner) => {
    expect(matchFocus(owner, headline('Anything at all'))).toEqual({ matched: [], hasFocus: false });
  });

  it('is true when there is a term, matched or not', () => {
    expect(matchFocus(keyword('fintech'), headline('Gardener'))).toEqual({ matched: [], hasFocus: true });
    expect(matchFocus(focus({ freeText: 'climate' }), headline('Gardener')).hasFocus).toBe(true);
  });
});

describe('matchFocus: robustness', () => {
  const anyText = fc.oneof(untrustedText, fc.string({ maxLength: 120 }), fc.constantFrom(...HOSTILE_VALUES));
  const anyTerms = fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('AI', 'data partnerships', 'B2B', 'fintech')), {
    maxLength: 6,
  });
  const anyFocus: fc.Arbitrary<OwnerFocus> = fc.record({
    industries: anyTerms,
    roles: anyTerms,
    keywords: anyTerms,
    freeText: fc.option(anyText, { nil: null }),
  });
  const anyInvitation: fc.Arbitrary<InvitationFields> = fc.record({
    name: anyText,
    headline: fc.option(anyText, { nil: null }),
    company: fc.option(anyText, { nil: null }),
    mutualConnections: fc.constant(null),
    note: fc.option(anyText, { nil: null }),
    profileUrl: fc.constant(null),
  });

  it('never throws and only returns terms of the focus, once each, in focus order (property)', () => {
    fc.assert(
      fc.property(anyFocus, anyInvitation, (owner, candidate) => {
        const { matched, hasFocus } = matchFocus(owner, candidate);
        const terms = focusTerms(owner);
        expect(new Set(matched).size).toBe(matched.length);
        for (const term of matched) expect(terms).toContain(term);
        const positions = matched.map((term) => terms.indexOf(term));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        expect(hasFocus).toBe(terms.length > 0);
        if (!hasFocus) expect(matched).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a term that was put into the headline verbatim (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{1,10}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), fc.string({ maxLength: 20 }), (words, tail) => {
        const term = words.join(' ');
        expect(matchFocus(keyword(term), headline(`Lead, ${term}; ${tail}`)).matched).toEqual([term]);
      }),
    );
  });

  it('handles very long fields quickly', () => {
    const long = 'data and partnerships '.repeat(2000);
    const started = performance.now();
    const result = matchFocus(
      focus({ keywords: Array.from({ length: 20 }, (_, index) => `data partnerships ${index}`) }),
      invitation({ headline: long, company: long, note: long }),
    );
    expect(result.matched).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
