/**
 * The activations of the two-layer networks (PHYSICS.md §3): "erf" is g(x) = erf(x/√2) of Saad &
 * Solla 1995 (so that g' = √(2/π) e^{−x²/2} and the Gaussian integrals close), ReLU and linear.
 */
import { erf } from '../numerics/special.ts';
import type { ParamsOf } from '../schema.ts';
import type { sgdParams } from './params.ts';

/** the schema's activations (params.ts) */
export type Act = ParamsOf<typeof sgdParams>['act'];
export const ACTS: readonly Act[] = ['erf', 'relu', 'linear'];

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

export function g(act: Act, x: number): number {
  if (act === 'erf') return erf(x / Math.SQRT2);
  if (act === 'relu') return x > 0 ? x : 0;
  return x;
}

export function gPrime(act: Act, x: number): number {
  if (act === 'erf') return SQRT_2_OVER_PI * Math.exp(-0.5 * x * x);
  if (act === 'relu') return x > 0 ? 1 : 0;
  return 1;
}
