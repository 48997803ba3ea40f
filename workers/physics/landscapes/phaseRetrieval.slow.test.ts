import { describe, expect, it } from 'vitest';
import { prGf } from './phaseRetrieval.ts';

// Slow tier (npm test / test:unit, not test:fast): 2 × 10 runs at N = 200, ~6 s.
describe('phase retrieval: spherical gradient flow', () => {
  it('N = 200, 10 seeds: success 0 at α = 2 and 1 at α = 10 (PHYSICS.md §4: 0/10 and 10/10)', () => {
    // Horizon 40 (time in units of 1/α) keeps this test ~3 s; tmax = 300 gives the same 0/10 and 10/10 on
    // these instances. Finite-N traps at α = 10 exist: the instances of grid index 0 (`--alpha 10`)
    // put 1 run in 10 into a true local minimum at m = 0.07 (tangent Hessian positive definite).
    const r = prGf({ alpha: Float64Array.of(2, 10), N: 200, seed: 1, seeds: 10, tmax: 40, h: 0.1 });
    expect(r.n_runs).toBe(10);
    expect(r.success_rate[0]).toBe(0);
    expect(r.success_rate[1]).toBe(1);
  });
});
