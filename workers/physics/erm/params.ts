import { defineSchema } from '../schema.ts';
import type { GridSpec } from './chapterCurves.ts';

/** ERM chapter parameters (keys: ../shared/PHYSICS.md §6). */
export const ermParams = defineSchema([
  {
    kind: 'enum', key: 'loss', label: 'Loss', tex: '\\ell(y, z)',
    options: [
      { value: 'square', label: 'square (ridge)' },
      { value: 'logistic', label: 'logistic' },
      { value: 'hinge', label: 'hinge (SVM)' },
    ],
    default: 'logistic',
  },
  {
    kind: 'number', key: 'lambda', label: 'Regularisation', tex: '\\lambda', min: 0, max: 100, logFloor: 1e-4, step: 1e-4, scale: 'log', default: 0.1,
    infinityToken: 'opt',
    help: '0: λ → 0⁺ (square: minimum-norm interpolator; hinge: max-margin); opt: the λ that minimises ε_g at this α',
  },
  { kind: 'number', key: 'alpha', label: 'Samples per dimension', tex: '\\alpha = n/d', min: 0.05, max: 1000, step: 0.01, scale: 'log', default: 2 },
  { kind: 'number', key: 'd', label: 'Dimension', tex: 'd', min: 20, max: 2000, step: 10, scale: 'log', default: 1000, integer: true, help: 'training cost ∝ α·d² per pass' },
  { kind: 'number', key: 'seed', label: 'Seed', tex: '\\text{seed}', min: 0, max: 1e9, step: 1, scale: 'lin', default: 1, integer: true },
  { kind: 'number', key: 'seeds', label: 'Seeds', tex: '\\#\\text{runs}', min: 1, max: 20, step: 1, scale: 'lin', default: 4, integer: true },
]);

// The grids the chapter's figures are drawn on, shared by the page (src/chapters/erm/, which may import this file)
// and the CLI commands that print each figure's numbers (commands.ts), so "Reproduce" prints exactly what is plotted.

/**
 * The learning-curve figure's log α grid. It stops at 50: the optimally regularised logistic curve needs a 1-D
 * minimisation per point, and beyond α ≈ 50 its λ* falls below 1e-5 where each fixed point is slow.
 */
export const CURVE_GRID: GridSpec = { alphaMin: 0.2, alphaMax: 50, n: 24 };

/**
 * The large-α rates figure: to α = 1000, where α·ε_g of Bayes and max-margin are within 0.1 % of their limits
 * 0.4417 and 0.5005; the optimally regularised logistic curve up to LOGISTIC_OPT_MAX only (its cost there is a
 * second per point; it lies on the Bayes rate to 0.1 % from α ≈ 10 on).
 */
export const RATES_GRID: GridSpec & { logisticAlphaMax: number } = { alphaMin: 0.2, alphaMax: 1000, n: 40, logisticAlphaMax: 50 };

/** The λ-scan figure's log λ grid. */
export const LAMBDA_GRID = { lambdaMin: 1e-4, lambdaMax: 100, n: 40 } as const;

/** The ridge-peak figure's log α grid (241 points: α = 1 is one of them). */
export const PEAK_GRID: GridSpec = { alphaMin: 0.1, alphaMax: 10, n: 241 };

/** The finite-size dots of the learning-curve figure (α·d² ≤ 1.6·10⁷ for every d of the schema). */
export const SIM_ALPHAS: readonly number[] = [0.5, 1, 2, 4];
