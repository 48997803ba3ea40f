/**
 * ERM chapter commands (PHYSICS.md §6). λ: a number, 0 for λ → 0⁺, or `opt` (the schema's infinity
 * token, LAMBDA_OPT). Non-finite numbers (m, q, V of the λ → 0⁺ limits that diverge) print as null.
 * The §6 contract commands come first; after them, one command per figure of the chapter on the figure's own grid
 * (workers/physics/erm/params.ts), whose fields the figure's "Reproduce" maps onto its CSV series.
 */
import { commandFor, UsageError, type Command } from '../manifest.ts';
import {
  ermCurve, ermLambdaScan, ermLossCurves, ermOptimalCurve, ermPoint, ermRates, ermReference, ermRidgePeak, ermSim, ermSimCurve,
  SIM_MAX_ENTRIES,
} from './index.ts';
import { CURVE_GRID, ermParams, LAMBDA_GRID, PEAK_GRID, RATES_GRID, SIM_ALPHAS } from './params.ts';

const cmd = commandFor(ermParams);

function checkSim(alpha: number, d: number): void {
  const entries = Math.round(alpha * d) * d;
  if (entries > SIM_MAX_ENTRIES) {
    throw new UsageError(`erm-sim: n·d = α·d² = ${entries} exceeds ${SIM_MAX_ENTRIES} (the design matrix would not fit in memory); lower --alpha or --d`);
  }
}

export const ermCommands: readonly Command[] = [
  cmd({
    name: 'erm-point',
    summary: 'ERM theory at one α: m, q, V, ε_g, training loss and error (--loss, --lambda number|0|opt)',
    keys: ['loss', 'lambda', 'alpha'],
    run: (a) => ermPoint(a.loss, a.alpha, a.lambda),
  }),
  cmd({
    name: 'erm-curve',
    summary: 'ERM theory on an α grid (--alpha start:stop:step)',
    keys: ['loss', 'lambda', 'alpha'],
    rangeKeys: ['alpha'],
    run: (a, ctx) => ermCurve(a.loss, a.lambda, a.alpha, ctx?.onProgress),
  }),
  cmd({
    name: 'erm-optimal',
    summary: 'optimal λ*(α) and its ε_g (--loss square|logistic, --alpha start:stop:step)',
    keys: ['loss', 'alpha'],
    rangeKeys: ['alpha'],
    run: (a, ctx) => ermOptimalCurve(a.loss, a.alpha, ctx?.onProgress),
  }),
  cmd({
    name: 'erm-sim',
    summary: 'real training on seeded random instances: ε_g, m, q, training loss over seeds',
    keys: ['loss', 'lambda', 'alpha', 'd', 'seed', 'seeds'],
    run: (a, ctx) => {
      checkSim(a.alpha, a.d);
      const r = ermSim({ loss: a.loss, lambda: a.lambda, alpha: a.alpha, d: a.d, seed: a.seed, seeds: a.seeds }, ctx?.onProgress);
      return {
        alpha: r.alpha, lambda: r.lambda, d: r.d, n_runs: r.n_runs, eg_mean: r.eg_mean, eg_std: r.eg_std,
        m_mean: r.m_mean, q_mean: r.q_mean, train_loss_mean: r.train_loss_mean,
        eg_test_mean: r.eg_test_mean, iterations: r.iterations, certificates: r.certificates, converged: r.converged,
      };
    },
  }),
  cmd({
    name: 'erm-reference',
    summary: 'learning-curve figure: Bayes, max-margin, optimally regularised ridge and logistic (ε_g and λ*) on its α grid',
    keys: [],
    run: (_a, ctx) => ermReference(CURVE_GRID, ctx?.onProgress),
  }),
  cmd({
    name: 'erm-losses',
    summary: 'learning-curve figure: ε_g of square, logistic and hinge at one --lambda (a number or 0) on its α grid',
    keys: ['lambda'],
    run: (a, ctx) => {
      if (a.lambda === Infinity) throw new UsageError('erm-losses: --lambda opt has no single λ; the λ* curves are erm-reference');
      return ermLossCurves({ ...CURVE_GRID, lambda: a.lambda }, ctx?.onProgress);
    },
  }),
  cmd({
    name: 'erm-sim-curve',
    summary: `learning-curve figure: real training at α = ${SIM_ALPHAS.join(', ')} over seeds (the dots)`,
    keys: ['loss', 'lambda', 'd', 'seed', 'seeds'],
    run: (a, ctx) => {
      checkSim(Math.max(...SIM_ALPHAS), a.d);
      return ermSimCurve({ loss: a.loss, lambda: a.lambda, d: a.d, seed: a.seed, seeds: a.seeds, alphas: SIM_ALPHAS }, ctx?.onProgress);
    },
  }),
  cmd({
    name: 'erm-lambda-scan',
    summary: 'λ figure: ε_g of the three losses over its log λ grid at --alpha, with λ* of square and logistic',
    keys: ['alpha'],
    run: (a, ctx) => ermLambdaScan({ alpha: a.alpha, ...LAMBDA_GRID }, ctx?.onProgress),
  }),
  cmd({
    name: 'erm-peak',
    summary: 'ridge-peak figure: ε_g (eg_k) and test MSE (test_mse_k) over its α grid for λ = lambdas[k] (λ → 0⁺, 1e-3, 1e-2, 0.1, λ*)',
    keys: [],
    run: () => {
      const r = ermRidgePeak(PEAK_GRID);
      return {
        alpha: r.alpha, lambdas: r.lambdas,
        ...Object.fromEntries(r.eg.map((e, k) => [`eg_${k}`, e])),
        ...Object.fromEntries(r.test_mse.map((e, k) => [`test_mse_${k}`, e])),
      };
    },
  }),
  cmd({
    name: 'erm-rates',
    summary: `rates figure: α·ε_g of Bayes, max-margin, ridge and logistic at λ* on its α grid to ${RATES_GRID.alphaMax} (logistic to ${RATES_GRID.logisticAlphaMax}, null beyond)`,
    keys: [],
    run: (_a, ctx) => ermRates(RATES_GRID, ctx?.onProgress),
  }),
];
