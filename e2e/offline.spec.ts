import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chapters } from './chapters.ts';
import { watchConsole } from './helpers.ts';

// Offline (issue #14, 4). Small finite-size runs keep each chapter quick; the point is that every file
// comes from the service worker's cache.
const SMALL: Record<string, string> = {
  glm: 'd=100&seeds=1&iters=20',
  committee: 'd=100&seeds=1&iters=10',
  sgd: 'N=100&seeds=1&simAlpha=10&alpha=100',
  landscapes: 'N=20&seeds=1&tmax=10&d=20',
};

async function allFiguresDrawn(page: Page, id: string) {
  const figures = chapters.find((c) => c.id === id)!.figures;
  await expect(page.locator('[data-figure-frame]')).toHaveCount(figures.length, { timeout: 30_000 });
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.locator('[data-figure-error]')).toHaveCount(0);
  for (const f of figures) await expect(page.locator(`[data-figure-frame="${f.id}"] svg[data-figure]`).first()).toBeVisible();
}

test('after one visit, every chapter opens and draws with the network off', async ({ page, context }) => {
  test.setTimeout(240_000);
  const errors = watchConsole(page);
  await page.goto(`./?v=1&ch=glm&${SMALL.glm}`);
  await expect(page.locator('[data-offline-ready]')).toBeVisible({ timeout: 60_000 });
  await context.setOffline(true);
  // the front page with its thumbnails
  await page.goto('./');
  await expect(page.locator('[data-front-page]')).toBeVisible();
  for (const img of await page.locator('[data-front-page] img').all()) await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
  for (const c of chapters) {
    await page.goto(`./?v=1&ch=${c.id}&${SMALL[c.id] ?? ''}`);
    await allFiguresDrawn(page, c.id);
    await expect(page.locator('[data-offline-ready]')).toBeVisible();
  }
  await context.setOffline(false);
  expect(errors).toEqual([]);
});

/** A static server whose root can be switched: the same origin serving one deploy, then the next. */
function serve(port: number): { server: Server; root: { dir: string } } {
  const root = { dir: '' };
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.json': 'application/json' };
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url!, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root.dir, path.endsWith('/') ? path + 'index.html' : path);
    if (!file.startsWith(root.dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(readFileSync(file));
  });
  server.listen(port, '127.0.0.1');
  return { server, root };
}

/** Two builds with different version strings (LP_OFFLINE_A / LP_OFFLINE_B to reuse builds made beforehand). */
function build(version: string, env: string | undefined): string {
  if (env && existsSync(join(env, 'sw.js'))) return env;
  const dir = join(tmpdir(), `lp-offline-${version}`);
  execFileSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir'], { env: { ...process.env, LP_VERSION: version }, stdio: 'ignore' });
  return dir;
}

test.describe('deploys', () => {
  // retried (see the comment inside)
  test.describe.configure({ retries: Number(process.env.LP_RETRIES ?? 2) });
  test('a new deploy replaces the cache whole: the old version until "Reload", then only the new one', async ({ page }) => {
    test.setTimeout(300_000);
    // Seen failing in full-suite runs, never alone: the version read clicked "More" while the page reloaded
    // and then waited without bound for a menu that never opened (now each read is bounded and retried).
    // Up to two more tries remain, each from a fresh context; a switch that never happens fails all three.
    const a = build('e2e-a', process.env.LP_OFFLINE_A);
    const b = build('e2e-b', process.env.LP_OFFLINE_B);
    const port = Number(process.env.LP_PORT ?? 4173) + 7;
    const { server, root } = serve(port);
    try {
      const url = `http://127.0.0.1:${port}/?v=1&ch=glm&${SMALL.glm}`;
      // the version line of a figure's More menu (opened if it is not). Each read is bounded: a click that
      // lands while the page reloads opens nothing, and the poll must try again rather than wait for the line
      const version = async () => {
        const more = page.locator('[data-figure-frame="curve"] [data-figure-more]');
        if ((await more.getAttribute('aria-expanded', { timeout: 5_000 })) !== 'true') await more.click({ timeout: 5_000 });
        return page.locator('[data-figure-frame="curve"] [data-app-version]').textContent({ timeout: 10_000 });
      };
      root.dir = a;
      await page.goto(url);
      await expect(page.locator('[data-offline-ready]')).toBeVisible({ timeout: 60_000 });
      expect(await version()).toContain('version e2e-a');

      // the next deploy: the page keeps running the old version, whole, and offers the new one
      root.dir = b;
      await page.reload();
      await expect(page.locator('[data-offline-update]')).toBeVisible({ timeout: 60_000 });
      expect(await version()).toContain('version e2e-a');

      const assets: string[] = [];
      page.on('request', (r) => r.url().includes('/assets/') && assets.push(new URL(r.url()).pathname));
      await page.locator('[data-offline-update]').click();
      // the switch takes under 2 s when it happens; a read that lands in the reload (its click opened the menu of the
      // page being replaced) gives up after 10 s and is tried again — a throw would end the poll, so it reads as ''
      await expect.poll(() => version().catch(() => ''), { timeout: 60_000 }).toContain('version e2e-b');
      await expect(page.locator('[data-figure-frame="curve"] svg[data-figure] path[data-series-id="bayes"]')).toHaveAttribute('d', /^M[\d.]/, { timeout: 60_000 });
      // every file the new page loaded belongs to the new build
      expect(assets.length).toBeGreaterThan(0);
      for (const p of assets) expect(existsSync(join(b, p)), p).toBe(true);
    } finally {
      server.close();
    }
  });
});
