import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/views/ids.js';
import { createNudgesRepo } from '../../src/db/nudges-repo.js';
import { buttonValue } from '../support/calls.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, TEAM, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';

// Sent it on an owed thank-you in a weekly review (block review:owed:<id>), whatever became of the
// reminder since the review was drawn.

const PRIYA = 'Priya Raman | Head of Data at Northwind | 14 mutual';

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let clock: ReturnType<typeof manualClock>;
let app: TestApp;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  database = tempDatabasePath();
  clock = manualClock('2026-11-24T10:00:00Z');
  app = await startTestApp({ standIn, databasePath: database.path, clock: clock.now });
});

afterEach(async () => {
  await app.stop();
  await standIn.close();
  database.cleanup();
});

async function acceptedNudge(): Promise<number> {
  await app.command(PRIYA);
  const card = standIn.calls('chat.postMessage').at(-1);
  await app.click({ user_id: OWNER, action_id: ACTIONS.accept, value: buttonValue(card, ACTIONS.accept), channel_id: CHANNEL, message_ts: String(card?.response.ts) });
  return (app.db.prepare('SELECT id FROM thank_you_nudges ORDER BY id DESC LIMIT 1').get() as { id: number }).id;
}

function clickSentIt(nudgeId: number, id: string) {
  return app.click({
    user_id: OWNER,
    action_id: ACTIONS.nudgeSent,
    value: String(nudgeId),
    block_id: `review:owed:${nudgeId}`,
    container: { type: 'message', message_ts: '1700000000.000999', channel_id: 'D0OWNER001', is_ephemeral: true },
    response_url: standIn.responseUrl(id),
  });
}

async function sentItInReview(nudgeId: number, id: string) {
  await app.command('review', { responseUrlId: `review-${id}` });
  const review = JSON.stringify(standIn.responsePosts(`review-${id}`).at(-1)?.body);
  await clickSentIt(nudgeId, id);
  const posts = standIn.responsePosts(id).map((post) => post.body as { text?: string; replace_original?: boolean });
  return { review, posts, answers: posts.filter((post) => post.replace_original !== true).map((post) => post.text ?? '') };
}

const statusOf = (nudgeId: number) => (app.db.prepare('SELECT status FROM thank_you_nudges WHERE id = ?').get(nudgeId) as { status: string }).status;

describe('Sent it from a weekly review', () => {
  it('finishes a reminder a sweep has claimed but not begun to post: that sweep then posts nothing', async () => {
    const nudgeId = await acceptedNudge();
    // A sweep claims it (scheduled -> sending) and has not stamped or posted it yet.
    app.db.prepare("UPDATE thank_you_nudges SET status = 'sending', claim_token = 'sweep-1', claimed_at = ? WHERE id = ?").run(Date.parse('2026-11-24T10:00:00Z'), nudgeId);
    const { posts } = await sentItInReview(nudgeId, 'claimed');
    expect(posts.some((post) => post.replace_original === true)).toBe(true);
    expect(statusOf(nudgeId)).toBe('done');
    // The claiming sweep's stamp before posting finds its claim gone.
    expect(createNudgesRepo(app.db).markPostStarted([nudgeId], 'sweep-1', new Date('2026-11-24T10:00:01Z'))).toEqual([]);
  });

  it('says a reminder whose first post Slack never answered is on its way, not snoozed, and leaves it to the sweep', async () => {
    const nudgeId = await acceptedNudge();
    // A sweep stamped it, Slack never answered the post, the sweep let it go (the stamp kept, for the next to check).
    app.db.prepare('UPDATE thank_you_nudges SET post_started_at = ?, attempts = 1 WHERE id = ?').run(Date.parse('2026-11-24T10:00:00Z'), nudgeId);
    const { answers } = await sentItInReview(nudgeId, 'uncertain');
    expect(answers).toEqual(['Your thank-you reminder about Priya Raman is on its way to your DM with me: use its buttons there when it arrives.']);
    expect(statusOf(nudgeId)).toBe('scheduled');
  });

  it('redraws a review naming a reminder that is gone since, so no dead button stays', async () => {
    const nudgeId = await acceptedNudge();
    await app.command('review', { responseUrlId: 'review-gone' });
    app.db.prepare('DELETE FROM thank_you_nudges WHERE id = ?').run(nudgeId);
    await clickSentIt(nudgeId, 'gone');
    const posts = standIn.responsePosts('gone').map((post) => post.body as { text?: string; replace_original?: boolean });
    const redrawn = posts.find((post) => post.replace_original === true);
    expect(JSON.stringify(redrawn)).not.toContain(`review:owed:${nudgeId}`);
    expect(posts.map((post) => post.text)).toContain("I couldn't find that reminder any more.");
  });
});
