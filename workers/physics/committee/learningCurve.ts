/**
 * Bayes-optimal and AMP overlaps, errors and free entropies of the sign committee machine along α
 * (Aubin et al. 2018, arXiv:1806.05451, Figs. 1-2): AMP is SE from the uninformed start (it stays on
 * the q_d = 0 plane unless λ > 1, then it follows the specialised branch); the Bayes-optimal branch
 * is the fixed point of largest free entropy among the non-specialised one and the one reached from
 * an informed start.
 */
import { ERF_DEFAULT_NOISE, SIGN_CHANNEL, type CommitteeAct, type CommitteeChannel } from './channel.ts';
import { newtonSEStream } from './newtonSE.ts';
import { k3BranchStream, solveSpecialisedStream, specialisedGuess, specialisedJacobian } from './k3SpecialisedBranch.ts';
import { drain, type Resumable } from '../resumable.ts';
import { INFORMED, observablesStream, planeStabilityStream, solveSEStream, SPECIALISED_QD, type Overlaps } from './stateEvolution.ts';

export interface CommitteeParams {
  /** hidden units, 1, 2 or 3 for the full SE (erf: 2) */
  K: number;
  alpha: number;
  /** output channel: 'sign' (default) or the K = 2 erf regression committee (erfChannel.ts) */
  act?: CommitteeAct;
  /** erf: output noise variance Δ (default ERF_DEFAULT_NOISE) */
  noise?: number;
  /** erf: quadrature, 'fine' (default) or 'coarse' (interactive figures) */
  quality?: 'fine' | 'coarse';
}

export type CommitteeChannelParams = Omit<CommitteeParams, 'alpha'>;

/** The channel of the parameters; erf needs K = 2. */
export function channelOf({ K, act, noise, quality }: CommitteeChannelParams): CommitteeChannel {
  if ((act ?? 'sign') === 'sign') return SIGN_CHANNEL;
  if (K !== 2) throw new RangeError(`the erf regression committee is implemented for K = 2 only (got ${K})`);
  return { act: 'erf', noise: noise ?? ERF_DEFAULT_NOISE, quality: quality ?? 'fine' };
}

export interface CommitteePoint {
  alpha: number;
  qd_amp: number;
  qa_amp: number;
  qd_bayes: number;
  qa_bayes: number;
  eg_amp: number;
  eg_bayes: number;
  f_amp: number;
  f_bayes: number;
}

export interface CommitteeCurve {
  alpha: Float64Array;
  qd_amp: Float64Array;
  qa_amp: Float64Array;
  qd_bayes: Float64Array;
  qa_bayes: Float64Array;
  eg_amp: Float64Array;
  eg_bayes: Float64Array;
  f_amp: Float64Array;
  f_bayes: Float64Array;
}

interface Branches {
  /** fixed point on the q_d = 0 plane (K = 1: the unique fixed point) */
  plane: Overlaps;
  /** specialised fixed point, null where none exists */
  spec: Overlaps | null;
}

/** Coarse plain SE from the informed start before Newton takes over (Newton from q ≈ I can fall onto the plane). */
const PRE_TOL = 1e-4;
const PRE_ITER = 200;

// The solves below pause after each channel evaluation (K = 3: ~3 ms; erf: a few ms on the coarse rule), so that a
// curve job can be cancelled inside a point; committeePoint drains them.
function* solveFrom(K: number, alpha: number, start: Overlaps, ch: CommitteeChannel): Resumable<Overlaps, never> {
  return (yield* newtonSEStream(K, alpha, start, undefined, ch)) ?? (yield* solveSEStream(K, alpha, start, undefined, undefined, ch));
}

/** Specialised fixed point: Newton from the previous α's (K = 3: or the branch table), else informed SE then Newton; null if none. */
function* specialised(K: number, alpha: number, warm: Overlaps | null, ch: CommitteeChannel): Resumable<Overlaps | null, never> {
  if (K === 3) {
    // the branch is known (k3SpecialisedBranch.ts): none below its fold α_spec, Newton from the branch table above
    // (the table is memoised: computed here, pausing, the first time)
    yield* k3BranchStream();
    const guess = specialisedGuess(alpha);
    if (!guess) return null;
    const s = (yield* solveSpecialisedStream(alpha, warm ?? guess, specialisedJacobian(alpha))) ?? (yield* newtonSEStream(3, alpha, guess));
    if (s && s.qd > SPECIALISED_QD) return s;
  }
  else if (warm) {
    const s = yield* newtonSEStream(K, alpha, warm, undefined, ch);
    if (s) return s;
  }
  const pre = yield* solveSEStream(K, alpha, INFORMED, PRE_TOL, PRE_ITER, ch);
  if (!(pre.qd > SPECIALISED_QD)) return null;
  const s = (yield* newtonSEStream(K, alpha, pre, undefined, ch)) ?? (yield* solveSEStream(K, alpha, pre, undefined, undefined, ch));
  return s.qd > SPECIALISED_QD ? s : null;
}

function* solveBranches(K: number, alpha: number, warm: Branches | null, ch: CommitteeChannel): Resumable<Branches & { lambda: number }, never> {
  if (K === 1) return { plane: yield* solveFrom(1, alpha, warm ? warm.plane : { qd: 0.5, qa: 0 }, ch), spec: null, lambda: Infinity };
  const plane = yield* solveFrom(K, alpha, { qd: 0, qa: warm ? warm.plane.qa : 0.5 }, ch);
  const lambda = yield* planeStabilityStream(K, alpha, plane.qa, ch);
  yield;
  // K = 2 (sign and erf): the transition is continuous, so no specialised branch exists while the plane is stable.
  if (K === 2 && lambda <= 1) return { plane, spec: null, lambda };
  return { plane, spec: yield* specialised(K, alpha, warm?.spec ?? null, ch), lambda };
}

/** Linear extrapolation in ln α of one branch; null (no prediction) if it leaves 0 < q_d, q_d + q_a < 1. */
function extrapolate(b: Overlaps, a: Overlaps, t: number): Overlaps | null {
  const qd = b.qd + t * (b.qd - a.qd);
  const qa = b.qa + t * (b.qa - a.qa);
  return qd >= 0 && qd + qa < 1 && qd + qa > 0 ? { qd, qa } : null;
}

/**
 * Warm start at α from the fixed points at α0 < α1 (secant predictor along the grid): the corrector then
 * starts ~(Δ ln α)² away instead of ~Δ ln α, saving a Newton step per point.
 */
function predict(w1: Branches, w0: Branches, a0: number, a1: number, a: number): Branches {
  const t = Math.log(a / a1) / Math.log(a1 / a0);
  if (!(t > 0 && t < 3)) return w1;
  // the plane's q_d ≡ 0 extrapolates to 0 (K = 1: its q_d is the overlap)
  const plane = extrapolate(w1.plane, w0.plane, t) ?? w1.plane;
  const spec = w1.spec && w0.spec ? extrapolate(w1.spec, w0.spec, t) ?? w1.spec : w1.spec;
  return { plane, spec };
}

/** The point from both branches: one channel evaluation on each (a pause after the first), f and ε_g. */
function* pointFromBranches(K: number, alpha: number, b: Branches & { lambda: number }, ch: CommitteeChannel): Resumable<CommitteePoint, never> {
  const pl = yield* observablesStream(K, alpha, b.plane, ch);
  yield;
  const sp = b.spec ? yield* observablesStream(K, alpha, b.spec, ch) : { f: -Infinity, eg: NaN };
  // AMP (uninformed SE) follows the specialised branch once the plane is unstable (λ > 1)
  const ampSpec = b.lambda > 1 && b.spec !== null;
  const bayesSpec = sp.f > pl.f;
  const amp = ampSpec ? b.spec! : b.plane;
  const bayes = bayesSpec ? b.spec! : b.plane;
  return {
    alpha,
    qd_amp: amp.qd,
    qa_amp: amp.qa,
    qd_bayes: bayes.qd,
    qa_bayes: bayes.qa,
    eg_amp: ampSpec ? sp.eg : pl.eg,
    eg_bayes: bayesSpec ? sp.eg : pl.eg,
    f_amp: ampSpec ? sp.f : pl.f,
    f_bayes: Math.max(pl.f, sp.f),
  };
}

function checkK(K: number): void {
  if (K !== 1 && K !== 2 && K !== 3) throw new RangeError(`full committee SE is exact for K = 1, 2, 3 (got ${K}); use committeeThresholds for larger K`);
}

/** One α: Bayes-optimal and AMP overlaps, errors and free entropies (PHYSICS.md §5 field names). */
export function committeePoint(p: CommitteeParams): CommitteePoint {
  return drain(committeePointStream(p));
}

/** committeePoint as a resumable computation: pauses inside its solves (the first K = 3 point builds its branch table). */
export function* committeePointStream(p: CommitteeParams): Resumable<CommitteePoint, never> {
  checkK(p.K);
  const ch = channelOf(p);
  const b = yield* solveBranches(p.K, p.alpha, null, ch);
  return yield* pointFromBranches(p.K, p.alpha, b, ch);
}

/**
 * The same along an α grid (increasing grids are fastest: each point starts from the previous
 * fixed points). `onProgress(fraction)` is called once per point.
 */
export function committeeCurve(params: CommitteeChannelParams, alphas: Float64Array, onProgress?: (fraction: number) => void): CommitteeCurve {
  return drain(committeeCurveStream(params, alphas, onProgress));
}

/** committeeCurve as a resumable computation: pauses inside each point's solves (after each channel evaluation). */
export function* committeeCurveStream(params: CommitteeChannelParams, alphas: Float64Array, onProgress?: (fraction: number) => void): Resumable<CommitteeCurve, never> {
  const K = params.K;
  checkK(K);
  const ch = channelOf(params);
  const n = alphas.length;
  const c: CommitteeCurve = {
    alpha: Float64Array.from(alphas),
    qd_amp: new Float64Array(n),
    qa_amp: new Float64Array(n),
    qd_bayes: new Float64Array(n),
    qa_bayes: new Float64Array(n),
    eg_amp: new Float64Array(n),
    eg_bayes: new Float64Array(n),
    f_amp: new Float64Array(n),
    f_bayes: new Float64Array(n),
  };
  let warm: Branches | null = null;
  let older: Branches | null = null;
  for (let i = 0; i < n; i++) {
    // K = 3 warm-starts from its branch table (k3SpecialisedBranch.ts); the predictor serves the fine K = 1, 2 grids
    const b: Branches & { lambda: number } = yield* solveBranches(K, alphas[i], warm && older && K !== 3 ? predict(warm, older, alphas[i - 2], alphas[i - 1], alphas[i]) : warm, ch);
    const p = yield* pointFromBranches(K, alphas[i], b, ch);
    yield;
    c.qd_amp[i] = p.qd_amp;
    c.qa_amp[i] = p.qa_amp;
    c.qd_bayes[i] = p.qd_bayes;
    c.qa_bayes[i] = p.qa_bayes;
    c.eg_amp[i] = p.eg_amp;
    c.eg_bayes[i] = p.eg_bayes;
    c.f_amp[i] = p.f_amp;
    c.f_bayes[i] = p.f_bayes;
    older = warm;
    warm = b;
    onProgress?.((i + 1) / n);
  }
  return c;
}
