import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { waitForCurve, watchConsole } from './helpers.ts';

test('embed mode renders one figure and its controls inside an 800×450 iframe', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('./');
  await page.setContent(
    `<!doctype html><body style="margin:0"><iframe id="f" src="${new URL('./?v=1&ch=glm&alpha=1.5&embed=1&fig=curve&controls=alpha', page.url()).href}" width="800" height="450" style="border:0"></iframe></body>`,
  );
  const frame = page.frameLocator('#f');
  const svg = await waitForCurve(frame);
  await expect(frame.getByRole('heading', { name: 'Learning Phases', exact: true })).toHaveCount(0);
  await expect(frame.getByRole('slider', { name: /Samples per dimension/ })).toBeVisible();
  await expect(frame.getByRole('link', { name: /Open full view/ })).toBeVisible();
  const box = await svg.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(800);
  expect(box!.y + box!.height).toBeLessThanOrEqual(450);
  const link = frame.getByRole('link', { name: /Open full view/ });
  const lb = await link.boundingBox();
  expect(lb!.y + lb!.height).toBeLessThanOrEqual(450);
  const overflow = await frame.locator('body').evaluate((b) => b.ownerDocument.documentElement.scrollHeight - b.ownerDocument.documentElement.clientHeight);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
});

test('each export downloads a non-empty, valid file; link and embed code are copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?ch=glm&alpha=3');
  await waitForCurve(page);
  const frame = page.locator('[data-figure-frame="curve"]');
  const get = async (kind: string) => {
    await frame.getByRole('button', { name: 'Export' }).click();
    const [dl] = await Promise.all([page.waitForEvent('download'), frame.locator(`[data-export="${kind}"]`).click()]);
    const path = await dl.path();
    return { name: dl.suggestedFilename(), bytes: await readFile(path!) };
  };
  const svg = await get('svg');
  expect(svg.name).toBe('learning-phases-curve.svg');
  const text = svg.bytes.toString('utf8');
  expect(text).toMatch(/^<\?xml/);
  expect(text).toContain('<svg');
  expect(text).toContain('data-series-id="bayes"');
  const parsed = await page.evaluate((s) => new DOMParser().parseFromString(s, 'image/svg+xml').querySelector('parsererror') === null, text);
  expect(parsed).toBe(true);

  const png = await get('png');
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  // 2× scale: the IHDR width is twice the SVG width
  const svgWidth = Number(await page.locator('svg[data-figure="curve"]').getAttribute('width'));
  expect(png.bytes.readUInt32BE(16)).toBe(2 * svgWidth);

  // every plotted series: the two SE curves (300 α each) and the GAMP point with its ± sd bar
  await expect(page.locator('svg[data-figure="curve"] [data-series-id="gamp"] circle')).toHaveCount(1, { timeout: 60_000 });
  const csv = (await get('csv')).bytes.toString('utf8').trim().split('\n');
  expect(csv[0]).toBe('series,alpha,error,lo,hi');
  expect(csv.length).toBe(1 + 2 * 300 + 1);
  expect(csv.slice(1, -1).every((r) => /^(bayes|amp),[\d.e+-]+,[\d.e+-]+,,$/.test(r))).toBe(true);
  expect(csv[csv.length - 1]).toMatch(/^gamp,3,[\d.e+-]+,[\d.e+-]+,[\d.e+-]+$/);

  const json = JSON.parse((await get('json')).bytes.toString('utf8'));
  expect(json.params.alpha).toBe(3);
  expect(json.point.eg_bayes).toBeGreaterThan(0);

  await frame.getByRole('button', { name: 'Export' }).click();
  await frame.locator('[data-export="link"]').click();
  await expect(frame.locator('[data-copied]')).toContainText('ch=glm');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/alpha=3/);
  await frame.locator('[data-export="embed"]').click();
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  const src = snippet.match(/^<iframe src="([^"]*)"/)![1].replaceAll('&amp;', '&');
  expect(new URL(src).searchParams.get('embed')).toBe('1');
  expect(new URL(src).searchParams.get('fig')).toBe('curve');
  expect(new URL(src).searchParams.get('alpha')).toBe('3');
  expect(snippet).toContain('width="800" height="450"');
});
