import { describe, expect, it } from 'vitest';
import { separability } from './separability.ts';
import { separableSim } from './separableSim.ts';

/**
 * The separability threshold at finite size: σ(FC) training sets (σ = sign, γ = d/p = 0.5, p = 400, d = 200, six
 * seeds each, seed s = childSeed(2026, s)), each certified separable (a w with every margin positive) or not
 * (a Farkas vector from unregularised logistic regression; separableSim.ts), on either side of the theory's
 * α_sep = 3.3886 (separability.ts; Candès & Sur's formula, checked against scipy in separability.test.ts).
 * Finite size: the fraction of separable sets falls from 1 to 0 over a window of relative width ~1/√n ≈ 3 % at
 * n ≈ 1350 (Cover's counting, the τ = 0 case, has this width), so ±20 % are ~6 widths out: there every set must
 * fall on the theory's side; at α_sep itself the fraction (½ as p → ∞, up to O(1/p)) must be strictly between
 * 0 and 1 — with six seeds a fair split fails that with probability 2/64. The features are the real σ(FC)
 * ones, so this also checks Gaussian equivalence for separability.
 */
describe('separability of finite σ(FC) training sets around α_sep', () => {
  const act = 'sign';
  const gamma = 0.5;
  const { alpha_sep } = separability(act, gamma);
  const at = (alpha: number) => separableSim(act, gamma, { alpha, p: 400, seed: 2026, seeds: 6 });

  it(`α = 0.8 α_sep: all six sets separable`, () => {
    const r = at(0.8 * alpha_sep);
    expect(r.undecided).toBe(0);
    expect(r.separable_fraction).toBe(1);
  }, 60_000);
  it(`α = α_sep: some separable, some not`, () => {
    const r = at(alpha_sep);
    expect(r.undecided).toBe(0);
    expect(r.separable_fraction).toBeGreaterThan(0);
    expect(r.separable_fraction).toBeLessThan(1);
  }, 60_000);
  it(`α = 1.2 α_sep: none separable`, () => {
    const r = at(1.2 * alpha_sep);
    expect(r.undecided).toBe(0);
    expect(r.separable_fraction).toBe(0);
  }, 60_000);
});
