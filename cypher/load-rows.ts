// The rows the loader writes for a document's extraction: node rows by kind, relationship rows by
// (type, source kind, target kind). Pure; rows of several documents can be gathered into one set
// so that a group of documents is written with one statement per kind.

import neo4j from 'neo4j-driver';
import { appendToGroup } from '../graph/group-by.js';
import type { EdgeKind, Evidence, Extraction, GraphNode, NodeKind } from '../graph/types.js';

export interface NodeRow {
  key: string;
  props: Record<string, unknown>;
  aliases: string[];
  /** The id of the document the row is read from (a shared node keeps the name each gives it). */
  doc: string;
}

export interface EdgeRow {
  source: string;
  target: string;
  /** The id of the document stating the relationship (shared relationships list them). */
  doc: string;
  props: Record<string, unknown>;
}

export interface EdgeGroup {
  kind: EdgeKind;
  source: NodeKind;
  target: NodeKind;
  rows: EdgeRow[];
}

export interface GraphRows {
  nodes: Map<NodeKind, NodeRow[]>;
  edges: Map<string, EdgeGroup>;
  /** Node and relationship rows held. */
  size: number;
}

/** Node kinds shared by documents (merged by key); the others belong to one document. */
export const ENTITY: ReadonlySet<NodeKind> = new Set(['Agency', 'Program', 'Regulation', 'Jurisdiction', 'Indicator']);
const INTEGER_FIELDS = new Set(['start', 'end', 'level', 'order', 'year', 'reviewedYear', 'deliveredYear']);

function propValue(key: string, value: unknown): unknown {
  if (typeof value === 'number' && INTEGER_FIELDS.has(key) && Number.isInteger(value)) return neo4j.int(value);
  return value;
}

export function evidenceProps(evidence: Evidence | undefined): Record<string, unknown> {
  if (!evidence) return {};
  return {
    doc: evidence.doc,
    section: evidence.section,
    start: neo4j.int(evidence.start),
    end: neo4j.int(evidence.end),
    sentence: evidence.sentence,
    sentenceStart: neo4j.int(evidence.sentenceStart),
  };
}

/** Neo4j properties of a node: plain values, evidence flattened for document-owned nodes. */
export function nodeProps(node: GraphNode): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node.attributes)) {
    if (key === 'evidence' || key === 'aliases' || key === 'published' || value === null || value === undefined)
      continue;
    props[key] = propValue(key, value);
  }
  if (!ENTITY.has(node.attributes.kind)) Object.assign(props, evidenceProps(node.attributes.evidence?.[0]));
  return props;
}

export function emptyRows(): GraphRows {
  return { nodes: new Map(), edges: new Map(), size: 0 };
}

/** Node kinds that hold their own evidence: one sentence each, which their relationships share. */
const EVIDENCE_OWNERS: ReadonlySet<NodeKind> = new Set(['Measure', 'Metric']);

/**
 * The end of a relationship whose evidence stands in for the relationship's: the source when it
 * is a Measure or Metric, else the target when it is one (EDGE_EVIDENCE in queries.cypher.ts
 * reads it back the same way).
 */
export function evidenceOwner(source: NodeKind, target: NodeKind): 'source' | 'target' | undefined {
  if (EVIDENCE_OWNERS.has(source)) return 'source';
  return EVIDENCE_OWNERS.has(target) ? 'target' : undefined;
}

/**
 * Evidence properties of a relationship, without the values its owner node holds already: a
 * measure's sentence is otherwise stored again on its PART_OF and CARRIES_OUT, which made up a
 * third of a corpus's bytes. `start` and `end` always stay, marking that the relationship has
 * evidence of its own.
 */
function edgeEvidenceProps(evidence: Evidence | undefined, owner: Evidence | undefined): Record<string, unknown> {
  const props = evidenceProps(evidence);
  if (!evidence || !owner) return props;
  for (const field of ['doc', 'section', 'sentence', 'sentenceStart'] as const)
    if (evidence[field] === owner[field]) delete props[field];
  return props;
}

/** Adds the rows of one extraction (its Document aside) to `into`, and returns it. */
export function addDocumentRows(extraction: Extraction, into: GraphRows = emptyRows()): GraphRows {
  const docId = extraction.document.key.slice('Document:'.length);
  const kinds = new Map<string, NodeKind>([[extraction.document.key, 'Document']]);
  const owned = new Map<string, Evidence | undefined>();
  for (const node of extraction.nodes) {
    kinds.set(node.key, node.attributes.kind);
    if (EVIDENCE_OWNERS.has(node.attributes.kind)) owned.set(node.key, node.attributes.evidence?.[0]);
    if (node.attributes.kind === 'Document') continue;
    const row = { key: node.key, props: nodeProps(node), aliases: node.attributes.aliases ?? [], doc: docId };
    appendToGroup(into.nodes, node.attributes.kind, row);
    into.size++;
  }
  for (const edge of extraction.edges) {
    const source = kinds.get(edge.source);
    const target = kinds.get(edge.target);
    if (!source || !target) continue;
    const id = `${edge.attributes.kind}|${source}|${target}`;
    let group = into.edges.get(id);
    if (!group) {
      group = { kind: edge.attributes.kind, source, target, rows: [] };
      into.edges.set(id, group);
    }
    const evidence = edge.attributes.evidence ?? [];
    const owner = evidenceOwner(source, target);
    const props = edgeEvidenceProps(evidence[0], owner && owned.get(owner === 'source' ? edge.source : edge.target));
    if (evidence.length > 1) {
      // Every place the relationship is stated, for the reader's highlights.
      props.starts = evidence.map((e) => neo4j.int(e.start));
      props.ends = evidence.map((e) => neo4j.int(e.end));
    }
    // Implied by the report's author (CARRIES_OUT, ISSUED_BY) and a body's part in a measure (INVOLVES).
    if (edge.attributes.kind === 'CARRIES_OUT' || edge.attributes.kind === 'ISSUED_BY')
      props.default = edge.attributes.default === true;
    if (edge.attributes.role) props.role = edge.attributes.role;
    group.rows.push({ source: edge.source, target: edge.target, doc: docId, props });
    into.size++;
  }
  return into;
}
