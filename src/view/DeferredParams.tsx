import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { useApp$ } from './context.ts';
import { DeferredParamsContext } from './useModelParams.ts';

/**
 * How long after the last change the figures out of view follow it, ms: the figures in view have asked for their
 * theory and drawn the worker's answer by then (a one-point solve: 10–25 ms on 2 busy cores, then a render).
 */
export const DEFER_MS = 100;

/**
 * Provides the chapter's values to the figures out of view (`DeferredParamsContext`) `DEFER_MS` after they last
 * changed, in a transition (interruptible by anything urgent). Why: on 2 cores a step re-rendered every figure of the
 * chapter and started all their jobs at once, and the figure in front of the class — its marker's point on the theory
 * worker, then its redraw — waited behind the ones below it (issue #10: the spiked chapter's first figure redrawn
 * p95 59–100 ms against a goal of 50). A drag is followed by them once it pauses: their runs would be superseded.
 */
export function DeferredParams({ children }: { children: ReactNode }) {
  const values = useApp$((s) => s.params);
  const [late, setLate] = useState(values);
  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setLate(values)), DEFER_MS);
    return () => clearTimeout(timer);
  }, [values]);
  return <DeferredParamsContext.Provider value={late}>{children}</DeferredParamsContext.Provider>;
}
