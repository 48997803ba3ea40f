/**
 * Sparse Rademacher prior (1−ρ)δ0 + (ρ/2)(δ₋₁ + δ₊₁), second moment ρ, in the GLM `Prior` form
 * (glm/types.ts; rescaled to unit second moment by unitPrior.ts). Lesieur, Krzakala, Zdeborová,
 * J. Stat. Mech. (2017) 073403, Sec. 2 (the sparse Rademacher spike):
 *   Z0(A, B) = (1−ρ) + ρ e^{−A/2} cosh B,  π = posterior P(w ≠ 0) = sigmoid(ln(ρ/(1−ρ)) − A/2 + ln cosh B),
 *   f_a = π tanh B,  f_v = π − f_a².
 * Scalar channel A = r: B = √r ξ (w* = 0) or r + √r ξ (w* = ±1, by symmetry +1). The averages over ξ
 * use composite Gauss-Legendre panels on [−10, 10] (width 0.25, 6 nodes each): the switches of π and
 * of tanh have width ~1/√r in ξ and sit at |ξ| ≈ √r/2 — either resolved by the panels (r ≲ 100) or in
 * the tail beyond φ(10) where they weigh nothing.
 */
import { gaussLegendre } from '../numerics/gaussLegendre.ts';
import { logAddExp, logCosh, phi, sigmoid } from '../numerics/special.ts';
import type { Rng } from '../numerics/rng.ts';
import type { Prior } from '../glm/types.ts';

const XI_MAX = 10;
const PANELS = 80;
const nodes = ((): { x: Float64Array; w: Float64Array } => {
  const gl = gaussLegendre(6);
  const n = PANELS * gl.x.length;
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  const h = (2 * XI_MAX) / PANELS;
  for (let k = 0; k < PANELS; k++) {
    const c = -XI_MAX + (k + 0.5) * h;
    for (let i = 0; i < gl.x.length; i++) {
      const j = k * gl.x.length + i;
      x[j] = c + 0.5 * h * gl.x[i];
      w[j] = 0.5 * h * gl.w[i] * phi(x[j]);
    }
  }
  return { x, w };
})();

export function sparseRademacherPrior(rho: number): Prior {
  const logit = Math.log(rho) - Math.log1p(-rho); // +∞ at ρ = 1 (Rademacher)
  const lnRho = Math.log(rho);
  const ln1mRho = Math.log1p(-rho);
  const fa = (A: number, B: number): number => sigmoid(logit - A / 2 + logCosh(B)) * Math.tanh(B);
  const lnZ = (A: number, B: number): number => (rho === 1 ? logCosh(B) - A / 2 : logAddExp(ln1mRho, lnRho - A / 2 + logCosh(B)));
  return {
    rho,
    denoise(A, B, outA, outV) {
      for (let i = 0; i < B.length; i++) {
        const p = sigmoid(logit - A / 2 + logCosh(B[i]));
        const m = p * Math.tanh(B[i]);
        outA[i] = m;
        outV[i] = p - m * m;
      }
    },
    logZ0: lnZ,
    // mmse = ρ − E[f_a²] (Nishimori: E[f_a w*] = E[f_a²])
    mmse(r) {
      if (r === Infinity) return 0;
      const sr = Math.sqrt(r);
      let s0 = 0;
      let s1 = 0;
      for (let i = 0; i < nodes.x.length; i++) {
        const a0 = fa(r, sr * nodes.x[i]);
        const a1 = fa(r, r + sr * nodes.x[i]);
        s0 += nodes.w[i] * a0 * a0;
        s1 += nodes.w[i] * a1 * a1;
      }
      return Math.max(rho - (1 - rho) * s0 - rho * s1, 0);
    },
    // ψ(r) − ρr/2 with ψ = E ln Z0
    psiShift(r) {
      if (r === Infinity) return -Infinity;
      const sr = Math.sqrt(r);
      let s0 = 0;
      let s1 = 0;
      for (let i = 0; i < nodes.x.length; i++) {
        s0 += nodes.w[i] * lnZ(r, sr * nodes.x[i]);
        s1 += nodes.w[i] * lnZ(r, r + sr * nodes.x[i]);
      }
      return (1 - rho) * s0 + rho * s1 - (rho * r) / 2;
    },
    psiShiftInf: rho === 1 ? -Math.LN2 : -Infinity,
    sample(rng: Rng, out: Float64Array) {
      for (let i = 0; i < out.length; i++) out[i] = rng.uniform() < rho ? rng.sign() : 0;
    },
  };
}
