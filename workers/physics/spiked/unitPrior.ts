/**
 * A prior of second moment ρ rescaled to unit second moment, v = w/√ρ (PHYSICS.md §8: the spiked
 * model's sparse priors have E v² = 1, so that PCA's threshold is Δ = 1 for every ρ). The scalar
 * channel of v at signal-to-noise r, B = r v* + √r ξ, is that of w at r/ρ (B/√ρ = (r/ρ)w* + √(r/ρ) ξ), so
 *   mmse_v(r) = mmse_w(r/ρ)/ρ,  ψ_v(r) − r/2 = ψ_w(r/ρ) − ρ(r/ρ)/2,
 *   f_a^v(A, B) = f_a^w(A/ρ, B/√ρ)/√ρ,  f_v^v = f_v^w/ρ.
 */
import type { Rng } from '../numerics/rng.ts';
import type { Prior } from '../glm/types.ts';

export function unitPrior(w: Prior): Prior {
  const rho = w.rho;
  if (rho === 1) return w;
  const sr = Math.sqrt(rho);
  let scaled = new Float64Array(0);
  return {
    rho: 1,
    denoise(A, B, fa, fv) {
      if (scaled.length !== B.length) scaled = new Float64Array(B.length);
      for (let i = 0; i < B.length; i++) scaled[i] = B[i] / sr;
      w.denoise(A / rho, scaled, fa, fv);
      for (let i = 0; i < B.length; i++) {
        fa[i] /= sr;
        fv[i] /= rho;
      }
    },
    logZ0: (A, B) => w.logZ0(A / rho, B / sr),
    mmse: (r) => w.mmse(r / rho) / rho,
    psiShift: (r) => w.psiShift(r / rho),
    psiShiftInf: w.psiShiftInf,
    sample(rng: Rng, out: Float64Array) {
      w.sample(rng, out);
      for (let i = 0; i < out.length; i++) out[i] /= sr;
    },
  };
}
