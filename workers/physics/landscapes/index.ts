/**
 * Rough landscapes (PHYSICS.md §4): the spiked matrix-tensor model with p = 3 (Sarao Mannelli et al.,
 * arXiv:1812.09066, 1902.00139, 1907.08226) and gradient flow in phase retrieval (arXiv:2006.06997;
 * over-parameterised student: arXiv:2006.15459). Public API for the worker pool and the CLI; one call
 * per figure:
 *  - phase diagram (Δp, 1/Δ2): `landscapeThresholdLines(dpGrid)`; one point: `landscapeThresholds(dp)`;
 *  - m(t), e(t), μ(t) over seeds: `landscapeGf(...)` next to `landscapeDmft({... m0: 1/√N})`;
 *  - Hessian spectrum at the end of a run, outlier and predicted edge: `landscapeHessian(...)`
 *    (`bbpPrediction` for the N → ∞ lines);
 *  - phase retrieval success vs α: `prGf(...)` (call once per N), a trajectory: `prTrajectory(...)`,
 *    over-parameterised student: `prOverparam(...)`.
 * What the page shows on top of these (the reader's point and region, escape times, the finite-size
 * start, the success maps on their fixed grids, the phase-retrieval thresholds): phaseDiagram.ts,
 * escape.ts, successMaps.ts, prThresholds.ts.
 */
export { f, f1, f2, noiseSigma, type SpikeStrength } from './model.ts';
export {
  bbpPrediction,
  invd2Gf,
  invd2It,
  invd2MlAmp,
  landscapeThresholdLines,
  landscapeThresholds,
  type BbpPrediction,
  type LandscapeThresholds,
  type ThresholdLines,
} from './thresholds.ts';
export { DMFT_MAX_STEPS, landscapeDmft, type DmftParams, type DmftResult } from './dmft.ts';
export { MAX_TENSOR_N, lossGradient, spikedInstance, type SpikedInstance } from './instance.ts';
export {
  ESCAPE_M,
  SUCCESS_M,
  GF_TOGETHER_ENTRIES,
  landscapeGf,
  landscapeGfStream,
  spikedGfRunStream,
  type GfSeries,
  type GfStepParams,
  type LandscapeGfParams,
  type LandscapeGfResult,
} from './gradientFlow.ts';
export { MAX_HESSIAN_N, landscapeHessian, type LandscapeHessianParams, type LandscapeHessianResult } from './hessian.ts';
export {
  PR_SUCCESS_M,
  prGf,
  prInstance,
  prTrajectory,
  prTrajectoryStream,
  type PrGfParams,
  type PrGfResult,
  type PrTrajectory,
  type PrTrajectoryParams,
} from './phaseRetrieval.ts';
export { ALPHA_OVERPARAM, OVERPARAM_SUCCESS_ERROR, prOverparam, type OverparamParams, type OverparamResult } from './overparam.ts';
export {
  PHASE_DIAGRAM_POINTS,
  dpGrid,
  landscapePoint,
  landscapeRegion,
  phaseDiagram,
  phaseDiagramStream,
  type LandscapePoint,
  type LandscapeRegion,
} from './phaseDiagram.ts';
export {
  SAME_START,
  dmftEscapeTimes,
  dmftWithEscape,
  dmftWithEscapeStream,
  escapeTime,
  finiteSizeM0,
  finiteSizeStart,
  gfWithEscape,
  gfWithEscapeStream,
  hasEscaped,
  hessianWithEscape,
  hessianWithEscapeStream,
  type DmftEscape,
  type DmftEscapeTimes,
  type FiniteSizeStart,
  type GfEscape,
  type HessianEscape,
} from './escape.ts';
export {
  OVERPARAM_ALPHA_GRID,
  OVERPARAM_D,
  PR_ALPHA_GRID,
  prHalfDimension,
  prOverparamMap,
  prOverparamMapStream,
  prSuccessMap,
  prSuccessMapStream,
  prSuccessMaps,
  type OverparamMap,
  type OverparamMapParams,
  type PrSuccessMap,
  type PrSuccessMapParams,
  type PrSuccessMaps,
} from './successMaps.ts';
export { prThresholds, type PrThresholds } from './prThresholds.ts';
