import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Physics stays pure: no DOM, no UI libraries, no clock, no unseeded randomness.
    files: ['workers/physics/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', 'd3', 'd3-*', 'zustand', 'zustand/*', '**/src/**'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'performance'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'use the seeded Rng' }, { object: 'Date', property: 'now' }],
    },
  },
);
