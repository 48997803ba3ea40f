import type { ParamSpec, ParamValues } from '../../workers/physics/schema.ts';
import { serialiseParam } from '../state/codec.ts';

const GREEK: Readonly<Record<string, string>> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', Delta: 'Δ', varepsilon: 'ε', epsilon: 'ε', eta: 'η', kappa: 'κ',
  lambda: 'λ', mu: 'μ', rho: 'ρ', sigma: 'σ', varphi: 'φ', theta: 'θ', tau: 'τ',
};

/**
 * A parameter's symbol as plain text for an SVG label: the left side of its TeX (`\alpha = n/d` → α,
 * `\varepsilon \text{ or } \Delta` → ε, `\Delta_p` → Δ_p, which Rich draws as a subscript), or its key
 * when the TeX is empty or not a simple symbol.
 */
export function symbolOf(spec: ParamSpec): string {
  const head = (spec.tex ?? '').split(/\s*(?:=|\\;|\\text\{ or \}|\\sim)/)[0].trim();
  const text = head
    .replace(/\\([A-Za-z]+)/g, (m, name: string) => GREEK[name] ?? (name === 'rm' || name === 'text' ? '' : m))
    .replace(/[{}\s]/g, '');
  return text && !text.includes('\\') && !text.includes('(') ? text : spec.key;
}

/**
 * The label of a pinned state: the parameters where it differs from the live view, e.g. "α = 1.5,
 * ε = 0.1" (schema order); "same as live" when nothing differs.
 */
export function pinLabel(specs: readonly ParamSpec[], pinned: ParamValues, live: ParamValues): string {
  const parts: string[] = [];
  for (const s of specs) {
    const v = pinned[s.key];
    if (v === undefined || v === live[s.key]) continue;
    parts.push(`${symbolOf(s)} = ${serialiseParam(s, v)}`);
  }
  return parts.length ? parts.join(', ') : 'same as live';
}
