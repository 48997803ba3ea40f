import { useApp$ } from '../../app/context.ts';
import { useSettled } from '../../compute/useSettled.ts';
import type { GlmAmpRequest } from '../../../workers/physics/glm/jobs.ts';
import { useGlmModel } from './useGlmModel.ts';

/** The finite-size (GAMP) request of the current view; α settles before it changes (see useSettled). */
export function useGampRequest(): GlmAmpRequest {
  const model = useGlmModel();
  const alpha = useSettled(useApp$((s) => s.params.alpha) as number);
  const d = useApp$((s) => s.params.d) as number;
  const seed = useApp$((s) => s.params.seed) as number;
  const seeds = useApp$((s) => s.params.seeds) as number;
  const iters = useApp$((s) => s.params.iters) as number;
  const damping = useApp$((s) => s.params.damping) as number;
  return { ...model, alpha, d, seed, seeds, iters, damping };
}
