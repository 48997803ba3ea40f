import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './helpers.ts';

// Issue #10, "Live in class": after one step of α the finite-size AMP runs of the committee and GLM chapters show
// the new value's partial data (not stale) while they are still running, and claim no end value before the end.
const fig = (page: Page, id: string) => page.locator(`svg[data-figure="${id}"]`);
const frame = (page: Page, id: string) => page.locator(`[data-figure-frame="${id}"]`);
/** the marker's read-out naming GAMP: on the plot, or in the legend when the plot had no room for it */
const gampReading = (page: Page) => fig(page, 'curve').locator('[data-marker], [data-legend-for="marker"]').filter({ hasText: 'GAMP' });

test('committee: ArrowRight on α → the AMP figure grows with the new α\'s iterations before its run is over', async ({ page }) => {
  const errors = watchConsole(page);
  // d = 1000, α = 2 (n = 2000), 3 seeds, 100 iterations: seconds of AMP, its first iterations within a fraction of one
  await page.goto('./?v=2&ch=committee&d=1000&iters=100');
  const wrap = page.locator('[data-amp-done]');
  await expect(wrap).toHaveAttribute('data-amp-last', /\d/, { timeout: 60_000 });
  const before = await wrap.getAttribute('data-alpha');
  // the reader looks at the AMP figure (a figure out of view draws a run's first partial result only: useJob)
  await frame(page, 'amp').scrollIntoViewIfNeeded();
  const slider = page.getByRole('slider', { name: /Samples per dimension/ });
  await slider.focus();
  await slider.press('ArrowRight');
  // all at once: the run of the new α, AMP drawn from its first iterations on, not stale, still busy, no end value
  await page.waitForFunction(
    (old) => {
      const f = document.querySelector('[data-figure-frame="amp"]');
      const w = f?.querySelector('[data-amp-done]');
      const done = Number(w?.getAttribute('data-amp-done') || NaN);
      const alpha = w?.getAttribute('data-alpha');
      return (
        !!f && !!w && alpha !== old && alpha !== '' && done >= 1 && done < 100 && !f.hasAttribute('data-stale') &&
        f.getAttribute('aria-busy') === 'true' && w.getAttribute('data-amp-last') === '' &&
        /^M[\d.]/.test(f.querySelector('path[data-series-id="qd"]')?.getAttribute('d') ?? '')
      );
    },
    before,
    { polling: 'raf', timeout: 10_000 },
  );
  await expect(frame(page, 'amp')).toContainText(/AMP is running: \d+ of 100 iterations so far/);
  // then the end, read once the run is over
  await expect(wrap).toHaveAttribute('data-amp-last', /\d/, { timeout: 60_000 });
  await expect(wrap).toHaveAttribute('data-amp-done', '100');
  await expect(frame(page, 'amp')).not.toHaveAttribute('aria-busy', 'true');
  expect(errors).toEqual([]);
});

test('glm: ArrowRight on α → the learning curve shows the GAMP run of the new α in progress, not stale, until its final point', async ({ page }) => {
  const errors = watchConsole(page);
  // d = 1000, 2 seeds, 150 iterations: seconds of GAMP, which the AMP-dynamics figure and the learning curve share
  await page.goto('./?v=2&ch=glm&d=1000&seeds=2&iters=150');
  await expect(fig(page, 'curve').locator('[data-series-id="gamp"] circle')).toHaveCount(1, { timeout: 60_000 });
  await expect(frame(page, 'curve')).not.toHaveAttribute('aria-busy', 'true', { timeout: 60_000 });
  const slider = page.getByRole('slider', { name: /Samples per dimension/ });
  await slider.focus();
  await slider.press('ArrowRight');
  // the open dot of the running GAMP: not stale, still busy, no GAMP value read at the marker, and the AMP figure
  // grows with the same run
  await page.waitForFunction(
    () => {
      const f = document.querySelector('[data-figure-frame="curve"]');
      const amp = document.querySelector('[data-figure-frame="amp"]');
      const done = Number(amp?.querySelector('[data-gamp-done]')?.getAttribute('data-gamp-done') || NaN);
      return (
        !!f && !!amp && !f.hasAttribute('data-stale') && f.getAttribute('aria-busy') === 'true' &&
        f.querySelector('[data-series-id="gamp-running"] circle') !== null && f.querySelector('[data-series-id="gamp"]') === null &&
        !amp.hasAttribute('data-stale') && done >= 1 && done < 150
      );
    },
    null,
    { polling: 'raf', timeout: 10_000 },
  );
  await expect(fig(page, 'curve').locator('[data-legend="gamp-running"]')).toContainText(/GAMP, iteration \d+ of 150 \(running\)/);
  await expect(gampReading(page)).toHaveCount(0);
  // the final point replaces it at the end, and the marker reads it
  await expect(fig(page, 'curve').locator('[data-series-id="gamp"] circle')).toHaveCount(1, { timeout: 60_000 });
  await expect(fig(page, 'curve').locator('[data-series-id="gamp-running"]')).toHaveCount(0);
  await expect(gampReading(page)).toHaveCount(1);
  expect(errors).toEqual([]);
});
