/**
 * The feature maps σ of the hidden manifold model, x = σ(Fc/√d) (Goldt, Mézard, Krzakala, Zdeborová,
 * PRX 10, 041044 (2020), arXiv:1909.11500, eq. (2)), and their Gaussian-equivalence coefficients
 * (ibid. eq. (9); Gerace et al., ICML 2020, arXiv:2002.09339, eq. (2.4); PHYSICS.md §7):
 *   κ0 = E σ(z),  κ1 = E z σ(z),  κ*² = E σ(z)² − κ0² − κ1²,  z ~ N(0, 1),
 * so that x ≈ κ0 + κ1 Fc/√d + κ* ξ with ξ ~ N(0, I_p) independent.
 */
import { erf } from '../numerics/special.ts';
import { gaussHermite } from '../numerics/gaussHermite.ts';
import type { ParamsOf } from '../schema.ts';
import type { hmmParams } from './params.ts';

export type Activation = ParamsOf<typeof hmmParams>['act'];
export const ACTIVATIONS: readonly Activation[] = ['erf', 'sign', 'relu', 'tanh'];

export interface Kappas {
  kappa0: number;
  kappa1: number;
  kappa_star: number;
}

/** σ(u) elementwise (the page's "erf" is erf(u) itself, as in Gerace et al., not the sgd chapter's erf(u/√2)). */
export function activation(act: Activation): (u: number) => number {
  switch (act) {
    case 'erf':
      return erf;
    case 'sign':
      // u = 0 has probability zero; Math.sign would give 0 there, which no ±1 feature takes
      return (u) => (u >= 0 ? 1 : -1);
    case 'relu':
      return (u) => (u > 0 ? u : 0);
    case 'tanh':
      return Math.tanh;
  }
}

/**
 * tanh has no closed form: Gauss-Hermite with 160 nodes. tanh is analytic in the strip |Im z| < π/2, so
 * the error decays like exp(−π√(2n)) (≈ 1e-24 here): the 1e-12 test against mpmath has margin.
 */
const TANH_NODES = 160;

function tanhKappas(): Kappas {
  const { x, w } = gaussHermite(TANH_NODES);
  let k1 = 0;
  let s2 = 0;
  for (let i = 0; i < x.length; i++) {
    const t = Math.tanh(x[i]);
    k1 += w[i] * x[i] * t;
    s2 += w[i] * t * t;
  }
  // tanh is odd: κ0 = 0 exactly (quadrature gives it to rounding)
  return { kappa0: 0, kappa1: k1, kappa_star: Math.sqrt(s2 - k1 * k1) };
}

/** κ0, κ1, κ* in closed form where it exists (PHYSICS.md §7), by quadrature for tanh. */
export function kappas(act: Activation): Kappas {
  switch (act) {
    case 'erf':
      // E erf(z)² = (2/π) arcsin(2/3) (erf(z) = 2Φ(√2 z) − 1 and the orthant formula)
      return { kappa0: 0, kappa1: 2 / Math.sqrt(3 * Math.PI), kappa_star: Math.sqrt((2 / Math.PI) * Math.asin(2 / 3) - 4 / (3 * Math.PI)) };
    case 'sign':
      return { kappa0: 0, kappa1: Math.sqrt(2 / Math.PI), kappa_star: Math.sqrt(1 - 2 / Math.PI) };
    case 'relu':
      return { kappa0: 1 / Math.sqrt(2 * Math.PI), kappa1: 0.5, kappa_star: Math.sqrt((Math.PI - 2) / (4 * Math.PI)) };
    case 'tanh':
      return tanhKappas();
  }
}
