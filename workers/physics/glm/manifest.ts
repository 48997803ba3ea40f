import { defineModel } from '../manifest.ts';
import { glmParams } from './params.ts';
import { jobs } from './jobs.ts';

/** The glm model as the app, the worker pool, the CLI and the benchmarks see it (../manifest.ts). */
export const glmModel = defineModel({
  id: 'glm',
  params: glmParams,
  jobs,
  commands: () => import('./commands.ts').then((c) => c.glmCommands),
  bench: () => import('./bench.ts').then((b) => ({ glm: b.benchGlm })),
});

/** The physics types the chapter (src/chapters/glm/) builds its requests with; results come typed through `JobResult<'job'>`. */
export type { AlphaGridSpec, ChannelKind, GlmAmpRequest, GlmParams } from './index.ts';
