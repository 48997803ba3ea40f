import { expect, test, type Page } from '@playwright/test';
import { expectNoNaN, waitForCurve, watchConsole } from './helpers.ts';

const fig = (page: Page, id: string) => page.locator(`svg[data-figure="${id}"]`);
const drawn = /^M[\d.]/;
const num = async (page: Page, sel: string, attr: string) => Number(await page.locator(sel).first().getAttribute(attr));

test('the GLM chapter draws all four figures with real data and no console error', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('./?ch=glm');
  await waitForCurve(page);
  // GAMP at the current α on the learning curve (default: d = 1000, 3 seeds)
  await expect(fig(page, 'curve').locator('[data-series-id="gamp"] circle')).toHaveCount(1);
  await expect(fig(page, 'amp').locator('path[data-series-id="se"]')).toHaveAttribute('d', drawn);
  await expect(fig(page, 'amp').locator('path[data-series-id="gamp"]')).toHaveAttribute('d', drawn);
  await expect(fig(page, 'landscape').locator('path[data-series-id="f"]')).toHaveAttribute('d', drawn);
  // spherical perceptron at α = 2: one maximum, where AMP and Bayes agree
  await expect(fig(page, 'landscape').locator('[data-threshold="m_AMP = m_Bayes"]')).toBeVisible();
  await expect(fig(page, 'phase').locator('path[data-series-id="it"]')).toHaveAttribute('d', drawn);
  await expect(fig(page, 'phase').locator('[data-polygon="hard"] path')).toHaveAttribute('d', drawn);
  for (const id of ['curve', 'amp', 'landscape', 'phase']) expect(await fig(page, id).innerHTML()).not.toMatch(/NaN|Infinity/);
  expect(errors).toEqual([]);
});

test('binary-perceptron preset: α_IT ≈ 1.245 and α_alg ≈ 1.493 (0.2 %), shaded hard phase, landscape with two maxima', async ({ page }) => {
  await page.goto('./?ch=glm');
  await waitForCurve(page);
  await page.getByRole('combobox', { name: 'Preset' }).selectOption({ label: 'binary perceptron' });
  await expect(page).toHaveURL(/prior=binary/);
  const curve = fig(page, 'curve');
  await expect(curve.locator('[data-threshold="α_IT"]')).toBeVisible();
  const it = await num(page, 'svg[data-figure="curve"] [data-threshold="α_IT"]', 'data-x');
  const alg = await num(page, 'svg[data-figure="curve"] [data-threshold="α_alg"]', 'data-x');
  expect(Math.abs(it / 1.245 - 1)).toBeLessThan(0.002);
  expect(Math.abs(alg / 1.493 - 1)).toBeLessThan(0.002);
  await expect(curve.locator('[data-region="hard phase"] rect')).toHaveAttribute('width', /^[1-9]/);
  // α = 1.4 is in the hard phase: the AMP fixed point is a local maximum of f_RS, the global one is m = ρ = 1
  const land = fig(page, 'landscape');
  await expect(land.locator('[data-threshold="m_Bayes"]')).toHaveAttribute('data-x', '1');
  const mAmp = await num(page, 'svg[data-figure="landscape"] [data-threshold="m_AMP"]', 'data-x');
  expect(mAmp).toBeGreaterThan(0.5);
  expect(mAmp).toBeLessThan(0.95);
  await expect(land.locator('[data-series-id="local"] circle')).toHaveCount(1);
  await expectNoNaN(page);
});

test('changing the channel updates the URL and the thresholds (phase retrieval: α_WR = ½)', async ({ page }) => {
  await page.goto('./?ch=glm');
  await waitForCurve(page);
  await page.getByRole('combobox', { name: /Channel/ }).selectOption('abs');
  await expect(page).toHaveURL(/channel=abs/);
  await expect(fig(page, 'curve').locator('[data-threshold="α_WR"]')).toHaveAttribute('data-x', /^0\.(4999|5000)/);
  await expect(page.getByRole('slider', { name: /Noise/ })).toHaveCount(0); // |z| is noiseless: no noise control
});

test('AMP dynamics: the GAMP band exists and its last point is near state evolution', async ({ page }) => {
  await page.goto('./?ch=glm&alpha=2&d=1000&seeds=3');
  const amp = fig(page, 'amp');
  await expect(amp.locator('path[data-series-id="gamp"]')).toHaveAttribute('d', drawn);
  await expect(amp.locator('path[opacity="0.18"]')).toHaveAttribute('d', drawn);
  const wrap = page.locator('[data-gamp-last]');
  const gamp = Number(await wrap.getAttribute('data-gamp-last'));
  const se = Number(await wrap.getAttribute('data-se-last'));
  // spherical perceptron at α = 2: SE MSE = 0.272; at d = 1000 the seed-to-seed spread is ~0.01 (measured offset 0.002)
  expect(se).toBeCloseTo(0.272, 2);
  expect(Math.abs(gamp - se)).toBeLessThan(0.02);
});

test('clicking the phase diagram sets α and the noise in the URL and moves the marker', async ({ page }) => {
  await page.goto('./?ch=glm&alpha=2');
  const phase = fig(page, 'phase');
  await expect(phase.locator('path[data-series-id="alg"]')).toHaveAttribute('d', drawn);
  await expect(page.locator('[data-diagram="binary-noise"]')).toHaveAttribute('data-points', '40');
  const area = phase.locator('[data-hover-area]');
  const box = (await area.boundingBox())!;
  await area.click({ position: { x: box.width * 0.6, y: box.height * 0.5 } });
  await expect(page).toHaveURL(/prior=binary/);
  await expect(page).not.toHaveURL(/alpha=2(&|$)/);
  const alpha = Number(new URL(page.url()).searchParams.get('alpha'));
  const noise = Number(new URL(page.url()).searchParams.get('noise'));
  expect(alpha).toBeGreaterThan(2);
  expect(noise).toBeGreaterThan(0.1);
  await expect(phase.locator('[data-marker="reader"]')).toHaveAttribute('data-x', String(alpha));
  // the other diagram: sparse linear, α_IT = ρ
  await page.getByRole('combobox', { name: 'Phase diagram' }).selectOption('sparse-rho');
  await expect(page).toHaveURL(/phase=sparse-rho/);
  await expect(page.locator('[data-diagram="sparse-rho"]')).toHaveAttribute('data-points', '40');
});

test('clicking the sparse-linear plane moves to its model (sparse prior, noiseless linear channel) and sets ρ on the slider steps', async ({ page }) => {
  await page.goto('./?ch=glm&alpha=2&phase=sparse-rho&channel=sign&noise=0.1');
  const phase = fig(page, 'phase');
  await expect(page.locator('[data-diagram="sparse-rho"]')).toHaveAttribute('data-points', '40');
  await expect(phase.locator('[data-polygon="hard"] path')).toHaveAttribute('d', drawn);
  const area = phase.locator('[data-hover-area]');
  const box = (await area.boundingBox())!;
  await area.click({ position: { x: box.width * 0.6, y: box.height * 0.3 } });
  await expect(page).toHaveURL(/prior=sparse/);
  const q = new URL(page.url()).searchParams;
  expect(q.get('channel')).toBe('linear');
  // the plane is the NOISELESS linear channel: the click clears ε = 0.1 (0 is the default, so it may leave the URL)
  expect(Number(q.get('noise') ?? 0)).toBe(0);
  const rho = Number(q.get('rho') ?? 0.5); // ρ = 0.5 is the default, left out of the URL
  expect(rho).toBeGreaterThan(0.5);
  expect(rho).toBeLessThan(0.9);
  expect(Math.abs(rho * 100 - Math.round(rho * 100))).toBeLessThan(1e-9);
  // the store keeps round(y/step)·step (e.g. 0.7000000000000001), the URL its short form
  await expect(phase.locator('[data-marker="reader"]')).toHaveAttribute('data-y', /^0\.\d/);
  expect(Math.abs(Number(await phase.locator('[data-marker="reader"]').getAttribute('data-y')) - rho)).toBeLessThan(1e-12);
});

test('one figure embeds at 800×450', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 450 });
  await page.goto('./?ch=glm&embed=1&fig=landscape&controls=alpha');
  await expect(fig(page, 'landscape').locator('path[data-series-id="f"]')).toHaveAttribute('d', drawn);
  const box = (await fig(page, 'landscape').boundingBox())!;
  expect(box.height).toBeGreaterThan(200);
  expect(box.y + box.height).toBeLessThanOrEqual(450);
});
