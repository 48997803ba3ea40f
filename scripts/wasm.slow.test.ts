// The committed module is what the committed source compiles to (a clean clone needs no build step to run).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { compileKernels, GENERATED, generatedSource } from './wasm.ts';

it('kernelsWasm.ts is byte-identical to a fresh build of kernels.as (else: npx tsx scripts/wasm.ts)', async () => {
  expect(generatedSource(await compileKernels())).toBe(readFileSync(GENERATED, 'utf8'));
});
