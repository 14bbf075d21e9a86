// `govkg remove <docId|file>…`: takes reports out of the graph, each in one transaction. A file
// stands for the documents last read from it, or else for the document its text is.

import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { Database } from '../cypher/database.js';
import { findDocumentsOfFile, type RemoveSummary, removeDocument } from '../cypher/remove-document.js';
import { isGovkgError } from '../graph/errors.js';
import { readReport } from '../ingest/read-report.js';
import { formatTable } from './format.js';

export const REMOVE_USAGE = `  govkg remove <docId|file…>                        remove reports; entities other reports state stay
`;

/** The document ids an argument names: an id as given, or the documents of a file. */
async function idsOf(db: Database, target: string): Promise<string[]> {
  const info = await stat(target).catch(() => null);
  if (!info?.isFile()) return [target];
  const file = resolve(target);
  const stored = await findDocumentsOfFile(db, file);
  if (stored.length > 0) return stored;
  // Read from elsewhere (or moved since): the same words are the same document.
  return [(await readReport(file)).id];
}

/**
 * Removes each target in turn; a target that names no stored document is an error line and the
 * others go on. Prints a table of what was removed; returns the exit code (1 when any failed).
 */
export async function removeCommand(
  db: Database,
  targets: string[],
  out: (text: string) => void,
  log: { info: (message: string) => void },
): Promise<number> {
  if (targets.length === 0) throw new Error('remove needs a document id or a report file: govkg remove <docId|file>');
  const removed: RemoveSummary[] = [];
  let failed = 0;
  for (const target of targets) {
    try {
      for (const id of await idsOf(db, target)) removed.push(await removeDocument(db, id));
    } catch (error) {
      failed++;
      const reason = (error as Error).message ?? String(error);
      log.info(
        `error: ${target}: ${isGovkgError(error) && error.code === 'NOT_FOUND' ? reason : `not removed: ${reason}`}`,
      );
    }
  }
  const rows = removed.map((s) => ({
    document: s.doc,
    name: s.name,
    file: relative(process.cwd(), s.file).startsWith('..') ? s.file : relative(process.cwd(), s.file),
    'nodes deleted': s.nodesDeleted,
    'relationships deleted': s.relationshipsDeleted,
  }));
  if (rows.length > 0) out(`${formatTable(Object.keys(rows[0] ?? {}), rows, 'table')}\n`);
  return failed > 0 ? 1 : 0;
}
