import { describe, expect, it } from 'vitest';
import { drain } from '../resumable.ts';
import { gfWithEscapeStream } from './escape.ts';
import { GF_TOGETHER_ENTRIES, landscapeGf, landscapeGfStream, seededRun, spikedGfRunStream, type LandscapeGfResult } from './gradientFlow.ts';
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

  it('streams: the runs advance together along t, each snapshot the runs up to the time all reached, bit for bit the runs one after another', () => {
    // Reference: each run alone (spikedGfRunStream drained; hessian.test.ts pins its bits to those of the one-shot loop
    // it replaced, golden cases landscape-gf the stream's) at
    // seeds childSeed(seed, s). Tolerance 0: the stream only cuts the same arithmetic into chunks. T > 0: the noise
    // streams of the runs must stay apart as they interleave.
    const p = { N: 30, invd2: 3, dp: 4, T: 0.05, seed: 4, seeds: 3, tmax: 150, h: 0.1 }; // 1500 steps: 7 chunks of 246
    expect(p.seeds * 30 * 29 * 28 / 6).toBeLessThan(GF_TOGETHER_ENTRIES);
    const snaps: LandscapeGfResult[] = [];
    const r = drain(landscapeGfStream(p), (x) => snaps.push(x));
    for (let s = 0; s < p.seeds; s++) {
      const { inst, x, rng } = seededRun(p, s);
      const alone = drain(spikedGfRunStream(inst, x, p, rng));
      expect(Array.from(r.m_seeds[s])).toEqual(Array.from(alone.m));
      expect(Array.from(r.mu_seeds[s])).toEqual(Array.from(alone.mu));
    }
    expect(snaps.length).toBeGreaterThan(5);
    for (let k = 1; k < snaps.length; k++) expect(snaps[k].t.length).toBeGreaterThanOrEqual(snaps[k - 1].t.length);
    const last = snaps[snaps.length - 1];
    expect(last.t.length).toBeLessThan(r.t.length);
    for (const x of snaps) for (let s = 0; s < p.seeds; s++) expect(Array.from(x.m_seeds[s])).toEqual(Array.from(r.m_seeds[s].subarray(0, x.t.length)));
  });

  it('the stream with escapes stops cleanly when cancelled between chunks', () => {
    const job = gfWithEscapeStream({ N: 30, invd2: 3, dp: 4, T: 0, seed: 1, seeds: 2, tmax: 5, h: 0.1 });
    for (let k = 0; k < 5; k++) job.next();
    expect(job.return(undefined as never).done).toBe(true);
  });
});
