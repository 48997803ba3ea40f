/**
 * Veiga, Stephan, Loureiro, Krzakala & Zdeborová 2022 (arXiv:2202.00293): learning-rate γ = γ0/d^δ and
 * width p ~ d^κ scalings of one-pass SGD (first layer only, student (1/p)Σ g, teacher (1/k)Σ g + √Δ ξ).
 * The sign of κ + δ decides the d → ∞ limit (their Fig. 1 / Table 1):
 *   κ + δ > 0        perfect learning: gradient-flow terms only, time scale d^{1+κ+δ};
 *   κ + δ = 0        the full Saad-Solla ODEs, noise plateau ∝ Δ (≈ 0.114·Δ for p = 8, k = 4, γ0 = 1);
 *   −½ < κ + δ < 0   bad learning: only the O(γ²) noise terms, R frozen, time scale d^{1+2(κ+δ)};
 *   κ + δ ≤ −½       no deterministic ODE limit.
 * The ODE maps with v = 1/p, v* = 1/k, σ² = Δ and η = γ0·p (our update carries v_k = 1/p explicitly).
 */
import type { Act } from './activations.ts';
import { sgdOde, type SgdOdeResult } from './sgdOde.ts';

export type VeigaRegion = 'perfect' | 'plateau' | 'bad' | 'none';
/** numeric codes of the regions in phase-diagram grids */
export const REGION_CODES: readonly VeigaRegion[] = ['perfect', 'plateau', 'bad', 'none'];

/** |κ + δ| below this counts as the marginal line κ + δ = 0 */
const LINE_TOL = 1e-9;

export function veigaRegion(kappa: number, delta: number): VeigaRegion {
  const s = kappa + delta;
  if (Math.abs(s) <= LINE_TOL) return 'plateau';
  if (s > 0) return 'perfect';
  return s > -0.5 ? 'bad' : 'none';
}

/** Exponent e of the learning time scale d^e (steps), null where there is no deterministic limit. */
export function veigaTimeExponent(kappa: number, delta: number): number | null {
  const region = veigaRegion(kappa, delta);
  const s = kappa + delta;
  if (region === 'perfect') return 1 + s;
  if (region === 'plateau') return 1;
  if (region === 'bad') return 1 + 2 * s;
  return null;
}

export interface SgdPhaseResult {
  kappa: Float64Array;
  delta: Float64Array;
  /** nDelta × nKappa row-major (row = δ), index into REGION_CODES */
  region: Float64Array;
  /** nDelta × nKappa, NaN where no limit exists */
  time_exponent: Float64Array;
}

/** The (κ, δ) region map on the given axes. */
export function sgdPhase(kappa: Float64Array, delta: Float64Array): SgdPhaseResult {
  const nk = kappa.length, nd = delta.length;
  const region = new Float64Array(nk * nd);
  const time = new Float64Array(nk * nd);
  for (let j = 0; j < nd; j++) {
    for (let i = 0; i < nk; i++) {
      region[j * nk + i] = REGION_CODES.indexOf(veigaRegion(kappa[i], delta[j]));
      time[j * nk + i] = veigaTimeExponent(kappa[i], delta[j]) ?? NaN;
    }
  }
  return { kappa: kappa.slice(), delta: delta.slice(), region, time_exponent: time };
}

export interface PhaseCurveParams {
  kappa: number;
  delta: number;
  /** student and teacher widths of the illustration (default p = 8, k = 4) */
  p?: number;
  k?: number;
  gamma0?: number;
  /** teacher label-noise variance Δ */
  Delta: number;
  act?: Act;
  init?: number;
  seed?: number;
}

/**
 * A small learning curve for the region of (κ, δ): the ODE of that limit (drift and/or noise terms) at
 * p = 8, k = 4, η = γ0·p. Null in the region without a deterministic limit.
 */
export function sgdPhaseCurve(c: PhaseCurveParams, alphaMax: number, nOut = 60): (SgdOdeResult & { region: VeigaRegion }) | null {
  const region = veigaRegion(c.kappa, c.delta);
  if (region === 'none') return null;
  const p = c.p ?? 8, k = c.k ?? 4;
  const res = sgdOde(
    {
      K: p, M: k, act: c.act ?? 'erf', eta: (c.gamma0 ?? 1) * p, sigma: Math.sqrt(c.Delta), both: 0,
      vFixed: 1 / p, vStar: 1 / k, init: c.init ?? 1e-3, seed: c.seed ?? 1,
    },
    alphaMax,
    nOut,
    undefined,
    { terms: region === 'perfect' ? 'drift' : region === 'bad' ? 'noise' : 'full' },
  );
  return { ...res, region };
}
