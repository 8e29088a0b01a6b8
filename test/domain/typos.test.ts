import { describe, expect, it } from 'vitest';
import { typoDistance } from '../../src/domain/typos.js';

describe('typoDistance', () => {
  it.each([
    ['settings', 'settings', 0],
    ['setting', 'settings', 1],
    ['settngs', 'settings', 1],
    ['stst', 'stats', 2],
    ['hlep', 'help', 1],
    ['mutal', 'mutual', 1],
    ['mtual', 'mutual', 1],
    ['mutaul', 'mutual', 1],
    ['muttual', 'mutual', 1],
    ['mins', 'mutual', 5],
    ['stacy', 'stats', 2],
    ['', 'help', 4],
  ])('%j to %j: %i', (a, b, distance) => {
    expect(typoDistance(a, b)).toBe(distance);
    expect(typoDistance(b, a)).toBe(distance);
  });
});
