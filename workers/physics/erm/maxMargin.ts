/**
 * The max-margin classifier: the hinge loss at λ → 0⁺ (the hard-margin SVM; also the direction of
 * logistic regression as λ → 0⁺ on separable data). In the fixed point of fixedPoint.ts, V → ∞ with
 * V·f → (1 − ω)₊ for y = +1 (the prox clips every sample below the margin onto it), so V drops out:
 *   m  = α √(2/π) E_v (1 − s v)₊ = α √(2/π) [Φ(1/s) + s φ(1/s)],
 *   s² = α E[2H(−cω) (1 − ω)₊²],   ω ~ N(0, q), q = m² + s²,
 * the teacher-student version of Gardner's capacity condition α E(κ − t)₊² = 1 (Gardner 1988; Aubin
 * et al. 2020, arXiv:2006.06560, its max-margin case; Engel & Van den Broeck, Statistical Mechanics of
 * Learning, ch. 3). The margin of the normalised weights is κ = 1/√q. At large α, ε_g → 0.500/α.
 */
import { Phi, phi } from '../numerics/special.ts';
import { fieldNodes, type FieldNodes } from './fieldQuadrature.ts';
import { egOf, type ErmSolution } from './fixedPoint.ts';
import { newtonFixedPointStream } from './newtonFixedPoint.ts';
import { drain, type Resumable } from '../resumable.ts';

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const scratch: FieldNodes = { x: new Float64Array(0), w: new Float64Array(0), n: 0 };

function logMap(alpha: number, x: Float64Array, out: Float64Array): void {
  const m = Math.exp(x[0]);
  const s2 = Math.exp(x[1]);
  const s = Math.sqrt(s2);
  const q = m * m + s2;
  const A = fieldNodes(Math.sqrt(q), m / (Math.sqrt(q) * s), [1], scratch);
  let acc = 0;
  for (let k = 0; k < A.n; k++) {
    const g = 1 - A.x[k];
    if (g > 0) acc += A.w[k] * g * g;
  }
  out[0] = Math.log(alpha * SQRT_2_OVER_PI * (Phi(1 / s) + s * phi(1 / s)));
  out[1] = Math.log(alpha * acc);
}

/** The max-margin fixed point at α (V = ∞, zero training loss and error); `start` = (m, s²) for continuation. */
export function maxMarginSolve(alpha: number, start?: { m: number; s2: number }): MaxMargin {
  return drain(maxMarginSolveStream(alpha, start));
}

type MaxMargin = ErmSolution & { kappa: number };

/** maxMarginSolve pausing after every evaluation of the map (newtonFixedPointStream). */
export function* maxMarginSolveStream(alpha: number, start?: { m: number; s2: number }): Resumable<MaxMargin, never> {
  const st0 = start ?? { m: alpha, s2: alpha };
  const fp = yield* newtonFixedPointStream((x, out) => logMap(alpha, x, out), Float64Array.of(Math.log(st0.m), Math.log(st0.s2)), {
    tol: 1e-11,
    maxIter: 200,
    warmSteps: start ? 0 : 10,
  });
  const m = Math.exp(fp.x[0]);
  const s2 = Math.exp(fp.x[1]);
  const q = m * m + s2;
  return { m, s2, V: Infinity, q, eg: egOf(m, s2), train_loss: 0, train_error: 0, iterations: fp.evaluations, converged: fp.converged, kappa: 1 / Math.sqrt(q) };
}
