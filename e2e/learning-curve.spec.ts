import { expect, test } from '@playwright/test';
import { expectNoNaN, markerX, waitForCurve, watchConsole } from './helpers.ts';

test('the page loads with no console error and draws the learning curve', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('./?v=1&ch=glm');
  await expect(page.getByRole('heading', { name: 'Learning Phases' })).toBeVisible();
  await waitForCurve(page);
  await expect(page.getByRole('navigation', { name: 'Chapters' }).getByText('Committee machine')).toBeVisible();
  await expectNoNaN(page);
  // the marker reads every curve: Bayes-optimal and AMP agree for the spherical perceptron at α = 2, 0.1745 (PHYSICS.md)
  await expect(page.locator('[data-marker="current"] text')).toHaveText(/εg: Bayes = AMP 0\.174\d.* at α = 2/); // "_g" is drawn as a subscript tspan
  expect(errors).toEqual([]);
});

test('the α slider moves by keyboard; the marker and the URL follow; reload restores the view', async ({ page }) => {
  await page.goto('./?v=1&ch=glm');
  await waitForCurve(page);
  const before = await markerX(page);
  const slider = page.getByRole('slider', { name: /Samples per dimension/ });
  await slider.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => markerX(page)).toBeGreaterThan(before);
  const after = await markerX(page);
  await expect(page).toHaveURL(new RegExp(`alpha=${String(after).replace('.', '\\.')}`));
  // the marker follows the slider on the drawn curve at once and reads the curves when the point at α arrives:
  // compare the readings (the y on the drawn polyline differs from the exact one by ~1e-6)
  const reading = page.locator('[data-marker="current"] text');
  await expect(reading).toHaveText(new RegExp(`Bayes.* at α = ${String(after).replace('.', '\\.')}`));
  const y = await page.locator('[data-marker="current"]').getAttribute('data-y');
  await page.reload();
  await waitForCurve(page);
  expect(await markerX(page)).toBe(after);
  await expect(reading).toHaveText(/Bayes/);
  await expect(page.locator('[data-marker="current"]')).toHaveAttribute('data-y', y!);
});

test('typing a value commits it; back and forward walk the history', async ({ page }) => {
  await page.goto('./?ch=glm&alpha=1');
  await waitForCurve(page);
  const field = page.getByRole('textbox', { name: 'Samples per dimension value' });
  await field.fill('5');
  await field.press('Enter');
  await expect(page).toHaveURL(/alpha=5/);
  await expect.poll(() => markerX(page)).toBe(5);
  await page.goBack();
  await expect(page).toHaveURL(/alpha=1(&|$)/);
  await expect.poll(() => markerX(page)).toBe(1);
  await page.goForward();
  await expect.poll(() => markerX(page)).toBe(5);
});

test('a malformed URL shows a notice naming the keys and still draws a sane view', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('./?v=1&ch=glm&alpha=banana&prior=cubic&noise=-4&fig=nope');
  const notices = page.locator('[data-notice]');
  await expect(notices.filter({ hasText: /^alpha:/ })).toBeVisible();
  await expect(notices.filter({ hasText: /^prior:/ })).toBeVisible();
  await expect(notices.filter({ hasText: /^noise:/ })).toBeVisible();
  await waitForCurve(page);
  await expectNoNaN(page);
  expect(await markerX(page)).toBe(2);
  await notices.filter({ hasText: /^alpha:/ }).getByRole('button', { name: /Dismiss/ }).click();
  await expect(notices.filter({ hasText: /^alpha:/ })).toHaveCount(0);
  expect(errors).toEqual([]);
});
