import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { collapseWhitespace, wellFormed } from '../domain/slack-text.js';
import type { VoiceKind } from '../domain/types.js';
import { context as contextBlock, option, section } from './blocks.js';
import { inertText, LIMITS, text, truncate } from './format.js';
import { INPUTS, VIEWS, WITHDRAW_VOICE } from './ids.js';

export const VOICE_NOTE_MAX = 150;

export interface VoiceModalContext {
  invitationId: number;
}

/** A teammate's word as it stands, when they open the modal again. */
export interface CurrentVoice {
  kind: VoiceKind;
  note: string | null;
}

const KIND_LABEL: Record<VoiceKind, string> = {
  knows: 'I know them',
  caution: 'Heads-up: be careful',
};

const NOTE_PLACEHOLDER: Record<VoiceKind, string> = {
  knows: 'e.g. We worked together at Northwind; very reliable',
  caution: 'e.g. Sent the same sales pitch to three of us',
};

/** The modal's choices as it words them, the take-back included. */
export const VOICE_CHOICE_LABEL: Record<VoiceKind | typeof WITHDRAW_VOICE, string> = { ...KIND_LABEL, [WITHDRAW_VOICE]: 'Take my word back' };

/**
 * A teammate says they know the person, or warns about them. Opened from the card's "I know them"
 * (preset 'knows') or "Heads-up" (preset 'caution'), whose choice the form opens with: someone who
 * vouched and now clicks Heads-up means to warn. A word of the same kind is shown for editing; one
 * of the other kind is quoted above, since saving replaces it; either can be taken back.
 */
export function voiceModal(context: VoiceModalContext, personName: string, preset: VoiceKind, current: CurrentVoice | null): ModalView {
  const kinds: PlainTextOption[] = (['knows', 'caution'] as const).map((kind) => option(KIND_LABEL[kind], kind));
  if (current) kinds.push(option(VOICE_CHOICE_LABEL[WITHDRAW_VOICE], WITHDRAW_VOICE));
  const initialOption = kinds.find((choice) => choice.value === preset);
  const editing = current !== null && current.kind === preset;
  // A single-line input cannot hold line breaks, so an older multi-line note is shown on one line.
  const initialNote = editing && current.note ? truncate(collapseWhitespace(current.note), VOICE_NOTE_MAX) : '';
  const replacing: KnownBlock[] =
    current === null || editing
      ? []
      : [contextBlock(`Your word now: ${KIND_LABEL[current.kind]}${current.note ? ` ("${text(collapseWhitespace(current.note), VOICE_NOTE_MAX)}")` : ''}. Saving replaces it.`)];
  return {
    type: 'modal',
    callback_id: VIEWS.voice,
    private_metadata: truncate(JSON.stringify({ invitationId: context.invitationId }), LIMITS.privateMetadata),
    title: { type: 'plain_text', text: preset === 'caution' ? 'Give a heads-up' : 'Add what you know' },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      section(
        `${preset === 'caution' ? 'What should the team be careful about with' : 'What do you know about'} *${inertText(personName, 200)}*? Your word shows on the card with your name, ` +
          'and it counts in the recommendation. The person who received the invitation still decides.',
      ),
      ...replacing,
      {
        type: 'input',
        block_id: INPUTS.voiceKind.block,
        label: { type: 'plain_text', text: 'Your word' },
        element: {
          type: 'radio_buttons',
          action_id: INPUTS.voiceKind.action,
          options: kinds,
          ...(initialOption ? { initial_option: initialOption } : {}),
        },
      },
      {
        type: 'input',
        block_id: INPUTS.voiceNote.block,
        optional: true,
        label: { type: 'plain_text', text: 'In a few words' },
        element: {
          type: 'plain_text_input',
          action_id: INPUTS.voiceNote.action,
          max_length: VOICE_NOTE_MAX,
          // An example of the word asked for: a vouch under "Give a heads-up" read as the wrong form.
          placeholder: { type: 'plain_text', text: NOTE_PLACEHOLDER[preset] },
          ...(initialNote !== '' ? { initial_value: wellFormed(initialNote) } : {}),
        },
      },
    ],
  };
}
