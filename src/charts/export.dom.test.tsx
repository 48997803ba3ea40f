/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { chartMarks, csvText, exportFileName } from './exportFile.ts';
import { seriesCsv } from './exportFigure.ts';
import { exportSvg } from './exportSvg.ts';
import { DARK, LIGHT } from './theme.ts';

const a = { id: 'bayes', label: 'Bayes', x: [1, 2, 3], y: [0.5, 0.25, NaN] };
const b = { id: 'gamp', label: 'GAMP', x: [2, 4], y: [0.3, 0.1], lo: [0.2, 0.05], hi: [0.4, 0.15] };
const meta = { title: 'GLM / perceptron: Learning curve', version: '0.1.0 (commit abc)', url: 'https://x/?v=1&ch=glm&alpha=2', params: [['alpha', '2'], ['prior', 'binary']] as const };

describe('CSV export', () => {
  it('long layout: a row per plotted point, bands as lo/hi, NaN empty', () => {
    expect(csvText(seriesCsv([a, b], 'alpha', 'eg'))).toBe('series,alpha,eg,lo,hi\nbayes,1,0.5,,\nbayes,2,0.25,,\nbayes,3,,,\ngamp,2,0.3,0.2,0.4\ngamp,4,0.1,0.05,0.15\n');
  });
  it('wide layout: one shared x column (the union of the series x), a column per series and band', () => {
    expect(csvText(seriesCsv([a, b], 'alpha', 'eg'), 'wide')).toBe(
      'alpha,bayes,gamp,gamp_lo,gamp_hi\n1,0.5,,,\n2,0.25,0.3,0.2,0.4\n3,,,,\n4,,0.1,0.05,0.15\n',
    );
  });
  it('header: title, version, URL, every parameter, notes (a floor) and marks, each line behind #', () => {
    const text = csvText(seriesCsv([a], 'alpha', 'eg', ['ε_g is clipped at 1e-12 (log axis)']), 'long', {
      ...meta,
      marks: [{ kind: 'threshold', label: 'α_IT, "binary"', x: 1.4934 }, { kind: 'marker', label: 'you', x: 2, y: 0.25 }],
    });
    const lines = text.split('\n');
    expect(lines.slice(0, 9)).toEqual([
      '# GLM / perceptron: Learning curve',
      '# Learning Phases 0.1.0 (commit abc)',
      '# url: https://x/?v=1&ch=glm&alpha=2',
      '# parameters: alpha=2; prior=binary',
      '# note: ε_g is clipped at 1e-12 (log axis)',
      '# marks: kind,label,x,y',
      '# threshold,"α_IT, ""binary""",1.4934,',
      '# marker,you,2,0.25',
      'series,alpha,eg',
    ]);
  });
  it('a finished table (a histogram) passes through under the header', () => {
    expect(csvText('eigenvalue\n1\n', 'wide', meta).endsWith('# parameters: alpha=2; prior=binary\neigenvalue\n1\n')).toBe(true);
  });
});

describe('file names', () => {
  it('carry chapter, figure and the changed parameters, sanitised and bounded', () => {
    expect(exportFileName('glm', 'curve', [['prior', 'binary'], ['alpha', '1.4']], 'svg')).toBe('learning-phases_glm_curve_prior-binary_alpha-1.4.svg');
    expect(exportFileName('sgd', 'curve', [], 'csv')).toBe('learning-phases_sgd_curve.csv');
    expect(exportFileName('x', 'y', [['k', 'a b/c<d>']], 'png')).toBe('learning-phases_x_y_k-a-b-c-d.png');
    const many = Array.from({ length: 40 }, (_, i) => [`key${i}`, 'value'] as const);
    expect(exportFileName('glm', 'curve', many, 'csv').length).toBeLessThanOrEqual(124);
  });
});

function chart(pal: typeof LIGHT): SVGSVGElement {
  document.body.innerHTML = `<svg width="300" height="200" viewBox="0 0 300 200"><title>t</title><rect width="300" height="200" fill="${pal.background}"></rect><g data-threshold="α_IT" data-x="1.49"><line stroke="${pal.series[1]}"></line></g><g data-marker="current" data-x="2" data-y="0.3"></g><text fill="${pal.text}">α</text><rect data-hover-area=""></rect></svg>`;
  return document.querySelector('svg')!;
}

describe('SVG export', () => {
  it('drops hover areas; as shown keeps the page colours and size', () => {
    const { markup, height } = exportSvg(chart(DARK), { background: 'shown' });
    expect(markup).not.toContain('data-hover-area');
    expect(markup).toContain(`fill="${DARK.background}"`);
    expect(height).toBe(200);
  });
  it('light: a dark-mode chart is recoloured to the light palette, role by role', () => {
    const { markup } = exportSvg(chart(DARK), { background: 'light' });
    expect(markup).toContain(`fill="${LIGHT.background}"`);
    expect(markup).toContain(`stroke="${LIGHT.series[1]}"`);
    expect(markup).toContain(`fill="${LIGHT.text}"`);
    expect(markup).not.toContain(DARK.background);
  });
  it('transparent: no background rectangle', () => {
    expect(exportSvg(chart(LIGHT), { background: 'transparent' }).markup).not.toContain(`fill="${LIGHT.background}"`);
  });
  it('heading: title and parameter lines above the chart, which moves down; the page chart is untouched', () => {
    const svg = chart(LIGHT);
    const { markup, height } = exportSvg(svg, { heading: { title: 'GLM: Learning curve', lines: ['alpha = 2, prior = binary'] } });
    expect(height).toBeGreaterThan(200);
    expect(markup).toContain('GLM: Learning curve');
    expect(markup).toContain('alpha = 2, prior = binary');
    expect(markup).toMatch(/<g transform="translate\(0,\d+\)">/);
    expect(markup).toContain(`viewBox="0 0 300 ${height}"`);
    expect(svg.getAttribute('height')).toBe('200');
  });
  it('the marks a chart draws are read back for the CSV', () => {
    expect(chartMarks(chart(LIGHT))).toEqual([
      { kind: 'threshold', label: 'α_IT', x: 1.49 },
      { kind: 'marker', label: 'current', x: 2, y: 0.3 },
    ]);
  });
});
