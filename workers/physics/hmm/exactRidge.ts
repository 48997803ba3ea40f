/**
 * Ridge regression by an exact solve, for the finite-size runs (issue #16: "train ridge (exact solve)"):
 * ŵ = argmin ½|y − Xw|² + (λ/2)|w|² through the smaller of the two normal equations — (XᵀX + λI)w = Xᵀy when
 * n ≥ p, (XXᵀ + λI)a = y, w = Xᵀa when n < p — factorised by the ERM chapter's Cholesky (erm/linearSolvers.ts).
 * At p = 800, n = 1200 this takes ~0.6 of the time of conjugate gradients to a relative residual 1e-8 (erm/train.ts
 * trainRidge: ~150 iterations, each two passes over the 7.7 MB design, memory-bound), and it is exact to rounding.
 * The Gram matrix is the cost (min(n, p)²·max(n, p)/2 multiply-adds), so it is formed in register tiles (rowProducts.ts),
 * in panels of rows with a pause between two (resumable, ../resumable.ts: at p = 200, n = 1600 the Gram takes tens of
 * milliseconds); the Cholesky factorisation and the products after it do not pause.
 */
import { choleskySolve } from '../erm/linearSolvers.ts';
import { trainRidge, type Trainer, type TrainOptions, type TrainResult } from '../erm/train.ts';
import { matTVec, matVec } from '../numerics/linalg.ts';
import { rowProducts } from '../numerics/wasm/rowProducts.ts';
import { drain, type Resumable } from '../resumable.ts';

/**
 * Rows of the Gram per panel: panel [i0, i1) is rows i0.. of A against rows i0.. (the upper triangle), each panel
 * packing its right operand anew — 1/PANEL more work than one call, for a pause every ~2·10⁷ multiply-adds at
 * p = 200, n = 1600. Every entry keeps the plain dot product's bits, whatever the panels (rowProducts.ts).
 */
const PANEL = 16;

/** AAᵀ + λI for A r×c row-major (r×r, row-major, both triangles), by rowProducts' tiles: rowGramStream run to its end. */
export function rowGram(A: Float64Array, r: number, c: number, lambda: number, beat?: (fraction: number) => void): Float64Array {
  return drain(rowGramStream(A, r, c, lambda, beat));
}

/** rowGram, resumable: a pause after every panel of PANEL rows. */
function* rowGramStream(A: Float64Array, r: number, c: number, lambda: number, beat?: (fraction: number) => void): Resumable<Float64Array> {
  const G = new Float64Array(r * r);
  for (let i0 = 0; i0 < r; i0 += PANEL) {
    const i1 = Math.min(r, i0 + PANEL);
    // out[i·r + j] of the panel is G[(i0 + i)·r + i0 + j]: row i0 + i against row i0 + j, j ≥ i
    rowProducts(A.subarray(i0 * c, i1 * c), i1 - i0, A.subarray(i0 * c), r - i0, c, G.subarray(i0 * r + i0), r, true);
    beat?.(i1 / r);
    if (i1 < r) yield undefined;
  }
  for (let i = 0; i < r; i++) {
    G[i * r + i] += lambda;
    for (let j = 0; j < i; j++) G[i * r + j] = G[j * r + i];
  }
  return G;
}

/** Xᵀ (c×r row-major) of X r×c row-major. */
function transpose(X: Float64Array, r: number, c: number): Float64Array {
  const T = new Float64Array(r * c);
  for (let mu = 0; mu < r; mu++) for (let i = 0, row = mu * c; i < c; i++) T[i * r + mu] = X[row + i];
  return T;
}

/**
 * The Trainer of erm/train.ts for ridge, solved exactly (certificate: the gradient norm |Xᵀ(Xw − y) + λw|), as a
 * resumable computation (the Gram's panels). A Gram matrix that is not numerically positive definite (λ → 0 at
 * n = p) goes to trainRidge's conjugate gradients.
 */
export function* exactRidgeStream(X: Float64Array, n: number, p: number, y: Float64Array, lambda: number, opts: TrainOptions = {}): Resumable<TrainResult> {
  const primal = n >= p;
  const k = primal ? p : n;
  const beat = (f: number) => opts.onProgress?.(0.9 * f);
  const G = yield* (primal ? rowGramStream(transpose(X, n, p), p, n, lambda, beat) : rowGramStream(X, n, p, lambda, beat));
  const x = choleskySolve(G, k, primal ? matTVec(X, n, p, y, new Float64Array(p)) : Float64Array.from(y));
  if (!x) return trainRidge(X, n, p, y, lambda, opts);
  const w = primal ? x : matTVec(X, n, p, x, new Float64Array(p));
  const r = matVec(X, n, p, w, new Float64Array(n));
  for (let mu = 0; mu < n; mu++) r[mu] -= y[mu];
  const g = matTVec(X, n, p, r, new Float64Array(p));
  let g2 = 0;
  for (let i = 0; i < p; i++) g2 += (g[i] + lambda * w[i]) ** 2;
  opts.onProgress?.(1);
  return { w, iterations: 1, certificate: Math.sqrt(g2), converged: true };
}

/** exactRidgeStream run to its end: erm/train.ts's Trainer signature (bench, tests). */
export const exactRidge: Trainer = (X, n, p, y, lambda, opts) => drain(exactRidgeStream(X, n, p, y, lambda, opts));
