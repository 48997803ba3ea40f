import { expect, test } from '@playwright/test';
import { markerX, watchConsole } from './helpers.ts';

// Stories (issue #13, item 2): → / Space / PageDown next, ← / PageUp previous, Home / End; each step
// writes step= into the URL and moves the chart. The binary-perceptron story steps α through
// 1, 1.245, 1.4, 1.493, 2 (src/chapters/glm/meta.ts; thresholds from `glm-thresholds --prior binary`).

const ALPHAS = [1, 1.245, 1.4, 1.493, 2];
const step = (url: string) => new URL(url).searchParams.get('step');

test('stepping a story by keys updates step= and the chart', async ({ page }) => {
  const errors = watchConsole(page);
  // one figure, small finite-size runs (d, seeds are not story keys): each step computes in a moment
  const embed = '&embed=1&fig=curve&controls=prior,alpha&d=100&seeds=1';
  await page.goto(`./?v=1&ch=glm&story=binary-perceptron&step=0${embed}`);
  const marker = page.locator('svg[data-figure="curve"] [data-marker="current"]');
  await expect(marker).toHaveAttribute('data-x', '1');
  await expect(page.locator('[data-step-indicator]')).toContainText('1 / 5 · α = 1');
  // the step's values are all in force: the first step set the binary prior
  await expect(page.getByRole('combobox', { name: 'Teacher prior' })).toHaveValue('binary');
  const keys: [string, number][] = [
    ['ArrowRight', 1],
    [' ', 2],
    ['PageDown', 3],
    ['ArrowRight', 4],
    ['ArrowRight', 4], // past the end: stays (a deck would get exit-next)
    ['ArrowLeft', 3],
    ['PageUp', 2],
    ['Home', 0],
    ['End', 4],
  ];
  for (const [key, at] of keys) {
    await page.keyboard.press(key);
    await expect.poll(() => step(page.url()), key).toBe(String(at));
    await expect(marker, `${key} → step ${at}`).toHaveAttribute('data-x', String(ALPHAS[at]));
  }
  // a link at step 3 opens step 3 with every earlier step's values
  await page.goto(`./?v=1&ch=glm&story=binary-perceptron&step=3${embed}`);
  await expect(marker).toHaveAttribute('data-x', '1.493');
  expect(await markerX(page)).toBe(1.493);
  await expect(page.getByRole('combobox', { name: 'Teacher prior' })).toHaveValue('binary');
  // keys typed into a control belong to the control
  await page.getByRole('slider').first().focus();
  await page.keyboard.press('ArrowRight');
  expect(step(page.url())).toBe('3');

  await page.goto(`./?v=1&ch=glm&steps=alpha:1,1.5|noise:0,0.1&step=1${embed}`);
  await expect(marker).toHaveAttribute('data-x', '1.5');
  await page.keyboard.press('ArrowLeft');
  await expect(marker).toHaveAttribute('data-x', '1');
  await expect.poll(() => page.url()).toContain('steps=alpha:1,1.5%7Cnoise:0,0.1&step=0');
  expect(errors).toEqual([]);
});

test('the full view: story picker, step buttons and caption; the preset select shows the preset in force', async ({ page }) => {
  await page.goto('./?v=1&ch=glm&story=preset-phase-retrieval');
  await expect(page.getByRole('combobox', { name: 'Preset' }).locator('option:checked')).toHaveText('phase retrieval');
  await page.getByRole('combobox', { name: 'Story' }).selectOption('binary-perceptron');
  await expect(page.locator('[data-story-caption]')).toContainText('α = 1: one fixed point');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect.poll(() => step(page.url())).toBe('1');
  await expect(page.locator('[data-step="1"]')).toHaveText('Step 2 / 5');
  await expect(page.getByRole('combobox', { name: 'Preset' }).locator('option:checked')).toHaveText('Choose a preset…');
});
