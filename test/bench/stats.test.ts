import { describe, expect, it } from 'vitest';
import { median, percentile, range, slope } from '../../bench/stats.js';

describe('bench statistics', () => {
  it('takes the middle value of an odd count, and the mean of the two middle values of an even one', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('reads percentiles by nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([], 50)).toBeNaN();
  });

  it('gives the smallest and largest of a few ratios', () => {
    expect(range([0.8, 0.7, 0.9])).toEqual([0.7, 0.9]);
    expect(range([])).toEqual([Number.NaN, Number.NaN]);
  });

  it('fits a least-squares slope', () => {
    expect(slope([0, 1, 2, 3], [1, 3, 5, 7])).toBeCloseTo(2);
    expect(slope([1], [5])).toBe(0);
  });
});
