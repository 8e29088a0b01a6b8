import type { HomeView } from '@slack/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOME_PENDING_SHOWN, appHome } from '../../src/views/app-home.js';
import { slackDate } from '../../src/views/format.js';
import { ACTIONS } from '../../src/views/ids.js';
import { DEFAULT_SETTINGS, type UserSettings } from '../../src/domain/settings.js';
import type { DecisionCounts, HomeModel, OwedItem, PendingItem, RecentDecision, SettingsModel, StatsModel } from '../../src/views/models.js';
import { collectMrkdwn } from '../support/block-kit.js';
import { inJson, MARKUP_VALUES, untrustedText } from '../support/hostile-text.js';
import { actionsBlocks, allMrkdwn, buttons, checkedHome, HOSTILE_CASES } from './view-helpers.js';

const ME = 'U0OWNER001';
const AT = new Date('2026-11-20T10:00:00Z');
const PROFILE = 'https://www.linkedin.com/in/ana-silva';
const ZERO: DecisionCounts = { pending: 0, accepted: 0, ignored: 0, declined: 0, blocked: 0 };

function pendingItem(overrides: Partial<PendingItem> = {}): PendingItem {
  return { invitationId: 1, name: 'Priya Raman', headline: 'Head of Data', company: 'Northwind', recommendation: 'review', checkedAt: AT, ...overrides };
}

function owedItem(overrides: Partial<OwedItem> = {}): OwedItem {
  return { nudgeId: 1, invitationId: 1, name: 'Ana Silva', profileUrl: PROFILE, acceptedAt: AT, ...overrides };
}

function recent(overrides: Partial<RecentDecision> = {}): RecentDecision {
  return { invitationId: 5, name: 'Ben Okafor', status: 'ignored', decidedAt: AT, reason: 'Not relevant to my work', ...overrides };
}

function stats(overrides: Partial<StatsModel> = {}): StatsModel {
  return {
    monthLabel: 'November 2026',
    month: { pending: 1, accepted: 2, ignored: 3, declined: 0, blocked: 1 },
    allTime: { pending: 1, accepted: 20, ignored: 30, declined: 2, blocked: 1 },
    ignoreRatio: 33 / 53,
    thankYous: { sent: 18, owed: 1, skipped: 1 },
    ...overrides,
  };
}

const WORKSPACE: SettingsModel['workspace'] = { workStart: '09:00', workEnd: '17:00', workDays: [1, 2, 3, 4, 5], delayLabel: 'the next morning' };

function settings(overrides: Partial<UserSettings> = {}): SettingsModel {
  return { current: { ...DEFAULT_SETTINGS, ...overrides }, workspace: WORKSPACE };
}

function model(overrides: Partial<HomeModel> = {}): HomeModel {
  return { userId: ME, pending: [pendingItem()], pendingTotal: 1, owed: [owedItem()], owedTotal: 1, recent: [recent()], stats: stats(), settings: settings(), ...overrides };
}

const NEWCOMER: Partial<HomeModel> = {
  pending: [],
  pendingTotal: 0,
  owed: [],
  owedTotal: 0,
  recent: [],
  stats: stats({ month: ZERO, allTime: ZERO, ignoreRatio: null, thankYous: { sent: 0, owed: 0, skipped: 0 } }),
};

/** The settings summary under the greeting. */
function contextText(view: HomeView): string {
  const block = view.blocks[2];
  return block?.type === 'context' ? allMrkdwn(block) : '';
}

function home(m: HomeModel): HomeView {
  const cardLinks = m.pending.flatMap((item) => (item.cardLink ? [item.cardLink] : []));
  return checkedHome(appHome(m), [m.userId], m.owed.map((o) => o.profileUrl), cardLinks);
}

const CARD_LINK = 'https://acme.slack.com/archives/C0CHANNEL1/p1763632800000100';
const THREAD_CARD_LINK = 'https://acme.slack.com/archives/C0CHANNEL1/p1763632800000300?thread_ts=1763632800.000200&cid=C0CHANNEL1';

describe('appHome', () => {
  it('is a home view with a header, a greeting and the Settings button', () => {
    const view = home(model());
    expect(view.type).toBe('home');
    expect(view.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Your invitations', emoji: true } });
    expect(collectMrkdwn(view.blocks)[0]).toContain(`Hi <@${ME}>!`);
    const settings = buttons(view.blocks).filter((b) => b.action_id === ACTIONS.openSettings);
    expect(settings).toEqual([expect.objectContaining({ text: expect.objectContaining({ text: 'Settings' }) })]);
  });

  it('shows waiting invitations with Accept and Ignore… buttons carrying their ids', () => {
    const view = home(model({ pending: [pendingItem({ invitationId: 7 }), pendingItem({ invitationId: 8, name: 'Cleo' })], pendingTotal: 2 }));
    expect(allMrkdwn(view.blocks)).toContain(':hourglass_flowing_sand: *Waiting for your decision* (2)');
    expect(allMrkdwn(view.blocks)).toContain(
      `*Priya Raman*\nHead of Data at Northwind\n:large_yellow_circle: recommended: take a closer look · checked ${slackDate(AT, '{date_short_pretty}')}`,
    );
    expect(actionsBlocks(view.blocks).map((block) => [block.block_id, ...block.elements.map((el) => `${el.action_id}=${el.type === 'button' ? el.value : ''}`)])).toEqual([
      ['home_pending:7', `${ACTIONS.accept}=7`, `${ACTIONS.ignore}=7`],
      ['home_pending:8', `${ACTIONS.accept}=8`, `${ACTIONS.ignore}=8`],
    ]);
  });

  describe('links to the cards', () => {
    const checked = slackDate(AT, '{date_short_pretty}');

    it('ends a waiting item with a link to its card, when Slack gave one, and says nothing of one otherwise', () => {
      const view = home(
        model({
          pending: [
            pendingItem({ invitationId: 7, cardLink: CARD_LINK }),
            pendingItem({ invitationId: 8, name: 'Cleo', headline: null, company: null, cardLink: THREAD_CARD_LINK }),
            pendingItem({ invitationId: 9, name: 'Dev', headline: null, company: null, cardLink: null }),
            pendingItem({ invitationId: 10, name: 'Eve', headline: null, company: null }),
          ],
          pendingTotal: 4,
        }),
      );
      const texts = collectMrkdwn(view.blocks);
      expect(texts).toContain(`*Priya Raman*\nHead of Data at Northwind\n:large_yellow_circle: recommended: take a closer look · checked ${checked} · <${CARD_LINK}|Open the card>`);
      // A thread's link keeps its `&`, as mrkdwn writes it.
      expect(texts).toContain(
        `*Cleo*\n:large_yellow_circle: recommended: take a closer look · checked ${checked} · <https://acme.slack.com/archives/C0CHANNEL1/p1763632800000300?thread_ts=1763632800.000200&amp;cid=C0CHANNEL1|Open the card>`,
      );
      // No card posted as a message (shown privately, or nowhere), or its link not had: as before.
      expect(texts).toContain(`*Dev*\n:large_yellow_circle: recommended: take a closer look · checked ${checked}`);
      expect(texts).toContain(`*Eve*\n:large_yellow_circle: recommended: take a closer look · checked ${checked}`);
      expect(allMrkdwn(view.blocks).match(/Open the card/g)).toHaveLength(2);
      // The buttons stay as they were.
      expect(actionsBlocks(view.blocks).map((block) => block.elements.length)).toEqual([2, 2, 2, 2]);
    });

    it.each([
      ['another site', 'https://evil.example/archives/C1/p1'],
      ['a look-alike host', 'https://acme.slack.com.evil.example/archives/C1/p1'],
      ['plain http', 'http://acme.slack.com/archives/C1/p1'],
      ['a script', 'javascript:alert(1)//acme.slack.com'],
      ['a user and password', 'https://me:pw@acme.slack.com/archives/C1/p1'],
      ['a port', 'https://acme.slack.com:8443/archives/C1/p1'],
      ['markup', '<!here>'],
      ['nothing', ''],
      ['too long', `https://acme.slack.com/archives/C1/p1?x=${'a'.repeat(1000)}`],
    ])('links nowhere for %s', (_label, cardLink) => {
      const view = home(model({ pending: [pendingItem({ cardLink })], pendingTotal: 1 }));
      expect(allMrkdwn(view.blocks)).not.toContain('Open the card');
      expect(collectMrkdwn(view.blocks)).toContain(`*Priya Raman*\nHead of Data at Northwind\n:large_yellow_circle: recommended: take a closer look · checked ${checked}`);
    });

    it('keeps a link to Slack that holds markup characters from ending early', () => {
      const view = appHome(model({ pending: [pendingItem({ cardLink: 'https://acme.slack.com/archives/C1/p1?a=<b>|c&d=e f' })], pendingTotal: 1 }));
      const texts = collectMrkdwn(view.blocks);
      expect(texts.join('\n')).toContain(' · <https://acme.slack.com/archives/C1/p1?a=%3Cb%3E%7Cc&amp;d=e%20f|Open the card>');
    });

    it('stays within Block Kit limits with every shown item at its longest, each with a long link', () => {
      const longLink = (i: number) => `https://${'w'.repeat(60)}.enterprise.slack.com/archives/C0CHANNEL1/p1763632800000100?thread_ts=1763632800.000200&cid=C0CHANNEL1&x=${String(i).padEnd(800, 'y')}`;
      const pending = Array.from({ length: 200 }, (_, i) =>
        pendingItem({ invitationId: i + 1, name: '&'.repeat(400), headline: '<'.repeat(600), company: '*'.repeat(400), cardLink: longLink(i) }),
      );
      const view = home(model({ pending, pendingTotal: 230 }));
      expect(view.blocks.length).toBeLessThanOrEqual(100);
      expect(allMrkdwn(view.blocks).match(/\|Open the card>/g)).toHaveLength(HOME_PENDING_SHOWN);
      for (const text of collectMrkdwn(view.blocks)) expect(text.length).toBeLessThanOrEqual(3000);
    });
  });

  it('lists thank-yous owed, latest decisions with status, date and reason, and the stats', () => {
    const texts = collectMrkdwn(home(model()).blocks);
    expect(texts).toContain(
      `:email: *Thank-yous you owe* (1)\nEach gets a ready-to-send note in your DM with me during your working hours: press *Sent it* there once you've thanked them.\n• <${PROFILE}|Ana Silva>, accepted ${slackDate(AT, '{date_short_pretty}')}`,
    );
    expect(texts).toContain(`*Your latest decisions*\n:heavy_minus_sign: *Ben Okafor*: ignored ${slackDate(AT, '{date_short_pretty}')} · Not relevant to my work`);
    expect(texts).toContain(
      [
        ':bar_chart: *November 2026:* you accepted 2 people, ignored 3, declined 0, blocked 1',
        '*All time:* you accepted 20 people, ignored 30, declined 2, blocked 1',
        '*Turned down:* 62% of all the people you decided on so far (ignored, declined or blocked).',
        '*Thank-yous:* 18 sent, 1 still owed, 1 skipped.',
      ].join('\n'),
    );
  });

  it('keeps a name with *, _, ~ or backticks inside its own bold, in every list', () => {
    const H = '\u034F';
    const texts = collectMrkdwn(
      home(model({ pending: [pendingItem({ name: 'Jo *Ann* Smith' })], owed: [owedItem({ name: '_Zed_' })], recent: [recent({ name: '~Kay~ `B`', reason: null })] })).blocks,
    );
    expect(texts).toContain(`*Jo ${H}*${H}Ann${H}*${H} Smith*\nHead of Data at Northwind\n:large_yellow_circle: recommended: take a closer look · checked ${slackDate(AT, '{date_short_pretty}')}`);
    expect(texts.join('\n')).toContain(`• <${PROFILE}|${H}_${H}Zed${H}_${H}>, accepted `);
    // Owed without a profile link: the bare name is kept from formatting too (no "_Zed_" in italics).
    const bare = collectMrkdwn(home(model({ owed: [owedItem({ name: '_Zed_ *Bo*', profileUrl: null })] })).blocks).join('\n');
    expect(bare).toContain(`• ${H}_${H}Zed${H}_${H} ${H}*${H}Bo${H}*${H}, accepted `);
    expect(texts).toContain(`*Your latest decisions*\n:heavy_minus_sign: *${H}~${H}Kay${H}~${H} ${H}\`${H}B${H}\`${H}*: ignored ${slackDate(AT, '{date_short_pretty}')}`);
  });

  it('welcomes a newcomer and explains how to start', () => {
    const view = home(model(NEWCOMER));
    expect(view.blocks.map((block) => block.type)).toEqual(['header', 'section', 'context', 'divider', 'section']);
    const text = allMrkdwn(view.blocks);
    expect(text).toContain("*Welcome!* When a connection invitation arrives, check it with `/invite-check` and I'll recommend what to do");
    // Nothing can be forwarded to the Home tab: the welcome must not ask for it.
    expect(text).not.toMatch(/forward it here/i);
    expect(text).toContain('type `/invite-check` in any channel');
    // Nothing is waiting yet: the greeting does not say there is.
    expect(text).not.toContain("Here's what is waiting for you");
    expect(text).toContain('This page will show what is waiting for you');
    expect(buttons(view.blocks).map((b) => b.action_id)).toEqual([ACTIONS.openSettings]);
    // Their settings, under the button: no focus yet, and the workspace's hours.
    expect(contextText(view)).toBe(
      "*Your focus:* none yet. Tell me in *Settings* what you're looking for, and I'll weigh how well each invitation fits it.\n" +
        '*When I may message you:* 09:00–17:00, Mon–Fri (workspace default) · thank-you reminders: the next morning (workspace default) · weekly review: on',
    );
  });

  describe('settings summary', () => {
    it('shows the focus, hours, days, delay and review under the Settings button', () => {
      const view = home(
        model({
          settings: settings({
            focus: { industries: ['fintech', 'healthcare'], roles: ['data engineer'], keywords: [], freeText: 'People building\ndata products in Europe' },
            workStart: '08:00',
            workEnd: '16:30',
            workDays: [1, 3, 5],
            thankYouDelay: '60',
            weeklyReview: false,
          }),
        }),
      );
      expect(view.blocks.slice(1, 3).map((block) => block.type)).toEqual(['section', 'context']);
      expect(contextText(view)).toBe(
        '*Your focus:* industries: fintech, healthcare · roles: data engineer · in your words: “People building data products in Europe”\n' +
          '*When I may message you:* 08:00–16:30, Mon, Wed, Fri · thank-you reminders: an hour later · weekly review: off',
      );
    });

    it('says which of hours and days are the workspace’s', () => {
      expect(contextText(home(model({ settings: settings({ workDays: [0, 6] }) })))).toContain('09:00–17:00 (the workspace\'s hours), Sat, Sun ·');
      expect(contextText(home(model({ settings: settings({ workStart: '07:00' }) })))).toContain('07:00–17:00, Mon–Fri (the workspace\'s days) ·');
      // Hours that end before they start are not used: the workspace's are, and the summary says so.
      expect(contextText(home(model({ settings: settings({ workStart: '18:00' }) })))).toContain('09:00–17:00, Mon–Fri (workspace default) ·');
      expect(contextText(home(model({ settings: settings({ thankYouDelay: 'morning' }) })))).toContain('thank-you reminders: the next morning · weekly');
    });

    it('escapes focus terms and keeps them from formatting', () => {
      const H = '\u034F';
      const view = home(model({ settings: settings({ focus: { industries: ['<!here> & *AI*'], roles: [], keywords: ['_x_'], freeText: '<@U0OTHER> `y`' } }) }));
      expect(contextText(view)).toContain(`industries: &lt;!here&gt; &amp; ${H}*${H}AI${H}*${H} · keywords: ${H}_${H}x${H}_${H} · in your words: “&lt;@U0OTHER&gt; ${H}\`${H}y${H}\`${H}”`);
    });

    it('stays short and within Block Kit limits with 20 terms of 60 characters in each list and 500 characters of free text', () => {
      const terms = (prefix: string) => Array.from({ length: 20 }, (_, i) => `${prefix}${i}`.padEnd(60, 'x'));
      const view = home(
        model({
          pendingTotal: 200,
          pending: Array.from({ length: 200 }, (_, i) => pendingItem({ invitationId: i + 1 })),
          settings: settings({ focus: { industries: terms('i'), roles: terms('r'), keywords: terms('k'), freeText: 'w'.repeat(500) } }),
        }),
      );
      expect(view.blocks.length).toBeLessThanOrEqual(100);
      const summary = contextText(view);
      expect(summary.length).toBeLessThan(700);
      expect(summary).toContain(`industries: ${'i0'.padEnd(60, 'x')} and 19 more · roles: `);
      expect(summary).toContain(`in your words: “${'w'.repeat(79)}…”`);
    });
  });

  it('explains each empty section once there is some history', () => {
    const text = allMrkdwn(home(model({ pending: [], pendingTotal: 0, owed: [], owedTotal: 0, recent: [] })).blocks);
    expect(text).toContain('*Waiting for your decision*\nNothing is waiting.');
    // The how-to once, at the foot, not again under an empty section.
    expect(text.split('To check an invitation, type `/invite-check`')).toHaveLength(2);
    expect(text).toContain("*Thank-yous you owe*\nYou're all caught up. Nice.");
    expect(text).toContain('*Your latest decisions*\nNo decisions yet.');
    expect(text).toContain('*All time:* you accepted 20 people');
  });

  it('stays within 100 blocks with 200 waiting, counting the rest', () => {
    const pending = Array.from({ length: 200 }, (_, i) => pendingItem({ invitationId: i + 1, name: `Person ${i + 1}` }));
    const owed = Array.from({ length: 50 }, (_, i) => owedItem({ nudgeId: i, name: `Owed ${i + 1}`, profileUrl: null }));
    const recents = Array.from({ length: 50 }, (_, i) => recent({ invitationId: i, name: `Recent ${i + 1}` }));
    const view = home(model({ pending, pendingTotal: 230, owed, owedTotal: 50, recent: recents }));
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(actionsBlocks(view.blocks)).toHaveLength(HOME_PENDING_SHOWN);
    const text = allMrkdwn(view.blocks);
    expect(text).toContain(`…and ${230 - HOME_PENDING_SHOWN} waiting. Their cards have the same buttons.`);
    expect(text).toContain('• Owed 10,');
    expect(text).not.toContain('• Owed 11,');
    expect(text).toContain('\n…and 40 more');
    expect(text).toContain('*Recent 10*');
    expect(text).not.toContain('*Recent 11*');
  });

  it('shows an invitation listed twice once', () => {
    expect(actionsBlocks(home(model({ pending: [pendingItem(), pendingItem()], pendingTotal: 2 })).blocks)).toHaveLength(1);
  });

  it.each(HOSTILE_CASES)('neutralises %j in every field', (_label, value) => {
    const view = home(
      model({
        pending: [pendingItem({ name: value, headline: value, company: value })],
        owed: [owedItem({ name: value, profileUrl: value })],
        recent: [recent({ name: value, reason: value })],
        stats: stats({ monthLabel: value }),
        settings: settings({ focus: { industries: [value], roles: [value], keywords: [value], freeText: value } }),
      }),
    );
    if (MARKUP_VALUES.includes(value)) expect(JSON.stringify(view)).not.toContain(inJson(value));
  });

  it('stays valid and inert within 100 blocks for any content (property)', () => {
    const nullable = fc.option(untrustedText, { nil: null });
    const when = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });
    const pending = fc.record({
      invitationId: fc.nat(),
      name: untrustedText,
      headline: nullable,
      company: nullable,
      recommendation: fc.constantFrom('accept', 'review', 'ignore' as const),
      checkedAt: when,
      cardLink: fc.option(fc.constantFrom(CARD_LINK, THREAD_CARD_LINK), { nil: null }),
    });
    const owed = fc.record({ nudgeId: fc.nat(), invitationId: fc.nat(), name: untrustedText, profileUrl: nullable, acceptedAt: when });
    const decided = fc.record({
      invitationId: fc.nat(),
      name: untrustedText,
      status: fc.constantFrom('accepted', 'ignored', 'declined', 'blocked' as const),
      decidedAt: when,
      reason: nullable,
    });
    fc.assert(
      fc.property(
        fc.array(pending, { maxLength: 60 }),
        fc.array(owed, { maxLength: 15 }),
        fc.array(decided, { maxLength: 15 }),
        fc.oneof(fc.constant(ME), untrustedText),
        fc.nat({ max: 300 }),
        (p, o, r, userId, extra) => {
          const view = home(model({ userId, pending: p, pendingTotal: p.length + extra, owed: o, owedTotal: o.length, recent: r }));
          expect(view.blocks.length).toBeLessThanOrEqual(100);
        },
      ),
      { numRuns: 100 },
    );
  });
});
