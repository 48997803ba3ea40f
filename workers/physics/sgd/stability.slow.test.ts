import { describe, expect, it } from 'vitest';
import { sgdCommands } from './commands.ts';
import { sgdOde } from './sgdOde.ts';
import type { SgdParams } from './setup.ts';

const cmd = sgdCommands.find((c) => c.name === 'sgd-stability')!;
/** ε_g at α = 2·10⁴ of the ODE from the CLI's seeded small start (N = 1000, init 1e-3) */
const finalEg = (p: Omit<SgdParams, 'sigma' | 'both'>) => {
  const r = sgdOde({ ...p, sigma: 0, both: 0 }, 2e4, 20);
  return r.eg[r.eg.length - 1];
};

describe('maximal stable η against the ODE itself (issue #18 item 4)', () => {
  it('K = M = 10, erf, η = 0.5 is past the limit: sgd-stability says so (eta_max ≈ 0.384, symmetric phase)', () => {
    const r = cmd.run({ K: 10, M: 10, act: 'erf', sigma: 0, both: 0, eta: 0.5 }) as { eta_max: number; eta_opt: number; limit: string; stable: boolean };
    expect(r.stable).toBe(false);
    expect(r.limit).toBe('symmetric');
    // bisection in ln η to 0.2 % (SYM_RTOL) on the sign of λ_max at the symmetric fixed point
    expect(r.eta_max).toBeGreaterThan(0.38);
    expect(r.eta_max).toBeLessThan(0.388);
    // the optimum itself is still stable at 0.5: the trap is the symmetric phase, not the end state
    expect(r.eta_opt).toBeCloseTo(0.52583, 4);
  });

  it('independent check: the ODE learns just below eta_max and does not just above (K = M = 10 erf; K = M = 2 erf and ReLU)', () => {
    // reference: direct integration (sgdOde, rtol 1e-7) to α = 2·10⁴ from the seeded start; "learns" = ε_g < 1e-6,
    // the trapped or run-off states sit at ε_g ≥ 0.01 (K = 10, η = 0.4: the symmetric point ε_g = 0.430)
    expect(finalEg({ K: 10, M: 10, act: 'erf', eta: 0.37 })).toBeLessThan(1e-6);
    expect(finalEg({ K: 10, M: 10, act: 'erf', eta: 0.4 })).toBeGreaterThan(0.4);
    expect(finalEg({ K: 2, M: 2, act: 'erf', eta: 2.2 })).toBeLessThan(1e-6);
    expect(finalEg({ K: 2, M: 2, act: 'erf', eta: 2.4 })).toBeGreaterThan(1e-2);
  });

  it('ReLU K = M = 2: the symmetric flow runs off above eta_sym ≈ 1.258 (the ODE diverges at 1.35, learns at 1.2)', () => {
    const r = cmd.run({ K: 2, M: 2, act: 'relu', sigma: 0, both: 0, eta: 1.35 }) as { eta_max: number; limit: string; stable: boolean };
    expect(r.limit).toBe('symmetric');
    expect(r.eta_max).toBeGreaterThan(1.25);
    expect(r.eta_max).toBeLessThan(1.265);
    expect(r.stable).toBe(false);
  });
});
