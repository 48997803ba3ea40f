/**
 * Root refinement (Brent; callers bracket). Thresholds (α_IT, α_alg, specialisation points...) are located
 * by these on a smooth criterion, never read off a grid.
 */
import { drain, type Resumable } from '../resumable.ts';

export interface RootResult {
  x: number;
  converged: boolean;
  iterations: number;
}

/** Brent's method on [a, b] with f(a)·f(b) ≤ 0 (Brent 1973, ch. 4). */
export function brent(f: (x: number) => number, a: number, b: number, tol = 1e-12, maxIter = 200): RootResult {
  return drain(brentStream(f, a, b, tol, maxIter));
}

/**
 * brent as a resumable computation (../resumable.ts), nothing offered. f may itself be resumable (a criterion that
 * solves an ODE or an eigenproblem: its own pauses), else there is a pause after every evaluation. brent drains it.
 */
export function* brentStream<P = never>(f: (x: number) => number | Resumable<number, P>, a: number, b: number, tol = 1e-12, maxIter = 200): Resumable<RootResult, P> {
  let fa = yield* evaluated(f(a));
  let fb = yield* evaluated(f(b));
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
    fb = yield* evaluated(f(b));
  }
  return { x: b, converged: false, iterations: maxIter };
}

/** The value of one evaluation of brentStream's f: a plain number after a pause, or a resumable one's result. */
function* evaluated<P>(v: number | Resumable<number, P>): Resumable<number, P> {
  if (typeof v !== 'number') return yield* v;
  yield undefined;
  return v;
}
