import { configDefaults, defineConfig } from 'vitest/config';

// Unit tiers: numerics and physics in Node, components and charts under jsdom
// (files named *.dom.test.tsx opt in with a `@vitest-environment jsdom` docblock).
// Speed tiers by file name: `*.slow.test.ts` (long finite-size runs, several seconds each) form the project
// 'slow', with the CLI golden outputs (73 commands, ~10 s; run it alone with `npx vitest run scripts/golden.test.ts`);
// everything else is 'fast'. `vitest run` (npm run test:unit, npm test) runs both; npm run test:fast runs
// `--project fast` (< 30 s on 2 cores). A new test that takes seconds goes into a *.slow.test.ts file.
const include = ['workers/**/*.test.ts', 'src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'];
const SLOW = ['**/*.slow.test.ts', 'scripts/golden.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    // Vitest's default in a run is one worker fewer than the cores: a single worker on the 2-core CI machine, so
    // the tiers ran one file at a time (217 s). The tests are CPU-bound and share nothing across files.
    maxWorkers: 2,
    projects: [
      // Many small files: re-importing the modules per file cost more than the tests (47 s → 28 s on 2 cores).
      // The tests keep no state between files that another could see (caches are deterministic, lanes per pool).
      { extends: true, test: { name: 'fast', include, exclude: [...configDefaults.exclude, ...SLOW], isolate: false } },
      // a slow file's longest test takes ~11 s alone; on a machine shared with other jobs it has taken 106 s
      { extends: true, test: { name: 'slow', include: SLOW, testTimeout: 180_000 } },
    ],
  },
});
