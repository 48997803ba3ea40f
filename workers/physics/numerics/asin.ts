/**
 * arcsin by table + short series, in plain JavaScript arithmetic so that the JIT inlines it into hot loops.
 * Why: the erf I4 sums of the online-SGD ODE (sgd/integrals.ts) take ≈ 11,500 arcsines per right-hand
 * side at K = M = 10, and Math.asin (fdlibm behind a runtime call, ≈ 7.5 ns) was ≈ 60 % of it; this is ≈ 4.5 ns
 * in that loop (a straight JS port of fdlibm measured no faster: its divisions cost what the call saved).
 *
 * With c = √(1 − x²) and a tabulated angle θ_j close to θ = arcsin x,
 *   arcsin x = θ_j + arcsin δ,   δ = sin(θ − θ_j) = x cos θ_j − c sin θ_j,
 * where θ_j = arcsin(j/N) for |x| ≤ 1/√2 (j = round(N|x|)) and θ_j = arccos(j/N) beyond (j = round(N c)); either way
 * |θ − θ_j| ≤ √2/(2N), so |δ| < 0.0111 at N = 64 and arcsin δ = δ + δ³/6 + 3δ⁵/40 + 5δ⁷/112 leaves a relative
 * truncation error below 1e-17. δ is formed from x and c without cancellation against the result, so the error is
 * a few ulps of arcsin x (tested ≤ 1e-15 relative against Math.asin on [−1, 1], endpoints included).
 * Arguments just outside [−1, 1] (round-off in a ratio that is mathematically a correlation) are clamped,
 * i.e. |x| ≥ 1 gives ±π/2; NaN gives NaN.
 */

const N = 64;
const ROOT_HALF = Math.SQRT1_2;
// rows j = 0..N: θ_j = arcsin(j/N); rows N+1+j: θ = arccos(j/N); sin and cos of each stored θ
const THETA = new Float64Array(2 * N + 2);
const SIN = new Float64Array(2 * N + 2);
const COS = new Float64Array(2 * N + 2);
for (let j = 0; j <= N; j++) {
  const u = j / N;
  const w = Math.sqrt((1 - u) * (1 + u));
  THETA[j] = Math.asin(u);
  SIN[j] = u;
  COS[j] = w;
  THETA[N + 1 + j] = Math.acos(u);
  SIN[N + 1 + j] = w;
  COS[N + 1 + j] = u;
}

/** arcsin of x clamped to [−1, 1] */
export function asinClamped(x: number): number {
  const ax = x < 0 ? -x : x;
  const c2 = (1 - ax) * (1 + ax);
  const c = c2 > 0 ? Math.sqrt(c2) : 0;
  const j = ax <= ROOT_HALF ? (ax * N + 0.5) | 0 : N + 1 + ((c * N + 0.5) | 0);
  const d = ax * COS[j] - c * SIN[j];
  const d2 = d * d;
  const r = THETA[j] + (d + d * d2 * (1 / 6 + d2 * (3 / 40 + d2 * (5 / 112))));
  return x < 0 ? -r : r;
}
