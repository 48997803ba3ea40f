/**
 * Learning curves of the Bayes-optimal GLM (PHYSICS.md §1): SE from the uninformed start (AMP) and
 * from the informed start, the Bayes branch chosen by the larger f_RS (Barbier et al. PNAS 2019, Thm 1).
 */
import { drain, type Resumable } from '../resumable.ts';
import { makeModel, type GlmModel } from './model.ts';
import { freeEntropy, M_UNINFORMED, seSolveStream, V_INFORMED, type SeFixedPoint } from './stateEvolution.ts';
import type { GlmCurve, GlmParams, GlmPoint, GlmPointNumber } from './types.ts';

const FIELDS: readonly GlmPointNumber[] = ['alpha', 'm_amp', 'm_bayes', 'mse_amp', 'mmse', 'eg_amp', 'eg_bayes', 'f_amp', 'f_bayes'];

/** Start of the uninformed branch: m = 0, or m = 0+ when m = 0 is a fixed point. */
function uninformedStart(model: GlmModel): number {
  return model.channel.zeroFixed ? model.rho * (1 - M_UNINFORMED) : model.rho;
}

interface Branch {
  fp: SeFixedPoint;
  f: number;
}

/** Relative distance within which two SE results are one fixed point: the solver's tolerance on V. */
const SAME_FIXED_POINT = 1e-12;

/**
 * SE from V0 and f_RS there. f is taken from `same` when SE landed on its fixed point (V within the solver's
 * tolerance): f_RS is stationary there, so the two differ by O(tol²).
 */
function* branch(model: GlmModel, alpha: number, V0: number, damping: number, same?: Branch): Resumable<Branch, never> {
  const fp = yield* seSolveStream(model, alpha, V0, { damping });
  const one = same !== undefined && Math.abs(same.fp.V - fp.V) <= SAME_FIXED_POINT * Math.max(same.fp.V, fp.V);
  return { fp, f: one ? same.f : freeEntropy(model, alpha, fp.V, fp.r) };
}

/** Arrays for a curve of n points. */
function newCurve(n: number): GlmCurve {
  return {
    ...Object.fromEntries(FIELDS.map((k) => [k, new Float64Array(n)])),
    converged_amp: new Array<boolean>(n),
    converged_bayes: new Array<boolean>(n),
  } as GlmCurve;
}

/** Point i of `out` from both branches at α: the Bayes branch is the one with the larger f. Written field by field into the arrays (no object per point). */
function assembleAt(model: GlmModel, alpha: number, amp: Branch, inf: Branch, out: GlmCurve, i: number): void {
  const bayes = inf.f > amp.f ? inf : amp;
  const { rho, channel } = model;
  const mAmp = rho - amp.fp.V;
  const mBayes = rho - bayes.fp.V;
  out.alpha[i] = alpha;
  out.m_amp[i] = mAmp;
  out.m_bayes[i] = mBayes;
  out.mse_amp[i] = amp.fp.V;
  out.mmse[i] = bayes.fp.V;
  out.eg_amp[i] = channel.testError(mAmp, mAmp, rho, amp.fp.V);
  out.eg_bayes[i] = channel.testError(mBayes, mBayes, rho, bayes.fp.V);
  out.f_amp[i] = amp.f;
  out.f_bayes[i] = bayes.f;
  out.converged_amp[i] = amp.fp.converged;
  out.converged_bayes[i] = bayes.fp.converged;
}

/** The GlmPoint at α from both branches (assembleAt on a curve of one point). */
function assemble(model: GlmModel, alpha: number, amp: Branch, inf: Branch): GlmPoint {
  const c = newCurve(1);
  assembleAt(model, alpha, amp, inf, c, 0);
  const pt = Object.fromEntries(FIELDS.map((k) => [k, c[k][0]])) as Record<GlmPointNumber, number>;
  return { ...pt, converged_amp: c.converged_amp[0], converged_bayes: c.converged_bayes[0] };
}

/**
 * SE fixed points on both branches at one α, free entropies, errors. f = +Infinity marks perfect
 * recovery of a noiseless continuous channel (the CLI prints it as null).
 */
export function glmPoint(p: GlmParams, alpha: number): GlmPoint {
  const model = makeModel(p);
  const damping = p.damping ?? 0;
  const amp = drain(branch(model, alpha, uninformedStart(model), damping));
  const inf = drain(branch(model, alpha, model.rho * V_INFORMED, damping));
  return assemble(model, alpha, amp, inf);
}

/** Both SE branches at one α (V, f, converged) and the Bayes choice, for glm-fixed-points. */
export function glmBranches(p: GlmParams, alpha: number): {
  amp: { V: number; f: number; converged: boolean };
  inf: { V: number; f: number; converged: boolean };
  bayes: { m: number };
} {
  const model = makeModel(p);
  const damping = p.damping ?? 0;
  const amp = drain(branch(model, alpha, uninformedStart(model), damping));
  const inf = drain(branch(model, alpha, model.rho * V_INFORMED, damping));
  const pt = assemble(model, alpha, amp, inf);
  const out = (b: Branch) => ({ V: b.fp.V, f: b.f, converged: b.fp.converged });
  return { amp: out(amp), inf: out(inf), bayes: { m: pt.m_bayes } };
}

/**
 * The warm start at ln α = x from the last three fixed points (xs, Vs) of a branch: the parabola through their ln V,
 * if it continues their trend smoothly (same direction as the last step, at most twice its size); otherwise the last
 * fixed point itself (`first` before any). The start only saves SE steps: the solver's guards (stateEvolution.ts) take it from there.
 */
function warmStart(xs: number[], Vs: number[], x: number, first: number): number {
  const k = Vs.length;
  if (k === 0) return first;
  const V2 = Vs[k - 1];
  if (k < 3 || !(Vs[k - 3] > 0 && Vs[k - 2] > 0 && V2 > 0)) return V2;
  const [x0, x1, x2] = [xs[k - 3], xs[k - 2], xs[k - 1]];
  const [y0, y1, y2] = [Math.log(Vs[k - 3]), Math.log(Vs[k - 2]), Math.log(V2)];
  // Newton's divided differences
  const d01 = (y1 - y0) / (x1 - x0);
  const d12 = (y2 - y1) / (x2 - x1);
  const d012 = (d12 - d01) / (x2 - x0);
  const V = Math.exp(y2 + (x - x2) * (d12 + d012 * (x - x1)));
  const step = V2 - Vs[k - 2];
  return (V - V2) * step > 0 && Math.abs(V - V2) <= 2 * Math.abs(step) ? V : V2;
}

/**
 * glmPoint on a grid of α (any order), by continuation: the uninformed branch is followed upwards in α, the informed
 * branch downwards, each SE solve started from the fixed points before it (warmStart).
 */
export function glmCurve(p: GlmParams, alphas: Float64Array, onProgress?: (f: number) => void): GlmCurve {
  return drain(glmCurveStream(p, alphas, onProgress));
}

/** glmCurve as a resumable computation (the worker's job): it pauses after each SE solve, two per α. */
export function* glmCurveStream(p: GlmParams, alphas: Float64Array, onProgress?: (f: number) => void): Resumable<GlmCurve, never> {
  const model = makeModel(p);
  // the channel's tables (ReLU), built with pauses: a solve that built them would hold the worker ~1 s
  if (model.channel.prepare) yield* model.channel.prepare();
  const damping = p.damping ?? 0;
  const n = alphas.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => alphas[i] - alphas[j]);
  const amp: Branch[] = new Array<Branch>(n);
  const inf: Branch[] = new Array<Branch>(n);
  const every = Math.max(1, Math.ceil((2 * n) / 100));
  let done = 0;
  const tick = (): void => {
    done++;
    if (onProgress && (done % every === 0 || done === 2 * n)) onProgress(done / (2 * n));
  };
  const start = uninformedStart(model);
  let xs: number[] = [];
  let Vs: number[] = [];
  for (const i of order) {
    const x = Math.log(alphas[i]);
    amp[i] = yield* branch(model, alphas[i], Math.min(warmStart(xs, Vs, x, start), start), damping);
    xs.push(x);
    Vs.push(amp[i].fp.V);
    tick();
    yield;
  }
  xs = [];
  Vs = [];
  for (let k = n - 1; k >= 0; k--) {
    const i = order[k];
    const x = Math.log(alphas[i]);
    inf[i] = yield* branch(model, alphas[i], Math.max(warmStart(xs, Vs, x, 0), model.rho * V_INFORMED), damping, amp[i]);
    xs.push(x);
    Vs.push(inf[i].fp.V);
    tick();
    yield;
  }
  const out = newCurve(n);
  for (let i = 0; i < n; i++) assembleAt(model, alphas[i], amp[i], inf[i], out, i);
  return out;
}
