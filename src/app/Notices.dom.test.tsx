/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { Notices } from './Notices.tsx';
import { AppContext } from '../view/context.ts';
import { createAppStore } from '../state/store.ts';
import { defaults } from '../state/codec.ts';
import type { ChapterSchema } from '../state/url.ts';
import { glmParams } from '../../workers/physics/glm/params.ts';

const glm: ChapterSchema = { id: 'glm', params: glmParams, figures: ['curve'] };

function mount(texts: string[]) {
  const store = createAppStore([glm], { chapter: 'glm', params: defaults(glmParams), fig: null, embed: false, controls: null });
  store.getState().loadView(store.getState(), texts);
  render(
    <AppContext.Provider value={{ store, schemas: [glm] }}>
      <Notices />
    </AppContext.Provider>,
  );
  return store;
}

describe('Notices', () => {
  it('shows each notice as a status with its own Dismiss, and no "Dismiss all" for one', () => {
    mount(['alpha: "abc" is not a number; using 2']);
    expect(screen.getAllByRole('status').map((n) => n.textContent)).toEqual(['alpha: "abc" is not a number; using 2Dismiss']);
    expect(screen.queryByRole('button', { name: /Dismiss all/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^Dismiss notice/ }));
    expect(screen.queryAllByRole('status')).toEqual([]);
  });
  it('"Dismiss all" clears every notice of a hostile link at once', () => {
    const store = mount(['alpha: x', 'd: y', 'zzz: not a parameter of this chapter; ignored']);
    expect(screen.getAllByRole('status')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss all 3 notices' }));
    expect(screen.queryAllByRole('status')).toEqual([]);
    expect(store.getState().notices).toEqual([]);
  });
});
