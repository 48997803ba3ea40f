import type { Page } from '@playwright/test';

/**
 * What the figure journeys read off a page: the text boxes of every chart (for the label-overlap check)
 * and the settled state of its figures.
 */

/** Wait until no figure is computing (at most `ms`: a figure still running is measured as it stands). */
export async function settle(page: Page, ms: number): Promise<void> {
  await page.waitForSelector('svg[data-figure]');
  await page.waitForFunction(() => !document.querySelector('[data-figure-frame][aria-busy="true"]'), null, { timeout: ms }).catch(() => {});
  // one frame for the last result to draw
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
}

export interface Overlap {
  figure: string;
  a: string;
  b: string;
}

/**
 * Pairs of text elements that overlap in each chart of the page (boxes as Chromium lays them out, shrunk by
 * `slack` px each side so that glyph boxes merely touching do not count). Only visible, non-empty texts.
 */
export function textOverlaps(page: Page, slack = 0.5): Promise<Overlap[]> {
  return page.evaluate((slack) => {
    const out: { figure: string; a: string; b: string }[] = [];
    for (const svg of Array.from(document.querySelectorAll('svg[data-figure]'))) {
      const figure = svg.getAttribute('data-figure') ?? '?';
      const texts = Array.from(svg.querySelectorAll('text'))
        .filter((t) => (t.textContent ?? '').trim() !== '' && getComputedStyle(t).visibility !== 'hidden')
        .map((t) => ({ t: (t.textContent ?? '').trim(), r: t.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0);
      for (let i = 0; i < texts.length; i++)
        for (let j = i + 1; j < texts.length; j++) {
          const a = texts[i].r;
          const b = texts[j].r;
          if (a.left + slack < b.right - slack && b.left + slack < a.right - slack && a.top + slack < b.bottom - slack && b.top + slack < a.bottom - slack)
            out.push({ figure, a: texts[i].t, b: texts[j].t });
        }
    }
    return out;
  }, slack);
}
