/** ERM jobs for the worker pool: thin adapters from a request to one physics call (chapterCurves.ts). */
import type { ProgressFn } from '../manifest.ts';
import {
  ermLambdaScan, ermLossCurves, ermPoint, ermRates, ermReference, ermRidgePeak, ermSimCurve,
  type ErmSimRequest, type GridSpec, type LossKind,
} from './index.ts';

export const jobs = {
  /** Bayes, max-margin and the optimally regularised ridge and logistic curves on a log α grid */
  ermReference(req: GridSpec, onProgress?: ProgressFn) {
    return ermReference(req, onProgress);
  },
  /** α·ε_g of the same learners on a log α grid (logistic at λ* up to logisticAlphaMax) */
  ermRates(req: GridSpec & { logisticAlphaMax: number }, onProgress?: ProgressFn) {
    return ermRates(req, onProgress);
  },
  /** square, logistic and hinge at one λ on a log α grid */
  ermLossCurves(req: GridSpec & { lambda: number }, onProgress?: ProgressFn) {
    return ermLossCurves(req, onProgress);
  },
  /** the three losses over a log λ grid at one α, with λ* of square and logistic */
  ermLambdaScan(req: { alpha: number; lambdaMin: number; lambdaMax: number; n: number }, onProgress?: ProgressFn) {
    return ermLambdaScan(req, onProgress);
  },
  /** ridge ε_g and test MSE near the interpolation peak, for λ → 0⁺, three small λ and λ* */
  ermRidgePeak(req: GridSpec) {
    return ermRidgePeak(req);
  },
  /** one α (the marker) */
  ermPoint(req: { loss: LossKind; lambda: number; alpha: number }) {
    return ermPoint(req.loss, req.alpha, req.lambda);
  },
  /** real training at a few α over seeds */
  ermSimCurve(req: Omit<ErmSimRequest, 'alpha'> & { alphas: readonly number[] }, onProgress?: ProgressFn) {
    return ermSimCurve(req, onProgress);
  },
};
