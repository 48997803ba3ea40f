import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expectNoNaN, waitForCurve, watchConsole } from './helpers.ts';

const fig = (page: Page, id: string) => page.locator(`svg[data-figure="${id}"]`);
const drawn = /^M[\d.]/;

test('the committee chapter draws its figures with real data and no console error; K = 2 specialises at 2.052', async ({ page }) => {
  const errors = watchConsole(page);
  // small AMP runs keep the spec fast on 2 cores
  await page.goto('./?ch=committee&d=200&seeds=1&iters=10');
  await waitForCurve(page);
  // K = 2: continuous transition α_spec = α_IT = α_AMP = 2.05238 (PHYSICS.md §2), within 0.1 %
  const spec = fig(page, 'curve').locator('[data-threshold="α_spec = α_IT = α_AMP"]');
  await expect(spec).toBeVisible();
  expect(Math.abs(Number(await spec.getAttribute('data-x')) / 2.05238 - 1)).toBeLessThan(1e-3);
  await expect(page.locator('[data-k="2"][data-points="200"]').first()).toBeVisible();
  await expect(fig(page, 'overlaps').locator('path[data-series-id="qd_bayes"]')).toHaveAttribute('d', drawn);
  await expect(fig(page, 'amp').locator('path[data-series-id="qa"]')).toHaveAttribute('d', drawn);
  for (const id of ['curve', 'overlaps', 'amp']) expect(await fig(page, id).innerHTML()).not.toMatch(/NaN|Infinity/);
  expect(errors).toEqual([]);
});

test('K = 3 marks α_IT = 11.33 and the hard phase up to α_AMP = 19.23 on the learning curve', async ({ page }) => {
  await page.goto('./?ch=committee&K=3&d=200&seeds=1&iters=10');
  await waitForCurve(page);
  const curve = fig(page, 'curve');
  // committee/k3SpecialisedBranch.ts: α_IT = 11.3324 (f crossing), α_AMP = 19.2320 (λ = 1 on the plane)
  const it = curve.locator('[data-threshold="α_IT"]');
  await expect(it).toBeVisible();
  expect(Math.abs(Number(await it.getAttribute('data-x')) / 11.3324 - 1)).toBeLessThan(1e-3);
  expect(Number(await curve.locator('[data-threshold="α_AMP"]').getAttribute('data-x'))).toBeCloseTo(19.232, 2);
  await expect(curve.locator('[data-region="hard phase"] rect')).toHaveAttribute('width', /^[1-9]/);
});

test('the phase diagram draws the AMP line to K = 51 and the large-K asymptotes 3.27 and 7.68', async ({ page }) => {
  await page.goto('./?ch=committee&d=200&seeds=1&iters=10');
  const phase = fig(page, 'phase');
  await expect(page.locator('[data-scale="k2"]')).toHaveAttribute('data-points', '26', { timeout: 60_000 });
  await expect(phase.locator('path[data-series-id="amp"]')).toHaveAttribute('d', drawn);
  await expect(phase.locator('path[data-series-id="amp-large"]')).toHaveAttribute('d', drawn);
  await expect(phase.locator('path[data-series-id="it-large"]')).toHaveAttribute('d', drawn);
  await expect(phase.locator('[data-polygon="gap"] path')).toHaveAttribute('d', drawn);
  const wrap = page.locator('[data-scale="k2"]');
  expect(Number(await wrap.getAttribute('data-amp-large'))).toBeCloseTo(3.26999, 3);
  expect(Number(await wrap.getAttribute('data-it-large'))).toBeCloseTo(7.680, 2);
  await page.getByRole('combobox', { name: 'Phase-diagram axis' }).selectOption('k');
  await expect(page).toHaveURL(/pscale=k(&|$)/);
  await expect(page.locator('[data-scale="k"]')).toBeVisible();
});

test('K = large draws the α̃ = α/K view (plateau, α̃_IT) and the K control writes the URL', async ({ page }) => {
  await page.goto('./?ch=committee&d=200&seeds=1&iters=10');
  await waitForCurve(page);
  const field = page.getByRole('textbox', { name: 'Hidden units value' });
  await field.fill('large');
  await field.press('Enter');
  await expect(page).toHaveURL(/K=large/);
  const curve = fig(page, 'curve');
  await expect(page.locator('[data-k="large"]').first()).toBeVisible();
  await expect(curve.locator('path[data-series-id="amp"]')).toHaveAttribute('d', drawn);
  const it = curve.locator('[data-threshold="α̃_IT"]');
  await expect(it).toBeVisible();
  expect(Number(await it.getAttribute('data-x'))).toBeCloseTo(7.680, 2);
  await expect(curve.locator('[data-region="hard phase (α_AMP ∝ K²)"] rect')).toHaveAttribute('width', /^[1-9]/);
  await expect(fig(page, 'overlaps').locator('path[data-series-id="qd_spec"]')).toHaveAttribute('d', drawn);
  await expectNoNaN(page);
});

test('erf regression at K = 2: selecting it draws the 40-point curve with α_c = 3.484 and writes act=erf; K = 3 says it is K = 2 only', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('./?ch=committee&d=200&seeds=1&iters=10');
  await waitForCurve(page);
  await page.getByRole('combobox', { name: 'Activation' }).selectOption('erf');
  await expect(page).toHaveURL(/act=erf/);
  const curve = fig(page, 'curve');
  await expect(page.locator('[data-act="erf"][data-points="40"]').first()).toBeVisible({ timeout: 30_000 });
  await expect(curve.locator('path[data-series-id="bayes"]')).toHaveAttribute('d', drawn);
  await expect(fig(page, 'overlaps').locator('path[data-series-id="qd_bayes"]')).toHaveAttribute('d', drawn);
  // erfCurve.test.ts: continuous specialisation where λ = 1, α_c = 3.48413 at Δ = 0.1 (coarse UI quadrature within 1e-4)
  const spec = curve.locator('[data-threshold="α_spec = α_IT = α_AMP"]');
  await expect(spec).toBeVisible();
  expect(Math.abs(Number(await spec.getAttribute('data-x')) / 3.48413 - 1)).toBeLessThan(1e-3);
  await expect(page.getByText('Output noise (erf)').first()).toBeVisible();
  await page.goto('./?ch=committee&act=erf&K=3&d=200&seeds=1&iters=10');
  await expect(page.locator('[data-figure-error]').first()).toContainText('implemented for K = 2 only');
  expect(errors).toEqual([]);
});

test('one committee figure embeds at 800×450', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 450 });
  await page.goto('./?ch=committee&embed=1&fig=curve&controls=K');
  await waitForCurve(page);
  const box = (await fig(page, 'curve').boundingBox())!;
  expect(box.height).toBeGreaterThan(200);
  expect(box.y + box.height).toBeLessThanOrEqual(450);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('axe reports no violations on the committee chapter', async ({ page }) => {
  await page.goto('./?ch=committee&d=200&seeds=1&iters=10');
  await waitForCurve(page);
  // KaTeX loads when the prose scrolls into view
  await page.locator('.lp-prose').scrollIntoViewIfNeeded();
  await expect(page.locator('.katex').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});
