/**
 * Special functions of the Gaussian measure, accurate in the tails.
 *
 * erfcx follows W. J. Cody, "Rational Chebyshev approximations for the error function",
 * Math. Comp. 23 (1969) 631-638 (the CALERF coefficient sets, ~1e-16 relative). Everything
 * else is built on erfcx so that no quantity is formed as a ratio of two underflowing numbers:
 * H(x) = Φ(−x) = ½ erfc(x/√2), log H, and the Mills ratio φ(x)/Φ(x) used by the sign channel.
 */

const SQRT2 = Math.SQRT2;
const INV_SQRT_PI = 0.5641895835477562869;
const INV_SQRT_2PI = 0.3989422804014326779;
export const LOG_SQRT_2PI = 0.9189385332046727418;

const A = [3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947, 0.185777706184603153];
const B = [23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062];
const C = [
  0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131, 881.95222124176909,
  1712.04761263407058, 2051.07837782607147, 1230.33935479799725, 2.15311535474403846e-8,
];
const D = [
  15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019, 3290.79923573345963,
  4362.61909014324716, 3439.36767414372164, 1230.33935480374942,
];
const P = [0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766, 6.58749161529837803e-4, 0.0163153871373020978];
const Q = [2.56852019228982242, 1.87295284992346047, 0.527905102951428412, 0.0605183413124413191, 0.00233520497626869185];

/** erf on |x| ≤ 0.46875 (Cody's first interval). */
function erfSmall(x: number): number {
  const z = x * x;
  let num = A[4] * z;
  let den = z;
  for (let i = 0; i < 3; i++) {
    num = (num + A[i]) * z;
    den = (den + B[i]) * z;
  }
  return (x * (num + A[3])) / (den + B[3]);
}

/** erfcx(x) = e^{x²} erfc(x) for x ≥ 0.46875 (Cody's second and third intervals). */
function erfcxLarge(x: number): number {
  if (x <= 4) {
    let num = C[8] * x;
    let den = x;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]) * x;
      den = (den + D[i]) * x;
    }
    return (num + C[7]) / (den + D[7]);
  }
  const z = 1 / (x * x);
  let num = P[5] * z;
  let den = z;
  for (let i = 0; i < 4; i++) {
    num = (num + P[i]) * z;
    den = (den + Q[i]) * z;
  }
  return (INV_SQRT_PI - (z * (num + P[4])) / (den + Q[4])) / x;
}

/**
 * e^{x²}·erfc(x) split so that erfc(x) = expPart·e^{−x²}: for large negative x, erfc → 2 and the
 * scaled form overflows, so callers wanting logs use logErfc instead.
 */
export function erfcx(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x >= 0.46875) return erfcxLarge(x);
  if (x > -0.46875) return Math.exp(x * x) * (1 - erfSmall(x));
  // erfc(x) = 2 − erfc(−x)  ⇒  erfcx(x) = 2e^{x²} − erfcx(−x)
  if (x < -26.7) return Infinity;
  return 2 * Math.exp(x * x) - erfcxLarge(-x);
}

export function erf(x: number): number {
  const ax = Math.abs(x);
  if (ax <= 0.46875) return erfSmall(x);
  const r = 1 - Math.exp(-ax * ax) * erfcxLarge(ax);
  return x < 0 ? -r : r;
}

export function erfc(x: number): number {
  if (Math.abs(x) <= 0.46875) return 1 - erfSmall(x);
  const t = Math.exp(-x * x) * erfcxLarge(Math.abs(x));
  return x < 0 ? 2 - t : t;
}

/** Standard normal density φ(x). */
export function phi(x: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
}

/** H(x) = Φ(−x) = ∫_x^∞ Dz, the Gaussian tail. */
export function H(x: number): number {
  return 0.5 * erfc(x / SQRT2);
}

/** Φ(x), the standard normal cdf. */
export function Phi(x: number): number {
  return 0.5 * erfc(-x / SQRT2);
}

/** log H(x), exact in both tails: for x → +∞ it is −x²/2 − log(x√(2π)) + O(x⁻²). */
export function logH(x: number): number {
  const u = x / SQRT2;
  if (u >= 0.46875) return Math.log(0.5 * erfcxLarge(u)) - u * u;
  // For x < 0, H(x) = 1 − H(−x) and log1p keeps the tiny H(−x) that log(1 − ·) would round away.
  if (x < 0) return Math.log1p(-H(-x));
  return Math.log(0.5 * erfc(u));
}

/** log Φ(x). */
export function logPhi(x: number): number {
  return logH(-x);
}

/**
 * The inverse Mills ratio φ(x)/Φ(x) (= φ(x)/H(−x)), finite for every x: for x → −∞ it
 * behaves like −x, where both numerator and denominator underflow.
 */
export function millsPhi(x: number): number {
  const u = -x / SQRT2;
  if (u >= 0.46875) return (2 * INV_SQRT_2PI) / erfcxLarge(u);
  return phi(x) / (0.5 * erfc(u));
}

/** log(2 cosh x) − log 2 = log cosh x without overflow. */
export function logCosh(x: number): number {
  const a = Math.abs(x);
  return a + Math.log1p(Math.exp(-2 * a)) - Math.LN2;
}

export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** log(e^a + e^b) without overflow. */
export function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const m = Math.max(a, b);
  return m + Math.log1p(Math.exp(-Math.abs(a - b)));
}
