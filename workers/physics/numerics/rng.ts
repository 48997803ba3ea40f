/**
 * Seeded pseudo-random numbers: xoshiro128** (Blackman & Vigna 2018) seeded through splitmix32,
 * 53-bit uniforms, and standard normals by the polar Box-Muller method. Same seed, same stream,
 * in Node and in every browser: the product's "same URL, same picture" rests on this.
 * `fillNormal` of a long array runs the same generator in WebAssembly (wasm/kernels.as: the same
 * operations, the host's Math.log): the same numbers, several times faster.
 */
import { f32View, f64View, inChunks, Scratch, wasmKernels, type WasmKernels } from './wasm/kernels.ts';

/** Shortest fill worth the round trip into WebAssembly (state copy in and out). */
const WASM_MIN_FILL = 16;
/** Entries per kernel call (wasm/kernels.ts inChunks) and per copy out of the module's memory. */
const FILL_CHUNK = 1 << 16;

export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number) {
    let x = (Math.floor(seed) ^ 0x9e3779b9) >>> 0;
    const next = (): number => {
      // splitmix32
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** An independent copy at the same point of the stream (to replay a stretch of it). */
  clone(): Rng {
    const c = new Rng(0);
    c.s0 = this.s0;
    c.s1 = this.s1;
    c.s2 = this.s2;
    c.s3 = this.s3;
    c.spare = this.spare;
    c.hasSpare = this.hasSpare;
    return c;
  }

  /** Next 32 random bits as an unsigned integer. */
  nextUint32(): number {
    const r = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return r;
  }

  /** Uniform on [0, 1) with 53 random bits. */
  uniform(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** Standard normal N(0, 1). */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.uniform() - 1;
      v = 2 * this.uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * f;
    this.hasSpare = true;
    return u * f;
  }

  /** Fill `out` with i.i.d. N(0, scale²) entries. */
  fillNormal<T extends Float64Array | Float32Array>(out: T, scale = 1): T {
    const k = out.length >= WASM_MIN_FILL ? wasmKernels() : null;
    if (k) {
      // a chunk at a time through a small scratch block (the module's memory never shrinks)
      const f32 = out instanceof Float32Array;
      const ptr = wasmRng(k).scratch.get((f32 ? 4 : 8) * Math.min(out.length, FILL_CHUNK));
      this.inWasm(k, (state) =>
        inChunks(
          out.length,
          (i, m) => {
            if (f32) {
              k.fillNormalF32(state, ptr, m, scale);
              out.set(f32View(k, ptr, m), i);
            } else {
              k.fillNormalF64(state, ptr, m, scale);
              out.set(f64View(k, ptr, m), i);
            }
          },
          FILL_CHUNK,
        ),
      );
      return out;
    }
    for (let i = 0; i < out.length; i++) out[i] = scale * this.normal();
    return out;
  }

  /** fillNormal into n Float32 entries at `ptr` of the kernels' memory (a matrix that lives there). */
  fillNormalF32At(k: WasmKernels, ptr: number, n: number, scale = 1): void {
    this.inWasm(k, (state) => inChunks(n, (i, m) => k.fillNormalF32(state, ptr + 4 * i, m, scale)));
  }

  /** Run a kernel on this generator's state: copied into the module's state block and back. */
  private inWasm(k: WasmKernels, run: (state: number) => void): void {
    const { state } = wasmRng(k);
    const w = new Int32Array(k.memory.buffer, state, 5);
    w[0] = this.s0;
    w[1] = this.s1;
    w[2] = this.s2;
    w[3] = this.s3;
    w[4] = this.hasSpare ? 1 : 0;
    new Float64Array(k.memory.buffer, state + 8 * 3, 1)[0] = this.spare;
    run(state);
    const r = new Int32Array(k.memory.buffer, state, 5);
    this.s0 = r[0];
    this.s1 = r[1];
    this.s2 = r[2];
    this.s3 = r[3];
    this.hasSpare = r[4] !== 0;
    this.spare = new Float64Array(k.memory.buffer, state + 8 * 3, 1)[0];
  }

  /** ±1 with probability ½ each. */
  sign(): number {
    return this.nextUint32() & 1 ? 1 : -1;
  }
}

/** The generator state block (kernels.as: s0..s3, hasSpare, spare) and a scratch block, once per module. */
let wasmRngBlocks: { k: WasmKernels; state: number; scratch: Scratch } | null = null;
function wasmRng(k: WasmKernels): { state: number; scratch: Scratch } {
  if (wasmRngBlocks?.k !== k) wasmRngBlocks = { k, state: k.alloc(32), scratch: new Scratch(k) };
  return wasmRngBlocks;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A child seed for stream `i` of a run seeded by `seed` (independent streams per seed index). */
export function childSeed(seed: number, i: number): number {
  return (Math.imul(seed >>> 0, 0x9e3779b1) + Math.imul(i + 1, 0x85ebca77)) >>> 0;
}
