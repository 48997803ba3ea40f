import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { waitForCurve } from './helpers.ts';

for (const scheme of ['light', 'dark'] as const) {
  test(`axe reports no violations (${scheme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./?v=1&ch=glm');
    await waitForCurve(page);
    // let KaTeX arrive so the typeset equations are checked too
    // KaTeX loads when the prose scrolls into view
    await page.locator('.lp-prose').scrollIntoViewIfNeeded();
    await expect(page.locator('.katex').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
}

test('the front page passes axe, light and dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    await expect(page.locator('[data-chapter-card] img').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  }
});

test('embed mode passes axe too', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 450 });
  await page.goto('./?ch=glm&embed=1&fig=curve&controls=alpha');
  await waitForCurve(page);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
