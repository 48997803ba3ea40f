/**
 * Phase diagram of the sign committee machine in (α/K², K) (Aubin et al. 2018, arXiv:1806.05451, Fig. 3):
 * the AMP threshold α_AMP(K) (λ = 1 on the non-specialised plane, exact 1-D integrals for odd K, oddPlane.ts;
 * K = 2 from the 2-D SE) for K ≤ K_max, and the large-K constants α̃_IT, α̃_spinodal and α_AMP/K² → 1/J.
 * The IT line at finite K is known here at K = 2 (continuous transition, α_IT = α_AMP) and as K → ∞.
 */
import { drain, type Resumable } from '../resumable.ts';
import { newtonSEStream } from './newtonSE.ts';
import { largeKThresholds, type LargeKThresholds } from './largeK.ts';
import { planeAverages } from './oddPlane.ts';
import { planeStability, solveSEStream } from './stateEvolution.ts';

export interface CommitteePhase {
  /** α̃_IT, α̃_spinodal (α/K) and 1/J (α_AMP/K²) of the K → ∞ limit */
  large: LargeKThresholds;
  /** K = 2 then the odd K = 3, 5, …, K_max */
  K: Float64Array;
  alpha_amp: Float64Array;
  alpha_amp_over_K2: Float64Array;
  /** α_IT where known at finite K (K = 2), NaN elsewhere */
  alpha_it: Float64Array;
}

/** λ(α) − 1 at the plane's fixed point; `qa` carries the warm start between calls. Pauses after each SE step. */
function* gap(K: number, alpha: number, qa: { v: number }): Resumable<number, never> {
  const p = (yield* newtonSEStream(K, alpha, { qd: 0, qa: qa.v })) ?? (yield* solveSEStream(K, alpha, { qd: 0, qa: qa.v }));
  qa.v = p.qa;
  return planeStability(K, alpha, p.qa) - 1;
}

/**
 * α_AMP(K) for any K with a plane SE (K = 2 in the diagram; odd K: oddAmpThreshold is ~10x cheaper): secant on
 * ln α from a guess, λ being smooth and increasing in α; tolerance 1e-9 relative.
 */
export function ampThresholdFrom(K: number, guess: number): number {
  return drain(ampThresholdFromStream(K, guess));
}

function* ampThresholdFromStream(K: number, guess: number): Resumable<number, never> {
  const qa = { v: 0.9 };
  let x0 = Math.log(guess);
  let x1 = Math.log(guess * 1.02);
  let g0 = yield* gap(K, Math.exp(x0), qa);
  let g1 = yield* gap(K, Math.exp(x1), qa);
  for (let it = 0; it < 60 && Math.abs(x1 - x0) > 1e-10; it++) {
    let x2 = x1 - (g1 * (x1 - x0)) / (g1 - g0);
    if (!Number.isFinite(x2)) break;
    x2 = Math.min(x1 + 0.5, Math.max(x1 - 0.5, x2));
    x0 = x1;
    g0 = g1;
    x1 = x2;
    g1 = yield* gap(K, Math.exp(x1), qa);
  }
  return Math.exp(x1);
}

/**
 * Odd K: the plane's fixed point q_a = r/(1 + r), r = α·fisher(q_a), and λ = α·stability(q_a) = 1 hold at once
 * iff R(q_a) = q_a/(1 − q_a) − fisher(q_a)/stability(q_a) = 0, then α_AMP = 1/stability(q_a): a 1-D root in q_a
 * with ONE plane integral per evaluation (the α-secant of ampThresholdFrom nests a fixed-point solve, ~50).
 * Secant from `qaGuess` (q_a* moves slowly with K), tolerance 1e-12 in q_a (α to ~1e-10 relative).
 */
export function oddAmpThreshold(K: number, qaGuess: number): { alpha: number; qa: number } {
  return drain(oddAmpThresholdStream(K, qaGuess));
}

/** oddAmpThreshold, pausing after each plane integral (large K: a few ms each). */
function* oddAmpThresholdStream(K: number, qaGuess: number): Resumable<{ alpha: number; qa: number }, never> {
  const plane = { psi: 0, fisher: 0, stability: 0, eyy: 0 };
  const R = (qa: number) => {
    planeAverages(K, qa, plane);
    return qa / (1 - qa) - plane.fisher / plane.stability;
  };
  let x0 = qaGuess;
  let x1 = Math.min(qaGuess + 1e-3, 0.5 * (1 + qaGuess));
  let r0 = R(x0);
  yield;
  let r1 = R(x1);
  yield;
  for (let it = 0; it < 50 && Math.abs(x1 - x0) > 1e-12; it++) {
    let x2 = x1 - (r1 * (x1 - x0)) / (r1 - r0);
    if (!Number.isFinite(x2)) break;
    // stay inside (0, 1): at most halve the distance to either end per step
    x2 = Math.min(0.5 * (1 + x1), Math.max(0.5 * x1, x2));
    x0 = x1;
    r0 = r1;
    x1 = x2;
    r1 = R(x1);
    yield;
  }
  // planeAverages last ran at x1
  return { alpha: 1 / plane.stability, qa: x1 };
}

/**
 * The diagram for K = 2, 3, 5, …, kMax (odd), plus the large-K constants. `onPartial` receives the arrays
 * filled so far (NaN where not yet computed) after each K, so the figure can draw progressively.
 */
export function committeePhase(kMax = 51, onPartial?: (p: CommitteePhase) => void, onProgress?: (f: number) => void): CommitteePhase {
  return drain(committeePhaseStream(kMax, onProgress), onPartial);
}

/**
 * committeePhase as a resumable computation (the worker's job): it pauses after each SE step or plane integral, and
 * offers the arrays filled so far at the pause after each K.
 */
export function* committeePhaseStream(kMax = 51, onProgress?: (f: number) => void): Resumable<CommitteePhase, CommitteePhase> {
  const Ks = [2];
  for (let k = 3; k <= kMax; k += 2) Ks.push(k);
  const n = Ks.length;
  const large = largeKThresholds();
  const out: CommitteePhase = {
    large,
    K: Float64Array.from(Ks),
    alpha_amp: new Float64Array(n).fill(NaN),
    alpha_amp_over_K2: new Float64Array(n).fill(NaN),
    alpha_it: new Float64Array(n).fill(NaN),
  };
  let qa = 0.9; // the plane's q_a at α_AMP, warm across odd K
  for (let i = 0; i < n; i++) {
    const K = Ks[i];
    let a: number;
    if (K === 2) a = yield* ampThresholdFromStream(2, 0.6 * 4); // α_AMP/K² ≈ 0.51 at K = 2
    else ({ alpha: a, qa } = yield* oddAmpThresholdStream(K, qa));
    out.alpha_amp[i] = a;
    out.alpha_amp_over_K2[i] = a / (K * K);
    if (K === 2) out.alpha_it[i] = a;
    yield () => out;
    onProgress?.((i + 1) / n);
  }
  return out;
}
