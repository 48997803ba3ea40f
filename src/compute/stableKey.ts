/** A request's identity by value (typed arrays by their numbers). */
export function stableKey(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (ArrayBuffer.isView(x) ? Array.from(x as Float64Array) : x));
}
