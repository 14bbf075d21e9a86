import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { toGexf } from './gexf.js';

describe('gexf', () => {
  it('writes nodes with viz data and scalar attributes, lists joined', () => {
    const graph = new Graph({ multi: true, type: 'directed' });
    graph.addNode('Program:冬奥会筹办', {
      label: '冬奥会筹办',
      kind: 'Program',
      aliases: ['冬奥会筹办举办', '冬奥'],
      x: 1,
      y: 2,
      size: 5,
      color: '#2680c2',
      nested: { no: true },
    });
    graph.addNode('Agency:国务院', { label: '国务院', kind: 'Agency', x: 0, y: 0 });
    graph.addDirectedEdgeWithKey('e', 'Agency:国务院', 'Program:冬奥会筹办', { kind: 'CARRIES_OUT' });
    const xml = toGexf(graph);
    expect(xml).toContain('<gexf');
    expect(xml).toContain('冬奥会筹办举办|冬奥');
    expect(xml).toContain('CARRIES_OUT');
    expect(xml).not.toContain('nested');
  });
});
