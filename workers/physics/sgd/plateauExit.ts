/**
 * The end of the symmetric plateau (Saad & Solla 1995 §4; PHYSICS.md §3): from a small start every student
 * unit first learns the teacher average, R_in ≈ r; the symmetric fixed point (plateau.ts) is a saddle whose
 * leading Jacobian eigenvalue λ belongs to a direction that breaks the symmetry between teacher units. An
 * initial asymmetry a0 grows like a0·e^{λα}, so the plateau ends after ≈ ln(1/a0)/λ. Marked only where the
 * plateau exists: a nonlinear g (linear students have no symmetric trap), the second layer fixed at
 * v = v* = 1 (not Veiga et al.'s 1/K, 1/M) (the fixed point of sgdPlateau) and M ≥ 2.
 */
import { drain, type Resumable } from '../resumable.ts';
import { PLATEAU_RESIDUAL, sgdPlateauStream } from './plateau.ts';
import { firstAlphaBelowStream } from './sgdOde.ts';
import { isBoth, systemOf, type SgdParams } from './setup.ts';

/** The symmetric plateau and its predicted and actual exit (PHYSICS.md §5 snake_case fields). */
export interface SgdPlateauMarks {
  /** plateau height ε* */
  eg: number;
  /** leading Jacobian eigenvalue λ at the symmetric fixed point */
  lambda_max: number;
  /** initial asymmetry a0 = max_i max_{n,n'} |R_in − R_in'| of the starting overlaps */
  a0: number;
  /** ln(1/a0)/λ: the time the leading unstable mode needs to grow from a0 to O(1) */
  exit_predicted: number;
  /** first α with ε_g below half of ε* on the ODE (null if not reached by alphaMax) */
  exit_ode: number | null;
}

/** a0 = max_i max_{n,n'} |R_in − R_in'| of a K × M overlap matrix (row-major): how far each student unit is from R_in = r. */
export function initialAsymmetry(R: ArrayLike<number>, K: number, M: number): number {
  let a0 = 0;
  for (let i = 0; i < K; i++) for (let n = 0; n < M; n++) for (let m = 0; m < n; m++) a0 = Math.max(a0, Math.abs(R[i * M + n] - R[i * M + m]));
  return a0;
}

/** Whether the symmetric plateau of sgdPlateau applies to these parameters (see the header). */
export function hasSymmetricPlateau(p: Pick<SgdParams, 'act' | 'both' | 'M' | 'vFixed' | 'vStar'>): boolean {
  return p.act !== 'linear' && !isBoth(p) && p.M >= 2 && (p.vFixed ?? 1) === 1 && (p.vStar ?? 1) === 1;
}

/**
 * The plateau marks of the ODE started from the overlaps of `p` (drawn weights, or p.initial), with the exit
 * searched up to alphaMax; null where there is no symmetric plateau, or its fixed point is not found.
 */
export function plateauMarks(p: SgdParams, alphaMax: number): SgdPlateauMarks | null {
  return drain(plateauMarksStream(p, alphaMax));
}

/** plateauMarks as a resumable computation (the fixed point's and the exit's pauses); plateauMarks drains it. */
export function* plateauMarksStream(p: SgdParams, alphaMax: number): Resumable<SgdPlateauMarks | null> {
  if (!hasSymmetricPlateau(p)) return null;
  const pl = yield* sgdPlateauStream({ K: p.K, M: p.M, act: p.act, eta: p.eta, sigma: p.sigma });
  if (!Number.isFinite(pl.eg) || !(pl.lambda_max > 0) || pl.residual > PLATEAU_RESIDUAL) return null;
  const a0 = initialAsymmetry(systemOf(p).R0, p.K, p.M);
  if (!(a0 > 0)) return null;
  return {
    eg: pl.eg,
    lambda_max: pl.lambda_max,
    a0,
    exit_predicted: Math.log(1 / a0) / pl.lambda_max,
    exit_ode: yield* firstAlphaBelowStream(p, pl.eg / 2, alphaMax),
  };
}
