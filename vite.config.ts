import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

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

// base './': the built site works from any sub-path and inside an iframe (worker URLs stay relative).
export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss(), csp()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 900 },
  preview: { port: 4173, strictPort: true },
});
