import { defineSchema, pageSchema, withDefaults } from '../../../workers/physics/schema.ts';
import { sgdParams } from '../../../workers/physics/sgd/params.ts';

/**
 * The chapter's parameters: the SGD schema with browser-sized defaults (a finite-N run costs ∝ α·N·(K+M)
 * steps: N = 300, α = 400 and 3 seeds take a few seconds), plus the length of the SGD run.
 */
export const sgdChapterParams = defineSchema([
  ...pageSchema(withDefaults(sgdParams, { N: 300, seeds: 3 })),
  {
    kind: 'number', key: 'simAlpha', label: 'SGD run length', tex: '\\alpha_{\\rm SGD}', min: 1, max: 1e4, step: 1, scale: 'log', default: 400,
    help: 'α at which the finite-N SGD runs stop (the ODE runs to α); Step doubles it',
  },
]);

/** first α on the learning-curve axes (the ODE starts at 0; nothing happens before α ≈ 0.1) */
export const ALPHA_MIN = 0.1;
/** Step: the SGD run is extended by this factor */
export const STEP_FACTOR = 2;
