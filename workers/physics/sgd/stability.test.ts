import { describe, expect, it } from 'vitest';
import { optimumLimit, sgdStabilityAt } from './stability.ts';

describe('maximal stable η (stability.ts, issue #18 item 4)', () => {
  it('linear g: the student is Σ_k w_k learning at rate Kη, so the optimum is stable up to η = 2/K exactly', () => {
    // closed form: for g linear the error e = Q − 2R + T obeys de/dα = (−2Kη + K²η²) e (v = 1 fixed); the
    // numerical Jacobian (central differences, O(1e-10)) and Brent (rtol 1e-9) leave ~1e-6
    for (const K of [1, 2, 3, 5]) expect(optimumLimit({ K, M: K, act: 'linear', sigma: 0, both: 0 })).toBeCloseTo(2 / K, 5);
  });

  it('erf K = M = 2: limited by the optimum at η ≈ 2.3068 (the ODE learns at 2.2 and not at 2.4: sgdStability.slow.test.ts)', () => {
    const r = sgdStabilityAt({ K: 2, M: 2, act: 'erf', sigma: 0, both: 0, eta: 0.5 });
    expect(r.limit).toBe('optimum');
    expect(r.eta_max).toBeCloseTo(2.30683, 4);
    expect(r.stable).toBe(true);
    expect(sgdStabilityAt({ K: 2, M: 2, act: 'erf', sigma: 0, both: 0, eta: 2.4 }).stable).toBe(false);
  });

  it('ReLU has no differentiable optimum, K < M no perfect student: only the symmetric limit is searched', () => {
    const r = sgdStabilityAt({ K: 1, M: 2, act: 'erf', sigma: 0, both: 0, eta: 0.5 });
    expect(r.eta_opt).toBeNull();
    expect(r.checked).toEqual(['symmetric']);
    const big = sgdStabilityAt({ K: 8, M: 8, act: 'relu', sigma: 0, both: 0, eta: 0.5 });
    expect(big.checked).toEqual([]);
    expect(big.stable).toBeNull();
  });
});
