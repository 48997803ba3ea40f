import { fmt } from './format.ts';

/**
 * The marker's read-out (issue #12: every curve at the marker, "Bayes 0, AMP 0.152 at α = 1.4"): each named
 * value at the reader's x, curves that agree to the printed digits merged ("Bayes = AMP 0.1745 at α = 2"),
 * values that are not finite left out.
 */
export function markerReadout(values: readonly { name: string; value: number }[], at: string): string {
  const groups: { names: string[]; text: string }[] = [];
  for (const { name, value } of values) {
    if (!Number.isFinite(value)) continue;
    const text = fmt(value);
    const same = groups.find((g) => g.text === text);
    if (same) same.names.push(name);
    else groups.push({ names: [name], text });
  }
  return `${groups.map((g) => `${g.names.join(' = ')} ${g.text}`).join(', ')} at ${at}`;
}
