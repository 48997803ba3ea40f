import { defaultsOf } from '../../../workers/physics/schema.ts';
import { defineChapter } from '../types.ts';
import { sgdChapterParams } from './viewParams.ts';

/** the schema's small initial weight scale (Goldt et al.), which every preset starts from */
const { init } = defaultsOf(sgdChapterParams);

export const chapter = defineChapter({
  id: 'sgd',
  order: 3,
  title: 'Two-layer SGD',
  summary: 'Saad-Solla ODEs next to online SGD: plateaus, over-parameterisation and the learning-rate phase diagram',
  params: sgdChapterParams,
  figures: [
    { id: 'curve', title: 'Learning curve: ODE and SGD' },
    { id: 'overlaps', title: 'Order parameters' },
    { id: 'overparam', title: 'Over-parameterisation: final error against K' },
    { id: 'phase', title: 'Learning-rate and width scalings (Veiga et al.)' },
  ],
  /** the keys the finite-N runs alone depend on */
  simulationKeys: ['N', 'seed', 'seeds', 'simAlpha'],
  // Each preset sets every model key, so it lands on the same view whatever came before.
  presets: [
    { label: 'plateau: erf, K = M = 2', values: { K: 2, M: 2, act: 'erf', eta: 0.5, sigma: 0, both: 0, init, alpha: 1000 } },
    { label: 'K = M = 3: longer plateau', values: { K: 3, M: 3, act: 'erf', eta: 0.5, sigma: 0, both: 0, init, alpha: 3000 } },
    // Goldt et al. 2019, Fig. 3: K = 5 > M = 2 with label noise, both layers (PHYSICS.md §3 reference value at α = 10⁵)
    { label: 'over-parameterised: K = 5, M = 2, σ = 0.1', values: { K: 5, M: 2, act: 'erf', eta: 0.5, sigma: 0.1, both: 1, init, alpha: 10000 } },
    { label: 'ReLU, K = M = 2', values: { K: 2, M: 2, act: 'relu', eta: 0.5, sigma: 0, both: 0, init, alpha: 1000 } },
    { label: 'linear regression', values: { K: 1, M: 1, act: 'linear', eta: 0.5, sigma: 0, both: 0, init, alpha: 100 } },
  ],
});
