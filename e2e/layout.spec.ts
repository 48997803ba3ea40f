import { expect, test } from '@playwright/test';
import { chapters } from './chapters.ts';

// Issue #12.3: controls never overflow their column; on a phone the main slider and its figure are on
// screen together; wide screens use the width.

for (const width of [800, 1280]) {
  test(`at ${width} px no control is wider than the controls column, in any chapter`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const c of chapters) {
      await page.goto(`./?v=1&ch=${c.id}`);
      const aside = page.locator('aside').first();
      await expect(aside.locator('[data-control]').first()).toBeVisible();
      const overflow = await aside.evaluate((a) => {
        const right = a.getBoundingClientRect().right;
        return [...a.querySelectorAll('select, input, [data-control]')]
          .filter((e) => e.getBoundingClientRect().right > right + 0.5)
          .map((e) => e.getAttribute('name') ?? e.getAttribute('data-control') ?? e.tagName);
      });
      expect(overflow, c.id).toEqual([]);
    }
  });
}

test('on a phone the figures come first and the main slider stays on screen with the first figure', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const c of chapters) {
    await page.goto(`./?v=1&ch=${c.id}`);
    const fig = page.locator('svg[data-figure]').first();
    await expect(fig).toBeVisible();
    const strip = page.locator('[data-phone-controls]');
    const slider = strip.getByRole('slider').first();
    await expect(slider).toBeInViewport();
    const f = (await fig.boundingBox())!;
    const s = (await strip.boundingBox())!;
    // the chart's top half is on screen above the strip
    expect(f.y + f.height / 2, c.id).toBeLessThan(s.y);
    // every control is one tap away, in the drawer
    await strip.getByRole('button', { name: 'All controls' }).click();
    await expect(page.locator('[data-phone-drawer] [data-control]').first()).toBeVisible();
    await strip.getByRole('button', { name: 'Close' }).click();
  }
});

test('at 1920 px the figures grow beyond their 1280 px width', async ({ page }) => {
  const widthAt = async (w: number) => {
    await page.setViewportSize({ width: w, height: 1080 });
    await page.goto('./?v=1&ch=glm');
    const fig = page.locator('svg[data-figure="curve"]');
    await expect(fig).toBeVisible();
    return (await fig.boundingBox())!.width;
  };
  const narrow = await widthAt(1280);
  expect(await widthAt(1920)).toBeGreaterThan(1.3 * narrow);
});
