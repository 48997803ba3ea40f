/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { AppContext } from './context.ts';
import { defineFigure } from './defineFigure.tsx';
import { DEFER_MS, DeferredParams } from './DeferredParams.tsx';
import { createAppStore } from '../state/store.ts';
import { defaults } from '../state/codec.ts';
import { defineChapter } from '../chapters/types.ts';
import { glmParams } from '../../workers/physics/glm/params.ts';

// Issue #10 (a): a slider step re-rendered every figure of the chapter. A figure now re-renders only when a
// value its body read changes; what it exports (the JSON of the parameters) is read from the store when asked.
const figures = [
  { id: 'a', title: 'reads alpha' },
  { id: 'b', title: 'reads noise' },
];
const chapter = defineChapter({ id: 'glm', order: 0, title: 'T', summary: 'S', params: glmParams, figures });

const renders = { a: 0, b: 0 };
const A = defineFigure(chapter, 'a', 200, ({ p, frame }) => {
  renders.a++;
  return frame({ csv: () => '', children: <span data-testid="reads-alpha">{p.alpha}</span> });
});
const B = defineFigure(chapter, 'b', 200, ({ p, frame }) => {
  renders.b++;
  return frame({ csv: () => '', children: <span data-testid="reads-noise">{p.noise}</span> });
});

describe('defineFigure: a figure follows the values it reads', () => {
  it('a step of α redraws the figure that reads α only; its JSON export has the values of the moment', async () => {
    const schema = { id: 'glm', params: glmParams, figures: ['a', 'b'] };
    const store = createAppStore([schema], { chapter: 'glm', params: defaults(glmParams), fig: null, embed: false, controls: null });
    const view = render(
      <AppContext.Provider value={{ store, schemas: [schema] }}>
        <A embed={false} />
        <B embed={false} />
      </AppContext.Provider>,
    );
    const before = { ...renders };
    act(() => store.getState().setParam('alpha', 3, 'replace'));
    expect(view.getByTestId('reads-alpha').textContent).toBe('3');
    expect(renders.a).toBeGreaterThan(before.a);
    expect(renders.b).toBe(before.b);
    act(() => store.getState().setParam('noise', 0.5, 'replace'));
    expect(view.getByTestId('reads-noise').textContent).toBe('0.5');
    expect(renders.b).toBeGreaterThan(before.b);

    // figure b's JSON export (it never read α) carries α = 3: read from the store, not from its last render
    let json = '';
    const saved = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = (blob: Blob) => {
      const r = new FileReader();
      r.onload = () => (json = String(r.result));
      r.readAsText(blob);
      return 'blob:x';
    };
    URL.revokeObjectURL = () => {};
    fireEvent.click(view.getAllByRole('button', { name: 'Export' })[1]);
    fireEvent.click(view.getAllByRole('menuitem').find((m) => m.getAttribute('data-export') === 'json')!);
    // the export code loads on first use (a chunk of its own): wait for the file, not for a fixed time
    await waitFor(() => expect(json).not.toBe(''), { timeout: 10_000 });
    Object.assign(URL, { createObjectURL: saved.create, revokeObjectURL: saved.revoke });
    expect(JSON.parse(json).params).toMatchObject({ alpha: 3, noise: 0.5 });
    // the fast tier shares one DOM between files
    view.unmount();
  });

  it('a figure out of view follows a step after the figures in view (later, in a transition), even when it comes first on the page', async () => {
    const schema = { id: 'glm', params: glmParams, figures: ['a', 'b'] };
    const store = createAppStore([schema], { chapter: 'glm', params: defaults(glmParams), fig: null, embed: false, controls: null });
    const order: string[] = [];
    const In = defineFigure(chapter, 'a', 200, ({ p, frame }) => (order.push('in view'), frame({ csv: () => '', children: <span data-testid="in">{p.alpha}</span> })));
    const Out = defineFigure(chapter, 'b', 200, ({ p, frame }) => (order.push('out of view'), frame({ csv: () => '', children: <span data-testid="out">{p.alpha}</span> })));
    // figure b is below the viewport (not within 0px of it), figure a in it
    const saved = globalThis.IntersectionObserver;
    globalThis.IntersectionObserver = class {
      constructor(private readonly cb: (e: { isIntersecting: boolean; intersectionRatio: number }[]) => void) {}
      observe(el: Element) {
        const on = el.getAttribute('data-figure-frame') !== 'b';
        this.cb([{ isIntersecting: on, intersectionRatio: on ? 1 : 0 }]);
      }
      disconnect() {}
    } as unknown as typeof IntersectionObserver;
    const view = render(
      <AppContext.Provider value={{ store, schemas: [schema] }}>
        <DeferredParams>
          <Out embed={false} />
          <In embed={false} />
        </DeferredParams>
      </AppContext.Provider>,
    );
    order.length = 0;
    act(() => store.getState().setParam('alpha', 4, 'replace'));
    // the figure in view drew α = 4 at once; the one out of view follows DEFER_MS later
    expect([view.getByTestId('in').textContent, view.getByTestId('out').textContent]).toEqual(['4', String(defaults(glmParams).alpha)]);
    await waitFor(() => expect(view.getByTestId('out').textContent).toBe('4'), { timeout: DEFER_MS * 20 });
    expect(order[0]).toBe('in view');
    expect(order.at(-1)).toBe('out of view');
    globalThis.IntersectionObserver = saved;
    view.unmount();
  });
});
