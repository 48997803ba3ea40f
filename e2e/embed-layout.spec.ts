import { expect, test } from '@playwright/test';
import { chapters, wrappingControls } from './chapters.ts';

// Every figure of every chapter, embedded at 800×450 with two controls whose help texts wrap: the chart
// must fit the frame and stay above the controls (the chart measures the height the frame leaves it).
// Layout only: the geometry does not depend on the computed data, so the check runs before jobs finish.

test.use({ viewport: { width: 800, height: 450 } });

for (const c of chapters) {
  const ch = c.id;
  const controls = wrappingControls(c);
  test(`${ch}: each figure fits an 800×450 embed above its controls`, async ({ page }) => {
    for (const fig of c.figures.map((f) => f.id)) {
      await page.goto(`./?v=1&ch=${ch}&embed=1&fig=${fig}&controls=${controls}`);
      const svg = page.locator('svg[data-figure]').first();
      await expect(svg).toBeVisible();
      // let the chart measure its box (one ResizeObserver round)
      await expect.poll(async () => (await svg.boundingBox())!.height).toBeGreaterThan(150);
      const box = (await svg.boundingBox())!;
      const controlTop = await page.locator('[data-control]').evaluateAll((els) => Math.min(...els.map((e) => e.getBoundingClientRect().top)));
      const link = (await page.getByRole('link', { name: /Open full view/ }).boundingBox())!;
      expect(box.x + box.width, `${ch}/${fig} width`).toBeLessThanOrEqual(800);
      expect(box.y + box.height, `${ch}/${fig} chart above the controls`).toBeLessThanOrEqual(controlTop + 1);
      expect(link.y + link.height, `${ch}/${fig} link inside the frame`).toBeLessThanOrEqual(450);
    }
  });
}
