import { defineChapter, stepsAlong } from '../types.ts';
import { defineSchema, withDefaults } from '../../../workers/physics/schema.ts';
import { spikedParams } from '../../../workers/physics/spiked/params.ts';

const SPARSE = new Set(['sparse', 'sparse-rademacher']);

/**
 * Browser default p = 200 (URL version 2; version 1 opened p = 400): the finite-size runs (7 Δ × 3 seeds, AMP +
 * two Lanczos, O(p²) each) take ~1 s of CPU on one worker instead of ~3 s (issue #10 item 6); the slider goes to 2000.
 */
const params = defineSchema([...withDefaults(spikedParams, { p: 200 })]);

export const chapter = defineChapter({
  id: 'spiked',
  order: 7,
  title: 'Spiked matrix estimation',
  summary: 'Sparse priors have a hard phase, generative priors do not: AMP, PCA and LAMP',
  params,
  figures: [
    { id: 'curve', title: 'Overlap against the noise' },
    { id: 'phase-sparse', title: 'Phase diagram, sparse prior' },
    { id: 'phase-generative', title: 'Phase diagram, generative prior' },
    { id: 'spectrum', title: 'Spectrum of Y/√p' },
    { id: 'lamp', title: 'Spectrum of the LAMP matrix' },
    { id: 'amp', title: 'AMP iterations and state evolution' },
  ],
  // Each preset sets every model key, so it lands on the same view whatever came before.
  presets: [
    { label: 'sparse: the hard phase', values: { prior: 'sparse', act: 'linear', alpha: 1, rho: 0.05, delta: 1.6, iters: 40 } },
    { label: 'generative linear: no gap', values: { prior: 'generative', act: 'linear', alpha: 1, rho: 0.05, delta: 1.2, iters: 40 } },
    { label: 'PCA vs LAMP', values: { prior: 'generative', act: 'sign', alpha: 2, rho: 0.05, delta: 1.3, iters: 60 } },
    { label: 'ReLU: no weak-recovery threshold', values: { prior: 'generative', act: 'relu', alpha: 1, rho: 0.05, delta: 0.5, iters: 40 } },
  ],
  // captions' numbers: npm run -s cli -- spiked-point / spiked-thresholds at each step's values
  stories: [
    {
      id: 'sparse-hard-phase',
      title: 'sparse prior (ρ = 0.05): the hard phase',
      steps: stepsAlong(params, 'delta', { prior: 'sparse', act: 'linear', alpha: 1, rho: 0.05, iters: 40 }, [
        [0.8, 'Δ = 0.8 < Δ_alg = 1: AMP is Bayes-optimal, MSE ≈ 0.103; PCA sees the spike too'],
        [1.2, 'Δ = 1.2, past Δ_alg = 1: AMP and PCA lose the spike (MSE 1), Bayes keeps MSE ≈ 0.172: the hard phase'],
        [1.6, 'Δ = 1.6, still hard: the MMSE is 0.253, AMP stays at MSE 1'],
        [2.43, 'Δ ≈ Δ_IT = 2.432: the Bayes-optimal error jumps to 1 just beyond (first-order transition)'],
        [3, 'Δ = 3 > Δ_IT: no estimator beats MSE = 1'],
      ]),
    },
    {
      id: 'generative-no-gap',
      title: 'generative prior (linear φ, α = 1): no gap',
      steps: stepsAlong(params, 'delta', { prior: 'generative', act: 'linear', alpha: 1, rho: 0.05, iters: 40 }, [
        [0.5, 'Δ = 0.5: AMP is Bayes-optimal, MSE ≈ 0.319 (the authors’ value)'],
        [1, 'Δ = 1 = ρ_v²: PCA’s threshold; beyond it PCA sees nothing, AMP still has MSE ≈ 0.570'],
        [1.5, 'Δ = 1.5: AMP = Bayes, MSE ≈ 0.793: no hard phase'],
        [1.9, 'Δ = 1.9, just below Δ_c = 1 + α = 2: a weak signal remains, MSE ≈ 0.960'],
        [2.5, 'Δ = 2.5 > Δ_c = 2: nothing to recover, for AMP or for Bayes'],
      ]),
    },
  ],
  simulationKeys: ['p', 'seed', 'seeds', 'iters'],
  showParam(key, v) {
    if (key === 'act' || key === 'alpha') return v.prior === 'generative';
    if (key === 'rho') return SPARSE.has(v.prior);
    return true;
  },
});
