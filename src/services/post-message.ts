import type { KnownBlock, MessageMetadata } from '@slack/types';
import type { WebClient } from '@slack/web-api';

export interface PostedMessage {
  channel: string | undefined;
  ts: string | undefined;
}

/**
 * chat.postMessage for a message of blocks (a card, a DM), with the blocks handed over already in
 * JSON, the form Slack's API takes them in; the request on the wire is the same as
 * `chat.postMessage` sends. Given nested blocks, the client walks them twice more, once only to
 * build a debug line it then drops: about 35 KB of garbage for each card a check posts.
 * `metadata` tags the message so the app can find it again (see posted-messages.ts).
 */
export async function postBlocks(
  client: WebClient,
  message: { channel: string; text: string; blocks: readonly KnownBlock[]; metadata?: MessageMetadata; threadTs?: string | null },
): Promise<PostedMessage> {
  const result = await client.apiCall('chat.postMessage', {
    channel: message.channel,
    text: message.text,
    blocks: JSON.stringify(message.blocks),
    ...(message.metadata === undefined ? {} : { metadata: JSON.stringify(message.metadata) }),
    ...(message.threadTs ? { thread_ts: message.threadTs } : {}),
    unfurl_links: false,
    unfurl_media: false,
  });
  return {
    channel: 'channel' in result && typeof result.channel === 'string' ? result.channel : undefined,
    ts: 'ts' in result && typeof result.ts === 'string' ? result.ts : undefined,
  };
}
