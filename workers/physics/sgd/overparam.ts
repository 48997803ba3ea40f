/**
 * Over-parameterisation (Goldt et al. 2019, arXiv:1906.08632, §4 and Fig. 3): the ODE's ε_g at a fixed α
 * against the student width K for a fixed teacher M, training the first layer only or both layers.
 * With the first layer only, the surplus units keep drifting (ε_g still falls at α = 10⁵ for K ≥ 4);
 * both layers reach an asymptotic error that grows with K.
 */
import { sgdOde } from './sgdOde.ts';
import type { SgdParams } from './setup.ts';

export interface SgdFinalVsKResult {
  K: Float64Array;
  alpha: number;
  eg_first: Float64Array;
  eg_both: Float64Array;
}

export function sgdFinalVsK(p: Omit<SgdParams, 'K' | 'both'>, Ks: ArrayLike<number>, alpha: number, onProgress?: (fraction: number) => void): SgdFinalVsKResult {
  const n = Ks.length;
  const egFirst = new Float64Array(n);
  const egBoth = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    for (const both of [0, 1]) {
      const res = sgdOde({ ...p, K: Ks[j], both }, alpha, 1);
      (both ? egBoth : egFirst)[j] = res.eg[0];
      onProgress?.((2 * j + both + 1) / (2 * n));
    }
  }
  return { K: Float64Array.from(Ks), alpha, eg_first: egFirst, eg_both: egBoth };
}
