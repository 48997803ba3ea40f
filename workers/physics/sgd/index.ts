/**
 * Two-layer online SGD (PHYSICS.md §3): Saad & Solla 1995; Goldt et al. 2019 (arXiv:1906.08632);
 * Veiga et al. 2022 (arXiv:2202.00293). One call per figure:
 *   ε_g vs α, ODE and SGD seeds ........ sgdSim (returns the ODE from the same start too) / sgdOde;
 *                                        the page: sgdCurve (one solve for ε_g and Q, R, v) + sgdSimStream
 *   order parameters over time ......... sgdOde / sgdCurve (Q, R, v per point)
 *   plateau height and escape rate ..... sgdPlateau; plateauMarks (a0, ln(1/a0)/λ, ODE exit by firstAlphaBelow)
 *   final ε_g vs K, first vs both ...... sgdFinalVsK (at α and α/10, widths studentWidths(M))
 *   (κ, δ) phase diagram + curve ....... sgdPhase, sgdPhaseCurve; sgdVeiga (polygons, point, region curves)
 *   maximal stable η .................... sgdStability (optimum and symmetric-phase limits)
 */
export { ACTS, g, gPrime, type Act } from './activations.ts';
export { erfIntegrals, integralsFor, linearIntegrals, reluIntegrals, type Integrals } from './integrals.ts';
export { packState, SgdOdeModel, stateSize, unpackState, type SgdSystem } from './odes.ts';
export { DEFAULT_INIT, DEFAULT_N, DEFAULT_SEED, drawNetworks, isBoth, overlaps, REFERENCE_START, type SgdParams } from './setup.ts';
export { logGrid } from '../numerics/logGrid.ts';
export { firstAlphaBelow, RELU_ALIGNED_EG, sgdOde, type SgdOdeOptions, type SgdOdeResult } from './sgdOde.ts';
export { leadingEigenvalue, PLATEAU_RESIDUAL, sgdPlateau, type SgdPlateauParams, type SgdPlateauResult } from './plateau.ts';
export { hasSymmetricPlateau, initialAsymmetry, plateauMarks, type SgdPlateauMarks } from './plateauExit.ts';
export { clipEg, curveOdeOptions, EG_FLOOR, sgdCurve, stoppedAt, type SgdCurveResult } from './curve.ts';
export {
  runSeed, seedStats, sgdRun, sgdSim, sgdSimStream, simSteps, type SeedStats, type SgdSimParams, type SgdSimPartial, type SgdSimResult,
} from './sim.ts';
export { sgdFinalVsK, studentWidths, type SgdFinalVsKResult } from './overparam.ts';
export {
  REGION_CODES, sgdPhase, sgdPhaseCurve, sgdVeiga, veigaNormalisation, veigaPlateauLine, veigaPolygons, veigaRegion, veigaTimeExponent,
  type PhaseCurveParams, type SgdPhaseResult, type SgdVeigaParams, type SgdVeigaResult, type VeigaPolygon, type VeigaRegion,
} from './phase.ts';
export { eigenvalues, type Eigenvalues } from './eigen.ts';
export {
  ETA_CAP, optimumApplies, optimumGrowthRate, optimumJacobians, optimumLimit, sgdStability, sgdStabilityAt, symmetricApplies, symmetricLimit, symmetricPhaseEscapes,
  type SgdStabilityAtResult, type SgdStabilityParams, type SgdStabilityResult, type StabilityLimit,
} from './stability.ts';
