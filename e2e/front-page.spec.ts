import { expect, test } from '@playwright/test';
import { chapters } from './chapters.ts';
import { watchConsole } from './helpers.ts';

test('the front page: what it is, a card per chapter with its thumbnail and try-this links, citation and licence', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { name: /statistical physics of learning/ })).toBeVisible();
  const cards = page.locator('[data-chapter-card]');
  await expect(cards).toHaveCount(chapters.length);
  for (const c of chapters) {
    const card = page.locator(`[data-chapter-card="${c.id}"]`);
    await expect(card.getByRole('heading', { name: c.title })).toBeVisible();
    const img = card.locator('img');
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    expect(await card.locator('[data-try]').count()).toBeGreaterThanOrEqual(Math.min(2, c.presets?.length ?? 0));
  }
  await expect(page.locator('[data-bibtex]')).toContainText('@software{learning_phases');
  await expect(page.getByRole('link', { name: 'MIT licence' })).toHaveAttribute('href', './LICENSE.txt');
  expect((await page.request.get('./LICENSE.txt')).ok()).toBe(true);
  expect((await page.request.get('./README.md')).ok()).toBe(true);
  expect(errors).toEqual([]);
});

test('a try-this link opens its preset; the title leads back to the front page; chapter URLs are unchanged', async ({ page }) => {
  await page.goto('./');
  const c = chapters[0];
  const link = page.locator(`[data-chapter-card="${c.id}"] [data-try]`).nth(1);
  const label = (await link.textContent())!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`ch=${c.id}`));
  const preset = c.presets!.find((p) => p.label === label)!;
  for (const [k, v] of Object.entries(preset.values)) {
    const control = page.locator(`[data-control="${k}"]`).first();
    if (await control.count()) await expect(control.locator('select, input[type="text"]').first()).toHaveValue(String(v));
  }
  await page.getByRole('link', { name: 'Learning Phases', exact: true }).click();
  await expect(page.locator('[data-front-page]')).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`ch=${c.id}`));
  await expect(page.locator('svg[data-figure]').first()).toBeVisible();
});
