import type { InputBlock, KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { wholeCharactersWithin } from '../domain/slack-text.js';
import type { PartialInvitationFields } from '../domain/types.js';
import { LIMITS, mrkdwn, text, truncate } from './format.js';
import { INPUTS, VIEWS } from './ids.js';

/** Field limits shared by the modal and its validation, within Block Kit's input limits. */
export const FIELD_LIMITS = { name: 100, headline: 200, company: 150, profileUrl: 300, note: 2000, source: 50 } as const;

/** The form accepts this many mutual connections at most; a larger pre-fill would only be refused. */
export const MAX_MUTUAL_CONNECTIONS = 100_000;

export const SOURCES = ['LinkedIn email', 'LinkedIn website', 'LinkedIn app', 'Another network', 'In person'] as const;

/** Where the card should go once the modal is submitted; kept in the view's private_metadata. */
export interface InvitationFormContext {
  channelId: string;
  responseUrl: string | null;
  /** A thread to post the card in (the message shortcut on a reply); absent for the channel itself. */
  threadTs?: string | null;
  /** Opened in a group DM: should the card be refused there, nobody can add the app with /invite. */
  inGroupDm?: boolean;
  /**
   * What the person sent, when the form opened because it could not be read in full: closing the
   * form gives it back (Slack has cleared it from their message box). Cut to fit private_metadata.
   */
  sent?: string | null;
  /** True when `sent` had to be cut to fit. */
  sentCut?: boolean;
}

/** What the form can open with: the invitation's fields and where it came from. */
export type InvitationFormPrefill = PartialInvitationFields & { source?: string | null };

export function invitationModal(
  context: InvitationFormContext,
  prefill: InvitationFormPrefill = {},
  notice: string | null = null,
): ModalView {
  const blocks: KnownBlock[] = [];
  // The notices are the app's own words, some with an example one-line form in `code`: mrkdwn shows
  // it as code, where plain_text showed the backticks. Escaped all the same, as any text may be.
  if (notice) blocks.push({ type: 'context', elements: [mrkdwn(text(notice, 2000))] });
  blocks.push(...invitationInputs(prefill));
  return {
    type: 'modal',
    callback_id: VIEWS.invitationForm,
    private_metadata: formMetadata(context),
    // Closing a form filled in from something pasted tells us, so the paste can be given back.
    ...(context.sent ? { notify_on_close: true } : {}),
    title: { type: 'plain_text', text: 'Check an invitation' },
    submit: { type: 'plain_text', text: 'Check' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks,
  };
}

/**
 * The same form for an invitation already checked, filled in with what is stored, so its owner
 * can put right what was read wrongly. Saving weighs it again and redraws its card.
 */
export function editDetailsModal(invitationId: number, current: InvitationFormPrefill): ModalView {
  return {
    type: 'modal',
    callback_id: VIEWS.editDetails,
    private_metadata: JSON.stringify({ invitationId }),
    title: { type: 'plain_text', text: 'Edit details' },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      { type: 'context', elements: [{ type: 'plain_text', text: 'Correct what I read. Saving weighs the invitation again and updates its card.', emoji: true }] },
      ...invitationInputs(current),
    ],
  };
}

/** The form's inputs, in both modals: the invitation's fields and where it came from. */
function invitationInputs(prefill: InvitationFormPrefill): KnownBlock[] {
  const source = SOURCES.find((label) => label === prefill.source);
  return [
    textInput(INPUTS.name, 'Name', { max: FIELD_LIMITS.name, initial: prefill.name, optional: false, placeholder: 'Priya Raman' }),
    textInput(INPUTS.headline, 'Headline or role', { max: FIELD_LIMITS.headline, initial: prefill.headline, placeholder: 'Head of Data Partnerships' }),
    textInput(INPUTS.company, 'Company', { max: FIELD_LIMITS.company, initial: prefill.company, placeholder: 'Northwind Analytics' }),
    textInput(INPUTS.profileUrl, 'Profile URL', { max: FIELD_LIMITS.profileUrl, initial: prefill.profileUrl, placeholder: 'linkedin.com/in/… or xing.com/profile/…' }),
    {
      type: 'input',
      block_id: INPUTS.mutualConnections.block,
      optional: true,
      label: { type: 'plain_text', text: 'Mutual connections' },
      element: {
        type: 'number_input',
        action_id: INPUTS.mutualConnections.action,
        is_decimal_allowed: false,
        min_value: '0',
        max_value: String(MAX_MUTUAL_CONNECTIONS),
        ...(isMutualCount(prefill.mutualConnections) ? { initial_value: String(prefill.mutualConnections) } : {}),
      },
    },
    textInput(INPUTS.note, 'Their note', { max: FIELD_LIMITS.note, initial: prefill.note, multiline: true, placeholder: 'The message that came with the invitation, if any' }),
    {
      type: 'input',
      block_id: INPUTS.source.block,
      optional: true,
      label: { type: 'plain_text', text: 'Where it came from' },
      element: {
        type: 'static_select',
        action_id: INPUTS.source.action,
        options: SOURCES.map(option),
        ...(source === undefined ? {} : { initial_option: option(source) }),
      },
    },
  ];
}

/**
 * The context as JSON within Slack's limit. Cutting JSON would make it unreadable on submit, so
 * what was sent is cut first (it is only given back on close), and an over-long response_url is
 * dropped after that (the card is then posted in the channel, or by DM).
 */
function formMetadata(context: InvitationFormContext): string {
  const whole = JSON.stringify(context);
  if (whole.length <= LIMITS.privateMetadata) return whole;
  // The longest start of what was sent that fits once escaped: JSON escapes a quote, a newline or
  // a control character to two or six characters, so the length to keep is searched for.
  const sent = context.sent ?? '';
  const withSent = (length: number) => JSON.stringify({ ...context, sent: wholeCharactersWithin(sent, length), sentCut: true });
  let fits = -1;
  let tooLong = sent.length;
  while (tooLong - fits > 1) {
    const middle = Math.floor((fits + tooLong) / 2);
    if (withSent(middle).length <= LIMITS.privateMetadata) fits = middle;
    else tooLong = middle;
  }
  if (fits >= 0) return withSent(fits);
  const { channelId, threadTs, inGroupDm } = context;
  return JSON.stringify({ channelId, responseUrl: null, ...(threadTs === undefined ? {} : { threadTs }), ...(inGroupDm === true ? { inGroupDm } : {}) });
}

/** A mutual count the form takes: a whole number from 0 to MAX_MUTUAL_CONNECTIONS. */
export function isMutualCount(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_MUTUAL_CONNECTIONS;
}

function option(label: string): PlainTextOption {
  return { text: { type: 'plain_text', text: label }, value: label };
}

function textInput(
  ids: { block: string; action: string },
  label: string,
  opts: { max: number; initial?: string | null | undefined; optional?: boolean; multiline?: boolean; placeholder?: string },
): InputBlock {
  return {
    type: 'input',
    block_id: ids.block,
    optional: opts.optional ?? true,
    label: { type: 'plain_text', text: label },
    element: {
      type: 'plain_text_input',
      action_id: ids.action,
      max_length: opts.max,
      multiline: opts.multiline ?? false,
      ...(opts.placeholder ? { placeholder: { type: 'plain_text', text: opts.placeholder } } : {}),
      ...(opts.initial ? { initial_value: truncate(opts.initial, opts.max) } : {}),
    },
  };
}
