/**
 * Which (K, activation) pairs the committee state evolution of this chapter covers, and why (PHYSICS.md §2;
 * CONTEXT.md). The jobs, the CLI and the chapter's notice all ask here.
 * - sign units, majority vote: K = 1 (the perceptron, closed form), K = 2 (bivariate normal probabilities,
 *   committee2.ts), K = 3 (3-D boundary-layer quadrature and the tabulated specialised branch), and K = large
 *   (closed forms at α = α̃K, largeK.ts). Other K only on the plane q_d = 0 (α_AMP in the phase diagram).
 * - erf units, linear output (regression): K = 2 only — its channel integrals use that q and I − q are both
 *   diagonal in e± = (1, ±1)/√2, which reduces them to products of 1-D Gaussians (erfChannel.ts).
 */
import type { CommitteeAct } from './channel.ts';

/** How the SE is computed for a covered pair (the chapter picks its method note by it). */
export type SeMethod = 'perceptron' | 'sign-K2' | 'sign-K3' | 'large-K' | 'erf-K2';

export type SeCoverage =
  | { readonly covered: true; readonly K: 1 | 2 | 3; readonly act: CommitteeAct; readonly large: false; readonly method: SeMethod }
  | { readonly covered: true; readonly K: number; readonly act: 'sign'; readonly large: true; readonly method: 'large-K' }
  /** `reason`: 'K' (no full SE at this K), 'act' (the erf regression committee is K = 2 only); `notice`: one sentence for the reader */
  | { readonly covered: false; readonly reason: 'K' | 'act'; readonly notice: string };

const kName = (K: number) => (K === Infinity ? 'large' : `${K}`);

export function seCoverage(K: number, act: CommitteeAct): SeCoverage {
  if (act === 'erf') {
    if (K === 2) return { covered: true, K, act, large: false, method: 'erf-K2' };
    return {
      covered: false,
      reason: K === 1 || K === 3 || K === Infinity ? 'act' : 'K',
      notice: `the erf regression committee is implemented for K = 2 only (K = ${kName(K)} selected): set K = 2 or the sign activation`,
    };
  }
  if (K === Infinity) return { covered: true, K, act, large: true, method: 'large-K' };
  if (K === 1) return { covered: true, K, act, large: false, method: 'perceptron' };
  if (K === 2) return { covered: true, K, act, large: false, method: 'sign-K2' };
  if (K === 3) return { covered: true, K, act, large: false, method: 'sign-K3' };
  return { covered: false, reason: 'K', notice: `the full state evolution covers K = 1, 2, 3 and K = large (K = ${kName(K)} selected)` };
}

// the AMP figure's α range lives with the schema (params.ts), where the chapter reads it too
export { AMP_ALPHA_MAX, ampFigureAlpha } from './params.ts';
