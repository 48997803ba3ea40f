import { stableKey } from './stableKey.ts';

/**
 * The results of finished jobs, keyed by job name + request by value, shared by every figure and lane of
 * a page (one per pool). Bounded in bytes, least recently used first out: moving a slider back to a value
 * already seen redraws from here without a worker round trip, and two figures that ask for the same
 * (job, request) get one solve (the pool also joins a request to the same job already queued or running).
 *
 * A cached result is handed to every reader as is: results are read-only (charts never write into them).
 */
export class ResultCache {
  private readonly entries = new Map<string, { value: unknown; bytes: number }>();
  private total = 0;

  constructor(readonly maxBytes = 64 * 2 ** 20) {}

  get(key: string): unknown {
    const e = this.entries.get(key);
    if (!e) return undefined;
    // Map keeps insertion order: re-inserting marks the entry most recently used
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.value;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  set(key: string, value: unknown): void {
    const bytes = sizeOf(value, 0);
    const old = this.entries.get(key);
    if (old) {
      this.total -= old.bytes;
      this.entries.delete(key);
    }
    // a result larger than the whole cache is not kept (it would evict everything for one reader)
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    for (const [k, e] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.entries.delete(k);
      this.total -= e.bytes;
    }
  }

  /** bytes held (estimated: typed arrays by length, 8 bytes per other number or short string) */
  bytes(): number {
    return this.total;
  }

  size(): number {
    return this.entries.size;
  }
}

/** The key of a (job, request): JSON with typed arrays as lists and the non-finite numbers kept distinct. */
export function jobKey(method: string, req: unknown): string {
  return `${method} ${stableKey(req)}`;
}

/** A result's size in bytes, estimated (results are small trees of typed arrays and numbers). */
function sizeOf(v: unknown, depth: number): number {
  if (v === null || typeof v !== 'object') return typeof v === 'string' ? 2 * v.length + 8 : 8;
  if (ArrayBuffer.isView(v)) return v.byteLength;
  if (depth > 6) return 64;
  let n = 16;
  for (const x of Array.isArray(v) ? v : Object.values(v)) n += 8 + sizeOf(x, depth + 1);
  return n;
}
