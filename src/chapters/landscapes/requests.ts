import type { JobRequest } from '../../../workers/api.ts';
import type { ParamsOf } from '../../../workers/physics/schema.ts';
import type { chapter } from './meta.ts';

/** The chapter's values, typed by its schema. */
export type LandscapesValues = ParamsOf<typeof chapter.params>;

/** The spiked matrix-tensor model and its dynamics, in the shape of the job requests. */
export function spikedModel({ dp, invd2, T, h, tmax, N, seed }: LandscapesValues) {
  return { dp, invd2, T, h, tmax, N, seed };
}

/** The DMFT from the start m0 (the reader's, or the finite-size start 1/√N the physics hands back). */
export function dmftRequest(p: LandscapesValues, m0: number): JobRequest<'landscapeDmft'> {
  return { invd2: p.invd2, dp: p.dp, T: p.T, m0, h: p.h, tmax: p.tmax };
}

/** The phase-retrieval runs: the reader's dimension d, seeds and horizon. */
export function prRuns({ d, seed, seeds, tmax, h }: LandscapesValues) {
  return { d, seed, seeds, tmax, h };
}
