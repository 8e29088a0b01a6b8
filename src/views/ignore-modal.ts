import type { ModalView } from '@slack/types';
import { IGNORE_REASONS } from '../domain/ignore-reasons.js';
import { inertText, LIMITS, mrkdwn, truncate } from './format.js';
import { INPUTS, VIEWS } from './ids.js';

export const IGNORE_NOTE_MAX = 500;

export const IGNORE_NOTE_HINT =
  "Your reason and note appear on the card, for everyone who can see it. Your later checks of this person show both; a teammate's shows the reason only.";

/** Which invitation the reason is for; kept in private_metadata (and checked again on submit). */
export interface IgnoreModalContext {
  invitationId: number;
  /** When Ignore… was clicked in a review: its response_url, to redraw the review after the decision. */
  reviewResponseUrl?: string;
  /** That review's message, when known. */
  review?: { channelId: string; ts: string } | null;
}

export function ignoreReasonModal(context: IgnoreModalContext, personName: string): ModalView {
  return {
    type: 'modal',
    callback_id: VIEWS.ignoreReason,
    private_metadata: truncate(JSON.stringify(context), LIMITS.privateMetadata),
    title: { type: 'plain_text', text: 'Ignore invitation' },
    submit: { type: 'plain_text', text: 'Ignore' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          `The network won't show you *${inertText(personName, 200)}*'s invitation again once it's ignored. A word on why helps you (and your team) reconsider later. Both fields are optional.`,
        ),
      },
      {
        type: 'input',
        block_id: INPUTS.ignoreReason.block,
        optional: true,
        label: { type: 'plain_text', text: 'Why?' },
        element: {
          type: 'radio_buttons',
          action_id: INPUTS.ignoreReason.action,
          options: IGNORE_REASONS.map((reason) => ({ text: { type: 'plain_text', text: reason.label }, value: reason.code })),
        },
      },
      {
        type: 'input',
        block_id: INPUTS.ignoreNote.block,
        optional: true,
        label: { type: 'plain_text', text: 'Anything to add?' },
        // The decided card shows Reason: and Note: to everyone in its channel; the owner's later checks quote both, a teammate's the reason only.
        hint: { type: 'plain_text', text: IGNORE_NOTE_HINT },
        element: {
          type: 'plain_text_input',
          action_id: INPUTS.ignoreNote.action,
          multiline: true,
          max_length: IGNORE_NOTE_MAX,
          placeholder: { type: 'plain_text', text: 'e.g. Sent the same pitch to three of us' },
        },
      },
    ],
  };
}
