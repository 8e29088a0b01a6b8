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
    // A word written whole on one side and with a hyphen on the other.
    ['ecommerce', 'Head of Data, E-Commerce'],
    ['e-commerce', 'Ecommerce lead'],
    ['cofounder', 'Co-Founder & CTO'],
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
    ['apart', 'A Part of the team'],
    ['opentelemetry', 'Open telemetry for beginners'],
  ])('%j does not match %j', (term, text) => {
    expect(matches(term, text)).toBe(false);
  });

  it.each([
    ['OpenTelemetry', 'Observability Engineer | Open Telemetry contributor'],
    ['Open Telemetry', 'OpenTelemetry maintainer'],
    ['GitHub', 'Developer advocate at Git Hub'],
    ['data partnerships', 'Head of DataPartnerships'],
    ['fintech', 'Fin Tech Founder'],
  ])('one name written as one word or as two capitalised words: %j matches %j', (term, text) => {
    expect(matchFocus(keyword(term), headline(text)).matched).toEqual([term]);
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

  it('takes the noun groups of the free text and ignores its stop words', () => {
    const owner = focus({ freeText: 'people who are building the data products in Europe' });
    // "products" after "data" says what kind of data work; alone it would fit anyone who builds.
    expect(focusTerms(owner)).toEqual(['data', 'Europe']);
    const result = matchFocus(owner, invitation({ headline: 'Building products for people in the US' }));
    expect(result.matched).toEqual([]);
  });

  it('keeps hyphenated free-text words whole and matches them as phrases', () => {
    const owner = focus({ freeText: 'data-driven founders, e.g. in Node.js' });
    expect(focusTerms(owner)).toEqual(['data-driven founders', 'Node.js']);
    expect(matchFocus(owner, headline('Data driven founder')).matched).toEqual(['data-driven founders']);
    // The words of a group may come in any order, but a hyphenated word stays a phrase.
    expect(matchFocus(owner, headline('Founder, driven by data')).matched).toEqual([]);
  });

  it.each([
    ['Not interested in crypto or recruiters, please. Fintech founders yes.', ['Fintech founders']],
    ['No recruiters; climate tech people', ['climate tech']],
    ['Founders in fintech but not crypto', ['Founders', 'fintech']],
    ['Anyone except agencies and recruiters', []],
    ['Avoid sales people. Data engineers!', ['Data engineers']],
    ["No-code founders, but don't send me crypto", ['No-code founders']],
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

  it.each([
    ['no recruiters please', 'Talent Partner, Design', null, ['recruiters']],
    ['product people in digital health, except recruiters', 'Talent Acquisition Partner', null, ['recruiters']],
    ['founders, not recruiters', 'Recruiting Coordinator', null, ['recruiters']],
    ['founders, not recruiters', 'Technical Sourcer', null, ['recruiters']],
    ['no headhunters', 'Executive Recruiter', null, ['headhunters']],
    ['angel investors and founders in healthtech, not crypto', 'Blockchain Engineer', 'Ledgerly (Web3 wallet)', ['crypto']],
    ['founders, no blockchain', 'Bitcoin Educator', null, ['blockchain']],
  ])('reads what %j does not want as its whole family: %j at %j', (freeText, headlineText, company, unwanted) => {
    expect(focusFit(focus({ freeText }), invitation({ headline: headlineText, company, note: null })).unwanted).toEqual(unwanted);
  });

  it.each([
    ['designers, not crypto', 'Design Systems Lead | Design Tokens', null],
    ['no recruiters please', 'Talent Designer', 'Talentia'],
    ['designers, not recruiters', 'Product Designer', 'Partner & Co'],
    ['talent partners and design leaders', 'Talent Partner, Design', null],
    [null, 'Talent Acquisition Partner', null],
  ])('finds nothing unwanted in %j for %j', (freeText, headlineText, company) => {
    expect(focusFit(focus({ freeText, keywords: ['design'] }), invitation({ headline: headlineText, company, note: null })).unwanted).toEqual([]);
  });

  it('matches a wanted term as written, without the family of an unwanted one', () => {
    expect(focusFit(focus({ freeText: 'recruiters in healthtech' }), invitation({ headline: 'Talent Acquisition Partner', company: 'Kry', note: null })).matched).toEqual([]);
    expect(focusFit(focus({ freeText: 'recruiters in healthtech' }), invitation({ headline: 'Senior Recruiter', company: 'Kry', note: null })).matched).toEqual(['recruiters']);
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
    expect(matchFocus(owner, headline('Founder, Climate Tech')).matched).toEqual(['climate tech founders']);
    // Each alone still matches where the longer one does not.
    const listed = focus({ keywords: ['climate tech', 'climate', 'tech'] });
    expect(matchFocus(listed, headline('Climate Tech Recruiter')).matched).toEqual(['climate tech']);
    expect(matchFocus(listed, headline('Tech lead, climate nonprofit')).matched).toEqual(['climate', 'tech']);
  });

  it('does not take "anything" or "something" for a term', () => {
    expect(focusTerms(focus({ freeText: 'anything data, something with analytics' }))).toEqual(['data', 'analytics']);
  });

  it('does not take contractions or the filler of a sentence as focus', () => {
    const owner = focus({ freeText: "I'm after fintech founders I'd like to meet, ideally ones who've raised" });
    expect(focusTerms(owner)).toEqual(['fintech founders', 'raised']);
    expect(matchFocus(owner, invitation({ headline: 'Designer', note: "Hi! I'm Ana, I'd love to connect" })).matched).toEqual([]);
  });

  it('trims and tidies the wording it returns', () => {
    expect(matchFocus(keyword('  data \n partnerships '), NORTHWIND).matched).toEqual(['data partnerships']);
  });
});

describe('matchFocus: the free text read as noun groups', () => {
  const ENGINEERS_AND_LEADERS = 'data engineers and analytics leaders, not recruiters';
  const freeText = (text: string): OwnerFocus => focus({ freeText: text });
  const matchedIn = (text: string, fields: Partial<InvitationFields>): string[] => matchFocus(freeText(text), invitation(fields)).matched;

  it('splits the free text into groups at stop words, conjunctions, punctuation and negations', () => {
    expect(focusTerms(freeText(ENGINEERS_AND_LEADERS))).toEqual(['data engineers', 'analytics leaders']);
    expect(focusTerms(freeText('Mostly fintech founders; also heads of data at scale-ups'))).toEqual(['fintech founders', 'heads of data', 'scale-ups']);
    expect(focusTerms(freeText('fintech companies, AI startups and B2B SaaS products'))).toEqual(['fintech', 'AI', 'B2B SaaS']);
    expect(focusTerms(freeText('lots of experienced data people in Berlin or Munich'))).toEqual(['data', 'Berlin', 'Munich']);
    expect(focusTerms(freeText('people at big companies; CI/CD, e.g. GitHub Actions'))).toEqual(['big companies', 'CI/CD', 'GitHub Actions']);
  });

  it.each([
    // The whole group, as a phrase.
    [ENGINEERS_AND_LEADERS, 'Senior Data Engineer at Spotify', ['data engineers']],
    ['Fintech founders', 'Fintech Founder | Payments', ['Fintech founders']],
    ['climate tech founders', 'Founder — Climate Tech', ['climate tech founders']],
    // All its words in one sentence of the field, in any order.
    [ENGINEERS_AND_LEADERS, 'Leader, Analytics', ['analytics leaders']],
    [ENGINEERS_AND_LEADERS, 'Senior Engineer, Data Platform', ['data engineers']],
    ['Fintech founders', 'Founder | Fintech | Payments', ['Fintech founders']],
    ['B2B SaaS founders', 'Founder @ Acme (B2B SaaS)', ['B2B SaaS founders']],
    ['machine learning engineers', 'Software Engineer, Machine Learning', ['machine learning engineers']],
    ['heads of data', 'Head of Data, Acme', ['heads of data']],
    // Titles that mean the role the owner described.
    [ENGINEERS_AND_LEADERS, 'Head of Analytics @ Zalando', ['analytics leaders']],
    [ENGINEERS_AND_LEADERS, 'VP Analytics | ex-Booking', ['analytics leaders']],
    [ENGINEERS_AND_LEADERS, 'Director, Data & Analytics', ['analytics leaders']],
    [ENGINEERS_AND_LEADERS, 'Chief Analytics Officer', ['analytics leaders']],
    [ENGINEERS_AND_LEADERS, 'Analytics Lead', ['analytics leaders']],
    [ENGINEERS_AND_LEADERS, 'Big Data Developer', ['data engineers']],
    ['software engineers', 'Senior Software Developer', ['software engineers']],
    ['fintech founders', 'Cofounder of a fintech', ['fintech founders']],
    ['fintech founders', 'Co-Founder & CEO, fintech startup', ['fintech founders']],
    // Modifiers joined by "and", "&" or "/" share the role that follows.
    ['data & analytics leaders', 'Head of Data at Acme', ['data & analytics leaders']],
    ['data and analytics leaders', 'Analytics Director', ['data and analytics leaders']],
    ['product and design leaders', 'Head of Product', ['product and design leaders']],
    ['heads of data & analytics', 'Head of Analytics', ['heads of data & analytics']],
    ['founders of fintech and insurtech startups', 'Insurtech Founder', ['founders of fintech and insurtech']],
    // A tight slash holds its words together, as in the lists.
    ['AI/ML engineers', 'Senior AI/ML Engineer', ['AI/ML engineers']],
    // An engineer's title may name the practice.
    [ENGINEERS_AND_LEADERS, 'Data Engineering Lead', ['data engineers']],
    // A one-word group matches as a word does.
    ['founders', 'Founder, Acme Bakery', ['founders']],
    ['fintech', 'Fintech advisor', ['fintech']],
    ['AI startups', 'AI researcher', ['AI']],
  ])('%j matches %j', (text, headlineText, expected) => {
    expect(matchedIn(text, { headline: headlineText })).toEqual(expected);
  });

  it.each([
    // A generic role alone, without the group's other words.
    [ENGINEERS_AND_LEADERS, 'Team Leader at Tesco'],
    [ENGINEERS_AND_LEADERS, 'Software Engineer'],
    ['analytics leaders', 'Store Leader, Lidl'],
    ['fintech founders', 'Founder, Acme Bakery'],
    ['heads of data', 'Head Chef'],
    // A lone modifier with another head.
    [ENGINEERS_AND_LEADERS, 'Data Entry Specialist'],
    [ENGINEERS_AND_LEADERS, 'Data Scientist'],
    ['fintech founders', 'Fintech Recruiter'],
    ['heads of data', 'Data Entry Clerk'],
    ['data & analytics leaders', 'Data Entry Specialist'],
    ['product and design leaders', 'Product Manager'],
    ['heads of data & analytics', 'Analytics consultant'],
    ['big companies', 'Big Data Engineer'],
    // Parts of a compound, apart.
    ['climate tech founders', 'Tech lead, climate nonprofit'],
    // A generic head the owner put after the interest.
    ['people building data products', 'Building products for people'],
    ['AI startups', 'Startup advisor'],
  ])('%j does not match %j', (text, headlineText) => {
    expect(matchedIn(text, { headline: headlineText })).toEqual([]);
  });

  it('shows the group in the owner’s wording, once, even when a list term is part of it', () => {
    const owner = focus({ industries: ['analytics'], freeText: ENGINEERS_AND_LEADERS });
    expect(matchFocus(owner, headline('Head of Analytics')).matched).toEqual(['analytics leaders']);
    expect(matchFocus(owner, headline('Analytics consultant')).matched).toEqual(['analytics']);
    expect(focusFit(owner, headline('Head of Analytics')).terms).toEqual(['analytics', 'data engineers', 'analytics leaders']);
  });

  it('keeps the words of a group in one sentence of one field', () => {
    const note = 'We met at a data meetup. Our engineers loved your talk!';
    expect(matchedIn('data engineers', { note })).toEqual([]);
    expect(matchedIn('data engineers', { headline: 'Head of Data', company: 'Engineering Partners' })).toEqual([]);
    const fit = focusFit(freeText(ENGINEERS_AND_LEADERS), invitation({ headline: 'Consultant', note: 'I lead the analytics team at Acme, so your post hit home.' }));
    expect(fit.matched).toEqual(['analytics leaders']);
    expect(fit.fields).toEqual(['note']);
  });

  it.each([
    [ENGINEERS_AND_LEADERS, 'Technical Recruiter', ['recruiters']],
    ['data engineers, not recruiters or sales', 'Sales Director', ['sales']],
    ['no sales leaders', 'VP Sales, EMEA', ['sales leaders']],
    ['no sales leaders', 'Sales Associate', []],
    ['Founders, but not crypto founders', 'Crypto Trader', []],
    ['Founders, but not crypto founders', 'Founder, Crypto Exchange', ['crypto founders']],
  ])('reads what %j does not want as groups too: %j', (text, headlineText, unwanted) => {
    expect(focusFit(freeText(text), invitation({ headline: headlineText })).unwanted).toEqual(unwanted);
  });

  it('reads a run of more than four words as a list typed without commas', () => {
    const owner = freeText('fintech insurtech proptech healthtech regtech');
    expect(focusTerms(owner)).toEqual(['fintech', 'insurtech', 'proptech', 'healthtech', 'regtech']);
    expect(matchFocus(owner, headline('Proptech founder')).matched).toEqual(['proptech']);
    // Such a list shares no role with a group after it.
    expect(focusTerms(freeText('data and fintech insurtech proptech healthtech regtech and analytics leaders'))).toEqual([
      'data', 'fintech', 'insurtech', 'proptech', 'healthtech', 'regtech', 'analytics leaders',
    ]);
  });

  it('caps the free text at 30 words of groups', () => {
    const long = Array.from({ length: 40 }, (_, index) => `topic${index} leaders`).join(' and ');
    const terms = focusTerms(freeText(long));
    expect(terms).toHaveLength(15);
    expect(terms[14]).toBe('topic14 leaders');
  });

  it('stays fast on a 3,000-character free text and note', () => {
    const words = ['data', 'engineers', 'and', 'analytics', 'leaders', 'of', 'not', 'fintech', '&', 'founders', 'in', 'Berlin,'];
    const text = Array.from({ length: 500 }, (_, index) => words[(index * 7) % words.length]).join(' ').slice(0, 3000);
    const note = Array.from({ length: 500 }, (_, index) => words[(index * 5) % words.length]).join(' ').slice(0, 3000);
    const owner = focus({ industries: ['fintech', 'climate tech'], keywords: ['data partnerships'], freeText: text });
    const started = performance.now();
    for (let round = 0; round < 200; round += 1) focusFit(owner, { headline: note, company: note, note });
    expect(performance.now() - started).toBeLessThan(2000);
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

  it('reads 100,000 characters of capitals, or of capitalised words, in linear time', () => {
    for (const note of ['A'.repeat(100_000), 'Ab '.repeat(33_334), 'OpenTelemetry '.repeat(7_143)]) {
      const started = performance.now();
      matchFocus(focus({ keywords: ['Open Telemetry', 'GitHub'] }), invitation({ headline: 'Engineer', note }));
      expect(performance.now() - started).toBeLessThan(1500);
    }
  });
});
