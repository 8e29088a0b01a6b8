import { expect } from 'vitest';
import { evaluateInvitation } from '../../src/domain/recommend.js';

// Shared by the weighing QA passes' test files: one inviter whose note (and headline) a test varies.

/** The inviter every test weighs. */
export const base = { name: 'Ana Costa', headline: 'Data Engineer', company: 'Acme', profileUrl: 'https://www.linkedin.com/in/ana-costa' };

/** Weighs `note` from the same inviter, with one mutual connection unless told. */
export const weigh = (note: string, mutualConnections: number | null = 1, headline = base.headline) =>
  evaluateInvitation({ ...base, headline, mutualConnections, note });

/** Words of any reason that calls a note spam, a scam, a pitch or a mass message. */
export const SPAM_WORDS = /pitch|scam|mass message|sales|spam/i;

/**
 * Each piece repeated to 100,000 characters is weighed in well under a second, the second time
 * (the first compiles the patterns): a guard against runaway backtracking, not a timing.
 */
export function expectLinearTime(pieces: readonly string[], check: (note: string) => unknown = (note) => weigh(note)): void {
  for (const piece of pieces) {
    const note = piece.repeat(Math.ceil(100_000 / piece.length));
    check(note);
    const started = performance.now();
    check(note);
    expect(performance.now() - started).toBeLessThan(1_000);
  }
}
