import type { KnownBlock } from '@slack/types';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { escapeMrkdwn, wellFormed, wholeCharactersWithin } from '../domain/slack-text.js';
import { context, section } from './blocks.js';
import { codeBlock, LIMITS, text, truncate } from './format.js';
import { ACTIONS } from './ids.js';
// One message's blocks keep to MESSAGE_TEXT_BUDGET, as every message does: a message Slack refused
// here would lose everything it gives back. Past it, the rest goes in another.
import { MESSAGE_TEXT_BUDGET, textLength } from './text-budget.js';
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
 * The messages a person gets when what they submitted in a modal could not be saved after the
 * modal closed (a full disk, a locked database): what they typed, whole, so nothing they entered
 * is lost. Each value is in a code block, which Slack shows as typed, unformatted, with a copy
 * button; a value longer than a block holds once escaped (a 2,000-character note full of `&`, `<`
 * and `>`) is split over as many as it needs, each named "part 1 of 3" and so on. Almost always
 * one message; a second (and so on) only when their text in all would be more than Slack takes.
 */
export function unsavedInputMessages(input: UnsavedInput): { text: string; blocks: KnownBlock[] }[] {
  const why = input.why ?? 'Something went wrong on my side.';
  const blocks: KnownBlock[] = [
    section(`:warning: I couldn't save ${input.what}, so nothing changed. ${truncate(why, 1000)}`),
  ];
  const shown = input.entered.filter((entry) => entry.value !== null && entry.value !== undefined && String(entry.value).trim() !== '');
  if (shown.length > 0) {
    blocks.push(section("Here is what you entered, so you don't have to type it again:"));
    for (const entry of shown) blocks.push(...valueSections(text(entry.label, 100), String(entry.value)));
  }
  if (input.reopenValue) blocks.push(reopenButton(input.reopenValue));
  blocks.push(context(input.nextStep));
  const messages = inMessages(blocks, '');
  const where = messages.length > 1 ? 'this message and the next' : 'this message';
  return messages.map((message, index) => (index === 0 ? { ...message, text: `I couldn't save ${input.what}, so nothing changed. What you entered is in ${where}.` } : message));
}

/** One section for a value whose code block fits, else one for each part of it, in order. */
function valueSections(label: string, value: string): KnownBlock[] {
  const parts = codeParts(value, CODE_MAX);
  if (parts.length <= 1) return [section(`*${label}*\n${codeBlock(value, CODE_MAX)}`)];
  return parts.map((part, index) => section(`*${label}* (part ${index + 1} of ${parts.length})\n\`\`\`${escapeMrkdwn(part)}\`\`\``));
}

/**
 * `value` as codeBlock shows it (any run of three backticks broken), cut into parts whose escaped
 * text is at most `max` characters each, and which together are all of it. Each cut is between
 * two characters as a reader sees them, after a line break or a space near the end of a part
 * when there is one, so that words stay whole.
 */
export function codeParts(value: string, max: number): string[] {
  const safe = wellFormed(value).replace(/```/g, '``\u200b`');
  const parts: string[] = [];
  let rest = safe;
  while (escapeMrkdwn(rest).length > max) {
    let units = 0;
    let escaped = 0;
    for (const ch of rest) {
      const width = escapeMrkdwn(ch).length;
      if (escaped + width > max) break;
      escaped += width;
      units += ch.length;
    }
    let part = wholeCharactersWithin(rest, units);
    // A single character wider than the budget cannot happen at these sizes; never loop forever.
    if (part === '') part = rest.slice(0, Math.max(1, units));
    const breakAt = Math.max(part.lastIndexOf('\n'), part.lastIndexOf(' '));
    if (breakAt >= part.length * 0.75 && breakAt < part.length - 1) part = part.slice(0, breakAt + 1);
    parts.push(part);
    rest = rest.slice(part.length);
  }
  if (rest !== '' || parts.length === 0) parts.push(rest);
  return parts;
}

/**
 * The blocks in as few messages as keep each within MESSAGE_TEXT_BUDGET and Slack's 50 blocks,
 * in order; a message after the first says it carries on from the one before.
 */
function inMessages(blocks: readonly KnownBlock[], firstText: string): { text: string; blocks: KnownBlock[] }[] {
  const continued = 'What you entered, continued from my message above.';
  const messages: { text: string; blocks: KnownBlock[] }[] = [{ text: firstText, blocks: [] }];
  let used = 0;
  for (const block of blocks) {
    const size = textLength(block);
    const current = messages.at(-1);
    if (current === undefined) break;
    if (current.blocks.length > 0 && (used + size > MESSAGE_TEXT_BUDGET || current.blocks.length >= LIMITS.blocksPerMessage)) {
      const note = context(continued);
      messages.push({ text: continued, blocks: [note, block] });
      used = textLength(note) + size;
    } else {
      current.blocks.push(block);
      used += size;
    }
  }
  return messages;
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

/** What starts a reopen value that is packed: the JSON deflated, in base64url. */
const PACKED = 'z:';
/** More than any value the form's own limits allow once unpacked: a made-up one stops there. */
const UNPACKED_MAX_BYTES = 32 * 1024;

/**
 * The button value that opens the invitation form again, filled in: JSON, or, when that is longer
 * than Slack's 2,000-character button value (a long note), the same JSON packed (deflated, in
 * base64url after "z:"), which carries any note of ordinary words whole. A note that still does
 * not fit (text that packs poorly, such as random characters) is left out, and `x: 1` says so:
 * the message above the button shows it whole (see unsavedInputMessages). Read back by
 * reopenFormPayload.
 */
export function reopenFormValue(channelId: string, fields: InvitationFormPrefill, where: ReopenedFormPlace = {}): string {
  // Where the card is to go, as the first form knew it: the thread, and whether it is a group DM
  // (where nobody can add the app, so a refused card must not ask for that).
  const place = { c: channelId, ...(where.threadTs ? { t: where.threadTs } : {}), ...(where.inGroupDm === true ? { g: 1 } : {}) };
  const payloads = [
    { ...place, f: compact(fields) },
    { ...place, f: compact({ ...fields, note: null }), x: 1 },
  ];
  for (const payload of payloads) {
    const plain = markupFreeJson(payload);
    if (plain.length <= BUTTON_VALUE_MAX) return plain;
    const packed = `${PACKED}${deflateRawSync(JSON.stringify(payload), { level: 9 }).toString('base64url')}`;
    if (packed.length <= BUTTON_VALUE_MAX) return packed;
  }
  // Only for fields at their longest in text that packs poorly: an empty form is still better
  // than none, and it says that what was entered is in the message (see reopen-invitation-form).
  return markupFreeJson({ ...place, f: {}, x: 1 });
}

/** Where the reopened form's card goes, besides the conversation: a thread, a group DM. */
export interface ReopenedFormPlace {
  threadTs?: string | null;
  inGroupDm?: boolean;
}

/**
 * The JSON text of a reopen button's value, unpacked if it was packed; null when it was packed
 * and cannot be unpacked (made up, or cut). What it holds is still to be checked by its reader.
 */
export function reopenFormPayload(value: string): string | null {
  if (!value.startsWith(PACKED)) return value;
  try {
    return inflateRawSync(Buffer.from(value.slice(PACKED.length), 'base64url'), { maxOutputLength: UNPACKED_MAX_BYTES }).toString('utf8');
  } catch {
    return null;
  }
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
