/**
 * Two-layer online SGD (PHYSICS.md §3): Saad & Solla 1995; Goldt et al. 2019 (arXiv:1906.08632);
 * Veiga et al. 2022 (arXiv:2202.00293). One call per figure:
 *   ε_g vs α, ODE and SGD seeds ........ sgdSim (returns the ODE from the same start too) / sgdOde
 *   order parameters over time ......... sgdOde (Q, R, v per point)
 *   plateau height and escape rate ..... sgdPlateau, firstAlphaBelow (exit time)
 *   final ε_g vs K, first vs both ...... sgdFinalVsK
 *   (κ, δ) phase diagram + curve ....... sgdPhase, sgdPhaseCurve
 */
export { ACTS, g, gPrime, type Act } from './activations.ts';
export { erfIntegrals, integralsFor, linearIntegrals, reluIntegrals, type Integrals } from './integrals.ts';
export { packState, SgdOdeModel, stateSize, unpackState, type SgdSystem } from './odes.ts';
export { DEFAULT_INIT, DEFAULT_N, drawNetworks, overlaps, type SgdParams } from './setup.ts';
export { logGrid } from '../numerics/logGrid.ts';
export { firstAlphaBelow, RELU_ALIGNED_EG, sgdOde, type SgdOdeOptions, type SgdOdeResult } from './sgdOde.ts';
export { leadingEigenvalue, sgdPlateau, type SgdPlateauParams, type SgdPlateauResult } from './plateau.ts';
export { sgdRun, sgdSim, type SgdSimParams, type SgdSimResult } from './sim.ts';
export { sgdFinalVsK, type SgdFinalVsKResult } from './overparam.ts';
export {
  REGION_CODES, sgdPhase, sgdPhaseCurve, veigaRegion, veigaTimeExponent,
  type PhaseCurveParams, type SgdPhaseResult, type VeigaRegion,
} from './phase.ts';
