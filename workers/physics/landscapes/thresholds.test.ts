import { describe, expect, it } from 'vitest';
import { bbpPrediction, DP_TENSOR_IT, landscapeThresholdLines, landscapeThresholds } from './thresholds.ts';
import { dpGrid } from './phaseDiagram.ts';

describe('spiked matrix-tensor thresholds (PHYSICS.md §4)', () => {
  it('reproduces the tabulated ML-AMP and GF values', () => {
    // PHYSICS.md §4 "Values" (4 digits) and their closed forms: golden ratio, (1 + √3)/2, (1 + √17)/2.
    const golden = (1 + Math.sqrt(5)) / 2;
    const t1 = landscapeThresholds(1);
    expect(t1.invd2_mlamp).toBeCloseTo(golden, 12);
    expect(t1.invd2_gf).toBeCloseTo(2, 12);
    const tHalf = landscapeThresholds(0.5);
    expect(tHalf.invd2_mlamp).toBeCloseTo(2, 12);
    expect(Math.abs(tHalf.invd2_gf - 2.5616)).toBeLessThan(1e-4);
    expect(tHalf.invd2_gf).toBeCloseTo((1 + Math.sqrt(17)) / 2, 12);
    const t2 = landscapeThresholds(2);
    expect(Math.abs(t2.invd2_mlamp - 1.366)).toBeLessThan(1e-3);
    expect(t2.invd2_mlamp).toBeCloseTo((1 + Math.sqrt(3)) / 2, 12);
    expect(t2.invd2_gf).toBeCloseTo(golden, 12);
    for (const t of [t1, tHalf, t2]) expect(t.invd2_amp).toBe(1);
  });

  it('IT line: 1 for Δp ≥ 1, first order below, against a brute-force replica potential', () => {
    // Reference: mpmath (30 digits), bisection on θ of max_{m∈(0,1)} φ(m) = 0, maxima located by a
    // 2000-point scan of φ'(m) refined with findroot; φ(m) = θm²/4 + m³/(6Δp) + ½[m + ln(1 − m)].
    const ref: [number, number][] = [
      [0.25, 0.155109491960923],
      [0.5, 0.85115641045687],
      [0.8, 0.987709371109435],
    ];
    for (const [dp, theta] of ref) expect(Math.abs(landscapeThresholds(dp).invd2_it - theta)).toBeLessThan(1e-6);
    expect(landscapeThresholds(1).invd2_it).toBe(1);
    expect(landscapeThresholds(4).invd2_it).toBe(1);
    // continuity at Δp = 1⁻: the jump in m goes to 0 like (2/3)(1/Δp − 1), so θ_IT → 1
    expect(Math.abs(landscapeThresholds(0.999).invd2_it - 1)).toBeLessThan(1e-6);
  });

  it('GF line is where the BBP outlier of the threshold states reaches the edge (θ = σ)', () => {
    for (const dp of [0.3, 1, 4]) {
      const th = landscapeThresholds(dp).invd2_gf;
      const below = bbpPrediction(th * 0.99, dp);
      const above = bbpPrediction(th * 1.01, dp);
      expect(below.outlier).toBeNull();
      expect(above.outlier!).toBeLessThan(0);
      expect(above.overlap2!).toBeGreaterThan(0);
      // at the line σ = θ exactly
      expect(bbpPrediction(th, dp).sigma).toBeCloseTo(th, 12);
    }
    // θ = 3, Δp = 4: σ² = 3.5, outlier −(3 − √3.5)²/3, overlap² = 1 − 3.5/9 (hand computation)
    const p = bbpPrediction(3, 4);
    expect(p.edge).toBeCloseTo(0, 14);
    expect(p.outlier!).toBeCloseTo(-((3 - Math.sqrt(3.5)) ** 2) / 3, 12);
    expect(p.overlap2!).toBeCloseTo(1 - 3.5 / 9, 12);
  });

  it('lines over a Δp grid match the pointwise thresholds and are ordered IT ≤ AMP < ML-AMP < GF', () => {
    const grid = Float64Array.from([0.2, 0.5, 1, 2, 5]);
    const lines = landscapeThresholdLines(grid);
    for (let i = 0; i < grid.length; i++) {
      expect(lines.invd2_gf[i]).toBe(landscapeThresholds(grid[i]).invd2_gf);
      expect(lines.invd2_it[i]).toBeLessThanOrEqual(lines.invd2_amp[i]);
      expect(lines.invd2_amp[i]).toBeLessThan(lines.invd2_mlamp[i]);
      expect(lines.invd2_mlamp[i]).toBeLessThan(lines.invd2_gf[i]);
    }
  });

  it('IT threshold is 0, never negative, where the tensor alone suffices (Δp ≤ Δp* = 0.229; issue #18 item 1)', () => {
    // Before the fix the stationary-point curve was returned as it is: θ_IT(0.1) = −2.807, (0.15) = −1.072,
    // (0.2) = −0.280. A signal-to-noise ratio 1/Δ2 is ≥ 0: below Δp* no matrix is needed, the threshold is 0.
    for (const dp of [0.1, 0.15, 0.2]) expect(landscapeThresholds(dp).invd2_it).toBe(0);
    // Δp*: the pure-tensor (θ = 0) IT point, max φ = φ(0) at φ' = 0, i.e. Δp = m(1 − m) with
    // m²/(6(1 − m)) + ½[m + ln(1 − m)] = 0 (mpmath findroot, 30 digits: m = 0.645007451334584).
    const m = 0.645007451334584;
    expect(DP_TENSOR_IT).toBeCloseTo(m * (1 - m), 14);
    // continuity at Δp*: just above it θ_IT is small and positive (root-finding to 1e-15 in m; θ'(Δp*) ≈ 12)
    expect(landscapeThresholds(DP_TENSOR_IT * 0.999).invd2_it).toBe(0);
    const above = landscapeThresholds(DP_TENSOR_IT * 1.001).invd2_it;
    expect(above).toBeGreaterThan(0);
    expect(above).toBeLessThan(0.01);
    // brute force at θ = 0 on both sides: the global max of φ(m) = m³/(6Δp) + ½[m + ln(1 − m)] over a fine
    // grid of (0, 1) is > 0 (detectable without a matrix) below Δp*, = φ(0) = 0 above it
    const phiMax = (dp: number) => {
      let best = -Infinity;
      for (let i = 1; i < 200000; i++) {
        const x = i / 200000;
        best = Math.max(best, (x * x * x) / (6 * dp) + 0.5 * (x + Math.log1p(-x)));
      }
      return best;
    };
    expect(phiMax(0.2)).toBeGreaterThan(0);
    expect(phiMax(0.25)).toBeLessThanOrEqual(0);
  });

  it('0 ≤ IT ≤ AMP ≤ ML-AMP ≤ GF over the whole Δp range of the schema (0.1 … 10)', () => {
    const g = dpGrid(0.1, 10, 1001);
    for (const dp of g) {
      const t = landscapeThresholds(dp);
      for (const v of Object.values(t)) expect(Number.isFinite(v)).toBe(true);
      expect(t.invd2_it).toBeGreaterThanOrEqual(0);
      expect(t.invd2_it).toBeLessThanOrEqual(t.invd2_amp);
      expect(t.invd2_amp).toBeLessThanOrEqual(t.invd2_mlamp);
      expect(t.invd2_mlamp).toBeLessThanOrEqual(t.invd2_gf);
    }
  });
});
