import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/errors.js';
import { refusalText } from '../../../src/listeners/views/modal-context.js';

describe('the refusal shown in a modal', () => {
  it('tells a teammate that a decided invitation takes no more "I know them" or "Heads-up", and what to do instead', () => {
    const text = refusalText(new AppError('already_decided', 'decided'));
    expect(text).toBe(
      'This invitation has already been decided, so it no longer takes "I know them" or "Heads-up". If its owner should hear something, reply in a thread on the card.',
    );
    // Plain text in a modal: no mrkdwn that would show as stray asterisks.
    expect(text).not.toMatch(/[*_`]/);
  });
});
