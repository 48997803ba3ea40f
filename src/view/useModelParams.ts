import { createContext, use, useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import { readParams, type ParamsOf, type ParamValues, type Schema } from '../../workers/physics/schema.ts';
import { useApp, useApp$ } from './context.ts';

/**
 * The current chapter's values, typed by its schema: `useModelParams(chapter.params).alpha` is a number,
 * `.act` the union of its options. One object per store change, so it can go straight into a job request
 * (useJob compares requests by value).
 */
export function useModelParams<S extends Schema>(schema: S): ParamsOf<S> {
  const values = useApp$((s) => s.params);
  return useMemo(() => readParams(schema, values), [schema, values]);
}

/**
 * Like `useModelParams`, but a new object (and a re-render) only when a value the caller has READ changes:
 * a figure that never reads α is not redrawn when the α slider steps. Every read of the returned object — a
 * key, or all of them by spreading, `Object.keys` or `JSON.stringify` (a job request) — is remembered for the
 * component's lifetime, so what decides the render is always watched (dependency tracking, as in MobX).
 * A key read outside the render (an export, an effect) after an unread value changed gives the value of now.
 * Why: a slider step re-rendered all 4–6 figures of a chapter, each with its charts (issue #10).
 * `behind`: follow the page's deferred values (DeferredParamsContext), where a chapter page provides them.
 */
export function useTrackedParams<S extends Schema>(schema: S, behind = false): ParamsOf<S> {
  const { store } = useApp();
  const tracker = useRef<ParamsTracker<S> | null>(null);
  if (tracker.current?.schema !== schema) tracker.current = new ParamsTracker(schema, () => store.getState().params);
  const t = tracker.current;
  // read (and so followed) only while behind: a figure in view is not re-rendered when the deferred copy catches up
  const deferred = behind ? use(DeferredParamsContext) : null;
  const late = deferred !== null;
  // a figure behind follows the page's deferred copy of the values (a context: re-rendered in a transition), not the store
  const subscribe = useCallback((l: () => void) => (late ? () => {} : store.subscribe(l)), [store, late]);
  return useSyncExternalStore(subscribe, () => t.snapshot(late ? deferred : store.getState().params));
}

/**
 * The chapter's values as React's `useDeferredValue` gives them (src/view/DeferredParams.tsx): a slider step
 * reaches them in a transition, after the figures on screen have drawn it. `useTrackedParams(schema, true)` reads
 * them (a figure scrolled out of view, defineFigure.tsx); null where no chapter page provides them (embed mode).
 */
export const DeferredParamsContext = createContext<ParamValues | null>(null);

/**
 * The typed values behind a reading proxy; the same proxy until a read key changes (`snapshot`). `latest` gives
 * the values of now: a key the proxy's values hold stale (it was not read, so no new proxy was made) reads those.
 */
export class ParamsTracker<S extends Schema> {
  /** the keys read so far */
  readonly used = new Set<string>();
  private values: ParamValues | null = null;
  private proxy: ParamsOf<S> | null = null;
  constructor(
    readonly schema: S,
    private readonly latest: () => ParamValues,
  ) {}

  snapshot(values: ParamValues): ParamsOf<S> {
    const last = this.values;
    if (this.proxy && last && (last === values || this.same(last, values))) return this.proxy;
    this.values = values;
    this.proxy = this.track(readParams(this.schema, values), values);
    return this.proxy;
  }

  private same(a: ParamValues, b: ParamValues): boolean {
    for (const k of this.used) if (!Object.is(a[k], b[k])) return false;
    return true;
  }

  private track(p: ParamsOf<S>, values: ParamValues): ParamsOf<S> {
    const { used, latest, schema } = this;
    const all = () => {
      for (const k of Object.keys(p)) used.add(k);
    };
    return new Proxy(p, {
      get(target, key, receiver) {
        if (typeof key !== 'string') return Reflect.get(target, key, receiver) as unknown;
        used.add(key);
        const now = latest();
        return now === values || Object.is(now[key], values[key]) ? target[key as keyof ParamsOf<S>] : readParams(schema, now)[key as keyof ParamsOf<S>];
      },
      has(target, key) {
        if (typeof key === 'string') used.add(key);
        return Reflect.has(target, key);
      },
      ownKeys(target) {
        all();
        return Reflect.ownKeys(target);
      },
      getOwnPropertyDescriptor(target, key) {
        if (typeof key === 'string') used.add(key);
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
  }
}
