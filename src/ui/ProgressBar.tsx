/**
 * A thin determinate progress bar; reserves its height so the layout does not jump. It grows by a transform, which
 * the compositor animates: a transition of its width laid out and painted the page at every frame while any
 * figure computed (issue #10: the main thread's time during a slider step).
 */
export function ProgressBar({ value, label }: { value: number | null; label: string }) {
  return (
    <div className="h-1 w-full overflow-hidden rounded bg-transparent" aria-hidden={value === null}>
      {value !== null ? (
        <div
          role="progressbar"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(value * 100)}
          className="h-full w-full origin-left bg-sky-600 transition-transform duration-150 dark:bg-sky-400"
          style={{ transform: `scaleX(${Math.max(3, Math.round(value * 100)) / 100})` }}
        />
      ) : null}
    </div>
  );
}
