import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IGNORE_REASONS } from '../../src/domain/ignore-reasons.js';
import type { TeamDigestModel } from '../../src/views/models.js';
import { DIGEST_CONNECTIONS_SHOWN, teamDigestMessage } from '../../src/views/team-digest.js';
import { MESSAGE_TEXT_BUDGET } from '../../src/views/text-budget.js';
import { assertValidMessage, collectMrkdwn } from '../support/block-kit.js';
import { untrustedText } from '../support/hostile-text.js';
import { checkedMessage } from './view-helpers.js';

const ANA = 'U0ANA00001';
const BEN = 'U0BEN00001';

function digest(overrides: Partial<TeamDigestModel> = {}): TeamDigestModel {
  return {
    weekLabel: 'the week of 23 November 2026',
    counts: { pending: 2, accepted: 5, ignored: 7, declined: 1, blocked: 1 },
    connections: [
      { ownerId: ANA, name: 'Priya Raman' },
      { ownerId: BEN, name: 'Tom & Jerry' },
    ],
    connectionsTotal: 2,
    ...overrides,
  };
}

describe('teamDigestMessage', () => {
  it('gives the week’s counts and who connected with whom, nothing more', () => {
    const message = checkedMessage(teamDigestMessage(digest()), [ANA, BEN]);
    expect(message.text).toBe("The team's invitations, the week of 23 November 2026: 14 decided, 5 accepted");
    expect(collectMrkdwn(message.blocks)).toEqual([
      ":busts_in_silhouette: *The team's invitations, the week of 23 November 2026*",
      "14 invitations decided: :white_check_mark: 5 accepted · :heavy_minus_sign: 7 ignored · :wave: 1 declined · :no_entry: 1 blocked\n:hourglass_flowing_sand: 2 checked and still waiting at the week's end",
      `*New connections*\n• <@${ANA}> connected with *Priya Raman*\n• <@${BEN}> connected with *Tom &amp; Jerry*`,
      "Sent once a week by invite-check. Only who connected is shared here, never anyone's reasons.",
    ]);
  });

  it('redrawn with nothing left in its days (a forgetting took it all), says so in words, not noughts', () => {
    const empty = digest({ counts: { pending: 0, accepted: 0, ignored: 0, declined: 0, blocked: 0 }, connections: [], connectionsTotal: 0 });
    const message = checkedMessage(teamDigestMessage(empty), []);
    expect(message.text).toBe("The team's invitations, the week of 23 November 2026: nothing left to show");
    expect(collectMrkdwn(message.blocks)).toEqual([
      ":busts_in_silhouette: *The team's invitations, the week of 23 November 2026*",
      'Nothing from the week of 23 November 2026 is left to show: the records it summed up have been removed.',
      'Sent once a week by invite-check.',
    ]);
    // One waiting check left keeps the usual form.
    expect(collectMrkdwn(teamDigestMessage({ ...empty, counts: { ...empty.counts, pending: 1 } }).blocks).join('\n')).toContain('1 checked and still waiting');
  });

  it('shows twenty connections and counts the rest', () => {
    const connections = Array.from({ length: 25 }, (_, i) => ({ ownerId: ANA, name: `Person ${i + 1}` }));
    const text = collectMrkdwn(checkedMessage(teamDigestMessage(digest({ connections, connectionsTotal: 43 })), [ANA]).blocks)[2] ?? '';
    expect(text.split('\n').filter((line) => line.startsWith('• '))).toHaveLength(DIGEST_CONNECTIONS_SHOWN);
    expect(text).toContain('*Person 20*');
    expect(text).not.toContain('*Person 21*');
    expect(text.endsWith('\n…and 23 more')).toBe(true);
  });

  it('says when nobody connected, without calling the week it covers "this week"', () => {
    const message = checkedMessage(teamDigestMessage(digest({ connections: [], connectionsTotal: 0 })));
    expect(collectMrkdwn(message.blocks)[2]).toBe('*New connections*\nNo new connections.');
    // The digest is about a week gone by (and may be posted days late): never "this week".
    expect(JSON.stringify(message)).not.toContain('this week');
  });

  it('counts what was decided as well as what was accepted in its notification text, never calling earlier weeks\' invitations checked', () => {
    const quiet = teamDigestMessage(digest({ counts: { pending: 1, accepted: 0, ignored: 2, declined: 0, blocked: 0 }, connections: [], connectionsTotal: 0 }));
    expect(quiet.text).toBe("The team's invitations, the week of 23 November 2026: 2 decided, 0 accepted");
    const none = teamDigestMessage(digest({ counts: { pending: 3, accepted: 0, ignored: 0, declined: 0, blocked: 0 }, connections: [], connectionsTotal: 0 }));
    expect(JSON.stringify(none.blocks)).toContain("No invitations decided: ");
    expect(JSON.stringify(none.blocks)).toContain("3 checked and still waiting at the week's end");
    expect(teamDigestMessage(digest({ weekLabel: '' })).text).toMatch(/^The team's invitations, last week: /);
  });

  it('never carries a reason: no ignore reason appears even in a busy week', () => {
    const json = JSON.stringify(teamDigestMessage(digest({ counts: { pending: 0, accepted: 0, ignored: 40, declined: 9, blocked: 3 } })));
    for (const reason of IGNORE_REASONS) expect(json).not.toContain(reason.label);
    expect(json).not.toMatch(/Reason:/);
  });

  it('stays valid, inert and far within the text budget for any names and owner ids (property)', () => {
    const connection = fc.record({ ownerId: fc.oneof(fc.constant(ANA), untrustedText), name: untrustedText });
    fc.assert(
      fc.property(fc.array(connection, { maxLength: 30 }), untrustedText, (connections, weekLabel) => {
        const owners = connections.map((c) => c.ownerId);
        const message = checkedMessage(teamDigestMessage(digest({ connections, connectionsTotal: connections.length, weekLabel })), owners);
        // Four blocks, one list within a section: far within the text budget, whatever the names.
        assertValidMessage(message, { maxBlockText: MESSAGE_TEXT_BUDGET / 2 });
      }),
    );
  });
});
