import { describe, expect, it } from 'vitest';
import { channelOf, committeeCurve } from './learningCurve.ts';
import { newtonSE } from './newtonSE.ts';
import { committeeThresholds, type FiniteKThresholds } from './thresholds.ts';

/** K = 2 erf regression committee, Δ = 0.1, coarse (UI) quadrature: the fine one is 10× slower (CLI). */
const ch = channelOf({ K: 2, act: 'erf', noise: 0.1, quality: 'coarse' });

describe('K = 2 erf regression committee: specialisation', () => {
  const t = committeeThresholds(2, ch) as FiniteKThresholds;
  const ac = t.alpha_amp!;
  it('λ(α) = 1 at α_c = 3.484 (fine quadrature: 3.48413; coarse within 1e-4)', () => {
    expect(Math.abs(ac / 3.48413 - 1)).toBeLessThan(1e-4); // measured 4e-5
    expect(t.alpha_spec).toBe(ac);
  });
  it('the transition is continuous: q_d grows linearly from 0 (no specialised fixed point below α_c)', () => {
    const above = [1.01, 1.03].map((f) => newtonSE(2, f * ac, { qd: 0.3, qa: 0.5 }, undefined, ch)!.qd);
    // linear onset q_d ∝ (α − α_c): the ratio is 3 up to the curvature (measured 3.08); a first-order jump would give ≈ 1
    expect(above[1] / above[0]).toBeGreaterThan(2.7);
    expect(above[1] / above[0]).toBeLessThan(3.3);
    expect(above[0]).toBeLessThan(0.01);
    // below: Newton from a specialised start falls onto the plane
    expect(newtonSE(2, 0.98 * ac, { qd: 0.3, qa: 0.5 }, undefined, ch)).toBeNull();
  });
  it('learning curve: non-specialised below α_c, specialised above, AMP = Bayes, test MSE decreasing from 2/3', () => {
    const n = 24;
    const alphas = new Float64Array(n).map((_, i) => 0.1 * Math.pow(200, i / (n - 1)));
    const c = committeeCurve({ K: 2, act: 'erf', noise: 0.1, quality: 'coarse' }, alphas);
    for (let i = 0; i < n; i++) {
      if (alphas[i] < 0.99 * ac) expect(c.qd_bayes[i]).toBe(0);
      if (alphas[i] > 1.01 * ac) expect(c.qd_bayes[i]).toBeGreaterThan(1e-3);
      expect(c.eg_amp[i]).toBe(c.eg_bayes[i]);
      if (i > 0) expect(c.eg_bayes[i]).toBeLessThan(c.eg_bayes[i - 1]);
      // ε = 2/3 − (4/π)[arcsin(q11/2) + arcsin(q12/2)] (erfChannel.ts)
      const e = 2 / 3 - (4 / Math.PI) * (Math.asin((c.qd_bayes[i] + c.qa_bayes[i] / 2) / 2) + Math.asin(c.qa_bayes[i] / 4));
      expect(c.eg_bayes[i]).toBeCloseTo(e, 12);
    }
    expect(c.eg_bayes[0]).toBeLessThan(2 / 3);
    // α = 20: the fine quadrature (committee-point --act erf) gives q_d = 0.87608, q_a = 0.11586 (5 digits)
    expect(c.alpha[n - 1]).toBeCloseTo(20, 12);
    expect(Math.abs(c.qd_bayes[n - 1] - 0.87608)).toBeLessThan(1e-4);
    expect(Math.abs(c.qa_bayes[n - 1] - 0.11586)).toBeLessThan(1e-4);
  });
});
