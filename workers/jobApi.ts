import type { Job } from './physics/manifest.ts';
import { transferable } from './transfer.ts';

/**
 * The worker's API object from the models' job sets: every job wrapped so that its final result's typed
 * arrays are transferred (partial results are cloned: a job may keep filling what it posted), plus `ping`.
 * workers/api.ts builds it from the registry (Node: CLI bench, tests); physics.worker.ts from the
 * `jobs.ts` files it finds (the browser worker then carries no schema, CLI or bench code).
 */
export function jobApi(jobSets: readonly object[]): Record<string, Job> {
  const api: Record<string, Job> = {
    /** a no-op round trip, for the latency benchmark and the pool's health checks */
    ping: (req: never) => req,
  };
  for (const set of jobSets) {
    for (const [name, job] of Object.entries(set) as [string, Job][]) {
      if (name in api) throw new Error(`job "${name}" is declared twice`);
      api[name] = (req, onProgress, onPartial) => transferable(job(req, onProgress, onPartial));
    }
  }
  return api;
}
