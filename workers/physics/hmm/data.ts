/**
 * Finite instances of the hidden manifold model (Goldt et al., PRX 2020, arXiv:1909.11500, eq. (2);
 * PHYSICS.md §7): a fixed F ∈ R^{p×d} and teacher θ0 ∈ R^d, i.i.d. N(0, 1); samples with latent
 * c ~ N(0, I_d), label y = sign(θ0·c/√d) and features x = σ(Fc/√d) − κ0 (centred: κ0 only shifts the
 * features, and with symmetric labels it drops out of the theory), or their Gaussian equivalent
 * x = κ1 Fc/√d + κ* ξ, ξ ~ N(0, I_p), drawn from the same latent c (so the two data sets differ only in
 * how the features are made). Rows are returned divided by √p: the solvers of erm/train.ts minimise
 * Σ ℓ(y, X_μ·w) + (λ/2)|w|², and the model's field is w·x/√p.
 */
import { dots4 } from '../numerics/linalg.ts';
import type { Rng } from '../numerics/rng.ts';
import { activation, kappas, type Activation } from './activations.ts';

export interface HmmInstance {
  p: number;
  d: number;
  /** p×d, row-major */
  F: Float64Array;
  theta: Float64Array;
}

export interface Samples {
  /** n×p, row-major, rows x/√p */
  X: Float64Array;
  /** the same latent samples through the Gaussian-equivalent map */
  Xgauss: Float64Array;
  y: Float64Array;
  n: number;
}

/** F, then θ0, from `rng`. */
export function drawInstance(rng: Rng, p: number, d: number): HmmInstance {
  const F = new Float64Array(p * d);
  const theta = new Float64Array(d);
  rng.fillNormal(F);
  rng.fillNormal(theta);
  return { p, d, F, theta };
}

/**
 * n samples from `rng`, per sample: c (d normals), then ξ (p normals); n·p·d multiply-adds in all.
 */
export function drawSamples(inst: HmmInstance, act: Activation, n: number, rng: Rng, onProgress?: (fraction: number) => void): Samples {
  const { p, d, F, theta } = inst;
  const sigma = activation(act);
  const { kappa0, kappa1, kappa_star } = kappas(act);
  const X = new Float64Array(n * p);
  const Xgauss = new Float64Array(n * p);
  const y = new Float64Array(n);
  const c = new Float64Array(d);
  const u = new Float64Array(p);
  const invSqrtD = 1 / Math.sqrt(d);
  const invSqrtP = 1 / Math.sqrt(p);
  for (let mu = 0; mu < n; mu++) {
    rng.fillNormal(c);
    let t = 0;
    for (let k = 0; k < d; k++) t += theta[k] * c[k];
    // t = 0 has probability zero; the sign convention only has to be fixed
    y[mu] = t >= 0 ? 1 : -1;
    preActivations(F, p, d, c, invSqrtD, u);
    const row = mu * p;
    for (let i = 0; i < p; i++) {
      X[row + i] = (sigma(u[i]) - kappa0) * invSqrtP;
      Xgauss[row + i] = (kappa1 * u[i] + kappa_star * rng.normal()) * invSqrtP;
    }
    // a heartbeat every 4·10⁶ multiply-adds (the pool's liveness, the CLI's time budget)
    if (onProgress && (mu + 1) % Math.max(1, Math.floor(4e6 / (p * d))) === 0) onProgress((mu + 1) / n);
  }
  return { X, Xgauss, y, n };
}

/** dots4's four sums (preActivations runs synchronously: one block for every call). */
const acc4 = new Float64Array(4);

/**
 * u = Fc/√d. Four rows of F per pass over c (numerics/linalg.ts dots4): each c[k] is loaded once for four
 * multiply-adds, 1.7× faster than one row at a time in V8 (p = 800, d = 400). Summation order per row is plain k = 0..d−1.
 */
function preActivations(F: Float64Array, p: number, d: number, c: Float64Array, scale: number, u: Float64Array): void {
  let i = 0;
  for (; i + 3 < p; i += 4) {
    const f0 = i * d;
    dots4(F, f0, F, f0 + d, F, f0 + 2 * d, F, f0 + 3 * d, d, c, acc4);
    for (let q = 0; q < 4; q++) u[i + q] = acc4[q] * scale;
  }
  for (; i < p; i++) {
    const fi = i * d;
    let s = 0;
    for (let k = 0; k < d; k++) s += F[fi + k] * c[k];
    u[i] = s * scale;
  }
}

/** Fraction of samples whose label differs from sign(X_μ·w) (X already scaled by 1/√p). */
export function classificationError(X: Float64Array, y: Float64Array, n: number, p: number, w: Float64Array): number {
  let wrong = 0;
  for (let mu = 0; mu < n; mu++) {
    let z = 0;
    const row = mu * p;
    for (let i = 0; i < p; i++) z += X[row + i] * w[i];
    if ((z >= 0 ? 1 : -1) !== y[mu]) wrong++;
  }
  return wrong / n;
}
