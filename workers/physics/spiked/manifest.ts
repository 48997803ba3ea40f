import { defineModel } from '../manifest.ts';
import { spikedParams } from './params.ts';
import { jobs } from './jobs.ts';

/** The spiked model as the app, the worker pool, the CLI and the benchmarks see it (../manifest.ts). */
export const spikedModel = defineModel({
  id: 'spiked',
  params: spikedParams,
  jobs,
  commands: () => import('./commands.ts').then((c) => c.spikedCommands),
  bench: () => import('./bench.ts').then((b) => ({ spiked: b.benchSpiked })),
});

/** The physics types the chapter (src/chapters/spiked/) builds its requests with. */
export type { SpikedParams } from './index.ts';
export type { DeltaGrid } from './jobs.ts';
