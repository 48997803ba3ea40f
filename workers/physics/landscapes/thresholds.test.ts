import { describe, expect, it } from 'vitest';
import { bbpPrediction, landscapeThresholdLines, landscapeThresholds } from './thresholds.ts';

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
});
