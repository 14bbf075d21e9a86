// Builds the graphology data graph from documents' extractions: shared entities (same key) merge
// their aliases and evidence; everything else is added as extracted. Extractions can be added
// one at a time, so a caller never needs to hold all of them.

import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, Evidence, Extraction, NodeAttributes } from './types.js';

export type DataGraph = Graph<NodeAttributes, EdgeAttributes>;

export function createDataGraph(): DataGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true, allowSelfLoops: false });
}

/** The evidence already held by a merged list: one set per list, so a merge costs what it adds. */
const evidenceSeen = new WeakMap<Evidence[], Set<string>>();

function mergeEvidence(into: Evidence[], from: Evidence[] | undefined): void {
  let seen = evidenceSeen.get(into);
  if (!seen) {
    seen = new Set(into.map((e) => `${e.doc}\u0000${e.start}`));
    evidenceSeen.set(into, seen);
  }
  for (const evidence of from ?? []) {
    const id = `${evidence.doc}\u0000${evidence.start}`;
    if (seen.has(id)) continue;
    seen.add(id);
    into.push(structuredClone(evidence));
  }
}

/** Merges a later mention's aliases and evidence into a node's attributes, in place. */
export function mergeNode(into: NodeAttributes, from: NodeAttributes): void {
  if (into.aliases || from.aliases) {
    const aliases = new Set(into.aliases ?? []);
    for (const alias of from.aliases ?? []) aliases.add(alias);
    into.aliases = [...aliases].filter((alias) => alias !== into.name);
  }
  if (from.evidence) {
    into.evidence ??= [];
    mergeEvidence(into.evidence, from.evidence);
  }
}

/** Merges a later edge's evidence into an edge's attributes, in place. */
export function mergeEdge(into: EdgeAttributes, from: EdgeAttributes): void {
  if (!from.evidence) return;
  into.evidence ??= [];
  mergeEvidence(into.evidence, from.evidence);
}

/** Adds one extraction to the graph, merging nodes and edges that are already there. */
export function addExtraction(graph: DataGraph, extraction: Extraction): void {
  for (const { key, attributes } of extraction.nodes) {
    // Merged in place: the attributes object is the graph's own.
    if (graph.hasNode(key)) mergeNode(graph.getNodeAttributes(key), attributes);
    else graph.addNode(key, structuredClone(attributes));
  }
  for (const { key, source, target, attributes } of extraction.edges) {
    if (!graph.hasNode(source) || !graph.hasNode(target)) continue;
    if (graph.hasEdge(key)) mergeEdge(graph.getEdgeAttributes(key), attributes);
    else graph.addDirectedEdgeWithKey(key, source, target, structuredClone(attributes));
  }
}

export function buildGraph(extractions: Iterable<Extraction>): DataGraph {
  const graph = createDataGraph();
  for (const extraction of extractions) addExtraction(graph, extraction);
  return graph;
}

/** graphology's serialized form, the file format of `govkg extract`. */
export function exportGraph(graph: DataGraph): SerializedGraph<NodeAttributes, EdgeAttributes> {
  return graph.export();
}
