import type { KnownBlock } from '@slack/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseProfileUrl } from '../../src/domain/profile-url.js';
import type { InvitationStatus } from '../../src/domain/types.js';
import { slackDate } from '../../src/views/format.js';
import { ACTIONS } from '../../src/views/ids.js';
import { invitationCard, type CardHistoryEntry, type CardInvitation, type CardSameNameEntry } from '../../src/views/invitation-card.js';
import type { CardVoice } from '../../src/views/models.js';
import { MESSAGE_TEXT_BUDGET, textLength } from '../../src/views/text-budget.js';
import { assertNoForeignControlSequences, assertValidMessage, collectMrkdwn } from '../support/block-kit.js';
import { HOSTILE_VALUES, inJson, MARKUP_VALUES, untrustedText } from '../support/hostile-text.js';

const OWNER = 'U0OWNER001';
const TEAMMATE = 'U0MATE0001';
const CHECKED_AT = new Date('2024-03-05T14:07:09Z');
const DECIDED_AT = new Date('2024-03-06T09:30:00Z');
const PROFILE = 'https://www.linkedin.com/in/priya-raman-data';

function invitation(overrides: Partial<CardInvitation> = {}): CardInvitation {
  return {
    id: 42,
    ownerId: OWNER,
    name: 'Priya Raman',
    headline: 'Head of Data Partnerships',
    company: 'Northwind Analytics',
    mutualConnections: 14,
    note: 'Hi Sam, we met at the Data Council panel last week.\nWould love to stay in touch.',
    profileUrl: PROFILE,
    source: 'LinkedIn email',
    recommendation: 'accept',
    score: 82,
    reasons: ['You share 14 mutual connections.', 'Their note mentions where you met.'],
    status: 'pending',
    decidedAt: null,
    decidedBy: null,
    decisionReason: null,
    decisionNote: null,
    createdAt: CHECKED_AT,
    ...overrides,
  };
}

function decided(status: Exclude<InvitationStatus, 'pending'>, overrides: Partial<CardInvitation> = {}): CardInvitation {
  return invitation({ status, decidedAt: DECIDED_AT, decidedBy: OWNER, ...overrides });
}

function entry(overrides: Partial<CardHistoryEntry> = {}): CardHistoryEntry {
  return { ownerId: TEAMMATE, status: 'ignored', at: new Date('2023-11-14T10:00:00Z'), reason: 'Looks like a sales pitch or spam', note: null, ...overrides };
}

/** The card, checked against Block Kit limits and for foreign markup before any test looks at it. */
function card(inv: CardInvitation, history: readonly CardHistoryEntry[] = [], historyTotal?: number, voices?: readonly CardVoice[]) {
  const message = voices === undefined ? invitationCard(inv, history, historyTotal) : invitationCard(inv, history, historyTotal, voices);
  assertValidMessage(message);
  const allowedUsers = [inv.ownerId, ...(inv.decidedBy ? [inv.decidedBy] : []), ...history.map((h) => h.ownerId), ...(voices ?? []).map((v) => v.userId)];
  const profile = inv.profileUrl === null ? null : normaliseProfileUrl(inv.profileUrl);
  assertNoForeignControlSequences(JSON.stringify(message), allowedUsers, profile === null ? [] : [profile]);
  return message;
}

function mrkdwn(blocks: readonly KnownBlock[]): string {
  return collectMrkdwn(blocks).join('\n');
}

function actionsBlocks(blocks: readonly KnownBlock[]) {
  return blocks.flatMap((block) => (block.type === 'actions' ? [block] : []));
}

function actionIds(blocks: readonly KnownBlock[]): string[] {
  return actionsBlocks(blocks).flatMap((block) => block.elements.map((element) => element.action_id ?? ''));
}

describe('invitationCard: a pending invitation', () => {
  it('shows the person, their note, the recommendation and the decision buttons, in that order', () => {
    const { blocks } = card(invitation());
    expect(blocks.map((block) => block.type)).toEqual(['section', 'section', 'section', 'actions', 'actions', 'context']);
  });

  it('describes the person', () => {
    const [person] = collectMrkdwn(card(invitation()).blocks);
    expect(person).toBe(
      [
        ':envelope_with_arrow: *Priya Raman* wants to connect',
        '*Head of Data Partnerships* at Northwind Analytics',
        ':busts_in_silhouette: 14 mutual connections',
        `:link: <${PROFILE}|linkedin.com/in/priya-raman-data>`,
        ':inbox_tray: Came in via LinkedIn email',
      ].join('\n'),
    );
  });

  it('keeps a name or headline with *, _, ~ or backticks inside its own bold, the characters shown, and the fallback plain', () => {
    const H = '\u034F';
    const { text, blocks } = card(invitation({ name: 'Jo *Ann* Smith', headline: '_Zed_ ~Kay~ `Ops`', company: 'Northwind' }));
    expect(collectMrkdwn(blocks)[0]).toMatch(
      new RegExp(`^:envelope_with_arrow: \\*Jo ${H}\\*${H}Ann${H}\\*${H} Smith\\* wants to connect\n\\*${H}_${H}Zed${H}_${H} ${H}~${H}Kay${H}~${H} ${H}\`${H}Ops${H}\`${H}\\* at Northwind\n`),
    );
    // Notifications show the text plain: nothing is held there.
    expect(text).toBe('Jo *Ann* Smith wants to connect. Recommended: accept (82/100)');
  });

  it('says an invitation made in person was received in person, not "came in via In person"', () => {
    expect(collectMrkdwn(card(invitation({ source: 'In person' })).blocks)[0]).toContain(':inbox_tray: Received in person');
  });

  it('quotes the note line by line', () => {
    expect(collectMrkdwn(card(invitation()).blocks)[1]).toBe(
      '> Hi Sam, we met at the Data Council panel last week.\n> Would love to stay in touch.',
    );
  });

  it('gives the recommendation with its score and reasons', () => {
    expect(collectMrkdwn(card(invitation()).blocks)[2]).toBe(
      ':large_green_circle: *Recommended: accept*  ·  score 82/100\n• You share 14 mutual connections.\n• Their note mentions where you met.',
    );
    expect(mrkdwn(card(invitation({ recommendation: 'review', score: 50 })).blocks)).toContain('*Recommended: take a closer look*  ·  score 50/100');
    expect(mrkdwn(card(invitation({ recommendation: 'ignore', score: 5 })).blocks)).toContain(':red_circle: *Recommended: ignore*  ·  score 5/100');
  });

  it('a card only its owner can see leads with the notice and offers no teammate buttons', () => {
    const { blocks } = invitationCard(invitation(), [], 0, [], ':lock: Only you can see this card.');
    expect(collectMrkdwn(blocks)[0]).toBe(':lock: Only you can see this card.');
    expect(JSON.stringify(blocks)).toContain(ACTIONS.accept);
    expect(JSON.stringify(blocks)).not.toContain(ACTIONS.voiceKnows);
    expect(mrkdwn(blocks)).not.toContain('Anyone on the team');
  });

  it.each(['accepted', 'ignored', 'declined', 'blocked'] as const)('once %s, shows the recommendation as history, without its colour', (status) => {
    const text = mrkdwn(card(invitation({ status, decidedAt: new Date('2026-11-24T10:00:00Z'), decidedBy: 'U0OWNER001' })).blocks);
    expect(text).toContain('*Recommended when decided:* accept  ·  score 82/100');
    expect(text).not.toContain(':large_green_circle:');
  });

  it('lists at most 8 reasons', () => {
    const reasons = Array.from({ length: 12 }, (_, i) => `Reason ${i + 1}.`);
    const text = collectMrkdwn(card(invitation({ reasons })).blocks)[2] ?? '';
    expect(text.split('\n').filter((line) => line.startsWith('• '))).toHaveLength(8);
    expect(text).toContain('Reason 8.');
    expect(text).not.toContain('Reason 9.');
  });

  it('has the owner’s four decision buttons and Edit details, and the teammates’ two, all carrying the invitation id', () => {
    const [owner, teammates, ...others] = actionsBlocks(card(invitation({ id: 1234 })).blocks);
    expect(others).toHaveLength(0);
    expect(owner?.block_id).toBe('decide:1234');
    expect(owner?.elements).toEqual([
      expect.objectContaining({ type: 'button', action_id: ACTIONS.accept, value: '1234', style: 'primary', text: expect.objectContaining({ text: 'Accept' }) }),
      expect.objectContaining({ type: 'button', action_id: ACTIONS.ignore, value: '1234', text: expect.objectContaining({ text: 'Ignore…' }) }),
      expect.objectContaining({ type: 'button', action_id: ACTIONS.decline, value: '1234', text: expect.objectContaining({ text: 'Decline politely' }) }),
      expect.objectContaining({ type: 'button', action_id: ACTIONS.block, value: '1234', style: 'danger', text: expect.objectContaining({ text: 'Block…' }) }),
      expect.objectContaining({ type: 'button', action_id: ACTIONS.editDetails, value: '1234', text: expect.objectContaining({ text: 'Edit details' }) }),
    ]);
    expect('style' in (owner?.elements[4] ?? {})).toBe(false);
    expect(owner?.elements.slice(0, 3).every((element) => !('confirm' in element))).toBe(true);
    expect(teammates?.block_id).toBe('voice:1234');
    expect(teammates?.elements).toEqual([
      expect.objectContaining({ type: 'button', action_id: ACTIONS.voiceKnows, value: '1234', text: expect.objectContaining({ text: 'I know them' }) }),
      expect.objectContaining({ type: 'button', action_id: ACTIONS.voiceCaution, value: '1234', text: expect.objectContaining({ text: 'Heads-up' }) }),
    ]);
    expect(teammates?.elements.some((element) => 'style' in element)).toBe(false);
  });

  it('says who forwarded it and when', () => {
    const { blocks } = card(invitation());
    expect(collectMrkdwn(blocks).at(-1)).toBe(
      `Forwarded by <@${OWNER}>, who decides. Checked ${slackDate(CHECKED_AT)}. ` +
        'Know them, or know to be careful? Anyone on the team can add a word with the buttons above.',
    );
  });

  it('has a plain fallback text', () => {
    expect(card(invitation()).text).toBe('Priya Raman wants to connect. Recommended: accept (82/100)');
    expect(card(invitation({ name: 'Tom & Jerry' })).text).toBe('Tom &amp; Jerry wants to connect. Recommended: accept (82/100)');
    // Notifications use the card's words, never the internal code `review`.
    expect(card(invitation({ recommendation: 'review', score: 55 })).text).toBe('Priya Raman wants to connect. Recommended: take a closer look (55/100)');
  });

  it.each([
    [null, ':busts_in_silhouette: Mutual connections not stated'],
    [0, ':busts_in_silhouette: No mutual connections'],
    [1, ':busts_in_silhouette: 1 mutual connection'],
    [1204, ':busts_in_silhouette: 1,204 mutual connections'],
  ])('with %j mutual connections says %j', (mutualConnections, line) => {
    expect(mrkdwn(card(invitation({ mutualConnections })).blocks)).toContain(line);
  });

  it('handles a missing headline, company, note, profile and source', () => {
    const { blocks } = card(invitation({ headline: null, company: null, note: null, profileUrl: null, source: null }));
    expect(blocks.map((block) => block.type)).toEqual(['section', 'section', 'actions', 'actions', 'context']);
    const [person] = collectMrkdwn(blocks);
    expect(person).toBe(':envelope_with_arrow: *Priya Raman* wants to connect\n_No headline given_\n:busts_in_silhouette: 14 mutual connections');
    expect(mrkdwn(card(invitation({ headline: null })).blocks)).toContain('\n*Northwind Analytics*\n');
    expect(mrkdwn(card(invitation({ company: null })).blocks)).toContain('\n*Head of Data Partnerships*\n');
  });

  it('shows a headline that names the company without adding the company again', () => {
    const headline = 'Head of Data at Northwind Analytics | Speaker';
    expect(mrkdwn(card(invitation({ headline })).blocks)).toContain(`\n*${headline}*\n`);
  });

  it('does not link a profile URL that is not a LinkedIn or XING profile', () => {
    const text = mrkdwn(card(invitation({ profileUrl: 'https://evil.example/in/priya' })).blocks);
    expect(text).not.toContain('evil.example');
    expect(text).not.toContain(':link:');
    for (const profileUrl of ['https://www.xing.com/companies/northwind', 'https://evil.example/xing.com/profile/Priya_Raman']) {
      expect(mrkdwn(card(invitation({ profileUrl })).blocks)).not.toContain(':link:');
    }
  });

  it("links a XING profile to its canonical URL, labelled with its short form, the label's \"_\" held", () => {
    const text = mrkdwn(card(invitation({ profileUrl: 'xing.com/profiles/Priya_Raman/cv?sc_o=mxb_p', source: 'Another network' })).blocks);
    expect(text).toContain(':link: <https://www.xing.com/profile/Priya_Raman|xing.com/profile/Priya\u034F_\u034FRaman>');
    expect(text).toContain(':inbox_tray: Came in via Another network');
  });
});

describe('invitationCard: decided invitations', () => {
  it('shows who accepted and when, with the thank-you promise, and only the Change decision and Edit details buttons', () => {
    const { text, blocks } = card(decided('accepted'));
    expect(actionIds(blocks)).toEqual([ACTIONS.changeDecision, ACTIONS.editDetails]);
    expect(collectMrkdwn(blocks).at(-1)).toBe(
      `:white_check_mark: *Accepted* by <@${OWNER}> on ${slackDate(DECIDED_AT)}\n:email: <@${OWNER}> gets a thank-you reminder by DM.`,
    );
    expect(text).toBe('Connection invitation from Priya Raman: accepted');
  });

  it('says when the thank-you comes with an earlier check of the same person', () => {
    const { blocks } = card({ ...decided('accepted'), thankYou: 'with-earlier-check' });
    expect(collectMrkdwn(blocks).at(-1)).toContain(':email: No second thank-you reminder: another invitation from them already has one.');
  });

  it('shows an Ignore with its reason and note', () => {
    const { text, blocks } = card(decided('ignored', { decisionReason: 'Looks like a sales pitch or spam', decisionNote: 'Sent the same pitch to three of us.' }));
    expect(actionIds(blocks)).toEqual([ACTIONS.changeDecision, ACTIONS.editDetails]);
    expect(collectMrkdwn(blocks).at(-1)).toBe(
      [
        `:heavy_minus_sign: *Ignored* by <@${OWNER}> on ${slackDate(DECIDED_AT)}`,
        'Reason: Looks like a sales pitch or spam',
        'Note: Sent the same pitch to three of us.',
      ].join('\n'),
    );
    expect(text).toBe('Connection invitation from Priya Raman: ignored');
  });

  // The Block and Change decision forms take 500 characters, typed on purpose: the card shows them
  // whole, even when every one of them escapes five times longer, as long as the card fits.
  const BLOCK_REASON = `Sent crypto pitches to half the team. ${'They wrote to everyone in sales and support, then to the founders. '.repeat(8)}`.slice(0, 500);

  it('shows a Block reason of 500 characters whole, and one that is all & too', () => {
    for (const [reason, shown] of [
      [BLOCK_REASON, BLOCK_REASON],
      ['&'.repeat(500), '&amp;'.repeat(500)],
    ] as const) {
      const { blocks } = card(decided('blocked', { decisionReason: reason, earlierDecisions: Array.from({ length: 6 }, () => ({ decision: 'ignored' as const, at: CHECKED_AT })) }));
      expect(collectMrkdwn(blocks)).toContainEqual(expect.stringContaining(`\nReason: ${shown}\n_Before that: 3 earlier decisions, then `));
    }
  });

  it('shows a changed decision’s reason and an Ignore note of 500 characters whole, within the section’s 3,000', () => {
    const { blocks } = card(decided('ignored', { decisionReason: 'Looks like a sales pitch or spam', decisionNote: 'n'.repeat(500) }));
    expect(collectMrkdwn(blocks).at(-1)).toMatch(new RegExp(`\\nNote: ${'n'.repeat(500)}$`));
    // Both at 500 characters that escape five times longer cannot both be whole: the reason comes first.
    const crowded = card(decided('accepted', { decisionReason: '<'.repeat(500), decisionNote: '>'.repeat(500) }));
    const section = collectMrkdwn(crowded.blocks).find((value) => value.includes('Reason: ')) ?? '';
    expect(section).toContain(`Reason: ${'&lt;'.repeat(500)}\nNote: &gt;`);
    expect(section).toContain('…');
    expect(section.length).toBeLessThanOrEqual(3000);
  });

  it.each([
    ['declined', ':wave: *Declined*'],
    ['blocked', ':no_entry: *Blocked*'],
  ] as const)('shows %s', (status, label) => {
    const { blocks } = card(decided(status));
    // A declined card keeps a way to the ready-to-send message.
    expect(actionIds(blocks)).toEqual(status === 'declined' ? [ACTIONS.changeDecision, ACTIONS.editDetails, ACTIONS.decline] : [ACTIONS.changeDecision, ACTIONS.editDetails]);
    expect(mrkdwn(blocks)).toContain(`${label} by <@${OWNER}>`);
    expect(mrkdwn(blocks)).not.toContain('thank-you');
  });

  it('falls back to the owner and leaves the date out when they are unknown', () => {
    const { blocks } = card(invitation({ status: 'ignored', decidedAt: null, decidedBy: null }));
    expect(collectMrkdwn(blocks).at(-1)).toBe(`:heavy_minus_sign: *Ignored* by <@${OWNER}>`);
  });
});

describe('invitationCard: a changed decision', () => {
  const day = (d: number) => new Date(Date.UTC(2026, 10, d, 10));
  const on = (d: number) => slackDate(day(d), '{date_short_pretty}');

  it('names the steps before the current decision, oldest first', () => {
    const text = mrkdwn(card(decided('declined', { earlierDecisions: [{ decision: 'accepted', at: day(2) }, { decision: 'ignored', at: day(3) }] })).blocks);
    expect(text).toContain(`_Before that: accepted on ${on(2)}, then ignored on ${on(3)}._`);
  });

  it('counts the older steps beyond the last three', () => {
    const steps = [1, 2, 3, 4, 5].map((d) => ({ decision: d % 2 === 0 ? ('ignored' as const) : ('accepted' as const), at: day(d) }));
    const text = mrkdwn(card(decided('declined', { earlierDecisions: steps })).blocks);
    expect(text).toContain(`_Before that: 2 earlier decisions, then accepted on ${on(3)}, then ignored on ${on(4)}, then accepted on ${on(5)}._`);
  });

  it('says nothing of a decision never changed', () => {
    expect(mrkdwn(card(decided('accepted', { earlierDecisions: [] })).blocks)).not.toContain('Before that');
    expect(mrkdwn(card(decided('accepted')).blocks)).not.toContain('Before that');
  });
});

describe('invitationCard: earlier checks', () => {
  it('lists each earlier check with who, what, when and why', () => {
    const history = [
      entry(),
      entry({ ownerId: OWNER, status: 'pending', reason: null, at: new Date('2023-10-01T08:00:00Z') }),
      entry({ status: 'accepted', reason: null, at: new Date('2023-09-01T08:00:00Z') }),
    ];
    const { blocks } = card(invitation(), history);
    const context = blocks.find((block) => block.type === 'context' && mrkdwn([block]).startsWith('*Seen before'));
    expect(context && mrkdwn([context])).toBe(
      [
        '*Seen before in this workspace*',
        `:heavy_minus_sign: <@${TEAMMATE}>: ignored on ${slackDate(new Date('2023-11-14T10:00:00Z'), '{date_short_pretty}')} (Looks like a sales pitch or spam)`,
        `:hourglass_flowing_sand: <@${OWNER}>: checked on ${slackDate(new Date('2023-10-01T08:00:00Z'), '{date_short_pretty}')}, not decided yet`,
        `:white_check_mark: <@${TEAMMATE}>: accepted on ${slackDate(new Date('2023-09-01T08:00:00Z'), '{date_short_pretty}')}`,
      ].join('\n'),
    );
    expect(blocks.map((block) => block.type)).toEqual(['section', 'section', 'section', 'context', 'actions', 'actions', 'context']);
  });

  it("shows an Ignore's own words with its reason, or alone, escaped", () => {
    const on = slackDate(new Date('2023-11-14T10:00:00Z'), '{date_short_pretty}');
    const both = mrkdwn(card(invitation(), [entry({ reason: 'Not relevant', note: 'Pitched   us <twice> & pushy' })]).blocks);
    expect(both).toContain(`ignored on ${on} (Not relevant: "Pitched us &lt;twice&gt; &amp; pushy")`);
    const alone = mrkdwn(card(invitation(), [entry({ reason: null, note: 'Met at a bad pitch' })]).blocks);
    expect(alone).toContain(`ignored on ${on} ("Met at a bad pitch")`);
  });

  it('shows five and counts the rest', () => {
    const history = Array.from({ length: 8 }, (_, i) => entry({ reason: `reason ${i + 1}` }));
    const text = mrkdwn(card(invitation(), history).blocks);
    expect(text).toContain('(reason 5)');
    expect(text).not.toContain('(reason 6)');
    expect(text).toContain('\n…and 3 earlier');
  });

  it('counts earlier checks beyond the ones it was given', () => {
    const text = mrkdwn(card(invitation(), Array.from({ length: 10 }, () => entry()), 23).blocks);
    expect(text).toContain('\n…and 18 earlier');
  });

  it('does not count when there are exactly five', () => {
    const text = mrkdwn(card(invitation(), Array.from({ length: 5 }, () => entry())).blocks);
    expect(text).not.toContain('earlier');
  });

  it('has no history block without earlier checks', () => {
    expect(mrkdwn(card(invitation(), []).blocks)).not.toContain('Seen before');
  });
});

describe('invitationCard: limits and escaping', () => {
  const LONG = 'x'.repeat(5000);

  it('fits Block Kit with every field at its worst, in every state', () => {
    const history = Array.from({ length: 10 }, (_, i) => entry({ ownerId: `U0MATE${i}`, reason: '&'.repeat(5000) }));
    const worst: Partial<CardInvitation> = {
      name: '&'.repeat(5000),
      headline: '<'.repeat(5000),
      company: '>'.repeat(5000),
      note: 'a\n\n'.repeat(2000),
      source: LONG,
      reasons: Array.from({ length: 20 }, () => '&<>'.repeat(2000)),
      decisionReason: LONG,
      decisionNote: '&'.repeat(5000),
      mutualConnections: 999_999_999,
    };
    for (const status of ['pending', 'accepted', 'ignored', 'declined', 'blocked'] as const) {
      const { text, blocks } = card(invitation({ ...worst, status, decidedAt: DECIDED_AT, decidedBy: OWNER }), history);
      // Cut to fit, not emptied: escaping five-fold longer text must still show some of it.
      expect(collectMrkdwn(blocks)[0]).toMatch(/^:envelope_with_arrow: \*(?:&amp;){20,}…\* wants to connect\n\*(?:&lt;){20,}…\* at (?:&gt;){20,}…\n/);
      expect(text).toMatch(status === 'pending' ? /^(?:&amp;){10,}… wants to connect\. Recommended: / : /^Connection invitation from (?:&amp;){10,}…: /);
    }
  });

  it.each(HOSTILE_VALUES.map((value) => [value.length > 40 ? `${value.slice(0, 40)}… (${value.length})` : value, value]))(
    'neutralises %j in every untrusted field',
    (_label, value) => {
      const fields: Partial<CardInvitation> = {
        name: value,
        headline: value,
        company: value,
        note: value,
        source: value,
        reasons: [value, value],
        decisionReason: value,
        decisionNote: value,
      };
      const history = [entry({ reason: value }), entry({ status: 'pending', reason: value })];
      for (const inv of [invitation(fields), decided('ignored', fields)]) {
        const message = card(inv, history);
        const json = JSON.stringify(message);
        if (MARKUP_VALUES.includes(value)) {
          expect(json).not.toContain(inJson(value));
          expect(json).toContain(inJson(value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')));
        }
      }
    },
  );

  it('shows ids that are not Slack user ids as text, not mentions', () => {
    const message = card(
      decided('ignored', { ownerId: '<!here>', decidedBy: '<!channel>' }),
      [entry({ ownerId: '<!subteam^S1|@team>' }), entry({ ownerId: 'U123|x>' })],
    );
    const json = JSON.stringify(message);
    expect(json).toContain('&lt;!channel&gt;');
    expect(json).toContain('&lt;!subteam^S1|@team&gt;');
  });

  it('renders any untrusted text as a valid card with no foreign markup (property)', () => {
    const nullable = fc.option(untrustedText, { nil: null });
    const statuses = fc.constantFrom<InvitationStatus>('pending', 'accepted', 'ignored', 'declined', 'blocked');
    const when = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });
    const userId = fc.oneof(fc.constantFrom(OWNER, TEAMMATE), untrustedText);
    const profileUrl = fc.option(
      fc.oneof(untrustedText, fc.constant(PROFILE), untrustedText.map((s) => `linkedin.com/in/${s}`), untrustedText.map((s) => `xing.com/profile/${s}`)),
      { nil: null },
    );
    const arbitraryInvitation = fc.record({
      id: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      ownerId: userId,
      name: untrustedText,
      headline: nullable,
      company: nullable,
      mutualConnections: fc.option(fc.nat(), { nil: null }),
      note: nullable,
      profileUrl,
      source: nullable,
      recommendation: fc.constantFrom('accept', 'review', 'ignore' as const),
      score: fc.integer({ min: 0, max: 100 }),
      reasons: fc.array(untrustedText, { maxLength: 10 }),
      status: statuses,
      decidedAt: fc.option(when, { nil: null }),
      decidedBy: fc.option(userId, { nil: null }),
      decisionReason: nullable,
      decisionNote: nullable,
      createdAt: when,
    });
    const arbitraryHistory = fc.array(fc.record({ ownerId: userId, status: statuses, at: when, reason: nullable, note: nullable }), { maxLength: 12 });
    fc.assert(
      fc.property(arbitraryInvitation, arbitraryHistory, (inv, history) => {
        card(inv, history);
      }),
      { numRuns: 200 },
    );
  });
});

function voice(overrides: Partial<CardVoice> = {}): CardVoice {
  return { userId: TEAMMATE, kind: 'knows', note: 'We worked together at Northwind.', at: new Date('2024-03-05T15:00:00Z'), ...overrides };
}

function blockWith(blocks: readonly KnownBlock[], start: string): KnownBlock | undefined {
  return blocks.find((block) => collectMrkdwn([block]).some((text) => text.startsWith(start)));
}

describe('invitationCard: what teammates say', () => {
  const ANA = 'U0ANA00001';
  const BEN = 'U0BEN00001';

  it('is backwards compatible: no voices, no voices section', () => {
    expect(invitationCard(invitation())).toEqual(invitationCard(invitation(), [], 0, []));
    expect(mrkdwn(card(invitation(), [], 0, []).blocks)).not.toContain('What the team knows');
  });

  it('lists who said what, newest first, after the recommendation and before the buttons', () => {
    const voices = [
      voice({ userId: ANA, kind: 'knows', note: 'Great to   work\nwith.', at: new Date('2024-03-05T15:00:00Z') }),
      voice({ userId: BEN, kind: 'caution', note: 'Pitched me crypto twice.', at: new Date('2024-03-05T16:00:00Z') }),
      voice({ userId: TEAMMATE, kind: 'knows', note: null, at: new Date('2024-03-05T14:00:00Z') }),
      voice({ userId: 'U0DAN00001', kind: 'caution', note: '   ', at: new Date('2024-03-05T13:00:00Z') }),
    ];
    const { blocks } = card(invitation(), [], 0, voices);
    expect(blocks.map((block) => block.type)).toEqual(['section', 'section', 'section', 'section', 'actions', 'actions', 'context']);
    expect(collectMrkdwn(blocks)[3]).toBe(
      [
        '*What the team knows*',
        `:warning: <@${BEN}> gave a heads-up: "Pitched me crypto twice."`,
        `:handshake: <@${ANA}> knows them: "Great to work with."`,
        `:handshake: <@${TEAMMATE}> knows them`,
        ':warning: <@U0DAN00001> gave a heads-up',
      ].join('\n'),
    );
  });

  it('shows ten and counts the rest', () => {
    const voices = Array.from({ length: 13 }, (_, i) => voice({ note: `note ${i + 1}`, at: new Date(Date.UTC(2024, 2, 1 + i)) }));
    const text = mrkdwn(card(invitation(), [], 0, voices).blocks);
    // Newest first: notes 13 down to 4 are shown.
    expect(text).toContain('"note 13"');
    expect(text).toContain('"note 4"');
    expect(text).not.toContain('"note 3"');
    expect(text).toContain('\n…and 3 more');
  });

  it('does not count when there are exactly ten', () => {
    const voices = Array.from({ length: 10 }, (_, i) => voice({ at: new Date(Date.UTC(2024, 2, 1 + i)) }));
    expect(mrkdwn(card(invitation(), [], 0, voices).blocks)).not.toContain('more');
  });

  it.each(['accepted', 'ignored', 'declined', 'blocked'] as const)('keeps the voices on a %s card, above the decision', (status) => {
    const { blocks } = card(decided(status), [], 0, [voice({ kind: 'caution', note: 'Careful' })]);
    const texts = collectMrkdwn(blocks);
    const voicesAt = texts.findIndex((text) => text.startsWith('*What the team knows*'));
    expect(voicesAt).toBeGreaterThan(-1);
    expect(texts.at(-1)).toContain(`*${status.charAt(0).toUpperCase()}${status.slice(1)}* by`);
    expect(voicesAt).toBe(texts.length - 2);
  });

  it('keeps many long notes within the section limit, counting what did not fit', () => {
    const voices = Array.from({ length: 30 }, (_, i) => voice({ userId: `U${'A'.repeat(200)}${i}`, note: '&'.repeat(400), at: new Date(Date.UTC(2024, 0, 1 + i)) }));
    const section = blockWith(card(invitation(), [], 0, voices).blocks, '*What the team knows*');
    const text = section ? mrkdwn([section]) : '';
    expect(text.length).toBeLessThanOrEqual(3000);
    const shown = text.split('\n').filter((line) => line.startsWith(':handshake:')).length;
    expect(shown).toBeGreaterThan(0);
    expect(text.endsWith(`…and ${30 - shown} more`)).toBe(true);
  });

  it.each(HOSTILE_VALUES.map((value) => [value.length > 40 ? `${value.slice(0, 40)}… (${value.length})` : value, value]))(
    'neutralises %j in a note and as a user id',
    (_label, value) => {
      const message = card(invitation(), [], 0, [voice({ note: value }), voice({ userId: value, kind: 'caution', note: value })]);
      if (MARKUP_VALUES.includes(value)) expect(JSON.stringify(message)).not.toContain(inJson(value));
    },
  );
});

describe('invitationCard: earlier blocks and declines', () => {
  const BLOCKED_AT = new Date('2023-12-01T10:00:00Z');
  const DECLINED_AT = new Date('2023-06-01T10:00:00Z');

  it('says so loudly, right below the person, besides listing them as seen before', () => {
    const history = [
      entry({ status: 'blocked', at: BLOCKED_AT, reason: 'Crypto pitch' }),
      entry({ status: 'accepted', reason: null }),
      entry({ ownerId: OWNER, status: 'declined', at: DECLINED_AT, reason: null }),
    ];
    const { blocks } = card(invitation(), history);
    expect(blocks.map((block) => block.type)).toEqual(['section', 'section', 'section', 'section', 'context', 'actions', 'actions', 'context']);
    expect(collectMrkdwn(blocks)[1]).toBe(
      [
        `:no_entry: *Blocked before* by <@${TEAMMATE}> on ${slackDate(BLOCKED_AT, '{date_short_pretty}')}: Crypto pitch`,
        `:wave: *Declined before* by <@${OWNER}> on ${slackDate(DECLINED_AT, '{date_short_pretty}')}`,
      ].join('\n'),
    );
    expect(mrkdwn(blocks)).toContain('*Seen before in this workspace*');
  });

  it('repeats an earlier block’s reason of 500 characters whole', () => {
    const reason = `Sent crypto pitches to half the team. ${'They wrote to everyone in sales and support. '.repeat(12)}`.slice(0, 500);
    const history = Array.from({ length: 3 }, () => entry({ status: 'blocked', at: BLOCKED_AT, reason }));
    const warning = collectMrkdwn(card(invitation(), history).blocks)[1] ?? '';
    expect(warning.split('\n')).toEqual(Array.from({ length: 3 }, () => `:no_entry: *Blocked before* by <@${TEAMMATE}> on ${slackDate(BLOCKED_AT, '{date_short_pretty}')}: ${reason}`));
  });

  it('stays quiet about earlier ignores, accepts and pending checks', () => {
    const history = [entry(), entry({ status: 'accepted' }), entry({ status: 'pending' })];
    expect(mrkdwn(card(invitation(), history).blocks)).not.toMatch(/Blocked before|Declined before/);
  });

  it('shows three and counts the rest', () => {
    const history = Array.from({ length: 5 }, (_, i) => entry({ status: i % 2 === 0 ? 'blocked' : 'declined', reason: `why ${i + 1}` }));
    const warning = collectMrkdwn(card(invitation(), history).blocks)[1] ?? '';
    expect(warning.split('\n')).toHaveLength(4);
    expect(warning).toContain(': why 3');
    expect(warning).not.toContain(': why 4');
    expect(warning.endsWith('\n…and 2 more')).toBe(true);
  });

  it('also warns on a card that is already decided', () => {
    const { blocks } = card(decided('accepted'), [entry({ status: 'blocked' })]);
    expect(collectMrkdwn(blocks)[1]).toMatch(/^:no_entry: \*Blocked before\* by /);
  });
});

describe('invitationCard: the Block button', () => {
  function blockButton(inv: CardInvitation) {
    const owner = actionsBlocks(card(inv).blocks)[0];
    const found = owner?.elements.find((element) => element.action_id === ACTIONS.block);
    if (found?.type !== 'button') throw new Error('no Block button');
    return found;
  }

  it('asks for confirmation, naming the person', () => {
    expect(blockButton(invitation()).confirm).toEqual({
      title: { type: 'plain_text', text: 'Block Priya Raman?', emoji: true },
      text: {
        type: 'plain_text',
        text: "This doesn't block them on the network. It records the block here, and any later check of them, by you or a teammate, will warn that they were blocked.",
        emoji: true,
      },
      confirm: { type: 'plain_text', text: 'Block' },
      deny: { type: 'plain_text', text: 'Cancel' },
      style: 'danger',
    });
    // Slack's confirm text holds at most 300 characters; the key fact comes first.
    expect(blockButton(invitation()).confirm?.text.text.length).toBeLessThanOrEqual(300);
  });

  it.each(['<!here>', '<@U123|bob>', 'x'.repeat(5000), '   ', 'a\nb'])('keeps the name %j harmless and the title within 100 characters', (name) => {
    const title = blockButton(invitation({ name })).confirm?.title?.text ?? '';
    expect(title.length).toBeLessThanOrEqual(100);
    expect(title).toMatch(/^Block .+\?$/s);
    expect(title).not.toMatch(/[<>\n]/);
  });
});

describe('invitationCard: changing a decision', () => {
  it.each(['accepted', 'ignored', 'declined', 'blocked'] as const)('offers Change decision on a %s card, carrying the id', (status) => {
    const [change, ...others] = actionsBlocks(card(decided(status, { id: 77 })).blocks);
    expect(others).toHaveLength(0);
    expect(change?.block_id).toBe('change:77');
    expect(change?.elements).toEqual([
      expect.objectContaining({ action_id: ACTIONS.changeDecision, value: '77', text: expect.objectContaining({ text: 'Change decision' }) }),
      expect.objectContaining({ action_id: ACTIONS.editDetails, value: '77', text: expect.objectContaining({ text: 'Edit details' }) }),
      ...(status === 'declined' ? [expect.objectContaining({ action_id: ACTIONS.decline, value: '77', text: expect.objectContaining({ text: 'Show decline message' }) })] : []),
    ]);
  });

  it.each([
    ['declined', ':wave: Declined politely'],
    ['blocked', ':no_entry: Blocked'],
  ] as const)('leads a %s card with a header saying so', (status, headline) => {
    const [first] = card(decided(status)).blocks;
    expect(first).toEqual({ type: 'header', text: { type: 'plain_text', text: headline, emoji: true } });
  });

  it.each(['accepted', 'ignored'] as const)('has no header on a %s card', (status) => {
    expect(card(decided(status)).blocks.some((block) => block.type === 'header')).toBe(false);
  });

  it('says a blocked person will not be suggested again', () => {
    expect(collectMrkdwn(card(decided('blocked')).blocks).at(-1)).toContain('*Any later check of them, by anyone on the team, will say so loudly.*');
  });
});

describe('invitationCard: with voices, any text (property)', () => {
  it('renders any untrusted voices, history and fields as a valid card with no foreign markup', () => {
    const nullable = fc.option(untrustedText, { nil: null });
    const when = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });
    const userId = fc.oneof(fc.constantFrom(OWNER, TEAMMATE, 'U0ANA00001'), untrustedText);
    const statuses = fc.constantFrom<InvitationStatus>('pending', 'accepted', 'ignored', 'declined', 'blocked');
    const voices = fc.array(fc.record({ userId, kind: fc.constantFrom('knows', 'caution' as const), note: nullable, at: when }), { maxLength: 14 });
    const history = fc.array(fc.record({ ownerId: userId, status: statuses, at: when, reason: nullable, note: nullable }), { maxLength: 8 });
    const fields = fc.record({ name: untrustedText, headline: nullable, note: nullable, decisionReason: nullable, status: statuses });
    fc.assert(
      fc.property(fields, history, voices, (overrides, earlier, said) => {
        const { blocks } = card(invitation({ ...overrides, decidedAt: DECIDED_AT, decidedBy: OWNER }), earlier, undefined, said);
        expect(blocks.length).toBeLessThanOrEqual(12);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the whole card, crowded with long words', () => {
  // Slack refuses a message whose blocks hold too much text in all (msg_blocks_too_long; refusals
  // were seen at 11,341 and about 13,200), however well each block keeps to its own limit.
  const amp = (length: number) => '&'.repeat(length);
  const crowded = (status: InvitationStatus) =>
    card(
      invitation({
        status,
        ...(status === 'pending' ? {} : { decidedAt: DECIDED_AT, decidedBy: OWNER, decisionReason: amp(300), decisionNote: amp(1000) }),
        name: amp(100),
        headline: amp(200),
        company: amp(150),
        source: amp(100),
        note: `Hi Sam, ${amp(1992)}`,
        reasons: Array.from({ length: 8 }, () => amp(300)),
        earlierDecisions: Array.from({ length: 6 }, () => ({ decision: 'ignored' as const, at: CHECKED_AT })),
      }),
      Array.from({ length: 5 }, () => entry({ status: 'blocked', reason: amp(300), note: amp(300) })),
      40,
      Array.from({ length: 12 }, (_, i) => voice({ kind: 'caution', note: amp(300), at: new Date(CHECKED_AT.getTime() + i * 1000) })),
    );

  it('stays well within what Slack takes, quoting less of each part, pending or decided', () => {
    for (const status of ['pending', 'accepted', 'blocked'] as const) {
      const message = crowded(status);
      expect(textLength(message.blocks)).toBeLessThanOrEqual(MESSAGE_TEXT_BUDGET);
      // Every part is still there, shorter.
      expect(mrkdwn(message.blocks)).toContain('> Hi Sam, &amp;');
      expect(mrkdwn(message.blocks)).toContain('*What the team knows*');
      expect(mrkdwn(message.blocks)).toContain('*Seen before in this workspace*');
    }
  });

  it('leaves a card within the budget as it was: a full note and ten teammates quoted whole', () => {
    const note = 'We met at the Data Council panel. '.repeat(58).trim();
    const voices = Array.from({ length: 10 }, (_, i) => voice({ note: `Worked with her at Northwind on the data platform, year ${i}.`, at: new Date(CHECKED_AT.getTime() + i * 1000) }));
    const message = card(invitation({ note }), [entry({ note: 'Too salesy for me then.' })], 1, voices);
    expect(mrkdwn(message.blocks)).toContain(note.split('\n')[0] ?? '');
    expect(mrkdwn(message.blocks)).toContain(`${note.slice(-40)}`);
    for (const { note: said } of voices) expect(mrkdwn(message.blocks)).toContain(String(said));
  });
});

describe('invitationCard: the same name under another headline', () => {
  const sameNameEntry = (overrides: Partial<CardSameNameEntry> = {}): CardSameNameEntry => ({
    ...entry({ at: new Date('2026-03-03T10:00:00Z') }),
    name: 'Priya Raman',
    headline: 'Recruiter',
    company: 'Acme',
    ...overrides,
  });
  function hinted(inv: CardInvitation, sameName: readonly CardSameNameEntry[], history: readonly CardHistoryEntry[] = [], voices: readonly CardVoice[] = []) {
    const message = invitationCard(inv, history, history.length, voices, null, sameName);
    assertValidMessage(message);
    const users = [inv.ownerId, ...(inv.decidedBy ? [inv.decidedBy] : []), ...[...history, ...sameName].map((h) => h.ownerId), ...voices.map((v) => v.userId)];
    const profile = inv.profileUrl === null ? null : normaliseProfileUrl(inv.profileUrl);
    assertNoForeignControlSequences(JSON.stringify(message), users, profile === null ? [] : [profile]);
    return message;
  }
  const hint = (blocks: readonly KnownBlock[]) => collectMrkdwn(blocks).find((text) => text.includes('*Same name, different headline.*')) ?? '';

  it('names who was checked, under what headline, what was decided, by whom and why, and hedges both ways', () => {
    const { blocks } = hinted(invitation({ headline: 'Talent Partner', company: 'Globex' }), [sameNameEntry()]);
    expect(hint(blocks)).toBe(
      ':grey_question: *Same name, different headline.* Someone with this name was checked before. It may be the same person, or someone else:\n' +
        `:heavy_minus_sign: *Priya Raman*, Recruiter at Acme: ignored by <@${TEAMMATE}> on ${slackDate(new Date('2026-03-03T10:00:00Z'), '{date_short_pretty}')} (Looks like a sales pitch or spam)\n` +
        "_If it's them (after a job change, say), what the team decided then may still apply. A name alone can't tell, so the recommendation above leaves it out._",
    );
  });

  it('sits right after the history, in a quiet context block, and changes neither score nor recommendation', () => {
    const inv = invitation();
    const without = hinted(inv, []);
    const { blocks } = hinted(inv, [sameNameEntry({ status: 'blocked' })], [entry()]);
    const index = blocks.findIndex((block) => hint([block]) !== '');
    expect(blocks[index]?.type).toBe('context');
    expect(collectMrkdwn([blocks[index - 1] as KnownBlock]).join('')).toContain('*Seen before in this workspace*');
    expect(blocks.filter((block) => hint([block]) === '')).toEqual(without.blocks.toSpliced(without.blocks.findIndex((b) => collectMrkdwn([b]).join('').includes('score')) + 1, 0, blocks[index - 1] as KnownBlock));
  });

  it('does not let a same-name block or decline raise the loud warnings: those are for the same person', () => {
    const { blocks } = hinted(invitation(), [sameNameEntry({ status: 'blocked' }), sameNameEntry({ status: 'declined' })]);
    expect(mrkdwn(blocks)).not.toContain('*Blocked before*');
    expect(mrkdwn(blocks)).not.toContain('*Declined before*');
    expect(hint(blocks)).toContain(`:no_entry: *Priya Raman*, Recruiter at Acme: blocked by <@${TEAMMATE}>`);
    expect(hint(blocks)).toContain(`:wave: *Priya Raman*, Recruiter at Acme: declined by <@${TEAMMATE}>`);
  });

  it('says so when a check is undecided or had no headline, and quotes the owner’s own note', () => {
    const { blocks } = hinted(invitation(), [
      sameNameEntry({ status: 'pending', reason: null, headline: null, company: null }),
      sameNameEntry({ ownerId: OWNER, reason: 'Not relevant to my work', note: 'Only wanted to sell tooling' }),
    ]);
    expect(hint(blocks)).toContain(`:hourglass_flowing_sand: *Priya Raman*, no headline: checked by <@${TEAMMATE}> on `);
    expect(hint(blocks)).toContain(', not decided yet\n');
    expect(hint(blocks)).toContain(`ignored by <@${OWNER}> on `);
    expect(hint(blocks)).toContain('(Not relevant to my work: "Only wanted to sell tooling")');
  });

  it('escapes & < > in names, headlines, companies, reasons and notes, and holds formatting characters in the bold name', () => {
    const { blocks } = hinted(invitation(), [
      sameNameEntry({ name: 'Jo *<b>* & Co', headline: 'Head of <!channel> & R&D', company: 'A>B', reason: 'Spam <@U123> & more', note: 'x < y' }),
    ]);
    const shown = hint(blocks);
    expect(shown).toContain('*Jo \u034F*\u034F&lt;b&gt;\u034F*\u034F &amp; Co*');
    expect(shown).toContain('Head of &lt;!channel&gt; &amp; R&amp;D at A&gt;B');
    expect(shown).toContain('(Spam &lt;@U123&gt; &amp; more: "x &lt; y")');
    expect(shown).not.toMatch(/<!channel>|<@U123>|<b>/);
  });

  it('renders any untrusted same-name checks as a valid card with no foreign markup (property)', () => {
    const nullable = fc.option(untrustedText, { nil: null });
    const when = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });
    const statuses = fc.constantFrom<InvitationStatus>('pending', 'accepted', 'ignored', 'declined', 'blocked');
    const ownerId = fc.oneof(fc.constantFrom(OWNER, TEAMMATE), untrustedText);
    const entries = fc.array(
      fc.record({ ownerId, status: statuses, at: when, reason: nullable, note: nullable, name: untrustedText, headline: nullable, company: nullable }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(entries, (sameName) => {
        const { blocks } = hinted(invitation(), sameName);
        expect(hint(blocks) === '').toBe(sameName.length === 0);
      }),
      { numRuns: 150 },
    );
  });

  it('lists at most three', () => {
    const { blocks } = hinted(invitation(), Array.from({ length: 5 }, (_, i) => sameNameEntry({ headline: `Role ${i}` })));
    expect(hint(blocks).match(/Role \d/g)).toEqual(['Role 0', 'Role 1', 'Role 2']);
  });

  it('shows nothing when there is nothing to hint at', () => {
    expect(hint(hinted(invitation(), []).blocks)).toBe('');
  });

  it('keeps the worst case within the context limit and the whole crowded card within what Slack takes', () => {
    const amp = (length: number) => '&'.repeat(length);
    const worst = Array.from({ length: 3 }, () =>
      sameNameEntry({ ownerId: OWNER, status: 'blocked', name: amp(200), headline: amp(400), company: amp(300), reason: amp(500), note: amp(500) }),
    );
    // Alone on a card: at the first caps, all three lines, each part cut to its cap.
    const alone = hint(hinted(invitation({ ownerId: OWNER }), worst).blocks);
    expect(alone.length).toBeLessThanOrEqual(3000);
    expect(alone.match(/:no_entry:/g)).toHaveLength(3);
    expect(alone).toContain("A name alone can't tell");
    // On a card crowded with every other long part too.
    for (const status of ['pending', 'blocked'] as const) {
      const message = hinted(
        invitation({
          status,
          ...(status === 'pending' ? {} : { decidedAt: DECIDED_AT, decidedBy: OWNER, decisionReason: amp(300), decisionNote: amp(1000) }),
          name: amp(100),
          headline: amp(200),
          company: amp(150),
          source: amp(100),
          note: `Hi Sam, ${amp(1992)}`,
          reasons: Array.from({ length: 8 }, () => amp(300)),
        }),
        worst,
        Array.from({ length: 5 }, () => entry({ status: 'blocked', reason: amp(300), note: amp(300) })),
        Array.from({ length: 12 }, (_, i) => voice({ kind: 'caution', note: amp(300), at: new Date(CHECKED_AT.getTime() + i * 1000) })),
      );
      expect(textLength(message.blocks)).toBeLessThanOrEqual(MESSAGE_TEXT_BUDGET);
      expect(hint(message.blocks).match(/:no_entry:/g)).toHaveLength(3);
    }
  });
});

describe('invitationCard: what the team decided since this check', () => {
  const SINCE_AT = new Date('2024-03-07T11:00:00Z');
  const since = (overrides: Partial<CardHistoryEntry> = {}) => entry({ status: 'blocked', at: SINCE_AT, reason: 'Crypto pitch', ...overrides });
  const drawn = (inv: CardInvitation, later: readonly CardHistoryEntry[]) => {
    const message = invitationCard(inv, [], 0, [], null, [], later);
    assertValidMessage(message);
    assertNoForeignControlSequences(JSON.stringify(message), [inv.ownerId, ...(inv.decidedBy ? [inv.decidedBy] : []), ...later.map((h) => h.ownerId)], [PROFILE]);
    return message;
  };

  it('a waiting card says who decided what since, labelled, right below the person, with the reason and note given', () => {
    const message = drawn(invitation(), [since(), since({ ownerId: OWNER, status: 'ignored', reason: 'Not relevant to my work', note: 'my own words' })]);
    const section = mrkdwn(message.blocks.slice(1, 2));
    expect(section).toContain(':bell: *Since this check*');
    expect(section).toContain(`:no_entry: <@${TEAMMATE}> also checked them and blocked them on ${slackDate(SINCE_AT, '{date_short_pretty}')} (Crypto pitch)`);
    expect(section).toContain(`<@${OWNER}> also checked them and ignored them on ${slackDate(SINCE_AT, '{date_short_pretty}')} (Not relevant to my work: "my own words")`);
  });

  it('lists at most five, newest first as given, and counts the rest', () => {
    const later = Array.from({ length: 7 }, (_, i) => since({ reason: `reason ${i}` }));
    const section = mrkdwn(drawn(invitation(), later).blocks.slice(1, 2));
    expect(section).toContain('reason 4');
    expect(section).not.toContain('reason 5');
    expect(section).toMatch(/…and 2 more/);
  });

  it('shows what it is given on a decided card too (the service gives what was decided before it), but never later checks still waiting', () => {
    expect(mrkdwn(drawn(decided('accepted'), [since()]).blocks)).toContain('Since this check');
    expect(mrkdwn(drawn(decided('accepted'), [since({ status: 'pending' })]).blocks)).not.toContain('Since this check');
    expect(mrkdwn(drawn(invitation(), [since({ status: 'pending' })]).blocks)).not.toContain('Since this check');
    expect(mrkdwn(drawn(invitation(), []).blocks)).not.toContain('Since this check');
  });

  it.each(HOSTILE_VALUES.map((value) => [value.length > 40 ? `${value.slice(0, 40)}… (${value.length})` : value, value]))('neutralises %j in a reason and a note', (_label, value) => {
    const message = drawn(invitation(), [since({ reason: value, note: value })]);
    if (MARKUP_VALUES.includes(value)) expect(JSON.stringify(message)).not.toContain(inJson(value));
  });

  it('a crowded card with five long decisions since stays within what Slack takes', () => {
    const amp = (n: number) => '&'.repeat(n);
    const message = invitationCard(
      invitation({ note: `Hi Sam, ${amp(1992)}`, reasons: Array.from({ length: 8 }, () => amp(300)) }),
      Array.from({ length: 5 }, () => entry({ status: 'blocked', reason: amp(300), note: amp(300) })),
      40,
      [],
      null,
      [],
      Array.from({ length: 5 }, () => since({ reason: amp(500), note: amp(500) })),
    );
    assertValidMessage(message);
    expect(textLength(message.blocks)).toBeLessThanOrEqual(MESSAGE_TEXT_BUDGET);
    expect(mrkdwn(message.blocks)).toContain('*Since this check*');
  });
});

describe('invitationCard: a block since this check is never hidden behind newer decisions', () => {
  const AT = new Date('2024-03-07T11:00:00Z');

  it('shows the block and decline among five newer ignores, newest first, and counts the rest', () => {
    const ignores = Array.from({ length: 6 }, (_, i) => entry({ status: 'ignored', at: AT, reason: `ignore ${i}` }));
    const later = [...ignores, entry({ status: 'declined', at: AT, reason: 'the decline' }), entry({ status: 'blocked', at: AT, reason: 'the block' })];
    const message = invitationCard(invitation(), [], 0, [], null, [], later);
    assertValidMessage(message);
    const section = mrkdwn(message.blocks.slice(1, 2));
    expect(section).toContain('(the block)');
    expect(section).toContain('(the decline)');
    expect(section).toContain('ignore 0');
    expect(section).toContain('ignore 2');
    expect(section).not.toContain('ignore 3');
    expect(section).toMatch(/…and 3 more/);
    // Newest first, as given: the ignores before the older decline and block.
    expect(section.indexOf('ignore 2')).toBeLessThan(section.indexOf('(the decline)'));
    expect(section.indexOf('(the decline)')).toBeLessThan(section.indexOf('(the block)'));
  });
});

describe('invitationCard: fifty decisions since, with hostile reasons and notes', () => {
  it('stays valid, within a section, names at most five, and lets no markup through', () => {
    const statuses = ['ignored', 'blocked', 'declined', 'accepted'] as const;
    const later = Array.from({ length: 50 }, (_, i) => {
      const value = HOSTILE_VALUES[i % HOSTILE_VALUES.length] ?? '';
      return entry({ status: statuses[i % statuses.length], at: new Date(Date.UTC(2024, 2, 7 + (i % 20))), reason: value, note: value, ownerId: i % 2 === 0 ? OWNER : TEAMMATE });
    });
    const message = invitationCard(invitation(), [], 0, [], null, [], later);
    assertValidMessage(message);
    const section = message.blocks[1];
    const text = mrkdwn([section].filter((block) => block !== undefined));
    expect(text.startsWith(':bell: *Since this check*')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(3_000);
    expect(text.split('\n').filter((line) => line.includes('also checked them'))).toHaveLength(5);
    expect(text).toMatch(/…and 45 more/);
    for (const value of MARKUP_VALUES) expect(JSON.stringify(message)).not.toContain(inJson(value));
  });
});
