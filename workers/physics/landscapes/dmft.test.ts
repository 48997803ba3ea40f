import { describe, expect, it } from 'vitest';
import { DMFT_MAX_STEPS, dmftStep, landscapeDmft } from './dmft.ts';
import { f } from './model.ts';
import { dmftWithEscape, dmftWithEscapeStream } from './escape.ts';
import { drain } from '../resumable.ts';
import { disableWasm } from '../numerics/wasm/kernels.ts';

describe('DMFT of spherical gradient flow, spiked matrix-tensor p = 3', () => {
  it('the step: h as asked up to DMFT_MAX_STEPS, coarsened to tmax/DMFT_MAX_STEPS beyond (issue #18 item 9)', () => {
    expect(dmftStep({ h: 0.1, tmax: 100 })).toEqual({ h: 0.1, n: 1000 });
    expect(dmftStep({ h: 0.01, tmax: 300 })).toEqual({ h: 300 / DMFT_MAX_STEPS, n: DMFT_MAX_STEPS });
    // every tmax/h of the schema (tmax ≤ 300, h ≥ 0.01) runs, on a step no coarser than the schema's h max 0.2
    expect(dmftStep({ h: 0.01, tmax: 300 }).h).toBeLessThanOrEqual(0.15);
  });

  it('a started run (m0 = 0.07, 1/Δ2 = 2.5, Δp = 1) ends in the stationary state, at h = 0.1 and 0.2', () => {
    // reference: scipy fsolve of the three stationary equations above at θ = 2.5, Δp = 1
    for (const h of [0.1, 0.2]) {
      const r = landscapeDmft({ invd2: 2.5, dp: 1, T: 0, m0: 0.07, h, tmax: 30 });
      const n = r.t.length - 1;
      // 2 corrector passes short of the implicit trapezoid rule, for which this state is exact (dmft.ts):
      // measured 5.4e-5 / 4.0e-4 in m and 3.2e-4 / 2.6e-3 in μ at h = 0.1 / 0.2, i.e. ∝ h³; bounds 1.5-2× that
      expect(Math.abs(r.m[n] - 0.82691158757)).toBeLessThan(0.08 * h ** 3);
      expect(Math.abs(r.mu[n] - 4.679517414792)).toBeLessThan(0.5 * h ** 3);
      // e(0) = −f(m0): no memory yet
      expect(r.e[0]).toBeCloseTo(-f(0.07, { invd2: 2.5, dp: 1 }), 14);
    }
  });

  it('far below the GF line (1/Δ2 = 0.6, Δp = 1) the overlap decays', () => {
    const r = landscapeDmft({ invd2: 0.6, dp: 1, T: 0, m0: 0.07, h: 0.1, tmax: 30 });
    const n = r.t.length - 1;
    // early on μ ≈ 0 so m grows at rate θ; once μ exceeds θ (it heads for 2σ = 2√2.6) m decays
    expect(r.m[n]).toBeLessThan(0.6 * 0.07);
    for (let i = 51; i <= n; i++) expect(r.m[i]).toBeLessThan(r.m[i - 1]);
  });

  it('the page job pauses after every time step, stops cleanly when cancelled, and drains to landscapeDmft', () => {
    const p = { invd2: 3, dp: 4, T: 0, m0: 0.1, h: 0.1, tmax: 2 };
    const job = dmftWithEscapeStream(p);
    let pauses = 0;
    let s = job.next();
    for (; !s.done; s = job.next()) pauses++;
    // n = tmax/h = 20 steps, a pause after each
    expect(pauses).toBe(20);
    expect(Array.from(s.value.mu)).toEqual(Array.from(landscapeDmft(p).mu));
    const cancelled = dmftWithEscapeStream(p);
    for (let k = 0; k < 5; k++) cancelled.next();
    expect(cancelled.return(undefined as never).done).toBe(true);
    expect(cancelled.next().done).toBe(true);
  });

  it('each pause offers the curves up to the step solved: prefixes of the final ones, with the escape once it has happened', () => {
    // from m0 = 0.1 at 1/Δ2 = 3, Δp = 4 the flow escapes (|m| > 0.3) within t = 20
    const p = { invd2: 3, dp: 4, T: 0, m0: 0.1, h: 0.1, tmax: 20 };
    const final = dmftWithEscape(p);
    const snaps: ReturnType<typeof dmftWithEscape>[] = [];
    drain(dmftWithEscapeStream(p), (s) => snaps.push(s));
    expect(snaps.length).toBe(200);
    expect(snaps.map((s) => s.t.length)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    for (const s of [snaps[0], snaps[57], snaps[199]]) {
      const n = s.t.length;
      for (const key of ['t', 'm', 'mu', 'e'] as const) expect(Array.from(s[key])).toEqual(Array.from(final[key].subarray(0, n)));
      expect(s.m0).toBe(0.1);
    }
    expect(final.t_escape).not.toBeNull();
    const k = snaps.findIndex((s) => s.t_escape !== null);
    expect(snaps[k].t_escape).toBe(final.t_escape);
    expect(snaps[k - 1].t_escape).toBeNull();
  });

  it('the WebAssembly memory sums (kernels.as dmftSums) give the bits of the TypeScript loops', () => {
    // n = 37 steps: odd row lengths, so the kernel's single-j tails run too; T > 0 and m0 > 0 exercise every term
    const p = { invd2: 2.5, dp: 1, T: 0.2, m0: 0.07, h: 0.1, tmax: 3.7 };
    const fast = landscapeDmft(p);
    disableWasm(true);
    try {
      const ref = landscapeDmft(p);
      for (const key of ['m', 'mu', 'e'] as const) expect(Array.from(fast[key])).toEqual(Array.from(ref[key]));
    } finally {
      disableWasm(false);
    }
  });
});
