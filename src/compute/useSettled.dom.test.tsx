/** @vitest-environment jsdom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { useSettled, useSettledRequest } from './useSettled.ts';

function Settled({ a, tick }: { a: number; tick: number }) {
  // a new object every render, as the figures build their requests
  const v = useSettled({ a });
  return <span data-testid="out" data-tick={tick}>{v.a}</span>;
}

function Request({ a }: { a: number }) {
  const r = useSettledRequest({ a });
  return <span data-testid="req">{`${r.run.a} ${r.waiting ? 'waiting' : 'settled'}`}</span>;
}

describe('useSettled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('passes a value on once it has stopped changing for 300 ms, compared by value', () => {
    const view = render(<Settled a={1} tick={0} />);
    const out = () => view.getByTestId('out').textContent;
    expect(out()).toBe('1');
    view.rerender(<Settled a={2} tick={0} />);
    act(() => vi.advanceTimersByTime(200));
    // re-renders with an equal request (a partial result arriving) do not restart the wait
    for (let t = 1; t <= 5; t++) view.rerender(<Settled a={2} tick={t} />);
    act(() => vi.advanceTimersByTime(100));
    expect(out()).toBe('2');
  });

  it('a value that keeps changing is not passed on; one changed back is the settled one at once', () => {
    const view = render(<Settled a={1} tick={0} />);
    const out = () => view.getByTestId('out').textContent;
    for (let a = 2; a < 10; a++) {
      view.rerender(<Settled a={a} tick={0} />);
      act(() => vi.advanceTimersByTime(100));
    }
    expect(out()).toBe('1');
    act(() => vi.advanceTimersByTime(300));
    expect(out()).toBe('9');
    view.rerender(<Settled a={5} tick={0} />);
    view.rerender(<Settled a={9} tick={0} />);
    act(() => vi.advanceTimersByTime(1000));
    expect(out()).toBe('9');
  });

  it('useSettledRequest says when a newer request waits to settle (the figure is then marked stale)', () => {
    const view = render(<Request a={1} />);
    const out = () => view.getByTestId('req').textContent;
    expect(out()).toBe('1 settled');
    view.rerender(<Request a={1} />);
    expect(out()).toBe('1 settled');
    view.rerender(<Request a={2} />);
    expect(out()).toBe('1 waiting');
    act(() => vi.advanceTimersByTime(300));
    expect(out()).toBe('2 settled');
  });
});
