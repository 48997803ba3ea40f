import { describe, expect, it } from 'vitest';
import { Rng } from '../numerics/rng.ts';
import { dmftEscapeTimes, dmftWithEscape, escapeTime, finiteSizeM0, finiteSizeStart, gfWithEscape, hasEscaped, hessianWithEscape } from './escape.ts';
import { ESCAPE_M } from './gradientFlow.ts';
import { randomOnSphere } from './instance.ts';
import { bbpPrediction } from './thresholds.ts';

describe('escape from the equator (PHYSICS.md §4: escape means |m| > 0.3)', () => {
  it('escapeTime is the first grid time past the level: m = m0·e^{λt} against its closed form, to one step', () => {
    // Reference: m0·e^{λt} = 0.3 at t* = ln(0.3/m0)/λ; the first grid point past it lies in [t*, t* + h).
    const h = 0.1;
    for (const [m0, lambda, sign] of [
      [1e-6, 0.4, 1],
      [0.01, 1.3, -1], // escapes to −x* count (|m|)
    ]) {
      const t = Float64Array.from({ length: 1001 }, (_, i) => i * h);
      const m = t.map((ti) => sign * m0 * Math.exp(lambda * ti));
      const tStar = Math.log(ESCAPE_M / m0) / lambda;
      const te = escapeTime(t, m)!;
      expect(te).toBeGreaterThanOrEqual(tStar);
      expect(te).toBeLessThan(tStar + h);
    }
    expect(escapeTime([0, 1, 2], [0.1, 0.3, -0.2])).toBeNull(); // 0.3 itself has not escaped
    expect(hasEscaped(-0.31)).toBe(true);
    expect(hasEscaped(0.3)).toBe(false);
  });

  it('finite-size start 1/√N is the rms overlap of a uniform start on the sphere (Monte Carlo, 4 standard errors)', () => {
    // Independent computation: m = x·e1√N/N = x_1/√N over S = 4000 uniform x at N = 100. E[m²] = 1/N exactly
    // (|x|² = N, symmetry); Var[m²] ≈ 2/N², so the sample mean of m² has standard error √2/(N√S) = 2.2e-4.
    const N = 100;
    const S = 4000;
    const rng = new Rng(11);
    let m2 = 0;
    for (let s = 0; s < S; s++) m2 += randomOnSphere(N, rng)[0] ** 2 / N / S;
    expect(Math.abs(Math.sqrt(m2) - finiteSizeM0(N))).toBeLessThan((4 * Math.SQRT2) / (N * Math.sqrt(S)) / (2 * finiteSizeM0(N)));
    expect(finiteSizeM0(200)).toBeCloseTo(0.0707107, 6); // the "0.07 at N = 200" of the m0 help text
    expect(finiteSizeStart(100, 0.1)).toEqual({ m0_finite_size: 0.1, same_start: true });
    expect(finiteSizeStart(100, 0.1005).same_start).toBe(true); // 0.5 % apart: one curve
    expect(finiteSizeStart(100, 0.103).same_start).toBe(false);
    expect(finiteSizeStart(100, 1e-15).same_start).toBe(false);
  });

  it('DMFT: the escape time grows like ln(1/m0)/λ, λ → (θ − σ)²/θ the BBP outlier of the threshold states', () => {
    // Reference (arXiv:1907.08226 Sec. 4; PHYSICS.md §4): at Lagrange multiplier μ the Hessian outlier is
    // μ − θ − σ²/θ, so m grows at θ + σ²/θ − μ(t); at the threshold states (μ = 2σ) that is (θ − σ)²/θ = 0.4250
    // at θ = 3, Δp = 4. The flow reaches μ = 2σ only slowly (aging, μ < 2σ), so the measured rate is a little
    // ABOVE 0.4250 (0.470, +11 %; the first-order scheme of before issue #18 measured it below, as its growth
    // was 0.89 of the true rate) and equals the local rate averaged over the escape window (0.463) to the
    // scheme's O(h²) = 1.5 % at h = 0.1 (dmft.slow.test.ts); each escape time is resolved to the grid, 0.1.
    const rate = -bbpPrediction(3, 4).outlier!;
    expect(rate).toBeCloseTo(0.425, 3);
    const h = 0.1;
    const p = { invd2: 3, dp: 4, T: 0, h, tmax: 50 };
    const run10 = dmftWithEscape({ ...p, m0: 1e-10 });
    const t10 = run10.t_escape!;
    const t5 = dmftWithEscape({ ...p, m0: 1e-5 }).t_escape!;
    const measured = Math.log(1e5) / (t10 - t5);
    expect(measured).toBeGreaterThan(rate);
    expect(measured / rate - 1).toBeLessThan(0.15);
    let local = 0;
    const i0 = Math.round(t5 / h);
    const i1 = Math.round(t10 / h);
    for (let i = i0; i < i1; i++) local += (3 + 3.5 / 3 - run10.mu[i]) / (i1 - i0);
    expect(Math.abs(measured / local - 1)).toBeLessThan(0.03);
  });

  it('DMFT escape from 1/√N happens within a few time units even below the GF line (finite-size effect)', () => {
    // 1/Δ2 = 1.8 < θ_GF = 2 at Δp = 1: from m0 → 0 the N → ∞ flow stays at m = 0 (PHYSICS.md §4), from
    // m0 = 1/√100 it escapes (measured here at t = 1.8 on the h = 0.1 grid).
    const r = dmftEscapeTimes({ invd2: 1.8, dp: 1, T: 0, m0: 1e-15, h: 0.1, tmax: 30, N: 100 });
    expect(r.m0_finite_size).toBe(0.1);
    expect(r.t_escape).toBeNull();
    expect(r.t_escape_finite_size!).toBeGreaterThan(0.5);
    expect(r.t_escape_finite_size!).toBeLessThan(5);
    // the same start is computed once and reported twice
    const same = dmftEscapeTimes({ invd2: 1.8, dp: 1, T: 0, m0: 0.1, h: 0.1, tmax: 10, N: 100 });
    expect(same.t_escape_finite_size).toBe(same.t_escape);
  });

  it('finite-N runs: one escape time per run, consistent with the escape rate; the Hessian says when its run has escaped', () => {
    const r = gfWithEscape({ N: 40, invd2: 3, dp: 4, T: 0, seed: 1, seeds: 3, tmax: 20, h: 0.1 });
    expect(r.t_escape_seeds).toHaveLength(3);
    for (let s = 0; s < 3; s++) {
      const m = r.m_seeds[s];
      // a run that ends escaped has an escape time; one that never passed 0.3 has none
      if (hasEscaped(m[m.length - 1])) expect(r.t_escape_seeds[s]).not.toBeNull();
      if (r.t_escape_seeds[s] === null) expect(Math.max(...Array.from(m, Math.abs))).toBeLessThanOrEqual(ESCAPE_M);
    }
    expect(r.escape_rate).toBe(r.m_seeds.filter((m) => hasEscaped(m[m.length - 1])).length / 3);
    const start = hessianWithEscape({ N: 40, invd2: 3, dp: 4, T: 0, seed: 1, tmax: 0, h: 0.1 });
    expect(start.escaped).toBe(false); // a random start has |m| ~ 1/√40 = 0.16
    const late = hessianWithEscape({ N: 40, invd2: 3, dp: 4, T: 0, seed: 1, tmax: 20, h: 0.1 });
    // the Hessian's run is run 0 of the same parameters
    expect(late.m).toBeCloseTo(r.m[r.m.length - 1], 12);
    expect(late.escaped).toBe(hasEscaped(late.m));
  });
});
