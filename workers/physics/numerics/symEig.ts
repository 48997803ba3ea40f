/**
 * Eigenvalues and eigenvectors of a real symmetric matrix: Householder reduction to tridiagonal form
 * followed by the implicit QL algorithm with Wilkinson shifts (Wilkinson & Reinsch, Handbook for
 * Automatic Computation II (1971), procedures tred2 and tql2; the EISPACK/JAMA formulation).
 * O(n³), ~(4/3 + 9)n³ flops with vectors; n = 300 takes a fraction of a second in V8.
 * `symEigStream` is the same computation, resumable (../resumable.ts): it pauses between rows of the reduction
 * and between eigenvalues of the QL sweep (every ~WORK_PER_PAUSE multiply-adds), each row's and eigenvalue's
 * arithmetic unchanged, so that a page's slider step can cancel an O(n³) decomposition within milliseconds;
 * `symEig` drains it (one code path, the same bits).
 */
import { drain, type Resumable } from '../resumable.ts';

export interface SymEigResult {
  /** eigenvalues in ascending order */
  values: Float64Array;
  /** eigenvectors as columns of a row-major n×n matrix: vector k is vectors[i·n + k], i = 0..n−1 */
  vectors: Float64Array;
}

/** multiply-adds between two pauses of the stream: ~0.1–0.3 ms in V8 */
const WORK_PER_PAUSE = 2e5;

/** Eigen-decomposition of the symmetric n×n row-major matrix `a` (only read, never modified). */
export function symEig(a: Float64Array, n: number): SymEigResult {
  return drain(symEigStream(a, n));
}

/**
 * symEig, resumable: pauses about every WORK_PER_PAUSE multiply-adds. It offers no snapshot: the QL sweep settles
 * the eigenvalues from the middle of the spectrum outwards, so those found so far would draw a misleading histogram.
 * `onProgress` gets the fraction of the expected work done (the reduction's rows exactly, the sweep's QL iterations
 * against ~2 per eigenvalue).
 */
export function* symEigStream(a: Float64Array, n: number, onProgress?: (fraction: number) => void): Resumable<SymEigResult, never> {
  if (a.length !== n * n) throw new RangeError(`symEig: expected ${n * n} entries, got ${a.length}`);
  const V = Float64Array.from(a);
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  // expected multiply-adds: reduction ~ Σ 2i², accumulation ~ Σ 2i², QL ~ 2 iterations × n(n − l) per l
  const total = (4 * n * n * n) / 3 + n * n * n + 1;
  let work = 0;
  let sincePause = 0;
  const did = (w: number): boolean => {
    work += w;
    sincePause += w;
    if (sincePause < WORK_PER_PAUSE) return false;
    sincePause = 0;
    onProgress?.(Math.min(work / total, 0.99));
    return true;
  };
  for (let j = 0; j < n; j++) d[j] = V[(n - 1) * n + j];
  for (let i = n - 1; i > 0; i--) {
    householderRow(V, d, e, n, i);
    if (did(2 * i * i)) yield undefined;
  }
  for (let i = 0; i < n - 1; i++) {
    accumulateRow(V, d, n, i);
    if (did(2 * (i + 1) * (i + 1))) yield undefined;
  }
  for (let j = 0; j < n; j++) {
    d[j] = V[(n - 1) * n + j];
    V[(n - 1) * n + j] = 0;
  }
  V[(n - 1) * n + n - 1] = 1;
  e[0] = 0;
  for (let i = 1; i < n; i++) e[i - 1] = e[i];
  e[n - 1] = 0;
  const ql = { f: 0, tst1: 0 };
  for (let l = 0; l < n; l++) {
    if (did(qlEigenvalue(V, d, e, n, l, ql) * n)) yield undefined;
  }
  sortAscending(V, d, n);
  onProgress?.(1);
  return { values: d, vectors: V };
}

/** One row i (n − 1 down to 1) of the Householder tridiagonalisation (tred2): d, e and V's rows ≤ i. */
function householderRow(V: Float64Array, d: Float64Array, e: Float64Array, n: number, i: number): void {
  let scale = 0;
  let h = 0;
  for (let k = 0; k < i; k++) scale += Math.abs(d[k]);
  if (scale === 0) {
    e[i] = d[i - 1];
    for (let j = 0; j < i; j++) {
      d[j] = V[(i - 1) * n + j];
      V[i * n + j] = 0;
      V[j * n + i] = 0;
    }
  } else {
    for (let k = 0; k < i; k++) {
      d[k] /= scale;
      h += d[k] * d[k];
    }
    let f = d[i - 1];
    let g = Math.sqrt(h);
    if (f > 0) g = -g;
    e[i] = scale * g;
    h -= f * g;
    d[i - 1] = f - g;
    for (let j = 0; j < i; j++) e[j] = 0;
    for (let j = 0; j < i; j++) {
      f = d[j];
      V[j * n + i] = f;
      g = e[j] + V[j * n + j] * f;
      for (let k = j + 1; k <= i - 1; k++) {
        g += V[k * n + j] * d[k];
        e[k] += V[k * n + j] * f;
      }
      e[j] = g;
    }
    f = 0;
    for (let j = 0; j < i; j++) {
      e[j] /= h;
      f += e[j] * d[j];
    }
    const hh = f / (h + h);
    for (let j = 0; j < i; j++) e[j] -= hh * d[j];
    for (let j = 0; j < i; j++) {
      f = d[j];
      g = e[j];
      for (let k = j; k <= i - 1; k++) V[k * n + j] -= f * e[k] + g * d[k];
      d[j] = V[(i - 1) * n + j];
      V[i * n + j] = 0;
    }
  }
  d[i] = h;
}

/** One step i (0 to n − 2) of tred2's accumulation of the transformations into V. */
function accumulateRow(V: Float64Array, d: Float64Array, n: number, i: number): void {
  V[(n - 1) * n + i] = V[i * n + i];
  V[i * n + i] = 1;
  const h = d[i + 1];
  if (h !== 0) {
    for (let k = 0; k <= i; k++) d[k] = V[k * n + i + 1] / h;
    for (let j = 0; j <= i; j++) {
      let g = 0;
      for (let k = 0; k <= i; k++) g += V[k * n + i + 1] * V[k * n + j];
      for (let k = 0; k <= i; k++) V[k * n + j] -= g * d[k];
    }
  }
  for (let k = 0; k <= i; k++) V[k * n + i + 1] = 0;
}

/**
 * Implicit QL (tql2) at index l of the tridiagonal (d, e), rotating V, until d[l] is an eigenvalue; `ql` carries the
 * sweep's accumulated shift f and its norm estimate tst1 from one l to the next. Returns the rotations applied.
 */
function qlEigenvalue(V: Float64Array, d: Float64Array, e: Float64Array, n: number, l: number, ql: { f: number; tst1: number }): number {
  const eps = Number.EPSILON;
  let rotations = 0;
  ql.tst1 = Math.max(ql.tst1, Math.abs(d[l]) + Math.abs(e[l]));
  const tst1 = ql.tst1;
  let m = l;
  while (m < n) {
    if (Math.abs(e[m]) <= eps * tst1) break;
    m++;
  }
  if (m > l) {
    let iter = 0;
    do {
      if (++iter > 60) throw new Error('symEig: QL did not converge');
      let g = d[l];
      let p = (d[l + 1] - g) / (2 * e[l]);
      let r = Math.hypot(p, 1);
      if (p < 0) r = -r;
      d[l] = e[l] / (p + r);
      d[l + 1] = e[l] * (p + r);
      const dl1 = d[l + 1];
      let h = g - d[l];
      for (let i = l + 2; i < n; i++) d[i] -= h;
      ql.f += h;
      p = d[m];
      let c = 1;
      let c2 = c;
      let c3 = c;
      const el1 = e[l + 1];
      let s = 0;
      let s2 = 0;
      for (let i = m - 1; i >= l; i--) {
        c3 = c2;
        c2 = c;
        s2 = s;
        g = c * e[i];
        h = c * p;
        r = Math.hypot(p, e[i]);
        e[i + 1] = s * r;
        s = e[i] / r;
        c = p / r;
        p = c * d[i] - s * g;
        d[i + 1] = h + s * (c * g + s * d[i]);
        for (let k = 0; k < n; k++) {
          const vk = k * n;
          h = V[vk + i + 1];
          V[vk + i + 1] = s * V[vk + i] + c * h;
          V[vk + i] = c * V[vk + i] - s * h;
        }
      }
      rotations += m - l;
      p = (-s * s2 * c3 * el1 * e[l]) / dl1;
      e[l] = s * p;
      d[l] = c * p;
    } while (Math.abs(e[l]) > eps * tst1);
  }
  d[l] += ql.f;
  e[l] = 0;
  return rotations;
}

/** Selection sort of the eigenvalues (ascending) with their vectors, as tql2 ends. */
function sortAscending(V: Float64Array, d: Float64Array, n: number): void {
  for (let i = 0; i < n - 1; i++) {
    let k = i;
    let p = d[i];
    for (let j = i + 1; j < n; j++) {
      if (d[j] < p) {
        k = j;
        p = d[j];
      }
    }
    if (k !== i) {
      d[k] = d[i];
      d[i] = p;
      for (let j = 0; j < n; j++) {
        const t = V[j * n + i];
        V[j * n + i] = V[j * n + k];
        V[j * n + k] = t;
      }
    }
  }
}
