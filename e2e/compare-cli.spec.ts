import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { loadCommandGroups, runCli, type CommandGroup } from '../scripts/cliCore.ts';
import { watchConsole } from './helpers.ts';

// Reproduce (issue #14, 3): every figure's menu shows the CLI command(s) that print the numbers of its CSV.
// One row per figure; rows of a chapter with the same query share one page load. Small finite-size runs
// in the queries (d, N, seeds, iterations, horizons): every figure of the chapter computes at once.
const CASES: readonly { ch: string; fig: string; query: string }[] = [
  { ch: 'glm', fig: 'curve', query: 'alpha=1.4&prior=binary&d=100&seeds=2&iters=20' },
  { ch: 'glm', fig: 'amp', query: 'alpha=1.4&prior=binary&d=100&seeds=2&iters=20' },
  { ch: 'glm', fig: 'landscape', query: 'alpha=1.4&prior=binary&d=100&seeds=2&iters=20' },
  { ch: 'glm', fig: 'phase', query: 'alpha=1.4&prior=binary&d=100&seeds=2&iters=20' },
  { ch: 'glm', fig: 'curve', query: 'alpha=0.8&prior=sparse&channel=linear&xscale=lin&phase=sparse-rho&d=100&seeds=1&iters=10' },
  { ch: 'glm', fig: 'phase', query: 'alpha=0.8&prior=sparse&channel=linear&xscale=lin&phase=sparse-rho&d=100&seeds=1&iters=10' },
  { ch: 'committee', fig: 'curve', query: 'K=2&alpha=10&d=100&seeds=2&iters=10' },
  { ch: 'committee', fig: 'overlaps', query: 'K=2&alpha=10&d=100&seeds=2&iters=10' },
  { ch: 'committee', fig: 'phase', query: 'K=2&alpha=10&d=100&seeds=2&iters=10' },
  { ch: 'committee', fig: 'amp', query: 'K=2&alpha=10&d=100&seeds=2&iters=10' },
  { ch: 'committee', fig: 'phase', query: 'K=3&pscale=k&d=100&seeds=1&iters=5' },
  { ch: 'sgd', fig: 'curve', query: 'alpha=100&simAlpha=10&N=100&seeds=2' },
  { ch: 'sgd', fig: 'overlaps', query: 'alpha=100&simAlpha=10&N=100&seeds=2' },
  { ch: 'sgd', fig: 'overparam', query: 'alpha=100&simAlpha=10&N=100&seeds=2' },
  { ch: 'sgd', fig: 'phase', query: 'alpha=100&simAlpha=10&N=100&seeds=2' },
  { ch: 'landscapes', fig: 'phase', query: 'N=20&seeds=2&tmax=10&thess=10&d=20' },
  { ch: 'landscapes', fig: 'dynamics', query: 'N=20&seeds=2&tmax=10&thess=10&d=20' },
  { ch: 'landscapes', fig: 'hessian', query: 'N=20&seeds=2&tmax=10&thess=10&d=20' },
  { ch: 'landscapes', fig: 'retrieval', query: 'N=20&seeds=2&tmax=10&thess=10&d=20' },
  { ch: 'landscapes', fig: 'trajectory', query: 'N=20&seeds=2&tmax=10&thess=10&d=20' },
  { ch: 'landscapes', fig: 'overparam', query: 'N=20&seeds=2&tmax=10&thess=10&d=20' },
  { ch: 'landscapes', fig: 'dynamics', query: 'N=20&seeds=1&tmax=10&dyn=mu&m0=0.01' },
  { ch: 'hmm', fig: 'curve', query: 'act=sign&lambda=0.1&p=50&seeds=1' },
  { ch: 'hmm', fig: 'dd', query: 'gamma=0.3&alpha=1.5&p=50&seeds=1' },
  { ch: 'hmm', fig: 'lambda', query: 'loss=logistic&alpha=2&p=50&seeds=1' },
  { ch: 'hmm', fig: 'phase', query: 'p=50&seeds=1' },
  { ch: 'erm', fig: 'curves', query: 'd=40&seeds=2' },
  { ch: 'erm', fig: 'lambda', query: 'alpha=2&d=40&seeds=2' },
  { ch: 'erm', fig: 'peak', query: 'd=40&seeds=2' },
  { ch: 'erm', fig: 'rates', query: 'd=40&seeds=2' },
  { ch: 'spiked', fig: 'curve', query: 'prior=generative&act=sign&alpha=2&p=100&seeds=1&iters=10' },
  { ch: 'spiked', fig: 'amp', query: 'prior=sparse&rho=0.1&delta=0.5&p=100&seeds=2&iters=10' },
  { ch: 'spiked', fig: 'phase-sparse', query: 'p=100&seeds=1&iters=10' },
  { ch: 'spiked', fig: 'phase-generative', query: 'p=100&seeds=1&iters=10' },
  { ch: 'spiked', fig: 'spectrum', query: 'prior=generative&act=sign&alpha=1&delta=0.8&p=100&seeds=1&iters=10' },
  { ch: 'spiked', fig: 'lamp', query: 'prior=generative&act=sign&alpha=1&delta=0.8&p=100&seeds=1&iters=10' },
];

// The commands run in-process through the CLI's own core (scripts/cliCore.ts). Same code, same inputs: the
// numbers agree to the last few ulps (the page's worker and this Node may differ in libm — Math.exp/log — by
// 1 ulp, which a few hundred operations can grow to ~1e-13 relative; 1e-10 leaves room and still catches any
// other change). A figure whose numbers are roots found to a tolerance declares it (CliCall.tolerance). Where the figure's grid is a decimal range of the CLI (`--alpha start:stop:step`), the CLI
// rounds each grid point to 15 digits: 1e-10 covers that too.

/** series id → its (x, y) rows in the long-format CSV (`#` header lines, then series,x,y,…); empty cells are NaN */
function csvSeries(csv: string): Map<string, [number, number][]> {
  const num = (s: string) => (s === '' ? NaN : Number(s));
  const out = new Map<string, [number, number][]>();
  for (const line of csv.split('\n').filter((l) => !l.startsWith('#')).slice(1)) {
    if (!line) continue;
    const [id, x, y] = line.split(',');
    if (!out.has(id)) out.set(id, []);
    out.get(id)!.push([num(x), num(y)]);
  }
  return out;
}

type Json = number | null | string | boolean | Json[] | { [k: string]: Json };

/** A field of the command's JSON: a dotted path (`curves.0.alpha`, `k2.amp`); `#` is the index of the y field's array. */
function field(json: Json, path: string, like?: readonly unknown[]): (number | null)[] {
  if (path === '#') return like!.map((_, i) => i);
  const v = path.split('.').reduce<Json>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, Json>)[k] : null), json);
  if (typeof v === 'number' || v === null) return [v];
  if (!Array.isArray(v)) throw new Error(`field ${path}: not a number or an array`);
  return v as (number | null)[];
}

const close = (a: number, b: number | null, tol: number) => (Number.isNaN(a) ? b === null || Number.isNaN(b) : b !== null && Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)));

let groups: CommandGroup[];
test.beforeAll(async () => {
  groups = await loadCommandGroups();
});

/** The figure's CSV export (long layout) next to what each command of its Reproduce dialog prints. */
async function checkFigure(page: Page, fig: string) {
  const frame = page.locator(`[data-figure-frame="${fig}"]`);
  await frame.scrollIntoViewIfNeeded();
  // a drawn series (line charts) or a non-empty histogram
  await expect(frame.locator('svg[data-figure] [data-series-id], svg[data-figure][data-count]:not([data-count="0"])').first()).toBeAttached({ timeout: 60_000 });
  await expect(frame).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await frame.getByRole('button', { name: 'Export' }).click();
  const [dl] = await Promise.all([page.waitForEvent('download'), frame.locator('[data-export="csv"]').click()]);
  const series = csvSeries((await readFile((await dl.path())!)).toString('utf8'));
  await page.keyboard.press('Escape');

  await frame.locator('[data-figure-more]').click();
  await frame.locator('[data-menu="reproduce"]').click();
  const blocks = page.locator('[data-info-dialog="cli"] [data-cli-command]');
  const n = await blocks.count();
  expect(n, `${fig}: commands shown`).toBeGreaterThan(0);
  const checked = new Set<string>();
  for (let b = 0; b < n; b++) {
    const line = (await blocks.nth(b).textContent())!;
    expect(line).toMatch(/^npm run -s cli -- [a-z-]+( --\w+ \S+)*$/);
    const map = JSON.parse((await blocks.nth(b).getAttribute('data-cli-series'))!) as Record<string, [string, string]>;
    const tol = Number(await blocks.nth(b).getAttribute('data-cli-tolerance'));
    expect(tol, 'a tolerance the figure declares').toBeLessThanOrEqual(1e-6);
    const out = runCli(line.replace('npm run -s cli -- ', '').split(' '), groups);
    expect(out.stderr, line).toBe('');
    expect(out.code, line).toBe(0);
    const json = JSON.parse(out.stdout) as Json;
    for (const [id, [xf, yf]] of Object.entries(map)) {
      const rows = series.get(id) ?? [];
      const ys = field(json, yf);
      const xs = field(json, xf, ys);
      // the CSV leaves a non-finite cell empty, the CLI prints null
      expect(rows.length, `${fig} ${id}: points in the CSV vs ${line}`).toBe(ys.length);
      expect(xs.length, `${fig} ${id}: x and y fields`).toBe(ys.length);
      rows.forEach(([x, y], i) => {
        expect(close(x, xs[i], tol), `${fig} ${id} ${xf}[${i}] = ${xs[i]} vs ${x}`).toBe(true);
        expect(close(y, ys[i], tol), `${fig} ${id} ${yf}[${i}] = ${ys[i]} vs ${y}`).toBe(true);
      });
      checked.add(id);
    }
  }
  expect(checked.size, `${fig}: series compared`).toBeGreaterThan(0);
  await expect(page.locator('[data-info-dialog="cli"] [data-app-version]')).toContainText(/commit [0-9a-f]{4,}|commit unknown/);
  await page.locator('[data-info-dialog="cli"]').getByRole('button', { name: 'Close' }).click();

  // Cite: the software and the figure's papers, each with its arXiv id
  await frame.locator('[data-figure-more]').click();
  await frame.locator('[data-menu="cite"]').click();
  const bib = (await page.locator('[data-info-dialog="cite"] [data-bibtex]').textContent())!;
  expect(bib).toContain('@software{learning_phases');
  expect(bib.match(/^@(article|inproceedings)\{/gm)?.length ?? 0, `${fig}: papers cited`).toBeGreaterThan(0);
  expect(bib.match(/^@(article|inproceedings)\{/gm)!.length).toBeLessThanOrEqual(bib.match(/eprint = \{|doi = \{/g)?.length ?? 0);
  await page.locator('[data-info-dialog="cite"]').getByRole('button', { name: 'Close' }).click();
}

/** the cases of one page load: same chapter, same query */
const loads = new Map<string, { ch: string; query: string; figs: string[] }>();
for (const c of CASES) {
  const key = `${c.ch}?${c.query}`;
  if (!loads.has(key)) loads.set(key, { ch: c.ch, query: c.query, figs: [] });
  loads.get(key)!.figs.push(c.fig);
}

for (const { ch, query, figs } of loads.values())
  test(`${ch} (${query}): the CLI commands of ${figs.join(', ')} print the figures' CSV numbers`, async ({ page }) => {
    test.setTimeout(30_000 + 30_000 * figs.length);
    const errors = watchConsole(page);
    await page.goto(`./?v=1&ch=${ch}&${query}`);
    for (const fig of figs) await checkFigure(page, fig);
    expect(errors).toEqual([]);
  });
