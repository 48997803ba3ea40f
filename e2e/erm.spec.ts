import { expect, test, type Page } from '@playwright/test';
import { expectNoNaN, waitForCurve, watchConsole } from './helpers.ts';

const fig = (page: Page, id: string) => page.locator(`svg[data-figure="${id}"]`);
const drawn = /^M[\d.]/;

test('the erm chapter draws its four figures with real data and no console error', async ({ page }) => {
  const errors = watchConsole(page);
  // small training runs keep the spec fast on 2 cores
  await page.goto('./?ch=erm&d=50&seeds=2');
  const curves = await waitForCurve(page, 'curves');
  for (const id of ['maxmargin', 'ridge-opt', 'logistic-opt', 'square', 'logistic', 'hinge']) {
    await expect(curves.locator(`path[data-series-id="${id}"]`)).toHaveAttribute('d', drawn, { timeout: 30_000 });
  }
  await expect(fig(page, 'lambda').locator('path[data-series-id="logistic"]')).toHaveAttribute('d', drawn);
  // ridge: λ* = π/2 − 1 at every α (sign labels as Gaussian noise; erm/optimalLambda.test.ts)
  const star = fig(page, 'lambda').locator('[data-threshold="λ* ridge"]');
  await expect(star).toBeVisible();
  expect(Math.abs(Number(await star.getAttribute('data-x')) / (Math.PI / 2 - 1) - 1)).toBeLessThan(1e-3);
  await expect(fig(page, 'peak').locator('path[data-series-id="eg-0"]')).toHaveAttribute('d', drawn);
  await expect(fig(page, 'rates').locator('path[data-series-id="maxmargin"]')).toHaveAttribute('d', drawn);
  for (const id of ['curves', 'lambda', 'peak', 'rates']) expect(await fig(page, id).innerHTML()).not.toMatch(/NaN|Infinity/);
  expect(errors).toEqual([]);
});

test('the λ field takes opt and 0 and writes them to the URL; the training dots appear', async ({ page }) => {
  await page.goto('./?ch=erm&d=50&seeds=2&loss=square');
  await waitForCurve(page, 'curves');
  const field = page.getByRole('textbox', { name: 'Regularisation value' });
  await field.fill('opt');
  await field.press('Enter');
  await expect(page).toHaveURL(/lambda=opt/);
  await field.fill('0');
  await field.press('Enter');
  await expect(page).toHaveURL(/lambda=0(&|$)/);
  await expect(fig(page, 'curves').locator('[data-series-id="sim"]').first()).toBeVisible({ timeout: 30_000 });
  await expectNoNaN(page);
});

test('the "max-margin vs Bayes" preset (hinge, λ = 0, d = 200, 4 seeds) draws its four training dots in seconds', async ({ page }) => {
  // the hard-margin SVM by the interior-point method (erm/svmInteriorPoint.ts): ~0.3 s per run at d = 200, α = 4,
  // where dual coordinate descent took > 2 min for the four α
  await page.goto('./?ch=erm');
  await waitForCurve(page, 'curves');
  await page.getByRole('combobox', { name: 'Preset' }).selectOption({ label: 'max-margin vs Bayes' });
  await expect(page).toHaveURL(/loss=hinge/);
  await expect(fig(page, 'curves').getByText('hinge (SVM) trained, d = 200 (4 seeds)')).toBeVisible({ timeout: 25_000 });
  await expect(fig(page, 'curves').locator('g[data-series-id="sim"] circle')).toHaveCount(4);
  await expectNoNaN(page);
});
