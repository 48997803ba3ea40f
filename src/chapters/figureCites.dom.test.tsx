/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { chapters, loadChapterUi } from './registry.ts';
import { declaredFigures } from '../view/defineFigure.tsx';
import { BIBLIOGRAPHY } from '../cite/bibliography.ts';

// Issue #14, 3: each figure's "Cite" lists the papers it rests on. A figure names them by BibTeX key
// (defineFigure's `cites`) from its model's bibliography; one that names none cites all of its model's.
// The four first chapters name theirs figure by figure.
const NAMED = ['glm', 'committee', 'sgd', 'landscapes'];

describe("every figure's papers", () => {
  for (const c of chapters)
    it(`${c.id}: the keys name papers of the ${c.id} bibliography`, async () => {
      await loadChapterUi(c.id);
      const keys = new Set((BIBLIOGRAPHY[c.id] ?? []).map((p) => p.key));
      for (const f of c.figures) {
        const cites = declaredFigures.get(`${c.id}/${f.id}`)?.cites;
        if (NAMED.includes(c.id)) expect(cites?.length, `${c.id}/${f.id} names its papers`).toBeGreaterThan(0);
        for (const k of cites ?? []) expect(keys.has(k), `${c.id}/${f.id}: ${k}`).toBe(true);
      }
    });
});
