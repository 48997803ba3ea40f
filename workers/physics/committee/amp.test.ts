import { describe, expect, it } from 'vitest';
import { ampSignK2Channel, type ChannelOut } from './ampSignK2Channel.ts';
import { drain } from '../resumable.ts';
import { CHUNK_ENTRIES, committeeAmp, committeeAmpStream, type CommitteeAmpOptions, type CommitteeAmpResult, type CommitteeAmpRuns } from './amp.ts';
import before from './amp.before.json' with { type: 'json' };
import { committeePoint } from './learningCurve.ts';

const fresh = (): ChannelOut => ({ g1: 0, g2: 0, d11: 0, d12: 0, d22: 0, z: 0 });

describe('K = 2 committee output channel (g_out, ∂g_out)', () => {
  // identity checks: g = ∇_ω ln Z and ∂g = ∇_ω g by central differences (h = 1e-5, error O(h²) ≈ 1e-9 in
  // the Owen's-T cdf, amplified by 1/h for g: tolerance 1e-6)
  const V = [0.6, -0.15, 0.5] as const;
  for (const y of [-1, 0, 1]) {
    it(`y = ${y}: finite differences of ln Z and g`, () => {
      const w = [0.3, -0.7];
      const h = 1e-5;
      const c = ampSignK2Channel(y, w[0], w[1], ...V, fresh());
      const at = (a: number, b: number) => ampSignK2Channel(y, a, b, ...V, fresh());
      const l = (a: number, b: number) => Math.log(at(a, b).z);
      expect(c.g1).toBeCloseTo((l(w[0] + h, w[1]) - l(w[0] - h, w[1])) / (2 * h), 6);
      expect(c.g2).toBeCloseTo((l(w[0], w[1] + h) - l(w[0], w[1] - h)) / (2 * h), 6);
      expect(c.d11).toBeCloseTo((at(w[0] + h, w[1]).g1 - at(w[0] - h, w[1]).g1) / (2 * h), 5);
      expect(c.d12).toBeCloseTo((at(w[0], w[1] + h).g1 - at(w[0], w[1] - h).g1) / (2 * h), 5);
      expect(c.d22).toBeCloseTo((at(w[0], w[1] + h).g2 - at(w[0], w[1] - h).g2) / (2 * h), 5);
    });
  }
  it('the three label probabilities sum to one', () => {
    const z = [-1, 0, 1].reduce((s, y) => s + ampSignK2Channel(y, 0.4, 1.1, 0.7, 0.2, 0.9, fresh()).z, 0);
    expect(z).toBeCloseTo(1, 12);
  });
});

describe('committee AMP (K = 2) on finite instances reaches the SE fixed point', () => {
  it('α = 6, d = 400, 4 seeds, 25 iterations: mean q_d within 2/√(d·seeds) = 0.05 of SE (0.9261)', () => {
    const r = committeeAmp({ alpha: 6, d: 400, seed: 3, seeds: 4, iters: 25 });
    const p = committeePoint({ K: 2, alpha: 6 });
    const last = r.qd.length - 1;
    expect(r.qd[0]).toBeLessThan(0.02); // uninformative start: overlap O(0.1/√d)
    // measured: per-seed q_d spreads by ≈ 1/√d (each m_kl is an average over d entries: 0.86-0.96 at d = 400,
    // 0.90-0.94 at d = 1000); the 4-seed mean here is 0.9172, SE from the same start → 0.9261
    expect(Math.abs(r.qd[last] - p.qd_bayes)).toBeLessThan(2 / Math.sqrt(400 * 4));
    expect(Math.abs(r.qd_se[last] - p.qd_bayes)).toBeLessThan(1e-3);
    expect(Math.abs(r.qa[last] - p.qa_bayes)).toBeLessThan(2 / Math.sqrt(400 * 4));
  });
  it('below α_spec (α = 1) it stays non-specialised: q_d → 0 and q_a within 0.02 of SE (0.4799)', () => {
    const r = committeeAmp({ alpha: 1, d: 300, seed: 1, seeds: 2, iters: 15 });
    const last = r.qd.length - 1;
    expect(Math.abs(r.qd[last])).toBeLessThan(0.01);
    expect(Math.abs(r.qa[last] - 0.4798986811851193)).toBeLessThan(0.02);
  });
});

describe('committee AMP streams: the seeds advance together, bit for bit the run of before', () => {
  // amp.before.json: committeeAmp's results at commit 0e16d39, one seed after another in one loop, before it was cut
  // into chunks (the CLI golden case committee-amp pins the bytes of one of them). Cases: the golden one, 3 seeds, a
  // pass cut into many chunks (n = 2400 rows), one iteration, n = 5, and α·d < ½ (n = 1 row).
  const cases = before as { options: CommitteeAmpOptions; result: Record<keyof CommitteeAmpResult, number[] | string> }[];
  const same = (a: Float64Array, b: ArrayLike<number>) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
  const keys = ['iter', 'qd', 'qa', 'qd_lo', 'qd_hi', 'eg', 'qd_se', 'qa_se', 'eg_se'] as const;

  it('committeeAmp (the drained stream) gives the numbers of before, bit for bit, together or one seed after another', () => {
    for (const { options, result } of cases) {
      for (const o of [options, { ...options, maxTogetherEntries: 0 }]) {
        const r = committeeAmp(o);
        expect(Object.keys(r)).toEqual(Object.keys(result));
        for (const k of keys) expect(same(r[k], result[k] as number[]), `${k} at ${JSON.stringify(o)}`).toBe(true);
        expect(r.start).toBe(result.start);
      }
    }
  });

  it('each snapshot holds SE from the start and the statistics of the iterations every seed has reached: prefixes of the result', () => {
    const o = { alpha: 2.5, d: 120, seed: 5, seeds: 3, iters: 12 };
    const snaps: CommitteeAmpRuns[] = [];
    const r = drain(committeeAmpStream(o), (x) => snaps.push(x));
    expect(r.done).toBe(12);
    expect(snaps.length).toBeGreaterThan(3);
    // the first one as soon as every seed has its start: SE, and AMP at t = 0 only
    expect(snaps[0].done).toBe(0);
    expect(snaps[0].qd.length).toBe(1);
    for (let k = 1; k < snaps.length; k++) expect(snaps[k].done).toBeGreaterThanOrEqual(snaps[k - 1].done);
    expect(snaps.at(-1)!.done).toBeLessThan(12);
    for (const x of snaps) {
      for (const k of ['qd', 'qa', 'qd_lo', 'qd_hi', 'eg'] as const) expect(x[k]).toEqual(r[k].subarray(0, x.done + 1));
      for (const k of ['iter', 'qd_se', 'qa_se', 'eg_se'] as const) expect(x[k]).toEqual(r[k]);
      for (const k of keys) expect(x[k].every(Number.isFinite)).toBe(true);
    }
  });

  it('one seed after another (instances too large together), a snapshot only once every seed has its start', () => {
    // n = 200 rows, 82 passes per seed, 2619 rows per pause: six pauses per seed
    const o = { alpha: 2, d: 100, seed: 2, seeds: 3, iters: 40, maxTogetherEntries: 2 * 200 * 100 };
    const offered: boolean[] = [];
    const snaps: CommitteeAmpRuns[] = [];
    const job = committeeAmpStream(o);
    for (let s = job.next(); !s.done; s = job.next()) {
      offered.push(!!s.value);
      if (s.value) snaps.push(s.value());
    }
    // the first two seeds run to their end before the third is drawn: no snapshot until then, then the third grows
    expect(offered.indexOf(true)).toBeGreaterThanOrEqual(12);
    expect(snaps.length).toBeGreaterThan(2);
    expect(snaps.at(-1)!.done).toBeGreaterThan(snaps[0].done);
    expect(snaps.at(-1)!.done).toBeLessThan(40);
  });

  it('pauses every CHUNK_ENTRIES entries of X over all seeds (a few ms), and offers the first snapshot once the instances are drawn', () => {
    // the chapter's defaults: d = 500, α = 2 (n = 1000 rows), 3 seeds; a pause after 174 rows of each seed (2.6·10⁵
    // entries in all: measured ~1 ms of AMP, ~4 ms of drawing X), so the instances (2n rows: X, then its labels) take 12 pauses
    const o = { alpha: 2, d: 500, seed: 1, seeds: 3, iters: 3 };
    const rows = Math.floor(CHUNK_ENTRIES / (500 * 3));
    const job = committeeAmpStream(o);
    let pauses = 0;
    let first = -1;
    for (let s = job.next(); !s.done; s = job.next()) {
      pauses++;
      if (s.value && first < 0) first = pauses;
    }
    expect(first).toBe(Math.ceil(2000 / rows));
    // every pass but the last (8 passes of 1000 rows), then the end
    expect(pauses).toBe(Math.ceil(8000 / rows) - 1);
  });

  it('a run stopped between two pauses (a cancel) stops', () => {
    const job = committeeAmpStream({ alpha: 2, d: 200, seed: 1, seeds: 2, iters: 5 });
    for (let k = 0; k < 5; k++) job.next();
    expect(job.return(undefined as never).done).toBe(true);
    expect(job.next().done).toBe(true);
  });
});
