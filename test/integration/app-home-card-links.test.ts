/**
 * The Home tab links each waiting invitation to its card, which has what Home's two buttons do not
 * (Decline, Block, Edit details, teammates' words). The link is Slack's own (chat.getPermalink),
 * asked once when Home first lists the check, kept, and never asked on the check path; a link Slack
 * will not give leaves the item without one, and Home publishes all the same. The real app over a
 * real SQLite file, signed requests, and the Slack stand-in.
 */
import type { HomeView } from '@slack/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepos } from '../../src/db/repos.js';
import { removeExpiredDetails } from '../../src/jobs/retention.js';
import { HOME_LINKS_WAIT_MS } from '../../src/services/insights.js';
import { ACTIONS } from '../../src/views/ids.js';
import { assertNoForeignControlSequences, assertValidHomeView, collectMrkdwn } from '../support/block-kit.js';
import { buttonValue } from '../support/calls.js';
import { PRIYA_PASTE } from '../support/pastes.js';
import { eventCallbackBody } from '../support/slack-requests.js';
import { startSlackStandIn, type RecordedCall, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, TEAM, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';

const PRIYA = 'Priya Raman | Head of Data Partnerships at Northwind | 4 mutual | linkedin.com/in/priya-raman-data';
const BO = 'Bo Lind | Founder at Quill | 2 mutual | linkedin.com/in/bo-lind';

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let app: TestApp;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  database = tempDatabasePath();
  app = await startTestApp({ standIn, databasePath: database.path, clock: manualClock('2026-11-24T10:00:00Z').now, logLevel: 'info' });
});

afterEach(async () => {
  await app.stop();
  await standIn.close();
  database.cleanup();
});

interface Card {
  invitationId: string;
  channel: string;
  ts: string;
}

/** `/invite-check` with `text` in CHANNEL: the card it posted. */
async function check(text: string): Promise<Card> {
  await app.command(text);
  const card = standIn.calls('chat.postMessage').at(-1);
  return { invitationId: buttonValue(card, ACTIONS.accept), channel: String(card?.response.channel), ts: String(card?.response.ts) };
}

/** The link Slack (the stand-in) gives to a card in a channel. */
function linkTo(card: Card): string {
  return `https://standin.slack.com/archives/${card.channel}/p${card.ts.replace('.', '')}`;
}

function links(): RecordedCall[] {
  return standIn.calls('chat.getPermalink');
}

/** The owner opens the Home tab: the view published, valid, linking only where Slack said. */
async function openHome(): Promise<HomeView> {
  const before = standIn.calls('views.publish').length;
  await app.send(eventCallbackBody({ team_id: TEAM, event: { type: 'app_home_opened', user: OWNER, channel: `D${OWNER.slice(1)}`, tab: 'home' } }), {
    headers: { 'content-type': 'application/json' },
  });
  const published = standIn.calls('views.publish').slice(before);
  expect(published.map((call) => call.args.user_id)).toEqual([OWNER]);
  const view = published[0]?.args.view as HomeView;
  assertValidHomeView(view);
  const given = links().flatMap((call) => (typeof call.response.permalink === 'string' ? [call.response.permalink] : []));
  assertNoForeignControlSequences(JSON.stringify(collectMrkdwn(view)), [OWNER], ['https://www.linkedin.com/in/priya-raman-data', 'https://www.linkedin.com/in/bo-lind'], given);
  return view;
}

/** The text of the waiting item of `name` on a Home tab. */
function item(view: HomeView, name: string): string {
  return collectMrkdwn(view.blocks).find((text) => text.startsWith(`*${name}*\n`)) ?? '';
}

function keptLink(card: Card): string | null {
  return (app.db.prepare('SELECT card_permalink AS link FROM invitations WHERE id = ?').get(Number(card.invitationId)) as { link: string | null }).link;
}

function warnings(): string[] {
  return app.logLines.filter((line) => line.includes('Some links to cards on the Home tab could not be had from Slack'));
}

describe('links from the Home tab to the cards', () => {
  it('are asked of Slack once, when Home first lists a check, never on the check path, and kept', async () => {
    const priya = await check(PRIYA);
    const bo = await check(BO);
    // The check path asks nothing more of Slack.
    expect(links()).toEqual([]);

    const home = await openHome();
    expect(links().map((call) => call.args).sort((a, b) => String(a.message_ts).localeCompare(String(b.message_ts)))).toEqual([
      { channel: CHANNEL, message_ts: priya.ts },
      { channel: CHANNEL, message_ts: bo.ts },
    ]);
    expect(item(home, 'Priya Raman')).toMatch(new RegExp(` · <${linkTo(priya).replaceAll('.', '\\.')}\\|Open the card>$`));
    expect(item(home, 'Bo Lind')).toContain(` · <${linkTo(bo)}|Open the card>`);
    expect(keptLink(priya)).toBe(linkTo(priya));

    // Again: the kept links, and no call.
    const again = await openHome();
    expect(links()).toHaveLength(2);
    expect(item(again, 'Priya Raman')).toContain(`<${linkTo(priya)}|Open the card>`);
    // A decision's Home refresh reuses them too.
    await app.click({ user_id: OWNER, action_id: ACTIONS.accept, value: bo.invitationId, channel_id: CHANNEL, message_ts: bo.ts });
    const afterClick = standIn.calls('views.publish').at(-1)?.args.view as HomeView;
    expect(item(afterClick, 'Priya Raman')).toContain(`<${linkTo(priya)}|Open the card>`);
    expect(links()).toHaveLength(2);
    expect(warnings()).toEqual([]);
  });

  it('link a card posted in a thread to it in its thread', async () => {
    // "Check this invitation" on a reply posts the card in that reply's thread.
    await app.shortcut({ text: PRIYA_PASTE, ts: '1700000200.000300', thread_ts: '1700000100.000100' });
    const inThread = standIn.calls('chat.postMessage').at(-1);
    expect(inThread?.args.thread_ts).toBe('1700000100.000100');
    const threadCard: Card = { invitationId: buttonValue(inThread, ACTIONS.accept), channel: CHANNEL, ts: String(inThread?.response.ts) };
    const home = await openHome();
    expect(item(home, 'Priya Raman')).toContain(`<${linkTo(threadCard)}?thread_ts=1700000100.000100&amp;cid=${CHANNEL}|Open the card>`);
  });

  it('say nothing for a card never posted as a message, and ask nothing about it', async () => {
    const priya = await check(PRIYA);
    // Shown only privately (every post refused but the private copy): no message to link to.
    app.db.prepare("UPDATE invitations SET message_ts = NULL, response_url = 'https://hooks.slack.test/x' WHERE id = ?").run(Number(priya.invitationId));
    const home = await openHome();
    expect(item(home, 'Priya Raman')).not.toContain('Open the card');
    expect(item(home, 'Priya Raman')).toContain('Head of Data Partnerships at Northwind');
    expect(links()).toEqual([]);
  });

  it('still publish Home when Slack fails, log it, and ask again on the next publish', async () => {
    const priya = await check(PRIYA);
    standIn.failNext('chat.getPermalink', { error: 'internal_error' });
    const home = await openHome();
    expect(item(home, 'Priya Raman')).not.toContain('Open the card');
    expect(item(home, 'Priya Raman')).toContain('Head of Data Partnerships at Northwind');
    expect(warnings()).toHaveLength(1);
    expect(JSON.parse(warnings()[0] ?? '{}')).toMatchObject({ asked: 1, failed: 1, failure: 'internal_error' });
    expect(keptLink(priya)).toBeNull();

    const next = await openHome();
    expect(links()).toHaveLength(2);
    expect(item(next, 'Priya Raman')).toContain(`<${linkTo(priya)}|Open the card>`);
  });

  it('still publish Home when Slack says the card is gone, and do not ask about it on every publish', async () => {
    const priya = await check(PRIYA);
    // Someone deleted the card in Slack.
    standIn.reset();
    const home = await openHome();
    expect(links().map((call) => call.response)).toEqual([{ ok: false, error: 'message_not_found' }]);
    expect(item(home, 'Priya Raman')).not.toContain('Open the card');
    expect(JSON.parse(warnings()[0] ?? '{}')).toMatchObject({ asked: 1, failed: 1, failure: 'message_not_found' });
    await openHome();
    expect(links()).toHaveLength(1);
    expect(keptLink(priya)).toBeNull();
  });

  it('still publish Home on a rate limit, and hold every lookup back for its Retry-After', async () => {
    await check(PRIYA);
    await check(BO);
    standIn.failNext('chat.getPermalink', { status: 429, retryAfter: 30 }, 2);
    const home = await openHome();
    expect(links()).toHaveLength(2);
    expect(item(home, 'Priya Raman')).not.toContain('Open the card');
    expect(item(home, 'Bo Lind')).not.toContain('Open the card');
    expect(JSON.parse(warnings()[0] ?? '{}')).toMatchObject({ asked: 2, failed: 2, failure: 'ratelimited (retry after 30s)' });
    // Within the Retry-After, nothing is asked: Home shows at once, without the links.
    await openHome();
    expect(links()).toHaveLength(2);
    expect(JSON.parse(warnings()[1] ?? '{}')).toMatchObject({ asked: 2, failed: 0, paced: 2 });
  });

  it('do not hold Home back for a slow answer, and keep the link it brings for the next publish', async () => {
    const priya = await check(PRIYA);
    const release = standIn.holdNext('chat.getPermalink');
    const started = Date.now();
    const home = await openHome();
    expect(Date.now() - started).toBeLessThan(HOME_LINKS_WAIT_MS + 3000);
    expect(item(home, 'Priya Raman')).not.toContain('Open the card');
    expect(JSON.parse(warnings()[0] ?? '{}')).toMatchObject({ asked: 1, failure: 'no answer in time' });
    release();
    await expect.poll(() => keptLink(priya)).toBe(linkTo(priya));
    const next = await openHome();
    expect(links()).toHaveLength(1);
    expect(item(next, 'Priya Raman')).toContain(`<${linkTo(priya)}|Open the card>`);
  });

  it('do not hold a click back: its refresh of Home asks for links, shows them from the next publish', async () => {
    const priya = await check(PRIYA);
    const bo = await check(BO);
    // Home not opened yet: no link is kept, and Slack is slow to give Bo's.
    const release = standIn.holdNext('chat.getPermalink');
    const started = Date.now();
    await app.click({ user_id: OWNER, action_id: ACTIONS.decline, value: priya.invitationId, channel_id: CHANNEL, message_ts: priya.ts });
    // The decline draft (what the click shows next) and the Home refresh went without waiting for it.
    expect(Date.now() - started).toBeLessThan(HOME_LINKS_WAIT_MS);
    expect(JSON.stringify(standIn.responsePosts('action').at(-1)?.body)).toContain('Priya');
    expect(links().map((call) => call.args)).toEqual([{ channel: CHANNEL, message_ts: bo.ts }]);
    const refreshed = standIn.calls('views.publish').at(-1)?.args.view as HomeView;
    expect(item(refreshed, 'Bo Lind')).toContain('Founder at Quill');
    expect(item(refreshed, 'Bo Lind')).not.toContain('Open the card');

    // Its answer is kept when it comes, and shown from the next publish on, asked no more.
    release();
    await expect.poll(() => keptLink(bo)).toBe(linkTo(bo));
    const home = await openHome();
    expect(item(home, 'Bo Lind')).toContain(`<${linkTo(bo)}|Open the card>`);
    expect(links()).toHaveLength(1);
    expect(warnings()).toEqual([]);
  });

  it('do not show a link Slack gave for where the card was, when it moved while Slack answered', async () => {
    const bo = await check(BO);
    const release = standIn.holdNext('chat.getPermalink');
    const opening = openHome();
    await expect.poll(() => links().length).toBe(1);
    // Bo's card is noted at another place meanwhile (a copy adopted, a late card, a post elsewhere).
    createRepos(app.db).invitations.setCardLocation(TEAM, Number(bo.invitationId), { channelId: 'D0OWNERDM1', messageTs: '1700000001.000100', responseUrl: null }, new Date());
    release();
    const home = await opening;
    expect(item(home, 'Bo Lind')).toContain('Founder at Quill');
    expect(item(home, 'Bo Lind')).not.toContain('Open the card');
    expect(keptLink(bo)).toBeNull();
  });

  it('never publish, after the wait for links, a Home older than a click made during it', async () => {
    const priya = await check(PRIYA);
    await check(BO);
    // Home opened while Slack is slow to give a link: its publish waits for it.
    const release = standIn.holdNext('chat.getPermalink');
    const opening = app.send(eventCallbackBody({ team_id: TEAM, event: { type: 'app_home_opened', user: OWNER, channel: `D${OWNER.slice(1)}`, tab: 'home' } }), {
      headers: { 'content-type': 'application/json' },
    });
    await expect.poll(() => links().length).toBe(2);
    // Meanwhile the owner accepts Priya, and the click refreshes Home at once.
    await app.click({ user_id: OWNER, action_id: ACTIONS.accept, value: priya.invitationId, channel_id: CHANNEL, message_ts: priya.ts });
    const afterClick = standIn.calls('views.publish').at(-1)?.args.view as HomeView;
    expect(item(afterClick, 'Priya Raman')).toBe('');
    release();
    await opening;
    // The Home published last is the one after the click: Priya is no longer waiting there.
    const last = standIn.calls('views.publish').at(-1)?.args.view as HomeView;
    assertValidHomeView(last);
    expect(item(last, 'Priya Raman')).toBe('');
    expect(item(last, 'Bo Lind')).toContain('Founder at Quill');
  });

  it('ask once about a card while its link is on its way, however many publishes come meanwhile', async () => {
    const priya = await check(PRIYA);
    const bo = await check(BO);
    const release = standIn.holdNext('chat.getPermalink');
    const opening = app.send(eventCallbackBody({ team_id: TEAM, event: { type: 'app_home_opened', user: OWNER, channel: `D${OWNER.slice(1)}`, tab: 'home' } }), {
      headers: { 'content-type': 'application/json' },
    });
    await expect.poll(() => links().length).toBe(2);
    const held = links()[0]?.args.message_ts === priya.ts ? priya : bo;
    const other = held === priya ? bo : priya;
    // A click refreshes Home while one lookup is still out: the other card is decided, the held one stays.
    await app.click({ user_id: OWNER, action_id: ACTIONS.accept, value: other.invitationId, channel_id: CHANNEL, message_ts: other.ts });
    expect(links().map((call) => call.args.message_ts)).toEqual([held.ts, other.ts]);
    release();
    await opening;
    await expect.poll(() => keptLink(held)).toBe(linkTo(held));
    expect(links()).toHaveLength(2);
  });

  it('are let go of when the person is forgotten', async () => {
    const priya = await check(PRIYA);
    await check(BO);
    await openHome();
    expect(keptLink(priya)).toBe(linkTo(priya));

    await app.command('forget Priya Raman', { responseUrlId: 'forget' });
    const confirm = standIn.responsePosts('forget').at(-1)?.body;
    const ids = buttonValue({ method: 'response_url', args: confirm ?? {}, token: null, at: 0, response: {} }, ACTIONS.forgetConfirm);
    await app.click({ user_id: OWNER, action_id: ACTIONS.forgetConfirm, value: ids, response_url: standIn.responseUrl('forget-done') });
    expect(JSON.stringify(standIn.responsePosts('forget-done').at(-1)?.body)).toContain('removed 1 invitation you checked');

    // Nothing the app keeps holds the link any more, and the Home tab it published shows none.
    for (const { name } of app.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]) {
      expect(JSON.stringify(app.db.prepare(`SELECT * FROM ${name}`).all()), name).not.toContain(linkTo(priya));
    }
    const home = standIn.calls('views.publish').at(-1)?.args.view as HomeView;
    expect(JSON.stringify(home)).not.toContain(linkTo(priya));
    expect(item(home, 'Bo Lind')).toContain('Open the card');
  });

  it('are let go of when the retention purge removes a decided check’s details, and when its card moves', async () => {
    const priya = await check(PRIYA);
    const bo = await check(BO);
    await openHome();
    expect(keptLink(priya)).toBe(linkTo(priya));
    expect(keptLink(bo)).toBe(linkTo(bo));

    // Bo's card noted at another place: the link to the old one goes.
    const repos = createRepos(app.db);
    repos.invitations.setCardLocation(TEAM, Number(bo.invitationId), { channelId: CHANNEL, messageTs: bo.ts, responseUrl: null }, new Date());
    expect(keptLink(bo)).toBe(linkTo(bo));
    repos.invitations.setCardLocation(TEAM, Number(bo.invitationId), { channelId: 'D0OWNERDM1', messageTs: '1700000001.000100', responseUrl: null }, new Date());
    expect(keptLink(bo)).toBeNull();
    // A link asked for the old place, answered after the move, is not kept.
    expect(repos.invitations.noteCardPermalink(TEAM, Number(bo.invitationId), { channelId: CHANNEL, messageTs: bo.ts }, linkTo(bo))).toBe(false);
    expect(keptLink(bo)).toBeNull();

    // Priya ignored, and purged a year later.
    await app.click({ user_id: OWNER, action_id: ACTIONS.decline, value: priya.invitationId, channel_id: CHANNEL, message_ts: priya.ts });
    expect(keptLink(priya)).toBe(linkTo(priya));
    expect(await removeExpiredDetails({ ...app.instance.retentionDeps, logger: app.instance.services.logger }, new Date('2027-06-30T10:00:00Z'))).toBe(1);
    expect(keptLink(priya)).toBeNull();
  });
});
