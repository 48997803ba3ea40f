import { expect, test, type Page } from '@playwright/test';
import { partialOfCurrent, watchConsole } from './helpers.ts';

// Issue #10, "Live in class", spiked chapter: the finite-size runs stream (workers/physics/spiked/ampSeeds.ts,
// finite.ts) and start at once, without a settle window: one ArrowRight on α and each figure shows the new value's
// first partial (current, not stale) while its run is still going.
const frame = (page: Page, id: string) => page.locator(`[data-figure-frame="${id}"]`);
const drawn = /^M[\d.]/;

test('ArrowRight on α: the overlap figure shows the new α\'s first finite-size points while its runs go on', async ({ page }) => {
  const errors = watchConsole(page);
  // 7 Δ × 4 seeds at p = 300: a second or more of runs
  await page.goto('./?v=2&ch=spiked&p=300&seeds=4');
  const wrap = frame(page, 'curve').locator('[data-finite-runs]');
  // the first load's runs to their end: 28 runs, every Δ
  await expect(wrap).toHaveAttribute('data-finite-runs', '28', { timeout: 60_000 });
  await expect(frame(page, 'curve')).not.toHaveAttribute('aria-busy', 'true', { timeout: 30_000 });
  const slider = page.locator('input[type="range"][name="alpha"]');
  await slider.focus();
  await slider.press('ArrowRight');
  await expect(page).toHaveURL(/alpha=1\.01/);
  // fewer than 28 runs can only be the new run's partial; not stale at that same instant
  await partialOfCurrent(page, 'curve', 'data-finite-runs', 1, 28);
  await expect(frame(page, 'curve').locator('[data-series-id="amp-runs"] circle').first()).toBeAttached();
  // and it ends with every point
  await expect(wrap).toHaveAttribute('data-finite-runs', '28', { timeout: 60_000 });
  expect(errors).toEqual([]);
});

test('ArrowRight on α: the AMP figure shows SE and the new α\'s iterations so far, no end reading until the run is over', async ({ page }) => {
  const errors = watchConsole(page);
  // 3 seeds × 300 iterations at p = 500: a second or more
  await page.goto('./?v=2&ch=spiked&p=500&seeds=3&iters=300');
  await frame(page, 'amp').scrollIntoViewIfNeeded();
  const wrap = frame(page, 'amp').locator('[data-amp-done]');
  await expect(wrap).toHaveAttribute('data-amp-last', /\d/, { timeout: 60_000 });
  const slider = page.locator('input[type="range"][name="alpha"]');
  await slider.focus();
  await slider.press('ArrowRight');
  await expect(page).toHaveURL(/alpha=1\.01/);
  await partialOfCurrent(page, 'amp', 'data-amp-done', 2, 301);
  // a partial: no end reading, and both curves drawn
  expect(await wrap.getAttribute('data-amp-last')).toBeNull();
  await expect(frame(page, 'amp').locator('path[data-series-id="se"]')).toHaveAttribute('d', drawn);
  await expect(frame(page, 'amp').locator('path[data-series-id="amp"]')).toHaveAttribute('d', drawn);
  await expect(wrap).toHaveAttribute('data-amp-last', /\d/, { timeout: 60_000 });
  expect(errors).toEqual([]);
});
