import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECISIONS, type Decision } from '../../src/domain/types.js';
import { BLOCK_REASON_MAX, blockReasonModal, CHANGE_REASON_MAX, changeDecisionModal } from '../../src/views/decision-modals.js';
import { INPUTS, VIEWS } from '../../src/views/ids.js';
import { collectMrkdwn } from '../support/block-kit.js';
import { inJson, MARKUP_VALUES, untrustedText } from '../support/hostile-text.js';
import { checkedModal, HOSTILE_CASES, input, inputs } from './view-helpers.js';

describe('blockReasonModal', () => {
  it('asks, optionally, why, and says the block is remembered', () => {
    const view = checkedModal(blockReasonModal({ invitationId: 42 }, 'Priya Raman'));
    expect(view.callback_id).toBe(VIEWS.blockReason);
    expect(view.submit).toEqual({ type: 'plain_text', text: 'Block' });
    expect(view.close).toEqual({ type: 'plain_text', text: 'Cancel' });
    expect(JSON.parse(view.private_metadata ?? '')).toEqual({ invitationId: 42 });
    expect(collectMrkdwn(view)).toEqual([
      "You're blocking *Priya Raman*. I'll remember it: any later check of them, by you or a teammate, will say loudly that they were blocked.",
    ]);
    expect(inputs(view)).toHaveLength(1);
    const reason = input(view, INPUTS.blockReason.block);
    expect(reason.optional).toBe(true);
    expect(reason.element).toEqual(
      expect.objectContaining({ type: 'plain_text_input', action_id: INPUTS.blockReason.action, multiline: true, max_length: BLOCK_REASON_MAX }),
    );
    expect(BLOCK_REASON_MAX).toBe(500);
    expect(reason.hint).toEqual({ type: 'plain_text', text: "Shown on the card, for everyone who can see it, and on later checks of this person, yours or a teammate's." });
  });

  it.each(HOSTILE_CASES)('neutralises the name %j', (_label, value) => {
    const json = JSON.stringify(checkedModal(blockReasonModal({ invitationId: 1 }, value)));
    if (MARKUP_VALUES.includes(value)) expect(json).not.toContain(inJson(value));
  });
});

describe('changeDecisionModal', () => {
  const LABELS: Record<Decision, string> = { accepted: 'Accept', ignored: 'Ignore', declined: 'Decline politely', blocked: 'Block' };

  function choices(current: Decision) {
    const element = input(checkedModal(changeDecisionModal({ invitationId: 9 }, 'Priya Raman', current)), INPUTS.newDecision.block).element;
    if (element.type !== 'radio_buttons') throw new Error('not radio buttons');
    return element;
  }

  it.each(DECISIONS)('offers the other three decisions when the current one is %s', (current) => {
    const element = choices(current);
    expect(element.action_id).toBe(INPUTS.newDecision.action);
    expect(element.options.map((option) => [option.value, option.text.text])).toEqual(
      DECISIONS.filter((decision) => decision !== current).map((decision) => [decision, LABELS[decision]]),
    );
    expect(element.initial_option).toBeUndefined();
  });

  it('requires the new decision, makes the reason optional, and explains the history and the thank-you reminder', () => {
    const view = checkedModal(changeDecisionModal({ invitationId: 9 }, 'Priya Raman', 'ignored'));
    expect(view.callback_id).toBe(VIEWS.changeDecision);
    // It carries the decision it offers to change, so a change made meanwhile is caught on submit.
    expect(JSON.parse(view.private_metadata ?? '')).toEqual({ invitationId: 9, from: 'ignored' });
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(input(view, INPUTS.newDecision.block).optional).toBeUndefined();
    const reason = input(view, INPUTS.changeReason.block);
    expect(reason.optional).toBe(true);
    expect(reason.element).toEqual(
      expect.objectContaining({ type: 'plain_text_input', action_id: INPUTS.changeReason.action, multiline: true, max_length: CHANGE_REASON_MAX }),
    );
    // What is typed becomes the decision's reason, which the card and teammates' later checks quote: said before it is typed.
    expect(reason.hint).toEqual({
      type: 'plain_text',
      text: "Shown on the card as the reason, for everyone who can see it, and on later checks of this person, yours or a teammate's.",
    });
    const [intro] = collectMrkdwn(view);
    expect(intro).toContain('You ignored *Priya Raman*.');
    expect(intro).toContain('the history keeps every step');
    // Only the half that applies: from Ignore, there is no reminder to cancel.
    expect(intro).toContain('Changing to Accept schedules a thank-you reminder.');
    expect(intro).not.toMatch(/away from Accept|nudge/);
    const fromAccept = collectMrkdwn(checkedModal(changeDecisionModal({ invitationId: 9 }, 'Priya Raman', 'accepted')))[0];
    expect(fromAccept).toContain("Changing away from Accept cancels its thank-you reminder, if it hasn't been sent yet.");
    expect(fromAccept).not.toContain('Changing to Accept');
  });

  it('keeps any name harmless (property)', () => {
    fc.assert(
      fc.property(untrustedText, fc.constantFrom(...DECISIONS), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (name, current, invitationId) => {
        const json = JSON.stringify(checkedModal(changeDecisionModal({ invitationId }, name, current)));
        expect(JSON.parse(JSON.parse(json).private_metadata)).toEqual({ invitationId, from: current });
      }),
    );
  });
});
