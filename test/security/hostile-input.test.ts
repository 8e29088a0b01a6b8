import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepReviews } from '../../src/jobs/review-sweep.js';
import { sweepThankYous } from '../../src/jobs/thank-you-sweep.js';
import { BLOCK_REASON_MAX, CHANGE_REASON_MAX } from '../../src/views/decision-modals.js';
import { ACTIONS, INPUTS, VIEWS } from '../../src/views/ids.js';
import { IGNORE_NOTE_MAX } from '../../src/views/ignore-modal.js';
import { FIELD_LIMITS } from '../../src/views/invitation-modal.js';
import { FOCUS_TERMS_MAX, FOCUS_TEXT_MAX } from '../../src/views/settings-modal.js';
import { VOICE_NOTE_MAX } from '../../src/views/voice-modal.js';
import { assertNoForeignControlSequences, assertValidMessage } from '../support/block-kit.js';
import { allText, buttonValue } from '../support/calls.js';
import { HOSTILE_VALUES, untrustedText } from '../support/hostile-text.js';
import {
  callsSince,
  commandFrom,
  expectCleanOutput,
  expectCleanWords,
  homeOpened,
  mark,
  postsSince,
  startSecurityApp,
  type Mark,
} from '../support/security-app.js';
import { securityTally } from '../support/security-figures.js';
import {
  blockActionsBody,
  checkboxesValue,
  freshTriggerId,
  numberValue,
  plainTextValue,
  radioValue,
  staticSelectValue,
  viewSubmissionBody,
  type SignedRequestResult,
} from '../support/slack-requests.js';
import { startSlackStandIn, type SlackStandIn } from '../support/slack-stand-in.js';
import { CHANNEL, manualClock, OWNER, TEAM, TEAMMATE, tempDatabasePath, type TestApp } from '../support/test-app.js';

// Hostile and messy input on every surface: the command text, and every modal input. Each value
// must give a clean card, modal or DM (valid Block Kit, no live markup the app did not write) or a
// clear error, and the app must go on working afterwards.

const tally = securityTally('test/security/hostile-input.test.ts');
afterAll(() => tally.write());

const PASTE_4000 = [
  'Priya Raman',
  'Head of Data Partnerships at Northwind Analytics',
  'Priya Raman wants to connect',
  `"Hi Sam, ${'we met at the Data Council panel <!here> *and* ~talked~ ```code``` '.repeat(60)}"`,
  '14 mutual connections',
  'View profile: https://www.linkedin.com/in/priya-raman-data',
]
  .join('\n')
  .slice(0, 4000);

/** What people paste, type or are sent: every category the brief names, and the shared hostile list. */
const HOSTILE_INPUTS: readonly string[] = [
  '',
  '   \t  \n  ',
  '\u00a0\u2003\u3000',
  'Ctrl\u0000chars\u0001\u0007\u001b[31mred\u001b[0m\u007f\u0085end',
  '\u202Eevil\u202C name \u2066isolate\u2069',
  '\u200B\u200C\u200D\u2060\uFEFF',
  'Pri\u200Cya Ra\u200Dman \u200C\u0645',
  'Pri\u200Bya Ra\u00ADman',
  'tag\u{E0041}\u{E0042}chars',
  'lone \uD800 surrogate \uDFFF',
  '👩‍💻🚀🏳️‍🌈 :rocket: 🇬🇧',
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  '&lt;b&gt;bold&lt;/b&gt; &amp;amp;',
  '*bold* _it_ ~x~ `code` ```triple``` > quote',
  '<!channel> <!here> <!everyone> <@U123> <@U0MATE0001> <!subteam^S1|@team> <#C1|general> <https://x|y> &lt;!here&gt;',
  '<https://evil.example|https://www.linkedin.com/in/priya>',
  'javascript:alert(1) data:text/html,<b>x</b>',
  'line one\r\nline two\rline three\u2028four\u2029five',
  PASTE_4000,
  'y'.repeat(10_000),
  ...HOSTILE_VALUES,
];

/**
 * Characters that show as nothing or rearrange what is shown: controls, zero-width characters, bidi
 * overrides and isolates, soft hyphens, tag characters and lone surrogates. A zero-width joiner
 * inside an emoji sequence (👩‍💻) is part of the picture and allowed, and so is a zero-width
 * (non-)joiner after a letter of Arabic-script or South Asian text, where it is spelling.
 */
const SPELLING_JOINER_AFTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\u0900-\u0DFF]/u;
const INVISIBLE = new RegExp(
  String.raw`[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u{E0000}-\u{E007F}]` +
    String.raw`|(?<!${SPELLING_JOINER_AFTER.source})\u200C` +
    String.raw`|(?<!${SPELLING_JOINER_AFTER.source})\u200D(?!\p{Extended_Pictographic})` +
    String.raw`|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`,
  'u',
);

/** Every string inside a payload the app sent, with its path. */
function strings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  return [];
}

/** Nothing the app sends carries invisible or reordering characters from untrusted text. */
function expectNothingInvisible(payload: unknown, label: string): void {
  for (const { path, text } of strings(payload)) expect(text, `${label}${path}`).not.toMatch(INVISIBLE);
}

/** A stored piece of person-given text: cleaned of invisible characters and within its limit. */
function expectStoredClean(value: unknown, max: number, label: string): void {
  if (value === null) return;
  expect(typeof value, label).toBe('string');
  const text = String(value);
  expect(text.length, label).toBeLessThanOrEqual(max);
  expect(text, label).not.toMatch(INVISIBLE);
}

let standIn: SlackStandIn;
let database: { path: string; cleanup: () => void };
let clock: ReturnType<typeof manualClock>;
let app: TestApp;

beforeEach(async () => {
  standIn = await startSlackStandIn({ teamId: TEAM });
  standIn.setUser({ id: OWNER, tz: 'Europe/London', real_name: 'Sam <!channel> Owner' });
  standIn.setUser({ id: TEAMMATE, tz: 'Europe/London', real_name: '<@U0EVIL001> *Ana*' });
  database = tempDatabasePath();
  clock = manualClock('2026-11-24T10:00:00Z');
  app = await startSecurityApp({ standIn, databasePath: database.path, clock: clock.now });
});

afterEach(async () => {
  await app.stop();
  await standIn.close();
  database.cleanup();
});

function profileUrls(): string[] {
  return (app.db.prepare('SELECT DISTINCT profile_url FROM invitations WHERE profile_url IS NOT NULL').all() as { profile_url: string }[]).map(
    (row) => row.profile_url,
  );
}

/**
 * Everything the app sent since the mark, and its direct answer, is valid and free of foreign
 * markup. Something must have been sent or answered: every hostile value gets a card, a form or a
 * reply, so an app that silently sent nothing would otherwise pass as clean.
 */
function expectCleanSince(at: Mark, answer?: SignedRequestResult): void {
  const calls = callsSince(standIn, at);
  const posts = postsSince(standIn, at);
  const answered = answer?.json !== undefined && answer.json !== null;
  expect(calls.length + posts.length + (answered ? 1 : 0), 'nothing was sent or answered').toBeGreaterThan(0);
  expectCleanOutput(calls, posts, [OWNER, TEAMMATE], profileUrls());
  for (const call of calls) expectNothingInvisible(call.args, call.method);
  for (const post of posts) expectNothingInvisible(post.body, 'response_url');
  if (answer?.json !== undefined) expectNothingInvisible(answer.json, 'answer');
  if (answer !== undefined) {
    expect(answer.status).toBe(200);
    const json = answer.json as Record<string, unknown> | null;
    if (json !== null && json.response_action === 'errors') {
      for (const error of Object.values(json.errors as Record<string, unknown>)) expectCleanWords(error);
    } else if (json !== null && (json.text !== undefined || json.blocks !== undefined)) {
      assertValidMessage(json);
      assertNoForeignControlSequences(JSON.stringify(json), [OWNER, TEAMMATE], profileUrls());
    }
  }
}

/** A normal check still works: the app is alive and well. */
async function stillWorks(): Promise<void> {
  const at = mark(standIn);
  await app.command('Normal Person | Engineer at Acme | 3 mutual');
  const card = callsSince(standIn, at).find((call) => call.method === 'chat.postMessage');
  expect(allText(card)).toContain('Normal Person');
}

async function pendingCard(name = 'Target Person'): Promise<{ id: number; ts: string }> {
  const at = mark(standIn);
  await app.command(`${name} | Analyst at Firm | 2 mutual | linkedin.com/in/target-person`);
  const card = callsSince(standIn, at).find((call) => call.method === 'chat.postMessage');
  return { id: Number(buttonValue(card, ACTIONS.accept)), ts: String(card?.response.ts) };
}

let viewCounter = 0;
function submit(user: string, callbackId: string, metadata: string, values: Record<string, Record<string, unknown>>): Promise<SignedRequestResult> {
  viewCounter += 1;
  return app.send(viewSubmissionBody({ team_id: TEAM, user_id: user, callback_id: callbackId, private_metadata: metadata, values, view_id: `V0HOST${viewCounter}` }));
}

describe('the command text', () => {
  it('takes every hostile value, alone and in each field of the one-line form', async () => {
    for (const value of HOSTILE_INPUTS) {
      const forms = [value, `${value} | ${value} | 3 mutual | linkedin.com/in/x | ${value}`, `Real Name | ${value} | ${value} | https://www.linkedin.com/in/${value}`];
      for (const text of forms) {
        const at = mark(standIn);
        const answer = await commandFrom(app, standIn, { text, triggerId: freshTriggerId() });
        expectCleanSince(at, answer);
        tally.tried();
      }
    }
    const rows = app.db.prepare('SELECT name, headline, company, note, profile_url FROM invitations').all() as Record<string, unknown>[];
    for (const row of rows) {
      expectStoredClean(row.name, FIELD_LIMITS.name, 'name');
      expectStoredClean(row.headline, FIELD_LIMITS.headline, 'headline');
      expectStoredClean(row.company, FIELD_LIMITS.company, 'company');
      expectStoredClean(row.note, FIELD_LIMITS.note, 'note');
      if (row.profile_url !== null) expect(String(row.profile_url)).toMatch(/^https:\/\/www\.linkedin\.com\/in\/[\p{L}\p{M}\p{N}_-]+$/u);
    }
    await stillWorks();
  });

  it('property: /invite-check <arbitrary text> only ever sends valid messages without foreign live mentions', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(untrustedText, async (text) => {
        runs += 1;
        const at = mark(standIn);
        const answer = await commandFrom(app, standIn, { text, triggerId: freshTriggerId(), responseUrlId: `prop-${runs}` });
        expectCleanSince(at, answer);
      }),
      { seed: 20_261_124, numRuns: 100 },
    );
    tally.tried(runs);
    await stillWorks();
  });
});

describe('a message chosen for Check this invitation', () => {
  it('takes every hostile value as the message, its blocks, and as a forwarded e-mail’s text, HTML, subject and sender', async () => {
    for (const value of HOSTILE_INPUTS) {
      const email = { filetype: 'email', plain_text: `${value}\nAnalyst at ${value}\n3 connections in common`, subject: value, from: [{ original: `${value} via LinkedIn <invitations@linkedin.com>` }] };
      const htmlEmail = { ...email, plain_text: '', preview: `<div>${value}</div><p>Analyst at ${value}<br>3 connections in common</p>` };
      const blocks = [
        { type: 'section', text: { type: 'mrkdwn', text: `${value}\nAnalyst at ${value}` }, fields: [{ type: 'plain_text', text: value }] },
        {
          type: 'rich_text',
          elements: [
            {
              type: 'rich_text_section',
              elements: [
                { type: 'text', text: `${value}\nAnalyst at ${value}\n3 mutual connections\n` },
                { type: 'link', url: value, text: value },
                { type: 'user', user_id: value },
                { type: 'broadcast', range: value },
                { type: 'date', fallback: value },
              ],
            },
          ],
        },
      ];
      const messages = [{ text: value }, { text: `${value} | ${value} | 3 mutual | ${value}` }, { text: '', files: [email] }, { text: '', files: [htmlEmail] }, { text: 'New invitation', bot_id: 'B0OTHERAPP', blocks }];
      for (const message of messages) {
        const at = mark(standIn);
        const answer = await app.shortcut(message, { triggerId: freshTriggerId() });
        expectCleanSince(at, answer);
        tally.tried();
      }
    }
    await stillWorks();
  });
});

describe('the invitation form', () => {
  const context = JSON.stringify({ channelId: CHANNEL, responseUrl: null });
  const fields = [
    { input: INPUTS.name, column: 'name', max: FIELD_LIMITS.name },
    { input: INPUTS.headline, column: 'headline', max: FIELD_LIMITS.headline },
    { input: INPUTS.company, column: 'company', max: FIELD_LIMITS.company },
    { input: INPUTS.profileUrl, column: 'profile_url', max: FIELD_LIMITS.profileUrl },
    { input: INPUTS.note, column: 'note', max: FIELD_LIMITS.note },
  ] as const;

  it('takes every hostile value in every text field: a clean card, or a clear error beside the field', async () => {
    for (const field of fields) {
      for (const value of HOSTILE_INPUTS) {
        const values: Record<string, Record<string, unknown>> = {
          [INPUTS.name.block]: { [INPUTS.name.action]: plainTextValue('Form Person') },
          [INPUTS.source.block]: { [INPUTS.source.action]: staticSelectValue('LinkedIn email') },
          [field.input.block]: { [field.input.action]: plainTextValue(value) },
        };
        const before = (app.db.prepare('SELECT count(*) AS n FROM invitations').get() as { n: number }).n;
        const at = mark(standIn);
        const answer = await submit(OWNER, VIEWS.invitationForm, context, values);
        expectCleanSince(at, answer);
        const json = answer.json as { response_action?: string; errors?: Record<string, string> } | null;
        const after = (app.db.prepare('SELECT count(*) AS n FROM invitations').get() as { n: number }).n;
        if (json?.response_action === 'errors') {
          // Refused: said beside the field, and nothing stored.
          expect(Object.keys(json.errors ?? {})).toEqual([field.input.block]);
          expect(after).toBe(before);
        } else {
          expect(after, `${field.column} ${JSON.stringify(value.slice(0, 40))}`).toBe(before + 1);
          const row = app.db.prepare(`SELECT ${field.column} AS value FROM invitations ORDER BY id DESC LIMIT 1`).get() as { value: unknown };
          expectStoredClean(row.value, field.max, field.column);
          expect(callsSince(standIn, at).filter((call) => call.method === 'chat.postMessage')).toHaveLength(1);
        }
        tally.tried();
      }
    }
    await stillWorks();
  });

  it('Edit details takes every hostile value in every text field: the card redrawn clean, or a clear error beside the field', async () => {
    const card = await pendingCard('Edited Person');
    for (const field of fields) {
      for (const value of HOSTILE_INPUTS) {
        const values: Record<string, Record<string, unknown>> = {
          [INPUTS.name.block]: { [INPUTS.name.action]: plainTextValue('Edited Person') },
          [field.input.block]: { [field.input.action]: plainTextValue(value) },
        };
        const at = mark(standIn);
        const answer = await submit(OWNER, VIEWS.editDetails, JSON.stringify({ invitationId: card.id }), values);
        expectCleanSince(at, answer);
        const json = answer.json as { response_action?: string; errors?: Record<string, string> } | null;
        if (json?.response_action === 'errors') {
          expect(Object.keys(json.errors ?? {})).toEqual([field.input.block]);
          expect(callsSince(standIn, at)).toEqual([]);
        } else {
          const row = app.db.prepare(`SELECT ${field.column} AS value FROM invitations WHERE id = ?`).get(card.id) as { value: unknown };
          expectStoredClean(row.value, field.max, field.column);
          expect(callsSince(standIn, at).filter((call) => call.method === 'chat.update'), `${field.column} ${JSON.stringify(value.slice(0, 40))}`).toHaveLength(1);
        }
        tally.tried();
      }
    }
    await stillWorks();
  });

  it('refuses an empty or whitespace-only name beside the field', async () => {
    for (const name of ['', '   ', '\u200B\u200D', '\n\t', '\u0000']) {
      const answer = await submit(OWNER, VIEWS.invitationForm, context, { [INPUTS.name.block]: { [INPUTS.name.action]: plainTextValue(name) } });
      expect(answer.json).toMatchObject({ response_action: 'errors', errors: { [INPUTS.name.block]: expect.stringMatching(/name/) } });
      tally.tried();
    }
    expect(app.db.prepare('SELECT count(*) AS n FROM invitations').get()).toEqual({ n: 0 });
  });

  it('takes messy mutual-connection counts: a number, or a clear error', async () => {
    const counts = ['', ' ', '0', '3 ', '-1', '1.5', '1e3', '0x10', 'NaN', 'Infinity', '٣', '99999999999', '100001', '<!here>', '9'.repeat(400)];
    for (const count of counts) {
      const at = mark(standIn);
      const answer = await submit(OWNER, VIEWS.invitationForm, context, {
        [INPUTS.name.block]: { [INPUTS.name.action]: plainTextValue(`Count ${JSON.stringify(count).slice(0, 20)}`) },
        [INPUTS.mutualConnections.block]: { [INPUTS.mutualConnections.action]: numberValue(count) },
      });
      expectCleanSince(at, answer);
      const json = answer.json as { response_action?: string; errors?: Record<string, string> } | null;
      if (json?.response_action === 'errors') expect(Object.keys(json.errors ?? {})).toEqual([INPUTS.mutualConnections.block]);
      tally.tried();
    }
    const stored = (app.db.prepare('SELECT mutual_connections AS n FROM invitations').all() as { n: number | null }[]).map((row) => row.n);
    for (const n of stored) if (n !== null) expect(Number.isInteger(n) && n >= 0 && n <= 100_000).toBe(true);
    await stillWorks();
  });
});

describe('decision and teammate modals', () => {
  it('the Ignore note, on a fresh invitation each time', async () => {
    for (const value of HOSTILE_INPUTS) {
      const card = await pendingCard();
      const at = mark(standIn);
      const answer = await submit(OWNER, VIEWS.ignoreReason, JSON.stringify({ invitationId: card.id }), {
        [INPUTS.ignoreReason.block]: { [INPUTS.ignoreReason.action]: radioValue('sales_pitch') },
        [INPUTS.ignoreNote.block]: { [INPUTS.ignoreNote.action]: plainTextValue(value) },
      });
      expectCleanSince(at, answer);
      const row = app.db.prepare('SELECT status, decision_note FROM invitations WHERE id = ?').get(card.id) as { status: string; decision_note: unknown };
      expect(row.status).toBe('ignored');
      expectStoredClean(row.decision_note, IGNORE_NOTE_MAX, 'ignore note');
      tally.tried();
    }
    await stillWorks();
  });

  it('the Block reason, on a fresh invitation each time', async () => {
    for (const value of HOSTILE_INPUTS) {
      const card = await pendingCard();
      const at = mark(standIn);
      const answer = await submit(OWNER, VIEWS.blockReason, JSON.stringify({ invitationId: card.id }), {
        [INPUTS.blockReason.block]: { [INPUTS.blockReason.action]: plainTextValue(value) },
      });
      expectCleanSince(at, answer);
      const row = app.db.prepare('SELECT status, decision_reason FROM invitations WHERE id = ?').get(card.id) as { status: string; decision_reason: unknown };
      expect(row.status).toBe('blocked');
      expectStoredClean(row.decision_reason, BLOCK_REASON_MAX, 'block reason');
      tally.tried();
    }
    // A later check of the same person repeats every reason loudly: still clean.
    const at = mark(standIn);
    await pendingCard();
    expectCleanSince(at);
    await stillWorks();
  });

  it('a teammate’s note, changed again and again on one card', async () => {
    const card = await pendingCard();
    for (const [i, value] of HOSTILE_INPUTS.entries()) {
      const at = mark(standIn);
      const answer = await submit(TEAMMATE, VIEWS.voice, JSON.stringify({ invitationId: card.id }), {
        [INPUTS.voiceKind.block]: { [INPUTS.voiceKind.action]: radioValue(i % 2 === 0 ? 'knows' : 'caution') },
        [INPUTS.voiceNote.block]: { [INPUTS.voiceNote.action]: plainTextValue(value) },
      });
      expectCleanSince(at, answer);
      const row = app.db.prepare('SELECT note FROM teammate_voices WHERE invitation_id = ? AND user_id = ?').get(card.id, TEAMMATE) as { note: unknown };
      expectStoredClean(row.note, VOICE_NOTE_MAX, 'voice note');
      // Reopening the teammate's modal shows the note back: the modal must stay valid.
      const reopened = mark(standIn);
      await app.send(blockActionsBody({ team_id: TEAM, user_id: TEAMMATE, action_id: ACTIONS.voiceKnows, value: String(card.id), channel_id: CHANNEL, message_ts: card.ts }));
      expectCleanSince(reopened);
      tally.tried();
    }
    await stillWorks();
  });

  it('the reason for a change of decision, flipping one card back and forth', async () => {
    const card = await pendingCard();
    await app.send(blockActionsBody({ team_id: TEAM, user_id: OWNER, action_id: ACTIONS.accept, value: String(card.id), channel_id: CHANNEL, message_ts: card.ts }));
    for (const [i, value] of HOSTILE_INPUTS.entries()) {
      const decision = ['ignored', 'declined', 'blocked', 'accepted'][i % 4] ?? 'ignored';
      const at = mark(standIn);
      const answer = await submit(OWNER, VIEWS.changeDecision, JSON.stringify({ invitationId: card.id }), {
        [INPUTS.newDecision.block]: { [INPUTS.newDecision.action]: radioValue(decision) },
        [INPUTS.changeReason.block]: { [INPUTS.changeReason.action]: plainTextValue(value) },
      });
      expectCleanSince(at, answer);
      const row = app.db.prepare('SELECT status, decision_reason FROM invitations WHERE id = ?').get(card.id) as { status: string; decision_reason: unknown };
      expect(row.status).toBe(decision);
      expectStoredClean(row.decision_reason, CHANGE_REASON_MAX, 'change reason');
      tally.tried();
    }
    await stillWorks();
  });
});

describe('settings', () => {
  it('focus terms and free text: saved clean, shown back in a valid modal, and used in clean cards', async () => {
    const focusInputs = [INPUTS.focusIndustries, INPUTS.focusRoles, INPUTS.focusKeywords, INPUTS.focusText] as const;
    for (const [i, value] of HOSTILE_INPUTS.entries()) {
      const target = focusInputs[i % focusInputs.length] ?? INPUTS.focusKeywords;
      const values: Record<string, Record<string, unknown>> = {
        [INPUTS.workDays.block]: { [INPUTS.workDays.action]: checkboxesValue(['1', '2', '3', '4', '5']) },
        [target.block]: { [target.action]: plainTextValue(value) },
        // Every field at once too, on every fourth value.
        ...(i % 4 === 0 ? Object.fromEntries(focusInputs.map((input) => [input.block, { [input.action]: plainTextValue(value) }])) : {}),
      };
      const at = mark(standIn);
      const answer = await submit(OWNER, VIEWS.settings, '', values);
      expectCleanSince(at, answer);
      const row = app.db.prepare('SELECT focus_industries, focus_roles, focus_keywords, focus_text FROM user_settings WHERE user_id = ?').get(OWNER) as Record<string, string | null>;
      for (const column of ['focus_industries', 'focus_roles', 'focus_keywords'] as const) {
        const terms = JSON.parse(row[column] ?? '[]') as unknown;
        expect(Array.isArray(terms)).toBe(true);
        for (const term of terms as unknown[]) expectStoredClean(term, FOCUS_TERMS_MAX, column);
      }
      expectStoredClean(row.focus_text, FOCUS_TEXT_MAX, 'focus_text');

      // Shown back in the settings modal, and weighed against an invitation that mentions it.
      const shown = mark(standIn);
      await app.command('settings', { triggerId: freshTriggerId() });
      expect(callsSince(standIn, shown).map((call) => call.method)).toEqual(['views.open']);
      expectCleanSince(shown);
      const checked = mark(standIn);
      await app.command(`Focus Person${i} | ${value.slice(0, 150)} at ${value.slice(0, 100)} | 4 mutual`, { triggerId: freshTriggerId() });
      expectCleanSince(checked);
      tally.tried();
    }
    await stillWorks();
  });
});

describe('everything the records feed', () => {
  it('lists, reviews, stats, the Home tab, thank-you DMs and the weekly review stay clean after hostile records', async () => {
    // Fill the records with hostile names, notes and reasons, decided every way.
    for (const [i, value] of HOSTILE_INPUTS.entries()) {
      // Through the form, so the name is exactly the hostile value (with a word, so it is never empty).
      const created = mark(standIn);
      await submit(OWNER, VIEWS.invitationForm, JSON.stringify({ channelId: CHANNEL, responseUrl: null }), {
        [INPUTS.name.block]: { [INPUTS.name.action]: plainTextValue(`${value.slice(0, 90)} Person`) },
        [INPUTS.note.block]: { [INPUTS.note.action]: plainTextValue(value) },
      });
      const posted = callsSince(standIn, created).find((call) => call.method === 'chat.postMessage');
      const card = { id: Number(buttonValue(posted, ACTIONS.accept)), ts: String(posted?.response.ts) };
      const decision = [ACTIONS.accept, ACTIONS.decline, 'ignore', 'block'][i % 4];
      if (decision === ACTIONS.accept || decision === ACTIONS.decline) {
        await app.send(blockActionsBody({ team_id: TEAM, user_id: OWNER, action_id: decision, value: String(card.id), channel_id: CHANNEL, message_ts: card.ts }));
      } else if (decision === 'ignore') {
        await submit(OWNER, VIEWS.ignoreReason, JSON.stringify({ invitationId: card.id }), {
          [INPUTS.ignoreNote.block]: { [INPUTS.ignoreNote.action]: plainTextValue(value) },
        });
      } else {
        await submit(OWNER, VIEWS.blockReason, JSON.stringify({ invitationId: card.id }), {
          [INPUTS.blockReason.block]: { [INPUTS.blockReason.action]: plainTextValue(value) },
        });
      }
    }
    const at = mark(standIn);
    for (let page = 1; page <= 5; page += 1) {
      await app.send(blockActionsBody({ team_id: TEAM, user_id: OWNER, action_id: ACTIONS.ignoredPage, value: String(page), response_url: standIn.responseUrl('page') }));
    }
    for (const text of ['ignored', 'review', 'stats', 'help', 'frobnicate']) {
      const answer = await app.command(text, { triggerId: freshTriggerId() });
      expectCleanSince(at, answer);
    }
    await homeOpened(app, { user: OWNER });
    const delivered = await sweepThankYous({ ...app.instance.sweepDeps, sleep: async () => undefined }, new Date('2026-11-25T10:00:00Z'));
    expect(delivered.delivered).toBeGreaterThan(0);
    const reviews = await sweepReviews(app.instance.reviewSweepDeps, new Date('2026-11-30T09:30:00Z'));
    expect(reviews.reviewsSent).toBe(1);
    const checked = expectCleanOutput(callsSince(standIn, at), postsSince(standIn, at), [OWNER, TEAMMATE], profileUrls());
    expect(checked).toBeGreaterThan(10);
    tally.tried(checked);
    await stillWorks();
  });
});
