import { defineModel } from '../manifest.ts';
import { sgdParams } from './params.ts';
import { sgdJobs } from './jobs.ts';

/** The sgd model as the app, the worker pool, the CLI and the benchmarks see it (../manifest.ts). */
export const sgdModel = defineModel({
  id: 'sgd',
  params: sgdParams,
  jobs: sgdJobs,
  commands: () => import('./commands.ts').then((c) => c.sgdCommands),
  bench: async () => {
    const [b, o] = await Promise.all([import('./bench.ts'), import('./benchOde.ts')]);
    return { sgd: b.benchSgd, sgdOde: o.benchSgdOde };
  },
});
