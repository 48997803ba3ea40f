import { useApp$ } from '../../app/context.ts';
import type { GlmParams } from '../../../workers/physics/glm/index.ts';

/** The model part of the GLM view (what the physics depends on), read once for every figure. */
export function useGlmModel(): GlmParams {
  const prior = useApp$((s) => s.params.prior) as GlmParams['prior'];
  const channel = useApp$((s) => s.params.channel) as GlmParams['channel'];
  const noise = useApp$((s) => s.params.noise) as number;
  const rho = useApp$((s) => s.params.rho) as number;
  return { prior, channel, noise, rho };
}

/** What the y axis means for a channel: classification error for sign, test MSE otherwise. */
export function errorLabel(channel: GlmParams['channel']): { short: string; axis: string } {
  return channel === 'sign' ? { short: 'ε_g', axis: 'classification error ε_g' } : { short: 'MSE', axis: 'test MSE (noisy label)' };
}
