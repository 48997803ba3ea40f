import { defineConfig } from 'vitest/config';

// Unit tiers: numerics and physics in Node, components and charts under jsdom
// (files named *.dom.test.tsx opt in with a `@vitest-environment jsdom` docblock).
export default defineConfig({
  test: {
    include: ['workers/**/*.test.ts', 'src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
