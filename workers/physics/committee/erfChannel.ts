/**
 * K = 2 soft committee for regression, Y = g(z1) + g(z2) + √Δ ξ with g(x) = erf(x/√2) = 1 − 2H(x), in the
 * committee-symmetric ansatz q = q_d I + (q_a/2) 11ᵀ (Aubin et al. 2018, arXiv:1806.05451, eqs. (5)-(8) with
 * a Gaussian output channel; PHYSICS.md §2 for the SE and free entropy, which do not depend on the channel).
 *
 *   P(y|ω) = E_{z~N(ω, I−q)} N(y; g(z1) + g(z2), Δ),  Ψ_out = E_ω ∫dy P ln P,  M̄ = E_ω ∫dy ∇P∇Pᵀ/P.
 *
 * Quadrature (all three levels controlled; errors measured in erfChannel.test.ts):
 * - q and I − q share the eigenvectors e± = (1, ±1)/√2 (eigenvalues q_d + q_a, q_d of q), so both the outer
 *   ω ~ N(0, q) and the inner z | ω are products of independent 1-D Gaussians in e± (this is the decomposition
 *   the correlated covariance I − q needs: its off-diagonal −q_a/2 is diagonal in e±). Outer: trapezoid rule
 *   in u± = ω±/√λ± (see halfRule), folded onto u± ≥ 0 by the symmetries ω → −ω (y → −y) and ω1 ↔ ω2.
 *   Inner: Gauss-Hermite.
 * - The inner rule turns P(·|ω) into a mixture of Gaussians of width √Δ centred at the atoms s_j = g(z1)+g(z2).
 *   Its error is the resolution of the s-distribution at scale √Δ, so the inner order grows like 1/√Δ
 *   (`erfNodes`): at Δ = 0.01 and q = 0 it takes ~160² atoms for 1e-6 in Ψ, at Δ = 0.1 about 24².
 * - y: trapezoid rule on the fixed grid y_k = k·h, h = √Δ·Y_STEP. P, ∂P are entire in y (convolutions with
 *   N(0, Δ)), so the rule is spectrally accurate: error ~ exp(−2π²/Y_STEP²) ≈ 1e-13. Each atom feeds only
 *   the grid points within Y_WINDOW·√Δ (kernel < 1e-12 beyond), its Gaussian by a two-multiply recurrence.
 * ∇P (in ω, = ∇ in z of the kernel) = E[N(y; s, Δ) (y − s)/Δ · g'(z_c)], g'(x) = 2φ(x): bounded as q → I.
 * E[YY'] = E_ω E[s|ω]² = (4/π)[arcsin(q11/2) + arcsin(q12/2)] (E[erf(u/√2)erf(v/√2)] = (2/π) arcsin(C/√((1+A)(1+B)))
 * with E[g(z_c)|ω] = erf(ω_c/√(2(2 − q11)))), q11 = q_d + q_a/2, q12 = q_a/2.
 */
import { drain, type Resumable } from '../resumable.ts';
import { gaussHermite, type Quadrature } from '../numerics/gaussHermite.ts';
import { H } from '../numerics/special.ts';
import type { ChannelAverages } from './averages.ts';

/**
 * Outer trapezoid step in u = ω/√λ (per e± direction) and inner Gauss-Hermite order for a unit-variance inner
 * direction; a direction of inner standard deviation σ± gets ∝ σ±·inner nodes (the s-spread it has to resolve
 * at scale √Δ shrinks with σ±), at least MIN_INNER.
 */
export interface ErfNodes {
  outerStep: number;
  inner: number;
}

/** y step in units of √Δ and the half-width of an atom's kernel (exp(−7.5²/2) = 6e-13). */
const Y_STEP = 0.75;
const Y_WINDOW = 7.5;

/**
 * Node counts for noise Δ. Inner order ∝ 1/√Δ (resolution of the s-distribution at scale √Δ, see header);
 * at Δ = 0.1 'fine' (48 inner nodes) is converged to ≲ 1e-7 in Ψ (1e-5 in M̄ at q = 0), 'coarse' (30, UI) to ~1e-5 (1e-3).
 */
export function erfNodes(noise: number, quality: 'fine' | 'coarse' = 'fine'): ErfNodes {
  const fine = quality === 'fine';
  return { outerStep: fine ? 0.3 : 0.5, inner: (fine ? 15.2 : 9.5) / Math.sqrt(noise) };
}

/** Outer rule truncated at |u| ≤ OUTER_CUT (Gaussian tail mass 2H(7.5) = 6e-14). */
const OUTER_CUT = 7.5;

const MIN_INNER = 4;

const innerOrder = (inner: number, sigma: number) => Math.max(MIN_INNER, 2 * Math.ceil((inner * sigma) / 2));

const SQRT1_2 = Math.SQRT1_2;
const TWO_OVER_SQRT_2PI = 2 / Math.sqrt(2 * Math.PI);

/** g(x) = erf(x/√2) */
const g = (x: number) => 1 - 2 * H(x);

/** Buffers for one ω: atoms and the y grid (grown on demand, reused across calls). */
let cap = 0;
let atomS = new Float64Array(0);
let atomW = new Float64Array(0);
let atomD1 = new Float64Array(0);
let atomD2 = new Float64Array(0);
let gridCap = 0;
let P = new Float64Array(0);
let P1 = new Float64Array(0);
let P2 = new Float64Array(0);

function ensure(atoms: number, grid: number): void {
  if (atoms > cap) {
    cap = atoms;
    atomS = new Float64Array(atoms);
    atomW = new Float64Array(atoms);
    atomD1 = new Float64Array(atoms);
    atomD2 = new Float64Array(atoms);
  }
  if (grid > gridCap) {
    gridCap = grid;
    P = new Float64Array(grid);
    P1 = new Float64Array(grid);
    P2 = new Float64Array(grid);
  }
}

/**
 * Trapezoid rule for u ~ N(0, 1) folded onto u ≥ 0 (weights of u > 0 doubled, normalised to Σw = 1); one node at 0 if
 * the direction is unused. Not Gauss-Hermite: the ω-integrand saturates like a sigmoid (complex singularities at
 * O(1) distance), where Gauss-Hermite converges slowly (12 → 60 nodes: 1e-5 → 4e-8 in Ψ at q_a = 0.97) and the
 * trapezoid rule geometrically (step 0.4 → 0.2: 4e-8 → 1e-12).
 */
function halfRule(step: number, used: boolean): { x: number[]; w: number[] } {
  if (!used) return { x: [0], w: [1] };
  const x: number[] = [];
  const w: number[] = [];
  let sum = 0;
  for (let k = 0; k * step <= OUTER_CUT; k++) {
    const u = k * step;
    const wk = (k === 0 ? 1 : 2) * Math.exp(-0.5 * u * u);
    x.push(u);
    w.push(wk);
    sum += wk;
  }
  for (let k = 0; k < w.length; k++) w[k] /= sum;
  return { x, w };
}

interface OmegaTerms { psi: number; m11: number; m12: number }

/**
 * ∫dy P ln P, ½∫(∂1P² + ∂2P²)/P, ∫∂1P∂2P/P at one ω = (ω+, ω−) in the e± basis, with inner scales
 * sp = √(1 − q_d − q_a), sm = √(1 − q_d).
 */
function omegaTerms(wp: number, wm: number, sp: number, sm: number, noise: number, ip: Quadrature | null, im: Quadrature, t: OmegaTerms): void {
  const n = im.x.length;
  const np = ip ? ip.x.length : 1;
  const sd = Math.sqrt(noise);
  const h = Y_STEP * sd;
  const norm = 1 / Math.sqrt(2 * Math.PI * noise);
  // grid indices k with y_k = k h covering (−2 − W√Δ, 2 + W√Δ)
  const kMax = Math.ceil((2 + Y_WINDOW * sd) / h);
  const len = 2 * kMax + 1;
  ensure(np * n, len);
  let m = 0;
  for (let a = 0; a < np; a++) {
    const zp = wp + (ip ? sp * ip.x[a] : 0);
    const wa = ip ? ip.w[a] : 1;
    for (let b = 0; b < n; b++) {
      const zm = wm + sm * im.x[b];
      const z1 = SQRT1_2 * (zp + zm);
      const z2 = SQRT1_2 * (zp - zm);
      atomS[m] = g(z1) + g(z2);
      atomW[m] = wa * im.w[b] * norm;
      atomD1[m] = TWO_OVER_SQRT_2PI * Math.exp(-0.5 * z1 * z1);
      atomD2[m] = TWO_OVER_SQRT_2PI * Math.exp(-0.5 * z2 * z2);
      m++;
    }
  }
  P.fill(0, 0, len);
  P1.fill(0, 0, len);
  P2.fill(0, 0, len);
  const c = Math.exp(-Y_STEP * Y_STEP);
  for (let j = 0; j < m; j++) {
    const s = atomS[j];
    const k0 = Math.ceil((s - Y_WINDOW * sd) / h);
    const k1 = Math.floor((s + Y_WINDOW * sd) / h);
    // kernel exp(−t²/2) at t = (k h − s)/√Δ by e_{k+1} = e_k·a_k, a_{k+1} = a_k·exp(−δ²) (δ = Y_STEP)
    let tt = (k0 * h - s) / sd;
    let e = atomW[j] * Math.exp(-0.5 * tt * tt);
    let a = Math.exp(-tt * Y_STEP - 0.5 * Y_STEP * Y_STEP);
    const d1 = atomD1[j] / sd;
    const d2 = atomD2[j] / sd;
    for (let k = k0; k <= k1; k++) {
      const i = k + kMax;
      const et = e * tt; // N · (y − s)/Δ · √Δ
      P[i] += e;
      P1[i] += et * d1;
      P2[i] += et * d2;
      e *= a;
      a *= c;
      tt += Y_STEP;
    }
  }
  let psi = 0;
  let m11 = 0;
  let m12 = 0;
  for (let i = 0; i < len; i++) {
    const p = P[i];
    if (!(p > 1e-300)) continue;
    psi += p * Math.log(p);
    m11 += (P1[i] * P1[i] + P2[i] * P2[i]) / p;
    m12 += (P1[i] * P2[i]) / p;
  }
  t.psi = h * psi;
  t.m11 = 0.5 * h * m11;
  t.m12 = h * m12;
}

const terms: OmegaTerms = { psi: 0, m11: 0, m12: 0 };

/** E[YY'] = E_ω E[s|ω]² (header). */
export function erfCommitteeEyy(qd: number, qa: number): number {
  return (4 / Math.PI) * (Math.asin((qd + qa / 2) / 2) + Math.asin(qa / 4));
}

/** E[s²] = 2·E[erf(z/√2)²] = (4/π) arcsin(½) = 2/3 (clean output, z ~ N(0, 1) independent). */
export const ERF_OUTPUT_VARIANCE = 2 / 3;

/**
 * Channel averages (Ψ_out, M̄11, M̄12, E[YY']) of the K = 2 erf regression committee at (q_d, q_a), noise Δ.
 * q is projected onto 0 ⪯ q ⪯ I first (as signChannel does for q ⪰ 0).
 */
export function erfCommitteeAverages(qd0: number, qa0: number, noise: number, out: ChannelAverages, nodes: ErfNodes = erfNodes(noise)): ChannelAverages {
  return drain(erfCommitteeAveragesStream(qd0, qa0, noise, out, nodes));
}

/**
 * erfCommitteeAverages as a resumable computation: it pauses after each row of the outer rule (one evaluation takes up
 * to ~80 ms at Δ = 0.05 on the coarse rule; a row a few ms). `out` is written at the end only.
 */
export function* erfCommitteeAveragesStream(qd0: number, qa0: number, noise: number, out: ChannelAverages, nodes: ErfNodes = erfNodes(noise)): Resumable<ChannelAverages, never> {
  const qd = Math.min(1, Math.max(0, qd0));
  const qa = Math.min(1 - qd, Math.max(qa0, -qd));
  const lp = qd + qa;
  const lm = qd;
  const sp = Math.sqrt(Math.max(0, 1 - lp));
  const sm = Math.sqrt(Math.max(0, 1 - lm));
  const ip = sp > 0 ? gaussHermite(innerOrder(nodes.inner, sp)) : null;
  const im = gaussHermite(innerOrder(nodes.inner, sm));
  const up = halfRule(nodes.outerStep, lp > 0);
  const um = halfRule(nodes.outerStep, lm > 0);
  const rp = Math.sqrt(Math.max(0, lp));
  const rm = Math.sqrt(Math.max(0, lm));
  let psi = 0;
  let m11 = 0;
  let m12 = 0;
  for (let a = 0; a < up.x.length; a++) {
    for (let b = 0; b < um.x.length; b++) {
      omegaTerms(rp * up.x[a], rm * um.x[b], sp, sm, noise, ip, im, terms);
      const w = up.w[a] * um.w[b];
      psi += w * terms.psi;
      m11 += w * terms.m11;
      m12 += w * terms.m12;
    }
    yield;
  }
  out.psi = psi;
  out.m11 = m11;
  out.m12 = m12;
  out.eyy = erfCommitteeEyy(qd, qa);
  return out;
}
