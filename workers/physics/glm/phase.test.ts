import { describe, expect, it } from 'vitest';
import { glmPoint } from './curve.ts';
import { glmPhasePlane, type GlmPhasePlane } from './phase.ts';

// glmPhasePlane = glmPhase (the traced lines) + the hard-phase polygon and the plane's model: computed once here
const partials: GlmPhasePlane[] = [];
const binary = glmPhasePlane({ diagram: 'binary-noise' }, undefined, (p) => partials.push(p));
const sparse = glmPhasePlane({ diagram: 'sparse-rho' });

/**
 * Ratios of consecutive differences (a[i+1] − a[i]) / (a[i] − a[i−1]). For a smooth monotone line on a
 * uniform grid this is 1 + O(h·a''/a'): measured 0.82–1.12 (binary-noise; the extreme is the first
 * step, where α(ε) has the ε ln ε onset of the label-noise entropy) and 0.90–1.00 (sparse-rho). A jump
 * to another extremum or branch would be a step of the order of the line's whole range (ratio ≫ 2).
 */
function diffRatios(a: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 1; i + 1 < a.length; i++) out.push((a[i + 1] - a[i]) / (a[i] - a[i - 1]));
  return out;
}

describe('GLM phase diagrams (thresholds continued along y)', () => {
  it('binary-noise: the ε = 0 row is the binary perceptron, α_IT ≈ 1.245, α_alg ≈ 1.493 within 0.2 % (PHYSICS.md §1)', () => {
    expect(binary.y_key).toBe('noise');
    expect(binary.y.length).toBe(40);
    expect(binary.y[0]).toBe(0);
    expect(Math.abs(binary.alpha_it[0] / 1.245 - 1)).toBeLessThan(2e-3);
    expect(Math.abs(binary.alpha_alg[0] / 1.493 - 1)).toBeLessThan(2e-3);
    // sign channel: m = 0 is never a fixed point, so there is no weak-recovery threshold
    expect(binary.alpha_wr.every(Number.isNaN)).toBe(true);
  });

  it('binary-noise at ε = 0.1: the traced α_IT and α_alg are where direct SE iteration switches branch', () => {
    // Independent of the parametric curve: glmPoint iterates SE from both starts and compares f_RS.
    const i = binary.y.findIndex((e) => Math.abs(e - 0.1) < 1e-12);
    expect(i).toBeGreaterThan(0);
    const p = { prior: 'binary', channel: 'sign', noise: 0.1, rho: 1 } as const;
    const below = (a: number) => a * (1 - 1e-3);
    const above = (a: number) => a * (1 + 1e-3);
    expect(glmPoint(p, below(binary.alpha_it[i])).m_bayes).toBeLessThan(0.9);
    expect(glmPoint(p, above(binary.alpha_it[i])).m_bayes).toBe(1);
    expect(glmPoint(p, below(binary.alpha_alg[i])).m_amp).toBeLessThan(0.95);
    expect(glmPoint(p, above(binary.alpha_alg[i])).m_amp).toBe(1);
  });

  it('sparse-rho (noiseless linear): α_IT = ρ (information dimension, Wu-Verdú) and α_IT < α_alg < 1', () => {
    expect(sparse.y_key).toBe('rho');
    expect(sparse.y[0]).toBeCloseTo(0.05, 12);
    expect(sparse.y[39]).toBeCloseTo(0.95, 12);
    sparse.y.forEach((rho, i) => {
      // α_IT = lim α(r) = lim r·mmse(r), read at mmse = 1e-14ρ where it is within 6e-6 (measured) of ρ
      expect(Math.abs(sparse.alpha_it[i] / rho - 1)).toBeLessThan(1e-4);
      expect(sparse.alpha_alg[i]).toBeGreaterThan(rho);
      expect(sparse.alpha_alg[i]).toBeLessThan(1);
    });
    expect(sparse.alpha_wr.every(Number.isNaN)).toBe(true);
  });

  it('the lines are continuous and monotone in y (no jumps between neighbouring y)', () => {
    for (const a of [binary.alpha_it, binary.alpha_alg, sparse.alpha_it, sparse.alpha_alg]) {
      for (const q of diffRatios(a)) {
        expect(q).toBeGreaterThan(0.5);
        expect(q).toBeLessThan(2);
      }
    }
  });

  it('calls onPartial once with the coarse pass (every 4th y and the last), equal to the full result there', () => {
    expect(partials.length).toBe(1);
    const c = partials[0];
    const idx = [0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 39];
    expect(Array.from(c.y)).toEqual(idx.map((i) => binary.y[i]));
    idx.forEach((i, k) => {
      expect(c.alpha_it[k]).toBe(binary.alpha_it[i]);
      expect(c.alpha_alg[k]).toBe(binary.alpha_alg[i]);
    });
  });

  it('the plane as drawn: its model, and the hard phase as a closed polygon from (α_IT, y₀) up and back to (α_alg, y₀)', () => {
    expect(binary).toMatchObject({ prior: 'binary', channel: 'sign', fixed_noise: null, y_limit: 0.5 });
    expect(sparse).toMatchObject({ prior: 'sparse', channel: 'linear', fixed_noise: 0, y_limit: 1 });
    for (const p of [binary, sparse]) {
      const rows = Array.from(p.y).filter((_, i) => p.alpha_alg[i] > p.alpha_it[i]).length;
      expect(p.hard_alpha.length).toBe(2 * rows);
      expect(p.hard_y.length).toBe(2 * rows);
      expect(p.hard_y[0]).toBe(p.y[0]);
      expect(p.hard_y[2 * rows - 1]).toBe(p.y[0]);
    }
    // binary perceptron row (ε = 0): the polygon opens at α_IT ≈ 1.245 and closes at α_alg ≈ 1.493 (PHYSICS.md §1, 0.2 %)
    expect(Math.abs(binary.hard_alpha[0] / 1.245 - 1)).toBeLessThan(2e-3);
    expect(Math.abs(binary.hard_alpha[binary.hard_alpha.length - 1] / 1.493 - 1)).toBeLessThan(2e-3);
    // sparse linear: the polygon's left edge is α_IT = ρ (information dimension, Wu-Verdú), first row ρ = 0.05
    expect(Math.abs(sparse.hard_alpha[0] / 0.05 - 1)).toBeLessThan(1e-3);
    // the coarse pass carries its own polygon
    expect(partials[0].hard_alpha.length).toBe(2 * Array.from(partials[0].y).filter((_, i) => partials[0].alpha_alg[i] > partials[0].alpha_it[i]).length);
    expect(partials[0].prior).toBe('binary');
  });
});
