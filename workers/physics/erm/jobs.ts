/**
 * ERM jobs for the worker pool: thin adapters from a request to one physics call (chapterCurves.ts). Every job but
 * the one-point solve is resumable (workers/physics/resumable.ts): theory reads its cancel every few ms, the training
 * runs between two runs.
 */
import type { ProgressFn } from '../manifest.ts';
import {
  ermLambdaScanStream, ermLossCurvesStream, ermPoint, ermRatesStream, ermReferenceStream, ermRidgePeakStream, ermSimCurveStream,
  type GridSpec, type LambdaScanRequest, type LossKind, type SimCurveRequest,
} from './index.ts';

export const jobs = {
  /** Bayes, max-margin and the optimally regularised ridge and logistic curves on a log α grid */
  ermReference(req: GridSpec, onProgress?: ProgressFn) {
    return ermReferenceStream(req, onProgress);
  },
  /** α·ε_g of the same learners on a log α grid (logistic at λ* up to logisticAlphaMax) */
  ermRates(req: GridSpec & { logisticAlphaMax: number }, onProgress?: ProgressFn) {
    return ermRatesStream(req, onProgress);
  },
  /** square, logistic and hinge at one λ on a log α grid */
  ermLossCurves(req: GridSpec & { lambda: number }, onProgress?: ProgressFn) {
    return ermLossCurvesStream(req, onProgress);
  },
  /** the three losses over a log λ grid at one α, with λ* of square and logistic */
  ermLambdaScan(req: LambdaScanRequest, onProgress?: ProgressFn) {
    return ermLambdaScanStream(req, onProgress);
  },
  /** ridge ε_g and test MSE near the interpolation peak, for λ → 0⁺, three small λ and λ* */
  ermRidgePeak(req: GridSpec) {
    return ermRidgePeakStream(req);
  },
  /** one α (the marker) */
  ermPoint(req: { loss: LossKind; lambda: number; alpha: number }) {
    return ermPoint(req.loss, req.alpha, req.lambda);
  },
  /** real training at a few α over seeds; its snapshots: the dots so far (run 0 at every α first) */
  ermSimCurve(req: SimCurveRequest, onProgress?: ProgressFn) {
    return ermSimCurveStream(req, onProgress);
  },
};
