import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { glmParams } from '../../workers/physics/glm/params.ts';
import { deckValues } from './deck.ts';
import { NAMESPACE, parseDeckMessage, replyOrigin } from './messages.ts';

const msg = (method: unknown, args?: unknown) => (args === undefined ? { namespace: NAMESPACE, method } : { namespace: NAMESPACE, method, args });

describe('deck message validator', () => {
  it('takes exactly the documented shapes', () => {
    expect(parseDeckMessage(msg('getState'))).toEqual({ method: 'getState' });
    expect(parseDeckMessage(msg('play', []))).toEqual({ method: 'play' });
    expect(parseDeckMessage(msg('pause'))).toEqual({ method: 'pause' });
    expect(parseDeckMessage(msg('step', ['next']))).toEqual({ method: 'step', to: 'next' });
    expect(parseDeckMessage(msg('step', ['prev']))).toEqual({ method: 'step', to: 'prev' });
    expect(parseDeckMessage(msg('step', [3]))).toEqual({ method: 'step', to: 3 });
    expect(parseDeckMessage(msg('setParams', [{ alpha: 1.5, prior: 'binary' }]))).toEqual({ method: 'setParams', values: { alpha: 1.5, prior: 'binary' } });
  });

  it('ignores everything else: other namespaces, unknown methods, wrong arguments, prototype tricks', () => {
    const bad: unknown[] = [
      undefined, null, 1, 'step', [], new Date(), { method: 'getState' }, { namespace: 'Learning-Phases', method: 'getState' },
      msg('nope'), msg('toString'), msg('constructor'), msg('__proto__'), msg(1),
      msg('getState', [1]), msg('getState', 'x'), msg('play', [true]),
      msg('step'), msg('step', []), msg('step', 'next'), msg('step', ['next', 1]), msg('step', [-1]), msg('step', [1.5]), msg('step', [NaN]), msg('step', ['up']),
      msg('setParams'), msg('setParams', []), msg('setParams', [null]), msg('setParams', [[1]]), msg('setParams', [{ alpha: NaN }]), msg('setParams', [{ alpha: Infinity }]),
      msg('setParams', [{ alpha: {} }]), msg('setParams', [{ alpha: true }]), msg('setParams', [{ alpha: 'x'.repeat(201) }]), msg('setParams', [new Map()]),
      msg('setParams', [Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, 1]))]), msg('setParams', [{ a: 1 }, { b: 2 }]),
    ];
    for (const m of bad) expect(parseDeckMessage(m), JSON.stringify(m) ?? String(m)).toBeNull();
  });

  it('never throws on anything structured clone can carry', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ namespace: fc.constant(NAMESPACE), method: fc.constantFrom('setParams', 'step', 'getState', 'x'), args: fc.anything() })), (m) => {
        parseDeckMessage(m);
      }),
    );
  });

  it('setParams values go through the URL codec: clamped, rounded, unknown keys and bad options dropped to defaults', () => {
    const glm = { id: 'glm', params: glmParams, figures: ['curve'] };
    const alpha = glmParams.find((p) => p.key === 'alpha')!;
    const { values, issues } = deckValues({ alpha: 1e9, prior: 'cubic', seed: 2.6, zzz: 1, noise: '0.1' }, glm);
    expect(values).toEqual({ prior: 'gaussian', noise: 0.1, alpha: alpha.max, seed: 3 });
    expect(issues.map((i) => i.split(':')[0]).sort()).toEqual(['alpha', 'prior', 'seed']);
  });

  it('replies to the sender’s origin; an opaque origin gets "*"', () => {
    expect(replyOrigin('https://slides.example')).toBe('https://slides.example');
    expect(replyOrigin('null')).toBe('*');
  });
});
