/**
 * GLM teacher-student model (Barbier, Krzakala, Macris, Miolane, Zdeborová, PNAS 2019; PHYSICS.md §1):
 * public API for the worker pool and the CLI.
 */
export type { ChannelKind, GlmCurve, GlmParams, GlmPoint, PriorKind } from './types.ts';
export { glmCurve, glmPoint } from './curve.ts';
export { glmThresholds, type GlmThresholds } from './thresholds.ts';
export { glmLandscape, type GlmLandscape } from './landscape.ts';
export { GAMP_MAX_ENTRIES, glmAmp, type GampOptions, type GampResult } from './gamp.ts';
export { glmPhase, type GlmPhase, type GlmPhaseDiagram, type GlmPhaseRequest } from './phase.ts';
