import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { agencyFocus, carriedOut, rankedEntities } from './focus.js';

/** The author carries out three measures by default, the bureau one as the text says. */
function graph(): Graph {
  const g = new Graph({ multi: true, type: 'directed' });
  g.addNode('Agency:author', { kind: 'Agency', name: '区政府' });
  g.addNode('Agency:bureau', { kind: 'Agency', name: '区司法局' });
  g.addNode('Program:p', { kind: 'Program', name: '法治建设年' });
  for (const m of ['m1', 'm2', 'm3', 'm4']) {
    g.addNode(`Measure:${m}`, { kind: 'Measure', name: m });
    g.addDirectedEdge(`Measure:${m}`, 'Program:p', { kind: 'PART_OF' });
  }
  for (const m of ['m1', 'm2', 'm3'])
    g.addDirectedEdge('Agency:author', `Measure:${m}`, { kind: 'CARRIES_OUT', default: true });
  g.addDirectedEdge('Agency:bureau', 'Measure:m4', { kind: 'CARRIES_OUT' });
  return g;
}

describe('stated doers', () => {
  it("leaves the author's default measures aside unless asked", () => {
    const g = graph();
    expect(carriedOut(g, 'Agency:author')).toEqual([]);
    expect(carriedOut(g, 'Agency:author', true)).toHaveLength(3);
    expect(rankedEntities(g, 'Agency', 'CARRIES_OUT').map((e) => [e.name, e.count])).toEqual([
      ['区司法局', 1],
      ['区政府', 0],
    ]);
    expect(rankedEntities(g, 'Agency', 'CARRIES_OUT', true)[0]?.name).toBe('区政府');
    expect(agencyFocus(g, '区政府').nodes).toEqual(['Agency:author']);
    expect(agencyFocus(g, '区政府', true).nodes).toContain('Program:p');
  });

  it('counts the weights of the overview, which holds no measures', () => {
    const g = new Graph({ multi: true, type: 'directed' });
    g.addNode('Agency:a', { kind: 'Agency', label: '区司法局' });
    g.addNode('Agency:b', { kind: 'Agency', label: '区教育局' });
    g.addNode('Program:p', { kind: 'Program', label: '法治建设年' });
    g.addDirectedEdge('Agency:a', 'Program:p', { kind: 'DRIVES', weight: 3 });
    g.addDirectedEdge('Agency:b', 'Program:p', { kind: 'DRIVES', weight: 1 });
    expect(rankedEntities(g, 'Agency', 'CARRIES_OUT').map((e) => [e.name, e.count])).toEqual([
      ['区司法局', 3],
      ['区教育局', 1],
    ]);
    expect(rankedEntities(g, 'Program', 'PART_OF')[0]?.count).toBe(4);
    expect(agencyFocus(g, '区司法局').nodes).toEqual(['Agency:a', 'Program:p']);
  });
});
