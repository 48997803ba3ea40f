import { describe, expect, it } from 'vitest';
import { fieldDigest as digest } from '../testDigest.ts';
import { logGrid } from '../numerics/logGrid.ts';
import { Rng } from '../numerics/rng.ts';
import { drain, type Resumable } from '../resumable.ts';
import { runAmp } from './amp.ts';
import { spikedAmp, spikedAmpStream, type AmpOptions, type SpikedAmp, type SpikedAmpRuns } from './ampSeeds.ts';
import { spikedFinite, spikedFiniteStream, type FiniteOptions, type SpikedFiniteRuns } from './finite.ts';
import { drawInstance, drawInstanceStream } from './instance.ts';
import { FINITE_GRID } from './params.ts';
import { lampVector, pcaVector } from './spectral.ts';
import type { SpikedParams } from './types.ts';

// The finite-size jobs made resumable (issue #10): the same numbers as the plain loops on main, snapshots that are
// the runs so far, and a stop between two pauses.

const model = (prior: SpikedParams['prior'], act: SpikedParams['act'] = 'linear', alpha = 1, rho = 0.05): SpikedParams => ({ prior, act, alpha, rho });
const grid = logGrid(FINITE_GRID.deltaMin, FINITE_GRID.deltaMax, FINITE_GRID.n);

/** every snapshot a resumable computation offers, and its result */
function collect<R, P>(job: Resumable<R, P>): { snaps: P[]; result: R } {
  const snaps: P[] = [];
  const result = drain(job, (s) => snaps.push(s));
  return { snaps, result };
}

// digests of spikedFinite, spikedAmp, drawInstance, pcaVector, lampVector and runAmp as computed by the plain loops
// before they were made resumable (main at 0e16d39): edge cases p = 5, one seed, one iteration, Δ = 0.01 and 10
const FINITE: [SpikedParams, FiniteOptions, string][] = [
  [model('gaussian'), { p: 50, seed: 1, seeds: 2, iters: 5 }, '5a60f6081748d713'],
  [model('sparse', 'linear', 1, 0.1), { p: 60, seed: 3, seeds: 3, iters: 8 }, '73e027a862a2fe66'],
  [model('sparse-rademacher'), { p: 50, seed: 2, seeds: 1, iters: 1 }, 'e43f6ead104c8945'],
  [model('rademacher'), { p: 50, seed: 7, seeds: 2, iters: 3 }, '775f45203ebd0fde'],
  [model('generative', 'linear', 1), { p: 60, seed: 1, seeds: 2, iters: 6 }, '2888c3f3563f5a34'],
  [model('generative', 'sign', 2), { p: 80, seed: 4, seeds: 2, iters: 10 }, '2a3db84d7c2a28ae'],
  [model('generative', 'relu', 0.5), { p: 50, seed: 5, seeds: 2, iters: 5 }, '8bb762791b59c5fa'],
];
const AMP: [SpikedParams, AmpOptions, string][] = [
  [model('gaussian'), { delta: 0.5, p: 50, seed: 1, seeds: 2, iters: 5 }, '8cbc2ef56adc51d0'],
  [model('sparse', 'linear', 1, 0.1), { delta: 1.6, p: 60, seed: 3, seeds: 3, iters: 12 }, 'cea0c5fa43c0f42a'],
  [model('sparse-rademacher'), { delta: 0.01, p: 50, seed: 2, seeds: 1, iters: 1 }, '72b06c6357dbb9fb'],
  [model('generative', 'linear', 1), { delta: 10, p: 60, seed: 1, seeds: 2, iters: 6 }, '7f980489ea0feacc'],
  [model('generative', 'sign', 2), { delta: 1.3, p: 80, seed: 4, seeds: 3, iters: 10 }, '811dc570c8068674'],
  [model('generative', 'relu', 0.5), { delta: 0.3, p: 50, seed: 5, seeds: 2, iters: 7 }, '4845aa9ba04a00e9'],
];
// p = 700: M in several chunks; α = 0.1 at p = 300: X (9·10⁵ entries) and W z⋆ in several; p = 5, k = 1
const INSTANCES: [SpikedParams, number, number, number, [string, string, string, string]][] = [
  [model('sparse', 'linear', 1, 0.1), 0.7, 700, 11, ['3861bfde23ff958f', 'b8049335f441af7b', '23a2686a60801039', '2ace78dcdfd21023']],
  [model('generative', 'sign', 0.1), 1.2, 300, 12, ['7049ca189e4869ad', 'bf78ed6cfe80810e', '51dd6686d27268ab', '7645c73dcffa267a']],
  [model('generative', 'relu', 10), 0.2, 5, 13, ['a5780b6967a6bf07', '95f1141cddf83bdc', '4c94485e0c21ae6c', 'f91097f13292df90']],
];

describe('the resumable finite-size runs give the plain loops\' numbers bit for bit', () => {
  it.each(INSTANCES)('instance, PCA, LAMP and AMP on it: %o Δ = %d, p = %d', (params, delta, p, seed, [inst, pca, lamp, run]) => {
    const x = drawInstance(params, delta, p, seed);
    expect(digest(x)).toBe(inst);
    expect(digest(pcaVector(x, new Rng(3)))).toBe(pca);
    expect(digest({ v: lampVector(params, x, new Rng(3)) ?? new Float64Array(0) })).toBe(lamp);
    expect(digest(runAmp(params, x, delta, 4, new Rng(4)))).toBe(run);
  });

  it('a large instance pauses every few ms of draws: M of p = 700 in ≥ 3 chunks', () => {
    expect(collect(drawInstanceStream(model('gaussian'), 1, 700, 1)).snaps).toEqual([]);
    let pauses = 0;
    for (const job = drawInstanceStream(model('gaussian'), 1, 700, 1); !job.next().done; ) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(3);
  });

  it.each(FINITE)('spikedFinite %o %o', (params, o, want) => {
    expect(digest(spikedFinite(params, grid, o))).toBe(want);
  });

  it.each(AMP)('spikedAmp %o %o', (params, o, want) => {
    const r = spikedAmp(params, o);
    expect(digest(r)).toBe(want);
    // one instance at a time (the memory bound): the same numbers
    expect(spikedAmp(params, { ...o, maxStoredEntries: 1 })).toEqual(r);
  });
});

describe('snapshots are the runs so far', () => {
  it.each(AMP.slice(0, 5))('spikedAmp, seeds in lockstep: SE step by step from the first snapshot, then AMP a prefix of the final mean and sd over all seeds %o %o', (params, o) => {
    const { snaps, result } = collect(spikedAmpStream(params, o));
    expect(snaps.length).toBeGreaterThan(0);
    // the first after one SE step (or SE whole: one iteration in all), AMP not begun
    expect(snaps[0].mse.length).toBe(0);
    expect(snaps[0].mse_se.length).toBe(2);
    let k = 0;
    let se = 0;
    for (const s of snaps) {
      expect(s.over).toBe(false);
      expect(s.mse_se.length).toBeGreaterThanOrEqual(se);
      se = s.mse_se.length;
      expect(s.mse_se).toEqual(result.mse_se.subarray(0, se));
      expect(s.iter).toEqual(result.iter.subarray(0, se));
      expect(s.mse.length).toBeGreaterThanOrEqual(k);
      k = s.mse.length;
      if (k === 0) continue;
      // AMP's iterations only next to SE whole
      expect(se).toBe(o.iters + 1);
      expect(s.seeds_done).toBe(o.seeds);
      expect(s.mse).toEqual(result.mse.subarray(0, k));
      expect(s.mse_std).toEqual(result.mse_std.subarray(0, k));
      expect(s.mse.every(Number.isFinite)).toBe(true);
    }
    // (inLockstep offers none at the end: one iteration in all is offered as SE alone)
    expect(k).toBe(o.iters > 1 ? o.iters : 0);
    expect(result.over).toBe(true);
    expect(result.seeds_done).toBe(o.seeds);
  });

  it('spikedAmp one seed at a time: the first seed\'s iterations so far, then the seeds over (= spikedAmp of that many seeds)', () => {
    const [params, o] = AMP[4];
    const { snaps } = collect(spikedAmpStream(params, { ...o, maxStoredEntries: 1 }));
    const seen = new Map<string, SpikedAmpRuns>();
    for (const s of snaps) seen.set(`${s.seeds_done}:${s.mse.length}`, s);
    for (const s of seen.values()) {
      if (s.seeds_done === 0) continue;
      const ref: SpikedAmp = spikedAmp(params, { ...o, seeds: s.seeds_done, iters: Math.max(1, s.mse.length - 1) });
      expect(s.mse).toEqual(ref.mse.subarray(0, s.mse.length));
      expect(s.mse_std).toEqual(ref.mse_std.subarray(0, s.mse.length));
    }
    expect([...seen.keys()]).toContain(`2:${o.iters + 1}`);
  });

  it.each([FINITE[1], FINITE[5]])('spikedFinite: every point is the mean over its seeds so far, the first after one run %o %o', (params, o) => {
    const { snaps, result } = collect(spikedFiniteStream(params, grid, o));
    // nothing offered before a run is over; then one point with one seed, coarse to fine: Δ₀, Δ₂, … then Δ₁, …
    expect(snaps[0].delta).toEqual(grid.subarray(0, 1));
    expect(snaps[0].seeds_done).toEqual(Float64Array.of(1));
    const ref = new Map<string, ReturnType<typeof spikedFinite>>();
    const unique = new Map<string, SpikedFiniteRuns>();
    for (const s of snaps) unique.set(Array.from(s.seeds_done).join(), s);
    for (const s of unique.values()) {
      expect(s.over).toBe(false);
      expect([...s.delta].every((d, i) => i === 0 || d > s.delta[i - 1])).toBe(true);
      s.delta.forEach((d, i) => {
        const k = s.seeds_done[i];
        const key = `${d}:${k}`;
        if (!ref.has(key)) ref.set(key, spikedFinite(params, Float64Array.of(d), { ...o, seeds: k }));
        const r = ref.get(key)!;
        for (const f of ['amp_mean', 'amp_std', 'pca_mean', 'pca_std', 'lamp_mean', 'lamp_std'] as const) expect(Object.is(s[f][i], r[f][0])).toBe(true);
      });
    }
    // after the first seed's pass every Δ has a point
    expect(unique.get(Array(grid.length).fill(1).join())?.delta).toEqual(grid);
    expect(result.over).toBe(true);
    expect(result.seeds_done).toEqual(new Float64Array(grid.length).fill(o.seeds));
  });
});

describe('a stop between two pauses (the worker\'s cooperative cancel)', () => {
  it.each([
    ['spikedAmp', () => spikedAmpStream(model('generative', 'sign', 2), { delta: 1, p: 80, seed: 1, seeds: 2, iters: 20 })],
    ['spikedFinite', () => spikedFiniteStream(model('generative', 'linear', 1), grid, { p: 60, seed: 1, seeds: 2, iters: 5 })],
  ] as const)('%s: return() ends it, and it reports no progress after', (_name, make) => {
    const job: Resumable<unknown, unknown> = make();
    for (let i = 0; i < 30; i++) expect(job.next().done).toBe(false);
    expect(job.return(undefined).done).toBe(true);
    expect(job.next().done).toBe(true);
  });
});
