import type { KnownBlock } from '@slack/types';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSlackEntities, escapeMrkdwn, wellFormed } from '../../src/domain/slack-text.js';
import { FIELD_LIMITS, SOURCES } from '../../src/views/invitation-modal.js';
import { textLength } from '../../src/views/text-budget.js';
import { ACTIONS } from '../../src/views/ids.js';
import {
  codeParts,
  formNotOpenedMessage,
  reopenFormPayload,
  reopenFormValue,
  unsavedInputMessages,
  type UnsavedInput,
} from '../../src/views/unsaved-input.js';
import { collectMrkdwn } from '../support/block-kit.js';
import { inJson, MARKUP_VALUES, untrustedText } from '../support/hostile-text.js';
import { buttons, checkedMessage, HOSTILE_CASES } from './view-helpers.js';

const IGNORE: UnsavedInput = {
  what: 'your Ignore',
  why: null,
  entered: [
    { label: 'Reason', value: 'Not relevant to my work' },
    { label: 'Note', value: 'Met once\nat a fair' },
  ],
  nextStep: 'Try *Ignore* on the card again in a moment.',
};

function messages(overrides: Partial<UnsavedInput> = {}) {
  return unsavedInputMessages({ ...IGNORE, ...overrides }).map((message) => checkedMessage(message));
}

/** The one message almost everything fits in. */
function message(overrides: Partial<UnsavedInput> = {}) {
  const all = messages(overrides);
  expect(all).toHaveLength(1);
  const [only] = all;
  if (only === undefined) throw new Error('no message');
  return only;
}

/** A value as the person reads it back: its parts' code blocks, in order, unescaped and joined. */
function givenBack(blocks: readonly KnownBlock[], label: string): string {
  const parts = collectMrkdwn(blocks).filter((text) => text.startsWith(`*${label}*`));
  return parts.map((text) => decodeSlackEntities(/```([\s\S]*)```$/.exec(text)?.[1] ?? '')).join('');
}

/** A pasted e-mail thread: some 300 of its 2,000 characters are &, < or >, as QA's probe had. */
const THREAD = 'Re: Q&A <priya@example.com> R&D -> P&L '.repeat(52).slice(0, 2000).trimEnd();

describe('unsavedInputMessages', () => {
  it('says nothing changed, gives back each value in a code block, and what to do next', () => {
    const { text, blocks } = message();
    expect(text).toBe("I couldn't save your Ignore, so nothing changed. What you entered is in this message.");
    expect(collectMrkdwn(blocks)).toEqual([
      ":warning: I couldn't save your Ignore, so nothing changed. Something went wrong on my side.",
      "Here is what you entered, so you don't have to type it again:",
      '*Reason*\n```Not relevant to my work```',
      '*Note*\n```Met once\nat a fair```',
      'Try *Ignore* on the card again in a moment.',
    ]);
    expect(buttons(blocks)).toEqual([]);
  });

  it('gives the reason it was refused when there is one, in the app’s own words (a mention stays a mention)', () => {
    const [only] = unsavedInputMessages({ what: 'your Ignore', why: 'Only <@U0OWNER001> can decide on this invitation.', entered: [], nextStep: 'Ask them.' });
    const [first] = collectMrkdwn(checkedMessage(only ?? { text: '', blocks: [] }, ['U0OWNER001']).blocks);
    expect(first).toBe(":warning: I couldn't save your Ignore, so nothing changed. Only <@U0OWNER001> can decide on this invitation.");
  });

  it('leaves out what was left empty, and shows numbers', () => {
    const shown = collectMrkdwn(
      message({
        entered: [
          { label: 'Name', value: 'Ana' },
          { label: 'Headline', value: null },
          { label: 'Company', value: '   ' },
          { label: 'Mutual connections', value: 0 },
          { label: 'Note', value: undefined },
        ],
      }).blocks,
    );
    expect(shown).toContain('*Name*\n```Ana```');
    expect(shown).toContain('*Mutual connections*\n```0```');
    expect(shown.join('\n')).not.toMatch(/Headline|Company|Note/);
  });

  it('with nothing entered, only says what happened', () => {
    expect(collectMrkdwn(message({ entered: [] }).blocks)).toHaveLength(2);
  });

  it('escapes the values and breaks runs of backticks that would close the code block', () => {
    const [, , value] = collectMrkdwn(message({ entered: [{ label: 'Note', value: 'a ``` <!here> & ````b' }] }).blocks);
    expect(value).toBe('*Note*\n```a ``\u200b` &lt;!here&gt; &amp; ``\u200b``b```');
  });

  it('carries the reopen button when given one', () => {
    const value = reopenFormValue('C0CHANNEL1', { name: 'Ana' });
    const [button] = buttons(message({ reopenValue: value }).blocks);
    expect(button).toMatchObject({ action_id: ACTIONS.reopenInvitationForm, value, text: { text: 'Open the form again' } });
  });

  it.each(HOSTILE_CASES)('keeps %j harmless as a label and a value', (_label, value) => {
    const json = JSON.stringify(messages({ entered: [{ label: value, value }, { label: 'Note', value }] }));
    if (MARKUP_VALUES.includes(value)) expect(json).not.toContain(inJson(value));
  });

  it('stays valid Block Kit for any untrusted text', () => {
    fc.assert(
      fc.property(untrustedText, untrustedText, (value, label) => {
        messages({ entered: [{ label, value }, { label: 'Name', value }] });
      }),
      { numRuns: 200 },
    );
  });

  it('gives back a note too long for one code block once escaped whole, in parts, in order', () => {
    expect(escapeMrkdwn(THREAD).length).toBeGreaterThan(2850);
    const { blocks } = message({ entered: [{ label: 'Name', value: 'Priya' }, { label: 'Their note', value: THREAD }] });
    const shown = collectMrkdwn(blocks);
    expect(shown.filter((text) => text.startsWith('*Their note*')).map((text) => text.split('\n')[0])).toEqual(['*Their note* (part 1 of 2)', '*Their note* (part 2 of 2)']);
    expect(givenBack(blocks, 'Their note')).toBe(THREAD);
    // Cut after a space, so no word is split between the two.
    expect(shown.find((text) => text.startsWith('*Their note* (part 1'))).toMatch(/ ```$/);
    expect(givenBack(blocks, 'Name')).toBe('Priya');
  });

  it('past what one message holds (every field at its longest, all of it &), goes on in another, and loses nothing', () => {
    const entered = [
      { label: 'Name', value: '&'.repeat(FIELD_LIMITS.name) },
      { label: 'Headline', value: '&'.repeat(FIELD_LIMITS.headline) },
      { label: 'Company', value: '&'.repeat(FIELD_LIMITS.company) },
      { label: 'Profile link', value: `https://www.linkedin.com/in/${'p'.repeat(200)}` },
      { label: 'Mutual connections', value: 100_000 },
      { label: 'Their note', value: '&<>'.repeat(700).slice(0, FIELD_LIMITS.note) },
      { label: 'Where it came from', value: SOURCES[1] },
    ];
    const reopenValue = reopenFormValue('C0CHANNEL1', { name: 'N' });
    const all = messages({ what: 'the invitation you entered', entered, reopenValue });
    expect(all).toHaveLength(2);
    for (const sent of all) expect(textLength(sent.blocks)).toBeLessThanOrEqual(10_000);
    expect(all[0]?.text).toBe("I couldn't save the invitation you entered, so nothing changed. What you entered is in this message and the next.");
    expect(all[1]?.text).toBe('What you entered, continued from my message above.');
    expect(collectMrkdwn(all[1]?.blocks ?? [])[0]).toBe('What you entered, continued from my message above.');
    const blocks = all.flatMap((sent) => sent.blocks);
    for (const entry of entered) expect(givenBack(blocks, entry.label), entry.label).toBe(String(entry.value));
    // The button and what to do next close the last message.
    expect(buttons(all[1]?.blocks ?? [])).toHaveLength(1);
    expect(collectMrkdwn(all[1]?.blocks ?? []).at(-1)).toBe(IGNORE.nextStep);
  });
});

describe('codeParts', () => {
  it('cuts into parts within the budget once escaped, which together are the whole text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), fc.integer({ min: 10, max: 3000 }), (value, max) => {
        const parts = codeParts(value, max);
        expect(parts.join('')).toBe(wellFormed(value).replace(/```/g, '``\u200b`'));
        for (const part of parts) {
          expect(escapeMrkdwn(part).length).toBeLessThanOrEqual(max);
          expect(part.includes('```')).toBe(false);
          // Never half an emoji at a cut.
          expect(/[\uD800-\uDBFF]$/.test(part)).toBe(false);
        }
        if (escapeMrkdwn(value).length <= max && !value.includes('```')) expect(parts).toEqual([wellFormed(value)]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a skin-toned, joined emoji whole at a cut', () => {
    const parts = codeParts('👩🏽‍💻'.repeat(10), 20);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part).toMatch(/^(👩🏽‍💻)+$/u);
  });
});

describe('formNotOpenedMessage', () => {
  it('says why and gives back what was sent, escaped, in a code block', () => {
    const { text, blocks } = checkedMessage(formNotOpenedMessage('Slack took too long to open the form. Please run the command again.', '14 mutual <!here> & more'));
    expect(text).toBe('Slack took too long to open the form. Please run the command again.');
    expect(collectMrkdwn(blocks)).toEqual([
      'Slack took too long to open the form. Please run the command again.',
      "Here is what you sent, so you don't have to find it again:\n```14 mutual &lt;!here&gt; &amp; more```",
    ]);
  });

  it('stays valid Block Kit for any untrusted text', () => {
    fc.assert(fc.property(untrustedText, (sent) => void checkedMessage(formNotOpenedMessage('Could not open the form.', sent))), { numRuns: 100 });
  });
});

describe('reopenFormValue', () => {
  const longest = {
    name: 'N'.repeat(FIELD_LIMITS.name),
    headline: 'H'.repeat(FIELD_LIMITS.headline),
    company: 'C'.repeat(FIELD_LIMITS.company),
    profileUrl: `https://www.linkedin.com/in/${'p'.repeat(FIELD_LIMITS.profileUrl - 28)}`,
    mutualConnections: 100_000,
    source: SOURCES[1],
  };

  it('carries every field, and leaves out what is empty', () => {
    const value = reopenFormValue('C0CHANNEL1', { name: 'Ana "A" Silva', headline: null, company: '', mutualConnections: 0, note: 'Hi\nthere' });
    expect(JSON.parse(value)).toEqual({ c: 'C0CHANNEL1', f: { name: 'Ana "A" Silva', mutualConnections: 0, note: 'Hi\nthere' } });
  });

  it('carries markup as JSON escapes: no raw <, > or & in the message, the same text once read', () => {
    const name = 'Tom & Jerry <!here>';
    const value = reopenFormValue('C0CHANNEL1', { name });
    expect(value).not.toMatch(/[<>&]/);
    expect(JSON.parse(value).f.name).toBe(name);
  });

  it('fits Slack’s 2,000 characters with every field at its longest, packed when JSON is too long', () => {
    const shortNote = reopenFormValue('C0CHANNEL1', { ...longest, note: 'Short note' });
    expect(shortNote.length).toBeLessThanOrEqual(2000);
    expect(JSON.parse(shortNote).f.note).toBe('Short note');
    expect(reopenFormPayload(shortNote)).toBe(shortNote);
    // Quotes and line breaks take two characters each in JSON; and QA's e-mail thread, whose
    // 300 &, < and > take six each: both packed, whole.
    for (const note of ['"\n'.repeat(FIELD_LIMITS.note / 2), THREAD]) {
      const value = reopenFormValue('C0CHANNEL1', { ...longest, note });
      expect(value.length).toBeLessThanOrEqual(2000);
      expect(value).toMatch(/^z:[\w-]+$/);
      expect(JSON.parse(reopenFormPayload(value) ?? '')).toEqual({ c: 'C0CHANNEL1', f: { ...longest, note } });
    }
  });

  it('leaves out only a note that does not fit even packed, and says so', () => {
    // 2,000 characters that pack poorly: letters drawn at random from thousands.
    let seed = 7;
    const note = Array.from({ length: FIELD_LIMITS.note }, () => {
      seed = (seed * 48_271) % 2_147_483_647;
      return String.fromCharCode(0x4e00 + (seed % 20_000));
    }).join('');
    const value = reopenFormValue('C0CHANNEL1', { ...longest, note });
    expect(value.length).toBeLessThanOrEqual(2000);
    expect(JSON.parse(reopenFormPayload(value) ?? '')).toEqual({ c: 'C0CHANNEL1', f: longest, x: 1 });
  });

  it('packs the rest when it is the note that does not fit, and opens an empty form only past all that', () => {
    let seed = 3;
    const random = (length: number) =>
      Array.from({ length }, () => {
        seed = (seed * 48_271) % 2_147_483_647;
        return String.fromCharCode(0x4e00 + (seed % 20_000));
      }).join('');
    const note = random(FIELD_LIMITS.note);
    // &-heavy fields at their longest take six characters each as plain JSON: packed, without the note.
    const heavy = { ...longest, name: '&'.repeat(FIELD_LIMITS.name), headline: '<'.repeat(FIELD_LIMITS.headline), company: '>'.repeat(FIELD_LIMITS.company) };
    const value = reopenFormValue('C0CHANNEL1', { ...heavy, note });
    expect(value).toMatch(/^z:/);
    expect(JSON.parse(reopenFormPayload(value) ?? '')).toEqual({ c: 'C0CHANNEL1', f: heavy, x: 1 });
    // Beyond the form's own limits (it never gives such fields), nothing fits but an empty form.
    const bare = reopenFormValue('C0CHANNEL1', { ...longest, name: random(2000), note });
    expect(JSON.parse(bare)).toEqual({ c: 'C0CHANNEL1', f: {}, x: 1 });
  });

  it('reads back nothing from a packed value it never wrote', () => {
    expect(reopenFormPayload('z:')).toBeNull();
    expect(reopenFormPayload('z:not base64 at all!')).toBeNull();
    expect(reopenFormPayload(`z:${Buffer.from('plain text').toString('base64url')}`)).toBeNull();
    // A small value that would unpack to megabytes stops at what the form could ever hold.
    const bomb = `z:${deflateRawSync(Buffer.alloc(4 * 1024 * 1024, 0x20), { level: 9 }).toString('base64url')}`;
    expect(bomb.length).toBeLessThan(20_000);
    expect(reopenFormPayload(bomb)).toBeNull();
  });

  it('always fits, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), fc.string({ maxLength: 300 }), (note, name) => {
        const value = reopenFormValue('C0CHANNEL1', { ...longest, name, note });
        expect(value.length).toBeLessThanOrEqual(2000);
        expect(value).not.toMatch(/[<>&]/);
        // Whatever it carries reads back as written: the note whole, or said to be left out.
        const read = JSON.parse(reopenFormPayload(value) ?? '') as { f: { note?: string }; x?: number };
        if (read.x === undefined && note !== '') expect(read.f.note).toBe(note);
      }),
      { numRuns: 200 },
    );
  });
});
