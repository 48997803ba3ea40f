import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { watchConsole } from './helpers.ts';

/** Drop a file with `text` on `target`, as a reader dragging it from the desktop. */
async function drop(page: Page, target: Locator, name: string, text: string) {
  const dt = await page.evaluateHandle(([n, t]) => {
    const d = new DataTransfer();
    d.items.add(new File([t], n, { type: 'text/csv' }));
    return d;
  }, [name, text] as const);
  await target.dispatchEvent('dragover', { dataTransfer: dt });
  await target.dispatchEvent('drop', { dataTransfer: dt });
}

// Overlay (issue #14, 2): the reader's data on a figure, in its export, kept across reloads; a malformed
// file is refused with the first bad line named and nothing drawn.
test('drop a valid CSV: points drawn, in the CSV export, kept on reload; a malformed one names its line', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('./?v=1&ch=glm&d=100&seeds=1&iters=20');
  const frame = page.locator('[data-figure-frame="landscape"]');
  const svg = frame.locator('svg[data-figure="landscape"]');
  await expect(svg.locator('path[data-series-id="f"]')).toHaveAttribute('d', /^M[\d.]/, { timeout: 60_000 });

  await drop(page, frame, 'measured.csv', 'm,f,err\n0.2,-1.3,0.05\n0.5,-1.15,0.02\n0.8,-1.2,0.04\n');
  await expect(svg.locator('g[data-series-id="overlay"] circle')).toHaveCount(3);
  await expect(svg).toContainText('your data: measured.csv');

  await frame.getByRole('button', { name: 'Export' }).click();
  const [dl] = await Promise.all([page.waitForEvent('download'), frame.locator('[data-export="csv"]').click()]);
  const csv = (await readFile((await dl.path())!)).toString('utf8');
  // every point, as series `overlay` of the long CSV with its error bar as lo, hi
  const rows = csv.split('\n').filter((l) => l.startsWith('overlay,')).map((l) => l.split(',').map(Number).slice(1));
  expect(rows.map((r) => r.slice(0, 2))).toEqual([[0.2, -1.3], [0.5, -1.15], [0.8, -1.2]]);
  rows.forEach(([, y, lo, hi], i) => expect([y - lo, hi - y].map((e) => Math.round(e * 1e9) / 1e9)).toEqual([[0.05, 0.05], [0.02, 0.02], [0.04, 0.04]][i]));

  await page.reload();
  await expect(svg.locator('g[data-series-id="overlay"] circle')).toHaveCount(3);

  // malformed: the dialog names the line, the old overlay stays, nothing of the bad file is drawn
  await drop(page, frame, 'bad.csv', 'm,f\n0.2,-1.3\n0.4,abc\n');
  await expect(page.locator('[data-overlay-error]')).toHaveText('line 3: "abc" in column f is not a finite number');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(svg).not.toContainText('bad.csv');

  // pasted, with a negative value where the axis cannot show it: the curve figure's α axis is logarithmic
  const curve = page.locator('[data-figure-frame="curve"]');
  await curve.locator('[data-figure-more]').click();
  await curve.locator('[data-menu="overlay"]').click();
  await page.locator('[data-overlay-text]').fill('alpha,error\n1,0.3\n-2,0.1\n');
  await page.locator('[data-overlay-apply]').click();
  await expect(page.locator('[data-overlay-error]')).toHaveText('line 3: alpha = -2 cannot be drawn on the logarithmic x axis');
  await page.locator('[data-overlay-text]').fill('alpha,error\n1,0.3\n2,0.1\n');
  await page.locator('[data-overlay-apply]').click();
  await expect(curve.locator('svg[data-figure="curve"] g[data-series-id="overlay"] circle')).toHaveCount(2);
  expect(errors).toEqual([]);
});
