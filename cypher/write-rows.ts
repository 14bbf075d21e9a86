// Statements of the loader over gathered rows (cypher/load-rows.ts): one statement per node kind
// and relationship group, in batches, and the transaction that stores a group of new documents.

import neo4j, { type QueryResult } from 'neo4j-driver';
import type { Extraction } from '../graph/types.js';
import type { Database } from './database.js';
import {
  COMPLETE_DOCUMENTS,
  createEdgesById,
  createNewEdges,
  createNewNodes,
  createOwnNodes,
  DOCUMENT_STATE,
  MERGE_DOCUMENTS,
  mergeEdges,
  mergeEdgesById,
  mergeEntities,
} from './load.cypher.js';
import { addDocumentRows, ENTITY, emptyRows, type GraphRows, nodeProps } from './load-rows.js';

/** What Neo4j reports a transaction changed. */
export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

/** Runs one statement of the loader's transaction and returns its result. */
export type Run = (query: string, params: Record<string, unknown>) => Promise<QueryResult>;

export function addCounters(into: WriteCounters, result: QueryResult): void {
  const c = result.summary.counters.updates();
  into.nodesCreated += c.nodesCreated;
  into.nodesDeleted += c.nodesDeleted;
  into.relationshipsCreated += c.relationshipsCreated;
  into.relationshipsDeleted += c.relationshipsDeleted;
  into.propertiesSet += c.propertiesSet;
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Writes gathered rows: one statement per node kind and per relationship group, in batches.
 * `fresh`: the documents' own nodes are stored nowhere yet (storeNewDocuments), so they and the
 * relationships that touch them are created, not merged. The node statements return each node's
 * id; a relationship group whose ends all have one is written by id, without key look-ups (the
 * relationships of the Document, written before, go by key).
 */
export async function writeRows(run: Run, rows: GraphRows, batchSize: number, fresh = false): Promise<void> {
  const ids = new Map<string, unknown>();
  for (const [kind, nodes] of rows.nodes) {
    const query = ENTITY.has(kind) ? mergeEntities(kind) : fresh ? createNewNodes(kind) : createOwnNodes(kind);
    for (const batch of chunks(nodes, batchSize)) {
      for (const record of (await run(query, { rows: batch })).records) ids.set(record.get('key'), record.get('id'));
    }
  }
  for (const { kind, source, target, rows: edges } of rows.edges.values()) {
    const own = !ENTITY.has(source) || !ENTITY.has(target);
    const create = fresh && own;
    if (edges.every((e) => ids.has(e.source) && ids.has(e.target))) {
      const query = create ? createEdgesById(kind) : mergeEdgesById(kind);
      const byId = edges.map((e) => ({ a: ids.get(e.source), b: ids.get(e.target), doc: e.doc, props: e.props }));
      for (const batch of chunks(byId, batchSize)) await run(query, { rows: batch });
      continue;
    }
    const query = create ? createNewEdges(kind, source, target) : mergeEdges(kind, source, target);
    for (const batch of chunks(edges, batchSize)) await run(query, { rows: batch });
  }
}

/** The row of MERGE_DOCUMENTS for an extraction's Document. */
export const documentRow = (extraction: Extraction) => ({
  key: extraction.document.key,
  props: nodeProps(extraction.document),
  published: extraction.document.attributes.published,
});

/**
 * Stores documents never stored before in one transaction, with one statement per kind for all
 * of them, and returns what the transaction changed.
 * @param options.batchSize rows per statement
 * @param options.beforeCommit called inside the transaction before the documents are marked complete
 * @param options.onStatement called after each statement with its rows and time (bench/load-profile.ts)
 */
export async function storeNewDocuments(
  db: Database,
  group: Extraction[],
  options: {
    batchSize: number;
    beforeCommit?: () => void | Promise<void>;
    onStatement?: (query: string, rows: number, ms: number) => void;
  },
): Promise<WriteCounters> {
  const rows = emptyRows();
  for (const extraction of group) addDocumentRows(extraction, rows);
  const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(async (tx) => {
      const counters = {
        nodesCreated: 0,
        nodesDeleted: 0,
        relationshipsCreated: 0,
        relationshipsDeleted: 0,
        propertiesSet: 0,
      };
      const run: Run = async (query, params) => {
        const started = performance.now();
        const result = await tx.run(query, params);
        addCounters(counters, result);
        const rows = (params.rows ?? params.keys) as unknown[];
        options.onStatement?.(query, rows.length, performance.now() - started);
        return result;
      };
      await run(MERGE_DOCUMENTS, { rows: group.map(documentRow) });
      await writeRows(run, rows, options.batchSize, true);
      await options.beforeCommit?.();
      await run(COMPLETE_DOCUMENTS, { keys: group.map((x) => x.document.key) });
      return counters;
    });
  } finally {
    await session.close();
  }
}

/**
 * True when nothing of the document is stored yet: no version of it and, when the loader tracks
 * files, none read from its file.
 */
export async function isNewDocument(db: Database, extraction: Extraction, trackFile = true): Promise<boolean> {
  const { key } = extraction.document;
  const file = trackFile ? extraction.document.attributes.file : null;
  try {
    const state = await db.driver.executeQuery(DOCUMENT_STATE, { key, file }, { database: db.name });
    const stored = state.records[0];
    return stored?.get('stored') === false && (stored.get('replaced') as string[]).length === 0;
  } catch {
    return false; // the document's own transaction will say what is wrong
  }
}
