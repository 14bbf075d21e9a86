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

/** The name each document gives a shared node, by document id, for the nodes of a graph being built. */
const namesByDoc = new WeakMap<NodeAttributes, Map<string, string>>();

/**
 * The name of a node that documents call by several names: the one most documents give it; when
 * tied, the shortest (河长制 before 全面推行河长制: the name the others qualify), then the first in
 * code-point order, so that the name does not depend on the order documents are read in
 * (cypher/load.cypher.ts names a stored node the same way).
 */
export function modalName(names: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  let best = '';
  let most = 0;
  for (const [name, count] of counts) {
    const before = count === most && (name.length < best.length || (name.length === best.length && name < best));
    if (count > most || before) [best, most] = [name, count];
  }
  return best;
}

/** Keeps the name document `doc` gives the node just added with `attributes`. */
export function holdName(attributes: NodeAttributes, doc: string): void {
  namesByDoc.set(attributes, new Map([[doc, attributes.name]]));
}

/**
 * Merges a later mention's aliases and evidence into a node's attributes, in place. `doc` is the
 * document the mention comes from: the node is named by the name most documents give it, and
 * every other name any document gives it is kept among its aliases.
 */
export function mergeNode(into: NodeAttributes, from: NodeAttributes, doc = ''): void {
  let names = namesByDoc.get(into);
  if (!names) {
    names = new Map([['', into.name]]);
    namesByDoc.set(into, names);
  }
  names.set(doc, from.name);
  const before = into.name;
  into.name = modalName(names.values());
  if (into.aliases || from.aliases || from.name !== into.name || before !== into.name) {
    const aliases = new Set(into.aliases ?? []);
    for (const alias of [...(from.aliases ?? []), from.name, before]) aliases.add(alias);
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
    const doc = extraction.document.key;
    if (graph.hasNode(key)) mergeNode(graph.getNodeAttributes(key), attributes, doc);
    else {
      graph.addNode(key, structuredClone(attributes));
      holdName(graph.getNodeAttributes(key), doc);
    }
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
