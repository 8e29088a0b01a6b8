import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { MAX_DRAFT_CHARS, draftThankYou, firstName, greetingName, withArticle, type ThankYouPerson } from '../../src/domain/thank-you-note.js';

function person(overrides: Partial<ThankYouPerson> = {}): ThankYouPerson {
  return { name: 'Ana Ruiz', headline: null, company: null, note: null, ...overrides };
}

const PRIYA: ThankYouPerson = {
  name: 'Priya Raman',
  headline: 'Head of Data Partnerships',
  company: 'Northwind Analytics',
  note: 'Hi Sam, we met at the Data Council panel last week - would love to stay in touch.',
};

/** The body's sentences, signature left out. */
function sentences(draft: string): string[] {
  const body = draft.split('\n\n')[0] ?? '';
  return body.split(/(?<=[.!?])\s+/).filter((sentence) => sentence !== '');
}

describe('draftThankYou', () => {
  it('drafts the brief’s example from the note, signed by the owner', () => {
    expect(draftThankYou(PRIYA, 'Sam Lee')).toBe(
      'Hi Priya, thanks for connecting! It was good to meet you at the Data Council panel. Looking forward to staying in touch.\n\nBest,\nSam',
    );
  });

  it('draws on headline and company when there is no note', () => {
    expect(draftThankYou({ ...PRIYA, note: null }, 'Sam')).toBe(
      "Hi Priya, thanks for connecting! I'd love to hear more about your work on data partnerships at Northwind Analytics. Looking forward to staying in touch.\n\nBest,\nSam",
    );
  });

  it('leaves the signature out when the owner is unknown', () => {
    const draft = draftThankYou(PRIYA, null);
    expect(draft).toBe(
      'Hi Priya, thanks for connecting! It was good to meet you at the Data Council panel. Looking forward to staying in touch.',
    );
    expect(draftThankYou(PRIYA, '   ')).toBe(draft);
  });

  describe('a line from their note', () => {
    it.each([
      ['Great meeting you at KubeCon yesterday!', 'It was good to meet you at KubeCon.'],
      ['We met during the Berlin offsite, thanks for the tips.', 'It was good to meet you during the Berlin offsite.'],
      ['So nice to meet you in Lisbon last month.', 'It was good to meet you in Lisbon.'],
      ['Loved your talk at Strange Loop! Would be great to stay in touch.', "I'm glad my talk at Strange Loop caught your interest."],
      ['I read your post on vector search and learned a lot.', "I'm glad my post on vector search caught your interest."],
      ['We worked together at Globex, years ago.', "It's good to reconnect after our time at Globex."],
      ['Ben suggested we connect about hiring.', "I'm glad Ben brought us together."],
      ['I was introduced by Maria from the data guild.', "I'm glad Maria brought us together."],
      // The typographic apostrophe is part of the name, not where it starts or ends.
      ['D’Arcy suggested we connect about hiring.', "I'm glad D’Arcy brought us together."],
      ['I was introduced by O’Neill from the data guild.', "I'm glad O’Neill brought us together."],
      [
        'Could you share how you run data interviews?',
        'Happy to help with your question: send me the details whenever suits you.',
      ],
    ])('%j → %j', (note, line) => {
      const draft = draftThankYou(person({ note }), 'Sam');
      expect(draft).toBe(`Hi Ana, thanks for connecting! ${line} Looking forward to staying in touch.\n\nBest,\nSam`);
    });

    it('does not mistake a wish to meet for a meeting', () => {
      const draft = draftThankYou(person({ note: 'Would love to meet at your convenience next week.', company: 'Acme' }), null);
      expect(draft).not.toContain('good to meet you');
      expect(draft).toBe(
        "Hi Ana, thanks for connecting! I'd love to hear more about what you're working on at Acme. Looking forward to staying in touch.",
      );
    });

    it('does not lift a phrase with a link in it', () => {
      const draft = draftThankYou(person({ note: 'We met at https://example.com/event-42 on Friday.' }), null);
      expect(draft).not.toContain('http');
      expect(draft).toBe('Hi Ana, thanks for connecting! Looking forward to staying in touch.');
    });

    it('does not lift an overlong phrase', () => {
      const event = 'the very long and winding annual gathering of people who care about data quality in the north';
      const draft = draftThankYou(person({ note: `We met at ${event}.` }), null);
      expect(draft).not.toContain('winding');
    });
  });

  describe('never pastes a spammy, mass or very long note back', () => {
    it('a money pitch', () => {
      const draft = draftThankYou(
        person({ name: 'Crypto Max', note: 'We met at the bitcoin summit. Guaranteed 30% monthly returns, DM me' }),
        'Sam',
      );
      expect(draft).not.toMatch(/bitcoin|returns|summit|DM/i);
      expect(draft).toBe('Hi Crypto, thanks for connecting! Looking forward to staying in touch.\n\nBest,\nSam');
    });

    it('a mass message falls back to the headline', () => {
      const draft = draftThankYou(
        person({
          headline: 'Director of Growth',
          company: 'Initech',
          note: 'Dear Sir/Madam, I came across your profile. We met at your event. Book a quick call?',
        }),
        null,
      );
      expect(draft).toBe(
        "Hi Ana, thanks for connecting! I'd love to hear more about your work on growth at Initech. Looking forward to staying in touch.",
      );
    });

    it('a template falls back to the headline', () => {
      const draft = draftThankYou(
        person({ headline: 'Staff Data Engineer', company: 'Umbrella', note: "I'd like to add you to my professional network." }),
        null,
      );
      expect(draft).toBe(
        "Hi Ana, thanks for connecting! I'd love to hear more about your work as a Staff Data Engineer at Umbrella. Looking forward to staying in touch.",
      );
    });

    it('a very long note is not mined', () => {
      const note = `We met at the Data Council panel. ${'I have so many thoughts about this. '.repeat(15)}`;
      const draft = draftThankYou(person({ note, company: 'Acme' }), null);
      expect(draft).not.toContain('Data Council');
      expect(draft).toContain('at Acme');
    });

    it('a spammy headline is not echoed', () => {
      const draft = draftThankYou(person({ headline: 'Helping you reach financial freedom', company: null }), null);
      expect(draft).toBe('Hi Ana, thanks for connecting! Looking forward to staying in touch.');
    });
  });

  describe('a line from their headline and company', () => {
    it.each([
      ['VP, Sales', 'Acme', "I'd love to hear more about your work on sales at Acme."],
      ['Head of EMEA Partnerships', 'Acme', "I'd love to hear more about your work on EMEA partnerships at Acme."],
      ['Senior Director of AI Research', null, "I'd love to hear more about your work on AI research."],
      // The company still in the headline keeps its capitals.
      ['Head of Data at Northwind', null, "I'd love to hear more about your work on data at Northwind."],
      ['Founder | Angel investor | Speaker', 'Hooli', "I'd love to hear more about your work as Founder at Hooli."],
      ['Engineer at Acme', null, "I'd love to hear more about your work as an Engineer at Acme."],
      ['Software Engineer', 'Acme', "I'd love to hear more about your work as a Software Engineer at Acme."],
      ['UX Designer', 'Acme', "I'd love to hear more about your work as a UX Designer at Acme."],
      ['ML Engineer', null, "I'd love to hear more about your work as an ML Engineer."],
      ['Co-founder', 'Acme', "I'd love to hear more about your work as Co-founder at Acme."],
      ['Founder & CEO', 'Acme', "I'd love to hear more about your work as Founder & CEO at Acme."],
      ['Managing Director', 'Acme', "I'd love to hear more about your work as Managing Director at Acme."],
      ['Chief of Staff', 'Acme', "I'd love to hear more about your work as Chief of Staff at Acme."],
      ['Chief of Staff at Northwind', null, "I'd love to hear more about your work as Chief of Staff at Northwind."],
      // A headline kept as written names the company once; so does one typed so in the form.
      ['CTO at Acme | Advisor', 'Acme', "I'd love to hear more about your work as CTO at Acme."],
      ['Growth at Acme', 'Acme', "I'd love to hear more about your work as Growth at Acme."],
      [null, 'Northwind Analytics', "I'd love to hear more about what you're working on at Northwind Analytics."],
    ])('headline %j, company %j', (headline, company, line) => {
      expect(draftThankYou(person({ headline, company }), null)).toBe(
        `Hi Ana, thanks for connecting! ${line} Looking forward to staying in touch.`,
      );
    });

    it.each([
      // A job many people do takes an article, said as the first word is said.
      ['Engineer', 'an Engineer'],
      ['Data Scientist', 'a Data Scientist'],
      ['Account Executive', 'an Account Executive'],
      ['Intern', 'an Intern'],
      ['User Researcher', 'a User Researcher'],
      ['SRE Lead', 'an SRE Lead'],
      ['QA Engineer', 'a QA Engineer'],
      ['HR Business Partner', 'an HR Business Partner'],
      ['Member of Technical Staff', 'a Member of Technical Staff'],
      ['Student at MIT', 'a Student at MIT'],
      ['Head Chef', 'a Head Chef'],
      // A title one person holds stays bare.
      ['CTO', 'CTO'],
      ['Chief of Staff', 'Chief of Staff'],
      ['VP Sales', 'VP Sales'],
      ['Founder', 'Founder'],
      ['Managing Partner', 'Managing Partner'],
      ['Owner', 'Owner'],
      // Not a person's noun: left as written rather than guessed at.
      ['Growth', 'Growth'],
      ['Recruitment', 'Recruitment'],
      ['QA', 'QA'],
      ['a Software Engineer', 'a Software Engineer'],
    ])('role %j reads as %j after "as"', (role, shown) => {
      expect(withArticle(role)).toBe(shown);
    });

    it('reads a 100,000-character role quickly', () => {
      const started = performance.now();
      for (const role of [`${'Senior '.repeat(14_000)}x`, `${'a '.repeat(50_000)}of`, `U${'-'.repeat(100_000)}`, `${'A'.repeat(100_000)} Engineer`]) withArticle(role);
      expect(performance.now() - started).toBeLessThan(500);
    });

    it('with neither, says thanks and closes', () => {
      expect(draftThankYou(person(), null)).toBe('Hi Ana, thanks for connecting! Looking forward to staying in touch.');
    });
  });

  describe('names', () => {
    it('greets by first name without honorifics or credentials', () => {
      expect(draftThankYou(person({ name: 'Dr. Priya Raman, PhD' }), 'Prof. Sam Lee')).toBe(
        'Hi Priya, thanks for connecting! Looking forward to staying in touch.\n\nBest,\nSam',
      );
    });

    it('greets "there" when no name is usable', () => {
      expect(draftThankYou(person({ name: '' }), null)).toBe(
        'Hi there, thanks for connecting! Looking forward to staying in touch.',
      );
      expect(draftThankYou(person({ name: '🙂 ✨' }), null)).toMatch(/^Hi there,/);
    });

    it.each([
      ['Priya Raman', 'Priya'],
      ['  José  María López ', 'José'],
      ["Siobhán O'Neill", 'Siobhán'],
      ['Mr Jean-Luc Picard', 'Jean-Luc'],
      ['Raman (she/her)', 'Raman'],
      // The typographic apostrophe phones and LinkedIn write stays in the name; at its edges, a quote goes.
      ['D’Angelo Russell', 'D’Angelo'],
      ['N’Golo Kanté', 'N’Golo'],
      ['‘Annie’ Walsh', 'Annie'],
      ["'Annie' Walsh", 'Annie'],
      ['’’’', null],
      ['', null],
      ['Dr.', null],
    ])('firstName(%j) → %j', (name, first) => {
      expect(firstName(name)).toBe(first);
    });

    it.each([
      ['Priya Raman', 'Priya'],
      ['Dr. Priya Raman', 'Priya'],
      ['Mr. Smith', 'Mr. Smith'],
      ['Dr Smith', 'Dr Smith'],
      ['Professor Okafor, PhD', 'Professor Okafor'],
      ['A&B Ventures', null],
      ['Acme Inc', null],
      ['Northwind Analytics GmbH', null],
      ['J. Smith', 'J. Smith'],
      ['P Raman', 'P Raman'],
      ['Ms. J. Smith', 'Ms. J. Smith'],
      // An initial before markup: the markup goes, as from any other name (a property test found it).
      ['A ~', 'A'],
      ['J. *Smith*', 'J. Smith'],
      ['3M Recruiting', null],
      ['Dr.', null],
    ])('greetingName(%j) → %j: the title stays when only a surname is given', (name, greeting) => {
      expect(greetingName(name)).toBe(greeting);
    });

    it('greets "Dr. O’Brien" as written, never "Dr. OBrien", and a long run of apostrophes at once', () => {
      expect(draftThankYou(person({ name: 'Dr. O’Brien' }), null)).toMatch(/^Hi Dr\. O’Brien, thanks/);
      expect(draftThankYou(person({ name: 'Siobhán O’Neill' }), 'D’Arcy Moore')).toMatch(/^Hi Siobhán, thanks[^]*Best,\nD’Arcy$/);
      const started = performance.now();
      expect(firstName(`${'’'.repeat(100_000)}x${'’'.repeat(100_000)}`)).toBe('x');
      expect(performance.now() - started).toBeLessThan(1000);
    });

    it('greets "Dr. Smith" and "there" in the draft, never "Smith" or "AB"', () => {
      expect(draftThankYou(person({ name: 'Dr. Smith' }), null)).toMatch(/^Hi Dr\. Smith, thanks/);
      expect(draftThankYou(person({ name: 'A&B Ventures' }), null)).toMatch(/^Hi there, thanks/);
    });
  });

  it('writes 2 to 4 sentences and stays under the length limit (property)', () => {
    const text = fc.option(fc.string({ maxLength: 1000 }), { nil: null });
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), text, text, text, text, (name, headline, company, note, owner) => {
        const draft = draftThankYou({ name, headline, company, note }, owner);
        expect(draft.length).toBeLessThanOrEqual(MAX_DRAFT_CHARS);
        expect(draft.startsWith('Hi ')).toBe(true);
        const count = sentences(draft).length;
        expect(count).toBeGreaterThanOrEqual(2);
        expect(count).toBeLessThanOrEqual(4);
      }),
      { numRuns: 300, seed: 20261124 },
    );
  });

  it('keeps long but legitimate fields short', () => {
    const long = 'Word '.repeat(200);
    const draft = draftThankYou({ name: long, headline: long, company: long, note: long }, long);
    expect(draft.length).toBeLessThan(MAX_DRAFT_CHARS);
  });
});
