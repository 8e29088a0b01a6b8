import { describe, expect, it } from 'vitest';
import type { DecisionCounts, StatsModel } from '../../src/views/models.js';
import { percentage, statsMessage } from '../../src/views/stats-message.js';
import { collectMrkdwn } from '../support/block-kit.js';
import { checkedMessage } from './view-helpers.js';

const ZERO: DecisionCounts = { pending: 0, accepted: 0, ignored: 0, declined: 0, blocked: 0 };

function stats(overrides: Partial<StatsModel> = {}): StatsModel {
  return {
    monthLabel: 'November 2026',
    month: { pending: 2, accepted: 3, ignored: 5, declined: 1, blocked: 0 },
    allTime: { pending: 4, accepted: 40, ignored: 52, declined: 6, blocked: 2 },
    ignoreRatio: 0.6,
    thankYous: { sent: 31, owed: 2, skipped: 7 },
    ...overrides,
  };
}

describe('statsMessage', () => {
  it('shows the month and all time side by side, in people, and says each counts once', () => {
    const { blocks } = checkedMessage(statsMessage(stats()));
    expect(collectMrkdwn(blocks)).toContain('*Your invitations at a glance*\nEach person counts once, however often you checked them: by your latest decision on them, or as waiting.');
    const table = blocks[1];
    expect(table?.type === 'section' ? table.fields?.map((field) => field.text) : null).toEqual([
      '*November 2026*\n:white_check_mark: Accepted: 3 people\n:heavy_minus_sign: Ignored: 5 people\n:wave: Declined: 1 person\n:no_entry: Blocked: 0 people\n:hourglass_flowing_sand: Waiting: 2 people',
      '*All time*\n:white_check_mark: Accepted: 40 people\n:heavy_minus_sign: Ignored: 52 people\n:wave: Declined: 6 people\n:no_entry: Blocked: 2 people\n:hourglass_flowing_sand: Waiting: 4 people',
    ]);
  });

  it('gives the ignore ratio as a percentage and the thank-yous', () => {
    const { text, blocks } = checkedMessage(statsMessage(stats()));
    expect(text).toBe('Your invitation stats for November 2026: you accepted 3 people and turned down 6 people (ignored, declined or blocked)');
    const texts = collectMrkdwn(blocks);
    // The ratio is all time (InsightsService.stats), shown beside the month: it says so.
    expect(texts).toContain(':bar_chart: *Turned down:* 60% of all the people you decided on so far (ignored, declined or blocked).');
    expect(texts).toContain(':email: *Thank-yous:* 31 sent, 2 still owed, 7 skipped.');
  });

  it('says there are no decisions yet instead of a ratio', () => {
    const message = checkedMessage(statsMessage(stats({ month: ZERO, allTime: ZERO, ignoreRatio: null, thankYous: { sent: 0, owed: 0, skipped: 0 } })));
    expect(collectMrkdwn(message.blocks)).toContain(':bar_chart: *Turned down:* no decisions yet.');
    expect(message.text).toBe('Your invitation stats for November 2026: you accepted 0 people and turned down 0 people (ignored, declined or blocked)');
  });

  it.each([
    [0, 0],
    [1, 100],
    [0.125, 13],
    [2 / 3, 67],
    [1.7, 100],
    [-0.2, 0],
    [Number.NaN, null],
    [null, null],
    // 249 of 250 turned down is not "100%", nor 1 of 250 "0%": the user accepted one, and turned one down.
    [249 / 250, 99],
    [1 / 250, 1],
    [0.994, 99],
    [0.005, 1],
  ])('turns the ratio %s into %s percent', (ratio, percent) => {
    expect(percentage(ratio)).toBe(percent);
  });

  it('escapes the month label', () => {
    const message = checkedMessage(statsMessage(stats({ monthLabel: '<!here> & co' })));
    expect(JSON.stringify(message)).toContain('*&lt;!here&gt; &amp; co*');
  });
});
