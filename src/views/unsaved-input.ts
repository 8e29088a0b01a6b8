import type { KnownBlock } from '@slack/types';
import { context, section } from './blocks.js';
import { codeBlock, LIMITS, text, truncate } from './format.js';
import { ACTIONS } from './ids.js';
import type { InvitationFormPrefill } from './invitation-modal.js';

/** A code block's text, with room in its section for the label line and the fences. */
const CODE_MAX = LIMITS.sectionText - 150;

/** Slack's limit on a button's value. */
const BUTTON_VALUE_MAX = 2000;

/** One thing the person typed or picked, under the label the modal showed it with. */
export interface EnteredValue {
  label: string;
  value: string | number | null | undefined;
}

export interface UnsavedInput {
  /** What could not be saved, in the app's words: "the invitation you entered". */
  what: string;
  /**
   * One friendly sentence on why, or null for "something went wrong on my side". The app's own
   * mrkdwn (an AppError's userMessage, whose untrusted parts are already escaped), used as it is.
   */
  why: string | null;
  entered: readonly EnteredValue[];
  /** What to do next, in the app's words. */
  nextStep: string;
  /** For the invitation form: a button that opens it again, filled in (see reopenFormValue). */
  reopenValue?: string | null;
}

/**
 * The message a person gets when what they submitted in a modal could not be saved after the modal
 * closed (a full disk, a locked database): what they typed, so nothing they entered is lost.
 * Each value is in a code block, which Slack shows as typed, unformatted, with a copy button.
 */
export function unsavedInputMessage(input: UnsavedInput): { text: string; blocks: KnownBlock[] } {
  const why = input.why ?? 'Something went wrong on my side.';
  const blocks: KnownBlock[] = [
    section(`:warning: I couldn't save ${input.what}, so nothing changed. ${truncate(why, 1000)}`),
  ];
  const shown = input.entered.filter((entry) => entry.value !== null && entry.value !== undefined && String(entry.value).trim() !== '');
  if (shown.length > 0) {
    blocks.push(section("Here is what you entered, so you don't have to type it again:"));
    for (const entry of shown) blocks.push(section(`*${text(entry.label, 100)}*\n${codeBlock(String(entry.value), CODE_MAX)}`));
  }
  if (input.reopenValue) blocks.push(reopenButton(input.reopenValue));
  blocks.push(context(input.nextStep));
  return { text: `I couldn't save ${input.what}, so nothing changed. What you entered is in this message.`, blocks };
}

/**
 * The invitation form, opened because a paste could not be read in full, was closed without a
 * check: what was pasted comes back (Slack cleared it from the message box), with the form as it
 * was left, in case closing was not the end of it.
 */
export function formClosedMessage(sent: string, sentCut: boolean, reopenValue: string): { text: string; blocks: KnownBlock[] } {
  const line = 'You closed the form, so nothing was checked. In case you want it, here is what you sent:';
  return {
    text: 'You closed the form, so nothing was checked. What you sent is in this message.',
    blocks: [
      section(line),
      section(codeBlock(sent, CODE_MAX)),
      ...(sentCut ? [context('That is its start: it was too long to keep whole.')] : []),
      reopenButton(reopenValue),
      context('*Open the form again* brings it back as you left it.'),
    ],
  };
}

function reopenButton(value: string): KnownBlock {
  return {
    type: 'actions',
    elements: [{ type: 'button', action_id: ACTIONS.reopenInvitationForm, text: { type: 'plain_text', text: 'Open the form again' }, style: 'primary', value }],
  };
}

/**
 * The form could not open (Slack refused, or its trigger expired), after a command whose text
 * Slack has already cleared from the message box: that text comes back, ready to copy.
 */
export function formNotOpenedMessage(sentence: string, sent: string): { text: string; blocks: KnownBlock[] } {
  return {
    text: sentence,
    blocks: [section(sentence), section(`Here is what you sent, so you don't have to find it again:\n${codeBlock(sent, CODE_MAX)}`)],
  };
}

/**
 * The button value that opens the invitation form again, filled in. A note too long for Slack's
 * 2,000-character button value is left out (the message above the button still shows it).
 */
export function reopenFormValue(channelId: string, fields: InvitationFormPrefill): string {
  const full = markupFreeJson({ c: channelId, f: compact(fields) });
  if (full.length <= BUTTON_VALUE_MAX) return full;
  const withoutNote = markupFreeJson({ c: channelId, f: compact({ ...fields, note: null }), x: 1 });
  if (withoutNote.length <= BUTTON_VALUE_MAX) return withoutNote;
  // Cannot happen within the form's own limits; a bare reopen is still better than none.
  return markupFreeJson({ c: channelId, f: {}, x: 1 });
}

/**
 * JSON with `<`, `>` and `&` written as \u escapes: the same value once parsed, and no raw markup
 * anywhere in the message, even in a button value nobody sees.
 */
function markupFreeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function compact(fields: InvitationFormPrefill): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== null && value !== undefined && value !== '') out[key] = value;
  }
  return out;
}
