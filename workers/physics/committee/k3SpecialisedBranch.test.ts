import { describe, expect, it } from 'vitest';
import { signK3PlackettAverages } from './signK3Plackett.reference.ts';
import { committeeCurve } from './learningCurve.ts';
import { newtonSE } from './newtonSE.ts';
import { newAverages } from './averages.ts';
import { k3Branch, specialisedAt, specialisedGuess } from './k3SpecialisedBranch.ts';
import { freeEntropy, solveSE } from './stateEvolution.ts';
import { committeeThresholds } from './thresholds.ts';

describe('K = 3 specialised branch and thresholds', () => {
  const t = committeeThresholds(3) as { alpha_spec: number; alpha_it: number; alpha_amp: number };
  it('first order with a hard phase: α_spec < α_IT < α_AMP (10.9239, 11.3324, 19.2320)', () => {
    expect(t.alpha_spec).toBeLessThan(t.alpha_it);
    expect(t.alpha_it).toBeLessThan(t.alpha_amp);
    // the previous engineer's independent Plackett-channel SE runs bracketed α_IT in 11.3-11.35
    expect(t.alpha_it).toBeGreaterThan(11.3);
    expect(t.alpha_it).toBeLessThan(11.35);
  });
  it('α_spec is the fold: α(q_d) is larger on both sides, and the branch points are SE fixed points', () => {
    const b = k3Branch();
    expect(specialisedAt(b.qd[0] - 0.03).alpha).toBeGreaterThan(t.alpha_spec);
    expect(specialisedAt(b.qd[0] + 0.03).alpha).toBeGreaterThan(t.alpha_spec);
    // a branch-table row is a fixed point of plain SE at its α (independent of the α_d = α_a parametrisation)
    const s = solveSE(3, b.alpha[3], { qd: b.qd[3], qa: b.qa[3] }, 1e-9, 1);
    expect(Math.abs(s.qd - b.qd[3]) + Math.abs(s.qa - b.qa[3])).toBeLessThan(1e-8);
  });
  it('α_IT: the free entropy at the specialised stationary point, from the Plackett channel, crosses the plane there', () => {
    // Independent of the shift form: Ψ from Plackett's trivariate integral on a 3x3 stencil (h = 0.01) around
    // the branch at α_IT; the stationary value of the fitted quadratic (the fixed point is a saddle of
    // f(q_d, q_a), so this is not a maximum) vs the plane's f (exact 1-D integrals), at α_IT ± 0.05.
    const s = newtonSE(3, t.alpha_it, specialisedGuess(t.alpha_it)!)!;
    const h = 0.01;
    const prior: number[] = [];
    const psi: number[] = [];
    for (let i = -1; i <= 1; i++) {
      for (let j = -1; j <= 1; j++) {
        const [qd, qa] = [s.qd + i * h, s.qa + j * h];
        prior.push(0.5 * (3 * qd + qa + 2 * Math.log1p(-qd) + Math.log1p(-qd - qa)));
        psi.push(signK3PlackettAverages(qd, qa, newAverages(), { v: 6, side: 12, plackett: 16 }).psi);
      }
    }
    const gap = (alpha: number): number => {
      const f = (i: number, j: number) => prior[3 * (i + 1) + j + 1] + alpha * psi[3 * (i + 1) + j + 1];
      const fx = (f(1, 0) - f(-1, 0)) / 2;
      const fy = (f(0, 1) - f(0, -1)) / 2;
      const fxx = f(1, 0) - 2 * f(0, 0) + f(-1, 0);
      const fyy = f(0, 1) - 2 * f(0, 0) + f(0, -1);
      const fxy = (f(1, 1) - f(1, -1) - f(-1, 1) + f(-1, -1)) / 4;
      const det = fxx * fyy - fxy * fxy;
      const x = -(fyy * fx - fxy * fy) / det;
      const y = -(-fxy * fx + fxx * fy) / det;
      const plane = solveSE(3, alpha, { qd: 0, qa: 0.9 }, 1e-12);
      return f(0, 0) + 0.5 * (fx * x + fy * y) - freeEntropy(3, alpha, plane);
    };
    const below = gap(t.alpha_it - 0.05);
    const above = gap(t.alpha_it + 0.05);
    expect(below).toBeLessThan(0);
    expect(above).toBeGreaterThan(0);
    // linear interpolation of the gap (slope Ψ_spec − Ψ_plane ≈ 0.074) puts the crossing within 1e-3 of α_IT
    const cross = t.alpha_it - 0.05 + (0.1 * -below) / (above - below);
    expect(Math.abs(cross - t.alpha_it)).toBeLessThan(1e-3);
  });
  it('learning curve: Bayes jumps to the specialised branch at α_IT, AMP stays on the plane until α_AMP', () => {
    const c = committeeCurve({ K: 3 }, Float64Array.of(11.25, 11.4, 19.1, 19.4));
    expect(c.qd_bayes[0]).toBe(0);
    expect(c.qd_bayes[1]).toBeGreaterThan(0.75);
    expect(c.qd_amp[1]).toBe(0);
    expect(c.qd_amp[2]).toBe(0);
    expect(c.qd_amp[3]).toBeGreaterThan(0.95);
    // hard phase: the Bayes error is well below AMP's plateau
    expect(c.eg_amp[2] - c.eg_bayes[2]).toBeGreaterThan(0.1);
    // the previous engineer's Plackett-channel value at α = 12 lies on this branch: f = −5.50707 (5 digits)
    const p = newtonSE(3, 12, specialisedGuess(12)!)!;
    expect(Math.abs(freeEntropy(3, 12, p) + 5.50707)).toBeLessThan(1e-5);
  });
});

describe('K = 3 learning curve above α_IT (regression: a secant predictor once threw the branch onto q_a < 0)', () => {
  it('q_d rises and ε_g falls on [12, 40]; AMP joins the branch past α_AMP = 19.23 with finite error', () => {
    const alphas = Float64Array.of(12, 14, 16, 19, 22, 26, 31, 40);
    const c = committeeCurve({ K: 3 }, alphas);
    for (let i = 1; i < alphas.length; i++) {
      expect(c.qd_bayes[i]).toBeGreaterThan(c.qd_bayes[i - 1]);
      expect(c.qa_bayes[i]).toBeGreaterThan(0);
      expect(c.eg_bayes[i]).toBeLessThan(c.eg_bayes[i - 1]);
      expect(Number.isFinite(c.eg_amp[i])).toBe(true);
    }
    expect(c.eg_amp[4]).toBe(c.eg_bayes[4]);
  });
});
