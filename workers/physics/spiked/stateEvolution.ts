/**
 * Bayes-optimal state evolution of the spiked Wigner model (PHYSICS.md §8): the two branches, the
 * Bayes-optimal one, and continuation along a Δ grid. The map is monotone in q_v (and q_z), so SE
 * converges to the nearest stable fixed point: from the uninformed start it is what AMP reaches, from the
 * informed start the top branch; the Bayes overlap is the branch with the smaller mutual information.
 */
import type { ProgressFn } from '../manifest.ts';
import { drain, type Resumable } from '../resumable.ts';
import { generativeSpike } from './generativeSpike.ts';
import { iidPrior, iidSpike } from './iidSpike.ts';
import type { SeState, Spike, SpikedParams } from './types.ts';

/**
 * Uninformed start q_v = 1e-6·ρ_v where q_v = 0 is a fixed point (an infinitesimal overlap, as a random
 * start of AMP has); informed start q_v = ρ_v, q_z = 1 − 1e-9.
 */
export const UNINFORMED_Q = 1e-6;
const INFORMED_QZ = 1 - 1e-9;
/** fixed point when successive iterates differ by less than this */
const TOL = 1e-11;
/** the two branches are the same fixed point when their q_v differ by less than this */
export const SAME_BRANCH = 1e-5;

export function spikeOf(p: SpikedParams): Spike {
  return p.prior === 'generative' ? generativeSpike(p.act, p.alpha) : iidSpike(iidPrior(p.prior, p.rho));
}

export function uninformedStart(spike: Spike): SeState {
  return { qv: spike.zeroFixed ? UNINFORMED_Q * spike.rhoV : 0, qz: 0 };
}

export function informedStart(spike: Spike): SeState {
  return { qv: spike.rhoV, qz: INFORMED_QZ };
}

export interface SeSolution {
  state: SeState;
  converged: boolean;
}

/** The largest jump, in plain steps, of a secant point while the residual shrinks (as glm/stateEvolution.ts). */
const MAX_JUMP = 4;
/** The longest jump, in plain steps, after a run of capped jumps that fell short (doubling from MAX_JUMP). */
const CAP_MAX = 1024;
/** q_v/ρ_v below which SE moves by plain steps only (see seSolve) */
const NEAR_ZERO = 1e-4;

const clampState = (spike: Spike, qv: number, qz: number, out: SeState): void => {
  out.qv = Math.min(Math.max(qv, 0), spike.rhoV);
  out.qz = Math.min(Math.max(qz, 0), INFORMED_QZ);
};

/** The largest factor of one escape jump from q_v ≈ 0 (see plainSteps). */
const ESCAPE_MAX = 10;

/**
 * Plain SE steps from `start` (at most maxIter). Near a continuous transition the approach is geometric with a ratio
 * λ → 1 (thousands of steps); once three successive steps of q_v have the same ratio λ ∈ (0, 1) to 1e-3 (a hyperbolic
 * fixed point, not the varying ratios of a saddle-node bottleneck), Aitken's Δ² jump s + d·λ/(1 − λ) goes to the
 * limit of that geometric tail, q_z along. `escape` (a start next to the fixed point 0 of a zero-mean prior): the
 * escape from 0 below Δ_alg is geometric too, s_t ≈ λ^t s_0 with λ > 1 the growth rate of the map linearised at 0
 * (λ → 1 at Δ_alg: ~2·10⁴ steps from 1e-6 at Δ_c − 6e-4, sign φ, α = 1); once three ratios agree to 1e-3·(λ − 1),
 * s is in the linear regime along the unstable direction, where m more plain steps would give λ^m s: it jumps there,
 * s ← g·s with g ≤ 10 and g·q_v ≤ NEAR_ZERO·ρ_v (a jump past a fixed point below that comes back down by plain steps:
 * the map is monotone). The run stops as soon as q_v leaves the neighbourhood of 0, where seSolve's secant takes over.
 */
function plainSteps(spike: Spike, delta: number, start: SeState, maxIter: number, escape: boolean): SeSolution & { steps: number } {
  let s: SeState = { ...start };
  let n: SeState = { qv: 0, qz: 0 };
  let d1 = 0;
  let lam1 = NaN;
  for (let t = 0; t < maxIter; t++) {
    spike.step(s, delta, n);
    const dv = n.qv - s.qv;
    const dz = n.qz - s.qz;
    const done = Math.abs(dv) < TOL && Math.abs(dz) < TOL;
    [s, n] = [n, s];
    if (done) return { state: s, converged: true, steps: t + 1 };
    if (escape && s.qv >= NEAR_ZERO * spike.rhoV) return { state: s, converged: false, steps: t + 1 };
    const lam = d1 !== 0 ? dv / d1 : NaN;
    if (lam > 0 && lam < 1 && Math.abs(lam - lam1) < 1e-3 * (1 - lam)) {
      const k = lam / (1 - lam);
      s = { qv: Math.min(Math.max(s.qv + dv * k, 0), spike.rhoV), qz: Math.min(Math.max(s.qz + dz * k, 0), INFORMED_QZ) };
      d1 = 0;
      lam1 = NaN;
      continue;
    }
    if (escape && lam > 1 && Math.abs(lam - lam1) < 1e-3 * (lam - 1)) {
      // the linear regime about 0: s ∝ the unstable direction, s_{t+m} = λ^m s_t; up to NEAR_ZERO at most
      const g = Math.min(ESCAPE_MAX, (NEAR_ZERO * spike.rhoV) / s.qv);
      s = { qv: s.qv * g, qz: Math.min(s.qz * g, INFORMED_QZ) };
      d1 = 0;
      lam1 = NaN;
      continue;
    }
    d1 = dv;
    lam1 = lam;
  }
  return { state: s, converged: false, steps: maxIter };
}

/**
 * Iterate SE at Δ from `start` to its fixed point by plain steps and Aitken's jump (plainSteps; at most maxIter
 * steps): the bench's baseline, the solver before the secant and the escape jumps.
 */
export function seSolvePlain(spike: Spike, delta: number, start: SeState, maxIter = 20000): SeSolution {
  const { state, converged } = plainSteps(spike, delta, start, maxIter, false);
  return { state, converged };
}

/**
 * Iterate SE at Δ from `start` to its fixed point (at most maxIter SE steps). From a start next to q_v = 0 of a
 * zero-mean prior (the uninformed start; 0 is a fixed point, unstable below Δ_alg) by plain steps and escape jumps
 * (plainSteps) until q_v leaves NEAR_ZERO·ρ_v: the secant could stop on 0 or beside it with a residual below TOL. Then (the warm starts along a branch, the
 * informed start) the root of R(s) = F(s) − s, F the SE map, by Broyden's secant method on (q_v, q_z) (Broyden,
 * Math. Comp. 19 (1965) 577; on the scalar i.i.d. map it is the secant of glm/stateEvolution.ts) guarded by the plain
 * iteration. The map is monotone, so the plain step walks to the nearest stable fixed point in its direction of
 * motion, never across one; a secant point is taken only if it is at most `cap` plain steps away (MAX_JUMP, doubled
 * up to CAP_MAX while capped jumps keep falling short: the geometric tail of a continuous transition, contraction
 * ratio → 1) and its residual is smaller, else the plain step is taken. Converged when both components of R are
 * below TOL; F(s) is returned.
 */
export function seSolve(spike: Spike, delta: number, start: SeState, maxIter = 20000): SeSolution {
  let from = start;
  let used = 0;
  if (spike.zeroFixed && start.qv < NEAR_ZERO * spike.rhoV) {
    const esc = plainSteps(spike, delta, start, maxIter, true);
    if (esc.converged || esc.state.qv < NEAR_ZERO * spike.rhoV) return { state: esc.state, converged: esc.converged };
    from = esc.state;
    used = esc.steps;
  }
  const s: SeState = { qv: 0, qz: 0 };
  clampState(spike, from.qv, from.qz, s);
  const f: SeState = { qv: 0, qz: 0 };
  const st: SeState = { qv: 0, qz: 0 };
  const ft: SeState = { qv: 0, qz: 0 };
  spike.step(s, delta, f);
  const prev = { qv: NaN, qz: NaN, Rv: NaN, Rz: NaN };
  let cap = MAX_JUMP;
  const J = Float64Array.of(-1, 0, 0, -1);
  for (let evals = used + 1; evals < maxIter; ) {
    const Rv = f.qv - s.qv;
    const Rz = f.qz - s.qz;
    const norm = Math.max(Math.abs(Rv), Math.abs(Rz));
    if (norm < TOL) return { state: { ...f }, converged: true };
    let secant = false;
    let capped = false;
    let tv = NaN;
    let tz = NaN;
    if (prev.Rv === prev.Rv) {
      // Broyden's secant Jacobian J of R on (q_v, q_z) (J = −I before the first step: the plain step), the Newton
      // point s − J⁻¹R, at most `cap` plain steps away
      const dv = s.qv - prev.qv;
      const dz = s.qz - prev.qz;
      const ds2 = dv * dv + dz * dz;
      if (ds2 > 0) {
        const ev = Rv - prev.Rv - (J[0] * dv + J[1] * dz);
        const ez = Rz - prev.Rz - (J[2] * dv + J[3] * dz);
        J[0] += (ev * dv) / ds2;
        J[1] += (ev * dz) / ds2;
        J[2] += (ez * dv) / ds2;
        J[3] += (ez * dz) / ds2;
      }
      const det = J[0] * J[3] - J[1] * J[2];
      let jv = -(J[3] * Rv - J[1] * Rz) / det;
      let jz = -(-J[2] * Rv + J[0] * Rz) / det;
      const len = Math.max(Math.abs(jv), Math.abs(jz)) / norm;
      capped = len > cap;
      if (capped) {
        jv *= cap / len;
        jz *= cap / len;
      }
      tv = s.qv + jv;
      tz = s.qz + jz;
    }
    // next to q_v = 0 (a fixed point of the zero-mean priors, unstable below Δ_alg) only plain steps: a secant there can
    // stop on it, or next to it with a residual below TOL, on the wrong branch
    if (spike.zeroFixed && (s.qv < NEAR_ZERO * spike.rhoV || tv < NEAR_ZERO * spike.rhoV)) tv = NaN;
    if (tv === tv) {
      clampState(spike, tv, tz, st);
      // only in q_v's direction of motion (the plain step's: the monotone map moves q_v one way to the fixed point)
      if ((st.qv !== f.qv || st.qz !== f.qz) && (st.qv - s.qv) * Rv > 0) {
        spike.step(st, delta, ft);
        evals++;
        const Rtv = ft.qv - st.qv;
        const Rt = Math.max(Math.abs(Rtv), Math.abs(ft.qz - st.qz));
        // before the fixed point (R keeps its sign in q_v) or beyond it with a smaller residual (glm/stateEvolution.ts)
        secant = Rtv * Rv > 0 || Rt < norm;
      }
    }
    // a capped jump that was taken and still fell short (R kept its sign): a geometric tail, lengthen the next one
    cap = capped && secant && ft.qv - st.qv !== 0 && (ft.qv - st.qv) * Rv > 0 ? Math.min(2 * cap, CAP_MAX) : MAX_JUMP;
    Object.assign(prev, { qv: s.qv, qz: s.qz, Rv, Rz });
    if (secant) {
      Object.assign(s, st);
      Object.assign(f, ft);
    } else {
      Object.assign(s, f);
      spike.step(s, delta, f);
      evals++;
    }
  }
  return { state: { ...f }, converged: false };
}

/**
 * SE iterates q_v^t, t = 0..iters, from a start (the curve AMP's iterations are compared with); resumable, a pause
 * after every step offering the iterates so far (a generative step by quadrature takes up to ~0.5 ms: 300 of them ~130 ms).
 */
export function* seTrajectoryStream(spike: Spike, delta: number, start: SeState, iters: number): Resumable<Float64Array, Float64Array> {
  const q = new Float64Array(iters + 1);
  let s: SeState = { ...start };
  let n: SeState = { qv: 0, qz: 0 };
  q[0] = s.qv;
  for (let t = 1; t <= iters; t++) {
    spike.step(s, delta, n);
    [s, n] = [n, s];
    q[t] = s.qv;
    if (t < iters) yield () => q.slice(0, t + 1);
  }
  return q;
}

/** The Bayes branch of two fixed points: the same one, or the one with the smaller mutual information (NaN: the informed one). */
export function bayesOf(spike: Spike, delta: number, unf: SeState, inf: SeState): SeState {
  if (Math.abs(unf.qv - inf.qv) < SAME_BRANCH) return unf;
  const iu = spike.mutualInfo(unf, delta);
  const ii = spike.mutualInfo(inf, delta);
  return iu < ii ? unf : inf;
}

export interface Branches {
  unf: SeState;
  inf: SeState;
  bayes: SeState;
  /** both branches' solves converged (seSolve within its step budget) */
  converged: boolean;
}

/**
 * Both branches on a Δ grid by continuation: the uninformed one from large Δ down (its fixed point only
 * grows as Δ falls, so the previous one is a start below it), the informed one from small Δ up. `solve`: seSolve, or
 * seSolvePlain as the bench's baseline. Resumable (../resumable.ts): it pauses after every solve, so that the worker can
 * take a cancel between two (the numbers are those of the plain loop); seBranches drains it.
 */
export function* seBranchesStream(spike: Spike, deltas: Float64Array, onProgress?: ProgressFn, solve = seSolve): Resumable<Branches[]> {
  const order = Array.from(deltas.keys()).sort((a, b) => deltas[a] - deltas[b]);
  const out: Branches[] = new Array<Branches>(deltas.length);
  const u0 = uninformedStart(spike);
  let prev = u0;
  for (let j = order.length - 1; j >= 0; j--) {
    const i = order[j];
    const start = { qv: Math.max(prev.qv, u0.qv), qz: Math.max(prev.qz, u0.qz) };
    const r = solve(spike, deltas[i], start);
    prev = r.state;
    out[i] = { unf: prev, inf: prev, bayes: prev, converged: r.converged };
    onProgress?.(0.5 * (order.length - j) / order.length);
    yield undefined;
  }
  let inf = informedStart(spike);
  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    const r = solve(spike, deltas[i], inf);
    inf = r.state;
    out[i].inf = inf;
    out[i].converged &&= r.converged;
    out[i].bayes = bayesOf(spike, deltas[i], out[i].unf, inf);
    onProgress?.(0.5 + (0.5 * (j + 1)) / order.length);
    yield undefined;
  }
  return out;
}

/** seBranchesStream run to its end. */
export function seBranches(spike: Spike, deltas: Float64Array, onProgress?: ProgressFn, solve = seSolve): Branches[] {
  return drain(seBranchesStream(spike, deltas, onProgress, solve));
}
