import type { KnownBlock } from '@slack/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOME_PENDING_SHOWN } from '../../src/views/app-home.js';
import { slackDate } from '../../src/views/format.js';
import { ACTIONS } from '../../src/views/ids.js';
import type { DecisionCounts, OwedItem, PendingItem, RecentDecision, ReviewModel } from '../../src/views/models.js';
import { REVIEW_OWED_SHOWN, REVIEW_PENDING_SHOWN, reviewMessage, shortReviewMessage } from '../../src/views/review-message.js';
import { MESSAGE_TEXT_BUDGET, textLength } from '../../src/views/text-budget.js';
import { assertValidMessage, collectMrkdwn } from '../support/block-kit.js';
import { inJson, MARKUP_VALUES, untrustedText } from '../support/hostile-text.js';
import { actionsBlocks, allMrkdwn, checkedMessage, HOSTILE_CASES } from './view-helpers.js';

const CHECKED = new Date('2026-11-16T10:00:00Z');
const ACCEPTED = new Date('2026-11-20T10:00:00Z');
const PROFILE = 'https://www.linkedin.com/in/priya-raman-data';
const ZERO: DecisionCounts = { pending: 0, accepted: 0, ignored: 0, declined: 0, blocked: 0 };

function pendingItem(overrides: Partial<PendingItem> = {}): PendingItem {
  return { invitationId: 1, name: 'Priya Raman', headline: 'Head of Data', company: 'Northwind', recommendation: 'accept', checkedAt: CHECKED, ...overrides };
}

function owedItem(overrides: Partial<OwedItem> = {}): OwedItem {
  return { nudgeId: 1, invitationId: 1, name: 'Ana Silva', profileUrl: PROFILE, acceptedAt: ACCEPTED, ...overrides };
}

function recent(overrides: Partial<RecentDecision> = {}): RecentDecision {
  return { invitationId: 5, name: 'Ben Okafor', status: 'ignored', decidedAt: ACCEPTED, reason: 'Not relevant to my work', ...overrides };
}

function model(overrides: Partial<ReviewModel> = {}): ReviewModel {
  return {
    pending: [pendingItem()],
    pendingTotal: 1,
    owed: [owedItem()],
    owedTotal: 1,
    decidedThisWeek: { counts: { ...ZERO, accepted: 2, ignored: 1 }, recent: [recent(), recent({ name: 'Cleo', status: 'accepted' })] },
    ratioNote: null,
    ...overrides,
  };
}

function review(m: ReviewModel) {
  return checkedMessage(reviewMessage(m), [], [...m.owed.map((o) => o.profileUrl)]);
}

function accessoriesOf(blocks: readonly KnownBlock[]) {
  return blocks.flatMap((block) =>
    block.type === 'section' && block.accessory?.type === 'button' ? [[block.block_id, `${block.accessory.action_id}=${block.accessory.value}`]] : [],
  );
}

function buttonsOf(blocks: readonly KnownBlock[]) {
  return actionsBlocks(blocks).map((block) => [block.block_id, ...block.elements.map((el) => `${el.action_id}=${el.type === 'button' ? el.value : ''}`)]);
}

describe('reviewMessage', () => {
  it('shows what is waiting with buttons, what is owed and what was decided', () => {
    const { text, blocks } = review(model());
    expect(text).toBe('Your weekly invitation review: 1 invitation waiting, 1 thank-you owed.');
    // A notification names only what there is.
    expect(review(model({ pending: [], pendingTotal: 0 })).text).toBe('Your weekly invitation review: 1 thank-you owed.');
    expect(review(model({ owed: [], owedTotal: 0 })).text).toBe('Your weekly invitation review: 1 invitation waiting.');
    const texts = collectMrkdwn(blocks);
    expect(texts).toContain(`*Priya Raman*\nHead of Data at Northwind\n:large_green_circle: recommended: accept · checked ${slackDate(CHECKED, '{date_short_pretty}')}`);
    expect(texts).toContain(":email: *Thank-yous you still owe* (1)\nEach gets a ready-to-send note in your DM with me. Press *Sent it* once you've thanked them.");
    expect(texts).toContain(`• <${PROFILE}|Ana Silva>, accepted ${slackDate(ACCEPTED, '{date_short_pretty}')}`);
    expect(texts).toContain('*Decided in the last seven days* (3)\n:white_check_mark: 2 accepted · :heavy_minus_sign: 1 ignored\nAmong them: *Ben Okafor* (ignored), *Cleo* (accepted), and 1 more');
    expect(buttonsOf(blocks)).toEqual([['review:1', `${ACTIONS.accept}=1`, `${ACTIONS.ignore}=1`]]);
    // Each owed thank-you can be finished from the review: Sent it, with the nudge's id.
    expect(accessoriesOf(blocks)).toEqual([['review:owed:1', `${ACTIONS.nudgeSent}=1`]]);
  });

  it('keeps a name with *, _, ~ or backticks inside its own bold', () => {
    const H = '\u034F';
    const decidedThisWeek = { counts: { ...ZERO, accepted: 1, ignored: 1 }, recent: [recent({ name: 'Jo *Ann* Smith' }), recent({ name: '_Zed_', status: 'accepted' })] };
    const texts = collectMrkdwn(review(model({ pending: [pendingItem({ name: '~Kay~' })], owed: [owedItem({ name: 'Bo `B`' })], decidedThisWeek })).blocks);
    expect(texts).toContain(`*${H}~${H}Kay${H}~${H}*\nHead of Data at Northwind\n:large_green_circle: recommended: accept · checked ${slackDate(CHECKED, '{date_short_pretty}')}`);
    expect(texts).toContain(`• <${PROFILE}|Bo ${H}\`${H}B${H}\`${H}>, accepted ${slackDate(ACCEPTED, '{date_short_pretty}')}`);
    expect(texts).toContain(
      `*Decided in the last seven days* (2)\n:white_check_mark: 1 accepted · :heavy_minus_sign: 1 ignored\nAmong them: *Jo ${H}*${H}Ann${H}*${H} Smith* (ignored), *${H}_${H}Zed${H}_${H}* (accepted)`,
    );
  });

  it('keeps reasons out of the week’s summary', () => {
    expect(allMrkdwn(review(model()).blocks)).not.toContain('Not relevant to my work');
  });

  it('shows ten waiting invitations, each with its own buttons, and counts the rest', () => {
    const pending = Array.from({ length: 14 }, (_, i) => pendingItem({ invitationId: 100 + i, name: `Person ${i}` }));
    const { blocks } = review(model({ pending, pendingTotal: 31 }));
    const rows = buttonsOf(blocks);
    expect(rows).toHaveLength(REVIEW_PENDING_SHOWN);
    expect(rows[9]).toEqual(['review:109', `${ACTIONS.accept}=109`, `${ACTIONS.ignore}=109`]);
    expect(allMrkdwn(blocks)).toContain('*Still waiting for you* (31)');
    expect(allMrkdwn(blocks)).toContain('…and 21 waiting. My Home tab shows more of them, with the same buttons.');
    // …which holds: the Home tab lists every waiting invitation, more of them than the review.
    expect(HOME_PENDING_SHOWN).toBeGreaterThan(REVIEW_PENDING_SHOWN);
    expect(blocks.length).toBeLessThanOrEqual(50);
  });

  it('shows each invitation once even when it is listed twice', () => {
    const { blocks } = review(model({ pending: [pendingItem(), pendingItem()], pendingTotal: 2 }));
    expect(buttonsOf(blocks)).toHaveLength(1);
  });

  it('lists owed thank-yous and counts the rest', () => {
    const owed = Array.from({ length: 12 }, (_, i) => owedItem({ nudgeId: i, name: `Owed ${i}`, profileUrl: null }));
    const text = allMrkdwn(review(model({ owed, owedTotal: 15 })).blocks);
    expect(text).toContain('\n• Owed 9, accepted');
    expect(text).not.toContain('• Owed 10,');
    expect(text).toContain('…and 5 more');
    expect(accessoriesOf(review(model({ owed, owedTotal: 15 })).blocks)).toHaveLength(REVIEW_OWED_SHOWN);
  });

  it('stays within 50 blocks with everything full', () => {
    const pending = Array.from({ length: 14 }, (_, i) => pendingItem({ invitationId: 100 + i }));
    const owed = Array.from({ length: 14 }, (_, i) => owedItem({ nudgeId: i }));
    const { blocks } = review(model({ pending, pendingTotal: 40, owed, owedTotal: 40, ratioNote: 'A note' }));
    expect(blocks.length).toBeLessThanOrEqual(50);
  });

  // Slack refuses a message whose blocks hold too much text in all (msg_blocks_too_long), however
  // well each block keeps to its own limit. The longest the forms take, much of it `&`, which
  // escaping makes five times longer, and profile links with 200-character slugs.
  const amp = (length: number, lead = '') => lead + '&'.repeat(length - lead.length);
  const backlog = (overrides: Partial<ReviewModel> = {}) =>
    model({
      pending: Array.from({ length: 20 }, (_, i) => pendingItem({ invitationId: 100 + i, name: amp(100, `Waiting ${i} `), headline: amp(200, 'R'), company: amp(150, 'M'), recommendation: 'review' })),
      pendingTotal: 200,
      owed: Array.from({ length: 15 }, (_, i) => owedItem({ nudgeId: i, invitationId: 300 + i, name: amp(100, `Owed ${i} `), profileUrl: `https://www.linkedin.com/in/${`owed${i}-`.padEnd(200, 'x')}` })),
      owedTotal: 15,
      decidedThisWeek: { counts: { ...ZERO, ignored: 6 }, recent: Array.from({ length: 6 }, (_, i) => recent({ invitationId: 500 + i, name: amp(100, `Decided ${i} `) })) },
      ratioNote: 'You ignored 6 of your last 6 invitations. That is fine: a short list is a good list.',
      ...overrides,
    });

  it('keeps a long backlog of the longest names, headlines and profile links within the text budget, quoting less of each', () => {
    const message = review(backlog());
    assertValidMessage(message, { maxBlockText: MESSAGE_TEXT_BUDGET });
    // Quoting less came first: every row is still there, with its buttons, and each list says how many more.
    expect(buttonsOf(message.blocks)).toHaveLength(REVIEW_PENDING_SHOWN);
    expect(accessoriesOf(message.blocks)).toHaveLength(REVIEW_OWED_SHOWN);
    const texts = allMrkdwn(message.blocks);
    expect(texts).toContain('*Waiting 0 &amp;&amp;');
    expect(texts).toContain('…and 190 waiting. My Home tab shows more of them, with the same buttons.');
    expect(texts).toContain('…and 5 more. Each gets its note in your DM with me, with the same *Sent it*.');
    expect(texts).toContain(`<https://www.linkedin.com/in/${'owed9-'.padEnd(200, 'x')}|Owed 9 &amp;`);
  });

  it('lists fewer, and says how many more and where, when even shorter quotes do not fit', () => {
    const full = backlog();
    const message = checkedMessage(reviewMessage(full, 6000), [], full.owed.map((o) => o.profileUrl));
    expect(textLength(message.blocks)).toBeLessThanOrEqual(6000);
    const rows = buttonsOf(message.blocks).length;
    const owed = accessoriesOf(message.blocks).length;
    expect(rows).toBeLessThan(REVIEW_PENDING_SHOWN);
    expect(owed).toBeLessThan(REVIEW_OWED_SHOWN);
    expect(allMrkdwn(message.blocks)).toContain(`…and ${200 - rows} waiting. My Home tab shows more of them, with the same buttons.`);
    expect(allMrkdwn(message.blocks)).toContain(`…and ${15 - owed} more. Each gets its note in your DM with me`);
  });

  it('draws a review that fits as it always was', () => {
    const pending = Array.from({ length: 10 }, (_, i) => pendingItem({ invitationId: 100 + i, name: `Priya Raman ${'Longname '.repeat(10)}${i}`.slice(0, 100) }));
    const texts = allMrkdwn(review(model({ pending, pendingTotal: 10 })).blocks);
    for (const item of pending) expect(texts).toContain(`*${item.name}*\nHead of Data at Northwind\n`);
  });

  it('has a short form that names nobody, offers no buttons and says where the rest is', () => {
    const message = checkedMessage(shortReviewMessage(backlog()));
    expect(message.text).toBe('Your weekly invitation review: 200 invitations waiting, 15 thank-yous owed.');
    expect(actionsBlocks(message.blocks)).toEqual([]);
    expect(accessoriesOf(message.blocks)).toEqual([]);
    const texts = allMrkdwn(message.blocks);
    expect(texts).toContain(':calendar: *Your weekly invitation review*\n:hourglass_flowing_sand: 200 invitations waiting for you\n:email: 15 thank-yous you still owe\n6 decisions in the last seven days: :heavy_minus_sign: 6 ignored');
    expect(texts).toContain('My Home tab lists what is waiting, with the same buttons');
    expect(texts).not.toMatch(/Waiting \d|Owed \d|Decided \d/);
    expect(textLength(message.blocks)).toBeLessThan(1000);
  });

  it('adds the ratio note when there is one', () => {
    expect(allMrkdwn(review(model({ ratioNote: 'You ignore almost everything <3' })).blocks)).toContain(':bulb: You ignore almost everything &lt;3');
    expect(allMrkdwn(review(model()).blocks)).not.toContain(':bulb:');
  });

  it('says nothing was decided this week', () => {
    const text = allMrkdwn(review(model({ decidedThisWeek: { counts: ZERO, recent: [] } })).blocks);
    expect(text).toContain('*Decided in the last seven days*\nNothing.');
  });

  it('is short and cheerful when all is done', () => {
    const { text, blocks } = review(model({ pending: [], pendingTotal: 0, owed: [], owedTotal: 0, decidedThisWeek: { counts: ZERO, recent: [] } }));
    expect(text).toBe('Your weekly invitation review: all caught up.');
    expect(actionsBlocks(blocks)).toHaveLength(0);
    expect(allMrkdwn(blocks)).toContain('All caught up');
  });

  it.each(HOSTILE_CASES)('neutralises %j in every field', (_label, value) => {
    const message = review(
      model({
        pending: [pendingItem({ name: value, headline: value, company: value })],
        owed: [owedItem({ name: value, profileUrl: value })],
        decidedThisWeek: { counts: { ...ZERO, blocked: 1 }, recent: [recent({ name: value, reason: value })] },
        ratioNote: value,
      }),
    );
    if (MARKUP_VALUES.includes(value)) expect(JSON.stringify(message)).not.toContain(inJson(value));
  });

  it('stays valid and inert within 50 blocks and the text budget for any content (property)', () => {
    const nullable = fc.option(untrustedText, { nil: null });
    const when = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });
    const pending = fc.record({
      invitationId: fc.integer({ min: 1, max: 30 }),
      name: untrustedText,
      headline: nullable,
      company: nullable,
      recommendation: fc.constantFrom('accept', 'review', 'ignore' as const),
      checkedAt: when,
    });
    const owed = fc.record({ nudgeId: fc.nat(), invitationId: fc.nat(), name: untrustedText, profileUrl: nullable, acceptedAt: when });
    const decided = fc.record({
      invitationId: fc.nat(),
      name: untrustedText,
      status: fc.constantFrom('accepted', 'ignored', 'declined', 'blocked' as const),
      decidedAt: when,
      reason: nullable,
    });
    const count = fc.nat({ max: 500 });
    const counts = fc.record({ pending: count, accepted: count, ignored: count, declined: count, blocked: count });
    fc.assert(
      fc.property(
        fc.array(pending, { maxLength: 40 }),
        fc.array(owed, { maxLength: 20 }),
        fc.array(decided, { maxLength: 20 }),
        counts,
        nullable,
        fc.nat({ max: 1000 }),
        (p, o, r, c, ratioNote, extra) => {
          const message = review({ pending: p, pendingTotal: p.length + extra, owed: o, owedTotal: o.length + extra, decidedThisWeek: { counts: c, recent: r }, ratioNote });
          expect(message.blocks.length).toBeLessThanOrEqual(50);
          assertValidMessage(message, { maxBlockText: MESSAGE_TEXT_BUDGET });
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the heading of what was decided', () => {
  it('says which days it covers', () => {
    const counts = { pending: 0, accepted: 1, ignored: 0, declined: 0, blocked: 0 };
    const heading = (period?: 'sevenDays' | 'sinceLastReview' | 'fourteenDays') =>
      JSON.stringify(reviewMessage({ pending: [], pendingTotal: 0, owed: [], owedTotal: 0, decidedThisWeek: { counts, recent: [], ...(period === undefined ? {} : { period }) }, ratioNote: null }).blocks);
    expect(heading()).toContain('*Decided in the last seven days* (1)');
    expect(heading('sinceLastReview')).toContain('*Decided since your last review* (1)');
    expect(heading('fourteenDays')).toContain('*Decided in the last fourteen days* (1)');
    const short = shortReviewMessage({ pending: [], pendingTotal: 0, owed: [], owedTotal: 0, decidedThisWeek: { counts, recent: [], period: 'sinceLastReview' }, ratioNote: null });
    expect(JSON.stringify(short.blocks)).toContain('1 decision since your last review');
  });
});
