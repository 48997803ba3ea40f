/**
 * Averages over the student's cavity field ω for the ERM fixed point (PHYSICS.md §6). With the teacher
 * label y = sign(z*), (z*, ω) jointly Gaussian with Var z* = 1, Var ω = q, Cov = m, and every loss
 * symmetric (ℓ(−y, −x) = ℓ(y, x)), the sum over labels folds onto y = +1:
 *   E_ξ Σ_y Z*(y, ω*, V*) F(y, ω) = ∫ dω N(ω; 0, q) · 2H(−cω) · F(+1, ω),   c = m/(√q s), s² = q − m²,
 * (Aubin et al. 2020, arXiv:2006.06560, Thm. 2 with Z* the noiseless sign channel). The teacher
 * factor 2H(−cω) is a step of width 1/c at ω = 0 that sharpens as ε_g → 0 (c ~ 1/ε_g), and the losses
 * have kinks (hinge) or an O(1) length scale (logistic) at fixed ω, so the rule is composite
 * Gauss-Legendre on panels whose edges sit on those features: a σ-grid for the Gaussian, a geometric
 * grid ±2^k/c around the teacher step, the loss's own breakpoints. Each panel carries PANEL_ORDER
 * nodes; the weights include the density, so Σ w F ≈ the average.
 */
import { gaussLegendre } from '../numerics/gaussLegendre.ts';
import { H } from '../numerics/special.ts';

const PANEL_ORDER = 8;
/** half-width of the truncated Gaussian, in standard deviations: e^{−L²/2} ≈ 2e-22 */
const TAILS = 10;
/** panel edges of the Gaussian, in standard deviations (fine near the centre, where the weight bends most) */
const SIGMA_EDGES = [-10, -7.5, -5.5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5.5, 7.5, 10];

export interface FieldNodes {
  x: Float64Array;
  w: Float64Array;
  n: number;
}

const INV_SQRT_2PI = 0.3989422804014327;

/**
 * Nodes and weights for E over ω ~ N(0, σ²), times 2H(−cω) when `c` is given (c = Infinity: the
 * indicator 2·1{ω > 0}); `features` are extra panel edges (loss kinks, scales).
 */
export function fieldNodes(sigma: number, c: number | null, features: readonly number[], out?: FieldNodes): FieldNodes {
  const L = TAILS * sigma;
  const edges: number[] = [];
  for (const k of SIGMA_EDGES) edges.push(k * sigma);
  if (c !== null && c > 1 / L) {
    for (let t = 1 / c; t < L; t *= 2) edges.push(t, -t);
  }
  for (const f of features) if (f > -L && f < L) edges.push(f);
  edges.sort((a, b) => a - b);
  const gl = gaussLegendre(PANEL_ORDER);
  const maxNodes = edges.length * PANEL_ORDER;
  const res = out && out.x.length >= maxNodes ? out : { x: new Float64Array(maxNodes), w: new Float64Array(maxNodes), n: 0 };
  let n = 0;
  const inv = 1 / sigma;
  for (let p = 0; p + 1 < edges.length; p++) {
    const a = edges[p];
    const b = edges[p + 1];
    if (!(b - a > 1e-13 * sigma)) continue;
    const half = 0.5 * (b - a);
    const mid = 0.5 * (a + b);
    for (let k = 0; k < PANEL_ORDER; k++) {
      const x = mid + half * gl.x[k];
      const u = x * inv;
      let weight = half * gl.w[k] * INV_SQRT_2PI * inv * Math.exp(-0.5 * u * u);
      if (c !== null) weight *= Number.isFinite(c) ? 2 * H(-c * x) : x > 0 ? 2 : x < 0 ? 0 : 1;
      res.x[n] = x;
      res.w[n] = weight;
      n++;
    }
  }
  res.n = n;
  return res;
}
