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
import { drain, type Resumable } from '../resumable.ts';
import { clipEg } from './curve.ts';
import { sgdOdeStream, type SgdOdeResult } from './sgdOde.ts';
import { DEFAULT_INIT, DEFAULT_SEED } from './setup.ts';

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

/**
 * Veiga et al.'s normalisation of the second layer on the ODEs of odes.ts: student (1/K)Σ g, teacher
 * (1/M)Σ g, i.e. v = 1/K fixed, v* = 1/M, and their learning rate γ0 as η = γ0·K (the 1/K of the output
 * is carried by v in our update). σ² is their Δ.
 */
export function veigaNormalisation(K: number, M: number, gamma0: number): { vFixed: number; vStar: number; eta: number } {
  return { vFixed: 1 / K, vStar: 1 / M, eta: gamma0 * K };
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
  return drain(sgdPhaseCurveStream(c, alphaMax, nOut));
}

/** sgdPhaseCurve as a resumable computation (the solve's pauses); sgdPhaseCurve drains it. */
export function* sgdPhaseCurveStream(c: PhaseCurveParams, alphaMax: number, nOut = 60): Resumable<(SgdOdeResult & { region: VeigaRegion }) | null> {
  const region = veigaRegion(c.kappa, c.delta);
  if (region === 'none') return null;
  const p = c.p ?? 8, k = c.k ?? 4;
  const res = yield* sgdOdeStream(
    {
      K: p, M: k, act: c.act ?? 'erf', sigma: Math.sqrt(c.Delta), both: 0, ...veigaNormalisation(p, k, c.gamma0 ?? 1),
      init: c.init ?? DEFAULT_INIT, seed: c.seed ?? DEFAULT_SEED,
    },
    alphaMax,
    nOut,
    undefined,
    { terms: region === 'perfect' ? 'drift' : region === 'bad' ? 'noise' : 'full' },
  );
  return { ...res, region };
}

/** Polygon of a (κ, δ) region inside the box [−1, 1]², labelled by veigaRegion at its centroid. */
export interface VeigaPolygon {
  region: VeigaRegion;
  kappa: Float64Array;
  delta: Float64Array;
}

/**
 * The regions are bounded by the lines κ + δ = 0 and κ + δ = −½; inside the drawn box [−1, 1]² they are
 * these polygons (perfect, bad, none). κ + δ = 0 itself (the noise plateau) is a line: VEIGA_PLATEAU_LINE.
 */
const BOX_POLYGONS: readonly (readonly [number, number])[][] = [
  [[-1, 1], [1, 1], [1, -1]],
  [[-1, 1], [1, -1], [0.5, -1], [-1, 0.5]],
  [[-1, 0.5], [0.5, -1], [-1, -1]],
];

export function veigaPolygons(): VeigaPolygon[] {
  return BOX_POLYGONS.map((pts) => {
    const ck = pts.reduce((s, p) => s + p[0], 0) / pts.length;
    const cd = pts.reduce((s, p) => s + p[1], 0) / pts.length;
    return { region: veigaRegion(ck, cd), kappa: Float64Array.from(pts, (p) => p[0]), delta: Float64Array.from(pts, (p) => p[1]) };
  });
}

/** The marginal line κ + δ = 0 (the noise-plateau limit) across the box [−1, 1]². */
export function veigaPlateauLine(): { kappa: Float64Array; delta: Float64Array } {
  return { kappa: Float64Array.of(-1, 1), delta: Float64Array.of(1, -1) };
}

/** The limit ODE depends on the region only: one representative κ (at δ = 0) per region with a deterministic limit. */
const REGION_KAPPA: readonly [VeigaRegion, number][] = [['perfect', 0.5], ['plateau', 0], ['bad', -0.25]];

export interface SgdVeigaParams {
  kappa: number;
  delta: number;
  /** label-noise std σ of the chapter: Δ = σ² */
  sigma: number;
  act: Act;
}

export interface SgdVeigaResult {
  region: VeigaRegion;
  time_exponent: number | null;
  /** label-noise variance Δ = σ² */
  Delta: number;
  polygons: VeigaPolygon[];
  plateau_line: { kappa: Float64Array; delta: Float64Array };
  /** each region's limit ODE at p = 8, k = 4 (ε_g clipped at EG_FLOOR) */
  curves: { region: VeigaRegion; alpha: Float64Array; eg: Float64Array }[];
}

/**
 * Figure 4 (Veiga et al. 2022, Fig. 1): the region polygons, the reader's point (region, time exponent)
 * and the learning curve of each region's limit ODE at p = 8, k = 4, to alphaMax on nOut points.
 */
export function sgdVeiga(c: SgdVeigaParams, alphaMax: number, nOut: number): SgdVeigaResult {
  return drain(sgdVeigaStream(c, alphaMax, nOut));
}

/**
 * sgdVeiga as a resumable computation (the worker's job): the three limit ODEs one after another, pausing in their
 * steps; nothing offered (the figure draws no partial theory). sgdVeiga drains it.
 */
export function* sgdVeigaStream(c: SgdVeigaParams, alphaMax: number, nOut: number): Resumable<SgdVeigaResult> {
  const Delta = c.sigma * c.sigma;
  const curves: SgdVeigaResult['curves'] = [];
  for (const [region, kappa] of REGION_KAPPA) {
    const r = (yield* sgdPhaseCurveStream({ kappa, delta: 0, Delta, act: c.act }, alphaMax, nOut))!;
    curves.push({ region, alpha: r.alpha, eg: clipEg(r.eg) });
  }
  return {
    region: veigaRegion(c.kappa, c.delta),
    time_exponent: veigaTimeExponent(c.kappa, c.delta),
    Delta,
    polygons: veigaPolygons(),
    plateau_line: veigaPlateauLine(),
    curves,
  };
}
