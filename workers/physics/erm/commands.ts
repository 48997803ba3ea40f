/**
 * ERM chapter commands (PHYSICS.md §6). λ: a number, 0 for λ → 0⁺, or `opt` (the schema's infinity
 * token, LAMBDA_OPT). Non-finite numbers (m, q, V of the λ → 0⁺ limits that diverge) print as null.
 */
import { commandFor, UsageError, type Command } from '../manifest.ts';
import { ermCurve, ermOptimalCurve, ermPoint, ermSim, SIM_MAX_ENTRIES } from './index.ts';
import { ermParams } from './params.ts';

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
];
