/**
 * Finite-size check of the separability threshold (separability.ts): is a drawn training set of the hidden
 * manifold model linearly separable? Each answer comes with a certificate.
 * - Separable: a w with y_μ x_μ·w > 0 for every μ: the logistic iterate below, whose norm grows along a separating
 *   direction when there is one (measured at p = 400, sign, γ = 0.5, α = 2.7: every margin positive after 14 Newton
 *   steps; the hard-margin SVM by dual coordinate descent, tried first, had not separated after 300 epochs).
 * - Not separable: Farkas' lemma — a ≥ 0, Σa > 0 with |Σ_μ a_μ y_μ x_μ| ≤ ε Σa bounds every unit w's smallest
 *   margin min_μ y_μ x_μ·w by ε. Unregularised logistic regression (trainLogistic at λ = 0) has a finite minimiser
 *   exactly when the data are not separable, and at it the gradient −Σ_μ y_μ σ(−y_μ z_μ) x_μ = 0 is such a vector
 *   with a_μ = σ(−y_μ z_μ); ε is the gradient norm over Σa, ~1e-10 at Newton's tolerance, against margins ~1e-2 of
 *   separable sets at this size.
 * A set that yields neither is counted as undecided.
 */
import { trainLogistic } from '../erm/train.ts';
import type { ProgressFn } from '../manifest.ts';
import { matTVec, matVec } from '../numerics/linalg.ts';
import { childSeed, Rng } from '../numerics/rng.ts';
import { sigmoid } from '../numerics/special.ts';
import type { Activation } from './activations.ts';
import { drawInstance, drawSamples } from './data.ts';
import { sizes } from './sim.ts';

/** Farkas bound below which a set counts as not separable (rows have norm ~ κ1² + κ*² ~ 1). */
export const FARKAS_EPS = 1e-8;
/**
 * Unregularised logistic regression in rounds of STEPS Newton steps (warm-started), each round followed by both
 * checks: non-separable sets converge in ~10 steps at p = 400; on separable ones the late steps are the costly
 * ones (the Hessian σ(z)σ(−z) vanishes and CG runs long), so stopping at the first separating iterate saves most.
 */
const STEPS = 4;
const ROUNDS = 6;

export type Verdict = 'separable' | 'not-separable' | 'undecided';

/** Separable or not, with the certificates of the header; `onProgress` beats inside every Newton step. */
export function separabilityVerdict(X: Float64Array, n: number, p: number, y: Float64Array, onProgress?: ProgressFn): Verdict {
  let w: Float64Array | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    w = trainLogistic(X, n, p, y, 0, { maxIter: STEPS, w0: w, onProgress: (f) => onProgress?.((round + f) / ROUNDS) }).w;
    const z = matVec(X, n, p, w, new Float64Array(n));
    const a = new Float64Array(n);
    let sum = 0;
    let margin = Infinity;
    for (let mu = 0; mu < n; mu++) {
      const s = sigmoid(-y[mu] * z[mu]);
      a[mu] = y[mu] * s;
      sum += s;
      margin = Math.min(margin, y[mu] * z[mu]);
    }
    if (margin > 0) return 'separable';
    const g = matTVec(X, n, p, a, new Float64Array(p));
    let g2 = 0;
    for (let i = 0; i < p; i++) g2 += g[i] * g[i];
    if (Math.sqrt(g2) <= FARKAS_EPS * sum) return 'not-separable';
  }
  return 'undecided';
}

export interface SeparableSim {
  alpha: number;
  gamma: number;
  p: number;
  n_runs: number;
  /** fraction of the decided runs that were separable */
  separable_fraction: number;
  undecided: number;
}

/** σ(FC) training sets at (α, γ, p), seed s from childSeed(seed, s) as in sim.ts: how many are separable. */
export function separableSim(act: Activation, gamma: number, { alpha, p, seed, seeds }: { alpha: number; p: number; seed: number; seeds: number }, onProgress?: ProgressFn): SeparableSim {
  const { d, n } = sizes(gamma, alpha, p);
  let separable = 0;
  let undecided = 0;
  for (let s = 0; s < seeds; s++) {
    const rng = new Rng(childSeed(seed, s));
    const data = drawSamples(drawInstance(rng, p, d), act, n, rng, (f) => onProgress?.((s + 0.5 * f) / seeds));
    const v = separabilityVerdict(data.X, n, p, data.y, (f) => onProgress?.((s + 0.5 + 0.5 * f) / seeds));
    if (v === 'separable') separable++;
    if (v === 'undecided') undecided++;
    onProgress?.((s + 1) / seeds);
  }
  const decided = seeds - undecided;
  return { alpha, gamma, p, n_runs: seeds, separable_fraction: decided > 0 ? separable / decided : NaN, undecided };
}
