import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { chapters } from './chapters.ts';
import { cspViolations, watchConsole, watchCsp } from './helpers.ts';

// The built page carries a Content-Security-Policy meta tag (vite.config.ts). Every chapter must load under
// it — scripts, the worker, KaTeX's fonts and inline styles, the PNG export — with no violation and no
// console error. The first test proves the watch sees a violation, so "none" below means none.

test('the built page has the policy, and the watch sees what it blocks', async ({ page }) => {
  await watchCsp(page);
  await page.goto('./?ch=glm');
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1, { timeout: 1000 });
  const content = await meta.getAttribute('content');
  for (const d of ["default-src 'self'", "script-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'none'"]) expect(content).toContain(d);
  // what the policy is for: markup that slipped in cannot run script
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = 1';
    document.head.append(s);
  });
  await expect.poll(() => cspViolations(page)).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
});

for (const c of chapters) {
  test(`${c.id}: every figure, the equations and the PNG export run under the policy`, async ({ page }) => {
    test.setTimeout(90_000);
    await watchCsp(page);
    const errors = watchConsole(page);
    await page.goto(`./?v=1&ch=${c.id}`);
    // every figure is drawn, and one has data (a series or histogram bars): the worker ran — a blocked
    // worker script would leave them all empty (waiting for every job would take a minute on landscapes)
    for (const f of c.figures) await expect(page.locator(`svg[data-figure="${f.id}"]`)).toBeVisible();
    await expect(page.locator('svg[data-figure] :is([data-series-id], [data-bars] rect)').first()).toBeAttached({ timeout: 60_000 });
    // KaTeX loads when the prose scrolls into view
    await page.locator('.lp-prose').scrollIntoViewIfNeeded();
    await expect(page.locator('.katex').first()).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'error').map((f) => f.family))).toEqual([]);

    const fig = c.figures[0].id;
    const frame = page.locator(`[data-figure-frame="${fig}"]`);
    await frame.getByRole('button', { name: 'Export' }).click();
    const [dl] = await Promise.all([page.waitForEvent('download'), frame.locator('[data-export="png"]').click()]);
    const png = await readFile((await dl.path())!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');

    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('the embed runs in a sandboxed iframe with allow-scripts allow-same-origin, under the policy', async ({ page }) => {
  await watchCsp(page);
  const errors = watchConsole(page);
  await page.goto('./');
  const src = new URL('./?v=1&ch=glm&embed=1&fig=curve&controls=alpha', page.url()).href;
  await page.setContent(`<!doctype html><body style="margin:0"><iframe id="f" sandbox="allow-scripts allow-same-origin" src="${src}" width="800" height="450" style="border:0"></iframe></body>`);
  const frame = page.frameLocator('#f');
  await expect(frame.locator('svg[data-figure="curve"] path[data-series-id="bayes"]')).toHaveAttribute('d', /^M[\d.]/);
  const inner = page.frames().find((f) => f.url().includes('embed=1'))!;
  expect(await inner.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(errors).toEqual([]);
});
