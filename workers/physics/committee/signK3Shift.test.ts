import { describe, expect, it } from 'vitest';
import { signK3PlackettAverages } from './signK3Plackett.reference.ts';
import { signK3Averages, SHIFT_NODES } from './signK3Shift.ts';
import { newAverages } from './averages.ts';

const FINE = { v: 8, side: 32, eta: 32 };

describe('K = 3 channel off the plane', () => {
  it('imaginary-shift P, ∇P equal the Plackett trivariate form on the same (v, u) grid (incl. q_a/(1 − q_d) = 0.75)', () => {
    // two independent evaluations of P(+|ω) and ∇P (complex erfc vs Plackett's correlation integral)
    for (const [qd, qa] of [[0.3, 0.2], [0.7905, 0.1418], [0.6, 0.3]]) {
      const nodes = { v: 6, side: 10 };
      const a = signK3PlackettAverages(qd, qa, newAverages(), { ...nodes, plackett: 16 });
      const b = signK3Averages(qd, qa, newAverages(), { ...nodes, eta: 32 });
      expect(Math.abs(a.psi - b.psi)).toBeLessThan(1e-13);
      expect(Math.abs(a.eyy - b.eyy)).toBeLessThan(1e-13);
      expect(Math.abs(a.m11 / b.m11 - 1)).toBeLessThan(1e-11);
      expect(Math.abs(a.m12 / b.m12 - 1)).toBeLessThan(1e-11);
    }
  });
  it('the production rule is converged on the specialised branch (vs side 32, v 8)', () => {
    for (const [qd, qa] of [[0.7905, 0.1418], [0.8605, 0.0809], [0.95, 0.03]]) {
      const a = signK3Averages(qd, qa, newAverages(), SHIFT_NODES);
      const b = signK3Averages(qd, qa, newAverages(), FINE);
      // α Ψ with α ≈ 12 (what enters f) within 2e-6; M̄ (what enters q) within 5e-5 relative
      expect(12 * Math.abs(a.psi - b.psi)).toBeLessThan(2e-6);
      expect(Math.abs(a.eyy - b.eyy)).toBeLessThan(1e-6);
      expect(Math.abs(a.m11 / b.m11 - 1)).toBeLessThan(5e-5);
      expect(Math.abs(a.m12 / b.m12 - 1)).toBeLessThan(5e-5);
    }
  });
  it('∂Ψ/∂q_d = 3M̄11/2 and ∂Ψ/∂q_a = (M̄11 + 2M̄12)/2 (central differences of Ψ, fine rule)', () => {
    const e = 1e-5;
    for (const [qd, qa] of [[0.3, 0.2], [0.7905, 0.1418]]) {
      const psi = (d: number, b: number) => signK3Averages(d, b, newAverages(), FINE).psi;
      const a = signK3Averages(qd, qa, newAverages(), FINE);
      const dqd = (psi(qd + e, qa) - psi(qd - e, qa)) / (2 * e);
      const dqa = (psi(qd, qa + e) - psi(qd, qa - e)) / (2 * e);
      expect(Math.abs(dqd - (3 * a.m11) / 2)).toBeLessThan(2e-6);
      expect(Math.abs(dqa - (a.m11 + 2 * a.m12) / 2)).toBeLessThan(2e-6);
    }
  });
});
