import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { watchConsole } from './helpers.ts';

// Deck control by postMessage (issue #13, item 3), from the parent page the README documents,
// public/deck-example.html (served by the preview server): it logs every message it receives as
// <li data-frame data-event>; its buttons send setParams, step and getState.

const log = (page: Page, frame: string, event: string) => page.locator(`#log li[data-frame="${frame}"][data-event="${event}"]`);
const marker = (f: FrameLocator) => f.locator('svg[data-figure="curve"] [data-marker="current"]');

test('a parent page drives an embedded figure: ready, statechange, callback, exit-next', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('./deck-example.html');
  await expect(log(page, 'fig-a', 'ready')).toHaveCount(1);
  await expect(log(page, 'fig-b', 'ready')).toHaveCount(1);
  const a = page.frameLocator('#fig-a');
  await expect(marker(a)).toHaveAttribute('data-x', '1');

  const button = (name: string) => page.locator('section', { has: page.locator('#fig-a') }).getByRole('button', { name });
  await button('next step →').click();
  await expect(log(page, 'fig-a', 'statechange').last()).toContainText('story=binary-perceptron&step=1');
  await expect(marker(a)).toHaveAttribute('data-x', '1.245');
  await button('step 3').click();
  await expect(marker(a)).toHaveAttribute('data-x', '1.493');
  await button('getState').click();
  await expect(log(page, 'fig-a', 'callback')).toContainText('step=3');
  await button('next step →').click();
  await button('next step →').click();
  await expect(log(page, 'fig-a', 'exit-next')).toHaveCount(1);
  await expect(log(page, 'fig-a', 'exit-next')).toContainText('step=4');
  // setParams goes through the schema like URL input: 1.5 as given, 1e9 clamped to α's maximum
  await button('setParams α = 1.5').click();
  await expect(marker(a)).toHaveAttribute('data-x', '1.5');
  await expect(log(page, 'fig-a', 'statechange').last()).toContainText('alpha=1.5');
  await page.evaluate(() => (document.getElementById('fig-a') as HTMLIFrameElement).contentWindow!.postMessage({ namespace: 'learning-phases', method: 'setParams', args: [{ alpha: 1e9 }] }, '*'));
  await expect(log(page, 'fig-a', 'statechange').last()).toContainText('alpha=10');
  expect(errors).toEqual([]);
});

test('malformed and foreign messages change nothing and inject nothing', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('./deck-example.html');
  await expect(log(page, 'fig-a', 'ready')).toHaveCount(1);
  const a = page.frameLocator('#fig-a');
  await expect(marker(a)).toHaveAttribute('data-x', '1');
  const inner = page.frames().find((f) => f.url().includes('ch=glm'))!;
  const before = inner.url();
  await page.evaluate(() => {
    const w = (document.getElementById('fig-a') as HTMLIFrameElement).contentWindow!;
    const img = '<img src=x onerror="window.__pwned=1">';
    const bad: unknown[] = [
      null, 42, 'step', [], { method: 'step', args: ['next'] }, { namespace: 'other', method: 'step', args: ['next'] },
      { namespace: 'learning-phases' }, { namespace: 'learning-phases', method: 'nope' }, { namespace: 'learning-phases', method: 'step' },
      { namespace: 'learning-phases', method: 'step', args: 'next' }, { namespace: 'learning-phases', method: 'step', args: [-1] },
      { namespace: 'learning-phases', method: 'step', args: [1.5] }, { namespace: 'learning-phases', method: 'step', args: ['next', 'prev'] },
      { namespace: 'learning-phases', method: 'step', args: [img] }, { namespace: 'learning-phases', method: 'setParams', args: [] },
      { namespace: 'learning-phases', method: 'setParams', args: [[1, 2]] }, { namespace: 'learning-phases', method: 'setParams', args: [{ alpha: NaN }] },
      { namespace: 'learning-phases', method: 'setParams', args: [{ alpha: { toString: 1 } }] }, { namespace: 'learning-phases', method: 'setParams', args: [{ zzz: img }] },
      { namespace: 'learning-phases', method: 'getState', args: [1] }, { namespace: 'learning-phases', method: 'toString' }, { namespace: 'learning-phases', method: '__proto__' },
    ];
    for (const m of bad) w.postMessage(m, '*');
    // and one good message after them, to know they have all been handled
    w.postMessage({ namespace: 'learning-phases', method: 'getState' }, '*');
  });
  await expect(log(page, 'fig-a', 'callback')).toHaveCount(1);
  await expect(log(page, 'fig-a', 'statechange')).toHaveCount(0);
  expect(inner.url()).toBe(before);
  await expect(marker(a)).toHaveAttribute('data-x', '1');
  expect(await inner.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await inner.locator('img').count()).toBe(0);
  expect(errors).toEqual([]);
});

test('a click inside the frame, then ArrowRight: the key reaches the parent as a keydown event', async ({ page }) => {
  await page.goto('./');
  const src = new URL('./?v=1&ch=glm&embed=1&fig=curve&d=100&seeds=1', page.url()).href;
  await page.setContent(`<!doctype html><body style="margin:0"><iframe id="f" src="${src}" width="800" height="450" style="border:0"></iframe></body>`);
  await page.evaluate(() => {
    const w = window as unknown as { got: unknown[] };
    w.got = [];
    window.addEventListener('message', (e) => w.got.push(e.data));
  });
  const f = page.frameLocator('#f');
  await expect(f.locator('svg[data-figure="curve"] [data-marker="current"]')).toBeVisible();
  await f.locator('svg[data-figure="curve"]').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  await expect.poll(() => page.evaluate(() => (window as unknown as { got: { eventName: string; key?: string }[] }).got.filter((m) => m.eventName === 'keydown'))).toEqual([
    { namespace: 'learning-phases', eventName: 'keydown', key: 'ArrowRight' },
    { namespace: 'learning-phases', eventName: 'keydown', key: 'PageDown' },
  ]);
});

test('play and pause drive the page’s playback of the dynamics (src/compute/playback.ts): the SGD run along time', async ({ page }) => {
  await page.goto('./');
  // a long run (N = 1000 to α = 10⁴), so that it is still running when the deck pauses it
  const src = new URL('./?v=1&ch=sgd&embed=1&fig=curve&N=1000&seeds=1&simAlpha=10000', page.url()).href;
  await page.setContent(`<!doctype html><body style="margin:0"><iframe id="f" src="${src}" width="800" height="450" style="border:0"></iframe></body>`);
  const play = page.frameLocator('#f').locator('[data-sim-control="play"]');
  await expect(play).toHaveText('Play SGD');
  const send = (method: string) => page.evaluate((m) => (document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage({ namespace: 'learning-phases', method: m }, '*'), method);
  await send('play');
  await expect(play).toHaveText('Pause');
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  await send('pause');
  await expect(play).toHaveText('Play SGD');
  await expect(play).toHaveAttribute('aria-pressed', 'false');
});
