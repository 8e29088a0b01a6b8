import { describe, expect, it } from 'vitest';
import type { InvitationRecord } from '../../../src/db/invitations-repo.js';
import { savedText } from '../../../src/listeners/views/settings-submitted.js';
import { CARDS_REDRAWN_AFTER_REWEIGHING } from '../../../src/services/invitations/index.js';

/** What a re-weighing reports; only the number of changed records matters to the wording. */
function reweighed(weighed: number, changed: number, newVerdicts: number) {
  return { weighed, changed: Array.from({ length: changed }, () => ({}) as InvitationRecord), newVerdicts, markedAt: new Date(0) };
}

const SAVED = ':white_check_mark: Your settings are saved.';

describe('the settings confirmation', () => {
  it('says nothing was weighed when the focus stayed or nothing waits', () => {
    for (const outcome of [null, reweighed(0, 0, 0)]) expect(savedText(outcome)).toBe(`${SAVED} They count from your next check, thank-you reminder and review.`);
  });

  it('tells a new score or reasons apart from a new recommendation', () => {
    const focus = 'again with your new focus';
    expect(savedText(reweighed(1, 0, 0))).toBe(`${SAVED} I weighed your waiting invitation ${focus}; it reads as before.`);
    expect(savedText(reweighed(1, 1, 0))).toBe(`${SAVED} I weighed your waiting invitation ${focus}: its score or reasons changed, but not its recommendation.`);
    expect(savedText(reweighed(1, 1, 1))).toBe(`${SAVED} I weighed your waiting invitation ${focus}: it has a new recommendation.`);
    expect(savedText(reweighed(12, 0, 0))).toBe(`${SAVED} I weighed your 12 waiting invitations ${focus}; they all read as before.`);
    expect(savedText(reweighed(12, 1, 0))).toBe(`${SAVED} I weighed your 12 waiting invitations ${focus}: 1 has a new score or reasons, but the same recommendation.`);
    expect(savedText(reweighed(12, 1, 1))).toBe(`${SAVED} I weighed your 12 waiting invitations ${focus}: 1 has a new recommendation.`);
    expect(savedText(reweighed(12, 5, 0))).toBe(`${SAVED} I weighed your 12 waiting invitations ${focus}: 5 have a new score or reasons, but the same recommendation.`);
    expect(savedText(reweighed(12, 5, 2))).toBe(`${SAVED} I weighed your 12 waiting invitations ${focus}: 5 have a new score or reasons, and 2 of them a new recommendation.`);
    expect(savedText(reweighed(12, 5, 5))).toBe(`${SAVED} I weighed your 12 waiting invitations ${focus}: 5 have a new score or reasons and a new recommendation.`);
  });

  it('says when only the newest cards are redrawn now', () => {
    expect(savedText(reweighed(50, CARDS_REDRAWN_AFTER_REWEIGHING, 0))).not.toContain('newest cards');
    expect(savedText(reweighed(50, CARDS_REDRAWN_AFTER_REWEIGHING + 1, 0))).toContain(
      `I'm updating the ${CARDS_REDRAWN_AFTER_REWEIGHING} newest cards now, and the others over the next few minutes.`,
    );
  });
});
