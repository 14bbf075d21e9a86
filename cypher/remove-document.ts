// Removes one document from the graph in one write transaction: its own nodes (sections,
// measures, metrics), its hold on shared relationships, and the entities and places no other
// document states. Shared entities keep the relationships other documents state.

import neo4j, { type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { GovkgError } from '../graph/errors.js';
import type { Database } from './database.js';
import {
  DELETE_DOCUMENT,
  DELETE_ORPHANS,
  DELETE_OWN_NODES,
  DELETE_UNUSED_PLACES,
  RELEASE_NAMES,
} from './load.cypher.js';
import { DOCUMENTS_OF_FILE, FIND_DOCUMENT, HELD_ENTITIES, RELEASE_RELATIONSHIPS } from './remove.cypher.js';

export interface RemoveSummary {
  doc: string;
  file: string;
  /** The report's name (its title, or its file name when it has none). */
  name: string;
  nodesDeleted: number;
  relationshipsDeleted: number;
}

const KEY_PREFIX = 'Document:';

/** A document id with or without its `Document:` prefix, as the id of the loader (16 hex digits). */
export function documentIdOf(value: string): string {
  return value.startsWith(KEY_PREFIX) ? value.slice(KEY_PREFIX.length) : value;
}

/** Takes in the counters of one statement. */
export type CountWrites = (result: QueryResult) => void;

/**
 * Lets go of the stored version `doc` (an id without prefix) inside a write transaction: its own
 * nodes (sections, measures, metrics, its IN) go, and its hold on the relationships between
 * shared nodes. Its Document node stays. Returns the keys of the shared nodes it touched, for
 * DELETE_ORPHANS once the caller has written what stays. Removal and the loader's replacement of
 * an edited report both go through here.
 */
export async function releaseDocument(tx: ManagedTransaction, doc: string, count: CountWrites): Promise<string[]> {
  const held = await tx.run(HELD_ENTITIES, { doc });
  const keys = (held.records[0]?.get('keys') as string[] | undefined) ?? [];
  const released = await tx.run(RELEASE_RELATIONSHIPS, { doc, keys });
  count(released);
  const ends = (released.records[0]?.get('keys') as string[] | undefined) ?? [];
  await tx.run(RELEASE_NAMES, { doc, keys });
  for (const statement of DELETE_OWN_NODES) count(await tx.run(statement, { doc }));
  return [...new Set([...keys, ...ends])];
}

async function removeInTransaction(tx: ManagedTransaction, doc: string, summary: RemoveSummary): Promise<void> {
  const count: CountWrites = (result) => {
    const counters = result.summary.counters.updates();
    summary.nodesDeleted += counters.nodesDeleted;
    summary.relationshipsDeleted += counters.relationshipsDeleted;
  };
  const keys = await releaseDocument(tx, doc, count);
  count(await tx.run(DELETE_DOCUMENT, { key: `${KEY_PREFIX}${doc}` }));
  count(await tx.run(DELETE_ORPHANS, { keys }));
  count(await tx.run(DELETE_UNUSED_PLACES, {}));
}

/**
 * Removes the document `docId` (with or without the `Document:` prefix). Throws GovkgError
 * NOT_FOUND when no such document is stored; removing it twice therefore fails the second time
 * and changes nothing.
 */
export async function removeDocument(db: Database, docId: string): Promise<RemoveSummary> {
  const doc = documentIdOf(docId.trim());
  const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(async (tx) => {
      const found = (await tx.run(FIND_DOCUMENT, { key: `${KEY_PREFIX}${doc}` })).records[0];
      if (!found) throw new GovkgError('NOT_FOUND', `no document ${doc} is stored; \`govkg query\` lists them`);
      const summary: RemoveSummary = {
        doc,
        file: String(found.get('file') ?? ''),
        name: String(found.get('name') ?? ''),
        nodesDeleted: 0,
        relationshipsDeleted: 0,
      };
      await removeInTransaction(tx, doc, summary);
      return summary;
    });
  } finally {
    await session.close();
  }
}

/** The ids of the documents last read from `file` (an absolute path, as the loader stores it). */
export async function findDocumentsOfFile(db: Database, file: string): Promise<string[]> {
  const result = await db.driver.executeQuery(DOCUMENTS_OF_FILE, { file }, { database: db.name });
  return result.records.map((r) => documentIdOf(String(r.get('key'))));
}
