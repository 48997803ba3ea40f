import { describe, expect, it } from 'vitest';
import { clipEg } from './curve.ts';
import { REGION_CODES, sgdPhase, sgdPhaseCurve, sgdVeiga, veigaPlateauLine, veigaPolygons, veigaRegion, veigaTimeExponent } from './phase.ts';

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

/** Shoelace area of a polygon. */
function area(x: Float64Array, y: Float64Array): number {
  let a = 0;
  for (let i = 0; i < x.length; i++) {
    const j = (i + 1) % x.length;
    a += x[i] * y[j] - x[j] * y[i];
  }
  return Math.abs(a) / 2;
}

describe('the regions drawn in the box [−1, 1]²', () => {
  const polys = veigaPolygons();

  it('perfect, bad, none: areas 2, 0.875, 1.125 (κ + δ > 0 is half the box; κ + δ < −½ a right triangle with legs 1.5), tiling the box', () => {
    expect(polys.map((p) => p.region)).toEqual(['perfect', 'bad', 'none']);
    const areas = polys.map((p) => area(p.kappa, p.delta));
    expect(areas[0]).toBeCloseTo(2, 14);
    expect(areas[1]).toBeCloseTo(4 - 2 - 1.125, 14);
    expect(areas[2]).toBeCloseTo(1.5 * 1.5 / 2, 14);
  });

  it('every vertex lies on the box or on a region boundary κ + δ ∈ {0, −½}, and classifies with its region up to the boundary', () => {
    for (const p of polys) {
      for (let i = 0; i < p.kappa.length; i++) {
        const k = p.kappa[i], d = p.delta[i], s = k + d;
        expect(Math.abs(k) === 1 || Math.abs(d) === 1 || s === 0 || s === -0.5).toBe(true);
      }
    }
    const line = veigaPlateauLine();
    expect(veigaRegion(line.kappa[0], line.delta[0])).toBe('plateau');
    expect(veigaRegion(line.kappa[1], line.delta[1])).toBe('plateau');
  });
});

describe('sgdVeiga (Figure 4)', () => {
  it('the reader\'s point, Δ = σ² and one limit-ODE curve per region with a deterministic limit', () => {
    const v = sgdVeiga({ kappa: 0.5, delta: -0.25, sigma: 0.1, act: 'erf' }, 10, 3);
    expect(v.region).toBe('perfect');
    expect(v.time_exponent).toBe(1.25);
    expect(v.Delta).toBe(0.1 * 0.1);
    expect(v.curves.map((c) => c.region)).toEqual(['perfect', 'plateau', 'bad']);
    const plateau = sgdPhaseCurve({ kappa: 0, delta: 0, Delta: 0.1 * 0.1, act: 'erf' }, 10, 3)!;
    expect(v.curves[1].eg).toEqual(clipEg(plateau.eg));
    expect(sgdVeiga({ kappa: -0.5, delta: -0.25, sigma: 0, act: 'erf' }, 10, 3).time_exponent).toBeNull();
  });
});
