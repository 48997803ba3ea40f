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
import { drain, inLockstep, type LockstepRun, type Resumable } from '../resumable.ts';
import { signK2Eyy } from './signK2Orthants.ts';
import { ampSignK2Channel, type ChannelOut } from './ampSignK2Channel.ts';
import { seStep, type Overlaps } from './stateEvolution.ts';

export interface CommitteeAmpOptions {
  alpha: number;
  d: number;
  seed: number;
  seeds: number;
  iters: number;
  /** the seeds advance together when seeds·n·d ≤ this (default COMMITTEE_AMP_MAX_ENTRIES), else one after another */
  maxTogetherEntries?: number;
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

/** committeeAmp's runs as they go: the AMP arrays hold iterations 0 … done, which every seed has reached (iter and SE: all). */
export interface CommitteeAmpRuns extends CommitteeAmpResult {
  /** iterations every seed has run (iters in the final result) */
  done: number;
}

/** Scale of the random symmetry-breaking start. */
export const START_SCALE = 0.1;
/** Largest n·d (Float32 X: 4e7 entries = 160 MB), as in GLM GAMP. */
export const COMMITTEE_AMP_MAX_ENTRIES = 4e7;
/**
 * Entries of X per pause, over all seeds: each seed takes CHUNK_ENTRIES/(d·seeds) rows in turn, so the worker can take
 * a cancel between two chunks (workers/jobApi.ts: 25 ms slices). Measured in Node on the shared 2-core box: a chunk
 * of AMP ~1 ms, of drawing X ~4 ms (median 1 ms, 99 % ≤ 4 ms from d = 500 to 2000, 3 to 20 seeds).
 */
export const CHUNK_ENTRIES = 2 ** 18;

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

/** One seed's overlaps at iterations 0 … iters, of which `measured` are recorded so far. */
interface Run {
  qd: Float64Array;
  qa: Float64Array;
  eg: Float64Array;
  measured: number;
}

/**
 * One seed's instance and AMP run as a LockstepRun (../resumable.ts) whose steps are rows of X: the passes over X one
 * after another — drawing its rows, their labels, then per iteration the pass for ω, g, ∂g and the pass for B = Xᵀg —
 * each followed by what needs the whole pass. A pass sums over the rows in order wherever it is cut, so the run's
 * numbers are those of one uninterrupted loop; the seed's stream draws X, W*, then Ŵ⁰ as before.
 */
function ampRunner(alpha: number, d: number, seed: number, iters: number) {
  const n = Math.max(1, Math.round(alpha * d));
  const rng = new Rng(seed);
  const sd = 1 / Math.sqrt(d);
  const X = new Float32Array(n * d);
  const T = new Float64Array(2 * d);
  const y = new Float64Array(n);
  const W = new Float64Array(2 * d);
  let c11 = 1 - START_SCALE * START_SCALE, c12 = 0, c22 = c11;
  let a11 = 0, a12 = 0, a22 = 0;
  // Σ_μ ∂g of the current iteration, summed over the rows passed so far
  let s11 = 0, s12 = 0, s22 = 0;
  const g = new Float64Array(2 * n);
  const B = new Float64Array(2 * d);
  const ch: ChannelOut = { g1: 0, g2: 0, d11: 0, d12: 0, d22: 0, z: 0 };
  const out: Run = { qd: new Float64Array(iters + 1), qa: new Float64Array(iters + 1), eg: new Float64Array(iters + 1), measured: 0 };
  const record = () => {
    const m = measure(W, T, d);
    const t = out.measured++;
    out.qd[t] = m.qd; out.qa[t] = m.qa; out.eg[t] = m.eg;
  };

  /** rows [lo, hi) of X, N(0, 1/d) entries (Float32) */
  const drawRows = (lo: number, hi: number) => void rng.fillNormal(X.subarray(lo * d, hi * d), sd);
  /** the teacher's labels y_μ = (sign z1 + sign z2)/2 of rows [lo, hi) */
  const labelRows = (lo: number, hi: number) => {
    for (let mu = lo; mu < hi; mu++) {
      let z1 = 0, z2 = 0;
      const row = mu * d;
      for (let i = 0; i < d; i++) { const x = X[row + i]; z1 += x * T[2 * i]; z2 += x * T[2 * i + 1]; }
      y[mu] = (Math.sign(z1) + Math.sign(z2)) / 2;
    }
  };
  /** ω = XŴ − V g^{t−1}, then g, and ∂g summed, over rows [lo, hi) */
  const outputRows = (lo: number, hi: number) => {
    for (let mu = lo; mu < hi; mu++) {
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
  };
  /** B += Xᵀg over rows [lo, hi) */
  const backRows = (lo: number, hi: number) => {
    for (let mu = lo; mu < hi; mu++) {
      const g1 = g[2 * mu], g2 = g[2 * mu + 1];
      const row = mu * d;
      for (let i = 0; i < d; i++) { const x = X[row + i]; B[2 * i] += x * g1; B[2 * i + 1] += x * g2; }
    }
  };
  /** the sums over μ done: A = −α⟨∂g⟩, then B starts from 0 */
  const endOutput = () => {
    a11 = (-alpha * s11) / n; a12 = (-alpha * s12) / n; a22 = (-alpha * s22) / n;
    s11 = 0; s12 = 0; s22 = 0;
    B.fill(0);
  };
  /** Σ = (I + A)^{-1}, Ŵ = Σ(B + AŴ), and the overlaps of the new Ŵ */
  const endBack = () => {
    const p11 = 1 + a11, p22 = 1 + a22, det = p11 * p22 - a12 * a12;
    c11 = p22 / det; c12 = -a12 / det; c22 = p11 / det;
    for (let i = 0; i < d; i++) {
      const b1 = B[2 * i] + a11 * W[2 * i] + a12 * W[2 * i + 1];
      const b2 = B[2 * i + 1] + a12 * W[2 * i] + a22 * W[2 * i + 1];
      W[2 * i] = c11 * b1 + c12 * b2;
      W[2 * i + 1] = c12 * b1 + c22 * b2;
    }
    record();
  };
  // the passes over the rows of X, each with what follows it: W* after X (the stream's order), Ŵ⁰ and the start's
  // overlaps after the labels
  const run = passes([
    [drawRows, () => void rng.fillNormal(T, 1)],
    [labelRows, () => { rng.fillNormal(W, START_SCALE); record(); }],
    ...Array.from({ length: iters }, (): Pass[] => [[outputRows, endOutput], [backRows, endBack]]).flat(),
  ], n);
  return { out, run };
}

type Pass = readonly [rows: (lo: number, hi: number) => void, end: () => void];

/** Passes over n rows one after another as a LockstepRun whose steps are rows: a pass's end runs after its last row. */
function passes(list: readonly Pass[], n: number): LockstepRun {
  let k = 0, row = 0, taken = 0;
  return {
    advance(maxRows) {
      let left = maxRows;
      while (k < list.length && left > 0) {
        const hi = Math.min(n, row + left);
        list[k][0](row, hi);
        left -= hi - row;
        taken += hi - row;
        row = hi;
        if (row === n) {
          list[k][1]();
          k++;
          row = 0;
        }
      }
      return k === list.length;
    },
    taken: () => taken,
    total: list.length * n,
  };
}

/** Mean over seeds of the first L iterations (summed in seed order) and the q_d band (± one sd), into r. */
function seedMeans(runs: readonly Run[], L: number, r: Pick<CommitteeAmpResult, 'qd' | 'qa' | 'eg' | 'qd_lo' | 'qd_hi'>): void {
  const S = runs.length;
  for (let t = 0; t < L; t++) {
    let qd = 0, qd2 = 0, qa = 0, eg = 0;
    for (const run of runs) { qd += run.qd[t]; qd2 += run.qd[t] ** 2; qa += run.qa[t]; eg += run.eg[t]; }
    qd /= S; qa /= S; eg /= S;
    const sdv = Math.sqrt(Math.max(0, qd2 / S - qd * qd));
    r.qd[t] = qd; r.qa[t] = qa; r.eg[t] = eg; r.qd_lo[t] = qd - sdv; r.qd_hi[t] = qd + sdv;
  }
}

/**
 * `seeds` independent instances (seed_s = childSeed(seed, s)) at (α, d), `iters` iterations each: mean
 * q_d, q_a, ε_g and the q_d band, next to SE (K = 2) from the mean starting overlaps.
 */
export function committeeAmp(o: CommitteeAmpOptions, onProgress?: (f: number) => void): CommitteeAmpResult {
  const { done: _done, ...r } = drain(committeeAmpStream(o, onProgress));
  return r;
}

/**
 * committeeAmp as a resumable computation (../resumable.ts). When all the instances fit in memory together
 * (seeds·n·d ≤ COMMITTEE_AMP_MAX_ENTRIES) the seeds advance together, a chunk of rows each in turn: their instances
 * are drawn, then their iterations run; otherwise one seed after another (one X at a time). Once every seed has its
 * start, each yield offers SE from the mean start and the AMP statistics over the iterations every seed has reached,
 * so the figure grows iteration by iteration. Each seed keeps its own stream and sums, and the statistics are summed
 * in seed order: the result is bit for bit that of the seeds run one after another, however the run is cut.
 */
export function* committeeAmpStream(o: CommitteeAmpOptions, onProgress?: (f: number) => void): Resumable<CommitteeAmpRuns, CommitteeAmpRuns> {
  const d = Math.round(o.d);
  const S = Math.max(1, Math.round(o.seeds));
  const iters = Math.max(1, Math.round(o.iters));
  const n = Math.round(o.alpha * d);
  if (n * d > COMMITTEE_AMP_MAX_ENTRIES) throw new RangeError(`n·d = ${n * d} exceeds ${COMMITTEE_AMP_MAX_ENTRIES}: lower d or α`);
  const L = iters + 1;
  const runs: Run[] = [];
  const runner = (s: number): LockstepRun => {
    const r = ampRunner(o.alpha, d, childSeed(o.seed, s), iters);
    runs.push(r.out);
    return r.run;
  };
  let se: Pick<CommitteeAmpResult, 'qd_se' | 'qa_se' | 'eg_se'> | null = null;
  const snapshot = (): CommitteeAmpRuns => {
    const k = Math.min(...runs.map((r) => r.measured));
    const col = () => new Float64Array(k);
    const m = { qd: col(), qa: col(), qd_lo: col(), qd_hi: col(), eg: col() };
    seedMeans(runs, k, m);
    se ??= seFrom(o.alpha, m.qd[0], m.qa[0], L);
    return {
      iter: Float64Array.from({ length: L }, (_, t) => t),
      ...m, qd_se: se.qd_se.slice(), qa_se: se.qa_se.slice(), eg_se: se.eg_se.slice(),
      start: `random Ŵ⁰ ~ N(0, ${START_SCALE}²) per entry (breaks the unit permutation symmetry)`,
      done: k - 1,
    };
  };
  // a snapshot once every seed has drawn its instance and measured its start
  const started = () => runs.length === S && runs.every((r) => r.measured > 0);
  const rows = Math.max(1, Math.floor(CHUNK_ENTRIES / (d * S)));
  if (S * Math.max(1, n) * d <= (o.maxTogetherEntries ?? COMMITTEE_AMP_MAX_ENTRIES)) {
    for (const _ of inLockstep(Array.from({ length: S }, (_, s) => runner(s)), rows, onProgress)) yield started() ? snapshot : undefined;
  } else {
    for (let s = 0; s < S; s++)
      for (const _ of inLockstep([runner(s)], rows * S, onProgress && ((f) => onProgress((s + f) / S)))) yield started() ? snapshot : undefined;
  }
  onProgress?.(1);
  return snapshot();
}

/**
 * SE (K = 2) from the mean start (q_d⁰, q_a⁰) of the runs, iterations 0 … L − 1; the O(1/√d) start overlaps need not
 * be ⪰ 0 (q_d + q_a < 0), which the channel projects onto the cone (signChannel.ts).
 */
function seFrom(alpha: number, qd0: number, qa0: number, L: number): Pick<CommitteeAmpResult, 'qd_se' | 'qa_se' | 'eg_se'> {
  const r = { qd_se: new Float64Array(L), qa_se: new Float64Array(L), eg_se: new Float64Array(L) };
  const q: Overlaps = { qd: qd0, qa: qa0 };
  const next: Overlaps = { qd: 0, qa: 0 };
  for (let t = 0; t < L; t++) {
    r.qd_se[t] = q.qd; r.qa_se[t] = q.qa;
    r.eg_se[t] = 0.5 * (0.5 - signK2Eyy(q.qd, q.qa));
    seStep(2, alpha, q, next);
    q.qd = next.qd; q.qa = next.qa;
  }
  return r;
}
