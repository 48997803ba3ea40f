import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Test helper (jsdom): stored SVG snapshots, one standalone `.svg` file per mark and per chart in
 * `__snapshots__/`, so a change is reviewed by opening two pictures, not by reading a string diff.
 *
 * - match: passes (and removes a stale `<name>-changed.svg`);
 * - mismatch: writes `<name>-changed.svg` beside the stored file and fails;
 * - stored file missing: writes it and fails, so CI never passes on a snapshot nobody looked at;
 * - `UPDATE_SVG=1`: writes (or rewrites) the stored file and passes.
 *
 * Serialisation: one element a line, indented, text elements inline (whitespace inside <text> would render);
 * geometry rounded to 3 decimals (invisible, and robust to refactors that only reorder float arithmetic),
 * data-* attributes exact (tests read values from them).
 */
// import.meta.dirname, not new URL(…, import.meta.url): under jsdom the global URL is jsdom's, which node:url rejects
const DIR = `${import.meta.dirname}/__snapshots__/`;

export function expectSvgSnapshot(name: string, svg: Element): void {
  const text = serializeSvg(svg);
  const stored = `${DIR}${name}.svg`;
  const changed = `${DIR}${name}-changed.svg`;
  const old = existsSync(stored) ? readFileSync(stored, 'utf8') : null;
  if (old === text) {
    rmSync(changed, { force: true });
    return;
  }
  if (process.env.UPDATE_SVG === '1') {
    writeFileSync(stored, text);
    rmSync(changed, { force: true });
    return;
  }
  if (old === null) {
    writeFileSync(stored, text);
    throw new Error(`${name}.svg was missing and has been written: look at it, commit it (or run with UPDATE_SVG=1)`);
  }
  writeFileSync(changed, text);
  throw new Error(`${name}.svg differs from the rendering, written to ${name}-changed.svg beside it: compare the two; UPDATE_SVG=1 accepts`);
}

export function serializeSvg(el: Element, depth = 0): string {
  const pad = '  '.repeat(depth);
  const hasText = Array.from(el.childNodes).some((n) => n.nodeType === n.TEXT_NODE);
  if (hasText) return `${pad}${inline(el)}\n`;
  if (!el.children.length) return `${pad}<${tag(el)}/>\n`;
  return `${pad}<${tag(el)}>\n${Array.from(el.children, (c) => serializeSvg(c, depth + 1)).join('')}${pad}</${el.localName}>\n`;
}

function inline(el: Element): string {
  const body = Array.from(el.childNodes, (n) => (n.nodeType === n.TEXT_NODE ? escape(n.textContent ?? '') : n.nodeType === n.ELEMENT_NODE ? inline(n as Element) : '')).join('');
  return `<${tag(el)}>${body}</${el.localName}>`;
}

function tag(el: Element): string {
  const attrs = Array.from(el.attributes, (a) => ` ${a.name}="${escape(a.name.startsWith('data-') ? a.value : round(a.value))}"`);
  return el.localName + attrs.join('');
}

function round(value: string): string {
  return value.replace(/-?\d+\.\d{4,}/g, (m) => String(Number(Number(m).toFixed(3))));
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
