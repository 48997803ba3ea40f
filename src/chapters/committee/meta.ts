import { defineChapter } from '../types.ts';
import { defineSchema } from '../../../workers/physics/schema.ts';
import { committeeParams } from '../../../workers/physics/committee/params.ts';
import { committeeViewParams } from './viewParams.ts';

export const chapter = defineChapter({
  id: 'committee',
  order: 2,
  title: 'Committee machine',
  summary: 'K hidden units: specialisation and the computational gap',
  params: defineSchema([...committeeParams, ...committeeViewParams]),
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
      steps: [
        { values: { K: 2, act: 'sign', alpha: 1 }, caption: 'α = 1: the two hidden units are not told apart, q_d = 0, ε_g ≈ 0.173' },
        { values: { alpha: 2.05 }, caption: 'α_spec ≈ 2.05: the units start to specialise, continuously at K = 2 (IT = AMP)' },
        { values: { alpha: 3 }, caption: 'α = 3: specialised, q_d ≈ 0.49, ε_g ≈ 0.111' },
        { values: { alpha: 5 }, caption: 'α = 5: q_d ≈ 0.87, ε_g ≈ 0.069; at K = 2 AMP is Bayes-optimal throughout' },
      ],
    },
    {
      id: 'computational-gap',
      title: 'K = 3: the computational gap',
      steps: [
        { values: { K: 3, act: 'sign', alpha: 8 }, caption: 'α = 8: non-specialised, q_d = 0, ε_g ≈ 0.271' },
        { values: { alpha: 12 }, caption: 'α = 12, past α_IT ≈ 11.33: Bayes jumps to a specialised state, ε_g ≈ 0.189' },
        { values: { alpha: 15 }, caption: 'α = 15, the hard phase: Bayes reaches ε_g ≈ 0.141, AMP stays at ε_g ≈ 0.252' },
        { values: { alpha: 19.3 }, caption: 'α = 19.3, past α_AMP ≈ 19.23: AMP specialises too, ε_g ≈ 0.106' },
      ],
    },
  ],
  simulationKeys: ['d', 'seed', 'seeds', 'iters'],
  // the output noise belongs to the erf regression committee only
  showParam: (key, v) => key !== 'noise' || v.act === 'erf',
});
