import { describe, expect, it } from 'vitest';
import { REGION_CODES, sgdPhase, sgdPhaseCurve, veigaRegion, veigaTimeExponent } from './phase.ts';

describe('Veiga et al. 2022 (κ, δ) regions', () => {
  it('classifies by κ + δ and gives the time-scale exponents of PHYSICS.md', () => {
    expect(veigaRegion(0.5, 0)).toBe('perfect');
    expect(veigaTimeExponent(0.5, 0)).toBe(1.5);
    expect(veigaRegion(0.3, -0.3)).toBe('plateau');
    expect(veigaTimeExponent(0.3, -0.3)).toBe(1);
    expect(veigaRegion(0, -0.25)).toBe('bad');
    expect(veigaTimeExponent(0, -0.25)).toBe(0.5);
    expect(veigaRegion(-0.5, -0.25)).toBe('none');
    expect(veigaTimeExponent(-0.5, -0.25)).toBeNull();
  });

  it('sgdPhase fills the grid row by row (δ rows, κ columns)', () => {
    const r = sgdPhase(Float64Array.of(-1, 0, 1), Float64Array.of(0, 0.5));
    expect(Array.from(r.region, (c) => REGION_CODES[c])).toEqual(['none', 'plateau', 'perfect', 'none', 'perfect', 'perfect']);
    expect(Number.isNaN(r.time_exponent[0])).toBe(true);
  });

  it('κ + δ = 0: the full ODEs settle on the noise plateau ≈ 0.114·Δ (p = 8, k = 4, γ0 = 1; PHYSICS.md)', () => {
    const Delta = 1e-3;
    const c = sgdPhaseCurve({ kappa: 0, delta: 0, Delta }, 2e4, 3)!;
    expect(c.region).toBe('plateau');
    expect(Math.abs(c.eg[2] / Delta / 0.114 - 1)).toBeLessThan(0.01);
  });

  it('bad learning keeps R frozen (noise terms only)', () => {
    const c = sgdPhaseCurve({ kappa: 0, delta: -0.25, Delta: 1e-3 }, 10, 2)!;
    const M = 4, K = 8;
    for (let j = 0; j < K * M; j++) expect(c.R[K * M + j]).toBe(c.R[j]);
  });
});
