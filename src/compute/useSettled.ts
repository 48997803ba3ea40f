import { useEffect, useState } from 'react';

/**
 * `value`, but only once it has stopped changing for `ms`: long jobs (finite-size simulations) key on
 * it so that dragging a slider feeds the cheap figures and queues one long job at the end, instead of
 * keeping the pool busy with runs that are superseded before they finish.
 */
export function useSettled<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}
