/**
 * State evolution, free entropy and errors of the sign committee machine with Gaussian teacher
 * weights, in the committee-symmetric ansatz q = q_d I + (q_a/K) 11ᵀ (Aubin et al. 2018,
 * arXiv:1806.05451, eqs. (9)-(10); PHYSICS.md §2):
 *   r_d = α(M̄11 − M̄12),  r_a = αK M̄12,  q_d = r_d/(1 + r_d),  q_d + q_a = (r_d + r_a)/(1 + r_d + r_a)
 *   f = ½[Tr q + ln det(I − q)] + α Ψ_out(q),  Tr q = K q_d + q_a,  det(I − q) = (1 − q_d)^{K−1}(1 − q_d − q_a)
 *   ε_g = ½(E[Y²] − E[YY'])  (E[Y²] = ½ for K = 2, 1 for odd K).
 * Every function takes the output channel last (default sign; channel.ts: the K = 2 erf regression committee).
 * The plane q_d = 0 (non-specialised) is invariant; AMP from an uninformed start leaves it only when
 * the multiplier λ = ∂q_d^{t+1}/∂q_d^t at q_d = 0 exceeds 1.
 */
import { channelAveragesStream, errorFromEyy, SIGN_CHANNEL, type CommitteeChannel } from './channel.ts';
import { planeAverages } from './oddPlane.ts';
import { newAverages, type ChannelAverages } from './averages.ts';
import { drain, type Resumable } from '../resumable.ts';

export interface Overlaps {
  qd: number;
  qa: number;
}

export interface SeSolution extends Overlaps {
  converged: boolean;
  iterations: number;
}

/** Perturbation used for the linear stability of the q_d = 0 plane (finite difference in q_d). */
const STABILITY_DQD = 1e-6;
/** q_d below which a fixed point counts as non-specialised. */
export const SPECIALISED_QD = 1e-4;
/** Informed (teacher) start: q close to the identity. */
export const INFORMED: Readonly<Overlaps> = { qd: 0.95, qa: 0 };

const scratch = newAverages();
const planeScratch = { psi: 0, fisher: 0, stability: 0, eyy: 0 };

/** One SE step: (q_d, q_a) → (q_d', q_a'), writing the channel averages at the input into `avg`. */
export function seStep(K: number, alpha: number, q: Overlaps, out: Overlaps, avg: ChannelAverages = scratch, ch: CommitteeChannel = SIGN_CHANNEL): Overlaps {
  return drain(seStepStream(K, alpha, q, out, avg, ch));
}

/** seStep as a resumable computation: the erf channel pauses inside its quadrature. */
export function* seStepStream(K: number, alpha: number, q: Overlaps, out: Overlaps, avg: ChannelAverages = scratch, ch: CommitteeChannel = SIGN_CHANNEL): Resumable<Overlaps, never> {
  yield* channelAveragesStream(ch, K, q.qd, q.qa, avg);
  const rd = alpha * (avg.m11 - avg.m12);
  const ra = alpha * K * avg.m12;
  const qd = K === 1 ? (rd + ra) / (1 + rd + ra) : q.qd === 0 ? 0 : rd / (1 + rd);
  const qtot = (rd + ra) / (1 + rd + ra);
  out.qd = qd;
  out.qa = K === 1 ? 0 : qtot - qd;
  return out;
}

/** Iterate SE from `start` until |Δq| ≤ tol (q_d = 0 stays on the invariant plane). */
export function solveSE(K: number, alpha: number, start: Overlaps, tol = 1e-9, maxIter = 2000, ch: CommitteeChannel = SIGN_CHANNEL): SeSolution {
  return drain(solveSEStream(K, alpha, start, tol, maxIter, ch));
}

/** solveSE as a resumable computation: it pauses after each SE step (one channel evaluation). */
export function* solveSEStream(K: number, alpha: number, start: Overlaps, tol = 1e-9, maxIter = 2000, ch: CommitteeChannel = SIGN_CHANNEL): Resumable<SeSolution, never> {
  const q = { qd: start.qd, qa: start.qa };
  const next = { qd: 0, qa: 0 };
  for (let it = 1; it <= maxIter; it++) {
    yield* seStepStream(K, alpha, q, next, scratch, ch);
    yield;
    const step = Math.max(Math.abs(next.qd - q.qd), Math.abs(next.qa - q.qa));
    q.qd = next.qd;
    q.qa = next.qa;
    if (step <= tol) return { ...q, converged: true, iterations: it };
  }
  return { ...q, converged: false, iterations: maxIter };
}

/** Free entropy f(q) = ½[Tr q + ln det(I − q)] + αΨ_out(q) (total, not per hidden unit). */
export function freeEntropy(K: number, alpha: number, q: Overlaps, avg: ChannelAverages = scratch, ch: CommitteeChannel = SIGN_CHANNEL): number {
  return drain(freeEntropyStream(K, alpha, q, avg, ch));
}

function* freeEntropyStream(K: number, alpha: number, q: Overlaps, avg: ChannelAverages, ch: CommitteeChannel): Resumable<number, never> {
  yield* channelAveragesStream(ch, K, q.qd, q.qa, avg);
  const tr = K * q.qd + q.qa;
  const logDet = (K - 1) * Math.log1p(-q.qd) + Math.log1p(-q.qd - q.qa);
  return 0.5 * (tr + logDet) + alpha * avg.psi;
}

/** Free entropy and ε_g from one channel evaluation (the curve's per-point cost). */
export function observables(K: number, alpha: number, q: Overlaps, ch: CommitteeChannel = SIGN_CHANNEL): { f: number; eg: number } {
  return drain(observablesStream(K, alpha, q, ch));
}

/** observables as a resumable computation (the erf channel pauses inside). */
export function* observablesStream(K: number, alpha: number, q: Overlaps, ch: CommitteeChannel = SIGN_CHANNEL): Resumable<{ f: number; eg: number }, never> {
  const f = yield* freeEntropyStream(K, alpha, q, scratch, ch);
  return { f, eg: errorFromEyy(ch, K, scratch.eyy) };
}

/**
 * λ(α): linear-stability multiplier of the non-specialised plane at its fixed point q_a,
 * λ = ∂q_d^{t+1}/∂q_d^t |_{q_d = 0} (the Jacobian is triangular there, so this is its eigenvalue in
 * the specialisation direction). Equals α E Σ_y [(∂11 − ∂12)P]²/P of PHYSICS.md §2.
 */
export function planeStability(K: number, alpha: number, qa: number, ch: CommitteeChannel = SIGN_CHANNEL): number {
  return drain(planeStabilityStream(K, alpha, qa, ch));
}

/** planeStability as a resumable computation (the erf channel pauses inside). */
export function* planeStabilityStream(K: number, alpha: number, qa: number, ch: CommitteeChannel = SIGN_CHANNEL): Resumable<number, never> {
  if (K === 1) return Infinity;
  // odd K: closed 1-D form of α E[((∂11 − ∂12)P)²/P] (oddPlane.ts)
  if (K % 2 === 1 && ch.act === 'sign') return alpha * planeAverages(K, qa, planeScratch).stability;
  const out = { qd: 0, qa: 0 };
  yield* seStepStream(K, alpha, { qd: STABILITY_DQD, qa }, out, scratch, ch);
  return out.qd / STABILITY_DQD;
}
