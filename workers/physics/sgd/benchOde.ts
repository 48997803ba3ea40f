import { sgdOde } from './index.ts';
import type { SgdParams } from './setup.ts';
import type { BenchKit, BenchRow } from '../manifest.ts';

/** PHYSICS.md §3 defaults: erf, η = 0.5, σ = 0, first layer only, seeded small init (N = 1000, seed 1). */
const erf = (K: number): SgdParams => ({ K, M: K, act: 'erf', eta: 0.5, sigma: 0, both: 0 });

export async function benchSgdOde({ bench }: BenchKit): Promise<BenchRow[]> {
  const note = (p: SgdParams, alpha: number): string => {
    const r = sgdOde(p, alpha, 60);
    return `${r.steps} steps, ok = ${r.ok}, ε_g(α) = ${r.eg[59].toExponential(3)}`;
  };
  const relu: SgdParams = { ...erf(2), act: 'relu' };
  return [
    await bench('SGD ODE erf K = M = 2 to α = 1e4 (60 points)', () => sgdOde(erf(2), 1e4, 60), { target: '≤ 20 ms', note: note(erf(2), 1e4) }),
    await bench('SGD ODE erf K = M = 10 to α = 1e4 (60 points)', () => sgdOde(erf(10), 1e4, 60), { warmup: 1, runs: 5, target: '≤ 500 ms', note: note(erf(10), 1e4) }),
    await bench('SGD ODE ReLU K = M = 2 to α = 1e3 (60 points)', () => sgdOde(relu, 1e3, 60), { warmup: 1, runs: 5, target: '≤ 1 s', note: note(relu, 1e3) }),
  ];
}
