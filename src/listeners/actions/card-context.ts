import type { BlockAction } from '@slack/bolt';

/** A click on an ephemeral card carries the only way to redraw it: its response_url. */
export function ephemeralResponseUrl(body: BlockAction): string | null {
  return body.container.is_ephemeral === true && typeof body.response_url === 'string' ? body.response_url : null;
}

/** The message a button sat in (channel and ts), to redraw it. */
export function messageLocation(body: BlockAction): { channelId: string | null; messageTs: string | null } {
  const container = body.container;
  const channelId = typeof container.channel_id === 'string' ? container.channel_id : (body.channel?.id ?? null);
  const messageTs = typeof container.message_ts === 'string' ? container.message_ts : (body.message?.ts ?? null);
  return { channelId, messageTs };
}
