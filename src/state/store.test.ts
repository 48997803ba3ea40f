import { describe, expect, it } from 'vitest';
import { createAppStore } from './store.ts';
import { defaults } from './codec.ts';
import { glmParams } from '../../workers/physics/glm/params.ts';
import type { ChapterSchema } from './url.ts';

const glm: ChapterSchema = { id: 'glm', params: glmParams, figures: ['curve'] };
const other: ChapterSchema = { id: 'other', params: [{ kind: 'number', key: 'K', label: 'K', tex: 'K', min: 1, max: 9, step: 1, scale: 'lin', default: 2, integer: true }], figures: ['a'] };

function make() {
  return createAppStore([glm, other], { chapter: 'glm', params: defaults(glmParams), fig: null, embed: false, controls: null });
}

describe('app store', () => {
  it('clamps every write and records the history mode', () => {
    const s = make();
    s.getState().setParam('alpha', 1e9, 'replace');
    expect(s.getState().params.alpha).toBe(10);
    expect(s.getState().historyMode).toBe('replace');
    s.getState().setParam('alpha', NaN);
    expect(s.getState().params.alpha).toBe(2);
    expect(s.getState().historyMode).toBe('push');
  });
  it('a write of the values already set keeps the same values object (no re-render), and still records its history mode', () => {
    const s = make();
    s.getState().setParam('alpha', 3, 'replace');
    const before = s.getState().params;
    s.getState().setParam('alpha', 3, 'push');
    expect(s.getState().params).toBe(before);
    expect(s.getState().historyMode).toBe('push');
    s.getState().setParam('alpha', 4);
    expect(s.getState().params).not.toBe(before);
  });
  it('keeps each chapter’s values when switching back and forth', () => {
    const s = make();
    s.getState().setParam('alpha', 3);
    s.getState().setChapter('other');
    expect(s.getState().params).toEqual({ K: 2 });
    s.getState().setParam('K', 5);
    s.getState().setChapter('glm');
    expect(s.getState().params.alpha).toBe(3);
    expect(s.getState().byChapter.other.K).toBe(5);
  });
  it('the front page and back keep the chapter and its values; opening a chapter leaves the front page', () => {
    const s = make();
    s.getState().setParam('alpha', 3);
    s.getState().goHome();
    expect(s.getState().home).toBe(true);
    expect(s.getState().historyMode).toBe('push');
    s.getState().setChapter('glm');
    expect(s.getState().home).toBe(false);
    expect(s.getState().params.alpha).toBe(3);
  });
  it('reset restores defaults; notices can be dismissed', () => {
    const s = make();
    s.getState().setParams({ alpha: 5, prior: 'binary' });
    s.getState().resetParams();
    expect(s.getState().params).toEqual(defaults(glmParams));
    s.getState().notify('alpha: clamped');
    const [n] = s.getState().notices;
    s.getState().dismissNotice(n.id);
    expect(s.getState().notices).toEqual([]);
  });
  it('dismisses every notice at once (a hostile link can bring a dozen)', () => {
    const s = make();
    s.getState().loadView(s.getState(), ['alpha: a', 'd: b', 'zzz: c']);
    expect(s.getState().notices.map((n) => n.text)).toEqual(['alpha: a', 'd: b', 'zzz: c']);
    s.getState().dismissAll();
    expect(s.getState().notices).toEqual([]);
  });
});
