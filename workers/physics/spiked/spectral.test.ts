import { describe, expect, it } from 'vitest';
import { Rng } from '../numerics/rng.ts';
import { symEig } from '../numerics/symEig.ts';
import { cos2, drawInstance } from './instance.ts';
import { pcaVector } from './spectral.ts';
import { pcaOverlap, pcaSpectrum } from './spectralTheory.ts';

describe('spiked spectral methods', () => {
  it('Lanczos finds the top eigenpair of M as the dense solver does (p = 300)', () => {
    const inst = drawInstance({ prior: 'gaussian', act: 'linear', alpha: 1, rho: 1 }, 0.4, 300, 7);
    const e = symEig(inst.M, 300);
    const top = pcaVector(inst, new Rng(3));
    expect(top.value).toBeCloseTo(e.values[299], 9);
    const ref = Float64Array.from({ length: 300 }, (_, i) => e.vectors[i * 300 + 299]);
    expect(cos2(top.vector, ref)).toBeGreaterThan(1 - 1e-9);
  });

  it('BBP closed forms: overlap 1 − Δ/ρ_v², outlier ρ_v + Δ/ρ_v below Δ = ρ_v², none above', () => {
    expect(pcaOverlap(1, 0.5)).toBe(0.5);
    expect(pcaOverlap(0.5, 0.3)).toBe(0);
    expect(pcaSpectrum(1, 0.25)).toEqual({ edge: 1, outlier: 1.25 });
    expect(pcaSpectrum(1, 1.5).outlier).toBeNull();
  });
});
