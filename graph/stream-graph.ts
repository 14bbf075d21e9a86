// The graph file of `govkg extract` written while reports are extracted: a document's own nodes
// and edges (its sections, measures, metrics) are turned into JSON as soon as it is extracted
// and never kept; only the nodes shared between documents (agencies, programs, regulations, places)
// and the edges between them are held, merged, and written at the end. The text is the same
// graph as `JSON.stringify(exportGraph(buildGraph(extractions)))`, nodes in another order.

import { holdName, mergeEdge, mergeNode } from './build-graph.js';
import type { Extraction, GraphEdge, NodeAttributes, NodeKind } from './types.js';

/** Kinds of node that belong to one document; every other kind (agencies, places…) is shared. */
const OWNED: ReadonlySet<NodeKind> = new Set<NodeKind>(['Document', 'Section', 'Measure', 'Metric']);

/** JSON pieces of one document: its own nodes, to go in the node list, and its edges. */
export interface DocumentPieces {
  nodes: string;
  edges: string;
}

export class GraphJsonParts {
  /** The text before the first node. */
  static readonly HEAD = '{"options":{"type":"directed","multi":true,"allowSelfLoops":false},"attributes":{},"nodes":[';
  /** The text between the last node and the first edge. */
  static readonly MIDDLE = '],"edges":[';
  /** The text after the last edge. */
  static readonly TAIL = ']}';

  private readonly owned = new Set<string>();
  private readonly shared = new Map<string, NodeAttributes>();
  private readonly sharedEdges = new Map<string, GraphEdge>();
  private nodeCount = 0;
  private edgeCount = 0;

  private node(key: string, attributes: NodeAttributes): string {
    return `${this.nodeCount++ ? ',' : ''}${JSON.stringify({ key, attributes })}`;
  }

  private edge(edge: GraphEdge): string {
    const { key, source, target, attributes } = edge;
    return `${this.edgeCount++ ? ',' : ''}${JSON.stringify({ key, source, target, attributes })}`;
  }

  private has(key: string): boolean {
    return this.owned.has(key) || this.shared.has(key);
  }

  /** Takes one extraction; returns the JSON of what only this document holds. */
  add(extraction: Extraction): DocumentPieces {
    // A document read twice (the same file given twice) adds to the shared entities only.
    const repeated = this.owned.has(extraction.document.key);
    let nodes = '';
    for (const { key, attributes } of extraction.nodes) {
      const held = this.shared.get(key);
      if (held) mergeNode(held, attributes, extraction.document.key);
      else if (!OWNED.has(attributes.kind)) {
        const copy = structuredClone(attributes);
        holdName(copy, extraction.document.key);
        this.shared.set(key, copy);
      } else if (!this.owned.has(key)) {
        this.owned.add(key);
        nodes += this.node(key, attributes);
      }
    }
    let edges = '';
    for (const edge of extraction.edges) {
      if (!this.has(edge.source) || !this.has(edge.target)) continue;
      if (this.shared.has(edge.source) && this.shared.has(edge.target)) {
        const held = this.sharedEdges.get(edge.key);
        if (held) mergeEdge(held.attributes, edge.attributes);
        else this.sharedEdges.set(edge.key, structuredClone(edge));
      } else if (!repeated) {
        edges += this.edge(edge);
      }
    }
    return { nodes, edges };
  }

  /** The JSON of the shared entities, after the last document. */
  *sharedNodes(): Generator<string> {
    for (const [key, attributes] of this.shared) yield this.node(key, attributes);
  }

  /** The JSON of the edges between shared entities, after the last document. */
  *sharedEdgeList(): Generator<string> {
    for (const edge of this.sharedEdges.values()) yield this.edge(edge);
  }
}
