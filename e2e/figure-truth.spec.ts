import { expect, test } from '@playwright/test';
import { chapters } from './chapters.ts';
import { settle, undrawnNames } from './figureText.ts';

// Issue #12 item 1: a figure names only what it draws. For every chapter, at its default view and after each
// of its presets (chosen as a reader would, from the Preset menu), every legend entry has a visible mark in
// its chart (a point hidden under the marker or another mark fails) and every threshold or series a caption
// names (through its inline swatch) is drawn by the figure. Each view waits for its figures (bounded: a
// figure still running is checked as it stands — it must not name what it has not drawn yet either).

for (const c of chapters) {
  test(`${c.id}: legends and captions name only drawn marks, at the default and every preset`, async ({ page }) => {
    await page.goto(`./?v=1&ch=${c.id}`);
    await settle(page, 6_000);
    expect(await undrawnNames(page), `${c.id} default`).toEqual([]);
    for (const preset of c.presets ?? []) {
      await page.getByRole('combobox', { name: 'Preset' }).selectOption({ label: preset.label });
      await settle(page, 4_000);
      expect(await undrawnNames(page), `${c.id}: ${preset.label}`).toEqual([]);
    }
  });
}
