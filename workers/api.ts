import { models } from './physics/models.ts';
import { jobApi } from './jobApi.ts';
import type { Resumable } from './physics/resumable.ts';

/**
 * The comlink surface of the physics worker: every job of every model (workers/physics/models.ts),
 * `(request, onProgress?, onPartial?) → result`, plus `ping`, `cancel` and `pace`. Job names are unique across
 * models. A job that returns a resumable computation is seen here as a promise of its result (jobApi.ts
 * runs it in slices). The page's worker builds the same object from the `jobs.ts` files
 * (physics.worker.ts); the types here are what the pool, `useJob` and the chapters see.
 */
type JobsOf<T extends readonly unknown[]> = T extends readonly [{ readonly jobs: infer J }, ...infer Rest] ? J & JobsOf<Rest> : unknown;
type Settled<R> = R extends Resumable<infer T, unknown> ? Promise<T> : R;
type Served<J> = { [K in keyof J]: J[K] extends (...a: infer A) => infer R ? (...a: A) => Settled<R> : never };
type ModelJobs = Served<JobsOf<typeof models>>;
type Returns<J> = { [K in keyof J]: J[K] extends (...a: never[]) => infer R ? R : never };

/**
 * The jobs that return a resumable computation (every call: a job that only sometimes does is not one): the
 * worker runs them in slices, so several can share a worker, each advancing a slice in turn (src/compute/pool.ts).
 */
export type StreamingJobName = { [K in keyof ModelJobs]: [Returns<JobsOf<typeof models>>[K]] extends [Resumable<unknown, unknown>] ? K : never }[keyof ModelJobs];

export type PhysicsApi = ModelJobs & { ping(req: { t: number }): { t: number }; cancel(req: { id: number }): boolean; pace(req: { on: boolean }): boolean };

// jobApi wraps each job with its own signature (the result is the same object, marked for transfer).
export const physicsApi = jobApi(models.map((m) => m.jobs)) as unknown as PhysicsApi;

export type JobName = Exclude<keyof PhysicsApi, 'cancel' | 'pace'>;
export type JobRequest<M extends JobName> = Parameters<PhysicsApi[M]>[0];
export type JobResult<M extends JobName> = Awaited<ReturnType<PhysicsApi[M]>>;
export type { ProgressFn } from './physics/manifest.ts';
