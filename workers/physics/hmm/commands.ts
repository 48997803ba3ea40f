/**
 * Hidden-manifold commands (PHYSICS.md §7: hmm-kappas, hmm-point, hmm-curve, hmm-sim with its exact
 * fields), and the page's other numbers (hmm-lambda, hmm-double-descent, hmm-phase). Non-finite numbers
 * (a logistic fixed point that did not converge on a curve) are printed as null.
 */
import { commandFor, UsageError, type Command } from '../manifest.ts';
import type { ParamsOf } from '../schema.ts';
import { logGrid } from '../numerics/logGrid.ts';
import { hmmParams } from './params.ts';
import {
  DD_LAMBDAS, hmmCurve, hmmDoubleDescent, hmmLambdaSweep, hmmPhaseDiagram, hmmPoint, hmmSim, kappas, type HmmModel,
} from './index.ts';

const MODEL_KEYS = ['act', 'loss', 'lambda', 'gamma'] as const;
const SIM_KEYS = ['p', 'seed', 'seeds'] as const;

function model({ act, loss, lambda, gamma }: Pick<ParamsOf<typeof hmmParams>, (typeof MODEL_KEYS)[number]>): HmmModel {
  return { act, loss, lambda, gamma };
}

/** A typed-array series as JSON: non-finite entries → null. */
function series(x: ArrayLike<number>): (number | null)[] {
  return Array.from(x, (v) => (Number.isFinite(v) ? v : null));
}

/** The figures' λ grid (the λ slider's range, 61 points) and p/n grid (0.1 … 10, 121 points). */
export const LAMBDA_GRID = { min: 1e-4, max: 100, n: 61 } as const;
export const PSI_GRID = { min: 0.1, max: 10, n: 121 } as const;

const cmd = commandFor(hmmParams);

export const hmmCommands: readonly Command[] = [
  cmd({
    name: 'hmm-kappas',
    summary: 'Gaussian-equivalence coefficients κ0, κ1, κ* of the feature activation σ',
    keys: ['act'],
    run: (args) => kappas(args.act),
  }),
  cmd({
    name: 'hmm-point',
    summary: 'Hidden manifold model fixed point at one α = n/p: overlaps m, q, test error ε_g, training loss',
    keys: [...MODEL_KEYS, 'alpha'],
    run: (args) => {
      const pt = hmmPoint(model(args), args.alpha);
      if (!pt.converged) throw new UsageError(`hmm-point: the ${args.loss} fixed point did not converge at alpha = ${args.alpha}, lambda = ${args.lambda}`);
      return { alpha: pt.alpha, gamma: pt.gamma, lambda: pt.lambda, m: pt.m, q: pt.q, eg: pt.eg, train_loss: pt.train_loss };
    },
  }),
  cmd({
    name: 'hmm-curve',
    summary: 'Hidden manifold model learning curve on an α grid (--alpha start:stop:step); null where a logistic point did not converge',
    keys: [...MODEL_KEYS, 'alpha'],
    rangeKeys: ['alpha'],
    run: (args, ctx) => {
      const m = model(args);
      const c = hmmCurve(m, args.alpha, ctx?.onProgress);
      const ok = (x: Float64Array) => series(x.map((v, i) => (c.converged[i] ? v : NaN)));
      return {
        alpha: series(c.alpha), gamma: series(c.alpha.map(() => m.gamma)), lambda: series(c.alpha.map(() => m.lambda)),
        m: ok(c.m), q: ok(c.q), eg: ok(c.eg), train_loss: ok(c.train_loss),
      };
    },
  }),
  cmd({
    name: 'hmm-sim',
    summary: 'Real training on σ(FC) features and on their Gaussian equivalent, over seeds (seed_s = childSeed(seed, s))',
    keys: [...MODEL_KEYS, 'alpha', ...SIM_KEYS],
    run: (args, ctx) => {
      const r = hmmSim(model(args), { alpha: args.alpha, p: args.p, seed: args.seed, seeds: args.seeds }, ctx?.onProgress);
      return {
        alpha: r.alpha, gamma: r.gamma, lambda: r.lambda, p: r.p, n_runs: r.n_runs,
        eg_mean: r.eg_mean, eg_std: r.eg_std, eg_gauss_mean: r.eg_gauss_mean, eg_gauss_std: r.eg_gauss_std,
      };
    },
  }),
  // What the page shows beyond the contract (every number on the page from the CLI).
  cmd({
    name: 'hmm-lambda',
    summary: 'ε_g against λ at one α on the page\'s 61-point λ grid (1e-4 … 100), with the optimal λ (at_edge: the optimum is at the grid\'s end)',
    keys: ['act', 'loss', 'gamma', 'alpha'],
    run: (args, ctx) => {
      const r = hmmLambdaSweep({ act: args.act, loss: args.loss, gamma: args.gamma }, args.alpha, logGrid(LAMBDA_GRID.min, LAMBDA_GRID.max, LAMBDA_GRID.n), ctx?.onProgress);
      return { alpha: r.alpha, lambda: series(r.lambda), eg: series(r.eg), train_loss: series(r.train_loss), lambda_opt: r.lambda_opt, eg_opt: r.eg_opt, at_edge: r.at_edge };
    },
  }),
  cmd({
    name: 'hmm-double-descent',
    summary: 'Ridge ε_g against p/n (121 points, 0.1 … 10) at fixed d/n = γ/α, for λ = 1e-4, 1e-2, 1 and the optimal λ',
    keys: ['act', 'gamma', 'alpha'],
    run: (args, ctx) => {
      const r = hmmDoubleDescent(args.act, args.gamma / args.alpha, logGrid(PSI_GRID.min, PSI_GRID.max, PSI_GRID.n), ctx?.onProgress);
      const n = r.psi.length;
      return {
        p_over_n: series(r.psi), d_over_n: r.d_over_n,
        eg: DD_LAMBDAS.map((lambda, j) => ({ lambda, eg: series(r.eg.subarray(j * n, (j + 1) * n)) })),
        lambda_opt: series(r.lambda_opt), eg_opt: series(r.eg_opt),
      };
    },
  }),
  cmd({
    name: 'hmm-phase',
    summary: 'The lecture\'s (α, λ) plane (σ = erf, square loss, d/p = 0.1): ridge ε_g on 49 × 49 log points, rows by λ, and the optimal λ*(α)',
    keys: [],
    run: (_args, ctx) => {
      const r = hmmPhaseDiagram(ctx?.onProgress);
      const na = r.alpha.length;
      return {
        alpha: series(r.alpha), lambda: series(r.lambda),
        eg: Array.from(r.lambda, (_l, j) => series(r.eg.subarray(j * na, (j + 1) * na))),
        lambda_opt: series(r.lambda_opt), eg_opt: series(r.eg_opt), at_edge: Array.from(r.at_edge, (v) => v === 1),
      };
    },
  }),
];
