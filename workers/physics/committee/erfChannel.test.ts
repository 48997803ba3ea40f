import { describe, expect, it } from 'vitest';
import { erfCommitteeAverages, erfNodes } from './erfChannel.ts';
import { Rng } from '../numerics/rng.ts';
import { erf } from '../numerics/special.ts';
import { newAverages } from './averages.ts';

const D = 0.1;
const fine = erfNodes(D);
const avg = (qd: number, qa: number, nodes = fine) => ({ ...erfCommitteeAverages(qd, qa, D, newAverages(), nodes) });

describe('K = 2 erf regression channel (Δ = 0.1)', () => {
  it('q = 0: Ψ and M̄ against an independent quadrature', () => {
    // ω = 0 and z ~ N(0, I): u_c = erf(z_c/√2) are uniform on (−1, 1). scipy/numpy (offline): P(y) and ∂_{ω1}P =
    // E[(y − s)/Δ N(y − s; Δ) 2φ(z1)] by 40 × 40-panel Gauss-Legendre in (u1, u2), trapezoid in y (step 0.02);
    // the exact triangular-density convolution with quad gives the same Ψ to 1e-14. M̄11 = M̄12 at ω = 0.
    const a = avg(0, 0);
    expect(Math.abs(a.psi + 1.2785216539493376)).toBeLessThan(1e-7); // measured 2.9e-8
    expect(Math.abs(a.m11 / 0.41521485292205773 - 1)).toBeLessThan(5e-5); // measured 2.3e-5 (q = 0 is the worst case)
    expect(a.m12).toBe(a.m11);
  });
  it('q = I: closed forms Ψ = −½ ln(2πeΔ), M̄11 = E[g′(ω)²]/Δ = 2/(π√3Δ), M̄12 = (E g′)²/Δ = 1/(πΔ), E[YY′] = 2/3', () => {
    const a = avg(1, 0);
    expect(Math.abs(a.psi + 0.5 * Math.log(2 * Math.PI * Math.E * D))).toBeLessThan(1e-10);
    expect(Math.abs(a.m11 - 2 / (Math.PI * Math.sqrt(3) * D))).toBeLessThan(1e-9);
    expect(Math.abs(a.m12 - 1 / (Math.PI * D))).toBeLessThan(1e-9);
    expect(a.eyy).toBeCloseTo(2 / 3, 14);
  });
  it('two node counts agree: fine vs (outer step 0.2, 64 inner nodes), |ΔΨ| ≤ 1e-6, M̄ to 1e-6', () => {
    // measured: ΔΨ = 1.6e-10, ΔM̄ = 3.6e-8 on the plane (0, 0.6); 1.7e-11, 9e-10 at (0.1, 0.8)
    for (const [qd, qa] of [[0, 0.6], [0.1, 0.8]]) {
      const a = avg(qd, qa);
      const b = avg(qd, qa, { outerStep: 0.2, inner: 64 });
      expect(Math.abs(a.psi - b.psi)).toBeLessThan(1e-6);
      expect(Math.abs(a.m11 - b.m11)).toBeLessThan(1e-6);
      expect(Math.abs(a.m12 - b.m12)).toBeLessThan(1e-6);
    }
  });
  it('M̄ is the gradient of Ψ: ∂Ψ/∂q_d = M̄11, ∂Ψ/∂q_a = (M̄11 + M̄12)/2 (central differences)', () => {
    // dΨ = ½ Tr(M̄ dq) with dq = dq_d I + (dq_a/2) 11ᵀ; measured relative deviation 7e-9 (step 3e-5)
    const [qd, qa, e] = [0.1, 0.8, 3e-5];
    const psi = (d: number, b: number) => avg(d, b).psi;
    const a = avg(qd, qa);
    expect(Math.abs((psi(qd + e, qa) - psi(qd - e, qa)) / (2 * e) / a.m11 - 1)).toBeLessThan(1e-6);
    expect(Math.abs((psi(qd, qa + e) - psi(qd, qa - e)) / (2 * e) / ((a.m11 + a.m12) / 2) - 1)).toBeLessThan(1e-6);
    // on the plane (q_d = 0 is its edge: only the q_a direction)
    const p = avg(0, 0.6);
    expect(Math.abs((psi(0, 0.6 + e) - psi(0, 0.6 - e)) / (2 * e) / p.m11 - 1)).toBeLessThan(1e-6);
  });
  it('E[YY′] = E_ω(E[s|ω])² (closed form) against Monte Carlo over ω ~ N(0, q), E[g(z)|ω] = erf(ω/√(2(2 − q11)))', () => {
    const [qd, qa] = [0.3, 0.4];
    const q11 = qd + qa / 2;
    const rng = new Rng(7);
    const n = 200_000;
    let s1 = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const c = Math.sqrt(qa / 2) * rng.normal(); // common part: q = q_d I + (q_a/2) 11ᵀ
      const m = erf((Math.sqrt(qd) * rng.normal() + c) / Math.sqrt(2 * (2 - q11))) + erf((Math.sqrt(qd) * rng.normal() + c) / Math.sqrt(2 * (2 - q11)));
      s1 += m * m;
      s2 += m * m * m * m;
    }
    const mean = s1 / n;
    const se = Math.sqrt((s2 / n - mean * mean) / n);
    expect(Math.abs(avg(qd, qa).eyy - mean)).toBeLessThan(4 * se);
  });
});
