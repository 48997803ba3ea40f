/**
 * Piecewise Chebyshev table of a smooth function on [lo, hi], built once from a (slow) evaluator:
 * equal-width pieces (O(1) lookup), each fitted on 17 → 33 → 65 → 129 nested Chebyshev–Lobatto
 * points (numerics/chebyshev.ts) until the last coefficients are below `tol` (Trefethen, ATAP
 * ch. 4 and 8: for f analytic near the piece the coefficients decay geometrically, so the tail bounds
 * the interpolation error). Trailing coefficients are then dropped while their summed size stays
 * below `tol`, so a lookup is a Clenshaw sum of the few terms the accuracy needs.
 */
import { chebCoefficients, chebEval, chebTail, lobattoPoints } from './chebyshev.ts';

const N_MAX = 129;

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
      let prev: Float64Array | null = null;
      let c: Float64Array | null = null;
      for (let n = 17; n <= N_MAX && c === null; n = 2 * n - 1) {
        const x = lobattoPoints(n);
        const v = new Float64Array(n);
        // nested points: the previous fit's values sit at the even indices
        for (let j = 0; j < n; j++) v[j] = prev !== null && j % 2 === 0 ? prev[j / 2] : f(a + 0.5 * this.width * (x[j] + 1));
        const cn = chebCoefficients(v);
        if (chebTail(cn, 4) < tol) c = cn;
        prev = v;
      }
      if (c === null) throw new RangeError(`ChebPieces: piece [${a}, ${a + this.width}] not resolved to ${tol} with ${N_MAX} points`);
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
