import { EG_FLOOR } from '../../../workers/physics/sgd/params.ts';

/** The CSV header's note on the clipped ε_g (values are never floored silently). */
export const EG_FLOOR_NOTE = `eg below ${EG_FLOOR} (round-off after perfect learning) is written as ${EG_FLOOR}`;
