/** Gaussian prior N(0,1): closed forms of PHYSICS.md §1 (prior table, first row). */
import type { Rng } from '../numerics/rng.ts';
import type { Prior } from './types.ts';

export const gaussianPrior: Prior = {
  rho: 1,
  denoise(A, B, fa, fv) {
    const v = 1 / (1 + A);
    for (let i = 0; i < B.length; i++) {
      fa[i] = B[i] * v;
      fv[i] = v;
    }
  },
  logZ0(A, B) {
    return (B * B) / (2 * (1 + A)) - 0.5 * Math.log1p(A);
  },
  // m(r) = r/(1+r), so mmse = 1/(1+r);  ψ(r) = E[B²]/(2(1+r)) − ½ ln(1+r) = r/2 − ½ ln(1+r).
  mmse: (r) => 1 / (1 + r),
  psiShift: (r) => -0.5 * Math.log1p(r),
  psiShiftInf: -Infinity,
  sample(rng: Rng, out: Float64Array) {
    rng.fillNormal(out);
  },
};
