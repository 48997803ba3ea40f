import { expect, test, type Page } from '@playwright/test';
import { expectNoNaN, waitForCurve } from './helpers.ts';

/**
 * Worker faults, injected from the test only: `page.route` serves the built worker script with a prefix
 * (FAULT below) that makes ONE call of a chosen job misbehave, or answers 404. Nothing of this ships: the
 * app has no test hook or flag; the pool only sees a worker that stops answering, vanishes or will not load.
 *
 * - 'hang': the job reports its first progress, then loops forever (a job stuck in an endless loop);
 * - 'close': the worker closes itself when the job arrives (killed mid-job: no error event, no answer).
 * Only the first three workers get the prefix, and the first that meets the job tells the other two over a
 * BroadcastChannel: the replacement and the retry run clean.
 */
const WORKER = '**/assets/physics.worker-*.js';

// The offline service worker (src/offline/) would answer the worker script from its cache, out of page.route's
// reach: these journeys fetch it from the network.
test.use({ serviceWorkers: 'block' });

function fault(mode: 'hang' | 'close', job: string): string {
  return `{
  const channel = new BroadcastChannel('lp-test-fault');
  let armed = true, inJob = false;
  channel.onmessage = () => { armed = false; };
  const post = MessagePort.prototype.postMessage;
  // the job's progress goes out on its callback's MessagePort: after the first one, hang
  MessagePort.prototype.postMessage = function (...a) { post.apply(this, a); if (inJob && ${JSON.stringify(mode)} === 'hang') for (;;) {} };
  const add = self.addEventListener.bind(self);
  self.addEventListener = (type, fn, ...rest) => add(type, type !== 'message' ? fn : (ev) => {
    const d = ev.data;
    if (armed && d && d.type === 'APPLY' && d.path && d.path[0] === ${JSON.stringify(job)}) {
      armed = false;
      channel.postMessage('fired');
      if (${JSON.stringify(mode)} === 'close') { self.close(); return; }
      inJob = true;
    }
    return fn(ev);
  }, ...rest);
}
`;
}

/** Three workers whatever the machine (the pool takes min(cores − 1, 4)): the other figures have workers of their own. */
async function threeWorkers(page: Page) {
  await page.addInitScript(() => Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => 4 }));
}

async function serveWorker(page: Page, mode: 'hang' | 'close' | '404', job = 'glmLearningCurve'): Promise<{ requests: number }> {
  const count = { requests: 0 };
  await page.route(WORKER, async (route) => {
    count.requests++;
    if (mode === '404') return route.fulfill({ status: 404, body: 'gone after a redeploy' });
    const res = await route.fetch();
    await route.fulfill({ response: res, body: (count.requests <= 3 ? fault(mode, job) : '') + (await res.text()) });
  });
  return count;
}

const frame = (page: Page, fig: string) => page.locator(`[data-figure-frame="${fig}"]`);

/** the glm figures other than the learning curve have drawn data */
async function othersDrawn(page: Page) {
  for (const fig of ['amp', 'landscape', 'phase']) {
    await expect(page.locator(`svg[data-figure="${fig}"] path[d^="M"]`).first()).toBeAttached();
  }
}

for (const mode of ['hang', 'close'] as const) {
  test(`a worker that ${mode === 'hang' ? 'hangs mid-job' : 'is killed mid-job'}: the figure shows an error with Retry, the others go on, Retry recovers`, async ({ page }) => {
    test.setTimeout(120_000);
    await threeWorkers(page);
    const served = await serveWorker(page, mode);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    const t0 = Date.now();
    await page.goto('./?ch=glm');
    // the learning curve's budget is 20 s of silence (src/compute/budget.ts): detected within 2 s after it
    const error = frame(page, 'curve').locator('[data-figure-error]');
    await expect(error).toContainText(/no sign of life from the worker for 20 s/, { timeout: 40_000 });
    const detectedAfter = (Date.now() - t0) / 1000;
    test.info().annotations.push({ type: 'detected after (s)', description: detectedAfter.toFixed(1) });
    await expect(frame(page, 'curve').getByRole('progressbar')).toHaveCount(0);
    await othersDrawn(page);
    expect(served.requests).toBe(4); // three workers, one replacement
    await frame(page, 'curve').getByRole('button', { name: /^Retry/ }).click();
    await expect(error).toHaveCount(0);
    await waitForCurve(page);
    await expectNoNaN(page);
    expect(pageErrors).toEqual([]);
  });
}

test('a worker script that will not load: respawns back off and stop after 5 with one message; Try again recovers', async ({ page }) => {
  await threeWorkers(page);
  const served = await serveWorker(page, '404');
  await page.goto('./?ch=glm');
  const stopped = page.locator('[data-pool-stopped]');
  await expect(stopped).toHaveCount(1);
  await expect(stopped).toContainText(/failed to start 5 times in a row/);
  const requests = served.requests;
  expect(requests).toBeLessThanOrEqual(5);
  await page.waitForTimeout(3000);
  expect(served.requests).toBe(requests); // no storm
  // one message, not one per figure or attempt
  await expect(page.locator('[data-figure-error]')).toHaveCount(0);
  await page.unroute(WORKER);
  await stopped.getByRole('button', { name: 'Try again' }).click();
  await expect(stopped).toHaveCount(0);
  await waitForCurve(page);
  await othersDrawn(page);
});
