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
  simulationKeys: ['d', 'seed', 'seeds', 'iters'],
  // the output noise belongs to the erf regression committee only
  showParam: (key, v) => key !== 'noise' || v.act === 'erf',
});
