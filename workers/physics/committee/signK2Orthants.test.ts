import { describe, expect, it } from 'vitest';
import { signK2Averages, LAYER_QD } from './signK2Orthants.ts';
import { committeeCurve } from './learningCurve.ts';
import { newtonSE } from './newtonSE.ts';
import { newAverages } from './averages.ts';
import { signCommitteeAverages } from './signChannel.ts';
import { freeEntropy, seStep } from './stateEvolution.ts';

describe('K = 2 channel: ridge and boundary-layer rules', () => {
  it('agree where both converge (q_d = 0.2, 0.3; two unrelated quadratures)', () => {
    for (const [qd, qa] of [[LAYER_QD, 0.5], [0.3, 0.4]]) {
      const r = signK2Averages(qd, qa, newAverages(), 'ridge');
      const l = signK2Averages(qd, qa, newAverages(), 'layer');
      // self-convergence (header of signK2Orthants.ts): layer ~2e-8 at q_d = 0.2, ridge ~7e-8 at q_d = 0.3
      expect(Math.abs(r.psi - l.psi)).toBeLessThan(1e-9);
      expect(Math.abs(r.m11 - l.m11)).toBeLessThan(1e-7);
      expect(Math.abs(r.m12 - l.m12)).toBeLessThan(1e-7);
      expect(Math.abs(r.eyy - l.eyy)).toBeLessThan(1e-9);
    }
  });
  it('layer rule near q = I: ∂Ψ/∂q_d = M̄11 and ∂Ψ/∂q_a = (M̄11 + M̄12)/2 (central differences of Ψ)', () => {
    // σ² = 1 − q_d − q_a/2 = 1.95e-2 and 1.95e-3: the old Gauss-Hermite grid was O(1) wrong here
    for (const [qd, qa, e] of [[0.98, 1e-3, 1e-6], [0.998, 1e-4, 1e-7]]) {
      const psi = (d: number, b: number) => signK2Averages(d, b, newAverages()).psi;
      const a = signK2Averages(qd, qa, newAverages());
      const dqd = (psi(qd + e, qa) - psi(qd - e, qa)) / (2 * e);
      const dqa = (psi(qd, qa + e) - psi(qd, qa - e)) / (2 * e);
      expect(Math.abs(dqd / a.m11 - 1)).toBeLessThan(1e-5);
      expect(Math.abs(dqa / ((a.m11 + a.m12) / 2) - 1)).toBeLessThan(1e-5);
    }
  });
  it('projects q onto q ⪰ 0: q_d + q_a < 0 (a random AMP start) is finite and equals the projection', () => {
    const a = signCommitteeAverages(2, 0.02, -0.05, newAverages());
    const b = signCommitteeAverages(2, 0.02, -0.02, newAverages());
    for (const k of ['psi', 'm11', 'm12', 'eyy'] as const) {
      expect(Number.isFinite(a[k])).toBe(true);
      expect(a[k]).toBe(b[k]);
    }
    const next = seStep(2, 3, { qd: 0.02, qa: -0.05 }, { qd: 0, qa: 0 });
    expect(next.qd).toBeGreaterThan(0);
    expect(next.qa).toBeGreaterThan(0);
  });
});

describe('K = 2 learning curve to α = 60 (regression: q_d used to jump to 1 above α ≈ 10)', () => {
  const n = 40;
  const alphas = new Float64Array(n).map((_, i) => 2.1 * Math.pow(60 / 2.1, i / (n - 1)));
  const c = committeeCurve({ K: 2 }, alphas);
  it('ε_g decreases and q_d rises smoothly to 1 (no jump: Δq_d shrinks along the log grid)', () => {
    for (let i = 1; i < n; i++) {
      expect(c.eg_bayes[i]).toBeLessThan(c.eg_bayes[i - 1]);
      expect(c.qd_bayes[i]).toBeGreaterThan(c.qd_bayes[i - 1]);
      expect(c.qd_bayes[i]).toBeLessThan(1);
      if (i > 5) expect(c.qd_bayes[i] - c.qd_bayes[i - 1]).toBeLessThan(c.qd_bayes[i - 1] - c.qd_bayes[i - 2] + 1e-12);
    }
    expect(c.qd_bayes[n - 1]).toBeGreaterThan(0.999);
    // ε_g·α tends to a constant (≈ 0.32) as in the perceptron's 1/α tail, instead of the old plateau at 0.039
    expect(c.eg_bayes[n - 1] * 60).toBeGreaterThan(0.25);
    expect(c.eg_bayes[n - 1] * 60).toBeLessThan(0.4);
  });
  it('f_bayes ≥ f on the non-specialised plane at every α, and AMP = Bayes (continuous transition)', () => {
    let qa = 0.7;
    for (let i = 0; i < n; i++) {
      const plane = newtonSE(2, alphas[i], { qd: 0, qa });
      expect(plane).not.toBeNull();
      qa = plane!.qa;
      expect(c.f_bayes[i]).toBeGreaterThanOrEqual(freeEntropy(2, alphas[i], plane!));
      expect(c.eg_amp[i]).toBe(c.eg_bayes[i]);
    }
  });
});
