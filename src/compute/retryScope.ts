import { createContext, useContext, useEffect } from 'react';

/**
 * The failed jobs of one figure, for its "Retry" button: `useJob` / `useSharedJob` register a retry
 * while their job has failed; the figure frame (src/view/defineFigure.tsx) provides the scope and calls
 * every registered retry, which re-submits the same request. Works whatever the figure passes its frame
 * (its jobs or an explicit error).
 */
export class RetryScope {
  private readonly retries = new Set<() => void>();
  private readonly listeners = new Set<() => void>();

  add(retry: () => void): () => void {
    this.retries.add(retry);
    this.emit();
    return () => {
      this.retries.delete(retry);
      this.emit();
    };
  }

  /** how many failed jobs can be retried */
  size(): number {
    return this.retries.size;
  }

  retryAll(): void {
    for (const r of [...this.retries]) r();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}

export const RetryScopeContext = createContext<RetryScope | null>(null);

/** Offer `retry` to the figure while `failed`. */
export function useRetryWhile(failed: boolean, retry: () => void): void {
  const scope = useContext(RetryScopeContext);
  useEffect(() => (scope && failed ? scope.add(retry) : undefined), [scope, failed, retry]);
}
