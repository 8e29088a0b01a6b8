import { describe, expect, it } from 'vitest';
import { readInvitationForm } from '../../../src/listeners/views/invitation-form-fields.js';
import { INPUTS } from '../../../src/views/ids.js';
import { SOURCES } from '../../../src/views/invitation-modal.js';

function withMutuals(value: string | null) {
  return {
    [INPUTS.name.block]: { [INPUTS.name.action]: { type: 'plain_text_input', value: 'Priya Raman' } },
    [INPUTS.mutualConnections.block]: { [INPUTS.mutualConnections.action]: { type: 'number_input', value } },
  };
}

describe('readInvitationForm: mutual connections', () => {
  it.each([
    ['', null],
    [null, null],
    ['14', 14],
    [' 0 ', 0],
  ])('reads %j as %j', (value, expected) => {
    const result = readInvitationForm(withMutuals(value));
    expect(result).toMatchObject({ ok: true, fields: { mutualConnections: expected } });
  });

  it.each([
    ['2.5', 'Please enter a whole number.'],
    ['many', 'Please enter a whole number.'],
    ['-3', 'Mutual connections cannot be negative.'],
    ['1000001', 'That is more mutual connections than I can believe.'],
  ])('answers %j beside the field with a sentence of ours: %s', (value, message) => {
    expect(readInvitationForm(withMutuals(value))).toEqual({ ok: false, errors: { [INPUTS.mutualConnections.block]: message } });
  });
});

describe('readInvitationForm: name', () => {
  const named = (value: string) => ({ [INPUTS.name.block]: { [INPUTS.name.action]: { type: 'plain_text_input', value } } });

  it.each(['Priya Raman', '李明', 'Ólafur Arnalds', "D'Arcy 2", 'Ⓙⓞⓗⓝ Ⓢⓜⓘⓣⓗ', '🅹🅾🅷🅽 🆂🅼🅸🆃🅷', '🄹🄾🄷🄽'])('takes %j', (value) => {
    expect(readInvitationForm(named(value))).toMatchObject({ ok: true, fields: { name: value } });
  });

  it.each(['🎉🎉🎉', '12345', '— … !'])('refuses %j beside the field: a name needs a letter', (value) => {
    expect(readInvitationForm(named(value))).toEqual({ ok: false, errors: { [INPUTS.name.block]: 'Please enter their name: it needs at least one letter.' } });
  });
});

describe('readInvitationForm: profile URL', () => {
  const REFUSAL = "That doesn't look like a profile address I can link to: LinkedIn (linkedin.com/in/…) and XING (xing.com/profile/…) profile links work.";
  const withProfile = (profileUrl: string, source: string | null = null) => ({
    [INPUTS.name.block]: { [INPUTS.name.action]: { type: 'plain_text_input', value: 'Max Mustermann' } },
    [INPUTS.profileUrl.block]: { [INPUTS.profileUrl.action]: { type: 'plain_text_input', value: profileUrl } },
    [INPUTS.source.block]: {
      [INPUTS.source.action]: { type: 'static_select', selected_option: source === null ? null : { text: { type: 'plain_text' as const, text: source }, value: source } },
    },
  });

  it.each([...SOURCES, null])('takes a XING profile URL whatever the source (%s), in its canonical form', (source) => {
    const read = readInvitationForm(withProfile('https://www.xing.com/profile/Max_Mustermann/cv?sc_o=mxb_p', source));
    expect(read).toMatchObject({ ok: true, fields: { profileUrl: 'https://www.xing.com/profile/Max_Mustermann' }, source });
  });

  it('takes a LinkedIn profile URL as before', () => {
    expect(readInvitationForm(withProfile('linkedin.com/in/Priya-Raman-Data/?trk=x'))).toMatchObject({ ok: true, fields: { profileUrl: 'https://www.linkedin.com/in/priya-raman-data' } });
  });

  it.each([
    'https://www.facebook.com/max.mustermann',
    'https://github.com/maxmustermann',
    'https://www.xing.com/companies/nordwind',
    'https://www.linkedin.com/company/northwind',
    'https://notxing.com/profile/Max_Mustermann',
    'Max Mustermann',
  ])('refuses %j beside the field, saying which profile links work', (profileUrl) => {
    expect(readInvitationForm(withProfile(profileUrl, 'Another network'))).toEqual({ ok: false, errors: { [INPUTS.profileUrl.block]: REFUSAL } });
  });

  it('says so in plain text, with no mrkdwn that would show as stray characters', () => {
    expect(REFUSAL).not.toMatch(/[*_`<>]/);
  });
});
