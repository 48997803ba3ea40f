import { useApp$ } from '../view/context.ts';

/**
 * Visible, dismissible notices (bad URL values, clamped inputs): the page says what it changed. A hostile
 * link can bring a dozen (src/state/url.ts bounds them); "Dismiss all" clears them at once.
 */
export function Notices() {
  const notices = useApp$((s) => s.notices);
  const dismiss = useApp$((s) => s.dismissNotice);
  const dismissAll = useApp$((s) => s.dismissAll);
  if (!notices.length) return null;
  return (
    <div className="flex flex-col gap-2" role="region" aria-label="Notices">
      {notices.map((n) => (
        <div key={n.id} role="status" data-notice className="flex items-start justify-between gap-3 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100">
          <span className="min-w-0 break-words">{n.text}</span>
          <button type="button" className="lp-btn shrink-0" onClick={() => dismiss(n.id)} aria-label={`Dismiss notice: ${n.text}`}>
            Dismiss
          </button>
        </div>
      ))}
      {notices.length > 1 ? (
        <button type="button" className="lp-btn self-end" data-dismiss-all onClick={dismissAll} aria-label={`Dismiss all ${notices.length} notices`}>
          Dismiss all
        </button>
      ) : null}
    </div>
  );
}
