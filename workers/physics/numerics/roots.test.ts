import { describe, expect, it } from 'vitest';
import { brent } from './roots.ts';

describe('root finding', () => {
  it('brent finds √2 and rejects an unbracketed interval', () => {
    expect(brent((x) => x * x - 2, 0, 2).x).toBeCloseTo(Math.SQRT2, 12);
    expect(() => brent((x) => x * x + 1, -1, 1)).toThrow(RangeError);
  });
});
