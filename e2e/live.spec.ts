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

test('GAMP iterations appear as they run: the AMP-dynamics figure grows, all seeds together', async ({ page }) => {
  const errors = watchConsole(page);
  // d = 2000, α = 2, 3 seeds, 200 iterations: two products with an 8·10⁶-entry X per seed and iteration, many seconds in all
  await page.goto('./?v=2&ch=glm&d=2000&seeds=3&iters=200');
  const wrap = page.locator('[data-gamp-done]');
  await expect(fig(page, 'amp').locator('path[data-series-id="gamp"]')).toHaveAttribute('d', drawn, { timeout: 30_000 });
  const first = Number(await wrap.getAttribute('data-gamp-done'));
  expect(first).toBeGreaterThan(0);
  expect(first).toBeLessThan(120);
  // a partial: the mean over the three seeds so far, not the final reading
  await expect(wrap).not.toHaveAttribute('data-gamp-last');
  await expect.poll(async () => Number(await wrap.getAttribute('data-gamp-done')), { timeout: 20_000 }).toBeGreaterThan(first);
  expect(errors).toEqual([]);
});

test('a stale figure is marked stale at once (dimmed, computing), until the new result is drawn', async ({ page }) => {
  const errors = watchConsole(page);
  // the ERM λ figure at α = 20: one step of α re-solves its whole scan (40 λ × three losses, λ* of two: ~0.5 s of
  // theory, no partials drawn) — the figure shows the old curves meanwhile, marked stale
  await page.goto('./?v=2&ch=erm&alpha=20&d=100&seeds=1');
  await frame(page, 'lambda').scrollIntoViewIfNeeded();
  await expect(fig(page, 'lambda').locator('path[data-series-id="logistic"]')).toHaveAttribute('d', drawn, { timeout: 60_000 });
  await expect(frame(page, 'lambda')).not.toHaveAttribute('aria-busy', 'true', { timeout: 60_000 });
  await expect(frame(page, 'lambda')).not.toHaveAttribute('data-stale');
  const before = await fig(page, 'lambda').locator('path[data-series-id="logistic"]').getAttribute('d');
  const slider = page.getByRole('slider', { name: /Samples per dimension/ });
  await slider.focus();
  const stale = page.waitForFunction(() => !!document.querySelector('[data-figure-frame="lambda"][data-stale]'), null, { polling: 'raf', timeout: 5_000 });
  await slider.press('ArrowRight');
  await expect(page).not.toHaveURL(/alpha=20(&|$)/);
  await stale;
  await expect(frame(page, 'lambda').locator('[data-stale-badge]')).toContainText(/computing( \d+ %)?/);
  // the chart is dimmed, not removed: the old curve is still there
  await expect(fig(page, 'lambda')).toHaveCSS('opacity', '0.45');
  await expect(frame(page, 'lambda')).not.toHaveAttribute('data-stale', { timeout: 60_000 });
  await expect(fig(page, 'lambda')).toHaveCSS('opacity', '1');
  await expect(fig(page, 'lambda').locator('path[data-series-id="logistic"]')).not.toHaveAttribute('d', before!);
  expect(errors).toEqual([]);
});

test('the DMFT (theory) grows along t as it is solved, then reads its end', async ({ page }) => {
  const errors = watchConsole(page);
  // t_max = 120 at h = 0.1: 1200 steps of O(i²) work each, a second or more of solving; the curves up to the step
  // solved are final
  await page.goto('./?v=2&ch=landscapes&embed=1&fig=dynamics&invd2=3&dp=4&m0=1e-15&tmax=120&h=0.1&N=40&seeds=1');
  const wrap = page.locator('[data-dmft-t]');
  await expect(wrap).toHaveAttribute('data-dmft-t', /\d/, { timeout: 30_000 });
  const first = Number(await wrap.getAttribute('data-dmft-t'));
  expect(first).toBeLessThan(120);
  // while it grows, no end value is claimed
  expect(await wrap.getAttribute('data-dmft-m-end')).toBeNull();
  await expect(fig(page, 'dynamics').locator('path[data-series-id="dmft"]')).toHaveAttribute('d', drawn);
  await expect(wrap).toHaveAttribute('data-dmft-t', '120', { timeout: 60_000 });
  await expect(wrap).toHaveAttribute('data-dmft-m-end', /\d/);
  expect(errors).toEqual([]);
});
