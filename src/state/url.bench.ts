import { bench, describe } from 'vitest';
import { parseView, serialiseView, type ChapterSchema } from './url.ts';
import type { ParamSpec } from '../../workers/physics/schema.ts';
import { hugeQueries } from './arbitraries.ts';

// `npx vitest bench --run src/state/url.bench.ts`: parse time of hostile queries up to 2 MB (Chromium's URL
// limit; only the first 64 kB are read) next to an ordinary link; the goal is < 10 ms each (issue #11 F2).
// Not a test: the linear-time guard is the 2 MB case in url.test.ts.

// a chapter the size of glm's (this layer may not import a model's schema): 10 numbers and 2 options
const num = (key: string, integer = false): ParamSpec => ({ kind: 'number', key, label: key, tex: key, min: 0.01, max: integer ? 8000 : 10, step: 0.01, scale: 'log', default: 2, integer });
const params: ParamSpec[] = [
  { kind: 'enum', key: 'prior', label: 'prior', options: [{ value: 'gaussian', label: 'Gaussian' }, { value: 'binary', label: '±1' }], default: 'gaussian' },
  { kind: 'enum', key: 'channel', label: 'channel', options: [{ value: 'sign', label: 'sign' }, { value: 'relu', label: 'ReLU' }], default: 'sign' },
  ...['alpha', 'noise', 'rho', 'damping', 'beta'].map((k) => num(k)),
  ...['d', 'seed', 'seeds', 'iters', 'N'].map((k) => num(k, true)),
];
const glm: ChapterSchema = { id: 'glm', params, figures: ['curve', 'amp'] };
const huge = hugeQueries();
const ordinary = '?v=1&ch=glm&prior=binary&alpha=1.5&seed=123456789&fig=curve';
const queries: Record<string, string> = {
  'ordinary link': ordinary,
  '60 kB controls list (17 000 entries: 18 s before the fix)': huge.controls.slice(0, 60_000),
  '2 MB controls list (one pair past 64 kB: dropped)': huge.controls,
  '2 MB of unknown keys': huge.unknown,
  '2 MB of repeated keys': huge.repeated,
  '2 MB value (past 64 kB: dropped)': huge.value,
  '60 kB value': hugeQueries(60_000).value,
};

describe('parseView', () => {
  for (const [name, q] of Object.entries(queries)) bench(name, () => void parseView(q, [glm], 'glm'), { time: 300 });
});
describe('serialiseView', () => {
  const { view } = parseView(ordinary, [glm], 'glm');
  bench('ordinary link', () => void serialiseView(view, glm), { time: 300 });
});
