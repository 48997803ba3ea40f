import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { glmParams } from '../../workers/physics/glm/params.ts';
import { MAX_STEPS, parseSteps, presetStory, stepTo } from './story.ts';
import { parseView, serialiseView, type ChapterSchema } from './url.ts';
import { hostileText } from './arbitraries.ts';

const story = { id: 'bp', title: 'binary perceptron', steps: [1, 1.245, 1.4].map((alpha, i) => ({ values: i ? { alpha } : { prior: 'binary', alpha }, caption: `α = ${alpha}` })) };
const glm: ChapterSchema = { id: 'glm', params: glmParams, figures: ['curve'], stories: [story, presetStory('binary perceptron', { prior: 'binary', alpha: 1.4 })] };

describe('steps= (a story written in the link)', () => {
  it('reads per-key lists; the story is as long as the longest, a shorter list keeps its last value', () => {
    const notices: string[] = [];
    const p = parseSteps('alpha:1,1.245,1.493|noise:0,0.1', glmParams, notices)!;
    expect(notices).toEqual([]);
    expect(p.story.steps.map((s) => s.values)).toEqual([
      { alpha: 1, noise: 0 },
      { alpha: 1.245, noise: 0.1 },
      { alpha: 1.493, noise: 0.1 },
    ]);
    expect(p.text).toBe('alpha:1,1.245,1.493|noise:0,0.1');
  });

  it('clamps values through the schema codec like URL input, and drops unknown keys, with a notice each', () => {
    const notices: string[] = [];
    const p = parseSteps('alpha:-3,abc|zzz:1|prior:binary,cubic|alpha:5', glmParams, notices)!;
    const alpha = glmParams.find((s) => s.key === 'alpha')!;
    expect(p.story.steps.map((s) => s.values.alpha)).toEqual([alpha.min, alpha.default]);
    expect(p.story.steps.map((s) => s.values.prior)).toEqual(['binary', 'gaussian']);
    expect(notices.map((n) => n.split(':').slice(0, 2).join(':'))).toEqual(['steps: alpha', 'steps: alpha', 'steps: "zzz" is not a parameter of this chapter; ignored', 'steps: prior', 'steps: alpha given twice; using the first list']);
    expect(parseSteps('|zzz:1|', glmParams)).toBeNull();
  });

  it('caps a hostile list at MAX_STEPS and never yields NaN or an out-of-range value', () => {
    const p = parseSteps(`alpha:${'1,'.repeat(1e5)}`, glmParams)!;
    expect(p.story.steps.length).toBe(MAX_STEPS);
    fc.assert(
      fc.property(hostileText, hostileText, (a, b) => {
        const q = parseSteps(`alpha:${a}|noise:${b}`, glmParams);
        for (const step of q?.story.steps ?? []) for (const v of Object.values(step.values)) expect(Number.isNaN(v)).toBe(false);
      }),
    );
  });
});

describe('story= and step= in the URL', () => {
  it('opens a story at a step: the step values win over the link, and the view writes story and step back', () => {
    const { view, notices } = parseView('?ch=glm&alpha=7&story=bp&step=2', [glm], 'glm');
    expect(notices).toEqual([]);
    expect(view).toMatchObject({ story: 'bp', step: 2, params: { alpha: 1.4, prior: 'binary' } });
    expect(serialiseView(view, glm)).toBe('?v=3&ch=glm&prior=binary&alpha=1.4&story=bp&step=2');
  });

  it('a step past the end shows the last, with a notice; a bad story or step is ignored with a notice', () => {
    expect(parseView('?story=bp&step=9', [glm], 'glm')).toMatchObject({ view: { step: 2 }, notices: [expect.stringMatching(/^step: 9 is past the last step/)] });
    expect(parseView('?story=nope&step=1', [glm], 'glm')).toMatchObject({ view: { story: null, step: 0 }, notices: [expect.stringMatching(/^story: "nope" is not a story/)] });
    expect(parseView('?story=bp&step=-1', [glm], 'glm')).toMatchObject({ view: { step: 0 }, notices: [expect.stringMatching(/^step: "-1" is not a step number/)] });
    expect(parseView('?step=1', [glm], 'glm').notices).toEqual(['step: no story to step through; ignored']);
  });

  it('steps= wins over story=, and round-trips canonically', () => {
    const { view, notices } = parseView('?steps=alpha:1,2&story=bp&step=1', [glm], 'glm');
    expect(notices).toEqual(['story: ignored, the link gives its own steps']);
    expect(view).toMatchObject({ story: 'steps', step: 1, params: { alpha: 2 } });
    const url = serialiseView(view, glm);
    expect(url).toBe('?v=3&ch=glm&steps=alpha:1,2&step=1');
    expect(parseView(url, [glm], 'glm')).toEqual({ view, notices: [] });
  });

  it('a preset is a one-step story', () => {
    expect(parseView('?story=preset-binary-perceptron', [glm], 'glm').view.params).toMatchObject({ prior: 'binary', alpha: 1.4 });
  });

  it('present, theme: flags and a choice; anything else is a notice and the default', () => {
    expect(parseView('?present=1&theme=dark', [glm], 'glm')).toMatchObject({ view: { present: true, theme: 'dark' }, notices: [] });
    expect(parseView('?present=maybe&theme=sepia', [glm], 'glm')).toMatchObject({ view: { present: false, theme: 'auto' }, notices: [expect.stringMatching(/^present: /), expect.stringMatching(/^theme: /)] });
  });
});

describe('stepping', () => {
  it('next / prev stop at the ends and say the deck should move on', () => {
    expect(stepTo(0, 3, 'next')).toEqual({ step: 1 });
    expect(stepTo(2, 3, 'next')).toEqual({ step: 2, exit: 'next' });
    expect(stepTo(0, 3, 'prev')).toEqual({ step: 0, exit: 'prev' });
    expect(stepTo(1, 3, 'last')).toEqual({ step: 2 });
    expect(stepTo(1, 3, 'first')).toEqual({ step: 0 });
    expect(stepTo(1, 3, 7)).toEqual({ step: 2 });
    expect(stepTo(1, 3, -7)).toEqual({ step: 0 });
  });
});
