/**
 * Random features and the hidden manifold model (Goldt et al. PRX 2020; Gerace et al. ICML 2020;
 * PHYSICS.md §7): public API for the worker pool and the CLI.
 */
export { ACTIVATIONS, kappas, type Activation, type Kappas } from './activations.ts';
export type { HmmLoss, HmmModel } from './model.ts';
export { hmmCurve, hmmCurveStream, hmmPoint, type HmmCurve, type HmmPoint } from './curve.ts';
export { hmmLambdaSweep, hmmLambdaSweepStream, type HmmLambdaSweep } from './lambdaSweep.ts';
export { DD_LAMBDAS, hmmDoubleDescent, hmmDoubleDescentStream, type HmmDoubleDescent } from './doubleDescent.ts';
export { hmmPhaseDiagram, hmmPhaseDiagramStream, PHASE_ALPHA, PHASE_LAMBDA, PHASE_MODEL, type HmmPhaseDiagram } from './phaseDiagram.ts';
export { hmmSim, hmmSimCurve, hmmSimCurveStream, N_TEST, type HmmSim, type HmmSimCurve, type SimOptions } from './sim.ts';
export { separability, type Separability } from './separability.ts';
