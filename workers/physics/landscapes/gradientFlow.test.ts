import { describe, expect, it } from 'vitest';
import { landscapeGf } from './gradientFlow.ts';
import { landscapeHessian } from './hessian.ts';
import { bbpPrediction, landscapeThresholds } from './thresholds.ts';

describe('finite-N spherical gradient flow, spiked matrix-tensor p = 3', () => {
  it('well above the GF line (1/Δ2 = 3 > 1.366 at Δp = 4) every seed escapes (N = 200, 4 seeds)', () => {
    expect(landscapeThresholds(4).invd2_gf).toBeLessThan(3);
    const r = landscapeGf({ N: 200, invd2: 3, dp: 4, T: 0, seed: 1, seeds: 4, tmax: 8, h: 0.1 });
    expect(r.escape_rate).toBe(1);
    expect(r.m_seeds).toHaveLength(4);
    for (const m of r.m_seeds) {
      expect(Math.abs(m[0])).toBeLessThan(0.3); // random start, m0 ~ N^{-1/2}
      expect(Math.abs(m[m.length - 1])).toBeGreaterThan(0.3);
    }
    // N → ∞ final state (DMFT / stationary equations): m = 0.827, μ = 4.298; at N = 200 within ~0.1
    expect(r.success_rate).toBeGreaterThan(0);
    expect(Math.abs(r.mu[r.mu.length - 1] - 4.298)).toBeLessThan(0.3);
    // energy decreases along gradient flow (T = 0)
    for (let i = 1; i < r.e.length; i++) expect(r.e[i]).toBeLessThanOrEqual(r.e[i - 1] + 1e-12);
  });


  it('Hessian at a random start: GOE bulk of radius 2σ around μ and the BBP outlier of PHYSICS.md §4', () => {
    // θ = 4, Δp = 10: σ² = 4.2, outlier μ − θ − σ²/θ (0.95 below the edge), overlap² 1 − σ²/θ² = 0.7375.
    // Tolerances: at N = 200 the outlier sits 0.1-0.45 above its N → ∞ place (measured over 7 seeds; the
    // pure spiked Wigner matrix, Δp → ∞, shows the same: −4.79, −4.68 vs −5.0), the bulk edges sit
    // ~0.1-0.2 inside (Tracy-Widom, σN^{-2/3} scale).
    const r = landscapeHessian({ N: 200, invd2: 4, dp: 10, T: 0, seed: 2, tmax: 0, h: 0.1 });
    const pred = bbpPrediction(4, 10, r.mu);
    expect(r.eigenvalues).toHaveLength(199);
    expect(r.outlier_pred).toBeCloseTo(pred.outlier!, 12);
    expect(Math.abs(r.lambda_min - pred.outlier!)).toBeLessThan(0.45);
    expect(r.lambda_min).toBeLessThan(r.eigenvalues[1] - 0.4); // separated from the bulk
    expect(Math.abs(r.overlap_min - pred.overlap2!)).toBeLessThan(0.15);
    expect(Math.abs(r.eigenvalues[1] - r.edge_pred)).toBeLessThan(0.3);
    expect(Math.abs(r.eigenvalues[198] - (r.mu + 2 * pred.sigma))).toBeLessThan(0.3);
    let mean = 0;
    for (const v of r.eigenvalues) mean += v / r.eigenvalues.length;
    expect(Math.abs(mean - r.mu)).toBeLessThan(0.05);
  });
});
