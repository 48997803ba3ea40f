/**
 * The WebAssembly kernels (kernels.as, compiled into kernelsWasm.ts by `npx tsx scripts/wasm.ts`), instantiated
 * synchronously on first use — in a Web Worker, in Node (CLI, vitest) alike. Every kernel gives the same bits as
 * the TypeScript loop it stands for (kernels.as says how), so when WebAssembly or its SIMD is missing, or a CSP
 * forbids compiling it, the callers simply run the TypeScript reference: same numbers, slower.
 */
import { KERNELS_WASM_BASE64 } from './kernelsWasm.ts';

export interface WasmKernels {
  readonly memory: WebAssembly.Memory;
  alloc(bytes: number): number;
  free(ptr: number): void;
  matVecF32(A: number, n: number, d: number, v: number, out: number): void;
  matTVecAddF32(A: number, n: number, d: number, u: number, out: number): void;
  fillNormalF64(state: number, out: number, n: number, scale: number): void;
  fillNormalF32(state: number, out: number, n: number, scale: number): void;
  tensorGradient3(N: number, K: number, x: number, g: number): void;
  prGradientF32(A: number, M: number, N: number, x: number, y: number, c: number, g: number, zw: number): number;
  rowProductsF64(A: number, lda: number, i0: number, i1: number, Bp: number, nb: number, c: number, out: number, ldo: number, upper: number, acc: number): void;
  dmftSums(C: number, R: number, A: number, B: number, w: number, r: number, jmin: number, jmax: number, S1: number, S2: number, S3: number): void;
  overparamStep(
    a: number, aT: number, y: number, Wt: number, S: number, yh: number, rA: number, G: number, Wdot: number,
    d: number, m: number, M: number, scale: number, h: number, update: number,
  ): number;
}

let loaded: WasmKernels | null | undefined;
let disabled = false;

/** Instantiate a module given in base64, or null where it cannot run (exported for the fallback tests). */
export function loadKernels(base64: string): WasmKernels | null {
  try {
    if (typeof WebAssembly !== 'object') return null;
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    // validate() is false where SIMD is not supported
    if (!WebAssembly.validate(bytes)) return null;
    const env = {
      log: Math.log,
      abort: () => {
        throw new Error('WebAssembly kernel aborted');
      },
    };
    return new WebAssembly.Instance(new WebAssembly.Module(bytes), { env }).exports as unknown as WasmKernels;
  } catch {
    // e.g. a CSP without 'wasm-unsafe-eval', or synchronous compilation refused on a browser's main thread
    return null;
  }
}

/** The kernels, or null: then run the TypeScript reference. */
export function wasmKernels(): WasmKernels | null {
  if (disabled) return null;
  if (loaded === undefined) loaded = loadKernels(KERNELS_WASM_BASE64);
  return loaded;
}

/** Force the TypeScript reference (true) or allow WebAssembly again (false): for tests and benchmarks. */
export function disableWasm(off: boolean): void {
  disabled = off;
}

/**
 * Run a long kernel as calls over [i, i + m) slices of [0, n): V8 compiles a WebAssembly function with its baseline
 * compiler first and swaps in the optimised code between calls, never inside one, so a single call over
 * 10⁷ entries would run unoptimised throughout.
 */
export function inChunks(n: number, run: (i: number, m: number) => void, chunk = 1 << 16): void {
  for (let i = 0; i < n; i += chunk) run(i, Math.min(chunk, n - i));
}

/** Fresh views of the module's memory (a view is detached whenever the memory grows: take one per call). */
export function f64View(k: WasmKernels, ptr: number, length: number): Float64Array {
  return new Float64Array(k.memory.buffer, ptr, length);
}

export function f32View(k: WasmKernels, ptr: number, length: number): Float32Array {
  return new Float32Array(k.memory.buffer, ptr, length);
}

/**
 * A growable scratch block of the module's memory for copying vectors in and out of a kernel call. One per
 * purpose; every use is synchronous, so nothing else can write it between the copy in and the copy out.
 */
export class Scratch {
  private ptr = 0;
  private bytes = 0;

  constructor(private readonly k: WasmKernels) {}

  /** A block of at least `bytes` bytes (16-byte aligned); the previous contents are not kept. */
  get(bytes: number): number {
    if (bytes > this.bytes) {
      if (this.ptr) this.k.free(this.ptr);
      this.bytes = Math.max(bytes, 2 * this.bytes);
      this.ptr = this.k.alloc(this.bytes);
    }
    return this.ptr;
  }

  free(): void {
    if (this.ptr) this.k.free(this.ptr);
    this.ptr = 0;
    this.bytes = 0;
  }
}

/**
 * A copy of `a` in the module's memory, made on first use and kept while `a` lives (freed when it is collected):
 * for a large array that many kernel calls read (the p = 3 tensor of a spiked instance, the sensing matrix of a
 * phase-retrieval instance), copied once, not per call. The array must not change afterwards.
 */
export function resident(k: WasmKernels, a: Float32Array | Float64Array): number {
  let byArray = residents.get(k);
  if (!byArray) residents.set(k, (byArray = new WeakMap()));
  let ptr = byArray.get(a);
  if (ptr === undefined) {
    ptr = k.alloc(a.byteLength);
    new Uint8Array(k.memory.buffer, ptr, a.byteLength).set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    byArray.set(a, ptr);
    release.register(a, { k, ptr });
  }
  return ptr;
}
const residents = new WeakMap<WasmKernels, WeakMap<Float32Array | Float64Array, number>>();
const release = new FinalizationRegistry<{ k: WasmKernels; ptr: number }>(({ k, ptr }) => k.free(ptr));
