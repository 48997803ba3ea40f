import { describe, expect, it } from 'vitest';
import { sgdPlateau } from './plateau.ts';
import { drawNetworks, overlaps } from './setup.ts';
import { runSeed, seedStats, sgdSim, sgdSimStream, simSteps, type SgdSimPartial } from './sim.ts';
import { drain } from '../resumable.ts';
import { EG_FLOOR } from './curve.ts';

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

describe('seed statistics (one aggregation for sgd-sim and the figure)', () => {
  it('seedStats: mean, min, max point by point over the first `runs` rows (by hand)', () => {
    const eg = Float64Array.of(0.1, 0.4, 0.3, 0.2, 9, 9);
    const two = seedStats(eg, 2, 2);
    expect(Array.from(two.eg)).toEqual([0.2, 0.30000000000000004]); // (0.1 + 0.3)/2, 0.4/2 + 0.2/2 in floating point
    expect(Array.from(two.eg_min)).toEqual([0.1, 0.2]);
    expect(Array.from(two.eg_max)).toEqual([0.3, 0.4]);
    expect(Array.from(seedStats(eg, 1, 2).eg)).toEqual([0.1, 0.4]);
  });

  it('simSteps: the log grid rounded to whole steps (≥ 1), α = steps/N', () => {
    const { steps, alpha } = simSteps(100, 0.01, 20, 4);
    expect(Array.from(steps)).toEqual([1, 13, 159, 2000]); // 0.01·100 = 1; 20^(1/3)·0.01^(2/3)·100 ≈ 12.6; …
    expect(alpha[3]).toBe(20);
    expect(runSeed(7, 0)).toBe(7);
  });

  it('sgdSimStream advances the seeds together (snapshots grow along α) and ends on exactly the statistics of sgdSim (same seeds, grid, order)', () => {
    const p = { K: 2, M: 2, act: 'erf' as const, eta: 0.5, sigma: 0, both: 0, N: 100, seed: 3, init: 0.03, seeds: 3 };
    const partials: SgdSimPartial[] = [];
    const runs = drain(sgdSimStream(p, 5, 12, 0.1), (x) => partials.push(x));
    const sim = sgdSim(p, 5, 12, undefined, 0.1);
    // 500 steps per seed in chunks of 2e5/(N(2K+M)) = 333: one pause, after point 7 of 12 (steps 10…333)
    expect(partials.map((x) => x.alpha.length)).toEqual([simSteps(100, 0.1, 5, 12).steps.findIndex((t) => t > 333)]);
    expect(runs.done).toBe(3);
    expect(runs.alpha).toEqual(sim.alpha);
    // ε_g > EG_FLOOR here, so the clipped figure values are sgdSim's own
    expect(sim.eg_min.every((e) => e > EG_FLOOR)).toBe(true);
    expect(runs.eg).toEqual(sim.eg);
    expect(runs.eg_min).toEqual(sim.eg_min);
    expect(runs.eg_max).toEqual(sim.eg_max);
    expect(runs.eg_seeds).toEqual(sim.eg_seeds);
    // a snapshot is the same statistics over the points reached: all three seeds, bit for bit
    const n = partials[0].alpha.length;
    expect(partials[0].eg).toEqual(sim.eg.subarray(0, n));
    expect(partials[0].eg_seeds.subarray(n, 2 * n)).toEqual(sim.eg_seeds.subarray(12, 12 + n));
  });
});
