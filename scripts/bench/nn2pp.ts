// nn2pp (Goldt et al., NeurIPS 2019, arXiv:1906.08632; github.com/sgoldt/nn2pp), the C++/Armadillo online-SGD simulator
// the issue #10 goal is measured against: built here from its source when a checkout is found (NN2PP_SRC, else
// <tmpdir>/nn2pp) and Armadillo is installed (Debian: apt-get install libarmadillo-dev); otherwise the bench says why.
// Two builds: the flags of its Makefile (-O3, Armadillo's bounds checks on, as shipped) and the fastest we know
// (-O3 -march=native -DARMA_NO_DEBUG); both single-threaded (OMP_NUM_THREADS = OPENBLAS_NUM_THREADS = 1).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Nn2pp {
  /** label of the build (its flags) */
  label: string;
  exe: string;
}

/** The checkout, or why there is none. */
function source(): { dir: string } | { missing: string } {
  const dir = process.env.NN2PP_SRC ?? join(tmpdir(), 'nn2pp');
  if (!existsSync(join(dir, 'nn2pp.cpp'))) return { missing: `no nn2pp source in ${dir} (set NN2PP_SRC to a checkout of github.com/sgoldt/nn2pp)` };
  return { dir };
}

/** The two builds (compiled once into the temp folder), or a sentence saying why not. */
export function nn2ppBuilds(): Nn2pp[] | string {
  const src = source();
  if ('missing' in src) return src.missing;
  const builds = [
    { label: 'its Makefile: g++ -O3', flags: ['-O3'] },
    { label: 'g++ -O3 -march=native -DARMA_NO_DEBUG', flags: ['-O3', '-march=native', '-DARMA_NO_DEBUG'] },
  ];
  const out: Nn2pp[] = [];
  for (const [k, b] of builds.entries()) {
    const exe = join(tmpdir(), `learning-phases-nn2pp-${k}`);
    try {
      execFileSync('g++', ['-std=c++11', ...b.flags, '-fopenmp', '-o', exe, join(src.dir, 'nn2pp.cpp'), '-larmadillo'], { stdio: 'ignore' });
    } catch {
      return 'nn2pp did not build (needs g++ and Armadillo: apt-get install libarmadillo-dev)';
    }
    out.push({ label: b.label, exe });
  }
  return out;
}

/**
 * CPU milliseconds (user + system, bash's `time`) of one nn2pp run of `steps`·N online SGD steps at N = 1000,
 * K = M = 2, erf, η = 0.5, small init (std 1e-3, its --init 2), first layer only, seed 1 — our sgdRun reference
 * setting. Its log file goes to the temp folder.
 */
export function nn2ppCpuMs(b: Nn2pp, stepsOverN: number): number {
  const run = `${b.exe} --N 1000 --M 2 --K 2 --lr 0.5 --steps ${stepsOverN} --init 2 --seed 1 --quiet > /dev/null 2>&1`;
  const cmd = `TIMEFORMAT='%3U %3S'; { time ${run} ; } 2>&1`;
  const env = { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1' };
  const out = execFileSync('bash', ['-c', cmd], { cwd: tmpdir(), env, encoding: 'utf8' });
  const [user, sys] = out.trim().split(/\s+/).slice(-2).map(Number);
  return (user + sys) * 1000;
}
