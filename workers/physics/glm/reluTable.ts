/**
 * Chebyshev tables of the ReLU channel's G and Ψ along the SE line m = ρ − V (PHYSICS.md §1: the SE
 * map, the fixed-point curve α(r) and f_RS only ever ask for G(ρ − V, V), Ψ(ρ − V, V)). One reference
 * evaluation (channelRelu.ts reluAverages, a 2-D quadrature, passed in as `evaluate`) costs milliseconds; a table lookup is a
 * Clenshaw sum.
 *
 * Variables chosen so that the functions are analytic on each piece (Trefethen, ATAP ch. 8):
 *   V ∈ [0, V0], V0 = min(Δ/4, ρ): u = √V — G and Ψ are series in √V as V → 0 (the z < 0 region has
 *     width √V), with nearest singularity at V = −Δ, i.e. u = ±i√Δ, four half-widths away. The end
 *     node V = 0 is the exact limit G = 1/(2Δ), Ψ = PsiAtZero.
 *   V ∈ [V0, ρ]: t = ln V on pieces of width ≤ W_LOG; the singularity at V = −Δ sits at Im t = π.
 * ln G is tabulated (error = relative error of G), Ψ absolutely. Each piece is built when first
 * needed, on 17 → 33 → 65 nested Chebyshev–Lobatto points until the last coefficients are below TOL
 * (numerics/chebPieces.ts fitNested, the refinement loop of ChebPieces; this table keeps its own piece
 * geometry, lazy build and fallback); a piece that does not converge is left to the reference quadrature.
 */
import { fitNestedStream } from '../numerics/chebPieces.ts';
import { chebEval, chebTail } from '../numerics/chebyshev.ts';
import { drain, type Resumable } from '../resumable.ts';

/** Target on the Chebyshev tail: the interpolation error is of this size (relative on G, absolute·max(1,|Ψ|) on Ψ). */
const TOL = 1e-9;
/** Width of the ln V pieces. */
const W_LOG = 5;
const N_MAX = 65;

interface Piece {
  lnG: Float64Array;
  psi: Float64Array;
}

export class ReluTable {
  readonly rho: number;
  /** the reference quadrature: out[0] = G(m, V), out[1] = Ψ(m, V) */
  private readonly evaluate: (m: number, V: number, out: Float64Array) => void;
  private readonly G0: number;
  private readonly Psi0: number;
  private readonly u0: number;
  private readonly t0: number;
  private readonly w: number;
  /** piece 0 is the √V piece, 1..K the ln V pieces; undefined = not built, null = not tabulable */
  private readonly pieces: (Piece | null | undefined)[];
  private readonly buf = new Float64Array(2);

  /** G0, Psi0: the exact V → 0 limits; D = Δ sets the √V piece. */
  constructor(D: number, rho: number, G0: number, Psi0: number, evaluate: (m: number, V: number, out: Float64Array) => void) {
    this.evaluate = evaluate;
    this.rho = rho;
    this.G0 = G0;
    this.Psi0 = Psi0;
    const V0 = Math.min(D / 4, rho);
    this.u0 = Math.sqrt(V0);
    this.t0 = Math.log(V0);
    const K = Math.max(1, Math.ceil((Math.log(rho) - this.t0) / W_LOG));
    this.w = (Math.log(rho) - this.t0) / K;
    this.pieces = new Array<Piece | null | undefined>(K + 1);
  }

  /** V on piece k at the Chebyshev variable x ∈ [−1, 1]. */
  private vOf(k: number, x: number): number {
    if (k === 0) {
      const u = 0.5 * this.u0 * (x + 1);
      return u * u;
    }
    return Math.exp(this.t0 + this.w * (k - 1 + 0.5 * (x + 1)));
  }

  /** Piece k, pausing after each reference evaluation (~3-6 ms; a piece takes up to 65). */
  private *build(k: number): Resumable<Piece | null, never> {
    const fit = yield* fitNestedStream(
      (x, out) => {
        const V = this.vOf(k, x);
        if (V === 0) {
          out[0] = Math.log(this.G0);
          out[1] = this.Psi0;
        } else {
          this.evaluate(this.rho - V, V, this.buf);
          out[0] = Math.log(this.buf[0]);
          out[1] = this.buf[1];
        }
      },
      2,
      ([cg, cp], [, pv]) => {
        let psiScale = 1;
        for (let j = 0; j < pv.length; j++) psiScale = Math.max(psiScale, Math.abs(pv[j]));
        return chebTail(cg, 4) < TOL && chebTail(cp, 4) < TOL * psiScale;
      },
      N_MAX,
    );
    return fit === null ? null : { lnG: fit[0], psi: fit[1] };
  }

  /**
   * Build every piece not built yet, pausing after each reference evaluation: a resumable job calls this before its
   * solves, which would otherwise build the pieces they reach inside `at`, up to ~1 s without a pause. A piece is the
   * same whenever it is built, so the numbers do not change.
   */
  *prepare(): Resumable<void, never> {
    for (let k = 0; k < this.pieces.length; k++) if (this.pieces[k] === undefined) this.pieces[k] = yield* this.build(k);
  }

  /** out[0] = G(ρ − V, V), out[1] = Ψ(ρ − V, V) for 0 < V ≤ ρ. */
  at(V: number, out: Float64Array): void {
    let k: number;
    let x: number;
    if (V < this.u0 * this.u0) {
      k = 0;
      x = (2 * Math.sqrt(V)) / this.u0 - 1;
    } else {
      const s = (Math.log(V) - this.t0) / this.w;
      const i = Math.min(Math.max(Math.floor(s), 0), this.pieces.length - 2);
      k = i + 1;
      x = Math.min(Math.max(2 * (s - i) - 1, -1), 1);
    }
    let p = this.pieces[k];
    if (p === undefined) p = this.pieces[k] = drain(this.build(k));
    if (p === null) {
      this.evaluate(this.rho - V, V, out);
      return;
    }
    out[0] = Math.exp(chebEval(p.lnG, x));
    out[1] = chebEval(p.psi, x);
  }
}
