import { describe, expect, it } from 'vitest';
import { prThresholds } from './prThresholds.ts';

describe('phase-retrieval thresholds marked on the success maps', () => {
  it('α_IT = 1, α_AMP = 1.128 (Gaussian prior, noiseless |z|), α_over = 2', () => {
    // References: α_IT = 1 and α_alg ≈ 1.13 (Barbier et al. PNAS 2019, arXiv:1708.03395; PHYSICS.md §1 table);
    // α_alg = 1.128 for real phase retrieval (Maillard, Loureiro, Krzakala, Zdeborová, arXiv:2006.05228).
    // Tolerances: α_IT is located by the GLM state evolution at a finite mmse floor (1e-9), good to ~1e-7;
    // α_AMP is quoted to 3 decimals.
    // Over-parameterised student: GF reaches the teacher iff α > 2 (arXiv:2006.15459; PHYSICS.md §4).
    const t = prThresholds();
    expect(Math.abs(t.alpha_it - 1)).toBeLessThan(1e-6);
    expect(Math.abs(t.alpha_amp - 1.128)).toBeLessThan(1e-3);
    expect(t.alpha_overparam).toBe(2);
    expect(t.alpha_it).toBeLessThan(t.alpha_amp);
    expect(t.alpha_amp).toBeLessThan(t.alpha_overparam);
  });
});
