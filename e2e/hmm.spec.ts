import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expectNoNaN, watchConsole } from './helpers.ts';

const fig = (page: Page, id: string) => page.locator(`svg[data-figure="${id}"]`);
const drawn = /^M[\d.]/;
// p = 60 and 2 seeds keep the finite-size ladder (6 α × σ(FC) and Gaussian) to about a second on 2 cores
const SMALL = '?v=1&ch=hmm&p=60&seeds=2';

test('the chapter draws its four figures with real data and no console error', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(`./${SMALL}`);
  const curve = fig(page, 'curve');
  await expect(curve.locator('path[data-series-id="ridge"]')).toHaveAttribute('d', drawn);
  await expect(curve.locator('path[data-series-id="logistic"]')).toHaveAttribute('d', drawn);
  await expect(curve.locator('[data-marker="current"]')).toBeVisible();
  // the separability threshold at erf, γ = 0.5: α_sep = 6.4445 (npm run -s cli -- hmm-separability --act erf --gamma 0.5)
  await expect(curve.locator('[data-threshold^="α_sep"]')).toHaveAttribute('data-x', /^6\.44/);
  // the finite-size ladder: six α, σ(FC) and its Gaussian equivalent
  await expect(page.locator('[data-sim-done="6"]')).toBeVisible({ timeout: 30_000 });
  await expect(curve.locator('g[data-series-id="sim"] circle')).toHaveCount(6);
  await expect(curve.locator('g[data-series-id="sim-gauss"] circle')).toHaveCount(6);
  // double descent: three λ and the optimum, the p = n line
  const dd = fig(page, 'dd');
  for (const id of ['lambda-0', 'lambda-1', 'lambda-2', 'opt']) await expect(dd.locator(`path[data-series-id="${id}"]`)).toHaveAttribute('d', drawn);
  await expect(dd.locator('[data-threshold="p = n"]')).toHaveAttribute('data-x', '1');
  // λ sweep with the optimum marked
  const lambda = fig(page, 'lambda');
  await expect(lambda.locator('path[data-series-id="eg"]')).toHaveAttribute('d', drawn);
  await expect(lambda.locator('[data-threshold]')).toHaveCount(1);
  // the lecture's plane: 49 × 49 cells and the optimal-λ line
  const phase = fig(page, 'phase');
  await expect(phase).toHaveAttribute('data-cells', String(49 * 49));
  await expect(phase.locator('path[data-series-id="opt"]')).toHaveAttribute('d', drawn);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
  for (const id of ['curve', 'dd', 'lambda', 'phase']) expect(await fig(page, id).innerHTML()).not.toMatch(/NaN|Infinity/);
  expect(errors).toEqual([]);
});

test('logistic below and above α_sep: the λ figure says which limit λ → 0⁺ takes', async ({ page }) => {
  const errors = watchConsole(page);
  // sign, γ = 0.5: α_sep = 3.3886
  await page.goto('./?v=1&ch=hmm&act=sign&loss=logistic&gamma=0.5&alpha=2&p=60&seeds=1');
  const frame = page.locator('[data-figure-frame="lambda"]');
  await expect(fig(page, 'lambda').locator('path[data-series-id="eg"]')).toHaveAttribute('d', drawn);
  await expect(frame).toContainText(/below the separability threshold.*max-margin/s);
  await page.goto('./?v=1&ch=hmm&act=sign&loss=logistic&gamma=0.5&alpha=5&p=60&seeds=1');
  await expect(frame).toContainText(/above the separability threshold.*maximum-likelihood/s);
  await expect(fig(page, 'curve').locator('[data-threshold^="α_sep"]')).toHaveAttribute('data-x', /^3\.38/);
  expect(errors).toEqual([]);
});

test('a click on the phase diagram moves the model onto the lecture’s plane and into the URL', async ({ page }) => {
  await page.goto('./?v=1&ch=hmm&act=relu&gamma=0.5&p=60&seeds=2');
  const phase = fig(page, 'phase');
  await expect(phase).toHaveAttribute('data-cells', String(49 * 49));
  // a locator click scrolls the figure into view and clicks the centre of the plot area
  await phase.locator('[data-hover-area]').click();
  await expect(page).toHaveURL(/gamma=0\.1/);
  expect(page.url()).not.toMatch(/act=relu/);
  // the centre of the log–log plane is α = 1, λ = 0.1
  await expect(phase.locator('[data-marker="reader"]')).toHaveAttribute('data-x', /^(0\.9\d*|1(\.0\d*)?)$/);
  await expectNoNaN(page);
});

test('a malformed value gives a notice and a sane view', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('./?v=1&ch=hmm&lambda=-3&act=softmax&p=60&seeds=2');
  await expect(page.getByText(/lambda/).first()).toBeVisible();
  await expect(fig(page, 'curve').locator('path[data-series-id="ridge"]')).toHaveAttribute('d', drawn);
  await expectNoNaN(page);
  expect(errors).toEqual([]);
});

test('axe reports no violations on the chapter', async ({ page }) => {
  await page.goto(`./${SMALL}`);
  await expect(fig(page, 'phase')).toHaveAttribute('data-cells', String(49 * 49));
  // KaTeX loads when the prose scrolls into view
  await page.locator('.lp-prose').scrollIntoViewIfNeeded();
  await expect(page.locator('.katex').first()).toBeVisible();
  // the 2401 heat-map cells are decoration inside an svg[role=img]: skipping them keeps axe at a few seconds
  const results = await new AxeBuilder({ page }).exclude('[data-heat]').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});
