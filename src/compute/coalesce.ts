/**
 * A stream of values delivered at most once per `ms`: the first at once (`leading`, else after one window), then the
 * latest of each window at its end (the ones in between are dropped). Used for a job's progress and partial results on their way to the
 * figures: a worker posts a streaming run's snapshot every ~100 ms and its progress every 50 ms, and with
 * several runs streaming at once (src/compute/pool.ts: they share a worker) each delivery re-rendered a figure —
 * the page's main thread then did 2.5× the work during a slider storm and the slider's own redraw waited.
 */
export function coalesced<T>(deliver: (value: T) => void, ms: number, now: () => number, leading = true): (value: T) => void {
  // without `leading`, the first value waits a window too (as if one had just been delivered)
  let last = leading ? -Infinity : now();
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    last = now();
    deliver(value);
  };
  return (value) => {
    pending = { value };
    if (timer !== null) return;
    const wait = last + ms - now();
    if (wait <= 0) flush();
    else timer = setTimeout(flush, wait);
  };
}
