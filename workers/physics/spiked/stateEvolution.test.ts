import { describe, expect, it } from 'vitest';
import { spikedCurve, spikedPoint } from './curve.ts';
import { outputAverages } from './generativeSpike.ts';
import { informedStart, seSolve, spikeOf, uninformedStart } from './stateEvolution.ts';
import type { SpikedParams } from './types.ts';

const gen = (act: SpikedParams['act'], alpha = 1): SpikedParams => ({ prior: 'generative', act, alpha, rho: 1 });

describe('spiked SE, generative prior', () => {
  // Aubin et al. (arXiv:1905.12385), the authors' SE for linear φ at α = 1 (PHYSICS.md §8 table): MSE_v at Δ.
  // Tolerance 2e-3: the table is printed to 4 digits, our SE is closed form (converged to 1e-11).
  const TABLE: [number, number][] = [
    [0.05, 0.0415], [0.2534, 0.1782], [0.4569, 0.2959], [0.6603, 0.4038], [0.8638, 0.505],
    [1.0672, 0.6011], [1.2707, 0.6934], [1.4741, 0.7823], [1.6776, 0.8684], [1.881, 0.9521],
  ];
  it("reproduces the authors' SE table for linear φ, α = 1", () => {
    const c = spikedCurve(gen('linear'), Float64Array.from(TABLE, (r) => r[0]));
    TABLE.forEach(([, mse], i) => expect(Math.abs(c.mse_amp[i] - mse), `Δ = ${TABLE[i][0]}`).toBeLessThan(2e-3));
  });

  it('sign φ: the quadrature averages match an independent scipy computation', () => {
    // scipy.integrate.dblquad over (ω, ξ2) of the direct definitions (posterior over v = ±1 given B, ω),
    // epsabs 1e-13: q_v = 0.5417379910425686, E[g²] = 0.2923937695263688 at A = 0.5, q_z = 0.5; our Gauss-Hermite
    // rules (24 nodes in ξ0, 32 in ξ2) agree to ~3e-9.
    const r = new Float64Array(2);
    outputAverages('sign', 0.5, 0.5, r);
    expect(r[0]).toBeCloseTo(0.5417379910425686, 8);
    expect(r[1]).toBeCloseTo(0.2923937695263688, 8);
  });

  it('ReLU φ: the quadrature averages match an independent brute-force computation', () => {
    // numpy, direct definitions: posterior over x on a 6001-point grid, the data average split at the kink of
    // relu(x*) (Φ(−u) for x* < 0, 300-point Gauss-Legendre for x* > 0), Gauss-Hermite 80 in ξ0 and ξ2:
    // q_v = 0.3306270372595431, E[g²] = 0.14766166769910427 at A = 0.5, q_z = 0.5 (agrees with ours to 6e-8).
    const r = new Float64Array(2);
    outputAverages('relu', 0.5, 0.5, r);
    expect(Math.abs(r[0] - 0.3306270372595431)).toBeLessThan(2e-7);
    expect(Math.abs(r[1] - 0.14766166769910427)).toBeLessThan(2e-7);
  });

  it('ReLU φ: the pruned rules and the fused Φ, log Φ, Mills ratio leave the step where the full rules put it', () => {
    // references: outputAverages of commit 62cadd0 (Gauss-Hermite 32 in ξ, 24 in ξ0, all nodes; Φ, log Φ and the Mills
    // ratio each from special.ts) at (A, q_z) across the SE's range (both u rules: s = √(q_z/V) ≤ 1 and > 1). Tolerance:
    // the dropped weights, 2·7.1e-16 (32) + 2·9e-17 (24), times the integrands' bounds, Var v ≤ ρ_v and g² ≲ Aξ² ≤ 70A
    // at |ξ| ≤ 8.2, plus rounding 5e-15: 1.6e-15·ρ_v and 1.6e-15·70A (found ≤ 6e-16 and ≤ 2.6e-13).
    const REF: [number, number, number, number][] = [
      [0.5, 0.2, 0.25888162994549896, 0.1261047724370228], [2, 0.4, 0.3663973524111957, 0.40485317096173934],
      [5, 0.3, 0.41363857870095205, 0.5990108211595376], [10, 0.45, 0.45210686958508683, 0.8702226348424873],
      [3, 0.7, 0.4241757483215029, 0.7041572919749537], [10, 0.9, 0.4754635728775328, 2.3587312293999694],
    ];
    const r = new Float64Array(2);
    for (const [A, qz, qv, g2] of REF) {
      outputAverages('relu', A, qz, r);
      expect(Math.abs(r[0] - qv), `q_v at A = ${A}, q_z = ${qz}`).toBeLessThan(1.6e-15 * 0.5 + 5e-15);
      expect(Math.abs(r[1] - g2), `E g² at A = ${A}, q_z = ${qz}`).toBeLessThan(1.6e-15 * 70 * A + 5e-15);
    }
  });

  it('has no hard phase: the uninformed and informed SE meet at every Δ (linear, sign)', () => {
    const deltas = Float64Array.of(0.2, 0.6, 1.0, 1.3, 1.8, 2.5);
    for (const act of ['linear', 'sign'] as const) {
      const c = spikedCurve(gen(act), deltas);
      for (let i = 0; i < deltas.length; i++) expect(Math.abs(c.q_amp[i] - c.q_bayes[i]), `${act} Δ = ${deltas[i]}`).toBeLessThan(1e-5);
    }
  });

  it('the paper demo point: linear φ, α = 1, Δ = 0.5 gives SE MSE 0.319', () => {
    // arXiv:1905.12385 demo (PHYSICS.md §8): SE 0.319 (3 digits)
    expect(spikedPoint(gen('linear'), 0.5).mse_amp).toBeCloseTo(0.319, 3);
  });
});

describe('spiked SE, i.i.d. priors', () => {
  it('sparse Rademacher mmse matches an independent scipy computation', () => {
    // scipy.integrate.quad over ξ for both components, SE iterated from q = 1 to 1e-12 (ρ = 0.05, Δ = 1.2):
    // mmse = 0.2601917041020856. Our panels are 6-point Gauss-Legendre of width 0.25: ~1e-10.
    const p: SpikedParams = { prior: 'sparse-rademacher', act: 'linear', alpha: 1, rho: 0.05 };
    expect(spikedPoint(p, 1.2).mmse).toBeCloseTo(0.2601917041020856, 8);
  });

  it('the SE fixed points are the stationary points of the mutual information (sparse, ρ = 0.05, Δ = 1.5)', () => {
    const p: SpikedParams = { prior: 'sparse', act: 'linear', alpha: 1, rho: 0.05 };
    const spike = spikeOf(p);
    const delta = 1.5;
    const i = (q: number) => spike.mutualInfo({ qv: q, qz: 0 }, delta);
    const h = 1e-5;
    const inf = seSolve(spike, delta, informedStart(spike)).state.qv;
    const unf = seSolve(spike, delta, uninformedStart(spike)).state.qv;
    expect(inf).toBeGreaterThan(0.5);
    expect(unf).toBeLessThan(1e-8);
    // central difference: error O(h² i''') ~ 1e-10
    expect(Math.abs((i(inf + h) - i(inf - h)) / (2 * h))).toBeLessThan(1e-7);
    expect(Math.abs((i(unf + h) - i(Math.max(unf - h, 0))) / (unf + h - Math.max(unf - h, 0)))).toBeLessThan(1e-4);
    // and away from them it is not stationary
    expect(Math.abs((i(0.4 + h) - i(0.4 - h)) / (2 * h))).toBeGreaterThan(1e-3);
  });
});
