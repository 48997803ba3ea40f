import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './helpers.ts';

// Issue #10, "Live in class": theory answers the slider at once while finite-size runs stream, and a figure
// that shows an older request's result says so (dimmed, "computing x %") until the new one arrives.
const fig = (page: Page, id: string) => page.locator(`svg[data-figure="${id}"]`);
const frame = (page: Page, id: string) => page.locator(`[data-figure-frame="${id}"]`);
const drawn = /^M[\d.]/;

test('change α: the theory figure updates while the SGD runs are still streaming', async ({ page }) => {
  const errors = watchConsole(page);
  // N = 500, 3 seeds to α = 3000: 1.5·10⁶ SGD steps per seed, several seconds of streaming
  await page.goto('./?v=1&ch=sgd&N=500&seeds=3&simAlpha=3000&alpha=400');
  const sim = page.locator('[data-sim-alpha]');
  // a first partial: the seeds have reached some α, and the run is not over
  await expect(sim).toHaveAttribute('data-sim-alpha', /^\d/);
  await expect(fig(page, 'overlaps').locator('path[data-series-id="R11"]')).toHaveAttribute('d', drawn);
  const before = await fig(page, 'overlaps').locator('path[data-series-id="R11"]').getAttribute('d');
  const slider = page.getByRole('slider', { name: /Training time/ });
  await slider.focus();
  await slider.press('PageUp');
  await expect(page).not.toHaveURL(/alpha=400(&|$)/);
  // the ODE (theory) redrew for the new α …
  await expect(fig(page, 'overlaps').locator('path[data-series-id="R11"]')).not.toHaveAttribute('d', before!);
  // … while the finite-size run is still streaming (it does not depend on α: not restarted, not done)
  await expect(sim).toHaveAttribute('data-sim-done', '0');
  const reached = Number(await sim.getAttribute('data-sim-alpha'));
  expect(reached).toBeLessThan(3000);
  // and it keeps growing along α
  await expect.poll(async () => Number(await sim.getAttribute('data-sim-alpha')), { timeout: 20_000 }).toBeGreaterThan(reached);
  expect(errors).toEqual([]);
});

test('a figure computing a newer request is marked stale until its result arrives', async ({ page }) => {
  const errors = watchConsole(page);
  // GAMP (d = 1000, α ≈ 2: a second or more here) runs for a while and reports no partials: its figure shows the old runs meanwhile
  await page.goto('./?v=1&ch=glm&d=1000&seeds=1&iters=30');
  await expect(fig(page, 'amp').locator('[data-series-id]').first()).toBeAttached({ timeout: 60_000 });
  await expect(frame(page, 'amp')).not.toHaveAttribute('aria-busy', 'true', { timeout: 60_000 });
  await expect(frame(page, 'amp')).not.toHaveAttribute('data-stale');
  const slider = page.getByRole('slider', { name: /Samples per dimension/ });
  await slider.focus();
  await slider.press('ArrowRight');
  await expect(frame(page, 'amp')).toHaveAttribute('data-stale', '', { timeout: 5_000 });
  await expect(frame(page, 'amp').locator('[data-stale-badge]')).toContainText(/computing( \d+ %)?/);
  // the chart is dimmed, not removed
  await expect(fig(page, 'amp')).toHaveCSS('opacity', '0.45');
  await expect(frame(page, 'amp')).not.toHaveAttribute('data-stale', { timeout: 60_000 });
  await expect(fig(page, 'amp')).toHaveCSS('opacity', '1');
  expect(errors).toEqual([]);
});
