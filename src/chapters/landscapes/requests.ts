import { useApp$ } from '../../app/context.ts';
import type { JobRequest } from '../../../workers/api.ts';

/** The α grid of the phase-retrieval success map: few points, since each costs `seeds` full runs. */
export const PR_ALPHAS = Float64Array.of(2, 3, 4, 5, 6, 8, 10);
/** The over-parameterised student's α grid around its threshold α = 2. */
export const OVERPARAM_ALPHAS = Float64Array.of(1, 1.5, 2, 2.5, 3, 4);
/** Over-parameterised runs cost O(d²·αd·width·d) per step: a small fixed dimension keeps them in seconds. */
export const OVERPARAM_D = 30;

/**
 * The spiked matrix-tensor requests of the current view. Each selector returns a primitive, so a
 * figure re-renders (and re-submits) only when a key it uses changes.
 */
export function useSpikedModel() {
  const dp = useApp$((s) => s.params.dp as number);
  const invd2 = useApp$((s) => s.params.invd2 as number);
  const T = useApp$((s) => s.params.T as number);
  const h = useApp$((s) => s.params.h as number);
  const tmax = useApp$((s) => s.params.tmax as number);
  const N = useApp$((s) => s.params.N as number);
  const seed = useApp$((s) => s.params.seed as number);
  return { dp, invd2, T, h, tmax, N, seed };
}

export function dmftRequest(m: ReturnType<typeof useSpikedModel>, m0: number): JobRequest<'landscapeDmft'> {
  return { invd2: m.invd2, dp: m.dp, T: m.T, m0, h: m.h, tmax: m.tmax };
}

/** The random start on the sphere has overlap ~ N^{-1/2} with x* (PHYSICS.md §4). */
export const finiteSizeM0 = (N: number) => 1 / Math.sqrt(N);
