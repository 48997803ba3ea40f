/**
 * AMP on a finite instance (arXiv:1905.12385, Algorithm 1; for the i.i.d. priors the rank-one AMP of
 * Lesieur, Krzakala, Zdeborová, J. Stat. Mech. (2017) 073403, Sec. 4). Undamped: no damping is applied,
 * as in the state evolution it is compared with. With M = Y/√p, per iteration:
 *   spike:  A = |v̂|²/(pΔ),  B = M v̂/Δ − (mean σ_v/Δ) v̂_prev  (Onsager term),
 *   i.i.d.: v̂, σ_v = f_a(A, B), f_v(A, B) of the prior (glm/prior*.ts, rescaled by unitPrior.ts);
 *   generative, the inner GLM-AMP on z with X = W/√k (glm/gamp.ts conventions, PHYSICS.md §1):
 *     V = mean σ_z, ω = X ẑ − V g_prev; g, dg, v̂, σ_v from generativeOutput.ts at (B_i, A, ω_i, V);
 *     A_z = α·mean(−dg), B_z = Xᵀg + A_z ẑ, ẑ, σ_z = B_z/(1 + A_z), 1/(1 + A_z) (glm/priorGaussian.ts).
 * One iteration streams M once (and X twice for the generative prior). For zero-mean priors Y does not know the
 * sign of v*, so the MSE is taken up to it (at small p a run near the threshold may settle on −v*).
 * Start: q_v = 0 is a fixed point of AMP for zero-mean priors, so the run starts from the posterior mean of a
 * weak side observation of the spike (i.i.d.: of v*, generative: of z⋆) whose signal-to-noise A₀ is set so that
 * the start has overlap q⁰ (i.i.d.: ρ_v − mmse(A₀) = q⁰ρ_v; generative: q_z⁰ = A₀/(1 + A₀) = q⁰).
 * q⁰ = START_Q = 2e-3 lies below the unstable fixed point of the hard phase (≥ 4e-3 for ρ ≥ 0.02, Δ ≥ 1.05), so SE from
 * this start stays on the uninformed branch there, and above the overlap ~1/p a random start has at p ≳ 500.
 * Where SE from START_Q and from START_Q_EASY = 0.05 reach the same fixed point (no hard phase between them: the
 * prediction does not depend on the start) the run starts from START_Q_EASY instead: from 2e-3, sparse priors at
 * p = 2000 (ρ = 0.1, Δ = 0.5) fall, one seed in three, into a finite-size trap — |v̂|² grows in directions of the
 * noise (A ≈ 0.2, overlap ≈ 0) for tens of iterations — which an overlap of 0.05 (cosine 0.2 ≫ p^{-1/2}) avoids.
 * Damping does not cure that trap (measured at ρ = 0.1, p = 2000: damping v̂ and σ_v by 0.7, 0.5, 0.3, as in
 * LowRAMP, or the fields A, B, keeps or worsens it): AMP runs undamped, as the SE it is compared with.
 * SE starts from the same state.
 */
import { gaussianPrior } from '../glm/priorGaussian.ts';
import { f32Design } from '../numerics/f32Matrix.ts';
import { matVec } from '../numerics/linalg.ts';
import type { Rng } from '../numerics/rng.ts';
import { brent } from '../numerics/roots.ts';
import type { Prior } from '../glm/types.ts';
import type { LockstepRun } from '../resumable.ts';
import { out, outputAt } from './generativeOutput.ts';
import { iidPrior } from './iidSpike.ts';
import type { SpikedInstance } from './instance.ts';
import { SAME_BRANCH, seSolve, spikeOf } from './stateEvolution.ts';
import type { SeState, SpikedParams } from './types.ts';

export const START_Q = 2e-3;
export const START_Q_EASY = 0.05;

/** A₀ with ρ_v − mmse(A₀) = q0·ρ_v (m(r) ≈ ρ_v² r at small r, so the root lies near q0/ρ_v). */
function startSnr(prior: Prior, q0: number): number {
  const f = (lnA: number) => prior.rho - prior.mmse(Math.exp(lnA)) - q0 * prior.rho;
  return Math.exp(brent(f, Math.log(q0) - 12, Math.log(q0) + 6, 1e-12).x);
}

function startStateAt(params: SpikedParams, q0: number): SeState {
  if (params.prior === 'generative') return { qv: 0, qz: q0 };
  return { qv: q0 * iidPrior(params.prior, params.rho).rho, qz: 0 };
}

/** The start overlap q⁰ at Δ (see the header): START_Q_EASY where it leads SE to the same fixed point as START_Q. */
export function startOverlap(params: SpikedParams, delta: number): number {
  const spike = spikeOf(params);
  const lo = seSolve(spike, delta, startStateAt(params, START_Q)).state;
  const hi = seSolve(spike, delta, startStateAt(params, START_Q_EASY)).state;
  return Math.abs(lo.qv - hi.qv) < SAME_BRANCH ? START_Q_EASY : START_Q;
}

export interface AmpRun {
  /** |v̂ᵗ − v*|²/p, t = 0..iters (up to the global sign for zero-mean priors) */
  mse: Float64Array;
  /** the final v̂ */
  vhat: Float64Array;
}

/** SE's starting state for AMP's start overlap q0 = startOverlap(params, Δ) (see the header). */
export function ampStartState(params: SpikedParams, q0: number): SeState {
  if (params.prior === 'generative') return { qv: 0, qz: q0 };
  const prior = iidPrior(params.prior, params.rho);
  return { qv: prior.rho - prior.mmse(startSnr(prior, q0)), qz: 0 };
}

function mseOf(a: Float64Array, b: Float64Array, signFree: boolean): number {
  let s = 0;
  let t = 0;
  for (let i = 0; i < a.length; i++) {
    s += (a[i] - b[i]) * (a[i] - b[i]);
    t += (a[i] + b[i]) * (a[i] + b[i]);
  }
  return (signFree ? Math.min(s, t) : s) / a.length;
}

function mean(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s / a.length;
}

/** Side observation A₀x* + √A₀ ξ of a vector (the AMP start). */
function sideObservation(x: Float64Array, A0: number, rng: Rng): Float64Array {
  const B = new Float64Array(x.length);
  const s = Math.sqrt(A0);
  for (let i = 0; i < x.length; i++) B[i] = A0 * x[i] + s * rng.normal();
  return B;
}

export function runAmp(params: SpikedParams, inst: SpikedInstance, delta: number, iters: number, rng: Rng): AmpRun {
  const run = ampRunner(params, inst, delta, iters, startOverlap(params, delta), rng);
  run.advance(iters);
  return { mse: run.mse, vhat: run.vhat };
}

/** AMP's run on one instance, advanced a few iterations at a time (LockstepRun); `mse` holds iterations 0..taken(). */
export interface AmpRunner extends AmpRun, LockstepRun {
  /** frees X's copy in the WebAssembly kernels (done by the last iteration; for a run stopped before) */
  dispose(): void;
}

/**
 * runAmp from the start overlap q0 = startOverlap(params, delta) (the same at every seed: computed once by the
 * callers that run several), iterations taken `advance(n)` at a time: the same arithmetic, in the same order.
 */
export function ampRunner(params: SpikedParams, inst: SpikedInstance, delta: number, iters: number, q0: number, rng: Rng): AmpRunner {
  const { p, k, M, X } = inst;
  const mse = new Float64Array(iters + 1);
  const vhat = new Float64Array(p);
  const vvar = new Float64Array(p);
  let vprev = new Float64Array(p);
  const Mv = new Float64Array(p);
  const B = new Float64Array(p);
  const prior = params.prior === 'generative' ? null : iidPrior(params.prior, params.rho);
  // latent side (generative)
  const zhat = new Float64Array(k);
  const zvar = new Float64Array(k);
  const omega = new Float64Array(p);
  const g = new Float64Array(p);
  const dgs = new Float64Array(p);
  const Bz = new Float64Array(k);
  // X's two products per iteration in the WebAssembly kernels where they load (numerics/f32Matrix.ts: same bits)
  let design = prior ? null : f32Design(X, p, k);
  if (prior) {
    const A0 = startSnr(prior, q0);
    prior.denoise(A0, sideObservation(inst.v, A0, rng), vhat, vvar);
  } else {
    const A0 = q0 / (1 - q0);
    gaussianPrior.denoise(A0, sideObservation(inst.z, A0, rng), zhat, zvar);
    vvar.fill(spikeOf(params).rhoV);
  }
  const signFree = spikeOf(params).zeroFixed;
  mse[0] = mseOf(vhat, inst.v, signFree);
  const dispose = () => {
    design?.dispose();
    design = null;
  };
  let t = 1;
  const iterate = () => {
    let qv = 0;
    for (let i = 0; i < p; i++) qv += vhat[i] * vhat[i];
    const A = qv / (p * delta);
    matVec(M, p, p, vhat, Mv);
    const ons = mean(vvar) / delta;
    for (let i = 0; i < p; i++) B[i] = Mv[i] / delta - ons * vprev[i];
    vprev = Float64Array.from(vhat);
    if (prior) {
      prior.denoise(A, B, vhat, vvar);
    } else {
      const V = mean(zvar);
      design!.times(zhat, omega);
      let sdg = 0;
      for (let i = 0; i < p; i++) {
        outputAt(params.act, B[i], A, omega[i] - V * g[i], V);
        g[i] = out.g;
        dgs[i] = out.dg;
        sdg -= out.dg;
        vhat[i] = out.vm;
        vvar[i] = out.vv;
      }
      const Az = sdg / k;
      design!.transposeTimes(g, Bz);
      for (let l = 0; l < k; l++) Bz[l] += Az * zhat[l];
      gaussianPrior.denoise(Az, Bz, zhat, zvar);
    }
    mse[t] = mseOf(vhat, inst.v, signFree);
  };
  if (iters < 1) dispose();
  return {
    mse,
    vhat,
    total: iters,
    taken: () => t - 1,
    advance(maxSteps) {
      for (let n = 0; n < maxSteps && t <= iters; n++, t++) iterate();
      if (t > iters) dispose();
      return t > iters;
    },
    dispose,
  };
}
