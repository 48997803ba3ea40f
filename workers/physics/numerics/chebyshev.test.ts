import { describe, expect, it } from 'vitest';
import { chebCoefficients, chebEval, chebTail, lobattoPoints } from './chebyshev.ts';

describe('Chebyshev–Lobatto interpolation', () => {
  it('reproduces T_3 exactly and interpolates at the nodes', () => {
    const x = lobattoPoints(9);
    const c = chebCoefficients(Array.from(x, (t) => 4 * t ** 3 - 3 * t));
    c.forEach((ck, k) => expect(Math.abs(ck - (k === 3 ? 1 : 0))).toBeLessThan(1e-15));
    expect(Math.abs(chebEval(c, 0.3) - (4 * 0.027 - 0.9))).toBeLessThan(1e-15);
  });

  it('Runge 1/(1 + 25x²), 65 points: error ≤ the tail estimate; geometric rate ϱ = (1 + √26)/5 (Trefethen ATAP Thm 8.2)', () => {
    const f = (t: number) => 1 / (1 + 25 * t * t);
    const n = 65;
    const c = chebCoefficients(Array.from(lobattoPoints(n), f));
    let err = 0;
    for (let i = 0; i <= 1000; i++) {
      const t = -1 + i / 500;
      err = Math.max(err, Math.abs(chebEval(c, t) - f(t)));
    }
    // ϱ^{−64} ≈ 2e-5 sets the scale; the tail of the last 3 coefficients is of the same size
    const rate = (1 + Math.sqrt(26)) / 5;
    expect(err).toBeLessThan(4 * rate ** -(n - 1) * 10);
    expect(err).toBeLessThan(10 * chebTail(c, 3));
    expect(err).toBeGreaterThan(0.01 * rate ** -(n - 1));
  });
});
