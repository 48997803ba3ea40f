import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Version and commit for exports and citations (src/appVersion.ts): package.json's version (LP_VERSION
 * overrides it: e2e/offline.spec.ts builds two versions) and the short commit, 'unknown' outside a git checkout.
 */
const VERSION = process.env.LP_VERSION ?? (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }).version;
function commit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Offline (issue #14): Workbox precaches every built file — chunks, the worker, KaTeX fonts, icons — under
 * a manifest of content revisions, so a new deploy replaces exactly what changed and old entries are
 * removed (cleanupOutdatedCaches). `registerType: 'prompt'`: a new service worker waits until the reader
 * accepts "New version — reload" (src/offline/), so one page never mixes files of two versions (an open
 * page may still lazy-load its own version's chapters from the old cache). Registration is a module
 * import (injectRegister: false; src/offline/register.ts), no inline script under the CSP. Relative
 * scope and start URL: works under any sub-path (`base: './'`).
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['icon.svg', 'icon-192.png', 'icon-512.png'],
  manifest: {
    name: 'Learning Phases',
    short_name: 'Learning Phases',
    description: 'An explorable of the statistical physics of learning: exact theory next to live algorithms, in the browser, offline.',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0072b2',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    cacheId: 'learning-phases',
    globPatterns: ['**/*.{js,css,html,svg,png,ico,woff,woff2,ttf,webmanifest,json,md,txt}'],
    // the main chunk carries React and the chart kit (~0.9 MB): above Workbox's 2 MB default only with room to spare
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    cleanupOutdatedCaches: true,
    navigateFallback: 'index.html',
    // links carry their state in the query: one cached index.html serves them all
    ignoreURLParametersMatching: [/.*/],
  },
});

/**
 * The Content-Security-Policy of the built page (a <meta> tag, so it holds on any static host). Every
 * script, worker, style sheet and font comes from the site itself; KaTeX writes inline `style`
 * attributes; the PNG export draws the SVG through a blob: image; the favicon is a data: URL; the physics
 * compiles its WebAssembly kernels ('wasm-unsafe-eval' allows WebAssembly, not eval).
 * Not in the dev server: Vite's HMR preamble is an inline script. `frame-ancestors` cannot be set by a
 * meta tag: a host that wants it sends the header (README, deployment). Checked by e2e/csp.spec.ts.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const csp = (): Plugin => ({
  name: 'learning-phases-csp',
  apply: 'build',
  // right after the charset, before any script or style sheet the policy must govern
  transformIndexHtml(html) {
    const charset = '<meta charset="UTF-8" />';
    if (!html.includes(charset)) throw new Error(`index.html: no ${charset} to put the CSP after`);
    return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
  },
});

/** The README (embedding guide, URL keys) and the licence travel with the site: the front page links them. */
const docs = (): Plugin => ({
  name: 'learning-phases-docs',
  apply: 'build',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'README.md', source: readFileSync(new URL('./README.md', import.meta.url), 'utf8') });
    this.emitFile({ type: 'asset', fileName: 'LICENSE.txt', source: readFileSync(new URL('./LICENSE', import.meta.url), 'utf8') });
  },
});

/**
 * d3 builds some of its exports at module level by calling a factory: the curves (`var cardinal = (function
 * custom(tension) {…})(0)`), colour interpolators (`var hslLong = hsl(nogamma)`), the four perceptual palettes
 * (`var magma = ramp(colors("…"))`, 1.5 kB of hex each). A bundler must keep such calls as possible side effects,
 * so every one came with the page although the charts draw lines and areas and the hmm chapter one palette
 * (viridis). These factories only build and return a function or a colour: marked pure, the unused ones drop
 * out of the first load (issue #10; −1.5 kB gzip on every chapter, −2.6 kB more on hmm).
 */
const PURE_FACTORIES = /[\\/]node_modules[\\/](d3-shape|d3-interpolate|d3-array|d3-scale-chromatic)[\\/]dist[\\/]\1\.mjs$/;
const pureD3Factories = (): Plugin => ({
  name: 'learning-phases-pure-d3-factories',
  transform(code, id) {
    if (!PURE_FACTORIES.test(id)) return null;
    // a top-level `var name = factory(…)` or `var name = (function …)(…)`; a palette's inner `colors(…)` too
    const out = code.replace(/^var ([\w$]+) = (?=\(function|[\w$]+\()/gm, 'var $1 = /*#__PURE__*/ ').replaceAll('ramp(colors(', 'ramp(/*#__PURE__*/ colors(');
    if (out === code) throw new Error(`${id}: no module-level factory call to mark pure (has the package changed?)`);
    return { code: out, map: null };
  },
});

// base './': the built site works from any sub-path and inside an iframe (worker URLs stay relative).
export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss(), csp(), docs(), pureD3Factories(), pwa],
  define: { __APP_VERSION__: JSON.stringify(VERSION), __APP_COMMIT__: JSON.stringify(commit()) },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 900 },
  preview: { port: 4173, strictPort: true },
});
