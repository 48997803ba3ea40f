import { sgdRun, type SgdParams } from './index.ts';
import type { BenchKit, BenchRow } from '../manifest.ts';

/** the reference setting of PHYSICS.md §3: erf, η = 0.5, σ = 0, v fixed, small init (ODE rows: scripts/bench/sgdOde.ts) */
const ref = (K: number, M: number, N = 1000): SgdParams => ({ K, M, act: 'erf', eta: 0.5, sigma: 0, both: 0, N, seed: 1, init: 1e-3 });

/** SGD steps of one run at N = 1000, K = M = 2 (α = 20); the target counts K·N work per step. */
const STEPS = 20_000;

export async function benchSgd({ bench }: BenchKit): Promise<BenchRow[]> {
  const sim = await bench(`SGD N = 1000, K = M = 2, ${STEPS} steps (one seed, α = 20)`, () => sgdRun(ref(2, 2), 1, [STEPS]), { warmup: 1, runs: 3 });
  const perSec = STEPS / (sim.median / 1000);
  return [{ ...sim, note: `${Math.round(perSec)} steps/s = ${(perSec * 2 * 1000).toExponential(2)} K·N/s (target ≥ 2e6 K·N/s)` }];
}
