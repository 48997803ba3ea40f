/**
 * AMP for the K = 2 sign committee machine on finite instances (Aubin et al. 2018, arXiv:1806.05451,
 * Sec. 3, Algorithm 1): GAMP with K-vector estimates and K×K variances. With X_{μi} ~ N(0, 1/d)
 * (so Z = XW* is the model of PHYSICS.md §2) the variances concentrate and one iteration is
 *   V = Ĉ,  ω_μ = Σ_i X_{μi} Ŵ_i − V g_μ^{t−1},  g_μ = g_out(y_μ, ω_μ, V),
 *   A = −α ⟨∂_ω g_out⟩_μ,  B_i = Σ_μ X_{μi} g_μ + A Ŵ_i,
 *   Ŵ_i = (I + A)^{−1} B_i,  Ĉ = (I + A)^{−1}     (Gaussian prior N(0, I_K)),
 * whose state evolution is exactly the SE of stateEvolution.ts (r = A, q = r(I + r)^{−1}).
 * Start: Ŵ⁰_i ~ N(0, s² I) with s = 0.1, Ĉ⁰ = (1 − s²) I. Ŵ = 0 would keep both student units
 * identical for ever (every update is ∝ (1, 1)): the exact non-specialised plane, which AMP must leave
 * at the continuous transition α_spec ≈ 2.05. The random start breaks the permutation symmetry with an
 * overlap O(s/√d) — the symmetry-breaking start; SE is run from the overlaps this start actually has.
 */
import { childSeed, Rng } from '../numerics/rng.ts';
import { signK2Eyy } from './signK2Orthants.ts';
import { ampSignK2Channel, type ChannelOut } from './ampSignK2Channel.ts';
import { seStep, type Overlaps } from './stateEvolution.ts';

export interface CommitteeAmpOptions {
  alpha: number;
  d: number;
  seed: number;
  seeds: number;
  iters: number;
}

export interface CommitteeAmpResult {
  /** 0 (the start) … iters */
  iter: Float64Array;
  /** overlaps in the committee-symmetric form (student units matched to teacher units), mean over seeds */
  qd: Float64Array;
  qa: Float64Array;
  /** q_d ± one standard deviation across seeds */
  qd_lo: Float64Array;
  qd_hi: Float64Array;
  /** ε_g = ½(½ − E[YY′]) at each run's 2×2 overlap matrix (exact Gaussian expectation), mean over seeds */
  eg: Float64Array;
  /** SE from the mean starting overlaps */
  qd_se: Float64Array;
  qa_se: Float64Array;
  eg_se: Float64Array;
  /** which start was used, for the caption */
  start: string;
}

/** Scale of the random symmetry-breaking start. */
export const START_SCALE = 0.1;
/** Largest n·d (Float32 X: 4e7 entries = 160 MB), as in GLM GAMP. */
export const COMMITTEE_AMP_MAX_ENTRIES = 4e7;

/** 2×2 overlap matrix m_kl = Ŵ_·k · W*_·l / d → (q_d, q_a) with the better unit matching, and ε_g. */
function measure(W: Float64Array, T: Float64Array, d: number): { qd: number; qa: number; eg: number } {
  let m11 = 0, m12 = 0, m21 = 0, m22 = 0;
  for (let i = 0; i < d; i++) {
    const w1 = W[2 * i], w2 = W[2 * i + 1], t1 = T[2 * i], t2 = T[2 * i + 1];
    m11 += w1 * t1; m12 += w1 * t2; m21 += w2 * t1; m22 += w2 * t2;
  }
  m11 /= d; m12 /= d; m21 /= d; m22 /= d;
  const straight = m11 + m22 >= m12 + m21;
  const diag = straight ? (m11 + m22) / 2 : (m12 + m21) / 2;
  const off = straight ? (m12 + m21) / 2 : (m11 + m22) / 2;
  // E[YY′] = ¼ Σ_kl E[sign z*_l sign z′_k] = (1/2π) Σ_kl arcsin m_kl (PHYSICS.md §2, K = 2)
  const as = (x: number) => Math.asin(Math.max(-1, Math.min(1, x)));
  const eyy = (as(m11) + as(m12) + as(m21) + as(m22)) / (2 * Math.PI);
  return { qd: diag - off, qa: 2 * off, eg: 0.5 * (0.5 - eyy) };
}

interface Run {
  qd: Float64Array;
  qa: Float64Array;
  eg: Float64Array;
}

function runOnce(alpha: number, d: number, seed: number, iters: number, onIter?: () => void): Run {
  const n = Math.max(1, Math.round(alpha * d));
  const rng = new Rng(seed);
  const sd = 1 / Math.sqrt(d);
  const X = new Float32Array(n * d);
  for (let j = 0; j < X.length; j++) X[j] = rng.normal() * sd;
  const T = new Float64Array(2 * d);
  rng.fillNormal(T, 1);
  const y = new Float64Array(n);
  for (let mu = 0; mu < n; mu++) {
    let z1 = 0, z2 = 0;
    const row = mu * d;
    for (let i = 0; i < d; i++) { const x = X[row + i]; z1 += x * T[2 * i]; z2 += x * T[2 * i + 1]; }
    y[mu] = (Math.sign(z1) + Math.sign(z2)) / 2;
  }
  const W = new Float64Array(2 * d);
  rng.fillNormal(W, START_SCALE);
  let c11 = 1 - START_SCALE * START_SCALE, c12 = 0, c22 = c11;
  const g = new Float64Array(2 * n);
  const B = new Float64Array(2 * d);
  const ch: ChannelOut = { g1: 0, g2: 0, d11: 0, d12: 0, d22: 0, z: 0 };
  const out: Run = { qd: new Float64Array(iters + 1), qa: new Float64Array(iters + 1), eg: new Float64Array(iters + 1) };
  for (let t = 0; ; t++) {
    const m = measure(W, T, d);
    out.qd[t] = m.qd; out.qa[t] = m.qa; out.eg[t] = m.eg;
    if (t === iters) break;
    // ω = XŴ − V g^{t−1}, then g, ∂g (mean over samples)
    let s11 = 0, s12 = 0, s22 = 0;
    for (let mu = 0; mu < n; mu++) {
      let w1 = 0, w2 = 0;
      const row = mu * d;
      for (let i = 0; i < d; i++) { const x = X[row + i]; w1 += x * W[2 * i]; w2 += x * W[2 * i + 1]; }
      const gp1 = g[2 * mu], gp2 = g[2 * mu + 1];
      w1 -= c11 * gp1 + c12 * gp2;
      w2 -= c12 * gp1 + c22 * gp2;
      ampSignK2Channel(y[mu], w1, w2, c11, c12, c22, ch);
      g[2 * mu] = ch.g1; g[2 * mu + 1] = ch.g2;
      s11 += ch.d11; s12 += ch.d12; s22 += ch.d22;
    }
    const a11 = (-alpha * s11) / n, a12 = (-alpha * s12) / n, a22 = (-alpha * s22) / n;
    // B = Xᵀg + AŴ
    B.fill(0);
    for (let mu = 0; mu < n; mu++) {
      const g1 = g[2 * mu], g2 = g[2 * mu + 1];
      const row = mu * d;
      for (let i = 0; i < d; i++) { const x = X[row + i]; B[2 * i] += x * g1; B[2 * i + 1] += x * g2; }
    }
    // Σ = (I + A)^{-1}
    const p11 = 1 + a11, p22 = 1 + a22, det = p11 * p22 - a12 * a12;
    c11 = p22 / det; c12 = -a12 / det; c22 = p11 / det;
    for (let i = 0; i < d; i++) {
      const b1 = B[2 * i] + a11 * W[2 * i] + a12 * W[2 * i + 1];
      const b2 = B[2 * i + 1] + a12 * W[2 * i] + a22 * W[2 * i + 1];
      W[2 * i] = c11 * b1 + c12 * b2;
      W[2 * i + 1] = c12 * b1 + c22 * b2;
    }
    onIter?.();
  }
  return out;
}

/**
 * `seeds` independent instances (seed_s = childSeed(seed, s)) at (α, d), `iters` iterations each: mean
 * q_d, q_a, ε_g and the q_d band, next to SE (K = 2) from the mean starting overlaps.
 */
export function committeeAmp(o: CommitteeAmpOptions, onProgress?: (f: number) => void): CommitteeAmpResult {
  const d = Math.round(o.d);
  const S = Math.max(1, Math.round(o.seeds));
  const iters = Math.max(1, Math.round(o.iters));
  const n = Math.round(o.alpha * d);
  if (n * d > COMMITTEE_AMP_MAX_ENTRIES) throw new RangeError(`n·d = ${n * d} exceeds ${COMMITTEE_AMP_MAX_ENTRIES}: lower d or α`);
  const runs: Run[] = [];
  const total = S * iters;
  let done = 0;
  const step = Math.max(1, Math.floor(total / 100));
  for (let s = 0; s < S; s++) {
    runs.push(runOnce(o.alpha, d, childSeed(o.seed, s), iters, () => {
      done++;
      if (done % step === 0 || done === total) onProgress?.(done / total);
    }));
  }
  const L = iters + 1;
  const col = () => new Float64Array(L);
  const r: CommitteeAmpResult = {
    iter: Float64Array.from({ length: L }, (_, t) => t),
    qd: col(), qa: col(), qd_lo: col(), qd_hi: col(), eg: col(), qd_se: col(), qa_se: col(), eg_se: col(),
    start: `random Ŵ⁰ ~ N(0, ${START_SCALE}²) per entry (breaks the unit permutation symmetry)`,
  };
  for (let t = 0; t < L; t++) {
    let qd = 0, qd2 = 0, qa = 0, eg = 0;
    for (const run of runs) { qd += run.qd[t]; qd2 += run.qd[t] ** 2; qa += run.qa[t]; eg += run.eg[t]; }
    qd /= S; qa /= S; eg /= S;
    const sdv = Math.sqrt(Math.max(0, qd2 / S - qd * qd));
    r.qd[t] = qd; r.qa[t] = qa; r.eg[t] = eg; r.qd_lo[t] = qd - sdv; r.qd_hi[t] = qd + sdv;
  }
  // SE from the same (mean) start; the O(1/√d) start overlaps need not be ⪰ 0 (q_d + q_a < 0), which the
  // channel projects onto the cone (signChannel.ts)
  const q: Overlaps = { qd: r.qd[0], qa: r.qa[0] };
  const next: Overlaps = { qd: 0, qa: 0 };
  for (let t = 0; t < L; t++) {
    r.qd_se[t] = q.qd; r.qa_se[t] = q.qa;
    r.eg_se[t] = 0.5 * (0.5 - signK2Eyy(q.qd, q.qa));
    seStep(2, o.alpha, q, next);
    q.qd = next.qd; q.qa = next.qa;
  }
  return r;
}
