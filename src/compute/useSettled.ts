import { useEffect, useState } from 'react';
import { stableKey } from './stableKey.ts';

/** How long a slider must rest before a run keyed on it starts (ms). */
export const SETTLE_MS = 300;

/**
 * `value`, but only once it has stopped changing (by value) for `ms`: long jobs (finite-size simulations) key
 * on it so that dragging or stepping a slider feeds the cheap figures and queues one long job at the end,
 * instead of keeping the pool busy with runs that are superseded before they finish (a synchronous one cannot
 * even stop: its worker is terminated and replaced). Compared by value, so that a figure re-rendering with
 * each partial result does not restart the wait. `ms ≤ 0`: `value` itself, at once.
 */
export function useSettled<T>(value: T, ms = SETTLE_MS): T {
  return useSettledState(value, ms).run;
}

/**
 * A run's request settled (useSettled), and whether a newer one is waiting to settle: passed to useJob as
 * `{ waiting }`, so that the figure is marked stale until the run of the newer request has answered.
 */
export function useSettledRequest<T>(req: T): { run: T; waiting: boolean } {
  return useSettledState(req, SETTLE_MS);
}

/** The settled value and whether `value` differs from it (by value: one key per render). */
function useSettledState<T>(value: T, ms: number): { run: T; waiting: boolean } {
  const key = ms > 0 ? stableKey(value) : '';
  const [settled, setSettled] = useState({ key, value });
  useEffect(() => {
    if (ms <= 0 || key === settled.key) return;
    const t = setTimeout(() => setSettled({ key, value }), ms);
    return () => clearTimeout(t);
    // `value` is the one `key` names: it changes with it
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ms, settled.key]);
  return ms > 0 ? { run: settled.value, waiting: key !== settled.key } : { run: value, waiting: false };
}
