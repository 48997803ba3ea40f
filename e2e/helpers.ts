import { expect, type Page } from '@playwright/test';

/** Fail the test on any console error or uncaught page error. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Wait until a figure has drawn its series (paths with data) and its marker. */
export async function waitForCurve(page: Page | import('@playwright/test').FrameLocator, fig = 'curve') {
  const svg = page.locator(`svg[data-figure="${fig}"]`);
  await expect(svg.locator('path[data-series-id="bayes"]')).toHaveAttribute('d', /^M[\d.]/);
  await expect(svg.locator('[data-marker="current"]')).toBeVisible();
  return svg;
}

export async function markerX(page: Page): Promise<number> {
  return Number(await page.locator('svg[data-figure="curve"] [data-marker="current"]').getAttribute('data-x'));
}

export async function expectNoNaN(page: Page) {
  const html = await page.locator('svg[data-figure]').first().innerHTML();
  expect(html).not.toMatch(/NaN|Infinity/);
}

/**
 * Record every Content-Security-Policy violation of the page (and its iframes) from the first script on:
 * read them with `cspViolations(page)`.
 */
export async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`));
  });
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/** once, at one instant, the figure is current (not stale) and busy, and its wrapper's attribute lies in [lo, hi) */
export function partialOfCurrent(page: Page, id: string, attr: string, lo: number, hi: number) {
  return page.waitForFunction(
    ([id, attr, lo, hi]) => {
      const f = document.querySelector(`[data-figure-frame="${id}"]`);
      const v = Number(f?.querySelector(`[${attr}]`)?.getAttribute(attr) ?? NaN);
      return !!f && !f.hasAttribute('data-stale') && f.getAttribute('aria-busy') === 'true' && v >= lo && v < hi;
    },
    [id, attr, lo, hi] as const,
    { timeout: 20_000, polling: 'raf' },
  );
}
