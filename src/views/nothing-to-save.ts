import type { KnownBlock, ModalView } from '@slack/types';
import { section } from './blocks.js';

/** Why a form about a check can no longer be saved: the check was forgotten, or retention removed its details. */
export type FormGone = 'forgotten' | 'detailsRemoved';

/** Said of the check, the same in every form: it names nobody, since what it was about is gone. */
const WHY: Record<FormGone, string> = {
  forgotten: 'This invitation was forgotten, so I no longer keep anything about it and there is nothing to save.',
  detailsRemoved: "This invitation's details were removed after the retention period, so there is nothing to save.",
};

/**
 * What a form about a check (Edit details, Ignore, Block, Change decision, a teammate's word)
 * becomes when it is submitted after that check was forgotten or its details removed: it can never
 * be saved, so rather than an error beside a field, which reads as if a correction would help, the
 * form is replaced (response_action "update") by this: why, and only a Close button.
 */
export function nothingToSaveModal(why: FormGone): ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: 'Nothing to save' },
    close: { type: 'plain_text', text: 'Close' },
    blocks: [section(`*Nothing was saved.* ${WHY[why]}\nYou can close this form.`)],
  };
}

/** The same, as a message, when the form had already closed before this was known. */
export function nothingToSaveMessage(why: FormGone): { text: string; blocks: KnownBlock[] } {
  const line = `*The form you just sent was not saved.* ${WHY[why]}`;
  return { text: `The form you just sent was not saved. ${WHY[why]}`, blocks: [section(line)] };
}
