import { describe, expect, it } from 'vitest';
import { analyseNote, findSpam, findSpamPhraseByPhrase } from '../../src/domain/recommend.js';
import { expectLinearTime, SPAM_WORDS, weigh } from '../support/weighing.js';

// What the twelfth QA pass of the weighing found: a share a month promised with no theme word,
// work done together at a company, and thanks for co-hosting.

describe('a share a day, a week or a month paid out is a pitch without a theme word', () => {
  it.each([
    "I'm an investor. Quick call? Our fund pays 15% a month to partners.",
    'Our fund returns 12% a month, ask me how.',
    'With our programme you earn 3% daily on your deposit.',
    'Partners get returns of 10-12% per week.',
    'The pool is paying 2.5 % every day to early members.',
  ])('ignore: %j', (note) => {
    const result = weigh(note, 3, 'Investor');
    expect(result.recommendation).toBe('ignore');
    expect(result.reasons[0]).toMatch(/money pitch/);
    expect(findSpam(note).pitches).toContain('a share a month paid out');
    expect(findSpam(note)).toEqual(findSpamPhraseByPhrase(note));
  });

  it.each([
    'We grew 20% a month last year, and your talk on pricing at SaaStr helped a lot.',
    'Hi Sam, 15% growth a month since launch - we met at PyData and I wanted to say thanks.',
    'We cut product returns 5% a month at Zalando after your talk on sizing.',
    'Hi Sam, we pay 5% a month on the loan, so your post on bootstrapping hit home.',
    'Our savings product pays 4% a year, and I enjoyed your post on fintech APIs.',
  ])('no pitch: %j', (note) => {
    expect(findSpam(note).pitches).toEqual([]);
    expect(weigh(note).reasons.join('\n')).not.toMatch(SPAM_WORDS);
  });

  it('reads 100,000 characters of the new shapes in linear time', () => {
    expectLinearTime(['%', '% a month ', '5% ', 'pays 5 ', 'returns of 1-', 'earn 1.5 %% daily ']);
  });
});

describe('a share paid out written as "percent" or "per cent" is the same pitch', () => {
  it.each([
    'Our club pays 12 percent a month to every member.',
    'Members earn 2.5 per cent daily on what they put in.',
    'The desk returns 8-10 percent per week, ask me how.',
    'We offer payouts of 4 percent every week to partners.',
  ])('ignore: %j', (note) => {
    const result = weigh(note, 3, 'Investor');
    expect(result.recommendation).toBe('ignore');
    expect(result.reasons[0]).toMatch(/money pitch/);
    expect(findSpam(note).pitches).toContain('a share a month paid out');
    expect(findSpam(note)).toEqual(findSpamPhraseByPhrase(note));
  });

  it.each([
    ['Our forex desk makes 12 percent every month for clients.', 'Trader'],
    ['Our bot made 9 per cent for members last month, ask me how.', 'Crypto Fund Manager'],
  ])('a theme and a share written out: ignore: %j', (note, headline) => {
    const result = weigh(note, 3, headline);
    expect(result.recommendation).toBe('ignore');
    expect(result.reasons[0]).toMatch(/money pitch/);
  });

  it('money merely mentioned beside a theme is no promise, as with "%"', () => {
    const note = 'As a crypto tax adviser I cut reporting time by 40 percent for my clients.';
    expect(findSpam(note).pitches).toEqual([]);
    expect(findSpam(note).themes).toEqual(['crypto']);
  });

  it('quotes their own words, as for "%"', () => {
    expect(weigh('Our club pays 12 percent a month to every member.', 3).reasons[0]).toContain('"Our club pays 12 percent a month to every member"');
    expect(weigh('Our club pays 12% a month to every member.', 3).reasons[0]).toContain('"Our club pays 12% a month to every member"');
  });

  it.each([
    'We grew 30 percent a month after your talk on pricing at SaaStr.',
    'We cut product returns 5 percent a month at Otto after your post on sizing.',
    'Our savings account pays 3 percent a year, and I liked your post on fintech APIs.',
    'Hi Sam, we pay 5 per cent a month on the loan, so your post on bootstrapping hit home.',
    'About 40 percent of our users pay monthly, as your post on pricing predicted.',
  ])('no pitch: %j', (note) => {
    expect(findSpam(note).pitches).toEqual([]);
    expect(weigh(note).reasons.join('\n')).not.toMatch(SPAM_WORDS);
  });

  it('reads 100,000 characters of the new shapes in linear time', () => {
    const pieces = ['percent ', 'per cent a month ', 'pays 5 per ', 'returns of 1-2 percent', '5 percent daily ', '1', '1 per', '1-2 percen'];
    for (const headline of ['Investor', 'Crypto Fund Manager']) expectLinearTime(pieces, (note) => weigh(note, 1, headline));
  });
});

describe('work done together at a company is shared', () => {
  it.each([
    'We ran A / B testing for the checkout together at Zalando back in 2019 - good times.',
    'We were on the payments team together at Monzo.',
    'We built the data pipeline together at Spotify back in 2019.',
    // A full stop inside a word ends no sentence.
    'We rebuilt the ASP.NET billing service together at Otto in 2017.',
    'we migrated the Vue.js dashboards together at Bol back in 2020',
  ])('personal, accept: %j', (note) => {
    expect(analyseNote(note)).toMatchObject({ kind: 'personal', specific: 'shared-context' });
    const result = weigh(note);
    expect(result.recommendation).toBe('accept');
    expect(result.reasons.join('\n')).not.toMatch(SPAM_WORDS);
  });

  it.each([
    'We built a platform that brings teams together at scale.',
    'We ran an event where 300 CTOs came together at the Summit, join us next year.',
    'We built a tool that helps engineers work together at Acme and beyond.',
    'We want to grow together at Acme, apply now.',
    // A full stop that ends a sentence still ends it.
    'We built it. Together at Acme we hire.',
  ])('a pitch\'s crowd shares nothing: %j', (note) => {
    expect(analyseNote(note).kind).not.toBe('personal');
  });

  it('reads 100,000 characters of the new shapes in linear time', () => {
    expectLinearTime(['together at ', 'we ran ', 'we ran A / B ', 'we were together at ', 'we built a.b', 'we ran .x together ', '.a']);
  });
});

describe('thanks for co-hosting, or for offering to, is a meeting had', () => {
  it.each([
    'I registered the domain for our Stockholm data meetup last night - thanks for offering to co-host with me at Spotify!',
    'Thanks for co-hosting the meetup with me!',
    'Thank you so much for agreeing to cohost, it means a lot.',
    'Thanks for co-organising PyData Berlin with me last year.',
  ])('personal, accept: %j', (note) => {
    expect(analyseNote(note).kind).toBe('personal');
    const result = weigh(note);
    expect(result.recommendation).toBe('accept');
    expect(result.reasons.join('\n')).not.toMatch(SPAM_WORDS);
  });

  it.each([
    'Would you co-host our webinar next month?',
    'Thanks in advance for co-hosting our webinar.',
    'Thanks for considering co-hosting our webinar, register here.',
  ])('asked for ahead, not had: %j', (note) => {
    expect(analyseNote(note).kind).not.toBe('personal');
  });

  it('reads 100,000 characters of the new shapes in linear time', () => {
    expectLinearTime(['co-host ', 'cohost', 'thanks for offering to ', 'thanks for co co-']);
  });
});

// The twelfth QA set's misses: a guest's thanks to the host, and scams worded outside the lists.
describe("a guest's thanks to the host is a meeting had", () => {
  it.each([
    'Thanks so much for having me on Data Talks Weekly yesterday!',
    'Thank you for having us over in Ghent last weekend.',
    'Thanks again for having me as a guest on Rust in Prod, I loved the questions.',
    'thanks for having me back at Frontend Fika',
  ])('personal, accept: %j', (note) => {
    expect(analyseNote(note).kind).toBe('personal');
    const result = weigh(note);
    expect(result.recommendation).toBe('accept');
    expect(result.reasons.join('\n')).not.toMatch(SPAM_WORDS);
  });

  it.each([
    'Thanks in advance for having me as a guest.',
    'Thanks for having me on your radar!',
    'Thanks for having me in your network.',
    'Thank you for having me on Data Talks Weekly next Tuesday, here is my bio.',
    'Thanks for having me on Rust in Prod tomorrow.',
    'Thanks for having a look at my profile.',
  ])('not a meeting had: %j', (note) => {
    expect(analyseNote(note).kind).not.toBe('personal');
  });

  it('reads 100,000 characters of the new shapes in linear time', () => {
    expectLinearTime(['thanks for having me ', 'thank you for having us on ', 'having me on the ', 'thanks thanks for having ']);
  });
});

describe('scams worded outside the lists: paid per like, a weekly allowance, next of kin', () => {
  it.each([
    ['Easy online work: follow Instagram shops and get paid 3-6 EUR per follow, paid every evening.', 'make money from home'],
    ['You can earn $4 per task, withdraw anytime.', 'make money from home'],
    ["I'm a widowed surgeon looking for someone caring to spoil. Let's talk.", 'a sugar baby offer'],
    ['Generous €900 a week allowance for the right companion.', 'a sugar baby offer'],
    ['You would get an allowance of $800 every week, no strings.', 'a sugar baby offer'],
    ['As solicitor to a late client of our chambers, I seek your consent to name you as the rightful next of kin.', 'a fortune to pass on'],
    ['I am the attorney of a deceased investor who left no heirs. Reply for details.', 'a fortune to pass on'],
    ['You can stand as next of kin to the funds my bank holds for a foreigner who died in 2019.', 'a fortune to pass on'],
  ])('ignore, a scam: %j', (note, label) => {
    const result = weigh(note, 0, 'Consultant');
    expect(result.recommendation).toBe('ignore');
    expect(findSpam(note).pitches).toContain(label);
    expect(findSpam(note)).toEqual(findSpamPhraseByPhrase(note));
  });

  it.each([
    'We pay per click for ads, and your post on PPC budgets helped.',
    'I get 5 per review from the journal, which your post on peer review explains well.',
    'Sorry to spoil the surprise, but we met at PyCon!',
    'The role comes with a home-office allowance of €50 a month.',
    'My kids get a weekly allowance of $10 and they love your book.',
    'I listed my sister as next of kin on the form before our hike.',
    'As the lawyer for a deceased client\'s estate I loved your talk on probate.',
    'Our bot will ping the on-call engineer on Telegram when a build fails.',
  ])('no scam: %j', (note) => {
    const spam = findSpam(note);
    expect(spam.pitches).toEqual([]);
    expect(spam.massPhrases).toEqual([]);
  });

  it('reads 100,000 characters of the new shapes in linear time', () => {
    expectLinearTime([
      'get paid 5 per ', 'earn $3 ', 'per like ', 'paid 1-',
      'allowance ', '$9 weekly allowance ', 'allowance of $5 ', 'someone to spoil ', 'someone kind ',
      'next of kin ', 'you as next of ', 'lawyer to a deceased ', 'deceased client ',
    ]);
  });
});

describe('sales openers worded outside the lists: chat words for WhatsApp, a price, a report, a tool or a video for you', () => {
  it.each([
    ['Side income for busy parents, ping me on WhatsApp for the details', 'reply on WhatsApp or Telegram'],
    ['Hit me up on Telegram if you want in.', 'reply on WhatsApp or Telegram'],
    ["Drop me a line on WeChat and I'll share the plan.", 'reply on WhatsApp or Telegram'],
    ['Your app store page could rank higher. We can rebuild it at a very reasonable price.', 'competitive rates'],
    ['Your site loads slowly on mobile. Can I send you a free report?', 'a free audit'],
    ['We build AI assistants that qualify your inbound leads while you sleep.', 'a tool that automates your work'],
    ['I design voice bots which replace your call centre.', 'a tool that automates your work'],
    ['Recorded you a short walkthrough of your checkout: loom.com/share/x1', 'a video made for you'],
    ['I made a quick video just for you about your onboarding.', 'a video made for you'],
    ['Congrats! Your store is a finalist. The finalist package is USD 990 with the gala.', 'a fee to be featured'],
  ])('ignore, a pitch: %j', (note, label) => {
    const result = weigh(note, 0, 'Consultant');
    expect(result.recommendation).toBe('ignore');
    expect(findSpam(note).massPhrases).toContain(label);
    expect(findSpam(note)).toEqual(findSpamPhraseByPhrase(note));
  });

  it('reads a tool that does your work in the headline as a sales pitch', () => {
    const result = weigh('Hi Sam, loved your talk at PyData!', 3, 'I build AI agents that replace your SDR team');
    expect(result.reasons.join('\n')).toMatch(/headline reads like a sales pitch \("I build AI agents that replace your SDR team"\)/);
  });

  it.each([
    'I built a Slack app that can ping you in Telegram too, happy to show it at the meetup.',
    'We rented the venue at a reasonable cost, thanks to your tip at the meetup.',
    'I read your free report on page speed and loved it.',
    'I build agents that automate our support at Klarna, and loved your talk.',
    'I made a short video about our meetup, you are in it!',
    'I recorded a video for your meetup last year, we met there.',
    'The gala is free for finalists, and EUR 40 for guests; see you at the awards.',
  ])('no pitch: %j', (note) => {
    expect(findSpam(note)).toEqual({ pitches: [], themes: [], massPhrases: [] });
  });

  it('reads 100,000 characters of the new shapes in linear time', () => {
    expectLinearTime([
      'ping me on ', 'hit me up ', 'drop me a line ', 'whatsapp ', 'ping me on x whatsapp',
      'we can fix ', 'reasonable price ', 'at a reasonable ', 'send you a free report ',
      'we build agents that ', 'automate your ', 'we build a b c d ',
      'made you a ', 'video for you ', 'recorded a quick ', 'package is EUR ', 'winner package ',
    ]);
  });
});

describe('a voucher of a sum for some minutes of feedback is the paid feedback call', () => {
  it.each([
    'Join our research panel - a €40 Zalando voucher for a 20-minute survey.',
    'Take a 45-minute interview with us and get a 100 EUR voucher.',
    'We pay a $75 Visa voucher for your feedback on our dashboard.',
  ])('ignore, a mass message: %j', (note) => {
    expect(weigh(note, 0, 'UX Researcher').recommendation).toBe('ignore');
    expect(findSpam(note).massPhrases).toContain('a gift card for your time');
    expect(findSpam(note)).toEqual(findSpamPhraseByPhrase(note));
  });

  it.each([
    'I still have the €20 voucher from the KubeCon raffle, thanks for the chat there.',
    'Loved the survey you ran at the meetup; I won a €20 voucher in the raffle!',
    'The conference gave me a voucher for your workshop, see you in a few minutes!',
  ])('no pitch: %j', (note) => {
    expect(findSpam(note).massPhrases).toEqual([]);
  });

  it('reads 100,000 characters of the new shapes in linear time', () => {
    expectLinearTime(['voucher ', '$5 voucher ', '€1 a b voucher ', 'minutes voucher ', '5 eur vouchers minutes ']);
  });
});

// A reviewer's probes of the twelfth set's rows: genuine notes with their words, which must not
// read as a scam or a mass message, and a plain note that must not read as a meeting had.
describe('genuine notes with the twelfth set\'s words are not penalised (s30 review)', () => {
  it.each([
    // Paid per review or per like, told of the past.
    'As a student I got paid $2 per review on a testing site, so your post on gig work hit home.',
    'We were paid 3 EUR per review when I moderated for a marketplace - great post on trust and safety.',
    // An allowance of a child's sum, or one for travel.
    'My daughter gets a $20 weekly allowance and she loves your book on money for kids.',
    'Our contractors get a £150 weekly allowance for travel, and your post on per diems was spot on.',
    // Next of kin traced for an estate, as a probate genealogist does.
    'I work as a probate genealogist, tracing the next of kin to the estate when there is no will. Loved your archives talk.',
    // A reasonable price they would pay, not charge.
    "I'd love to buy 20 copies of your book for my team if we can get them at a reasonable price.",
    'We can rent a venue for the meetup at a reasonable rate, want to co-host?',
    // A free evaluation licence or copy.
    'We offer a free evaluation license for open source projects - thanks for your talk at FOSDEM.',
    // A video of the reader's talk or of an event.
    'I made you a video of your talk at our meetup, as promised!',
    'We filmed you a short video of the keynote - thanks for speaking at PyData!',
    'I recorded a quick video for you of the demo you missed at the meetup yesterday.',
    // A voucher won or given, not offered for their time.
    'I won a $50 voucher at your hackathon with 5 minutes to spare - thank you!',
    'Loved your book! The conference gave me a $25 voucher for the 30 minute signing session.',
  ])('no scam, no mass message: %j', (note) => {
    const spam = findSpam(note);
    expect(spam.pitches).toEqual([]);
    expect(spam.massPhrases).toEqual([]);
    expect(spam).toEqual(findSpamPhraseByPhrase(note));
    expect(weigh(note).reasons.join('\n')).not.toMatch(SPAM_WORDS);
  });

  it.each([
    'Thanks for having me on your mailing list, check my new course.',
    'Thanks for having me as a connection, here is my course.',
    'Thank you for having me in your contacts.',
  ])('a plain note, not a meeting had: %j', (note) => {
    expect(analyseNote(note).kind).not.toBe('personal');
  });

  it.each([
    ['Get paid $5 per like, no experience needed.', 'make money from home'],
    ['You will be paid 4 EUR per task, withdraw daily.', 'make money from home'],
    ['Looking for a sweet girl to spoil, $1500 weekly allowance.', 'a sugar baby offer'],
    ['Allowance of $2,000 a week for your company.', 'a sugar baby offer'],
    ['I wish to present you as next of kin to the funds of my late client.', 'a fortune to pass on'],
  ])('still a scam: %j', (note, label) => {
    expect(findSpam(note).pitches).toContain(label);
    expect(findSpam(note)).toEqual(findSpamPhraseByPhrase(note));
  });

  it.each([
    ['We can rebuild your site at a very reasonable cost.', 'competitive rates'],
    ['Shall I run a free evaluation of your funnel?', 'a free audit'],
    ['Made you a 2-min Loom on your landing page.', 'a video made for you'],
    ['Get a $100 Amazon voucher for 30 minutes of your feedback.', 'a gift card for your time'],
  ])('still a mass message: %j', (note, label) => {
    expect(findSpam(note).massPhrases).toContain(label);
    expect(findSpam(note)).toEqual(findSpamPhraseByPhrase(note));
  });
});

describe('the narrowed rows read hostile text in linear time (s30 review)', () => {
  it('reads 100,000 characters of near misses of each narrowed row', () => {
    expectLinearTime([
      'got paid ', 'was paid $1 per ', 'were paid 3 eur ',
      '$100 weekly allowance for ', 'allowance for travel ', '$1,2 allowance ', '1.00k ',
      'tracing the next of kin ', 'found next of kin to ', 'search for next of kin of ',
      'we can get it at a reasonable price ', 'buy buy buy ', 'reasonable rate ',
      'offer a free evaluation ', 'free report copy ',
      'made you a video of your ', 'video for you of the ', 'of the a b ',
      'won a $5 voucher ', 'gave me a 5 eur ', '$5 a b vouchers minutes ',
      'thanks for having me on your ', 'for having me as a ',
    ]);
  });
});

describe('more genuine notes with the twelfth set\'s words (s30 review)', () => {
  it.each([
    'We earn $10 per review as peer reviewers for the journal - your post on it was great.',
    'Your kids are lucky: my son earns $5 per task around the house, loved your parenting post.',
    'The conference gives each speaker an allowance of $300 per week for hotels.',
    'As a judge I review entries; the entry fee is USD 0 for students this year.',
  ])('no scam, no mass message: %j', (note) => {
    const spam = findSpam(note);
    expect(spam.pitches).toEqual([]);
    expect(spam.massPhrases).toEqual([]);
    expect(spam).toEqual(findSpamPhraseByPhrase(note));
  });

  it.each([
    ['You earn $4 per task, withdraw anytime.', 'make money from home'],
    ['Members earn 2 USD per like, paid daily.', 'make money from home'],
    ['Our members earn 2 USD per like, paid daily.', 'make money from home'],
    ['Your allowance of $1,500 per week starts now.', 'a sugar baby offer'],
  ])('still a scam: %j', (note, label) => {
    expect(findSpam(note).pitches).toContain(label);
  });

  it.each([
    'Thanks for having me on the Data Engineering Podcast last week, Sam!',
    'Thank you for having me at your Berlin meetup - the Q&A was great.',
    'We ran the Vue.js meetup together at Bol.com back in 2020, great to see you again.',
  ])('a meeting had or work shared, accept: %j', (note) => {
    expect(analyseNote(note).kind).toBe('personal');
    expect(weigh(note).recommendation).toBe('accept');
  });

  it.each([
    'Our bank pays interest of 2 per cent a year on savings.',
    'Our payroll team processes 40 percent of payouts per week on Fridays.',
    'My late husband loved your books; I wanted to thank you.',
    "Hi Sam, I was next of kin for my grandmother's estate last year; your probate guide helped.",
    'Can I send you a free copy of my book on data contracts? We met at Big Data London.',
    'We got a $200 voucher per speaker for the venue, see you at the meetup.',
    'Hit me up on Slack, we met at the Data Council.',
  ])('held before the review, and still: no scam, no mass message: %j', (note) => {
    const spam = findSpam(note);
    expect(spam.pitches).toEqual([]);
    expect(spam.massPhrases).toEqual([]);
  });

  it('reads 100,000 characters of the new near misses in linear time', () => {
    expectLinearTime(['we earn ', 'my son earns $5 per ', 'our a earn ', 'allowance of $300 per week for ', 'entry fee usd 0 ', 'fee usd ']);
  });
});
