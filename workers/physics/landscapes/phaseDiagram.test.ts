import { describe, expect, it } from 'vitest';
import { dpGrid, landscapePoint, landscapeRegion, phaseDiagram, PHASE_DIAGRAM_POINTS } from './phaseDiagram.ts';
import { landscapeThresholds } from './thresholds.ts';

describe('phase diagram of the spiked matrix-tensor model (PHYSICS.md §4)', () => {
  it('the Δp grid: 81 log-spaced points over the slider range, Δp = 1 (to one ulp) at the middle', () => {
    const g = dpGrid(0.1, 10);
    expect(g).toHaveLength(PHASE_DIAGRAM_POINTS);
    expect(g[0]).toBe(0.1);
    expect(Math.abs(g[40] - 1)).toBeLessThanOrEqual(Number.EPSILON);
    expect(g[80]).toBeCloseTo(10, 13);
    // constant ratio 100^(1/80) between neighbours, to rounding
    for (let i = 1; i < 81; i++) expect(g[i] / g[i - 1]).toBeCloseTo(Math.pow(100, 1 / 80), 12);
  });

  it('lines: the pointwise thresholds; the IT line lies on 1/Δ2 = 0 below Δp* = 0.229, never below it', () => {
    const l = phaseDiagram({ dpMin: 0.1, dpMax: 10 });
    expect(l.dp).toHaveLength(81);
    // PHYSICS.md §4 values at Δp = 1 (point 40): ML-AMP = golden ratio, GF = 2
    expect(l.invd2_gf[40]).toBeCloseTo(2, 14);
    expect(l.invd2_mlamp[40]).toBeCloseTo((1 + Math.sqrt(5)) / 2, 12);
    let onAxis = 0;
    for (let i = 0; i < 81; i++) {
      const t = landscapeThresholds(l.dp[i]);
      expect(l.invd2_it[i]).toBe(t.invd2_it);
      expect(l.invd2_it[i]).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(l.invd2_it[i])).toBe(true);
      if (t.invd2_it === 0) onAxis++;
      expect(l.invd2_gf[i]).toBe(t.invd2_gf);
    }
    // grid points with Δp < Δp* = 0.229: 0.1·100^(i/80) < 0.229 for i ≤ 14
    expect(onAxis).toBe(15);
  });

  it('regions at Δp = 1 and 0.5 from the tabulated thresholds (GF 2, ML-AMP 1.618, AMP 1; IT 0.8512 at Δp = 0.5)', () => {
    const at = (dp: number, invd2: number) => landscapeRegion(invd2, landscapeThresholds(dp));
    expect(at(1, 2.5)).toBe('gf');
    expect(at(1, 1.8)).toBe('mlamp');
    expect(at(1, 1.2)).toBe('amp');
    expect(at(1, 0.99)).toBe('undetectable'); // Δp ≥ 1: IT = AMP = 1, no hard phase
    expect(at(0.5, 0.9)).toBe('hard'); // between θ_IT = 0.8512 and θ_AMP = 1
    expect(at(0.5, 0.8)).toBe('undetectable');
    expect(at(1, 2)).toBe('mlamp'); // on the GF line: not above it
    // Δp < Δp*: the tensor alone makes x* detectable, so no 1/Δ2 ≥ 0.1 of the schema is undetectable
    expect(at(0.1, 0.1)).toBe('hard');
    expect(at(0.2, 0.5)).toBe('hard');
  });

  it('the reader’s point: thresholds, region and the BBP picture at μ = 2σ (σ² = 1/Δ2 + 2/Δp)', () => {
    const p = landscapePoint(4, 3);
    expect(p.dp).toBe(4);
    expect(p.invd2).toBe(3);
    expect(p.region).toBe('gf');
    expect(p.invd2_gf).toBeCloseTo((1 + Math.sqrt(3)) / 2, 12);
    // hand computation: σ² = 3.5, μ = 2√3.5, outlier −(3 − √3.5)²/3
    expect(p.mu_threshold).toBeCloseTo(2 * Math.sqrt(3.5), 14);
    expect(p.outlier!).toBeCloseTo(-((3 - Math.sqrt(3.5)) ** 2) / 3, 12);
    const below = landscapePoint(1, 1.8);
    expect(below.region).toBe('mlamp');
    expect(below.outlier).toBeNull(); // θ = 1.8 < σ = √5.8: no outlier, GF stays at the threshold states
  });
});
