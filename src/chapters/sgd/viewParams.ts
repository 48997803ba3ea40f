import { defineSchema, pageSchema, withDefaults } from '../../../workers/physics/schema.ts';
import { sgdParams } from '../../../workers/physics/sgd/params.ts';

/**
 * The chapter's parameters: the SGD schema with browser-sized defaults, plus the length of the SGD run. A finite-N
 * run costs α·N steps of O(N·(K + M)): ∝ N² at a given α. N = 300 (URL version 1) with α = 400 and 3 seeds took
 * 2.2× the time of N = 200 (9.2 against 4.2 s of CPU in Node on the loaded 2-core machine; issue #10 item 6, the
 * default view drawn within 3 s): N = 200 since URL version 2 (src/state/url.ts PAGE_DEFAULTS_BEFORE keeps old links).
 */
export const sgdChapterParams = defineSchema([
  ...pageSchema(withDefaults(sgdParams, { N: 200, seeds: 3 })),
  {
    kind: 'number', key: 'simAlpha', label: 'SGD run length', tex: '\\alpha_{\\rm SGD}', min: 1, max: 1e4, step: 1, scale: 'log', default: 400,
    help: 'α at which the finite-N SGD runs stop (the ODE runs to α); Step doubles it',
  },
]);

/** first α on the learning-curve axes (the ODE starts at 0; nothing happens before α ≈ 0.1) */
export const ALPHA_MIN = 0.1;
/** Step: the SGD run is extended by this factor */
export const STEP_FACTOR = 2;
