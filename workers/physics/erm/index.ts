/**
 * Empirical risk minimisation vs Bayes in the teacher-student perceptron (Aubin, Lu, Krzakala,
 * Zdeborová, NeurIPS 2020, arXiv:2006.06560; PHYSICS.md §6): public API for the worker pool and the CLI.
 */
export { LOSS_KINDS, losses, type Loss, type LossKind } from './losses.ts';
export { trainHinge, trainLogistic, trainRidge, type TrainOptions, type TrainResult } from './train.ts';
export { ermHats, ermSolve, ermTrainStats, type ErmSolution, type ErmState } from './fixedPoint.ts';
export { ridgeClosedForm } from './ridge.ts';
export { maxMarginSolve } from './maxMargin.ts';
export { LAMBDA_MAX, LAMBDA_MIN, optimalLambda, type OptimalLambda } from './optimalLambda.ts';
export { ermPoint, LAMBDA_OPT, type ErmPoint } from './point.ts';
export { ermCurve, ermLambdaCurve, ermOptimalCurve, type ErmCurve, type ErmOptimalCurve } from './curves.ts';
export { ermSim, SIM_MAX_ENTRIES, TEST_SAMPLES, type ErmSim, type ErmSimRequest } from './sim.ts';
export {
  ermLambdaScan, ermLambdaScanStream, ermLossCurves, ermLossCurvesStream, ermRates, ermRatesStream, ermReference, ermReferenceStream,
  ermRidgePeak, ermRidgePeakStream, PEAK_LAMBDAS,
  type ErmLambdaScan, type ErmLossCurves, type ErmRates, type ErmReference, type ErmRidgePeak, type GridSpec, type LambdaScanRequest,
} from './chapterCurves.ts';
export { ermSimCurve, ermSimCurveStream, type ErmSimCurve, type ErmSimCurveRuns, type SimCurveRequest } from './simCurve.ts';
