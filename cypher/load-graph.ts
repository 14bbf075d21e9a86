// Writes documents' extractions to Neo4j. One document is one transaction: its own nodes are
// replaced, shared entities merged, and the Document marked complete last, so a failure leaves
// the previous state. Unchanged documents (same content hash) are skipped. A document id is a
// hash of the text, so an edited file is a new id: it replaces the document last read from the
// same file.

import neo4j, { type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { appendToGroup } from '../graph/group-by.js';
import type { EdgeKind, Evidence, Extraction, GraphNode, NodeKind } from '../graph/types.js';
import type { Database } from './database.js';
import {
  COMPLETE_DOCUMENT,
  createOwnNodes,
  DELETE_DOCUMENT,
  DELETE_ORPHANS,
  DELETE_OWN_NODES,
  DELETE_UNUSED_PLACES,
  DOCUMENT_ENTITIES,
  DOCUMENT_STATE,
  MERGE_DOCUMENT,
  mergeEdges,
  mergeEntities,
  RELEASE_SHARED_EDGES,
  SET_DOCUMENT_FILE,
} from './load.cypher.js';
import { ensureSchema } from './schema.js';

export interface LoadSummary {
  doc: string;
  /** The file the document was read from. */
  file: string;
  /** Earlier versions of the document (read from the same file) that this one replaced. */
  replaced: string[];
  /** `failed`: the transaction was rolled back; `not stored`: not tried after Neo4j went away. */
  status: 'created' | 'updated' | 'unchanged' | 'failed' | 'not stored';
  /** Why a document was not stored. */
  error?: string;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export interface LoadOptions {
  /** Rows per UNWIND statement. Default: 2000 (see bench/load.ts). */
  batchSize?: number;
  /** Reload even when the stored content hash is the same. Default: false */
  force?: boolean;
  /** Called inside the transaction after the document's rows are written; for failure tests. */
  beforeCommit?: () => void | Promise<void>;
  /**
   * Whether the file names the document's versions: an edited file replaces the version last read
   * from it, and the same text read from elsewhere takes the new path. Default: true; false for
   * uploads, whose names (often just 政府工作报告.pdf) say nothing of which report they are.
   */
  trackFile?: boolean;
  /** Called after each document, stored or not. */
  onDocument?: (summary: LoadSummary) => void;
}

const ENTITY: ReadonlySet<NodeKind> = new Set(['Agency', 'Program', 'Regulation', 'Jurisdiction', 'Indicator']);
const INTEGER_FIELDS = new Set(['start', 'end', 'level', 'order', 'year', 'reviewedYear', 'deliveredYear']);

function propValue(key: string, value: unknown): unknown {
  if (typeof value === 'number' && INTEGER_FIELDS.has(key) && Number.isInteger(value)) return neo4j.int(value);
  return value;
}

function evidenceProps(evidence: Evidence | undefined): Record<string, unknown> {
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

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function addCounters(summary: LoadSummary, result: QueryResult): void {
  const c = result.summary.counters.updates();
  summary.nodesCreated += c.nodesCreated;
  summary.nodesDeleted += c.nodesDeleted;
  summary.relationshipsCreated += c.relationshipsCreated;
  summary.relationshipsDeleted += c.relationshipsDeleted;
  summary.propertiesSet += c.propertiesSet;
}

type Run = (query: string, params: Record<string, unknown>) => Promise<void>;

/**
 * Lets go of a stored version: its own nodes go, and its hold on shared relationships. Returns
 * the entities it mentioned, to delete those no document holds any more.
 */
async function releaseDocument(tx: ManagedTransaction, run: Run, docId: string): Promise<string[]> {
  const before = await tx.run(DOCUMENT_ENTITIES, { doc: docId });
  const entities = (before.records[0]?.get('keys') as string[] | undefined) ?? [];
  await run(RELEASE_SHARED_EDGES, { doc: docId, keys: entities });
  for (const statement of DELETE_OWN_NODES) await run(statement, { doc: docId });
  return entities;
}

async function writeDocument(
  tx: ManagedTransaction,
  extraction: Extraction,
  summary: LoadSummary,
  options: LoadOptions,
  existed: boolean,
): Promise<void> {
  const batchSize = options.batchSize ?? 2000;
  const doc = extraction.document.attributes;
  const docId = extraction.document.key.slice('Document:'.length);
  const run: Run = async (query, params) => addCounters(summary, await tx.run(query, params));

  // A document stored before is replaced, and so are the versions of the same file it supersedes.
  const previousEntities: string[] = [];
  if (existed) previousEntities.push(...(await releaseDocument(tx, run, docId)));
  for (const old of summary.replaced) {
    previousEntities.push(...(await releaseDocument(tx, run, old)));
    await run(DELETE_DOCUMENT, { key: `Document:${old}` });
  }
  await run(MERGE_DOCUMENT, {
    row: { key: extraction.document.key, props: nodeProps(extraction.document), published: doc.published },
  });

  const kinds = new Map<string, NodeKind>([[extraction.document.key, 'Document']]);
  const byKind = new Map<NodeKind, GraphNode[]>();
  for (const node of extraction.nodes) {
    kinds.set(node.key, node.attributes.kind);
    if (node.attributes.kind === 'Document') continue;
    appendToGroup(byKind, node.attributes.kind, node);
  }
  for (const [kind, nodes] of byKind) {
    const rows = nodes.map((n) => ({ key: n.key, props: nodeProps(n), aliases: n.attributes.aliases ?? [] }));
    const query = ENTITY.has(kind) ? mergeEntities(kind) : createOwnNodes(kind);
    for (const batch of chunks(rows, batchSize)) await run(query, { rows: batch });
  }

  const groups = new Map<string, { kind: EdgeKind; source: NodeKind; target: NodeKind; rows: unknown[] }>();
  for (const edge of extraction.edges) {
    const source = kinds.get(edge.source);
    const target = kinds.get(edge.target);
    if (!source || !target) continue;
    const id = `${edge.attributes.kind}|${source}|${target}`;
    const group = groups.get(id) ?? { kind: edge.attributes.kind, source, target, rows: [] };
    const evidence = edge.attributes.evidence ?? [];
    const props = evidenceProps(evidence[0]);
    if (evidence.length > 1) {
      // Every place the relationship is stated, for the reader's highlights.
      props.starts = evidence.map((e) => neo4j.int(e.start));
      props.ends = evidence.map((e) => neo4j.int(e.end));
    }
    // Implied by the report's author (CARRIES_OUT, ISSUED_BY) and a body's part in a measure (INVOLVES).
    if (edge.attributes.kind === 'CARRIES_OUT' || edge.attributes.kind === 'ISSUED_BY')
      props.default = edge.attributes.default === true;
    if (edge.attributes.role) props.role = edge.attributes.role;
    group.rows.push({ source: edge.source, target: edge.target, props });
    groups.set(id, group);
  }
  for (const group of groups.values()) {
    const query = mergeEdges(group.kind, group.source, group.target);
    for (const batch of chunks(group.rows, batchSize)) await run(query, { rows: batch, doc: docId });
  }
  if (previousEntities.length > 0) await run(DELETE_ORPHANS, { keys: previousEntities });
  if (existed || summary.replaced.length > 0) await run(DELETE_UNUSED_PLACES, {});
  await options.beforeCommit?.();
  await run(COMPLETE_DOCUMENT, { key: extraction.document.key });
}

function emptySummary(extraction: Extraction): LoadSummary {
  return {
    doc: extraction.document.key.slice('Document:'.length),
    file: extraction.document.attributes.file,
    replaced: [],
    status: 'created',
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
  };
}

/** True for the driver's errors that mean the server is gone, not that the data was wrong. */
export function isConnectionLost(error: unknown): boolean {
  const code = String((error as { code?: string }).code ?? '');
  return (
    /ServiceUnavailable|SessionExpired|ECONNREFUSED|ECONNRESET/.test(code) ||
    /connection.*(closed|refused|lost)|ServiceUnavailable/i.test(String((error as Error).message))
  );
}

/** Loads one document in one transaction (retried by the driver on transient errors). */
export async function loadExtraction(
  db: Database,
  extraction: Extraction,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const summary = emptySummary(extraction);
  const { key } = extraction.document;
  const { file, contentHash } = extraction.document.attributes;
  const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.WRITE });
  try {
    const trackFile = options.trackFile !== false;
    const state = await session.executeRead((tx) => tx.run(DOCUMENT_STATE, { key, file: trackFile ? file : null }));
    const stored = state.records[0];
    const existed = stored?.get('stored') === true;
    const replaced = (stored?.get('replaced') as string[] | undefined) ?? [];
    summary.replaced = replaced.map((old) => old.slice('Document:'.length));
    const unchanged = existed && stored?.get('contentHash') === contentHash && stored?.get('complete') === true;
    if (unchanged && !options.force && replaced.length === 0) {
      // The same text under another name or in another folder: the same document, now read from here.
      if (trackFile && stored?.get('file') !== file)
        await session.executeWrite((tx) => tx.run(SET_DOCUMENT_FILE, { key, file }));
      return { ...summary, status: 'unchanged' };
    }
    if (existed || summary.replaced.length > 0) summary.status = 'updated';
    await session.executeWrite(async (tx) => {
      Object.assign(summary, {
        nodesCreated: 0,
        nodesDeleted: 0,
        relationshipsCreated: 0,
        relationshipsDeleted: 0,
        propertiesSet: 0,
      });
      await writeDocument(tx, extraction, summary, options, existed);
    });
    return summary;
  } finally {
    await session.close();
  }
}

/** Ensures the schema, then loads each document in turn. */
export async function loadExtractions(
  db: Database,
  extractions: Iterable<Extraction> | AsyncIterable<Extraction>,
  options: LoadOptions = {},
): Promise<LoadSummary[]> {
  await ensureSchema(db);
  const summaries: LoadSummary[] = [];
  let lost: string | null = null;
  // An async iterable (extraction file by file) is stored as it comes: one document in memory.
  for await (const extraction of extractions) {
    const doc = extraction.document.key.slice('Document:'.length);
    let summary: LoadSummary;
    if (lost) {
      summary = { ...emptySummary(extraction), status: 'not stored', error: lost };
    } else {
      try {
        summary = await loadExtraction(db, extraction, options);
      } catch (error) {
        // Each document is one transaction: a failure leaves none of it. When Neo4j itself went
        // away, the documents after it are not tried; any other failure affects this one only.
        const cause = (error as Error).message ?? String(error);
        const message = /No space left on device|ENOSPC/i.test(cause)
          ? `the disk of the Neo4j store is full (${cause}); free some space and run again`
          : cause;
        summary = { ...emptySummary(extraction), status: 'failed', error: message };
        if (isConnectionLost(error)) lost = `Neo4j went away while storing ${doc}: ${message}`;
      }
    }
    summaries.push(summary);
    options.onDocument?.(summary);
  }
  return summaries;
}
