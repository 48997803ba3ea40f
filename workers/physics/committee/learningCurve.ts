/**
 * Bayes-optimal and AMP overlaps, errors and free entropies of the sign committee machine along α
 * (Aubin et al. 2018, arXiv:1806.05451, Figs. 1-2): AMP is SE from the uninformed start (it stays on
 * the q_d = 0 plane unless λ > 1, then it follows the specialised branch); the Bayes-optimal branch
 * is the fixed point of largest free entropy among the non-specialised one and the one reached from
 * an informed start.
 */
import {
  freeEntropy,
  generalisationError,
  INFORMED,
  planeStability,
  solveSE,
  SPECIALISED_QD,
  UNINFORMED,
  type Overlaps,
} from './stateEvolution.ts';

export interface CommitteeParams {
  /** hidden units, 1, 2 or 3 for the full SE */
  K: number;
  alpha: number;
}

export interface CommitteePoint {
  alpha: number;
  qd_amp: number;
  qa_amp: number;
  qd_bayes: number;
  qa_bayes: number;
  eg_amp: number;
  eg_bayes: number;
  f_amp: number;
  f_bayes: number;
}

export interface CommitteeCurve {
  alpha: Float64Array;
  qd_amp: Float64Array;
  qa_amp: Float64Array;
  qd_bayes: Float64Array;
  qa_bayes: Float64Array;
  eg_amp: Float64Array;
  eg_bayes: Float64Array;
  f_amp: Float64Array;
  f_bayes: Float64Array;
}

interface Branches {
  /** fixed point on the q_d = 0 plane (K = 1: the unique fixed point) */
  plane: Overlaps;
  /** specialised fixed point, null where none exists */
  spec: Overlaps | null;
}

/** Perturbation off the plane from which AMP's SE follows an unstable plane (finite-size symmetry breaking). */
const AMP_KICK = 1e-3;

function solveBranches(K: number, alpha: number, warm: Branches | null): Branches & { lambda: number } {
  if (K === 1) {
    const q = solveSE(1, alpha, warm ? warm.plane : UNINFORMED);
    return { plane: q, spec: null, lambda: Infinity };
  }
  const plane = solveSE(K, alpha, { qd: 0, qa: warm ? warm.plane.qa : 0 });
  const lambda = planeStability(K, alpha, plane.qa);
  // K = 2: the transition is continuous, so no specialised branch exists while the plane is stable.
  if (K === 2 && lambda <= 1) return { plane, spec: null, lambda };
  const start = warm?.spec ?? (lambda > 1 ? { qd: AMP_KICK, qa: plane.qa } : INFORMED);
  const s = solveSE(K, alpha, start);
  return { plane, spec: s.qd > SPECIALISED_QD ? s : null, lambda };
}

function pointFromBranches(K: number, alpha: number, b: Branches & { lambda: number }): CommitteePoint {
  const fPlane = freeEntropy(K, alpha, b.plane);
  const fSpec = b.spec ? freeEntropy(K, alpha, b.spec) : -Infinity;
  const amp = b.lambda > 1 && b.spec ? b.spec : b.plane;
  const fAmp = amp === b.plane ? fPlane : fSpec;
  const bayes = fSpec > fPlane ? b.spec! : b.plane;
  return {
    alpha,
    qd_amp: amp.qd,
    qa_amp: amp.qa,
    qd_bayes: bayes.qd,
    qa_bayes: bayes.qa,
    eg_amp: generalisationError(K, amp),
    eg_bayes: generalisationError(K, bayes),
    f_amp: fAmp,
    f_bayes: Math.max(fPlane, fSpec),
  };
}

function checkK(K: number): void {
  if (K !== 1 && K !== 2 && K !== 3) throw new RangeError(`full committee SE is exact for K = 1, 2, 3 (got ${K}); use committeeThresholds for larger K`);
}

/** One α: Bayes-optimal and AMP overlaps, errors and free entropies (PHYSICS.md §5 field names). */
export function committeePoint({ K, alpha }: CommitteeParams): CommitteePoint {
  checkK(K);
  return pointFromBranches(K, alpha, solveBranches(K, alpha, null));
}

/**
 * The same along an α grid (increasing grids are fastest: each point starts from the previous
 * fixed points). `onProgress(fraction)` is called once per point.
 */
export function committeeCurve({ K }: { K: number }, alphas: Float64Array, onProgress?: (fraction: number) => void): CommitteeCurve {
  checkK(K);
  const n = alphas.length;
  const c: CommitteeCurve = {
    alpha: Float64Array.from(alphas),
    qd_amp: new Float64Array(n),
    qa_amp: new Float64Array(n),
    qd_bayes: new Float64Array(n),
    qa_bayes: new Float64Array(n),
    eg_amp: new Float64Array(n),
    eg_bayes: new Float64Array(n),
    f_amp: new Float64Array(n),
    f_bayes: new Float64Array(n),
  };
  let warm: Branches | null = null;
  for (let i = 0; i < n; i++) {
    const b = solveBranches(K, alphas[i], warm);
    const p = pointFromBranches(K, alphas[i], b);
    c.qd_amp[i] = p.qd_amp;
    c.qa_amp[i] = p.qa_amp;
    c.qd_bayes[i] = p.qd_bayes;
    c.qa_bayes[i] = p.qa_bayes;
    c.eg_amp[i] = p.eg_amp;
    c.eg_bayes[i] = p.eg_bayes;
    c.f_amp[i] = p.f_amp;
    c.f_bayes[i] = p.f_bayes;
    warm = b;
    onProgress?.((i + 1) / n);
  }
  return c;
}
