import { defineModel } from '../manifest.ts';
import { hmmParams } from './params.ts';
import { jobs } from './jobs.ts';

/** The hidden manifold model as the app, the worker pool, the CLI and the benchmarks see it (../manifest.ts). */
export const hmmModel = defineModel({
  id: 'hmm',
  params: hmmParams,
  jobs,
  commands: () => import('./commands.ts').then((c) => c.hmmCommands),
  bench: () => import('./bench.ts').then((b) => ({ hmm: b.benchHmm })),
});

/** The physics types the chapter (src/chapters/hmm/) builds requests with; results come typed through `JobResult<'job'>`. */
export type { Activation, HmmLoss, HmmModel } from './index.ts';
export type { HmmSimCurveRequest, HmmSimRequest, LogGridSpec } from './jobs.ts';
