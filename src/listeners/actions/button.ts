import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { recordIdSchema, replyEphemeral, teamIdOf } from '../reply.js';

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/**
 * The workspace and record id a button click is about, read from Slack's payload. A value that is
 * not one of our ids gets a polite ephemeral answer and null.
 */
export async function buttonTarget({ body, action, respond, logger }: ButtonArgs): Promise<{ teamId: string; id: number } | null> {
  const id = recordIdSchema.safeParse(action.value);
  const teamId = teamIdOf(body);
  if (id.success && teamId !== null) return { teamId, id: id.data };
  await replyEphemeral(respond, 'That button is out of date. Please run the check again.', logger);
  return null;
}

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
