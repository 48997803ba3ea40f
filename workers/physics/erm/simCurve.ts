/**
 * The learning-curve figure's finite-size dots (PHYSICS.md §6 `erm-sim` at a few α): seeded training runs
 * (sim.ts), streamed coarse to fine — run 0 at every α first, then run 1 at every α, … — so a reader who moved a
 * slider sees every α's first dot within a few runs, each the mean of its runs so far.
 */
import type { ProgressFn } from '../manifest.ts';
import { drain, offering, type Resumable } from '../resumable.ts';
import { optimalLambdaStream } from './optimalLambda.ts';
import { LAMBDA_OPT } from './point.ts';
import { egStats, simRunStream, simSamples, type ErmSimRequest, type SimRun } from './sim.ts';

export interface ErmSimCurve {
  alpha: Float64Array;
  lambda: Float64Array;
  eg_mean: Float64Array;
  eg_std: Float64Array;
  eg_test_mean: Float64Array;
  n_runs: number;
  d: number;
  converged: boolean;
}

/** The dots so far: runs over (of alpha.length × n_runs); an α without a run yet is NaN. */
export type ErmSimCurveRuns = ErmSimCurve & { runs_done: number };

export type SimCurveRequest = Omit<ErmSimRequest, 'alpha'> & { alphas: readonly number[] };

/** Finite-size training at each α of `alphas` (the CLI's erm-sim-curve: the finished curve). */
export function ermSimCurve(req: SimCurveRequest, onProgress?: ProgressFn): ErmSimCurve {
  const { runs_done: _done, ...r } = drain(ermSimCurveStream(req, onProgress));
  return r;
}

/**
 * ermSimCurve pausing between the solvers' iterations (and inside the λ* searches), offering the dots so far from the
 * end of the first training run on (none before: there is no dot yet). At each α
 * the numbers are ermSim's (the same runs, means over the same seeds in the same order); only the order of the
 * runs differs.
 */
export function* ermSimCurveStream(req: SimCurveRequest, onProgress?: ProgressFn): Resumable<ErmSimCurveRuns, ErmSimCurveRuns> {
  const { loss, d, seed, seeds, alphas } = req;
  const k = alphas.length;
  const ns = alphas.map((a) => simSamples(a, d));
  const lambda = new Float64Array(k);
  for (let i = 0; i < k; i++) lambda[i] = req.lambda === LAMBDA_OPT ? (yield* optimalLambdaStream(loss, alphas[i])).lambda : req.lambda;
  const runs: SimRun[][] = alphas.map(() => []);
  const curve = (): ErmSimCurveRuns => {
    const out: ErmSimCurveRuns = {
      alpha: Float64Array.from(alphas), lambda: lambda.slice(), eg_mean: new Float64Array(k), eg_std: new Float64Array(k),
      eg_test_mean: new Float64Array(k), n_runs: seeds, d, converged: true, runs_done: 0,
    };
    runs.forEach((rs, i) => {
      const st = rs.length > 0 ? egStats(Float64Array.from(rs, (r) => r.eg)) : { mean: NaN, std: NaN };
      out.eg_mean[i] = st.mean;
      out.eg_std[i] = st.std;
      out.eg_test_mean[i] = rs.length > 0 ? rs.reduce((s, r) => s + r.egTest, 0) / rs.length : NaN;
      out.converged &&= rs.every((r) => r.converged);
      out.runs_done += rs.length;
    });
    return out;
  };
  // cost ∝ α: progress weighted by it
  const total = alphas.reduce((s, a) => s + a, 0) * seeds;
  let done = 0;
  for (let s = 0; s < seeds; s++) {
    for (let i = 0; i < k; i++) {
      const a = alphas[i];
      const run = simRunStream(loss, lambda[i], ns[i], d, seed, s, onProgress && ((f) => onProgress((done + f * a) / total)));
      runs[i].push(yield* offering(run, done > 0 ? curve : undefined));
      done += a;
      if (s < seeds - 1 || i < k - 1) yield curve;
    }
  }
  return curve();
}
