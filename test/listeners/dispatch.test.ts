import { describe, expect, it } from 'vitest';
import { exactly } from '../../src/listeners/dispatch.js';

describe('exactly', () => {
  it('matches each id whole, and nothing longer, shorter or in between', () => {
    const pattern = exactly(['invitation_accept', 'voice_knows']);
    expect(pattern.test('invitation_accept')).toBe(true);
    expect(pattern.test('voice_knows')).toBe(true);
    expect(pattern.test('invitation_accept_2')).toBe(false);
    expect(pattern.test('x_invitation_accept')).toBe(false);
    expect(pattern.test('invitation_')).toBe(false);
    expect(pattern.test('invitation_accept|voice_knows')).toBe(false);
  });

  it('treats regular-expression characters in ids as themselves', () => {
    const pattern = exactly(['a.b', 'c+(d)']);
    expect(pattern.test('a.b')).toBe(true);
    expect(pattern.test('axb')).toBe(false);
    expect(pattern.test('c+(d)')).toBe(true);
    expect(pattern.test('ccd')).toBe(false);
  });
});
