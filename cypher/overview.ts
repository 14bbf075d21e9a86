// The corpus overview (cypher/overview.cypher.ts) as a view graph: entities sized by the reports
// that mention them, summary edges with their weights, and on demand the measures behind them.

import neo4j from 'neo4j-driver';
import type { EdgeKind, NodeKind, ViewEdge, ViewGraph, ViewNode } from '../graph/types.js';
import type { Scope } from './corpus-queries.js';
import type { Database } from './database.js';
import { OVERVIEW, OVERVIEW_MEASURES, OVERVIEW_VERSION } from './overview.cypher.js';
import { toPlain } from './values.js';

export interface OverviewOptions extends Scope {
  /** Most entities drawn (default 400): half programs, three tenths agencies, a fifth regulations. */
  cap?: number;
  /** Count the measures a report's author carries out because the text names no doer (default false). */
  includeDefault?: boolean;
  /** Add the measures of the programs drawn, with their metrics (default false). */
  measures?: boolean;
  /** Most measures added (default 500). */
  measureCap?: number;
}

export interface Overview extends ViewGraph {
  /** Entities of each kind in scope, before the cap. */
  totals: Partial<Record<NodeKind, number>>;
  /** Reports in scope. */
  reports: number;
}

type Row = Record<string, unknown>;

async function readOne(db: Database, cypher: string, params: Record<string, unknown>): Promise<Row> {
  const result = await db.driver.executeQuery(cypher, params, { database: db.name, routing: neo4j.routing.READ });
  const record = result.records[0];
  return record ? (toPlain(record.toObject()) as Row) : {};
}

function viewNode(row: Row): ViewNode {
  const { key, kind, label, years, ...rest } = row;
  const node: ViewNode = { ...rest, key: String(key), kind: kind as NodeKind, label: String(label ?? key) };
  if (Array.isArray(years)) node.years = [...years].sort();
  return node;
}

function viewEdge(row: Row): ViewEdge {
  const kind = row.kind as EdgeKind;
  const source = String(row.source);
  const target = String(row.target);
  return { key: `${kind}:${source}->${target}`, source, target, kind, weight: Number(row.weight ?? 1) };
}

/** The overview of the reports in `scope` (all reports when empty). */
export async function readOverview(db: Database, options: OverviewOptions = {}): Promise<Overview> {
  const includeDefault = options.includeDefault === true;
  const row = await readOne(db, OVERVIEW, {
    doc: options.doc ?? '',
    place: options.place ?? '',
    below: neo4j.int(options.below === false ? 0 : 1),
    from: neo4j.int(options.from ?? 0),
    to: neo4j.int(options.to ?? 0),
    cap: neo4j.int(options.cap ?? 400),
    includeDefault,
  });
  const nodes = ((row.nodes as Row[] | undefined) ?? []).map(viewNode);
  const edges = ((row.edges as Row[] | undefined) ?? []).map(viewEdge);
  const docs = (row.docs as string[] | undefined) ?? [];
  if (options.measures && docs.length > 0) {
    const keysOf = (kind: NodeKind) => nodes.filter((n) => n.kind === kind).map((n) => n.key);
    const more = await readOne(db, OVERVIEW_MEASURES, {
      programs: keysOf('Program'),
      agencies: keysOf('Agency'),
      docs,
      includeDefault,
      measureCap: neo4j.int(options.measureCap ?? 500),
    });
    const seen = new Set(nodes.map((n) => n.key));
    for (const node of ((more.nodes as Row[] | undefined) ?? []).map(viewNode)) {
      if (!seen.has(node.key)) nodes.push(node);
      seen.add(node.key);
    }
    edges.push(...((more.edges as Row[] | undefined) ?? []).map(viewEdge));
  }
  const totals: Overview['totals'] = {};
  for (const t of (row.totals as { kind: NodeKind; total: number }[] | undefined) ?? []) totals[t.kind] = t.total;
  return { nodes, edges, totals, reports: docs.length };
}

/** A string that changes whenever a report is stored, replaced or removed. */
export async function readOverviewVersion(db: Database): Promise<string> {
  return JSON.stringify(await readOne(db, OVERVIEW_VERSION, {}));
}
