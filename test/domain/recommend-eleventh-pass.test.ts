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

describe('pitches and scams the eleventh pass found at "maybe" 43', () => {
  it.each([
    ['Hi Sam, we turn ideas into production apps in 4 weeks. Need a dev partner for your next project?', 'we turn ideas into apps'],
    ['Hello! We bring your ideas to life with beautiful iOS and Android apps.', 'we turn ideas into apps'],
    ['Hi Sam, we connect founders with 500+ active investors. Our investor list is available for a one-time fee of $299.', 'an investor list for a fee'],
    ['Raising a round? I have a curated list of 2,500 active VCs and angels with emails. Yours for $299.', 'an investor list for a fee'],
    ['Hi Sam, founders use our investor database to close rounds faster. Get access for a one-time fee of $199.', 'an investor list for a fee'],
    ['Hi Sam, I own the domain samlabs.io and thought it would be perfect for your brand. Open to offers.', 'a domain for sale'],
    ['Hello, the premium domain samtools.com is available. Would you like to make an offer?', 'a domain for sale'],
    ['Hello, the premium domain lumio.ai is now available for acquisition.', 'a domain for sale'],
    ['Hello Sir, we develop custom mobile apps and websites at an affordable price. Please share your requirement.', 'competitive rates'],
    ['Hoi Sam, onze AI-agenten nemen je klantenservice over. Zin in een korte demo?', 'een korte demo'],
  ])('a mass message, ignore with no mutuals: %j', (note, label) => {
    expect(findSpam(note).massPhrases).toContain(label);
    expect(findSpam(note)).toEqual(findSpamPhraseByPhrase(note));
    expect(weigh(note, 0).recommendation).toBe('ignore');
  });

  it.each([
    'Hi Sam, my AI trading agent makes 3% daily profit on autopilot. Want me to set one up for you?',
    'To verify your LinkedIn account, please reply with the 6-digit code we just sent to your phone.',
    'Security check: send me the verification code you received by SMS.',
  ])('a pitch or a scam, ignore: %j', (note) => {
    expect(analyseNote(note).kind).toBe('spam');
    expect(weigh(note, 3).recommendation).toBe('ignore');
  });

  it.each([
    'Hi Sam, you turned my vague idea into a talk at PyData, thanks again!',
    'Hi Sam, I keep a list of investors I met at the Seedcamp demo day, happy to share it.',
    'Hi Sam, I have domain experience in payments and enjoyed your talk on ledgers.',
    'Hi Sam, we own the domain model for payments at Adyen, and we met at DDD Europe.',
    'Hi Sam, could you send me the code from the workshop? We met at the Kafka meetup.',
    'Bedankt voor de korte demo gisteren, Sam!',
    'Hi Sam, we met at the Leeds meetup; I finally bought a flat at an affordable price there.',
  ])('no pitch: %j', (note) => {
    const found = findSpam(note);
    expect([...found.pitches, ...found.massPhrases]).toEqual([]);
    expect(found).toEqual(findSpamPhraseByPhrase(note));
  });

  it('reads 100,000 characters of the new shapes in linear time', () => {
    const long = (piece: string): string => piece.repeat(Math.ceil(100_000 / piece.length));
    const notes = [long('investor list '), long('list of investors '), long('domain '), long('the domain a.io '), long('we turn ideas into '), long('send me the code '), long('zin in een korte ')];
    for (const note of notes) {
      weigh(note);
      const started = performance.now();
      weigh(note);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});

describe('"I came across your profile" by way of their own talk or post is the softer phrase (eleventh pass)', () => {
  it('beside their talk and a shared past, the note is personal', () => {
    const note = 'Hi Sam, I came across your profile via your PyData talk video and realised we studied at Manchester at the same time!';
    expect(analyseNote(note).kind).toBe('personal');
    expect(weigh(note, 2).recommendation).toBe('accept');
  });

  it.each([
    'Hi Sam, I came across your profile via a mutual connection and would love to connect.',
    'I came across your profile and think you would be a great fit for an exciting opportunity.',
    'Hi Sam, I came across your profile via your company page. We help teams like yours ship faster.',
    'I came across your profile via your company page and wanted to connect.',
  ])('without a cue it is still a mass message: %j', (note) => {
    expect(analyseNote(note).kind).toBe('mass-message');
  });
});

describe('what the QA pass on the eleventh pass\'s own rows found', () => {
  it.each([
    'We invest in developer tooling at seed - open to a quick chat? To join our portfolio there is a one-time onboarding fee of $500.',
    "I'm an angel investor. Worth a quick call? There is a small membership fee for our founders' network.",
    'We invest in fintech at seed stage. Open to a quick call? You only pay a refundable deposit to be listed.',
  ])('an investor who asks for a fee is no plain note: %j', (note) => {
    expect(analyseNote(note).kind).not.toBe('plain');
    expect(weigh(note, 0).recommendation).toBe('ignore');
  });

  it.each([
    // Near misses: an investor who names the cheque or a sector with "pay" in it.
    'We invest in payments infrastructure at seed, cheques of $250k to $1M - open to a quick chat?',
    "I'm an angel investor in developer tooling. Worth a quick call?",
  ])('an investor who asks for a call and no fee stays plain: %j', (note) => {
    expect(analyseNote(note).kind).toBe('plain');
  });

  it.each([
    'Hi Sam, please message me on W\u200Bh\u200Ba\u200Bt\u200Bs\u200BA\u200Bp\u200Bp at +1 555 0100, I have something to discuss with you.',
    'Hi Sam, please message me on Wha\u00ADtsA\u00ADpp at +1 555 0100, I have something to discuss with you.',
    'Hi Sam, please message me on W\u3000h\u3000a\u3000t\u3000s\u3000A\u3000p\u3000p at +1 555 0100, I have something to discuss with you.',
    'Hi Sam, please message me on W\u00A0h\u00A0a\u00A0t\u00A0s\u00A0A\u00A0p\u00A0p at +1 555 0100, I have something to discuss with you.',
    'Hi Sam, please message me on W/h/a/t/s/A/p/p at +1 555 0100, I have something to discuss with you.',
    'Hi Sam, please message me on W•h•a•t•s•A•p•p at +1 555 0100, I have something to discuss with you.',
    'Hi Sam, please message me on W,h,a,t,s,A,p,p at +1 555 0100, I have something to discuss with you.',
    'Hi Sam, please message me on W - h - a - t - s - A - p - p at +1 555 0100, I have something to discuss with you.',
    'Hi Sam, please message me on W h \u0430 t s A p p at +1 555 0100, I have something to discuss with you.',
    'Hi Sam, please message me on W \u200Dh \u200Da \u200Dt \u200Ds \u200DA \u200Dp \u200Dp at +1 555 0100, I have something to discuss with you.',
  ])('a messenger spelt out with invisible characters, other separators or a look-alike is the word: %j', (note) => {
    const result = weigh(note, 0);
    expect(result.recommendation).toBe('ignore');
    expect(result.reasons.join('\n')).toMatch(/WhatsApp/);
  });

  it.each([
    'Hi Sam, we met at the U / S / A / pavilion at CES, great chat about Kafka.',
    'Hi Sam, we met at the book club in Cambridge - J, R, R, Tolkien, and C. S. Lewis night!',
    'Hi Sam 👋\u200D, we met at the Kafka meetup last week, great chat!',
    'سلام Sam، ما در کنفرانس PyData با هم آشنا شدیم\u200C. Great chat about Kafka at the meetup!',
  ])('other runs of letters and invisible characters change nothing: %j', (note) => {
    expect(analyseNote(note).kind).toBe('personal');
  });

  it.each([
    'Hi, I accidentally sent my verification code to your number. Can you please send it back to me?',
    'Please confirm your application by sending the OTP you just received.',
    'Sorry, I sent the 6-digit code to your phone by mistake - can you forward it to me?',
  ])('a code asked for is phishing: %j', (note) => {
    expect(analyseNote(note).kind).toBe('spam');
    expect(weigh(note, 0).recommendation).toBe('ignore');
  });

  it.each([
    'Thanks for the code review on my dbt PR last week, we met at the London meetup!',
    'The verification code example in your blog post has a small typo, loved the post otherwise. We met at Strange Loop!',
    'I sent my code to your repo as a pull request, as we discussed at the meetup.',
    'I registered the domain for our Stockholm data meetup last night, we met at the last one!',
    'Hi Sam, I own the domain model for payments at Monzo now. We worked together at Skyscanner!',
  ])('a code, an OTP or a domain mentioned otherwise is no scam or pitch: %j', (note) => {
    const found = findSpam(note);
    expect([...found.pitches, ...found.massPhrases]).toEqual([]);
    expect(found).toEqual(findSpamPhraseByPhrase(note));
  });

  it('a domain broker who names the domain is still one', () => {
    expect(findSpam('Hi Sam, we registered the premium domain samlabs.io and it would suit your brand.').massPhrases).toContain('a domain for sale');
    expect(findSpam('I own the domain name sam-labs.ai. Open to offers.').massPhrases).toContain('a domain for sale');
  });

  it.each([
    "We're in the same Y Combinator W24 cohort - great to finally connect here!",
    'We were in the same Le Wagon data bootcamp in 2021, good to see you here!',
  ])('the same named cohort or bootcamp is shared: %j', (note) => {
    expect(analyseNote(note).kind).toBe('personal');
    expect(weigh(note).recommendation).toBe('accept');
  });

  it("an investment club's new cohort shares nothing", () => {
    expect(analyseNote("Welcome to our investment club's new cohort! Join us for the next session.").kind).not.toBe('personal');
  });

  it('reads 100,000 characters of the new separators and invisible characters in linear time', () => {
    const long = (piece: string): string => piece.repeat(Math.ceil(100_000 / piece.length));
    for (const note of [long('a / '), long('W\u200Bh '), long('a\u3000'), long('x , '), long('\u200D'), long('W h \u0430 ')]) {
      weigh(note);
      const started = performance.now();
      weigh(note);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});

describe('a personal story does not hide a multiple promised, nor a claim a fee', () => {
  it.each([
    'Great meeting you at the Nordic summit! You should invest in my crypto project, early holders will see 10x.',
    'We worked together at Revolut! My bitcoin fund returns 5x in a year, want in?',
  ])('a crypto theme with a multiple promised is a pitch: %j', (note) => {
    expect(analyseNote(note).kind).toBe('spam');
    expect(weigh(note, 2).recommendation).toBe('ignore');
  });

  it.each([
    'We met at the Rust meetup; our build cache made CI 10x faster, happy to share the config.',
    'We worked together at Coinbase; I moved to a crypto exchange and we see 10x more traffic now!',
  ])('a multiple that promises no money stays out: %j', (note) => {
    expect(analyseNote(note).kind).not.toBe('spam');
  });

  it('a fee to claim a prize is an advance fee', () => {
    const note = 'Congratulations, we won the prize together at the hackathon! To claim your share of the $50,000, pay the release fee of $300.';
    expect(findSpam(note).pitches).toContain('an advance fee');
    expect(findSpam(note)).toEqual(findSpamPhraseByPhrase(note));
    expect(weigh(note, 2).recommendation).toBe('ignore');
  });

  it('a fee for a claim of expenses paid by the writer is none', () => {
    expect(findSpam('To claim travel expenses for the meetup I paid the processing fee myself, no worries.').pitches).toEqual([]);
  });
});

describe('a personal note that sells the life keeps its crypto or forex theme', () => {
  it.each([
    'We worked together at Monzo. Now I do forex full time, it changed my life - check my Instagram for results!',
    "We met at Web Summit! I'm in crypto now and it changed everything for me, I can show you my setup.",
    'We met at Slush. I trade forex with my uncle, we doubled our money last month.',
  ])('the theme stays, not accept: %j', (note) => {
    const result = weigh(note);
    expect(result.reasons.join('\n')).toMatch(/crypto|forex/);
    expect(result.recommendation).not.toBe('accept');
  });

  it('an investor who asks for bank details is no plain note', () => {
    const note = 'We invest in AI at seed - open to a quick chat? Please share your bank details for the wire.';
    expect(analyseNote(note).kind).toBe('mass-message');
    expect(weigh(note, 0).recommendation).toBe('ignore');
  });
});

describe('a crypto or forex story that sells nothing stays a story', () => {
  it.each([
    'We met at ETHDenver where I was the crypto sceptic on the panel; happy to show you the demo of our Kafka pipeline sometime.',
    'We worked together at Monzo. I retired from forex trading systems last year and now do platform work - great to reconnect!',
  ])('accept: %j', (note) => {
    const result = weigh(note);
    expect(result.recommendation).toBe('accept');
    expect(result.reasons.join('\n')).not.toMatch(SPAM_WORDS);
  });

  it('"my crypto mentor helped me retire at 30" sells the life', () => {
    expect(weigh('Great to meet you at Money20/20. Crypto helped me retire at 30, I can show you my portfolio.').recommendation).not.toBe('accept');
  });
});

describe('a code review had, and a chat somewhere some time ago, are shared', () => {
  it.each([
    'Thanks for the code review on my dbt PR last week - it taught me a lot!',
    'I work on formal verification at AWS; great chatting at POPL last week.',
    'Great talking after the Kafka meetup yesterday, Sam!',
  ])('personal: %j', (note) => {
    expect(analyseNote(note).kind).toBe('personal');
    expect(weigh(note).recommendation).toBe('accept');
  });

  it.each([
    'Thanks in advance for the code review next week, it would help a lot.',
    'Would be great chatting at KubeCon next week!',
  ])('not yet had: %j', (note) => {
    expect(analyseNote(note).kind).not.toBe('personal');
  });
});

describe('thanks for mentoring is help had', () => {
  it.each([
    'We turned our idea from HackZurich into a production app! Thanks again for mentoring our team there.',
    'Thank you for mentoring me through my first on-call rotation.',
  ])('personal: %j', (note) => {
    expect(analyseNote(note).kind).toBe('personal');
    expect(weigh(note).recommendation).toBe('accept');
  });

  it('an offer of mentoring shares nothing', () => {
    expect(analyseNote('Looking for mentoring? Our programme pairs engineers with senior mentors.').kind).not.toBe('personal');
  });
});
