/**
 * Gauss-Hermite quadrature for the standard normal measure Dz = φ(z)dz:
 * E[f(z)] ≈ Σ_i w_i f(x_i), exact for polynomials of degree ≤ 2n − 1, Σ w_i = 1.
 *
 * Golub & Welsch (Math. Comp. 23, 1969): the nodes are the eigenvalues of the symmetric
 * tridiagonal Jacobi matrix of the probabilists' Hermite recurrence (zero diagonal, off-diagonal √k).
 * The eigenvalues (implicit QL) serve as starting points; each node is then polished by Newton on
 * the orthonormal recurrence, which also gives the weight 1/Σ_k p_k(x)² to full precision. Unlike
 * the asymptotic starting guesses of Numerical Recipes' `gauher`, this stays correct for n in the hundreds.
 */

export interface Quadrature {
  readonly x: Float64Array;
  readonly w: Float64Array;
}

const cache = new Map<number, Quadrature>();

export function gaussHermite(n: number): Quadrature {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Gauss-Hermite order must be a positive integer, got ${n}`);
  const hit = cache.get(n);
  if (hit) return hit;
  const x = jacobiEigenvalues(n).sort();
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let z = x[i];
    for (let its = 0; its < 8; its++) {
      const { p, dp } = orthonormalHermite(n, z);
      const step = p / dp;
      z -= step;
      if (Math.abs(step) <= 1e-16 * Math.max(1, Math.abs(z))) break;
    }
    x[i] = z;
    w[i] = 1 / sumSquares(n, z);
  }
  // exact symmetry and normalisation (removes rounding drift in odd moments)
  let sw = 0;
  for (let i = 0; i < n >> 1; i++) {
    const j = n - 1 - i;
    const xs = 0.5 * (x[j] - x[i]);
    const ws = 0.5 * (w[i] + w[j]);
    x[i] = -xs;
    x[j] = xs;
    w[i] = ws;
    w[j] = ws;
  }
  if (n % 2) x[n >> 1] = 0;
  for (let i = 0; i < n; i++) sw += w[i];
  for (let i = 0; i < n; i++) w[i] /= sw;
  const q = { x, w };
  cache.set(n, q);
  return q;
}

/** p_n(z) (orthonormal probabilists' Hermite: p_{k+1} = (z p_k − √k p_{k−1})/√(k+1)) and its derivative √n p_{n−1}. */
function orthonormalHermite(n: number, z: number): { p: number; dp: number } {
  let p0 = 0;
  let p1 = 1;
  for (let k = 0; k < n; k++) {
    const p2 = (z * p1 - Math.sqrt(k) * p0) / Math.sqrt(k + 1);
    p0 = p1;
    p1 = p2;
  }
  return { p: p1, dp: Math.sqrt(n) * p0 };
}

/** Σ_{k<n} p_k(z)²: the Christoffel function's inverse, so w = 1/Σ. */
function sumSquares(n: number, z: number): number {
  let p0 = 0;
  let p1 = 1;
  let s = 1;
  for (let k = 0; k < n - 1; k++) {
    const p2 = (z * p1 - Math.sqrt(k) * p0) / Math.sqrt(k + 1);
    p0 = p1;
    p1 = p2;
    s += p1 * p1;
  }
  return s;
}

/** Eigenvalues of the n×n Jacobi matrix (diag 0, off-diag √k) by implicit QL (Numerical Recipes `tqli`, values only). */
function jacobiEigenvalues(n: number): Float64Array {
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  for (let k = 1; k < n; k++) e[k - 1] = Math.sqrt(k);
  for (let l = 0; l < n; l++) {
    let iter = 0;
    let m: number;
    do {
      for (m = l; m < n - 1; m++) {
        const dd = Math.abs(d[m]) + Math.abs(d[m + 1]);
        if (Math.abs(e[m]) <= Number.EPSILON * dd) break;
      }
      if (m !== l) {
        if (iter++ === 60) throw new Error('gaussHermite: QL did not converge');
        let g = (d[l + 1] - d[l]) / (2 * e[l]);
        let r = Math.hypot(g, 1);
        g = d[m] - d[l] + e[l] / (g + (g >= 0 ? Math.abs(r) : -Math.abs(r)));
        let s = 1;
        let c = 1;
        let p = 0;
        let i: number;
        for (i = m - 1; i >= l; i--) {
          let f = s * e[i];
          const b = c * e[i];
          r = Math.hypot(f, g);
          e[i + 1] = r;
          if (r === 0) {
            d[i + 1] -= p;
            e[m] = 0;
            break;
          }
          s = f / r;
          c = g / r;
          g = d[i + 1] - p;
          r = (d[i] - g) * s + 2 * c * b;
          p = s * r;
          d[i + 1] = g + p;
          g = c * r - b;
          f = 0;
        }
        if (r === 0 && i >= l) continue;
        d[l] -= p;
        e[l] = g;
        e[m] = 0;
      }
    } while (m !== l);
  }
  return d;
}
