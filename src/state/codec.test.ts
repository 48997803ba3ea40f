import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clampNumber, formatNumber, fromUnit, parseParam, roundToStep, sanitise, serialiseParam, toUnit } from './codec.ts';
import type { NumberParam, ParamSpec } from '../../workers/physics/schema.ts';
import { glmParams } from '../../workers/physics/glm/params.ts';
import { hostileText, validValue } from './arbitraries.ts';

const alpha = glmParams.find((p) => p.key === 'alpha') as NumberParam;
const K: NumberParam = { kind: 'number', key: 'K', label: 'K', tex: 'K', min: 1, max: 99, step: 1, scale: 'lin', default: 2, integer: true, infinityToken: 'large' };

/** the properties are run over every chapter's schema in src/chapters/schemas.test.ts; here, a K with an infinity token */
const specs: readonly ParamSpec[] = [K];

describe('parameter codec', () => {
  it('round-trips every valid value of every schema entry through the URL text', () => {
    for (const spec of specs) {
      fc.assert(
        fc.property(validValue(spec), (v) => {
          const back = parseParam(spec, serialiseParam(spec, v));
          expect(back.issue).toBeUndefined();
          expect(back.value).toBe(v);
        }),
      );
    }
  });
  it('never yields NaN or an out-of-range value from hostile text, and says why it changed it', () => {
    for (const spec of specs) {
      fc.assert(
        fc.property(hostileText, (raw) => {
          const { value, issue } = parseParam(spec, raw);
          if (spec.kind === 'enum') {
            expect(spec.options.map((o) => o.value)).toContain(value);
          } else {
            const x = value as number;
            expect(Number.isNaN(x)).toBe(false);
            if (x !== Infinity) {
              expect(x).toBeGreaterThanOrEqual(spec.min);
              expect(x).toBeLessThanOrEqual(spec.max);
            } else expect(spec.infinityToken).toBeDefined();
          }
          if (issue) expect(issue.startsWith(spec.key + ':')).toBe(true);
        }),
      );
    }
  });
  it('clamps with a notice naming the key', () => {
    expect(parseParam(alpha, '50')).toEqual({ value: 10, issue: 'alpha: 50 is outside 0.01…10; using 10' });
    expect(parseParam(alpha, 'abc').issue).toMatch(/^alpha: "abc" is not a number/);
    expect(parseParam(K, 'large').value).toBe(Infinity);
    expect(serialiseParam(K, Infinity)).toBe('large');
    expect(clampNumber(K, 3.6)).toBe(4);
  });
  it('log slider positions map back to the same value (3 significant digits)', () => {
    expect(toUnit(alpha, 0.01)).toBe(0);
    expect(toUnit(alpha, 10)).toBeCloseTo(1, 12);
    expect(fromUnit(alpha, 0.5)).toBe(Number(Math.sqrt(0.1).toPrecision(3)));
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (t) => {
        const v = fromUnit(alpha, t);
        expect(v).toBe(roundToStep(alpha, v));
        expect(v >= alpha.min && v <= alpha.max).toBe(true);
      }),
    );
  });
  it('writes numbers with the fewest digits that read back exactly, and sanitises whole records', () => {
    expect(formatNumber(0.3)).toBe('0.3');
    expect(formatNumber(0.1 + 0.2)).toBe('0.30000000000000004'); // not 0.3: that is another number
    expect(formatNumber(1234567)).toBe('1234567');
    expect(formatNumber(123456789)).toBe('123456789'); // issue #11 F1: was 123457000
    expect(formatNumber(1.5e-7)).toBe('1.5e-7');
    expect(formatNumber(2.5e21)).toBe('2.5e21'); // no '+': it would read back as a space in a query
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => Number(formatNumber(x)) === x),
      { numRuns: 10_000 },
    );
    expect(sanitise(glmParams, { alpha: 99, prior: 'nope' })).toMatchObject({ alpha: 10, prior: 'gaussian', channel: 'sign' });
  });
});
