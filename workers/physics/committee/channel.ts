/**
 * Which output channel the committee SE runs on: the sign committee (signChannel.ts, any K it supports) or the K = 2
 * erf regression committee Y = erf(z1/√2) + erf(z2/√2) + √Δ ξ (erfChannel.ts). The SE update, free entropy and the
 * plane's stability are the same formulas for both (PHYSICS.md §2); only Ψ_out, M̄ and the error differ.
 */
import { ERF_OUTPUT_VARIANCE, erfCommitteeAveragesStream, erfNodes, type ErfNodes } from './erfChannel.ts';
import { drain, type Resumable } from '../resumable.ts';
import type { ChannelAverages } from './averages.ts';
import { signCommitteeAverages } from './signChannel.ts';
import type { ParamsOf } from '../schema.ts';
import type { committeeParams } from './params.ts';

/** the schema's output activations (params.ts) */
export type CommitteeAct = ParamsOf<typeof committeeParams>['act'];

export interface CommitteeChannel {
  act: CommitteeAct;
  /** output noise variance Δ (erf only) */
  noise: number;
  /** erf quadrature: 'fine' (≲ 1e-7 in Ψ; CLI, tests) or 'coarse' (~1e-5; interactive figures) */
  quality: 'fine' | 'coarse';
}

export const SIGN_CHANNEL: Readonly<CommitteeChannel> = { act: 'sign', noise: 0, quality: 'fine' };

/** Default output noise of the erf regression committee. */
export const ERF_DEFAULT_NOISE = 0.1;

const nodeCache = new Map<string, ErfNodes>();

function nodesFor(ch: CommitteeChannel): ErfNodes {
  const key = `${ch.noise}/${ch.quality}`;
  let n = nodeCache.get(key);
  if (!n) nodeCache.set(key, (n = erfNodes(ch.noise, ch.quality)));
  return n;
}

/** Ψ_out, M̄11, M̄12, E[YY'] of the channel at (q_d, q_a). */
export function channelAverages(ch: CommitteeChannel, K: number, qd: number, qa: number, out: ChannelAverages): ChannelAverages {
  return drain(channelAveragesStream(ch, K, qd, qa, out));
}

/** channelAverages as a resumable computation: the erf quadrature pauses inside (erfChannel.ts), the sign rules do not. */
export function* channelAveragesStream(ch: CommitteeChannel, K: number, qd: number, qa: number, out: ChannelAverages): Resumable<ChannelAverages, never> {
  if (ch.act === 'sign') return signCommitteeAverages(K, qd, qa, out);
  if (K !== 2) throw new RangeError(`the erf regression committee is implemented for K = 2 (got ${K})`);
  return yield* erfCommitteeAveragesStream(qd, qa, ch.noise, out, nodesFor(ch));
}

/**
 * Error from E[YY']. sign: ε_g = ½(E[Y²] − E[YY']) (PHYSICS.md §2). erf: test MSE of the Bayes prediction
 * Ŷ = E[Y|x, data] of the clean output s = g(z1) + g(z2): E[(s − Ŷ)²] = E[s²] − E[ŶŶ] = 2/3 − E[YY'] (the label's
 * noise Δ excluded, so it tends to 0 as α → ∞).
 */
export function errorFromEyy(ch: CommitteeChannel, K: number, eyy: number): number {
  if (ch.act === 'erf') return ERF_OUTPUT_VARIANCE - eyy;
  return 0.5 * ((K % 2 === 0 ? 0.5 : 1) - eyy);
}
