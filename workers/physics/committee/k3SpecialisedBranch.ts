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
 * Computed once (≈ 300 channel evaluations, ~1 s) and memoised: the branch table also gives committeePoint
 * its starting guess (solveSpecialised).
 */
import { logGrid } from '../numerics/logGrid.ts';
import { brentStream } from '../numerics/roots.ts';
import { drain, type Resumable } from '../resumable.ts';
import { newtonSEStream } from './newtonSE.ts';
import { newAverages } from './averages.ts';
import { signCommitteeAverages } from './signChannel.ts';
import { freeEntropy, seStep, type Overlaps } from './stateEvolution.ts';

export interface K3Branch {
  alpha_spec: number;
  alpha_it: number;
  /** upper (stable) branch, α increasing: α(q_d), q_d, q_a */
  alpha: Float64Array;
  qd: Float64Array;
  qa: Float64Array;
  /** Jacobian of the SE residual SE(q) − q at each table row, row-major [∂d/∂qd, ∂d/∂qa, ∂a/∂qd, ∂a/∂qa] (4 per row) */
  jac: Float64Array;
}

const avg = newAverages();
/** q_d where the fold is searched (α(q_d) is smooth and convex around its minimum ≈ 0.65) */
const FOLD_BRACKET: readonly [number, number, number] = [0.55, 0.65, 0.75];
/** Upper-branch table for starting guesses: 1 − q_d log-spaced from the fold to 0.002 (α ≈ 70) */
const TABLE_ROWS = 18;
const TABLE_QD_MAX = 0.998;
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
  return drain(specialisedAtStream(qd));
}

/** specialisedAt, pausing after each channel evaluation (~3 ms). */
function* specialisedAtStream(qd: number): Resumable<{ qd: number; qa: number; alpha: number }, never> {
  const x = (yield* brentStream(function* (s) {
    const g = alphaGap(qd, s).gap;
    yield;
    return g;
  }, X_LO, X_HI, 1e-11)).x;
  return { qd, qa: x * (1 - qd), alpha: alphaGap(qd, x).alpha };
}

/** Successive parabolic interpolation for min α(q_d) from a bracketing triple (α(b) < α(a), α(c)). */
function* foldPoint(): Resumable<{ qd: number; alpha: number }, never> {
  const p: { q: number; f: number }[] = [];
  for (const q of FOLD_BRACKET) p.push({ q, f: (yield* specialisedAtStream(q)).alpha });
  for (let it = 0; it < 30; it++) {
    p.sort((u, v) => u.f - v.f);
    const [b, a, c] = p;
    // vertex of the parabola through the three points
    const num = (b.q - a.q) ** 2 * (b.f - c.f) - (b.q - c.q) ** 2 * (b.f - a.f);
    const den = (b.q - a.q) * (b.f - c.f) - (b.q - c.q) * (b.f - a.f);
    const u = b.q - (0.5 * num) / den;
    if (!Number.isFinite(u) || Math.abs(u - b.q) < 2e-4) return { qd: b.q, alpha: b.f };
    p[2] = { q: u, f: (yield* specialisedAtStream(u)).alpha };
  }
  throw new Error('K = 3 fold: parabolic search did not converge');
}

/**
 * f_spec − f_plane at the specialised fixed point with this q_d (and its α); `plane` carries the plane's fixed point
 * from one call to the next as a warm start (per computation of the branch: a cancelled one leaves no trace).
 */
function* freeEntropyGap(qd: number, plane: { qa: number }): Resumable<number, never> {
  const s = yield* specialisedAtStream(qd);
  const pl = yield* newtonSEStream(3, s.alpha, { qd: 0, qa: plane.qa });
  if (!pl) throw new Error('K = 3: plane fixed point not found');
  plane.qa = pl.qa;
  return freeEntropy(3, s.alpha, s) - freeEntropy(3, s.alpha, pl);
}

let cached: K3Branch | null = null;

/** α_spec, α_IT and the upper specialised branch of the K = 3 committee (memoised). */
export function k3Branch(): K3Branch {
  return drain(k3BranchStream());
}

/** k3Branch as a resumable computation (~1 s the first time), pausing after each channel evaluation; memoised once over. */
export function* k3BranchStream(): Resumable<K3Branch, never> {
  if (cached) return cached;
  const fold = yield* foldPoint();
  const plane = { qa: 0.5 };
  // f_spec < f_plane at the fold (a fixed point appearing with lower free entropy), > at q_d = 0.9 (α ≈ 13.4)
  const qdIt = (yield* brentStream((qd) => freeEntropyGap(qd, plane), fold.qd, 0.9, 1e-7)).x;
  const rows: { qd: number; qa: number; alpha: number }[] = [];
  // rows log-spaced in 1 − q_d, from the fold to TABLE_QD_MAX
  const oneMinus = logGrid(1 - fold.qd, 1 - TABLE_QD_MAX, TABLE_ROWS);
  for (let i = 0; i < TABLE_ROWS; i++) {
    rows.push(i === 0 ? { qd: fold.qd, qa: (yield* specialisedAtStream(fold.qd)).qa, alpha: fold.alpha } : yield* specialisedAtStream(1 - oneMinus[i]));
  }
  // The residual's Jacobian along the branch, once per process (2 evaluations a row at a fixed point, where
  // SE(q) = q), so that a point on the branch starts Broyden from it instead of two finite differences of its own.
  const jac = new Float64Array(4 * rows.length);
  for (let i = 0; i < rows.length; i++) {
    jac.set(residualJacobian(rows[i].alpha, rows[i], rows[i]), 4 * i);
    yield;
  }
  const it = yield* specialisedAtStream(qdIt);
  cached = {
    alpha_spec: fold.alpha,
    alpha_it: it.alpha,
    alpha: Float64Array.from(rows, (r) => r.alpha),
    qd: Float64Array.from(rows, (r) => r.qd),
    qa: Float64Array.from(rows, (r) => r.qa),
    jac,
  };
  return cached;
}

/** Lagrange weights on the branch table at α (3 points; linear next to the fold); null below the fold. */
function tableWeights(alpha: number): { rows: number[]; w: number[] } | null {
  const b = k3Branch();
  if (alpha < b.alpha_spec) return null;
  const n = b.alpha.length;
  if (alpha >= b.alpha[n - 1]) return { rows: [n - 1], w: [1] };
  let i = 1;
  while (b.alpha[i] < alpha) i++;
  if (i === 1) {
    const t = (alpha - b.alpha[0]) / (b.alpha[1] - b.alpha[0]);
    return { rows: [0, 1], w: [1 - t, t] };
  }
  const i0 = Math.min(i - 1, n - 3);
  const [a0, a1, a2] = [b.alpha[i0], b.alpha[i0 + 1], b.alpha[i0 + 2]];
  return {
    rows: [i0, i0 + 1, i0 + 2],
    w: [
      ((alpha - a1) * (alpha - a2)) / ((a0 - a1) * (a0 - a2)),
      ((alpha - a0) * (alpha - a2)) / ((a1 - a0) * (a1 - a2)),
      ((alpha - a0) * (alpha - a1)) / ((a2 - a0) * (a2 - a1)),
    ],
  };
}

/** Starting guess on the upper branch at α ≥ α_spec (interpolated on the table); null below the fold. */
export function specialisedGuess(alpha: number): Overlaps | null {
  const t = tableWeights(alpha);
  if (!t) return null;
  const b = k3Branch();
  let qd = 0;
  let qa = 0;
  t.rows.forEach((r, k) => {
    qd += t.w[k] * b.qd[r];
    qa += t.w[k] * b.qa[r];
  });
  return { qd, qa: Math.max(0, qa) };
}

/** The residual Jacobian interpolated on the table at α: Broyden's starting matrix (null below the fold). */
export function specialisedJacobian(alpha: number): Float64Array | null {
  const t = tableWeights(alpha);
  if (!t) return null;
  const b = k3Branch();
  const out = new Float64Array(4);
  t.rows.forEach((r, k) => {
    for (let j = 0; j < 4; j++) out[j] += t.w[k] * b.jac[4 * r + j];
  });
  return out;
}

const FD = 1e-7;
const TOL = 1e-10;

/** Forward-difference Jacobian of SE(q) − q at q, given f = SE(q) (2 channel evaluations). */
function residualJacobian(alpha: number, q: Overlaps, f: Overlaps): Float64Array {
  const fd = { qd: 0, qa: 0 };
  seStep(3, alpha, { qd: q.qd + FD, qa: q.qa }, fd);
  const j11 = (fd.qd - f.qd) / FD - 1;
  const j21 = (fd.qa - f.qa) / FD;
  seStep(3, alpha, { qd: q.qd, qa: q.qa + FD }, fd);
  return Float64Array.of(j11, (fd.qd - f.qd) / FD, j21, (fd.qa - f.qa) / FD - 1);
}

/**
 * Specialised fixed point at α from a nearby `start` by Broyden's method on SE(q) − q: the starting Jacobian is
 * `jac0` (the branch table's, interpolated) or else a forward difference at the start (2 evaluations), then one
 * channel evaluation per step (rank-1 secant updates; ~4 steps
 * from the table guess against ~4 full Newton steps of 3 evaluations). Steps may at most halve 1 − q_d − q_a
 * (as in newtonSE.ts). Null if it does not converge or leaves q_d > 0.
 */
export function solveSpecialised(alpha: number, start: Overlaps, jac0?: Float64Array | null): Overlaps | null {
  return drain(solveSpecialisedStream(alpha, start, jac0));
}

/** solveSpecialised, pausing after each channel evaluation (~3 ms). */
export function* solveSpecialisedStream(alpha: number, start: Overlaps, jac0?: Float64Array | null): Resumable<Overlaps | null, never> {
  const q = { qd: start.qd, qa: start.qa };
  const f = { qd: 0, qa: 0 };
  seStep(3, alpha, q, f);
  yield;
  let gd = f.qd - q.qd;
  let ga = f.qa - q.qa;
  let [j11, j12, j21, j22] = jac0 ?? residualJacobian(alpha, q, f);
  if (!jac0) yield;
  for (let it = 0; it < 20; it++) {
    const det = j11 * j22 - j12 * j21;
    let sd = -(j22 * gd - j12 * ga) / det;
    let sa = -(-j21 * gd + j11 * ga) / det;
    if (!Number.isFinite(sd) || !Number.isFinite(sa)) return null;
    for (let k = 0; k < 60 && !(q.qd + sd > 0 && q.qa + sa > -1e-12 && 1 - q.qd - sd - q.qa - sa >= 0.5 * (1 - q.qd - q.qa)); k++) {
      sd *= 0.5;
      sa *= 0.5;
    }
    q.qd += sd;
    q.qa += sa;
    if (Math.max(Math.abs(sd), Math.abs(sa)) <= TOL) return q;
    seStep(3, alpha, q, f);
    yield;
    const yd = f.qd - q.qd - gd;
    const ya = f.qa - q.qa - ga;
    gd = f.qd - q.qd;
    ga = f.qa - q.qa;
    // good Broyden: J += (y − J s) sᵀ / sᵀs
    const ss = sd * sd + sa * sa;
    const rd = (yd - j11 * sd - j12 * sa) / ss;
    const ra = (ya - j21 * sd - j22 * sa) / ss;
    j11 += rd * sd;
    j12 += rd * sa;
    j21 += ra * sd;
    j22 += ra * sa;
  }
  return null;
}
