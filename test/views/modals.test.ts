import type { InputBlock, ModalView } from '@slack/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IGNORE_REASONS } from '../../src/domain/ignore-reasons.js';
import { helpMessage } from '../../src/views/help.js';
import { INPUTS, VIEWS } from '../../src/views/ids.js';
import { IGNORE_NOTE_MAX, ignoreReasonModal } from '../../src/views/ignore-modal.js';
import { editDetailsModal, FIELD_LIMITS, invitationModal, SOURCES } from '../../src/views/invitation-modal.js';
import { assertNoForeignControlSequences, assertValidMessage, assertValidModal, collectMrkdwn } from '../support/block-kit.js';
import { HOSTILE_VALUES, inJson, MARKUP_VALUES, untrustedText } from '../support/hostile-text.js';

const CONTEXT = { channelId: 'C0CHANNEL1', responseUrl: 'https://hooks.slack.com/commands/T0/1/abc' };

/** A modal, checked against Block Kit limits and with no foreign markup in its mrkdwn. */
function checked(view: ModalView): ModalView {
  assertValidModal(view);
  assertNoForeignControlSequences(JSON.stringify(collectMrkdwn(view)), []);
  return view;
}

function isInput(block: { type: string }): block is InputBlock {
  return block.type === 'input';
}

function inputs(view: ModalView): InputBlock[] {
  return view.blocks.filter(isInput);
}

function input(view: ModalView, blockId: string): InputBlock {
  const found = inputs(view).find((block) => block.block_id === blockId);
  if (found === undefined) throw new Error(`no input block ${blockId}`);
  return found;
}

function initialValue(view: ModalView, blockId: string): string | undefined {
  const element = input(view, blockId).element;
  return 'initial_value' in element && typeof element.initial_value === 'string' ? element.initial_value : undefined;
}

describe('invitationModal', () => {
  it('is the invitation form with its fields in order', () => {
    const view = checked(invitationModal(CONTEXT));
    expect(view.callback_id).toBe(VIEWS.invitationForm);
    expect(view.title).toEqual({ type: 'plain_text', text: 'Check an invitation' });
    expect(view.submit).toEqual({ type: 'plain_text', text: 'Check' });
    expect(view.close).toEqual({ type: 'plain_text', text: 'Cancel' });
    expect(inputs(view).map((block) => [block.block_id, block.element.action_id, block.optional])).toEqual([
      [INPUTS.name.block, INPUTS.name.action, false],
      [INPUTS.headline.block, INPUTS.headline.action, true],
      [INPUTS.company.block, INPUTS.company.action, true],
      [INPUTS.profileUrl.block, INPUTS.profileUrl.action, true],
      [INPUTS.mutualConnections.block, INPUTS.mutualConnections.action, true],
      [INPUTS.note.block, INPUTS.note.action, true],
      [INPUTS.source.block, INPUTS.source.action, true],
    ]);
    expect(view.blocks).toHaveLength(7);
  });

  it('keeps where to post the card in private_metadata', () => {
    expect(JSON.parse(checked(invitationModal(CONTEXT)).private_metadata ?? '')).toEqual(CONTEXT);
    expect(JSON.parse(checked(invitationModal({ channelId: 'D0DM', responseUrl: null })).private_metadata ?? '')).toEqual({
      channelId: 'D0DM',
      responseUrl: null,
    });
  });

  it('keeps private_metadata within 3000 characters and readable even for an absurd response_url', () => {
    const view = checked(invitationModal({ channelId: 'C0CHANNEL1', responseUrl: `https://hooks.slack.com/${'x'.repeat(5000)}` }));
    const metadata: unknown = JSON.parse(view.private_metadata ?? '');
    expect(metadata).toEqual({ channelId: 'C0CHANNEL1', responseUrl: null });
  });

  it('keeps as much of a long paste as fits once escaped, even one JSON doubles', () => {
    // A quoted e-mail thread: quotes and newlines take two characters each in JSON.
    const paste = '> "ok", she said\n'.repeat(1100);
    const view = checked(invitationModal({ ...CONTEXT, sent: paste }));
    const metadata = view.private_metadata ?? '';
    expect(metadata.length).toBeLessThanOrEqual(3000);
    const { sent, sentCut } = JSON.parse(metadata) as { sent: string; sentCut?: boolean };
    expect(sentCut).toBe(true);
    expect(paste.startsWith(sent)).toBe(true);
    // The room is used: one more character would not fit.
    expect(sent.length).toBeGreaterThan(2000);
    expect(JSON.stringify({ ...CONTEXT, sent: paste.slice(0, sent.length + 1), sentCut: true }).length).toBeGreaterThan(3000);
  });

  it('limits each text input to its field limit', () => {
    const view = checked(invitationModal(CONTEXT));
    const maxLength = (blockId: string) => {
      const element = input(view, blockId).element;
      return element.type === 'plain_text_input' ? element.max_length : undefined;
    };
    expect(maxLength(INPUTS.name.block)).toBe(FIELD_LIMITS.name);
    expect(maxLength(INPUTS.headline.block)).toBe(FIELD_LIMITS.headline);
    expect(maxLength(INPUTS.company.block)).toBe(FIELD_LIMITS.company);
    expect(maxLength(INPUTS.profileUrl.block)).toBe(FIELD_LIMITS.profileUrl);
    expect(maxLength(INPUTS.note.block)).toBe(FIELD_LIMITS.note);
  });

  it('offers the sources', () => {
    const element = input(checked(invitationModal(CONTEXT)), INPUTS.source.block).element;
    expect(element.type === 'static_select' ? element.options?.map((option) => option.value) : null).toEqual([...SOURCES]);
  });

  it('pre-fills what was found, literally (plain text is not mrkdwn)', () => {
    const view = checked(
      invitationModal(CONTEXT, {
        name: 'Tom & Jerry <!here>',
        headline: 'Head of R&D',
        company: 'Acme <Labs>',
        profileUrl: 'https://www.linkedin.com/in/tom',
        mutualConnections: 0,
        note: 'Hi!\nLet’s talk.',
      }),
    );
    expect(initialValue(view, INPUTS.name.block)).toBe('Tom & Jerry <!here>');
    expect(initialValue(view, INPUTS.headline.block)).toBe('Head of R&D');
    expect(initialValue(view, INPUTS.company.block)).toBe('Acme <Labs>');
    expect(initialValue(view, INPUTS.profileUrl.block)).toBe('https://www.linkedin.com/in/tom');
    expect(initialValue(view, INPUTS.mutualConnections.block)).toBe('0');
    expect(initialValue(view, INPUTS.note.block)).toBe('Hi!\nLet’s talk.');
  });

  it('leaves empty and missing fields without an initial value', () => {
    const view = checked(invitationModal(CONTEXT, { name: '', headline: null, mutualConnections: null }));
    for (const block of inputs(view)) expect('initial_value' in block.element).toBe(false);
  });

  it('cuts pre-filled text to each input’s max_length', () => {
    const long = 'x'.repeat(5000);
    const view = checked(invitationModal(CONTEXT, { name: long, headline: long, company: long, profileUrl: long, note: long }));
    expect(initialValue(view, INPUTS.name.block)?.length).toBe(FIELD_LIMITS.name);
    expect(initialValue(view, INPUTS.note.block)?.length).toBe(FIELD_LIMITS.note);
  });

  it.each([-1, 100_001, 999_999_999])('does not pre-fill %i mutual connections, which the form would refuse', (mutualConnections) => {
    const view = checked(invitationModal(CONTEXT, { mutualConnections }));
    expect(initialValue(view, INPUTS.mutualConnections.block)).toBeUndefined();
  });

  it('pre-fills mutual connections within the form’s range', () => {
    expect(initialValue(checked(invitationModal(CONTEXT, { mutualConnections: 100_000 })), INPUTS.mutualConnections.block)).toBe('100000');
  });

  it('shows a notice first, escaped, cut to fit', () => {
    const view = checked(invitationModal(CONTEXT, {}, "I couldn't find the name <!here>."));
    expect(view.blocks[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: "I couldn't find the name &lt;!here&gt;.", verbatim: true }] });
    expect(view.blocks).toHaveLength(8);
    checked(invitationModal(CONTEXT, {}, 'n'.repeat(5000)));
  });

  it('stays valid for any pre-fill and notice (property)', () => {
    const nullable = fc.option(untrustedText, { nil: null });
    const prefill = fc.record(
      {
        name: nullable,
        headline: nullable,
        company: nullable,
        mutualConnections: fc.option(fc.integer({ min: -10, max: 2_000_000_000 }), { nil: null }),
        note: nullable,
        profileUrl: nullable,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(prefill, nullable, (fields, notice) => {
        checked(invitationModal(CONTEXT, fields, notice));
      }),
    );
  });
});

describe('editDetailsModal', () => {
  const stored = {
    name: 'Priya Ramen',
    headline: 'Data person',
    company: null,
    profileUrl: 'https://www.linkedin.com/in/priya-raman-data',
    mutualConnections: 0,
    note: 'Hi Sam,\nwe met at the panel.',
    source: 'LinkedIn app',
  };

  it('is the invitation form filled in with what is stored, saved against the invitation it edits', () => {
    const view = checked(editDetailsModal(42, stored));
    expect(view.callback_id).toBe(VIEWS.editDetails);
    expect(JSON.parse(view.private_metadata ?? '')).toEqual({ invitationId: 42 });
    expect(view.title).toEqual({ type: 'plain_text', text: 'Edit details' });
    expect(view.submit).toEqual({ type: 'plain_text', text: 'Save' });
    expect(inputs(view).map((block) => block.block_id)).toEqual(inputs(invitationModal(CONTEXT)).map((block) => block.block_id));
    const json = JSON.stringify(view);
    for (const value of ['Priya Ramen', 'Data person', 'https://www.linkedin.com/in/priya-raman-data', 'Hi Sam,\\nwe met at the panel.']) expect(json).toContain(`"initial_value":"${value}"`);
    expect(json).toContain('"initial_value":"0"');
    expect(json).toContain('"initial_option":{"text":{"type":"plain_text","text":"LinkedIn app"},"value":"LinkedIn app"}');
  });

  it('stays valid with stored text of any length or content', () => {
    for (const value of HOSTILE_VALUES) {
      checked(editDetailsModal(7, { name: value, headline: value, company: value, profileUrl: value, note: value, mutualConnections: null, source: value }));
    }
  });
});

describe('ignoreReasonModal', () => {
  it('asks why, with the reasons and an optional note', () => {
    const view = checked(ignoreReasonModal({ invitationId: 42 }, 'Priya Raman'));
    expect(view.callback_id).toBe(VIEWS.ignoreReason);
    expect(view.title).toEqual({ type: 'plain_text', text: 'Ignore invitation' });
    expect(view.submit).toEqual({ type: 'plain_text', text: 'Ignore' });
    expect(JSON.parse(view.private_metadata ?? '')).toEqual({ invitationId: 42 });
    expect(collectMrkdwn(view)[0]).toContain("won't show you *Priya Raman*'s invitation again");
    const reason = input(view, INPUTS.ignoreReason.block);
    expect(reason.optional).toBe(true);
    expect(reason.element.type === 'radio_buttons' ? reason.element.options.map((option) => option.value) : null).toEqual(
      IGNORE_REASONS.map((r) => r.code),
    );
    const note = input(view, INPUTS.ignoreNote.block);
    expect(note.element.type === 'plain_text_input' ? note.element.max_length : null).toBe(IGNORE_NOTE_MAX);
    // The decided card shows the note to the whole channel: the hint must not promise otherwise.
    expect(note.hint?.text).toBe("Your reason and note appear on the card, for everyone who can see it. Your later checks of this person show both; a teammate's shows the reason only.");
  });

  it.each(HOSTILE_VALUES.map((value) => [value.length > 40 ? `${value.slice(0, 40)}… (${value.length})` : value, value]))(
    'neutralises the name %j',
    (_label, value) => {
      const json = JSON.stringify(checked(ignoreReasonModal({ invitationId: 1 }, value)));
      if (MARKUP_VALUES.includes(value)) expect(json).not.toContain(inJson(value));
    },
  );

  it('stays valid for any name (property)', () => {
    fc.assert(
      fc.property(untrustedText, fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (name, invitationId) => {
        checked(ignoreReasonModal({ invitationId }, name));
      }),
    );
  });
});

describe('helpMessage', () => {
  function help(command?: string, unknown?: string | null, suggestion: string | null = null) {
    const message = helpMessage(command, unknown, 180, suggestion);
    assertValidMessage(message);
    assertNoForeignControlSequences(JSON.stringify(message), []);
    return message;
  }

  it('explains the command', () => {
    const { text, blocks } = help();
    expect(text).toBe('How to use /invite-check');
    expect(blocks.map((block) => block.type)).toEqual(['section', 'section', 'section', 'context']);
    const all = collectMrkdwn(blocks).join('\n');
    expect(all).toContain('*invite-check* helps you decide');
    expect(all).toContain('• `/invite-check help` shows this message.');
    // One spelling, "email", on neighbouring lines.
    expect(all).toContain('or an invitation email forwarded to Slack');
    expect(all).not.toContain('e-mail');
    expect(all).toContain('After you accept, I send you a thank-you reminder by DM during your working hours, with a ready-to-send note.');
    // Accept here is not an accept on the network: said where a new user reads what the buttons do.
    expect(all).toContain('I only record your decision, for you and your team: accept or ignore the invitation on the network yourself.');
    expect(all).toContain('*Check this invitation*, in the *⋯* menu of any message');
    expect(all).toContain('• `/invite-check &lt;pasted invitation&gt;` reads an invitation');
  });

  it('says how long details are kept in this workspace, one day or many', () => {
    const kept = (days: number) => collectMrkdwn(helpMessage('/invite-check', null, days).blocks).join('\n');
    expect(kept(1)).toContain('are kept for 1 day; after that');
    expect(kept(30)).toContain('are kept for 30 days; after that');
    expect(kept(3650)).toContain('are kept for 3,650 days; after that');
  });

  it('uses the command name Slack sent', () => {
    expect(collectMrkdwn(help('/ic').blocks).join('\n')).toContain('• `/ic` opens a form');
  });

  it('names an unknown sub-command', () => {
    const { text, blocks } = help('/invite-check', 'stats');
    expect(text).toBe('Unknown sub-command. Try /invite-check help.');
    expect(collectMrkdwn(blocks)[0]).toBe("I don't know the sub-command `stats`. Here is what I can do:");
  });

  it('suggests the sub-command an unknown word nearly spells', () => {
    const intro = collectMrkdwn(help('/invite-check', 'Setting', 'settings').blocks)[0];
    expect(intro).toBe("I don't know the sub-command `Setting`. Did you mean `/invite-check settings`? Here is what I can do:");
  });

  it('cuts a long unknown word', () => {
    const intro = collectMrkdwn(help('/invite-check', 'x'.repeat(5000)).blocks)[0] ?? '';
    expect(intro).toBe(`I don't know the sub-command \`${'x'.repeat(99)}…\`. Here is what I can do:`);
  });

  it.each(HOSTILE_VALUES.map((value) => [value.length > 40 ? `${value.slice(0, 40)}… (${value.length})` : value, value]))(
    'stays valid and inert for the unknown word %j',
    (_label, value) => {
      help('/invite-check', value);
    },
  );
});
