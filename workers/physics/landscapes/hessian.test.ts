import { describe, expect, it } from 'vitest';
import { drain } from '../resumable.ts';
import { Rng } from '../numerics/rng.ts';
import { hessianWithEscapeStream } from './escape.ts';
import { landscapeHessian, landscapeHessianStream, type LandscapeHessianParams } from './hessian.ts';
import { spikedInstance, spikedInstanceStream } from './instance.ts';

/** FNV-1a of the bytes of a typed array: its bits in 8 hex digits */
function bitsOf(a: Float64Array | Float32Array): string {
  let h = 0x811c9dc5;
  for (const b of new Uint8Array(a.buffer, a.byteOffset, a.byteLength)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * Requests with what landscapeHessian gave before it was resumable (main 0e16d39): the bits of the eigenvalues and
 * of m(t), and λ_min, its overlap, m and μ: N = 3 (two tangent eigenvalues), t_H = 0, Langevin, N = 200.
 */
const CASES: [LandscapeHessianParams, string, string, number, number, number, number][] = [
  [{ N: 3, invd2: 3, dp: 4, T: 0, seed: 1, tmax: 0, h: 0.1 }, '82b45b10', '3db61c99', -1.7877868738157543, 0.14706333492043192, 0.6341827776961386, -0.028565414818281232],
  [{ N: 40, invd2: 3, dp: 4, T: 0, seed: 1, tmax: 20, h: 0.1 }, '0d4673fa', 'f7f98f27', 0.9118499016543561, 0.00021257376697663257, 0.8408004604776138, 4.070282735263948],
  [{ N: 60, invd2: 1.8, dp: 1, T: 0.5, seed: 3, tmax: 2, h: 0.05 }, 'c4e7c58e', '31a49c23', -1.1152392369303241, 0.28611195566368797, -0.04719017673448353, 2.3259037718728077],
  [{ N: 100, invd2: 3, dp: 4, T: 0, seed: 2, tmax: 0.5, h: 0.1 }, 'a543a257', '0cda1593', -2.0809238480950203, 0.7433509258941234, 0.04230239973605537, 2.37145445075023],
  [{ N: 200, invd2: 4, dp: 1, T: 0, seed: 5, tmax: 0.3, h: 0.1 }, '07e8d22c', '25440f31', -2.8736271011656873, 0.6665193397376507, -0.15068413712809123, 2.514127891935718],
];

describe('landscapeHessianStream', () => {
  it('drained, gives the bits of landscapeHessian before it was resumable', () => {
    for (const [p, eigenvalues, mT, lambdaMin, overlapMin, m, mu] of CASES) {
      const r = drain(landscapeHessianStream(p));
      expect([bitsOf(r.eigenvalues), bitsOf(r.m_t)]).toEqual([eigenvalues, mT]);
      for (const [got, want] of [[r.lambda_min, lambdaMin], [r.overlap_min, overlapMin], [r.m, m], [r.mu, mu]]) expect(Object.is(got, want)).toBe(true);
    }
  });

  it('pauses every few ms of work (draw, run, eigen-decomposition) with progress rising to 1, and offers no snapshot', () => {
    const fractions: number[] = [];
    const stream = hessianWithEscapeStream({ N: 200, invd2: 4, dp: 1, T: 0, seed: 5, tmax: 1, h: 0.1 }, (f) => fractions.push(f));
    let pauses = 0;
    let s = stream.next();
    for (; !s.done; s = stream.next()) {
      pauses++;
      expect(s.value).toBeUndefined();
    }
    // the draw: 1.3·10⁶ entries in pauses of 10⁵; the eigen-decomposition ~(7/3)·200³ multiply-adds in pauses of 2·10⁵
    expect(pauses).toBeGreaterThan(60);
    expect(s.value.escaped).toBe(Math.abs(s.value.m) > 0.3);
    expect(fractions.at(-1)).toBe(1);
    for (let k = 1; k < fractions.length; k++) expect(fractions[k]).toBeGreaterThanOrEqual(fractions[k - 1]);
  });

  it('return() stops it (a cancel)', () => {
    const stream = landscapeHessianStream({ N: 100, invd2: 3, dp: 4, T: 0, seed: 2, tmax: 0.5, h: 0.1 });
    stream.next();
    expect(stream.return(undefined as never).done).toBe(true);
    expect(stream.next().done).toBe(true);
  });

  it('landscapeHessian drains it', () => {
    const p = CASES[1][0];
    expect(landscapeHessian(p)).toEqual(drain(landscapeHessianStream(p)));
  });
});

describe('spikedInstanceStream', () => {
  it('drained, draws the bits of the instance before it was resumable, pausing between tensor rows', () => {
    const want: [number, string, string, string][] = [
      [3, 'f15702a6', '0f2f827d', '8bc96251'],
      [50, '76ba2c98', 'db01d70d', '4e9a2370'],
      [120, '6466ecec', 'a5010855', '7e38edb6'],
    ];
    for (const [N, xStar, J, K] of want) {
      const inst = drain(spikedInstanceStream(N, 2.5, 1.5, new Rng(N)));
      expect([bitsOf(inst.xStar), bitsOf(inst.J), bitsOf(inst.K)]).toEqual([xStar, J, K]);
      const plain = spikedInstance(N, 2.5, 1.5, new Rng(N));
      expect([bitsOf(plain.xStar), bitsOf(plain.J), bitsOf(plain.K)]).toEqual([xStar, J, K]);
    }
    let pauses = 0;
    const stream = spikedInstanceStream(120, 2.5, 1.5, new Rng(1));
    for (let s = stream.next(); !s.done; s = stream.next()) pauses++;
    // 120·119·118/6 = 2.8·10⁵ entries, a pause every 10⁵
    expect(pauses).toBe(2);
  });
});
