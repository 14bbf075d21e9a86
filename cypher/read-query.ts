// The read-only runner of user Cypher: one explicit READ transaction with a timeout (never the
// driver's retrying executeRead, which would run a timed-out query again), rows capped, and the
// relationships between the returned nodes added to the drawable graph, as Neo4j Browser does.

import neo4j, { type ManagedTransaction, type Transaction } from 'neo4j-driver';
import { GovkgError } from '../graph/errors.js';
import type { EdgeKind, NodeKind, ViewEdge, ViewGraph, ViewNode } from '../graph/types.js';
import type { Database } from './database.js';
import { queryError } from './query-errors.js';
import { checkParams, checkPlan } from './query-guard.js';
import { isNode, isPath, isRelationship, type PlainNode, type PlainRelationship, toPlain } from './values.js';

export interface QueryResultTable {
  columns: string[];
  rows: Record<string, unknown>[];
  /** Nodes and relationships found in the result, drawable as a graph. */
  graph: ViewGraph;
  truncated: boolean;
  /** Relationships between returned nodes that the query did not return, added to `graph`. */
  connected: number;
}

export const READ_QUERY_DEFAULTS = {
  /** Past the transaction timeout, the answer waits this long for Neo4j before giving up itself. */
  graceMs: 1000,
  /** Results with more nodes than this are not connected (the look-up would cost more than it shows). */
  connectNodes: 2000,
  /** At most this many relationships are added between returned nodes. */
  connectEdges: 5000,
} as const;

/** Relationships whose both ends are among `ids` (element ids), at most `cap` of them. */
const CONNECT_RESULT_NODES = `
MATCH (a) WHERE elementId(a) IN $ids
MATCH (a)-[r]->(b) WHERE elementId(b) IN $ids
RETURN r LIMIT $cap`;

export function viewNode(key: string, kind: string, props: Record<string, unknown>): ViewNode {
  return { ...props, key, kind: kind as NodeKind, label: String(props.name ?? key) };
}

interface Found {
  nodes: Map<string, ViewNode>;
  edges: Map<string, ViewEdge>;
}

/** Collects nodes and relationships anywhere in a result into a drawable graph. */
function collectGraph(values: unknown[], into: Found): void {
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

/** Adds the relationships between the nodes found; returns how many were not already there. */
async function connectNodes(tx: Transaction | ManagedTransaction, found: Found): Promise<number> {
  const ids = [...found.nodes.keys()];
  if (ids.length < 2 || ids.length > READ_QUERY_DEFAULTS.connectNodes) return 0;
  const result = await tx.run(CONNECT_RESULT_NODES, { ids, cap: neo4j.int(READ_QUERY_DEFAULTS.connectEdges) });
  let added = 0;
  for (const record of result.records) {
    const before = found.edges.size;
    collectGraph([record.get('r')], found);
    added += found.edges.size - before;
  }
  return added;
}

/**
 * Neo4j stops a query at its limit; `graceMs` past the limit armed last, `passed` rejects as a
 * lost connection would, so the answer stops waiting for a server slow to stop.
 */
function answerDeadline() {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reject: (error: Error) => void = () => undefined;
  const passed = new Promise<never>((_, fail) => {
    reject = fail;
  });
  return {
    passed,
    arm(limitMs: number) {
      clearTimeout(timer);
      timer = setTimeout(
        () => reject(Object.assign(new Error(`no answer within ${limitMs} ms`), { code: 'ServiceUnavailable' })),
        limitMs + READ_QUERY_DEFAULTS.graceMs,
      );
    },
    clear: () => clearTimeout(timer),
  };
}

/** Limits of one read query. */
export interface ReadQueryLimits {
  timeoutMs: number;
  rowCap: number;
  /**
   * CPU time the query may use, in ms; the embedded server's watchdog stops it past that
   * (another server ignores it). Unset: the time limit alone.
   */
  cpuMs?: number | undefined;
  /** Time limit of planning (EXPLAIN), when it differs from timeoutMs. Default: timeoutMs */
  planTimeoutMs?: number | undefined;
  /**
   * "console" marks a query typed by a user (transaction metadata `govkg: console`): the embedded
   * server lowers its thread's priority once it runs long. Default: the app's own query.
   */
  origin?: 'console' | undefined;
  /**
   * The Cypher is one of the app's named templates (only its parameters come from the request):
   * read-only as written, so its plan is not checked first, which saves a round trip to Neo4j.
   */
  template?: boolean | undefined;
}

/**
 * Runs user Cypher in a READ transaction, after checking its parameters and its plan (EXPLAIN):
 * read operators and named read procedures only (query-guard.ts), so LOAD CSV and administration
 * commands never run. Rows are capped; the transaction times out, and the answer says so at most
 * `graceMs` later even if Neo4j is slow to stop. Not retried.
 */
export async function runReadQuery(
  db: Database,
  cypher: string,
  params: Record<string, unknown>,
  limits: ReadQueryLimits,
): Promise<QueryResultTable> {
  checkParams(params);
  const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.READ });
  const started = Date.now();
  const found: Found = { nodes: new Map(), edges: new Map() };
  const rows: Record<string, unknown>[] = [];
  let columns: string[] = [];
  let truncated = false;
  let connected = 0;
  const planTimeoutMs = limits.planTimeoutMs ?? limits.timeoutMs;
  let planned = 0;
  const deadline = answerDeadline();
  deadline.arm(planTimeoutMs);
  const work = async () => {
    if (!limits.template) {
      // Planned in a transaction of its own, so the query's time limit is its own to use.
      const explained = await session.run(`EXPLAIN ${cypher}`, params, { timeout: planTimeoutMs });
      const plan = explained.summary.plan;
      if (!plan) throw new GovkgError('QUERY_REFUSED', 'refused: Neo4j gave no plan for this query to check');
      checkPlan(plan);
    }
    planned = Date.now();
    deadline.arm(limits.timeoutMs);
    const metadata =
      limits.origin === 'console' ? { govkg: 'console', ...(limits.cpuMs ? { cpuMs: limits.cpuMs } : {}) } : undefined;
    const tx = session.beginTransaction({ timeout: limits.timeoutMs, ...(metadata ? { metadata } : {}) });
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
      connected = await connectNodes(tx, found);
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    }
  };
  try {
    await Promise.race([work(), deadline.passed]);
  } catch (cause) {
    // The limits count from the run; a query still being planned is measured from its start.
    const elapsedMs = Date.now() - (planned || started);
    throw queryError(cause, { timeoutMs: planned ? limits.timeoutMs : planTimeoutMs, cpuMs: limits.cpuMs, elapsedMs });
  } finally {
    deadline.clear();
    void session.close().catch(() => undefined);
  }
  // Relationships point at element ids; map them to the node keys the view uses.
  const keyOf = new Map([...found.nodes].map(([id, n]) => [id, n.key]));
  const edges = [...found.edges.values()]
    .filter((e) => keyOf.has(e.source) && keyOf.has(e.target))
    .map((e) => ({ ...e, source: keyOf.get(e.source) ?? e.source, target: keyOf.get(e.target) ?? e.target }));
  return { columns, rows, graph: { nodes: [...found.nodes.values()], edges }, truncated, connected };
}
