/**
 * The top (largest algebraic) eigenpair of a symmetric operator given only by its products, by Lanczos
 * with full reorthogonalisation (Golub & Van Loan, Matrix Computations, 4th ed., Alg. 10.1.1 + §10.3.1):
 * the spectral methods never form more than the operator's factors. The Ritz pair of the m×m
 * tridiagonal (numerics/symEig.ts) converges to an outlier separated from the bulk in a few tens of steps.
 * Resumable (../resumable.ts): a pause after every product with the operator (one product with M = Y/√p takes
 * ~6 ms at p = 2000, LAMP's ~12 ms), where a worker can take a cancel.
 */
import { symEig } from '../numerics/symEig.ts';
import type { Rng } from '../numerics/rng.ts';
import type { Resumable } from '../resumable.ts';

export type SymOperator = (x: Float64Array, out: Float64Array) => void;

export interface Eigenpair {
  value: number;
  vector: Float64Array;
}

export function* topEigenpairStream(op: SymOperator, n: number, steps: number, rng: Rng): Resumable<Eigenpair, never> {
  const m = Math.min(n, steps);
  const Q: Float64Array[] = [];
  const alpha: number[] = [];
  const beta: number[] = [];
  let q = new Float64Array(n);
  rng.fillNormal(q);
  const n0 = Math.sqrt(q.reduce((s, x) => s + x * x, 0));
  for (let i = 0; i < n; i++) q[i] /= n0;
  const w = new Float64Array(n);
  for (let j = 0; j < m; j++) {
    Q.push(q);
    op(q, w);
    let a = 0;
    for (let i = 0; i < n; i++) a += w[i] * q[i];
    alpha.push(a);
    // full reorthogonalisation against every stored vector (twice is enough: Kahan-Parlett)
    for (let pass = 0; pass < 2; pass++) {
      for (const u of Q) {
        let c = 0;
        for (let i = 0; i < n; i++) c += w[i] * u[i];
        for (let i = 0; i < n; i++) w[i] -= c * u[i];
      }
    }
    let b = 0;
    for (let i = 0; i < n; i++) b += w[i] * w[i];
    b = Math.sqrt(b);
    if (j === m - 1 || b < 1e-12 * Math.abs(a)) break;
    beta.push(b);
    q = new Float64Array(n);
    for (let i = 0; i < n; i++) q[i] = w[i] / b;
    yield undefined;
  }
  const k = alpha.length;
  const T = new Float64Array(k * k);
  for (let j = 0; j < k; j++) {
    T[j * k + j] = alpha[j];
    if (j + 1 < k) {
      T[j * k + j + 1] = beta[j];
      T[(j + 1) * k + j] = beta[j];
    }
  }
  const e = symEig(T, k);
  const vector = new Float64Array(n);
  for (let j = 0; j < k; j++) {
    const s = e.vectors[j * k + (k - 1)];
    const u = Q[j];
    for (let i = 0; i < n; i++) vector[i] += s * u[i];
  }
  return { value: e.values[k - 1], vector };
}
