import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph } from './importGraph.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('import graph', () => {
  const graph = importGraph(root);
  it('reads the whole tree', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('workers/api.ts')).toContain('workers/physics/models.ts');
  });
  it('finds a cycle when there is one', () => {
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
  });
  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });
});
