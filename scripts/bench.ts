// `npm run bench [suite]`: speed goals as a printed table (never as timed tests). The suites are the
// models' own (workers/physics/models.ts → manifest.bench), plus the worker round trip measured over
// comlink on node:worker_threads.
import { Worker } from 'node:worker_threads';
import { wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { bench, printGoals, printTable } from './bench/harness.ts';
import { benchKernels } from './bench/kernels.ts';
import type { BenchKit, BenchRow, BenchSuite } from '../workers/physics/manifest.ts';
import type { PhysicsApi } from '../workers/api.ts';
import { models } from '../workers/physics/models.ts';

async function benchWorker({ bench }: BenchKit): Promise<BenchRow[]> {
  // The worker thread needs tsx's loader registered before it imports TypeScript.
  const file = new URL('./bench/nodeWorker.ts', import.meta.url).href;
  const w = new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(file)}); })`, { eval: true });
  const api = wrap<PhysicsApi>(nodeEndpoint(w));
  const out = [await bench('worker round trip (comlink ping, node:worker_threads)', () => api.ping({ t: 0 }), { warmup: 20, runs: 200, note: 'browser postMessage is similar or faster' })];
  const curve = { prior: 'gaussian', channel: 'sign', noise: 0, rho: 1, alphaMin: 0.01, alphaMax: 10, n: 300, scale: 'log' } as const;
  out.push(await bench('GLM curve via the worker (300 α, transfer back)', () => api.glmLearningCurve(curve), { runs: 10 }));
  await w.terminate();
  return out;
}

const only = process.argv[2];
const suites: Record<string, BenchSuite> = { worker: benchWorker, kernels: benchKernels };
for (const m of models) Object.assign(suites, await m.bench());
if (only && !(only in suites)) {
  console.error(`unknown suite "${only}"; suites: ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}
const kit: BenchKit = { bench, now: () => performance.now() };
const rows: BenchRow[] = [];
for (const [name, suite] of Object.entries(suites)) if (!only || only === name) rows.push(...(await suite(kit)));
printTable(rows);
printGoals(rows);
