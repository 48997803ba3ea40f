/**
 * Finite instances of the hidden manifold model (Goldt et al., PRX 2020, arXiv:1909.11500, eq. (2);
 * PHYSICS.md §7): a fixed F ∈ R^{p×d} and teacher θ0 ∈ R^d, i.i.d. N(0, 1); samples with latent
 * c ~ N(0, I_d), label y = sign(θ0·c/√d) and features x = σ(Fc/√d) − κ0 (centred: κ0 only shifts the
 * features, and with symmetric labels it drops out of the theory), or their Gaussian equivalent
 * x = κ1 Fc/√d + κ* ξ, ξ ~ N(0, I_p), drawn from the same latent c (so the two data sets differ only in
 * how the features are made). Rows are returned divided by √p: the solvers of erm/train.ts minimise
 * Σ ℓ(y, X_μ·w) + (λ/2)|w|², and the model's field is w·x/√p.
 */
import type { Rng } from '../numerics/rng.ts';
import { drain, type Resumable } from '../resumable.ts';
import { activation, kappas, type Activation } from './activations.ts';
import { RowOperand } from '../numerics/wasm/rowProducts.ts';

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

/** Samples per block of drawSamples: their latents are drawn first, then multiplied by F together. */
const BLOCK = 16;

/**
 * n samples from `rng`, per sample: c (d normals), then ξ (p normals); n·p·d multiply-adds in all. The draws
 * keep that per-sample order; the products U = CFᵀ/√d are then formed BLOCK samples at a time (rowProducts.ts), so
 * that each row of F is loaded once per block rather than once per sample; each u has the plain dot product's bits.
 */
export function drawSamples(inst: HmmInstance, act: Activation, n: number, rng: Rng, onProgress?: (fraction: number) => void): Samples {
  return drain(drawSamplesStream(inst, act, n, rng, onProgress));
}

/** drawSamples, resumable (../resumable.ts): a pause after every block; stopped, it frees F's packed copy. */
export function* drawSamplesStream(inst: HmmInstance, act: Activation, n: number, rng: Rng, onProgress?: (fraction: number) => void): Resumable<Samples> {
  const { p, d, F, theta } = inst;
  const sigma = activation(act);
  const { kappa0, kappa1, kappa_star } = kappas(act);
  const X = new Float64Array(n * p);
  const Xgauss = new Float64Array(n * p);
  const y = new Float64Array(n);
  const C = new Float64Array(BLOCK * d);
  const Xi = new Float64Array(BLOCK * p);
  const U = new Float64Array(BLOCK * p);
  const invSqrtD = 1 / Math.sqrt(d);
  const invSqrtP = 1 / Math.sqrt(p);
  // a heartbeat every ~4·10⁶ multiply-adds (the pool's liveness, the CLI's time budget)
  const beat = Math.max(1, Math.round(4e6 / (p * d * BLOCK)));
  const Fop = new RowOperand(F, p, d);
  try {
    for (let b0 = 0, block = 0; b0 < n; b0 += BLOCK, block++) {
      const m = Math.min(BLOCK, n - b0);
      for (let j = 0; j < m; j++) {
        const c = C.subarray(j * d, (j + 1) * d);
        rng.fillNormal(c);
        let t = 0;
        for (let k = 0; k < d; k++) t += theta[k] * c[k];
        // t = 0 has probability zero; the sign convention only has to be fixed
        y[b0 + j] = t >= 0 ? 1 : -1;
        rng.fillNormal(Xi.subarray(j * p, (j + 1) * p));
      }
      Fop.products(C, m, U, p);
      for (let j = 0; j < m; j++) {
        const row = (b0 + j) * p;
        const r = j * p;
        for (let i = 0; i < p; i++) {
          const u = U[r + i] * invSqrtD;
          X[row + i] = (sigma(u) - kappa0) * invSqrtP;
          Xgauss[row + i] = (kappa1 * u + kappa_star * Xi[r + i]) * invSqrtP;
        }
      }
      if (onProgress && (block + 1) % beat === 0) onProgress((b0 + m) / n);
      if (b0 + m < n) yield undefined;
    }
  } finally {
    Fop.dispose();
  }
  return { X, Xgauss, y, n };
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
