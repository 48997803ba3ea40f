// Screenshots of views for review and for the README:
//   npx tsx scripts/screenshot.ts <out.png> <query> [width] [height] [dark]
// against a running `npm run preview` (http://127.0.0.1:$LP_PORT, default 4173). Waits for every figure to draw.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config.ts';

const [out = 'screenshots/view.png', query = '', w = '1280', h = '900', scheme = 'light'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) }, colorScheme: scheme === 'dark' ? 'dark' : 'light' });
const errors: string[] = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(`http://127.0.0.1:${process.env.LP_PORT ?? 4173}/${query}`);
await page.waitForSelector('svg[data-figure], [data-front-page]');
await page.waitForLoadState('networkidle');
await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 120_000 }).catch(() => errors.push('still busy after 120 s'));
// the prose typesets when it scrolls into view (src/ui/Tex.tsx): a full-page picture scrolls through first
if (!query.includes('embed=1')) {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForFunction(() => !document.querySelector('article') || document.querySelector('.katex'), null, { timeout: 10_000 }).catch(() => {});
  await page.evaluate(() => window.scrollTo(0, 0));
}
await page.waitForTimeout(400);
await page.screenshot({ path: out, fullPage: query.includes('embed=1') ? false : true });
await browser.close();
if (errors.length) console.error(errors.join('\n'));
console.log(out);
