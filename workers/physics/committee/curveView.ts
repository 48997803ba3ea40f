/**
 * The learning curve as figures 1 and 2 draw it, for every covered (K, act) (coverage.ts): the finite-K SE
 * (learningCurve.ts) on the chapter's α grid, or the large-K closed forms (largeKCurve.ts) on its α̃ grid,
 * under one shape; the top of the error axis; the point under the reader's α; and the whole panel
 * (axis, thresholds, marks, curve) that both figures read from one job.
 */
import { ERF_OUTPUT_VARIANCE } from './erfChannel.ts';
import { channelOf, committeeCurveStream, committeePointStream, type CommitteeChannelParams, type CommitteeCurve, type CommitteePoint } from './learningCurve.ts';
import type { CommitteeAct } from './channel.ts';
import { largeKCurve, largeKCurveStream } from './largeKCurve.ts';
import { drain, offering, type Resumable } from '../resumable.ts';
import { committeeThresholdsStream, type FiniteKThresholds } from './thresholds.ts';
import type { LargeKThresholds } from './largeK.ts';
import { seCoverage, type SeCoverage, type SeMethod } from './coverage.ts';
import { alphaGrid, curveGridSpec } from './curveGrid.ts';
import { transitionMarks, type TransitionMarks } from './transitionMarks.ts';

export interface CurveRequest {
  K: number;
  act: CommitteeAct;
  /** erf output noise Δ (default ERF_DEFAULT_NOISE; sign units have none) */
  noise?: number;
  /** erf quadrature: 'coarse' in the browser (~1e-5), 'fine' in the CLI (default) */
  quality?: 'fine' | 'coarse';
}

export type Covered = Extract<SeCoverage, { covered: true }>;

/** The x axis of the curve figures: α = n/d, or α̃ = α/K at K = large, and the top of the error axis. */
export interface CurveAxis {
  x_name: 'alpha' | 'alpha_over_K';
  x_min: number;
  x_max: number;
  /** grid points */
  n: number;
  /** largest error: ½E[Y²] (1/4 for K = 2, 1/2 for odd K and K = large), E[s²] = 2/3 for erf regression */
  eg_max: number;
}

/** Overlaps, errors and free entropies along the axis's grid (PHYSICS.md §5 fields of committee-curve, x = α or α̃). */
export type CurveSeries = Omit<CommitteeCurve, 'alpha'> & {
  x: Float64Array;
  /** large K: the specialised branch's q_d (NaN below the spinodal, metastable up to α̃_IT); null at finite K */
  qd_spec: Float64Array | null;
};

/**
 * ε_g = ½(E[Y²] − E[YY']) is largest where the student knows nothing (E[YY'] = 0): ½E[Y²], with E[Y²] = 1 for
 * odd K (Y = ±1) and ½ for K = 2 (Y = 0 when the two units disagree, probability ½). erf regression: the test MSE
 * E[s²] − E[YY'] tops at E[s²] = 2/3 (each erf(z/√2) has variance (2/π)·arcsin(½) = 1/3).
 */
export function errorCeiling(K: number, act: CommitteeAct): number {
  if (act === 'erf') return ERF_OUTPUT_VARIANCE;
  return K === 2 ? 0.25 : 0.5;
}

/** The axis of (K, act), covered or not (an uncovered pair keeps the axis of its activation, under the notice). */
export function curveAxis(K: number, act: CommitteeAct): CurveAxis {
  const g = curveGridSpec(K, act);
  return { x_name: K === Infinity && act === 'sign' ? 'alpha_over_K' : 'alpha', x_min: g.min, x_max: g.max, n: g.n, eg_max: errorCeiling(K, act) };
}

function channelParams(c: Covered, req: CurveRequest): CommitteeChannelParams {
  return c.act === 'erf' ? { K: c.K, act: 'erf', noise: req.noise, quality: req.quality ?? 'fine' } : { K: c.K, act: 'sign' };
}

export function curveSeries(c: Covered, req: CurveRequest, onProgress?: (f: number) => void): CurveSeries {
  return drain(curveSeriesStream(c, req, onProgress));
}

/** curveSeries as a resumable computation (pauses between points, and inside a finite-K point's solves). */
function* curveSeriesStream(c: Covered, req: CurveRequest, onProgress?: (f: number) => void): Resumable<CurveSeries, never> {
  const grid = alphaGrid(curveGridSpec(c.K, c.act));
  if (c.large) {
    const { alpha_over_K: x, ...rest } = yield* largeKCurveStream(grid);
    onProgress?.(1);
    return { x, ...rest };
  }
  const { alpha: x, ...rest } = yield* committeeCurveStream(channelParams(c, req), grid, onProgress);
  return { x, ...rest, qd_spec: null };
}

/** The curve's values at one α (α̃ at K = large): the figure's marker. Null outside the axis. */
export type CurvePoint = Omit<CommitteePoint, 'alpha'> & { x: number };

export function curvePoint(req: CurveRequest & { alpha: number }): CurvePoint | null {
  return drain(curvePointStream(req));
}

/** curvePoint as a resumable computation (committeePointStream): a new K's first point may take a second (K = 3). */
export function* curvePointStream(req: CurveRequest & { alpha: number }): Resumable<CurvePoint | null, never> {
  const c = seCoverage(req.K, req.act);
  if (!c.covered) return null;
  const g = curveGridSpec(c.K, c.act);
  if (!(req.alpha >= g.min && req.alpha <= g.max)) return null;
  if (c.large) {
    const l = largeKCurve(Float64Array.of(req.alpha));
    return { x: req.alpha, qd_amp: l.qd_amp[0], qa_amp: l.qa_amp[0], qd_bayes: l.qd_bayes[0], qa_bayes: l.qa_bayes[0], eg_amp: l.eg_amp[0], eg_bayes: l.eg_bayes[0], f_amp: l.f_amp[0], f_bayes: l.f_bayes[0] };
  }
  const { alpha: x, ...rest } = yield* committeePointStream({ ...channelParams(c, req), alpha: req.alpha });
  return { x, ...rest };
}

/** The thresholds of a covered pair (erf: on the request's quadrature). */
export function curveThresholds(c: Covered, req: CurveRequest): FiniteKThresholds | LargeKThresholds {
  return drain(curveThresholdsStream(c, req));
}

function curveThresholdsStream(c: Covered, req: CurveRequest): Resumable<FiniteKThresholds | LargeKThresholds, never> {
  return c.large ? committeeThresholdsStream('large') : committeeThresholdsStream(c.K, channelOf(channelParams(c, req)));
}

/** What figures 1 and 2 read: one job per (K, act, Δ), filled in three steps. */
export interface CurvePanel extends CurveAxis {
  /** the request, echoed (a figure shows a panel only if it is for the current values) */
  K: number;
  act: CommitteeAct;
  noise: number | undefined;
  /** null: this pair is not covered (then `notice` says why and nothing else is filled) */
  method: SeMethod | null;
  notice: string | null;
  thresholds: FiniteKThresholds | LargeKThresholds | null;
  marks: TransitionMarks | null;
  curve: CurveSeries | null;
}

/**
 * The panel: the axis at once, then the thresholds and their marks, then the curve (`onPartial` receives each
 * stage once; the thresholds first, as they are cheaper than the curve at K = 3 and share its branch table).
 */
export function curvePanel(req: CurveRequest, onProgress?: (f: number) => void, onPartial?: (p: CurvePanel) => void): CurvePanel {
  let last: CurvePanel | null = null;
  return drain(curvePanelStream(req, onProgress), onPartial && ((p) => p !== last && onPartial((last = p))));
}

/**
 * curvePanel as a resumable computation (the worker's job): it pauses inside the thresholds' and the curve's solves,
 * offering the stage reached (the axis, then the thresholds and marks) at each pause; the first pause of each stage
 * comes as soon as it is reached.
 */
export function* curvePanelStream(req: CurveRequest, onProgress?: (f: number) => void): Resumable<CurvePanel, CurvePanel> {
  const echo = { K: req.K, act: req.act, noise: req.noise };
  const c = seCoverage(req.K, req.act);
  const axis = curveAxis(req.K, req.act);
  if (!c.covered) return { ...echo, ...axis, method: null, notice: c.notice, thresholds: null, marks: null, curve: null };
  let panel: CurvePanel = { ...echo, ...axis, method: c.method, notice: null, thresholds: null, marks: null, curve: null };
  const stage = () => panel;
  yield stage;
  const thresholds = yield* offering(curveThresholdsStream(c, req), stage);
  panel = { ...panel, thresholds, marks: transitionMarks(thresholds, { min: axis.x_min, max: axis.x_max, n: axis.n }) };
  yield stage;
  return { ...panel, curve: yield* offering(curveSeriesStream(c, req, onProgress), stage) };
}
