import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { waitForCurve, watchConsole } from './helpers.ts';
import { URL_VERSION } from '../src/state/urlVersion.ts';

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
  // a link of today's version: only α differs from the defaults (an older link writes the defaults it relied on)
  await page.goto(`./?v=${URL_VERSION}&ch=glm&alpha=3`);
  await waitForCurve(page);
  const frame = page.locator('[data-figure-frame="curve"]');
  const get = async (kind: string) => {
    await frame.getByRole('button', { name: 'Export' }).click();
    const [dl] = await Promise.all([page.waitForEvent('download'), frame.locator(`[data-export="${kind}"]`).click()]);
    const path = await dl.path();
    return { name: dl.suggestedFilename(), bytes: await readFile(path!) };
  };
  const svg = await get('svg');
  // named by chapter, figure and the parameters changed from the defaults
  expect(svg.name).toBe('learning-phases_glm_curve_alpha-3.svg');
  const text = svg.bytes.toString('utf8');
  expect(text).toMatch(/^<\?xml/);
  expect(text).toContain('<svg');
  expect(text).toContain('data-series-id="bayes"');
  // the heading (on by default): the figure's title and every parameter
  expect(text).toContain('GLM / perceptron: Learning curve');
  expect(text).toMatch(/prior = gaussian, .*alpha = 3,/);
  expect(text).toContain('d = 800'); // lines break between parameters, never inside one
  const parsed = await page.evaluate((s) => new DOMParser().parseFromString(s, 'image/svg+xml').querySelector('parsererror') === null, text);
  expect(parsed).toBe(true);

  const png = await get('png');
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  // 2× scale: the IHDR width is twice the SVG width
  const svgWidth = Number(await page.locator('svg[data-figure="curve"]').getAttribute('width'));
  expect(png.bytes.readUInt32BE(16)).toBe(2 * svgWidth);

  // every plotted series: the two SE curves (300 α each) and the GAMP point with its ± sd bar
  await expect(page.locator('svg[data-figure="curve"] [data-series-id="gamp"] circle')).toHaveCount(1, { timeout: 60_000 });
  const file = (await get('csv')).bytes.toString('utf8').trim().split('\n');
  // the # header: title, version, URL, every parameter, and the drawn marks (the marker at α = 3)
  const header = file.filter((l) => l.startsWith('#'));
  expect(header[0]).toBe('# GLM / perceptron: Learning curve');
  expect(header[1]).toMatch(/^# Learning Phases \d+\.\d+\.\d+ \(commit ([0-9a-f]+|unknown)\)$/);
  expect(header.find((l) => l.startsWith('# url: '))).toMatch(/ch=glm&alpha=3/);
  expect(header.find((l) => l.startsWith('# parameters: '))).toContain('alpha=3; ');
  expect(header).toContain('# marks: kind,label,x,y');
  expect(header.some((l) => /^# marker,current,3,[\d.]+$/.test(l))).toBe(true);
  const csv = file.filter((l) => !l.startsWith('#'));
  expect(csv[0]).toBe('series,alpha,error,lo,hi');
  expect(csv.length).toBe(1 + 2 * 300 + 1);
  expect(csv.slice(1, -1).every((r) => /^(bayes|amp),[\d.e+-]+,[\d.e+-]+,,$/.test(r))).toBe(true);
  expect(csv[csv.length - 1]).toMatch(/^gamp,3,[\d.e+-]+,[\d.e+-]+,[\d.e+-]+$/);

  // wide layout: one α column, a column per series and band
  await frame.getByRole('button', { name: 'Export' }).click();
  await frame.locator('[data-export-layout]').selectOption('wide');
  const [wdl] = await Promise.all([page.waitForEvent('download'), frame.locator('[data-export="csv"]').click()]);
  const wide = (await readFile((await wdl.path())!)).toString('utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  expect(wide[0]).toBe('alpha,bayes,amp,gamp,gamp_lo,gamp_hi');
  expect(wide.length).toBeGreaterThanOrEqual(1 + 300); // 300 α of the curves, plus the GAMP α if it is not one of them
  expect(wide.length).toBeLessThanOrEqual(1 + 301);

  const json = JSON.parse((await get('json')).bytes.toString('utf8'));
  expect(json.params.alpha).toBe(3);
  expect(json.point.eg_bayes).toBeGreaterThan(0);

  await frame.getByRole('button', { name: 'Export' }).click();
  await frame.locator('[data-export="link"]').click();
  await expect(frame.locator('[data-copied]')).toContainText('ch=glm');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/alpha=3/);
  await frame.locator('[data-export="embed"]').click();
  // the export code loads on first use (Figure.tsx): the copy lands a moment after the click
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await expect.poll(clipboard).toMatch(/^<iframe src="/);
  const snippet = await clipboard();
  const src = snippet.match(/^<iframe src="([^"]*)"/)![1].replaceAll('&amp;', '&');
  expect(new URL(src).searchParams.get('embed')).toBe('1');
  expect(new URL(src).searchParams.get('fig')).toBe('curve');
  expect(new URL(src).searchParams.get('alpha')).toBe('3');
  expect(snippet).toContain('width="800" height="450"');
});

test('in dark mode an image exports on a light background by default, transparent or as shown on request', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?v=1&ch=glm');
  await waitForCurve(page);
  const frame = page.locator('[data-figure-frame="curve"]');
  const svgWith = async (background: string) => {
    await frame.getByRole('button', { name: 'Export' }).click();
    await frame.locator('[data-export-background]').selectOption(background);
    const [dl] = await Promise.all([page.waitForEvent('download'), frame.locator('[data-export="svg"]').click()]);
    return (await readFile((await dl.path())!)).toString('utf8');
  };
  const light = await svgWith('light');
  expect(light).toMatch(/<rect [^>]*fill="#ffffff"/);
  expect(light).not.toContain('#0d1117');
  const shown = await svgWith('shown');
  expect(shown).toMatch(/<rect [^>]*fill="#0d1117"/);
  const clear = await svgWith('transparent');
  expect(clear).not.toMatch(/<rect [^>]*fill="#(ffffff|0d1117)"/);
});

test.describe('an export chunk that cannot load', () => {
  // the service worker would answer from its cache: routes see the page's own requests only with it off
  test.use({ serviceWorkers: 'block' });
  test('says so on the figure and keeps the page working; the next try loads it', async ({ page }) => {
    let block = true;
    await page.route(/\/assets\/export(File|Svg)-[^/]*\.js$/, (r) => (block ? r.abort() : r.continue()));
    await page.goto('./?v=2&ch=glm');
    await waitForCurve(page);
    const frame = page.locator('[data-figure-frame="curve"]');
    await frame.getByRole('button', { name: 'Export' }).click();
    await frame.locator('[data-export="csv"]').click();
    await expect(frame.locator('[data-export-error]')).toContainText('could not be loaded');
    await expect(frame.getByRole('menu')).toHaveCount(0);
    // a module that failed to load stays failed in this page (the browser's module map): reloading, as the message says, recovers
    block = false;
    await page.reload();
    await waitForCurve(page);
    await frame.getByRole('button', { name: 'Export' }).click();
    await expect(frame.locator('[data-export-error]')).toHaveCount(0);
    const [dl] = await Promise.all([page.waitForEvent('download'), frame.locator('[data-export="csv"]').click()]);
    expect(dl.suggestedFilename()).toMatch(/\.csv$/);
  });
});
