// `npm run bench:browser -- [--base DIR] [--head DIR] [--chapters glm,sgd] [--presses 30] [--done-presses 3] [--timeout 60]`
//
// The page's responsiveness, measured in Chromium against built apps, the baseline and this tree side by side
// in one run (chapter by chapter, alternating, so a loaded machine weighs on both alike):
// - cold load → first figure drawn (the first plotted series), → all figures done (no figure busy);
// - ArrowRight on the chapter's main slider (MAIN_SLIDER, else α, else its first) → its first figure redrawn (p50, p95 over `--presses`),
//   → every figure current, i.e. no figure stale (the new value's data drawn, a streaming run's first partial
//   counting: the "first finite-size partial" target), and → all figures done (medians over `--done-presses`,
//   each capped at `--timeout` s);
// - first-load JS: the gzip bytes of the scripts the page loads before any interaction (no scroll).
// `--repeat n` loads each chapter n times per build and reports the fastest cold load (a shared machine's load only
// ever slows a run down); the load average is printed before and after.
// `--head` defaults to a fresh `vite build` of this tree; `--base` to a build of `main` from a temporary
// git worktree (node_modules linked from this tree). Prints one table.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { models } from '../../workers/physics/models.ts';
import { URL_VERSION } from '../../src/state/urlVersion.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function positive(name: string, fallback: number): number {
  const v = Number(arg(name, String(fallback)));
  if (!Number.isFinite(v) || v <= 0) {
    console.error(`--${name} must be a positive number`);
    process.exit(2);
  }
  return v;
}

const PRESSES = Math.round(positive('presses', 30));
const DONE_PRESSES = Math.round(positive('done-presses', 3));
const REPEAT = Math.round(positive('repeat', 1));
/**
 * The slider a lecturer steps, where it is not α: the landscapes chapter's α belongs to phase retrieval (its
 * last figures), while its first figure, the spiked model's phase diagram, follows Δp.
 */
/** The link version the default views are opened with (`--v`, default: this tree's URL_VERSION — today's defaults); 1 opens version 1's defaults. */
const VIEW_VERSION = Math.round(positive('v', URL_VERSION));
const MAIN_SLIDER: Readonly<Record<string, string>> = { landscapes: 'dp' };
const TIMEOUT_MS = positive('timeout', 60) * 1000;
const chapterIds = arg('chapters', models.map((m) => m.id).join(',')).split(',');
for (const id of chapterIds) {
  if (!models.some((m) => m.id === id)) {
    console.error(`unknown chapter "${id}"; chapters: ${models.map((m) => m.id).join(', ')}`);
    process.exit(2);
  }
}

function build(outDir: string, cwd = ROOT): string {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  return outDir;
}

/** main, built from a temporary worktree (removed afterwards) */
function buildMain(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lp-main-'));
  execFileSync('git', ['worktree', 'add', '--detach', dir, 'main'], { cwd: ROOT, stdio: 'ignore' });
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    return build(mkdtempSync(join(tmpdir(), 'lp-main-dist-')), dir);
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' });
  }
}

const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json' };

/** A static server over a built app (what `vite preview` does, without a process per build). */
function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || path.endsWith('/')) file = join(dir, 'index.html');
    res.setHeader('Content-Type', MIME[extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` })));
}

/**
 * In the page: times (performance.now) of the first plotted series, of "nothing busy" after it, and of the last
 * moment the page went from some figure stale (showing an older request's result: the stale badge) to none —
 * every figure then draws the current request, a streaming run's first partial result counting. A string, not a
 * function: tsx's transform would add helpers the page does not have.
 */
const PROBE = `
  window.__lp = { first: null, idle: null, stale: false, fresh: null, staleFigures: {}, lastFresh: null };
  const check = () => {
    const now = performance.now();
    const stale = document.querySelector('[data-stale-badge]') !== null;
    if (window.__lp.stale && !stale) window.__lp.fresh = now;
    window.__lp.stale = stale;
    // which figure was the last to leave its stale state (the one a step waits for)
    const staleNow = {};
    for (const f of document.querySelectorAll('[data-figure-frame]')) if (f.querySelector('[data-stale-badge]')) staleNow[f.getAttribute('data-figure-frame')] = true;
    for (const id in window.__lp.staleFigures) if (!staleNow[id]) window.__lp.lastFresh = { id, t: now };
    window.__lp.staleFigures = staleNow;
    if (window.__lp.first === null && document.querySelector('svg[data-figure] [data-series-id], svg[data-figure] [data-bars] rect')) window.__lp.first = now;
    const figures = document.querySelectorAll('[data-figure-frame]').length;
    const busy = document.querySelectorAll('[data-figure-frame][aria-busy="true"], [data-stale-badge]').length;
    if (window.__lp.first !== null && figures > 0 && busy === 0) window.__lp.idle ??= now;
    else window.__lp.idle = null;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
`;

interface Sample {
  first: number;
  done: number;
  redraw: number[];
  /** ArrowRight → no figure stale (every figure shows the new value's data, a partial counts) */
  stepFresh: number[];
  /** the figure that was the last to be current, per measured step */
  lastFresh: string[];
  stepDone: number[];
  /** gzip bytes of the page's scripts, and of the worker's */
  jsGzip: number;
  workerGzip: number;
}

async function waitIdle(page: Page, since: number, timeoutMs: number): Promise<number> {
  const t = await page
    .waitForFunction(
      (since) => {
        const lp = (window as unknown as { __lp: { idle: number | null } }).__lp;
        // idle for 300 ms on end: a figure between two jobs is not done
        return lp.idle !== null && lp.idle >= since && performance.now() - lp.idle > 300 ? lp.idle : false;
      },
      since,
      { timeout: timeoutMs, polling: 50 },
    )
    .then((h) => h.jsonValue() as Promise<number>)
    .catch(() => since + timeoutMs);
  return t - since;
}

/** ms from `since` until no figure is stale (the last stale → fresh switch after `since`), or until idle when none went stale. */
async function waitFresh(page: Page, since: number, timeoutMs: number): Promise<{ ms: number; last: string }> {
  const t = await page
    .waitForFunction(
      (since) => {
        const lp = (window as unknown as { __lp: { idle: number | null; stale: boolean; fresh: number | null } }).__lp;
        if (!lp.stale && lp.fresh !== null && lp.fresh >= since) return lp.fresh;
        return lp.idle !== null && lp.idle >= since && performance.now() - lp.idle > 300 ? lp.idle : false;
      },
      since,
      { timeout: timeoutMs, polling: 'raf' },
    )
    .then((h) => h.jsonValue() as Promise<number>)
    .catch(() => since + timeoutMs);
  const last = await page.evaluate((since) => {
    const l = (window as unknown as { __lp: { lastFresh: { id: string; t: number } | null } }).__lp.lastFresh;
    return l && l.t >= since ? l.id : '–';
  }, since);
  return { ms: t - since, last };
}

/** Open the chapter's default view: ms to the first figure drawn and to all figures done. */
async function coldLoad(page: Page, url: string, chapter: string): Promise<{ first: number; done: number }> {
  await page.addInitScript({ content: PROBE });
  await page.goto(`${url}?v=${VIEW_VERSION}&ch=${chapter}`);
  const done = await waitIdle(page, 0, TIMEOUT_MS);
  const first = (await page.evaluate(() => (window as unknown as { __lp: { first: number | null } }).__lp.first)) ?? TIMEOUT_MS;
  return { first, done };
}

/** Cold load (`--repeat` times, the fastest kept) and the slider presses, on a fresh page each. */
async function measure(browser: Browser, url: string, chapter: string): Promise<Sample> {
  const cold: { first: number; done: number }[] = [];
  for (let k = 1; k < REPEAT; k++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    cold.push(await coldLoad(page, url, chapter));
    await page.close();
  }
  const s = await measureOnce(browser, url, chapter);
  return { ...s, first: Math.min(s.first, ...cold.map((c) => c.first)), done: Math.min(s.done, ...cold.map((c) => c.done)) };
}

async function measureOnce(browser: Browser, url: string, chapter: string): Promise<Sample> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const scripts = new Map<string, number>();
  page.on('response', async (r) => {
    if (r.request().resourceType() !== 'script' || scripts.has(r.url())) return;
    scripts.set(r.url(), 0);
    const body = await r.body().catch(() => null);
    if (body) scripts.set(r.url(), gzipSync(body).length);
  });
  const { first, done } = await coldLoad(page, url, chapter);
  // first-load JS: what was fetched before any interaction (the page is idle: nothing more comes)
  const sum = (worker: boolean) => [...scripts].filter(([u]) => /worker/.test(u) === worker).reduce((a, [, b]) => a + b, 0);
  const jsGzip = sum(false);
  const workerGzip = sum(true);

  // the main slider: the chapter's MAIN_SLIDER, else α where the chapter has one, else its first
  const main = page.locator(`input[type="range"][name="${MAIN_SLIDER[chapter] ?? 'alpha'}"]`);
  const slider = (await main.count()) ? main.first() : page.locator('input[type="range"]').first();
  await slider.focus();
  const redraw: number[] = [];
  const stepDone: number[] = [];
  const stepFresh: number[] = [];
  const lastFresh: string[] = [];
  for (let k = 0; k < PRESSES; k++) {
    // the first figure's chart: time from the key press to its first change
    const t0 = await page.evaluate(() => {
      const svg = document.querySelector('svg[data-figure]')!;
      const w = window as unknown as { __redraw: number | null };
      w.__redraw = null;
      const mo = new MutationObserver(() => {
        w.__redraw ??= performance.now();
        mo.disconnect();
      });
      mo.observe(svg, { subtree: true, childList: true, attributes: true, characterData: true });
      return performance.now();
    });
    await page.keyboard.press('ArrowRight');
    const t1 = await page
      .waitForFunction(() => (window as unknown as { __redraw: number | null }).__redraw, null, { timeout: 10_000, polling: 'raf' })
      .then((h) => h.jsonValue() as Promise<number>)
      .catch(() => t0 + 10_000);
    redraw.push(t1 - t0);
    if (k >= PRESSES - DONE_PRESSES) {
      const fresh = await waitFresh(page, t0, TIMEOUT_MS);
      stepFresh.push(fresh.ms);
      lastFresh.push(fresh.last);
      stepDone.push(await waitIdle(page, t0, TIMEOUT_MS));
    }
    else await page.waitForTimeout(100);
  }
  await page.close();
  return { first, done, redraw, stepFresh, lastFresh, stepDone, jsGzip, workerGzip };
}

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))];
};

const headDir = arg('head', '') || build(mkdtempSync(join(tmpdir(), 'lp-head-')));
const baseDir = arg('base', '') || buildMain();
const [base, head] = await Promise.all([serve(resolve(baseDir)), serve(resolve(headDir))]);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const header = ['chapter', 'metric', 'base (main)', 'head', 'base/head', 'target'];
const widths = [10, 52, 12, 12, 9, 10];
const line = (r: string[]) => r.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`load average (1, 5, 15 min) at the start: ${load()}; cold loads: fastest of ${REPEAT}`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
const lastCurrent: string[] = [];
// rows are printed as each chapter is measured: a long run that is stopped still leaves its numbers
for (const ch of chapterIds) {
  const b = await measure(browser, base.url, ch);
  const h = await measure(browser, head.url, ch);
  const row = (metric: string, bv: number, hv: number, unit: string, target: string) =>
    console.log(line([ch, metric, `${Math.round(bv)} ${unit}`, `${Math.round(hv)} ${unit}`, hv > 0 ? (bv / hv).toFixed(2) : '–', target]));
  row('cold load → first figure', b.first, h.first, 'ms', '');
  row('cold load → all figures done', b.done, h.done, 'ms', '≤ 3000 ms');
  row(`ArrowRight → first figure redrawn, p50 (${PRESSES})`, q(b.redraw, 0.5), q(h.redraw, 0.5), 'ms', '');
  row(`ArrowRight → first figure redrawn, p95 (${PRESSES})`, q(b.redraw, 0.95), q(h.redraw, 0.95), 'ms', '≤ 50 ms');
  row(`ArrowRight → every figure current (partial), median (${DONE_PRESSES})`, q(b.stepFresh, 0.5), q(h.stepFresh, 0.5), 'ms', '≤ 300 ms');
  row(`ArrowRight → all figures done, median (${DONE_PRESSES})`, q(b.stepDone, 0.5), q(h.stepDone, 0.5), 'ms', '≤ 2000 ms');
  row('first-load JS of the page (gzip)', b.jsGzip / 1000, h.jsGzip / 1000, 'kB', '≤ 150 kB');
  row('  + the physics worker (gzip)', (b.jsGzip + b.workerGzip) / 1000, (h.jsGzip + h.workerGzip) / 1000, 'kB', '');
  lastCurrent.push(`${ch}: base ${b.lastFresh.join(', ')}; head ${h.lastFresh.join(', ')}`);
}
console.log(`the last figure to be current after each measured step:\n  ${lastCurrent.join('\n  ')}`);
await browser.close();
base.server.close();
head.server.close();
if (!arg('base', '')) rmSync(baseDir, { recursive: true, force: true });
console.log(`load average at the end: ${load()}`);
console.log(`timeouts count as ${TIMEOUT_MS / 1000} s; the machine's load weighs on both columns alike (measured alternately, chapter by chapter)`);
