import type { InputBlock, ModalView, PlainTextOption } from '@slack/types';
import { DECISIONS, type Decision } from '../domain/types.js';
import { DECISION_CHOICE_LABEL, option, section, STATUS_LABEL } from './blocks.js';
import { inertText, LIMITS, truncate } from './format.js';
import { INPUTS, VIEWS } from './ids.js';

export const BLOCK_REASON_MAX = 500;
export const CHANGE_REASON_MAX = 500;

/** Who reads a block's why: the card's channel, and the loud warning on every later check of them. */
export const BLOCK_REASON_HINT = "Shown on the card, for everyone who can see it, and on later checks of this person, yours or a teammate's.";

export const CHANGE_REASON_HINT =
  "Shown on the card as the reason, for everyone who can see it, and on later checks of this person, yours or a teammate's.";

/** Which invitation the modal is about; kept in private_metadata (and checked again on submit). */
export interface DecisionModalContext {
  invitationId: number;
  /** When Change decision was clicked in the ignored list: its response_url, to redraw the list after the change. */
  listResponseUrl?: string;
  /** Change decision: the decision the form offers to change, so a change made meanwhile is caught. */
  from?: Decision;
}

/** Asks, optionally, why the owner blocks someone, before the block is recorded. */
export function blockReasonModal(context: DecisionModalContext, personName: string): ModalView {
  return {
    type: 'modal',
    callback_id: VIEWS.blockReason,
    private_metadata: metadata(context),
    title: { type: 'plain_text', text: 'Block this person' },
    submit: { type: 'plain_text', text: 'Block' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      section(
        // As Block's confirmation says it: a new invitation shows nothing until someone checks it.
        `You're blocking *${inertText(personName, 200)}*. I'll remember it: any later check of them, ` +
          'by you or a teammate, will say loudly that they were blocked.',
      ),
      multilineInput(INPUTS.blockReason, 'Why? (helps whoever sees them next)', BLOCK_REASON_MAX, 'e.g. Sent crypto pitches to half the team', BLOCK_REASON_HINT),
    ],
  };
}

/** Lets the owner pick a different decision; the old one stays in the history. */
export function changeDecisionModal(context: DecisionModalContext, personName: string, current: Decision): ModalView {
  const choices: PlainTextOption[] = DECISIONS.filter((decision) => decision !== current).map((decision) =>
    option(DECISION_CHOICE_LABEL[decision], decision),
  );
  return {
    type: 'modal',
    callback_id: VIEWS.changeDecision,
    private_metadata: metadata({ ...context, from: current }),
    title: { type: 'plain_text', text: 'Change decision' },
    submit: { type: 'plain_text', text: 'Change' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      section(
        `You ${STATUS_LABEL[current]} *${inertText(personName, 200)}*. What would you like instead?\n` +
          'Nothing is overwritten: the history keeps every step, with its date. ' +
          // Only the half that applies: from Accept there is a reminder to cancel, to Accept one to schedule.
          (current === 'accepted'
            ? "Changing away from Accept cancels its thank-you reminder, if it hasn't been sent yet."
            : 'Changing to Accept schedules a thank-you reminder.'),
      ),
      {
        type: 'input',
        block_id: INPUTS.newDecision.block,
        label: { type: 'plain_text', text: 'New decision' },
        element: { type: 'radio_buttons', action_id: INPUTS.newDecision.action, options: choices },
      },
      // Stored as the decision's reason: the card and teammates' later checks quote it, as the Ignore form says of its own.
      multilineInput(INPUTS.changeReason, 'What changed?', CHANGE_REASON_MAX, 'e.g. We met at a meetup after all', CHANGE_REASON_HINT),
    ],
  };
}

function multilineInput(ids: { block: string; action: string }, label: string, max: number, placeholder: string, hint?: string): InputBlock {
  return {
    type: 'input',
    block_id: ids.block,
    optional: true,
    label: { type: 'plain_text', text: label },
    ...(hint === undefined ? {} : { hint: { type: 'plain_text', text: hint } }),
    element: {
      type: 'plain_text_input',
      action_id: ids.action,
      multiline: true,
      max_length: max,
      placeholder: { type: 'plain_text', text: placeholder },
    },
  };
}

function metadata(context: DecisionModalContext): string {
  const fromList = context.listResponseUrl === undefined ? {} : { listResponseUrl: context.listResponseUrl };
  const from = context.from === undefined ? {} : { from: context.from };
  return truncate(JSON.stringify({ invitationId: context.invitationId, ...fromList, ...from }), LIMITS.privateMetadata);
}
