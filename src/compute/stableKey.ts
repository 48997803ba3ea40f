/**
 * A request's identity by value: typed arrays by their numbers, and the non-finite numbers kept distinct (JSON
 * writes ∞, −∞ and NaN alike as null; K = ∞ and λ = ∞ are real choices). One key for the job hooks, the
 * settling of requests and the result cache.
 */
export function stableKey(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => {
    if (typeof x === 'number' && !Number.isFinite(x)) return String(x);
    return ArrayBuffer.isView(x) ? Array.from(x as Float64Array) : x;
  });
}
