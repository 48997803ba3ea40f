import { useDeferredValue, type ReactNode } from 'react';
import { useApp$ } from './context.ts';
import { DeferredParamsContext } from './useModelParams.ts';

/**
 * Provides the chapter's values deferred (`DeferredParamsContext`): the figures out of view follow a slider step in
 * a transition, which React interrupts for the figures on screen (their redraw, a worker's answer). Why: on 2 cores
 * a step re-rendered every figure of the chapter in one task, and the figure in front of the class waited for the
 * ones below it (issue #10: the spiked chapter's first figure redrawn p95 59–69 ms against a goal of 50).
 */
export function DeferredParams({ children }: { children: ReactNode }) {
  const values = useApp$((s) => s.params);
  return <DeferredParamsContext.Provider value={useDeferredValue(values)}>{children}</DeferredParamsContext.Provider>;
}
