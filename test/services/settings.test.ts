/**
 * Saving settings, over a real SQLite file and the Slack stand-in: a new focus weighs the owner's
 * waiting invitations again, in one transaction with the save; anything else weighs nothing again.
 */
import { LogLevel, WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepos } from '../../src/db/repos.js';
import { personKey } from '../../src/domain/person-key.js';
import { evaluateInvitation } from '../../src/domain/recommend.js';
import { createWriteBatcher } from '../../src/db/write-batch.js';
import { DEFAULT_SETTINGS, type UserSettings } from '../../src/domain/settings.js';
import type { InvitationFields } from '../../src/domain/types.js';
import { JsonLogger } from '../../src/logger.js';
import type { Repos, ServiceDeps } from '../../src/services/deps.js';
import { createInvitationService, type InvitationService } from '../../src/services/invitations/index.js';
import { createSettingsService, type SettingsService } from '../../src/services/settings.js';
import { createSlackUserDirectory, type SlackUserDirectory } from '../../src/services/slack-users.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { tempDatabase } from '../support/temp-db.js';

const TEAM = 'T0STANDIN1';
const OTHER_TEAM = 'T0OTHER001';
const OWNER = 'U0OWNER001';
const TEAMMATE = 'U0MATE0001';
const CHANNEL = 'C0CHANNEL1';
const FOCUS = { industries: ['Analytics'], roles: ['Data Partnerships'], keywords: [], freeText: null };

let database: ReturnType<typeof tempDatabase>;
let standIn: SlackStandIn;
let invitations: InvitationService;
let settings: SettingsService;
let repos: Repos;
let users: SlackUserDirectory;
let now: Date;

beforeEach(async () => {
  database = tempDatabase();
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam Owner' });
  standIn.setUser({ id: TEAMMATE, tz: 'Europe/London', real_name: 'Ana Silva' });
  now = new Date('2026-11-24T10:00:00Z');
  const client = new WebClient('xoxb-test', { slackApiUrl: standIn.apiUrl, retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
  repos = createRepos(database.db);
  const logger = new JsonLogger('error', { write: () => undefined });
  users = createSlackUserDirectory({ users: repos.slackUsers, client, logger });
  const deps: ServiceDeps = {
    db: database.db,
    repos,
    writes: createWriteBatcher(database.db),
    client,
    users,
    logger,
    clock: () => new Date(now),
    settings: { thankYouDelayMinutes: null, workingWindow: { startMinute: 540, endMinute: 1080, days: new Set([1, 2, 3, 4, 5]) } },
  };
  invitations = createInvitationService(deps);
  settings = createSettingsService({ ...deps, invitations });
});

afterEach(async () => {
  await standIn.close();
  database.cleanup();
});

async function check(fields: Partial<InvitationFields> & { name: string }, ownerId = OWNER, teamId = TEAM): Promise<number> {
  const outcome = await invitations.checkInvitation({
    teamId,
    ownerId,
    channelId: CHANNEL,
    fields: { headline: null, company: null, mutualConnections: 3, note: null, profileUrl: null, ...fields },
    source: null,
    requestKey: `check-${teamId}-${ownerId}-${fields.name}`,
    responseUrl: null,
  });
  now = new Date(now.getTime() + 60_000);
  return outcome.invitation.id;
}

interface Weights {
  recommendation: string;
  score: number;
  reasons: string;
  updated_at: number;
}

function weights(id: number): Weights {
  return database.db.prepare('SELECT recommendation, score, reasons, updated_at FROM invitations WHERE id = ?').get(id) as Weights;
}

function withFocus(focus: UserSettings['focus'], rest: Partial<UserSettings> = {}): UserSettings {
  return { ...DEFAULT_SETTINGS, ...rest, focus };
}

describe('saving settings', () => {
  it('a new focus weighs the waiting invitations again, and leaves decided ones and other people’s alone', async () => {
    const priya = await check({ name: 'Priya Raman', headline: 'Head of Data Partnerships', company: 'Northwind Analytics' });
    const tom = await check({ name: 'Tom Baker', headline: 'Chef', company: 'The Fat Duck' });
    const decided = await check({ name: 'Lena Ward', headline: 'Analytics Lead', company: 'Acme Analytics' });
    const colleagues = await check({ name: 'Omar Haddad', headline: 'Data Partnerships at Analytics Co' }, TEAMMATE);
    const elsewhere = await check({ name: 'Ines Costa', headline: 'Data Partnerships, Analytics' }, OWNER, OTHER_TEAM);
    // A teammate's word counts in the fresh weighing too, under their name.
    database.db
      .prepare("INSERT INTO teammate_voices (invitation_id, team_id, user_id, kind, note, created_at, updated_at) VALUES (?, ?, ?, 'knows', NULL, 0, 0)")
      .run(priya, TEAM, TEAMMATE);
    const priyaVoiced = invitations.findInvitation(TEAM, priya);
    await invitations.reevaluate(priyaVoiced);
    await invitations.recordDecision({ teamId: TEAM, invitationId: decided, actorId: OWNER, decision: 'ignored', reason: null, note: null, responseUrl: null });
    const before = { priya: weights(priya), tom: weights(tom), decided: weights(decided), colleagues: weights(colleagues), elsewhere: weights(elsewhere) };
    expect(before.priya.reasons).toContain('Ana Silva knows them');
    expect(before.priya.reasons).not.toMatch(/your focus/);
    standIn.reset();
    // Two days on: Ana's cached name is stale, and would be asked of Slack again if the save asked.
    now = new Date(now.getTime() + 2 * 24 * 60 * 60_000);

    const saved = await settings.saveSettings(TEAM, OWNER, withFocus(FOCUS));

    expect(saved.reweighed?.weighed).toBe(2);
    expect(saved.reweighed?.changed.map((invitation) => invitation.id)).toEqual([tom, priya]); // newest first
    const after = { priya: weights(priya), tom: weights(tom) };
    expect(after.priya.reasons).toMatch(/match your focus/);
    expect(after.priya.reasons).toContain('Ana Silva knows them');
    expect(after.priya.score).toBeGreaterThan(before.priya.score);
    expect(after.tom.reasons).toMatch(/Nothing in .* matches your focus/);
    expect(after.priya.updated_at).toBe(now.getTime());
    // What the caller gets back is what is stored, ready to redraw.
    const changedPriya = saved.reweighed?.changed.find((invitation) => invitation.id === priya);
    expect(changedPriya).toMatchObject({ recommendation: after.priya.recommendation, score: after.priya.score, reasons: JSON.parse(after.priya.reasons) });
    expect(weights(decided)).toEqual(before.decided);
    expect(weights(colleagues)).toEqual(before.colleagues);
    expect(weights(elsewhere)).toEqual(before.elsewhere);
    // Weighing stores; the cards are the caller's to redraw.
    expect(standIn.calls('chat.update')).toHaveLength(0);
    // Nor is Slack asked for teammates' names: the save must not wait on a rate limit. The cached one serves.
    expect(standIn.calls('users.info')).toHaveLength(0);
  });

  it('only the focus weighs again: hours, days, the delay, the review or the same focus saved again weigh nothing', async () => {
    const priya = await check({ name: 'Priya Raman', headline: 'Head of Data Partnerships', company: 'Northwind Analytics' });
    expect((await settings.saveSettings(TEAM, OWNER, withFocus(FOCUS))).reweighed?.weighed).toBe(1);
    const stored = weights(priya);
    now = new Date(now.getTime() + 60_000);

    const others = withFocus({ ...FOCUS }, { workStart: '08:00', workEnd: '16:00', workDays: [1, 2], thankYouDelay: '0', weeklyReview: false });
    expect(await settings.saveSettings(TEAM, OWNER, others)).toEqual({ reweighed: null });
    expect(await settings.saveSettings(TEAM, OWNER, { ...others, weeklyReview: true })).toEqual({ reweighed: null });
    expect(weights(priya)).toEqual(stored);
    expect(database.db.prepare('SELECT work_start, weekly_review FROM user_settings').get()).toEqual({ work_start: '08:00', weekly_review: 1 });

    // A first save with no focus is no change from none.
    const tom = await check({ name: 'Tom Baker', headline: 'Chef' }, TEAMMATE);
    const tomBefore = weights(tom);
    expect(await settings.saveSettings(TEAM, TEAMMATE, withFocus(DEFAULT_SETTINGS.focus, { weeklyReview: false }))).toEqual({ reweighed: null });
    expect(weights(tom)).toEqual(tomBefore);

    // Free text is part of the focus.
    expect((await settings.saveSettings(TEAM, OWNER, withFocus({ ...FOCUS, freeText: 'people building data products' }))).reweighed?.weighed).toBe(1);
  });

  it('with nothing waiting, a new focus is saved and nothing is weighed', async () => {
    const saved = await settings.saveSettings(TEAM, OWNER, withFocus(FOCUS));
    expect(saved).toEqual({ reweighed: { weighed: 0, changed: [], newVerdicts: 0, markedAt: new Date(now) } });
    expect(database.db.prepare('SELECT focus_industries FROM user_settings').get()).toEqual({ focus_industries: '["Analytics"]' });
  });

  it('what changes while the others are weighed is weighed as it stands: decided, a teammate’s word, a new check', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 60; i += 1) ids.push(await check({ name: `Person Number${i}`, headline: 'Head Chef', company: `Bistro ${i}` }));
    const [newest = 0, second = 0] = [...ids].reverse();
    const decidedBefore = weights(newest);
    now = new Date(now.getTime() + 60_000);
    // The teammate below is known, as anyone who gives their word is by then (their name is asked of Slack first).
    await users.profile(TEAM, TEAMMATE, now);

    // The call returns once the newest page is weighed; the rest wait for their turn of the event
    // loop, and what follows happens before it comes.
    const saving = settings.saveSettings(TEAM, OWNER, withFocus(FOCUS));
    repos.invitations.decide({ teamId: TEAM, id: newest, actorId: OWNER, decision: 'declined', reason: null, note: null, at: now });
    // A teammate's word on the second newest, weighed in with the focus as it was.
    repos.voices.save({ invitationId: second, teamId: TEAM, userId: TEAMMATE, kind: 'knows', note: null, now });
    const voiced = invitations.findInvitation(TEAM, second);
    repos.invitations.updateEvaluation(TEAM, second, evaluateInvitation(voiced, { teammates: [{ name: 'Ana Silva', kind: 'knows', note: null }] }), now);
    // A check stored meanwhile, weighed with the focus as it was.
    const fields = { name: 'Late Comer', headline: 'Head Chef', company: 'Canteen', mutualConnections: 3, note: null, profileUrl: null };
    const late = repos.invitations.insert({
      teamId: TEAM,
      ownerId: OWNER,
      ...fields,
      personKey: personKey(fields.name, fields.headline),
      source: null,
      ...evaluateInvitation(fields, { focus: DEFAULT_SETTINGS.focus }),
      channelId: CHANNEL,
      requestKey: null,
      createdAt: now,
    }).record.id;

    const saved = await saving;
    expect(saved.reweighed?.weighed).toBe(60);
    expect(weights(newest)).toEqual({ ...decidedBefore, updated_at: now.getTime() });
    expect(weights(second).reasons).toContain('Ana Silva knows them');
    expect(weights(second).reasons).toMatch(/matches your focus/);
    expect(weights(late).reasons).toMatch(/matches your focus/);
    expect(saved.reweighed?.changed.map((invitation) => invitation.id).slice(0, 2)).toEqual([late, second]);
  });

  it('a write that fails part-way leaves the old focus and every old weight: nothing half applied', async () => {
    const priya = await check({ name: 'Priya Raman', headline: 'Head of Data Partnerships', company: 'Northwind Analytics' });
    const tom = await check({ name: 'Tom Baker', headline: 'Chef', company: 'The Fat Duck' });
    const before = { priya: weights(priya), tom: weights(tom) };
    // Tom is newer, so weighed first; the write for Priya, after it, fails.
    database.db.exec(`CREATE TRIGGER fail_priya BEFORE UPDATE OF score ON invitations WHEN NEW.id = ${priya}
      BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`);

    await expect(settings.saveSettings(TEAM, OWNER, withFocus(FOCUS))).rejects.toThrow('database or disk is full');
    expect(weights(tom)).toEqual(before.tom);
    expect(weights(priya)).toEqual(before.priya);
    expect(database.db.prepare('SELECT count(*) AS n FROM user_settings').get()).toEqual({ n: 0 });

    // The next save of the same focus finds it new, and weighs both.
    database.db.exec('DROP TRIGGER fail_priya');
    expect((await settings.saveSettings(TEAM, OWNER, withFocus(FOCUS))).reweighed?.changed).toHaveLength(2);
  });
});
