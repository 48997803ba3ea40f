/// <reference lib="webworker" />
// Only the expose call lives here: importing a module that calls expose(self) crashes in Node, so the
// API is built in jobApi.ts. The worker takes every model's jobs.ts (found by folder, as the registry
// lists them: scripts/manifests.test.ts checks the two agree) and none of the manifests, so it carries
// no schema labels, CLI or bench code.
import { expose } from 'comlink';
import { jobApi } from './jobApi.ts';

expose(jobApi(Object.values(import.meta.glob<object>('./physics/*/jobs.ts', { eager: true, import: 'jobs' }))));
