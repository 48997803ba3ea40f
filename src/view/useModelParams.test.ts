import { describe, expect, it } from 'vitest';
import { defaults } from '../state/codec.ts';
import { glmParams } from '../../workers/physics/glm/params.ts';
import { ParamsTracker } from './useModelParams.ts';

describe('ParamsTracker (a figure re-renders only for the values it reads)', () => {
  const base = defaults(glmParams);
  /** the store's values of now */
  let store = base;
  /** a store change: the values of now, and the snapshot React takes of them */
  const snap = (t: ParamsTracker<typeof glmParams>, v: typeof base) => t.snapshot((store = v));
  it('keeps the same object while only unread values change, a new one when a read value does', () => {
    const t = new ParamsTracker(glmParams, () => store);
    const p0 = snap(t, base);
    expect(p0.noise).toBe(base.noise);
    expect(snap(t, { ...base, alpha: 3 })).toBe(p0);
    const p1 = snap(t, { ...base, alpha: 3, noise: 0.5 });
    expect(p1).not.toBe(p0);
    expect(p1.noise).toBe(0.5);
    // the value of a key read only now is that of the values last read, not of an older snapshot
    expect(p1.alpha).toBe(3);
    expect(snap(t, { ...base, alpha: 4, noise: 0.5 })).not.toBe(p1);
  });
  it('a key first read after it changed unseen (an export) gives the value of now', () => {
    const t = new ParamsTracker(glmParams, () => store);
    const p0 = t.snapshot(base);
    void p0.noise;
    store = { ...base, alpha: 7 };
    expect(t.snapshot(store)).toBe(p0);
    expect(p0.alpha).toBe(7);
    expect(p0.noise).toBe(base.noise);
    store = base;
  });
  it('spreading, listing or serialising the values (a job request) reads them all', () => {
    for (const read of [(p: object) => ({ ...p }), (p: object) => Object.keys(p), (p: object) => JSON.stringify(p), (p: object) => 'alpha' in p]) {
      const t = new ParamsTracker(glmParams, () => store);
      const p0 = snap(t, base);
      read(p0);
      expect(snap(t, { ...base, alpha: 3 })).not.toBe(p0);
    }
  });
  it('values equal to the last ones give the same object (a store change elsewhere: notices, pins)', () => {
    const t = new ParamsTracker(glmParams, () => store);
    const p0 = snap(t, base);
    void p0.alpha;
    expect(snap(t, { ...base })).toBe(p0);
    expect(snap(t, base)).toBe(p0);
  });
});
