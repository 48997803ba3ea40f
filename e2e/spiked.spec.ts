import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './helpers.ts';

const fig = (page: Page, id: string) => page.locator(`svg[data-figure="${id}"]`);
const drawn = /^M[\d.]/;
const attr = async (page: Page, sel: string, name: string) => Number(await page.locator(sel).first().getAttribute(name));
// Small sizes keep every job of the page within seconds on 2 cores.
const SMALL = '?ch=spiked&p=100&seeds=2&iters=15';

async function waitIdle(page: Page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 60_000 });
}

test('the chapter draws its six figures with real data and no console error', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(`./${SMALL}`);
  // default: generative linear prior at α = 1, Δ_c = 1 + α = 2 (arXiv:1905.12385), no hard phase
  const curve = fig(page, 'curve');
  for (const id of ['bayes', 'amp', 'pca']) await expect(curve.locator(`path[data-series-id="${id}"]`)).toHaveAttribute('d', drawn);
  await expect(page.locator('[data-delta-alg]')).toHaveAttribute('data-delta-alg', /^1\.99999|^2/);
  expect(Math.abs((await attr(page, '[data-delta-alg]', 'data-delta-alg')) - 2)).toBeLessThan(1e-6);
  await expect(page.locator('[data-finite="7"]')).toBeVisible({ timeout: 60_000 });
  // phase diagrams: the sparse hard phase is shaded, the generative lines drawn
  await expect(fig(page, 'phase-sparse').locator('[data-polygon="hard"] path')).toHaveAttribute('d', drawn, { timeout: 60_000 });
  for (const id of ['linear', 'sign', 'pca']) await expect(fig(page, 'phase-generative').locator(`path[data-series-id="${id}"]`)).toHaveAttribute('d', drawn);
  // spectra and AMP
  await expect(fig(page, 'spectrum').locator('[data-bars] rect').first()).toBeVisible();
  await expect(fig(page, 'lamp').locator('[data-bars] rect').first()).toBeVisible();
  await expect(fig(page, 'amp').locator('path[data-series-id="se"]')).toHaveAttribute('d', drawn);
  await waitIdle(page);
  for (const id of ['curve', 'phase-sparse', 'phase-generative', 'spectrum', 'lamp', 'amp']) expect(await fig(page, id).innerHTML()).not.toMatch(/NaN|Infinity/);
  expect(errors).toEqual([]);
});

test('sparse prior at ρ = 0.05: a hard phase between Δ_alg = 1 and Δ_IT ≈ 2.432', async ({ page }) => {
  await page.goto('./?ch=spiked&prior=sparse&rho=0.05&delta=1.6&p=100&seeds=2&iters=10&fig=curve&embed=1');
  const wrap = page.locator('[data-delta-it]');
  await expect(wrap).toHaveAttribute('data-delta-it', /^2\.43/, { timeout: 60_000 });
  expect(Math.abs((await attr(page, '[data-delta-alg]', 'data-delta-alg')) - 1)).toBeLessThan(1e-6);
  await expect(fig(page, 'curve').locator('[data-region]').first()).toBeVisible();
});

test('both phase diagrams are clickable: a click moves the reader onto that prior at the clicked point (issue #12 item 3)', async ({ page }) => {
  await page.goto(`./${SMALL}`);
  const sparse = fig(page, 'phase-sparse');
  await expect(sparse.locator('path[data-series-id="it"]')).toHaveAttribute('d', drawn);
  await sparse.locator('[data-hover-area]').click();
  await expect(page).toHaveURL(/prior=sparse/);
  await expect(sparse.locator('[data-marker="reader"]')).toBeAttached();
  const generative = fig(page, 'phase-generative');
  await generative.locator('[data-hover-area]').click();
  // generative is the default prior: it leaves the URL
  await expect.poll(() => page.url()).not.toMatch(/prior=sparse/);
  // the centre of the log α axis 0.1…10 is α = 1
  await expect(generative.locator('[data-marker="reader"]')).toHaveAttribute('data-x', /^(0\.9\d*|1(\.0\d*)?)$/);
});
