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
