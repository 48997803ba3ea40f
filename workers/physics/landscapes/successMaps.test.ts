import { describe, expect, it } from 'vitest';
import { prOverparam } from './overparam.ts';
import { prGf } from './phaseRetrieval.ts';
import { OVERPARAM_ALPHA_GRID, OVERPARAM_D, PR_ALPHA_GRID, prHalfDimension, prOverparamMap, prSuccessMap, prSuccessMapStream, prSuccessMaps, type PrSuccessMap } from './successMaps.ts';
import { drain } from '../resumable.ts';

describe('phase-retrieval success maps on the page’s grids', () => {
  it('the second dimension is half of d on a multiple of 10, at least 20', () => {
    expect(prHalfDimension(200)).toBe(100);
    expect(prHalfDimension(40)).toBe(20);
    expect(prHalfDimension(20)).toBe(20);
    expect(prHalfDimension(1000)).toBe(500);
    expect(prHalfDimension(250)).toBe(130); // 12.5 → 13 tens
  });

  it('GF map = prGf on the fixed grid (same seeds by grid index); at α = 10 every run succeeds, at α = 2 none', () => {
    // Independent computation: prGf called directly on the grid. Physics (PHYSICS.md §4: 0/10 at α = 2,
    // 10/10 at α ≥ 7 at N = 200): at d = 40, 3 runs, t ≤ 20 the ends of the grid show the same.
    const p = { d: 40, seed: 1, seeds: 3, tmax: 20, h: 0.1 };
    const reader = prSuccessMap({ ...p, dimension: 'reader' });
    const direct = prGf({ alpha: Float64Array.from(PR_ALPHA_GRID), N: 40, seed: 1, seeds: 3, tmax: 20, h: 0.1 });
    expect(reader.d).toBe(40);
    expect(Array.from(reader.alpha)).toEqual(PR_ALPHA_GRID);
    expect(Array.from(reader.success_rate)).toEqual(Array.from(direct.success_rate));
    expect(reader.success_rate[0]).toBe(0);
    expect(reader.success_rate[6]).toBe(1);
    const both = prSuccessMaps(p);
    expect(both.d_half).toBe(20);
    expect(Array.from(both.success_rate)).toEqual(Array.from(reader.success_rate));
    expect(Array.from(both.success_rate_half)).toEqual(Array.from(prSuccessMap({ ...p, dimension: 'half' }).success_rate));
  });

  it('streamed, the map fills point by point: each snapshot holds the finished points of the final map, NaN after', () => {
    // the final map is checked byte for byte against the stored CLI outputs (scripts/golden, pr-success-map)
    const p = { d: 20, seed: 1, seeds: 2, tmax: 10, h: 0.1, dimension: 'reader' as const };
    const snaps: PrSuccessMap[] = [];
    const final = drain(prSuccessMapStream(p), (x) => snaps.push(x));
    expect(snaps).toHaveLength(PR_ALPHA_GRID.length - 1);
    snaps.forEach((m, k) => {
      expect(m.d).toBe(20);
      expect(Array.from(m.success_rate.subarray(0, k + 1))).toEqual(Array.from(final.success_rate.subarray(0, k + 1)));
      expect(m.success_rate.subarray(k + 1).every(Number.isNaN)).toBe(true);
    });
    expect(Array.from(final.success_rate)).toEqual(Array.from(prSuccessMap(p).success_rate));
  });

  it('over-parameterised map = prOverparam on its grid at d = 30; the error falls through α = 2', () => {
    const r = prOverparamMap({ width: 1, seed: 1, seeds: 2, tmax: 20, h: 0.1 });
    const direct = prOverparam({ alpha: Float64Array.from(OVERPARAM_ALPHA_GRID), d: OVERPARAM_D, width: 1, seed: 1, seeds: 2, tmax: 20, h: 0.1 });
    expect(r.d).toBe(30);
    expect(Array.from(r.recovery_error)).toEqual(Array.from(direct.recovery_error));
    // arXiv:2006.15459: recovery needs α > 2; at d = 30 and t = 20 the error still falls steadily with α
    expect(r.recovery_error[5]).toBeLessThan(r.recovery_error[0]);
  });
});
