import { expect, test, type Page } from '@playwright/test';
import { chapters } from './chapters.ts';
import { watchConsole } from './helpers.ts';

// Projector view (issue #13, item 1): at 1280×720 tick and axis text ≥ 18 px, curves and thresholds
// ≥ 2.5 px, markers ≥ 8 px across, rendered — the SVG's own size times its screen scale (the chart lays
// out in units and is drawn larger, src/charts/theme.ts) — with no export menu, only the step indicator.
// Browser zoom z is emulated as the browser does it: the CSS viewport is the window divided by z and
// deviceScaleFactor is z (a 1280×720 window at 200 % is a 640×360 CSS viewport at 2 device pixels each).

/** Rendered sizes in CSS px of the first figure's text and strokes, and what lies outside the viewport. */
async function measure(page: Page) {
  return page.locator('svg[data-figure]').first().evaluate((svg: SVGSVGElement) => {
    const k = svg.getScreenCTM()!.a;
    const px = (el: Element, prop: 'fontSize' | 'strokeWidth') => parseFloat(getComputedStyle(el)[prop]) * k;
    const min = (xs: number[]) => (xs.length ? Math.min(...xs) : Infinity);
    const axisText = [...svg.querySelectorAll('[data-axes] text')].filter((t) => t.textContent);
    const box = svg.getBoundingClientRect();
    const outside = axisText.filter((t) => {
      const r = t.getBoundingClientRect();
      return r.left < Math.max(0, box.left) - 0.5 || r.right > Math.min(innerWidth, box.right) + 0.5 || r.top < -0.5 || r.bottom > Math.min(innerHeight, box.bottom) + 0.5;
    });
    return {
      text: min(axisText.map((t) => px(t, 'fontSize'))),
      curves: min([...svg.querySelectorAll('path[data-series-id]')].map((p) => px(p, 'strokeWidth'))),
      thresholds: min([...svg.querySelectorAll('[data-threshold] line')].map((l) => px(l, 'strokeWidth'))),
      thresholdCount: svg.querySelectorAll('[data-threshold] line').length,
      markers: min([...svg.querySelectorAll('[data-marker] circle, [data-series-id] circle')].map((c) => 2 * Number(c.getAttribute('r')) * k)),
      outside: outside.map((t) => t.textContent),
      svgBottom: box.bottom,
    };
  });
}

test.describe('present=1 at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });
  for (const c of chapters) {
    const story = c.stories![0];
    test(`${c.id}: text ≥ 18 px, lines ≥ 2.5 px, markers ≥ 8 px, no chrome but the step indicator`, async ({ page }) => {
      const errors = watchConsole(page);
      await page.goto(`./?v=1&ch=${c.id}&present=1&story=${story.id}&step=0`);
      const svg = page.locator('svg[data-figure]').first();
      await expect(svg.locator('path[data-series-id]').first()).toHaveAttribute('d', /^M[\d.]/, { timeout: 60_000 });
      // the thresholds come from their own job, which may land after the curve
      if (c.id === 'glm') await expect(svg.locator('[data-threshold] line').first()).toBeAttached({ timeout: 60_000 });
      const m = await measure(page);
      // 12 px × 1.5 in floating point (the SVG's screen matrix): 18 up to rounding
      expect(m.text).toBeGreaterThanOrEqual(18 - 1e-3);
      expect(m.curves).toBeGreaterThanOrEqual(2.5);
      expect(m.thresholds).toBeGreaterThanOrEqual(2.5);
      // the binary perceptron's learning curve marks α_IT and α_alg: the check above is not vacuous there
      if (c.id === 'glm') expect(m.thresholdCount).toBeGreaterThan(0);
      expect(m.markers).toBeGreaterThanOrEqual(8);
      expect(m.outside).toEqual([]);
      await expect(page.getByRole('button', { name: 'Export' })).toHaveCount(0);
      await expect(page.getByRole('link', { name: /Open full view/ })).toHaveCount(0);
      await expect(page.locator('[data-step-indicator="0"]')).toContainText(`1 / ${story.steps.length}`);
      expect(errors).toEqual([]);
    });
  }
});

for (const zoom of [0.5, 2]) {
  test.describe(`present=1 at browser zoom ${zoom * 100} %`, () => {
    test.use({ viewport: { width: Math.round(1280 / zoom), height: Math.round(720 / zoom) }, deviceScaleFactor: zoom });
    test('nothing clipped, the text keeps its size on the screen', async ({ page }) => {
      await page.goto('./?v=1&ch=glm&present=1&story=binary-perceptron&step=2');
      await expect(page.locator('svg[data-figure] path[data-series-id="bayes"]')).toHaveAttribute('d', /^M[\d.]/);
      const m = await measure(page);
      expect(m.outside).toEqual([]);
      expect(m.svgBottom).toBeLessThanOrEqual(720 / zoom);
      // device pixels: CSS px × zoom; at 200 % the floor of the scale (1) makes text larger, never smaller
      expect(m.text * zoom).toBeGreaterThanOrEqual(18 - 0.01);
    });
  });
}

test.describe('embed at browser zoom 150 %', () => {
  test.use({ viewport: { width: Math.round(800 / 1.5), height: 450 / 1.5 }, deviceScaleFactor: 1.5 });
  test('the x-axis stays visible above the controls', async ({ page }) => {
    await page.goto('./?v=1&ch=glm&embed=1&fig=curve&controls=alpha,noise');
    const svg = page.locator('svg[data-figure="curve"]');
    await expect(svg.locator('path[data-series-id="bayes"]')).toHaveAttribute('d', /^M[\d.]/);
    const axis = await svg.locator('[data-axes] > line').first().boundingBox();
    const controlsTop = await page.locator('[data-control]').first().evaluate((e) => e.getBoundingClientRect().top);
    const svgBox = (await svg.boundingBox())!;
    expect(axis!.y).toBeLessThanOrEqual(svgBox.y + svgBox.height);
    expect(svgBox.y + svgBox.height).toBeLessThanOrEqual(controlsTop + 1);
    expect(axis!.y).toBeLessThanOrEqual(300);
  });
});

test('theme=light on a dark system: light figure, no notice', async ({ browser }) => {
  const page = await browser.newPage({ colorScheme: 'dark', viewport: { width: 800, height: 450 } });
  await page.goto('./?v=1&ch=glm&embed=1&fig=curve&theme=light');
  const bg = page.locator('svg[data-figure="curve"] > rect').first();
  await expect(bg).toHaveAttribute('fill', '#ffffff');
  await expect(page.locator('[data-notice]')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(false);
  await page.goto('./?v=1&ch=glm&embed=1&fig=curve&theme=dark');
  await expect(bg).toHaveAttribute('fill', '#0d1117');
  await page.close();
});
