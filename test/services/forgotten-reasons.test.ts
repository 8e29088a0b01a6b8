import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/domain/types.js';
import { REASON_REMOVED_ON_REQUEST, withoutForgottenReasons } from '../../src/services/invitations/index.js';

// A decided check keeps the recommendation and score it was decided on; a forgetting takes out
// only the reasons the forgotten records gave. Those may come from the checks before it, or (while
// it was pending) from decisions on later checks of the same person.

const weighing = (...reasons: string[]): Evaluation => ({ recommendation: 'review', score: 50, reasons });
const stored = (...reasons: string[]) => ({ recommendation: 'ignore' as const, score: 10, reasons });
const quotesNothing = () => false;

describe('withoutForgottenReasons', () => {
  it('takes out a reason an earlier check gave, keeping the recommendation and score, and says why', () => {
    const next = withoutForgottenReasons(
      stored('A teammate blocked them on 1 Nov 2026.', 'No headline.'),
      [[weighing('A teammate blocked them on 1 Nov 2026.', 'No headline.'), weighing('No headline.')]],
      quotesNothing,
    );
    expect(next).toEqual({ recommendation: 'ignore', score: 10, reasons: ['No headline.', REASON_REMOVED_ON_REQUEST] });
  });

  it('takes out a reason a later decision gave while it was pending, which weighing it now (earlier checks only) cannot tell', () => {
    const asNow = weighing('No headline.');
    const next = withoutForgottenReasons(
      stored('A teammate blocked them on 28 Nov 2026.', 'No headline.'),
      [
        [asNow, asNow],
        [weighing('A teammate blocked them on 28 Nov 2026.', 'No headline.'), weighing('No headline.')],
      ],
      quotesNothing,
    );
    expect(next.reasons).toEqual(['No headline.', REASON_REMOVED_ON_REQUEST]);
    expect(next).toMatchObject({ recommendation: 'ignore', score: 10 });
  });

  it('puts in its place what weighing without it says, from either weighing, once', () => {
    const next = withoutForgottenReasons(
      stored('A teammate ignored them 2 times, most recently on 28 Nov 2026, and they keep sending invitations.'),
      [
        [weighing(), weighing()],
        [
          weighing('A teammate ignored them 2 times, most recently on 28 Nov 2026, and they keep sending invitations.'),
          weighing('A teammate ignored them on 1 Nov 2026. Re-sending after an ignore is common and not a bad sign by itself.'),
        ],
      ],
      quotesNothing,
    );
    expect(next.reasons).toEqual(['A teammate ignored them on 1 Nov 2026. Re-sending after an ignore is common and not a bad sign by itself.', REASON_REMOVED_ON_REQUEST]);
  });

  it('leaves a weighing that never had what was forgotten as it was (decided before the later decision came)', () => {
    const before = stored('A teammate blocked them on 1 Nov 2026.');
    const next = withoutForgottenReasons(
      before,
      [
        [weighing('A teammate blocked them on 1 Nov 2026.'), weighing('A teammate blocked them on 1 Nov 2026.')],
        [weighing('A teammate blocked them 2 times, most recently on 28 Nov 2026.'), weighing('A teammate blocked them on 1 Nov 2026.')],
      ],
      quotesNothing,
    );
    expect(next).toEqual({ recommendation: before.recommendation, score: before.score, reasons: before.reasons });
  });
});
