/** A thin determinate progress bar; reserves its height so the layout does not jump. */
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
          className="h-full bg-sky-600 transition-[width] duration-150 dark:bg-sky-400"
          style={{ width: `${Math.max(3, Math.round(value * 100))}%` }}
        />
      ) : null}
    </div>
  );
}
