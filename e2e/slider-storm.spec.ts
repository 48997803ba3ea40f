import { expect, test, type Page } from '@playwright/test';
import { waitForCurve } from './helpers.ts';

/**
 * A slider storm: 120 keyboard steps as fast as the browser takes them, each a new request on every
 * figure's lane (latest wins). Once every job is done, each figure must draw exactly what a fresh load of
 * the final URL draws: no stale result, no job left behind, no NaN.
 */

/** The path data of every figure, once no figure is busy and nothing has changed for a while. */
async function settledPaths(page: Page): Promise<Record<string, string[]>> {
  const snap = () =>
    page.evaluate(() => {
      const busy = document.querySelectorAll('[data-figure-frame][aria-busy="true"]').length;
      const out: Record<string, string[]> = {};
      for (const svg of document.querySelectorAll('svg[data-figure]')) {
        out[svg.getAttribute('data-figure')!] = [...svg.querySelectorAll('path')].map((p) => p.getAttribute('d') ?? '');
      }
      return { busy, out };
    });
  let last = '';
  for (let i = 0; i < 120; i++) {
    const { busy, out } = await snap();
    const now = JSON.stringify(out);
    if (!busy && now === last) return out;
    last = busy ? '' : now;
    await page.waitForTimeout(1000);
  }
  throw new Error('the figures never settled');
}

test('120 rapid slider steps end on the same charts as a fresh load of the final URL', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('./?ch=glm');
  await waitForCurve(page);
  const slider = page.getByRole('slider', { name: /^Noise/ });
  await slider.focus();
  for (let i = 0; i < 120; i++) await page.keyboard.press(i % 7 === 6 ? 'ArrowLeft' : 'ArrowRight');
  const stormed = await settledPaths(page);
  const url = page.url();
  expect(url).toMatch(/noise=0\.\d/);
  const fresh = await browser.newPage();
  await fresh.goto(url);
  await waitForCurve(fresh);
  const loaded = await settledPaths(fresh);
  expect(Object.keys(stormed).sort()).toEqual(['amp', 'curve', 'landscape', 'phase']);
  for (const fig of Object.keys(loaded)) expect(stormed[fig], fig).toEqual(loaded[fig]);
  expect(JSON.stringify(stormed)).not.toMatch(/NaN|Infinity/);
  expect(errors).toEqual([]);
  await fresh.close();
});
