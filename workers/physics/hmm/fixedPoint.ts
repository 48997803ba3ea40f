/**
 * The fixed point of the hidden manifold model's saddle-point equations (Gerace et al., ICML 2020,
 * arXiv:2002.09339, Sec. 3; PHYSICS.md §7): the prior side (priorSide.ts) and the output channel
 * (ridge.ts in closed form for the square loss, channelLoss.ts through the prox otherwise), at one
 * (α, γ, λ, σ, loss).
 */
import { losses } from '../erm/losses.ts';
import { drain, type Resumable } from '../resumable.ts';
import { lossHats, lossTrainLoss } from './channelLoss.ts';
import { priorModel, type HmmLoss, type HmmModel } from './model.ts';
import { priorOverlaps, type Overlaps, type PriorModel } from './priorSide.ts';
import { ridgeFixedPoint, testError, type FixedPoint } from './ridge.ts';

const MAX_STEPS = 500;
const TOL = 1e-10;
/** Anderson memory: in three dimensions three past steps make it a multisecant (Broyden-like) method */
const MEMORY = 3;

/** (V, q, m) in units of the start's magnitudes, so that the least-squares fit weighs them alike */
type Vec3 = [number, number, number];

/**
 * Solve min_γ |g − Σ_j γ_j ΔG_j|² for up to three columns by the normal equations, with a relative
 * Tikhonov term 1e-12·tr so that collinear past steps (a converging iteration) stay solvable.
 */
function leastSquares(dG: Vec3[], g: Vec3): number[] {
  const n = dG.length;
  const A: number[][] = [];
  const b: number[] = [];
  let tr = 0;
  for (let i = 0; i < n; i++) {
    A.push([]);
    for (let j = 0; j < n; j++) A[i].push(dG[i][0] * dG[j][0] + dG[i][1] * dG[j][1] + dG[i][2] * dG[j][2]);
    b.push(dG[i][0] * g[0] + dG[i][1] * g[1] + dG[i][2] * g[2]);
    tr += A[i][i];
  }
  for (let i = 0; i < n; i++) A[i][i] += 1e-12 * tr + 1e-300;
  // Gaussian elimination (symmetric positive definite, n ≤ 3)
  for (let c = 0; c < n; c++) {
    for (let r = c + 1; r < n; r++) {
      const f = A[r][c] / A[c][c];
      for (let k = c; k < n; k++) A[r][k] -= f * A[c][k];
      b[r] -= f * b[c];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let v = b[r];
    for (let k = r + 1; k < n; k++) v -= A[r][k] * x[k];
    x[r] = v / A[r][r];
  }
  return x;
}

/**
 * A loss through its prox (logistic): the fixed point of T: (V, q, m) → hats → (V, q, m), started from
 * the ridge fixed point at the same point or the caller's previous point along a curve (GCMProject's
 * state_evolution.py iterates T plainly from V = 1000, q = m = 0.001). The plain iteration contracts
 * slowly at small λ (measured at γ = 0.5, σ = erf: 17 steps at (λ, α) = (0.1, 2), 167 at (1e-4, 3)) and
 * can settle on a cycle at small α, so T is accelerated by Anderson mixing (Anderson, J. ACM 12, 547
 * (1965); Walker & Ni, SIAM J. Numer. Anal. 49, 1715 (2011), type II, memory 3). A proposal outside the
 * domain (V, q > 0, q > m²) or whose residual grew falls back to a half step of T with the history cleared.
 * Converged when the relative change of (V, q, m) is below 1e-10.
 * Resumable (../resumable.ts): a pause after every step (a step is two 224-node channel averages, well under a
 * millisecond; a solve may take up to MAX_STEPS of them), so that a worker can stop a curve within a solve.
 */
export function* lossFixedPointStream(prior: PriorModel, loss: HmmLoss, alpha: number, start?: Overlaps): Resumable<FixedPoint> {
  const l = losses[loss];
  const o0: Overlaps = start ? { V: start.V, q: start.q, m: start.m } : ridgeFixedPoint(prior, alpha);
  const scale: Vec3 = [o0.V, o0.q, Math.abs(o0.m)];
  const toVec = (o: Overlaps): Vec3 => [o.V / scale[0], o.q / scale[1], o.m / scale[2]];
  const toOverlaps = (x: Vec3): Overlaps => ({ V: x[0] * scale[0], q: x[1] * scale[1], m: x[2] * scale[2] });
  const T = (x: Vec3): Vec3 => toVec(priorOverlaps(prior, lossHats(l, alpha, toOverlaps(x))));
  const valid = (x: Vec3) => x[0] > 0 && x[1] > 0 && x[1] * scale[1] > (x[2] * scale[2]) ** 2;
  const norm = (v: Vec3) => Math.max(Math.abs(v[0]), Math.abs(v[1]), Math.abs(v[2]));
  let x = toVec(o0);
  let g = T(x).map((t, i) => t - x[i]) as Vec3;
  const dX: Vec3[] = [];
  const dG: Vec3[] = [];
  let converged = false;
  for (let step = 0; step < MAX_STEPS && !converged; step++) {
    const gamma = dG.length ? leastSquares(dG, g) : [];
    const next = x.map((xi, i) => xi + g[i] - gamma.reduce((s, c, j) => s + c * (dX[j][i] + dG[j][i]), 0)) as Vec3;
    let xNew = valid(next) ? next : (x.map((xi, i) => xi + 0.5 * g[i]) as Vec3);
    let gNew = T(xNew).map((t, i) => t - xNew[i]) as Vec3;
    if (dG.length && norm(gNew) > norm(g)) {
      dX.length = 0;
      dG.length = 0;
      xNew = x.map((xi, i) => xi + 0.5 * g[i]) as Vec3;
      gNew = T(xNew).map((t, i) => t - xNew[i]) as Vec3;
    } else {
      dX.push(xNew.map((v, i) => v - x[i]) as Vec3);
      dG.push(gNew.map((v, i) => v - g[i]) as Vec3);
      if (dX.length > MEMORY) {
        dX.shift();
        dG.shift();
      }
    }
    // relative change of (V, q, m): the step in scaled units over the scaled iterate
    converged = Math.max(...xNew.map((v, i) => Math.abs(v - x[i]) / Math.abs(v))) < TOL;
    x = xNew;
    g = gNew;
    yield undefined;
  }
  const o = toOverlaps(x);
  const h = lossHats(l, alpha, o);
  return { ...o, ...h, eg: testError(o), trainLoss: lossTrainLoss(l, o), converged };
}

/**
 * The fixed point of `model` at α (ridge in closed form, logistic by iteration from `start`), resumable: pausing
 * between the logistic iteration's steps (ridge has none).
 */
export function* fixedPointStream(model: HmmModel, alpha: number, start?: Overlaps): Resumable<FixedPoint> {
  const prior = priorModel(model);
  return model.loss === 'square' ? ridgeFixedPoint(prior, alpha) : yield* lossFixedPointStream(prior, model.loss, alpha, start);
}

/** fixedPointStream run to its end (one point: the marker's solve, the CLI). */
export function fixedPoint(model: HmmModel, alpha: number, start?: Overlaps): FixedPoint {
  return drain(fixedPointStream(model, alpha, start));
}
