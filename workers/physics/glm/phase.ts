/**
 * Phase diagrams of the Bayes-optimal GLM (Barbier et al. PNAS 2019, Sec. "Phase diagrams" and Fig. 2;
 * sparse linear: Krzakala et al. PRX 2 (2012) 021005, Fig. 5): the thresholds α_IT, α_alg, α_WR of
 * thresholds.ts traced along a second parameter y by continuation (each y warm-starts its extremum and
 * α_IT brackets from the previous y; thresholds.ts falls back to a scan when the warm bracket fails).
 *   'binary-noise': ±1 prior, sign channel, y = label-flip probability ε ∈ [0, 0.3];
 *   'sparse-rho':   Gauss-Bernoulli prior, NOISELESS linear channel (Δ = 0), y = ρ ∈ [0.05, 0.95];
 *                   there α_IT = ρ (information dimension; Wu-Verdú) and α_alg is the AMP spinodal.
 * Progressive: the coarse pass (every COARSE-th y and the last one) goes to onPartial first; the
 * full pass then fills the gaps, warm-started from the coarse neighbour below, and is returned.
 */
import { drain, mapResumable, offering, type Resumable } from '../resumable.ts';
import { hardPhasePolygon } from './hardPhase.ts';
import { makeModel } from './model.ts';
import { thresholdsOfStream, type ThresholdHint } from './thresholds.ts';
import type { ChannelKind, GlmParams, PriorKind } from './types.ts';

export type GlmPhaseDiagram = 'binary-noise' | 'sparse-rho';

export interface GlmPhaseRequest {
  diagram: GlmPhaseDiagram;
  /** points along y, default 40 */
  n?: number;
}

/** Thresholds along y; NaN where a threshold does not exist. */
export interface GlmPhase {
  diagram: string;
  y_key: 'noise' | 'rho';
  y: Float64Array;
  alpha_it: Float64Array;
  alpha_alg: Float64Array;
  alpha_wr: Float64Array;
}

interface DiagramSpec {
  yKey: 'noise' | 'rho';
  yMin: number;
  yMax: number;
  /** the largest y the model takes: ε ≤ ½ (beyond, flipped labels carry the same information), ρ ≤ 1 */
  yLimit: number;
  params: (y: number) => GlmParams;
}

const DIAGRAMS: Record<GlmPhaseDiagram, DiagramSpec> = {
  'binary-noise': { yKey: 'noise', yMin: 0, yMax: 0.3, yLimit: 0.5, params: (y) => ({ prior: 'binary', channel: 'sign', noise: y, rho: 1 }) },
  'sparse-rho': { yKey: 'rho', yMin: 0.05, yMax: 0.95, yLimit: 1, params: (y) => ({ prior: 'sparse', channel: 'linear', noise: 0, rho: y }) },
};

/** Stride of the coarse pass. */
const COARSE = 4;

function emptyPhase(diagram: GlmPhaseDiagram, y: Float64Array): GlmPhase {
  const nan = () => new Float64Array(y.length).fill(NaN);
  return { diagram, y_key: DIAGRAMS[diagram].yKey, y, alpha_it: nan(), alpha_alg: nan(), alpha_wr: nan() };
}

/** The sub-diagram at the given indices (copies). */
function pick(p: GlmPhase, idx: readonly number[]): GlmPhase {
  const sel = (a: Float64Array) => Float64Array.from(idx, (i) => a[i]);
  return { diagram: p.diagram, y_key: p.y_key, y: sel(p.y), alpha_it: sel(p.alpha_it), alpha_alg: sel(p.alpha_alg), alpha_wr: sel(p.alpha_wr) };
}

export function glmPhase(req: GlmPhaseRequest, onProgress?: (f: number) => void, onPartial?: (p: GlmPhase) => void): GlmPhase {
  // the coarse pass is offered at every pause after it: passed on once
  let last: GlmPhase | null = null;
  return drain(glmPhaseStream(req, onProgress), onPartial && ((p) => p !== last && onPartial((last = p))));
}

/**
 * glmPhase as a resumable computation: it pauses inside and after each y's thresholds (thresholds.ts), offering the
 * coarse pass, once done, at every pause of the full one.
 */
export function* glmPhaseStream(req: GlmPhaseRequest, onProgress?: (f: number) => void): Resumable<GlmPhase, GlmPhase> {
  const spec = DIAGRAMS[req.diagram];
  if (!spec) throw new RangeError(`unknown phase diagram ${req.diagram}`);
  const n = Math.max(2, Math.round(req.n ?? 40));
  const y = Float64Array.from({ length: n }, (_, i) => spec.yMin + ((spec.yMax - spec.yMin) * i) / (n - 1));
  const out = emptyPhase(req.diagram, y);
  const hints: (ThresholdHint | undefined)[] = new Array<ThresholdHint | undefined>(n);
  let done = 0;
  const every = Math.max(1, Math.ceil(n / 100));
  function* solve(i: number, hint: ThresholdHint | undefined): Resumable<void, never> {
    const r = yield* thresholdsOfStream(makeModel(spec.params(y[i])), hint);
    out.alpha_it[i] = r.thresholds.alpha_it ?? NaN;
    out.alpha_alg[i] = r.thresholds.alpha_alg ?? NaN;
    out.alpha_wr[i] = r.thresholds.alpha_wr ?? NaN;
    hints[i] = r.hint;
    done++;
    if (onProgress && (done % every === 0 || done === n)) onProgress(done / n);
  }
  const coarse: number[] = [];
  for (let i = 0; i < n; i += COARSE) coarse.push(i);
  if (coarse[coarse.length - 1] !== n - 1) coarse.push(n - 1);
  for (let k = 0; k < coarse.length; k++) {
    yield* solve(coarse[k], k > 0 ? hints[coarse[k - 1]] : undefined);
    yield;
  }
  const partial = pick(out, coarse);
  const offer = () => partial;
  yield offer;
  for (let i = 1; i < n; i++) {
    if (hints[i] !== undefined) continue;
    yield* offering(solve(i, hints[i - 1]), offer);
    yield offer;
  }
  return out;
}

/**
 * What the phase-diagram figure shows and needs: the traced lines (glmPhase), the hard phase as a polygon,
 * and the model the plane is drawn for — prior, channel, the noise it fixes (null when y is the noise) and
 * the largest y the model takes — so a click can move the reader there.
 */
export interface GlmPhasePlane extends GlmPhase {
  prior: PriorKind;
  channel: ChannelKind;
  fixed_noise: number | null;
  y_limit: number;
  hard_alpha: Float64Array;
  hard_y: Float64Array;
}

function plane(diagram: GlmPhaseDiagram, p: GlmPhase): GlmPhasePlane {
  const spec = DIAGRAMS[diagram];
  const model = spec.params(spec.yMin);
  const hard = hardPhasePolygon(p);
  return {
    ...p,
    prior: model.prior,
    channel: model.channel,
    fixed_noise: spec.yKey === 'noise' ? null : model.noise,
    y_limit: spec.yLimit,
    hard_alpha: hard.alpha,
    hard_y: hard.y,
  };
}

/** glmPhase with the hard-phase polygon and the plane's model; the coarse pass arrives first through onPartial. */
export function glmPhasePlane(req: GlmPhaseRequest, onProgress?: (f: number) => void, onPartial?: (p: GlmPhasePlane) => void): GlmPhasePlane {
  if (!DIAGRAMS[req.diagram]) throw new RangeError(`unknown phase diagram ${req.diagram}`);
  return plane(req.diagram, glmPhase(req, onProgress, onPartial && ((p) => onPartial(plane(req.diagram, p)))));
}

/** glmPhasePlane as a resumable computation (the worker's job): its snapshot is the coarse pass's plane. */
export function glmPhasePlaneStream(req: GlmPhaseRequest, onProgress?: (f: number) => void): Resumable<GlmPhasePlane, GlmPhasePlane> {
  if (!DIAGRAMS[req.diagram]) throw new RangeError(`unknown phase diagram ${req.diagram}`);
  const toPlane = (p: GlmPhase) => plane(req.diagram, p);
  return mapResumable(glmPhaseStream(req, onProgress), toPlane, toPlane);
}
