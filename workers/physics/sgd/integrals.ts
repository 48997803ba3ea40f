/**
 * The Gaussian averages that close the online-SGD ODEs (Saad & Solla 1995; Goldt et al. 2019,
 * arXiv:1906.08632, eqs. (9)-(11) and App. B), over local fields ℓ with covariance C (row-major L×L,
 * L = K + M: slots 0..K−1 students, K..K+M−1 teachers):
 *   I2(a,b) = E[g(ℓa) g(ℓb)],  I3(a,b,c) = E[g'(ℓa) ℓb g(ℓc)],
 *   I4(a,b,c,d) = E[g'(ℓa) g'(ℓb) g(ℓc) g(ℓd)],  J2(a,b) = E[g'(ℓa) g'(ℓb)].
 * The ODE needs them only contracted with c = (v, −v*), so each activation supplies the contracted sums
 * (the erf and linear ones in O(K·L²) with the denominators hoisted) besides the point-wise forms used by tests.
 */
import type { Act } from './activations.ts';
import { asinClamped } from '../numerics/asin.ts';
import { reluI2, reluI3, reluI4, reluJ2 } from './reluIntegrals.ts';

export interface Integrals {
  i2(C: Float64Array, L: number, a: number, b: number): number;
  i3(C: Float64Array, L: number, a: number, b: number, c: number): number;
  i4(C: Float64Array, L: number, a: number, b: number, c: number, d: number): number;
  j2(C: Float64Array, L: number, a: number, b: number): number;
  /** out[a·L + b] = I2(a, b) for all slots */
  i2Matrix(C: Float64Array, L: number, out: Float64Array): void;
  /** out[i·L + b] = Σ_a c_a I3(i, b, a) for students i < K and all slots b */
  s3(C: Float64Array, L: number, K: number, c: Float64Array, out: Float64Array): void;
  /** out[i·K + k] = Σ_ab c_a c_b I4(i, k, a, b) + σ² J2(i, k) for students i, k (symmetric) */
  s4(C: Float64Array, L: number, K: number, c: Float64Array, sigma2: number, out: Float64Array): void;
}

const TWO_OVER_PI = 2 / Math.PI;
const FOUR_OVER_PI2 = 4 / (Math.PI * Math.PI);

/** erf(x/√2) closed forms (Saad & Solla 1995, eqs. (A1)-(A4); PHYSICS.md §3). */
export const erfIntegrals: Integrals = {
  i2(C, L, a, b) {
    return TWO_OVER_PI * asinClamped(C[a * L + b] / Math.sqrt((1 + C[a * L + a]) * (1 + C[b * L + b])));
  },
  i3(C, L, a, b, c) {
    const c11 = C[a * L + a], c12 = C[a * L + b], c13 = C[a * L + c], c23 = C[b * L + c], c33 = C[c * L + c];
    const lam3 = (1 + c11) * (1 + c33) - c13 * c13;
    return (TWO_OVER_PI * (c23 * (1 + c11) - c12 * c13)) / ((1 + c11) * Math.sqrt(lam3));
  },
  i4(C, L, a, b, c, d) {
    const e = (x: number, y: number): number => C[x * L + y];
    const l4 = (1 + e(a, a)) * (1 + e(b, b)) - e(a, b) ** 2;
    const l0 = l4 * e(c, d) - e(b, c) * e(b, d) * (1 + e(a, a)) - e(a, c) * e(a, d) * (1 + e(b, b)) + e(a, b) * e(a, c) * e(b, d) + e(a, b) * e(a, d) * e(b, c);
    const l1 = l4 * (1 + e(c, c)) - e(b, c) ** 2 * (1 + e(a, a)) - e(a, c) ** 2 * (1 + e(b, b)) + 2 * e(a, b) * e(a, c) * e(b, c);
    const l2 = l4 * (1 + e(d, d)) - e(b, d) ** 2 * (1 + e(a, a)) - e(a, d) ** 2 * (1 + e(b, b)) + 2 * e(a, b) * e(a, d) * e(b, d);
    return (FOUR_OVER_PI2 / Math.sqrt(l4)) * asinClamped(l0 / Math.sqrt(l1 * l2));
  },
  j2(C, L, a, b) {
    return TWO_OVER_PI / Math.sqrt((1 + C[a * L + a]) * (1 + C[b * L + b]) - C[a * L + b] ** 2);
  },
  i2Matrix(C, L, out) {
    for (let a = 0; a < L; a++) {
      const sa = 1 / Math.sqrt(1 + C[a * L + a]);
      for (let b = a; b < L; b++) {
        const v = TWO_OVER_PI * asinClamped(C[a * L + b] * sa / Math.sqrt(1 + C[b * L + b]));
        out[a * L + b] = v;
        out[b * L + a] = v;
      }
    }
  },
  s3(C, L, K, c, out) {
    // Σ_a c_a I3(i,b,a) = (1+C_ii)(C u)_b − C_ib (u·C_i·), u_a = c_a (2/π)/((1+C_ii)√Λ3(i,a))
    const u = scratch(L);
    for (let i = 0; i < K; i++) {
      const cii1 = 1 + C[i * L + i];
      let uci = 0;
      for (let a = 0; a < L; a++) {
        const cia = C[i * L + a];
        u[a] = (c[a] * TWO_OVER_PI) / (cii1 * Math.sqrt(cii1 * (1 + C[a * L + a]) - cia * cia));
        uci += u[a] * cia;
      }
      for (let b = 0; b < L; b++) {
        let cu = 0;
        const row = b * L;
        for (let a = 0; a < L; a++) cu += C[row + a] * u[a];
        out[i * L + b] = cii1 * cu - C[i * L + b] * uci;
      }
    }
  },
  s4(C, L, K, c, sigma2, out) {
    // Λ0(a,b) = Λ4 C_ab + C_ia p_b + C_ka q_b with p_b = C_ik C_kb − (1+C_kk) C_ib, q_b = C_ik C_ib − (1+C_ii) C_kb
    // (the bilinear part of Λ0 factored per (i,k)), and Λ1(a) = Λ0(a,a) with C_aa → 1 + C_aa. Pre-scaling the
    // vectors by Λ1^{-1/2} leaves 4 products per arcsine argument Λ0/√(Λ1(a)Λ1(b)).
    const { inv, u, w } = s4Scratch(L);
    for (let i = 0; i < K; i++) {
      const cii1 = 1 + C[i * L + i];
      for (let k = i; k < K; k++) {
        const ckk1 = 1 + C[k * L + k];
        const cik = C[i * L + k];
        const l4 = cii1 * ckk1 - cik * cik;
        for (let b = 0; b < L; b++) {
          const cib = C[i * L + b], ckb = C[k * L + b];
          const p = cik * ckb - ckk1 * cib, q = cik * cib - cii1 * ckb;
          const ib = 1 / Math.sqrt(l4 * (1 + C[b * L + b]) + cib * p + ckb * q);
          inv[b] = ib;
          u[b] = p * ib;
          w[b] = q * ib;
        }
        let s = 0;
        for (let a = 0; a < L; a++) {
          const ca = c[a];
          if (ca === 0) continue;
          const ia = inv[a], la = l4 * ia, xa = C[i * L + a] * ia, ya = C[k * L + a] * ia;
          const row = a * L;
          let sa = 0.5 * c[a] * asinClamped(la * C[row + a] * ia + xa * u[a] + ya * w[a]);
          for (let b = a + 1; b < L; b++) sa += c[b] * asinClamped(la * C[row + b] * inv[b] + xa * u[b] + ya * w[b]);
          s += 2 * ca * sa;
        }
        const v = (FOUR_OVER_PI2 * s + sigma2 * TWO_OVER_PI) / Math.sqrt(l4);
        out[i * K + k] = v;
        out[k * K + i] = v;
      }
    }
  },
};

/** g(x) = x: I2 = C12, I3 = C23, I4 = C34, J2 = 1. */
export const linearIntegrals: Integrals = {
  i2: (C, L, a, b) => C[a * L + b],
  i3: (C, L, _a, b, c) => C[b * L + c],
  i4: (C, L, _a, _b, c, d) => C[c * L + d],
  j2: () => 1,
  i2Matrix(C, _L, out) {
    out.set(C);
  },
  s3(C, L, K, c, out) {
    for (let b = 0; b < L; b++) {
      let s = 0;
      for (let a = 0; a < L; a++) s += C[b * L + a] * c[a];
      for (let i = 0; i < K; i++) out[i * L + b] = s;
    }
  },
  s4(C, L, K, c, sigma2, out) {
    let s = 0;
    for (let a = 0; a < L; a++) for (let b = 0; b < L; b++) s += c[a] * c[b] * C[a * L + b];
    out.fill(s + sigma2, 0, K * K);
  },
};

/** ReLU: closed-form I2, I3, J2; I4 by Stein's lemma down to one quadrivariate orthant probability (reluIntegrals.ts). */
export const reluIntegrals: Integrals = {
  i2: reluI2,
  i3: reluI3,
  i4: reluI4,
  j2: reluJ2,
  i2Matrix(C, L, out) {
    for (let a = 0; a < L; a++) for (let b = a; b < L; b++) out[a * L + b] = out[b * L + a] = reluI2(C, L, a, b);
  },
  s3(C, L, K, c, out) {
    for (let i = 0; i < K; i++) {
      for (let b = 0; b < L; b++) {
        let s = 0;
        for (let a = 0; a < L; a++) if (c[a] !== 0) s += c[a] * reluI3(C, L, i, b, a);
        out[i * L + b] = s;
      }
    }
  },
  s4(C, L, K, c, sigma2, out) {
    for (let i = 0; i < K; i++) {
      for (let k = i; k < K; k++) {
        let s = 0;
        for (let a = 0; a < L; a++) {
          if (c[a] === 0) continue;
          for (let b = a; b < L; b++) {
            if (c[b] === 0) continue;
            s += (b === a ? 1 : 2) * c[a] * c[b] * reluI4(C, L, i, k, a, b);
          }
        }
        out[i * K + k] = out[k * K + i] = s + sigma2 * reluJ2(C, L, i, k);
      }
    }
  },
};

export function integralsFor(act: Act): Integrals {
  return act === 'erf' ? erfIntegrals : act === 'relu' ? reluIntegrals : linearIntegrals;
}

let buf = new Float64Array(16);
let buf4 = { inv: new Float64Array(16), u: new Float64Array(16), w: new Float64Array(16) };
function s4Scratch(n: number): typeof buf4 {
  if (buf4.inv.length < n) buf4 = { inv: new Float64Array(2 * n), u: new Float64Array(2 * n), w: new Float64Array(2 * n) };
  return buf4;
}
/** One shared scratch vector (the integrals are called from one thread, never re-entrantly). */
function scratch(n: number): Float64Array {
  if (buf.length < n) buf = new Float64Array(2 * n);
  return buf;
}
