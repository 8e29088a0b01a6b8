/**
 * The retention job. The purge over a backlog larger than one batch: it lets the event loop turn
 * between batches (so commands and clicks are acked meanwhile) and stops between them when told
 * to. Then the cards it leaves behind, blanked with the sweeps' real client against the Slack
 * stand-in: crash-safe (the database remembers what is still to blank), transient failures tried
 * again, permanent ones let go, stopping between cards. Real, migrated SQLite files throughout.
 */
import type { Logger } from '@slack/logger';
import fc from 'fast-check';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPrivacyRepo } from '../../src/db/privacy-repo.js';
import { blankExpiredCards, removeExpiredDetails, runRetention, type CardBlankingDeps } from '../../src/jobs/retention.js';
import { redrawStaleCards } from '../../src/jobs/stale-cards.js';
import { JsonLogger } from '../../src/logger.js';
import { BACKGROUND_UPDATES, createSlackPacer, type SlackPacer } from '../../src/services/slack-pacer.js';
import { ACTIONS } from '../../src/views/ids.js';
import { assertValidMessage } from '../support/block-kit.js';
import { allText, buttonValue } from '../support/calls.js';
import { startSlackStandIn, type RecordedCall, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, TEAM, TEAMMATE, startTestApp, tempDatabasePath, type TestApp } from '../support/test-app.js';
import { tempDatabase } from '../support/temp-db.js';
import { gatedPacer, UNPACED } from './sweep-gate.js';

const DECIDED = Date.parse('2026-01-05T10:00:00Z');
const LATER = new Date('2026-12-01T10:00:00Z');
const RETENTION_DAYS = 180;
/** More than two of the purge's batches (500 each). */
const BACKLOG = 1_200;

describe('the retention purge', () => {
  let database: ReturnType<typeof tempDatabase>;
  let logger: Logger;

  beforeEach(() => {
    database = tempDatabase();
    logger = new JsonLogger('error', { write: () => undefined });
    const insert = database.db.prepare(`
      INSERT INTO invitations (team_id, owner_id, name, person_key, recommendation, score, reasons, status, decided_at, created_at, updated_at)
      VALUES ('T0TEAM0001', 'U0OWNER001', 'Someone', ?, 'ignore', 10, '["A reason"]', 'ignored', ?, ?, ?)`);
    database.db.transaction(() => {
      for (let i = 0; i < BACKLOG; i += 1) insert.run(`someone ${i}|`, DECIDED, DECIDED, DECIDED);
    })();
  });
  afterEach(() => database.cleanup());

  function remaining(): number {
    return (database.db.prepare('SELECT count(*) AS n FROM invitations WHERE details_removed_at IS NULL').get() as { n: number }).n;
  }

  it('lets the event loop turn between batches, and removes the whole backlog', async () => {
    let turns = 0;
    const counting = (async () => {
      // Counts the turns the loop takes while the purge runs.
      for (;;) {
        await nextTurn();
        if (remaining() === 0) return;
        turns += 1;
      }
    })();
    const removed = await removeExpiredDetails({ privacy: createPrivacyRepo(database.db), logger, retentionDays: RETENTION_DAYS }, LATER);
    await counting;
    expect(removed).toBe(BACKLOG);
    expect(remaining()).toBe(0);
    expect(turns).toBeGreaterThanOrEqual(2);
  });

  it('stops between batches when the process is told to stop; the next run carries on', async () => {
    const stopping = new AbortController();
    const purge = removeExpiredDetails({ privacy: createPrivacyRepo(database.db), logger, retentionDays: RETENTION_DAYS, signal: stopping.signal }, LATER);
    stopping.abort();
    expect(await purge).toBe(500);
    expect(remaining()).toBe(BACKLOG - 500);
    expect(await removeExpiredDetails({ privacy: createPrivacyRepo(database.db), logger, retentionDays: RETENTION_DAYS }, LATER)).toBe(BACKLOG - 500);
  });
});

describe('the purge and the same-name hint on later cards', () => {
  it('marks exactly the later cards of a purged check\'s name under another headline than that check\'s (property)', () => {
    const database = tempDatabase();
    const insert = database.db.prepare(`
      INSERT INTO invitations (team_id, owner_id, name, headline, person_key, recommendation, score, reasons, status, decided_at,
        channel_id, message_ts, created_at, updated_at)
      VALUES (@team, 'U0OWNER001', @name, @headline, @key, 'review', 50, '[]', @status, @decided, 'C0CHANNEL1', @ts, @created, @created)`);
    // A few names (one of one word, which never hints), headlines and teams; some checks declined
    // long ago without a word (purged, and no words to take out elsewhere), the rest waiting.
    const checks = fc.array(
      fc.record({ team: fc.constantFrom('T0TEAM0001', 'T0TEAM0002'), name: fc.constantFrom('Priya Raman', 'Priya Ramanathan', 'Priya'), headline: fc.constantFrom('a', 'b', 'c', ''), purged: fc.boolean() }),
      { maxLength: 25 },
    );
    try {
      fc.assert(
        fc.property(checks, (rows) => {
          database.db.prepare('DELETE FROM invitations').run();
          const stored = rows.map((row, i) => {
            const key = `${row.name.toLowerCase()}|${row.headline}`;
            const { lastInsertRowid } = insert.run({ ...row, key, status: row.purged ? 'declined' : 'pending', decided: row.purged ? DECIDED : null, ts: `1700000000.${i}`, created: DECIDED });
            return { ...row, key, id: Number(lastInsertRowid) };
          });
          createPrivacyRepo(database.db).removeExpiredDetails(LATER, 500, LATER);
          const marked = (database.db.prepare('SELECT id FROM invitations WHERE card_stale_since IS NOT NULL ORDER BY id').all() as { id: number }[]).map((row) => row.id);
          const expected = stored
            .filter((later) => !later.purged && stored.some((gone) => gone.purged && gone.team === later.team && gone.name === later.name && gone.name.includes(' ') && gone.id < later.id && gone.key !== later.key))
            .map((later) => later.id);
          expect(marked).toEqual(expected);
        }),
        { numRuns: 300 },
      );
    } finally {
      database.cleanup();
    }
  });

  it('reads the later cards of a common name once a batch, not once a purged check: 500 of 20,000 "John Smith"s', () => {
    const database = tempDatabase();
    try {
      // Every other check of John Smith ignored long ago, under 1,000 headlines; every check has a card.
      database.db
        .prepare(`
          WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
          INSERT INTO invitations (team_id, owner_id, name, headline, person_key, recommendation, score, reasons, status, decided_at,
            channel_id, message_ts, created_at, updated_at)
          SELECT 'T0TEAM0001', 'U0OWNER001', 'John Smith', 'Role ' || (i % 1000), 'john smith|role ' || (i % 1000), 'review', 50, '[]',
            CASE i % 2 WHEN 0 THEN 'ignored' ELSE 'pending' END, CASE i % 2 WHEN 0 THEN @decided ELSE NULL END,
            'C0CHANNEL1', printf('1700000000.%06d', i), @decided, @decided FROM n`)
        .run({ decided: DECIDED });
      const privacy = createPrivacyRepo(database.db);
      const started = performance.now();
      const { removed, laterCardsMarked } = privacy.removeExpiredDetails(LATER, 500, LATER);
      const took = performance.now() - started;
      expect(removed).toBe(500);
      // Every later check of the name is marked (its hint, or its history, may list a purged one).
      const { first } = database.db.prepare('SELECT min(id) AS first FROM invitations WHERE details_removed_at IS NOT NULL').get() as { first: number };
      const later = database.db.prepare('SELECT count(*) AS n FROM invitations WHERE details_removed_at IS NULL AND id > ?').get(first) as { n: number };
      expect(laterCardsMarked).toBe(later.n);
      expect(database.db.prepare('SELECT count(*) AS n FROM invitations WHERE card_stale_since IS NOT NULL').get()).toEqual({ n: later.n });
      // Once a purged check: 7.7 s here, holding the write lock. Once the batch: about 0.1 s.
      expect(took).toBeLessThan(2000);
    } finally {
      database.cleanup();
    }
  }, 60_000);
});

describe('the cards the purge leaves behind', () => {
  const NOW = '2026-01-05T10:00:00Z';
  /** Well past the 180 days of every decision made at NOW. */
  const PURGE_AT = new Date('2026-08-01T10:00:00Z');
  const PRIYA = 'Priya Raman | Head of Data Partnerships at Northwind | 4 mutual | linkedin.com/in/priya-raman-data | hi Sam, loved your talk';
  const PERSONAL = ['Priya', 'Raman', 'Northwind', 'priya-raman-data', 'loved your talk', 'Sales pitch, thanks', 'Same pitch to three of us', 'Met her at a meetup', TEAMMATE];

  let standIn: SlackStandIn;
  let database: { path: string; cleanup: () => void };
  let app: TestApp;

  beforeEach(async () => {
    standIn = await startSlackStandIn({ teamId: TEAM });
    standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
    standIn.setUser({ id: TEAMMATE, tz: 'Europe/London', real_name: 'Ana Silva' });
    database = tempDatabasePath();
    app = await startTestApp({ standIn, databasePath: database.path, clock: manualClock(NOW).now, logLevel: 'info' });
  });
  afterEach(async () => {
    await app.stop();
    await standIn.close();
    database.cleanup();
  });

  /** Checks an invitation with /invite-check in CHANNEL; its card's id and ts. */
  async function check(line: string): Promise<{ id: number; ts: string }> {
    await app.command(line);
    const card = standIn.calls('chat.postMessage').at(-1);
    return { id: Number(buttonValue(card, ACTIONS.accept)), ts: String(card?.response.ts) };
  }

  async function decide(card: { id: number }, decision: 'accepted' | 'ignored' | 'declined' | 'blocked', reason: string | null = null, note: string | null = null) {
    await app.instance.services.invitations.recordDecision({ teamId: TEAM, invitationId: card.id, actorId: OWNER, decision, reason, note, responseUrl: null });
  }

  /** `count` ignored invitations, each with its card in CHANNEL. */
  async function ignoredCards(count: number): Promise<{ id: number; ts: string }[]> {
    const cards = [];
    for (let i = 0; i < count; i += 1) {
      const card = await check(`Person Number${i} | Founder at Company${i} | 2 mutual`);
      await decide(card, 'ignored');
      cards.push(card);
    }
    return cards;
  }

  function deps(overrides: Partial<CardBlankingDeps> = {}): CardBlankingDeps {
    return { ...app.instance.retentionDeps, logger: app.instance.services.logger, pacer: UNPACED, ...overrides };
  }

  /** chat.update calls made from here on. */
  function updatesFrom(): () => RecordedCall[] {
    const before = standIn.calls('chat.update').length;
    return () => standIn.calls('chat.update').slice(before);
  }

  function location(card: { id: number }): { channel_id: string | null; message_ts: string | null } | undefined {
    return app.db.prepare('SELECT channel_id, message_ts FROM invitations WHERE id = ?').get(card.id) as
      | { channel_id: string | null; message_ts: string | null }
      | undefined;
  }

  function shown(card: { ts: string }): string {
    return JSON.stringify(standIn.messages(CHANNEL).find((message) => message.ts === card.ts));
  }

  it('blanks each purged card to its decision and date, with nothing about the person, once', async () => {
    const ignored = await check(PRIYA);
    await app.instance.services.voices.saveVoice({ teamId: TEAM, invitationId: ignored.id, userId: TEAMMATE, kind: 'knows', note: 'Met her at a meetup' });
    await decide(ignored, 'ignored', 'Sales pitch, thanks', 'Same pitch to three of us');
    const accepted = await check('Ana Friend | Designer at Studio | 3 mutual');
    await decide(accepted, 'accepted');
    // The card showed all of it before the purge.
    for (const detail of ['Priya', 'Northwind', 'Sales pitch, thanks', 'Met her at a meetup', TEAMMATE]) expect(shown(ignored)).toContain(detail);

    const updates = updatesFrom();
    expect(await runRetention(deps(), PURGE_AT)).toEqual({ removed: 1, blanked: 1, beyondReach: 0, failed: 0, reviewsCleared: 0 });

    const [blanked, ...more] = updates();
    expect(more).toEqual([]);
    expect(blanked?.args).toMatchObject({ channel: CHANNEL, ts: ignored.ts });
    assertValidMessage(blanked?.args ?? {});
    const sent = allText(blanked);
    expect(sent).toContain('Ignored on');
    expect(sent).toContain('removed after 180 days');
    for (const detail of PERSONAL) expect(sent).not.toContain(detail);
    // What Slack now shows in the card's place, and the accepted card left alone.
    for (const detail of PERSONAL) expect(shown(ignored)).not.toContain(detail);
    expect(shown(accepted)).toContain('Ana Friend');
    expect(location(ignored)).toEqual({ channel_id: null, message_ts: null });
    expect(location(accepted)).toEqual({ channel_id: CHANNEL, message_ts: accepted.ts });

    // Nothing is left to do, and the logs never named anyone.
    expect(await runRetention(deps(), new Date(PURGE_AT.getTime() + 3_600_000))).toEqual({ removed: 0, blanked: 0, beyondReach: 0, failed: 0, reviewsCleared: 0 });
    expect(updates()).toHaveLength(1);
    for (const detail of PERSONAL.slice(0, 5)) expect(app.logLines.join('\n')).not.toContain(detail);
  });

  it('takes the removed words out of later checks: their stored weighing loses the quote, their cards are redrawn by the catch-up', async () => {
    const WHY = 'Sent crypto offers to all of us';
    const NOTE = 'Pushy on the phone';
    const blocked = await check(PRIYA);
    await decide(blocked, 'blocked', WHY);
    const ignored = await check('Bo Lindqvist | Sales Director at Acme | 2 mutual');
    await decide(ignored, 'ignored', 'Looks like a sales pitch or spam', NOTE);
    const plain = await check('Cy Moss | Founder at Moss & Co | 1 mutual');
    await decide(plain, 'declined');
    // Later checks: the teammate's of Priya, the owner's own of Bo (the note shows only there), and of Cy.
    await app.command(PRIYA, { user: TEAMMATE });
    const laterCard = standIn.calls('chat.postMessage').at(-1);
    const later = { id: Number(buttonValue(laterCard, ACTIONS.accept)), ts: String(laterCard?.response.ts) };
    const laterOfBo = await check('Bo Lindqvist | Sales Director at Acme | 2 mutual');
    const laterOfCy = await check('Cy Moss | Founder at Moss & Co | 1 mutual');
    const reasonsOf = (card: { id: number }) => JSON.parse((app.db.prepare('SELECT reasons FROM invitations WHERE id = ?').get(card.id) as { reasons: string }).reasons) as string[];
    expect(shown(later)).toContain(WHY); // "Blocked before … : <reason>", read from the records
    expect(shown(laterOfBo)).toContain(NOTE); // "Seen before", the owner's own note
    // The Ignore form's quick choice, no typed words, is quoted in the weighing as it is stored now.
    expect(reasonsOf(laterOfBo)).toContain('You ignored them on 5 Jan 2026 (reason: Looks like a sales pitch or spam). Re-sending after an ignore is common and not a bad sign by itself.');
    // As an earlier version stored it: the block's reason quoted in the later check's history line.
    const written = reasonsOf(later);
    const line = 'A teammate blocked them on 5 Jan 2026.';
    expect(written).toContain(line);
    app.db.prepare('UPDATE invitations SET reasons = ? WHERE id = ?').run(JSON.stringify(written.map((reason) => (reason === line ? `A teammate blocked them on 5 Jan 2026 (reason: ${WHY}).` : reason))), later.id);
    const staleSince = (card: { id: number }) => (app.db.prepare('SELECT card_stale_since AS at FROM invitations WHERE id = ?').get(card.id) as { at: number | null }).at;
    // A purged card left marked by a forgetting would be drawn whole again by the catch-up: unmarked by the purge.
    app.db.prepare('UPDATE invitations SET card_stale_since = 1 WHERE id = ?').run(blocked.id);

    expect(await runRetention(deps(), PURGE_AT)).toMatchObject({ removed: 3, blanked: 3 });
    expect(staleSince(blocked)).toBeNull();

    // The quotes are gone from the stored weighings; the sentence, the decision and its date, stays.
    expect(reasonsOf(later)).toEqual(written);
    expect(reasonsOf(laterOfBo)).toContain('You ignored them on 5 Jan 2026. Re-sending after an ignore is common and not a bad sign by itself.');
    // The cards of later checks of a decision that had words are left to the catch-up; Cy's showed none.
    expect(staleSince(later)).toBe(PURGE_AT.getTime());
    expect(staleSince(laterOfBo)).toBe(PURGE_AT.getTime());
    expect(staleSince(laterOfCy)).toBeNull();
    expect(app.logLines.join('\n')).toContain('"laterCardsToRedraw":2');
    const updates = updatesFrom();
    const catchUp = { ...app.instance.staleCardDeps, logger: app.instance.services.logger, pacer: UNPACED };
    expect(await redrawStaleCards(catchUp)).toEqual({ redrawn: 2, gone: 0, failed: 0 });
    expect(updates().map((call) => call.args.ts).sort()).toEqual([later.ts, laterOfBo.ts].sort());
    for (const card of [later, laterOfBo]) {
      expect(shown(card)).not.toContain(WHY);
      expect(shown(card)).not.toContain(NOTE);
      expect(shown(card)).not.toContain('Seen before'); // the purged check is nobody's history now
      expect(staleSince(card)).toBeNull();
    }
    expect(shown(later)).toContain('blocked them on 5 Jan 2026'); // its stored weighing, as decided on
  });

  it('takes the removed words off an earlier check still waiting, whose card lists the decision "Since this check"', async () => {
    const WHY = 'Sent crypto offers to all of us';
    // The teammate's check waits; the owner checks the same person later and blocks them.
    await app.command(PRIYA, { user: TEAMMATE });
    const waitingCard = standIn.calls('chat.postMessage').at(-1);
    const waiting = { id: Number(buttonValue(waitingCard, ACTIONS.accept)), ts: String(waitingCard?.response.ts) };
    const blocked = await check(PRIYA);
    await decide(blocked, 'blocked', WHY);
    await app.instance.drain();
    expect(shown(waiting)).toContain('Since this check');
    expect(shown(waiting)).toContain(WHY);
    const staleSince = () => (app.db.prepare('SELECT card_stale_since AS at FROM invitations WHERE id = ?').get(waiting.id) as { at: number | null }).at;
    expect(staleSince()).toBeNull();

    expect(await runRetention(deps(), PURGE_AT)).toMatchObject({ removed: 1, blanked: 1 });
    expect(staleSince()).toBe(PURGE_AT.getTime());
    const catchUp = { ...app.instance.staleCardDeps, logger: app.instance.services.logger, pacer: UNPACED };
    expect(await redrawStaleCards(catchUp)).toEqual({ redrawn: 1, gone: 0, failed: 0 });
    expect(shown(waiting)).not.toContain(WHY);
    expect(shown(waiting)).not.toContain('Since this check');
  });

  it('takes the removed words off an earlier check decided since, whose weighing counted the decision while it waited', async () => {
    // The Ignore form's quick choice: the one kind of decision reason a weighing quotes.
    const WHY = 'Not relevant to my work';
    // The teammate's check waits; the owner checks the same person later and ignores them. The
    // teammate's stored weighing quotes the owner's reason, and the teammate accepts with it.
    await app.command(PRIYA, { user: TEAMMATE });
    const waitingCard = standIn.calls('chat.postMessage').at(-1);
    const earlier = { id: Number(buttonValue(waitingCard, ACTIONS.accept)), ts: String(waitingCard?.response.ts) };
    const ignored = await check(PRIYA);
    await decide(ignored, 'ignored', WHY);
    await app.instance.services.invitations.recordDecision({ teamId: TEAM, invitationId: earlier.id, actorId: TEAMMATE, decision: 'accepted', reason: null, note: null, responseUrl: null });
    await app.instance.drain();
    const reasons = () => (app.db.prepare('SELECT reasons FROM invitations WHERE id = ?').get(earlier.id) as { reasons: string }).reasons;
    expect(reasons()).toContain(WHY);

    // The owner's ignore expires (an accept does not): its words go from the teammate's check too.
    expect(await runRetention(deps(), PURGE_AT)).toMatchObject({ removed: 1 });
    expect(reasons()).not.toContain(WHY);
    const catchUp = { ...app.instance.staleCardDeps, logger: app.instance.services.logger, pacer: UNPACED };
    await redrawStaleCards(catchUp);
    expect(shown(earlier)).not.toContain(WHY);
  });

  it('blanks after a crash between the purge and the blanking: a fresh process finds the cards to blank', async () => {
    const declined = await check(PRIYA);
    await decide(declined, 'declined');
    const blocked = await check('Spam Sender | Growth Hacker at Leads Inc | 0 mutual');
    await decide(blocked, 'blocked', 'Spam');
    // The purge commits, then the process dies before any card is blanked.
    expect(await removeExpiredDetails(deps(), PURGE_AT)).toBe(2);
    expect(location(declined)).toEqual({ channel_id: CHANNEL, message_ts: declined.ts });
    await app.stop();

    app = await startTestApp({ standIn, databasePath: database.path, clock: manualClock(PURGE_AT).now, logLevel: 'info' });
    const updates = updatesFrom();
    expect(await runRetention(deps(), new Date(PURGE_AT.getTime() + 3_600_000))).toEqual({ removed: 0, blanked: 2, beyondReach: 0, failed: 0, reviewsCleared: 0 });
    expect(updates().map((call) => call.args.ts)).toEqual([declined.ts, blocked.ts]);
    expect(shown(declined)).toContain('Declined on');
    expect(shown(blocked)).toContain('Blocked on');
    expect(shown(blocked)).not.toContain('Spam');
  });

  it('keeps a card that failed for a passing reason for the next run, and goes on with the others', async () => {
    const [first, second, third] = await ignoredCards(3);
    if (first === undefined || second === undefined || third === undefined) throw new Error('three cards');
    const calls: string[] = [];
    const recording: SlackPacer = {
      acquire: async () => undefined,
      backOff: (method, channel, seconds) => void calls.push(`${method} ${String(channel)} ${seconds}`),
    };
    standIn.failNext('chat.update', { status: 503 });
    standIn.failNext('chat.update', { status: 429, retryAfter: 7 });

    expect(await runRetention(deps({ pacer: recording }), PURGE_AT)).toEqual({ removed: 3, blanked: 1, beyondReach: 0, failed: 2, reviewsCleared: 0 });
    // The 429 pauses the method for its Retry-After.
    expect(calls).toEqual(['chat.update null 7']);
    expect(location(first)).toEqual({ channel_id: CHANNEL, message_ts: first.ts });
    expect(location(second)).toEqual({ channel_id: CHANNEL, message_ts: second.ts });
    expect(location(third)).toEqual({ channel_id: null, message_ts: null });
    expect(shown(first)).toContain('Person Number0');

    const updates = updatesFrom();
    expect(await blankExpiredCards(deps(), PURGE_AT)).toEqual({ blanked: 2, beyondReach: 0, failed: 0 });
    expect(updates().map((call) => call.args.ts)).toEqual([first.ts, second.ts]);
    expect(shown(first)).not.toContain('Person Number0');
  });

  it('lets go of a card Slack says can never be changed', async () => {
    const cards = await ignoredCards(3);
    standIn.failNext('chat.update', { error: 'message_not_found' });
    standIn.failNext('chat.update', { error: 'is_archived' });
    standIn.failNext('chat.update', { error: 'cant_update_message' });
    expect(await runRetention(deps(), PURGE_AT)).toEqual({ removed: 3, blanked: 0, beyondReach: 3, failed: 0, reviewsCleared: 0 });
    for (const card of cards) expect(location(card)).toEqual({ channel_id: null, message_ts: null });
    expect(app.logLines.join('\n')).toContain('never will be');

    const updates = updatesFrom();
    expect(await blankExpiredCards(deps(), PURGE_AT)).toEqual({ blanked: 0, beyondReach: 0, failed: 0 });
    expect(updates()).toEqual([]);
  });

  it('stops for this run when Slack keeps failing, and the next run carries on', async () => {
    const cards = await ignoredCards(7);
    standIn.failNext('chat.update', { status: 500 }, 5);
    const updates = updatesFrom();
    expect(await runRetention(deps(), PURGE_AT)).toEqual({ removed: 7, blanked: 0, beyondReach: 0, failed: 5, reviewsCleared: 0 });
    expect(updates()).toHaveLength(5);
    expect(await blankExpiredCards(deps(), PURGE_AT)).toEqual({ blanked: 7, beyondReach: 0, failed: 0 });
    for (const card of cards) expect(location(card)).toEqual({ channel_id: null, message_ts: null });
  });

  it('stops between cards when the process is told to stop; the next run carries on', async () => {
    const [first, second, third] = await ignoredCards(3);
    if (first === undefined || second === undefined || third === undefined) throw new Error('three cards');
    expect(await removeExpiredDetails(deps(), PURGE_AT)).toBe(3);
    const gate = gatedPacer('chat.update');
    const stopping = new AbortController();
    const updates = updatesFrom();

    const run = blankExpiredCards(deps({ pacer: gate.pacer, signal: stopping.signal }), PURGE_AT);
    await gate.waiting();
    gate.letOneThrough();
    // The second card waits for its turn once the first is blanked and recorded.
    await gate.waiting();
    expect(location(first)).toEqual({ channel_id: null, message_ts: null });
    stopping.abort();
    gate.open();
    expect(await run).toEqual({ blanked: 1, beyondReach: 0, failed: 0 });
    expect(updates().map((call) => call.args.ts)).toEqual([first.ts]);
    expect(location(second)).toEqual({ channel_id: CHANNEL, message_ts: second.ts });

    expect(await blankExpiredCards(deps(), PURGE_AT)).toEqual({ blanked: 2, beyondReach: 0, failed: 0 });
    expect(updates().map((call) => call.args.ts)).toEqual([first.ts, second.ts, third.ts]);
  });

  it('never holds up a stop while it waits out a long Retry-After', async () => {
    await ignoredCards(2);
    // Ten minutes: a wait the stop did not cut short would outlast the test.
    standIn.failNext('chat.update', { status: 429, retryAfter: 600 });
    const stopping = new AbortController();
    const updates = updatesFrom();
    let waitingMs = 0;
    let turnCame = (): void => undefined;
    const waitBegan = new Promise<void>((resolve) => {
      turnCame = resolve;
    });
    const sleepUntilStopped = (ms: number) =>
      new Promise<void>((resolve) => {
        waitingMs = ms;
        stopping.signal.addEventListener('abort', () => resolve(), { once: true });
        turnCame();
      });
    const run = runRetention(deps({ pacer: createSlackPacer({ limits: BACKGROUND_UPDATES }), sleep: sleepUntilStopped, signal: stopping.signal }), PURGE_AT);
    // The first card is refused; the second waits out the Retry-After for its turn.
    await waitBegan;
    expect(waitingMs).toBeGreaterThan(590_000);
    stopping.abort();
    expect(await run).toEqual({ removed: 2, blanked: 0, beyondReach: 0, failed: 1, reviewsCleared: 0 });
    expect(updates()).toHaveLength(1);
  });

  it('a few cards Slack refuses for reasons of their own never hold up the rest', async () => {
    const cards = await ignoredCards(8);
    // Six cards in a row refused, each for a reason of its own: more than the run's patience with
    // an outage, but not an outage.
    for (let i = 0; i < 6; i += 1) standIn.failNext('chat.update', { error: 'restricted_action' });
    expect(await runRetention(deps(), PURGE_AT)).toEqual({ removed: 8, blanked: 2, beyondReach: 0, failed: 6, reviewsCleared: 0 });
    // They stay to be tried again; the two after them are blanked.
    expect(cards.slice(0, 6).map(location)).toEqual(cards.slice(0, 6).map((card) => ({ channel_id: CHANNEL, message_ts: card.ts })));
    expect(cards.slice(6).map(location)).toEqual([
      { channel_id: null, message_ts: null },
      { channel_id: null, message_ts: null },
    ]);
  });

  it('paces chat.update below Slack’s Tier 3 limit by default, leaving room for the cards redrawn on clicks', async () => {
    await ignoredCards(3);
    const waits: number[] = [];
    const updates = updatesFrom();
    // The run's own pacer, with a sleep that records what it was asked to wait and returns at once.
    const report = await runRetention({ ...app.instance.retentionDeps, logger: app.instance.services.logger, sleep: async (ms) => void waits.push(ms) }, PURGE_AT);
    expect(report).toMatchObject({ blanked: 3 });
    expect(updates()).toHaveLength(3);
    // 30 a minute, evenly spaced: each card waits two seconds more than the one before.
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThan(1_900);
    expect(waits[1]).toBeGreaterThan(3_900);
  });
});
