/**
 * Newton's method on the state-evolution fixed point G(q) = SE(q) − q in the committee-symmetric
 * ansatz (1 unknown on the plane q_d = 0, 2 off it). Plain SE iteration slows down critically at the
 * continuous K = 2 transition (hundreds of steps); Newton from a warm start along α needs 2–4 steps.
 * Jacobian by forward differences at the first iterate (the quadrature is a fixed smooth function of q, so a
 * step of 1e-7 gives ~7 correct digits), then Broyden updates (one channel call per step instead of three),
 * refreshed by differences if the residual stops halving.
 */
import { SIGN_CHANNEL, type CommitteeChannel } from './channel.ts';
import { newAverages } from './averages.ts';
import { drain, type Resumable } from '../resumable.ts';
import { seStepStream, type Overlaps, type SeSolution } from './stateEvolution.ts';

const FD = 1e-7;
const TOL = 1e-11;
const MAX_NEWTON = 25;

/**
 * Converged when the step is below TOL, or when the error left after it, estimated from the contraction of
 * the last two steps (e_{k+1} ≈ s_k · s_k/s_{k−1} in the quadratic regime), is: saves the confirming iteration.
 */
const converged = (step: number, prev: number) => step <= TOL || (step < 1e-5 && (step * step) / prev <= TOL);

/**
 * A trial point must stay in q_d > 0, q_a ≥ 0 and may at most halve the distance 1 − q_d − q_a to q = I:
 * the quadrature degrades as q → I and has spurious roots there that an unguarded step can reach.
 */
function acceptable(qd: number, qa: number, qd0: number, qa0: number): boolean {
  return qd > 0 && qa > -1e-12 && 1 - qd - qa >= 0.5 * (1 - qd0 - qa0);
}

/**
 * Fixed point from `start`; on the plane when start.qd === 0. Returns null if Newton fails (caller falls
 * back to plain iteration) or if an off-plane solve falls onto the plane (q_d ≤ minQd).
 */
export function newtonSE(K: number, alpha: number, start: Overlaps, minQd = 1e-7, ch: CommitteeChannel = SIGN_CHANNEL): SeSolution | null {
  return drain(newtonSEStream(K, alpha, start, minQd, ch));
}

/** newtonSE as a resumable computation: it pauses after each channel evaluation (K = 3 and erf: a few ms each). */
export function* newtonSEStream(K: number, alpha: number, start: Overlaps, minQd = 1e-7, ch: CommitteeChannel = SIGN_CHANNEL): Resumable<SeSolution | null, never> {
  const avg = newAverages();
  const plane = start.qd === 0 || K === 1;
  const q = { qd: start.qd, qa: start.qa };
  const f0 = { qd: 0, qa: 0 };
  const f1 = { qd: 0, qa: 0 };
  const f2 = { qd: 0, qa: 0 };
  let prev = Infinity;
  // off the plane: Jacobian of G(q) = SE(q) − q as [[a, b], [c, d]] (rows q_d, q_a), last residual and step
  const J = { a: 0, b: 0, c: 0, d: 0 };
  const gPrev = { d: 0, a: 0 };
  const sPrev = { d: 0, a: 0 };
  let fresh = true;
  for (let it = 1; it <= MAX_NEWTON; it++) {
    yield* seStepStream(K, alpha, q, f0, avg, ch);
    yield;
    if (plane) {
      // K = 1 keeps its overlap in q_d (q_a ≡ 0); the plane keeps q_d ≡ 0
      const x = K === 1 ? q.qd : q.qa;
      const g = (K === 1 ? f0.qd : f0.qa) - x;
      const h = x + FD < 1 ? FD : -FD;
      yield* seStepStream(K, alpha, K === 1 ? { qd: x + h, qa: 0 } : { qd: 0, qa: x + h }, f1, avg, ch);
      yield;
      const dg = ((K === 1 ? f1.qd : f1.qa) - x - h - g) / h;
      let step = -g / dg;
      if (!Number.isFinite(step)) return null;
      // damp steps that leave (0, 1) or more than halve the distance to 1 (see acceptable())
      while (x + step <= 0 || 1 - x - step < 0.5 * (1 - x)) step *= 0.5;
      if (K === 1) q.qd = x + step;
      else q.qa = x + step;
      if (converged(Math.abs(step), prev)) return { ...q, converged: true, iterations: it };
      prev = Math.abs(step);
      continue;
    }
    const gd = f0.qd - q.qd;
    const ga = f0.qa - q.qa;
    if (fresh || Math.hypot(gd, ga) > 0.5 * Math.hypot(gPrev.d, gPrev.a)) {
      // forward-difference Jacobian at the first iterate, or when Broyden's secant model stopped contracting
      yield* seStepStream(K, alpha, { qd: q.qd + FD, qa: q.qa }, f1, avg, ch);
      yield;
      yield* seStepStream(K, alpha, { qd: q.qd, qa: q.qa + FD }, f2, avg, ch);
      yield;
      J.a = (f1.qd - f0.qd) / FD - 1;
      J.c = (f1.qa - f0.qa) / FD;
      J.b = (f2.qd - f0.qd) / FD;
      J.d = (f2.qa - f0.qa) / FD - 1;
      fresh = false;
    } else {
      // Broyden's rank-one update with the last step s: J += (Δg − J s) sᵀ/|s|², one channel call per iteration
      const yd = gd - gPrev.d - (J.a * sPrev.d + J.b * sPrev.a);
      const ya = ga - gPrev.a - (J.c * sPrev.d + J.d * sPrev.a);
      const ss = sPrev.d * sPrev.d + sPrev.a * sPrev.a;
      J.a += (yd * sPrev.d) / ss;
      J.b += (yd * sPrev.a) / ss;
      J.c += (ya * sPrev.d) / ss;
      J.d += (ya * sPrev.a) / ss;
    }
    const det = J.a * J.d - J.b * J.c;
    let sd = -(J.d * gd - J.b * ga) / det;
    let sa = -(-J.c * gd + J.a * ga) / det;
    if (!Number.isFinite(sd) || !Number.isFinite(sa)) return null;
    for (let k = 0; k < 60 && !acceptable(q.qd + sd, q.qa + sa, q.qd, q.qa); k++) { sd *= 0.5; sa *= 0.5; }
    q.qd += sd;
    q.qa += sa;
    gPrev.d = gd;
    gPrev.a = ga;
    sPrev.d = sd;
    sPrev.a = sa;
    if (q.qd <= minQd) return null;
    const size = Math.max(Math.abs(sd), Math.abs(sa));
    if (converged(size, prev)) return { ...q, converged: true, iterations: it };
    prev = size;
  }
  return null;
}
