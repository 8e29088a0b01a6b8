import { describe, expect, it } from 'vitest';
import { warmUpChecks } from '../../src/domain/warm-up.js';

describe('warmUpChecks', () => {
  it('parses every sample in both parsers and weighs each one, so boot compiles the patterns a check uses', () => {
    let tick = 0;
    const result = warmUpChecks(() => (tick += 5));
    expect(result).toEqual({ weighed: 4, ms: 5 });
  });
});
