import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findProfileUrl, normaliseProfileUrl } from '../../src/domain/profile-url.js';

const CANONICAL = 'https://www.linkedin.com/in/priya-raman-data';

describe('normaliseProfileUrl', () => {
  it.each([
    'https://www.linkedin.com/in/priya-raman-data',
    'https://www.linkedin.com/in/priya-raman-data/',
    'http://www.linkedin.com/in/priya-raman-data',
    'www.linkedin.com/in/priya-raman-data',
    'linkedin.com/in/priya-raman-data',
    'https://linkedin.com/in/priya-raman-data',
    'https://uk.linkedin.com/in/priya-raman-data',
    'https://m.linkedin.com/in/priya-raman-data',
    'HTTPS://WWW.LINKEDIN.COM/IN/Priya-Raman-Data',
    'https://www.linkedin.com/in/priya-raman-data?trk=public_profile&originalSubdomain=uk',
    'https://www.linkedin.com/in/priya-raman-data/?originalSubdomain=in#experience',
    'https://www.linkedin.com/in/priya-raman-data#about',
    'https://www.linkedin.com/in/priya-raman-data/en',
    'https://www.linkedin.com/in/priya-raman-data/details/experience/',
    'https://www.linkedin.com/comm/in/priya-raman-data?midToken=AQH&trk=eml-email',
    'https://www.linkedin.com/mwlite/in/priya-raman-data',
    '<https://www.linkedin.com/in/priya-raman-data>',
    '<https://www.linkedin.com/in/priya-raman-data|linkedin.com/in/priya-raman-data>',
    '(https://www.linkedin.com/in/priya-raman-data)',
    'https://www.linkedin.com/in/priya-raman-data).',
    'https://www.linkedin.com/in/priya-raman-data,',
    '"https://www.linkedin.com/in/priya-raman-data"',
    '  https://www.linkedin.com/in/priya-raman-data  ',
  ])('normalises %s', (input) => {
    expect(normaliseProfileUrl(input)).toBe(CANONICAL);
  });

  it('percent-decodes and keeps non-ASCII letters as letters', () => {
    expect(normaliseProfileUrl('https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa')).toBe(
      'https://www.linkedin.com/in/josé-garcía',
    );
    expect(normaliseProfileUrl('linkedin.com/in/José-García/')).toBe('https://www.linkedin.com/in/josé-garcía');
    expect(normaliseProfileUrl('linkedin.com/in/jose%CC%81')).toBe('https://www.linkedin.com/in/josé');
    // Without a "%" nothing is decoded, but the slug is still composed.
    expect(normaliseProfileUrl('linkedin.com/in/jose\u0301')).toBe('https://www.linkedin.com/in/josé');
    expect(normaliseProfileUrl('xing.com/profile/Ju\u0308rgen_Mu\u0308ller')).toBe('https://www.xing.com/profile/Jürgen_Müller');
  });

  it.each([
    '',
    'not a url',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/in//',
    'https://www.linkedin.com/in/?trk=x',
    'https://www.linkedin.com/company/northwind',
    'https://www.linkedin.com/pub/priya-raman/1/2/3',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/',
    'https://example.com/in/priya',
    'https://evil-linkedin.com/in/priya',
    'https://linkedin.com.evil.example/in/priya',
    'https://evil.example/linkedin.com/in/priya',
    'ftp://www.linkedin.com/in/priya',
    'https://www.linkedin.com/in/priya%2Framan',
    'https://www.linkedin.com/in/%E0%A4%A',
    'https://www.linkedin.com/in/priya raman',
    'https://www.linkedin.com/in/<script>',
  ])('rejects %j', (input) => {
    expect(normaliseProfileUrl(input)).toBeNull();
  });

  it('never throws and returns null or a canonical URL (property)', () => {
    const piece = fc.constantFrom('linkedin.com/', 'in/', 'https://', 'www.', '%', '%C3', '%A9', '/', '?', '#', 'a', '-', '.', ' ');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.array(piece).map((p) => p.join(''))), (input) => {
        const url = normaliseProfileUrl(input);
        return url === null || /^https:\/\/www\.linkedin\.com\/in\/[\p{L}\p{M}\p{N}_-]+$/u.test(url);
      }),
    );
  });
});

describe('findProfileUrl', () => {
  it('finds the first profile URL in running text', () => {
    expect(findProfileUrl('View profile: https://www.linkedin.com/in/priya-raman-data')).toBe(CANONICAL);
    expect(findProfileUrl('profile (linkedin.com/in/priya-raman-data). Thanks')).toBe(CANONICAL);
    expect(findProfileUrl('see <https://uk.linkedin.com/in/priya-raman-data?trk=x> now')).toBe(CANONICAL);
    expect(findProfileUrl('a linkedin.com/in/first and linkedin.com/in/second')).toBe('https://www.linkedin.com/in/first');
    expect(findProfileUrl('Profile:https://www.linkedin.com/in/priya-raman-data')).toBe(CANONICAL);
  });

  it('skips company pages and look-alikes to find a real profile', () => {
    expect(
      findProfileUrl('https://www.linkedin.com/company/northwind and https://www.linkedin.com/in/priya-raman-data'),
    ).toBe(CANONICAL);
    expect(findProfileUrl('https://evil.example/linkedin.com/in/x then linkedin.com/in/priya-raman-data')).toBe(CANONICAL);
    expect(findProfileUrl('https://notlinkedin.com/in/x')).toBeNull();
    // The host is walked back over whole, in either case, with its digits and hyphens.
    for (const host of ['NOTlinkedin.com', 'not2linkedin.com', 'not-linkedin.com', 'Not-2.linkedin-x.com']) expect(findProfileUrl(`https://${host}/in/x`)).toBeNull();
    expect(findProfileUrl('see HTTPS://UK-2.LinkedIn.com/in/priya-raman-data')).toBe(CANONICAL);
  });

  it('returns null when there is none', () => {
    expect(findProfileUrl('')).toBeNull();
    expect(findProfileUrl('Priya Raman, Head of Data')).toBeNull();
    expect(findProfileUrl('https://www.linkedin.com/company/northwind')).toBeNull();
  });

  it('is fast on hostile input', () => {
    const hostile = 'a.'.repeat(2_000) + 'linkedin.com/in/'.repeat(300) + 'x'.repeat(3_000);
    const started = performance.now();
    findProfileUrl(hostile);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('takes linear time on a long text in which nothing ends a URL', () => {
    // A near miss every 19 characters, each a URL that runs on: the end of each was once searched
    // for up to the end of the text (4.4 s for this text), now at most MAX_URL characters on.
    const hostile = '=linkedin.com/in/a.'.repeat(Math.ceil(400_000 / 19));
    findProfileUrl(hostile);
    const started = performance.now();
    // Only the last is a profile URL: its "." ends the text, as a sentence's would.
    expect(findProfileUrl(hostile)).toBe('https://www.linkedin.com/in/a');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('ends a URL where it ended before: at a character that ends one, or 2,048 characters on', () => {
    expect(findProfileUrl('linkedin.com/in/priya-raman-data;next')).toBe(CANONICAL);
    expect(findProfileUrl('see linkedin.com/in/priya-raman-data\u201D.')).toBe(CANONICAL);
    expect(findProfileUrl(`linkedin.com/in/priya-raman-data/${'x'.repeat(3_000)}`)).toBe(CANONICAL);
    expect(findProfileUrl(`linkedin.com/in/${'a'.repeat(150)}-${'b'.repeat(3_000)}`)).toBeNull();
  });
});

describe('XING profile URLs', () => {
  const MAX = 'https://www.xing.com/profile/Max_Mustermann';

  // Shapes seen in real links: XING's own (`?sc_o=mxb_p` from its share button, `/cv`,
  // `/web_profiles`), older ones (`/profiles/`), the xing.de alias, and typed ones.
  it.each([
    'https://www.xing.com/profile/Max_Mustermann',
    'https://www.xing.com/profile/Max_Mustermann/',
    'http://www.xing.com/profile/Max_Mustermann',
    'www.xing.com/profile/Max_Mustermann',
    'xing.com/profile/Max_Mustermann',
    'https://xing.com/profile/Max_Mustermann',
    'https://de.xing.com/profile/Max_Mustermann',
    'https://m.xing.com/profile/Max_Mustermann',
    'https://xing.de/profile/Max_Mustermann',
    'https://www.xing.com/profiles/Max_Mustermann',
    'https://www.xing.com/profile/Max_Mustermann/cv',
    'https://www.xing.com/profile/Max_Mustermann/cv/',
    'https://www.xing.com/profile/Max_Mustermann?sc_o=mxb_p',
    'https://www.xing.com/profile/Max_Mustermann/web_profiles?sc_o=navigation_profile_icon&expandNeffi=true',
    'https://www.xing.com/profile/Max_Mustermann#contact',
    'HTTPS://WWW.XING.COM/PROFILE/Max_Mustermann',
    '<https://www.xing.com/profile/Max_Mustermann>',
    '<https://www.xing.com/profile/Max_Mustermann|xing.com/profile/Max_Mustermann>',
    '(https://www.xing.com/profile/Max_Mustermann).',
    '"https://www.xing.com/profile/Max_Mustermann",',
    '  https://www.xing.com/profile/Max_Mustermann  ',
  ])('normalises %s', (input) => {
    expect(normaliseProfileUrl(input)).toBe(MAX);
  });

  it("keeps the page name's case, as XING writes it in its links, and its digits", () => {
    expect(normaliseProfileUrl('xing.com/profile/karray_soufien?sc_o=mxb_p')).toBe('https://www.xing.com/profile/karray_soufien');
    expect(normaliseProfileUrl('https://www.xing.com/profile/Christian_Weiss63/cv')).toBe('https://www.xing.com/profile/Christian_Weiss63');
    expect(normaliseProfileUrl('https://www.xing.com/profile/J%C3%BCrgen_M%C3%BCller')).toBe('https://www.xing.com/profile/Jürgen_Müller');
  });

  it('gives one key for every form of the same profile, and different keys for different people', () => {
    const forms = ['xing.com/profiles/Max_Mustermann/', 'https://www.xing.com/profile/Max_Mustermann/cv?sc_o=mxb_p', 'https://xing.de/profile/Max_Mustermann'];
    expect(new Set(forms.map(normaliseProfileUrl))).toEqual(new Set([MAX]));
    expect(normaliseProfileUrl('xing.com/profile/Max_Mustermann2')).not.toBe(MAX);
    // The same page name on LinkedIn is someone else's profile.
    expect(normaliseProfileUrl('linkedin.com/in/Max_Mustermann')).toBe('https://www.linkedin.com/in/max_mustermann');
  });

  it.each([
    'https://www.xing.com/profile',
    'https://www.xing.com/profile/',
    'https://www.xing.com/profile?sc_o=navigation_profile_icon',
    'https://www.xing.com/profile//cv',
    'https://www.xing.com/companies/northwind',
    'https://www.xing.com/pages/northwind',
    'https://www.xing.com/jobs/hamburg-head-sales-123',
    'https://www.xing.com/',
    'https://notxing.com/profile/Max_Mustermann',
    'https://xing.com.evil.example/profile/Max_Mustermann',
    'https://evil.example/xing.com/profile/Max_Mustermann',
    'https://xing.net/profile/Max_Mustermann',
    'ftp://www.xing.com/profile/Max_Mustermann',
    'https://www.xing.com/profile/Max%2FMustermann',
    'https://www.xing.com/profile/%E0%A4%A',
    'https://www.xing.com/profile/Max Mustermann',
    'https://www.xing.com/profile/<script>',
    `https://www.xing.com/profile/${'a'.repeat(201)}`,
  ])('rejects %j', (input) => {
    expect(normaliseProfileUrl(input)).toBeNull();
  });

  it('finds a XING profile URL in running text, and the first of XING and LinkedIn', () => {
    expect(findProfileUrl('Profil ansehen: https://www.xing.com/profile/Max_Mustermann?sc_o=mxb_p')).toBe(MAX);
    expect(findProfileUrl('profile (xing.com/profile/Max_Mustermann). Danke')).toBe(MAX);
    expect(findProfileUrl('see <https://www.xing.com/profile/Max_Mustermann|Max Mustermann> now')).toBe(MAX);
    expect(findProfileUrl('Xing.com/profile/Max_Mustermann')).toBe(MAX);
    expect(findProfileUrl(`${MAX} and linkedin.com/in/priya-raman-data`)).toBe(MAX);
    expect(findProfileUrl(`linkedin.com/in/priya-raman-data and ${MAX}`)).toBe(CANONICAL);
    expect(findProfileUrl('https://www.xing.com/companies/northwind then xing.com/profile/Max_Mustermann')).toBe(MAX);
    expect(findProfileUrl('https://evil.example/xing.com/profile/x and me@xing.com/profile/y')).toBeNull();
    expect(findProfileUrl('Li Xing. Head of Data at Northwind')).toBeNull();
  });

  it('takes linear time on 100,000 hostile characters', () => {
    // Near misses: hosts that never end, markers with no page name, page names that never end.
    for (const piece of ['a.', 'xing.', 'xing.com/profile/', 'xing.com/profiles//', 'x.xing.com/', 'a-', '%', '=www.xing.com/profile/Max_', '<https://xing.de/profile/|', 'Xing.com/profile/Max_Mustermann.']) {
      const hostile = piece.repeat(Math.ceil(100_000 / piece.length));
      for (const check of [normaliseProfileUrl, findProfileUrl]) {
        check(hostile);
        const started = performance.now();
        check(hostile);
        expect(performance.now() - started).toBeLessThan(1_000);
      }
    }
  });

  it('never throws and returns null or a canonical URL, for XING as for LinkedIn (property)', () => {
    const piece = fc.constantFrom('xing.com/', 'xing.de/', 'profile/', 'profiles/', 'linkedin.com/', 'in/', 'https://', 'www.', '%', '%C3', '%BC', '/', '?', '#', 'A', '_', '.', ' ', '|');
    fc.assert(
      fc.property(fc.array(piece).map((p) => p.join('')), (input) => {
        for (const url of [normaliseProfileUrl(input), findProfileUrl(input)]) {
          expect(url === null || /^https:\/\/www\.(?:linkedin\.com\/in|xing\.com\/profile)\/[\p{L}\p{M}\p{N}_-]+$/u.test(url)).toBe(true);
        }
      }),
    );
  });
});
