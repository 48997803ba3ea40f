// `npm run bench`: speed goals as a printed table (never as timed tests). Each model adds rows in
// scripts/bench/<model>.ts; the worker round trip is measured over comlink on node:worker_threads.
import { Worker } from 'node:worker_threads';
import { wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { printTable, type BenchRow } from './bench/harness.ts';
import type { PhysicsApi } from '../workers/api.ts';
import { benchGlm } from './bench/glm.ts';
import { benchCommittee } from './bench/committee.ts';
import { benchSgd } from './bench/sgd.ts';
import { benchSgdOde } from './bench/sgdOde.ts';
import { benchLandscapes } from './bench/landscapes.ts';

const only = process.argv[2];
const rows: BenchRow[] = [];
const suites: Record<string, () => Promise<BenchRow[]>> = { glm: benchGlm, committee: benchCommittee, sgd: benchSgd, sgdOde: benchSgdOde, landscapes: benchLandscapes, worker: benchWorker };

async function benchWorker(): Promise<BenchRow[]> {
  const { bench } = await import('./bench/harness.ts');
  // The worker thread needs tsx's loader registered before it imports TypeScript.
  const file = new URL('./bench/nodeWorker.ts', import.meta.url).href;
  const w = new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(file)}); })`, { eval: true });
  const api = wrap<PhysicsApi>(nodeEndpoint(w));
  const out = [await bench('worker round trip (comlink ping, node:worker_threads)', () => api.ping({ t: 0 }), { warmup: 20, runs: 200, note: 'browser postMessage is similar or faster' })];
  const alphas = new Float64Array(300).map((_, i) => 0.01 * Math.pow(1000, i / 299));
  out.push(await bench('GLM curve via the worker (300 α, transfer back)', () => api.glmCurve({ prior: 'gaussian', channel: 'sign', noise: 0, rho: 1, alphas }), { runs: 10 }));
  await w.terminate();
  return out;
}

for (const [name, suite] of Object.entries(suites)) if (!only || only === name) rows.push(...(await suite()));
printTable(rows);
