import { models } from './physics/models.ts';
import type { Job } from './physics/manifest.ts';
import { transferable } from './transfer.ts';

/**
 * The comlink surface of the physics worker: every job of every model (workers/physics/models.ts),
 * `(request, onProgress?, onPartial?) → result`, plus `ping`. Job names are unique across models
 * (a test checks it). Final results are marked for transfer here, so physics never sees the transport;
 * partial results are cloned (a job may keep filling the arrays it posted).
 */
type JobsOf<T extends readonly unknown[]> = T extends readonly [{ readonly jobs: infer J }, ...infer Rest] ? J & JobsOf<Rest> : unknown;
type ModelJobs = JobsOf<typeof models>;

function transferring<J extends Job>(job: J): J {
  const wrapped = (req: never, onProgress?: (f: number) => void, onPartial?: (p: never) => void) => transferable(job(req, onProgress, onPartial));
  return wrapped as J;
}

const jobs: Record<string, Job> = {};
for (const m of models) for (const [name, job] of Object.entries(m.jobs)) jobs[name] = transferring(job);

export const physicsApi = {
  // The loop above gives every model's jobs, wrapped with the same signatures: the intersection type.
  ...(jobs as unknown as ModelJobs),
  /** a no-op round trip, for the latency benchmark and the pool's health checks */
  ping(req: { t: number }): { t: number } {
    return req;
  },
};

export type PhysicsApi = typeof physicsApi;
export type JobName = keyof PhysicsApi;
export type JobRequest<M extends JobName> = Parameters<PhysicsApi[M]>[0];
export type JobResult<M extends JobName> = Awaited<ReturnType<PhysicsApi[M]>>;
export type { ProgressFn } from './physics/manifest.ts';
