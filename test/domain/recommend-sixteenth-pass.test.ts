import { describe, expect, it } from 'vitest';
import { expectLinearTime, weigh } from '../support/weighing.js';

// What a false-positive hunt over 265 genuine invitations found (session 34): a scam or a pitch
// named, not made. Quoted as a warning ("someone using your name, promising "guaranteed returns of
// 20% a month""), studied ("an economist studying multi-level marketing"), banned ("binary options
// enforcement"), denied ("never share your verification code", "no such thing as risk-free money")
// or used of something else ("a 100x engineer", "my side hustle became a real company", "fixed
// loans at 4%"). Each was read as a scam or a money pitch and forced to ignore.

// Not SPAM_WORDS: these notes speak of scams, and the reason for a personal note quotes it. (A theme
// may stay: "an "investment platform"" is one, weighed lightly, as a crypto engineer's "crypto" is.)
const SPAM_REASON = /looks like a scam|money pitch/;
const spamReasons = (note: string, mutuals = 6) => weigh(note, mutuals).reasons.filter((reason) => SPAM_REASON.test(reason));

describe('a scam or a pitch named, not made, is no scam', () => {
  it.each([
    'Hi, I am a security researcher writing about phishing kits. One recent kit asks victims to "verify your account" at a fake LinkedIn page - I quoted your analysis of it in my post.',
    'Hi, I am a fraud analyst at a bank, and I speak at schools about scams. A common one: a message saying "your account has been suspended, log in here". Your post on it was excellent.',
    'Heads up Sam: I received a message yesterday from someone using your name, promising "guaranteed returns of 20% a month". I reported it. Connecting with the real you!',
    'Hi, warning to everyone in the Python community: I got a fake job offer asking for a "refundable equipment fee". Your post on this scam was spot on.',
    'Hey Sam, I wrote a piece debunking "passive income" gurus on YouTube. You were quoted in it - I wanted to connect and say thanks.',
    'Hello Sam, I work at the FCA on consumer protection. We see a lot of "guaranteed returns" promotions on social media - your research on them was useful to our team.',
    'Hi, my grandmother lost her savings to an "investment platform" that promised passive income. I now volunteer warning older people about it. Your talk helped me prepare.',
    'Hi Sam, I run a financial literacy nonprofit for teenagers. We teach that there is no such thing as risk-free money and that financial freedom takes decades, not weeks. Would you volunteer a session?',
    'Hi Sam, I am a regulator at the AMF working on binary options enforcement. Your article on the ban was accurate and helpful.',
    'Hi Sam, I am an economist studying multi-level marketing and why most participants lose money. Your data on it was a great source.',
    'Hi Sam, we met at Craft Conference. I joked that nobody is a 100x engineer and you laughed - great to connect!',
    'Hi Sam, I am a solo founder and my side hustle became a real company last year. I saw your talk on bootstrapping at MicroConf - thank you.',
    'Hi Sam, I am a PhD student studying task scams where people get paid to like videos. Your report on them is the best source I found. May I cite it?',
    'Hello Sam, I am a mortgage adviser. Your post comparing fixed loans at 4% vs variable ones was spot on. Connecting to follow your writing.',
    'Hi Sam, I teach a course on secure coding, and students love your example of why you should never share your verification code with anyone.',
  ])('%s', (note) => {
    for (const mutuals of [2, 6, 12]) {
      expect(spamReasons(note, mutuals)).toEqual([]);
      expect(weigh(note, mutuals).recommendation).not.toBe('ignore');
    }
  });
});

describe('the scams and pitches those rows were written for are still caught', () => {
  it.each([
    // Quoted, but their own offer: a sum promised outside the quote, or no one quoted.
    ['Beware of fake brokers! Our fund pays "guaranteed returns" of 20% monthly.', /money pitch/],
    ['This is not a scam: "guaranteed returns" every month. DM me.', /money pitch/],
    ['Many fake platforms out there. Ours offers "guaranteed returns" - message me for details.', /money pitch/],
    ['I was scammed before, then I found "Binary Options Pro" that pays 15% a week.', /money pitch/],
    // A warning word, but the pitch itself is made.
    ['Warning: many scams out there, but my mentor showed me how to earn passive income from home.', /money pitch/],
    ['Fake brokers are everywhere, be careful! I only trust my manager: risk-free trading, financial freedom in 3 months.', /money pitch/],
    ['Studying network marketing changed my life: residual income every month!', /money pitch/],
    ['I joined a network marketing team last year and now I earn from home. Be your own boss!', /money pitch/],
    // A denial with a way round it, and a loan with no credit check.
    ['Never share your verification code with anyone except me: send me the code you just received.', /scam/],
    ['Fixed loans at 2% for all, no credit check.', /scam/],
    ['Scammers stole my savings, but "Mr. Lee" helped me recover your lost funds - we recover stolen crypto for victims.', /scam/],
    ['Your account has been suspended. Verify your account at linkedin-secure-check.com', /scam/],
    // A warning, then the pitch's own way in: a contact asked for.
    ['Scammers promise "passive income". We deliver it: message me on WhatsApp.', /money pitch/],
    ['Studying binary options? I made it simple: join my VIP group on Telegram.', /money pitch/],
    ['Fake gurus sell "financial freedom". I show you the real way - DM me.', /money pitch/],
    ['No such thing as risk-free? Wrong! Our fund is risk-free and pays 8% monthly.', /money pitch/],
    ['Beware of scammers promising "guaranteed returns". We are regulated - guaranteed returns of 8% a year.', /money pitch/],
    // The rows' own examples, unframed.
    ['Earn passive income with our binary options signals group. Financial freedom is one click away!', /money pitch/],
    ['Hi dear, nobody will give you this: risk-free returns of 20% a month on our platform.', /money pitch/],
    ['Kindly send the code you just received so we can verify your profile.', /scam/],
  ])('%s', (note, kind) => {
    for (const mutuals of [2, 12]) {
      const evaluation = weigh(note, mutuals);
      expect(evaluation.recommendation).toBe('ignore');
      expect(evaluation.reasons[0]).toMatch(kind);
    }
  });
});

describe('reading what names a pitch', () => {
  it('reads 100,000 characters of near misses in linear time', () => {
    expectLinearTime([
      'promising "guaranteed returns" scam ',
      'saying "passive income ',
      '"'.repeat(3),
      '“passive income ',
      'studying passive income ',
      'never share your verification code ',
      'no such thing as risk-free ',
      'binary options ',
      'passive income except ',
      'fixed loans at 4% ',
    ]);
  });
});

// Two mass-message rows a genuine note brushed against: with one or two mutual connections, their
// -20 took the note to ignore.
describe("the reader's free audit checklist and a platform team's own colleagues are no sales pitch", () => {
  it.each([
    'Hi Sam, I run security at a small nonprofit, and your free audit checklist on GitHub is what we used. Thank you!',
    'Hi Sam, your free accessibility audit template saved our small charity weeks of work. Thank you for sharing it.',
    'Hi Sam, I lead the platform team at Miro - we help our product teams ship faster, so I loved your talk on platform engineering at KubeCon.',
    "Hi Sam, I'm on the developer experience team at Adyen: we help our own engineers with CI, and your post on flaky tests was spot on.",
  ])('%s', (note) => {
    for (const mutuals of [1, 2, 6]) {
      expect(weigh(note, mutuals).reasons.filter((reason) => /mass message|sales pitch/.test(reason))).toEqual([]);
      expect(weigh(note, mutuals).recommendation).not.toBe('ignore');
    }
  });

  it.each([
    "Hi Sam, we'd love to run a free audit of your website's SEO. Open to it?",
    'Hi, I offer a free security audit for growing SaaS teams - interested?',
    'Hello, we help companies like yours cut cloud costs by 30%.',
    'Hi Sam, we help our clients scale their outbound sales with AI.',
    'Hi, I help engineers land FAANG jobs in 90 days.',
    "We've helped product teams at Stripe and Klarna ship 2x faster.",
  ])('still a mass message: %s', (note) => {
    expect(weigh(note, 6).reasons.some((reason) => /mass message/.test(reason))).toBe(true);
  });

  it('reads 100,000 characters of near misses in linear time', () => {
    expectLinearTime(['free audit checklist ', 'free ', 'we help our own product teams ', 'we help our ', 'i help our own ']);
  });
});

// An association's yearly dues were read as a membership sold, a mass message: -20, ignore with
// two mutual connections.
describe("a club's small yearly dues are no paid membership on offer", () => {
  it.each([
    'Hi Sam, I am the membership secretary of the Dutch Python association. Membership is €25 a year and pays for our meetups. Would you consider speaking at one?',
    'Hi Sam, I chair the local chapter of Women Who Code. Membership is $10/year, mostly for pizza. We met at the spring hack night!',
  ])('%s', (note) => {
    for (const mutuals of [1, 2, 6]) {
      expect(weigh(note, mutuals).reasons.filter((reason) => /mass message/.test(reason))).toEqual([]);
      expect(weigh(note, mutuals).recommendation).not.toBe('ignore');
    }
  });

  it.each([
    'Hi Nadia, join 300+ tech leaders investing in startups through our syndicate. Membership is €990/year — first month free!',
    'Our membership fee is only $49 per month.',
    'Membership is $99 a year for our founders circle - first month free.',
    'Membership costs €50/year. Join our investor club today!',
  ])('still a paid membership: %s', (note) => {
    expect(weigh(note, 6).reasons.some((reason) => /mass message/.test(reason))).toBe(true);
  });

  it('reads 100,000 characters of near misses in linear time', () => {
    expectLinearTime(['membership is €25 a ', 'membership is €2', 'membership is €', '€25 a year ']);
  });
});

// An in-house recruiter who saw the profile, names the vacancy and asks whether the reader would
// hear more: a mass message before, -20, and ignore with two mutual connections.
describe('a recruiter who names the vacancy may ask whether you would hear more', () => {
  it.each([
    'Hello Sam, I am a recruiter at Booking.com. I saw your profile after your talk at the Amsterdam Python meetup - we are hiring a Senior Data Engineer. Would you be open to hearing more?',
    "Hi Sam, we're hiring a Staff SRE for our payments team and I noticed your profile. Are you open to hearing more?",
  ])('%s', (note) => {
    for (const mutuals of [1, 2, 6]) {
      expect(weigh(note, mutuals).reasons.filter((reason) => /mass message/.test(reason))).toEqual([]);
      expect(weigh(note, mutuals).recommendation).not.toBe('ignore');
    }
  });

  it.each([
    // No vacancy named, no profile seen, or more asked than that.
    'Hi Sam, I noticed your profile. Would you be open to hearing about an exciting opportunity?',
    "Hi Sam, we're hiring a Senior Engineer for a top client. Would you be open to hearing more?",
    "Hi Sam, we're hiring a Senior Engineer and I noticed your profile. Open to hearing more? Please send me your CV.",
  ])('still a mass message: %s', (note) => {
    expect(weigh(note, 6).reasons.some((reason) => /mass message/.test(reason))).toBe(true);
  });
});

// The same warnings in the other languages, and the English one about Telegram groups as a topic.
describe('a pitch quoted in a warning, in other languages too, is no pitch', () => {
  it.each([
    'Hallo Sam, ich arbeite in der Betrugsprävention bei der Sparkasse. Betrüger versprechen oft "garantierte Renditen" - dein Artikel dazu war super.',
    "Bonjour Sam, je travaille à l'AMF. Les arnaques promettant un \"rendement garanti\" explosent - merci pour votre article.",
    'Hola Sam, soy analista de fraude en Santander. Los estafadores prometen "rentabilidad garantizada" - tu hilo sobre esto fue muy útil.',
    'Olá Sam, trabalho na prevenção de fraude no Itaú. Os golpistas prometem "rendimento garantido" - o teu artigo ajudou muito a nossa equipa.',
    'Hoi Sam, ik werk bij de Fraudehelpdesk. Oplichters beloven vaak "gegarandeerd rendement" - je artikel was heel nuttig.',
    'Hi Sam, your post about the "double your money" Telegram groups was shared in our fraud team. I work on scam detection at Revolut.',
  ])('%s', (note) => {
    for (const mutuals of [2, 6, 12]) {
      expect(spamReasons(note, mutuals)).toEqual([]);
      expect(weigh(note, mutuals).recommendation).not.toBe('ignore');
    }
  });

  it.each([
    'Não é golpe! "Rendimento garantido" todo mês, chama no WhatsApp.',
    'Cuidado con las estafas. Nosotros prometemos "rentabilidad garantizada" del 10% mensual.',
    'Betrüger versprechen "garantierte Renditen". Bei uns sind sie echt: schreib mir auf WhatsApp.',
    'Les escrocs promettent un "rendement garanti". Nous, on le tient : contactez-moi sur Telegram.',
    'Scammers love "double your money" Telegram groups. Ours is real: double your money in 7 days.',
  ])('still a pitch: %s', (note) => {
    expect(weigh(note, 6).recommendation).toBe('ignore');
    expect(weigh(note, 6).reasons[0]).toMatch(/money pitch|scam/);
  });
});

// A meetup's team photo praised read as a romance opener: a mass message, ignore with two mutuals.
describe("your smile in the meetup's team photo is no romance opener", () => {
  it('is no mass message', () => {
    const note = 'Hi Sam, your smile in the team photo at the Hacktoberfest meetup says it all - what a fun night. Thanks for organising!';
    for (const mutuals of [1, 2, 6]) {
      expect(weigh(note, mutuals).reasons.filter((reason) => /mass message/.test(reason))).toEqual([]);
      expect(weigh(note, mutuals).recommendation).not.toBe('ignore');
    }
  });

  it.each(['Hi handsome, your smile is nice. Can we be friends?', 'Your smile in your profile picture caught my attention.', 'I love your smile in the photos on your page.'])(
    'still a romance opener: %s',
    (note) => {
      expect(weigh(note, 6).reasons.some((reason) => /mass message/.test(reason))).toBe(true);
    },
  );

  it('reads 100,000 characters of near misses in linear time', () => {
    expectLinearTime(['your smile in the team ', 'your smile in our group photo ', 'your smile in the ']);
  });
});
