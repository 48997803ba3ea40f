import { createHash } from 'node:crypto';
import type { Resumable } from './resumable.ts';

/**
 * Tests only: a sha-256 (16 hex digits) of a result, bit for bit — numbers and typed arrays by their bytes (NaN, −0
 * and the last ulp count), objects and arrays field by field in order — to pin a computation before it is rewritten.
 */
export function digest(o: unknown): string {
  const h = createHash('sha256');
  const f64 = new Float64Array(1);
  const walk = (v: unknown): void => {
    if (typeof v === 'number') {
      f64[0] = v;
      h.update(new Uint8Array(f64.buffer));
    } else if (ArrayBuffer.isView(v)) h.update(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
    else if (Array.isArray(v)) {
      h.update(`[${v.length}`);
      v.forEach(walk);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        h.update(`${k}:`);
        walk(x);
      }
    } else h.update(JSON.stringify(v) ?? 'undefined');
  };
  walk(o);
  return h.digest('hex').slice(0, 16);
}

/**
 * Tests only: the older, shallower pin (the first streams' fixtures were written with it): sha-256 (16 hex digits) of
 * an object's fields in order, typed arrays by their bytes, anything else by its JSON.
 */
export function fieldDigest(o: object): string {
  const h = createHash('sha256');
  for (const [k, v] of Object.entries(o)) {
    h.update(k);
    if (ArrayBuffer.isView(v)) h.update(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
    else h.update(JSON.stringify(v));
  }
  return h.digest('hex').slice(0, 16);
}

/**
 * Tests only: a resumable computation run to its end, digested — its result, its progress reports (`progress`, the
 * array its onProgress fills), the distinct snapshots it offered in order — and the number of its pauses.
 */
export function digestRun<R, P>(job: Resumable<R, P>, progress: number[]): { result: string; partials: string[]; progress: string; pauses: number } {
  const partials: string[] = [];
  let pauses = 0;
  for (;;) {
    const s = job.next();
    if (s.done) return { result: digest(s.value), partials, progress: digest(progress), pauses };
    pauses++;
    const d = s.value && digest(s.value());
    if (d && partials[partials.length - 1] !== d) partials.push(d);
  }
}
