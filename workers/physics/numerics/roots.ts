/**
 * Root bracketing and refinement. Thresholds (α_IT, α_alg, specialisation points...) are located
 * by these on a smooth criterion, never read off a grid.
 */

export interface RootResult {
  x: number;
  converged: boolean;
  iterations: number;
}

/** Brent's method on [a, b] with f(a)·f(b) ≤ 0 (Brent 1973, ch. 4). */
export function brent(f: (x: number) => number, a: number, b: number, tol = 1e-12, maxIter = 200): RootResult {
  let fa = f(a);
  let fb = f(b);
  if (fa === 0) return { x: a, converged: true, iterations: 0 };
  if (fb === 0) return { x: b, converged: true, iterations: 0 };
  if (fa * fb > 0) throw new RangeError(`brent: root not bracketed on [${a}, ${b}] (f = ${fa}, ${fb})`);
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let it = 1; it <= maxIter; it++) {
    if (fb * fc > 0) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol1 = 2 * Number.EPSILON * Math.abs(b) + 0.5 * tol;
    const xm = 0.5 * (c - b);
    if (Math.abs(xm) <= tol1 || fb === 0) return { x: b, converged: true, iterations: it };
    if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * xm * s;
        q = 1 - s;
      } else {
        const qq = fa / fc;
        const r = fb / fc;
        p = s * (2 * xm * qq * (qq - r) - (b - a) * (r - 1));
        q = (qq - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      p = Math.abs(p);
      if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = xm;
        e = d;
      }
    } else {
      d = xm;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol1 ? d : xm > 0 ? tol1 : -tol1;
    fb = f(b);
  }
  return { x: b, converged: false, iterations: maxIter };
}

/** Bisection on a boolean predicate that is false at `lo` and true at `hi` (e.g. "AMP succeeds"). */
export function bisectPredicate(pred: (x: number) => boolean, lo: number, hi: number, tol = 1e-10, maxIter = 200): RootResult {
  if (pred(lo) || !pred(hi)) throw new RangeError(`bisectPredicate: need pred(lo) false and pred(hi) true on [${lo}, ${hi}]`);
  let it = 0;
  while (hi - lo > tol * Math.max(1, Math.abs(hi)) && it < maxIter) {
    const mid = 0.5 * (lo + hi);
    if (pred(mid)) hi = mid;
    else lo = mid;
    it++;
  }
  return { x: 0.5 * (lo + hi), converged: it < maxIter, iterations: it };
}

/**
 * Scan [a, b] on `n` log- or lin-spaced points for the first sign change of f, then refine it
 * with Brent. Returns null when f keeps one sign. Used for bracketing, not as the answer.
 */
export function firstRoot(f: (x: number) => number, a: number, b: number, n = 64, log = false, tol = 1e-12): number | null {
  let xPrev = a;
  let fPrev = f(a);
  for (let i = 1; i <= n; i++) {
    const x = log ? a * Math.pow(b / a, i / n) : a + ((b - a) * i) / n;
    const fx = f(x);
    if (Number.isFinite(fPrev) && Number.isFinite(fx) && fPrev * fx <= 0) return brent(f, xPrev, x, tol).x;
    xPrev = x;
    fPrev = fx;
  }
  return null;
}
