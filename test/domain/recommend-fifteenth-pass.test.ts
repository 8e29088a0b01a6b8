import { describe, expect, it } from 'vitest';
import { focusFit } from '../../src/domain/focus.js';
import { analyseNote, evaluateInvitation, findSpam, findSpamPhraseByPhrase } from '../../src/domain/recommend.js';
import { base, expectLinearTime, SPAM_WORDS, weigh } from '../support/weighing.js';

// What the fifteenth QA pass of the weighing found: phishing behind a Microsoft 365 sign-in, a
// licence "expiring today", an SSN asked for; fees to be placed in a job; a pre-IPO fund, cloud
// mining and a guaranteed yield; a paid exhibition booth, self-declared mass outreach, an interview
// moved to Signal, a romance opener; the same scams in Polish and Spanish; genuine notes that follow
// up on a kickoff or recall "our Deliveroo days"; a Portuguese in-house recruiter; and a focus free
// text written in Portuguese, with "in-house" talent partners and "nothing else".

function labelsOf(note: string): string[] {
  const spam = findSpam(note);
  return [...spam.pitches, ...spam.massPhrases];
}

interface Row {
  label: string;
  caught: readonly string[];
  /** Genuine notes close to it, which must not be read as the row. */
  nearMisses: readonly string[];
}

// Scams: each forces ignore and is named a scam, whatever the mutuals.
const SCAMS: readonly Row[] = [
  {
    label: 'a phishing link',
    caught: [
      "Please review the job description here: docs-shared-files.net/jd.pdf - you'll need to sign in with your Microsoft 365 account to view it.",
      'Your Slack workspace licence is expiring today. Log in at slack-billing-renew.com to avoid losing your message history.',
      'Your Microsoft 365 subscription expires tonight - sign in at office365-renewal.net to keep your files.',
      'Hi! Before we schedule your interview, please complete our candidate verification by entering your bank details and SSN on our onboarding portal.',
      'Kindly provide your full name, date of birth and SSN to proceed with onboarding.',
    ],
    nearMisses: [
      'We added sign-in with your Microsoft 365 account to our app - would love your feedback after the meetup.',
      'Met you at Build - I still cannot sign in with my Microsoft 365 account on the demo kiosk, ha.',
      'Loved your talk on renewals - our Slack licence is expiring too, so we moved to Zulip. Log in at zulip.com if curious!',
      'Your domain expires next week? Happy to help you move it - we met at the DNS meetup.',
      'Never share your SSN with a recruiter - great post on hiring fraud, we met at OWASP Lisbon.',
      "We met at the HR Tech meetup - we're building SSN verification for payroll teams.",
      'Please sign in to the workshop sheet - we met at the registration desk yesterday.',
    ],
  },
  {
    label: 'a fee to be put forward',
    caught: [
      'I can get you interviews at FAANG within 30 days. My placement program costs $2,500 with a money-back guarantee.',
      'We have a guaranteed job offer for you in Germany. Our service fee for CV rewriting and visa support is EUR 1,200, payable in advance.',
      'Your profile qualifies for our exclusive executive placement program. A one-time registration fee of $499 applies.',
    ],
    nearMisses: [
      "Our university's placement programme placed me at Stripe - thanks for mentoring the cohort!",
      'Thanks for the talk! Our placement program placed 40 graduates at $120k salaries last year.',
      'Our placement programme costs nothing; employers pay a fee of $5,000 per hire. Great to meet you at the fair!',
      'We met at the Berlin job fair - a guaranteed job offer is rare, but your team made one!',
      'We met at PyCon - the registration fee of $499 for next year is steep, are you going?',
    ],
  },
  {
    label: 'debe pagar por los trámites',
    caught: [
      'Felicidades, ha sido seleccionado para un puesto en Canadá con salario de 6.000 dólares. Para continuar debe pagar 300 dólares por los trámites del visado.',
    ],
    nearMisses: [
      'Hola Sam, para el congreso debe pagar 50 dólares por la inscripción - ¡nos vemos allí!',
      'Hola Sam, coincidimos en Madrid: ¿sabes cuánto hay que pagar por los trámites del visado a Canadá?',
    ],
  },
];

// Money pitches: each forces ignore and is named a money pitch.
const MONEY_PITCHES: readonly Row[] = [
  {
    label: 'guaranteed returns',
    caught: [
      'Hello, we are raising for our crypto hedge fund and offering a select group of tech executives an allocation with a guaranteed 20% annual yield.',
      'Our staking pool pays a guaranteed 12% APY.',
    ],
    nearMisses: [
      'Yields are never guaranteed - loved your talk on bond ladders at the CFA dinner.',
      'Your post on the guaranteed minimum yield of insurance products was great, we met at InsurTech.',
    ],
  },
  {
    label: 'a pre-IPO allocation',
    caught: [
      "Hi, I noticed your background in tech. We're offering early access to a pre-IPO AI fund - minimum ticket $5,000. Can I share the details?",
      'Exclusive pre-IPO shares in SpaceX available for a few clients, minimum investment $10k.',
    ],
    nearMisses: [
      'We met at the Stripe alumni dinner - congrats on your pre-IPO role at Databricks!',
      'Loved your article on pre-IPO secondary markets and their risks.',
    ],
  },
  {
    label: 'cloud mining',
    caught: [
      "Hey! Are you into Bitcoin? I've been mining with a cloud platform that pays out daily. Happy to show you my dashboard.",
      'Join our Bitcoin cloud mining plan today.',
    ],
    nearMisses: [
      'Your talk exposed cloud mining fraud brilliantly - we met at the FinCrime summit.',
      'We built a data mining pipeline on the cloud together at Spotify.',
    ],
  },
  {
    label: 'gwarantowany zysk',
    caught: ['Dzień dobry, oferuję inwestycję w kryptowaluty z gwarantowanym zyskiem 10% miesięcznie. Proszę o kontakt na WhatsApp.'],
    nearMisses: ['Dzień dobry, poznaliśmy się na konferencji - zysk nie jest gwarantowany, jak mówiłeś.'],
  },
];

// Pitches and lures: mass phrases.
const PITCHES: readonly Row[] = [
  {
    label: 'a fee to be featured',
    caught: [
      "Congrats on the growth! We'd like to invite Ledgerly to exhibit at FutureTech Summit 2027 - booths from EUR 4,900. Can I share the deck?",
    ],
    nearMisses: [
      'Great chatting at your booth at FutureTech Summit - the stand design was lovely.',
      'I exhibited at FutureTech Summit 2027 - booths from EUR 4,900, ouch! Great meeting you there.',
      "We'd love to invite Ledgerly to exhibit at our free community demo night in May.",
    ],
  },
  {
    label: 'reaching out to leaders like you',
    caught: [
      "Hi, I'm reaching out to a few leaders in your space. Would you be open to connecting and exploring ways we could collaborate?",
      "I'm reaching out to a handful of founders in your industry to share what we're building.",
    ],
    nearMisses: [
      "We met at RustConf - I'm reaching out to a few speakers to plan a dinner.",
      'Thanks for reaching out to a few of us after the outage - your write-up helped.',
    ],
  },
  {
    label: 'continue on Signal',
    caught: ['Hi, your profile fits a Senior Engineer role at Meta. The hiring manager will interview you over Signal chat - please add him at @meta_hr_rob.'],
    nearMisses: [
      "I'd love to interview you on signal processing for our podcast - we met at ICASSP.",
      'I interviewed you over Signal last year for the privacy piece - thanks again!',
      'Could I interview you over Signal for my article on privacy? We met at CCC.',
    ],
  },
  {
    label: 'a romance opener',
    caught: [
      'Hi, you look like a very kind and honest person. My aunt taught me about gold trading and it changed my life. Maybe we can get to know each other first?',
      'Hello, you seem like a very honest man.',
      'Hi dear, you look like such a sweet and caring woman.',
    ],
    nearMisses: [
      'You look like a very kind person to ask - we met at the Kotlin meetup and I have a question on coroutines.',
      'We met at the hospice fundraiser; you seem like a kind and honest manager, your team says so.',
      'You seem like a kind person - thanks for answering my question on the Rust forum.',
    ],
  },
];

describe("the fifteenth pass's scams are scams", () => {
  for (const { label, caught, nearMisses } of SCAMS) {
    it.each(caught)(`${label}: ignore %j`, (note) => {
      expect(findSpam(note).pitches).toContain(label);
      expect(findSpam(note)).toEqual(findSpamPhraseByPhrase(note));
      const result = weigh(note, 3);
      expect(result.recommendation).toBe('ignore');
      expect(result.reasons[0]).toMatch(/looks like a scam/);
    });
    it.each(nearMisses)(`${label}: not for %j`, (note) => {
      expect(labelsOf(note)).not.toContain(label);
      expect(weigh(note).reasons.join('\n')).not.toMatch(SPAM_WORDS);
    });
  }
});

describe("the fifteenth pass's money pitches are money pitches", () => {
  for (const { label, caught, nearMisses } of MONEY_PITCHES) {
    it.each(caught)(`${label}: ignore %j`, (note) => {
      expect(findSpam(note).pitches).toContain(label);
      expect(findSpam(note)).toEqual(findSpamPhraseByPhrase(note));
      const result = weigh(note, 6);
      expect(result.recommendation).toBe('ignore');
      expect(result.reasons[0]).toMatch(/money pitch/);
    });
    it.each(nearMisses)(`${label}: not for %j`, (note) => {
      expect(labelsOf(note)).not.toContain(label);
      expect(weigh(note).reasons.join('\n')).not.toMatch(/pitch|scam|mass message|sales/i);
    });
  }
});

describe("the fifteenth pass's pitches and lures read as mass messages", () => {
  for (const { label, caught, nearMisses } of PITCHES) {
    it.each(caught)(`${label}: %j`, (note) => {
      expect(findSpam(note).massPhrases).toContain(label);
      expect(findSpam(note)).toEqual(findSpamPhraseByPhrase(note));
      expect(analyseNote(note).kind).toBe('mass-message');
      expect(weigh(note, 0).recommendation).toBe('ignore');
    });
    it.each(nearMisses)(`${label}: not for %j`, (note) => {
      expect(labelsOf(note)).not.toContain(label);
      expect(weigh(note).reasons.join('\n')).not.toMatch(SPAM_WORDS);
    });
  }

  it('a paid booth at a summit is no personal note, even with the summit named', () => {
    const result = evaluateInvitation({
      ...base,
      headline: 'Event Sponsorship at FutureTech Summit',
      mutualConnections: 1,
      note: "Congrats on the growth! We'd like to invite Ledgerly to exhibit at FutureTech Summit 2027 - booths from EUR 4,900. Can I share the deck?",
    });
    expect(result.recommendation).toBe('ignore');
  });
});

describe('genuine notes that follow up on something shared', () => {
  it.each([
    'Following up on our integration kickoff last week - looking forward to working together on the Pleo x Ledgerly connector.',
    'Following up on our workshop at Data Council - here are the slides as promised.',
    'Following up on our sync yesterday: I shared the API docs in the channel.',
  ])('not a sequence: %j', (note) => {
    expect(labelsOf(note)).not.toContain('following up on my last message');
    expect(weigh(note, 8).recommendation).toBe('accept');
  });

  it.each([
    'Following up on my last message - any thoughts?',
    'Following up on our previous email about your cloud spend.',
    'Just following up on our offer from last week: 20% off your first year.',
  ])('still a sequence: %j', (note) => {
    expect(labelsOf(note)).toContain('following up on my last message');
  });

  it.each([
    "Hey! It's been forever since our Deliveroo days. Free for a quick call next week to catch up? Would love to hear about the new job.",
    'Miss our Monzo days! Up for a quick call to catch up?',
    'Back in our uni days we swore we would build a startup - free for a quick call?',
  ])('a workplace or school of theirs, shared: personal %j', (note) => {
    expect(analyseNote(note).kind).toBe('personal');
    expect(weigh(note, 16).recommendation).toBe('accept');
  });

  it.each([
    "Since our early days we've helped 500 teams ship faster - open to a quick call?",
    'In our startup days at Acme we learned a lot. Book a quick call to see our platform.',
    'Since our Series B days we have grown to 200 people - open to a quick call?',
  ])('still a mass message: %j', (note) => {
    expect(analyseNote(note).kind).toBe('mass-message');
  });
});

describe('a recruiter who names the vacancy they are hiring for', () => {
  const focus = { industries: [], roles: ['data engineer'], keywords: [], freeText: 'Procurando vagas de engenharia de dados.' };
  it('a Portuguese in-house recruiter with a role in the focus: accept, the role matched in the note', () => {
    const result = evaluateInvitation(
      {
        ...base,
        headline: 'Tech Recruiter no Nubank',
        company: 'Nubank',
        mutualConnections: 2,
        note: 'Oi! Temos uma vaga de Data Engineer Sênior no time de crédito do Nubank e seu perfil chamou atenção. Topa conversar sobre a vaga?',
      },
      { focus },
    );
    expect(result.recommendation).toBe('accept');
    expect(result.reasons.join('\n')).toContain('"data engineer"');
    expect(result.reasons.join('\n')).not.toMatch(SPAM_WORDS);
  });

  it.each([
    "We're hiring a Senior SRE for our payments team and I noticed your profile.",
    'Tenemos una vacante de Data Engineer en nuestro equipo y vi tu perfil.',
    'Nous recrutons un Staff Engineer pour notre équipe paiements, et votre profil a retenu mon attention.',
  ])('plain, not a mass message: %j', (note) => {
    expect(analyseNote(note).kind).toBe('plain');
  });

  it.each([
    "We're hiring a Senior SRE and I noticed your profile. Send me your CV.",
    'I noticed your profile. Our platform can save your team 10 hours a week.',
    'Seu perfil chamou atenção! Vamos agendar uma chamada?',
  ])('still a mass message: %j', (note) => {
    expect(analyseNote(note).kind).toBe('mass-message');
  });
});

describe('the focus free text', () => {
  const fit = (freeText: string, headline: string, note: string | null = null, roles: string[] = []) =>
    focusFit({ industries: [], roles, keywords: [], freeText }, { headline, company: null, note });

  it('reads Portuguese: "de" joins like "of", and the filler words go', () => {
    expect(fit('Procurando vagas de engenharia de dados.', 'Tech Recruiter').terms).toEqual(['engenharia de dados']);
    expect(fit('Procurando vagas de engenharia de dados.', 'Líder de Engenharia de Dados').matched).toEqual(['engenharia de dados']);
    expect(fit('Procurando vagas de engenharia de dados.', 'Engenharia de Software').matched).toEqual([]);
  });

  it('"SRE roles" is SRE: a note that hires one matches without saying "roles"', () => {
    const result = fit('Open to SRE roles in London; no agencies.', 'Talent Partner at Monzo (in-house)', "We're hiring a Senior SRE in London.", ['sre']);
    expect(result.unwanted).toEqual([]);
    expect(result.matched).toEqual(['SRE roles', 'London']);
  });

  it('an in-house talent partner is no agency; a talent partners firm still is', () => {
    expect(fit('No agencies.', 'Talent Partner at Monzo (in-house)').unwanted).toEqual([]);
    expect(fit('No agencies.', 'In-house Talent Partner, Monzo').unwanted).toEqual([]);
    expect(fit('No agencies.', 'Managing Director, Spark Talent Partners').unwanted).toEqual(['agencies']);
    expect(fit('No recruiters.', 'Talent Partner at Monzo (in-house)').unwanted).toEqual(['recruiters']);
  });

  it('"nothing else" is no focus term', () => {
    expect(fit('Only fintech, nothing else.', 'Account Manager at FreshRoute Foodtech').terms).toEqual(['fintech']);
  });

  it('the in-house recruiter for an SRE role is accepted under "no agencies"', () => {
    const result = evaluateInvitation(
      {
        ...base,
        headline: 'Talent Partner at Monzo (in-house)',
        company: 'Monzo',
        mutualConnections: 2,
        note: "Hi - I'm the in-house recruiter for Monzo's SRE team. We're hiring a Senior SRE in London; your on-call writing is exactly the mindset we want.",
      },
      { focus: { industries: [], roles: ['site reliability engineer', 'sre'], keywords: [], freeText: 'Open to SRE roles in London; no agencies.' } },
    );
    expect(result.recommendation).toBe('accept');
  });
});

describe("the fifteenth pass's patterns read hostile input in linear time", () => {
  it('reads 100,000 characters of the new shapes in linear time', () => {
    expectLinearTime([
      'sign in with your microsoft 365 account ', 'docs.pdf ', 'your slack licence is expiring ', 'your licence ', 'log in at ', 'a.com ',
      'entering your bank details and ', 'your a, ', 'ssn ', 'placement program ', 'placement program costs ', 'fee ', 'guaranteed job offer ',
      'guaranteed job ', '$1 ', 'debe pagar 300 dólares ', 'debe pagar ', 'guaranteed 20% ', 'guaranteed ', '1% ', 'yield ', 'pre-ipo ', 'pre-ipo fund ',
      'minimum ticket ', 'access to a pre-ipo ', 'cloud mining ', 'mining with a cloud platform ', 'pays ', 'z gwarantowanym ', 'invite ledgerly to exhibit ',
      'to exhibit ', 'eur 1 ', "i'm reaching out to a few ", 'leaders ', 'in your space ', 'interview you over ', 'signal ', 'you look like a very kind ',
      'kind and honest ', 'following up on our ', 'following up on our integration ', 'since our ', 'our deliveroo days ', 'days ',
      "we're hiring a senior sre ", 'temos uma vaga de ', 'seu perfil chamou atenção ', 'in-house ', '1', 'a ', '-',
      // Each row's words together, so that every look-ahead and look-back runs at every position.
      'your licence is expiring log in at ', 'placement program fee ', 'guaranteed job offer costs ', 'enter your a, and ', 'enter your ssn ',
      'pre-ipo minimum ', 'access to a pre-ipo ', 'mining with a cloud platform pays ', 'like to invite a to exhibit ',
      'reaching out to a few leaders in your space ', 'hiring interview you over signal ', 'you seem like a kind and honest ', 'Since our Deliveroo Days ',
      "we're hiring a senior sre i noticed your profile ", 'temos uma vaga de seu perfil chamou atenção ',
    ]);
  });

  it('reads a long Portuguese free text in linear time', () => {
    const freeText = `procurando ${'vagas de engenharia de dados '.repeat(20)}`;
    expectLinearTime(['x'], () => focusFit({ industries: [], roles: [], keywords: [], freeText }, { headline: 'Engenharia de Dados '.repeat(2000), company: null, note: null }));
  });
});
