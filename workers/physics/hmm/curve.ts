/**
 * The learning curve ε_g(α) of the hidden manifold model at fixed (σ, loss, λ, γ): one fixed point per α
 * (fixedPoint.ts). Logistic points are continued along the grid: each starts from the previous
 * point's overlaps, which cuts the iterations several-fold against a cold start. The curve is resumable (the
 * worker's job; ../resumable.ts): a pause after every point and every logistic iteration step.
 */
import type { ProgressFn } from '../manifest.ts';
import { drain, type Resumable } from '../resumable.ts';
import { fixedPoint, fixedPointStream } from './fixedPoint.ts';
import type { FixedPoint } from './ridge.ts';
import type { HmmModel } from './model.ts';
import type { Overlaps } from './priorSide.ts';

export interface HmmPoint {
  alpha: number;
  gamma: number;
  lambda: number;
  m: number;
  q: number;
  V: number;
  eg: number;
  train_loss: number;
  converged: boolean;
}

export interface HmmCurve {
  alpha: Float64Array;
  m: Float64Array;
  q: Float64Array;
  V: Float64Array;
  eg: Float64Array;
  train_loss: Float64Array;
  /** 1 where the fixed point converged, 0 where its last iterate is shown (NaN-free either way) */
  converged: Uint8Array;
}

function pointOf(model: HmmModel, alpha: number, f: FixedPoint): HmmPoint {
  return { alpha, gamma: model.gamma, lambda: model.lambda, m: f.m, q: f.q, V: f.V, eg: f.eg, train_loss: f.trainLoss, converged: f.converged };
}

export function hmmPoint(model: HmmModel, alpha: number, start?: Overlaps): HmmPoint {
  return pointOf(model, alpha, fixedPoint(model, alpha, start));
}

export function hmmCurve(model: HmmModel, alphas: Float64Array, onProgress?: ProgressFn): HmmCurve {
  return drain(hmmCurveStream(model, alphas, onProgress));
}

/** hmmCurve, resumable: a pause after every point (no snapshots: the figure draws finished curves only). */
export function* hmmCurveStream(model: HmmModel, alphas: Float64Array, onProgress?: ProgressFn): Resumable<HmmCurve> {
  const n = alphas.length;
  const out: HmmCurve = {
    alpha: Float64Array.from(alphas),
    m: new Float64Array(n), q: new Float64Array(n), V: new Float64Array(n),
    eg: new Float64Array(n), train_loss: new Float64Array(n), converged: new Uint8Array(n),
  };
  let prev: Overlaps | undefined;
  for (let i = 0; i < n; i++) {
    const pt = pointOf(model, alphas[i], yield* fixedPointStream(model, alphas[i], prev));
    out.m[i] = pt.m;
    out.q[i] = pt.q;
    out.V[i] = pt.V;
    out.eg[i] = pt.eg;
    out.train_loss[i] = pt.train_loss;
    out.converged[i] = pt.converged ? 1 : 0;
    prev = pt.converged ? pt : undefined;
    onProgress?.((i + 1) / n);
    if (i + 1 < n) yield undefined;
  }
  return out;
}
