import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_LIMITS, SOURCES } from '../../src/views/invitation-modal.js';
import { ACTIONS } from '../../src/views/ids.js';
import { formNotOpenedMessage, reopenFormValue, unsavedInputMessage, type UnsavedInput } from '../../src/views/unsaved-input.js';
import { collectMrkdwn } from '../support/block-kit.js';
import { inJson, MARKUP_VALUES, untrustedText } from '../support/hostile-text.js';
import { buttons, checkedMessage, HOSTILE_CASES } from './view-helpers.js';

function message(overrides: Partial<UnsavedInput> = {}) {
  return checkedMessage(
    unsavedInputMessage({
      what: 'your Ignore',
      why: null,
      entered: [
        { label: 'Reason', value: 'Not relevant to my work' },
        { label: 'Note', value: 'Met once\nat a fair' },
      ],
      nextStep: 'Try *Ignore* on the card again in a moment.',
      ...overrides,
    }),
  );
}

describe('unsavedInputMessage', () => {
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
    const [first] = collectMrkdwn(checkedMessage(unsavedInputMessage({ what: 'your Ignore', why: 'Only <@U0OWNER001> can decide on this invitation.', entered: [], nextStep: 'Ask them.' }), ['U0OWNER001']).blocks);
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
    const json = JSON.stringify(message({ entered: [{ label: value, value }, { label: 'Note', value }] }));
    if (MARKUP_VALUES.includes(value)) expect(json).not.toContain(inJson(value));
  });

  it('stays valid Block Kit for any untrusted text', () => {
    fc.assert(
      fc.property(untrustedText, untrustedText, (value, label) => {
        message({ entered: [{ label, value }, { label: 'Name', value }] });
      }),
      { numRuns: 200 },
    );
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

  it('fits Slack’s 2,000 characters with every field at its longest, leaving out only a note too long', () => {
    const shortNote = reopenFormValue('C0CHANNEL1', { ...longest, note: 'Short note' });
    expect(shortNote.length).toBeLessThanOrEqual(2000);
    expect(JSON.parse(shortNote).f.note).toBe('Short note');
    // Quotes and line breaks take two characters each in JSON.
    const note = '"\n'.repeat(FIELD_LIMITS.note / 2);
    const value = reopenFormValue('C0CHANNEL1', { ...longest, note });
    expect(value.length).toBeLessThanOrEqual(2000);
    expect(JSON.parse(value)).toEqual({ c: 'C0CHANNEL1', f: longest, x: 1 });
  });

  it('always fits, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), fc.string({ maxLength: 300 }), (note, name) => {
        expect(reopenFormValue('C0CHANNEL1', { ...longest, name, note }).length).toBeLessThanOrEqual(2000);
      }),
      { numRuns: 200 },
    );
  });
});
