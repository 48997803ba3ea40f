import { describe, expect, it } from 'vitest';
import { gaussHermite } from './gaussHermite.ts';
import { wideGaussNodes } from './wideGauss.ts';
import { millsPhi, phi } from './special.ts';

describe('wideGaussNodes', () => {
  const q = gaussHermite(64);
  const a = new Float64Array(64);
  const avg = (s: number, k: (x: number) => number): number => {
    const c = wideGaussNodes(s, q, a);
    let sum = 0;
    for (let i = 0; i < 64; i++) sum += q.w[i] * k(a[i]);
    return c * sum;
  };

  it('is exact for k = 1 and k = a² (closed forms of Gaussian convolutions)', () => {
    // E[φ(a)] = (2π(1+s²))^{-1/2};  E[φ(a)a²] = s²/((1+s²)^{3/2}√(2π))
    for (const s of [0, 0.3, 1, 10, 1e4, 1e8]) {
      const s2 = s * s;
      expect(avg(s, () => 1)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI * (1 + s2)), 15);
      const ref = s2 / (Math.pow(1 + s2, 1.5) * Math.sqrt(2 * Math.PI));
      expect(Math.abs(avg(s, (x) => x * x) - ref)).toBeLessThan(1e-14 * Math.max(ref, 1e-300) + 1e-300);
    }
  });

  it('agrees with plain Gauss-Hermite on N(0, s²) where that one is accurate (s = 0.5)', () => {
    const s = 0.5;
    const plain = gaussHermite(64);
    let ref = 0;
    for (let i = 0; i < 64; i++) {
      const x = s * plain.x[i];
      ref += plain.w[i] * phi(x) * millsPhi(x);
    }
    expect(avg(s, millsPhi)).toBeCloseTo(ref, 13);
  });

  it('has the s = ∞ limit c = 0', () => {
    expect(wideGaussNodes(Infinity, q, a)).toBe(0);
    expect(a[63]).toBeCloseTo(q.x[63], 15);
  });
});
