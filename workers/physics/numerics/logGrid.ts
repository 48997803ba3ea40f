/**
 * The one log-spaced grid of the physics code: n points from a to b (both > 0, either order), both ends exact,
 * g_j = a·exp(ln(b/a)·j/(n − 1)). n = 1 gives [b]. Callers that must reproduce a stored grid bit for bit use
 * this formula (a·(b/a)^{j/(n−1)} or exp(ln a + t(ln b − ln a)) round differently).
 */
export function logGrid(a: number, b: number, n: number): Float64Array {
  const g = new Float64Array(n);
  const r = Math.log(b / a);
  for (let j = 0; j < n; j++) g[j] = n === 1 ? b : a * Math.exp((r * j) / (n - 1));
  g[n - 1] = b;
  return g;
}
