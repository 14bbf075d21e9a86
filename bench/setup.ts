// What the benchmarks share: the corpus's extractions, and an embedded Neo4j on a store of
// their own, started and stopped here.

import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Database, openEmbeddedDatabase } from '../cypher/database.js';
import type { Extraction } from '../graph/types.js';
import { extractFiles } from '../ingest/extract-files.js';

export const ROOT = resolve(import.meta.dirname, '..');

/** Extractions of the reports in test/fixtures/corpus. */
export async function extractCorpus(): Promise<Extraction[]> {
  const corpus = join(ROOT, 'test', 'fixtures', 'corpus');
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(corpus, f));
  return (await extractFiles(files)).extractions;
}

/** The embedded Neo4j on `storeDir`, connected; `db.close()` closes the driver and stops it. */
export function openBenchDatabase(storeDir: string, jvmOptions?: readonly string[]): Promise<Database> {
  return openEmbeddedDatabase(join(ROOT, 'cypher', 'server'), storeDir, undefined, { jvmOptions });
}
