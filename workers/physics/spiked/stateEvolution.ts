/**
 * Bayes-optimal state evolution of the spiked Wigner model (PHYSICS.md §8): the two branches, the
 * Bayes-optimal one, and continuation along a Δ grid. The map is monotone in q_v (and q_z), so SE
 * converges to the nearest stable fixed point: from the uninformed start it is what AMP reaches, from the
 * informed start the top branch; the Bayes overlap is the branch with the smaller mutual information.
 */
import type { ProgressFn } from '../manifest.ts';
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

/**
 * Iterate SE at Δ from `start` to its fixed point (at most maxIter steps). Near a continuous transition the
 * approach is geometric with a ratio λ → 1 (thousands of steps); once three successive steps of q_v have the
 * same ratio λ ∈ (0, 1) to 1e-3 (a hyperbolic fixed point, not the varying ratios of a saddle-node
 * bottleneck), Aitken's Δ² jump s + d·λ/(1 − λ) goes to the limit of that geometric tail, q_z along.
 */
export function seSolve(spike: Spike, delta: number, start: SeState, maxIter = 20000): SeSolution {
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
    if (done) return { state: s, converged: true };
    const lam = d1 !== 0 ? dv / d1 : NaN;
    if (lam > 0 && lam < 1 && Math.abs(lam - lam1) < 1e-3 * (1 - lam)) {
      const k = lam / (1 - lam);
      s = { qv: Math.min(Math.max(s.qv + dv * k, 0), spike.rhoV), qz: Math.min(Math.max(s.qz + dz * k, 0), INFORMED_QZ) };
      d1 = 0;
      lam1 = NaN;
      continue;
    }
    d1 = dv;
    lam1 = lam;
  }
  return { state: s, converged: false };
}

/** SE iterates q_v^t, t = 0..iters, from a start (the curve AMP's iterations are compared with). */
export function seTrajectory(spike: Spike, delta: number, start: SeState, iters: number): Float64Array {
  const q = new Float64Array(iters + 1);
  let s: SeState = { ...start };
  let n: SeState = { qv: 0, qz: 0 };
  q[0] = s.qv;
  for (let t = 1; t <= iters; t++) {
    spike.step(s, delta, n);
    [s, n] = [n, s];
    q[t] = s.qv;
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
}

/**
 * Both branches on a Δ grid by continuation: the uninformed one from large Δ down (its fixed point only
 * grows as Δ falls, so the previous one is a start below it), the informed one from small Δ up.
 */
export function seBranches(spike: Spike, deltas: Float64Array, onProgress?: ProgressFn): Branches[] {
  const order = Array.from(deltas.keys()).sort((a, b) => deltas[a] - deltas[b]);
  const out: Branches[] = new Array<Branches>(deltas.length);
  const u0 = uninformedStart(spike);
  let prev = u0;
  for (let j = order.length - 1; j >= 0; j--) {
    const i = order[j];
    const start = { qv: Math.max(prev.qv, u0.qv), qz: Math.max(prev.qz, u0.qz) };
    prev = seSolve(spike, deltas[i], start).state;
    out[i] = { unf: prev, inf: prev, bayes: prev };
    onProgress?.(0.5 * (order.length - j) / order.length);
  }
  let inf = informedStart(spike);
  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    inf = seSolve(spike, deltas[i], inf).state;
    out[i].inf = inf;
    out[i].bayes = bayesOf(spike, deltas[i], out[i].unf, inf);
    onProgress?.(0.5 + (0.5 * (j + 1)) / order.length);
  }
  return out;
}
