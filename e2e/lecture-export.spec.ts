import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { watchConsole } from './helpers.ts';

// The embed code builder, the QR code beside Copy link, and recording a story (issue #13, items 5-7).

/** EBML (WebM) walk: the number of SimpleBlocks (one encoded frame each) in the Segment's Clusters. */
function webmFrames(buf: Buffer): number {
  const vint = (at: number, keepMarker: boolean) => {
    const first = buf[at];
    let len = 1;
    while (len <= 8 && !(first & (0x80 >> (len - 1)))) len++;
    let value = keepMarker ? first : first & (0xff >> len);
    for (let i = 1; i < len; i++) value = value * 256 + buf[at + i];
    return { value, len };
  };
  const MASTER = new Set([0x18538067, 0x1f43b675, 0xa0]); // Segment, Cluster, BlockGroup: descend
  let frames = 0;
  const walk = (from: number, to: number) => {
    let at = from;
    while (at < to) {
      const id = vint(at, true);
      const size = vint(at + id.len, false);
      const body = at + id.len + size.len;
      const unknown = size.value === 2 ** (7 * size.len) - 1;
      const end = unknown ? to : Math.min(to, body + size.value);
      if (id.value === 0xa3 || id.value === 0xa1) frames++;
      else if (MASTER.has(id.value)) walk(body, end);
      at = end;
    }
  };
  expect(buf.readUInt32BE(0)).toBe(0x1a45dfa3); // EBML header
  walk(0, buf.length);
  return frames;
}

/** GIF walk: the number of image descriptors (frames). */
function gifFrames(buf: Buffer): number {
  expect(buf.subarray(0, 6).toString('latin1')).toMatch(/^GIF8[79]a$/);
  let at = 13;
  if (buf[10] & 0x80) at += 3 * 2 ** ((buf[10] & 7) + 1);
  const skipBlocks = () => {
    while (buf[at] !== 0) at += buf[at] + 1;
    at++;
  };
  let frames = 0;
  for (;;) {
    const b = buf[at++];
    if (b === 0x3b) return frames;
    if (b === 0x21) {
      at++;
      skipBlocks();
    } else if (b === 0x2c) {
      frames++;
      const packed = buf[at + 8];
      at += 9;
      if (packed & 0x80) at += 3 * 2 ** ((packed & 7) + 1);
      at++; // LZW minimum code size
      skipBlocks();
    } else throw new Error(`bad GIF block 0x${b.toString(16)} at ${at - 1}`);
  }
}

async function record(page: Page, format: 'webm' | 'gif'): Promise<Buffer> {
  const frame = page.locator('[data-figure-frame="landscape"]');
  await frame.getByRole('button', { name: 'Export' }).click();
  await frame.locator('[data-export="record"]').click();
  const dialog = page.locator('[data-record]');
  await dialog.locator('[data-record-story]').selectOption('binary-perceptron');
  await dialog.locator('[data-record-format]').selectOption(format);
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.locator('[data-record-start]').click()]);
  expect(dl.suggestedFilename()).toBe(`learning-phases-landscape-binary-perceptron.${format}`);
  await expect(dialog.locator('[data-record-status="done"]')).toContainText('Recorded 5 frames');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  return readFile((await dl.path())!);
}

test('recording a story: a playable WebM and a GIF with one frame per step, and the view comes back', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchConsole(page);
  // the embed of the one figure: nothing else computes while it records
  await page.goto('./?v=1&ch=glm&alpha=3&embed=1&fig=landscape');
  await expect(page.locator('svg[data-figure="landscape"] path[data-series-id]').first()).toHaveAttribute('d', /^M[\d.]/);
  const webm = await record(page, 'webm');
  expect(webm.length).toBeGreaterThan(5_000);
  expect(webmFrames(webm)).toBe(5);
  // playable: Chromium decodes its first frame at the embed size (on a blank page: the app's CSP allows no blob: media)
  const blank = await page.context().newPage();
  const size = await blank.evaluate(async (b64) => {
    const video = document.createElement('video');
    video.muted = true;
    video.src = URL.createObjectURL(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'video/webm' }));
    await new Promise((resolve, reject) => ((video.onloadeddata = resolve), (video.onerror = () => reject(new Error('not playable')))));
    return [video.videoWidth, video.videoHeight];
  }, webm.toString('base64'));
  await blank.close();
  expect(size).toEqual([800, 450]);
  const gif = await record(page, 'gif');
  expect(gif.length).toBeGreaterThan(5_000);
  expect(gifFrames(gif)).toBe(5);
  // the recording stepped the page and then restored the view it started from
  await expect.poll(() => new URL(page.url()).searchParams.get('alpha')).toBe('3');
  expect(new URL(page.url()).searchParams.get('story')).toBeNull();
  expect(errors).toEqual([]);
});

test('the embed code builder: controls, theme, projector view and story in the code and the live preview; QR beside the link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?v=1&ch=glm&alpha=3&d=100&seeds=1');
  const frame = page.locator('[data-figure-frame="curve"]');
  await frame.getByRole('button', { name: 'Export' }).click();
  await frame.locator('[data-export="link"]').click();
  await expect(frame.locator('svg[data-qr]')).toHaveAttribute('data-qr', /ch=glm&alpha=3/);
  await expect(frame.locator('svg[data-qr] path')).toHaveAttribute('d', /^M\d+ \d+h1v1h-1z/);
  await frame.locator('[data-export="embed"]').click();
  const builder = page.locator('[data-embed-builder]');
  await builder.locator('[data-embed-control="alpha"]').check();
  await builder.locator('[data-embed-control="noise"]').check();
  await builder.locator('[data-embed-theme]').selectOption('dark');
  await builder.locator('[data-embed-present]').check();
  await builder.locator('[data-embed-story]').selectOption('binary-perceptron');
  await builder.locator('[data-embed-step]').fill('2');
  const code = await builder.locator('[data-embed-code]').inputValue();
  const src = new URL(code.match(/^<iframe src="([^"]*)"/)![1].replaceAll('&amp;', '&'));
  expect(Object.fromEntries(src.searchParams)).toMatchObject({ ch: 'glm', fig: 'curve', embed: '1', controls: 'alpha,noise', present: '1', theme: 'dark', story: 'binary-perceptron', step: '2' });
  expect(code).toContain('width="800" height="450"');
  await expect(builder.locator('[data-embed-preview]')).toHaveAttribute('src', src.href);
  const preview = page.frameLocator('[data-embed-preview]');
  await expect(preview.locator('[data-step-indicator="2"]')).toContainText('3 / 5');
  await expect(preview.locator('svg[data-figure="curve"] > rect').first()).toHaveAttribute('fill', '#0d1117');
  await builder.getByRole('button', { name: 'Copy embed code' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
});
