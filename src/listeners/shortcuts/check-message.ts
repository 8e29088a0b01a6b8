import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { fieldsWithMentionNames, nameMentions, NO_MENTION_NAMES, unnamedMentionIds } from '../../domain/mention-names.js';
import { parseInvitation, parseSlackCommandText } from '../../domain/parse-invitation.js';
import { decodeSlackText, escapeMrkdwn } from '../../domain/slack-text.js';
import type { ParseResult, PartialInvitationFields } from '../../domain/types.js';
import { invitationModal } from '../../views/invitation-modal.js';
import { checkPastedInvitation, isGroupDm, unreadNotice } from '../check-pasted.js';
import { openModal } from '../open-modal.js';
import { replyEphemeral, slackTs, teamIdOf } from '../reply.js';
import type { AppServices } from '../services.js';

export type MessageShortcutArgs = SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;

/**
 * "Check this invitation" in a message's ⋯ menu: the message's text is read as a pasted
 * invitation and the card goes in that conversation, with whoever chose the shortcut deciding,
 * as with `/invite-check <text>`. What cannot be read opens the form, filled in with what was.
 */
export function checkMessageShortcut(services: AppServices) {
  return async (args: MessageShortcutArgs): Promise<void> => {
    const { ack, shortcut, respond, logger, context } = args;
    await ack();
    const teamId = teamIdOf(shortcut);
    if (teamId === null) {
      await replyEphemeral(respond, "I couldn't tell which workspace this came from. Please try again.", logger);
      return;
    }
    const { message } = shortcut;
    // The app's own messages (cards, reminders) are not invitations, whatever a parser made of them.
    if (typeof message.bot_id === 'string' && message.bot_id === context.botId) {
      await replyEphemeral(respond, "That's one of my own messages, not an invitation. Use *Check this invitation* on the message that holds the invitation's text.", logger);
      return;
    }
    const sent = invitationTextOf(message);
    if (sent === null) {
      await openForm(args, {}, "That message has no text I can read. Fill in what you know and I'll check it.");
      return;
    }
    // Slack writes a mention as an id ("<@U024BE7LH>"): the card shows the person's name instead,
    // or "@someone". The text is read with the ids, as always, and the names go in afterwards.
    const names = sent.mentioned.length === 0 ? NO_MENTION_NAMES : await services.mentionNames.namesOf(teamId, sent.mentioned);
    const parsed = sent.parse();
    if (!parsed.ok) {
      await openForm(args, fieldsWithMentionNames(parsed.found, names), unreadNotice(parsed));
      return;
    }
    await checkPastedInvitation(services, {
      client: args.client,
      logger,
      request: {
        teamId,
        ownerId: shortcut.user.id,
        channelId: shortcut.channel.id,
        requestKey: `shortcut:${shortcut.trigger_id}`,
        responseUrl: shortcut.response_url,
        threadTs: threadOf(message),
        inGroupDm: isGroupDm(shortcut.channel.name),
      },
      invitation: fieldsWithMentionNames(parsed.invitation, names),
      sent: { label: 'The message', text: nameMentions(sent.text, names) },
      failed: 'Checking an invitation from a message',
      nextStep: 'Try *Check this invitation* again in a moment, or use *Open the form again*: it comes back filled in with what I read.',
    });
  };
}

// The message stays where it is, so, unlike a command's text, nothing is given back if the form is closed.
function openForm({ client, shortcut, respond, logger }: MessageShortcutArgs, prefill: PartialInvitationFields, notice: string): Promise<void> {
  const where = { channelId: shortcut.channel.id, responseUrl: shortcut.response_url, threadTs: threadOf(shortcut.message), inGroupDm: isGroupDm(shortcut.channel.name) };
  const view = invitationModal(where, prefill, notice);
  return openModal({ client, triggerId: shortcut.trigger_id, view, respond, logger, tryAgain: 'choose *Check this invitation* again' });
}

/**
 * The thread a reply stands in, so its card joins the conversation about it; null for a message in
 * the channel itself (a thread's first message included: its card goes beside it, as before).
 */
function threadOf(message: MessageShortcut['message']): string | null {
  const thread = slackTs.safeParse(message.thread_ts);
  return thread.success && thread.data !== message.ts ? thread.data : null;
}

/**
 * A file in a message as Slack describes an e-mail forwarded to a channel: its text (`plain_text`;
 * a mail with no text part has it empty), a preview of it in plain text and in HTML, its sender
 * and its subject.
 */
const forwardedEmail = z.object({
  filetype: z.literal('email'),
  plain_text: z.string().nullish(),
  preview_plain_text: z.string().nullish(),
  preview: z.string().nullish(),
  subject: z.string().nullish(),
  from: z.array(z.object({ original: z.string().nullish() })).nullish(),
});

/** More than an invitation ever needs (the parser reads the first 20,000 characters). */
const EMAIL_PART_MAX = { header: 500, body: 20_000 } as const;

/**
 * What to read from the message: an e-mail forwarded to Slack (its text is in the file, the
 * message's own text is empty) with its sender and subject as header lines, which name the person;
 * else the message's text, or the text of a message shared into it, in Slack's markup. Null when
 * there is no text at all. `mentioned`: the ids of the people it mentions without a name.
 */
function invitationTextOf(message: MessageShortcut['message']): { text: string; mentioned: string[]; parse: () => ParseResult } | null {
  const files: unknown[] = Array.isArray(message.files) ? message.files : [];
  for (const file of files) {
    const email = forwardedEmail.safeParse(file);
    if (!email.success) continue;
    const { subject, from } = email.data;
    // The text part, else its preview; a mail with no text part has only its HTML, which the
    // parser reads as it reads HTML pasted as text.
    const body = [email.data.plain_text, email.data.preview_plain_text, email.data.preview].find((part) => typeof part === 'string' && part.trim() !== '') ?? '';
    const sender = from?.[0]?.original;
    const text = [
      sender ? `From: ${sender.slice(0, EMAIL_PART_MAX.header)}` : null,
      subject ? `Subject: ${subject.slice(0, EMAIL_PART_MAX.header)}` : null,
      body === '' ? null : body.slice(0, EMAIL_PART_MAX.body),
    ]
      .filter((line) => line !== null)
      .join('\n');
    if (text.trim() === '') continue;
    return { text, mentioned: [], parse: () => parseInvitation(text) };
  }
  const own = typeof message.text === 'string' ? message.text : '';
  // Another app's message may hold the invitation only in its blocks, its text a short fallback
  // ("New LinkedIn invitation"); a person's message has the same in both, and its text is read.
  const inBlocks = blocksText(message.blocks);
  const written = decodeSlackText(inBlocks).trim().length > decodeSlackText(own).trim().length ? inBlocks : own;
  // A message forwarded or shared inside Slack keeps its text in an attachment, its own empty.
  const text = written.trim() !== '' ? written : sharedText(message.attachments);
  if (text.trim() === '') return null;
  return { text: decodeSlackText(text), mentioned: unnamedMentionIds(text), parse: () => parseSlackCommandText(text) };
}

const sharedMessage = z.object({ is_share: z.literal(true), text: z.string() });

/** The text of the first message shared into this one (attachments marked is_share), or ''. */
function sharedText(attachments: unknown): string {
  for (const attachment of Array.isArray(attachments) ? attachments : []) {
    const shared = sharedMessage.safeParse(attachment);
    if (shared.success && shared.data.text.trim() !== '') return shared.data.text.slice(0, EMAIL_PART_MAX.body);
  }
  return '';
}

/**
 * The text of a message's blocks in Slack's markup, as a message's `text` is: sections' text and
 * fields and headers (mrkdwn as it is, plain_text escaped), and rich text, whose text elements
 * hold plain characters (escaped) and whose links, mentions and dates become Slack's markup again.
 * Lines in block order; '' when there are none.
 */
function blocksText(blocks: unknown): string {
  const lines: string[] = [];
  let length = 0;
  for (const block of Array.isArray(blocks) ? blocks : []) {
    if (length > EMAIL_PART_MAX.body) break;
    if (!isRecord(block)) continue;
    const parts: string[] = [];
    if (block.type === 'section' || block.type === 'header') {
      parts.push(textObject(block.text));
      if (Array.isArray(block.fields)) parts.push(...block.fields.map(textObject));
    } else if (block.type === 'rich_text') {
      parts.push(...richTextParts(block.elements));
    }
    for (const part of parts) {
      if (part.trim() === '') continue;
      lines.push(part);
      length += part.length + 1;
    }
  }
  return lines.join('\n').slice(0, EMAIL_PART_MAX.body);
}

/** A text object's text in Slack's markup: mrkdwn as written, plain_text escaped. */
function textObject(value: unknown): string {
  if (!isRecord(value) || typeof value.text !== 'string') return '';
  return value.type === 'mrkdwn' ? value.text : escapeMrkdwn(value.text);
}

/** Slack keeps its own lists flat (an `indent` each); another app's deeper nesting is not followed. */
const RICH_TEXT_DEPTH = 8;

/** A rich_text block's sections, lists, quotes and preformatted parts, one string each (a list's items a line each). */
function richTextParts(elements: unknown, depth = 0): string[] {
  const parts: string[] = [];
  for (const element of Array.isArray(elements) ? elements : []) {
    if (!isRecord(element)) continue;
    if (element.type !== 'rich_text_list') parts.push(richTextInline(element.elements));
    else if (depth < RICH_TEXT_DEPTH) parts.push(...richTextParts(element.elements, depth + 1));
  }
  return parts;
}

// What Slack writes in these; another app's blocks may hold anything, which is left out.
const SLACK_ID = /^[A-Z0-9]{2,40}$/;
const BROADCAST = /^(?:here|channel|everyone)$/;
const EMOJI_NAME = /^[\w+'-]{1,100}$/;

/** A rich text section's inline elements in Slack's markup; unknown kinds leave nothing. */
function richTextInline(elements: unknown): string {
  let out = '';
  for (const element of Array.isArray(elements) ? elements : []) {
    if (!isRecord(element)) continue;
    const words = typeof element.text === 'string' ? escapeMrkdwn(element.text) : '';
    switch (element.type) {
      case 'text':
        out += words;
        break;
      case 'link':
        if (typeof element.url === 'string') out += `<${escapeMrkdwn(element.url)}${words === '' ? '' : `|${words}`}>`;
        break;
      case 'user':
        if (typeof element.user_id === 'string' && SLACK_ID.test(element.user_id)) out += `<@${element.user_id}>`;
        break;
      case 'channel':
        if (typeof element.channel_id === 'string' && SLACK_ID.test(element.channel_id)) out += `<#${element.channel_id}>`;
        break;
      case 'broadcast':
        if (typeof element.range === 'string' && BROADCAST.test(element.range)) out += `<!${element.range}>`;
        break;
      case 'emoji':
        if (typeof element.name === 'string' && EMOJI_NAME.test(element.name)) out += `:${element.name}:`;
        break;
      case 'date':
        if (typeof element.fallback === 'string') out += escapeMrkdwn(element.fallback);
        break;
    }
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
