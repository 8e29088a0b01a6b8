import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { MAX_DECLINE_CHARS, draftDecline, type DeclinePerson } from '../../src/domain/decline-note.js';
import { HOSTILE_VALUES, untrustedText } from '../support/hostile-text.js';

const PRIYA: DeclinePerson = { name: 'Priya Raman', headline: 'Head of Data Partnerships', company: 'Northwind Analytics' };

const BODY =
  "thank you for the invitation to connect. I'll pass for now, but I appreciate you reaching out. " +
  "If there's ever something specific you'd like to discuss, feel free to send me a message.";

/** The body's sentences, signature left out. */
function sentences(draft: string): string[] {
  const body = draft.split('\n\n')[0] ?? '';
  return body.split(/(?<=[.!?])\s+/).filter((sentence) => sentence !== '');
}

describe('draftDecline', () => {
  it('greets them by first name and signs with the owner’s first name', () => {
    expect(draftDecline(PRIYA, 'Sam Lee')).toBe(`Hi Priya, ${BODY}\n\nBest,\nSam`);
  });

  it('leaves the signature out when the owner is unknown or has no usable name', () => {
    expect(draftDecline(PRIYA, null)).toBe(`Hi Priya, ${BODY}`);
    expect(draftDecline(PRIYA, '   ')).toBe(`Hi Priya, ${BODY}`);
    expect(draftDecline(PRIYA, '!!!')).toBe(`Hi Priya, ${BODY}`);
  });

  it('drops honorifics and suffixes from both names', () => {
    expect(draftDecline({ ...PRIYA, name: 'Dr. Priya Raman, PhD' }, 'Prof. Sam Lee')).toBe(`Hi Priya, ${BODY}\n\nBest,\nSam`);
  });

  it('says "Hi there" when their name is unusable', () => {
    expect(draftDecline({ ...PRIYA, name: '🚀🚀' }, 'Sam')).toBe(`Hi there, ${BODY}\n\nBest,\nSam`);
    expect(draftDecline({ ...PRIYA, name: 'x'.repeat(200) }, 'Sam')).toBe(`Hi there, ${BODY}\n\nBest,\nSam`);
  });

  it('keeps accented and hyphenated names', () => {
    expect(draftDecline({ ...PRIYA, name: 'Zoë Müller-Lüdenscheidt' }, 'José Ángel')).toBe(`Hi Zoë, ${BODY}\n\nBest,\nJosé`);
  });

  it('is two to three sentences that decline, give no excuse and leave the door open', () => {
    const draft = draftDecline(PRIYA, 'Sam');
    const body = sentences(draft);
    expect(body.length).toBeGreaterThanOrEqual(2);
    expect(body.length).toBeLessThanOrEqual(3);
    expect(draft).toMatch(/pass for now/);
    expect(draft).toMatch(/feel free to send me a message/);
    // No invented reasons: nothing about being busy, policies or network size.
    expect(draft).not.toMatch(/\b(?:because|busy|policy|only connect|small network)\b/i);
  });

  it('does not echo their headline or company', () => {
    const pitch: DeclinePerson = { name: 'Max', headline: 'Helping you reach financial freedom', company: 'Crypto Gains Ltd' };
    const draft = draftDecline(pitch, 'Sam');
    expect(draft).not.toMatch(/financial|Crypto/);
    expect(draft).toBe(`Hi Max, ${BODY}\n\nBest,\nSam`);
  });

  it('is plain text with no Slack markup, and short, whatever the names (property)', () => {
    const anyName = fc.oneof(untrustedText, fc.constantFrom(...HOSTILE_VALUES), fc.string({ maxLength: 60 }));
    fc.assert(
      fc.property(anyName, fc.option(anyName, { nil: null }), (name, owner) => {
        const draft = draftDecline({ name, headline: name, company: name }, owner);
        expect(draft.length).toBeLessThanOrEqual(MAX_DECLINE_CHARS);
        expect(draft.length).toBeLessThan(500);
        expect(draft).not.toMatch(/[<>*_`~&|]/);
        expect(draft.startsWith('Hi ')).toBe(true);
        expect(draft).toContain(BODY);
      }),
    );
  });
});
