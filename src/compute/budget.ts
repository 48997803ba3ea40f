import type { JobName, JobRequest } from '../../workers/api.ts';

/**
 * How long a job may stay silent — no progress report, no partial result — before the pool takes its
 * worker for dead (pool.ts, `silenceMs`). Most jobs report progress about every 1 % of their work, so a
 * fixed allowance is ample; the jobs below report seldom or never, and a longest silence grows with their
 * size, so their allowance does too: BASE + (work units) × (4 × the measured cost of one unit).
 *
 * Costs measured in Node 20 on a shared 2-core box (the longest silence of the job, see src/compute/CONTEXT.md):
 * - glmAmpRuns: one beat per seed and iteration (two products with X); beyond 4·10⁷ entries X is streamed
 *   (regenerated per product), 28.5 ns per entry per product, against 4 ns stored: the allowance takes the
 *   streamed cost, 2·n·d·28.5 ns a beat (d = 8000, α = 10: 36 s).
 * - prTrajectory: no beat at all; 180 s for α·N²·tmax/h = 6·10¹¹ (α = 20, N = 1000, tmax = 300, h = 0.01): 0.3 ns.
 * - prSuccessMap: one beat per run, the longest at the grid's largest α (10); as prTrajectory.
 * - prOverparamMap: one beat per run (d = 30, m = width·d, n = α·d with α ≤ 4); taken at 1 ns per n·m·d·step.
 */
export const BASE_SILENCE_MS = 20_000;

const NS = 1e-6; // ms per ns
const GAMP_UNIT = 4 * 2 * 28.5 * NS;
const GF_UNIT = 4 * 0.3 * NS;
const OVERPARAM_UNIT = 4 * 1 * NS;
/** largest α of the success-map grid (workers/physics/landscapes/successMaps.ts PR_ALPHA_GRID) and the overparam grid */
const PR_MAP_ALPHA = 10;
const OVERPARAM_ALPHA = 4;
const OVERPARAM_D = 30;

type Sized = { [M in JobName]?: (req: JobRequest<M>) => number };

const num = (x: unknown, fallback: number) => (typeof x === 'number' && Number.isFinite(x) && x > 0 ? x : fallback);
const steps = (r: { tmax?: unknown; h?: unknown }) => num(r.tmax, 100) / num(r.h, 0.1);

const gamp = (r: { alpha?: unknown; d?: unknown }) => {
  const d = num(r.d, 1000);
  return Math.max(1, Math.round(num(r.alpha, 1) * d)) * d * GAMP_UNIT;
};

/** extra allowance (ms) of the jobs whose longest silence grows with their request */
const extra: Sized = {
  glmAmpRuns: gamp,
  prTrajectory: (r) => num(r.alpha, 4) * num(r.N, 200) ** 2 * steps(r) * GF_UNIT,
  prSuccessMap: (r) => PR_MAP_ALPHA * num(r.d, 200) ** 2 * steps(r) * GF_UNIT,
  prOverparamMap: (r) => OVERPARAM_ALPHA * OVERPARAM_D * num(r.width, 1) * OVERPARAM_D * OVERPARAM_D * steps(r) * OVERPARAM_UNIT,
};

export function silenceBudgetMs(method: string, req: unknown): number {
  const f = extra[method as JobName] as ((r: unknown) => number) | undefined;
  const more = f && req && typeof req === 'object' ? f(req) : 0;
  return BASE_SILENCE_MS + (Number.isFinite(more) && more > 0 ? Math.ceil(more) : 0);
}
