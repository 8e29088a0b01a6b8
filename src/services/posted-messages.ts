import type { MessageMetadata } from '@slack/types';
import type { WebClient } from '@slack/web-api';

/**
 * chat.postMessage has no idempotency key: a process that dies after Slack took a DM but before
 * it recorded the answer cannot tell from its own records whether the DM went out. So every DM a
 * sweep sends is tagged with message metadata naming what it is for, and a later sweep that finds
 * a post left unrecorded reads the DM's history for the tag before it sends again.
 */
export const THANK_YOU_DM_EVENT = 'thank_you_nudge_sent';
export const WEEKLY_REVIEW_EVENT = 'weekly_review_sent';

/** The tag on a thank-you DM: the nudges it carries (Slack's payload values are scalars, so a list in a string). */
export function thankYouDmMetadata(nudgeIds: readonly number[]): MessageMetadata {
  return { event_type: THANK_YOU_DM_EVENT, event_payload: { nudge_ids: nudgeIds.join(',') } };
}

export function nudgeIdsOf(payload: Readonly<Record<string, unknown>>): number[] {
  const ids = payload.nudge_ids;
  if (typeof ids !== 'string') return [];
  return ids
    .split(',')
    .map((id) => Number(id))
    .filter((id) => Number.isSafeInteger(id) && id > 0);
}

export function weeklyReviewMetadata(week: string): MessageMetadata {
  return { event_type: WEEKLY_REVIEW_EVENT, event_payload: { week } };
}

export interface TaggedMessage {
  ts: string;
  payload: Record<string, unknown>;
}

/** Slack's clock and ours may disagree: the history is read from this much before our record. */
const CLOCK_MARGIN_MS = 10 * 60 * 1000;
/** Slack recommends pages of at most 200. */
const PAGE_SIZE = 200;
/** A DM with the app sees a handful of messages an hour; more than this in the window is not ours to page through. */
const MAX_PAGES = 3;

/**
 * The messages in `channel` since `since` (less a margin for clock skew) that carry metadata of
 * `eventType`, newest first. Each page is one conversations.history call, made through `call`
 * (the caller's rate-limit pacing). Needs the history scope for the conversation (im:history for
 * a DM with the app).
 */
export async function findTaggedMessages(
  client: WebClient,
  query: { channel: string; eventType: string; since: Date },
  call: <T>(send: () => Promise<T>) => Promise<T> = (send) => send(),
): Promise<TaggedMessage[]> {
  const oldest = slackTimestamp(query.since.getTime() - CLOCK_MARGIN_MS);
  const found: TaggedMessage[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await call(() =>
      client.conversations.history({
        channel: query.channel,
        oldest,
        limit: PAGE_SIZE,
        include_all_metadata: true,
        ...(cursor === undefined ? {} : { cursor }),
      }),
    );
    for (const message of result.messages ?? []) {
      const payload: unknown = message.metadata?.event_payload;
      if (message.metadata?.event_type !== query.eventType || typeof message.ts !== 'string') continue;
      found.push({ ts: message.ts, payload: isRecord(payload) ? payload : {} });
    }
    cursor = result.response_metadata?.next_cursor;
    if (result.has_more !== true || cursor === undefined || cursor === '') break;
  }
  return found;
}

/** A Slack `oldest`/`latest` argument: seconds with microseconds. */
function slackTimestamp(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(6);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
