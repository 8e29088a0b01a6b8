import { describe, expect, it } from 'vitest';
import { analyseNote, evaluateInvitation, findSpam, findSpamPhraseByPhrase } from '../../src/domain/recommend.js';

// What the eleventh QA pass of the weighing found: crypto or forex in a genuine note, an investor's
// call, real meetings read as pitches, messengers spelt out, and pitches worded outside the lists.
const base = { name: 'Ana Costa', headline: 'Data Engineer', company: 'Acme', profileUrl: 'https://www.linkedin.com/in/ana-costa' };
const weigh = (note: string, mutualConnections: number | null = 1, headline = base.headline) =>
  evaluateInvitation({ ...base, headline, mutualConnections, note });
const SPAM_WORDS = /pitch|scam|mass message|sales|spam/i;

describe('crypto, forex or trading in a personal note that offers nothing is their story (eleventh pass)', () => {
  it.each([
    'Hi Sam, we met on the panel at Web Summit where I was the crypto sceptic. Enjoyed our chat on observability afterwards!',
    'Hi Sam, great meeting you at Money20/20 in Amsterdam. I work on the forex settlement side now, happy to swap notes on Kafka.',
    'Hey Sam, we worked together at Monzo. I moved to a crypto exchange last year, but still miss the platform team!',
    'Hi Sam, I spoke to you after your Monitorama talk. I moved from forex trading systems to infra - your talk on SLOs helped a lot.',
    "Hi Sam, we spoke after your QCon London talk. Loved your point that most Bitcoin wallets' threat models ignore the humans.",
  ])('no theme, accept: %j', (note) => {
    const result = weigh(note);
    expect(result.recommendation).toBe('accept');
    expect(result.reasons.join('\n')).not.toMatch(SPAM_WORDS);
  });

  it.each([
    // Not personal: the theme stays.
    ["Hi Sam, I'm writing a sceptical piece on crypto's energy use and would value your view.", 'crypto'],
    ['Hello, I invest in crypto projects and am looking for partners.', 'crypto'],
    // Personal, but offering something: the theme stays.
    ['Hi Sam, we met at Web Summit! I now run a crypto trading group, let me know if you want to join.', 'crypto'],
    ['Great meeting you at the Dubai meetup. I mentor people in forex, happy to share more.', 'forex'],
    ['We met at the Lisbon conference. I have an exciting crypto opportunity you might be interested in.', 'crypto'],
  ])('keeps the theme: %j', (note, theme) => {
    expect(weigh(note).reasons.join('\n')).toContain(`mentions ${theme}`);
  });

  it('a theme in their headline still counts beside a personal note', () => {
    const result = weigh('Hey Sam, we worked together at Monzo. I moved to crypto last year.', 1, 'Crypto Trader');
    expect(result.reasons.join('\n')).toMatch(/headline mentions crypto/);
  });

  it('money promised beside a meeting is still the pitch', () => {
    const result = weigh('Hi Sam, we met at Web Summit! I now trade crypto and my students earn 10% a week. DM me.', 0);
    expect(result.recommendation).toBe('ignore');
  });
});

describe("an investor's call, with what they invest in, is a plain question (eleventh pass)", () => {
  it.each([
    ["Hi Sam, love what you're building. We invest in developer tooling at seed - open to a quick chat?", 2, ['review', 'accept']],
    ["Hi Sam, I'm an angel investor in B2B SaaS. Worth a quick chat?", 5, ['accept']],
    ['Hi Sam, we lead seed rounds in data infrastructure. Open to a quick call next week?', 0, ['review']],
  ] as const)('%j', (note, mutuals, outcomes) => {
    expect(analyseNote(note).kind).toBe('plain');
    expect(outcomes).toContain(weigh(note, mutuals).recommendation);
  });

  it.each([
    // No investing said: the call stays a sales sequence's.
    'Hi Sam, love what you are building. Open to a quick chat?',
    // A vendor who invests in something else.
    "We're investing heavily in our platform and I'd love to get your take. Open to a quick chat?",
    // An investor with another mass phrase.
    'I came across your profile. We invest at seed - open to a quick chat?',
    // An investor who asks for your e-mail.
    'We invest at seed stage. Kindly send me your email for further discussion.',
  ])('stays a mass message: %j', (note) => {
    expect(analyseNote(note).kind).toBe('mass-message');
  });

  it("a fake investor's funds to invest keep their theme", () => {
    const result = weigh('I have funds to invest in viable projects. We invest at seed - open to a quick call?', 0);
    expect(result.reasons.join('\n')).toMatch(/investment/);
    expect(result.recommendation).toBe('ignore');
  });
});

describe('real meetings the eleventh pass found read as pitches or as plain notes', () => {
  it.each([
    'Thanks for the 15 minutes at our booth at Web Summit yesterday - your question about ILM was the best I got all day!',
    'Thanks for the 15 minutes at our booth yesterday, Sam. Here is the link to the Kafka Streams repo I mentioned.',
    'Hi Sam, we spoke for 15 minutes at your booth at Big Data London about CDC. Thanks for the demo!',
    "Hi Sam, I'm the speaker coordinator for DevTalks Bucharest - we are in the same speakers' Signal group, just connecting here too.",
    'Hey Sam, we won second place together at HackZurich! Let us keep in touch.',
    'Hi Sam, we were in the same cohort at Le Wagon London. Great to see your progress!',
    'Dear Sam, thank you for the guest seminar at Edinburgh last Thursday. My students enjoyed it greatly.',
    'Valeu pela call de ontem, Sam! Te mando o material que comentei.',
    'Oi Sam, o Bruno Lima sugeriu que falássemos sobre observabilidade, ele disse que você é a pessoa certa. Abraço!',
    'Hi Sam, I joined your team last month as the new SRE, looking forward to working together.',
  ])('personal: %j', (note) => {
    expect(analyseNote(note).kind).toBe('personal');
    expect(weigh(note).recommendation).toBe('accept');
  });

  it.each([
    'Do you have 15 minutes this week? Stop by our booth at Big Data London for a demo.',
    'Grab 10 minutes at our stand at Web Summit, we will show you the new release.',
    'Download Signal and message me for the interview.',
    'Join our Telegram group for daily updates.',
    'Você é a pessoa certa para falar sobre cloud na Lumio?',
    "Sam - we'll build your team a custom AI agent in 7 days, fixed price. Interested in a short walkthrough?",
    'Join our free seminar on data governance next Thursday.',
  ])('still a pitch or mass message: %j', (note) => {
    expect(['mass-message', 'spam']).toContain(analyseNote(note).kind);
  });

  it.each([
    "We're both part of the same data community.",
    "We've won 20 industry awards for our platform.",
    'Valeu! Podemos marcar uma call amanhã?',
    'Thanks for your time at our booth next week, see you there!',
  ])('nothing shared: %j', (note) => {
    expect(analyseNote(note).kind).not.toBe('personal');
  });
});

describe('a messenger spelt out letter by letter is read as the word (eleventh pass)', () => {
  it.each([
    'Remote job, $400 per day. W h a t s A p p me: +1 555 0190',
    'Hello, I have a well-paid remote job for you. Please write me on T e l e g r a m: @anna_hr2026',
    'Let us talk about investment on W h a t s A p p +44 7700 900123',
    'Part-time job, $200 per day. Contact me on W.h.a.t.s.A.p.p now.',
    'Great offer, message me on T-e-l-e-g-r-a-m @offer_desk',
  ])('ignore, a hand-off: %j', (note) => {
    const result = weigh(note, 0);
    expect(result.recommendation).toBe('ignore');
    expect(result.reasons.join('\n')).toMatch(/WhatsApp|Telegram/);
  });

  it.each([
    'Hi Sam, we met at the U. S. A. pavilion at CES, great chat about Kafka.',
    'Hi Sam, I wrote the a b c d e f tutorial you shared at the meetup.',
    'Hi Sam, we met at the S P A C E conference in Lisbon.',
  ])('other runs of letters are left as written: %j', (note) => {
    expect(analyseNote(note).kind).toBe('personal');
  });

  it('reads 100,000 characters of letters apart in linear time', () => {
    const long = (piece: string): string => piece.repeat(Math.ceil(100_000 / piece.length));
    for (const note of [long('a '), long('W h a t s A p p '), long('a.b.'), long('x - ')]) {
      weigh(note);
      const started = performance.now();
      weigh(note);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});
