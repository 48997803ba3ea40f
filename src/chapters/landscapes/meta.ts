import { defineChapter } from '../types.ts';
import { defineSchema, pickSchema, withDefaults } from '../../../workers/physics/schema.ts';
import { landscapesParams } from '../../../workers/physics/landscapes/params.ts';
import { landscapesViewParams } from './viewParams.ts';

/**
 * Browser defaults that differ from the CLI's: the page opens on the DMFT check point of PHYSICS.md §4
 * (1/Δ2 = 3, Δp = 4, m0 = 1e-15: aging at μ = 2σ, escape near t = 66 within the default horizon) and
 * at N = 100, where the finite-N runs take about a second (one tensor pass, O(N³), per step) instead
 * of the ~15 s of N = 200 on one worker; and phase retrieval at d = 100 (URL version 2; version 1 opened the CLI's
 * d = 200): its success maps at d and d/2 cost O(αd²) per step, ~0.6 s of CPU instead of ~2.2 s (issue #10 item 6),
 * and the drift of the 50 % point from d/2 to d still shows. 3 runs (URL version 3; version 2 opened the CLI's 4):
 * the runs — gradient flow, both success maps, the over-parameterised map — are the longer of the two workers' shares
 * of the cold load on 2 cores (1.6 s of CPU against the two DMFTs' 1.3 s), and the view was drawn in 3.1 s against
 * the goal of 3 s; with 3 runs, 2.6 s. Controls panel order: the spiked model first, then phase retrieval (α, d, width).
 */
const model = pickSchema(withDefaults(landscapesParams, { dp: 4, invd2: 3, m0: 1e-15, N: 100, d: 100, seeds: 3 }), [
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
  // Numbers in the captions: npm run -s cli -- landscape-point / landscape-dmft / landscape-escape --dp <Δp> --invd2 <1/Δ2>
  stories: [
    {
      id: 'surfing-saddles',
      title: 'surfing on saddles',
      steps: [
        { values: { dp: 4, invd2: 3, m0: 1e-15, T: 0, N: 100, tmax: 100, h: 0.1, thess: 0.5, dyn: 'mu' }, caption: 'μ(t) climbs towards the threshold value 2σ ≈ 3.74 while the flow ages, then jumps to ≈ 4.30' },
        { values: { dyn: 'm' }, caption: 'm(t) stays ≈ 0 while the flow ages among threshold states, then escapes at t ≈ 66 (DMFT)' },
        { values: { dyn: 'e' }, caption: 'e(t) rests at the threshold energy ≈ −1.79: the threshold states are saddles (BBP outlier ≈ −0.43)' },
        { values: { invd2: 1.2, dyn: 'm' }, caption: '1/Δ2 = 1.2, below the GF line ≈ 1.37: the threshold states are minima, m stays 0' },
      ],
    },
    {
      id: 'finite-size',
      title: 'finite size helps gradient flow',
      steps: [
        { values: { dp: 1, invd2: 1.8, m0: 1e-15, T: 0, N: 100, tmax: 100, h: 0.1, thess: 0.5, dyn: 'm' }, caption: 'Δp = 1, 1/Δ2 = 1.8, below the GF line 2: from m0 = 10⁻¹⁵ the N → ∞ flow never escapes' },
        { values: { m0: 0.1 }, caption: 'from m0 = 1/√N = 0.1 (N = 100) the DMFT escapes at t ≈ 1.6; runs escape too, some to the mirror m < 0' },
        { values: { invd2: 0.6 }, caption: '1/Δ2 = 0.6, below the AMP threshold 1: no run succeeds (m > 0.5)' },
      ],
    },
  ],
  simulationKeys: ['T', 'N', 'seeds', 'seed', 'tmax', 'h', 'alpha', 'd', 'width', 'thess'],
});
