import { expect, test } from '@playwright/test';
import { watchConsole } from './helpers.ts';

// Pins (issue #14, 1): pin two states of a figure, reload the link, both pinned curves are drawn with
// labels naming what differs from the live view; the two-up view draws the pinned state beside the live one.
test('pin two curves, reload: both drawn with the right labels; compare=1 shows them side by side', async ({ page }) => {
  const errors = watchConsole(page);
  // small GAMP runs: the figures under test need only the state-evolution jobs, which queue behind them
  await page.goto('./?v=1&ch=glm&alpha=1.2&d=100&seeds=1&iters=20');
  const frame = page.locator('[data-figure-frame="landscape"]');
  const svg = frame.locator('svg[data-figure="landscape"]');
  const alpha = page.getByRole('textbox', { name: 'Samples per dimension value' });
  await expect(svg.locator('path[data-series-id="f"]')).toHaveAttribute('d', /^M[\d.]/, { timeout: 60_000 });
  await frame.locator('[data-pin-add]').click();
  await alpha.fill('3');
  await alpha.press('Enter');
  await expect(page).toHaveURL(/alpha=3/);
  // key p pins the figure under the pointer (not while typing in a field)
  await alpha.blur();
  await svg.hover();
  await page.keyboard.press('p');
  await alpha.fill('2');
  await alpha.press('Enter');
  await expect(page).toHaveURL(/pins=landscape~alpha:1\.2;[^,&]*,landscape~alpha:3;/);
  // the address has the last value, α = 2, the default: no alpha key (it is written once the page is idle after the
  // step, src/state/urlSync.ts)
  await expect(page).not.toHaveURL(/[?&]alpha=/);

  await page.reload();
  for (const [i, a] of [[0, '1.2'], [1, '3']] as const) {
    await expect(svg.locator(`path[data-series-id="pin${i}-f"]`)).toHaveAttribute('d', /^M[\d.]/);
    await expect(frame.locator(`[data-pin-chip="${i}"]`)).toContainText(`α = ${a}`);
    // the legend draws _RS as a subscript
    await expect(svg).toContainText(`α = ${a} (fRS(m))`);
  }
  // a pinned curve is its own state's curve, not the live one
  const d = (id: string) => svg.locator(`path[data-series-id="${id}"]`).getAttribute('d');
  expect(await d('pin0-f')).not.toBe(await d('f'));

  await frame.locator('[data-figure-more]').click();
  await frame.locator('[data-menu="compare"]').click();
  await expect(page).toHaveURL(/compare=1/);
  await expect(frame.locator('[data-compare] svg[data-figure="landscape-pinned"] path[data-series-id="f"]')).toHaveAttribute('d', /^M[\d.]/);

  await frame.locator('[data-figure-more]').click();
  await frame.locator('[data-menu="clear-pins"]').click();
  await expect(svg.locator('path[data-series-id^="pin"]')).toHaveCount(0);
  await expect(page).not.toHaveURL(/pins=/);
  expect(errors).toEqual([]);
});
