/**
 * Eigenvalues of a small dense real (non-symmetric) matrix: reduction to upper Hessenberg form by
 * elimination with pivoting, then the Francis double-shift QR iteration (the classic EISPACK hqr, as in
 * Press et al., Numerical Recipes §11.5-11.6). Eigenvalues only, O(10 n³); used for the Jacobians of the
 * SGD ODEs (n ≤ 165 state coordinates at K = M = 10).
 */
import { drain, type Resumable } from '../resumable.ts';

export interface Eigenvalues {
  re: Float64Array;
  im: Float64Array;
}

/** Eigenvalues of the n×n row-major matrix `m` (not modified). Throws if QR does not converge in MAX_SWEEPS sweeps per eigenvalue. */
export function eigenvalues(m: ArrayLike<number>, n: number): Eigenvalues {
  return drain(eigenvaluesStream(m, n));
}

/**
 * eigenvalues as a resumable computation (../resumable.ts): pauses every few Hessenberg columns and after every QR
 * sweep (O(n²) each; the whole is ~100 ms at n = 155), nothing offered. eigenvalues drains it.
 */
export function* eigenvaluesStream(m: ArrayLike<number>, n: number): Resumable<Eigenvalues> {
  const a = Float64Array.from(m);
  balance(a, n);
  yield* hessenberg(a, n);
  return yield* hqr(a, n);
}

/** Hessenberg columns between two pauses (O(n²) each) */
const COLUMNS_PER_PAUSE = 8;

/** In-place diagonal similarity scaling by powers of 2 so that rows and columns have comparable norms (Parlett & Reinsch). */
function balance(a: Float64Array, n: number): void {
  const RADIX = 2;
  let done = false;
  while (!done) {
    done = true;
    for (let i = 0; i < n; i++) {
      let r = 0, c = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        c += Math.abs(a[j * n + i]);
        r += Math.abs(a[i * n + j]);
      }
      if (c === 0 || r === 0) continue;
      let g = r / RADIX;
      let f = 1;
      const s = c + r;
      while (c < g) {
        f *= RADIX;
        c *= RADIX * RADIX;
      }
      g = r * RADIX;
      while (c > g) {
        f /= RADIX;
        c /= RADIX * RADIX;
      }
      if ((c + r) / f < 0.95 * s) {
        done = false;
        g = 1 / f;
        for (let j = 0; j < n; j++) a[i * n + j] *= g;
        for (let j = 0; j < n; j++) a[j * n + i] *= f;
      }
    }
  }
}

/** In-place similarity reduction to upper Hessenberg form (Gaussian elimination with pivoting); zeros below the subdiagonal. */
function* hessenberg(a: Float64Array, n: number): Resumable<void> {
  for (let m = 1; m < n - 1; m++) {
    let x = 0;
    let piv = m;
    for (let j = m; j < n; j++) {
      if (Math.abs(a[j * n + m - 1]) > Math.abs(x)) {
        x = a[j * n + m - 1];
        piv = j;
      }
    }
    if (piv !== m) {
      for (let j = m - 1; j < n; j++) [a[piv * n + j], a[m * n + j]] = [a[m * n + j], a[piv * n + j]];
      for (let j = 0; j < n; j++) [a[j * n + piv], a[j * n + m]] = [a[j * n + m], a[j * n + piv]];
    }
    if (x === 0) continue;
    for (let i = m + 1; i < n; i++) {
      let y = a[i * n + m - 1];
      if (y === 0) continue;
      y /= x;
      a[i * n + m - 1] = 0;
      for (let j = m; j < n; j++) a[i * n + j] -= y * a[m * n + j];
      for (let j = 0; j < n; j++) a[j * n + m] += y * a[j * n + i];
    }
    if (m % COLUMNS_PER_PAUSE === 0) yield undefined;
  }
}

/** QR sweeps allowed per eigenvalue (exceptional shifts every 10) */
const MAX_SWEEPS = 60;

const sign = (a: number, b: number): number => (b >= 0 ? Math.abs(a) : -Math.abs(a));

/** Francis double-shift QR on an upper Hessenberg matrix (destroyed). */
function* hqr(a: Float64Array, n: number): Resumable<Eigenvalues> {
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  const A = (i: number, j: number) => a[i * n + j];
  let anorm = 0;
  for (let i = 0; i < n; i++) for (let j = Math.max(i - 1, 0); j < n; j++) anorm += Math.abs(A(i, j));
  let nn = n - 1;
  let t = 0;
  let p = 0, q = 0, r = 0, s = 0, w = 0, x = 0, y = 0, z = 0;
  while (nn >= 0) {
    let its = 0;
    let l: number;
    do {
      for (l = nn; l >= 1; l--) {
        s = Math.abs(A(l - 1, l - 1)) + Math.abs(A(l, l));
        if (s === 0) s = anorm;
        if (Math.abs(A(l, l - 1)) + s === s) {
          a[l * n + l - 1] = 0;
          break;
        }
      }
      x = A(nn, nn);
      if (l === nn) {
        re[nn] = x + t;
        im[nn--] = 0;
      } else {
        y = A(nn - 1, nn - 1);
        w = A(nn, nn - 1) * A(nn - 1, nn);
        if (l === nn - 1) {
          p = 0.5 * (y - x);
          q = p * p + w;
          z = Math.sqrt(Math.abs(q));
          x += t;
          if (q >= 0) {
            z = p + sign(z, p);
            re[nn - 1] = re[nn] = x + z;
            if (z) re[nn] = x - w / z;
            im[nn - 1] = im[nn] = 0;
          } else {
            re[nn - 1] = re[nn] = x + p;
            im[nn - 1] = -z;
            im[nn] = z;
          }
          nn -= 2;
        } else {
          if (its === MAX_SWEEPS) throw new Error('eigenvalues: QR did not converge');
          if (its > 0 && its % 10 === 0) {
            // exceptional shift
            t += x;
            for (let i = 0; i <= nn; i++) a[i * n + i] -= x;
            s = Math.abs(A(nn, nn - 1)) + Math.abs(A(nn - 1, nn - 2));
            y = x = 0.75 * s;
            w = -0.4375 * s * s;
          }
          ++its;
          let m: number;
          for (m = nn - 2; m >= l; m--) {
            z = A(m, m);
            r = x - z;
            s = y - z;
            p = (r * s - w) / A(m + 1, m) + A(m, m + 1);
            q = A(m + 1, m + 1) - z - r - s;
            r = A(m + 2, m + 1);
            s = Math.abs(p) + Math.abs(q) + Math.abs(r);
            p /= s;
            q /= s;
            r /= s;
            if (m === l) break;
            const u = Math.abs(A(m, m - 1)) * (Math.abs(q) + Math.abs(r));
            const v = Math.abs(p) * (Math.abs(A(m - 1, m - 1)) + Math.abs(z) + Math.abs(A(m + 1, m + 1)));
            if (u + v === v) break;
          }
          for (let i = m + 2; i <= nn; i++) {
            a[i * n + i - 2] = 0;
            if (i !== m + 2) a[i * n + i - 3] = 0;
          }
          for (let k = m; k <= nn - 1; k++) {
            if (k !== m) {
              p = A(k, k - 1);
              q = A(k + 1, k - 1);
              r = 0;
              if (k !== nn - 1) r = A(k + 2, k - 1);
              x = Math.abs(p) + Math.abs(q) + Math.abs(r);
              if (x !== 0) {
                p /= x;
                q /= x;
                r /= x;
              }
            }
            s = sign(Math.sqrt(p * p + q * q + r * r), p);
            if (s !== 0) {
              if (k === m) {
                if (l !== m) a[k * n + k - 1] = -A(k, k - 1);
              } else a[k * n + k - 1] = -s * x;
              p += s;
              x = p / s;
              y = q / s;
              z = r / s;
              q /= p;
              r /= p;
              for (let j = k; j <= nn; j++) {
                p = A(k, j) + q * A(k + 1, j);
                if (k !== nn - 1) {
                  p += r * A(k + 2, j);
                  a[(k + 2) * n + j] -= p * z;
                }
                a[(k + 1) * n + j] -= p * y;
                a[k * n + j] -= p * x;
              }
              const mmin = nn < k + 3 ? nn : k + 3;
              for (let i = l; i <= mmin; i++) {
                p = x * A(i, k) + y * A(i, k + 1);
                if (k !== nn - 1) {
                  p += z * A(i, k + 2);
                  a[i * n + k + 2] -= p * r;
                }
                a[i * n + k + 1] -= p * q;
                a[i * n + k] -= p;
              }
            }
          }
        }
      }
      yield undefined;
    } while (l < nn - 1);
  }
  return { re, im };
}
