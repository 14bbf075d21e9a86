// Writes documents' extractions to Neo4j. One document is one transaction: its own nodes are
// replaced, shared entities merged, and the Document marked complete last, so a failure leaves
// the previous state. Unchanged documents (same content hash) are skipped. A document id is a
// hash of the text, so an edited file is a new id: it replaces the document last read from the
// same file. New documents may be grouped into one transaction (`groupSize`), written with one
// statement per kind for the whole group; a group that fails is stored again document by document.

import neo4j, { type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import type { Extraction } from '../graph/types.js';
import type { Database } from './database.js';
import {
  COMPLETE_DOCUMENTS,
  DELETE_DOCUMENT,
  DELETE_ORPHANS,
  DELETE_UNUSED_PLACES,
  DOCUMENT_STATE,
  MERGE_DOCUMENTS,
  SET_DOCUMENT_FILE,
} from './load.cypher.js';
import { addDocumentRows, nodeProps } from './load-rows.js';
import { releaseDocument } from './remove-document.js';
import { ensureSchema } from './schema.js';
import { addCounters, documentRow, isNewDocument, type Run, storeNewDocuments, writeRows } from './write-rows.js';

export { nodeProps };

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
  /**
   * What the document's transaction changed. Documents stored together (`groupSize`) share one
   * transaction: its counters are on the first of them, zeros on the others.
   */
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
  /**
   * Most documents never stored before that `loadExtractions` stores in one transaction (their
   * rows written together, fewer statements and commits); the group is also bounded by
   * MAX_GROUP_ROWS. Default: 1 (one transaction per document).
   */
  groupSize?: number;
  /** Called after each statement of a group of new documents, with its rows and time; for profiling. */
  onStatement?: (query: string, rows: number, ms: number) => void;
}

/** Most node and relationship rows of one group of new documents (bounds a transaction's memory). */
export const MAX_GROUP_ROWS = 30_000;

async function writeDocument(
  tx: ManagedTransaction,
  extraction: Extraction,
  summary: LoadSummary,
  options: LoadOptions,
  existed: boolean,
): Promise<void> {
  const docId = extraction.document.key.slice('Document:'.length);
  const count = (result: QueryResult) => addCounters(summary, result);
  const run: Run = async (query, params) => {
    const result = await tx.run(query, params);
    count(result);
    return result;
  };

  // A document stored before is replaced, and so are the versions of the same file it supersedes.
  const previousEntities: string[] = [];
  if (existed) previousEntities.push(...(await releaseDocument(tx, docId, count)));
  for (const old of summary.replaced) {
    previousEntities.push(...(await releaseDocument(tx, old, count)));
    await run(DELETE_DOCUMENT, { key: `Document:${old}` });
  }
  await run(MERGE_DOCUMENTS, { rows: [documentRow(extraction)] });
  await writeRows(run, addDocumentRows(extraction), options.batchSize ?? 2000);
  if (previousEntities.length > 0) await run(DELETE_ORPHANS, { keys: previousEntities });
  if (existed || summary.replaced.length > 0) await run(DELETE_UNUSED_PLACES, {});
  await options.beforeCommit?.();
  await run(COMPLETE_DOCUMENTS, { keys: [extraction.document.key] });
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

function failedSummary(extraction: Extraction, error: unknown): LoadSummary {
  const cause = (error as Error).message ?? String(error);
  const message = /No space left on device|ENOSPC/i.test(cause)
    ? `the disk of the Neo4j store is full (${cause}); free some space and run again`
    : cause;
  return { ...emptySummary(extraction), status: 'failed', error: message };
}

/**
 * Ensures the schema, then loads each document as it comes (an async iterable is consumed one
 * extraction at a time). With `groupSize` > 1, documents never stored before are gathered and
 * stored together, a group while the next one is gathered; every other document is stored in its
 * own transaction, after the group before it.
 */
export async function loadExtractions(
  db: Database,
  extractions: Iterable<Extraction> | AsyncIterable<Extraction>,
  options: LoadOptions = {},
): Promise<LoadSummary[]> {
  await ensureSchema(db);
  const groupSize = options.groupSize ?? 1;
  const summaries: LoadSummary[] = [];
  let lost: string | null = null;
  const record = (summary: LoadSummary) => {
    summaries.push(summary);
    options.onDocument?.(summary);
  };
  const storeOne = async (extraction: Extraction) => {
    if (lost) return record({ ...emptySummary(extraction), status: 'not stored', error: lost });
    try {
      record(await loadExtraction(db, extraction, options));
    } catch (error) {
      // Each document is one transaction: a failure leaves none of it. When Neo4j itself went
      // away, the documents after it are not tried; any other failure affects this one only.
      const summary = failedSummary(extraction, error);
      if (isConnectionLost(error)) lost = `Neo4j went away while storing ${summary.doc}: ${summary.error}`;
      record(summary);
    }
  };
  let pending: Extraction[] = [];
  let pendingRows = 0;
  const storeGroup = async (group: Extraction[]) => {
    if (group.length === 0) return;
    if (group.length === 1 || lost) {
      for (const extraction of group) await storeOne(extraction);
      return;
    }
    try {
      const { beforeCommit, onStatement, batchSize = 2000 } = options;
      const counters = await storeNewDocuments(db, group, { batchSize, beforeCommit, onStatement });
      // The transaction's counters go to the first document of the group; the others carry zeros.
      for (const [i, extraction] of group.entries()) {
        record({ ...emptySummary(extraction), ...(i === 0 ? counters : {}) });
      }
    } catch (error) {
      if (isConnectionLost(error)) {
        const message = failedSummary(group[0] as Extraction, error).error;
        lost = `Neo4j went away while storing ${group.length} documents: ${message}`;
        for (const extraction of group) record({ ...failedSummary(extraction, error), error: lost });
        return;
      }
      // Rolled back as a whole: store them one by one, so only a document that fails is left out.
      for (const extraction of group) await storeOne(extraction);
    }
  };
  // A group is stored while the next one is gathered (one group's transaction at a time): the
  // documents of the group being stored, by key and by file, are not new until it has committed.
  let storing: Promise<void> = Promise.resolve();
  let storingIds = new Set<string>();
  const idsOf = (x: Extraction) => [x.document.key, `file:${x.document.attributes.file}`];
  const flush = async () => {
    await storing;
    const group = pending;
    pending = [];
    pendingRows = 0;
    storingIds = new Set(group.flatMap(idsOf));
    const stored = storeGroup(group);
    stored.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
    storing = stored;
  };
  for await (const extraction of extractions) {
    const { key } = extraction.document;
    if (idsOf(extraction).some((id) => storingIds.has(id))) await storing;
    const grouped =
      groupSize > 1 &&
      !lost &&
      !options.force &&
      !pending.some((x) => x.document.key === key) &&
      (await isNewDocument(db, extraction, options.trackFile !== false));
    if (!grouped) {
      await flush();
      await storing;
      await storeOne(extraction);
      continue;
    }
    pending.push(extraction);
    pendingRows += extraction.nodes.length + extraction.edges.length;
    if (pending.length >= groupSize || pendingRows >= MAX_GROUP_ROWS) await flush();
  }
  await flush();
  await storing;
  return summaries;
}
