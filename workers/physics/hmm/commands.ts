/**
 * Hidden-manifold commands (PHYSICS.md §7: hmm-kappas, hmm-point, hmm-curve, hmm-sim with its exact
 * fields), and the page's other numbers (hmm-lambda, hmm-double-descent, hmm-phase). Non-finite numbers
 * (a logistic fixed point that did not converge on a curve) are printed as null.
 */
import { commandFor, UsageError, type Command } from '../manifest.ts';
import type { ParamsOf } from '../schema.ts';
import { logGrid } from '../numerics/logGrid.ts';
import { hmmParams } from './params.ts';
import { ALPHA_GRID, LAMBDA_GRID, PSI_GRID, SIM_ALPHAS } from './grids.ts';
import {
  DD_LAMBDAS, hmmCurve, hmmDoubleDescent, hmmLambdaSweep, hmmPhaseDiagram, hmmPoint, hmmSim, hmmSimCurve, kappas, separability, type HmmModel,
} from './index.ts';
import { separableSim } from './separableSim.ts';

const MODEL_KEYS = ['act', 'loss', 'lambda', 'gamma'] as const;
const SIM_KEYS = ['p', 'seed', 'seeds'] as const;

function model({ act, loss, lambda, gamma }: Pick<ParamsOf<typeof hmmParams>, (typeof MODEL_KEYS)[number]>): HmmModel {
  return { act, loss, lambda, gamma };
}

/** A typed-array series as JSON: non-finite entries → null. */
function series(x: ArrayLike<number>): (number | null)[] {
  return Array.from(x, (v) => (Number.isFinite(v) ? v : null));
}

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
    name: 'hmm-separability',
    summary: 'Separability threshold α_sep(γ, σ): below it the training set is linearly separable and logistic regression at λ → 0⁺ is max-margin (tau: the linear R² of the teacher in the features; rho_sep: the max-margin m/√q there)',
    keys: ['act', 'gamma'],
    run: (args) => separability(args.act, args.gamma),
  }),
  cmd({
    name: 'hmm-separable-sim',
    summary: 'Fraction of finite σ(FC) training sets (n = αp) that are linearly separable, each certified (a separating w, or a Farkas vector); undecided: runs with neither',
    keys: ['act', 'gamma', 'alpha', ...SIM_KEYS],
    run: (args, ctx) => {
      const r = separableSim(args.act, args.gamma, { alpha: args.alpha, p: args.p, seed: args.seed, seeds: args.seeds }, ctx?.onProgress);
      return { ...r, separable_fraction: Number.isFinite(r.separable_fraction) ? r.separable_fraction : null };
    },
  }),
  cmd({
    name: 'hmm-learning-curve',
    summary: 'The learning-curve figure: ridge and logistic ε_g on its 120-point α grid (0.05 … 10, log), null where a logistic point did not converge, and α_sep',
    keys: ['act', 'lambda', 'gamma'],
    run: (args, ctx) => {
      const alphas = logGrid(ALPHA_GRID.min, ALPHA_GRID.max, ALPHA_GRID.n);
      const curve = (loss: HmmModel['loss'], from: number) =>
        hmmCurve({ act: args.act, loss, lambda: args.lambda, gamma: args.gamma }, alphas, (f) => ctx?.onProgress?.(from + 0.5 * f));
      const ridge = curve('square', 0);
      const logistic = curve('logistic', 0.5);
      const ok = (c: typeof ridge) => series(c.eg.map((v, i) => (c.converged[i] ? v : NaN)));
      return { alpha: series(alphas), eg_ridge: ok(ridge), eg_logistic: ok(logistic), alpha_sep: separability(args.act, args.gamma).alpha_sep };
    },
  }),
  cmd({
    name: 'hmm-sim-curve',
    summary: 'The learning-curve figure\'s finite-size points: hmm-sim at α = 0.25, 0.5, 1, 2, 4, 8 (same seeds), as arrays',
    keys: [...MODEL_KEYS, ...SIM_KEYS],
    run: (args, ctx) => {
      const r = hmmSimCurve(model(args), Float64Array.from(SIM_ALPHAS), { p: args.p, seed: args.seed, seeds: args.seeds }, ctx?.onProgress);
      return { alpha: series(r.alpha), eg_mean: series(r.eg_mean), eg_std: series(r.eg_std), eg_gauss_mean: series(r.eg_gauss_mean), eg_gauss_std: series(r.eg_gauss_std) };
    },
  }),
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
    summary: 'Ridge ε_g against p/n (121 points, 0.1 … 10) at fixed d/n = γ/α: eg_lambda0, 1, 2 for lambdas = 1e-4, 1e-2, 1, and the optimal λ',
    keys: ['act', 'gamma', 'alpha'],
    run: (args, ctx) => {
      const r = hmmDoubleDescent(args.act, args.gamma / args.alpha, logGrid(PSI_GRID.min, PSI_GRID.max, PSI_GRID.n), ctx?.onProgress);
      const n = r.psi.length;
      // one flat array per λ (eg_lambda<j> for lambdas[j]): the figure's series, field for field
      const perLambda = Object.fromEntries(DD_LAMBDAS.map((_l, j) => [`eg_lambda${j}`, series(r.eg.subarray(j * n, (j + 1) * n))]));
      return { p_over_n: series(r.psi), d_over_n: r.d_over_n, lambdas: [...DD_LAMBDAS], ...perLambda, lambda_opt: series(r.lambda_opt), eg_opt: series(r.eg_opt) };
    },
  }),
  cmd({
    name: 'hmm-phase',
    summary: 'The lecture\'s (α, λ) plane (σ = erf, square loss, d/p = 0.1): ridge ε_g on 49 × 49 log points, rows by λ, the same cells flat (cell_alpha, cell_lambda, cell_eg, row-major by λ), and the optimal λ*(α) (null where at the λ range\'s edge)',
    keys: [],
    run: (_args, ctx) => {
      const r = hmmPhaseDiagram(ctx?.onProgress);
      const na = r.alpha.length;
      const cells = (f: (i: number, j: number) => number) => Array.from(r.eg, (_v, k) => f(k % na, Math.floor(k / na)));
      return {
        alpha: series(r.alpha), lambda: series(r.lambda),
        eg: Array.from(r.lambda, (_l, j) => series(r.eg.subarray(j * na, (j + 1) * na))),
        cell_alpha: cells((i) => r.alpha[i]), cell_lambda: cells((_i, j) => r.lambda[j]), cell_eg: series(r.eg),
        lambda_opt: series(r.lambda_opt.map((v, i) => (r.at_edge[i] ? NaN : v))), eg_opt: series(r.eg_opt), at_edge: Array.from(r.at_edge, (v) => v === 1),
      };
    },
  }),
];
