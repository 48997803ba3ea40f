import { expect, test, type Page } from '@playwright/test';
import { partialOfCurrent, watchConsole } from './helpers.ts';

// Issue #10, "Live in class", hidden-manifold chapter: the learning curve's finite-size points stream
// (workers/physics/hmm/sim.ts, seed 0 at every α first) and start at once, without a settle window: one ArrowRight on
// γ and the figure shows the new γ's first points (current, not stale) while its runs are still going.
const frame = (page: Page, id: string) => page.locator(`[data-figure-frame="${id}"]`);

test('ArrowRight on γ: the learning curve shows the new γ\'s first finite-size points while its runs go on', async ({ page }) => {
  const errors = watchConsole(page);
  // 6 α × 3 seeds at p = 150: a second or more of runs on 2 cores
  await page.goto('./?v=2&ch=hmm&p=150&seeds=3');
  const wrap = frame(page, 'curve').locator('[data-sim-runs]');
  // the first load's runs to their end: 18 runs, every α
  await expect(wrap).toHaveAttribute('data-sim-runs', '18', { timeout: 60_000 });
  await expect(frame(page, 'curve')).not.toHaveAttribute('aria-busy', 'true', { timeout: 30_000 });
  const slider = page.locator('input[type="range"][name="gamma"]');
  await slider.focus();
  await slider.press('ArrowRight');
  await expect(page).toHaveURL(/gamma=0\.5\d/);
  // fewer than 18 runs can only be the new run's partial; current (not stale) and busy at that same instant
  await partialOfCurrent(page, 'curve', 'data-sim-runs', 1, 18);
  await expect(frame(page, 'curve').locator('g[data-series-id="sim"] circle').first()).toBeAttached();
  // and it ends with every point, the caption's running note gone
  await expect(wrap).toHaveAttribute('data-sim-runs', '18', { timeout: 60_000 });
  await expect(frame(page, 'curve')).not.toContainText('runs so far');
  expect(errors).toEqual([]);
});
