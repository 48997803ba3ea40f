import { isDark, setChartLook } from '../charts/theme.ts';
import type { AppStore } from '../state/store.ts';

/**
 * The view's `theme=` and `present=` on the page: the charts' palette and scale (charts/theme.ts) and
 * the `dark` class Tailwind's `dark:` styles key on (src/index.css). `auto` follows the system, live.
 */
export function startLook(store: AppStore, win: Window = window): () => void {
  const root = win.document.documentElement;
  const apply = () => {
    const { theme = 'auto', present = false } = store.getState();
    setChartLook({ scheme: theme, present });
    const dark = isDark(theme);
    root.classList.toggle('dark', dark);
    root.style.colorScheme = dark ? 'dark' : 'light';
  };
  const media = win.matchMedia?.('(prefers-color-scheme: dark)');
  media?.addEventListener('change', apply);
  const unsubscribe = store.subscribe(apply);
  apply();
  return () => {
    unsubscribe();
    media?.removeEventListener('change', apply);
  };
}
