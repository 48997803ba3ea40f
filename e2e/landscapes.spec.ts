import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchConsole } from './helpers.ts';

const fig = (page: Page, id: string) => page.locator(`svg[data-figure="${id}"]`);
const drawn = /^M[\d.]/;
const attr = async (page: Page, sel: string, name: string) => Number(await page.locator(sel).first().getAttribute(name));
// Small sizes and short horizons keep every job of the page in about a second on 2 cores.
const SMALL = '?ch=landscapes&dp=1&invd2=2.5&N=40&seeds=3&tmax=20&h=0.1&d=40&thess=0.3';

async function waitIdle(page: Page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 45_000 });
}

test('the chapter draws its six figures with real data and no console error', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(`./${SMALL}`);
  // phase diagram: the four lines, the GF line at 1/Δ2 = 2 for Δp = 1 (PHYSICS.md §4), the shaded GF region
  const phase = fig(page, 'phase');
  for (const id of ['it', 'amp', 'mlamp', 'gf']) await expect(phase.locator(`path[data-series-id="${id}"]`)).toHaveAttribute('d', drawn);
  await expect(phase.locator('[data-polygon="gf-works"] path')).toHaveAttribute('d', drawn);
  await expect(page.locator('[data-invd2-gf]')).toHaveAttribute('data-invd2-gf', '2');
  expect(Math.abs((await attr(page, '[data-invd2-mlamp]', 'data-invd2-mlamp')) - 1.618034)).toBeLessThan(1e-6);
  await expect(phase.locator('[data-marker="reader"]')).toHaveAttribute('data-x', '1');
  // dynamics: three finite-N runs and the two DMFT curves (m0 = 1e-15 and 1/√N)
  const dyn = fig(page, 'dynamics');
  await expect(dyn.locator('path[data-series-id="dmft"]')).toHaveAttribute('d', drawn);
  await expect(dyn.locator('path[data-series-id="dmft-n"]')).toHaveAttribute('d', drawn);
  await expect(dyn.locator('path[data-series-id^="run"]')).toHaveCount(3);
  await expect(dyn.locator('path[data-series-id="run2"]')).toHaveAttribute('d', drawn);
  // the runs share one legend entry
  await expect(dyn.locator('[data-legend^="run"]')).toHaveCount(1);
  // Hessian: N − 1 tangent eigenvalues; above the GF line the BBP outlier sits below the bulk edge
  await expect(page.locator('[data-count="39"][data-lambda-min]')).toBeVisible();
  const edge = await attr(page, '[data-edge-pred]', 'data-edge-pred');
  const outlier = await attr(page, '[data-outlier-pred]', 'data-outlier-pred');
  // prediction at the measured μ: gap (θ − σ)²/θ with θ = 2.5, σ = √4.5
  expect(edge - outlier).toBeCloseTo((2.5 - Math.sqrt(4.5)) ** 2 / 2.5, 9);
  await expect(fig(page, 'hessian').locator('[data-bars] rect').first()).toBeVisible();
  // phase retrieval: both dimensions, α_IT = 1 and α_AMP ≈ 1.128 from state evolution, a trajectory, the over-parameterised student
  const pr = fig(page, 'retrieval');
  await expect(pr.locator('path[data-series-id="big"]')).toHaveAttribute('d', drawn);
  await expect(pr.locator('path[data-series-id="small"]')).toHaveAttribute('d', drawn);
  expect(Math.abs((await attr(page, 'svg[data-figure="retrieval"] [data-threshold="α_IT"]', 'data-x')) - 1)).toBeLessThan(1e-4);
  expect(Math.abs((await attr(page, 'svg[data-figure="retrieval"] [data-threshold="α_AMP"]', 'data-x')) - 1.128)).toBeLessThan(2e-3);
  await expect(fig(page, 'trajectory').locator('path[data-series-id="m"]')).toHaveAttribute('d', drawn);
  await expect(fig(page, 'overparam').locator('path[data-series-id="error"]')).toHaveAttribute('d', drawn);
  await waitIdle(page);
  for (const id of ['phase', 'dynamics', 'hessian', 'retrieval', 'trajectory', 'overparam']) expect(await fig(page, id).innerHTML()).not.toMatch(/NaN|Infinity/);
  expect(errors).toEqual([]);
});

test('embedded dynamics at 800×450: the DMFT reaches the PHYSICS.md check point (m = 0.8270, μ = 4.2982)', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 450 });
  await page.goto('./?ch=landscapes&embed=1&fig=dynamics&controls=invd2,m0&invd2=3&dp=4&m0=1e-15&T=0&tmax=100&h=0.1&N=40&seeds=2');
  const dyn = fig(page, 'dynamics');
  await expect(dyn.locator('path[data-series-id="dmft"]')).toHaveAttribute('d', drawn);
  const wrap = page.locator('[data-dmft-m-end]');
  await expect(wrap).toHaveAttribute('data-dmft-escape', /\d/);
  expect(Math.abs(Number(await wrap.getAttribute('data-dmft-m-end')) - 0.827)).toBeLessThan(1e-3);
  expect(Math.abs(Number(await wrap.getAttribute('data-dmft-mu-end')) - 4.2982)).toBeLessThan(1e-3);
  // from m0 = 1e-15 the flow ages for a long time before escaping (|m| > 0.3 at t = 65.6 with h = 0.1; 76.0 before the
  // second-order scheme of issue #18)
  const tEsc = Number(await wrap.getAttribute('data-dmft-escape'));
  expect(tEsc).toBeGreaterThan(60);
  expect(tEsc).toBeLessThan(90);
  await expect(dyn.locator('path[data-series-id^="run"]')).toHaveCount(2);
  const box = (await dyn.boundingBox())!;
  expect(box.height).toBeGreaterThan(200);
  expect(box.y + box.height).toBeLessThanOrEqual(450);
});

test('clicking the phase diagram sets Δp and 1/Δ2 in the URL and moves the reader’s point', async ({ page }) => {
  await page.goto(`./${SMALL}`);
  const phase = fig(page, 'phase');
  await expect(phase.locator('path[data-series-id="gf"]')).toHaveAttribute('d', drawn);
  const area = phase.locator('[data-hover-area]');
  const box = (await area.boundingBox())!;
  // upper right of the plane: Δp ≈ 10^0.4 = 2.5, 1/Δ2 ≈ 4 (neither a default, so both appear in the URL)
  await area.click({ position: { x: box.width * 0.7, y: box.height * 0.2 } });
  await expect(page).not.toHaveURL(/dp=1(&|$)/);
  const url = new URL(page.url());
  const dp = Number(url.searchParams.get('dp'));
  const invd2 = Number(url.searchParams.get('invd2'));
  expect(dp).toBeGreaterThan(2);
  expect(dp).toBeLessThan(4);
  expect(invd2).toBeGreaterThan(3.5);
  await expect(phase.locator('[data-marker="reader"]')).toHaveAttribute('data-x', String(dp));
  await expect(phase.locator('[data-marker="reader"]')).toHaveAttribute('data-y', String(invd2));
  // the GF threshold read at the new Δp follows: θ_GF = (1 + √(1 + 8/Δp))/2
  await expect(page.locator('[data-invd2-gf]')).toHaveAttribute('data-invd2-gf', String((1 + Math.sqrt(1 + 8 / dp)) / 2));
});

test('showing μ(t) draws the threshold level 2σ and writes the view to the URL', async ({ page }) => {
  await page.goto(`./${SMALL}`);
  await page.getByRole('combobox', { name: 'Dynamics shows' }).selectOption('mu');
  await expect(page).toHaveURL(/dyn=mu/);
  const dyn = fig(page, 'dynamics');
  await expect(dyn.locator('path[data-series-id="two-sigma"]')).toHaveAttribute('d', drawn);
  // σ² = 1/Δ2 + 2/Δp = 4.5
  expect(Math.abs((await attr(page, '[data-two-sigma]', 'data-two-sigma')) - 2 * Math.sqrt(4.5))).toBeLessThan(1e-12);
  await expect(page.locator('[data-quantity="mu"]')).toBeVisible();
  await expect(dyn.locator('path[data-series-id="run0"]')).toHaveAttribute('d', drawn);
});

test('the physics decides the reader’s region and whether the finite-size DMFT is a second curve', async ({ page }) => {
  // m0 = 1/√40 (to 5 digits): the finite-size start is the reader's own, so one DMFT curve (landscapeStart job)
  await page.goto('./?ch=landscapes&dp=1&invd2=1.8&N=40&seeds=2&tmax=10&h=0.1&d=40&thess=0.3&m0=0.15811');
  const dyn = fig(page, 'dynamics');
  await expect(dyn.locator('path[data-series-id="dmft"]')).toHaveAttribute('d', drawn);
  await expect(dyn.locator('path[data-series-id="run1"]')).toHaveAttribute('d', drawn);
  await waitIdle(page);
  await expect(dyn.locator('path[data-series-id="dmft-n"]')).toHaveCount(0);
  // 1/Δ2 = 1.8 lies between ML-AMP (1.618) and GF (2) at Δp = 1 (PHYSICS.md §4)
  await expect(fig(page, 'phase').locator('[data-marker="reader"]')).toContainText('ML-AMP works, GF stuck');
  // a reader's m0 → 0 brings the finite-size curve back
  const field = page.getByRole('textbox', { name: 'Initial overlap (DMFT) value' });
  await field.fill('1e-15');
  await field.press('Enter');
  await expect(page).not.toHaveURL(/m0=/); // back to the chapter default
  await expect(dyn.locator('path[data-series-id="dmft-n"]')).toHaveAttribute('d', drawn);
});

// The whole page once (light); in the dark theme only the figures, the part of the page this chapter styles itself.
for (const scheme of ['light', 'dark'] as const) {
  test(`axe reports no violations on the chapter (${scheme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`./${SMALL}`);
    await expect(fig(page, 'dynamics').locator('path[data-series-id="dmft"]')).toHaveAttribute('d', drawn);
    // KaTeX loads when the prose scrolls into view
    await page.locator('.lp-prose').scrollIntoViewIfNeeded();
    await expect(page.locator('.katex').first()).toBeVisible();
    await waitIdle(page);
    const axe = new AxeBuilder({ page });
    const results = await (scheme === 'dark' ? axe.include('[data-figure-frame]') : axe).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
}

test('Play draws the gradient flow and its DMFT along time from t = 0; Pause keeps what is drawn; Step goes on from there (issue #13 item 4)', async ({ page }) => {
  await page.goto(`./${SMALL}&tscale=lin`);
  await waitIdle(page);
  const frame = page.locator('[data-figure-frame="dynamics"]');
  const points = (id: string) => frame.locator(`path[data-series-id="${id}"]`).first().evaluate((p) => (p.getAttribute('d') ?? '').split('L').length);
  const full = await points('run0');
  expect(full).toBeGreaterThan(50);
  await frame.getByRole('button', { name: 'Play gradient flow' }).click();
  // from t = 0: right after Play the runs are drawn over a short stretch only
  await expect.poll(() => points('run0')).toBeLessThan(full);
  await frame.getByRole('button', { name: 'Pause' }).click();
  const paused = await points('run0');
  expect(paused).toBeLessThan(full);
  await page.waitForTimeout(500);
  expect(await points('run0')).toBe(paused); // paused: nothing moves, nothing is lost
  expect(await points('dmft')).toBeGreaterThan(1); // the theory is cut at the same time, not hidden
  await frame.getByRole('button', { name: 'Step' }).click();
  await expect.poll(() => points('run0')).toBeGreaterThan(paused); // Step goes on from the cursor
  await expect(frame.getByRole('group', { name: 'gradient flow playback' })).toContainText(/t = [\d.]+ of 20/);
  // Play again runs to the end: everything drawn
  await frame.getByRole('button', { name: 'Play gradient flow' }).click();
  await expect.poll(() => points('run0'), { timeout: 20_000 }).toBe(full);
});
