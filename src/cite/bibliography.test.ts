import { describe, expect, it } from 'vitest';
import { BIBLIOGRAPHY, figurePapers } from './bibliography.ts';
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
      if (p.url) expect(p.url).toMatch(/^https:\/\/(papers\.nips\.cc|papers\.neurips\.cc|proceedings\.neurips\.cc|proceedings\.mlr\.press)\/\S+$/);
      const b = paperBibtex(p);
      expect(b.split('{').length).toBe(b.split('}').length);
      expect(b).toMatch(new RegExp(`^@(article|inproceedings)\\{${p.key},`));
    }
    const s = softwareBibtex({ title: 'Learning Phases', version: '0.1.0', commit: 'abc1234', year: 2026 });
    expect(s).toContain('version = {0.1.0}');
    expect(s.split('{').length).toBe(s.split('}').length);
  });
  // Issue #14, 3: "BibTeX for every paper the figure rests on (with arXiv id and DOI)". A conference paper
  // without a DOI gives its proceedings page instead; an identifier not yet found is named in `pending`
  // (what is missing, what was verified) — never left out silently, never guessed.
  it('gives every paper an arXiv id and a DOI or a proceedings URL, or says which is pending and why', () => {
    for (const p of Object.values(BIBLIOGRAPHY).flat()) {
      if (p.pending !== undefined) expect(p.pending.length, p.key).toBeGreaterThan(30);
      if (!p.arxiv) expect(p.pending, `${p.key}: arXiv id`).toMatch(/arXiv/);
      if (!p.doi && !p.url) expect(p.pending, `${p.key}: DOI or proceedings URL`).toMatch(/DOI|URL/);
      // a paper with both identifiers has nothing pending
      if (p.arxiv && (p.doi || p.url)) expect(p.pending, p.key).toBeUndefined();
    }
  });
  it('writes the DOI and the proceedings URL into the BibTeX', () => {
    const all = Object.values(BIBLIOGRAPHY).flat();
    const withDoi = all.find((p) => p.doi)!;
    const withUrl = all.find((p) => p.url)!;
    expect(paperBibtex(withDoi)).toContain(`doi = {${withDoi.doi}},`);
    expect(paperBibtex(withUrl)).toContain(`url = {${withUrl.url}},`);
  });
  it('lists the papers a figure cites, in its order, from its model only', () => {
    expect(figurePapers('glm', ['rangan2011generalized', 'barbier2019optimal']).map((p) => p.key)).toEqual(['rangan2011generalized', 'barbier2019optimal']);
    expect(figurePapers('glm').length).toBe(BIBLIOGRAPHY.glm.length);
    expect(figurePapers('committee', ['barbier2019optimal'])).toEqual([]);
  });
});
