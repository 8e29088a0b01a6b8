import { describe, expect, it } from 'vitest';
import { slackDate } from '../../src/views/format.js';
import { helpMessage } from '../../src/views/help.js';
import { expiredCardMessage } from '../../src/views/retention-card.js';
import { allMrkdwn, checkedMessage } from './view-helpers.js';

const AT = new Date('2026-03-03T09:30:00Z');

describe('expiredCardMessage', () => {
  it('keeps the decision and its date, and says why the rest is gone', () => {
    const message = checkedMessage(expiredCardMessage({ status: 'ignored', decidedAt: AT }, 180));
    expect(message.text).toBe(`Ignored on ${slackDate(AT, '{date_short_pretty}')}. The details were removed after 180 days, the time this workspace keeps them.`);
    expect(message.blocks).toHaveLength(1);
    expect(allMrkdwn(message.blocks)).toContain(':heavy_minus_sign: Ignored on');
  });

  it('names each decision, and counts a single day right', () => {
    expect(expiredCardMessage({ status: 'declined', decidedAt: AT }, 30).text).toMatch(/^Declined on .* after 30 days,/);
    expect(expiredCardMessage({ status: 'blocked', decidedAt: AT }, 1).text).toMatch(/^Blocked on .* after 1 day,/);
    expect(checkedMessage(expiredCardMessage({ status: 'pending', decidedAt: null }, 180)).text).toMatch(/^Still undecided\. The details/);
  });
});

describe('help on retention', () => {
  it('says the card in Slack keeps only the decision too', () => {
    const help = JSON.stringify(helpMessage('/invite-check', null, 90));
    expect(help).toContain('kept for 90 days');
    expect(help).toContain('I blank its card in Slack wherever Slack still lets me');
    expect(help).not.toContain('stay as they are');
  });
});
