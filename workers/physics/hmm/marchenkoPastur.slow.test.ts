import { describe, expect, it } from 'vitest';
import { Rng } from '../numerics/rng.ts';
import { symEig } from '../numerics/symEig.ts';
import { marchenkoPastur } from './marchenkoPastur.ts';

/**
 * The Stieltjes transform against the eigenvalues ν of a sampled FᵀF/p, F ∈ R^{p×d} with N(0, 1) entries,
 * p = 2000 (issue #16): (1/d) Σ_ν 1/(ν + z) within 0.5 % of G(z). Linear spectral statistics of Wishart
 * matrices fluctuate by O(1/d) (Bai & Silverstein 2004), well inside 0.5 % at d ≥ 200.
 */
const P = 2000;
const Z = [0.05, 0.5, 2];

describe('Stieltjes transform against sampled spectra, p = 2000', () => {
  it('γ = 0.1: the 200 eigenvalues of FᵀF/p itself (the product, then Householder + QL)', () => {
    const d = 200;
    const F = new Float64Array(P * d);
    new Rng(11).fillNormal(F);
    const W = new Float64Array(d * d);
    for (let mu = 0; mu < P; mu++) {
      const row = mu * d;
      for (let i = 0; i < d; i++) {
        const fi = F[row + i] / P;
        for (let j = i; j < d; j++) W[i * d + j] += fi * F[row + j];
      }
    }
    for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) W[i * d + j] = W[j * d + i];
    const nu = symEig(W, d).values;
    for (const z of Z) {
      let s = 0;
      for (const v of nu) s += 1 / (v + z) / d;
      expect(Math.abs(s / marchenkoPastur(0.1, z).G - 1)).toBeLessThan(5e-3);
    }
  });

  /**
   * γ = 0.5 (d = 1000) and γ = 2 (d = 4000) through the bidiagonal model, which is exact in distribution
   * (Dumitriu & Edelman, J. Math. Phys. 43, 5830 (2002), Thm 3.1 with β = 1 — Golub–Kahan bidiagonalisation of
   * a Gaussian matrix): for k = min(p, d), M = max(p, d), the singular values of F are those of the upper
   * bidiagonal B with diagonal χ_M, χ_{M−1}, …, χ_{M−k+1} and superdiagonal χ_{k−1}, …, χ_1. The nonzero
   * eigenvalues of FᵀF are those of the tridiagonal T = BᵀB, and Σ 1/(ν + z) = tr(T/p + z)⁻¹ exactly, its
   * diagonal from the forward and backward pivots of the tridiagonal (O(k)); FᵀF/p adds d − k zeros.
   */
  for (const gamma of [0.5, 2]) {
    it(`γ = ${gamma}: tr(FᵀF/p + z)⁻¹ of a sample drawn through the bidiagonal model`, () => {
      const d = Math.round(gamma * P);
      const k = Math.min(P, d);
      const M = Math.max(P, d);
      const rng = new Rng(13);
      const chi = (dof: number) => {
        let s = 0;
        for (let i = 0; i < dof; i++) {
          const g = rng.normal();
          s += g * g;
        }
        return Math.sqrt(s);
      };
      const a = Float64Array.from({ length: k }, (_, i) => chi(M - i));
      const b = Float64Array.from({ length: k - 1 }, (_, i) => chi(k - 1 - i));
      for (const z of Z) {
        // T/p + z: diagonal (a_i² + b_{i−1}²)/p + z, off-diagonal a_i b_i/p
        const diag = Float64Array.from({ length: k }, (_, i) => (a[i] * a[i] + (i > 0 ? b[i - 1] * b[i - 1] : 0)) / P + z);
        const off = Float64Array.from({ length: k - 1 }, (_, i) => (a[i] * b[i]) / P);
        const fwd = new Float64Array(k);
        const bwd = new Float64Array(k);
        fwd[0] = diag[0];
        for (let i = 1; i < k; i++) fwd[i] = diag[i] - (off[i - 1] * off[i - 1]) / fwd[i - 1];
        bwd[k - 1] = diag[k - 1];
        for (let i = k - 2; i >= 0; i--) bwd[i] = diag[i] - (off[i] * off[i]) / bwd[i + 1];
        let trace = (d - k) / z;
        for (let i = 0; i < k; i++) trace += 1 / (fwd[i] + bwd[i] - diag[i]);
        expect(Math.abs(trace / d / marchenkoPastur(gamma, z).G - 1)).toBeLessThan(5e-3);
      }
    });
  }
});
