/**
 * Ridge regression by an exact solve, for the finite-size runs (issue #16: "train ridge (exact solve)"):
 * ŵ = argmin ½|y − Xw|² + (λ/2)|w|² through the smaller of the two normal equations — (XᵀX + λI)w = Xᵀy when
 * n ≥ p, (XXᵀ + λI)a = y, w = Xᵀa when n < p — factorised by the ERM chapter's Cholesky (erm/linearSolvers.ts).
 * At p = 800, n = 1200 this takes ~0.6 of the time of conjugate gradients to a relative residual 1e-8 (erm/train.ts
 * trainRidge: ~150 iterations, each two passes over the 7.7 MB design, memory-bound), and it is exact to rounding.
 * The Gram matrix is the cost (min(n, p)²·max(n, p)/2 multiply-adds), so it is formed in register tiles.
 */
import { choleskySolve } from '../erm/linearSolvers.ts';
import { trainRidge, type Trainer } from '../erm/train.ts';
import { matTVec, matVec } from '../numerics/linalg.ts';

/**
 * AAᵀ + λI for A r×c row-major (r×r, row-major, both triangles): tiles of two rows × four rows of A, eight
 * running sums over one pass of the c columns (six loads for eight multiply-adds). `beat` is called every 32 rows.
 */
export function rowGram(A: Float64Array, r: number, c: number, lambda: number, beat?: (fraction: number) => void): Float64Array {
  const G = new Float64Array(r * r);
  const dotRows = (i: number, j: number) => {
    let s = 0;
    for (let k = 0, a = i * c, b = j * c; k < c; k++) s += A[a + k] * A[b + k];
    return s;
  };
  for (let i = 0; i < r; i += 2) {
    if (i + 1 === r) {
      for (let j = i; j < r; j++) G[i * r + j] = dotRows(i, j);
      break;
    }
    const a = i * c;
    const b = a + c;
    // the 2×2 block on the diagonal, then tiles of four to its right
    G[i * r + i] = dotRows(i, i);
    G[i * r + i + 1] = dotRows(i, i + 1);
    G[(i + 1) * r + i + 1] = dotRows(i + 1, i + 1);
    let j = i + 2;
    for (; j + 3 < r; j += 4) {
      const c0 = j * c;
      const c1 = c0 + c;
      const c2 = c1 + c;
      const c3 = c2 + c;
      let a0 = 0;
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      let b0 = 0;
      let b1 = 0;
      let b2 = 0;
      let b3 = 0;
      for (let k = 0; k < c; k++) {
        const x = A[a + k];
        const y = A[b + k];
        const g0 = A[c0 + k];
        const g1 = A[c1 + k];
        const g2 = A[c2 + k];
        const g3 = A[c3 + k];
        a0 += x * g0;
        a1 += x * g1;
        a2 += x * g2;
        a3 += x * g3;
        b0 += y * g0;
        b1 += y * g1;
        b2 += y * g2;
        b3 += y * g3;
      }
      const ri = i * r + j;
      const rb = ri + r;
      G[ri] = a0;
      G[ri + 1] = a1;
      G[ri + 2] = a2;
      G[ri + 3] = a3;
      G[rb] = b0;
      G[rb + 1] = b1;
      G[rb + 2] = b2;
      G[rb + 3] = b3;
    }
    for (; j < r; j++) {
      G[i * r + j] = dotRows(i, j);
      G[(i + 1) * r + j] = dotRows(i + 1, j);
    }
    if (beat && i % 32 === 0) beat(i / r);
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
