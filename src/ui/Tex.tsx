import { memo, useEffect, useSyncExternalStore, type RefObject } from 'react';
import { texText } from './texText.ts';

/**
 * KaTeX, loaded when the prose scrolls into view (`useTypesetWhenVisible` on the prose: an
 * IntersectionObserver): it is the largest dependency, and the first screen — controls and figures — should
 * not wait for it. Until it arrives, every formula reads as plain Unicode text (texText.ts), which is also
 * what screen readers get; then they all typeset.
 */
type Katex = typeof import('katex').default;
let katex: Katex | null = null;
let loading: Promise<Katex> | null = null;
const waiting = new Set<() => void>();

function loadKatex(): void {
  loading ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(([m]) => {
    katex = m.default;
    for (const w of waiting) w();
    return katex;
  });
}

const subscribe = (l: () => void) => {
  waiting.add(l);
  return () => waiting.delete(l);
};
const loaded = () => katex !== null;

/** Fetch KaTeX once `ref`'s element (the prose) comes within a quarter screen of the viewport. */
export function useTypesetWhenVisible(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = ref.current;
    if (katex || !el) return;
    if (typeof IntersectionObserver === 'undefined') return loadKatex();
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && loadKatex(), { rootMargin: '25% 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, [ref]);
}

/**
 * A formula. Memoised on its text: a figure's caption re-renders with every slider step, and typesetting
 * (or the Unicode fallback's regular expressions) is then the costliest part of it.
 */
export const Tex = memo(function Tex({ children, block = false }: { children: string; block?: boolean }) {
  useSyncExternalStore(subscribe, loaded, loaded);
  if (!katex) {
    const text = texText(children);
    return block ? <div className="overflow-x-auto py-1 text-center font-serif">{text}</div> : <span className="font-serif">{text}</span>;
  }
  const html = katex.renderToString(children, { displayMode: block, throwOnError: false, output: 'htmlAndMathml' });
  return block ? <div className="overflow-x-auto py-1" dangerouslySetInnerHTML={{ __html: html }} /> : <span dangerouslySetInnerHTML={{ __html: html }} />;
});
