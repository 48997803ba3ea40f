import { defineModel } from '../manifest.ts';
import { landscapesParams } from './params.ts';
import { jobs } from './jobs.ts';

/** The landscapes model as the app, the worker pool, the CLI and the benchmarks see it (../manifest.ts). */
export const landscapesModel = defineModel({
  id: 'landscapes',
  params: landscapesParams,
  jobs,
  commands: () => import('./commands.ts').then((c) => c.landscapesCommands),
  bench: () => import('./bench.ts').then((b) => ({ landscapes: b.benchLandscapes })),
});

/** The physics types the chapter (src/chapters/landscapes/) reads; results themselves are `JobResult<'job'>` of workers/api.ts. */
export type { LandscapeRegion, ThresholdLines } from './index.ts';
