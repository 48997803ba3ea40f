/**
 * GLM teacher-student model (Barbier, Krzakala, Macris, Miolane, Zdeborová, PNAS 2019; PHYSICS.md §1):
 * public API for the worker pool and the CLI.
 */
export type { ChannelKind, GlmCurve, GlmParams, GlmPoint, PriorKind } from './types.ts';
export { glmCurve, glmCurveStream, glmPoint } from './curve.ts';
export { alphaGrid, type AlphaGridSpec } from './alphaGrid.ts';
export { glmThresholds, type GlmThresholds } from './thresholds.ts';
export { glmFixedPoints, type GlmFixedPoints } from './fixedPoints.ts';
export { glmTransitions, glmTransitionsStream, hardPhasePolygon, transitionsOf, type GlmTransitions, type HardPhasePolygon } from './hardPhase.ts';
export { glmLandscape, glmLandscapeMaxima, LANDSCAPE_POINTS, type GlmLandscape, type GlmLandscapeMaxima } from './landscape.ts';
export { GAMP_MAX_ENTRIES, glmAmp, glmAmpStream, type GampOptions, type GampResult, type GampRuns } from './gamp.ts';
export { glmAmpFinal, glmAmpRuns, type GampWithFinal, type GlmAmpFinal, type GlmAmpRequest } from './gampSeeds.ts';
export { glmPhase, glmPhasePlane, glmPhasePlaneStream, type GlmPhase, type GlmPhaseDiagram, type GlmPhasePlane, type GlmPhaseRequest } from './phase.ts';
