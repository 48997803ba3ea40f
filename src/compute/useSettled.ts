import { useEffect, useState } from 'react';
import { stableKey } from './usePool.ts';

/**
 * `value`, but only once it has stopped changing (by value) for `ms`: long jobs (finite-size simulations) key
 * on it so that dragging or stepping a slider feeds the cheap figures and queues one long job at the end,
 * instead of keeping the pool busy with runs that are superseded before they finish (a synchronous one cannot
 * even stop: its worker is terminated and replaced). Compared by value, so that a figure re-rendering with
 * each partial result does not restart the wait.
 */
export function useSettled<T>(value: T, ms = 300): T {
  const key = stableKey(value);
  const [settled, setSettled] = useState({ key, value });
  useEffect(() => {
    if (key === settled.key) return;
    const t = setTimeout(() => setSettled({ key, value }), ms);
    return () => clearTimeout(t);
    // `value` is the one `key` names: it changes with it
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ms, settled.key]);
  return settled.value;
}
