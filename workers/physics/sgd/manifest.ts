import { defineModel } from '../manifest.ts';
import { sgdParams } from './params.ts';
import { jobs } from './jobs.ts';

/** The sgd model as the app, the worker pool, the CLI and the benchmarks see it (../manifest.ts). */
export const sgdModel = defineModel({
  id: 'sgd',
  params: sgdParams,
  jobs,
  commands: () => import('./commands.ts').then((c) => c.sgdCommands),
  bench: async () => {
    const [b, o] = await Promise.all([import('./bench.ts'), import('./benchOde.ts')]);
    return { sgd: b.benchSgd, sgdOde: o.benchSgdOde };
  },
});

/** The physics types the chapter (src/chapters/sgd/) uses: type-only, so no physics code reaches the page bundle. */
export type { SgdCurveResult, SgdFinalVsKResult, SgdPlateauMarks, SgdSimPartial, SgdStabilityResult, SgdVeigaResult, VeigaRegion } from './index.ts';
export type { SgdCurveRequest, SgdFinalVsKRequest, SgdSimRequest, SgdStabilityRequest, SgdVeigaRequest } from './jobs.ts';
