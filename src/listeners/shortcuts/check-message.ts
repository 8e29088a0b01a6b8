import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { parseInvitation, parseSlackCommandText } from '../../domain/parse-invitation.js';
import { decodeSlackText } from '../../domain/slack-text.js';
import type { ParseResult, PartialInvitationFields } from '../../domain/types.js';
import { invitationModal } from '../../views/invitation-modal.js';
import { checkPastedInvitation, unreadNotice } from '../check-pasted.js';
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
    const parsed = sent.parse();
    if (!parsed.ok) {
      await openForm(args, parsed.found, unreadNotice(parsed));
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
      },
      invitation: parsed.invitation,
      sent: { label: 'The message', text: sent.text },
      failed: 'Checking an invitation from a message',
      nextStep: 'Try *Check this invitation* again in a moment, or use *Open the form again*: it comes back filled in with what I read.',
    });
  };
}

// The message stays where it is, so, unlike a command's text, nothing is given back if the form is closed.
function openForm({ client, shortcut, respond, logger }: MessageShortcutArgs, prefill: PartialInvitationFields, notice: string): Promise<void> {
  const view = invitationModal({ channelId: shortcut.channel.id, responseUrl: shortcut.response_url, threadTs: threadOf(shortcut.message) }, prefill, notice);
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
 * there is no text at all.
 */
function invitationTextOf(message: MessageShortcut['message']): { text: string; parse: () => ParseResult } | null {
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
    return { text, parse: () => parseInvitation(text) };
  }
  const own = typeof message.text === 'string' ? message.text : '';
  // A message forwarded or shared inside Slack keeps its text in an attachment, its own empty.
  const text = own.trim() !== '' ? own : sharedText(message.attachments);
  if (text.trim() === '') return null;
  return { text: decodeSlackText(text), parse: () => parseSlackCommandText(text) };
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
