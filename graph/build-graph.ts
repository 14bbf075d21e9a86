// Builds the graphology data graph from documents' extractions: shared entities (same key) merge
// their aliases and evidence; everything else is added as extracted.

import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, Extraction, NodeAttributes } from './types.js';

export type DataGraph = Graph<NodeAttributes, EdgeAttributes>;

export function createDataGraph(): DataGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true, allowSelfLoops: false });
}

function mergeList<T>(into: T[] | undefined, from: T[] | undefined, same: (a: T, b: T) => boolean): T[] {
  const out = [...(into ?? [])];
  for (const item of from ?? []) if (!out.some((x) => same(x, item))) out.push(item);
  return out;
}

/** Adds one extraction to the graph, merging nodes and edges that are already there. */
export function addExtraction(graph: DataGraph, extraction: Extraction): void {
  for (const { key, attributes } of extraction.nodes) {
    if (!graph.hasNode(key)) {
      graph.addNode(key, structuredClone(attributes));
      continue;
    }
    graph.updateNodeAttributes(key, (old) => {
      const merged = { ...old } as NodeAttributes;
      merged.aliases = mergeList(old.aliases, attributes.aliases, (a, b) => a === b).filter((a) => a !== old.name);
      merged.evidence = mergeList(old.evidence, attributes.evidence, (a, b) => a.doc === b.doc && a.start === b.start);
      return merged;
    });
  }
  for (const { key, source, target, attributes } of extraction.edges) {
    if (!graph.hasNode(source) || !graph.hasNode(target)) continue;
    if (graph.hasEdge(key)) {
      graph.updateEdgeAttribute(key, 'evidence', (old) =>
        mergeList(old, attributes.evidence, (a, b) => a.doc === b.doc && a.start === b.start),
      );
    } else {
      graph.addDirectedEdgeWithKey(key, source, target, structuredClone(attributes));
    }
  }
}

export function buildGraph(extractions: Extraction[]): DataGraph {
  const graph = createDataGraph();
  for (const extraction of extractions) addExtraction(graph, extraction);
  return graph;
}

/** graphology's serialized form, the file format of `govkg extract`. */
export function exportGraph(graph: DataGraph): SerializedGraph<NodeAttributes, EdgeAttributes> {
  return graph.export();
}
