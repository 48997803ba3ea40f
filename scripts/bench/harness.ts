import type { BenchGoal, BenchOptions, BenchRow } from '../../workers/physics/manifest.ts';

/** A tiny benchmark harness: warm up, then time repeated runs and report quantiles. */
export async function bench(name: string, fn: () => unknown, opts: BenchOptions = {}): Promise<BenchRow> {
  const { warmup = 3, runs = 20 } = opts;
  for (let i = 0; i < warmup; i++) await fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  const q = (p: number) => t[Math.min(t.length - 1, Math.floor(p * t.length))];
  return { name, runs, median: q(0.5), p10: q(0.1), p90: q(0.9), target: opts.target, note: opts.note };
}

/** A markdown table of string cells. */
function table(head: string[], body: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  console.log(line(head));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const b of body) console.log(line(b));
}

export function printTable(rows: BenchRow[]): void {
  const ms = (x: number) => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0));
  const head = ['benchmark', 'runs', 'median ms', 'p10 ms', 'p90 ms', 'target', 'note'];
  table(head, rows.map((r) => [r.name, String(r.runs), ms(r.median), ms(r.p10), ms(r.p90), r.target ?? '', r.note ?? '']));
}

/** The goals the rows settle (BenchRow.goals): goal, target, measured, ratio, met or missed; nothing if none. */
export function printGoals(rows: BenchRow[]): void {
  const goals = rows.flatMap((r) => r.goals ?? []);
  if (goals.length === 0) return;
  const ratio = (x: number) => (Number.isNaN(x) ? '—' : x >= 10 ? x.toFixed(1) : x.toFixed(2));
  const status = (g: BenchGoal) => (g.met === null ? 'not measured' : g.met ? 'met' : 'MISSED');
  const missed = goals.filter((g) => g.met === false).length;
  const open = goals.filter((g) => g.met === null).length;
  console.log(`\nGoals: ${goals.length - missed - open} of ${goals.length} met, ${missed} missed, ${open} not measured`);
  table(['goal', 'target', 'measured', 'ratio', 'status'], goals.map((g) => [g.name, g.target, g.measured, ratio(g.ratio), status(g)]));
}
