import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './helpers.ts';

// Issue #10, "Live in class", ERM chapter: the learning curve's training dots stream (workers/physics/erm/simCurve.ts:
// run 0 at every α, then the others) and start at once, without a settle window.
const frame = (page: Page, id: string) => page.locator(`[data-figure-frame="${id}"]`);

test('ArrowRight on the dimension: the curves figure shows the new runs\' first dots, current, before the run is over', async ({ page }) => {
  const errors = watchConsole(page);
  // 4 α × 3 seeds at d = 400 (n up to 1600): a second or more of training. The dots do not depend on α (they sit at
  // fixed α = 0.5 … 4), so the slider that restarts them is the dimension's
  await page.goto('./?v=2&ch=erm&d=400&seeds=3');
  const wrap = frame(page, 'curves').locator('[data-sim-runs]');
  await expect(wrap).toHaveAttribute('data-sim-runs', '12', { timeout: 60_000 });
  await expect(frame(page, 'curves')).not.toHaveAttribute('aria-busy', 'true', { timeout: 60_000 });
  const slider = page.getByRole('slider', { name: /Dimension/ });
  await slider.focus();
  await slider.press('ArrowRight');
  await expect(page).not.toHaveURL(/d=400(&|$)/);
  // fewer than 12 runs can only be the new run's partial; at that same instant the figure is current and busy, and
  // its caption counts the runs over
  await page.waitForFunction(
    () => {
      const f = document.querySelector('[data-figure-frame="curves"]');
      const runs = Number(f?.querySelector('[data-sim-runs]')?.getAttribute('data-sim-runs') ?? NaN);
      const caption = (f?.textContent ?? '').includes(`running: ${runs} of 12 runs so far`);
      return !!f && !f.hasAttribute('data-stale') && f.getAttribute('aria-busy') === 'true' && runs >= 1 && runs < 12 && caption;
    },
    null,
    { timeout: 20_000, polling: 'raf' },
  );
  await expect(frame(page, 'curves').locator('[data-series-id="sim"] circle').first()).toBeAttached();
  // and it ends with every dot, no longer running
  await expect(wrap).toHaveAttribute('data-sim-runs', '12', { timeout: 60_000 });
  await expect(frame(page, 'curves')).not.toContainText('running:');
  expect(errors).toEqual([]);
});
