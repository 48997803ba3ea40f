import { landscapeDmft, landscapeGf, lossGradient, prGf, spikedInstance } from './index.ts';
import { randomOnSphere } from './instance.ts';
import { Rng } from '../numerics/rng.ts';
import type { BenchKit, BenchRow } from '../manifest.ts';

/** Rough landscapes (PHYSICS.md §4; issue 6 speed goals): the GF step, the DMFT, and the chapter's default jobs. */
export async function benchLandscapes({ bench }: BenchKit): Promise<BenchRow[]> {
  const rng = new Rng(1);
  const inst = spikedInstance(200, 2.5, 1, rng);
  const x = randomOnSphere(200, rng);
  const g = new Float64Array(200);
  return [
    await bench('landscapes GF step N = 200, p = 3 (one pass over the N³/6 Float32 tensor)', () => lossGradient(inst, x, g), { runs: 50, target: '≤ 20 ms' }),
    await bench('landscapes DMFT to t = 100, h = 0.1 (1000 steps, O(n³))', () => landscapeDmft({ invd2: 3, dp: 4, T: 0, m0: 1e-15, h: 0.1, tmax: 100 }), {
      warmup: 1,
      runs: 5,
      target: '≤ 2 s',
    }),
    await bench('landscapes GF, browser default: N = 100, 4 runs to t = 100', () => landscapeGf({ N: 100, invd2: 3, dp: 4, T: 0, h: 0.1, tmax: 100, seed: 1, seeds: 4 }), {
      warmup: 0,
      runs: 3,
    }),
    await bench('phase-retrieval success map, browser default: d = 200, 7 α, 4 runs, t ≤ 100', () => prGf({ alpha: Float64Array.of(2, 3, 4, 5, 6, 8, 10), N: 200, seed: 1, seeds: 4, tmax: 100, h: 0.1 }), {
      warmup: 0,
      runs: 1,
    }),
  ];
}
