/**
 * Ridge regression by an exact solve, for the finite-size runs (issue #16: "train ridge (exact solve)"):
 * ŵ = argmin ½|y − Xw|² + (λ/2)|w|² through the smaller of the two normal equations — (XᵀX + λI)w = Xᵀy when
 * n ≥ p, (XXᵀ + λI)a = y, w = Xᵀa when n < p — factorised by the ERM chapter's Cholesky (erm/linearSolvers.ts).
 * At p = 800, n = 1200 this takes ~0.6 of the time of conjugate gradients to a relative residual 1e-8 (erm/train.ts
 * trainRidge: ~150 iterations, each two passes over the 7.7 MB design, memory-bound), and it is exact to rounding.
 * The Gram matrix is the cost (min(n, p)²·max(n, p)/2 multiply-adds), so it is formed in register tiles (rowProducts.ts).
 */
import { choleskySolve } from '../erm/linearSolvers.ts';
import { trainRidge, type Trainer } from '../erm/train.ts';
import { matTVec, matVec } from '../numerics/linalg.ts';
import { rowProducts } from '../numerics/wasm/rowProducts.ts';

/** AAᵀ + λI for A r×c row-major (r×r, row-major, both triangles), by rowProducts' tiles. */
export function rowGram(A: Float64Array, r: number, c: number, lambda: number, beat?: (fraction: number) => void): Float64Array {
  const G = new Float64Array(r * r);
  rowProducts(A, r, A, r, c, G, r, true, beat);
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
 * The Trainer of erm/train.ts for ridge, solved exactly (certificate: the gradient norm |Xᵀ(Xw − y) + λw|).
 * A Gram matrix that is not numerically positive definite (λ → 0 at n = p) goes to trainRidge's conjugate gradients.
 */
export const exactRidge: Trainer = (X, n, p, y, lambda, opts = {}) => {
  const primal = n >= p;
  const k = primal ? p : n;
  const beat = (f: number) => opts.onProgress?.(0.9 * f);
  const G = primal ? rowGram(transpose(X, n, p), p, n, lambda, beat) : rowGram(X, n, p, lambda, beat);
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
};
