import { defineSchema } from '../schema.ts';

/** Committee-machine chapter parameters (keys: ../shared/PHYSICS.md §5). */
export const committeeParams = defineSchema([
  {
    kind: 'number', key: 'K', label: 'Hidden units', tex: 'K', min: 1, max: 3, step: 1, scale: 'lin', default: 2, integer: true,
    infinityToken: 'large',
    help: 'full state evolution for K = 1, 2, 3; K = large is the α = α̃K limit (closed forms)',
  },
  {
    kind: 'enum', key: 'act', label: 'Activation', tex: '\\varphi_{\\rm out}',
    options: [
      { value: 'sign', label: 'sign units, majority vote' },
      { value: 'erf', label: 'erf units, linear output (regression, K = 2)' },
    ],
    default: 'sign',
    help: 'erf: Y = erf(z₁/√2) + erf(z₂/√2) + √Δ ξ, implemented for K = 2',
  },
  {
    kind: 'number', key: 'noise', label: 'Output noise (erf)', tex: '\\Delta', min: 0.05, max: 0.5, step: 0.01, scale: 'log', default: 0.1,
    help: 'label noise variance of the erf regression committee; the quadrature cost grows like 1/Δ',
  },
  { kind: 'number', key: 'alpha', label: 'Samples per dimension', tex: '\\alpha = n/d', min: 0.05, max: 60, step: 0.01, scale: 'log', default: 2,
    help: 'at K = large this is α̃ = α/K' },
  { kind: 'number', key: 'd', label: 'Dimension', tex: 'd', min: 100, max: 2000, step: 100, scale: 'log', default: 500, integer: true },
  { kind: 'number', key: 'seed', label: 'Seed', tex: '\\text{seed}', min: 0, max: 1e9, step: 1, scale: 'lin', default: 1, integer: true },
  { kind: 'number', key: 'seeds', label: 'Seeds', tex: '\\#\\text{runs}', min: 1, max: 20, step: 1, scale: 'lin', default: 3, integer: true },
  { kind: 'number', key: 'iters', label: 'AMP iterations', tex: 't_{\\max}', min: 1, max: 200, step: 1, scale: 'lin', default: 40, integer: true },
]);

/**
 * AMP on finite instances (amp.ts) is the K = 2 sign committee; the figure runs it at α up to 8, where the
 * K = 2 SE it is compared with is tuned (the escape from q_d ≈ 0 is resolved there).
 */
export const AMP_ALPHA_MAX = 8;

/** The α the finite-instance AMP figure runs at: the reader's α, capped at AMP_ALPHA_MAX. */
export function ampFigureAlpha(alpha: number): number {
  return Math.min(alpha, AMP_ALPHA_MAX);
}
