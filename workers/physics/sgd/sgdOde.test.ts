import { describe, expect, it } from 'vitest';
import { firstAlphaBelow, RELU_ALIGNED_EG, sgdOde } from './sgdOde.ts';
import type { SgdParams } from './setup.ts';

// PHYSICS.md §3 reference initial condition (erf, K = M = 2, T = I, v = v* = 1, η = 0.5, σ = 0).
const reference: SgdParams = {
  K: 2, M: 2, act: 'erf', eta: 0.5, sigma: 0, both: 0,
  initial: { Q: [1.0187e-3, 1.7091e-5, 1.7091e-5, 1.0149e-3], R: [3.1466e-4, 6.5006e-4, 1.9904e-4, -5.1413e-4] },
};
const EPS_STAR = 0.01467701966; // PHYSICS.md: K = M = 2 plateau height

describe('sgdOde, erf K = M = 2 (PHYSICS.md §3 table)', () => {
  const res = sgdOde(reference, 1000, 60);

  it('ε_g(0) = 0.33370', () => {
    expect(Math.abs(res.eg0 - 0.3337)).toBeLessThan(5e-5);
  });

  it('sits within 1 % of ε* on the plateau (α from ≈ 11.8 to ≈ 100)', () => {
    for (let j = 0; j < res.alpha.length; j++) {
      if (res.alpha[j] > 12 && res.alpha[j] < 100) expect(Math.abs(res.eg[j] / EPS_STAR - 1)).toBeLessThan(0.01);
    }
  });

  it('leaves the plateau (ε_g < ε*/2) at α = 213.2 within 1 %, at default and tight tolerance', () => {
    const exit = firstAlphaBelow(reference, EPS_STAR / 2, 1000)!;
    expect(Math.abs(exit / 213.2 - 1)).toBeLessThan(0.01);
    const tight = firstAlphaBelow(reference, EPS_STAR / 2, 1000, { rtol: 1e-10, atol: 1e-13 })!;
    expect(Math.abs(tight - 213.2)).toBeLessThan(0.05);
  });

  it('fixed-step Euler (dt = 0.01) stays within 0.6 % of the converged solution on the plateau', () => {
    const eu = sgdOde(reference, 100, 20, undefined, { method: 'euler', dt: 0.01, alphaMin: 1 });
    const dp = sgdOde(reference, 100, 20, undefined, { alphaMin: 1, rtol: 1e-10, atol: 1e-13 });
    let worst = 0;
    for (let j = 0; j < 20; j++) worst = Math.max(worst, Math.abs(eu.eg[j] / dp.eg[j] - 1));
    expect(worst).toBeLessThan(0.006);
    expect(worst).toBeGreaterThan(0); // Euler is not exact: the comparison is live
  });

  it('reports Q, R, v per time point with the right shapes', () => {
    expect(res.Q.length).toBe(60 * 4);
    expect(res.R.length).toBe(60 * 4);
    expect(res.v.length).toBe(60 * 2);
    expect(res.alpha[59]).toBe(1000);
    expect(res.v[7]).toBe(1); // fixed second layer
  });
});

describe('linear activation vs the closed-form dynamics of linear regression', () => {
  // g(x) = x: ŷ = u·x/√N with u = Σ_k v_k w_k, so SGD on the w_k is SGD on u with rate η' = η Σ v_k².
  // D = |u − u*|²/N obeys dD/dα = −(2η' − η'²) D + η'² σ², hence ε_g = D/2 with
  // D(α) = D∞ + (D0 − D∞) e^{−(2η' − η'²)α}, D∞ = η'σ²/(2 − η').
  it('ε_g(α) to 1e-7 relative', () => {
    const eta = 0.2, sigma = 0.3;
    const p: SgdParams = {
      K: 2, M: 1, act: 'linear', eta, sigma, both: 0,
      initial: { Q: [0.5, 0.1, 0.1, 0.3], R: [0.2, -0.1], T: [1] },
    };
    const res = sgdOde(p, 50, 30, undefined, { rtol: 1e-10, atol: 1e-13 });
    const etaP = 2 * eta;
    // D0 = Σ_ik Q_ik − 2 Σ_i R_i + T
    const D0 = 0.5 + 0.2 + 0.3 - 2 * (0.2 - 0.1) + 1;
    const Dinf = (etaP * sigma ** 2) / (2 - etaP);
    expect(res.eg0).toBeCloseTo(D0 / 2, 14);
    for (let j = 0; j < 30; j++) {
      const D = Dinf + (D0 - Dinf) * Math.exp(-(2 * etaP - etaP ** 2) * res.alpha[j]);
      expect(Math.abs(res.eg[j] / (D / 2) - 1)).toBeLessThan(1e-7);
    }
  });
});

describe('over-parameterised K = 5, M = 2, σ = 0.1, both layers', () => {
  it('ε_g(α = 10⁵) = 4.009e-4 within 1 % (PHYSICS.md; small init: w, v ~ N(0, 10⁻⁶), N = 1000, seed 2)', () => {
    const res = sgdOde({ K: 5, M: 2, act: 'erf', eta: 0.5, sigma: 0.1, both: 1, init: 1e-3, N: 1000, seed: 2 }, 1e5, 2, undefined, { alphaMin: 1e4 });
    expect(Math.abs(res.eg[1] / 4.009e-4 - 1)).toBeLessThan(0.01);
  });
});

describe('the default integrator (DOPRI5, RKC while stiff) against converged DOPRI5', () => {
  it('erf K = M = 2, seeded start, to α = 10⁴: ε_g within 2e-3 relative (+1e-9 absolute), in a fraction of the steps', () => {
    const p: SgdParams = { K: 2, M: 2, act: 'erf', eta: 0.5, sigma: 0, both: 0 };
    const auto = sgdOde(p, 1e4, 40);
    const ref = sgdOde(p, 1e4, 40, undefined, { method: 'dopri5', rtol: 1e-10, atol: 1e-13 });
    expect(auto.ok).toBe(true);
    for (let j = 0; j < 40; j++) expect(Math.abs(auto.eg[j] - ref.eg[j])).toBeLessThan(2e-3 * ref.eg[j] + 1e-9);
    // after the plateau DOPRI5 is held at h ≈ 4 by stability (≈ 2300 steps at this tolerance, 1750 at the default)
    expect(auto.steps).toBeLessThan(ref.steps / 3);
  });
});

describe('ReLU, σ = 0, K = M = 2: through alignment to α = 10³', () => {
  it('reaches the zero-error fixed point (Q = I, R = a permutation) and holds it with ε_g ≤ 1e-8', () => {
    const res = sgdOde({ K: 2, M: 2, act: 'relu', eta: 0.5, sigma: 0, both: 0 }, 1e3, 30);
    expect(res.ok).toBe(true);
    const o = 29;
    expect(res.eg[o]).toBeGreaterThanOrEqual(0);
    expect(res.eg[o]).toBeLessThanOrEqual(RELU_ALIGNED_EG);
    // ReLU is positively homogeneous and v = v* = 1, so ε_g = 0 needs w_i = w*_π(i): Q = T = I, R = P_π;
    // ε_g ≤ 1e-8 bounds the distance to it by O(√ε_g) ≈ 1e-4
    const Q = res.Q.subarray(o * 4, o * 4 + 4), R = res.R.subarray(o * 4, o * 4 + 4);
    const swapped = R[1] > R[0];
    const P = swapped ? [0, 1, 1, 0] : [1, 0, 0, 1];
    for (let j = 0; j < 4; j++) {
      expect(Math.abs(Q[j] - (j === 0 || j === 3 ? 1 : 0))).toBeLessThan(1e-4);
      expect(Math.abs(R[j] - P[j])).toBeLessThan(1e-4);
    }
    // and the curve is finite throughout (before: the step collapsed near alignment, NaN after the budget)
    expect(res.eg.every(Number.isFinite)).toBe(true);
  });
});
