import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INPUTS, VIEWS, WITHDRAW_VOICE } from '../../src/views/ids.js';
import { VOICE_NOTE_MAX, voiceModal } from '../../src/views/voice-modal.js';
import { collectMrkdwn } from '../support/block-kit.js';
import { inJson, MARKUP_VALUES, untrustedText } from '../support/hostile-text.js';
import { checkedModal, HOSTILE_CASES, input } from './view-helpers.js';

function kindElement(view: ReturnType<typeof voiceModal>) {
  const element = input(view, INPUTS.voiceKind.block).element;
  if (element.type !== 'radio_buttons') throw new Error('not radio buttons');
  return element;
}

function noteElement(view: ReturnType<typeof voiceModal>) {
  const element = input(view, INPUTS.voiceNote.block).element;
  if (element.type !== 'plain_text_input') throw new Error('not a text input');
  return element;
}

describe('voiceModal', () => {
  it('offers the two kinds, preset from the button, with an empty optional note', () => {
    const view = checkedModal(voiceModal({ invitationId: 42 }, 'Priya Raman', 'caution', null));
    expect(view.callback_id).toBe(VIEWS.voice);
    expect(view.title).toEqual({ type: 'plain_text', text: 'Give a heads-up' });
    expect(JSON.parse(view.private_metadata ?? '')).toEqual({ invitationId: 42 });
    const kind = kindElement(view);
    expect(kind.action_id).toBe(INPUTS.voiceKind.action);
    expect(kind.options.map((option) => [option.value, option.text.text])).toEqual([
      ['knows', 'I know them'],
      ['caution', 'Heads-up: be careful'],
    ]);
    expect(kind.initial_option?.value).toBe('caution');
    const note = noteElement(view);
    expect(input(view, INPUTS.voiceNote.block).optional).toBe(true);
    expect(note.action_id).toBe(INPUTS.voiceNote.action);
    expect(note.max_length).toBe(VOICE_NOTE_MAX);
    expect(VOICE_NOTE_MAX).toBe(150);
    expect(note.multiline).toBeFalsy();
    expect(note.initial_value).toBeUndefined();
    expect(collectMrkdwn(view)[0]).toContain('What should the team be careful about with *Priya Raman*?');
    // The example is a warning, as asked for: not a vouch ("very reliable") under "Give a heads-up".
    expect(note.placeholder).toEqual({ type: 'plain_text', text: 'e.g. Sent the same sales pitch to three of us' });
  });

  it('uses the preset "knows", and says so', () => {
    const view = checkedModal(voiceModal({ invitationId: 1 }, 'Priya Raman', 'knows', null));
    expect(kindElement(view).initial_option?.value).toBe('knows');
    expect(view.title).toEqual({ type: 'plain_text', text: 'Add what you know' });
    expect(collectMrkdwn(view)[0]).toContain('What do you know about *Priya Raman*?');
    expect(noteElement(view).placeholder).toEqual({ type: 'plain_text', text: 'e.g. We worked together at Northwind; very reliable' });
  });

  it('shows a word of the kind clicked for editing, and offers to take it back', () => {
    const view = checkedModal(voiceModal({ invitationId: 1 }, 'P', 'knows', { kind: 'knows', note: 'Ex-colleague <3' }));
    const kind = kindElement(view);
    expect(kind.options.map((option) => option.value)).toEqual(['knows', 'caution', WITHDRAW_VOICE]);
    expect(kind.options[2]?.text.text).toBe('Take my word back');
    expect(kind.initial_option?.value).toBe('knows');
    // Input values are literal plain text: escaping would save `&lt;3` back.
    expect(noteElement(view).initial_value).toBe('Ex-colleague <3');
    expect(collectMrkdwn(view).join('\n')).not.toContain('Saving replaces it');
  });

  it('opens with the button clicked when the word given was the other kind, quoting it, since saving replaces it', () => {
    // Someone who vouched and now clicks Heads-up means to warn: the form must not save another vouch.
    const view = checkedModal(voiceModal({ invitationId: 1 }, 'P', 'caution', { kind: 'knows', note: 'Ex-colleague <3' }));
    expect(kindElement(view).initial_option?.value).toBe('caution');
    expect(noteElement(view).initial_value).toBeUndefined();
    expect(collectMrkdwn(view).join('\n')).toContain('Your word now: I know them ("Ex-colleague &lt;3"). Saving replaces it.');
  });

  it('pre-fills a long or multi-line note on one line, within the input limit', () => {
    expect(noteElement(checkedModal(voiceModal({ invitationId: 1 }, 'P', 'knows', { kind: 'knows', note: 'x'.repeat(400) }))).initial_value).toHaveLength(150);
    expect(noteElement(checkedModal(voiceModal({ invitationId: 1 }, 'P', 'caution', { kind: 'caution', note: 'one\ntwo' }))).initial_value).toBe('one two');
    expect(noteElement(checkedModal(voiceModal({ invitationId: 1 }, 'P', 'caution', { kind: 'caution', note: null }))).initial_value).toBeUndefined();
  });

  it.each(HOSTILE_CASES)('keeps the name %j harmless', (_label, value) => {
    const view = checkedModal(voiceModal({ invitationId: 1 }, value, 'knows', null));
    if (MARKUP_VALUES.includes(value)) expect(JSON.stringify(view)).not.toContain(inJson(value));
  });

  it('stays valid for any name and note (property)', () => {
    fc.assert(
      fc.property(untrustedText, fc.option(untrustedText, { nil: null }), fc.constantFrom('knows', 'caution' as const), (name, note, kind) => {
        checkedModal(voiceModal({ invitationId: 3 }, name, 'knows', { kind, note }));
        checkedModal(voiceModal({ invitationId: 3 }, name, 'caution', { kind, note }));
      }),
    );
  });
});
