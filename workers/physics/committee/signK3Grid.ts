/**
 * The (v, u) grid and accumulator shared by the two K = 3 quadratures off the plane: production signK3Shift.ts
 * (complex shift) and the test-only signK3Plackett.reference.ts (Plackett's integral). PHYSICS.md §2.
 *
 * Coordinates: ω = √q_d u + m 1, m = √(q_a/3) v, u ~ N(0, I_3), v ~ N(0, 1) (so ω ~ N(0, q)). For fixed v the
 * decision planes ω_c = 0 are u_c = t := −m/√q_d on every axis, with a boundary layer of width w = σ/√q_d in u
 * (σ² = 1 − q_d − q_a/3): every u axis gets one rule graded at t (axisGrid). The quadratures sum over sorted
 * triples i ≤ j ≤ k of axis nodes (the integrand is symmetric in the units) and over v > 0 (even in (u, v)).
 */
import { gaussLegendre } from '../numerics/gaussLegendre.ts';
import { H, phi } from '../numerics/special.ts';

/** Node counts of the (v, u) grid. */
export interface K3GridNodes {
  /** Gauss-Hermite order in v (even; v > 0 half used) */
  v: number;
  /** Gauss-Legendre nodes per side of t on each u axis (graded, axisGrid) */
  side: number;
}

/** |u| beyond which the N(0, 1) mass is < 1e-17. */
const U_MAX = 8.6;
/** |h| beyond which Φ(−|h|) < 1e-19: two such same-sign units fix the majority, P ∈ {0, 1}, ∇P = 0. */
export const H_SAT = 9;
const PQ_MIN = 1e-12;
/** h standing for a lumped saturated zone (any |h| ≥ H_SAT gives the same P to 1e-19). */
const H_LUMP = 40;

/**
 * Node grading h = c·sinh(y), Gauss-Legendre in y: clusters nodes in the layer |h| ≲ c and thins them in the
 * Gaussian tail (c = 3 cuts the M̄ error 3x against linear nodes at equal count).
 */
const GRADE = 3;

/** Running sums of the K = 3 channel averages over the (v, u) grid. */
export interface TripleSums {
  psi: number;
  m11: number;
  m12: number;
  eyy: number;
}

/**
 * Add one sorted triple of the grid with weight W: P = P(Y = +1 | ω) = p and its gradient g in ω, to
 * Ψ_out = E Σ_y P ln P, the mean diagonal / off-diagonal of E[∇P∇Pᵀ/(P(1 − P))], and E[YY′] = E(2P − 1)².
 */
export function addTriple(s: TripleSums, W: number, p: number, g1: number, g2: number, g3: number): void {
  const pq = p * (1 - p);
  // below PQ_MIN the Fisher term g²/(p(1 − p)) is round-off; its true value (∝ p·h²) is negligible
  if (pq > PQ_MIN) {
    s.m11 += (W * (g1 * g1 + g2 * g2 + g3 * g3)) / (3 * pq);
    s.m12 += (W * (g1 * g2 + g1 * g3 + g2 * g3)) / (3 * pq);
  }
  if (p > 0) s.psi += W * p * Math.log(p);
  if (p < 1) s.psi += W * (1 - p) * Math.log1p(-p);
  s.eyy += W * (2 * p - 1) * (2 * p - 1);
}


/** One u axis at fixed v (reused buffers): h nodes, weights (incl. φ(u)), saturation −1/0/+1 of lumped nodes. */
export const AXIS = { hx: new Float64Array(0), wx: new Float64Array(0), sat: new Int8Array(0) };

/**
 * Fill AXIS for the decision plane at u = t with layer width w; returns the node count (≤ 2·side + 2).
 * A lumped node for h < −H_SAT (P does not depend on that unit), Gauss-Legendre on [−H_SAT, 0] and
 * [0, H_SAT] (clipped to |u| ≤ U_MAX), a lumped node for h > H_SAT.
 */
export function axisGrid(t: number, w: number, side: number): number {
  if (AXIS.hx.length < 2 * side + 2) {
    AXIS.hx = new Float64Array(2 * side + 2);
    AXIS.wx = new Float64Array(2 * side + 2);
    AXIS.sat = new Int8Array(2 * side + 2);
  }
  const { hx, wx, sat } = AXIS;
  const gl = gaussLegendre(side);
  const hlo = Math.max(-H_SAT, (-U_MAX - t) / w);
  const hhi = Math.min(H_SAT, (U_MAX - t) / w);
  let n = 0;
  if (hlo === -H_SAT) { hx[n] = -H_LUMP; wx[n] = 1 - H(t - H_SAT * w); sat[n] = -1; n++; }
  for (let s = 0; s < 2; s++) {
    const a = s === 0 ? hlo : 0;
    const b = s === 0 ? 0 : hhi;
    const ya = Math.asinh(a / GRADE);
    const yb = Math.asinh(b / GRADE);
    for (let i = 0; i < side; i++) {
      const y = 0.5 * (ya + yb) + 0.5 * (yb - ya) * gl.x[i];
      const h = GRADE * Math.sinh(y);
      wx[n] = 0.5 * (yb - ya) * gl.w[i] * GRADE * Math.cosh(y) * w * phi(t + w * h);
      hx[n] = h;
      sat[n] = 0;
      n++;
    }
  }
  if (hhi === H_SAT) { hx[n] = H_LUMP; wx[n] = H(t + H_SAT * w); sat[n] = 1; n++; }
  return n;
}
