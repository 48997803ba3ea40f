import type { Paper } from './bibliography.ts';

/** The software itself, as CITATION.cff describes it (same title, version and commit as the page shows). */
export interface Software {
  title: string;
  version: string;
  commit: string;
  url?: string;
  year: number;
}

/** BibTeX-safe text: braces balanced, the special characters escaped (UTF-8 letters stay; biber reads them). */
function tex(s: string): string {
  return s.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1');
}

export function paperBibtex(p: Paper): string {
  const fields: [string, string | undefined][] = [
    ['author', p.authors.map(tex).join(' and ')],
    ['title', `{${tex(p.title)}}`],
    [p.type === 'article' ? 'journal' : 'booktitle', tex(p.venue)],
    ['year', String(p.year)],
    ['volume', p.volume],
    ['pages', p.pages],
    ['doi', p.doi],
    ['url', p.url],
    ['eprint', p.arxiv],
    ['archivePrefix', p.arxiv ? 'arXiv' : undefined],
  ];
  return `@${p.type}{${p.key},\n${fields
    .filter((f): f is [string, string] => f[1] !== undefined)
    .map(([k, v]) => `  ${k} = {${v}},`)
    .join('\n')}\n}`;
}

/** The software's title, as CITATION.cff gives it (the dialog and the front page cite it the same way). */
export const SOFTWARE = { title: 'Learning Phases: an interactive explorable of the statistical physics of learning' };

export function softwareBibtex(s: Software): string {
  return [
    `@software{learning_phases,`,
    `  title = {{${tex(s.title)}}},`,
    `  author = {{The Learning Phases authors}},`,
    `  version = {${tex(s.version)}},`,
    `  note = {commit ${tex(s.commit)}},`,
    ...(s.url ? [`  url = {${s.url}},`] : []),
    `  year = {${s.year}},`,
    `}`,
  ].join('\n');
}
