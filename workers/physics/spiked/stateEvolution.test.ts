import { describe, expect, it } from 'vitest';
import { spikedCurve, spikedCurveStream, spikedPoint } from './curve.ts';
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

  it('ReLU φ: the step is within 1e-7 of a fine product rule over the (A, q_z) range the curves visit (#17)', () => {
    // Reference: the same posterior (generativeOutput.ts, checked against numpy above) averaged in the other
    // coordinates, the product (u, t) of the x > 0 branch the rotated rule replaces: composite 16-point Gauss-Legendre in
    // u on 400 panels over |u| ≤ min(9s, 10), Gauss-Hermite 120 in ξ and t (a throwaway script, not the module's rules).
    // Its own error: 200 → 400 panels moves it by ≤ 3e-15, and an independent fine rotated rule (Gauss-Hermite 80 in ξ,
    // 48 in c, 32 in x, panels of 0.5) agrees with it to 1.9e-9 — far below the 1e-7 asked. States: A up to 50 (ρ_v/Δ at
    // the Δ slider's 0.01), q_z from 1e-6 to 1 − 1e-9, among them (A, q_z) that SE visits at α = 0.1 (A ≥ 5, q_z ≈ 0.06,
    // where the old 24 × 32 product rule was off by 2e-2 in E g²), α = 1 and α = 10; found ≤ 4.5e-8.
    const REF: [number, number, number, number][] = [
      // α = 0.1 and 0.3: large A at small q_z (s ≈ 0.25), the old rule's worst
      [50, 0.062, 0.4879759138136549, 0.7626013701961346], [40, 0.062, 0.4849975311535821, 0.7495853362535828],
      [20, 0.06, 0.4706828743220115, 0.69544397585393], [10, 0.058, 0.44505088595670345, 0.6169500193977133], [5, 0.048, 0.40354696085872643, 0.507263987119372],
      [0.8745216976197281, 0.05407679589660268, 0.26080695718451075, 0.19041902996683585],
      // α = 1: s ≈ 1
      [50, 0.2, 0.488144655445609, 0.8621197973553034], [50, 0.47, 0.48862876573949093, 1.1847505925198925], [10, 0.3, 0.44886441646111747, 0.7455284288813503],
      [10, 0.5, 0.45335568123692455, 0.9248109819393328], [5, 0.4, 0.41859137536766167, 0.651520311865838], [20, 0.5, 0.4736878299230976, 1.0896588832046057],
      [49.103470035697896, 0.8059990481146238, 0.48990085451994775, 2.5971257753325254],
      // α = 10 and the informed start: q_z → 1
      [3, 0.7, 0.42417574839768446, 0.7041572784681968], [10, 0.9, 0.47546357288862795, 2.358731248644592], [5, 0.95, 0.48095163070355473, 1.8406833331999009],
      [20, 0.99, 0.4959282356012212, 8.023342903040303], [50, 0.996, 0.4983573360084309, 20.343428676749735],
      [2, 0.999999, 0.499999500151052, 0.9995478435999041], [50, 0.999999999, 0.4999999995000048, 24.999642868768802],
      // small A (large Δ, the uninformed start)
      [2, 0.03, 0.32593387566184523, 0.33266793737473793], [1, 0.02, 0.2651274023145318, 0.20885934810226864], [0.5, 0.01, 0.21806446205700503, 0.11706287142146034],
      [0.1, 0.001, 0.17111042469304216, 0.02488235632717897], [0.01, 0.5, 0.30509312121877297, 0.003324929429626172],
      [0.001, 0.000001, 0.15927138207693048, 0.00024999444715171216],
    ];
    const r = new Float64Array(2);
    for (const [A, qz, qv, g2] of REF) {
      outputAverages('relu', A, qz, r);
      expect(Math.abs(r[0] - qv), `q_v at A = ${A}, q_z = ${qz}`).toBeLessThan(1e-7);
      expect(Math.abs(r[1] - g2), `E g² at A = ${A}, q_z = ${qz}`).toBeLessThan(1e-7);
    }
  });

  it('has no hard phase: the uninformed and informed SE meet at every Δ (linear, sign)', () => {
    const deltas = Float64Array.of(0.2, 0.6, 1.0, 1.3, 1.8, 2.5);
    for (const act of ['linear', 'sign'] as const) {
      const c = spikedCurve(gen(act), deltas);
      for (let i = 0; i < deltas.length; i++) expect(Math.abs(c.q_amp[i] - c.q_bayes[i]), `${act} Δ = ${deltas[i]}`).toBeLessThan(1e-5);
    }
  });

  it('the curve job is resumable: a pause after every SE solve (two per Δ), the same numbers, and it stops when cancelled', () => {
    const deltas = Float64Array.of(0.5, 1, 1.5, 2.5);
    const job = spikedCurveStream(gen('sign'), deltas);
    let pauses = 0;
    let s = job.next();
    for (; !s.done; s = job.next()) pauses++;
    expect(pauses).toBe(2 * deltas.length);
    expect(s.value).toEqual(spikedCurve(gen('sign'), deltas));
    const cancelled = spikedCurveStream(gen('sign'), deltas);
    cancelled.next();
    expect(cancelled.return(undefined as never).done).toBe(true);
    expect(cancelled.next().done).toBe(true);
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
