import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './helpers.ts';

// Issue #10, "Live in class": the eigen-spectrum jobs are resumable (workers/physics/numerics/symEig.ts), so they
// start at a slider step instead of waiting 300 ms for it to settle, and the next step cancels them within milliseconds.
const frame = (page: Page, id: string) => page.locator(`[data-figure-frame="${id}"]`);

async function idle(page: Page, id: string) {
  await expect(frame(page, id)).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
}

/** [selector, attribute, expected]: the attribute equals `is`, differs from `not`, or is absent (`is: null`) */
type Condition = [string, string, { is: string | null } | { not: string | null }];

/**
 * Milliseconds from the next key press until every condition holds, polled every frame in the page; installed before
 * the press (an evaluate runs its function at once, the returned promise settles later).
 */
function timeUntil(page: Page, conditions: Condition[]): Promise<number> {
  return page.evaluate(
    (cs) =>
      new Promise<number>((resolve) => {
        const holds = () =>
          cs.every(([sel, name, want]) => {
            const el = document.querySelector(sel);
            if (!el) return false;
            const v = el.getAttribute(name);
            return 'is' in want ? v === want.is : v !== want.not;
          });
        document.addEventListener(
          'keydown',
          () => {
            const t0 = performance.now();
            const check = () => (holds() ? resolve(performance.now() - t0) : requestAnimationFrame(check));
            requestAnimationFrame(check);
          },
          { once: true, capture: true },
        );
      }),
    conditions,
  );
}

/** ArrowRight on the slider named `name`: ms until every condition holds, noted in the report as `what`. */
async function stepUntil(page: Page, name: RegExp, what: string, conditions: Condition[]): Promise<number> {
  const slider = page.getByRole('slider', { name });
  await slider.focus();
  const holds = timeUntil(page, conditions);
  await slider.press('ArrowRight');
  const ms = await holds;
  test.info().annotations.push({ type: what, description: `${Math.round(ms)} ms` });
  return ms;
}

test('Δp step: the Hessian figure draws the new Δp’s spectrum, not stale, within a few frames', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('./?v=2&ch=landscapes&embed=1&fig=hessian&controls=dp');
  const wrap = page.locator('[data-lambda-min]');
  await expect(wrap).toHaveAttribute('data-lambda-min', /\d/, { timeout: 60_000 });
  await idle(page, 'hessian');
  const before = await wrap.getAttribute('data-lambda-min');
  const ms = await stepUntil(page, /Tensor noise/, 'Hessian current after', [
    ['[data-figure-frame="hessian"]', 'data-stale', { is: null }],
    ['[data-lambda-min]', 'data-lambda-min', { not: before }],
  ]);
  // N = 100: draw, run to t_H = 0.5 and eigen-decomposition take ~15 ms; the settle window alone was 300 ms
  expect(ms).toBeLessThan(1000);
  await idle(page, 'hessian');
  expect(await frame(page, 'hessian').getAttribute('data-stale')).toBeNull();
  expect(errors).toEqual([]);
});

test('Δ step: the spectrum figure first draws the new Δ’s preview (the model at p/4), busy, then the full spectrum', async ({ page }) => {
  const errors = watchConsole(page);
  // generative sign prior at p = 300: the full spectra (M, K and the LAMP matrix) take most of a second
  await page.goto('./?v=2&ch=spiked&embed=1&fig=spectrum&controls=delta&prior=generative&act=sign&alpha=2&delta=0.5&p=300');
  const wrap = page.locator('[data-outlier-pred]');
  await expect(page.locator('svg[data-figure="spectrum"]')).toHaveAttribute('data-count', '300', { timeout: 60_000 });
  await idle(page, 'spectrum');
  const before = await wrap.getAttribute('data-outlier-pred');
  // the preview of the new Δ: its own predicted outlier, 75 eigenvalues binned, the figure busy and not stale
  const ms = await stepUntil(page, /Noise variance/, 'spectrum preview after', [
    ['[data-figure-frame="spectrum"]', 'data-stale', { is: null }],
    ['[data-figure-frame="spectrum"]', 'aria-busy', { is: 'true' }],
    ['[data-outlier-pred]', 'data-preview', { is: '75' }],
    ['[data-outlier-pred]', 'data-outlier-pred', { not: before }],
    ['svg[data-figure="spectrum"]', 'data-count', { is: '75' }],
  ]);
  expect(ms).toBeLessThan(1000);
  // the preview says so on its axis
  await expect(page.locator('svg[data-figure="spectrum"]')).toContainText(/preview, p = 75/);
  // then the full spectrum, not a preview
  await expect(page.locator('svg[data-figure="spectrum"]')).toHaveAttribute('data-count', '300', { timeout: 60_000 });
  await expect(wrap).not.toHaveAttribute('data-preview');
  await expect(page.locator('svg[data-figure="spectrum"]')).not.toContainText(/preview/);
  await idle(page, 'spectrum');
  expect(errors).toEqual([]);
});
