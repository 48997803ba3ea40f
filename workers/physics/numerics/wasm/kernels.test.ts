// The WebAssembly kernels against the TypeScript loops they stand for. Each kernel repeats its loop's operations
// in the same order (kernels.as), so the reference here is the TypeScript result itself and the tolerance is
// zero: the same bits (a stricter test than the 1e-12 relative the issue allows, and what keeps the CLI golden
// outputs independent of whether WebAssembly ran).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { disableWasm, inChunks, loadKernels, wasmKernels } from './kernels.ts';
import { KERNELS_WASM_BASE64 } from './kernelsWasm.ts';
import { childSeed, Rng } from '../rng.ts';
import { storedGaussian, storedGaussianDrawn, streamedGaussian, type GaussianDesign } from '../f32Matrix.ts';
import { matTVec, matVec } from '../linalg.ts';
import { lossGradient, randomOnSphere, spikedInstance } from '../../landscapes/instance.ts';
import { prInstance, prLossGradient } from '../../landscapes/phaseRetrieval.ts';
import { OverparamFlow, overparamInstance } from '../../landscapes/overparam.ts';

afterEach(() => disableWasm(false));

/** Run `fn` with the TypeScript reference and with WebAssembly. */
function both<T>(fn: () => T): { ts: T; wasm: T } {
  disableWasm(true);
  const ts = fn();
  disableWasm(false);
  return { ts, wasm: fn() };
}

describe('WebAssembly kernels', () => {
  it('load in Node, with SIMD', () => {
    const k = wasmKernels();
    expect(k).not.toBeNull();
    expect(k!.memory).toBeInstanceOf(WebAssembly.Memory);
  });

  it('a module that cannot run gives null, never a throw: no WebAssembly, bytes it rejects, a compile that throws', () => {
    expect(loadKernels(KERNELS_WASM_BASE64)).not.toBeNull();
    expect(loadKernels(btoa('\0asm not a module'))).toBeNull();
    const { Module, CompileError } = WebAssembly;
    // what a page whose CSP lacks 'wasm-unsafe-eval' does: compiling throws
    const refuse = () => {
      throw new CompileError("Refused to compile or instantiate WebAssembly module because 'wasm-unsafe-eval' is not allowed");
    };
    vi.stubGlobal('WebAssembly', { validate: () => true, Module: refuse, Instance: refuse, CompileError });
    expect(loadKernels(KERNELS_WASM_BASE64)).toBeNull();
    vi.stubGlobal('WebAssembly', undefined);
    expect(loadKernels(KERNELS_WASM_BASE64)).toBeNull();
    vi.unstubAllGlobals();
    expect(WebAssembly.Module).toBe(Module);
  });

  it('fall back to TypeScript when disabled (what runs where WebAssembly, SIMD or a CSP is missing)', () => {
    disableWasm(true);
    expect(wasmKernels()).toBeNull();
    const X = storedGaussian(3, 4, new Rng(1));
    const out = X.times(Float64Array.of(1, 0, 0, 0), new Float64Array(3));
    const ref = new Rng(1).fillNormal(new Float32Array(12));
    expect(Array.from(out)).toEqual([ref[0], ref[4], ref[8]]);
    disableWasm(false);
    expect(wasmKernels()).not.toBeNull();
  });

  it('Rng.fillNormal: the same stream, Float64 and Float32, scaled, across the spare variate and chunk edges', () => {
    const draw = () => {
      const r = new Rng(childSeed(42, 3));
      r.normal(); // leaves a spare for the fill to start with
      const a = r.fillNormal(new Float64Array(17), 0.3);
      const b = r.fillNormal(new Float32Array(16));
      const c = r.fillNormal(new Float64Array((1 << 16) + 5));
      return [...a, ...b, c[0], c[1 << 16], c[(1 << 16) + 4], r.normal(), r.uniform(), r.normal()];
    };
    const { ts, wasm } = both(draw);
    expect(wasm).toEqual(ts);
  });

  it('stored matrix products equal linalg.ts matVec / matTVec bit for bit (odd shapes, zero coefficients, chunked rows)', () => {
    for (const [n, d] of [[1, 1], [7, 5], [9, 13], [4, 3], [70, 5000]]) {
      const rng = new Rng(n * 100 + d);
      const v = rng.fillNormal(new Float64Array(d));
      const u = rng.fillNormal(new Float64Array(n));
      for (let mu = 0; mu < n; mu += 3) u[mu] = 0;
      const ref = new Rng(7).fillNormal(new Float32Array(n * d), 0.5);
      const X = storedGaussian(n, d, new Rng(7), 0.5);
      const out = X.times(v, new Float64Array(n));
      const outT = X.transposeTimes(u, new Float64Array(d));
      X.dispose();
      expect(Array.from(out)).toEqual(Array.from(matVec(ref, n, d, v, new Float64Array(n))));
      expect(Array.from(outT)).toEqual(Array.from(matTVec(ref, n, d, u, new Float64Array(d))));
    }
  });

  it('the stored matrix is drawn a block of rows at a time (2^18 entries), pausing after each; stopped early it ends', () => {
    for (const off of [false, true]) {
      disableWasm(off);
      // d = 5000: 52 rows a block, so 70 rows are two blocks
      const drawing = storedGaussianDrawn(70, 5000, new Rng(7), 0.5);
      let pauses = 0;
      let s = drawing.next();
      for (; !s.done; s = drawing.next()) pauses++;
      expect(pauses).toBe(2);
      s.value.dispose();
      const stopped = storedGaussianDrawn(70, 5000, new Rng(7), 0.5);
      stopped.next();
      expect(stopped.return(undefined as never).done).toBe(true);
    }
  });

  it('the streamed matrix (blocks of rows redrawn per product) equals the stored one, and leaves the stream where it does', () => {
    for (const [n, d] of [[9, 13], [70, 5000]]) {
      const v = new Rng(1).fillNormal(new Float64Array(d));
      const u = new Rng(2).fillNormal(new Float64Array(n));
      const run = (make: (r: Rng) => GaussianDesign) => {
        const r = new Rng(3);
        const X = make(r);
        const out = [...X.times(v, new Float64Array(n)), ...X.transposeTimes(u, new Float64Array(d)), ...X.times(v, new Float64Array(n))];
        X.dispose();
        return [...out, r.normal()];
      };
      const stored = both(() => run((r) => storedGaussian(n, d, r, 0.2)));
      const streamed = both(() => run((r) => streamedGaussian(n, d, r, 0.2)));
      expect(streamed.wasm).toEqual(stored.ts);
      expect(streamed.ts).toEqual(stored.ts);
      expect(stored.wasm).toEqual(stored.ts);
    }
  });

  it('the p = 3 tensor gradient of the spiked matrix-tensor loss: same L and ∇L bit for bit, N = 3 … 12 and 41', () => {
    for (const N of [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 41]) {
      const rng = new Rng(N);
      const inst = spikedInstance(N, 2.5, 1.5, rng);
      const x = randomOnSphere(N, rng);
      const run = () => {
        const g = new Float64Array(N);
        return [lossGradient(inst, x, g), ...g];
      };
      const { ts, wasm } = both(run);
      expect(wasm).toEqual(ts);
    }
  });

  it('the phase-retrieval loss gradient: same L and ∇L bit for bit (M a multiple of 8 or not, odd N)', () => {
    for (const [N, alpha] of [[5, 1.4], [16, 2], [33, 3.1], [200, 2]]) {
      const rng = new Rng(N);
      const inst = prInstance(N, alpha, rng);
      const x = randomOnSphere(N, rng);
      const run = () => {
        const g = new Float64Array(N);
        return [prLossGradient(inst, x, alpha, g), ...g];
      };
      const { ts, wasm } = both(run);
      expect(wasm).toEqual(ts);
    }
  });

  it('the over-parameterised student\'s step: same losses and student bit for bit (odd and even d, m ≠ d, M odd, α < 1)', () => {
    for (const [d, m, alpha] of [[30, 30, 3], [21, 32, 1.1], [9, 3, 2.5], [8, 20, 0.5], [1, 1, 2]]) {
      const { a, y, W } = overparamInstance(d, m, alpha, new Rng(d * 100 + m));
      const Wt = new Float64Array(m * d);
      for (let i = 0; i < d; i++) for (let k = 0; k < m; k++) Wt[k * d + i] = W[i * m + k];
      const run = () => {
        const flow = new OverparamFlow(a, y, d, m, alpha, Wt, 0.1);
        const losses = Array.from({ length: 6 }, (_, t) => flow.step(t < 5));
        const out = [...losses, ...flow.student()];
        flow.dispose();
        return out;
      };
      const { ts, wasm } = both(run);
      expect(wasm).toEqual(ts);
    }
  });

  it('inChunks covers [0, n) once, in order', () => {
    const seen: number[] = [];
    inChunks(10, (i, m) => seen.push(i, m), 4);
    expect(seen).toEqual([0, 4, 4, 4, 8, 2]);
  });
});
