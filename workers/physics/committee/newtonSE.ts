/**
 * Newton's method on the state-evolution fixed point G(q) = SE(q) − q in the committee-symmetric
 * ansatz (1 unknown on the plane q_d = 0, 2 off it). Plain SE iteration slows down critically at the
 * continuous K = 2 transition (hundreds of steps); Newton from a warm start along α needs 2–4 steps of
 * 3 channel evaluations (Jacobian by forward differences: the quadrature is a fixed smooth function of q,
 * so a step of 1e-7 gives ~7 correct digits, enough for quadratic-then-fast-linear convergence).
 */
import { seStep, type Overlaps, type SeSolution } from './stateEvolution.ts';

const FD = 1e-7;
const TOL = 1e-11;
const MAX_NEWTON = 25;

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
export function newtonSE(K: number, alpha: number, start: Overlaps, minQd = 1e-7): SeSolution | null {
  const plane = start.qd === 0 || K === 1;
  const q = { qd: start.qd, qa: start.qa };
  const f0 = { qd: 0, qa: 0 };
  const f1 = { qd: 0, qa: 0 };
  const f2 = { qd: 0, qa: 0 };
  for (let it = 1; it <= MAX_NEWTON; it++) {
    seStep(K, alpha, q, f0);
    if (plane) {
      // K = 1 keeps its overlap in q_d (q_a ≡ 0); the plane keeps q_d ≡ 0
      const x = K === 1 ? q.qd : q.qa;
      const g = (K === 1 ? f0.qd : f0.qa) - x;
      const h = x + FD < 1 ? FD : -FD;
      seStep(K, alpha, K === 1 ? { qd: x + h, qa: 0 } : { qd: 0, qa: x + h }, f1);
      const dg = ((K === 1 ? f1.qd : f1.qa) - x - h - g) / h;
      let step = -g / dg;
      if (!Number.isFinite(step)) return null;
      // damp steps that leave (0, 1) or more than halve the distance to 1 (see acceptable())
      while (x + step <= 0 || 1 - x - step < 0.5 * (1 - x)) step *= 0.5;
      if (K === 1) q.qd = x + step;
      else q.qa = x + step;
      if (Math.abs(step) <= TOL) return { ...q, converged: true, iterations: it };
      continue;
    }
    const gd = f0.qd - q.qd;
    const ga = f0.qa - q.qa;
    seStep(K, alpha, { qd: q.qd + FD, qa: q.qa }, f1);
    seStep(K, alpha, { qd: q.qd, qa: q.qa + FD }, f2);
    const j11 = (f1.qd - f0.qd) / FD - 1;
    const j21 = (f1.qa - f0.qa) / FD;
    const j12 = (f2.qd - f0.qd) / FD;
    const j22 = (f2.qa - f0.qa) / FD - 1;
    const det = j11 * j22 - j12 * j21;
    let sd = -(j22 * gd - j12 * ga) / det;
    let sa = -(-j21 * gd + j11 * ga) / det;
    if (!Number.isFinite(sd) || !Number.isFinite(sa)) return null;
    for (let k = 0; k < 60 && !acceptable(q.qd + sd, q.qa + sa, q.qd, q.qa); k++) { sd *= 0.5; sa *= 0.5; }
    q.qd += sd;
    q.qa += sa;
    if (q.qd <= minQd) return null;
    if (Math.max(Math.abs(sd), Math.abs(sa)) <= TOL) return { ...q, converged: true, iterations: it };
  }
  return null;
}
