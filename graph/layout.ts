// Positions for a view graph computed ahead of drawing (ForceAtlas2 from graphology's standard
// library, seeded by a circle), so the page opens on a laid-out graph at any size.

import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ViewGraph } from './types.js';

/** Adds x and y to every node. Iterations shrink as the graph grows. Deterministic. */
export function computeLayout(view: ViewGraph, options: { iterations?: number } = {}): ViewGraph {
  const graph = new Graph({ multi: true, type: 'directed' });
  const count = view.nodes.length;
  view.nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, count);
    const radius = 10 + (i % 7);
    graph.addNode(node.key, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  for (const edge of view.edges) {
    if (graph.hasNode(edge.source) && graph.hasNode(edge.target)) graph.addEdge(edge.source, edge.target);
  }
  const iterations = options.iterations ?? (count > 20_000 ? 20 : count > 5000 ? 60 : 200);
  if (count > 1) {
    const settings = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, { iterations, settings: { ...settings, barnesHutOptimize: count > 2000 } });
  }
  return {
    nodes: view.nodes.map((node) => ({
      ...node,
      x: graph.getNodeAttribute(node.key, 'x') as number,
      y: graph.getNodeAttribute(node.key, 'y') as number,
    })),
    edges: view.edges,
  };
}
