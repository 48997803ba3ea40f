/**
 * Which columns of the reader's table are x, y and the error bar: matched by header name to the
 * figure's axes — the names of its CSV export columns (`alpha`, `error`) and the symbol that starts each
 * axis label (`α = n/d …` → alpha) — else the first two columns; the error column by a usual name.
 */
export interface ColumnChoice {
  x: number;
  y: number;
  /** -1: no error bars */
  err: number;
}

const LATIN: Readonly<Record<string, string>> = { α: 'alpha', ε: 'epsilon', η: 'eta', κ: 'kappa', δ: 'delta', Δ: 'delta', ρ: 'rho', σ: 'sigma', μ: 'mu', λ: 'lambda', t: 't', m: 'm' };

export function norm(name: string): string {
  return [...name.trim().toLowerCase()].map((c) => LATIN[c] ?? c).join('').replace(/[^a-z0-9]/g, '');
}

/** The names an axis answers to: the CSV column name, the axis label's leading symbol, x or y. */
export function axisNames(csvName: string | undefined, label: string, fallback: 'x' | 'y'): string[] {
  const symbol = label.split(/[\s=(]/)[0];
  return [csvName, symbol, label, fallback].filter((s): s is string => !!s).map(norm);
}

const ERROR_NAMES = ['err', 'error', 'yerr', 'dy', 'sd', 'std', 'stderr', 'se', 'sigma', 'errorbar'];

export function matchColumns(columns: readonly string[], xNames: readonly string[], yNames: readonly string[]): ColumnChoice {
  const n = columns.map(norm);
  const find = (names: readonly string[], not: number[]) => {
    for (const want of names) {
      const k = n.findIndex((c, i) => c === want && !not.includes(i));
      if (k >= 0) return k;
    }
    return -1;
  };
  let x = find(xNames, []);
  let y = find(yNames, [x]);
  if (x < 0) x = [0, 1, 2].find((k) => k !== y && k < columns.length) ?? 0;
  if (y < 0) y = [0, 1, 2].find((k) => k !== x && k < columns.length) ?? 1;
  const err = find(ERROR_NAMES, [x, y]);
  return { x, y, err };
}
