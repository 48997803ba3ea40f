import { describe, expect, it } from 'vitest';
import { drain } from '../resumable.ts';
import { PREVIEW_FROM_P, spikedSpectrum, spikedSpectrumStream } from './spectrum.ts';
import type { SpikedParams } from './types.ts';

/** FNV-1a of the bytes of a Float64Array: the bits of a result in 8 hex digits */
function bitsOf(a: Float64Array): string {
  let h = 0x811c9dc5;
  for (const b of new Uint8Array(a.buffer, a.byteOffset, a.byteLength)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

const sparse: SpikedParams = { prior: 'sparse', act: 'linear', alpha: 1, rho: 0.05 };
const sign: SpikedParams = { prior: 'generative', act: 'sign', alpha: 2, rho: 0.05 };

/**
 * (model, Δ, p, seed) with the bits of the eigenvalues of M and of the LAMP matrix that spikedSpectrum gave before it
 * was resumable (main 0e16d39): i.i.d. and generative priors, with and without a preview, p capped at 300, ReLU (no
 * LAMP), and p = 3.
 */
const CASES: [SpikedParams, number, number, number, string, string | null][] = [
  [sparse, 1.6, 200, 1, '98233e72', '00d10cde'],
  [{ ...sparse, prior: 'rademacher' }, 0.5, 400, 3, 'f1e742a2', '471acfde'],
  [sign, 1.3, 120, 2, 'b8efecf0', '0b47ced7'],
  [{ ...sign, act: 'linear', alpha: 1 }, 1.2, 60, 4, '9387800e', '96357c70'],
  [{ ...sign, act: 'relu', alpha: 1 }, 0.5, 100, 5, 'b7842ff8', null],
  [sparse, 1.6, 3, 6, '7b27d681', '65b8c852'],
];

describe('spikedSpectrumStream', () => {
  it('drained, gives the bits of spikedSpectrum before it was resumable', () => {
    for (const [params, delta, p, seed, values, lamp] of CASES) {
      const r = drain(spikedSpectrumStream(params, delta, p, seed));
      expect([bitsOf(r.values), r.lamp_values && bitsOf(r.lamp_values)]).toEqual([values, lamp]);
      expect(r.p).toBe(Math.min(p, 300));
    }
  });

  it('first offers the spectra of the same model at p/4 (its own instance of that size), after a small part of the work', () => {
    for (const [params, p] of [[sparse, 200], [sign, 120], [sparse, 400]] as const) {
      const ps = Math.min(p, 300);
      const stream = spikedSpectrumStream(params, 1.3, p, 7);
      let pauses = 0;
      let first = -1;
      const snapshots = new Set<unknown>();
      let s = stream.next();
      for (; !s.done; s = stream.next(), pauses++) {
        if (!s.value) continue;
        if (first < 0) first = pauses;
        snapshots.add(s.value());
      }
      // one preview, offered from its end to the end of the full spectra
      expect(snapshots.size).toBe(1);
      const [preview] = snapshots;
      expect(preview).toEqual(spikedSpectrum(params, 1.3, Math.round(ps / 4), 7));
      // (p/4)³ of the work of p³: the first few per cent of the pauses
      expect(first).toBeLessThan(0.1 * pauses);
      expect(s.value.p).toBe(ps);
    }
  });

  it('offers no preview below PREVIEW_FROM_P (the full spectra take a few ms)', () => {
    let offered = 0;
    drain(spikedSpectrumStream(sparse, 1, PREVIEW_FROM_P - 1, 1), () => offered++);
    expect(offered).toBe(0);
  });

  it('reports progress rising to 1', () => {
    const fractions: number[] = [];
    drain(spikedSpectrumStream(sign, 1.3, 120, 1, (f) => fractions.push(f)));
    expect(fractions.at(-1)).toBe(1);
    for (let k = 1; k < fractions.length; k++) expect(fractions[k]).toBeGreaterThanOrEqual(fractions[k - 1]);
  });

  it('return() stops it (a cancel)', () => {
    const stream = spikedSpectrumStream(sign, 1.3, 200, 1);
    let s = stream.next();
    while (!s.done && !s.value) s = stream.next();
    expect(stream.return(undefined as never).done).toBe(true);
    expect(stream.next().done).toBe(true);
  });
});
