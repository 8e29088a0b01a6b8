import { LogLevel, WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findTaggedMessages,
  nudgeIdsOf,
  THANK_YOU_DM_EVENT,
  thankYouDmMetadata,
  WEEKLY_REVIEW_EVENT,
  weeklyReviewMetadata,
} from '../../src/services/posted-messages.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';

const DM = 'D0OWNER001';
const T0 = new Date('2026-11-25T09:00:00Z').getTime();
const MINUTE = 60_000;

let standIn: SlackStandIn;
let client: WebClient;
let slackNow: number;

beforeEach(async () => {
  slackNow = T0;
  standIn = await startSlackStandIn({ clock: () => slackNow });
  client = new WebClient('xoxb-test', { slackApiUrl: standIn.apiUrl, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
});

afterEach(async () => {
  await standIn.close();
});

function post(text: string, metadata?: ReturnType<typeof thankYouDmMetadata>) {
  return client.chat.postMessage({ channel: DM, text, ...(metadata === undefined ? {} : { metadata }) });
}

describe('the metadata tags', () => {
  it('name a DM’s nudges, and read them back, ignoring anything that is not an id', () => {
    expect(thankYouDmMetadata([3, 14])).toEqual({ event_type: THANK_YOU_DM_EVENT, event_payload: { nudge_ids: '3,14' } });
    expect(nudgeIdsOf({ nudge_ids: '3,14' })).toEqual([3, 14]);
    expect(nudgeIdsOf({ nudge_ids: '3,,x,-2,1.5,9007199254740993,7' })).toEqual([3, 7]);
    expect(nudgeIdsOf({ nudge_ids: 3 })).toEqual([]);
    expect(nudgeIdsOf({})).toEqual([]);
    expect(weeklyReviewMetadata('2026-W49')).toEqual({ event_type: WEEKLY_REVIEW_EVENT, event_payload: { week: '2026-W49' } });
  });
});

describe('findTaggedMessages', () => {
  it('finds only messages of the event type, newest first, from shortly before `since`', async () => {
    slackNow = T0 - 30 * MINUTE;
    await post('too old to matter', thankYouDmMetadata([1]));
    slackNow = T0 - 5 * MINUTE; // before `since`, within the margin for clock skew
    await post('skewed', thankYouDmMetadata([2]));
    slackNow = T0;
    await post('a review', weeklyReviewMetadata('2026-W48'));
    await post('someone typed in the DM');
    const newest = await post('the latest', thankYouDmMetadata([3, 4]));

    const found = await findTaggedMessages(client, { channel: DM, eventType: THANK_YOU_DM_EVENT, since: new Date(T0) });
    expect(found.map((message) => message.payload)).toEqual([{ nudge_ids: '3,4' }, { nudge_ids: '2' }]);
    expect(found[0]?.ts).toBe(newest.ts);
    expect(standIn.calls('conversations.history')[0]?.args).toMatchObject({ channel: DM, include_all_metadata: 'true' });
  });

  it('reads further pages while Slack says there are more', async () => {
    await post('the first, on the last page', thankYouDmMetadata([1]));
    for (let index = 0; index < 210; index += 1) await post(`chatter ${index}`);
    const found = await findTaggedMessages(client, { channel: DM, eventType: THANK_YOU_DM_EVENT, since: new Date(T0) });
    expect(found.map((message) => message.payload)).toEqual([{ nudge_ids: '1' }]);
    expect(standIn.calls('conversations.history')).toHaveLength(2);
  });

  it('makes each call through the caller’s pacing, and passes Slack’s refusal on', async () => {
    let turns = 0;
    const paced = <T>(send: () => Promise<T>): Promise<T> => {
      turns += 1;
      return send();
    };
    await findTaggedMessages(client, { channel: DM, eventType: THANK_YOU_DM_EVENT, since: new Date(T0) }, paced);
    expect(turns).toBe(1);
    standIn.failNext('conversations.history', { error: 'missing_scope' });
    await expect(findTaggedMessages(client, { channel: DM, eventType: THANK_YOU_DM_EVENT, since: new Date(T0) })).rejects.toMatchObject({
      data: { error: 'missing_scope' },
    });
  });
});
