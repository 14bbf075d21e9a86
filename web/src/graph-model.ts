// Writes API graphs into the page's one graphology graph (replace or merge, with positions for
// nodes that come without them) and computes its metrics. Touches no DOM and no sigma.

import type Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { EdgeKind, NodeKind, ViewEdge, ViewGraph, ViewNode } from '../../graph/types.js';
import { kindColor } from './colors.js';

export interface GraphMetrics {
  degreeSize: Map<string, number>;
  pagerankSize: Map<string, number>;
  /** By the number of reports stating each node. */
  reportSize: Map<string, number>;
  community: Map<string, number>;
  communities: number;
  /** Reports each node comes from or is mentioned in, and their years (for the filters). */
  sources: Map<string, { reports: number; years: number[] }>;
}

const MIN_SIZE = 4;
const SIZE_RANGE = 12;

/** One key per relationship, whatever the source (document graph, query result, neighbours). */
export function edgeKey(edge: Pick<ViewEdge, 'kind' | 'source' | 'target'>): string {
  return `${edge.kind}:${edge.source}->${edge.target}`;
}

type Position = { x: number; y: number };

function addNode(graph: Graph, node: ViewNode, fallback: () => Position): boolean {
  const { key, kind, label, x, y, ...attributes } = node;
  const exists = graph.hasNode(key);
  const place = x !== undefined && y !== undefined ? { x, y } : exists ? {} : fallback();
  graph.mergeNode(key, { ...attributes, kind, label, color: kindColor(kind), ...place });
  return !exists;
}

function addEdges(graph: Graph, edges: readonly ViewEdge[]): void {
  for (const edge of edges) {
    const key = edgeKey(edge);
    if (graph.hasEdge(key) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const extra = {
      ...(edge.default ? { default: true } : {}),
      ...(edge.weight !== undefined ? { weight: edge.weight } : {}),
    };
    const size = edge.weight !== undefined ? Math.min(6, 1 + Math.log2(edge.weight)) : 1;
    graph.addDirectedEdgeWithKey(key, edge.source, edge.target, { ...extra, kind: edge.kind, size, color: '#cbd2d9' });
  }
}

/** Positions on a ring around `center`, one for each call. */
function ring(center: Position, radius: number, count: number): () => Position {
  let i = 0;
  return () => {
    const angle = (2 * Math.PI * i) / Math.max(1, count);
    const r = radius * (1 + (i % 3) * 0.2);
    i++;
    return { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) };
  };
}

/**
 * Empties the graph and fills it with `data`. Nodes without x/y take their `known` position; when
 * none had one (a query result), the whole graph is laid out once with ForceAtlas2.
 */
export function replaceContents(graph: Graph, data: ViewGraph, known: ReadonlyMap<string, Position> = new Map()): void {
  graph.clear();
  const around = ring({ x: 0, y: 0 }, 10, data.nodes.length);
  let placed = 0;
  for (const node of data.nodes) {
    const position = node.x !== undefined && node.y !== undefined ? undefined : known.get(node.key);
    if (position || (node.x !== undefined && node.y !== undefined)) placed++;
    addNode(graph, node, () => position ?? around());
  }
  addEdges(graph, data.edges);
  if (placed === 0 && graph.order > 1 && graph.order <= 3000) layoutResult(graph);
}

/**
 * Lays out a result that came without positions (a query, a neighbourhood, a path). Strong
 * gravity keeps unconnected parts near the rest, so zooming to fit does not shrink the connected
 * part to a cluster of dots too small for labels and edges.
 */
export function layoutResult(graph: Graph): void {
  const settings = { ...forceAtlas2.inferSettings(graph), strongGravityMode: true, gravity: 0.05, scalingRatio: 10 };
  forceAtlas2.assign(graph, { iterations: graph.order <= 500 ? 400 : 150, settings });
}

/** Adds what `data` has that the graph lacks, new nodes on a ring around `anchor`; returns the keys added. */
export function mergeContents(graph: Graph, data: ViewGraph, anchor: string | null = null): string[] {
  const center =
    anchor && graph.hasNode(anchor)
      ? { x: Number(graph.getNodeAttribute(anchor, 'x')), y: Number(graph.getNodeAttribute(anchor, 'y')) }
      : { x: 0, y: 0 };
  const fresh = data.nodes.filter((n) => !graph.hasNode(n.key)).length;
  const around = ring(center, Math.max(5, Math.sqrt(graph.order + fresh) * 1.5), fresh);
  const added: string[] = [];
  for (const node of data.nodes) if (addNode(graph, node, around)) added.push(node.key);
  addEdges(graph, data.edges);
  return added;
}

function scaled(values: Map<string, number>): Map<string, number> {
  const max = Math.max(Number.MIN_VALUE, ...values.values());
  return new Map([...values].map(([key, value]) => [key, MIN_SIZE + SIZE_RANGE * Math.sqrt(value / max)]));
}

/** The document ids a node belongs to (its own `doc`) or is mentioned in (MENTIONED_IN a section). */
function documentsOf(graph: Graph, node: string): Set<string> {
  const docs = new Set<string>();
  const own = graph.getNodeAttribute(node, 'doc');
  if (typeof own === 'string' && own !== '') docs.add(own);
  if (node.startsWith('Document:')) docs.add(node.slice('Document:'.length));
  graph.forEachOutEdge(node, (_edge, attributes, _source, target) => {
    const doc = attributes.kind === 'MENTIONED_IN' ? graph.getNodeAttribute(target, 'doc') : null;
    if (typeof doc === 'string' && doc !== '') docs.add(doc);
  });
  return docs;
}

/** Number of reports and their years, for every node (years only of the reports in the graph). */
export function computeSources(graph: Graph): Map<string, { reports: number; years: number[] }> {
  const yearOf = (doc: string) => {
    const key = `Document:${doc}`;
    const year = graph.hasNode(key) ? Number(graph.getNodeAttribute(key, 'year')) : Number.NaN;
    return Number.isFinite(year) && year > 0 ? year : null;
  };
  return new Map(
    graph.mapNodes((node) => {
      // A summary node (the overview) comes with its counts, its reports not being in the graph.
      const own = graph.getNodeAttributes(node);
      if (typeof own.reports === 'number')
        return [node, { reports: own.reports, years: Array.isArray(own.years) ? own.years : [] }] as const;
      const docs = [...documentsOf(graph, node)];
      const years = [...new Set(docs.map(yearOf).filter((y): y is number => y !== null))];
      return [node, { reports: docs.length, years }] as const;
    }),
  );
}

/** Sizes by degree and by PageRank, and Louvain communities (seeded, so colours are stable). */
export function computeMetrics(graph: Graph): GraphMetrics {
  const degree = new Map(graph.mapNodes((node) => [node, graph.degree(node)] as const));
  let ranks: Record<string, number> = {};
  try {
    ranks = graph.size > 0 ? pagerank(graph) : {};
  } catch {
    ranks = {}; // pagerank can fail to converge on odd graphs: fall back to degree sizes.
  }
  let seed = 1;
  const rng = () => {
    seed = (seed * 16807) % 2147483647;
    return (seed - 1) / 2147483646;
  };
  const details = graph.order > 0 ? louvain.detailed(graph, { rng }) : { communities: {}, count: 0 };
  const sources = computeSources(graph);
  return {
    degreeSize: scaled(degree),
    pagerankSize: Object.keys(ranks).length > 0 ? scaled(new Map(Object.entries(ranks))) : scaled(degree),
    community: new Map(Object.entries(details.communities)),
    communities: details.count,
    sources,
    reportSize: scaled(new Map([...sources].map(([node, s]) => [node, s.reports] as const))),
  };
}

/** Node counts by kind. */
export function countKinds(graph: Graph): Map<NodeKind, number> {
  const counts = new Map<NodeKind, number>();
  graph.forEachNode((_, a) => counts.set(a.kind as NodeKind, (counts.get(a.kind as NodeKind) ?? 0) + 1));
  return counts;
}

/** The nodes one step from `from` along `kind` edges in `direction`, optionally of one node kind. */
export function follow(
  graph: Graph,
  from: readonly string[],
  kind: EdgeKind,
  direction: 'in' | 'out',
  nodeKind?: NodeKind,
): string[] {
  const found = new Set<string>();
  for (const node of from) {
    if (!graph.hasNode(node)) continue;
    const visit = (_edge: string, attributes: Record<string, unknown>, source: string, target: string) => {
      const other = direction === 'out' ? target : source;
      if (attributes.kind === kind && (!nodeKind || graph.getNodeAttribute(other, 'kind') === nodeKind)) {
        found.add(other);
      }
    };
    if (direction === 'out') graph.forEachOutEdge(node, visit);
    else graph.forEachInEdge(node, visit);
  }
  return [...found];
}

/** The key of the node of `kind` named `name` (its key, or a node whose name or alias matches). */
export function findByName(graph: Graph, kind: NodeKind, name: string): string | null {
  if (graph.hasNode(`${kind}:${name}`)) return `${kind}:${name}`;
  return (
    graph.findNode((_, a) => {
      if (a.kind !== kind) return false;
      if (a.name === name || a.label === name || a.text === name) return true;
      return Array.isArray(a.aliases) && a.aliases.includes(name);
    }) ?? null
  );
}
