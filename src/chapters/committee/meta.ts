import { defineChapter, stepsAlong } from '../types.ts';
import { defineSchema } from '../../../workers/physics/schema.ts';
import { committeeParams } from '../../../workers/physics/committee/params.ts';
import { committeeViewParams } from './viewParams.ts';

const params = defineSchema([...committeeParams, ...committeeViewParams]);

export const chapter = defineChapter({
  id: 'committee',
  order: 2,
  title: 'Committee machine',
  summary: 'K hidden units: specialisation and the computational gap',
  params,
  figures: [
    { id: 'curve', title: 'Learning curve' },
    { id: 'overlaps', title: 'Order parameters' },
    { id: 'phase', title: 'Phase diagram' },
    { id: 'amp', title: 'AMP on finite instances (K = 2)' },
  ],
  presets: [
    { label: 'K = 2: continuous specialisation', values: { K: 2, alpha: 3 } },
    { label: 'K = 3: hard phase', values: { K: 3, alpha: 15 } },
    { label: 'large K: the gap', values: { K: Infinity, alpha: 10 } },
  ],
  // Numbers in the captions: npm run -s cli -- committee-thresholds / committee-point --K <K> --alpha <α>
  stories: [
    {
      id: 'specialisation',
      title: 'K = 2: specialisation',
      steps: stepsAlong(params, 'alpha', { K: 2, act: 'sign' }, [
        [1, 'α = 1: the two hidden units are not told apart, q_d = 0, ε_g ≈ 0.173'],
        [2.05, 'α_spec ≈ 2.05: the units start to specialise, continuously at K = 2 (IT = AMP)'],
        [3, 'α = 3: specialised, q_d ≈ 0.49, ε_g ≈ 0.111'],
        [5, 'α = 5: q_d ≈ 0.87, ε_g ≈ 0.069; at K = 2 AMP is Bayes-optimal throughout'],
      ]),
    },
    {
      id: 'computational-gap',
      title: 'K = 3: the computational gap',
      steps: stepsAlong(params, 'alpha', { K: 3, act: 'sign' }, [
        [8, 'α = 8: non-specialised, q_d = 0, ε_g ≈ 0.271'],
        [12, 'α = 12, past α_IT ≈ 11.33: Bayes jumps to a specialised state, ε_g ≈ 0.189'],
        [15, 'α = 15, the hard phase: Bayes reaches ε_g ≈ 0.141, AMP stays at ε_g ≈ 0.252'],
        [19.3, 'α = 19.3, past α_AMP ≈ 19.23: AMP specialises too, ε_g ≈ 0.106'],
      ]),
    },
  ],
  simulationKeys: ['d', 'seed', 'seeds', 'iters'],
  // the output noise belongs to the erf regression committee only
  showParam: (key, v) => key !== 'noise' || v.act === 'erf',
});
