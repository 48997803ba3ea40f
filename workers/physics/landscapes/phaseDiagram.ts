/**
 * The (Δp, 1/Δ2) phase diagram of the spiked matrix-tensor model, p = 3 (PHYSICS.md §4;
 * arXiv:1812.09066, 1902.00139, 1907.08226): the four threshold lines over a log grid of Δp, the phase
 * a point (Δp, 1/Δ2) lies in, and the reader's point with the BBP picture of its threshold states.
 */
import { logGrid } from '../numerics/logGrid.ts';
import type { Resumable } from '../resumable.ts';
import { bbpPrediction, landscapeThresholdLines, landscapeThresholdLinesStream, landscapeThresholds, type BbpPrediction, type LandscapeThresholds, type ThresholdLines } from './thresholds.ts';

/** Points of the phase-diagram grid: 81 log-spaced Δp, so that [0.1, 10] has Δp = 1 (to one ulp) at point 40. */
export const PHASE_DIAGRAM_POINTS = 81;

/** n log-spaced Δp from min to max (numerics/logGrid, the one log grid). */
export function dpGrid(min: number, max: number, n = PHASE_DIAGRAM_POINTS): Float64Array {
  return logGrid(min, max, n);
}

/**
 * The threshold lines over a Δp range: below Δp* = 0.229 the IT line lies on 1/Δ2 = 0 (the tensor alone
 * makes the signal detectable; thresholds.ts).
 */
export function phaseDiagram(range: { dpMin: number; dpMax: number }): ThresholdLines {
  return landscapeThresholdLines(dpGrid(range.dpMin, range.dpMax));
}

/** phaseDiagram as a resumable computation (the worker's job): a pause after every Δp of the grid. */
export function phaseDiagramStream(range: { dpMin: number; dpMax: number }): Resumable<ThresholdLines> {
  return landscapeThresholdLinesStream(dpGrid(range.dpMin, range.dpMax));
}

/**
 * Which algorithm finds the signal at (Δp, 1/Δ2), from the strongest statement down:
 * 'gf' — gradient flow on the loss (above the GF line, despite spurious minima);
 * 'mlamp' — maximum-likelihood AMP, GF stuck at the threshold states;
 * 'amp' — only Bayes-optimal AMP;
 * 'hard' — information-theoretically detectable, no known algorithm (Δp < 1 only);
 * 'undetectable' — below the IT line.
 */
export type LandscapeRegion = 'gf' | 'mlamp' | 'amp' | 'hard' | 'undetectable';

export function landscapeRegion(invd2: number, t: LandscapeThresholds): LandscapeRegion {
  if (invd2 > t.invd2_gf) return 'gf';
  if (invd2 > t.invd2_mlamp) return 'mlamp';
  if (invd2 > t.invd2_amp) return 'amp';
  if (invd2 > t.invd2_it) return 'hard';
  return 'undetectable';
}

/** The thresholds at Δp, the region of (Δp, 1/Δ2) and the BBP picture of its threshold states (μ = 2σ). */
export type LandscapePoint = LandscapeThresholds & BbpPrediction & { dp: number; invd2: number; region: LandscapeRegion };

/** The §5 output of `landscape-point`: what the page reads at the reader's point. */
export function landscapePoint(dp: number, invd2: number): LandscapePoint {
  const t = landscapeThresholds(dp);
  return { dp, invd2, ...t, region: landscapeRegion(invd2, t), ...bbpPrediction(invd2, dp) };
}
