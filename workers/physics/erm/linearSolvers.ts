/**
 * Symmetric positive-definite solves for the ERM trainers: preconditioned conjugate gradients on an
 * operator (Hestenes & Stiefel 1952; Nocedal & Wright, Numerical Optimization, Alg. 5.3) and a dense
 * Cholesky factorisation (Golub & Van Loan, Alg. 4.2.1) for systems too ill-conditioned for CG (the
 * minimum-norm least-squares problem at n ≈ d, where the Marchenko-Pastur spectrum reaches 0).
 */
import { f64View, type WasmKernels } from '../numerics/wasm/kernels.ts';
import { packRowPairs, rowKernels } from '../numerics/wasm/rowProducts.ts';
import { drain, type Resumable } from '../resumable.ts';

/** out = A v for a symmetric positive-definite A. */
export type SpdOperator = (v: Float64Array, out: Float64Array) => void;

export interface CgResult {
  iterations: number;
  /** |b − A x|₂ at exit */
  residual: number;
  converged: boolean;
}

/**
 * Solves A x = b from the x passed in (warm start), until |b − A x| ≤ tol·|b|. `diag` (optional) is
 * a Jacobi preconditioner: the diagonal of A.
 */
export function conjugateGradient(...args: Parameters<typeof conjugateGradientStream>): CgResult {
  return drain(conjugateGradientStream(...args));
}

/** conjugateGradient pausing after every iteration (one product with the operator: a training job reads its cancel there). */
export function* conjugateGradientStream(
  apply: SpdOperator,
  b: Float64Array,
  x: Float64Array,
  tol: number,
  maxIter: number,
  diag?: Float64Array,
  onIteration?: (iteration: number) => void,
): Resumable<CgResult, never> {
  const k = b.length;
  const r = new Float64Array(k);
  const z = new Float64Array(k);
  const p = new Float64Array(k);
  const Ap = new Float64Array(k);
  apply(x, Ap);
  let bNorm = 0;
  for (let i = 0; i < k; i++) {
    r[i] = b[i] - Ap[i];
    bNorm += b[i] * b[i];
  }
  bNorm = Math.sqrt(bNorm);
  const target = tol * (bNorm > 0 ? bNorm : 1);
  const precondition = (): number => {
    let rz = 0;
    for (let i = 0; i < k; i++) {
      z[i] = diag ? r[i] / diag[i] : r[i];
      rz += r[i] * z[i];
    }
    return rz;
  };
  let rz = precondition();
  p.set(z);
  let residual = norm(r);
  let it = 0;
  while (residual > target && it < maxIter) {
    apply(p, Ap);
    let pAp = 0;
    for (let i = 0; i < k; i++) pAp += p[i] * Ap[i];
    if (!(pAp > 0)) break; // lost positive curvature in rounding: the caller falls back
    const a = rz / pAp;
    for (let i = 0; i < k; i++) {
      x[i] += a * p[i];
      r[i] -= a * Ap[i];
    }
    const rzNew = precondition();
    const beta = rzNew / rz;
    rz = rzNew;
    for (let i = 0; i < k; i++) p[i] = z[i] + beta * p[i];
    residual = norm(r);
    it++;
    onIteration?.(it);
    yield;
  }
  return { iterations: it, residual, converged: residual <= target };
}

/**
 * Solves A x = b for a dense symmetric positive-definite k×k matrix A (row-major; its lower triangle overwritten
 * by the Cholesky factor L). Returns null when A is not numerically positive definite.
 */
export function choleskySolve(A: Float64Array, k: number, b: Float64Array): Float64Array | null {
  return choleskyFactor(A, k) ? choleskySubstitute(A, k, b) : null;
}

/**
 * Overwrites the lower triangle of the SPD k×k matrix A (row-major) with its Cholesky factor L, A = LLᵀ
 * (Golub & Van Loan, Alg. 4.2.1; reads only the lower triangle): in panels on the row-product kernel from
 * k = 2·PANEL, column by column below (the same subtractions in the same order: bit-identical). False when A is
 * not numerically positive definite.
 */
export function choleskyFactor(A: Float64Array, k: number): boolean {
  const wk = k >= 2 * PANEL ? rowKernels() : null;
  return wk ? choleskyPanels(wk, A, k) : choleskyColumns(A, k, 0, k, 0);
}

/** x = (LLᵀ)⁻¹ b for the factor L left in A by choleskyFactor: one forward and one back substitution. */
export function choleskySubstitute(L: Float64Array, k: number, b: Float64Array): Float64Array {
  const x = Float64Array.from(b);
  for (let i = 0; i < k; i++) {
    const ri = i * k;
    let t = x[i];
    for (let l = 0; l < i; l++) t -= L[ri + l] * x[l];
    x[i] = t / L[ri + i];
  }
  for (let i = k - 1; i >= 0; i--) {
    let t = x[i];
    for (let l = i + 1; l < k; l++) t -= L[l * k + i] * x[l];
    x[i] = t / L[i * k + i];
  }
  return x;
}

/**
 * Columns j0 ≤ j < j1 of the left-looking (dot-product) Cholesky, Golub & Van Loan Alg. 4.2.1: L_jj = √(A_jj − Σ_l L_jl²),
 * L_ij = (A_ij − Σ_l L_il L_jl)/L_jj, each sum subtracted term by term in l order — here over l0 ≤ l < j, the terms
 * l < l0 having been subtracted already (choleskyPanels). False when a pivot is not positive.
 */
function choleskyColumns(A: Float64Array, k: number, j0: number, j1: number, l0: number): boolean {
  for (let j = j0; j < j1; j++) {
    const rj = j * k;
    let s = A[rj + j];
    for (let l = l0; l < j; l++) s -= A[rj + l] * A[rj + l];
    if (!(s > 0)) return false;
    const Ljj = Math.sqrt(s);
    A[rj + j] = Ljj;
    for (let i = j + 1; i < k; i++) {
      const ri = i * k;
      let t = A[ri + j];
      for (let l = l0; l < j; l++) t -= A[ri + l] * A[rj + l];
      A[ri + j] = t / Ljj;
    }
  }
  return true;
}

/** Columns per panel of choleskyPanels. */
const PANEL = 16;

/**
 * choleskyColumns in panels of PANEL columns, with the same bits: before a panel is factored, the terms l < j0 of
 * every one of its sums (rows i ≥ j0) are subtracted at once by the WebAssembly kernel of rowProducts (kernels.as
 * rowProductsF64 with the panel's rows of L packed negated and `acc`: out − A_i·B_j term by term, in l order, which is
 * the very start of each column's sequence of roundings); choleskyColumns then subtracts the terms j0 ≤ l < j. The
 * k³/6 multiply-adds run in f64x2 lanes, 4 × 4 tiles, instead of one scalar chain per entry.
 */
function choleskyPanels(wk: WasmKernels, A: Float64Array, k: number): boolean {
  const pa = wk.alloc(k * k * 8);
  const pb = wk.alloc(PANEL * k * 8);
  try {
    const M = f64View(wk, pa, k * k);
    const P = f64View(wk, pb, PANEL * k);
    M.set(A.subarray(0, k * k));
    const above = new Float64Array(PANEL * PANEL);
    let ok = true;
    for (let j0 = 0; j0 < k && ok; j0 += PANEL) {
      const w = Math.min(PANEL, k - j0);
      if (j0 > 0) {
        // the panel's own rows also get entries above the diagonal, which the factor leaves as A had them
        for (let r = 0; r < w; r++) for (let c = r + 1; c < w; c++) above[r * w + c] = M[(j0 + r) * k + j0 + c];
        packRowPairs(M, j0 * k, k, w, j0, P, -1);
        wk.rowProductsF64(pa + j0 * k * 8, k, 0, k - j0, pb, w, j0, pa + (j0 * k + j0) * 8, k, 0, 1);
        for (let r = 0; r < w; r++) for (let c = r + 1; c < w; c++) M[(j0 + r) * k + j0 + c] = above[r * w + c];
      }
      ok = choleskyColumns(M, k, j0, j0 + w, j0);
    }
    A.set(M);
    return ok;
  } finally {
    wk.free(pa);
    wk.free(pb);
  }
}

export function norm(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  return Math.sqrt(s);
}

export function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
