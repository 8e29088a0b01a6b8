import type { KnownBlock } from '@slack/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseProfileUrl } from '../../src/domain/profile-url.js';
import type { InvitationStatus } from '../../src/domain/types.js';
import { slackDate } from '../../src/views/format.js';
import { ACTIONS } from '../../src/views/ids.js';
import { invitationCard, type CardHistoryEntry, type CardInvitation } from '../../src/views/invitation-card.js';
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
  return { ownerId: TEAMMATE, status: 'ignored', at: new Date('2023-11-14T10:00:00Z'), reason: 'Looks like a sales pitch or spam', ...overrides };
}

/** The card, checked against Block Kit limits and for foreign markup before any test looks at it. */
function card(inv: CardInvitation, history: readonly CardHistoryEntry[] = [], historyTotal?: number) {
  const message = invitationCard(inv, history, historyTotal);
  assertValidMessage(message);
  const allowedUsers = [inv.ownerId, ...(inv.decidedBy ? [inv.decidedBy] : []), ...history.map((h) => h.ownerId)];
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

describe('invitationCard: a pending invitation', () => {
  it('shows the person, their note, the recommendation and the decision buttons, in that order', () => {
    const { blocks } = card(invitation());
    expect(blocks.map((block) => block.type)).toEqual(['section', 'section', 'section', 'actions', 'context']);
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

  it('lists at most 8 reasons', () => {
    const reasons = Array.from({ length: 12 }, (_, i) => `Reason ${i + 1}.`);
    const text = collectMrkdwn(card(invitation({ reasons })).blocks)[2] ?? '';
    expect(text.split('\n').filter((line) => line.startsWith('• '))).toHaveLength(8);
    expect(text).toContain('Reason 8.');
    expect(text).not.toContain('Reason 9.');
  });

  it('has Accept and Ignore buttons carrying the invitation id', () => {
    const [actions, ...others] = actionsBlocks(card(invitation({ id: 1234 })).blocks);
    expect(others).toHaveLength(0);
    expect(actions?.block_id).toBe('decide:1234');
    expect(actions?.elements).toEqual([
      expect.objectContaining({ type: 'button', action_id: ACTIONS.accept, value: '1234', style: 'primary', text: { type: 'plain_text', text: 'Accept' } }),
      expect.objectContaining({ type: 'button', action_id: ACTIONS.ignore, value: '1234', text: { type: 'plain_text', text: 'Ignore…' } }),
    ]);
  });

  it('says who forwarded it and when', () => {
    const { blocks } = card(invitation());
    expect(collectMrkdwn(blocks).at(-1)).toBe(`Forwarded by <@${OWNER}>, who decides. Checked ${slackDate(CHECKED_AT)}.`);
  });

  it('has a plain fallback text', () => {
    expect(card(invitation()).text).toBe('Connection invitation from Priya Raman: recommended accept (82/100)');
    expect(card(invitation({ name: 'Tom & Jerry' })).text).toBe('Connection invitation from Tom &amp; Jerry: recommended accept (82/100)');
  });

  it.each([
    [null, ':busts_in_silhouette: Mutual connections not stated'],
    [0, ':busts_in_silhouette: No mutual connections'],
    [1, ':busts_in_silhouette: 1 mutual connection'],
    [1204, ':busts_in_silhouette: 1204 mutual connections'],
  ])('with %j mutual connections says %j', (mutualConnections, line) => {
    expect(mrkdwn(card(invitation({ mutualConnections })).blocks)).toContain(line);
  });

  it('handles a missing headline, company, note, profile and source', () => {
    const { blocks } = card(invitation({ headline: null, company: null, note: null, profileUrl: null, source: null }));
    expect(blocks.map((block) => block.type)).toEqual(['section', 'section', 'actions', 'context']);
    const [person] = collectMrkdwn(blocks);
    expect(person).toBe(':envelope_with_arrow: *Priya Raman* wants to connect\n_No headline given_\n:busts_in_silhouette: 14 mutual connections');
    expect(mrkdwn(card(invitation({ headline: null })).blocks)).toContain('\n*Northwind Analytics*\n');
    expect(mrkdwn(card(invitation({ company: null })).blocks)).toContain('\n*Head of Data Partnerships*\n');
  });

  it('does not link a profile URL that is not a LinkedIn profile', () => {
    const text = mrkdwn(card(invitation({ profileUrl: 'https://evil.example/in/priya' })).blocks);
    expect(text).not.toContain('evil.example');
    expect(text).not.toContain(':link:');
  });
});

describe('invitationCard: decided invitations', () => {
  it('shows who accepted and when, with the thank-you promise, and no buttons', () => {
    const { text, blocks } = card(decided('accepted'));
    expect(actionsBlocks(blocks)).toHaveLength(0);
    expect(collectMrkdwn(blocks).at(-1)).toBe(
      `:white_check_mark: *Accepted* by <@${OWNER}> on ${slackDate(DECIDED_AT)}\n:email: A thank-you note will be suggested by DM.`,
    );
    expect(text).toBe('Connection invitation from Priya Raman: accepted');
  });

  it('shows an Ignore with its reason and note', () => {
    const { text, blocks } = card(decided('ignored', { decisionReason: 'Looks like a sales pitch or spam', decisionNote: 'Sent the same pitch to three of us.' }));
    expect(actionsBlocks(blocks)).toHaveLength(0);
    expect(collectMrkdwn(blocks).at(-1)).toBe(
      [
        `:heavy_minus_sign: *Ignored* by <@${OWNER}> on ${slackDate(DECIDED_AT)}`,
        'Reason: Looks like a sales pitch or spam',
        'Note: Sent the same pitch to three of us.',
      ].join('\n'),
    );
    expect(text).toBe('Connection invitation from Priya Raman: ignored');
  });

  it.each([
    ['declined', ':wave: *Declined*'],
    ['blocked', ':no_entry: *Blocked*'],
  ] as const)('shows %s', (status, label) => {
    const { blocks } = card(decided(status));
    expect(actionsBlocks(blocks)).toHaveLength(0);
    expect(mrkdwn(blocks)).toContain(`${label} by <@${OWNER}>`);
    expect(mrkdwn(blocks)).not.toContain('thank-you');
  });

  it('falls back to the owner and leaves the date out when they are unknown', () => {
    const { blocks } = card(invitation({ status: 'ignored', decidedAt: null, decidedBy: null }));
    expect(collectMrkdwn(blocks).at(-1)).toBe(`:heavy_minus_sign: *Ignored* by <@${OWNER}>`);
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
        `:hourglass_flowing_sand: <@${OWNER}>: checked, still undecided on ${slackDate(new Date('2023-10-01T08:00:00Z'), '{date_short_pretty}')}`,
        `:white_check_mark: <@${TEAMMATE}>: accepted on ${slackDate(new Date('2023-09-01T08:00:00Z'), '{date_short_pretty}')}`,
      ].join('\n'),
    );
    expect(blocks.map((block) => block.type)).toEqual(['section', 'section', 'section', 'context', 'actions', 'context']);
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
      expect(text).toMatch(/^Connection invitation from (?:&amp;){10,}…: /);
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
    const profileUrl = fc.option(fc.oneof(untrustedText, fc.constant(PROFILE), untrustedText.map((s) => `linkedin.com/in/${s}`)), { nil: null });
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
    const arbitraryHistory = fc.array(fc.record({ ownerId: userId, status: statuses, at: when, reason: nullable }), { maxLength: 12 });
    fc.assert(
      fc.property(arbitraryInvitation, arbitraryHistory, (inv, history) => {
        card(inv, history);
      }),
      { numRuns: 200 },
    );
  });
});
