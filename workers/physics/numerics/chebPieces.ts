/**
 * Piecewise Chebyshev table of a smooth function on [lo, hi], built once from a (slow) evaluator:
 * equal-width pieces (O(1) lookup), each fitted on 17 → 33 → 65 → 129 nested Chebyshev–Lobatto
 * points (numerics/chebyshev.ts) until the last coefficients are below `tol` (Trefethen, ATAP
 * ch. 4 and 8: for f analytic near the piece the coefficients decay geometrically, so the tail bounds
 * the interpolation error). Trailing coefficients are then dropped while their summed size stays
 * below `tol`, so a lookup is a Clenshaw sum of the few terms the accuracy needs.
 * `fitNested` is the refinement loop of one piece, for tables with their own piece geometry (glm/reluTable.ts).
 */
import { drain, type Resumable } from '../resumable.ts';
import { chebCoefficients, chebEval, chebTail, lobattoPoints } from './chebyshev.ts';

const N_MAX = 129;

/**
 * Fit m functions jointly on one piece, x ∈ [−1, 1], on 17 → 33 → 65 → … ≤ nMax nested Chebyshev–Lobatto points:
 * `sample(x, out)` writes the m values at x (called once per new point, in point order); the first fit that
 * `accept(coeffs, values)` takes is returned (its coefficients, one array per function), or null if none is.
 */
export function fitNested(
  sample: (x: number, out: Float64Array) => void,
  m: number,
  accept: (coeffs: readonly Float64Array[], values: readonly Float64Array[]) => boolean,
  nMax: number,
): Float64Array[] | null {
  return drain(fitNestedStream(sample, m, accept, nMax));
}

/** fitNested as a resumable computation: it pauses after each sample (a costly reference evaluation, e.g. a quadrature). */
export function* fitNestedStream(
  sample: (x: number, out: Float64Array) => void,
  m: number,
  accept: (coeffs: readonly Float64Array[], values: readonly Float64Array[]) => boolean,
  nMax: number,
): Resumable<Float64Array[] | null, never> {
  const out = new Float64Array(m);
  let prev: Float64Array[] | null = null;
  for (let n = 17; n <= nMax; n = 2 * n - 1) {
    const x = lobattoPoints(n);
    const v: Float64Array[] = [];
    for (let i = 0; i < m; i++) v.push(new Float64Array(n));
    for (let j = 0; j < n; j++) {
      // nested points: the previous fit's values sit at the even indices
      if (prev !== null && j % 2 === 0) {
        for (let i = 0; i < m; i++) v[i][j] = prev[i][j / 2];
        continue;
      }
      sample(x[j], out);
      for (let i = 0; i < m; i++) v[i][j] = out[i];
      yield;
    }
    const c = v.map((vi) => chebCoefficients(vi));
    if (accept(c, v)) return c;
    prev = v;
  }
  return null;
}

export class ChebPieces {
  readonly lo: number;
  readonly hi: number;
  private readonly width: number;
  private readonly coeffs: Float64Array[];
  /** largest Chebyshev tail (+ dropped coefficients) over the pieces: the stated interpolation error */
  readonly errorBound: number;

  /** Throws if a piece does not reach `tol` with N_MAX points (the function is not smooth enough for this table). */
  constructor(f: (x: number) => number, lo: number, hi: number, pieces: number, tol: number) {
    this.lo = lo;
    this.hi = hi;
    this.width = (hi - lo) / pieces;
    this.coeffs = [];
    let bound = 0;
    for (let p = 0; p < pieces; p++) {
      const a = lo + p * this.width;
      const fit = fitNested((x, out) => { out[0] = f(a + 0.5 * this.width * (x + 1)); }, 1, ([cn]) => chebTail(cn, 4) < tol, N_MAX);
      if (fit === null) throw new RangeError(`ChebPieces: piece [${a}, ${a + this.width}] not resolved to ${tol} with ${N_MAX} points`);
      const c = fit[0];
      let dropped = 0;
      let len = c.length;
      while (len > 1 && dropped + Math.abs(c[len - 1]) < tol) dropped += Math.abs(c[--len]);
      this.coeffs.push(c.slice(0, len));
      bound = Math.max(bound, chebTail(c, 4) + dropped);
    }
    this.errorBound = bound;
  }

  /** The interpolant at x ∈ [lo, hi] (outside, the end piece's polynomial is extrapolated: callers stay inside). */
  at(x: number): number {
    const s = (x - this.lo) / this.width;
    const p = Math.min(Math.max(Math.floor(s), 0), this.coeffs.length - 1);
    return chebEval(this.coeffs[p], 2 * (s - p) - 1);
  }
}
