import { describe, expect, it } from 'vitest';
import { ChebPieces } from './chebPieces.ts';

describe('ChebPieces', () => {
  it('tabulates 1/(1 + x²) on [0, 10] within its stated error bound (≤ tol), checked off the nodes', () => {
    // poles at ±i: each unit piece sees them at distance ≥ 1, so 17–65 points reach 1e-13 (Trefethen ATAP Thm 8.2)
    const f = (x: number) => 1 / (1 + x * x);
    const t = new ChebPieces(f, 0, 10, 10, 1e-13);
    expect(t.errorBound).toBeLessThan(1e-13);
    let err = 0;
    for (let i = 0; i <= 997; i++) {
      const x = (10 * i) / 997;
      err = Math.max(err, Math.abs(t.at(x) - f(x)));
    }
    expect(err).toBeLessThan(2e-13);
  });

  it('refuses a function it cannot resolve (a kink)', () => {
    expect(() => new ChebPieces((x) => Math.abs(x - 0.3), 0, 1, 1, 1e-10)).toThrow(RangeError);
  });
});
