// The front page's chapter thumbnails (public/thumbnails/<id>.svg): each chapter's first figure at its default
// state, exported as SVG (light background, no heading) from the built app in an 800×500 embed frame.
//   npm run build && (npx vite preview --port 4390 --strictPort &) && LP_PORT=4390 npx tsx scripts/thumbnails.ts [id…]
// Rerun after a chapter's first figure changes what it draws; scripts/manifests.test.ts checks every chapter has one.
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config.ts';
import { chapters } from '../e2e/chapters.ts';

const only = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 800, height: 500 }, colorScheme: 'light', acceptDownloads: true });
for (const c of chapters) {
  if (only.length && !only.includes(c.id)) continue;
  await page.goto(`http://127.0.0.1:${process.env.LP_PORT ?? 4173}/?v=1&ch=${c.id}&embed=1&fig=${c.figures[0].id}`);
  await page.waitForSelector('svg[data-figure]');
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 180_000 });
  await page.waitForTimeout(300);
  await page.getByRole('button', { name: 'Export' }).click();
  await page.locator('[data-export-heading]').uncheck();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="svg"]').click()]);
  const svg = (await readFile((await dl.path())!, 'utf8')).replace(/(\d+\.\d{2})\d+/g, '$1');
  writeFileSync(new URL(`../public/thumbnails/${c.id}.svg`, import.meta.url), svg);
  console.log(`${c.id}: ${svg.length} bytes`);
}
await browser.close();
