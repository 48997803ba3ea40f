import { useApp$ } from '../view/context.ts';

/** Visible, dismissible notices (bad URL values, clamped inputs): the page says what it changed. */
export function Notices() {
  const notices = useApp$((s) => s.notices);
  const dismiss = useApp$((s) => s.dismissNotice);
  if (!notices.length) return null;
  return (
    <div className="flex flex-col gap-2" role="region" aria-label="Notices">
      {notices.map((n) => (
        <div key={n.id} role="status" data-notice className="flex items-start justify-between gap-3 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100">
          <span>{n.text}</span>
          <button type="button" className="lp-btn shrink-0" onClick={() => dismiss(n.id)} aria-label={`Dismiss notice: ${n.text}`}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
