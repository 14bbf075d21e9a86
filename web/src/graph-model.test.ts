import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { ViewGraph } from '../../graph/types.js';
import {
  computeMetrics,
  countKinds,
  edgeKey,
  findByName,
  follow,
  mergeContents,
  replaceContents,
} from './graph-model.js';
import { agencyFocus, programFocus, rankedEntities, regulationFocus } from './views/focus.js';

const reference: ViewGraph = {
  nodes: [
    {
      key: 'Agency:延庆区人民政府',
      kind: 'Agency',
      label: '延庆区人民政府',
      name: '延庆区人民政府',
      aliases: ['区政府'],
      x: 0,
      y: 0,
    },
    { key: 'Agency:国务院', kind: 'Agency', label: '国务院', name: '国务院', x: 1, y: 0 },
    { key: 'Program:冬奥会筹办', kind: 'Program', label: '冬奥会筹办', name: '冬奥会筹办', x: 0, y: 1 },
    {
      key: 'Measure:d:615',
      kind: 'Measure',
      label: '审查冬奥赛事合同224份',
      text: '审查冬奥赛事合同224份',
      x: 1,
      y: 1,
    },
    { key: 'Metric:d:630', kind: 'Metric', label: '224份', x: 2, y: 1 },
    { key: 'Regulation:纲要', kind: 'Regulation', label: '纲要', name: '纲要', x: 2, y: 2 },
    { key: 'Section:d:3', kind: 'Section', label: '(二)', x: 3, y: 2 },
  ],
  edges: [
    { key: 'e1', source: 'Agency:延庆区人民政府', target: 'Measure:d:615', kind: 'CARRIES_OUT' },
    { key: 'e2', source: 'Measure:d:615', target: 'Program:冬奥会筹办', kind: 'PART_OF' },
    { key: 'e3', source: 'Measure:d:615', target: 'Metric:d:630', kind: 'HAS_METRIC' },
    { key: 'e4', source: 'Measure:d:615', target: 'Regulation:纲要', kind: 'CITES' },
    { key: 'e5', source: 'Regulation:纲要', target: 'Agency:国务院', kind: 'ISSUED_BY' },
    { key: 'e6', source: 'Measure:d:615', target: 'Section:d:3', kind: 'PART_OF' },
    { key: 'dangling', source: 'Measure:d:615', target: 'Program:missing', kind: 'PART_OF' },
  ],
};

const fresh = () => {
  const graph = new Graph({ multi: true, type: 'directed' });
  replaceContents(graph, reference);
  return graph;
};

describe('graph model', () => {
  it('replaces the contents, keyed by relationship, without dangling edges', () => {
    const graph = fresh();
    expect(graph.order).toBe(7);
    expect(graph.size).toBe(6);
    expect(graph.hasEdge(edgeKey({ kind: 'PART_OF', source: 'Measure:d:615', target: 'Program:冬奥会筹办' }))).toBe(
      true,
    );
    expect(countKinds(graph).get('Agency')).toBe(2);
  });

  it('lays out a graph that came without positions, keeping known ones', () => {
    const graph = new Graph({ multi: true, type: 'directed' });
    const bare = { nodes: reference.nodes.map(({ x, y, ...n }) => n), edges: reference.edges };
    replaceContents(graph, bare, new Map([['Agency:国务院', { x: 42, y: 7 }]]));
    expect(graph.getNodeAttributes('Agency:国务院')).toMatchObject({ x: 42, y: 7 });
    graph.forEachNode((_, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));

    const laidOut = new Graph({ multi: true, type: 'directed' });
    replaceContents(laidOut, bare);
    laidOut.forEachNode((_, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
  });

  it('merges new neighbours around the anchor and leaves existing nodes in place', () => {
    const graph = fresh();
    const added = mergeContents(
      graph,
      {
        nodes: [
          { key: 'Program:冬奥会筹办', kind: 'Program', label: '冬奥会筹办' },
          { key: 'Measure:d:643', kind: 'Measure', label: '法治冬奥' },
        ],
        edges: [{ key: 'x', source: 'Measure:d:643', target: 'Program:冬奥会筹办', kind: 'PART_OF' }],
      },
      'Program:冬奥会筹办',
    );
    expect(added).toEqual(['Measure:d:643']);
    expect(graph.getNodeAttributes('Program:冬奥会筹办')).toMatchObject({ x: 0, y: 1 });
    expect(Number.isFinite(graph.getNodeAttribute('Measure:d:643', 'x'))).toBe(true);
    expect(graph.size).toBe(7);
    expect(mergeContents(graph, reference)).toEqual([]);
  });

  it('computes degree and PageRank sizes and Louvain communities for every node', () => {
    const graph = fresh();
    const metrics = computeMetrics(graph);
    expect(metrics.degreeSize.size).toBe(7);
    expect(metrics.pagerankSize.size).toBe(7);
    expect(metrics.community.size).toBe(7);
    expect(metrics.communities).toBeGreaterThan(0);
    expect(metrics.degreeSize.get('Measure:d:615')).toBeGreaterThan(metrics.degreeSize.get('Metric:d:630') ?? 0);
    expect(computeMetrics(new Graph()).communities).toBe(0);
  });

  it('follows relationships and finds entities by name or alias', () => {
    const graph = fresh();
    expect(follow(graph, ['Program:冬奥会筹办'], 'PART_OF', 'in', 'Measure')).toEqual(['Measure:d:615']);
    expect(findByName(graph, 'Agency', '区政府')).toBe('Agency:延庆区人民政府');
    expect(findByName(graph, 'Measure', '审查冬奥赛事合同224份')).toBe('Measure:d:615');
    expect(findByName(graph, 'Program', '不存在')).toBeNull();
  });

  it('gives each use case its subgraph', () => {
    const graph = fresh();
    expect(agencyFocus(graph, '延庆区人民政府').nodes.sort()).toEqual(
      ['Agency:延庆区人民政府', 'Measure:d:615', 'Program:冬奥会筹办'].sort(),
    );
    expect(programFocus(graph, '冬奥会筹办').nodes).toContain('Metric:d:630');
    expect(regulationFocus(graph, '纲要').nodes.sort()).toEqual(
      ['Agency:国务院', 'Measure:d:615', 'Regulation:纲要', 'Section:d:3'].sort(),
    );
    expect(rankedEntities(graph, 'Agency', 'CARRIES_OUT')[0]).toMatchObject({ name: '延庆区人民政府', count: 1 });
  });
});
