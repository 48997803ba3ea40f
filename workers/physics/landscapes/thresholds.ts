/**
 * Closed-form thresholds of the spiked matrix-tensor model, p = 3 (PHYSICS.md §4):
 *  - Bayes AMP from an uninformative start: θ = 1 (arXiv:1812.09066, linear stability of m = 0);
 *  - information-theoretic (IT): θ = 1 for Δp ≥ 1; for Δp < 1 the transition is first order, where the
 *    replica potential φ(m) = θm²/4 + m³/(6Δp) + ½[m + ln(1 − m)] has a second maximum as high as φ(0);
 *    0 for Δp ≤ Δp* = 0.22897 (`DP_TENSOR_IT`), where the tensor alone makes the signal detectable;
 *  - maximum-likelihood AMP: θ = [1 + √(1 + 4/Δp)]/2 (arXiv:1812.09066);
 *  - gradient flow: θ² = θ + 2/Δp, i.e. θ = [1 + √(1 + 8/Δp)]/2 (arXiv:1907.08226, 1902.00139: the
 *    threshold states with μ = 2σ get a BBP outlier iff θ > σ).
 */
import { brent } from '../numerics/roots.ts';
import { drain, type Resumable } from '../resumable.ts';
import { noiseSigma } from './model.ts';

export interface LandscapeThresholds {
  invd2_amp: number;
  invd2_it: number;
  invd2_mlamp: number;
  invd2_gf: number;
}

/**
 * g(m)/m³ where g(m) = φ(m*) at the stationary point: eliminating θ with φ'(m) = 0,
 * θ = 1/(1 − m) − m/Δp, gives g(m) = m²/(4(1 − m)) − m³/(12Δp) + ½[m + ln(1 − m)].
 * Dividing by m³ keeps the root resolvable as Δp → 1⁻, where it goes to 0 like (2/3)(1/Δp − 1).
 */
function itCriterion(m: number, dp: number): number {
  const g = (m * m) / (4 * (1 - m)) - (m * m * m) / (12 * dp) + 0.5 * (m + Math.log1p(-m));
  return g / (m * m * m);
}

/**
 * Δp* = m(1 − m) at the root m = 0.64501 of m²/(6(1 − m)) + ½[m + ln(1 − m)] = 0: the IT threshold of the
 * tensor alone (θ = 0), where φ(m) = m³/(6Δp) + ½[m + ln(1 − m)] has a second maximum as high as φ(0) = 0
 * (mpmath, 30 digits: Δp* = 0.228972839057448).
 */
export const DP_TENSOR_IT = 0.228972839057448;

/**
 * θ_IT(Δp): 1 for Δp ≥ 1, else the first-order point of the replica potential, and 0 where that point
 * would be θ < 0 (Δp < Δp*): a signal-to-noise ratio 1/Δ2 ≥ 0 has no threshold to cross when the tensor
 * alone already puts the global maximum of φ at m > 0. (The stationary-point curve θ(m) = 1/(1 − m) − m/Δp
 * continues to θ < 0 — −2.81 at Δp = 0.1 — but no matrix has a negative signal-to-noise ratio.)
 */
export function invd2It(dp: number): number {
  if (dp >= 1) return 1;
  // g/m³ → (1 − 1/Δp)/12 < 0 as m → 0 and → +∞ as m → 1: one sign change on (0, 1).
  let lo = 1e-9;
  let hi = 0.5;
  while (itCriterion(hi, dp) < 0) {
    lo = hi;
    hi = 1 - (1 - hi) / 4;
  }
  const m = brent((x) => itCriterion(x, dp), lo, hi, 1e-15).x;
  return Math.max(0, 1 / (1 - m) - m / dp);
}

export function invd2MlAmp(dp: number): number {
  return (1 + Math.sqrt(1 + 4 / dp)) / 2;
}

export function invd2Gf(dp: number): number {
  return (1 + Math.sqrt(1 + 8 / dp)) / 2;
}

/** The four thresholds (as values of 1/Δ2) at one Δp; the §5 output of `landscape-thresholds`. */
export function landscapeThresholds(dp: number): LandscapeThresholds {
  if (!(dp > 0)) throw new RangeError(`landscapeThresholds: Δp must be > 0 (got ${dp})`);
  return { invd2_amp: 1, invd2_it: invd2It(dp), invd2_mlamp: invd2MlAmp(dp), invd2_gf: invd2Gf(dp) };
}

export interface ThresholdLines {
  dp: Float64Array;
  invd2_amp: Float64Array;
  invd2_it: Float64Array;
  invd2_mlamp: Float64Array;
  invd2_gf: Float64Array;
}

/** The phase-diagram lines (Δp, 1/Δ2) over a Δp grid: one call for the whole figure. */
export function landscapeThresholdLines(dpGrid: Float64Array): ThresholdLines {
  return drain(landscapeThresholdLinesStream(dpGrid));
}

/** landscapeThresholdLines as a resumable computation: a pause after every Δp (one Brent solve), nothing offered. */
export function* landscapeThresholdLinesStream(dpGrid: Float64Array): Resumable<ThresholdLines> {
  const n = dpGrid.length;
  const out: ThresholdLines = {
    dp: Float64Array.from(dpGrid),
    invd2_amp: new Float64Array(n),
    invd2_it: new Float64Array(n),
    invd2_mlamp: new Float64Array(n),
    invd2_gf: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const t = landscapeThresholds(dpGrid[i]);
    out.invd2_amp[i] = t.invd2_amp;
    out.invd2_it[i] = t.invd2_it;
    out.invd2_mlamp[i] = t.invd2_mlamp;
    out.invd2_gf[i] = t.invd2_gf;
    if (i < n - 1) yield undefined;
  }
  return out;
}

export interface BbpPrediction {
  /** σ = √(θ + 2/Δp) */
  sigma: number;
  /** μ∞ = 2σ: the Lagrange multiplier of the marginal threshold states GF ages towards */
  mu_threshold: number;
  /** bottom of the Hessian bulk on the sphere at Lagrange multiplier μ: μ − 2σ (0 at μ = 2σ) */
  edge: number;
  /** BBP outlier μ − θ − σ²/θ (= −(θ − σ)²/θ at μ = 2σ), null when θ ≤ σ */
  outlier: number | null;
  /** squared overlap of the outlier eigenvector with x*: 1 − σ²/θ², null when θ ≤ σ */
  overlap2: number | null;
}

/**
 * The Hessian on the sphere at a state with m ≈ 0 and Lagrange multiplier μ: the noise gives a GOE
 * of variance σ²/N shifted by μ, the matrix channel a rank-one spike −θ x*x*ᵀ/N, hence the
 * Baik-Ben Arous-Péché outlier (arXiv:1907.08226, Sec. 4). Default μ = 2σ (threshold states).
 */
export function bbpPrediction(invd2: number, dp: number, mu?: number): BbpPrediction {
  const sigma = noiseSigma({ invd2, dp });
  const muAt = mu ?? 2 * sigma;
  const spiked = invd2 > sigma;
  return {
    sigma,
    mu_threshold: 2 * sigma,
    edge: muAt - 2 * sigma,
    outlier: spiked ? muAt - invd2 - (sigma * sigma) / invd2 : null,
    overlap2: spiked ? 1 - (sigma * sigma) / (invd2 * invd2) : null,
  };
}
