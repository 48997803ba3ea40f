import { describe, expect, it } from 'vitest';
import { childSeed, Rng } from '../numerics/rng.ts';
import { overparamInstance, prOverparam } from './overparam.ts';

/**
 * What "t" means in `pr-overparam` (issue #18 item 3): the flow Ẇ = −(m/(2α)) ∇_W L of the loss
 * L = ¼ Σ_μ (y_μ − ŷ_μ)², ŷ = aᵀ(WWᵀ/m)a/d (PHYSICS.md §4), i.e. dA/dt = −(1/α)(∇_A L·A + A·∇_A L).
 * Reference: an independent Euler integration of that flow in this test, with ∇_W L from central finite
 * differences of L alone (only the instance is shared with overparam.ts).
 */
describe('over-parameterised student: the time scale of the flow', () => {
  it('prOverparam integrates Ẇ = −(m/(2α)) ∇_W L (finite-difference gradient of ¼Σ(y − ŷ)²)', () => {
    const d = 6;
    const width = 1;
    const m = d * width;
    const alpha = 3;
    const h = 0.05;
    const tmax = 2;
    const seed = 7;
    // the instance of run 0 at grid point 0 (seeded as prOverparam seeds it)
    const { xStar, a, y, W } = overparamInstance(d, m, alpha, new Rng(childSeed(childSeed(seed, 0), 0)));
    const M = y.length;
    const loss = (V: Float64Array) => {
      let L = 0;
      for (let mu = 0; mu < M; mu++) {
        let yhat = 0;
        for (let k = 0; k < m; k++) {
          let p = 0;
          for (let i = 0; i < d; i++) p += a[mu * d + i] * V[i * m + k];
          yhat += p * p;
        }
        L += 0.25 * (y[mu] - yhat / (m * d)) ** 2;
      }
      return L;
    };
    const eps = 1e-5;
    const grad = new Float64Array(d * m);
    const steps = Math.round(tmax / h);
    for (let s = 0; s < steps; s++) {
      for (let q = 0; q < d * m; q++) {
        const w0 = W[q];
        W[q] = w0 + eps;
        const Lp = loss(W);
        W[q] = w0 - eps;
        const Lm = loss(W);
        W[q] = w0;
        grad[q] = (Lp - Lm) / (2 * eps);
      }
      for (let q = 0; q < d * m; q++) W[q] -= h * (m / (2 * alpha)) * grad[q];
    }
    let err2 = 0;
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < d; j++) {
        let s = 0;
        for (let k = 0; k < m; k++) s += W[i * m + k] * W[j * m + k];
        err2 += (s / m - xStar[i] * xStar[j]) ** 2;
      }
    }
    const r = prOverparam({ alpha: Float64Array.of(alpha), d, width, seed, seeds: 1, tmax, h });
    // same Euler steps: only the O(eps²) ≈ 1e-10 finite-difference error separates the two
    expect(Math.abs(r.recovery_error[0] - Math.sqrt(err2) / d)).toBeLessThan(1e-7);
    expect(Math.abs(r.train_loss[0] - loss(W) / M) / (loss(W) / M)).toBeLessThan(1e-6);
  });
});
