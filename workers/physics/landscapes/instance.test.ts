import { describe, expect, it } from 'vitest';
import { Rng } from '../numerics/rng.ts';
import { lossGradient, lossHessian, randomOnSphere, spikedInstance } from './instance.ts';
import { f } from './model.ts';

describe('spiked matrix-tensor instance', () => {
  it('gradient and Hessian agree with central finite differences of the loss', () => {
    const N = 9;
    const rng = new Rng(5);
    const inst = spikedInstance(N, 1.5, 0.7, rng);
    const x = randomOnSphere(N, rng);
    const g = new Float64Array(N);
    const gp = new Float64Array(N);
    const gm = new Float64Array(N);
    lossGradient(inst, x, g);
    const H = lossHessian(inst, x);
    const eps = 1e-5;
    for (let i = 0; i < N; i++) {
      const xp = Float64Array.from(x);
      const xm = Float64Array.from(x);
      xp[i] += eps;
      xm[i] -= eps;
      const fd = (lossGradient(inst, xp, gp) - lossGradient(inst, xm, gm)) / (2 * eps);
      // central differences: error O(eps²·L''') ~ 1e-10
      expect(fd).toBeCloseTo(g[i], 8);
      for (let j = 0; j < N; j++) expect((gp[j] - gm[j]) / (2 * eps)).toBeCloseTo(H[i * N + j], 8);
    }
  });

  it('the loss at the signal is −N f(1) up to the O(√N) noise', () => {
    // L(x*) = −N f(1) + N(0, N f(1)) (PHYSICS.md §4: covariance N f(C)); 6 instances at N = 100 give
    // a mean of −L/N with standard deviation √(f(1)/600) = 0.05 at θ = 2, Δp = 1.
    const N = 100;
    const s = { invd2: 2, dp: 1 };
    let mean = 0;
    const g = new Float64Array(N);
    for (let k = 0; k < 6; k++) {
      const inst = spikedInstance(N, s.invd2, s.dp, new Rng(100 + k));
      mean += -lossGradient(inst, inst.xStar, g) / N / 6;
    }
    expect(Math.abs(mean - f(1, s))).toBeLessThan(4 * Math.sqrt(f(1, s) / 600));
  });

  it('randomOnSphere lands exactly on |x|² = N', () => {
    const x = randomOnSphere(37, new Rng(9));
    let s = 0;
    for (const v of x) s += v * v;
    expect(s).toBeCloseTo(37, 10);
  });
});
