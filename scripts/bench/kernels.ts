// `npm run bench kernels`: the inner loops of the finite-size runs (issue #10 goals), each against a baseline timed
// in the same run — the machine's streaming rate (scripts/bench/stream.c, compiled here with cc -O3), the
// TypeScript reference of the same kernel (the WebAssembly kernels switched off), the numpy SE reference
// (scripts/bench/se_reference.py), nn2pp's C++ online SGD (scripts/bench/nn2pp.ts). Times are CPU time of this
// process (process.cpuUsage; the C programs and the numpy script time their own CPU time too), not wall time: on a
// shared machine the wall clock mostly measures the other processes (the DMFT goal is in wall time: both are shown).
// Rounds alternate the two sides; medians of the per-round ratios are reported. Each goal of issue #10 rides on its
// row (BenchRow.goal) and is summed up after the table (scripts/bench.ts).
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchGoal, BenchKit, BenchRow } from '../../workers/physics/manifest.ts';
import { nn2ppBuilds, nn2ppCpuMs } from './nn2pp.ts';
import { glmAmp, glmCurve, type GlmParams } from '../../workers/physics/glm/index.ts';
import { landscapeDmft } from '../../workers/physics/landscapes/dmft.ts';
import { lossGradient, randomOnSphere, spikedInstance } from '../../workers/physics/landscapes/instance.ts';
import { prInstance, prLossGradient } from '../../workers/physics/landscapes/phaseRetrieval.ts';
import { sgdRun } from '../../workers/physics/sgd/sim.ts';
import { storedGaussian } from '../../workers/physics/numerics/f32Matrix.ts';
import { logGrid } from '../../workers/physics/numerics/logGrid.ts';
import { childSeed, Rng } from '../../workers/physics/numerics/rng.ts';
import { disableWasm, wasmKernels } from '../../workers/physics/numerics/wasm/kernels.ts';

const median = (x: number[]): number => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)];
const row = (name: string, x: number[], extra: Partial<BenchRow> = {}): BenchRow => ({
  name,
  runs: x.length,
  median: median(x),
  p10: Math.min(...x),
  p90: Math.max(...x),
  ...extra,
});
const ratios = (a: number[], b: number[]): number[] => a.map((x, i) => x / b[i]);
const fmt = (r: number[]): string => `median ${median(r).toFixed(2)} (rounds: ${r.map((x) => x.toFixed(2)).join(', ')})`;
/** A goal of issue #10: `ratio` in the target's terms, met when it reaches `atLeast` (or stays within `atMost`). */
const goal = (name: string, target: string, measured: string, ratio: number, bound: { atLeast: number } | { atMost: number }): BenchGoal => ({
  name: `#10 ${name}`,
  target,
  measured,
  ratio,
  met: Number.isNaN(ratio) ? null : 'atLeast' in bound ? ratio >= bound.atLeast : ratio <= bound.atMost,
});

/** CPU milliseconds (user + system) of this process. */
const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** fn timed with WebAssembly off (TypeScript reference) or on. */
function timed(now: () => number, wasm: boolean, fn: () => unknown): number {
  disableWasm(!wasm);
  try {
    const t0 = now();
    fn();
    return now() - t0;
  } finally {
    disableWasm(false);
  }
}

/** `rounds` alternating timings of fn on the TypeScript reference and with WebAssembly (after one warm-up of each), per `per` calls. */
function versus(now: () => number, rounds: number, fn: () => unknown, per = 1): { ts: number[]; wasm: number[] } {
  timed(now, true, fn);
  timed(now, false, fn);
  const ts: number[] = [];
  const wasm: number[] = [];
  for (let r = 0; r < rounds; r++) {
    ts.push(timed(now, false, fn) / per);
    wasm.push(timed(now, true, fn) / per);
  }
  return { ts, wasm };
}

const D = 4000;
const ALPHA = 2;
const N_ROWS = ALPHA * D;
const spherical: GlmParams = { prior: 'gaussian', channel: 'sign', noise: 0, rho: 1 };
const gampRun = (iters: number) => glmAmp(spherical, { alpha: ALPHA, d: D, seed: 1, seeds: 1, iters, damping: 0 });

/** The C streaming program, compiled once into the temp folder; null without a C compiler. */
function streamBinary(): string | null {
  const exe = join(tmpdir(), 'learning-phases-stream');
  try {
    execFileSync('cc', ['-O3', '-o', exe, new URL('./stream.c', import.meta.url).pathname], { stdio: 'ignore' });
    return exe;
  } catch {
    return null;
  }
}

/**
 * GAMP at d = 4000, α = 2 (one iteration = (T(11 iterations) − T(1))/10, which cancels the draw of X) against
 * reading the n×d Float32 X twice in C: per round, C (3 runs) then GAMP with WebAssembly; the TypeScript reference
 * of the products is timed on the same X.
 */
function benchGamp(now: () => number, rounds: number): BenchRow[] {
  const exe = streamBinary();
  const c = (): { read: number[]; matvec: number[] } => JSON.parse(execFileSync(exe!, [String(N_ROWS), String(D), '3'], { encoding: 'utf8' }));
  const read: number[] = [];
  const cMatvec: number[] = [];
  const iter: number[] = [];
  gampRun(2);
  for (let r = 0; r < rounds; r++) {
    if (exe) {
      const out = c();
      read.push(median(out.read));
      cMatvec.push(median(out.matvec));
    }
    const g1 = timed(now, true, () => gampRun(1));
    const g11 = timed(now, true, () => gampRun(11));
    iter.push((g11 - g1) / 10);
  }
  // the same iteration on the TypeScript reference (before the kernels): (T(3) − T(1))/2, two rounds
  const iterTs: number[] = [];
  for (let r = 0; r < 2; r++) iterTs.push((timed(now, false, () => gampRun(3)) - timed(now, false, () => gampRun(1))) / 2);
  // the two products alone, WebAssembly against the TypeScript reference, on the same entries
  const v = new Rng(2).fillNormal(new Float64Array(D));
  const u = new Float64Array(N_ROWS);
  const products = (wasm: boolean): number => {
    disableWasm(!wasm);
    const X = storedGaussian(N_ROWS, D, new Rng(childSeed(1, 0)), 1 / Math.sqrt(D));
    disableWasm(false);
    const t = timed(now, wasm, () => {
      X.times(v, u);
      X.transposeTimes(u, v);
    });
    X.dispose();
    return t;
  };
  const pw: number[] = [];
  const pt: number[] = [];
  for (let r = 0; r < 3; r++) {
    pt.push(products(false));
    pw.push(products(true));
  }
  // X streamed (beyond GAMP_MAX_ENTRIES; forced here at d = 2000): every product redraws the entries
  const streamedRun = (iters: number) => glmAmp(spherical, { alpha: ALPHA, d: 2000, seed: 1, seeds: 1, iters, damping: 0, maxStoredEntries: 0 });
  const streamed = (wasm: boolean) => (timed(now, wasm, () => streamedRun(3)) - timed(now, wasm, () => streamedRun(1))) / 2;
  const sw: number[] = [];
  const st: number[] = [];
  for (let r = 0; r < 2; r++) {
    st.push(streamed(false));
    sw.push(streamed(true));
  }
  const rows: BenchRow[] = [];
  if (exe) {
    rows.push(row(`C (cc -O3): read the ${N_ROWS}×${D} Float32 X twice (integer sum of the words)`, read, { note: `${((2 * 4 * N_ROWS * D) / (median(read) * 1e6)).toFixed(1)} GB/s` }));
    rows.push(row('C (cc -O3): plain X v + Xᵀu over the same X (one accumulator per row)', cMatvec));
  }
  rows.push(
    row(`GAMP per iteration, d = ${D}, α = ${ALPHA}, sign channel (WebAssembly kernels)`, iter, {
      target: '≤ 1.5× C read',
      note: exe ? `ratio to the C read: ${fmt(ratios(iter, read))}; to C X v + Xᵀu: ${median(ratios(iter, cMatvec)).toFixed(2)}` : 'no C compiler (cc): no baseline',
      goals: [goal(
        `GAMP iteration d = ${D}, α = ${ALPHA} vs a C read of X`,
        '≤ 1.5× C read',
        exe ? `${median(iter).toFixed(1)} ms vs ${median(read).toFixed(1)} ms (CPU)` : 'no C compiler (cc)',
        exe ? median(ratios(iter, read)) : NaN,
        { atMost: 1.5 },
      )],
    }),
    row('GAMP per iteration, same run, TypeScript reference (before the kernels)', iterTs, {
      note: exe ? `ratio to the C read: ${(median(iterTs) / median(read)).toFixed(2)}` : '',
    }),
    row('X v + Xᵀu, TypeScript reference (linalg.ts)', pt),
    row('GAMP per iteration, X streamed (d = 2000, α = 2), TypeScript reference', st),
    row('GAMP per iteration, X streamed (d = 2000, α = 2), WebAssembly (same bits)', sw, { note: `speed-up: ${fmt(ratios(st, sw))}` }),
    row('X v + Xᵀu, WebAssembly (f32Matrix.ts, same bits)', pw, { note: `speed-up over TypeScript: ${fmt(ratios(pt, pw))}` }),
  );
  return rows;
}

/** One gradient of the spiked matrix-tensor loss at N = 200, p = 3 (the GF step), WebAssembly vs TypeScript. */
function benchGf(now: () => number, rounds: number): BenchRow[] {
  const rng = new Rng(1);
  const inst = spikedInstance(200, 2.5, 1, rng);
  const x = randomOnSphere(200, rng);
  const g = new Float64Array(200);
  const { ts, wasm } = versus(now, rounds, () => {
    for (let k = 0; k < 20; k++) lossGradient(inst, x, g);
  }, 20);
  return [
    row('GF step N = 200, p = 3: ∇L over the N³/6 Float32 tensor, TypeScript reference', ts),
    row('GF step N = 200, p = 3, WebAssembly (same bits)', wasm, {
      target: 'ratio to TS',
      note: `speed-up: ${fmt(ratios(ts, wasm))}`,
      goals: [goal('GF step N = 200, p = 3 vs the TypeScript kernel', 'ratio to TS (> 1)', `${median(wasm).toFixed(2)} vs ${median(ts).toFixed(2)} ms`, median(ratios(ts, wasm)), { atLeast: 1 })],
    }),
  ];
}

/** One phase-retrieval loss gradient at N = 500, α = 10 (a 5000×500 Float32 A, read once), WebAssembly vs TypeScript. */
function benchPr(now: () => number, rounds: number): BenchRow[] {
  const N = 500;
  const alpha = 10;
  const rng = new Rng(1);
  const inst = prInstance(N, alpha, rng);
  const x = randomOnSphere(N, rng);
  const g = new Float64Array(N);
  const { ts, wasm } = versus(now, rounds, () => {
    for (let k = 0; k < 10; k++) prLossGradient(inst, x, alpha, g);
  }, 10);
  return [
    row(`phase-retrieval ∇L, N = ${N}, α = ${alpha} (one pass over A, both products per row), TypeScript reference`, ts),
    row(`phase-retrieval ∇L, N = ${N}, α = ${alpha}, WebAssembly (same bits)`, wasm, { target: 'ratio to TS', note: `speed-up: ${fmt(ratios(ts, wasm))}` }),
  ];
}

/**
 * Online SGD at N = 1000, K = M = 2 (erf, η = 0.5, first layer only, init std 1e-3): steps per second, WebAssembly
 * (the Gaussian draws) vs TypeScript, and nn2pp's C++ simulator on the same setting when it builds here (per round,
 * its CPU time for 23·N steps minus that for 3·N steps: its start-up and print-outs cancel).
 */
function benchSgd(now: () => number, rounds: number): BenchRow[] {
  const STEPS = 20_000;
  const p = { K: 2, M: 2, act: 'erf', eta: 0.5, sigma: 0, both: 0, N: 1000, seed: 1, init: 1e-3 } as const;
  const builds = nn2ppBuilds();
  const cxx: number[][] = typeof builds === 'string' ? [] : builds.map(() => []);
  const ts: number[] = [];
  const wasm: number[] = [];
  const run = () => sgdRun(p, 1, [STEPS]);
  timed(now, true, run);
  timed(now, false, run);
  for (let r = 0; r < rounds; r++) {
    if (typeof builds !== 'string') builds.forEach((b, k) => cxx[k].push(nn2ppCpuMs(b, 23) - nn2ppCpuMs(b, 3)));
    ts.push(timed(now, false, run));
    wasm.push(timed(now, true, run));
  }
  const perSec = (ms: number) => Math.round(STEPS / (ms / 1000));
  const rows: BenchRow[] = [row(`online SGD N = 1000, K = M = 2, ${STEPS} steps, TypeScript reference`, ts, { note: `${perSec(median(ts))} steps/s` })];
  if (typeof builds === 'string') rows.push({ name: 'nn2pp (C++, Armadillo): not measured', runs: 0, median: 0, p10: 0, p90: 0, note: builds });
  else builds.forEach((b, k) => rows.push(row(`nn2pp (C++, Armadillo, ${b.label}), same setting, ${STEPS} steps`, cxx[k], { note: `${perSec(median(cxx[k]))} steps/s` })));
  // the stricter baseline: the faster of the nn2pp builds, round by round
  const best = cxx.length ? ts.map((_, r) => Math.min(...cxx.map((c) => c[r]))) : [];
  rows.push(
    row(`online SGD N = 1000, K = M = 2, ${STEPS} steps, WebAssembly Gaussian draws (same stream)`, wasm, {
      target: '≥ 1× nn2pp',
      note: `${perSec(median(wasm))} steps/s; speed-up over TS: ${fmt(ratios(ts, wasm))}` + (best.length ? `; over the faster nn2pp: ${fmt(ratios(best, wasm))}` : ''),
      goals: [
        goal(
          'online SGD N = 1000, K = M = 2 vs nn2pp (C++)',
          '≥ 1× the faster nn2pp build',
          best.length ? `${perSec(median(wasm))} vs ${perSec(median(best))} steps/s` : typeof builds === 'string' ? builds : '',
          best.length ? median(ratios(best, wasm)) : NaN,
          { atLeast: 1 },
        ),
        goal('online SGD steps/s vs the TypeScript kernel', 'ratio to TS (> 1)', `${perSec(median(wasm))} vs ${perSec(median(ts))} steps/s`, median(ratios(ts, wasm)), { atLeast: 1 }),
      ],
    }),
  );
  return rows;
}

/** 10⁶ standard normals into a Float64Array (the SGD inputs, every instance), WebAssembly vs TypeScript. */
function benchNormals(now: () => number, rounds: number): BenchRow[] {
  const out = new Float64Array(1_000_000);
  const { ts, wasm } = versus(now, rounds, () => new Rng(5).fillNormal(out));
  return [
    row('10⁶ normals (xoshiro128** + polar Box-Muller), TypeScript reference', ts, { note: `${median(ts).toFixed(0)} ns per normal` }),
    row('10⁶ normals, WebAssembly (same stream)', wasm, { note: `${median(wasm).toFixed(0)} ns per normal; speed-up: ${fmt(ratios(ts, wasm))}` }),
  ];
}

/** Warm-up runs of the SE curve before it is timed. */
const WARM = 20;

/** The GLM SE learning curve (300 α, both branches, sign channel) against scripts/bench/se_reference.py. */
function benchSe(now: () => number, rounds: number): BenchRow[] {
  const alphas = logGrid(0.01, 10, 300);
  const curve = () => glmCurve(spherical, alphas);
  const script = new URL('./se_reference.py', import.meta.url).pathname;
  const py = (): number | null => {
    try {
      return JSON.parse(execFileSync('python3', [script, '300', '0.01', '10'], { encoding: 'utf8' })).cpu_ms;
    } catch {
      return null;
    }
  };
  // the first (cold) curve, then WARM more: V8 compiles the solver's loops in tiers over the first runs, and a curve
  // is computed on every step of a slider, so the steady state is what the reader waits for
  const cold = timed(now, true, curve);
  for (let k = 0; k < WARM; k++) curve();
  const ts: number[] = [];
  const np: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const ref = py();
    if (ref !== null) np.push(ref);
    const t = [0, 1, 2].map(() => timed(now, true, curve));
    ts.push(median(t));
  }
  const coldNote = `first (cold) run ${cold.toFixed(1)} ms, then ${WARM} warm-up runs`;
  const name = 'SE learning curve (300 α × 2 branches, sign channel) vs numpy';
  if (np.length < rounds) {
    const missing = 'python3 with numpy and scipy not found: no reference';
    return [row('GLM SE learning curve, 300 α × 2 branches, sign channel', ts, { note: `${missing}; ${coldNote}`, goals: [goal(name, '≥ 50× faster than numpy', missing, NaN, { atLeast: 50 })] })];
  }
  return [
    row('numpy reference: SE 300 α × 2 branches, sign channel (scripts/bench/se_reference.py, loop time only)', np),
    row('GLM SE learning curve, 300 α × 2 branches + f_RS, sign channel', ts, {
      target: '≥ 50× faster than numpy',
      note: `numpy / ours: ${fmt(ratios(np, ts))}; ${coldNote}`,
      goals: [goal(name, '≥ 50× faster than numpy', `${median(ts).toFixed(2)} ms vs ${median(np).toFixed(1)} ms (CPU)`, median(ratios(np, ts)), { atLeast: 50 })],
    }),
  ];
}

/** DMFT to t = 100 at h = 0.1 (landscapes/dmft.ts, 1000 steps, O(n³) memory sums): the goal is wall time; CPU time beside it. */
function benchDmft(rounds: number): BenchRow[] {
  const run = () => landscapeDmft({ invd2: 3, dp: 4, T: 0, m0: 1e-15, h: 0.1, tmax: 100 });
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = cpuNow();
    wall.push(timed(() => performance.now(), true, run));
    cpu.push(cpuNow() - c0);
  }
  return [
    row('landscapes DMFT to t = 100, h = 0.1 (1000 steps), CPU time', cpu),
    row('landscapes DMFT to t = 100, h = 0.1 (1000 steps), wall time', wall, {
      target: '≤ 2 s',
      goals: [goal('DMFT t = 100, h = 0.1', '≤ 2 s wall', `${(median(wall) / 1000).toFixed(2)} s wall, ${(median(cpu) / 1000).toFixed(2)} s CPU`, median(wall) / 2000, { atMost: 1 })],
    }),
  ];
}

export async function benchKernels(_kit: BenchKit): Promise<BenchRow[]> {
  const now = cpuNow;
  const rows: BenchRow[] = [];
  if (!wasmKernels()) rows.push({ name: 'WebAssembly kernels did not load: every row below runs TypeScript', runs: 0, median: 0, p10: 0, p90: 0 });
  rows.push(...benchNormals(now, 5), ...benchGf(now, 5), ...benchPr(now, 5), ...benchSgd(now, 3), ...benchSe(now, 5), ...benchDmft(3), ...benchGamp(now, 3));
  return rows;
}
