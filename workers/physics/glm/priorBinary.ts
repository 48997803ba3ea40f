/**
 * Rademacher prior ±1 (PHYSICS.md §1 prior table, second row): f_a = tanh B, f_v = 1 − tanh² B,
 * ln Z0 = ln cosh B − A/2.
 *
 * The scalar-channel averages use the change of measure N(x; r, r) = N(x; 0, r)·e^{x − r/2}
 * (x = r + √r ξ is B for w* = +1): with q(x) = 1 − tanh x, e^x q = sech x, so
 *   mmse(r) = E[1 − tanh x] = e^{−r/2} E_{a~N(0,r)}[sech a],
 *   ψ(r) − r/2 = E[ln cosh x − x] = −ln 2 + e^{−r/2} E_{a~N(0,r)}[e^a softplus(−2a)].
 * For r ≥ 1 the integrands are analytic in |Im a| < π/2 and decay like e^{−|a|}: the trapezoid rule
 * on a fixed grid (h = 1/4, error ~ e^{−π²/h} ≈ 1e-17) is exact where Gauss-Hermite would miss the
 * step of tanh at large r; for r < 1 plain Gauss-Hermite in ξ is smooth and accurate.
 */
import { gaussHermite } from '../numerics/gaussHermite.ts';
import { logCosh } from '../numerics/special.ts';
import type { Rng } from '../numerics/rng.ts';
import type { Prior } from './types.ts';
import { softplus } from './softplus.ts';

const Q = gaussHermite(48);
const H_STEP = 0.25;
const A_MAX = 40;
const NT = 2 * Math.round(A_MAX / H_STEP) + 1;
const gridA = new Float64Array(NT);
const sechA = new Float64Array(NT);
const spA = new Float64Array(NT);
for (let k = 0; k < NT; k++) {
  const a = -A_MAX + k * H_STEP;
  gridA[k] = a;
  sechA[k] = 1 / Math.cosh(a);
  spA[k] = Math.exp(a) * softplus(-2 * a);
}

/** e^{−r/2} E_{a~N(0,r)}[h(a)] by the trapezoid rule on the fixed grid (r ≥ 1) */
function shiftedAverage(r: number, h: Float64Array): number {
  let s = 0;
  for (let k = 0; k < NT; k++) {
    const a = gridA[k];
    s += h[k] * Math.exp(-0.5 * r - (a * a) / (2 * r));
  }
  return (s * H_STEP) / Math.sqrt(2 * Math.PI * r);
}

export const binaryPrior: Prior = {
  rho: 1,
  denoise(_A, B, fa, fv) {
    for (let i = 0; i < B.length; i++) {
      const t = Math.tanh(B[i]);
      fa[i] = t;
      fv[i] = 1 - t * t;
    }
  },
  logZ0: (A, B) => logCosh(B) - A / 2,
  mmse(r) {
    if (r === Infinity) return 0;
    if (r >= 1) return shiftedAverage(r, sechA);
    const sr = Math.sqrt(r);
    let s = 0;
    for (let i = 0; i < Q.x.length; i++) s += Q.w[i] * (1 - Math.tanh(r + sr * Q.x[i]));
    return s;
  },
  psiShift(r) {
    if (r === Infinity) return -Math.LN2;
    if (r >= 1) return -Math.LN2 + shiftedAverage(r, spA);
    const sr = Math.sqrt(r);
    let s = 0;
    for (let i = 0; i < Q.x.length; i++) s += Q.w[i] * softplus(-2 * (r + sr * Q.x[i]));
    return -Math.LN2 + s;
  },
  psiShiftInf: -Math.LN2,
  sample(rng: Rng, out: Float64Array) {
    for (let i = 0; i < out.length; i++) out[i] = rng.sign();
  },
};
