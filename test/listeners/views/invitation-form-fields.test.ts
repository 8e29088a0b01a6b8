import { describe, expect, it } from 'vitest';
import { readInvitationForm } from '../../../src/listeners/views/invitation-form-fields.js';
import { INPUTS } from '../../../src/views/ids.js';

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
