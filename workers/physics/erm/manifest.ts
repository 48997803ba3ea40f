import { defineModel } from '../manifest.ts';
import { ermParams } from './params.ts';
import { jobs } from './jobs.ts';

/** The erm model as the app, the worker pool, the CLI and the benchmarks see it (../manifest.ts). */
export const ermModel = defineModel({
  id: 'erm',
  params: ermParams,
  jobs,
  commands: () => import('./commands.ts').then((c) => c.ermCommands),
  bench: () => import('./bench.ts').then((b) => ({ erm: b.benchErm })),
});

/** The physics types the chapter (src/chapters/erm/) builds its requests with. */
export type { ErmSimRequest, GridSpec, LossKind } from './index.ts';
