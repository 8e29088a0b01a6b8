import { LogLevel, WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRepos } from '../../src/db/repos.js';
import { createWriteBatcher } from '../../src/db/write-batch.js';
import { workingWindow } from '../../src/domain/schedule.js';
import type { Decision } from '../../src/domain/types.js';
import { JsonLogger } from '../../src/logger.js';
import type { Repos } from '../../src/services/deps.js';
import { createInsightsService, type InsightsService } from '../../src/services/insights.js';
import { createSlackUserDirectory } from '../../src/services/slack-users.js';
import type { IgnoredListModel, IgnoredPosition } from '../../src/views/models.js';
import { storeDecidedCheck, storePendingCheck } from '../support/records.js';
import { startSlackStandIn } from '../support/slack-stand-in.js';
import { tempDatabase } from '../support/temp-db.js';

const TEAM = 'T0TEAM0001';
const OWNER = 'U0OWNER001';
const T0 = new Date('2026-11-02T09:00:00.000Z').getTime();
const MINUTE = 60_000;

let database: ReturnType<typeof tempDatabase>;
let repos: Repos;
let insights: InsightsService;
let minute: number;

beforeEach(() => {
  database = tempDatabase();
  repos = createRepos(database.db);
  const logger = new JsonLogger(LogLevel.ERROR, { write: () => undefined });
  // The ignored list never calls Slack: a client that points nowhere.
  const client = new WebClient('xoxb-test', { slackApiUrl: 'http://127.0.0.1:9/api/', retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
  insights = createInsightsService({
    db: database.db,
    repos,
    writes: createWriteBatcher(database.db),
    client,
    users: createSlackUserDirectory({ users: repos.slackUsers, client, logger }),
    logger,
    clock: () => new Date(T0),
    settings: { thankYouDelayMinutes: null, workingWindow: workingWindow('09:00-18:00', 'mon-fri') },
  });
  minute = 0;
});
afterEach(() => database.cleanup());

/** A check decided a minute after the last one; its id. */
function decide(name: string, decision: Decision = 'ignored'): number {
  minute += 1;
  const at = new Date(T0 + minute * MINUTE);
  const id = storeDecidedCheck(repos.invitations, { teamId: TEAM, ownerId: OWNER, name, decision, createdAt: new Date(T0), decidedAt: at });
  // The history, as the decision service keeps it: an empty list counts who left it by a change.
  repos.decisions.append({ invitationId: id, teamId: TEAM, actorId: OWNER, decision, reason: null, note: null, at });
  return id;
}

/** Changes someone on the list back to accepted, as Change decision does. */
function accept(id: number): void {
  minute += 1;
  const at = new Date(T0 + minute * MINUTE);
  const changed = repos.invitations.changeDecision({ teamId: TEAM, id, actorId: OWNER, decision: 'accepted', reason: null, note: null, at });
  expect(changed).toBe(true);
  repos.decisions.append({ invitationId: id, teamId: TEAM, actorId: OWNER, decision: 'accepted', reason: null, note: null, at });
}

/** People 1…n, decided in that order: the list shows n first. Their ids, by number. */
function people(n: number): Map<number, number> {
  return new Map(Array.from({ length: n }, (_, i) => [i + 1, decide(`P${i + 1}`)]));
}

function idOf(ids: Map<number, number>, person: number): number {
  const id = ids.get(person);
  if (id === undefined) throw new Error(`no P${person}`);
  return id;
}

const names = (model: IgnoredListModel) => model.entries.map((entry) => entry.name);
const span = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => `P${from - i}`);

function older(model: IgnoredListModel): IgnoredListModel {
  const from: IgnoredPosition | null = model.olderFrom;
  if (!from) throw new Error('no Older button');
  return insights.ignoredListFrom(TEAM, OWNER, 'older', from);
}

function newer(model: IgnoredListModel): IgnoredListModel {
  const from: IgnoredPosition | null = model.newerFrom;
  if (!from) throw new Error('no Newer button');
  return insights.ignoredListFrom(TEAM, OWNER, 'newer', from);
}

describe('paging the ignored list by position', () => {
  it('pages through, newest first, with Newer and Older where they lead somewhere', () => {
    people(25);
    const first = insights.ignoredList(TEAM, OWNER, 1);
    expect(names(first)).toEqual(span(25, 16));
    expect(first).toMatchObject({ page: 1, pageCount: 3, total: 25, newerFrom: null });
    const second = older(first);
    expect(names(second)).toEqual(span(15, 6));
    expect(second.page).toBe(2);
    const third = older(second);
    expect(names(third)).toEqual(span(5, 1));
    expect(third).toMatchObject({ page: 3, olderFrom: null });
    expect(names(newer(third))).toEqual(span(15, 6));
    expect(names(newer(newer(third)))).toEqual(span(25, 16));
  });

  it('Older repeats nobody when someone is ignored between the clicks', () => {
    people(25);
    const first = insights.ignoredList(TEAM, OWNER, 1);
    decide('Newcomer');
    // By offset, P16 (last on the first page) would be shown again.
    expect(names(older(first))).toEqual(span(15, 6));
  });

  it('Older skips nobody when someone shown is changed back to accepted between the clicks', () => {
    const ids = people(25);
    const first = insights.ignoredList(TEAM, OWNER, 1);
    accept(idOf(ids, 20));
    // By offset, P15 would move up onto the first page and never be seen.
    expect(names(older(first))).toEqual(span(15, 6));
  });

  it('Newer shows the ten right before the page, not the top, when people are ignored meanwhile', () => {
    people(25);
    const second = older(insights.ignoredList(TEAM, OWNER, 1));
    decide('Newcomer A');
    decide('Newcomer B');
    const back = newer(second);
    // By offset, page 1 would now be the newcomers and P25…P18: P17 and P16 skipped.
    expect(names(back)).toEqual(span(25, 16));
    // Not "Page 1": two are newer, a page of their own before this one; fifteen older make two more.
    expect(back).toMatchObject({ page: 2, total: 27, pageCount: 4 });
    expect(back.newerFrom).not.toBeNull();
    // Less than a page above it: the newest page.
    expect(newer(back)).toMatchObject({ page: 1, newerFrom: null });
    expect(names(newer(back))).toEqual(['Newcomer B', 'Newcomer A', ...span(25, 18)]);
  });

  it('Newer skips and repeats nobody when someone before the page is changed back to accepted', () => {
    const ids = people(35);
    const third = older(older(insights.ignoredList(TEAM, OWNER, 1)));
    expect(names(third)).toEqual(span(15, 6));
    accept(idOf(ids, 20));
    // By offset, P25 would be repeated; here the ten right before P15, still there.
    expect(names(newer(third))).toEqual([...span(26, 21), ...span(19, 16)]);
  });

  it('Newer with less than a page above shows the newest page', () => {
    const ids = people(25);
    const second = older(insights.ignoredList(TEAM, OWNER, 1));
    accept(idOf(ids, 25));
    const back = newer(second);
    expect(names(back)).toEqual(span(24, 15));
    expect(back).toMatchObject({ page: 1, newerFrom: null, total: 24 });
  });

  it('Older with everything past the page changed away shows the last page, not an empty one', () => {
    const ids = people(15);
    const first = insights.ignoredList(TEAM, OWNER, 1);
    for (let person = 1; person <= 5; person += 1) accept(idOf(ids, person));
    const emptied = older(first);
    expect(names(emptied)).toEqual(span(15, 6));
    expect(emptied).toMatchObject({ page: 1, pageCount: 1, total: 10, newerFrom: null, olderFrom: null, pastTheEnd: true });
  });

  it('Older on a later page, everything past it gone, shows the page before: the last one now', () => {
    const ids = people(25);
    const second = older(insights.ignoredList(TEAM, OWNER, 1));
    for (let person = 1; person <= 5; person += 1) accept(idOf(ids, person));
    const last = older(second);
    expect(names(last)).toEqual(span(15, 6));
    expect(last).toMatchObject({ page: 2, pageCount: 2, total: 20, olderFrom: null, pastTheEnd: true });
    expect(last.newerFrom).not.toBeNull();
  });

  it('Older with everyone gone gives the empty list, counting who was changed to accepted', () => {
    const ids = people(12);
    const first = insights.ignoredList(TEAM, OWNER, 1);
    for (let person = 1; person <= 12; person += 1) accept(idOf(ids, person));
    expect(older(first)).toMatchObject({ entries: [], total: 0, movedOff: 12 });
    // Accepted from the start, never on the list: not counted; nor anyone else's.
    decide('Straight Accept', 'accepted');
    const other = storeDecidedCheck(repos.invitations, { teamId: TEAM, ownerId: 'U0OTHER001', name: 'Theirs', decision: 'accepted', createdAt: new Date(T0), decidedAt: new Date(T0) });
    repos.decisions.append({ invitationId: other, teamId: TEAM, actorId: 'U0OTHER001', decision: 'declined', reason: null, note: null, at: new Date(T0) });
    expect(insights.ignoredList(TEAM, OWNER, 1)).toMatchObject({ total: 0, movedOff: 12 });
    // Someone on the list again: no count, the list speaks for itself.
    decide('Listed Again');
    expect(insights.ignoredList(TEAM, OWNER, 1)).toMatchObject({ total: 1, movedOff: 0 });
  });

  it('numbers a page by how many are listed before it, even when pages no longer fall on tens', () => {
    const ids = people(25);
    const first = insights.ignoredList(TEAM, OWNER, 1);
    const from = first.olderFrom;
    if (!from) throw new Error('no Older button');
    expect(insights.ignoredListFrom(TEAM, OWNER, 'older', from)).toMatchObject({ page: 2, pageCount: 3 });
    const last = insights.ignoredListFrom(TEAM, OWNER, 'older', { decidedAt: new Date(T0 + 6 * MINUTE), invitationId: idOf(ids, 6) });
    expect(last).toMatchObject({ page: 3, pageCount: 3, olderFrom: null });
    expect(insights.ignoredListFrom(TEAM, OWNER, 'newer', from)).toMatchObject({ page: 1, newerFrom: null });
    expect(insights.ignoredList(TEAM, OWNER, 99).page).toBe(3);
    // Three on the first page changed back to accepted: seven are listed before the next page,
    // which is page 2 of 3 (and has a Newer), not a page 1 with a Newer button.
    for (const person of [25, 24, 23]) accept(idOf(ids, person));
    const next = older(first);
    expect(names(next)).toEqual(span(15, 6));
    expect(next).toMatchObject({ page: 2, pageCount: 3, total: 22 });
    expect(next.newerFrom).not.toBeNull();
  });
});

describe("the weekly review's word about the ratio", () => {
  it("counts every decision so far, not the week's, and says so", () => {
    const monthAgo = new Date(T0 - 30 * 24 * 60 * MINUTE);
    for (let i = 1; i <= 8; i += 1) {
      storeDecidedCheck(repos.invitations, { teamId: TEAM, ownerId: OWNER, name: `Old ${i}`, decision: 'ignored', createdAt: monthAgo, decidedAt: monthAgo });
    }
    decide('This week', 'accepted');
    const review = insights.review(TEAM, OWNER, new Date(T0));
    // The review lists one decision this week; the sentence under it is about all nine.
    expect(review?.decidedThisWeek.counts).toMatchObject({ accepted: 1, ignored: 0 });
    expect(review?.ratioNote).toMatch(/^So far you've passed on 8 of the 9 invitations you decided on, /);
  });
});

describe('a weekly review redrawn after a click', () => {
  it('keeps the days its decisions were of: since the review before it, not the last seven', () => {
    const day = 24 * 60 * MINUTE;
    const review = (week: string, sentAt: number, ts: string | null) =>
      database.db
        .prepare(`INSERT INTO weekly_reviews (team_id, user_id, week, status, claimed_at, sent_at, channel_id, message_ts) VALUES (?, ?, ?, 'sent', ?, ?, ?, ?)`)
        .run(TEAM, OWNER, week, sentAt, sentAt, ts === null ? null : 'D0OWNERDM1', ts);
    // Reviews ten days apart (the working days changed), the newer one a minute ago.
    review('2026-W44-7', T0 - 10 * day, null);
    review('2026-W45-3', T0 - MINUTE, '1793000000.000100');
    storeDecidedCheck(repos.invitations, { teamId: TEAM, ownerId: OWNER, name: 'Before both', decision: 'accepted', createdAt: new Date(T0 - 12 * day), decidedAt: new Date(T0 - 12 * day) });
    storeDecidedCheck(repos.invitations, { teamId: TEAM, ownerId: OWNER, name: 'Between them', decision: 'accepted', createdAt: new Date(T0 - 9 * day), decidedAt: new Date(T0 - 9 * day) });
    const redrawn = JSON.stringify(insights.currentReview(TEAM, OWNER, { channelId: 'D0OWNERDM1', ts: '1793000000.000100' }).blocks);
    expect(redrawn).toContain('*Decided since your last review* (1)');
    expect(redrawn).toContain('Between them');
    expect(redrawn).not.toContain('Before both');
    // Asked for with /invite-check review: the last seven days, which had nothing.
    expect(JSON.stringify(insights.currentReview(TEAM, OWNER).blocks)).toContain('nothing was decided in the last seven days');
  });
});

describe('a weekly review redrawn to nothing', () => {
  it('says it for the days the review covered: since the review before it, five days back, not the last seven', () => {
    const day = 24 * 60 * MINUTE;
    const review = (week: string, sentAt: number, ts: string | null) =>
      database.db
        .prepare(`INSERT INTO weekly_reviews (team_id, user_id, week, status, claimed_at, sent_at, channel_id, message_ts) VALUES (?, ?, ?, 'sent', ?, ?, ?, ?)`)
        .run(TEAM, OWNER, week, sentAt, sentAt, ts === null ? null : 'D0OWNERDM1', ts);
    // Reviews five days apart (the working days changed); a decision six days ago, before both.
    review('2026-W44-5', T0 - 5 * day, null);
    review('2026-W45-3', T0 - MINUTE, '1793000000.000100');
    storeDecidedCheck(repos.invitations, { teamId: TEAM, ownerId: OWNER, name: 'Six days ago', decision: 'accepted', createdAt: new Date(T0 - 6 * day), decidedAt: new Date(T0 - 6 * day) });
    const redrawn = JSON.stringify(insights.currentReview(TEAM, OWNER, { channelId: 'D0OWNERDM1', ts: '1793000000.000100' }).blocks);
    expect(redrawn).toContain('Nothing to review right now');
    expect(redrawn).toContain('nothing was decided since your last review');
    expect(redrawn).not.toContain('in the last seven days');
    // Asked for: the last seven days, which had the decision.
    expect(JSON.stringify(insights.currentReview(TEAM, OWNER).blocks)).toContain('*Decided in the last seven days* (1)');
  });
});

describe('a first weekly review redrawn days later', () => {
  it('keeps a heading that is true when it is redrawn: the last seven days are counted back from then', () => {
    const day = 24 * 60 * MINUTE;
    const review = (week: string, sentAt: number, ts: string | null) =>
      database.db
        .prepare(`INSERT INTO weekly_reviews (team_id, user_id, week, status, claimed_at, sent_at, channel_id, message_ts) VALUES (?, ?, ?, 'sent', ?, ?, ?, ?)`)
        .run(TEAM, OWNER, week, sentAt, sentAt, ts === null ? null : 'D0OWNERDM1', ts);
    // A first review five days ago, clicked now.
    review('2026-W44-3', T0 - 5 * day, '1793000000.000100');
    storeDecidedCheck(repos.invitations, { teamId: TEAM, ownerId: OWNER, name: 'Eleven days ago', decision: 'accepted', createdAt: new Date(T0 - 11 * day), decidedAt: new Date(T0 - 11 * day) });
    storeDecidedCheck(repos.invitations, { teamId: TEAM, ownerId: OWNER, name: 'Two days ago', decision: 'accepted', createdAt: new Date(T0 - 2 * day), decidedAt: new Date(T0 - 2 * day) });
    const redrawn = JSON.stringify(insights.currentReview(TEAM, OWNER, { channelId: 'D0OWNERDM1', ts: '1793000000.000100' }).blocks);
    expect(redrawn).toContain('*Decided in the last seven days* (1)');
    expect(redrawn).toContain('Two days ago');
    expect(redrawn).not.toContain('Eleven days ago');
  });
});

describe('links to cards on the Home tab, when Slack asks to wait', () => {
  it('skipped lookups spend no turn: once the Retry-After is over, the links are asked again', async () => {
    const standIn = await startSlackStandIn({ teamId: TEAM });
    try {
      standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
      // As the app's sweeps' client: a 429 comes back at once.
      const client = new WebClient('xoxb-test', { slackApiUrl: standIn.apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
      const logger = new JsonLogger(LogLevel.ERROR, { write: () => undefined });
      const home = createInsightsService({
        db: database.db,
        repos,
        writes: createWriteBatcher(database.db),
        client,
        linksClient: client,
        users: createSlackUserDirectory({ users: repos.slackUsers, client, logger }),
        logger,
        clock: () => new Date(T0),
        settings: { thankYouDelayMinutes: null, workingWindow: workingWindow('09:00-18:00', 'mon-fri') },
      });
      // Ten waiting checks, each with its card posted in a channel.
      for (let n = 1; n <= 10; n += 1) {
        const id = storePendingCheck(repos.invitations, { teamId: TEAM, ownerId: OWNER, name: `P${n}`, createdAt: new Date(T0 - n * MINUTE) });
        const posted = await client.chat.postMessage({ channel: 'C0CHANNEL1', text: `card ${n}` });
        repos.invitations.setCardLocation(TEAM, id, { channelId: 'C0CHANNEL1', messageTs: posted.ts ?? '', responseUrl: null }, new Date(T0));
      }
      // The pacer's clock is the real one: held still while Home is published again and again.
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
      const asked = () => standIn.calls('chat.getPermalink').length;
      standIn.failNext('chat.getPermalink', { status: 429, retryAfter: 30 }, 10);
      expect(await home.publishHomeOn(client, TEAM, OWNER)).toBe('published');
      expect(asked()).toBe(10);
      // Within the Retry-After, 20 publishes ask nothing (200 lookups skipped).
      for (let n = 0; n < 20; n += 1) expect(await home.publishHomeOn(client, TEAM, OWNER)).toBe('published');
      expect(asked()).toBe(10);

      vi.setSystemTime(Date.now() + 31_000);
      expect(await home.publishHomeOn(client, TEAM, OWNER)).toBe('published');
      expect(asked()).toBe(20);
      const published = JSON.stringify(standIn.calls('views.publish').at(-1)?.args.view);
      expect(published.match(/Open the card/g)).toHaveLength(10);
    } finally {
      vi.useRealTimers();
      await standIn.close();
    }
  });
});
