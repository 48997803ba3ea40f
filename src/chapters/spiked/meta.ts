import { defineChapter } from '../types.ts';
import { defineSchema, withDefaults } from '../../../workers/physics/schema.ts';
import { spikedParams } from '../../../workers/physics/spiked/params.ts';

const SPARSE = new Set(['sparse', 'sparse-rademacher']);

/** Browser default p = 400: the finite-size runs (7 Δ × 3 seeds, AMP + two Lanczos) take a few seconds on one worker. */
export const chapter = defineChapter({
  id: 'spiked',
  order: 5,
  title: 'Spiked matrix estimation',
  summary: 'Sparse priors have a hard phase, generative priors do not: AMP, PCA and LAMP',
  params: defineSchema([...withDefaults(spikedParams, { p: 400 })]),
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
  simulationKeys: ['p', 'seed', 'seeds', 'iters'],
  showParam(key, v) {
    if (key === 'act' || key === 'alpha') return v.prior === 'generative';
    if (key === 'rho') return SPARSE.has(v.prior);
    return true;
  },
});
