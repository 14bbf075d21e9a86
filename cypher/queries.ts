// Typed callers of the use-case queries and the read-only runner of user Cypher. Every call
// returns plain values (no driver types); user queries run in READ sessions with a timeout.

import neo4j from 'neo4j-driver';
import { GovkgError } from '../graph/errors.js';
import type { EdgeKind, NodeKind, ViewEdge, ViewGraph, ViewNode } from '../graph/types.js';
import type { Database } from './database.js';
import {
  DOCUMENT_GRAPH_EDGES,
  DOCUMENT_GRAPH_NODES,
  DOCUMENT_TEXT,
  DOCUMENTS,
  GRAPH_EDGES,
  GRAPH_NODES,
  NEIGHBOURS,
  NODE,
  SEARCH,
  TEMPLATES,
  type Template,
} from './queries.cypher.js';
import { queryError } from './query-errors.js';
import { checkParams, checkPlan } from './query-guard.js';
import { isNode, isPath, isRelationship, type PlainNode, type PlainRelationship, toPlain } from './values.js';

/** How long past its time limit a user query's answer is awaited before it is given up. */
const ANSWER_GRACE_MS = 5000;

export interface QueryResultTable {
  columns: string[];
  rows: Record<string, unknown>[];
  /** Nodes and relationships found in the result, drawable as a graph. */
  graph: ViewGraph;
  truncated: boolean;
}

async function read(db: Database, cypher: string, params: Record<string, unknown>) {
  const result = await db.driver.executeQuery(cypher, params, {
    database: db.name,
    routing: neo4j.routing.READ,
  });
  return result.records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), toPlain(r.get(k))])));
}

export interface DocumentSummary {
  key: string;
  name: string;
  title: string;
  region: string;
  year: number | null;
  published: string | null;
  source: string;
  parts: number;
}

export async function listDocuments(db: Database): Promise<DocumentSummary[]> {
  return (await read(db, DOCUMENTS, {})) as unknown as DocumentSummary[];
}

function viewNode(key: string, kind: string, props: Record<string, unknown>): ViewNode {
  return { ...props, key, kind: kind as NodeKind, label: String(props.name ?? key) };
}

/** The graph of all documents, or of one (`doc` is the document id), at most `cap` nodes. */
export async function readGraph(db: Database, options: { doc?: string | null; cap?: number } = {}): Promise<ViewGraph> {
  const cap = neo4j.int(options.cap ?? 5000);
  const doc = options.doc ?? null;
  const nodeRows = await read(db, doc ? DOCUMENT_GRAPH_NODES : GRAPH_NODES, { doc, cap });
  const nodes = nodeRows.map((row) =>
    viewNode(String(row.key), String(row.kind), row.props as Record<string, unknown>),
  );
  const keys = new Set(nodes.map((n) => n.key));
  const edgeRows = doc
    ? await read(db, DOCUMENT_GRAPH_EDGES, { doc })
    : await read(db, GRAPH_EDGES, { keys: [...keys] });
  const edges = new Map<string, ViewEdge>();
  for (const { source, type, target } of edgeRows as { source: string; type: string; target: string }[]) {
    if (!keys.has(source) || !keys.has(target)) continue;
    const key = `${type}:${source}->${target}`;
    edges.set(key, { key, source, target, kind: type as EdgeKind });
  }
  return { nodes, edges: [...edges.values()] };
}

export interface NodeDetail {
  key: string;
  kind: NodeKind;
  properties: Record<string, unknown>;
  /** Number of relationships of the node; `neighbours` holds at most the cap of them. */
  degree: number;
  neighbours: Record<
    string,
    { direction: 'in' | 'out'; key: string; kind: NodeKind; name: string; evidence: unknown }[]
  >;
}

export async function readNode(db: Database, key: string, cap = 300): Promise<NodeDetail | null> {
  const [row] = await read(db, NODE, { key, cap: neo4j.int(cap) });
  if (!row) return null;
  const neighbours: NodeDetail['neighbours'] = {};
  for (const n of row.neighbours as (NodeDetail['neighbours'][string][number] & { type: string })[]) {
    const { type, ...rest } = n;
    const group = neighbours[type] ?? [];
    group.push(rest);
    neighbours[type] = group;
  }
  return {
    key: String(row.key),
    kind: row.kind as NodeKind,
    properties: row.props as Record<string, unknown>,
    degree: Number(row.degree ?? 0),
    neighbours,
  };
}

/** Up to `limit` neighbours of a node with the edges to them, drawable like readGraph's result. */
export async function readNeighbours(db: Database, key: string, limit = 100): Promise<ViewGraph> {
  const rows = await read(db, NEIGHBOURS, { key, limit: neo4j.int(limit) });
  const nodes = new Map<string, ViewNode>();
  const edges: ViewEdge[] = [];
  for (const row of rows) {
    const other = String(row.key);
    nodes.set(other, viewNode(other, String(row.kind), row.props as Record<string, unknown>));
    const [source, target] = row.outgoing ? [key, other] : [other, key];
    edges.push({ key: `${row.type}:${source}->${target}`, source, target, kind: row.type as EdgeKind });
  }
  return { nodes: [...nodes.values()], edges };
}

export interface Mention {
  start: number;
  end: number;
  key: string;
  kind: NodeKind;
}

/** A document's cleaned text with every entity mention in it, in text order; null if unknown. */
export async function readDocumentText(
  db: Database,
  id: string,
): Promise<{ id: string; name: string; text: string; mentions: Mention[] } | null> {
  const [row] = await read(db, DOCUMENT_TEXT, { id });
  if (!row) return null;
  const mentions: Mention[] = [];
  for (const span of row.spans as { starts: number[]; ends: number[]; key: string; kind: NodeKind }[]) {
    span.starts.forEach((start, i) => {
      mentions.push({ start, end: span.ends[i] ?? start, key: span.key, kind: span.kind });
    });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { id, name: String(row.name ?? id), text: String(row.text ?? ''), mentions };
}

export interface SearchHit {
  key: string;
  kind: NodeKind;
  name: string;
  aliases: string[];
  score: number;
}

/** Escapes Lucene syntax so the user's words are searched as words. */
export function luceneQuery(text: string): string {
  return text
    .trim()
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`)
    .slice(0, 200);
}

export async function searchEntities(db: Database, query: string, limit = 20): Promise<SearchHit[]> {
  const q = luceneQuery(query);
  if (q === '') return [];
  return (await read(db, SEARCH, { query: q, limit: neo4j.int(limit) })) as unknown as SearchHit[];
}

export function listTemplates(): Template[] {
  return TEMPLATES;
}

export function findTemplate(name: string): Template | undefined {
  return TEMPLATES.find((t) => t.name === name);
}

/** Collects nodes and relationships anywhere in a result into a drawable graph. */
function collectGraph(values: unknown[], into: { nodes: Map<string, ViewNode>; edges: Map<string, ViewEdge> }): void {
  for (const value of values) {
    if (isNode(value)) {
      const plain = toPlain(value) as PlainNode;
      const key = String(plain.properties.key ?? plain.elementId);
      into.nodes.set(
        plain.elementId,
        viewNode(key, plain.labels[0] ?? 'Node', { ...plain.properties, text: undefined }),
      );
    } else if (isRelationship(value)) {
      const plain = toPlain(value) as PlainRelationship;
      into.edges.set(plain.elementId, {
        key: plain.elementId,
        source: plain.start,
        target: plain.end,
        kind: plain.type as EdgeKind,
      });
    } else if (isPath(value)) {
      collectGraph([value.start, ...value.segments.flatMap((s) => [s.relationship, s.end])], into);
    } else if (Array.isArray(value)) {
      collectGraph(value, into);
    }
  }
}

/**
 * Runs user Cypher in a READ transaction, after checking its parameters and its plan (EXPLAIN):
 * read operators and named read procedures only (query-guard.ts), so LOAD CSV and administration
 * commands never run. Rows are capped and the transaction times out; an answer that does not come
 * within the limit and a grace period is given up as QUERY_TIMEOUT. Not retried.
 */
export async function runReadQuery(
  db: Database,
  cypher: string,
  params: Record<string, unknown>,
  limits: { timeoutMs: number; rowCap: number },
): Promise<QueryResultTable> {
  checkParams(params);
  const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.READ });
  const found = { nodes: new Map<string, ViewNode>(), edges: new Map<string, ViewEdge>() };
  const rows: Record<string, unknown>[] = [];
  let columns: string[] = [];
  let truncated = false;
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const run = async () => {
    // Planned in a transaction of its own, so the query's time limit is its own to use.
    const explained = await session.run(`EXPLAIN ${cypher}`, params, { timeout: limits.timeoutMs });
    const plan = explained.summary.plan;
    if (!plan) throw new GovkgError('QUERY_REFUSED', 'refused: Neo4j gave no plan for this query to check');
    checkPlan(plan);
    const tx = session.beginTransaction({ timeout: limits.timeoutMs });
    try {
      const result = tx.run(cypher, params);
      columns = ((await result.keys()) as string[]).map(String);
      for await (const record of result) {
        if (rows.length >= limits.rowCap) {
          truncated = true;
          break;
        }
        const values = record.keys.map((k) => record.get(k));
        collectGraph(values, found);
        rows.push(Object.fromEntries(record.keys.map((k, i) => [String(k), toPlain(values[i])])));
      }
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    }
  };
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error('no answer within the time limit'), { code: 'ServiceUnavailable' })),
      limits.timeoutMs + ANSWER_GRACE_MS,
    );
  });
  let answered = false;
  try {
    await Promise.race([run(), deadline]);
    answered = true;
  } catch (cause) {
    throw queryError(cause, { timeoutMs: limits.timeoutMs, elapsedMs: Date.now() - started });
  } finally {
    clearTimeout(timer);
    // A session still waiting for its answer is closed when the answer comes, not awaited here.
    if (answered) await session.close();
    else void session.close().catch(() => undefined);
  }
  // Relationships point at element ids; map them to the node keys the view uses.
  const keyOf = new Map([...found.nodes].map(([id, n]) => [id, n.key]));
  const edges = [...found.edges.values()]
    .filter((e) => keyOf.has(e.source) && keyOf.has(e.target))
    .map((e) => ({ ...e, source: keyOf.get(e.source) ?? e.source, target: keyOf.get(e.target) ?? e.target }));
  return { columns, rows, graph: { nodes: [...found.nodes.values()], edges }, truncated };
}
