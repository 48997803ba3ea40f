/**
 * The K = 3 specialised branch and its thresholds (Aubin et al. 2018, arXiv:1806.05451, Fig. 2 and §4;
 * PHYSICS.md §2: first order, with an AMP gap).
 *
 * The branch is parametrised by q_d: a fixed point of the committee-symmetric SE needs
 *   r_d = α(M̄11 − M̄12), r_a = 3αM̄12,  r_d = q_d/(1 − q_d),  r_d + r_a = (q_d + q_a)/(1 − q_d − q_a),
 * i.e. α_d(q) := r_d/(M̄11 − M̄12) equals α_a(q) := r_a/(3M̄12). At fixed q_d this is one root in
 * x = q_a/(1 − q_d) ∈ (0, 1) (α_a rises from 0 to ∞ across it), and α(q_d) = α_d there. The branch folds at
 * α_spec = min α(q_d) (saddle-node: the specialised fixed point first exists); the part q_d > q_d(α_spec) is
 * the stable one that an informed start reaches. α_IT is where its free entropy overtakes the plane's,
 * found as a root in q_d of f_spec − f_plane at α(q_d) (both fixed points are stationary points of f, so
 * d(f_spec − f_plane)/dα = Ψ_spec − Ψ_plane ≠ 0 there: a simple root).
 * Computed once (≈ 100 channel evaluations) and memoised: the branch table also gives committeePoint its
 * Newton starting guess.
 */
import { brent } from '../numerics/roots.ts';
import { newtonSE } from './newtonSE.ts';
import { newAverages, signCommitteeAverages } from './signChannel.ts';
import { freeEntropy, type Overlaps } from './stateEvolution.ts';

export interface K3Branch {
  alpha_spec: number;
  alpha_it: number;
  /** upper (stable) branch, α increasing: α(q_d), q_d, q_a */
  alpha: Float64Array;
  qd: Float64Array;
  qa: Float64Array;
}

const avg = newAverages();
/** q_d where the fold is searched (α(q_d) is smooth and convex around its minimum ≈ 0.65) */
const FOLD_BRACKET: readonly [number, number, number] = [0.55, 0.65, 0.75];
/** q_d of the upper-branch table (beyond the fold) used for starting guesses, up to α ≈ 60 */
const TABLE_QD = [0.7, 0.75, 0.8, 0.85, 0.9, 0.94, 0.97, 0.985, 0.993, 0.997];
/** x = q_a/(1 − q_d) bracket of the fixed-point root (the shift form is accurate to 1e-9 up to x = 0.9) */
const X_LO = 0.005;
const X_HI = 0.95;

function alphaGap(qd: number, x: number): { gap: number; alpha: number } {
  const qa = x * (1 - qd);
  signCommitteeAverages(3, qd, qa, avg);
  const rd = qd / (1 - qd);
  const ra = (qd + qa) / (1 - qd - qa) - rd;
  const alpha = rd / (avg.m11 - avg.m12);
  return { gap: alpha - ra / (3 * avg.m12), alpha };
}

/** The specialised fixed point with this q_d: its q_a and α. */
export function specialisedAt(qd: number): { qd: number; qa: number; alpha: number } {
  const x = brent((s) => alphaGap(qd, s).gap, X_LO, X_HI, 1e-11).x;
  return { qd, qa: x * (1 - qd), alpha: alphaGap(qd, x).alpha };
}

/** Successive parabolic interpolation for min α(q_d) from a bracketing triple (α(b) < α(a), α(c)). */
function foldPoint(): { qd: number; alpha: number } {
  const p = FOLD_BRACKET.map((q) => ({ q, f: specialisedAt(q).alpha }));
  for (let it = 0; it < 30; it++) {
    p.sort((u, v) => u.f - v.f);
    const [b, a, c] = p;
    // vertex of the parabola through the three points
    const num = (b.q - a.q) ** 2 * (b.f - c.f) - (b.q - c.q) ** 2 * (b.f - a.f);
    const den = (b.q - a.q) * (b.f - c.f) - (b.q - c.q) * (b.f - a.f);
    const u = b.q - (0.5 * num) / den;
    if (!Number.isFinite(u) || Math.abs(u - b.q) < 2e-4) return { qd: b.q, alpha: b.f };
    p[2] = { q: u, f: specialisedAt(u).alpha };
  }
  throw new Error('K = 3 fold: parabolic search did not converge');
}

let plane: Overlaps = { qd: 0, qa: 0.5 };

/** f_spec − f_plane at the specialised fixed point with this q_d (and its α). */
function freeEntropyGap(qd: number): number {
  const s = specialisedAt(qd);
  const pl = newtonSE(3, s.alpha, { qd: 0, qa: plane.qa });
  if (!pl) throw new Error('K = 3: plane fixed point not found');
  plane = pl;
  return freeEntropy(3, s.alpha, s) - freeEntropy(3, s.alpha, pl);
}

let cached: K3Branch | null = null;

/** α_spec, α_IT and the upper specialised branch of the K = 3 committee (memoised). */
export function k3Branch(): K3Branch {
  if (cached) return cached;
  const fold = foldPoint();
  // f_spec < f_plane at the fold (a fixed point appearing with lower free entropy), > at q_d = 0.9 (α ≈ 13.4)
  const qdIt = brent(freeEntropyGap, fold.qd, 0.9, 1e-7).x;
  const rows = [fold.qd, ...TABLE_QD.filter((q) => q > fold.qd)].map(specialisedAt);
  cached = {
    alpha_spec: fold.alpha,
    alpha_it: specialisedAt(qdIt).alpha,
    alpha: Float64Array.from(rows, (r) => r.alpha),
    qd: Float64Array.from(rows, (r) => r.qd),
    qa: Float64Array.from(rows, (r) => r.qa),
  };
  return cached;
}

/** Starting guess on the upper branch at α ≥ α_spec (linear in α between table rows); null below the fold. */
export function specialisedGuess(alpha: number): Overlaps | null {
  const b = k3Branch();
  if (alpha < b.alpha_spec) return null;
  const n = b.alpha.length;
  let i = 1;
  while (i < n - 1 && b.alpha[i] < alpha) i++;
  const t = Math.min(1, (alpha - b.alpha[i - 1]) / (b.alpha[i] - b.alpha[i - 1]));
  return { qd: b.qd[i - 1] + t * (b.qd[i] - b.qd[i - 1]), qa: b.qa[i - 1] + t * (b.qa[i] - b.qa[i - 1]) };
}
