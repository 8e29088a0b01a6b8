import type { KnownBlock } from '@slack/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slackDate } from '../../src/views/format.js';
import { ACTIONS } from '../../src/views/ids.js';
import { IGNORED_PAGE_SIZE, ignoredListAfterChange, ignoredListMessage } from '../../src/views/ignored-list.js';
import type { IgnoredEntry, IgnoredListModel } from '../../src/views/models.js';
import { MESSAGE_TEXT_BUDGET, textLength } from '../../src/views/text-budget.js';
import { assertValidMessage, collectMrkdwn } from '../support/block-kit.js';
import { inJson, MARKUP_VALUES, untrustedText } from '../support/hostile-text.js';
import { actionsBlocks, allMrkdwn, checkedMessage, HOSTILE_CASES } from './view-helpers.js';

const PROFILE = 'https://www.linkedin.com/in/priya-raman-data';
const AT = new Date('2024-03-06T09:30:00Z');

function entry(overrides: Partial<IgnoredEntry> = {}): IgnoredEntry {
  return {
    invitationId: 1,
    name: 'Priya Raman',
    headline: 'Head of Data Partnerships',
    company: 'Northwind Analytics',
    profileUrl: PROFILE,
    status: 'ignored',
    decidedAt: AT,
    reason: 'Looks like a sales pitch or spam',
    note: 'Sent the same pitch to three of us.',
    ...overrides,
  };
}

function list(model: Partial<IgnoredListModel> = {}) {
  const full: IgnoredListModel = { entries: [entry()], page: 1, pageCount: 1, total: 1, detailsRemoved: 0, movedOff: 0, pastTheEnd: false, newerFrom: null, olderFrom: null, ...model };
  return checkedMessage(ignoredListMessage(full), [], full.entries.map((e) => e.profileUrl));
}

function paging(blocks: readonly KnownBlock[]) {
  return actionsBlocks(blocks).flatMap((block) =>
    block.elements.map((element) => [element.action_id, element.type === 'button' ? element.text.text : '', element.type === 'button' ? element.value : '']),
  );
}

describe('ignoredListMessage', () => {
  it('shows each person with name, profile link, role, status, date, reason and note', () => {
    const { text, blocks } = list();
    expect(text).toBe("People you didn't connect with: page 1 of 1 (1 person)");
    expect(collectMrkdwn(blocks)[1]).toBe(
      [
        `*<${PROFILE}|Priya Raman>*`,
        'Head of Data Partnerships at Northwind Analytics',
        `:heavy_minus_sign: Ignored on ${slackDate(AT, '{date_short_pretty}')} · Looks like a sales pitch or spam · "Sent the same pitch to three of us."`,
      ].join('\n'),
    );
  });

  it('leaves out what is missing, and shows declined and blocked', () => {
    const { blocks } = list({
      entries: [
        entry({ invitationId: 2, name: 'Ana', headline: null, company: null, profileUrl: null, status: 'blocked', reason: null, note: null }),
        entry({ invitationId: 3, name: 'Ben', headline: null, company: 'Acme', profileUrl: 'https://evil.example/in/ben', status: 'declined', reason: null, note: '  ' }),
      ],
      total: 2,
    });
    const texts = collectMrkdwn(blocks);
    expect(texts[1]).toBe(`*Ana*\n:no_entry: Blocked on ${slackDate(AT, '{date_short_pretty}')}`);
    expect(texts[2]).toBe(`*Ben*\nAcme\n:wave: Declined on ${slackDate(AT, '{date_short_pretty}')}`);
  });

  it('lists the newest first', () => {
    const entries = [1, 3, 2].map((day) => entry({ invitationId: day, name: `Day ${day}`, profileUrl: null, decidedAt: new Date(Date.UTC(2024, 0, day)) }));
    const names = collectMrkdwn(list({ entries, total: 3 }).blocks)
      .slice(1, 4)
      .map((text) => text.split('\n')[0]);
    expect(names).toEqual(['*Day 3*', '*Day 2*', '*Day 1*']);
  });

  it('says where you are in the list', () => {
    const entries = Array.from({ length: 10 }, (_, i) => entry({ invitationId: i }));
    expect(allMrkdwn(list({ entries, page: 2, pageCount: 5, total: 43 }).blocks)).toContain('Page 2 of 5 · 43 people');
  });

  const FIRST = { decidedAt: new Date('2024-03-06T09:30:00.000Z'), invitationId: 41 };
  const LAST = { decidedAt: new Date('2024-03-01T08:00:00.000Z'), invitationId: 7 };

  it.each([
    ['nothing newer or older', 1, 1, null, null, []],
    ['only older', 1, 5, null, LAST, [[ACTIONS.ignoredPage, 'Older', `older:${LAST.decidedAt.getTime()}:7`]]],
    [
      'both',
      3,
      5,
      FIRST,
      LAST,
      [
        [ACTIONS.ignoredPage, 'Newer', `newer:${FIRST.decidedAt.getTime()}:41`],
        [ACTIONS.ignoredPage, 'Older', `older:${LAST.decidedAt.getTime()}:7`],
      ],
    ],
    ['only newer', 5, 5, FIRST, null, [[ACTIONS.ignoredPage, 'Newer', `newer:${FIRST.decidedAt.getTime()}:41`]]],
  ])('with %s, page %i of %i offers buttons that read from the edge of the page', (_label, page, pageCount, newerFrom, olderFrom, expected) => {
    expect(paging(list({ page, pageCount, total: pageCount * 10 - 3, newerFrom, olderFrom }).blocks)).toEqual(expected);
  });

  it('keeps a paging value short, at its longest', () => {
    const far = { decidedAt: new Date(8.64e15), invitationId: Number.MAX_SAFE_INTEGER };
    const values = paging(list({ page: 99_999, pageCount: 100_000, total: 999_999, newerFrom: far, olderFrom: far }).blocks).map(([, , value]) => value ?? '');
    expect(values).toEqual([`newer:8640000000000000:${Number.MAX_SAFE_INTEGER}`, `older:8640000000000000:${Number.MAX_SAFE_INTEGER}`]);
    for (const value of values) expect(value.length).toBeLessThan(60);
  });

  it('says kindly when nobody is left on a page, and leads back to the newest', () => {
    const { text, blocks } = list({ entries: [], page: 3, pageCount: 3, total: 25 });
    expect(text).toBe("People you didn't connect with: nobody left to show here (25 people)");
    expect(allMrkdwn(blocks)).toContain('Nobody left to show here: the list changed since the last page.');
    expect(allMrkdwn(blocks)).toContain('25 people on the list');
    expect(allMrkdwn(blocks)).not.toContain('Page ');
    expect(paging(blocks)).toEqual([[ACTIONS.ignoredPage, 'Back to the newest', '1']]);
  });

  it('has a friendly empty state, without paging', () => {
    const { text, blocks } = list({ entries: [], page: 1, pageCount: 0, total: 0 });
    expect(text).toBe('Nobody ignored, declined or blocked yet.');
    expect(blocks).toHaveLength(1);
    expect(allMrkdwn(blocks)).toMatch(/^\*Nobody here yet\.\* When you ignore, decline or block an invitation/);
  });

  it('keeps the newcomer text for a newcomer: a list emptied while open says it is empty now', () => {
    const empty = { entries: [], page: 1, pageCount: 0, total: 0, detailsRemoved: 0, movedOff: 0, pastTheEnd: false, newerFrom: null, olderFrom: null };
    // Emptied while open (a paging click, a redraw after a change): never "Nobody here yet".
    const redrawn = checkedMessage(ignoredListMessage(empty, { redrawn: true }), [], []);
    expect(redrawn.text).toBe('Nobody on the list now: nobody you ignored, declined or blocked is left to show.');
    expect(collectMrkdwn(redrawn.blocks)).toEqual([
      '*Nobody on the list now.* Everyone it showed has been changed or forgotten since.\nAnyone you ignore, decline or block from now on is listed here, with your reason.',
    ]);
  });

  it('says where people went when they were all changed to Accepted: a count, no names', () => {
    const { text, blocks } = list({ entries: [], page: 1, pageCount: 0, total: 0, movedOff: 2 });
    expect(text).toBe('Nobody on the list now: nobody you ignored, declined or blocked is left to show.');
    expect(collectMrkdwn(blocks)).toEqual([
      "*Nobody on the list now.* 2 invitations you had ignored, declined or blocked are now accepted, so no longer listed: each card's history keeps the earlier decision.\n" +
        'Anyone you ignore, decline or block from now on is listed here, with your reason.',
    ]);
    expect(allMrkdwn(list({ entries: [], total: 0, movedOff: 1 }).blocks)).toContain('1 invitation you had ignored, declined or blocked is now accepted,');
    // With details removed too: both are said.
    expect(allMrkdwn(list({ entries: [], total: 0, movedOff: 1, detailsRemoved: 2 }).blocks)).toContain(
      'is now accepted, so no longer listed: each card\'s history keeps the earlier decision. 2 older decisions are not listed: their details were removed after the retention period.',
    );
  });

  it('says, above the last page, that Older found nobody left past the page it was clicked on', () => {
    const { blocks } = list({ pastTheEnd: true, page: 2, pageCount: 2, total: 11, newerFrom: { decidedAt: AT, invitationId: 5 } });
    expect(collectMrkdwn(blocks)[0]).toBe('The people after the page you were on have left the list since (changed or forgotten), so here is its last page.');
    expect(allMrkdwn(blocks)).toContain('Page 2 of 2 · 11 people');
    expect(allMrkdwn(list().blocks)).not.toContain('left the list since');
  });

  it('shows at most a page of entries, within 50 blocks, at their longest', () => {
    const long = '&<>'.repeat(2000);
    const entries = Array.from({ length: 25 }, (_, i) =>
      entry({ invitationId: i, name: long, headline: long, company: long, reason: long, note: long, profileUrl: `https://www.linkedin.com/in/p${i}` }),
    );
    const { blocks } = list({ entries, page: 2, pageCount: 3, total: 25 });
    const shown = blocks.filter((block) => block.type === 'section').length - 1;
    expect(shown).toBe(IGNORED_PAGE_SIZE);
    expect(blocks.length).toBeLessThanOrEqual(50);
  });

  // Slack refuses a message whose blocks hold too much text in all (msg_blocks_too_long), however
  // well each block keeps to its own limit: ten people with every field as long as the forms take,
  // much of it `&` (five times longer escaped), and profile links with 200-character slugs.
  const amp = (length: number, lead = '') => lead + '&'.repeat(length - lead.length);
  const longest = (i: number) =>
    entry({
      invitationId: 100 + i,
      name: amp(100, `Person ${i} `),
      headline: amp(200, 'H'),
      company: amp(150, 'C'),
      profileUrl: `https://www.linkedin.com/in/${`p${i}-`.padEnd(200, 'x')}`,
      status: i % 2 === 0 ? 'ignored' : 'blocked',
      reason: i % 2 === 0 ? 'Looks like a sales pitch or spam' : amp(500, `r${i} `),
      note: i % 2 === 0 ? amp(500, `n${i} `) : null,
      decidedAt: new Date(AT.getTime() - i * 1000),
    });
  const fullPage = { entries: Array.from({ length: 10 }, (_, i) => longest(i)), page: 1, pageCount: 120, total: 1200, detailsRemoved: 3, movedOff: 0, pastTheEnd: false, olderFrom: { decidedAt: AT, invitationId: 109 } };

  it('keeps a page of ten of the longest entries within the text budget, each person still on it', () => {
    const message = list(fullPage);
    assertValidMessage(message, { maxBlockText: MESSAGE_TEXT_BUDGET });
    const texts = collectMrkdwn(message.blocks);
    for (let i = 0; i < 10; i += 1) expect(texts.filter((value) => value.includes(`|Person ${i} &amp;`))).toHaveLength(1);
    expect(message.blocks.filter((block) => block.type === 'section' && block.accessory?.type === 'button')).toHaveLength(10);
    expect(allMrkdwn(message.blocks)).toContain('Page 1 of 120 · 1,200 people');
    // Redrawn after a Change decision, with a line on top, it keeps to the budget too.
    const after = ignoredListAfterChange({ newerFrom: null, ...fullPage }, { name: amp(100, 'Person 0 '), status: 'accepted' });
    assertValidMessage(after, { maxBlockText: MESSAGE_TEXT_BUDGET });
    expect(collectMrkdwn(after.blocks)[0]).toMatch(/^:white_check_mark: \*Person 0 &amp;/);
  });

  it('shows a Block reason and an Ignore note of 500 characters whole, even when each character escapes five times longer', () => {
    const reason = `Sent crypto pitches to half the team. ${'They wrote to everyone in sales and support, then to the founders. '.repeat(8)}`.slice(0, 500);
    for (const [given, shown] of [
      [reason, reason],
      [amp(500), '&amp;'.repeat(500)],
    ] as const) {
      const { blocks } = list({ entries: [entry({ status: 'blocked', reason: given, note: null })] });
      expect(collectMrkdwn(blocks)[1]).toMatch(new RegExp(`:no_entry: Blocked on [^\n]* · ${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      const ignored = list({ entries: [entry({ reason: 'Looks like a sales pitch or spam', note: given })] });
      expect(collectMrkdwn(ignored.blocks)[1]).toContain(` · Looks like a sales pitch or spam · "${shown}"`);
    }
  });

  it('quotes less of each entry only when the page would not fit: a page of short entries is as it was', () => {
    expect(textLength(list(fullPage).blocks)).toBeLessThanOrEqual(MESSAGE_TEXT_BUDGET);
    const entries = Array.from({ length: 10 }, (_, i) => entry({ invitationId: i, note: 'n'.repeat(500) }));
    for (const value of collectMrkdwn(list({ entries, total: 10 }).blocks).slice(1, 11)) expect(value).toContain(`"${'n'.repeat(500)}"`);
  });

  it.each(HOSTILE_CASES)('neutralises %j in every field', (_label, value) => {
    const message = list({ entries: [entry({ name: value, headline: value, company: value, reason: value, note: value, profileUrl: value })] });
    if (MARKUP_VALUES.includes(value)) expect(JSON.stringify(message)).not.toContain(inJson(value));
  });

  it('stays valid, inert and within the text budget for any entries (property)', () => {
    const nullable = fc.option(untrustedText, { nil: null });
    const anyEntry = fc.record({
      invitationId: fc.nat(),
      name: untrustedText,
      headline: nullable,
      company: nullable,
      profileUrl: fc.option(fc.oneof(untrustedText, untrustedText.map((s) => `linkedin.com/in/${s}`)), { nil: null }),
      status: fc.constantFrom('ignored', 'declined', 'blocked' as const),
      decidedAt: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
      reason: nullable,
      note: nullable,
    });
    const anyPosition = fc.record({
      decidedAt: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
      invitationId: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    });
    fc.assert(
      fc.property(
        fc.array(anyEntry, { maxLength: 12 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 9 }),
        fc.option(anyPosition, { nil: null }),
        fc.option(anyPosition, { nil: null }),
        (entries, page, pageCount, newerFrom, olderFrom) => {
          const message = list({ entries, page, pageCount, total: entries.length + pageCount * 10, newerFrom, olderFrom });
          assertValidMessage(message, { maxBlockText: MESSAGE_TEXT_BUDGET });
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('decisions whose details retention removed', () => {
  it('are counted under the list, not listed', () => {
    const { blocks } = list({ detailsRemoved: 3 });
    expect(collectMrkdwn(blocks).at(-1)).toBe(
      'Page 1 of 1 · 1 person · 3 older decisions are not listed: their details were removed after the retention period',
    );
  });

  it('alone, say so rather than show an empty list', () => {
    const { text, blocks } = list({ entries: [], total: 0, detailsRemoved: 1 });
    expect(text).toBe('Nobody to list: older details were removed after the retention period.');
    expect(collectMrkdwn(blocks)).toEqual(['*Nobody to list.* 1 older decision is not listed: their details were removed after the retention period.']);
  });
});

describe('reconsidering from the list', () => {
  it('gives each entry Change decision, for that invitation, in a block of its own', () => {
    const { blocks } = list({ entries: [entry({ invitationId: 7 }), entry({ invitationId: 9, decidedAt: new Date('2024-03-01T09:00:00Z') })], total: 2 });
    const accessories = blocks.flatMap((block) => (block.type === 'section' && block.accessory?.type === 'button' ? [[block.block_id, block.accessory.action_id, block.accessory.value]] : []));
    expect(accessories).toEqual([
      ['ignored:7', ACTIONS.changeDecision, '7'],
      ['ignored:9', ACTIONS.changeDecision, '9'],
    ]);
  });
});
