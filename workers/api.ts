import { glmApi } from './glm.api.ts';
import { committeeApi } from './committee.api.ts';
import { landscapesApi } from './landscapes.api.ts';
import { sgdApi } from './sgd.api.ts';

/**
 * The comlink surface of the physics worker: one function per job, `(request, onProgress?) → result`.
 * Every model adds its `*.api.ts` object here (one line); all jobs run in the same pool.
 */
export const physicsApi = {
  ...glmApi,
  ...committeeApi,
  ...landscapesApi,
  ...sgdApi,
  /** a no-op round trip, for the latency benchmark and the pool's health checks */
  ping(req: { t: number }): { t: number } {
    return req;
  },
};

export type PhysicsApi = typeof physicsApi;
export type JobName = keyof PhysicsApi;
export type JobRequest<M extends JobName> = Parameters<PhysicsApi[M]>[0];
export type JobResult<M extends JobName> = Awaited<ReturnType<PhysicsApi[M]>>;
export type ProgressFn = (fraction: number) => void;
