/**
 * Dawson's integral D(x) = e^{−x²} ∫_0^x e^{t²} dt by Rybicki's sampling formula
 * D(x) = lim_{h→0} π^{−½} Σ_{n odd} e^{−(x − nh)²}/n (Rybicki 1989, Computers in Physics 3(2), 85;
 * Numerical Recipes §6.10). The error is ≈ e^{−(π/2h)²}: h = 0.2 gives ~1e-27, i.e. double precision.
 * Terms with |x − nh| > 6.5 are below 1e-18 relative and are dropped (about 33 exponentials for any x).
 * D is odd; the sum is taken at |x| so that D(−x) = −D(x) exactly.
 */
const STEP = 0.2;
const REACH = 6.5;
const INV_SQRT_PI = 1 / Math.sqrt(Math.PI);

export function dawson(xs: number): number {
  const x = Math.abs(xs);
  // odd n with |x − nh| ≤ REACH
  let n = Math.ceil((x - REACH) / STEP);
  if (n % 2 === 0) n += 1;
  const nEnd = (x + REACH) / STEP;
  let s = 0;
  for (; n <= nEnd; n += 2) {
    const d = x - n * STEP;
    s += Math.exp(-d * d) / n;
  }
  return xs < 0 ? -s * INV_SQRT_PI : s * INV_SQRT_PI;
}
