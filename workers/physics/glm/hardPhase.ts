/**
 * The hard phase (Barbier et al. PNAS 2019, Sec. "Phase diagrams"): α_IT < α < α_alg, where the Bayes-optimal
 * estimator recovers the teacher but AMP from the uninformed start does not. For one model it is an interval
 * of α (the learning curve's shading); along a phase diagram it is the polygon between the α_IT and α_alg lines.
 */
import { drain, type Resumable } from '../resumable.ts';
import { makeModel } from './model.ts';
import { thresholdsOfStream, type GlmThresholds } from './thresholds.ts';
import type { GlmParams } from './types.ts';

/**
 * α_IT and α_alg closer than this (relative to α_alg) are one continuous transition: one line, no hard phase.
 * The threshold solvers agree to ~1e-9 where the two coincide (noiseless continuous channels without a
 * spinodal return the same number twice); genuine hard phases here are ≥ 1e-3 wide.
 */
export const SAME_TRANSITION = 1e-6;

export interface GlmTransitions extends GlmThresholds {
  /** α_IT = α_alg within SAME_TRANSITION: one continuous transition */
  continuous: boolean;
  /** the hard phase [α_IT, α_alg]; null when there is none */
  hard_lo: number | null;
  hard_hi: number | null;
}

/** Which transitions a model has, given its thresholds. */
export function transitionsOf(t: GlmThresholds): GlmTransitions {
  const { alpha_it: it, alpha_alg: alg } = t;
  const continuous = it !== null && alg !== null && Math.abs(alg - it) <= SAME_TRANSITION * alg;
  const hard = it !== null && alg !== null && !continuous && alg > it;
  return { ...t, continuous, hard_lo: hard ? it : null, hard_hi: hard ? alg : null };
}

/** α_WR, α_alg, α_IT of one prior × channel, whether IT and alg are one transition, and the hard phase. */
export function glmTransitions(p: GlmParams): GlmTransitions {
  return drain(glmTransitionsStream(p));
}

/**
 * glmTransitions as a resumable computation (the worker's job): the channel's tables first, pausing (ReLU: ~0.5 s of
 * quadratures, which the thresholds would otherwise build in one go), then the thresholds, pausing along their scans and roots.
 */
export function* glmTransitionsStream(p: GlmParams): Resumable<GlmTransitions, never> {
  const model = makeModel(p);
  if (model.channel.prepare) yield* model.channel.prepare();
  return transitionsOf((yield* thresholdsOfStream(model)).thresholds);
}

/** The hard phase of a phase diagram as one closed polygon: vertices (α, y). */
export interface HardPhasePolygon {
  alpha: Float64Array;
  y: Float64Array;
}

/**
 * Up the α_IT line and back down the α_alg line, over the rows where both exist and α_alg > α_IT; empty when
 * fewer than two rows qualify (no area).
 */
export function hardPhasePolygon(p: { y: Float64Array; alpha_it: Float64Array; alpha_alg: Float64Array }): HardPhasePolygon {
  const idx: number[] = [];
  for (let i = 0; i < p.y.length; i++) if (Number.isFinite(p.alpha_it[i]) && Number.isFinite(p.alpha_alg[i]) && p.alpha_alg[i] > p.alpha_it[i]) idx.push(i);
  if (idx.length < 2) return { alpha: new Float64Array(0), y: new Float64Array(0) };
  const back = [...idx].reverse();
  return {
    alpha: Float64Array.from([...idx.map((i) => p.alpha_it[i]), ...back.map((i) => p.alpha_alg[i])]),
    y: Float64Array.from([...idx.map((i) => p.y[i]), ...back.map((i) => p.y[i])]),
  };
}
