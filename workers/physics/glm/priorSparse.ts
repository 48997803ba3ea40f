/**
 * Gauss-Bernoulli prior (1−ρ)δ0 + ρN(0,1) (PHYSICS.md §1 prior table, third row; Krzakala et al.,
 * PRX 2 (2012) 021005, eqs. for the sparse denoiser):
 *   π = sigmoid(L + B²/(2(1+A))), L = ln(ρ/(1−ρ)) − ½ ln(1+A), μ = B/(1+A), s² = 1/(1+A),
 *   f_a = πμ, f_v = πs² + π(1−π)μ², ln Z0 = ln ρ − ½ ln(1+A) + X + softplus(−L − X), X = B²/(2(1+A)).
 *
 * Scalar channel B = r w* + √r ξ: B ~ N(0, r) for w* = 0 and N(0, r(1+r)) for w* ≠ 0. The second
 * component switches (π: 0 → 1) at |ξ| ≈ √(ln r / r), far inside one Gauss-Hermite spacing at large
 * r, so it is split: its smooth bulk is done exactly and the localised remainder is integrated in
 * t = √(1+r) ξ, where φ(ξ)dξ = (1+r)^{−½} φ(t) e^{X} dt and the factor e^{X} cancels the decay of
 * 1−π (the same re-weighting as numerics/wideGauss.ts). The first component is smooth in ξ.
 */
import { gaussHermite } from '../numerics/gaussHermite.ts';
import { logAddExp, sigmoid } from '../numerics/special.ts';
import type { Rng } from '../numerics/rng.ts';
import type { Prior } from './types.ts';
import { softplus } from './softplus.ts';

const Q = gaussHermite(96);

export function sparsePrior(rho: number): Prior {
  const lnRho = Math.log(rho);
  const logit = Math.log(rho) - Math.log1p(-rho); // +Infinity at ρ = 1 (Gaussian prior)
  const lnOneMinusRho = Math.log1p(-rho);
  return {
    rho,
    denoise(A, B, fa, fv) {
      const s2 = 1 / (1 + A);
      const L = logit - 0.5 * Math.log1p(A);
      for (let i = 0; i < B.length; i++) {
        const mu = B[i] * s2;
        const p = sigmoid(L + 0.5 * B[i] * mu);
        fa[i] = p * mu;
        fv[i] = p * s2 + p * (1 - p) * mu * mu;
      }
    },
    logZ0(A, B) {
      return logAddExp(lnOneMinusRho, lnRho - 0.5 * Math.log1p(A) + (B * B) / (2 * (1 + A)));
    },
    mmse(r) {
      if (r === Infinity) return 0;
      const L = logit - 0.5 * Math.log1p(r);
      const k = r / (1 + r);
      // w* = 0: B = √r ξ, μ = √r ξ/(1+r), X = kξ²/2
      let c1 = 0;
      // w* ≠ 0, deficit D2 = E_ξ[(1−π)(1 − π r ξ²)] computed in t: (1+r)^{−½}E_t[(1 − π k t²)/(e^{−X} + e^{L})]
      let d2 = 0;
      const eL = Math.exp(L);
      for (let i = 0; i < Q.x.length; i++) {
        const x = Q.x[i];
        const x2 = x * x;
        const p1 = sigmoid(L + 0.5 * k * x2);
        const mu2 = (r * x2) / ((1 + r) * (1 + r));
        c1 += Q.w[i] * (p1 / (1 + r) + p1 * (1 - p1) * mu2);
        const X = 0.5 * k * x2;
        const p2 = sigmoid(L + X);
        d2 += (Q.w[i] * (1 - p2 * k * x2)) / (Math.exp(-X) + eL);
      }
      d2 /= Math.sqrt(1 + r);
      return (1 - rho) * c1 + (rho * (1 - d2)) / (1 + r);
    },
    psiShift(r) {
      if (r === Infinity) return -Infinity;
      const L = logit - 0.5 * Math.log1p(r);
      const k = r / (1 + r);
      let c1 = 0;
      let c2 = 0;
      for (let i = 0; i < Q.x.length; i++) {
        const X = 0.5 * k * Q.x[i] * Q.x[i];
        c1 += Q.w[i] * softplus(-L - X);
        c2 += Q.w[i] * softplus(-L - X) * Math.exp(X);
      }
      const bulk = lnRho - 0.5 * Math.log1p(r) + ((1 - rho) * k) / 2;
      return bulk + (1 - rho) * c1 + (rho * c2) / Math.sqrt(1 + r);
    },
    psiShiftInf: -Infinity,
    sample(rng: Rng, out: Float64Array) {
      for (let i = 0; i < out.length; i++) out[i] = rng.uniform() < rho ? rng.normal() : 0;
    },
  };
}
