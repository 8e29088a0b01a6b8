import type { KnownBlock } from '@slack/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseProfileUrl } from '../../src/domain/profile-url.js';
import { draftThankYou } from '../../src/domain/thank-you-note.js';
import { codeBlock, slackDate } from '../../src/views/format.js';
import { ACTIONS } from '../../src/views/ids.js';
import { decisionChangedThankYouDm, reminderNowLine, THANK_YOUS_PER_DM, thankYouDm, type ThankYouEntry } from '../../src/views/thank-you-dm.js';
import { MESSAGE_TEXT_BUDGET } from '../../src/views/text-budget.js';
import { assertNoForeignControlSequences, assertValidMessage, collectMrkdwn } from '../support/block-kit.js';
import { HOSTILE_VALUES, inJson, MARKUP_VALUES, untrustedText } from '../support/hostile-text.js';

const OWNER = 'U0OWNER001';
const PROFILE = 'https://www.linkedin.com/in/priya-raman-data';
const DRAFT = 'Hi Priya, thanks for connecting! Looking forward to staying in touch.\n\nBest,\nSam';

function person(overrides: Partial<ThankYouEntry> = {}): ThankYouEntry {
  return {
    nudgeId: 7,
    state: 'open',
    snoozedUntil: null,
    name: 'Priya Raman',
    headline: 'Head of Data Partnerships',
    company: 'Northwind Analytics',
    profileUrl: PROFILE,
    draft: DRAFT,
    ...overrides,
  };
}

/** The DM, checked against Block Kit limits and for foreign markup before any test looks at it. */
function dm(ownerId: string, entries: readonly ThankYouEntry[]) {
  const message = thankYouDm(entries);
  assertValidMessage(message);
  const profiles = entries.flatMap((entry) => {
    const url = entry.profileUrl === null ? null : normaliseProfileUrl(entry.profileUrl);
    return url === null ? [] : [url];
  });
  assertNoForeignControlSequences(JSON.stringify(message), [ownerId], profiles);
  return message;
}

function mrkdwn(blocks: readonly KnownBlock[]): string {
  return collectMrkdwn(blocks).join('\n');
}

function actionsBlocks(blocks: readonly KnownBlock[]) {
  return blocks.flatMap((block) => (block.type === 'actions' ? [block] : []));
}

describe('thankYouDm with one person', () => {
  it('greets the owner, shows the person, the draft and the three buttons', () => {
    const { text, blocks } = dm(OWNER, [person()]);
    expect(blocks.map((block) => block.type)).toEqual(['section', 'divider', 'section', 'section', 'actions']);
    expect(collectMrkdwn(blocks)).toEqual([
      "You recently accepted a connection invitation. A short thank-you goes a long way; here's a note you can copy.",
      `*Priya Raman*, Head of Data Partnerships at Northwind Analytics\n<${PROFILE}|Open their profile to send a message>`,
      `\`\`\`${DRAFT}\`\`\``,
    ]);
    expect(text).toBe('Time to say thanks: Priya Raman');
  });

  it('gives the buttons the nudge id', () => {
    const [actions] = actionsBlocks(dm(OWNER, [person({ nudgeId: 99 })]).blocks);
    expect(actions?.block_id).toBe('thank_you:99');
    expect(actions?.elements).toEqual([
      expect.objectContaining({ action_id: ACTIONS.nudgeSent, value: '99', style: 'primary', text: { type: 'plain_text', text: 'Sent it' } }),
      expect.objectContaining({ action_id: ACTIONS.nudgeSnooze, value: '99', text: { type: 'plain_text', text: 'Snooze a day' } }),
      expect.objectContaining({ action_id: ACTIONS.nudgeSkip, value: '99', text: { type: 'plain_text', text: 'Skip' } }),
    ]);
  });

  it('shows whatever it knows about the person', () => {
    expect(collectMrkdwn(dm(OWNER, [person({ headline: null, company: null, profileUrl: null })]).blocks)[1]).toBe('*Priya Raman*');
    expect(collectMrkdwn(dm(OWNER, [person({ headline: null, profileUrl: null })]).blocks)[1]).toBe('*Priya Raman*, Northwind Analytics');
    const headline = 'Head of Data at Northwind Analytics | Speaker';
    expect(collectMrkdwn(dm(OWNER, [person({ headline, profileUrl: null })]).blocks)[1]).toBe(`*Priya Raman*, ${headline}`);
  });

  it('does not link a URL that is not a LinkedIn profile', () => {
    const text = mrkdwn(dm(OWNER, [person({ profileUrl: 'https://evil.example/in/priya' })]).blocks);
    expect(text).not.toContain('evil.example');
    expect(text).not.toContain('Open their profile');
  });

  it('escapes the fallback text exactly once', () => {
    expect(dm(OWNER, [person({ name: 'Tom & Jerry <3' })]).text).toBe('Time to say thanks: Tom &amp; Jerry &lt;3');
  });
});

describe('thankYouDm states', () => {
  const until = new Date('2024-03-07T09:00:00Z');

  it.each([
    ['sent', null, ':white_check_mark: Sent. Nice one.'],
    ['skipped', null, ':fast_forward: Skipped. No more reminders about this one.'],
    ['cancelled', null, 'No thank-you needed: you changed your decision, so this invitation is no longer accepted.'],
    ['gone', null, 'This reminder is no longer active.'],
  ] as const)('%s (until %s) says so, with no buttons and no draft', (state, snoozedUntil, line) => {
    const { text, blocks } = dm(OWNER, [person({ state, snoozedUntil })]);
    expect(blocks.map((block) => block.type)).toEqual(['section', 'divider', 'section', 'context']);
    expect(collectMrkdwn(blocks).at(-1)).toBe(line);
    expect(actionsBlocks(blocks)).toHaveLength(0);
    expect(mrkdwn(blocks)).not.toContain('```');
    expect(text).toBe('Thank-you reminders: Priya Raman');
    // No note left on show: the opening line offers none.
    expect(collectMrkdwn(blocks)[0]).toBe('You recently accepted a connection invitation. A short thank-you goes a long way.');
  });

  it.each([
    [until, `:zzz: Snoozed. I'll bring it back ${slackDate(until)}.`],
    [null, ":zzz: Snoozed. I'll bring it back tomorrow."],
  ] as const)('snoozed (until %s) says so, with no draft, and keeps Sent it and Skip for a thank-you sent meanwhile', (snoozedUntil, line) => {
    const { text, blocks } = dm(OWNER, [person({ nudgeId: 99, state: 'snoozed', snoozedUntil })]);
    expect(blocks.map((block) => block.type)).toEqual(['section', 'divider', 'section', 'context', 'actions']);
    expect(collectMrkdwn(blocks).at(-1)).toBe(line);
    const [buttons] = actionsBlocks(blocks);
    expect(buttons?.block_id).toBe('thank_you:99');
    expect(buttons?.elements.map((button) => [button.action_id, 'value' in button ? button.value : undefined])).toEqual([
      [ACTIONS.nudgeSent, '99'],
      [ACTIONS.nudgeSkip, '99'],
    ]);
    expect(mrkdwn(blocks)).not.toContain('```');
    expect(text).toBe('Thank-you reminders: Priya Raman');
    expect(collectMrkdwn(blocks)[0]).toBe('You recently accepted a connection invitation. A short thank-you goes a long way.');
  });
});

describe('thankYouDm with many people', () => {
  const states = ['open', 'sent', 'snoozed', 'skipped', 'cancelled', 'gone'] as const;
  const people = (count: number) =>
    Array.from({ length: count }, (_, i) =>
      person({ nudgeId: i + 1, name: `Person ${i + 1}`, state: states[i % states.length] ?? 'open', snoozedUntil: new Date('2024-03-07T09:00:00Z') }),
    );

  it('shows ten people with their own buttons', () => {
    const { text, blocks } = dm(OWNER, people(10));
    expect(collectMrkdwn(blocks)[0]).toBe(
      'You recently accepted 10 connection invitations. A short thank-you goes a long way; here are notes you can copy.',
    );
    expect(blocks.filter((block) => block.type === 'divider')).toHaveLength(10);
    expect(actionsBlocks(blocks).map((block) => block.block_id)).toEqual(['thank_you:1', 'thank_you:3', 'thank_you:7', 'thank_you:9']);
    expect(text).toBe(`Time to say thanks: ${Array.from({ length: 10 }, (_, i) => `Person ${i + 1}`).join(', ')}`);
  });

  it(`never shows more than ${THANK_YOUS_PER_DM} people in one message`, () => {
    const { blocks } = dm(OWNER, people(30).map((entry) => ({ ...entry, state: 'open' as const })));
    expect(blocks.filter((block) => block.type === 'divider')).toHaveLength(THANK_YOUS_PER_DM);
    expect(blocks.length).toBeLessThanOrEqual(50);
  });

  it('fits Block Kit with ten open entries at their worst', () => {
    const worst = Array.from({ length: 10 }, (_, i) =>
      person({ nudgeId: i + 1, name: '&'.repeat(5000), headline: '<'.repeat(5000), company: '>'.repeat(5000), draft: '&<>'.repeat(5000) }),
    );
    dm(OWNER, worst);
  });
});

describe('thankYouDm within the text budget', () => {
  // Slack refuses a message whose blocks hold too much text in all (msg_blocks_too_long), however
  // well each block keeps to its own limit. Ten people with every field as long as the forms take,
  // much of it `&` (five times longer escaped), 200-character profile slugs, and the drafts the app
  // writes for them, which lift a phrase from the note and the headline.
  const longest = (i: number) => {
    const fields = {
      name: `Thanks ${i} Zoë ${'&<>*_~'.repeat(20)}`.slice(0, 100),
      headline: `Head of ${'Partnerships'.padEnd(52, 's')} | ${'&'.repeat(137)}`,
      company: `C${'&'.repeat(149)}`,
      note: 'Hi Sam, we met at the Data Council panel last week - would love to stay in touch.',
    };
    return person({ nudgeId: i + 1, ...fields, profileUrl: `https://www.linkedin.com/in/${`ty${i}-`.padEnd(200, 'x')}`, draft: draftThankYou(fields, 'Sam Owner') });
  };

  it('keeps ten people at their longest within the budget, quoting less of their role, never of their draft', () => {
    const entries = Array.from({ length: 10 }, (_, i) => longest(i));
    const message = dm(OWNER, entries);
    assertValidMessage(message, { maxBlockText: MESSAGE_TEXT_BUDGET });
    const texts = collectMrkdwn(message.blocks);
    for (const entry of entries) expect(texts).toContain(codeBlock(entry.draft, 2500));
    expect(actionsBlocks(message.blocks)).toHaveLength(10);
    expect(mrkdwn(message.blocks)).toContain('Data Council panel');
  });

  it('leaves a DM within the budget as it was: the whole role line', () => {
    const message = dm(OWNER, [person({ headline: `Head of ${'Data '.repeat(50)}`.trim(), company: 'Northwind Analytics' })]);
    expect(mrkdwn(message.blocks)).toContain(`*Priya Raman*, Head of ${'Data '.repeat(50).trim()} at Northwind Analytics`);
  });
});

describe('thankYouDm escaping', () => {
  it.each(HOSTILE_VALUES.map((value) => [value.length > 40 ? `${value.slice(0, 40)}… (${value.length})` : value, value]))(
    'neutralises %j in every person field and the draft',
    (_label, value) => {
      const entries = [person({ name: value, headline: value, company: value, draft: value, profileUrl: value }), person({ nudgeId: 8, state: 'sent', name: value })];
      const json = JSON.stringify(dm(OWNER, entries));
      if (MARKUP_VALUES.includes(value)) {
        expect(json).not.toContain(inJson(value));
        expect(json).toContain(inJson(value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')));
      }
    },
  );

  it('never turns the owner id into markup', () => {
    expect(JSON.stringify(dm('<!channel>', [person()]))).not.toContain('!channel');
  });

  it('keeps the fallback text readable with long, entity-heavy names', () => {
    const { text } = dm(OWNER, Array.from({ length: 10 }, (_, i) => person({ nudgeId: i + 1, name: '&'.repeat(5000) })));
    expect(text.startsWith('Time to say thanks: &amp;&amp;')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(2000);
  });

  it('renders any untrusted text as a valid DM with no foreign markup (property)', () => {
    const nullable = fc.option(untrustedText, { nil: null });
    const arbitraryEntry = fc.record({
      nudgeId: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      state: fc.constantFrom<ThankYouEntry['state']>('open', 'sent', 'snoozed', 'skipped', 'cancelled', 'gone'),
      snoozedUntil: fc.option(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), { nil: null }),
      name: untrustedText,
      headline: nullable,
      company: nullable,
      profileUrl: fc.option(fc.oneof(untrustedText, fc.constant(PROFILE), untrustedText.map((s) => `https://linkedin.com/in/${s}`)), { nil: null }),
      draft: untrustedText,
    });
    const entries = fc.uniqueArray(arbitraryEntry, { minLength: 1, maxLength: 12, selector: (entry) => entry.nudgeId });
    fc.assert(
      fc.property(fc.oneof(fc.constant(OWNER), untrustedText), entries, (ownerId, list) => {
        dm(ownerId, list);
      }),
      { numRuns: 200 },
    );
  });
});

describe('decisionChangedThankYouDm', () => {
  it('names the person, escaped, and offers no buttons', () => {
    const message = decisionChangedThankYouDm(['Zoë <!here> & Co'], false);
    assertValidMessage(message);
    assertNoForeignControlSequences(JSON.stringify(message), [], []);
    expect(message.text).toBe('No thank-you needed: you changed your decision on Zoë &lt;!here&gt; &amp; Co.');
    expect(JSON.stringify(message.blocks)).not.toContain(ACTIONS.nudgeSent);
  });

  it('draws a name with its own asterisks or underscores as written, not half in bold or italics', () => {
    const message = decisionChangedThankYouDm(['Jo *Ann* Smith', 'Al _B_ Cee'], false);
    const shown = collectMrkdwn(message.blocks).join('\n');
    expect(shown).not.toMatch(/ \*Ann\* | _B_ /);
    expect(shown.replace(/\u034F/g, '')).toContain('Jo *Ann* Smith and Al _B_ Cee');
    expect(message.text).toBe('No thank-you needed: you changed your decision on Jo *Ann* Smith and Al _B_ Cee.');
    assertValidMessage(message);
  });

  it('names several people, and says when the thank-you moved to another check', () => {
    expect(decisionChangedThankYouDm(['Priya Raman', 'Alex Doe', 'Sam Lee'], false).text).toBe(
      'No thank-you needed: you changed your decision on Priya Raman, Alex Doe and Sam Lee.',
    );
    expect(decisionChangedThankYouDm(['Priya Raman'], true).text).toBe(
      'You changed your decision on Priya Raman, so this reminder is closed. Your other accepted invitation from them has its own.',
    );
  });
});

describe('a reminder that came back in a newer DM', () => {
  it('shows no buttons in the older DM and says where they are', () => {
    const message = dm(OWNER, [person({ state: 'moved' })]);
    expect(actionsBlocks(message.blocks)).toEqual([]);
    expect(mrkdwn(message.blocks)).toContain('came back in a newer message');
  });
});

describe('reminderNowLine', () => {
  it('says where a reminder stands, with the name escaped', () => {
    const until = new Date('2026-11-26T09:10:00Z');
    expect(reminderNowLine({ state: 'sent', name: 'A <b> & C', snoozedUntil: null })).toBe('You marked your thank-you to A &lt;b&gt; &amp; C as sent.');
    expect(reminderNowLine({ state: 'snoozed', name: 'Priya Raman', snoozedUntil: until })).toBe(`Your thank-you to Priya Raman is snoozed: I'll bring it back ${slackDate(until)}.`);
    expect(reminderNowLine({ state: 'cancelled', name: 'Priya Raman', snoozedUntil: null })).toBe('No thank-you needed: you changed your decision on Priya Raman.');
    for (const state of ['open', 'moved', 'skipped', 'gone'] as const) {
      expect(reminderNowLine({ state, name: 'Priya Raman', snoozedUntil: null })).toContain('Priya Raman');
    }
  });

  it('keeps a name’s own asterisks from bolding half of it', () => {
    const line = reminderNowLine({ state: 'sent', name: 'Jo *Ann* Smith', snoozedUntil: null });
    expect(line).not.toContain(' *Ann* ');
    expect(line.replace(/\u034F/g, '')).toBe('You marked your thank-you to Jo *Ann* Smith as sent.');
  });
});
