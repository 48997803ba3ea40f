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
