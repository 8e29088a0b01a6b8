import type { KnownBlock } from '@slack/types';
import { context, section } from './blocks.js';
import { codeBlock, inertText, text } from './format.js';

/**
 * The ephemeral answer to "Decline politely": what was recorded, and a ready-to-send message in a
 * code block, which Slack shows with a copy button and without reformatting it.
 */
export function declineMessage(personName: string, draft: string): { text: string; blocks: KnownBlock[] } {
  const name = inertText(personName, 200);
  const blocks: KnownBlock[] = [
    section(`:wave: Recorded: you declined *${name}* politely, and I'll remember it if they ask again.`),
    section(`Here's a friendly message you can send them:\n${codeBlock(draft.trim() === '' ? '…' : draft, 2500)}`),
    context("Copy it, change whatever you like, and send it on the network yourself: I never send anything on your behalf."),
  ];
  return { text: `Declined ${text(personName, 100)} politely. Here's a message you can send them.`, blocks };
}
