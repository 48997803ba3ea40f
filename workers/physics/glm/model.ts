/** Builds the prior × channel pair of a GlmParams (the one place that maps URL values to physics objects). */
import { gaussianPrior } from './priorGaussian.ts';
import { signChannel } from './channelSign.ts';
import { linearChannel } from './channelLinear.ts';
import { absChannel } from './channelAbs.ts';
import { reluChannel } from './channelRelu.ts';
import { binaryPrior } from './priorBinary.ts';
import { sparsePrior } from './priorSparse.ts';
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
    case 'binary':
      return binaryPrior;
    case 'sparse':
      return p.rho >= 1 ? gaussianPrior : sparsePrior(p.rho);
    default:
      throw new RangeError(`prior ${p.prior} not implemented yet`);
  }
}

/** `rho` = E[z²] of the model (the ReLU channel tabulates G and Ψ along m = ρ − V). */
export function makeChannel(p: GlmParams, rho: number): Channel {
  switch (p.channel) {
    case 'sign':
      return signChannel(p.noise);
    case 'linear':
      return linearChannel(p.noise);
    case 'abs':
      return absChannel();
    case 'relu':
      return reluChannel(p.noise, rho);
    default:
      throw new RangeError(`channel ${p.channel} not implemented yet`);
  }
}

export function makeModel(p: GlmParams): GlmModel {
  const prior = makePrior(p);
  return { prior, channel: makeChannel(p, prior.rho), rho: prior.rho };
}
