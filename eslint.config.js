import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * The layers, and what each may import (a forbidden import is an error; scripts/lint/importGraph.test.ts
 * adds that the whole graph has no cycle). Patterns match the import text, so each folder lists the
 * relative paths that would leave it. Layers, bottom up:
 *   workers/physics/numerics → workers/physics/<model> → workers/physics/{schema,manifest,models}.ts
 *   → workers/{api,transfer,physics.worker}.ts
 *   src: charts, ui → state → compute → view → chapters → app
 */
const PACKAGES_UI = ['react', 'react-*', 'react/*', 'd3', 'd3-*', 'zustand', 'zustand/*', 'comlink', 'katex', 'katex/*'];

// Tests may reach across layers to set up real inputs (a state test with a real chapter schema).
const restrict = (files, patterns, extra = {}) => ({
  files,
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }], ...extra },
});
/** everything under workers/physics/ except what `allow` matches (regex source, for the text after workers/physics/) */
const physicsExcept = (allow, message) => ({
  regex: `(^|/)workers/physics/(?!${allow})`,
  message,
});

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
  // Physics stays pure: no DOM, no UI libraries, no transport, no clock, no unseeded randomness; and it
  // imports nothing outside workers/physics/.
  {
    files: ['workers/physics/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'performance'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'use the seeded Rng' }, { object: 'Date', property: 'now' }],
    },
  },
  restrict(['workers/physics/numerics/**/*.ts'], [
    { group: PACKAGES_UI, message: 'physics is pure TypeScript' },
    { regex: '^\\.\\./', message: 'numerics imports nothing of the project but numerics' },
  ]),
  restrict(['workers/physics/*/**/*.ts'], [
    { group: PACKAGES_UI, message: 'physics is pure TypeScript' },
    { regex: '^\\.\\./\\.\\./', message: 'a model imports only physics (numerics, the schema and manifest kit)' },
  ]),
  restrict(['workers/physics/*.ts'], [
    { group: PACKAGES_UI, message: 'physics is pure TypeScript' },
    { regex: '^\\.\\./', message: 'physics imports nothing outside workers/physics/' },
  ]),
  // The worker surface: physics and comlink, nothing of the page.
  restrict(['workers/*.ts'], [{ regex: '(^|/)(src|scripts|e2e)/', message: 'the worker knows nothing of the page' }]),
  // Charts draw data: no physics, compute, state, chapters, view or app.
  restrict(['src/charts/**/*.{ts,tsx}'], [
    { regex: '(^|/)workers/', message: 'charts never compute physics' },
    { regex: '^\\.\\./(state|compute|chapters|view|app|ui)/', message: 'charts import only charts, react and d3' },
  ]),
  restrict(['src/ui/**/*.{ts,tsx}'], [
    physicsExcept('schema\\.ts$', 'ui controls know the schema, nothing else of physics'),
    { regex: '^\\.\\./(compute|chapters|view|app|charts)/', message: 'ui imports only ui and state' },
  ]),
  restrict(['src/state/**/*.ts'], [
    physicsExcept('schema\\.ts$', 'the store knows the schema kit only'),
    { regex: '^\\.\\./(compute|chapters|view|app|charts|ui)/', message: 'state imports no compute, chapter, view or UI' },
  ]),
  restrict(['src/compute/**/*.{ts,tsx}'], [
    { regex: '(^|/)workers/(?!api\\.ts$)', message: 'compute reaches the worker through workers/api.ts types' },
    { regex: '(^|/)workers/api\\.ts$', allowTypeImports: true, message: 'compute imports the worker API as types only' },
    { regex: '^\\.\\./(chapters|view|app|charts|ui)/', message: 'compute imports no chapter, view or UI' },
  ]),
  restrict(['src/view/**/*.{ts,tsx}'], [
    physicsExcept('schema\\.ts$', 'the figure kit knows the schema kit only'),
    { regex: '^\\.\\./(chapters|app)/(?!types\\.ts$)', message: 'view imports no chapter or app (chapters/types.ts is the contract)' },
  ]),
  // The figure's tools (lecture mode, pins and two-up, overlaid data, citations, offline): UI beside the figure
  // kit, so like it they know the schema kit only and no chapter or shell.
  restrict(['src/{lecture,compare,overlay,cite,offline}/**/*.{ts,tsx}'], [
    physicsExcept('schema\\.ts$', 'the figure tools know the schema kit only'),
    { regex: '^\\.\\./(chapters|app)/(?!types\\.ts$)', message: 'the figure tools import no chapter or shell (chapters/types.ts is the contract)' },
  ]),
  // Chapters reach physics only through the manifest's types (and the schema values they draw controls from).
  restrict(['src/chapters/**/*.{ts,tsx}'], [
    physicsExcept('schema\\.ts$|[a-z]+/(params|manifest)\\.ts$', 'chapters reach physics only through workers/physics/<model>/manifest.ts types and params.ts'),
    { regex: '(^|/)workers/physics/[a-z]+/manifest\\.ts$', allowTypeImports: true, message: 'import the manifest as types only' },
    { regex: '(^|/)workers/api\\.ts$', allowTypeImports: true, message: 'import the worker API as types only' },
    { regex: '(^|/)workers/(?!api\\.ts$|physics/)', message: 'chapters reach the worker through src/compute' },
    { regex: '^\\.\\./\\.\\./app/', message: 'chapters do not import the shell' },
  ]),
  // The shell: anything of src/, physics as types and schema only.
  restrict(['src/app/**/*.{ts,tsx}', 'src/main.tsx'], [
    physicsExcept('schema\\.ts$', 'the shell knows the schema kit only'),
    { regex: '(^|/)workers/api\\.ts$', allowTypeImports: true, message: 'import the worker API as types only' },
  ]),
);
