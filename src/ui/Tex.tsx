import { useEffect, useState } from 'react';

/**
 * KaTeX, loaded on first use (it is the largest dependency; first paint does not wait for it).
 * Until it arrives the TeX source is shown as plain text, which is also what screen readers get.
 */
type Katex = typeof import('katex').default;
let katex: Katex | null = null;
let loading: Promise<Katex> | null = null;

function loadKatex(): Promise<Katex> {
  loading ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(([m]) => (katex = m.default));
  return loading;
}

export function Tex({ children, block = false }: { children: string; block?: boolean }) {
  const [, setReady] = useState(katex !== null);
  useEffect(() => {
    if (!katex) void loadKatex().then(() => setReady(true));
  }, []);
  if (!katex) return <span className="font-mono text-[0.9em]">{children}</span>;
  const html = katex.renderToString(children, { displayMode: block, throwOnError: false, output: 'htmlAndMathml' });
  return block ? <div className="overflow-x-auto py-1" dangerouslySetInnerHTML={{ __html: html }} /> : <span dangerouslySetInnerHTML={{ __html: html }} />;
}
