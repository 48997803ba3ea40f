import fc from 'fast-check';
import type { ParamSpec, ParamValue, ParamValues } from '../../workers/physics/schema.ts';

/** Property-test generators from the schema: valid values, and hostile URL text. */
export function validValue(spec: ParamSpec): fc.Arbitrary<ParamValue> {
  if (spec.kind === 'enum') return fc.constantFrom(...spec.options.map((o) => o.value));
  const base = spec.integer
    ? fc.integer({ min: Math.ceil(spec.min), max: Math.floor(spec.max) })
    : fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true });
  return spec.infinityToken ? fc.oneof(base, fc.constant(Infinity)) : base;
}

export function validValues(specs: readonly ParamSpec[]): fc.Arbitrary<ParamValues> {
  return fc.record(Object.fromEntries(specs.map((s) => [s.key, validValue(s)]))) as fc.Arbitrary<ParamValues>;
}

/** Anything a user might paste: numbers far out of range, words, empty, exotic unicode. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.double().map(String),
  fc.constantFrom('', 'NaN', 'Infinity', '-Infinity', '1e400', '-0', '0x10', ' 2 ', '1,5', 'large', '∞', '%00'),
);

/** Chromium's URL length limit, the size of the largest link a reader can paste. */
export const URL_LIMIT = 2 * 1024 * 1024;

/**
 * Hostile queries of `size` characters (a glm link), each filled with one kind of junk: a `controls` list,
 * unknown keys, repeated keys, a huge number and a huge word. For url.test.ts (bounded notices, linear
 * time) and url.bench.ts (parse time).
 */
export function hugeQueries(size = URL_LIMIT): Record<'controls' | 'unknown' | 'repeated' | 'value', string> {
  const fill = (head: string, item: (i: number) => string) => {
    const parts = [head];
    let n = head.length;
    for (let i = 0; n < size; i++) n += (parts[parts.length] = item(i)).length;
    return parts.join('').slice(0, size);
  };
  return {
    controls: fill('?ch=glm&embed=1&controls=alpha,noise,alpha', (i) => `,x${i}`),
    unknown: fill('?ch=glm', (i) => `&k${i}=${i}`),
    repeated: fill('?ch=glm&alpha=3', (i) => `&alpha=${i}&d=${i}&fig=${i}&embed=${i}`),
    value: `?ch=glm&alpha=${'9'.repeat(size / 2)}&d=${'1'.repeat(size / 4)}x&fig=${'f'.repeat(size / 4 - 30)}`,
  };
}
