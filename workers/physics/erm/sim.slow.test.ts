import { describe, expect, it } from 'vitest';
import { ermAtLambda } from './atLambda.ts';
import { ermSim } from './sim.ts';
import type { LossKind } from './losses.ts';

/**
 * Real training on random instances at d = 1000 against the d → ∞ theory (PHYSICS.md §6; issue 15): for each
 * loss at α = 0.5, 2, 5 the mean ε_g over 4 seeds lies within 3 standard errors (sample sd/√4) of the fixed
 * point. Seeds are fixed, so the test is deterministic; it fails if the theory, the solver or the data
 * generation is off by more than the seed scatter (ε_g's sd over instances is ≈ 0.003 at d = 1000, α = 5).
 * λ: 0.1 for square and logistic; 1 for the hinge, where dual coordinate descent reaches a 1e-6 duality gap in
 * ≈ 100 epochs at α = 5 (at λ = 0.1 it needs ≈ 1900: the free support vectors are 0.92·d there, and the dual's
 * free block is as ill-conditioned as a Marchenko-Pastur matrix of ratio 0.92).
 * Finite size: the earlier worry that logistic at α = 5, λ = 0.1 sits 0.0024 above the theory (seeds 7 and 11)
 * was seed scatter. Measured with seed 101 (npx tsx over ermSim; theory 0.09604): d = 250, 32 runs
 * 0.09675 ± 0.00110; d = 500, 16 runs 0.09521 ± 0.00096; d = 1000, 8 runs 0.09535 ± 0.00115; d = 2000, 4 runs
 * 0.09585 ± 0.00080 — every d within 1 s.e., no trend in d·(ε_g − theory), so no O(1/d) correction resolvable
 * at this scatter and no tolerance widening; the square loss (exact CG solve, closed-form theory 0.11440) shows
 * the same: 0.11501, 0.11332, 0.11332, 0.11500 (± 0.0009-0.0014).
 * Measured here (seed 101, 4 runs; mean ± s.e. vs theory): square 0.32519 ± 0.00256 / 0.32918, 0.19072 ± 0.00163
 * / 0.19553, 0.11090 ± 0.00151 / 0.11440; logistic 0.32018 ± 0.00393 / 0.32275, 0.17594 ± 0.00173 / 0.17966,
 * 0.09330 ± 0.00147 / 0.09604; hinge 0.32455 ± 0.00299 / 0.32824, 0.19843 ± 0.00188 / 0.20189, 0.12145 ± 0.00113
 * / 0.12391. All nine lie below the theory because they share the same four instances (the seed fixes X and w*
 * whatever the loss), which happen to be easy: seeds 4-7 of the same stream lie above (the 8-run means above).
 * Square at α = 2 is the tightest, at 2.95 s.e. Cost: ≈ 26 s of CPU (wall 84 s at a load of 10 on 2 cores).
 */
const CASES: [LossKind, number][] = [
  ['square', 0.1],
  ['logistic', 0.1],
  ['hinge', 1],
];
const ALPHAS = [0.5, 2, 5];
const D = 1000;
const SEEDS = 4;

describe('erm finite-size training vs theory at d = 1000', () => {
  for (const [loss, lambda] of CASES)
    it(`${loss}, λ = ${lambda}: ε_g within 3 s.e. of the theory at α = ${ALPHAS.join(', ')}`, () => {
      for (const alpha of ALPHAS) {
        const sim = ermSim({ loss, lambda, alpha, d: D, seed: 101, seeds: SEEDS });
        const theory = ermAtLambda(loss, alpha, lambda).eg;
        expect(sim.converged, `${loss} α=${alpha}`).toBe(true);
        const se = sim.eg_std / Math.sqrt(SEEDS);
        expect(se).toBeGreaterThan(0);
        expect(Math.abs(sim.eg_mean - theory), `${loss} α=${alpha}: ${sim.eg_mean} ± ${se} vs ${theory}`).toBeLessThan(3 * se);
      }
    }, 120_000);
});

/**
 * The max-margin limit (hinge at λ = 0, the hard-margin SVM by the interior-point method of svmInteriorPoint.ts,
 * duality gap ≤ 1e-6) against the d → ∞ theory (maxMargin.ts, `erm-point --loss hinge --lambda 0`): mean ε_g over
 * 4 seeds within 3 standard errors at α = 2 and 5. d = 400, not 1000: the IPM costs n·d²/2 per iteration, and at
 * d = 1000, α = 5 one seed alone is ≈ 12 × 2.5e9 multiply-adds. Measured (seed 101, mean ± s.e. vs theory):
 * α = 2 0.19318 ± 0.00428 / 0.18848 (1.1 s.e.), α = 5 0.09486 ± 0.00273 / 0.09383 (0.4 s.e.); 8-12 IPM
 * iterations per seed; 8.6 s of CPU in all (process.cpuUsage, at a load of 15 on 2 cores: ~60 s wall).
 */
describe('erm max-margin training (λ → 0⁺) vs theory at d = 400', () => {
  it('hinge, λ = 0: ε_g within 3 s.e. of the max-margin theory at α = 2, 5', () => {
    for (const alpha of [2, 5]) {
      const sim = ermSim({ loss: 'hinge', lambda: 0, alpha, d: 400, seed: 101, seeds: SEEDS });
      const theory = ermAtLambda('hinge', alpha, 0).eg;
      expect(sim.converged, `α=${alpha}`).toBe(true);
      const se = sim.eg_std / Math.sqrt(SEEDS);
      expect(se).toBeGreaterThan(0);
      expect(Math.abs(sim.eg_mean - theory), `α=${alpha}: ${sim.eg_mean} ± ${se} vs ${theory}`).toBeLessThan(3 * se);
    }
  }, 240_000);
});
