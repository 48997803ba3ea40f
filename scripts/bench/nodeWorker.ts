// The physics worker under node:worker_threads (the same API object the browser worker exposes).
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { physicsApi } from '../../workers/api.ts';

expose(physicsApi, nodeEndpoint(parentPort!));
