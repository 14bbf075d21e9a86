// Positions for a view graph computed ahead of drawing (ForceAtlas2 from graphology's standard
// library, seeded by a circle), so the page opens on a laid-out graph at any size.

import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ViewGraph } from './types.js';

/** A graph reduced to what the layout needs: a node count and edges as pairs of node indexes. */
export interface LayoutInput {
  count: number;
  /** source0, target0, source1, target1, …: indexes into the node list. */
  edges: Int32Array;
  iterations?: number | undefined;
}

/** The layout input of a view graph; edges whose ends are not in the graph are left out. */
export function layoutInput(view: ViewGraph, options: { iterations?: number } = {}): LayoutInput {
  const index = new Map(view.nodes.map((node, i) => [node.key, i]));
  const pairs: number[] = [];
  for (const edge of view.edges) {
    const source = index.get(edge.source);
    const target = index.get(edge.target);
    if (source !== undefined && target !== undefined) pairs.push(source, target);
  }
  return { count: view.nodes.length, edges: Int32Array.from(pairs), iterations: options.iterations };
}

/** x0, y0, x1, y1, … of every node. Iterations shrink as the graph grows. Deterministic. */
export function computePositions(input: LayoutInput): Float64Array {
  const { count, edges } = input;
  const graph = new Graph({ multi: true, type: 'directed' });
  for (let i = 0; i < count; i++) {
    const angle = (2 * Math.PI * i) / Math.max(1, count);
    const radius = 10 + (i % 7);
    graph.addNode(i, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  }
  for (let e = 0; e + 1 < edges.length; e += 2) graph.addEdge(edges[e], edges[e + 1]);
  const iterations = input.iterations ?? (count > 20_000 ? 20 : count > 5000 ? 60 : 200);
  if (count > 1) {
    const settings = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, { iterations, settings: { ...settings, barnesHutOptimize: count > 2000 } });
  }
  const positions = new Float64Array(count * 2);
  for (let i = 0; i < count; i++) {
    positions[2 * i] = graph.getNodeAttribute(i, 'x') as number;
    positions[2 * i + 1] = graph.getNodeAttribute(i, 'y') as number;
  }
  return positions;
}

/** The view graph with the positions of computePositions (same order) as x and y. */
export function withPositions(view: ViewGraph, positions: Float64Array): ViewGraph {
  return {
    nodes: view.nodes.map((node, i) => ({ ...node, x: positions[2 * i] ?? 0, y: positions[2 * i + 1] ?? 0 })),
    edges: view.edges,
  };
}

/** Adds x and y to every node, on the calling thread. Iterations shrink as the graph grows. */
export function computeLayout(view: ViewGraph, options: { iterations?: number } = {}): ViewGraph {
  return withPositions(view, computePositions(layoutInput(view, options)));
}
