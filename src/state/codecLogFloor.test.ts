import { describe, expect, it } from 'vitest';
import type { NumberParam } from '../../workers/physics/schema.ts';
import { fromUnit, toUnit } from './codec.ts';

// erm's λ: a log slider whose first stop is 0 (λ → 0⁺), then 1e-4 … 100, and `opt` (+∞) past the end
const lambda: NumberParam = { kind: 'number', key: 'lambda', label: 'λ', tex: '\\lambda', min: 0, max: 100, logFloor: 1e-4, step: 1e-4, scale: 'log', default: 0.1, infinityToken: 'opt' };

describe('codec: log scale with a logFloor', () => {
  it('puts 0 on the first stop, the floor on the second, max at the end', () => {
    expect(toUnit(lambda, 0)).toBe(0);
    expect(fromUnit(lambda, 0)).toBe(0);
    expect(fromUnit(lambda, 1 / 400)).toBe(1e-4);
    expect(fromUnit(lambda, 1)).toBe(100);
    expect(toUnit(lambda, Infinity)).toBe(1);
  });

  it('round-trips every slider stop (values rounded to 3 digits move less than half a stop)', () => {
    for (let k = 0; k <= 400; k++) expect(Math.abs(toUnit(lambda, fromUnit(lambda, k / 400)) * 400 - k)).toBeLessThan(0.5);
  });
});
