import { useCallback, useContext, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ParamValues, Schema } from '../../workers/physics/schema.ts';
import { ChartExtrasContext } from '../charts/extras.ts';
import type { LineFigureData, Num, Series } from '../charts/types.ts';
import { PoolContext } from '../compute/usePool.ts';
import type { WorkerPool } from '../compute/pool.ts';
import { RetryScope, RetryScopeContext } from '../compute/retryScope.ts';
import { pinColor } from './palette.ts';
import { pinLabel } from './pinLabel.ts';

/**
 * Pinned curves are computed, never stored: each pin runs the figure's own body off-screen with the
 * pinned values (`PinGhost`), through the same jobs on lanes of its own (a prefixed view of the pool,
 * so a pin never cancels the live figure), and its charts hand their data over instead of drawing
 * (ChartExtrasContext.capture). What they hand over is kept per pin in a small cache, so a pin reappears
 * at once when its figure is drawn again; after a reload the jobs simply run again.
 */

/** data of one pinned state: its charts by chart id */
export type PinnedCharts = Readonly<Record<string, LineFigureData>>;

const cache = new Map<string, PinnedCharts>();
const listeners = new Set<() => void>();
const MAX_CACHED = 64;
/** bumped on every change of the cache: the snapshot of usePinnedCharts */
let version = 0;

function put(key: string, charts: PinnedCharts): void {
  cache.delete(key);
  cache.set(key, charts);
  version++;
  if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** A pin's identity: its figure and values (JSON of the values in schema order). */
export function pinKey(scope: string, schema: Schema, values: ParamValues): string {
  return `${scope}|${JSON.stringify(schema.map((s) => values[s.key]))}`;
}

/** The captured charts of each pin (null until its jobs have answered). */
export function usePinnedCharts(keys: readonly string[]): (PinnedCharts | null)[] {
  useSyncExternalStore(subscribe, () => version);
  const ref = useRef<(PinnedCharts | null)[]>([]);
  const list = keys.map((k) => cache.get(k) ?? null);
  // the same array while nothing changed, so what depends on it need not recompute
  if (ref.current.length !== list.length || ref.current.some((c, i) => c !== list[i])) ref.current = list;
  return ref.current;
}

/** A pool whose lanes are `prefix + lane`: the pinned copy of a figure has lanes of its own. */
function prefixedPool(pool: WorkerPool, prefix: string): WorkerPool {
  const view = Object.create(pool) as WorkerPool;
  view.run = (lane, method, req, opts) => pool.run(prefix + lane, method, req, opts);
  view.cancel = (lane) => pool.cancel(prefix + lane);
  return view;
}

const sameNums = (a: Num, b: Num) => a === b || (a.length === b.length && Array.prototype.every.call(a, (v: number, i: number) => Object.is(v, b[i])));
const sameSeries = (a: readonly Series[], b: readonly Series[]) =>
  a.length === b.length && a.every((s, i) => s.id === b[i].id && s.label === b[i].label && sameNums(s.x, b[i].x) && sameNums(s.y, b[i].y));

/** The frame of a pinned copy: nothing shown (its charts draw nothing in capture mode). */
export function ghostFrame(f: { children: ReactNode }): ReactNode {
  return <div hidden>{f.children}</div>;
}

/**
 * `children` (the figure body at a pinned state, framed by `ghostFrame`) drawing nothing: its charts'
 * data go to the pin cache under `cacheKey`.
 */
export function PinGhost({ cacheKey, children }: { cacheKey: string; children: ReactNode }) {
  const pool = useContext(PoolContext);
  const view = useMemo(() => (pool ? prefixedPool(pool, `pin:${cacheKey}:`) : null), [pool, cacheKey]);
  const [retries] = useState(() => new RetryScope());
  const capture = useCallback(
    (chartId: string, data: LineFigureData) => {
      const prev = cache.get(cacheKey);
      const curves = data.series.filter((s) => s.kind !== 'points');
      if (prev?.[chartId] && sameSeries(prev[chartId].series, curves)) return;
      put(cacheKey, { ...prev, [chartId]: { ...data, series: curves } });
    },
    [cacheKey],
  );
  const extras = useMemo(() => ({ capture }), [capture]);
  return (
    <PoolContext.Provider value={view}>
      <RetryScopeContext.Provider value={retries}>
        <ChartExtrasContext.Provider value={extras}>{children}</ChartExtrasContext.Provider>
      </RetryScopeContext.Provider>
    </PoolContext.Provider>
  );
}

/**
 * The pinned curves of one chart, in pin colours (Tol), keeping each curve's dash: pin i's curves are
 * `pin<i>-<series id>`, labelled "<what differs from the live view> (<curve>)", the first of each pin in
 * the legend.
 */
export function pinnedSeries(chartId: string, pins: readonly ParamValues[], charts: readonly (PinnedCharts | null)[], schema: Schema, live: ParamValues): Series[] {
  const out: Series[] = [];
  pins.forEach((values, i) => {
    const data = charts[i]?.[chartId];
    if (!data) return;
    const label = pinLabel(schema, values, live);
    data.series.forEach((s, j) => {
      out.push({ id: `pin${i}-${s.id}`, label: `${label} (${s.label})`, x: s.x, y: s.y, dash: s.dash, stroke: pinColor(i), legend: j === 0 });
    });
  });
  return out;
}
