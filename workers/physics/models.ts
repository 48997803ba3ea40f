import { glmModel } from './glm/manifest.ts';
import { committeeModel } from './committee/manifest.ts';
import { sgdModel } from './sgd/manifest.ts';
import { landscapesModel } from './landscapes/manifest.ts';
import { ermModel } from './erm/manifest.ts';
import { hmmModel } from './hmm/manifest.ts';
import { spikedModel } from './spiked/manifest.ts';

/**
 * Every model, in chapter order. Adding a model is one line here, plus its folders
 * `workers/physics/<id>/` (manifest, params, jobs, commands, bench, physics) and `src/chapters/<id>/`
 * (src/chapters/CONTEXT.md has the steps). The worker API, the CLI, `npm run bench` and the checks of
 * chapters, e2e journeys and README are derived from this list.
 */
export const models = [glmModel, committeeModel, sgdModel, landscapesModel, ermModel, hmmModel, spikedModel] as const;

export type Model = (typeof models)[number];
