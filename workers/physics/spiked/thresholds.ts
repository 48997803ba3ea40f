/**
 * Thresholds of the spiked model in Δ (PHYSICS.md §8), located on the SE fixed-point equations, never
 * read off a grid.
 * - Δ_PCA = ρ_v² (BBP; spectralTheory.ts).
 * - Weak recovery Δ_WR (zero-mean priors): q_v = 0 loses stability. Linearising SE at q_v = q_z = 0 with
 *   A = q_v/Δ: q_v' = a A + b q_z, q_z' = c A, with a = ∂_A q_v, b = ∂_{q_z} q_v, c = α ∂_A E[g²] at 0,
 *   so the Jacobian [[a/Δ, b], [c/Δ, 0]] has eigenvalue 1 at Δ_WR = a + bc (i.i.d. priors: b = c = 0,
 *   a = ρ_v², exactly; generative: ρ_v² + α(Eφ')⁴, arXiv:1905.12385 Sec. 3). The generative derivatives are taken from the SE
 *   map itself by Richardson-extrapolated differences.
 * - Δ_alg: the largest Δ at which the uninformed SE reaches the informed branch (AMP succeeds below).
 *   It is Δ_WR unless a stable low branch survives below Δ_WR; then it is bisected on "the branches agree".
 * - Δ_IT: where the two stable branches have equal mutual information (Brent), between Δ_alg and the
 *   informed branch's spinodal; = Δ_alg when the transition is continuous (the branches agree just above).
 *   Priors with E v ≠ 0 (ReLU) have no weak-recovery threshold: null.
 */
import { brentStream } from '../numerics/roots.ts';
import type { ProgressFn } from '../manifest.ts';
import { drain, type Resumable } from '../resumable.ts';
import { outputAverages } from './generativeSpike.ts';
import { iidPrior } from './iidSpike.ts';
import { informedStart, SAME_BRANCH, seSolve, spikeOf, uninformedStart } from './stateEvolution.ts';
import type { SeState, Spike, SpikedParams } from './types.ts';

/** SE steps per solve; a run still moving after this sits at a continuous transition (critical slowing down) */
const MAX_ITER = 5000;
const TOL = 1e-11;

export interface SpikedThresholds {
  delta_pca: number;
  delta_alg: number | null;
  delta_it: number | null;
}

/** f'(0) from f(h) ≈ f'(0)h + O(h²), Richardson: 2·f(h/2)/(h/2) − f(h)/h. */
function slopeAtZero(f: (h: number) => number, h: number): number {
  return (2 * f(h / 2)) / (h / 2) - f(h) / h;
}

/** Δ_WR = a + bc from the SE map linearised at q_v = q_z = 0 (see the header). */
export function weakRecoveryDelta(p: SpikedParams): number {
  // i.i.d. zero-mean priors: m(r) = ρ_v² r + O(r²) exactly (the posterior mean is linear in B at r → 0), so a = ρ_v²;
  // a difference quotient would lose ~6 digits to cancellation (ρ_v − mmse(h) at h = 1e-6), enough for 1-ulp
  // differences of Math.exp/log between engines to move the printed threshold
  if (p.prior !== 'generative') return iidPrior(p.prior, p.rho).rho ** 2;
  const res = new Float64Array(2);
  const h = 1e-6;
  const a = slopeAtZero((x) => (outputAverages(p.act, x, 0, res), res[0]), h);
  const b = slopeAtZero((x) => (outputAverages(p.act, 0, x, res), res[0]), h);
  const c = p.alpha * slopeAtZero((x) => (outputAverages(p.act, x, 0, res), res[1]), h);
  return a + b * c;
}

/**
 * SE from both starts side by side: do they meet (within SAME_BRANCH) before both reach a fixed point? A pause after
 * every pair of steps (a generative step by quadrature takes up to ~0.5 ms, and a run up to MAX_ITER of them).
 */
function* agree(spike: Spike, delta: number): Resumable<boolean> {
  let u = uninformedStart(spike);
  let i = informedStart(spike);
  const un: SeState = { qv: 0, qz: 0 };
  const in_: SeState = { qv: 0, qz: 0 };
  for (let t = 0; t < MAX_ITER; t++) {
    if (Math.abs(u.qv - i.qv) < SAME_BRANCH) return true;
    spike.step(u, delta, un);
    spike.step(i, delta, in_);
    const still = Math.abs(un.qv - u.qv) < TOL && Math.abs(in_.qv - i.qv) < TOL;
    u = { ...un };
    i = { ...in_ };
    if (still) return false;
    yield undefined;
  }
  // critical slowing down: the branches are still closing in on one fixed point
  return Math.abs(u.qv - i.qv) < 1e-3 * spike.rhoV;
}

/** The informed branch is still informative at Δ: its SE does not fall below 1e-3·ρ_v. A pause after every step. */
function* informedAlive(spike: Spike, delta: number): Resumable<boolean> {
  let s = informedStart(spike);
  const n: SeState = { qv: 0, qz: 0 };
  for (let t = 0; t < MAX_ITER; t++) {
    if (s.qv < 1e-3 * spike.rhoV) return false;
    spike.step(s, delta, n);
    if (Math.abs(n.qv - s.qv) < TOL) return true;
    s = { ...n };
    yield undefined;
  }
  return true;
}

/** The largest x in [lo, hi] with pred(x) (pred(lo) true, pred(hi) false), to relTol: the last x where it held. */
function* bisect(pred: (x: number) => Resumable<boolean>, lo: number, hi: number, relTol = 1e-7): Resumable<number> {
  while (hi - lo > relTol * hi) {
    const mid = 0.5 * (lo + hi);
    if (yield* pred(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Largest Δ searched for the informed branch's spinodal (far beyond Δ_IT for ρ ≥ 0.01). */
const DELTA_SEARCH_MAX = 1e3;
/** relative offset from Δ_WR where the branches are compared (SE converges at rate ~ this offset) */
const OFFSET = 0.02;

export function spikedThresholds(p: SpikedParams, onProgress?: ProgressFn): SpikedThresholds {
  return drain(spikedThresholdsStream(p, onProgress));
}

/**
 * spikedThresholds as a resumable computation (the worker's job, and each ρ of spikedPhase): pauses after every SE
 * step of the branch comparisons and after every evaluation of the Δ_IT criterion (two SE solves), nothing offered.
 * spikedThresholds drains it.
 */
export function* spikedThresholdsStream(p: SpikedParams, onProgress?: ProgressFn): Resumable<SpikedThresholds> {
  const spike = spikeOf(p);
  const delta_pca = spike.rhoV * spike.rhoV;
  if (!spike.zeroFixed) return { delta_pca, delta_alg: null, delta_it: null };
  const wr = weakRecoveryDelta(p);
  onProgress?.(0.1);
  // Δ_alg
  let alg = wr;
  const below = wr * (1 - OFFSET);
  if (!(yield* agree(spike, below))) {
    let lo = below / 2;
    while (!(yield* agree(spike, lo)) && lo > 1e-6) lo /= 2;
    alg = yield* bisect((d) => agree(spike, d), lo, below);
  }
  onProgress?.(0.4);
  // continuous (the informed branch dies with the uninformed one) or first order
  const above = wr * (1 + OFFSET);
  if (!(yield* informedAlive(spike, above))) return { delta_pca, delta_alg: alg, delta_it: alg };
  let hi = above * 2;
  while (yield* informedAlive(spike, hi)) {
    if (hi > DELTA_SEARCH_MAX) return { delta_pca, delta_alg: alg, delta_it: null };
    hi *= 2;
  }
  // the informed branch's spinodal, coarsely: only a Δ where it is alive and beyond Δ_IT is needed
  const sp = yield* bisect((d) => informedAlive(spike, d), hi / 2, hi, 1e-3);
  onProgress?.(0.7);
  // i(informed) − i(uninformed): < 0 just above Δ_alg, > 0 near the spinodal
  const gap = (d: number): number => {
    const u = seSolve(spike, d, uninformedStart(spike)).state;
    const i = seSolve(spike, d, informedStart(spike)).state;
    return spike.mutualInfo(i, d) - spike.mutualInfo(u, d);
  };
  const gLo = gap(Math.max(alg, above));
  yield undefined;
  const gHi = gap(sp);
  if (!(gLo < 0 && gHi > 0)) return { delta_pca, delta_alg: alg, delta_it: Number.isNaN(gLo) ? null : alg };
  const it = (yield* brentStream(gap, Math.max(alg, above), sp, 1e-9 * sp)).x;
  onProgress?.(1);
  return { delta_pca, delta_alg: alg, delta_it: it };
}
