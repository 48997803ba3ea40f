import { describe, expect, it } from 'vitest';
import { sgdPlateau } from './plateau.ts';
import { drawNetworks, overlaps } from './setup.ts';
import { sgdSim } from './sim.ts';

describe('online SGD at N = 1000 against the ODE from the same initial overlaps', () => {
  // erf, K = M = 2, η = 0.5, σ = 0, w ~ N(0, 0.03²) (Q_ii ≈ 1e-3 like the PHYSICS.md reference start):
  // the ODE reaches the plateau by α ≈ 12 and stays there past α = 30.
  const p = { K: 2, M: 2, act: 'erf' as const, eta: 0.5, sigma: 0, both: 0, N: 1000, seed: 5, init: 0.03 };
  const res = sgdSim(p, 30, 40, undefined, 1);

  it('starts from the same ε_g as the ODE and lands on the same plateau height (within 1 %)', () => {
    expect(Math.abs(res.eg[0] / res.eg_ode[0] - 1)).toBeLessThan(0.03); // α = 1: in the fast descent, apart by SGD noise only (1.8 % here)
    let sim = 0, ode = 0, n = 0;
    for (let j = 0; j < res.alpha.length; j++) {
      if (res.alpha[j] < 12) continue;
      sim += res.eg[j];
      ode += res.eg_ode[j];
      n++;
    }
    expect(n).toBeGreaterThan(10);
    // SGD fluctuations at N = 1000 are ≈ 1.5 % per point, correlated over Δα ≈ 1; the average over
    // α ∈ [12, 30] is good to ≈ 0.4 %.
    expect(Math.abs(sim / ode - 1)).toBeLessThan(0.01);
    // and the plateau is the symmetric fixed point (T = I exactly by the orthonormalised teacher)
    expect(Math.abs(ode / n / sgdPlateau(p).eg - 1)).toBeLessThan(0.01);
  });

  it('reports α = steps/N and per-point order parameters', () => {
    expect(res.alpha[res.alpha.length - 1]).toBe(30);
    expect(res.Q.length).toBe(40 * 4);
    expect(res.eg_seeds.length).toBe(40);
  });
});

describe('seeded networks', () => {
  it('teacher overlaps are exactly the identity and the student init has the requested scale', () => {
    const net = drawNetworks({ K: 3, M: 2, act: 'erf', eta: 0.5, sigma: 0, both: 1, N: 400, seed: 9, init: 0.1 });
    const { Q, T } = overlaps(net, 3, 2);
    expect(T[0]).toBeCloseTo(1, 12);
    expect(T[1]).toBeCloseTo(0, 12);
    expect(T[3]).toBeCloseTo(1, 12);
    // Q_ii = |w_i|²/N ≈ 0.01 ± 0.01·√(2/400)·5
    for (let i = 0; i < 3; i++) expect(Math.abs(Q[i * 4] / 0.01 - 1)).toBeLessThan(0.36);
  });
});
