import { expect, test } from '@playwright/test';
import { chapters } from './chapters.ts';
import { settle, textOverlaps } from './figureText.ts';

// Issue #12 item 2: no text of a figure overlaps another — tick labels, axis titles, threshold, phase and
// marker labels, the legend — measured in Chromium's layout for every figure of every chapter, at 1280 px
// (one page load per chapter, all its figures) and in an 800×450 embed (one load per figure). The labels
// depend on the computed data, so each view waits for its figures to finish (bounded: a figure still
// running is measured as it stands).

for (const c of chapters) {
  test(`${c.id}: no text overlaps in any figure at 1280 px`, async ({ page }) => {
    await page.goto(`./?v=1&ch=${c.id}`);
    await settle(page, 10_000);
    expect(await page.locator('svg[data-figure]').count()).toBeGreaterThanOrEqual(c.figures.length);
    expect(await textOverlaps(page)).toEqual([]);
  });
}

test.describe('embed 800×450', () => {
  test.use({ viewport: { width: 800, height: 450 } });
  for (const c of chapters) {
    test(`${c.id}: no text overlaps in any embedded figure`, async ({ page }) => {
      for (const f of c.figures) {
        await page.goto(`./?v=1&ch=${c.id}&embed=1&fig=${f.id}`);
        await settle(page, 5_000);
        expect(await textOverlaps(page), `${c.id}/${f.id}`).toEqual([]);
      }
    });
  }
});
