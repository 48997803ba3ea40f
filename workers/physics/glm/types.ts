/**
 * Types of the GLM teacher-student model (PHYSICS.md §1): the public parameter/result shapes and the
 * two interfaces every prior and every channel implements.
 */
import type { Rng } from '../numerics/rng.ts';
import type { Resumable } from '../resumable.ts';
import type { ParamsOf } from '../schema.ts';
import type { glmParams } from './params.ts';

/** the schema (params.ts) declares the options; the physics takes exactly those */
export type PriorKind = ParamsOf<typeof glmParams>['prior'];
export type ChannelKind = ParamsOf<typeof glmParams>['channel'];

export interface GlmParams {
  prior: PriorKind;
  channel: ChannelKind;
  /** label-flip probability ε (sign, ≤ ½) or Gaussian noise variance Δ (linear, relu); unused for abs */
  noise: number;
  /** density of the sparse prior (ignored by the others, which have ρ = E[w*²] = 1) */
  rho: number;
  /** state-evolution damping γ ∈ [0, 1): V ← (1−γ)F(V) + γV. Default 0. */
  damping?: number;
}

/**
 * One α of the learning curve. `*_amp`: SE fixed point from the uninformed start (what AMP reaches);
 * `*_bayes`: the stable fixed point with the larger free entropy. m = overlap, mse = ρ − m (weight
 * MSE), eg = test error (see Channel.testError), f = replica free entropy f_RS per dimension.
 * f is +Infinity at perfect recovery of a noiseless continuous channel (JSON: null).
 */
export interface GlmPoint {
  alpha: number;
  m_amp: number;
  m_bayes: number;
  mse_amp: number;
  mmse: number;
  eg_amp: number;
  eg_bayes: number;
  f_amp: number;
  f_bayes: number;
  /** SE reached its fixed point on the uninformed (AMP) branch (stateEvolution.ts seSolve); false: the numbers are the last iterate */
  converged_amp: boolean;
  /** the same for the branch chosen as Bayes */
  converged_bayes: boolean;
}
/** The numeric fields of a GlmPoint. */
export type GlmPointNumber = Exclude<keyof GlmPoint, 'converged_amp' | 'converged_bayes'>;
export type GlmCurve = { [K in GlmPointNumber]: Float64Array } & { converged_amp: boolean[]; converged_bayes: boolean[] };

/**
 * Teacher prior P0 and its scalar Gaussian channel (A = r, B = r w* + √r ξ). PHYSICS.md §1 table.
 */
export interface Prior {
  /** ρ = E[w*²] */
  readonly rho: number;
  /** GAMP denoiser over a vector of B at one A: fa = ∂_B ln Z0 (posterior mean), fv = ∂_B fa (variance) */
  denoise(A: number, B: Float64Array, fa: Float64Array, fv: Float64Array): void;
  /** ln Z0(A, B) = ln ∫ P0(w) e^{Bw − Aw²/2} dw */
  logZ0(A: number, B: number): number;
  /** mmse(r) = ρ − m(r) of the scalar channel; mmse(∞) = 0 */
  mmse(r: number): number;
  /** ψ(r) − ρr/2 with ψ(r) = E ln Z0; shifted so that it stays finite as r → ∞ for discrete priors */
  psiShift(r: number): number;
  /** lim_{r→∞} psiShift: minus the prior's entropy (−ln 2 for ±1), −Infinity for continuous priors */
  readonly psiShiftInf: number;
  /** draw the teacher's weights */
  sample(rng: Rng, out: Float64Array): void;
}

/** GAMP stop for channels whose output step stays exact as V → 0: ŵ is then at double precision. */
export const GAMP_V_FLOOR = 1e-30;

/**
 * Output channel P_out(y|z). SE quantities are functions of the overlap m and V = ρ − m, with
 * ω = √m ξ0, z = ω + √V ξ1 (PHYSICS.md §1, "State evolution").
 */
export interface Channel {
  /** G(m) = E[g_out²] = −E[∂_ω g_out]; +Infinity at V = 0 */
  G(m: number, V: number): number;
  /** Ψ(m) = E ln Z_out(y, ω, V); its V → 0 limit is `PsiAtZero` */
  Psi(m: number, V: number): number;
  /** Ψ at V = 0 (perfect recovery): finite for sign and noisy channels, +Infinity for noiseless continuous ones */
  readonly PsiAtZero: number;
  /** m = 0 is an SE fixed point (zero-mean symmetric channels such as |z|): the uninformed start is m = 0+ */
  readonly zeroFixed: boolean;
  /**
   * GAMP stops once mean v̂ falls below this (its output step is no longer accurate beyond): 1e-7 for sign, where
   * the Mills ratio underflows; GAMP_V_FLOOR (double-precision floor of the MSE) for the continuous channels.
   */
  readonly gampVStop: number;
  /**
   * GAMP's variance safeguard applies (gamp.ts): sign, linear, ReLU. Not |z|: there the finite-size error of ŵ
   * exceeds v̂ as v̂ → 0 on converging runs too, and raising V only slowed them (measured, d = 1000, α = 1.3).
   */
  readonly gampSafeguard: boolean;
  /**
   * Build, pausing, whatever G and Ψ would build on first use (ReLU: its Chebyshev tables, ~1 s): a resumable job runs
   * it before its solves so that none of them holds the worker for long. Absent where nothing is built.
   */
  prepare?(): Resumable<void, never>;
  /** GAMP output step: g = g_out(y, ω, V), dg = ∂_ω g_out, elementwise at one scalar V */
  gout(y: Float64Array, omega: Float64Array, V: number, g: Float64Array, dg: Float64Array): void;
  /** draw the labels y from z */
  sample(z: Float64Array, rng: Rng, y: Float64Array): void;
  /**
   * Test error of the Bayes-optimal predictor built from an estimate with self-overlap q, teacher
   * overlap m, teacher norm ρ_z = |w*|²/d and posterior variance V, averaged over a fresh Gaussian
   * input (exact expectation, no test sample). sign: classification error against the clean label
   * sign(z); other channels: test MSE on the noisy label. At a Bayes fixed point q = m.
   */
  testError(q: number, m: number, rhoZ: number, V: number): number;
}
