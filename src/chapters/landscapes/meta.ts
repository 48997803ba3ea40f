import { defineChapter } from '../types.ts';
import { defineSchema, pickSchema, withDefaults } from '../../../workers/physics/schema.ts';
import { landscapesParams } from '../../../workers/physics/landscapes/params.ts';
import { landscapesViewParams } from './viewParams.ts';

/**
 * Browser defaults that differ from the CLI's: the page opens on the DMFT check point of PHYSICS.md §4
 * (1/Δ2 = 3, Δp = 4, m0 = 1e-15: aging at μ = 2σ, escape near t = 66 within the default horizon) and
 * at N = 100, where the finite-N runs take about a second (one tensor pass, O(N³), per step) instead
 * of the ~15 s of N = 200 on one worker. Controls panel order: the spiked model first, then phase
 * retrieval (α, d, width).
 */
const model = pickSchema(withDefaults(landscapesParams, { dp: 4, invd2: 3, m0: 1e-15, N: 100 }), [
  'dp', 'invd2', 'm0', 'T', 'N', 'seeds', 'seed', 'tmax', 'h', 'alpha', 'd', 'width',
]);

export const chapter = defineChapter({
  id: 'landscapes',
  order: 4,
  title: 'Rough landscapes',
  summary: 'Gradient flow, threshold states and the BBP outlier',
  params: defineSchema([...model, ...landscapesViewParams]),
  figures: [
    // the titles the figures show (defineFigure draws these)
    { id: 'phase', title: 'Phase diagram of the spiked matrix-tensor model' },
    { id: 'dynamics', title: 'Gradient-flow dynamics: finite N and DMFT' },
    { id: 'hessian', title: 'Hessian spectrum: the BBP outlier' },
    { id: 'retrieval', title: 'Phase retrieval: gradient flow needs many more samples' },
    { id: 'trajectory', title: 'Phase retrieval: one gradient-flow run' },
    { id: 'overparam', title: 'Over-parameterised student: the α = 2 threshold at small d' },
  ],
  // Each preset sets every key of the spiked model, so it lands on the same view whatever came before.
  presets: [
    { label: 'aging, then escape (N → ∞, above the GF line)', values: { dp: 4, invd2: 3, m0: 1e-15, T: 0, N: 100, tmax: 100, h: 0.1, thess: 0.5, dyn: 'mu' } },
    { label: 'stuck at threshold states (below the GF line)', values: { dp: 1, invd2: 1.8, m0: 1e-15, T: 0, N: 100, tmax: 100, h: 0.1, thess: 0.5, dyn: 'mu' } },
    { label: 'finite-size escape below the GF line (m0 = 1/√N)', values: { dp: 1, invd2: 1.8, m0: 0.1, T: 0, N: 100, tmax: 100, h: 0.1, thess: 0.5, dyn: 'm' } },
    { label: 'far below: no run succeeds', values: { dp: 1, invd2: 0.6, m0: 0.1, T: 0, N: 100, tmax: 100, h: 0.1, thess: 0.5, dyn: 'm' } },
    { label: 'large BBP outlier (1/Δ2 = 4, Δp = 1)', values: { dp: 1, invd2: 4, m0: 1e-15, T: 0, N: 100, tmax: 100, h: 0.1, thess: 0.3, dyn: 'm' } },
  ],
  simulationKeys: ['T', 'N', 'seeds', 'seed', 'tmax', 'h', 'alpha', 'd', 'width', 'thess'],
});
