import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { loadCommandGroups, runCli } from '../scripts/cliCore.ts';
import { watchConsole } from './helpers.ts';

// Reproduce (issue #14, 3): the command a figure shows prints the numbers of its CSV. The command runs
// in-process through the CLI's own core (scripts/cliCore.ts). Same code, same inputs: the numbers agree to
// the last few ulps (the page's worker and this Node may differ in libm — Math.exp/log — by 1 ulp, which a
// few hundred operations can grow to ~1e-13 relative; 1e-10 leaves room and still catches any other change).
// Small finite-size runs in the queries: the other figures' simulations share the worker pool.
const CASES = [
  { ch: 'glm', fig: 'landscape', query: 'alpha=1.4&prior=binary&d=100&seeds=1&iters=20' },
  { ch: 'committee', fig: 'curve', query: 'K=2&d=100&seeds=1&iters=10' },
  { ch: 'sgd', fig: 'overparam', query: 'alpha=100&simAlpha=10&N=100&seeds=1' },
  { ch: 'landscapes', fig: 'phase', query: 'N=20&seeds=1&tmax=10&d=20' },
  { ch: 'spiked', fig: 'curve', query: 'prior=generative&act=sign&alpha=2&p=100&seeds=1&iters=10' },
  { ch: 'spiked', fig: 'amp', query: 'prior=sparse&rho=0.1&delta=0.5&p=100&seeds=2&iters=10' },
  { ch: 'spiked', fig: 'phase-sparse', query: 'p=100&seeds=1&iters=10' },
  { ch: 'spiked', fig: 'phase-generative', query: 'p=100&seeds=1&iters=10' },
];

/** series id → its (x, y) rows in the long-format CSV (`#` header lines, then series,x,y,…) */
function csvSeries(csv: string): Map<string, [number, number][]> {
  const out = new Map<string, [number, number][]>();
  for (const line of csv.split('\n').filter((l) => !l.startsWith('#')).slice(1)) {
    if (!line) continue;
    const [id, x, y] = line.split(',');
    if (!out.has(id)) out.set(id, []);
    out.get(id)!.push([Number(x), y === '' ? NaN : Number(y)]);
  }
  return out;
}

const close = (a: number, b: number) => (Number.isNaN(a) ? b === null || Number.isNaN(b) : Math.abs(a - b) <= 1e-10 * Math.max(1, Math.abs(b)));

for (const c of CASES)
  test(`${c.ch}/${c.fig}: the CLI command shown prints the figure's CSV numbers`, async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto(`./?v=1&ch=${c.ch}&fig=${c.fig}${c.query ? '&' + c.query : ''}`);
    const frame = page.locator(`[data-figure-frame="${c.fig}"]`);
    await expect(frame.locator('svg[data-figure] path[data-series-id]').first()).toHaveAttribute('d', /^M[\d.]/, { timeout: 60_000 });
    await expect(frame).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
    await frame.getByRole('button', { name: 'Export' }).click();
    const [dl] = await Promise.all([page.waitForEvent('download'), frame.locator('[data-export="csv"]').click()]);
    const series = csvSeries((await readFile((await dl.path())!)).toString('utf8'));

    await frame.locator('[data-figure-more]').click();
    await frame.locator('[data-menu="reproduce"]').click();
    const block = page.locator('[data-cli-command]').first();
    const line = (await block.textContent())!;
    expect(line).toMatch(/^npm run -s cli -- [a-z-]+( --\w+ \S+)*$/);
    const map = JSON.parse((await block.getAttribute('data-cli-series'))!) as Record<string, [string, string]>;
    const out = runCli(line.replace('npm run -s cli -- ', '').split(' '), await loadCommandGroups());
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout) as Record<string, (number | null)[]>;
    expect(Object.keys(map).length).toBeGreaterThan(0);
    for (const [id, [xf, yf]] of Object.entries(map)) {
      const rows = series.get(id) ?? [];
      // the chart draws finite values only; the CSV leaves a non-finite cell empty, the CLI prints null
      expect(rows.length, id).toBe(json[xf].length);
      rows.forEach(([x, y], i) => {
        expect(close(x, json[xf][i]!), `${id} x[${i}]`).toBe(true);
        expect(close(y, json[yf][i] as number), `${id} ${yf}[${i}] = ${json[yf][i]} vs ${y}`).toBe(true);
      });
    }
    await expect(page.locator('[data-info-dialog="cli"] [data-app-version]')).toContainText(/commit [0-9a-f]{4,}|commit unknown/);
    expect(errors).toEqual([]);
  });
