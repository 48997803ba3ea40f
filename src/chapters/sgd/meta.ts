import { defaultsOf } from '../../../workers/physics/schema.ts';
import { defineChapter } from '../types.ts';
import { sgdChapterParams } from './viewParams.ts';

/** the schema's small initial weight scale (Goldt et al.), which every preset starts from */
const { init, seed } = defaultsOf(sgdChapterParams);

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
  // Numbers in the captions: npm run -s cli -- sgd-curve --K 2 --M 2 --N 300 --alpha 1000 (plateau, exit_ode),
  // sgd-final-vs-k --M 2 --sigma 0.1 --alpha 10000 (eg_both, eg_first)
  stories: [
    {
      id: 'plateau',
      title: 'the plateau and its escape',
      steps: [
        { values: { K: 2, M: 2, act: 'erf', eta: 0.5, sigma: 0, both: 0, init, N: 300, seed, alpha: 10, simAlpha: 10 }, caption: 'α = 10: ε_g falls from 0.33 onto the symmetric plateau ε* ≈ 0.0147' },
        { values: { alpha: 100, simAlpha: 100 }, caption: 'α = 100: still on the plateau, every student unit learns the same mix of teacher units' },
        { values: { alpha: 1000, simAlpha: 400 }, caption: 'α = 1000: the symmetry breaks and the units specialise; the ODE leaves the plateau at α ≈ 318' },
        { values: { K: 3, M: 3 }, caption: 'K = M = 3: a higher plateau, ε* ≈ 0.0328, left at α ≈ 350' },
      ],
    },
    {
      id: 'overparameterisation',
      title: 'over-parameterisation with label noise',
      steps: [
        { values: { K: 2, M: 2, act: 'erf', eta: 0.5, sigma: 0.1, both: 1, init, N: 300, seed, alpha: 10000, simAlpha: 400 }, caption: 'K = M = 2, σ = 0.1, both layers trained: ε_g(α = 10⁴) ≈ 1.0·10⁻³' },
        { values: { K: 5 }, caption: 'K = 5 > M = 2: the wider student learns better, ε_g ≈ 4.5·10⁻⁴ (Goldt et al. 2019)' },
        { values: { both: 0 }, caption: 'K = 5, first layer only: the surplus units cannot be switched off, ε_g ≈ 4.4·10⁻³' },
      ],
    },
  ],
});
