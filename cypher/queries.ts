// Typed callers of the use-case queries and the read-only runner of user Cypher. Every call
// returns plain values (no driver types); user queries run in READ sessions with a timeout.

import { setImmediate as nextTurn } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import type { EdgeKind, NodeKind, ViewEdge, ViewGraph, ViewNode } from '../graph/types.js';
import { type Scope, scopeParams } from './corpus-queries.js';
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
  SCOPE_DOC_IDS,
  SEARCH,
  TEMPLATES,
  type Template,
} from './queries.cypher.js';
import { runReadQuery, viewNode } from './read-query.js';
import { toPlain } from './values.js';

export { queryError } from './query-errors.js';
export { type QueryResultTable, runReadQuery } from './read-query.js';

/** Rows converted per turn of the event loop: a 50,000-row read must not hold up other requests. */
const SLICE = 1000;

/** `items.map(fn)`, yielding to the event loop after every SLICE items. */
async function mapInSlices<T, U>(items: readonly T[], fn: (item: T) => U): Promise<U[]> {
  const out: U[] = [];
  for (let i = 0; i < items.length; i += SLICE) {
    if (i > 0) await nextTurn();
    for (const item of items.slice(i, i + SLICE)) out.push(fn(item));
  }
  return out;
}

async function read(db: Database, cypher: string, params: Record<string, unknown>) {
  const result = await db.driver.executeQuery(cypher, params, {
    database: db.name,
    routing: neo4j.routing.READ,
  });
  return mapInSlices(result.records, (r) => Object.fromEntries(r.keys.map((k) => [String(k), toPlain(r.get(k))])));
}

export interface DocumentSummary {
  key: string;
  name: string;
  title: string;
  region: string;
  year: number | null;
  published: string | null;
  source: string;
  /** Its sections and measures. */
  parts: number;
}

export async function listDocuments(db: Database): Promise<DocumentSummary[]> {
  return (await read(db, DOCUMENTS, {})) as unknown as DocumentSummary[];
}

/** Whether `scope` leaves nothing out. */
export const isWholeScope = (scope: Scope) => !scope.doc && !scope.place && !scope.from && !scope.to;

/** The ids of the reports in the scope: the one named, or those the place and years select. */
export async function scopeDocuments(db: Database, scope: Scope): Promise<string[]> {
  if (scope.doc && !scope.place && !scope.from && !scope.to) return [scope.doc];
  return (await read(db, SCOPE_DOC_IDS, scopeParams(scope))).map((row) => String(row.id));
}

/**
 * The graph of the reports in the scope (all of them when it is whole; `doc` alone is one
 * report), at most `cap` nodes.
 */
export async function readGraph(db: Database, options: Scope & { cap?: number } = {}): Promise<ViewGraph> {
  const cap = neo4j.int(options.cap ?? 5000);
  const docs = isWholeScope(options) ? null : await scopeDocuments(db, options);
  const nodeRows = await read(db, docs ? DOCUMENT_GRAPH_NODES : GRAPH_NODES, { docs, cap });
  const nodes = await mapInSlices(nodeRows, (row) =>
    viewNode(String(row.key), String(row.kind), row.props as Record<string, unknown>),
  );
  const keys = new Set(nodes.map((n) => n.key));
  const edgeRows = docs
    ? await read(db, DOCUMENT_GRAPH_EDGES, { docs })
    : await read(db, GRAPH_EDGES, { keys: [...keys] });
  const edges = new Map<string, ViewEdge>();
  type EdgeRow = { source: string; type: string; target: string; implied: boolean | null };
  for (const { source, type, target, implied } of edgeRows as EdgeRow[]) {
    if (!keys.has(source) || !keys.has(target)) continue;
    const key = `${type}:${source}->${target}`;
    edges.set(key, { key, source, target, kind: type as EdgeKind, ...(implied ? { default: true } : {}) });
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
    .replace(/\b(AND|OR|NOT)\b/g, (word) => word.toLowerCase())
    .slice(0, 200);
}

/** Entities and measures matching `query`, of the reports in the scope (all by default). */
export async function searchEntities(db: Database, query: string, limit = 20, scope: Scope = {}): Promise<SearchHit[]> {
  const q = luceneQuery(query);
  if (q === '') return [];
  const params = { query: q, limit: neo4j.int(limit), ...scopeParams(scope) };
  return (await read(db, SEARCH, params)) as unknown as SearchHit[];
}

export function listTemplates(): Template[] {
  return TEMPLATES;
}

export function findTemplate(name: string): Template | undefined {
  return TEMPLATES.find((t) => t.name === name);
}

/**
 * Runs every template once with its example parameters, so Neo4j has planned them before the
 * first user waits (planning a template can take seconds on a busy machine, and counts against
 * the query's time limit). Failures are ignored: this only warms the plan cache.
 */
export async function warmTemplates(db: Database, timeoutMs = 60_000): Promise<void> {
  for (const template of TEMPLATES) {
    await runReadQuery(db, template.cypher, template.params, { timeoutMs, rowCap: 1 }).catch(() => undefined);
  }
}
