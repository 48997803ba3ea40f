/// <reference lib="webworker" />
// Only the expose call lives here: importing a module that calls expose(self) crashes in Node,
// so the API object stays in api.ts where tests and the CLI can import it.
import { expose } from 'comlink';
import { physicsApi } from './api.ts';

expose(physicsApi);
