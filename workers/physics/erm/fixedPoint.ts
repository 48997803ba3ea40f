/**
 * The replica (equivalently Gordon) fixed point of ridge-penalised convex ERM in the teacher-student
 * perceptron (Aubin, Lu, Krzakala, Zdeborová, NeurIPS 2020, arXiv:2006.06560, Thm. 2 and its replica counterpart;
 * PHYSICS.md §6): Gaussian teacher, noiseless sign labels, ℓ2 penalty λ. Order parameters m = (ŵ·w*)/d,
 * q = |ŵ|²/d and V; with f = (prox − ω)/V, folded onto y = +1 (fieldQuadrature.ts):
 *   m̂ = α √(2/π) E_v f(1, s v)                     (the teacher derivative ∂_ω* Z* integrated by parts:
 *                                                    it pins z* = 0, where ω | z* ~ N(0, s²))
 *   q̂ = α E[2H(−cω) f(1, ω)²],  V̂ = α E[2H(−cω)(1 − ∂_ω prox)/V],  ω ~ N(0, q)
 *   V = 1/(λ + V̂),  m = m̂ V,  s² = q − m² = q̂ V².
 * s² is carried instead of q so that ε_g = arctan(s/m)/π keeps its digits as ε_g → 0.
 * Training loss and error are averages of ℓ(1, prox) and 1{prox < 0} over the same field: at the fixed
 * point a training sample's output is the prox of its cavity field.
 */
import { sigmoid } from '../numerics/special.ts';
import { fieldNodes, type FieldNodes } from './fieldQuadrature.ts';
import { losses, type LossKind } from './losses.ts';
import { newtonFixedPointStream } from './newtonFixedPoint.ts';
import { drain, type Resumable } from '../resumable.ts';

export interface ErmState {
  m: number;
  /** s² = q − m² */
  s2: number;
  V: number;
  /** the fixed-point map's Jacobian in (ln m, ln s², ln V) there, to start a neighbouring solve */
  jacobian?: Float64Array | null;
}

export interface ErmSolution extends ErmState {
  q: number;
  eg: number;
  train_loss: number;
  train_error: number;
  iterations: number;
  converged: boolean;
}

export interface ErmHats {
  mhat: number;
  qhat: number;
  Vhat: number;
}

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

/** Panel edges at the loss's features in ω: kinks, the point where prox crosses 0, the logistic scale. */
function lossFeatures(kind: LossKind, V: number): number[] {
  // prox(1, ω, V) = 0 at ω = −V (square, hinge) and ω = −V/2 (logistic)
  if (kind === 'square') return [-V];
  if (kind === 'hinge') return [1, 1 - V, -V];
  // logistic: ω = x − V σ(−x) maps the prox's unit scale in x back to ω
  const out: number[] = [];
  for (let x = -12; x <= 12; x += 2) out.push(x - V * sigmoid(-x));
  return out;
}

const scratchA: FieldNodes = { x: new Float64Array(0), w: new Float64Array(0), n: 0 };
const scratchB: FieldNodes = { x: new Float64Array(0), w: new Float64Array(0), n: 0 };

/** The conjugate ("hat") variables at (m, s², V). */
export function ermHats(kind: LossKind, alpha: number, st: ErmState): ErmHats {
  const loss = losses[kind];
  const { m, s2, V } = st;
  const q = m * m + s2;
  const s = Math.sqrt(s2);
  const features = lossFeatures(kind, V);
  const A = fieldNodes(Math.sqrt(q), s > 0 ? m / (Math.sqrt(q) * s) : Infinity, features, scratchA);
  let qhat = 0;
  let Vhat = 0;
  for (let k = 0; k < A.n; k++) {
    const x = A.x[k];
    const p = loss.prox(1, x, V);
    const f = (p - x) / V;
    qhat += A.w[k] * f * f;
    Vhat += A.w[k] * (1 - loss.dproxAt(1, p, x, V));
  }
  let mh = 0;
  if (s > 0) {
    const B = fieldNodes(s, null, features, scratchB);
    for (let k = 0; k < B.n; k++) mh += B.w[k] * (loss.prox(1, B.x[k], V) - B.x[k]);
  } else {
    mh = loss.prox(1, 0, V);
  }
  return { mhat: (alpha * SQRT_2_OVER_PI * mh) / V, qhat: alpha * qhat, Vhat: (alpha * Vhat) / V };
}

/** Training loss (1/n)Σℓ and training error at the fixed point (m, s², V). */
export function ermTrainStats(kind: LossKind, st: ErmState): { train_loss: number; train_error: number } {
  const loss = losses[kind];
  const { m, s2, V } = st;
  const q = m * m + s2;
  const s = Math.sqrt(s2);
  const A = fieldNodes(Math.sqrt(q), s > 0 ? m / (Math.sqrt(q) * s) : Infinity, lossFeatures(kind, V), scratchA);
  let tl = 0;
  let te = 0;
  for (let k = 0; k < A.n; k++) {
    const p = loss.prox(1, A.x[k], V);
    tl += A.w[k] * loss.value(1, p);
    if (p < 0) te += A.w[k];
  }
  return { train_loss: tl, train_error: te };
}

export function egOf(m: number, s2: number): number {
  return Math.atan2(Math.sqrt(s2), m) / Math.PI;
}

export interface SolveOptions {
  start?: ErmState;
  tol?: number;
  maxIter?: number;
}

/** The fixed-point map in log coordinates x = (ln m, ln s², ln V) ↦ F(x). */
function logMap(kind: LossKind, alpha: number, lambda: number, x: Float64Array, out: Float64Array): void {
  const h = ermHats(kind, alpha, { m: Math.exp(x[0]), s2: Math.exp(x[1]), V: Math.exp(x[2]) });
  const V = 1 / (lambda + h.Vhat);
  out[0] = Math.log(h.mhat * V);
  out[1] = Math.log(h.qhat * V * V);
  out[2] = Math.log(V);
}

/**
 * The fixed point for λ > 0, solved in x = (ln m, ln s², ln V) (all positive) by newtonFixedPoint to
 * |F(x) − x|∞ < tol (default 1e-11; the sums over ~700 nodes carry ~1e-13 of rounding, below which Newton only chases noise): the relative residual of m = m̂V, s² = q̂V², V = 1/(λ + V̂).
 */
export function ermSolve(kind: LossKind, alpha: number, lambda: number, opts: SolveOptions = {}): ErmSolution {
  return drain(ermSolveStream(kind, alpha, lambda, opts));
}

/** ermSolve pausing after every evaluation of the map (newtonFixedPointStream). */
export function* ermSolveStream(kind: LossKind, alpha: number, lambda: number, opts: SolveOptions = {}): Resumable<ErmSolution, never> {
  const st0 = opts.start ?? { m: 0.5, s2: 0.5, V: 1 };
  const fp = yield* newtonFixedPointStream(
    (x, out) => logMap(kind, alpha, lambda, x, out),
    Float64Array.of(Math.log(st0.m), Math.log(st0.s2), Math.log(st0.V)),
    { tol: opts.tol ?? 1e-11, maxIter: opts.maxIter ?? 200, warmSteps: opts.start ? 0 : 10, jacobian: opts.start?.jacobian },
  );
  const st = { m: Math.exp(fp.x[0]), s2: Math.exp(fp.x[1]), V: Math.exp(fp.x[2]), jacobian: fp.jacobian };
  return { ...st, q: st.m * st.m + st.s2, eg: egOf(st.m, st.s2), ...ermTrainStats(kind, st), iterations: fp.evaluations, converged: fp.converged };
}
