/** Builds the prior × channel pair of a GlmParams (the one place that maps URL values to physics objects). */
import { gaussianPrior } from './priorGaussian.ts';
import { signChannel } from './channelSign.ts';
import type { Channel, GlmParams, Prior } from './types.ts';

export interface GlmModel {
  readonly prior: Prior;
  readonly channel: Channel;
  /** ρ = E[w*²] = E[z²] */
  readonly rho: number;
}

export function makePrior(p: GlmParams): Prior {
  switch (p.prior) {
    case 'gaussian':
      return gaussianPrior;
    default:
      throw new RangeError(`prior ${p.prior} not implemented yet`);
  }
}

export function makeChannel(p: GlmParams): Channel {
  switch (p.channel) {
    case 'sign':
      return signChannel(p.noise);
    default:
      throw new RangeError(`channel ${p.channel} not implemented yet`);
  }
}

export function makeModel(p: GlmParams): GlmModel {
  const prior = makePrior(p);
  return { prior, channel: makeChannel(p), rho: prior.rho };
}
