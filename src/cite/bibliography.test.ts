import { describe, expect, it } from 'vitest';
import { BIBLIOGRAPHY } from './bibliography.ts';
import { paperBibtex, softwareBibtex } from './bibtex.ts';
import { models } from '../../workers/physics/models.ts';

describe('bibliography', () => {
  it('has papers for every registered model and the three chapters being added (erm, hmm, spiked)', () => {
    for (const id of [...models.map((m) => m.id), 'erm', 'hmm', 'spiked']) expect(BIBLIOGRAPHY[id]?.length, id).toBeGreaterThan(0);
  });
  it('gives well-formed identifiers and BibTeX with balanced braces', () => {
    for (const p of Object.values(BIBLIOGRAPHY).flat()) {
      if (p.arxiv) expect(p.arxiv).toMatch(/^\d{4}\.\d{4,5}$/);
      if (p.doi) expect(p.doi).toMatch(/^10\.\d{4,9}\/\S+$/);
      const b = paperBibtex(p);
      expect(b.split('{').length).toBe(b.split('}').length);
      expect(b).toMatch(new RegExp(`^@(article|inproceedings)\\{${p.key},`));
    }
    const s = softwareBibtex({ title: 'Learning Phases', version: '0.1.0', commit: 'abc1234', year: 2026 });
    expect(s).toContain('version = {0.1.0}');
    expect(s.split('{').length).toBe(s.split('}').length);
  });
});
