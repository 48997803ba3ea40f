import { transfer } from 'comlink';

type Typed = Float64Array | Float32Array | Int32Array | Uint8Array;

/**
 * Mark every typed-array buffer inside a result for transfer (zero-copy across the worker
 * boundary). Buffers are collected once each: a buffer listed twice makes postMessage throw.
 */
export function transferable<T>(result: T): T {
  const buffers = new Set<ArrayBuffer>();
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || v === null || typeof v !== 'object') return;
    if (ArrayBuffer.isView(v)) {
      const buf = (v as Typed).buffer;
      if (buf instanceof ArrayBuffer) buffers.add(buf);
      return;
    }
    for (const x of Array.isArray(v) ? v : Object.values(v)) visit(x, depth + 1);
  };
  visit(result, 0);
  return transfer(result, [...buffers]);
}
