import type { Page } from '@playwright/test';

/**
 * What the figure journeys read off a page: the text boxes of every chart (for the label-overlap check)
 * and the settled state of its figures.
 */

/** Wait until no figure is computing (at most `ms`: a figure still running is measured as it stands). */
export async function settle(page: Page, ms: number): Promise<void> {
  await page.waitForSelector('svg[data-figure]');
  await page.waitForFunction(() => !document.querySelector('[data-figure-frame][aria-busy="true"]'), null, { timeout: ms }).catch(() => {});
  // time for the last result to draw
  await page.waitForTimeout(150);
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

/**
 * What each figure of the page names but does not draw (issue #12 item 1), as messages: a legend entry with
 * no visible mark (a series without a drawn path or point, or whose every point is covered by something
 * else; a threshold, phase, region or marker moved into the legend that is not in the plot), and a threshold
 * or series named in the caption (`data-caption-threshold`, `data-caption-series`: Swatch.tsx) that the
 * figure's charts do not draw.
 */
export function undrawnNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const esc = (s: string) => CSS.escape(s);
    // a point counts as visible when, with the pointer overlay out of the way, the point itself is the topmost
    // element at its centre or at one of four spots around it (an axis line may cross a point on the axis)
    for (const a of Array.from(document.querySelectorAll<SVGElement>('[data-hover-area]'))) a.style.pointerEvents = 'none';
    const drawnSeries = (svg: Element, id: string): boolean => {
      // a line is drawn when it has a segment or a lone point (a dot: marks/Line.tsx) — lines may coincide,
      // as curves that agree do; a point series must show at least one point not covered by another mark
      const path = svg.querySelector(`path[data-series-id="${esc(id)}"]`);
      if (path && /^M[-\d.e]+,[-\d.e]+L/.test(path.getAttribute('d') ?? '')) return true;
      if (svg.querySelector(`g[data-series-dots="${esc(id)}"] circle`)) return true;
      const circles = Array.from(svg.querySelectorAll(`g[data-series-id="${esc(id)}"] circle`));
      return circles.some((c) => {
        c.scrollIntoView({ block: 'center' });
        const r = c.getBoundingClientRect();
        const [cx, cy, q] = [r.left + r.width / 2, r.top + r.height / 2, r.width / 4];
        return [[0, 0], [q, 0], [-q, 0], [0, q], [0, -q]].some(([dx, dy]) => document.elementFromPoint(cx + dx, cy + dy) === c);
      });
    };
    for (const frame of Array.from(document.querySelectorAll('[data-figure-frame]'))) {
      const fig = frame.getAttribute('data-figure-frame');
      const svgs = Array.from(frame.querySelectorAll('svg[data-figure]'));
      for (const svg of svgs) {
        for (const e of Array.from(svg.querySelectorAll('[data-legend]'))) {
          const id = e.getAttribute('data-legend')!;
          const of = e.getAttribute('data-legend-for');
          const ok =
            of === 'series'
              ? drawnSeries(svg, id)
              : of === 'threshold'
                ? !!svg.querySelector(`[data-threshold="${esc(id)}"] line`)
                : of === 'polygon'
                  ? !!svg.querySelector(`[data-polygon="${esc(id)}"] path`)
                  : of === 'region'
                    ? !!svg.querySelector(`[data-region="${esc(id)}"] rect`)
                    : !!svg.querySelector(`[data-marker="${esc(id)}"] circle`);
          if (!ok) out.push(`${fig}: legend "${e.textContent}" (${of}) has no visible mark`);
        }
      }
      const caption = frame.querySelector('figcaption');
      if (!caption) continue;
      for (const t of Array.from(caption.querySelectorAll('[data-caption-threshold]'))) {
        const label = t.getAttribute('data-caption-threshold')!;
        if (!svgs.some((svg) => svg.querySelector(`[data-threshold="${esc(label)}"] line`))) out.push(`${fig}: caption names threshold ${label}, not drawn`);
      }
      for (const s of Array.from(caption.querySelectorAll('[data-caption-series]'))) {
        const id = s.getAttribute('data-caption-series')!;
        if (!svgs.some((svg) => drawnSeries(svg, id))) out.push(`${fig}: caption shows the swatch of series ${id}, not drawn`);
      }
    }
    for (const a of Array.from(document.querySelectorAll<SVGElement>('[data-hover-area]'))) a.style.pointerEvents = '';
    return out;
  });
}
