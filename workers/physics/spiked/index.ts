/**
 * Spiked matrix estimation with sparse and generative priors (Aubin, Loureiro, Maillard, Krzakala,
 * Zdeborová, NeurIPS 2019, arXiv:1905.12385; PHYSICS.md §8): public API for the worker pool and the CLI.
 */
export type { ActKind, SpikedParams, SpikedPoint, SpikePriorKind } from './types.ts';
export { FINITE_GRID, OVERLAP_GRID } from './params.ts';
export { spikedCurve, spikedCurveStream, spikedOverlapCurve, spikedPoint, type SpikedCurve, type SpikedOverlapCurve } from './curve.ts';
export { spikedThresholds, spikedThresholdsStream, type SpikedThresholds } from './thresholds.ts';
export { spikedAmp, spikedAmpStream, type AmpOptions, type SpikedAmp, type SpikedAmpRuns } from './ampSeeds.ts';
export { spikedFinite, spikedFiniteStream, type FiniteOptions, type SpikedFinite, type SpikedFiniteRuns } from './finite.ts';
export { spikedSpectrum, spikedSpectrumStream, type SpikedSpectrum } from './spectrum.ts';
export { spikedPhase, spikedPhaseStream, type SpikedPhase } from './phase.ts';
